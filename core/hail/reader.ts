// HAIL JSONL reader (hail-and-store.md section 4.2) and the whole-session JSON form (2.9).
//
// Hot path: each line goes through JSON.parse when a cheap pre-scan shows it cannot hold anything
// JSON.parse gets wrong (float lexemes, surrogate escapes, duplicate keys, unsafe integers, -0);
// every other line goes through the lossless parser. Both produce the same JsonValue. Typed objects
// are then built by hand-written shape checks (no zod per line) that produce the exact messages.

import { OpenSessionError } from '../errors';
import { JsonSyntaxError, MAX_DEPTH, NumberLexeme, formatFloat, parseJsonLossless, parseJsonWithLexemes } from './json';
import { agentToObject, contextToObject, eventToObject, statsToObject } from './encode';
import { recomputeStats } from './stats';
import { TimestampError, parseTimestamp } from './timestamp';
import {
  Agent,
  ContentBlock,
  EVENT_TYPE_NAMES,
  EventType,
  HailEvent,
  JsonFloat,
  JsonObject,
  JsonValue,
  Session,
  SessionContext,
  Stats,
  Timestamp,
} from './types';

/** A reader error: `Missing header line`, `Unexpected line type at line N: ...`, `JSON error at line N: ...`. */
export class HailParseError extends OpenSessionError {
  constructor(
    message: string,
    /** 1-based physical line number (undefined for `Missing header line` and whole-session input). */
    readonly line: number | undefined,
    /** The detail after `JSON error at line N: `, when the error is a JSON error. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'HailParseError';
  }
}

export type HailHeader = Pick<Session, 'version' | 'session_id' | 'agent' | 'context'>;

export type HailLine =
  { kind: 'header'; header: HailHeader } | { kind: 'event'; event: HailEvent } | { kind: 'stats'; stats: Stats };

// ---------------------------------------------------------------------------------------------
// Shape errors

/** A shape error; `message` is the detail. */
class ShapeError extends Error {}

/** A typed integer field holds a number of the wrong kind or range; the lexeme is looked up later. */
class NumberFieldError extends Error {
  constructor(
    readonly field: string,
    readonly path: (string | number)[],
    readonly value: unknown,
  ) {
    super(`invalid number for \`${field}\``);
  }
}

function fail(detail: string): never {
  throw new ShapeError(detail);
}

function missing(name: string): never {
  throw new ShapeError(`missing field \`${name}\``);
}

function expected(what: string): never {
  throw new ShapeError(`invalid type: expected ${what}`);
}

/** `unknown line type "user" (expected header, event or stats)`: plain words, not serde's (amendments A14). */
function unknownVariant(value: string, names: readonly string[], what: string): never {
  const choices =
    names.length <= 3 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : `one of ${names.join(', ')}`;
  throw new ShapeError(`unknown ${what} ${JSON.stringify(value)} (expected ${choices})`);
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonFloat);
}

function reqObject(o: Obj, key: string): Obj {
  const v = o[key];
  if (isObject(v)) return v;
  if (v === undefined) missing(key);
  expected('an object');
}

function reqString(o: Obj, key: string): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (v === undefined) missing(key);
  expected('a string');
}

function optString(o: Obj, key: string): string | undefined {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return undefined;
  expected('a string');
}

function reqBool(o: Obj, key: string): boolean {
  const v = o[key];
  if (typeof v === 'boolean') return v;
  if (v === undefined) missing(key);
  expected('a boolean');
}

function stringList(o: Obj, key: string): string[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) expected('an array of strings');
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') expected('a string');
  return v.slice() as string[];
}

function attributes(o: Obj, key: string): JsonObject {
  const v = o[key];
  if (v === undefined || v === null) return {};
  if (isObject(v)) return v as JsonObject;
  expected('an object');
}

function timestampField(o: Obj, key: string): Timestamp {
  const v = o[key];
  if (typeof v === 'string') {
    try {
      return parseTimestamp(v);
    } catch (e) {
      if (e instanceof TimestampError) fail(e.message);
      throw e;
    }
  }
  if (v === undefined) missing(key);
  expected('an RFC 3339 timestamp string');
}

/** A typed integer field in [min, max]; `undefined` when absent or null. */
function intField(o: Obj, key: string, min: number, max: number): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= min && v <= max) return v;
    throw new NumberFieldError(key, [key], v);
  }
  if (typeof v === 'bigint' || v instanceof JsonFloat) throw new NumberFieldError(key, [key], v);
  expected('an integer');
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const U32_MAX = 4294967295;
const I32_MIN = -2147483648;
const I32_MAX = 2147483647;

// ---------------------------------------------------------------------------------------------
// Typed builders

function buildAgent(o: Obj): Agent {
  const agent: Agent = { provider: reqString(o, 'provider'), model: reqString(o, 'model'), tool: reqString(o, 'tool') };
  const tv = optString(o, 'tool_version');
  if (tv !== undefined) agent.tool_version = tv;
  return agent;
}

function buildContext(o: Obj): SessionContext {
  const title = optString(o, 'title');
  const description = optString(o, 'description');
  const tags = stringList(o, 'tags');
  const created_at = timestampField(o, 'created_at');
  const updated_at = timestampField(o, 'updated_at');
  const related_session_ids = stringList(o, 'related_session_ids');
  const attrs = attributes(o, 'attributes');
  const ctx = {} as SessionContext;
  if (title !== undefined) ctx.title = title;
  if (description !== undefined) ctx.description = description;
  ctx.tags = tags;
  ctx.created_at = created_at;
  ctx.updated_at = updated_at;
  ctx.related_session_ids = related_session_ids;
  ctx.attributes = attrs;
  return ctx;
}

function buildHeader(o: Obj): HailHeader {
  const version = reqString(o, 'version');
  const session_id = reqString(o, 'session_id');
  const agent = buildAgent(reqObject(o, 'agent'));
  const context = buildContext(reqObject(o, 'context'));
  return { version, session_id, agent, context };
}

function structData(o: Obj): Obj {
  const d = o.data;
  if (isObject(d)) return d;
  if (d === undefined) missing('data');
  expected('an object for `data`');
}

function buildEventType(o: Obj): EventType {
  const t = o.type;
  if (typeof t !== 'string') {
    if (t === undefined) missing('type');
    expected('a string');
  }
  switch (t) {
    case 'UserMessage':
    case 'AgentMessage':
    case 'SystemMessage':
    case 'Thinking':
      if (o.data !== undefined && o.data !== null) expected(`no \`data\` for unit variant \`${t}\``);
      return { type: t };
    case 'ToolCall':
      return { type: t, data: { name: reqString(structData(o), 'name') } };
    case 'ToolResult': {
      const d = structData(o);
      const data: { name: string; is_error: boolean; call_id?: string } = {
        name: reqString(d, 'name'),
        is_error: reqBool(d, 'is_error'),
      };
      const cid = optString(d, 'call_id');
      if (cid !== undefined) data.call_id = cid;
      return { type: t, data };
    }
    case 'FileRead':
    case 'FileCreate':
    case 'FileDelete':
      return { type: t, data: { path: reqString(structData(o), 'path') } };
    case 'CodeSearch':
    case 'WebSearch':
      return { type: t, data: { query: reqString(structData(o), 'query') } };
    case 'FileSearch':
      return { type: t, data: { pattern: reqString(structData(o), 'pattern') } };
    case 'FileEdit': {
      const d = structData(o);
      const data: { path: string; diff?: string } = { path: reqString(d, 'path') };
      const diff = optString(d, 'diff');
      if (diff !== undefined) data.diff = diff;
      return { type: t, data };
    }
    case 'ShellCommand': {
      const d = structData(o);
      const data: { command: string; exit_code?: number } = { command: reqString(d, 'command') };
      let code: number | undefined;
      try {
        code = intField(d, 'exit_code', I32_MIN, I32_MAX);
      } catch (e) {
        if (e instanceof NumberFieldError) e.path.unshift('data');
        throw e;
      }
      if (code !== undefined) data.exit_code = code;
      return { type: t, data };
    }
    case 'ImageGenerate':
    case 'VideoGenerate':
    case 'AudioGenerate':
      return { type: t, data: { prompt: reqString(structData(o), 'prompt') } };
    case 'WebFetch':
      return { type: t, data: { url: reqString(structData(o), 'url') } };
    case 'TaskStart': {
      const title = optString(structData(o), 'title');
      return { type: t, data: title !== undefined ? { title } : {} };
    }
    case 'TaskEnd': {
      const summary = optString(structData(o), 'summary');
      return { type: t, data: summary !== undefined ? { summary } : {} };
    }
    case 'Custom':
      return { type: t, data: { kind: reqString(structData(o), 'kind') } };
    default:
      unknownVariant(t, EVENT_TYPE_NAMES, 'event type');
  }
}

const BLOCK_TYPE_NAMES = ['Text', 'Code', 'Image', 'Video', 'Audio', 'File', 'Json', 'Reference'] as const;

function buildBlock(v: unknown): ContentBlock {
  if (!isObject(v)) expected('an object');
  const t = v.type;
  if (typeof t !== 'string') {
    if (t === undefined) missing('type');
    expected('a string');
  }
  switch (t) {
    case 'Text':
      return { type: 'Text', text: reqString(v, 'text') };
    case 'Code': {
      const b: { type: 'Code'; code: string; language?: string; start_line?: number } = {
        type: 'Code',
        code: reqString(v, 'code'),
      };
      const language = optString(v, 'language');
      if (language !== undefined) b.language = language;
      const start = intField(v, 'start_line', 0, U32_MAX);
      if (start !== undefined) b.start_line = start;
      return b;
    }
    case 'Image': {
      const url = reqString(v, 'url');
      const alt = optString(v, 'alt');
      const mime = reqString(v, 'mime');
      return alt !== undefined ? { type: 'Image', url, alt, mime } : { type: 'Image', url, mime };
    }
    case 'Video':
    case 'Audio':
      return { type: t, url: reqString(v, 'url'), mime: reqString(v, 'mime') };
    case 'File': {
      const path = reqString(v, 'path');
      const content = optString(v, 'content');
      return content !== undefined ? { type: 'File', path, content } : { type: 'File', path };
    }
    case 'Json':
      if (!Object.prototype.hasOwnProperty.call(v, 'data')) missing('data');
      return { type: 'Json', data: v.data as JsonValue };
    case 'Reference':
      return { type: 'Reference', uri: reqString(v, 'uri'), media_type: reqString(v, 'media_type') };
    default:
      unknownVariant(t, BLOCK_TYPE_NAMES, 'content block type');
  }
}

function buildEvent(o: Obj): HailEvent {
  const event_id = reqString(o, 'event_id');
  const timestamp = timestampField(o, 'timestamp');
  let event_type: EventType;
  try {
    event_type = buildEventType(reqObject(o, 'event_type'));
  } catch (e) {
    if (e instanceof NumberFieldError) e.path.unshift('event_type');
    throw e;
  }
  const task_id = optString(o, 'task_id');
  const content = reqObject(o, 'content');
  const rawBlocks = content.blocks;
  if (!Array.isArray(rawBlocks)) {
    if (rawBlocks === undefined) missing('blocks');
    expected('an array of content blocks');
  }
  const blocks: ContentBlock[] = new Array(rawBlocks.length);
  for (let i = 0; i < rawBlocks.length; i++) {
    try {
      blocks[i] = buildBlock(rawBlocks[i]);
    } catch (e) {
      if (e instanceof NumberFieldError) e.path.unshift('content', 'blocks', i);
      throw e;
    }
  }
  const duration_ms = intField(o, 'duration_ms', 0, MAX_SAFE);
  const attrs = attributes(o, 'attributes');
  const ev = { event_id, timestamp, event_type } as HailEvent;
  if (task_id !== undefined) ev.task_id = task_id;
  ev.content = { blocks };
  if (duration_ms !== undefined) ev.duration_ms = duration_ms;
  ev.attributes = attrs;
  return ev;
}

const STATS_REQUIRED = ['event_count', 'message_count', 'tool_call_count', 'task_count', 'duration_seconds'] as const;
const STATS_OPTIONAL = [
  'total_input_tokens',
  'total_output_tokens',
  'user_message_count',
  'files_changed',
  'lines_added',
  'lines_removed',
] as const;

function buildStats(o: Obj): Stats {
  const s = {} as Stats;
  for (const k of STATS_REQUIRED) {
    const v = intField(o, k, 0, MAX_SAFE);
    if (v === undefined) {
      if (o[k] === null) expected('an integer');
      missing(k);
    }
    s[k] = v;
  }
  for (const k of STATS_OPTIONAL) s[k] = intField(o, k, 0, MAX_SAFE) ?? 0;
  return s;
}

const LINE_TYPES = ['header', 'event', 'stats'] as const;

function buildLine(v: unknown): HailLine {
  if (!isObject(v)) expected('an object');
  const t = v.type;
  if (t === 'event') return { kind: 'event', event: buildEvent(v) };
  if (typeof t !== 'string') {
    if (t === undefined) missing('type');
    expected('a string');
  }
  if (t === 'header') return { kind: 'header', header: buildHeader(v) };
  if (t === 'stats') return { kind: 'stats', stats: buildStats(v) };
  unknownVariant(t, LINE_TYPES, 'line type');
}

// ---------------------------------------------------------------------------------------------
// Per-line JSON: fast path + lossless fallback

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
const WHITESPACE_BEFORE_COLON = /"[ \t\r]+:/;
const FLOAT_IN_ARRAY = /[,[][ \t\r]*-?\d+[.eE]/;

/** Set by countKeys when some array holds a number (its lexeme may be a float such as `1.0`). */
let arrayHoldsNumber = false;
/** Counted by countKeys: object member values that are non-integral numbers (from float lexemes). */
let memberFloats = 0;

/**
 * Total number of object keys in a JSON.parse result, or -1 when it holds a number the fast path
 * cannot represent (integral but unsafe: a big integer or a float lexeme like 1e300; -0).
 */
function countKeys(v: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return -1;
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x === 'object') {
        if (x !== null) {
          const k = countKeys(x, depth + 1);
          if (k < 0) return -1;
          n += k;
        }
      } else if (typeof x === 'number') {
        arrayHoldsNumber = true;
        if (!Number.isSafeInteger(x) || (x === 0 && 1 / x < 0)) return -1;
      }
    }
    return n;
  }
  const o = v as Obj;
  for (const key in o) {
    n++;
    const x = o[key];
    if (typeof x === 'object') {
      if (x !== null) {
        const k = countKeys(x, depth + 1);
        if (k < 0) return -1;
        n += k;
      }
    } else if (typeof x === 'number') {
      if (!Number.isSafeInteger(x)) {
        if (Number.isInteger(x) || !Number.isFinite(x)) return -1;
        memberFloats++;
      } else if (x === 0 && 1 / x < 0) return -1;
    }
  }
  return n;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Float-like lexemes found right after an unescaped `":` by the last scanColons call. */
let colonFloats = 0;
/** Set by the last scanColons call when some `:` follows a space, tab or CR. */
let colonAfterWhitespace = false;

/**
 * One pass over every `:` of the raw line. Returns the number whose preceding `"` is not escaped:
 * every key without whitespace before its colon contributes exactly one; an opening quote of a
 * string value starting with `:` adds a spurious one, so the count is an upper bound on such keys.
 * Also counts, in colonFloats, the places where a float lexeme follows such a colon (an upper bound
 * on the float-valued members), and notes colons preceded by whitespace (keys written `"k" :`).
 */
function scanColons(line: string): number {
  let n = 0;
  colonFloats = 0;
  colonAfterWhitespace = false;
  let i = line.indexOf(':');
  while (i >= 0) {
    const p = line.charCodeAt(i - 1);
    if (p === 0x22) {
      let unescaped = line.charCodeAt(i - 2) !== 0x5c;
      if (!unescaped) {
        let k = 1;
        while (line.charCodeAt(i - 2 - k) === 0x5c) k++;
        unescaped = (k & 1) === 0;
      }
      if (unescaped) {
        n++;
        let j = i + 1;
        let c = line.charCodeAt(j);
        while (c === 0x20 || c === 0x09 || c === 0x0d) c = line.charCodeAt(++j);
        if (c === 0x2d) c = line.charCodeAt(++j);
        if (isDigit(c)) {
          do c = line.charCodeAt(++j);
          while (isDigit(c));
          if (c === 0x2e || c === 0x65 || c === 0x45) colonFloats++;
        }
      }
    } else if (p === 0x20 || p === 0x09 || p === 0x0d) {
      colonAfterWhitespace = true;
    }
    i = line.indexOf(':', i + 1);
  }
  return n;
}

const SLOW = Symbol('slow');

/**
 * JSON.parse when provably equivalent to the lossless parser for this line, else SLOW. Routed to
 * the lossless parser: surrogate escapes, whitespace before a key's colon, possible duplicate keys
 * (keys seen by JSON.parse != unescaped `":` count), unsafe integers, -0, float lexemes in arrays,
 * and float lexemes with integral values (`1.0`: JSON.parse would make them integers). Member
 * floats are fine when the parsed value holds as many non-integral members as float lexemes seen.
 */
function fastParse(line: string): unknown {
  if (line.indexOf('\\u') >= 0 && SURROGATE_ESCAPE.test(line)) return SLOW;
  const colons = scanColons(line);
  if (colonAfterWhitespace && WHITESPACE_BEFORE_COLON.test(line)) return SLOW;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return SLOW;
  }
  if (typeof v !== 'object' || v === null) return SLOW;
  arrayHoldsNumber = false;
  memberFloats = 0;
  // keys seen <= keys written <= unescaped `":` count; equality proves no key was merged away
  const keys = countKeys(v, 0);
  if (keys < 0 || keys !== colons) return SLOW;
  // non-integral members <= float member lexemes <= colonFloats; equality: no float lexeme was integral
  if (memberFloats !== colonFloats) return SLOW;
  if (arrayHoldsNumber && FLOAT_IN_ARRAY.test(line)) return SLOW;
  return v;
}

/** Parses one line's JSON with the HAIL value model. Throws JsonSyntaxError. */
export function parseLineJson(line: string): JsonValue {
  const v = fastParse(line);
  return v === SLOW ? parseJsonLossless(line) : (v as JsonValue);
}

function lexemeAt(root: unknown, path: (string | number)[]): string | undefined {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur instanceof NumberLexeme ? cur.lexeme : undefined;
}

function valueText(v: unknown): string {
  if (v instanceof JsonFloat) return formatFloat(v.value);
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : formatFloat(v);
  return String(v);
}

function numberDetail(e: NumberFieldError, rawText: string | undefined, prefix: (string | number)[]): string {
  let lexeme: string | undefined;
  if (rawText !== undefined) {
    try {
      lexeme = lexemeAt(parseJsonWithLexemes(rawText), [...prefix, ...e.path]);
    } catch {
      lexeme = undefined;
    }
  }
  return `invalid number for \`${e.field}\`: ${lexeme ?? valueText(e.value)}`;
}

function detailOf(e: unknown, rawText: string | undefined, prefix: (string | number)[] = []): string | undefined {
  if (e instanceof ShapeError || e instanceof JsonSyntaxError) return e.message;
  if (e instanceof NumberFieldError) return numberDetail(e, rawText, prefix);
  return undefined;
}

/** Parses one non-blank HAIL line. Errors become `JSON error at line {lineNo}: {detail}`. */
export function parseHailLine(line: string, lineNo: number): HailLine {
  try {
    return buildLine(parseLineJson(line));
  } catch (e) {
    const detail = detailOf(e, line);
    if (detail === undefined) throw e;
    throw new HailParseError(`JSON error at line ${lineNo}: ${detail}`, lineNo, detail);
  }
}

/** A line of only spaces and tabs, or empty. */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * Calls `visit(line, lineNo)` for each non-blank physical line (BOM removed, one trailing CR
 * stripped). Stops early when `visit` returns false.
 */
export function forEachHailLine(text: string, visit: (line: string, lineNo: number) => boolean | void): void {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const len = text.length;
  let lineNo = 0;
  while (pos <= len) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = len;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    lineNo++;
    const first = text.charCodeAt(pos);
    if (first === 0x7b ? true : !isBlankLine(text.slice(pos, end))) {
      if (visit(text.slice(pos, end), lineNo) === false) return;
    }
    pos = nl + 1;
  }
}

/** Reads a HAIL JSONL text into a session (section 4.2). Throws HailParseError. */
export function parseHail(text: string): Session {
  let header: HailHeader | undefined;
  const events: HailEvent[] = [];
  let lastStats: Stats | undefined;
  forEachHailLine(text, (line, lineNo) => {
    const parsed = parseHailLine(line, lineNo);
    if (header === undefined) {
      if (parsed.kind !== 'header') {
        throw new HailParseError(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
      }
      header = parsed.header;
      return;
    }
    switch (parsed.kind) {
      case 'event':
        events.push(parsed.event);
        lastStats = undefined;
        break;
      case 'stats':
        lastStats = parsed.stats;
        break;
      case 'header':
        throw new HailParseError(`Unexpected line type at line ${lineNo}: duplicate header`, lineNo);
    }
  });
  if (header === undefined) throw new HailParseError('Missing header line', undefined);
  const session: Session = {
    version: header.version,
    session_id: header.session_id,
    agent: header.agent,
    context: header.context,
    events,
    stats: lastStats ?? recomputeStats({ events }),
  };
  return session;
}

function parseHeaderLine(line: string, lineNo: number): HailHeader {
  const parsed = parseHailLine(line, lineNo);
  if (parsed.kind !== 'header') {
    throw new HailParseError(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
  }
  return parsed.header;
}

/** Header-only partial reader: parses only the first non-blank line. */
export function readHailHeader(text: string): HailHeader {
  let header: HailHeader | undefined;
  forEachHailLine(text, (line, lineNo) => {
    header = parseHeaderLine(line, lineNo);
    return false;
  });
  if (header === undefined) throw new HailParseError('Missing header line', undefined);
  return header;
}

/**
 * Header + stats partial reader: the first non-blank line, plus the last non-blank line when it is a
 * valid stats line (else `stats` is undefined).
 */
export function readHailHeaderAndStats(text: string): { header: HailHeader; stats: Stats | undefined } {
  const header = readHailHeader(text);
  // the last non-blank line, found by scanning backwards; it must not be the header line itself
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = text.length;
  while (end > bom) {
    const nl = text.lastIndexOf('\n', end - 1);
    const start = Math.max(nl + 1, bom);
    let lineEnd = end;
    if (lineEnd > start && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    const line = text.slice(start, lineEnd);
    if (!isBlankLine(line)) {
      if (start === firstNonBlankStart(text, bom)) return { header, stats: undefined };
      try {
        const parsed = parseHailLine(line, 0);
        return { header, stats: parsed.kind === 'stats' ? parsed.stats : undefined };
      } catch {
        return { header, stats: undefined };
      }
    }
    if (nl < 0) break;
    end = nl;
  }
  return { header, stats: undefined };
}

function firstNonBlankStart(text: string, from: number): number {
  let pos = from;
  for (;;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    if (!isBlankLine(text.slice(pos, end)) || nl >= text.length) return pos;
    pos = nl + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Whole-session JSON form (2.9)

/** The whole-session object: keys version, session_id, agent, context, events (no `type`), stats (no `type`). */
export function toWholeSessionObject(session: Session): JsonObject {
  return {
    version: session.version,
    session_id: session.session_id,
    agent: agentToObject(session.agent),
    context: contextToObject(session.context),
    events: session.events.map(eventToObject),
    stats: statsToObject(session.stats),
  };
}

/**
 * Reads the whole-session form from JSON text or an already parsed value (use parseJsonLossless for
 * text you parse yourself). `stats` is taken as given when present (first five fields required) and
 * recomputed when absent or null. Errors: HailParseError `invalid session JSON: {detail}`.
 */
export function fromWholeSessionJson(input: string | JsonValue): Session {
  const rawText = typeof input === 'string' ? input : undefined;
  let prefix: (string | number)[] = [];
  try {
    const v =
      typeof input === 'string' ? parseJsonLossless(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input) : input;
    if (!isObject(v)) expected('an object');
    const header = buildHeader(v);
    const rawEvents = v.events;
    if (!Array.isArray(rawEvents)) {
      if (rawEvents === undefined) missing('events');
      expected('an array of events');
    }
    const events: HailEvent[] = new Array(rawEvents.length);
    for (let i = 0; i < rawEvents.length; i++) {
      prefix = ['events', i];
      const e = rawEvents[i];
      if (!isObject(e)) expected('an object');
      events[i] = buildEvent(e);
    }
    prefix = ['stats'];
    const rawStats = v.stats;
    let stats: Stats;
    if (rawStats === undefined || rawStats === null) stats = recomputeStats({ events });
    else if (isObject(rawStats)) stats = buildStats(rawStats);
    else expected('an object');
    return { ...header, events, stats };
  } catch (e) {
    const text = rawText !== undefined && rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    const detail = detailOf(e, text, prefix);
    if (detail === undefined) throw e;
    throw new HailParseError(`invalid session JSON: ${detail}`, undefined, detail);
  }
}
