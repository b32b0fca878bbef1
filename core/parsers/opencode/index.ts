// OpenCode parser (parsers.md 4.4): session info JSON plus its storage tree
// (`message/<sessionID>/*.json`, `part/<messageID>/*.json`). Child sessions are marked, not merged.
import * as fs from 'fs';
import * as path from 'path';
import type { ContentBlock, EventType, JsonObject, JsonValue, Timestamp } from '../../hail/types';
import { stringifyOrdered } from '../../hail/json';
import { compareBytewise, trim } from '../../text';
import { FileWarnings, SessionBuilder, type DraftEvent } from '../common/builder';
import { siblingDisplay } from '../common/fs';
import { parseJsonValue } from '../common/json';
import { emptyContent, firstSet, inferToolKind, isObject, textContent } from '../common/rules';
import { durationMs, parseEpochMs } from '../common/time';
import { addTokenAttributes, diffFromToolInput, setAttr, toExitCode, tokenCount } from '../common/tools';
import { ParserFailed, type EventSink, type ParserContext, type ParserModule, type ParseResult } from '../types';

type Obj = Record<string, unknown>;

const PARENT_KEYS = [
  'parentID',
  'parentId',
  'parent_id',
  'parentUUID',
  'parent_uuid',
  'parentSessionID',
  'parentSessionId',
  'parentSessionUuid',
  'parent_session_uuid',
];
const PATH_KEYS = [
  'path',
  'file_path',
  'filePath',
  'filepath',
  'target_file',
  'targetFile',
  'target_path',
  'targetPath',
  'file',
  'filename',
];
const RESULT_STATUSES = new Set(['completed', 'complete', 'done', 'error', 'failed']);
const TERMINAL_STATUSES = new Set([...RESULT_STATUSES, 'cancelled', 'canceled']);
const MAX_PATCH_FILES = 8;

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a small JSON file; `undefined` when unreadable, not UTF-8 or not JSON. */
async function readJsonFile(file: string): Promise<{ value?: JsonValue; utf8Error?: boolean }> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch {
    return {};
  }
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    return { utf8Error: true };
  }
  return { value: parseJsonValue(text) };
}

/** `*.json` file names of a directory, sorted byte-wise; undefined when the directory is missing. */
async function listJson(dir: string): Promise<string[] | undefined> {
  let names: string[];
  try {
    const entries = await fs.promises.readdir(dir, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
  } catch {
    return undefined;
  }
  return names.sort(compareBytewise);
}

function timeOf(obj: unknown, key: string): Timestamp | undefined {
  return isObject(obj) ? parseEpochMs(obj[key]) : undefined;
}

/** Depth-first search for the first non-blank string under one of `keys` (checked per object in order). */
function findString(value: unknown, match: (key: string) => boolean, keys?: string[]): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findString(item, match, keys);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (keys !== undefined) {
    for (const k of keys) {
      const v = firstSet(value[k]);
      if (v !== undefined) return v;
    }
  } else {
    for (const [k, v] of Object.entries(value)) {
      if (match(k)) {
        const s = firstSet(v);
        if (s !== undefined) return s;
      }
    }
  }
  for (const v of Object.values(value)) {
    if (typeof v === 'object' && v !== null) {
      const found = findString(v, match, keys);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** 4.4 path search: the listed keys first, then any key containing `path` or named `file`/`filename`. */
function opencodePath(input: unknown): string {
  return (
    findString(input, () => false, PATH_KEYS) ??
    findString(input, (k) => k.toLowerCase().includes('path') || k === 'file' || k === 'filename') ??
    'unknown'
  );
}

function outputText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return trim(v) === '' ? undefined : trim(v);
  return stringifyOrdered(v as JsonValue);
}

function durationOf(part: Obj, state: Obj | undefined): number | undefined {
  for (const t of [part.time, state?.time]) {
    if (!isObject(t)) continue;
    const start = parseEpochMs(t.start);
    const end = parseEpochMs(t.end);
    if (start !== undefined && end !== undefined) return durationMs(start, end);
  }
  return undefined;
}

interface MessageInfo {
  id: string;
  role: string;
  created: Timestamp | undefined;
  sortKey: bigint;
  fileName: string;
  provider?: string;
  model?: string;
  tokens?: Obj;
}

interface OpenTask {
  partId: string;
  taskId: string;
}

/** 4.4 tool typing for a tool part. */
function toolCallEvent(tool: string, state: Obj): { eventType: EventType; content: { blocks: ContentBlock[] } } {
  const input = state.input;
  const a: Obj = isObject(input) ? input : {};
  const json =
    input === undefined ? emptyContent() : { blocks: [{ type: 'Json', data: input as JsonValue } as ContentBlock] };
  const metadata = isObject(state.metadata) ? state.metadata : {};
  switch (tool) {
    case 'bash':
    case 'shell': {
      const command = findString(input, () => false, ['command', 'cmd', 'script']);
      if (command === undefined) return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
      const data: { command: string; exit_code?: number } = { command };
      const exit = toExitCode(metadata.exit);
      if (exit !== undefined) data.exit_code = exit;
      const content: { blocks: ContentBlock[] } =
        typeof a.command === 'string' ? { blocks: [{ type: 'Code', code: a.command, language: 'bash' }] } : json;
      return { eventType: { type: 'ShellCommand', data }, content };
    }
    case 'edit':
    case 'str_replace_editor': {
      const p = opencodePath(input);
      const diff =
        typeof metadata.diff === 'string' && metadata.diff !== '' ? metadata.diff : diffFromToolInput(p, input);
      const data: { path: string; diff?: string } = { path: p };
      if (diff !== undefined) data.diff = diff;
      return { eventType: { type: 'FileEdit', data }, content: json };
    }
    case 'write':
    case 'create':
      return { eventType: { type: 'FileCreate', data: { path: opencodePath(input) } }, content: json };
    case 'read':
    case 'view':
      return { eventType: { type: 'FileRead', data: { path: opencodePath(input) } }, content: json };
    case 'grep':
    case 'search':
      return {
        eventType: { type: 'CodeSearch', data: { query: firstSet(a.pattern, a.query, a.text, a.regex) ?? '' } },
        content: json,
      };
    case 'glob':
    case 'find':
      return {
        eventType: { type: 'FileSearch', data: { pattern: firstSet(a.pattern, a.path, a.glob) ?? '*' } },
        content: json,
      };
    case 'webfetch':
    case 'web_fetch':
      return { eventType: { type: 'WebFetch', data: { url: firstSet(a.url, a.link) ?? '' } }, content: json };
    case 'websearch':
    case 'web_search':
      return { eventType: { type: 'WebSearch', data: { query: firstSet(a.query, a.q, a.text) ?? '' } }, content: json };
    default:
      return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
  }
}

class OpencodeMapper {
  provider: string | undefined;
  model: string | undefined;
  readonly openTasks: OpenTask[] = [];

  constructor(private readonly schema: string) {}

  private base(msgId: string, rawType: string): JsonObject {
    const attrs: JsonObject = {};
    setAttr(attrs, 'source.schema_version', this.schema);
    setAttr(attrs, 'source.raw_type', rawType);
    setAttr(attrs, 'semantic.group_id', msgId);
    return attrs;
  }

  noteModel(msg: MessageInfo): void {
    if (this.provider === undefined) this.provider = msg.provider;
    if (this.model === undefined) this.model = msg.model;
  }

  /** Events for one message; `parts` undefined = no part directory. */
  mapMessage(msg: MessageInfo, parts: Obj[] | undefined): DraftEvent[] {
    const events: DraftEvent[] = [];
    const msgTs = msg.created;
    const make = (
      id: string,
      eventType: EventType,
      content: { blocks: ContentBlock[] },
      rawType: string,
      ts: Timestamp | undefined,
      extra?: JsonObject,
    ): DraftEvent => {
      const ev: DraftEvent = {
        event_id: id,
        event_type: eventType,
        content,
        attributes: { ...this.base(msg.id, rawType), ...(extra ?? {}) },
      };
      if (ts !== undefined) ev.timestamp = ts;
      events.push(ev);
      return ev;
    };
    const messageType = (): EventType | undefined =>
      msg.role === 'user' ? { type: 'UserMessage' } : msg.role === 'assistant' ? { type: 'AgentMessage' } : undefined;

    if (parts === undefined) {
      if (msg.role === 'user') make(msg.id, { type: 'UserMessage' }, emptyContent(), 'message:no-parts', msgTs);
    } else {
      for (const part of parts) {
        const partId = typeof part.id === 'string' ? part.id : '';
        const state = isObject(part.state) ? part.state : undefined;
        const ts = timeOf(part.time, 'start') ?? timeOf(state?.time, 'start') ?? msgTs;
        switch (part.type) {
          case 'text': {
            const text = typeof part.text === 'string' ? part.text : '';
            const et = messageType();
            if (trim(text) === '' || et === undefined) break;
            const ev = make(partId, et, textContent(text), 'part:text', ts);
            const d = durationOf(part, state);
            if (d !== undefined) ev.duration_ms = d;
            break;
          }
          case 'reasoning': {
            let text = typeof part.text === 'string' ? trim(part.text) : '';
            if (text === '') {
              const md = isObject(part.metadata) && isObject(part.metadata.openai) ? part.metadata.openai : undefined;
              if (md !== undefined && firstSet(md.reasoningEncryptedContent) !== undefined)
                text = 'Encrypted reasoning';
            }
            if (text !== '') make(partId, { type: 'Thinking' }, textContent(text), 'part:reasoning', ts);
            break;
          }
          case 'file': {
            const et = messageType();
            if (et === undefined) break;
            const name = firstSet(part.filename, part.url, part.text) ?? 'attached file';
            make(partId, et, textContent(`Attached file: ${name}`), 'part:file', ts);
            break;
          }
          case 'tool':
            this.mapTool(part, partId, state ?? {}, ts, make);
            break;
          case 'patch': {
            const files = Array.isArray(part.files)
              ? part.files.map((f) => (typeof f === 'string' ? trim(f) : '')).filter((f) => f !== '')
              : [];
            const hash = firstSet(part.hash);
            if (files.length >= 1 && files.length <= MAX_PATCH_FILES) {
              files.forEach((file, i) => {
                const extra: JsonObject = { 'semantic.tool_kind': 'file_write' };
                if (hash !== undefined) extra['patch.hash'] = hash;
                make(
                  `${partId}-patch-${i + 1}`,
                  { type: 'FileEdit', data: { path: file } },
                  emptyContent(),
                  'part:patch:file',
                  ts,
                  extra,
                );
              });
            } else {
              const data: JsonObject = { file_count: files.length };
              if (hash !== undefined) data.hash = hash;
              if (files.length > 0) data.files_preview = files.slice(0, MAX_PATCH_FILES);
              if (files.length > MAX_PATCH_FILES) data.truncated = true;
              make(
                `${partId}-patch`,
                { type: 'Custom', data: { kind: 'patch' } },
                { blocks: [{ type: 'Json', data }] },
                'part:patch:summary',
                ts,
              );
            }
            break;
          }
          default:
            break;
        }
      }
    }

    if (msg.role === 'assistant' && isObject(msg.tokens)) {
      const t = msg.tokens;
      const cache = isObject(t.cache) ? t.cache : {};
      const attrs: JsonObject = {};
      addTokenAttributes(attrs, {
        input: tokenCount(t.input) + tokenCount(cache.read) + tokenCount(cache.write),
        output: tokenCount(t.output),
        cacheRead: tokenCount(cache.read),
        cacheCreation: tokenCount(cache.write),
      });
      if (tokenCount(t.reasoning) > 0) attrs.reasoning_tokens = tokenCount(t.reasoning);
      if (Object.keys(attrs).length > 0) {
        if (events.length > 0) Object.assign(events[0].attributes, attrs);
        else
          make(
            `${msg.id}-usage`,
            { type: 'Custom', data: { kind: 'token_count' } },
            emptyContent(),
            'message:usage',
            msgTs,
            attrs,
          );
      }
    }
    return events;
  }

  private mapTool(
    part: Obj,
    partId: string,
    state: Obj,
    ts: Timestamp | undefined,
    make: (
      id: string,
      et: EventType,
      content: { blocks: ContentBlock[] },
      rawType: string,
      ts: Timestamp | undefined,
      extra?: JsonObject,
    ) => DraftEvent,
  ): void {
    const tool = firstSet(part.tool) ?? 'unknown';
    const status = firstSet(state.status)?.toLowerCase() ?? 'unknown';
    const call = firstSet(part.callID);
    const callId = call ?? `${partId}-call`;
    const taskId = call ?? `opencode-task-${partId}`;
    const kind = inferToolKind(tool);
    const title = firstSet(state.title);

    const start = make(
      `${partId}-task-start`,
      { type: 'TaskStart', data: { title: title ?? tool } },
      emptyContent(),
      'part:tool-task-start',
      ts,
      {
        'semantic.tool_kind': kind,
      },
    );
    setAttr(start.attributes, 'semantic.call_id', call);
    start.task_id = taskId;

    const typing = toolCallEvent(tool, state);
    const callEv = make(`${partId}-call`, typing.eventType, typing.content, 'part:tool-call', ts, {
      'semantic.call_id': callId,
      'semantic.tool_kind': kind,
    });
    callEv.task_id = taskId;
    const d = durationOf(part, state);
    if (d !== undefined) callEv.duration_ms = d;

    if (RESULT_STATUSES.has(status)) {
      const metadata = isObject(state.metadata) ? state.metadata : {};
      const output = outputText(state.output) ?? outputText(state.error) ?? outputText(metadata.output) ?? '';
      const exit = toExitCode(metadata.exit);
      const isError = status === 'error' || status === 'failed' || (exit !== undefined && exit !== 0);
      const extra: JsonObject = { 'semantic.call_id': callId };
      if (exit !== undefined) extra.exit_code = exit;
      const res = make(
        `${partId}-result`,
        { type: 'ToolResult', data: { name: tool, is_error: isError, call_id: callId } },
        textContent(output),
        'part:tool-result',
        ts,
        extra,
      );
      res.task_id = taskId;
    }
    if (TERMINAL_STATUSES.has(status)) {
      const summary = title ?? (status === 'error' || status === 'failed' ? `${tool} failed` : `${tool} ${status}`);
      const end = make(
        `${partId}-task-end`,
        { type: 'TaskEnd', data: { summary } },
        emptyContent(),
        'part:tool-task-end',
        ts,
      );
      end.task_id = taskId;
    } else {
      this.openTasks.push({ partId, taskId });
    }
  }
}

function partSortKey(part: Obj): bigint {
  return timeOf(part.time, 'start') ?? timeOf(isObject(part.state) ? part.state.time : undefined, 'start') ?? 0n;
}

async function readParts(dir: string, display: string): Promise<{ parts: Obj[]; warnings: FileWarnings }> {
  const warnings = new FileWarnings(display, 'message');
  const names = (await listJson(dir)) ?? [];
  const parts: { part: Obj; name: string; key: bigint }[] = [];
  for (let i = 0; i < names.length; i++) {
    const { value } = await readJsonFile(path.join(dir, names[i]));
    if (!isObject(value)) {
      warnings.malformedAt(i + 1);
      continue;
    }
    parts.push({ part: value, name: names[i], key: partSortKey(value) });
  }
  parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : compareBytewise(a.name, b.name)));
  return { parts: parts.map((p) => p.part), warnings };
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** 4.4 parts directory: `part/<id>`, else `part/<id without msg_>` or `part/msg_<id>`. */
async function partsDirFor(storage: string, msgId: string): Promise<string | undefined> {
  const primary = path.join(storage, 'part', msgId);
  if (await isDir(primary)) return primary;
  const alt = path.join(storage, 'part', msgId.startsWith('msg_') ? msgId.slice(4) : `msg_${msgId}`);
  if (await isDir(alt)) return alt;
  return undefined;
}

/**
 * amendments-2 A4: the older layout keeps parts flat as `storage/part/prt_*.json`; they are grouped by their
 * `messageID` (only those of this session when a part names its `sessionID`), each group in part order.
 */
async function readFlatParts(
  storage: string,
  sessionId: string,
  display: string,
): Promise<{ byMessage: Map<string, Obj[]>; warnings: string[] }> {
  const dir = path.join(storage, 'part');
  const names = ((await listJson(dir)) ?? []).filter((n) => n.startsWith('prt_'));
  const warnings = new FileWarnings(display, 'message');
  const groups = new Map<string, { part: Obj; name: string; key: bigint }[]>();
  for (let i = 0; i < names.length; i++) {
    const { value } = await readJsonFile(path.join(dir, names[i]));
    if (!isObject(value) || typeof value.messageID !== 'string') {
      warnings.malformedAt(i + 1);
      continue;
    }
    if (typeof value.sessionID === 'string' && value.sessionID !== sessionId) continue;
    let g = groups.get(value.messageID);
    if (g === undefined) groups.set(value.messageID, (g = []));
    g.push({ part: value, name: names[i], key: partSortKey(value) });
  }
  const byMessage = new Map<string, Obj[]>();
  for (const [id, g] of groups) {
    g.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : compareBytewise(a.name, b.name)));
    byMessage.set(
      id,
      g.map((p) => p.part),
    );
  }
  return { byMessage, warnings: warnings.render() };
}

export const opencodeParser: ParserModule = {
  id: 'opencode',
  async parse(_path: string, sink: EventSink, ctx: ParserContext): Promise<ParseResult> {
    const dir = path.dirname(ctx.path);
    const parent = path.dirname(dir);
    const storage = path.dirname(parent);
    if (parent === dir || storage === parent) throw new ParserFailed('opencode', 'Invalid info path structure');
    const infoRead = await readJsonFile(ctx.path);
    if (infoRead.utf8Error) throw new ParserFailed('opencode', 'input is not valid UTF-8 text');
    const info = infoRead.value;
    if (!isObject(info) || typeof info.id !== 'string') {
      throw new ParserFailed('opencode', `Failed to parse OpenCode session info: ${ctx.displayPath}`);
    }
    const sessionId = info.id;
    const version = firstSet(info.version);
    const schema = version ?? 'opencode-unknown';
    const created = timeOf(info.time, 'created');
    const updated = timeOf(info.time, 'updated');

    const builder = new SessionBuilder({ sink, tool: 'opencode', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
    const mapper = new OpencodeMapper(schema);
    const allWarnings: string[] = [];

    // Messages: small metadata records, sorted by time.created then file name.
    const messageDir = path.join(storage, 'message', sessionId);
    const messageDisplay = siblingDisplay(ctx, path.join('..', '..', 'message', sessionId));
    const messageWarnings = new FileWarnings(messageDisplay, 'message');
    const names = (await listJson(messageDir)) ?? [];
    const messages: MessageInfo[] = [];
    for (let i = 0; i < names.length; i++) {
      const { value } = await readJsonFile(path.join(messageDir, names[i]));
      if (!isObject(value) || typeof value.id !== 'string') {
        messageWarnings.malformedAt(i + 1);
        continue;
      }
      const createdAt = timeOf(value.time, 'created');
      const nested = isObject(value.model) ? value.model : {};
      messages.push({
        id: value.id,
        role: typeof value.role === 'string' ? value.role : '',
        created: createdAt,
        sortKey: createdAt ?? 0n,
        fileName: names[i],
        provider: firstSet(value.providerID, value.providerId) ?? firstSet(nested.providerID, nested.providerId),
        model: firstSet(value.modelID, value.modelId) ?? firstSet(nested.modelID, nested.modelId),
        tokens: isObject(value.tokens) ? value.tokens : undefined,
      });
    }
    messages.sort((a, b) =>
      a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : compareBytewise(a.fileName, b.fileName),
    );
    allWarnings.push(...messageWarnings.render());

    const flat = await readFlatParts(storage, sessionId, siblingDisplay(ctx, path.join('..', '..', 'part')));
    allWarnings.push(...flat.warnings);
    for (const msg of messages) {
      mapper.noteModel(msg);
      const partsDir = await partsDirFor(storage, msg.id);
      let parts: Obj[] | undefined = flat.byMessage.get(msg.id);
      if (partsDir !== undefined && parts === undefined) {
        const read = await readParts(
          partsDir,
          siblingDisplay(ctx, path.join('..', '..', 'part', path.basename(partsDir))),
        );
        parts = read.parts;
        allWarnings.push(...read.warnings.render());
      }
      for (const ev of mapper.mapMessage(msg, parts)) builder.emit(ev);
      await builder.drain();
    }

    builder.flush(created);
    const lastTs = builder.lastTimestamp;
    for (const task of mapper.openTasks) {
      const ev: DraftEvent = {
        event_id: `${task.partId}-task-end-eof`,
        event_type: { type: 'TaskEnd', data: { summary: 'closed at EOF' } },
        task_id: task.taskId,
        content: emptyContent(),
        attributes: {
          'source.schema_version': schema,
          'source.raw_type': 'synthetic:task-end',
          'semantic.group_id': task.taskId,
          'semantic.tool_kind': 'task',
        },
      };
      if (lastTs !== undefined) ev.timestamp = lastTs;
      builder.emit(ev);
    }
    await builder.drain();

    const attributes: JsonObject = {};
    setAttr(attributes, 'cwd', firstSet(info.directory));
    let parentId: string | undefined;
    for (const k of PARENT_KEYS) {
      parentId = firstSet(info[k]);
      if (parentId !== undefined) break;
    }
    const auxiliary = parentId !== undefined && parentId !== sessionId;
    const agent: { provider: string; model: string; tool: string; tool_version?: string } = {
      provider: mapper.provider ?? 'unknown',
      model: mapper.model ?? 'unknown',
      tool: 'opencode',
    };
    if (version !== undefined) agent.tool_version = version;
    const header = builder.header({
      sessionId,
      agent,
      title: typeof info.title === 'string' ? info.title : undefined,
      attributes,
      role: auxiliary ? 'auxiliary' : 'primary',
      parentSessionId: auxiliary ? parentId : undefined,
      createdAt: created,
      updatedAt: updated,
      sessionStart: created,
    });
    return { header, eventCount: builder.eventCount, warnings: allWarnings };
  },
};
