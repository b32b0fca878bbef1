// HAIL JSONL reader (hail-and-store.md section 4.2) and the whole-session JSON form (2.9).
//
// Hot path: each line goes through JSON.parse when a cheap pre-scan shows it cannot hold anything
// JSON.parse gets wrong (float lexemes, surrogate escapes, duplicate keys, unsafe integers, -0);
// every other line goes through the lossless parser. Both produce the same JsonValue. Typed objects
// are then built by one walk over the shape table (shape.ts; no zod per line) that produces the exact
// messages.

import { OpenSessionError } from '../errors';
import { JsonSyntaxError, MAX_DEPTH, NumberLexeme, formatFloat, parseJsonLossless, parseJsonWithLexemes } from './json';
import { agentToObject, contextToObject, eventToObject, statsToObject } from './encode';
import { recomputeStats } from './stats';
import type { LineFacts } from './splice';
import { TimestampError, parseTimestamp } from './timestamp';
import {
  BLOCK_SHAPES,
  EVENT_SHAPE,
  EVENT_TYPE_SHAPES,
  FieldSpec,
  HEADER_SHAPE,
  LINE_TYPES,
  STATS_SHAPE,
  Shape,
  fieldsOf,
} from './shape';
import {
  ContentBlock,
  EVENT_TYPE_NAMES,
  EventType,
  HailEvent,
  JsonFloat,
  JsonObject,
  JsonValue,
  Session,
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

// ---------------------------------------------------------------------------------------------
// Typed builders: one walk over the shape table (shape.ts), field by field in write order, so the
// first error reported is the first bad field in the order the fields are written.

/** Reads `o[key]` per `spec` into `out[key]` (nothing for an absent optional field). */
function readField(o: Obj, key: string, spec: FieldSpec, out: Obj): void {
  switch (spec.kind) {
    case 'string':
      if (spec.presence === 'required') out[key] = reqString(o, key);
      else {
        const v = optString(o, key);
        if (v !== undefined) out[key] = v;
      }
      return;
    case 'boolean':
      out[key] = reqBool(o, key);
      return;
    case 'timestamp':
      out[key] = timestampField(o, key);
      return;
    case 'int': {
      const v = intField(o, key, spec.min as number, spec.max as number);
      if (v !== undefined) out[key] = v;
      else if (spec.presence === 'default') out[key] = 0;
      else if (spec.presence === 'required') {
        if (o[key] === null) expected('an integer');
        missing(key);
      }
      return;
    }
    case 'strings':
      out[key] = stringList(o, key);
      return;
    case 'attributes':
      out[key] = attributes(o, key);
      return;
    case 'json':
      if (!Object.prototype.hasOwnProperty.call(o, key)) missing(key);
      out[key] = o[key];
      return;
    case 'record':
      out[key] = withPath([key], () => readRecord(reqObject(o, key), spec.shape as Shape, {}));
      return;
    case 'eventType':
      out[key] = withPath([key], () => buildEventType(reqObject(o, key)));
      return;
    case 'content': {
      const content = reqObject(o, key);
      const rawBlocks = content.blocks;
      if (!Array.isArray(rawBlocks)) {
        if (rawBlocks === undefined) missing('blocks');
        expected('an array of content blocks');
      }
      const blocks: ContentBlock[] = new Array(rawBlocks.length);
      for (let i = 0; i < rawBlocks.length; i++)
        blocks[i] = withPath([key, 'blocks', i], () => buildBlock(rawBlocks[i]));
      out[key] = { blocks };
      return;
    }
  }
}

/** Runs `read`, prefixing the path of a NumberFieldError it throws (to find the number's lexeme later). */
function withPath<T>(prefix: (string | number)[], read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof NumberFieldError) e.path.unshift(...prefix);
    throw e;
  }
}

/** Every field of `shape` read from `o` into `out`, in table order. */
function readRecord<T>(o: Obj, shape: Shape, out: Obj): T {
  const fields = fieldsOf(shape);
  for (let i = 0; i < fields.length; i++) readField(o, fields[i][0], fields[i][1], out);
  return out as T;
}

const EVENT_TYPES = EVENT_TYPE_SHAPES as Record<string, Shape | null | undefined>;
const BLOCKS = BLOCK_SHAPES as Record<string, Shape | undefined>;
const BLOCK_TYPE_NAMES = Object.keys(BLOCK_SHAPES);

function typeTag(o: Obj): string {
  const t = o.type;
  if (typeof t !== 'string') {
    if (t === undefined) missing('type');
    expected('a string');
  }
  return t;
}

function buildEventType(o: Obj): EventType {
  const t = typeTag(o);
  const shape = EVENT_TYPES[t];
  if (shape === undefined || !Object.prototype.hasOwnProperty.call(EVENT_TYPES, t))
    unknownVariant(t, EVENT_TYPE_NAMES, 'event type');
  if (shape === null) {
    if (o.data !== undefined && o.data !== null) expected(`no \`data\` for unit variant \`${t}\``);
    return { type: t } as EventType;
  }
  const d = o.data;
  if (!isObject(d)) {
    if (d === undefined) missing('data');
    expected('an object for `data`');
  }
  return { type: t, data: withPath(['data'], () => readRecord(d, shape, {})) } as EventType;
}

function buildBlock(v: unknown): ContentBlock {
  if (!isObject(v)) expected('an object');
  const t = typeTag(v);
  const shape = BLOCKS[t];
  if (shape === undefined || !Object.prototype.hasOwnProperty.call(BLOCKS, t))
    unknownVariant(t, BLOCK_TYPE_NAMES, 'content block type');
  return readRecord<ContentBlock>(v, shape, { type: t });
}

function buildHeader(o: Obj): HailHeader {
  return readRecord<HailHeader>(o, HEADER_SHAPE, {});
}

function buildEvent(o: Obj): HailEvent {
  return readRecord<HailEvent>(o, EVENT_SHAPE, {});
}

function buildStats(o: Obj): Stats {
  return readRecord<Stats>(o, STATS_SHAPE, {});
}

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
  const colons = textChecks(line);
  if (colons < 0) return SLOW;
  const v = parseObject(line);
  return v === SLOW ? SLOW : valueChecks(line, v, colons);
}

/** JSON.parse of a line: the object it holds, or SLOW for anything else (a syntax error, not an object). */
function parseObject(line: string): unknown {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return SLOW;
  }
  return typeof v === 'object' && v !== null ? v : SLOW;
}

/** The checks of the raw text before JSON.parse: -1 (SLOW) or the scanColons count. */
function textChecks(line: string): number {
  if (line.indexOf('\\u') >= 0 && SURROGATE_ESCAPE.test(line)) return -1;
  const colons = scanColons(line);
  if (colonAfterWhitespace && WHITESPACE_BEFORE_COLON.test(line)) return -1;
  return colons;
}

/** The checks of JSON.parse's value `v` of `line` against textChecks' `colons`: `v` or SLOW. */
function valueChecks(line: string, v: unknown, colons: number): unknown {
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

/**
 * fastParse with the text checks taken from a scan the caller shares with later work (the splicer's
 * scanLine): JSON.parse first, then `scan` gives the exact member and float counts, which replace
 * scanColons and the regular expressions. Where `scan` cannot vouch for the line, fastParse's checks run.
 * Same answer as fastParse: the counts are exact where scanColons' are upper bounds, and the value is
 * only taken when it provably equals the lossless parser's.
 */
function fastParseScanned(line: string, scan: (line: string) => LineFacts | undefined): unknown {
  const v = parseObject(line);
  if (v === SLOW) return SLOW;
  const facts = scan(line);
  if (facts === undefined) {
    const colons = textChecks(line);
    return colons < 0 ? SLOW : valueChecks(line, v, colons);
  }
  if (facts.arrayFloat) return SLOW; // JSON.parse would make `[1.0]` an integer
  memberFloats = 0;
  // keys seen == keys written: no key was merged away; non-integral members == float member lexemes
  const keys = countKeys(v, 0);
  if (keys < 0 || keys !== facts.keys || memberFloats !== facts.memberFloats) return SLOW;
  return v;
}

/** The JSON.parse result of the last line parseHailLine read, when it took the fast path (else undefined). */
let lastFastValue: unknown;

/**
 * The raw JSON.parse value behind the last parseHailLine result, when that line took the fast path
 * (so its text is exactly what JSON.parse read: no float, surrogate or duplicate-key corrections).
 */
export function lastFastParsedValue(): unknown {
  return lastFastValue;
}

/** Parses one line's JSON with the HAIL value model. Throws JsonSyntaxError. */
export function parseLineJson(line: string): JsonValue {
  return fromFastParse(line, fastParse(line));
}

function fromFastParse(line: string, v: unknown): JsonValue {
  if (v === SLOW) {
    lastFastValue = undefined;
    return parseJsonLossless(line);
  }
  lastFastValue = v;
  return v as JsonValue;
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
    throw lineError(e, line, lineNo);
  }
}

/**
 * parseHailLine whose fast-path checks come from `scan` (see fastParseScanned): the same result and
 * errors, one scan of the line shared with the caller (canonicalizeBytes' splicer).
 */
export function parseHailLineScanned(
  line: string,
  lineNo: number,
  scan: (line: string) => LineFacts | undefined,
): HailLine {
  try {
    return buildLine(fromFastParse(line, fastParseScanned(line, scan)));
  } catch (e) {
    throw lineError(e, line, lineNo);
  }
}

/** `JSON error at line {lineNo}: {detail}` for a shape or JSON error; any other error as it is. */
function lineError(e: unknown, line: string, lineNo: number): unknown {
  const detail = detailOf(e, line);
  if (detail === undefined) return e;
  return new HailParseError(`JSON error at line ${lineNo}: ${detail}`, lineNo, detail);
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
