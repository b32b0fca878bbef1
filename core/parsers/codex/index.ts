// Codex CLI / Codex Desktop rollout parser (parsers.md 4.1).
import type { ContentBlock, EventType, JsonObject, JsonValue, Timestamp } from '../../hail/types';
import { stringifyOrdered } from '../../hail/json';
import { compareBytewise, isWhitespace, trim } from '../../text';
import { FileWarnings, SessionBuilder, type DraftEvent } from '../common/builder';
import { runLineParser } from '../common/fs';
import { JsonRecord, parseJsonValue } from '../common/json';
import { isBlankLine, parseJsonObjectLine } from '../common/lines';
import {
  baseToolName,
  canonicalToolName,
  emptyContent,
  fileStem,
  firstSet,
  inferToolKind,
  isObject,
  textContent,
} from '../common/rules';
import { parseNativeTimestamp } from '../common/time';
import { RolloutCalls } from './calls';
import { LineClock } from './clock';
import { addTokenAttributes, exitCodeFromText, setAttr, toExitCode } from '../common/tools';
import type { LineEvent } from '../common/lines';
import type { EventSink, LineParser, ParseResult, ParserContext, ParserModule } from '../types';
import { CodexDedupeStage, type Origin } from './dedupe';
import { ExecJsonMapper, isExecEventType } from './exec-json';

const JSONL_V1 = 'codex-jsonl-v1';
const DESKTOP_V1 = 'codex-desktop-v1';

type Obj = Record<string, unknown>;

/** JSON.parse or undefined (values only read, never copied verbatim). */
function parseFast(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Code of the first non-blank character (`trim` semantics), or -1 for a blank string. */
function firstNonBlank(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c > 0x20 && c < 0x85) || !isWhitespace(c)) return c;
  }
  return -1;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** firstSet of one value (no rest-argument array): the trimmed string when it is non-blank. */
function set1(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length === 0) return undefined;
  const c0 = v.charCodeAt(0);
  const c1 = v.charCodeAt(v.length - 1);
  // visible ASCII at both ends: nothing to trim
  if (c0 > 0x20 && c0 < 0x7f && c1 > 0x20 && c1 < 0x7f) return v;
  const t = trim(v);
  return t !== '' ? t : undefined;
}

/** True when set1(v) is defined. */
function isSet(v: unknown): v is string {
  return set1(v) !== undefined;
}

/** The names a raw tool name stands for (canonical, base, the ToolCall name, the kind): pure, so cached. */
interface ToolNames {
  name: string;
  base: string;
  callName: string;
  kind: string;
}

const toolNameCache = new Map<string, ToolNames>();

function toolNames(rawName: string): ToolNames {
  let t = toolNameCache.get(rawName);
  if (t === undefined) {
    if (toolNameCache.size >= 256) toolNameCache.clear();
    const name = canonicalToolName(rawName);
    const base = baseToolName(name);
    t = { name, base, callName: canonicalToolName(base), kind: inferToolKind(name) };
    toolNameCache.set(rawName, t);
  }
  return t;
}

/** Injected user text (4.1): harness instructions, environment context, aborted-turn markers. */
export function isInjectedUserText(text: string): boolean {
  const raw = trim(text);
  // Every marker needs `_`, `<`, a leading `#` or exactly 22 characters, and lowercasing creates none of
  // these: no other character lowercases to `_`, `<` or `#`, and only U+0130 changes length (its lowercase
  // holds U+0307, which no marker has). Most messages are answered without lowercasing the whole text.
  if (raw.length !== 22 && raw.charCodeAt(0) !== 0x23 && raw.indexOf('_') < 0 && raw.indexOf('<') < 0) return false;
  return isInjectedLowered(raw.toLowerCase());
}

/** The rule of isInjectedUserText on trimmed, lowercased text (also its reference in the tests). */
export function isInjectedLowered(t: string): boolean {
  if (t.includes('apply_patch was requested via exec_command') && t.includes('use the apply_patch tool instead'))
    return true;
  if (t === 'agents.md instructions' || t.startsWith('# agents.md instructions')) return true;
  return [
    '<instructions>',
    '</instructions>',
    '<environment_context>',
    '</environment_context>',
    '<turn_aborted>',
    '</turn_aborted>',
  ].some((m) => t.includes(m));
}

/** Provider inferred from a model name (4.1 Session). */
function inferCodexProvider(model: string): string {
  const m = model.toLowerCase();
  if (m.includes('claude')) return 'anthropic';
  if (m.includes('gemini')) return 'google';
  return 'openai';
}

const GIT_KEYS: Record<string, string[]> = {
  git_branch: ['branch', 'git_branch', 'current_branch', 'ref', 'head'],
  git_repo_name: ['repo_name', 'repository', 'repo', 'name'],
  git_commit: ['commit_hash', 'commit', 'sha', 'head_sha'],
  git_remote: ['repository_url', 'remote_url', 'remote', 'url'],
};

/** Depth-first search for the first non-blank string under `keys` (own keys first, then nested objects). */
export function findGitField(obj: unknown, keys: string[]): string | undefined {
  if (!isObject(obj)) return undefined;
  for (const k of keys) {
    const v = firstSet(obj[k]);
    if (v !== undefined) return v;
  }
  for (const k of Object.keys(obj).sort(compareBytewise)) {
    const child = obj[k];
    if (isObject(child)) {
      const v = findGitField(child, keys);
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** One `*** Update/Add/Delete File:` section of an apply_patch input. */
interface PatchSection {
  kind: 'Update' | 'Add' | 'Delete';
  path: string;
  lines: string[];
}

const SECTION_HEADER = /^\*\*\* (Update|Add|Delete) File:(.*)$/;

/** Kind and path of a trimmed `*** Update/Add/Delete File:` header line, else undefined. */
function sectionHeader(t: string): { kind: PatchSection['kind']; path: string } | undefined {
  const m = SECTION_HEADER.exec(t);
  if (!m) return undefined;
  let p = trim(m[2]);
  if (p.length >= 2 && (p[0] === '"' || p[0] === "'") && p[p.length - 1] === p[0]) p = p.slice(1, -1);
  else p = p.replace(/^["']|["']$/g, '');
  return { kind: m[1] as PatchSection['kind'], path: p };
}

/** The sections as line lists (the rule as written; patchParts is the form the parser uses). */
export function parsePatchSections(patch: string): PatchSection[] {
  const sections: PatchSection[] = [];
  let cur: PatchSection | undefined;
  for (const line of patch.split('\n')) {
    // Only a line whose first non-blank character is `*` can be a header or the end marker.
    if (firstNonBlank(line) !== 0x2a) {
      if (cur) cur.lines.push(line);
      continue;
    }
    const t = trim(line);
    const h = sectionHeader(t);
    if (h) {
      cur = { kind: h.kind, path: h.path, lines: [line] };
      sections.push(cur);
      continue;
    }
    if (t.startsWith('*** End Patch')) {
      cur = undefined;
      continue;
    }
    if (cur) cur.lines.push(line);
  }
  return sections;
}

function patchDiff(path: string, lines: string[]): string {
  const q = path.startsWith('/') ? path.slice(1) : path;
  const out = [`--- a/${q}`, `+++ b/${q}`];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('@@') || l.startsWith('+') || l.startsWith('-') || l.startsWith(' ')) out.push(l);
  }
  return out.join('\n');
}

/** A section of an apply_patch input as the events use it: `text` is its lines joined, `diff` its patchDiff. */
export interface PatchPart {
  kind: PatchSection['kind'];
  path: string;
  text: string;
  /** Update sections only. */
  diff?: string;
}

/** Code of the first non-blank character of s[from, to) (`trim` semantics), or -1. */
function firstNonBlankIn(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c > 0x20 && c < 0x85) || !isWhitespace(c)) return c;
  }
  return -1;
}

/** True when patchDiff keeps the line s[from, to): it starts with `@@`, `+`, `-` or a space. */
function diffKeeps(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const c = s.charCodeAt(from);
  return c === 0x2b || c === 0x2d || c === 0x20 || (c === 0x40 && from + 1 < to && s.charCodeAt(from + 1) === 0x40);
}

/**
 * parsePatchSections followed by the join and patchDiff of each section, in one pass over the text: a
 * section's lines are consecutive, so its text is one slice of the patch, and so is its diff body when every
 * line after the header is kept.
 */
export function patchParts(patch: string): PatchPart[] {
  const parts: PatchPart[] = [];
  let cur: PatchPart | undefined;
  let start = 0; // of the current section's header line
  let end = 0; // of its last line
  let allKept = true;
  const close = (): void => {
    if (cur === undefined) return;
    cur.text = patch.slice(start, end);
    if (cur.kind === 'Update') {
      const q = cur.path.startsWith('/') ? cur.path.slice(1) : cur.path;
      const head = `--- a/${q}\n+++ b/${q}`;
      const bodyStart = patch.indexOf('\n', start) + 1; // the header ends with a newline when it has a body
      if (bodyStart === 0 || bodyStart > end) cur.diff = head;
      else if (allKept) cur.diff = head + '\n' + patch.slice(bodyStart, end);
      else cur.diff = patchDiff(cur.path, patch.slice(start, end).split('\n'));
    }
    cur = undefined;
  };
  const len = patch.length;
  let pos = 0;
  while (pos <= len) {
    let nl = patch.indexOf('\n', pos);
    if (nl < 0) nl = len;
    if (firstNonBlankIn(patch, pos, nl) === 0x2a) {
      const t = trim(patch.slice(pos, nl));
      const h = sectionHeader(t);
      if (h) {
        close();
        cur = { kind: h.kind, path: h.path, text: '' };
        parts.push(cur);
        start = pos;
        end = nl;
        allKept = true;
        pos = nl + 1;
        continue;
      }
      if (t.startsWith('*** End Patch')) {
        close();
        pos = nl + 1;
        continue;
      }
    }
    if (cur !== undefined) {
      end = nl;
      if (allKept && !diffKeeps(patch, pos, nl)) allKept = false;
    }
    pos = nl + 1;
  }
  close();
  return parts;
}

/** A token count: a non-negative integer, else undefined. */
function count(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

// Key lists of the token counts, first match wins; written out as property reads (inline-cached) rather than
// a loop over key names, since every token_count line probes up to four objects for each list.
function inputCount(o: Obj): number | undefined {
  return (
    count(o.input_tokens) ??
    count(o.prompt_tokens) ??
    count(o.inputTokens) ??
    count(o.promptTokens) ??
    count(o.token_input) ??
    count(o.tokenInput)
  );
}

function outputCount(o: Obj): number | undefined {
  return (
    count(o.output_tokens) ??
    count(o.completion_tokens) ??
    count(o.outputTokens) ??
    count(o.completionTokens) ??
    count(o.token_output) ??
    count(o.tokenOutput)
  );
}

/** The first of `objs` (objects only) that holds a count under one of the keys of `pick`. */
function firstCount(
  pick: (o: Obj) => number | undefined,
  a: unknown,
  b?: unknown,
  c?: unknown,
  d?: unknown,
): number | undefined {
  return (
    (isObject(a) ? pick(a) : undefined) ??
    (isObject(b) ? pick(b) : undefined) ??
    (isObject(c) ? pick(c) : undefined) ??
    (isObject(d) ? pick(d) : undefined)
  );
}

interface QuestionMeta {
  id: string;
  header?: string;
  question?: string;
}

class CodexLineParser implements LineParser {
  private readonly builder: SessionBuilder;
  private readonly dedupe: CodexDedupeStage;
  private readonly warnings: FileWarnings;
  private n = 0;
  private desktop = false;
  private metaId: string | undefined;
  private legacyId: string | undefined;
  private sessionStart: Timestamp | undefined;
  private metaGit: JsonValue | undefined;
  private legacyGit: JsonValue | undefined;
  private metaCwd: string | undefined;
  private turnCwd: string | undefined;
  private cliVersion: string | undefined;
  private originator: string | undefined;
  private modelProvider: string | undefined;
  private model: string | undefined;
  private auxiliary = false;
  private parentId: string | undefined;
  private titlePrimary: string | undefined;
  private titleFallback: string | undefined;
  private readonly calls = new RolloutCalls();
  private lastFunctionName = 'unknown';
  private readonly questions = new Map<string, QuestionMeta[]>();
  private readonly openTasks = new Map<string, string>();
  /** Set once a `codex exec --json` line is seen (A3). */
  private exec: ExecJsonMapper | undefined;
  private execThreadId: string | undefined;

  constructor(
    private readonly ctx: ParserContext,
    sink: EventSink,
  ) {
    // Ids are `codex-<n>` from one counter, so they cannot repeat (2.11 holds by construction).
    this.builder = new SessionBuilder({
      sink,
      tool: 'codex',
      mtime: ctx.mtime,
      sourcePath: ctx.sourcePath,
      uniqueIds: 'by-construction',
    });
    let stage: CodexDedupeStage | undefined;
    this.builder.use((next) => (stage = new CodexDedupeStage(next)));
    this.dedupe = stage!;
    this.warnings = new FileWarnings(ctx.displayPath, 'line');
  }

  takePending(): Promise<void> | undefined {
    return this.builder.takePending();
  }

  feedLine(line: LineEvent): void {
    if (line.kind === 'oversized') return this.warnings.oversizedAt(line.lineNo);
    if (line.kind === 'invalid-utf8') return this.warnings.malformedAt(line.lineNo);
    if (isBlankLine(line.text)) return;
    const value = parseJsonObjectLine(line.text);
    if (value === undefined) return this.warnings.malformedAt(line.lineNo);
    this.handleRecord(new JsonRecord(line.text, value));
  }

  // ------------------------------------------------------------------ dispatch

  private lineTs: Timestamp | undefined;
  private readonly clock = new LineClock();

  private handleRecord(rec: JsonRecord): void {
    const line = rec.value;
    if ('record_type' in line) return;
    const own = this.clock.read(line.timestamp);
    if (!('type' in line)) {
      // Legacy CLI header.
      if (this.legacyId === undefined) this.legacyId = firstSet(line.id);
      if (this.sessionStart === undefined) this.sessionStart = own;
      if (line.git !== undefined && line.git !== null) this.legacyGit = rec.verbatim('git');
      if (own !== undefined) this.builder.observeTimestamp(own);
      return;
    }
    const type = line.type;
    if (isExecEventType(type)) return this.handleExecLine(line);
    if (type === 'session_meta') {
      this.desktop = true;
      const p = line.payload;
      if (isObject(p)) this.readSessionMeta(rec, p);
    }
    this.lineTs = own ?? this.sessionStart;
    if (own !== undefined) this.builder.observeTimestamp(own);
    switch (type) {
      case 'session_meta':
        return;
      case 'response_item':
        if (isObject(line.payload)) this.handleItem(line.payload, rec, ['payload']);
        return;
      case 'event_msg':
        if (isObject(line.payload)) this.handleEvent(line.payload);
        return;
      case 'turn_context': {
        this.dedupe.newTurn();
        const p = line.payload;
        if (isObject(p)) {
          if (this.model === undefined) this.model = firstSet(p.model);
          if (this.turnCwd === undefined) this.turnCwd = firstSet(p.cwd);
        }
        return;
      }
      default:
        this.handleItem(line, rec, []);
    }
  }

  private readSessionMeta(rec: JsonRecord, p: Obj): void {
    if (this.metaId === undefined) this.metaId = firstSet(p.id);
    if (this.sessionStart === undefined) this.sessionStart = parseNativeTimestamp(p.timestamp);
    if (this.metaGit === undefined && p.git !== undefined && p.git !== null)
      this.metaGit = rec.verbatim('payload', 'git');
    if (this.metaCwd === undefined) this.metaCwd = firstSet(p.cwd);
    if (this.cliVersion === undefined) this.cliVersion = firstSet(p.cli_version);
    if (this.originator === undefined) this.originator = firstSet(p.originator);
    if (this.modelProvider === undefined) this.modelProvider = firstSet(p.model_provider);
    const source = p.source;
    const role = typeof p.agent_role === 'string' ? p.agent_role.toLowerCase() : '';
    if ((isObject(source) && 'subagent' in source) || ['awaiter', 'worker', 'explorer', 'subagent'].includes(role)) {
      this.auxiliary = true;
    }
    if (this.parentId === undefined) {
      const sub = isObject(source) ? source.subagent : undefined;
      const spawn = isObject(sub) ? sub.thread_spawn : undefined;
      this.parentId = firstSet(
        isObject(spawn) ? spawn.parent_thread_id : undefined,
        isObject(sub) ? sub.parent_thread_id : undefined,
        isObject(source) ? source.parent_thread_id : undefined,
        p.parent_thread_id,
      );
    }
  }

  /** A `codex exec --json` line (A3), mapped to the rollout's HAIL events; messages go through the dedupe stage. */
  private handleExecLine(line: Obj): void {
    this.exec ??= new ExecJsonMapper({
      threadId: (id) => {
        this.execThreadId ??= id;
      },
      turnStarted: () => this.dedupe.newTurn(),
      emit: (d) => {
        const ev = this.newEvent(d.type, d.content, d.attributes);
        if (d.text !== undefined && d.message === 'AgentMessage') this.dedupe.tag(ev, 'event_msg', d.text);
        this.emit(ev);
      },
    });
    this.exec.handle(line);
  }

  // ------------------------------------------------------------------ events

  private newEvent(eventType: EventType, content: { blocks: ContentBlock[] }, attributes: JsonObject = {}): DraftEvent {
    this.n++;
    return { event_id: `codex-${this.n}`, timestamp: this.lineTs, event_type: eventType, content, attributes };
  }

  private emit(ev: DraftEvent): void {
    this.builder.emit(ev);
  }

  /** Message push (4.1): trims, tags the origin for the dedupe stage, emits. */
  private pushMessage(
    kind: 'UserMessage' | 'AgentMessage' | 'Thinking',
    text: string,
    origin: Origin | undefined,
    attrs?: JsonObject,
  ): void {
    const t = trim(text);
    if (t === '') return;
    let attributes: JsonObject = attrs ?? {};
    if (kind !== 'Thinking' && origin !== undefined) {
      // Keys in canonical (sorted) order: the writer then uses the object as it is instead of a sorted copy.
      attributes = { source: origin, 'source.raw_type': origin, 'source.schema_version': DESKTOP_V1 };
    }
    const ev = this.newEvent({ type: kind } as EventType, textContent(t), attributes);
    if (origin !== undefined) {
      // Timestamps are resolved by the builder before the dedupe stage sees the event.
      this.dedupe.tag(ev, origin, t);
    }
    this.emit(ev);
  }

  private messageText(content: unknown): string {
    if (typeof content === 'string') return trim(content);
    if (!Array.isArray(content)) return '';
    const parts: string[] = [];
    for (const el of content) {
      const s = typeof el === 'string' ? el : isObject(el) && typeof el.text === 'string' ? el.text : undefined;
      if (s === undefined) continue;
      const t = trim(s);
      if (t !== '') parts.push(t);
    }
    return parts.join('\n');
  }

  private handleItem(item: Obj, rec: JsonRecord, base: string[]): void {
    switch (item.type) {
      case 'message': {
        const role = item.role;
        if (role !== 'user' && role !== 'assistant') return;
        const text = this.messageText(item.content);
        if (text === '') return;
        if (role === 'user') {
          if (this.desktop && isInjectedUserText(text)) return;
          if (this.desktop) this.titleFallback ??= text;
          else this.titlePrimary ??= text;
        }
        this.pushMessage(
          role === 'user' ? 'UserMessage' : 'AgentMessage',
          text,
          this.desktop ? 'response_fallback' : undefined,
        );
        return;
      }
      case 'reasoning': {
        const parts: string[] = [];
        if (Array.isArray(item.summary)) {
          for (const s of item.summary)
            if (isObject(s) && s.type === 'summary_text' && typeof s.text === 'string') parts.push(s.text);
        }
        const text = parts.join('\n');
        if (trim(text) === '') return;
        const attrs: JsonObject = { 'source.raw_type': 'reasoning', 'source.schema_version': JSONL_V1 };
        if (this.desktop) this.pushMessage('Thinking', text, 'response_fallback', attrs);
        else this.emit(this.newEvent({ type: 'Thinking' }, textContent(text), attrs));
        return;
      }
      case 'function_call':
      case 'custom_tool_call':
        return this.handleCall(item, rec, base);
      case 'function_call_output':
      case 'custom_tool_call_output':
        return this.handleOutput(item, rec, base);
      case 'web_search_call':
        return this.handleWebSearch(item);
      default:
        return;
    }
  }

  private handleCall(item: Obj, rec: JsonRecord, base: string[]): void {
    const custom = item.type === 'custom_tool_call';
    const rawName = isSet(item.name) ? item.name : 'unknown';
    const names = toolNames(rawName);
    const name = names.name;
    const n = names.base;
    let args: unknown;
    let rawInput = '';
    const a = item.arguments;
    if (custom) {
      rawInput = typeof item.input === 'string' ? item.input : '';
      args = { input: rawInput };
    } else if (a === undefined || a === null) args = {};
    else if (typeof a === 'string') args = parseFast(a);
    else args = a;
    const argObj = isObject(args) ? (args as Obj) : {};
    // Json(args) keeps exact numbers: the arguments text is parsed again (losslessly) only when such a block is
    // written and the text holds a number JSON.parse would change; otherwise the object read above is the block.
    const exactArgs = (): JsonValue => {
      if (custom || a === undefined || a === null) return args as JsonValue;
      if (typeof a === 'string')
        return isObject(args) ? (new JsonRecord(a, args).lossless() as JsonValue) : (parseJsonValue(a) ?? null);
      return rec.verbatim(...base, 'arguments') ?? null;
    };
    const callIdOwn = isSet(item.call_id) ? item.call_id : undefined;
    const defaultContent = (): { blocks: ContentBlock[] } =>
      custom ? textContent(rawInput) : { blocks: [{ type: 'Json', data: exactArgs() }] };
    const drafts: Array<{ type: EventType; content: { blocks: ContentBlock[] } }> = [];
    switch (n) {
      case 'exec_command':
      case 'shell': {
        let command = '';
        if (typeof argObj.cmd === 'string') command = argObj.cmd;
        else if (Array.isArray(argObj.command)) {
          const parts = argObj.command.filter((x): x is string => typeof x === 'string');
          command = parts.length >= 3 ? parts.slice(2).join(' ') : parts.join(' ');
        } else if (typeof argObj.command === 'string') command = argObj.command;
        if (trim(command) !== '')
          drafts.push({
            type: { type: 'ShellCommand', data: { command } },
            content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
          });
        else
          drafts.push({
            type: { type: 'ToolCall', data: { name } },
            content: { blocks: [{ type: 'Json', data: exactArgs() }] },
          });
        break;
      }
      case 'write_stdin':
        drafts.push({ type: { type: 'ToolCall', data: { name: 'write_stdin' } }, content: defaultContent() });
        break;
      case 'apply_patch':
      case 'apply_diff': {
        let sections: PatchPart[] = [];
        if (typeof argObj.input === 'string') sections = patchParts(argObj.input);
        if (sections.length === 0 && typeof argObj.patch === 'string') sections = patchParts(argObj.patch);
        if (sections.length === 0) {
          const path = firstSet(argObj.path, argObj.file, argObj.file_path) ?? 'unknown';
          drafts.push({ type: { type: 'FileEdit', data: { path } }, content: defaultContent() });
        }
        for (const s of sections) {
          const content = textContent(s.text);
          if (s.kind === 'Update')
            drafts.push({ type: { type: 'FileEdit', data: { path: s.path, diff: s.diff } }, content });
          else if (s.kind === 'Add') drafts.push({ type: { type: 'FileCreate', data: { path: s.path } }, content });
          else drafts.push({ type: { type: 'FileDelete', data: { path: s.path } }, content });
        }
        break;
      }
      case 'create_file':
      case 'write_file':
        drafts.push({
          type: { type: 'FileCreate', data: { path: firstSet(argObj.path, argObj.file_path) ?? 'unknown' } },
          content: defaultContent(),
        });
        break;
      case 'read_file':
        drafts.push({
          type: { type: 'FileRead', data: { path: firstSet(argObj.path, argObj.file_path) ?? 'unknown' } },
          content: defaultContent(),
        });
        break;
      default:
        drafts.push({ type: { type: 'ToolCall', data: { name: names.callName } }, content: defaultContent() });
    }
    let callId = callIdOwn;
    for (const d of drafts) {
      const ev = this.newEvent(d.type, d.content);
      callId ??= ev.event_id;
      ev.attributes = {
        'semantic.call_id': callId,
        'semantic.tool_kind': names.kind,
        'source.raw_type': custom ? 'custom_tool_call' : 'function_call',
        'source.schema_version': JSONL_V1,
      };
      this.emit(ev);
    }
    this.calls.open({ callId: callId!, name });
    this.lastFunctionName = name;
    if (name === 'request_user_input' && Array.isArray(argObj.questions)) {
      const metas: QuestionMeta[] = [];
      for (const q of argObj.questions) {
        if (!isObject(q)) continue;
        const meta: QuestionMeta = { id: typeof q.id === 'string' && q.id !== '' ? q.id : 'question' };
        if (typeof q.header === 'string') meta.header = q.header;
        if (typeof q.question === 'string') meta.question = q.question;
        metas.push(meta);
      }
      this.questions.set(callId!, metas);
    }
  }

  private handleOutput(item: Obj, rec: JsonRecord, base: string[]): void {
    const custom = item.type === 'custom_tool_call_output';
    let raw = '';
    if (typeof item.output === 'string') raw = item.output;
    else if (item.output !== undefined) raw = stringifyOrdered(rec.verbatim(...base, 'output') ?? null);
    let text = raw;
    let exitCode: number | undefined;
    let durationMs: number | undefined;
    let parsedOutput: JsonValue | undefined;
    if (firstNonBlank(raw) === 0x7b /* { */) parsedOutput = parseFast(raw) as JsonValue | undefined;
    if (isObject(parsedOutput)) {
      const o = parsedOutput as Obj;
      if (typeof o.output === 'string') text = o.output;
      const meta = o.metadata;
      if (isObject(meta)) {
        exitCode = toExitCode(typeof meta.exit_code === 'number' ? meta.exit_code : undefined);
        const ds = meta.duration_seconds;
        if (typeof ds === 'number' && Number.isFinite(ds) && ds >= 0) durationMs = Math.floor(ds * 1000);
      }
    } else {
      exitCode = exitCodeFromText(text);
    }
    const ownId = isSet(item.call_id) ? item.call_id : undefined;
    let name: string;
    let callId: string | undefined;
    if (ownId !== undefined) {
      const info = this.calls.closeById(ownId);
      name = info ? info.name : this.lastFunctionName;
      callId = ownId;
    } else {
      const info = this.calls.closeLatest();
      name = info ? info.name : this.lastFunctionName;
      callId = info?.callId;
    }
    if (name === 'request_user_input') this.interactiveAnswers(text, callId);
    const isError = exitCode !== undefined && exitCode !== 0;
    const data: { name: string; is_error: boolean; call_id?: string } = { name, is_error: isError };
    if (callId !== undefined) data.call_id = callId;
    const ev = this.newEvent({ type: 'ToolResult', data }, textContent(text));
    if (durationMs !== undefined && Number.isSafeInteger(durationMs)) ev.duration_ms = durationMs;
    // Keys inserted in canonical (sorted) order, so the writer needs no sorted copy.
    const attrs: JsonObject = {};
    if (exitCode !== undefined) attrs.exit_code = exitCode;
    if (callId !== undefined) setAttr(attrs, 'semantic.call_id', callId);
    attrs['semantic.tool_kind'] = inferToolKind(name);
    attrs['source.raw_type'] = custom ? 'custom_tool_call_output' : 'function_call_output';
    attrs['source.schema_version'] = JSONL_V1;
    ev.attributes = attrs;
    this.emit(ev);
  }

  private interactiveAnswers(text: string, callId: string | undefined): void {
    const parsed = parseJsonValue(text);
    if (!isObject(parsed)) return;
    const answers = (parsed as Obj).answers;
    if (!isObject(answers) || Object.keys(answers).length === 0) return;
    const ids = Object.keys(answers).sort(compareBytewise);
    const lines: string[] = [];
    for (const id of ids) {
      const entry = answers[id];
      const picks: string[] = [];
      if (isObject(entry) && Array.isArray(entry.answers)) {
        for (const item of entry.answers) {
          if (typeof item === 'string') picks.push(trim(item));
          else if (isObject(item) && typeof item.value === 'string') picks.push(item.value);
          else picks.push(stringifyOrdered(item as JsonValue));
        }
      } else if (typeof entry === 'string') {
        picks.push(entry);
      } else if (entry !== null && entry !== undefined) {
        picks.push(stringifyOrdered(entry as JsonValue));
      }
      lines.push(picks.length > 0 ? `${id}: ${picks.join(' | ')}` : `${id}: (no answer)`);
    }
    const metas = callId !== undefined ? this.questions.get(callId) : undefined;
    if (metas !== undefined) {
      const qLines = metas.map(
        (m) =>
          `- ${m.id}${m.header !== undefined && m.header !== '' ? ` (${m.header})` : ''}: ${m.question !== undefined && m.question !== '' ? m.question : '(no question text)'}`,
      );
      const attrs: JsonObject = {
        source: 'interactive_question',
        question_ids: metas.map((m) => m.id),
        question_meta: metas.map((m) => {
          const o: JsonObject = { id: m.id };
          if (m.header !== undefined) o.header = m.header;
          if (m.question !== undefined) o.question = m.question;
          return o;
        }),
      };
      if (callId !== undefined) attrs.call_id = callId;
      this.emit(this.newEvent({ type: 'SystemMessage' }, textContent(qLines.join('\n')), attrs));
    }
    const rendered = lines.join('\n');
    this.titlePrimary ??= rendered;
    const attrs: JsonObject = { source: 'interactive', question_ids: ids, raw_answers: parsed };
    if (callId !== undefined) attrs.call_id = callId;
    this.emit(this.newEvent({ type: 'UserMessage' }, textContent(rendered), attrs));
  }

  private handleWebSearch(item: Obj): void {
    const action = isObject(item.action) ? item.action : {};
    const type = typeof action.type === 'string' ? trim(action.type) : '';
    const queries: string[] = [];
    if (Array.isArray(action.queries))
      for (const q of action.queries) if (typeof q === 'string' && trim(q) !== '') queries.push(trim(q));
    const single = typeof action.query === 'string' ? trim(action.query) : '';
    if (single !== '' && !queries.includes(single)) queries.unshift(single);
    const url = firstSet(action.url);
    const pattern = firstSet(action.pattern);
    let et: EventType | undefined;
    let content: { blocks: ContentBlock[] } | undefined;
    const search = (): void => {
      et = { type: 'WebSearch', data: { query: queries[0] } };
      content = textContent(queries.join(' | '));
    };
    if (type === 'search') {
      if (queries.length > 0) search();
    } else if (type === 'open_page' || type === 'openPage') {
      if (url !== undefined) {
        et = { type: 'WebFetch', data: { url } };
        content = textContent(url);
      } else {
        et = { type: 'ToolCall', data: { name: 'web_search' } };
        content = textContent('open_page');
      }
    } else if (type === 'find_in_page' || type === 'findInPage') {
      if (url !== undefined) {
        et = { type: 'WebFetch', data: { url } };
        content = textContent(pattern !== undefined ? `${url}\npattern: ${pattern}` : url);
      } else if (pattern !== undefined) {
        et = { type: 'ToolCall', data: { name: 'web_search' } };
        content = textContent(`find_in_page: ${pattern}`);
      }
    } else if (queries.length > 0) search();
    else if (url !== undefined) {
      et = { type: 'WebFetch', data: { url } };
      content = textContent(url);
    } else if (pattern !== undefined) {
      et = { type: 'ToolCall', data: { name: 'web_search' } };
      content = textContent(pattern);
    }
    if (et === undefined || content === undefined) return;
    const ev = this.newEvent(et, content);
    const attrs: JsonObject = {
      'semantic.call_id': firstSet(item.id) !== undefined ? (item.id as string) : ev.event_id,
      'semantic.tool_kind': 'web',
      'source.raw_type': type === '' ? 'web_search_call' : `web_search_call:${type}`,
      'source.schema_version': JSONL_V1,
    };
    setAttr(attrs, 'web_search.status', str(item.status));
    if (queries.length > 0) attrs['web_search.queries'] = queries;
    setAttr(attrs, 'web_search.pattern', pattern);
    ev.attributes = attrs;
    this.emit(ev);
  }

  private handleEvent(p: Obj): void {
    const type = p.type;
    // Only task, token and marker events carry a turn id (kept off the message hot path).
    const turnId =
      type === 'user_message' || type === 'agent_message' || type === 'agent_reasoning'
        ? undefined
        : (set1(p.turn_id) ?? set1(p.task_id));
    switch (type) {
      case 'user_message': {
        const text = typeof p.message === 'string' ? trim(p.message) : '';
        if (text === '' || isInjectedUserText(text)) return;
        this.titlePrimary ??= text;
        this.pushMessage('UserMessage', text, 'event_msg');
        return;
      }
      case 'agent_message': {
        const text = str(p.message) ?? str(p.text) ?? str(p.content) ?? '';
        this.pushMessage('AgentMessage', text, 'event_msg');
        return;
      }
      case 'agent_reasoning':
      case 'agent_reasoning_raw_content': {
        const text = trim(str(p.message) ?? str(p.text) ?? str(p.content) ?? '');
        if (text === '') return;
        this.pushMessage('Thinking', text, 'event_msg', {
          'source.raw_type': `event_msg:${p.type}`,
          'source.schema_version': DESKTOP_V1,
        });
        return;
      }
      case 'token_count': {
        const info = isObject(p.info) ? p.info : undefined;
        const last = info ? (info.last_token_usage ?? info.lastTokenUsage) : undefined;
        const total = info ? (info.total_token_usage ?? info.totalTokenUsage) : undefined;
        const usage = p.usage;
        const input = firstCount(inputCount, p, usage, last, total);
        const output = firstCount(outputCount, p, usage, last, total);
        const inputTotal = firstCount(inputCount, total);
        const outputTotal = firstCount(outputCount, total);
        if (input === undefined && output === undefined && inputTotal === undefined && outputTotal === undefined)
          return;
        const attrs: JsonObject = { 'source.raw_type': 'event_msg:token_count', 'source.schema_version': DESKTOP_V1 };
        addTokenAttributes(attrs, { input, output, inputTotal, outputTotal });
        const ev = this.newEvent({ type: 'Custom', data: { kind: 'token_count' } }, emptyContent(), attrs);
        if (turnId !== undefined) ev.task_id = turnId;
        this.emit(ev);
        return;
      }
      case 'context_compacted': {
        const ev = this.newEvent(
          { type: 'Custom', data: { kind: 'context_compacted' } },
          textContent('context compacted'),
          {
            'source.raw_type': 'event_msg:context_compacted',
            'source.schema_version': DESKTOP_V1,
          },
        );
        if (turnId !== undefined) ev.task_id = turnId;
        this.emit(ev);
        return;
      }
      case 'item_completed': {
        const it = p.item;
        if (!isObject(it) || typeof it.type !== 'string' || it.type.toLowerCase() !== 'plan') return;
        let firstLine = 'plan completed';
        if (typeof it.text === 'string') {
          for (const l of it.text.split('\n')) {
            if (trim(l) !== '') {
              firstLine = trim(l);
              break;
            }
          }
        }
        const attrs: JsonObject = {
          'source.raw_type': 'event_msg:item_completed',
          'source.schema_version': DESKTOP_V1,
        };
        setAttr(attrs, 'plan_id', str(it.id));
        setAttr(attrs, 'turn_id', str(p.turn_id));
        const ev = this.newEvent(
          { type: 'Custom', data: { kind: 'plan_completed' } },
          textContent(`Plan completed: ${firstLine}`),
          attrs,
        );
        if (turnId !== undefined) ev.task_id = turnId;
        this.emit(ev);
        return;
      }
      case 'turn_aborted': {
        const attrs: JsonObject = {};
        setAttr(attrs, 'reason', str(p.reason) ?? str(p.message) ?? str(p.error));
        const ev = this.newEvent(
          { type: 'Custom', data: { kind: 'turn_aborted' } },
          textContent('turn aborted'),
          attrs,
        );
        const tid = firstSet(p.turn_id);
        if (tid !== undefined) ev.task_id = tid;
        this.emit(ev);
        return;
      }
      case 'task_started': {
        if (turnId === undefined) return;
        const title = firstSet(p.title, p.task, p.name) ?? '';
        const data: { title?: string } = {};
        if (title !== '') data.title = title;
        const ev = this.newEvent({ type: 'TaskStart', data }, textContent(title !== '' ? title : 'task started'));
        ev.task_id = turnId;
        this.openTasks.set(turnId, title);
        this.emit(ev);
        return;
      }
      case 'task_complete':
      case 'task_completed':
      case 'task_finished': {
        if (turnId === undefined) return;
        const summary = firstSet(p.last_agent_message, p.summary, p.message) ?? '';
        if (summary !== '') this.pushMessage('AgentMessage', summary, 'event_msg');
        const data: { summary?: string } = {};
        if (summary !== '') data.summary = summary;
        const ev = this.newEvent({ type: 'TaskEnd', data }, textContent(summary !== '' ? summary : 'task completed'));
        ev.task_id = turnId;
        this.openTasks.delete(turnId);
        this.emit(ev);
        return;
      }
      default:
        return;
    }
  }

  // ------------------------------------------------------------------ end

  async finish(): Promise<ParseResult> {
    this.exec?.end();
    this.builder.flush(this.sessionStart);
    const final = this.builder.finalStage;
    const ids = [...this.openTasks.keys()].sort(compareBytewise);
    for (const id of ids) {
      const title = this.openTasks.get(id)!;
      this.n++;
      const ts = this.builder.lastTimestamp ?? this.sessionStart ?? this.builder.mtime;
      final.push({
        event_id: `codex-${this.n}`,
        timestamp: ts,
        event_type: { type: 'TaskEnd', data: { summary: 'synthetic end (missing task_complete)' } },
        task_id: id,
        content: textContent(title !== '' ? title : 'synthetic task end'),
        attributes: {},
      });
    }
    this.openTasks.clear();
    await this.builder.drain();
    const model = this.model ?? 'unknown';
    const mp = this.modelProvider !== undefined ? this.modelProvider.toLowerCase() : undefined;
    const provider = mp !== undefined && mp !== 'auto' ? mp : inferCodexProvider(model);
    const attributes: JsonObject = {};
    const git = this.metaGit ?? this.legacyGit;
    if (git !== undefined && git !== null) {
      attributes.git = git;
      for (const [key, names] of Object.entries(GIT_KEYS)) setAttr(attributes, key, findGitField(git, names));
    }
    setAttr(attributes, 'cwd', this.metaCwd ?? this.turnCwd);
    setAttr(attributes, 'originator', this.originator);
    const agent = {
      provider,
      model,
      tool: 'codex',
      ...(this.cliVersion !== undefined ? { tool_version: this.cliVersion } : {}),
    };
    const header = this.builder.header({
      sessionId: this.metaId ?? this.legacyId ?? this.execThreadId ?? fileStem(this.ctx.path),
      agent,
      title: this.titlePrimary ?? this.titleFallback,
      attributes,
      role: this.auxiliary ? 'auxiliary' : 'primary',
      parentSessionId: this.parentId,
      sessionStart: this.sessionStart,
    });
    return { header, eventCount: this.builder.eventCount, warnings: this.warnings.render() };
  }
}

export function createCodexLineParser(sink: EventSink, ctx: ParserContext): LineParser {
  return new CodexLineParser(ctx, sink);
}

export const codexParser: ParserModule = {
  id: 'codex',
  parse: (path, sink, ctx) => runLineParser(path, new CodexLineParser(ctx, sink)),
  createLineParser: createCodexLineParser,
};
