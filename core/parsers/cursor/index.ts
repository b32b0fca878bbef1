// Cursor parser (parsers.md 4.5): `state.vscdb` SQLite read-only through node-sqlite3-wasm (pages are read
// on demand, so large global databases stay within bounded memory). One composer conversation per parse.
import * as path from 'path';
import type { Database } from 'node-sqlite3-wasm';
// the default import: the real fs module object, not a (read-only) namespace (see withoutLockDir)
import nodeFs from 'fs';
import type { ContentBlock, EventType, JsonObject, JsonValue, Timestamp } from '../../hail/types';
import { trim } from '../../text';
import { loadSqliteWasm } from '../../sqlite-wasm';
import { FileWarnings, SessionBuilder, type DraftEvent } from '../common/builder';
import { parseJsonValue } from '../common/json';
import { emptyContent, firstSet, inferToolKind, isObject, textContent } from '../common/rules';
import { parseEpochMs, parseNativeTimestamp } from '../common/time';
import { exitCodeFromText, setAttr, shellEventType } from '../common/tools';
import { ParserFailed, type EventSink, type ParserContext, type ParserModule, type ParseResult } from '../types';

type Obj = Record<string, unknown>;
type Table = 'cursorDiskKV' | 'ItemTable';

const MS = 1_000_000n;
const TOOL_NAMES: Record<number, string> = {
  3: 'grep_search',
  5: 'read_file',
  6: 'list_dir',
  7: 'edit_file',
  8: 'file_search',
  12: 'reapply',
  15: 'run_terminal_cmd',
  18: 'web_search',
};
const RESULT_STATUSES = new Set(['completed', 'error', 'failed', 'done']);
const BASE64ISH = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * node-sqlite3-wasm's file VFS "locks" by creating and removing a `<db>.lock` directory beside the
 * database, even for reads. Parsers must not write next to agent files (2.1), and Cursor's own SQLite
 * never looks at that directory, so the lock is a no-op for us: while a (synchronous) SQLite call runs,
 * mkdir/rmdir of exactly that path are skipped. `nodeFs` is the real module object the package uses.
 */
function withoutLockDir<T>(lockDir: string, fn: () => T): T {
  const { mkdirSync, rmdirSync } = nodeFs;
  nodeFs.mkdirSync = ((p: import('fs').PathLike, ...rest: unknown[]) =>
    String(p) === lockDir
      ? undefined
      : (mkdirSync as (...a: unknown[]) => unknown)(p, ...rest)) as typeof nodeFs.mkdirSync;
  nodeFs.rmdirSync = ((p: import('fs').PathLike, ...rest: unknown[]) =>
    String(p) === lockDir
      ? undefined
      : (rmdirSync as (...a: unknown[]) => unknown)(p, ...rest)) as typeof nodeFs.rmdirSync;
  try {
    return fn();
  } finally {
    nodeFs.mkdirSync = mkdirSync;
    nodeFs.rmdirSync = rmdirSync;
  }
}

/** An open, read-only Cursor database and the tables it has. */
class CursorDb {
  readonly tables: Set<Table>;

  private constructor(
    private readonly lockDir: string,
    private readonly db: Database,
  ) {
    // Exclusive locking mode before the first read keeps SQLite from using shared memory for the
    // wal-index, so WAL-mode databases (with a live -wal file) are readable through the wasm VFS.
    this.guard(() => db.exec('PRAGMA locking_mode=EXCLUSIVE'));
    const rows = this.guard(() => db.all("SELECT name FROM sqlite_master WHERE type = 'table'"));
    this.tables = new Set(
      rows.map((r) => r.name as string).filter((n): n is Table => n === 'cursorDiskKV' || n === 'ItemTable'),
    );
  }

  /** Opens read-only; throws with SQLite's reason (a non-database file fails at the first query). */
  static open(file: string): CursorDb {
    const lockDir = `${path.resolve(file)}.lock`;
    const { Database: Db } = loadSqliteWasm();
    const db = withoutLockDir(lockDir, () => new Db(file, { readOnly: true }));
    try {
      return new CursorDb(lockDir, db);
    } catch (err) {
      withoutLockDir(lockDir, () => db.close());
      throw err;
    }
  }

  private guard<T>(fn: () => T): T {
    return withoutLockDir(this.lockDir, fn);
  }

  close(): void {
    this.guard(() => this.db.close());
  }

  get(table: Table, key: string): JsonValue | undefined {
    if (!this.tables.has(table)) return undefined;
    const row = this.guard(() => this.db.get(`SELECT value FROM ${table} WHERE key = ?`, [key]));
    return row ? decodeValue(row.value) : undefined;
  }

  hasComposerKeys(): boolean {
    for (const table of this.tables) {
      const row = this.guard(() =>
        this.db.get(
          `SELECT 1 AS found FROM ${table} WHERE key LIKE 'composerData:%' OR key = 'composer.composerData' LIMIT 1`,
        ),
      );
      if (row !== null) return true;
    }
    return false;
  }

  /** Iterates `composerData:%` rows one at a time. */
  *composerRows(table: Table): Generator<JsonValue | undefined> {
    if (!this.tables.has(table)) return;
    const stmt = this.guard(() =>
      this.db.prepare(`SELECT value FROM ${table} WHERE key LIKE 'composerData:%' ORDER BY key`),
    );
    try {
      const rows = this.guard(() => stmt.iterate());
      for (;;) {
        const next = this.guard(() => rows.next());
        if (next.done) break;
        yield decodeValue(next.value.value);
      }
    } finally {
      this.guard(() => stmt.finalize());
    }
  }
}

function decodeValue(v: unknown): JsonValue | undefined {
  if (typeof v === 'string') return parseJsonValue(v);
  if (v instanceof Uint8Array)
    return parseJsonValue(Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8'));
  return undefined;
}

/** RFC 3339, naive UTC, or epoch ms (number or digit string). */
function instantOf(v: unknown): Timestamp | undefined {
  return parseEpochMs(v) ?? parseNativeTimestamp(v);
}

/** Where a conversation's bubbles come from. */
interface Conversation {
  composerId: string;
  name?: string;
  createdAt?: unknown;
  lastUpdatedAt?: unknown;
  isAgentic?: boolean;
  version: number;
  bubbleCount: number;
  /** `composerData` row (re-read after selection) or an inline index entry. */
  source: { db: CursorDb; table: Table } | { inline: Obj };
}

function describe(value: Obj, source: Conversation['source']): Conversation | undefined {
  const composerId = firstSet(value.composerId);
  if (composerId === undefined) return undefined;
  const version = typeof value._v === 'number' ? value._v : 0;
  const headers = Array.isArray(value.fullConversationHeadersOnly) ? value.fullConversationHeadersOnly : undefined;
  const inline = Array.isArray(value.conversation) ? value.conversation : [];
  const bubbleCount = version >= 3 && headers !== undefined ? headers.length : inline.length;
  return {
    composerId,
    name: typeof value.name === 'string' ? value.name : undefined,
    createdAt: value.createdAt ?? undefined,
    lastUpdatedAt: value.lastUpdatedAt ?? undefined,
    isAgentic: typeof value.isAgentic === 'boolean' ? value.isAgentic : undefined,
    version,
    bubbleCount,
    source,
  };
}

/** Step 1: full conversations from `composerData:<id>` rows. */
function readComposerRows(db: CursorDb, into: Map<string, Conversation>, only?: Set<string>): void {
  const tables: Table[] = db.tables.has('cursorDiskKV') ? ['cursorDiskKV'] : ['ItemTable'];
  let found = 0;
  const read = (table: Table): void => {
    for (const value of db.composerRows(table)) {
      if (!isObject(value)) continue;
      const conv = describe(value, { db, table });
      if (conv === undefined || into.has(conv.composerId) || (only !== undefined && !only.has(conv.composerId)))
        continue;
      into.set(conv.composerId, conv);
      found++;
    }
  };
  for (const t of tables) read(t);
  if (found === 0 && tables[0] === 'cursorDiskKV' && db.tables.has('ItemTable')) read('ItemTable');
}

function readIndex(db: CursorDb): Obj[] {
  const value = db.get('cursorDiskKV', 'composer.composerData') ?? db.get('ItemTable', 'composer.composerData');
  if (!isObject(value) || !Array.isArray(value.allComposers)) return [];
  const seen = new Set<string>();
  const out: Obj[] = [];
  for (const entry of value.allComposers) {
    if (!isObject(entry)) continue;
    const id = firstSet(entry.composerId);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    out.push(entry);
  }
  return out;
}

/** `<User>/globalStorage/state.vscdb` for a `<User>/workspaceStorage/<hash>/state.vscdb` path. */
function globalDbFor(file: string): string | undefined {
  const hashDir = path.dirname(file);
  const ws = path.dirname(hashDir);
  if (path.basename(ws) !== 'workspaceStorage') return undefined;
  return path.join(path.dirname(ws), 'globalStorage', 'state.vscdb');
}

/**
 * Discovery filter (3.5): opens read-only (no lock directory, WAL-mode databases included) and reports
 * whether `cursorDiskKV` or `ItemTable` holds a `composerData:%` or `composer.composerData` key.
 */
export function cursorDatabaseHasComposerData(file: string): boolean {
  let db: CursorDb | undefined;
  try {
    db = CursorDb.open(file);
    return db.hasComposerKeys();
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Provider from a model name (4.5). */
export function cursorProvider(model: string): string {
  const m = model.toLowerCase();
  if (m.includes('claude') || m.includes('anthropic')) return 'anthropic';
  if (m.includes('gpt') || m.includes('o1') || m.includes('o3')) return 'openai';
  if (m.includes('gemini')) return 'google';
  if (m.includes('llama')) return 'meta';
  if (m.includes('deepseek')) return 'deepseek';
  return 'unknown';
}

function toolName(tfd: Obj): string {
  const name = firstSet(tfd.name);
  if (typeof tfd.tool === 'number') return TOOL_NAMES[tfd.tool] ?? name ?? `tool_${tfd.tool}`;
  return name ?? 'unknown_tool';
}

function parseArgs(raw: unknown): JsonValue {
  if (typeof raw !== 'string' || trim(raw) === '') return null;
  const parsed = parseJsonValue(raw);
  return parsed !== undefined ? parsed : { raw };
}

function callEvent(tool: string, args: JsonValue): { eventType: EventType; content: { blocks: ContentBlock[] } } {
  const a: Obj = isObject(args) ? args : {};
  const json = { blocks: [{ type: 'Json', data: args } as ContentBlock] };
  switch (tool) {
    case 'edit_file':
    case 'reapply':
      return { eventType: { type: 'FileEdit', data: { path: firstSet(a.target_file) ?? 'unknown' } }, content: json };
    case 'read_file':
      return {
        eventType: { type: 'FileRead', data: { path: firstSet(a.target_file, a.file_path) ?? 'unknown' } },
        content: json,
      };
    case 'list_dir':
      return {
        eventType: {
          type: 'ToolCall',
          data: { name: `list_dir: ${firstSet(a.relative_workspace_path, a.path) ?? '.'}` },
        },
        content: json,
      };
    case 'run_terminal_cmd': {
      const command = typeof a.command === 'string' ? a.command : undefined;
      const shell = shellEventType(command, tool);
      return shell.shell
        ? { eventType: shell.eventType, content: { blocks: [{ type: 'Code', code: command!, language: 'bash' }] } }
        : { eventType: shell.eventType, content: json };
    }
    case 'grep_search':
      return {
        eventType: { type: 'CodeSearch', data: { query: firstSet(a.query, a.search_term) ?? '' } },
        content: json,
      };
    case 'file_search':
      return {
        eventType: { type: 'FileSearch', data: { pattern: firstSet(a.query, a.pattern) ?? '*' } },
        content: json,
      };
    case 'web_search':
      return {
        eventType: { type: 'WebSearch', data: { query: firstSet(a.query, a.search_query) ?? '' } },
        content: json,
      };
    default:
      return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
  }
}

/** 4.5 tool result content (and an exit code read from plain text or `output`). */
function resultContent(raw: string): { content: { blocks: ContentBlock[] }; exitCode?: number } {
  if (trim(raw) === '') return { content: emptyContent() };
  const parsed = parseJsonValue(raw);
  if (parsed === undefined) return { content: textContent(trim(raw)), exitCode: exitCodeFromText(raw) };
  if (isObject(parsed) && parsed.diff !== undefined) {
    const blocks: ContentBlock[] = [];
    if (parsed.isApplied === true) blocks.push({ type: 'Text', text: 'Applied' });
    blocks.push({ type: 'Json', data: parsed.diff as JsonValue });
    return { content: { blocks } };
  }
  if (isObject(parsed) && typeof parsed.output === 'string') {
    return {
      content: { blocks: [{ type: 'Code', code: parsed.output, language: 'text' }] },
      exitCode: exitCodeFromText(parsed.output),
    };
  }
  return { content: { blocks: [{ type: 'Json', data: parsed }] } };
}

class CursorMapper {
  model: string | undefined;
  signatureModel: string | undefined;
  private c = 0;

  constructor(
    private readonly builder: SessionBuilder,
    private readonly schema: string,
    private readonly created: Timestamp,
  ) {}

  map(bubble: Obj): void {
    this.c++;
    const bid = firstSet(bubble.bubbleId) ?? `bubble-${this.c}`;
    const timing = isObject(bubble.timingInfo) ? bubble.timingInfo : {};
    const start = parseEpochMs(timing.clientStartTime) ?? parseEpochMs(timing.startTime);
    const end = parseEpochMs(timing.clientEndTime) ?? parseEpochMs(timing.endTime);
    const ts = start ?? this.created + BigInt(this.c) * 100n * MS;
    const duration = start !== undefined && end !== undefined && end > start ? Number((end - start) / MS) : undefined;
    this.model ??= firstSet(bubble.modelType);
    const emit = (
      id: string,
      eventType: EventType,
      content: { blocks: ContentBlock[] },
      rawType: string,
      extra: JsonObject = {},
      taskId?: string,
    ): DraftEvent => {
      const attributes: JsonObject = {
        'source.schema_version': this.schema,
        'source.raw_type': rawType,
        'semantic.group_id': bid,
        ...extra,
      };
      const ev: DraftEvent = { event_id: id, timestamp: ts, event_type: eventType, content, attributes };
      if (taskId !== undefined) ev.task_id = taskId;
      if (duration !== undefined && duration > 0) ev.duration_ms = duration;
      this.builder.emit(ev);
      return ev;
    };
    const text = typeof bubble.text === 'string' ? trim(bubble.text) : '';
    if (bubble.type === 1) {
      if (text !== '') emit(`${bid}-user`, { type: 'UserMessage' }, textContent(text), 'bubble:user_message');
      return;
    }
    if (bubble.type !== 2) return;
    const thinking = isObject(bubble.thinking) ? bubble.thinking : undefined;
    if (thinking !== undefined) {
      const signature = firstSet(thinking.signature);
      if (
        signature !== undefined &&
        this.signatureModel === undefined &&
        Array.from(signature).length <= 64 &&
        !BASE64ISH.test(signature)
      ) {
        this.signatureModel = signature;
      }
      const thinkingText = typeof thinking.text === 'string' ? trim(thinking.text) : '';
      if (thinkingText !== '') {
        const extra: JsonObject = {};
        setAttr(extra, 'signature', signature);
        emit(`${bid}-thinking`, { type: 'Thinking' }, textContent(thinkingText), 'bubble:thinking', extra);
      }
    }
    const tfd = isObject(bubble.toolFormerData) ? bubble.toolFormerData : undefined;
    if (tfd !== undefined) {
      const tool = toolName(tfd);
      const name = firstSet(tfd.name);
      const status = firstSet(tfd.status);
      const args = parseArgs(tfd.rawArgs);
      const taskId = `cursor-task-${bid}`;
      const callId = `${bid}-call`;
      const kind = inferToolKind(tool);
      emit(
        `${bid}-task-start`,
        { type: 'TaskStart', data: { title: name ?? tool } },
        emptyContent(),
        'bubble:tool-task-start',
        {},
        taskId,
      );
      const typing = callEvent(tool, args);
      const callAttrs: JsonObject = { 'semantic.call_id': callId, 'semantic.tool_kind': kind };
      setAttr(callAttrs, 'status', status);
      setAttr(callAttrs, 'user_decision', firstSet(tfd.userDecision));
      emit(callId, typing.eventType, typing.content, 'bubble:tool-call', callAttrs, taskId);
      const rawResult = typeof tfd.result === 'string' && trim(tfd.result) !== '' ? tfd.result : text;
      if (trim(rawResult) !== '' || (status !== undefined && RESULT_STATUSES.has(status))) {
        const { content, exitCode } = resultContent(rawResult);
        const isError = status === 'error' || status === 'failed' || (exitCode !== undefined && exitCode !== 0);
        const resultAttrs: JsonObject = { 'semantic.call_id': callId };
        if (exitCode !== undefined) resultAttrs.exit_code = exitCode;
        emit(
          `${bid}-result`,
          { type: 'ToolResult', data: { name: tool, is_error: isError, call_id: callId } },
          content,
          'bubble:tool-result',
          resultAttrs,
          taskId,
        );
      }
      const summary = status !== undefined ? `${tool} ${status}` : `${tool} finished`;
      emit(
        `${bid}-task-end`,
        { type: 'TaskEnd', data: { summary } },
        emptyContent(),
        'bubble:tool-task-end',
        {},
        taskId,
      );
      return;
    }
    if (text !== '') {
      const extra: JsonObject = {};
      setAttr(extra, 'model', firstSet(bubble.modelType));
      emit(`${bid}-agent`, { type: 'AgentMessage' }, textContent(text), 'bubble:agent_message', extra);
    }
  }
}

/** Bubbles of the selected conversation, one at a time. */
function* bubblesOf(conv: Conversation): Generator<Obj> {
  let value: Obj | undefined;
  if ('inline' in conv.source) value = conv.source.inline;
  else {
    const v = conv.source.db.get(conv.source.table, `composerData:${conv.composerId}`);
    value = isObject(v) ? v : undefined;
  }
  if (value === undefined) return;
  const headers = Array.isArray(value.fullConversationHeadersOnly) ? value.fullConversationHeadersOnly : undefined;
  if (conv.version >= 3 && headers !== undefined && !('inline' in conv.source)) {
    const { db, table } = conv.source;
    for (const h of headers) {
      const bubbleId = isObject(h) ? firstSet(h.bubbleId) : undefined;
      if (bubbleId === undefined) continue;
      const bubble = db.get(table, `bubbleId:${conv.composerId}:${bubbleId}`);
      if (isObject(bubble)) yield bubble;
    }
    return;
  }
  if (Array.isArray(value.conversation)) for (const b of value.conversation) if (isObject(b)) yield b;
}

function compareConversations(a: Conversation, b: Conversation): number {
  const ta = instantOf(a.lastUpdatedAt ?? a.createdAt);
  const tb = instantOf(b.lastUpdatedAt ?? b.createdAt);
  if (ta !== tb) {
    if (ta === undefined) return -1;
    if (tb === undefined) return 1;
    return ta < tb ? -1 : 1;
  }
  if (a.bubbleCount !== b.bubbleCount) return a.bubbleCount - b.bubbleCount;
  // composerId ascending wins, so the larger id ranks lower
  return a.composerId < b.composerId ? 1 : a.composerId > b.composerId ? -1 : 0;
}

export const cursorParser: ParserModule = {
  id: 'cursor',
  async parse(_path: string, sink: EventSink, ctx: ParserContext): Promise<ParseResult> {
    const display = ctx.displayPath;
    let db: CursorDb;
    try {
      db = CursorDb.open(ctx.path);
    } catch (err) {
      throw new ParserFailed(
        'cursor',
        `cannot open cursor database ${display}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const others: CursorDb[] = [];
    try {
      if (db.tables.size === 0)
        throw new ParserFailed('cursor', 'No cursorDiskKV or ItemTable table found in database');
      const conversations = new Map<string, Conversation>();
      readComposerRows(db, conversations);
      const index = readIndex(db);
      for (const entry of index) {
        const inline = Array.isArray(entry.conversation) ? entry.conversation : [];
        if (inline.length === 0) continue;
        const conv = describe(entry, { inline: entry });
        if (conv !== undefined && !conversations.has(conv.composerId)) conversations.set(conv.composerId, conv);
      }
      const globalPath = globalDbFor(ctx.path);
      if (globalPath !== undefined && index.length > 0) {
        const missing = new Set(index.map((e) => firstSet(e.composerId)!).filter((id) => !conversations.has(id)));
        if (missing.size > 0 && nodeFs.existsSync(globalPath)) {
          try {
            const g = CursorDb.open(globalPath);
            others.push(g);
            readComposerRows(g, conversations, missing);
          } catch {
            // an unreadable global database only loses the conversations it would have added
          }
        }
      }
      for (const entry of index) {
        const conv = conversations.get(firstSet(entry.composerId)!);
        if (conv === undefined) continue;
        if (conv.name === undefined && typeof entry.name === 'string') conv.name = entry.name;
        conv.createdAt ??= entry.createdAt ?? undefined;
        conv.lastUpdatedAt ??= entry.lastUpdatedAt ?? undefined;
      }
      const candidates = [...conversations.values()].filter((c) => c.bubbleCount > 0);
      if (candidates.length === 0) throw new ParserFailed('cursor', `No composer conversations found in ${display}`);
      let selected: Conversation | undefined;
      const wanted = ctx.options.sessionId;
      if (wanted !== undefined) {
        selected = candidates.find((c) => c.composerId === wanted);
        if (selected === undefined) throw new ParserFailed('cursor', `conversation ${wanted} not found in ${display}`);
      } else {
        selected = candidates.reduce((best, c) => (compareConversations(c, best) > 0 ? c : best));
      }
      const warnings = new FileWarnings(display, 'message');
      if (candidates.length > 1) {
        warnings.add(
          `${candidates.length} conversations in ${display}; parsed ${selected.composerId}; use --session-id to choose another`,
        );
      }

      const created = instantOf(selected.createdAt) ?? ctx.mtime;
      const updated = instantOf(selected.lastUpdatedAt) ?? created;
      const builder = new SessionBuilder({ sink, tool: 'cursor', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
      const mapper = new CursorMapper(builder, selected.version >= 3 ? 'cursor-v3' : 'cursor-v2', created);
      for (const bubble of bubblesOf(selected)) {
        mapper.map(bubble);
        await builder.drain();
      }
      builder.flush(created);
      await builder.drain();
      const model = mapper.model ?? mapper.signatureModel ?? 'unknown';
      const attributes: JsonObject = {};
      if (selected.isAgentic !== undefined) attributes.is_agentic = selected.isAgentic;
      const header = builder.header({
        sessionId: selected.composerId,
        agent: { provider: cursorProvider(model), model, tool: 'cursor' },
        title: selected.name,
        attributes,
        createdAt: created,
        updatedAt: updated,
        sessionStart: created,
      });
      return { header, eventCount: builder.eventCount, warnings: warnings.render() };
    } finally {
      db.close();
      for (const o of others) o.close();
    }
  },
};
