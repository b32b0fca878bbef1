// What one linked session did (amendments-2 A11): agent and model, start and duration, tokens, the first prompt,
// the lines it wrote per path (FileEdit diffs and FileCreate bodies) and the shell and test commands it ran.
// Read straight from the ledger's hail text; lines that cannot matter are skipped before JSON parsing.
import { tryParseTimestamp } from '../hail/timestamp';
import { collapse } from '../text';
import { truncateCodePoints } from './markdown';
import { redact } from './safety';

export const FIRST_PROMPT_MAX = 500;
/** A written line is compared trimmed and must carry at least this many non-space characters. */
export const MIN_TRACE_CHARS = 4;
const MAX_COMMANDS = 20;

export interface CommandRun {
  /** Redacted, whitespace collapsed, at most 200 code points. */
  command: string;
  /** Undefined when the session did not record it. */
  exitCode?: number;
  failed: boolean;
}

export interface SessionDetail {
  tool: string | null;
  model: string | null;
  /** ISO-8601 UTC of the first event (header `created_at` when there are no events). */
  startedAt: string | null;
  durationSeconds: number | null;
  tokensIn: number;
  tokensOut: number;
  /** Redacted, whitespace collapsed, at most 500 code points. */
  firstPrompt: string | null;
  laterPrompts: number;
  /** Session path → trimmed lines the session wrote there. */
  written: Map<string, Set<string>>;
  failedCommands: CommandRun[];
  testCommands: CommandRun[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A line worth tracing: trimmed, with at least four non-space characters. */
export function traceKey(line: string): string | undefined {
  const t = line.trim();
  if (t.length < MIN_TRACE_CHARS) return undefined;
  let n = 0;
  for (let i = 0; i < t.length && n < MIN_TRACE_CHARS; i++) if (t.charCodeAt(i) > 32) n++;
  return n >= MIN_TRACE_CHARS ? t : undefined;
}

const TEST_COMMAND =
  /(^|[\s;&|(/])(jest|vitest|mocha|ava|pytest|py\.test|tox|nox|rspec|phpunit|ctest|nextest|playwright test|(npm|pnpm|yarn|bun|deno)( run)? test\S*|(cargo|go|dotnet|mix|swift|gradle|\.\/gradlew|mvn|make|bazel|zig) test\S*|python3? -m (pytest|unittest))(\s|$)/;

export function isTestCommand(command: string): boolean {
  return TEST_COMMAND.test(command);
}

function blocksOf(ev: Obj): Obj[] {
  const c = ev.content;
  return isObj(c) && Array.isArray(c.blocks) ? c.blocks.filter(isObj) : [];
}

function textOf(ev: Obj): string {
  const parts: string[] = [];
  for (const b of blocksOf(ev)) if (b.type === 'Text' && typeof b.text === 'string') parts.push(b.text);
  return parts.join('\n');
}

/** Lines of a FileCreate body: Code/Text/File blocks and a Json tool input's `content`; `+` of Codex patches dropped. */
function createdLines(ev: Obj, path: string): string[] {
  const out: string[] = [];
  for (const b of blocksOf(ev)) {
    let text: string | undefined;
    if (b.type === 'Code' && typeof b.code === 'string') text = b.code;
    else if (b.type === 'Text' && typeof b.text === 'string' && b.text !== path) text = b.text;
    else if (b.type === 'File' && typeof b.content === 'string') text = b.content;
    else if (b.type === 'Json' && isObj(b.data)) {
      const d = b.data;
      text = typeof d.content === 'string' ? d.content : typeof d.file_text === 'string' ? d.file_text : undefined;
    }
    if (text === undefined) continue;
    const lines = text.split('\n');
    const patch = lines[0]?.startsWith('*** Add File');
    for (let i = patch ? 1 : 0; i < lines.length; i++) out.push(patch ? lines[i].replace(/^\+/, '') : lines[i]);
  }
  return out;
}

/** Added lines of a unified diff (`+x`, not `+++ b/...`). */
function diffAddedLines(diff: string): string[] {
  const out: string[] = [];
  for (const l of diff.split('\n')) if (l.startsWith('+') && !l.startsWith('+++')) out.push(l.slice(1));
  return out;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Nanoseconds of a timestamp string (the ISO form is made once, for the start only). */
function nsOf(v: unknown): bigint | undefined {
  return typeof v === 'string' ? tryParseTimestamp(v) : undefined;
}

function isoOfNs(ns: bigint): string {
  return new Date(Number(ns / 1_000_000n)).toISOString().replace('.000Z', 'Z');
}

/** A getter computing `make()` once, on first read: redaction is the costly part and most sessions of a long list
 * are only shown as one line (A11 collapse), so their prompt and commands are never redacted or rendered. */
function lazy<T extends object, K extends keyof T>(obj: T, key: K, make: () => T[K]): void {
  let done = false;
  let value: T[K];
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = make();
        done = true;
      }
      return value;
    },
  });
}

/** A shell command as read; its text is redacted only when shown. */
interface Run {
  raw: string;
  exitCode?: number;
  failed: boolean;
  test: boolean;
}

function commandText(s: string): string {
  return truncateCodePoints(collapse(redact(s)), 200);
}

// Cheap pre-filter: only lines holding one of these are parsed. Searched across the whole text (one regex run per
// file, no array of every line): most lines of a session are messages the detail never reads.
const WANTED = /"(header|stats|UserMessage|FileEdit|FileCreate|ShellCommand|ToolResult)"/g;

/** The lines of `text` (split at `\n`) that contain a WANTED token, in order, each once. */
function wantedLines(text: string): string[] {
  const out: string[] = [];
  WANTED.lastIndex = 0;
  for (let m = WANTED.exec(text); m !== null; m = WANTED.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    const end = nl < 0 ? text.length : nl;
    out.push(text.slice(start, end));
    if (nl < 0) break;
    WANTED.lastIndex = nl + 1;
  }
  WANTED.lastIndex = 0;
  return out;
}

function eventOf(v: unknown): Obj | undefined {
  if (!isObj(v)) return undefined;
  for (const c of [v, v.data, v.event]) if (isObj(c) && 'event_type' in c) return c;
  return undefined;
}

/** Reads the detail of one hail file (JSONL, or one JSON document with `events`). */
export function readSessionDetail(text: string): SessionDetail {
  const d: SessionDetail = {
    tool: null,
    model: null,
    startedAt: null,
    durationSeconds: null,
    tokensIn: 0,
    tokensOut: 0,
    firstPrompt: null,
    laterPrompts: 0,
    written: new Map(),
    failedCommands: [],
    testCommands: [],
  };
  let records: Obj[] = [];
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    try {
      const whole: unknown = JSON.parse(text);
      if (isObj(whole) && Array.isArray(whole.events)) {
        records = [{ type: 'header', ...whole }, ...whole.events.filter(isObj)];
        if (isObj(whole.stats)) records.push({ type: 'stats', ...whole.stats });
      }
    } catch {
      records = [];
    }
  }
  if (records.length === 0) {
    for (const line of wantedLines(text)) {
      if (line.length < 2) continue;
      try {
        const v: unknown = JSON.parse(line);
        if (isObj(v)) records.push(v);
      } catch {
        // an unreadable line is skipped, as in the Q&A digest
      }
    }
  }
  let rawPrompt: string | undefined;
  let created: bigint | undefined;
  let updated: bigint | undefined;
  let first: bigint | undefined;
  let last: bigint | undefined;
  let statsDuration: number | undefined;
  let statsIn: number | undefined;
  let statsOut: number | undefined;
  let sumIn = 0;
  let sumOut = 0;
  const shells = new Map<string, Run>();
  const runs: Run[] = [];
  const addWritten = (path: string, lines: string[]): void => {
    let set = d.written.get(path);
    if (set === undefined) d.written.set(path, (set = new Set()));
    for (const l of lines) {
      const k = traceKey(l);
      if (k !== undefined) set.add(k);
    }
  };
  for (const rec of records) {
    if (rec.type === 'header') {
      const agent = isObj(rec.agent) ? rec.agent : {};
      if (typeof agent.tool === 'string' && agent.tool.trim() !== '') d.tool = agent.tool.trim();
      if (typeof agent.model === 'string' && agent.model.trim() !== '') d.model = agent.model.trim();
      const ctx = isObj(rec.context) ? rec.context : {};
      created = nsOf(ctx.created_at);
      updated = nsOf(ctx.updated_at);
      continue;
    }
    if (rec.type === 'stats') {
      statsDuration = num(rec.duration_seconds);
      statsIn = num(rec.total_input_tokens);
      statsOut = num(rec.total_output_tokens);
      continue;
    }
    const ev = eventOf(rec);
    if (ev === undefined || !isObj(ev.event_type)) continue;
    const et = ev.event_type;
    const data = isObj(et.data) ? et.data : {};
    const attrs = isObj(ev.attributes) ? ev.attributes : {};
    const ts = nsOf(ev.timestamp);
    if (ts !== undefined) {
      if (first === undefined || ts < first) first = ts;
      if (last === undefined || ts > last) last = ts;
    }
    sumIn += num(attrs.input_tokens) ?? 0;
    sumOut += num(attrs.output_tokens) ?? 0;
    switch (et.type) {
      case 'UserMessage': {
        const source = typeof attrs.source === 'string' ? attrs.source.trim() : '';
        if (source === 'interactive') break; // an answer to the agent's question, not a prompt
        const t = textOf(ev);
        if (!/\S/.test(t)) break;
        // Only the head of a long prompt can reach the comment; redaction handles a secret cut at the edge.
        if (rawPrompt === undefined) rawPrompt = t.slice(0, FIRST_PROMPT_MAX * 8);
        else d.laterPrompts++;
        break;
      }
      case 'FileEdit':
        if (typeof data.path === 'string')
          addWritten(data.path, typeof data.diff === 'string' ? diffAddedLines(data.diff) : []);
        break;
      case 'FileCreate':
        if (typeof data.path === 'string') addWritten(data.path, createdLines(ev, data.path));
        break;
      case 'ShellCommand': {
        if (typeof data.command !== 'string' || data.command.trim() === '') break;
        const exitCode = num(data.exit_code);
        const run: Run = {
          raw: data.command,
          exitCode,
          failed: exitCode !== undefined && exitCode !== 0,
          test: isTestCommand(collapse(data.command)),
        };
        runs.push(run);
        for (const k of [attrs['semantic.call_id'], ev.event_id]) if (typeof k === 'string') shells.set(k, run);
        break;
      }
      case 'ToolResult': {
        const callId = typeof data.call_id === 'string' ? data.call_id : attrs['semantic.call_id'];
        const run = typeof callId === 'string' ? shells.get(callId) : undefined;
        if (run !== undefined && run.exitCode === undefined && data.is_error === true) run.failed = true;
        break;
      }
      default:
        break;
    }
  }
  // The header's created/updated times bound the session; events (only the parsed kinds) are the fallback.
  const start = created ?? first;
  d.startedAt = start !== undefined ? isoOfNs(start) : null;
  if (statsDuration !== undefined && statsDuration > 0) d.durationSeconds = Math.round(statsDuration);
  else if (start !== undefined && updated !== undefined && updated >= start)
    d.durationSeconds = Number((updated - start) / 1_000_000_000n);
  else if (first !== undefined && last !== undefined) d.durationSeconds = Number((last - first) / 1_000_000_000n);
  d.tokensIn = statsIn ?? sumIn;
  d.tokensOut = statsOut ?? sumOut;
  // The command text is made on first read (see `lazy`), through a getter of the literal: cheaper to build.
  const strip = (r: Run): CommandRun => {
    let text: string | undefined;
    const command = (): string => (text ??= commandText(r.raw));
    return r.exitCode === undefined
      ? {
          get command() {
            return command();
          },
          failed: r.failed,
        }
      : {
          get command() {
            return command();
          },
          exitCode: r.exitCode,
          failed: r.failed,
        };
  };
  if (rawPrompt !== undefined) {
    const text = rawPrompt;
    lazy(d, 'firstPrompt', () => truncateCodePoints(collapse(redact(text)), FIRST_PROMPT_MAX));
  }
  d.failedCommands = runs
    .filter((r) => r.failed && !r.test)
    .slice(0, MAX_COMMANDS)
    .map(strip);
  d.testCommands = runs
    .filter((r) => r.test)
    .slice(0, MAX_COMMANDS)
    .map(strip);
  return d;
}
