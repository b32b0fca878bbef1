// Line encoders shared by the writer and the whole-session form (hail-and-store.md 2.2-2.6, 2.9, 4.3).
// Key orders and omission rules live here once.

import { OpenSessionError } from '../errors';
import {
  NOT_PLAIN,
  canonicalKeys,
  plainCanonical,
  quoteString,
  sortJsonKeys,
  stringifyCanonical,
  stringifyPlain,
} from './json';
import { formatTsZ } from './timestamp';
import {
  Agent,
  ContentBlock,
  EventType,
  HailEvent,
  JsonObject,
  JsonValue,
  Session,
  SessionContext,
  Stats,
} from './types';

/** A typed integer field as written; the writer refuses values that would not read back. */
function checkedInt(n: number, field: string): number {
  if (!Number.isSafeInteger(n)) throw new OpenSessionError(`cannot write \`${field}\`: ${n} is not an integer`);
  return n === 0 ? 0 : n;
}

function intText(n: number, field: string): string {
  return String(checkedInt(n, field));
}

function hasKeys(obj: object): boolean {
  for (const k in obj) if (Object.prototype.hasOwnProperty.call(obj, k)) return true;
  return false;
}

export function encodeAgent(a: Agent): string {
  let out =
    '{"provider":' + quoteString(a.provider) + ',"model":' + quoteString(a.model) + ',"tool":' + quoteString(a.tool);
  if (a.tool_version !== undefined) out += ',"tool_version":' + quoteString(a.tool_version);
  return out + '}';
}

function encodeStringArray(list: readonly string[]): string {
  if (list.length === 0) return '[]';
  let out = '[' + quoteString(list[0]);
  for (let i = 1; i < list.length; i++) out += ',' + quoteString(list[i]);
  return out + ']';
}

export function encodeContext(c: SessionContext): string {
  let out = '{';
  if (c.title !== undefined) out += '"title":' + quoteString(c.title) + ',';
  if (c.description !== undefined) out += '"description":' + quoteString(c.description) + ',';
  out += '"tags":' + encodeStringArray(c.tags);
  out += ',"created_at":"' + formatTsZ(c.created_at) + '","updated_at":"' + formatTsZ(c.updated_at) + '"';
  if (c.related_session_ids.length > 0) out += ',"related_session_ids":' + encodeStringArray(c.related_session_ids);
  if (hasKeys(c.attributes)) out += ',"attributes":' + stringifyCanonical(c.attributes);
  return out + '}';
}

export function encodeHeaderLine(s: Pick<Session, 'version' | 'session_id' | 'agent' | 'context'>): string {
  return (
    '{"type":"header","version":' +
    quoteString(s.version) +
    ',"session_id":' +
    quoteString(s.session_id) +
    ',"agent":' +
    encodeAgent(s.agent) +
    ',"context":' +
    encodeContext(s.context) +
    '}'
  );
}

export function encodeEventType(et: EventType): string {
  const head = '{"type":"' + et.type + '"';
  switch (et.type) {
    case 'UserMessage':
    case 'AgentMessage':
    case 'SystemMessage':
    case 'Thinking':
      return head + '}';
    case 'ToolCall':
      return head + ',"data":{"name":' + quoteString(et.data.name) + '}}';
    case 'ToolResult': {
      let d = '{"name":' + quoteString(et.data.name) + ',"is_error":' + (et.data.is_error ? 'true' : 'false');
      if (et.data.call_id !== undefined) d += ',"call_id":' + quoteString(et.data.call_id);
      return head + ',"data":' + d + '}}';
    }
    case 'FileRead':
    case 'FileCreate':
    case 'FileDelete':
      return head + ',"data":{"path":' + quoteString(et.data.path) + '}}';
    case 'FileEdit': {
      let d = '{"path":' + quoteString(et.data.path);
      if (et.data.diff !== undefined) d += ',"diff":' + quoteString(et.data.diff);
      return head + ',"data":' + d + '}}';
    }
    case 'CodeSearch':
    case 'WebSearch':
      return head + ',"data":{"query":' + quoteString(et.data.query) + '}}';
    case 'FileSearch':
      return head + ',"data":{"pattern":' + quoteString(et.data.pattern) + '}}';
    case 'ShellCommand': {
      let d = '{"command":' + quoteString(et.data.command);
      if (et.data.exit_code !== undefined) d += ',"exit_code":' + intText(et.data.exit_code, 'exit_code');
      return head + ',"data":' + d + '}}';
    }
    case 'ImageGenerate':
    case 'VideoGenerate':
    case 'AudioGenerate':
      return head + ',"data":{"prompt":' + quoteString(et.data.prompt) + '}}';
    case 'WebFetch':
      return head + ',"data":{"url":' + quoteString(et.data.url) + '}}';
    case 'TaskStart':
      return (
        head + ',"data":' + (et.data.title !== undefined ? '{"title":' + quoteString(et.data.title) + '}' : '{}') + '}'
      );
    case 'TaskEnd':
      return (
        head +
        ',"data":' +
        (et.data.summary !== undefined ? '{"summary":' + quoteString(et.data.summary) + '}' : '{}') +
        '}'
      );
    case 'Custom':
      return head + ',"data":{"kind":' + quoteString(et.data.kind) + '}}';
    default:
      throw new OpenSessionError(`cannot write unknown event type \`${(et as { type: string }).type}\``);
  }
}

export function encodeBlock(b: ContentBlock): string {
  switch (b.type) {
    case 'Text':
      return '{"type":"Text","text":' + quoteString(b.text) + '}';
    case 'Code': {
      let out = '{"type":"Code","code":' + quoteString(b.code);
      if (b.language !== undefined) out += ',"language":' + quoteString(b.language);
      if (b.start_line !== undefined) out += ',"start_line":' + intText(b.start_line, 'start_line');
      return out + '}';
    }
    case 'Image': {
      let out = '{"type":"Image","url":' + quoteString(b.url);
      if (b.alt !== undefined) out += ',"alt":' + quoteString(b.alt);
      return out + ',"mime":' + quoteString(b.mime) + '}';
    }
    case 'Video':
    case 'Audio':
      return '{"type":"' + b.type + '","url":' + quoteString(b.url) + ',"mime":' + quoteString(b.mime) + '}';
    case 'File': {
      let out = '{"type":"File","path":' + quoteString(b.path);
      if (b.content !== undefined) out += ',"content":' + quoteString(b.content);
      return out + '}';
    }
    case 'Json':
      return '{"type":"Json","data":' + stringifyCanonical(b.data) + '}';
    case 'Reference':
      return '{"type":"Reference","uri":' + quoteString(b.uri) + ',"media_type":' + quoteString(b.media_type) + '}';
    default:
      throw new OpenSessionError(`cannot write unknown content block type \`${(b as { type: string }).type}\``);
  }
}

// Fast path: one ordered plain object per event, written by a single JSON.stringify call (far fewer
// intermediate strings than concatenation). Used when every free-form value is JSON.stringify-safe.

function eventTypeObject(et: EventType): object {
  switch (et.type) {
    case 'UserMessage':
    case 'AgentMessage':
    case 'SystemMessage':
    case 'Thinking':
      return { type: et.type };
    case 'ToolCall':
      return { type: et.type, data: { name: et.data.name } };
    case 'ToolResult':
      return {
        type: et.type,
        data:
          et.data.call_id !== undefined
            ? { name: et.data.name, is_error: et.data.is_error, call_id: et.data.call_id }
            : { name: et.data.name, is_error: et.data.is_error },
      };
    case 'FileRead':
    case 'FileCreate':
    case 'FileDelete':
      return { type: et.type, data: { path: et.data.path } };
    case 'FileEdit':
      return {
        type: et.type,
        data: et.data.diff !== undefined ? { path: et.data.path, diff: et.data.diff } : { path: et.data.path },
      };
    case 'CodeSearch':
    case 'WebSearch':
      return { type: et.type, data: { query: et.data.query } };
    case 'FileSearch':
      return { type: et.type, data: { pattern: et.data.pattern } };
    case 'ShellCommand': {
      const code = et.data.exit_code;
      if (code !== undefined) checkedInt(code, 'exit_code');
      return {
        type: et.type,
        data: code !== undefined ? { command: et.data.command, exit_code: code } : { command: et.data.command },
      };
    }
    case 'ImageGenerate':
    case 'VideoGenerate':
    case 'AudioGenerate':
      return { type: et.type, data: { prompt: et.data.prompt } };
    case 'WebFetch':
      return { type: et.type, data: { url: et.data.url } };
    case 'TaskStart':
      return { type: et.type, data: et.data.title !== undefined ? { title: et.data.title } : {} };
    case 'TaskEnd':
      return { type: et.type, data: et.data.summary !== undefined ? { summary: et.data.summary } : {} };
    case 'Custom':
      return { type: et.type, data: { kind: et.data.kind } };
    default:
      throw new OpenSessionError(`cannot write unknown event type \`${(et as { type: string }).type}\``);
  }
}

/** Ordered plain object of a block, or NOT_PLAIN when its Json data needs the exact serializer. */
function blockObject(b: ContentBlock): object | typeof NOT_PLAIN {
  switch (b.type) {
    case 'Text':
      return { type: 'Text', text: b.text };
    case 'Code': {
      const o: Record<string, unknown> = { type: 'Code', code: b.code };
      if (b.language !== undefined) o.language = b.language;
      if (b.start_line !== undefined) o.start_line = checkedInt(b.start_line, 'start_line');
      return o;
    }
    case 'Image':
      return b.alt !== undefined
        ? { type: 'Image', url: b.url, alt: b.alt, mime: b.mime }
        : { type: 'Image', url: b.url, mime: b.mime };
    case 'Video':
    case 'Audio':
      return { type: b.type, url: b.url, mime: b.mime };
    case 'File':
      return b.content !== undefined
        ? { type: 'File', path: b.path, content: b.content }
        : { type: 'File', path: b.path };
    case 'Json': {
      const data = plainCanonical(b.data);
      return data === NOT_PLAIN ? NOT_PLAIN : { type: 'Json', data };
    }
    case 'Reference':
      return { type: 'Reference', uri: b.uri, media_type: b.media_type };
    default:
      throw new OpenSessionError(`cannot write unknown content block type \`${(b as { type: string }).type}\``);
  }
}

function encodeEventPlain(e: HailEvent, withType: boolean, readerBuilt: boolean): string | undefined {
  let attrs: unknown;
  if (hasKeys(e.attributes)) {
    attrs = plainCanonical(e.attributes);
    if (attrs === NOT_PLAIN) return undefined;
  }
  const src = e.content.blocks;
  let content: object | undefined;
  if (readerBuilt) {
    // the reader builds event_type and blocks with exactly the written keys, in write order
    content = e.content;
    for (let i = 0; i < src.length; i++) {
      if (src[i].type === 'Json') {
        content = undefined;
        break;
      }
    }
  }
  if (content === undefined) {
    const blocks: object[] = new Array(src.length);
    for (let i = 0; i < src.length; i++) {
      const b = blockObject(src[i]);
      if (b === NOT_PLAIN) return undefined;
      blocks[i] = b;
    }
    content = { blocks };
  }
  const et = readerBuilt ? e.event_type : eventTypeObject(e.event_type);
  const o: Record<string, unknown> = withType
    ? { type: 'event', event_id: e.event_id, timestamp: formatTsZ(e.timestamp), event_type: et }
    : { event_id: e.event_id, timestamp: formatTsZ(e.timestamp), event_type: et };
  if (e.task_id !== undefined) o.task_id = e.task_id;
  o.content = content;
  if (e.duration_ms !== undefined) o.duration_ms = checkedInt(e.duration_ms, 'duration_ms');
  if (attrs !== undefined) o.attributes = attrs;
  return stringifyPlain(o);
}

/**
 * Event line of an event just built by the reader and not touched since (canonicalize's streaming
 * path): its event_type and content objects are written as they are instead of being rebuilt.
 */
export function encodeReaderEventLine(e: HailEvent): string {
  return encodeEventPlain(e, true, true) ?? encodeEventExact(e, true);
}

/** The event object text; `withType` adds the leading `"type":"event"` of the JSONL form. */
export function encodeEvent(e: HailEvent, withType: boolean): string {
  return encodeEventPlain(e, withType, false) ?? encodeEventExact(e, withType);
}

/** The exact (concatenating) encoder: handles floats, bigints, integer-like keys and lone surrogates. */
function encodeEventExact(e: HailEvent, withType: boolean): string {
  let out = (withType ? '{"type":"event","event_id":' : '{"event_id":') + quoteString(e.event_id);
  out += ',"timestamp":"' + formatTsZ(e.timestamp) + '","event_type":' + encodeEventType(e.event_type);
  if (e.task_id !== undefined) out += ',"task_id":' + quoteString(e.task_id);
  const blocks = e.content.blocks;
  if (blocks.length === 0) out += ',"content":{"blocks":[]}';
  else {
    out += ',"content":{"blocks":[' + encodeBlock(blocks[0]);
    for (let i = 1; i < blocks.length; i++) out += ',' + encodeBlock(blocks[i]);
    out += ']}';
  }
  if (e.duration_ms !== undefined) out += ',"duration_ms":' + intText(e.duration_ms, 'duration_ms');
  if (hasKeys(e.attributes)) out += ',"attributes":' + stringifyCanonical(e.attributes);
  return out + '}';
}

export function encodeEventLine(e: HailEvent): string {
  return encodeEvent(e, true);
}

/** Stats object text; `withType` adds the leading `"type":"stats"`. */
export function encodeStats(s: Stats, withType: boolean): string {
  return (
    (withType ? '{"type":"stats","event_count":' : '{"event_count":') +
    intText(s.event_count, 'event_count') +
    ',"message_count":' +
    intText(s.message_count, 'message_count') +
    ',"tool_call_count":' +
    intText(s.tool_call_count, 'tool_call_count') +
    ',"task_count":' +
    intText(s.task_count, 'task_count') +
    ',"duration_seconds":' +
    intText(s.duration_seconds, 'duration_seconds') +
    ',"total_input_tokens":' +
    intText(s.total_input_tokens, 'total_input_tokens') +
    ',"total_output_tokens":' +
    intText(s.total_output_tokens, 'total_output_tokens') +
    ',"user_message_count":' +
    intText(s.user_message_count, 'user_message_count') +
    ',"files_changed":' +
    intText(s.files_changed, 'files_changed') +
    ',"lines_added":' +
    intText(s.lines_added, 'lines_added') +
    ',"lines_removed":' +
    intText(s.lines_removed, 'lines_removed') +
    '}'
  );
}

export function encodeStatsLine(s: Stats): string {
  return encodeStats(s, true);
}

// ---------------------------------------------------------------------------------------------
// Object forms (whole-session JSON, 2.9): same key orders, attribute maps as sorted copies.

export function eventTypeToObject(et: EventType): JsonObject {
  const out: JsonObject = { type: et.type };
  if ('data' in et) {
    const data: JsonObject = {};
    for (const [k, v] of Object.entries(et.data)) if (v !== undefined) data[k] = v as JsonValue;
    // data fields must follow the write order of 2.4, which is the declaration order of the model
    out.data = orderDataFields(et.type, data);
  }
  return out;
}

const DATA_FIELD_ORDER: Record<string, string[]> = {
  ToolCall: ['name'],
  ToolResult: ['name', 'is_error', 'call_id'],
  FileRead: ['path'],
  CodeSearch: ['query'],
  FileSearch: ['pattern'],
  FileEdit: ['path', 'diff'],
  FileCreate: ['path'],
  FileDelete: ['path'],
  ShellCommand: ['command', 'exit_code'],
  ImageGenerate: ['prompt'],
  VideoGenerate: ['prompt'],
  AudioGenerate: ['prompt'],
  WebSearch: ['query'],
  WebFetch: ['url'],
  TaskStart: ['title'],
  TaskEnd: ['summary'],
  Custom: ['kind'],
};

function orderDataFields(type: string, data: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of DATA_FIELD_ORDER[type] ?? canonicalKeys(data)) if (data[k] !== undefined) out[k] = data[k];
  return out;
}

const BLOCK_FIELD_ORDER: Record<string, string[]> = {
  Text: ['text'],
  Code: ['code', 'language', 'start_line'],
  Image: ['url', 'alt', 'mime'],
  Video: ['url', 'mime'],
  Audio: ['url', 'mime'],
  File: ['path', 'content'],
  Json: ['data'],
  Reference: ['uri', 'media_type'],
};

export function blockToObject(b: ContentBlock): JsonObject {
  const out: JsonObject = { type: b.type };
  const rec = b as unknown as Record<string, JsonValue | undefined>;
  for (const k of BLOCK_FIELD_ORDER[b.type] ?? []) {
    const v = rec[k];
    if (v !== undefined) out[k] = k === 'data' ? sortJsonKeys(v) : v;
  }
  return out;
}

export function eventToObject(e: HailEvent): JsonObject {
  const out: JsonObject = {
    event_id: e.event_id,
    timestamp: formatTsZ(e.timestamp),
    event_type: eventTypeToObject(e.event_type),
  };
  if (e.task_id !== undefined) out.task_id = e.task_id;
  out.content = { blocks: e.content.blocks.map(blockToObject) };
  if (e.duration_ms !== undefined) out.duration_ms = e.duration_ms;
  if (hasKeys(e.attributes)) out.attributes = sortJsonKeys(e.attributes);
  return out;
}

export function agentToObject(a: Agent): JsonObject {
  const out: JsonObject = { provider: a.provider, model: a.model, tool: a.tool };
  if (a.tool_version !== undefined) out.tool_version = a.tool_version;
  return out;
}

export function contextToObject(c: SessionContext): JsonObject {
  const out: JsonObject = {};
  if (c.title !== undefined) out.title = c.title;
  if (c.description !== undefined) out.description = c.description;
  out.tags = [...c.tags];
  out.created_at = formatTsZ(c.created_at);
  out.updated_at = formatTsZ(c.updated_at);
  if (c.related_session_ids.length > 0) out.related_session_ids = [...c.related_session_ids];
  if (hasKeys(c.attributes)) out.attributes = sortJsonKeys(c.attributes);
  return out;
}

export function statsToObject(s: Stats): JsonObject {
  return {
    event_count: s.event_count,
    message_count: s.message_count,
    tool_call_count: s.tool_call_count,
    task_count: s.task_count,
    duration_seconds: s.duration_seconds,
    total_input_tokens: s.total_input_tokens,
    total_output_tokens: s.total_output_tokens,
    user_message_count: s.user_message_count,
    files_changed: s.files_changed,
    lines_added: s.lines_added,
    lines_removed: s.lines_removed,
  };
}
