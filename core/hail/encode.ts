// Line encoders shared by the writer and the whole-session form (hail-and-store.md 2.2-2.6, 2.9, 4.3).
// Key orders and omission rules come from the shape table (shape.ts): three walks over it, for the
// exact text, the JSON.stringify fast path and the whole-session object form.

import { OpenSessionError } from '../errors';
import { NOT_PLAIN, plainCanonicalAt, quoteString, sortJsonKeysAt, stringifyCanonicalAt, stringifyPlain } from './json';
import {
  AGENT_SHAPE,
  BLOCK_SHAPES,
  CONTEXT_SHAPE,
  EVENT_SHAPE,
  EVENT_TYPE_SHAPES,
  FieldSpec,
  HEADER_SHAPE,
  STATS_SHAPE,
  Shape,
  fieldsOf,
} from './shape';
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

function hasKeys(obj: object): boolean {
  for (const k in obj) if (Object.prototype.hasOwnProperty.call(obj, k)) return true;
  return false;
}

function encodeStringArray(list: readonly string[]): string {
  if (list.length === 0) return '[]';
  let out = '[' + quoteString(list[0]);
  for (let i = 1; i < list.length; i++) out += ',' + quoteString(list[i]);
  return out + ']';
}

/** The writer skips a field that is absent, or empty when the table says `omitEmpty`. */
function skipped(v: unknown, spec: FieldSpec): boolean {
  if (v === undefined) return true;
  if (spec.omitEmpty !== true) return false;
  return Array.isArray(v) ? v.length === 0 : !hasKeys(v as object);
}

const EVENT_TYPES = EVENT_TYPE_SHAPES as Record<string, Shape | null | undefined>;
const BLOCKS = BLOCK_SHAPES as Record<string, Shape | undefined>;

function eventTypeShape(et: EventType): Shape | null {
  const shape = EVENT_TYPES[et.type];
  if (shape === undefined || !Object.prototype.hasOwnProperty.call(EVENT_TYPES, et.type)) {
    throw new OpenSessionError(`cannot write unknown event type \`${(et as { type: string }).type}\``);
  }
  return shape;
}

function blockShape(b: ContentBlock): Shape {
  const shape = BLOCKS[b.type];
  if (shape === undefined || !Object.prototype.hasOwnProperty.call(BLOCKS, b.type)) {
    throw new OpenSessionError(`cannot write unknown content block type \`${(b as { type: string }).type}\``);
  }
  return shape;
}

// The walks track nesting depth (0 = the line's top-level object) so free-form values are cut where
// the reader would cut them (A6): an event's attributes sit at 1, the context's at 2, a Json block's
// `data` at 4 (line, content, blocks, block).
const EVENT_DEPTH = 0;

// ---------------------------------------------------------------------------------------------
// The exact (concatenating) encoder: handles floats, bigints, integer-like keys and lone surrogates.

function encodeValue(v: unknown, spec: FieldSpec, key: string, depth: number): string {
  switch (spec.kind) {
    case 'string':
      return quoteString(v as string);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'timestamp':
      return '"' + formatTsZ(v as bigint) + '"';
    case 'int':
      return String(checkedInt(v as number, key));
    case 'strings':
      return encodeStringArray(v as string[]);
    case 'attributes':
    case 'json':
      return stringifyCanonicalAt(v as JsonValue, depth);
    case 'record':
      return '{' + encodeFields(v as Obj, spec.shape as Shape, '', depth) + '}';
    case 'eventType':
      return encodeEventType(v as EventType);
    case 'content': {
      const blocks = (v as { blocks: ContentBlock[] }).blocks;
      if (blocks.length === 0) return '{"blocks":[]}';
      let out = '{"blocks":[' + encodeBlockAt(blocks[0], depth + 2);
      for (let i = 1; i < blocks.length; i++) out += ',' + encodeBlockAt(blocks[i], depth + 2);
      return out + ']}';
    }
  }
}

type Obj = Record<string, unknown>;

/** `"key":value` pairs of `o` in table order, after `lead` (text already inside the braces). */
function encodeFields(o: Obj, shape: Shape, lead: string, depth: number): string {
  let out = lead;
  const fields = fieldsOf(shape);
  for (let i = 0; i < fields.length; i++) {
    const [key, spec] = fields[i];
    const v = o[key];
    if (skipped(v, spec)) continue;
    if (out.length > 0) out += ',';
    out += quoteString(key) + ':' + encodeValue(v, spec, key, depth + 1);
  }
  return out;
}

export function encodeAgent(a: Agent): string {
  return '{' + encodeFields(a, AGENT_SHAPE, '', 1) + '}';
}

export function encodeContext(c: SessionContext): string {
  return '{' + encodeFields(c, CONTEXT_SHAPE, '', 1) + '}';
}

export function encodeHeaderLine(s: Pick<Session, 'version' | 'session_id' | 'agent' | 'context'>): string {
  return '{' + encodeFields(s, HEADER_SHAPE, '"type":"header"', EVENT_DEPTH) + '}';
}

export function encodeEventType(et: EventType): string {
  const shape = eventTypeShape(et);
  const head = '{"type":"' + et.type + '"';
  if (shape === null) return head + '}';
  return head + ',"data":{' + encodeFields((et as { data: Obj }).data, shape, '', 2) + '}}';
}

function encodeBlockAt(b: ContentBlock, depth: number): string {
  return '{' + encodeFields(b, blockShape(b), '"type":' + quoteString(b.type), depth) + '}';
}

export function encodeBlock(b: ContentBlock): string {
  return encodeBlockAt(b, 3);
}

function encodeEventExact(e: HailEvent, withType: boolean): string {
  return '{' + encodeFields(e, EVENT_SHAPE, withType ? '"type":"event"' : '', EVENT_DEPTH) + '}';
}

// ---------------------------------------------------------------------------------------------
// Fast path: one ordered plain object per event, written by a single JSON.stringify call (far fewer
// intermediate strings than concatenation). Used when every free-form value is JSON.stringify-safe.

/** The plain value of a field for JSON.stringify, or NOT_PLAIN when it needs the exact encoder. */
function plainValue(v: unknown, spec: FieldSpec, key: string, depth: number): unknown {
  switch (spec.kind) {
    case 'string':
    case 'boolean':
    case 'strings':
      return v;
    case 'timestamp':
      return formatTsZ(v as bigint);
    case 'int':
      return checkedInt(v as number, key);
    case 'attributes':
    case 'json':
      return plainCanonicalAt(v, depth);
    case 'record':
      return plainFields(v as Obj, spec.shape as Shape, {}, depth);
    case 'eventType': {
      const et = v as EventType;
      const shape = eventTypeShape(et);
      if (shape === null) return { type: et.type };
      const data = plainFields((et as { data: Obj }).data, shape, {}, depth + 1);
      return data === NOT_PLAIN ? NOT_PLAIN : { type: et.type, data };
    }
    case 'content': {
      const src = (v as { blocks: ContentBlock[] }).blocks;
      const blocks: object[] = new Array(src.length);
      for (let i = 0; i < src.length; i++) {
        const b = plainFields(src[i], blockShape(src[i]), { type: src[i].type }, depth + 2);
        if (b === NOT_PLAIN) return NOT_PLAIN;
        blocks[i] = b;
      }
      return { blocks };
    }
  }
}

/** `o`'s fields in table order added to `out`, or NOT_PLAIN. */
function plainFields(o: Obj, shape: Shape, out: Obj, depth: number): Obj | typeof NOT_PLAIN {
  const fields = fieldsOf(shape);
  for (let i = 0; i < fields.length; i++) {
    const [key, spec] = fields[i];
    const v = o[key];
    if (skipped(v, spec)) continue;
    const p = plainValue(v, spec, key, depth + 1);
    if (p === NOT_PLAIN) return NOT_PLAIN;
    out[key] = p;
  }
  return out;
}

/** The reader builds event_type and blocks with exactly the written keys, in write order. */
function readerBuiltContent(e: HailEvent): object | undefined {
  const src = e.content.blocks;
  for (let i = 0; i < src.length; i++) if (src[i].type === 'Json') return undefined;
  return e.content;
}

// In-place checks: a parser that builds its objects with the table's keys in table order (and attribute
// maps already sorted) gets them written as they are, with no per-event copy. Anything else is copied.

/**
 * True when JSON.stringify writes `o` exactly as the plain copy of plainFields would: the same keys in
 * table order (after `lead`, the tag key), values written as they are. `int` fields are checked as the
 * copy checks them (an unwritable value throws the same error).
 */
function recordInPlace(o: Obj, fields: ReadonlyArray<readonly [string, FieldSpec]>, lead: string | undefined): boolean {
  let i = 0;
  let leadSeen = lead === undefined;
  for (const k in o) {
    const v = o[k];
    if (!leadSeen) {
      if (k !== lead) return false;
      leadSeen = true;
      continue;
    }
    if (v === undefined) continue; // left out by JSON.stringify and by the copy alike
    while (i < fields.length && fields[i][0] !== k) i++;
    if (i === fields.length) return false; // a key the table does not have, or out of order
    const spec = fields[i][1];
    switch (spec.kind) {
      case 'string':
      case 'boolean':
        break;
      case 'int':
        checkedInt(v as number, k);
        break;
      default:
        return false;
    }
    i++;
  }
  return leadSeen;
}

/** The event type as it can be written (itself when already in table order), or NOT_PLAIN. */
function eventTypeInPlace(et: EventType, depth: number): unknown {
  const shape = eventTypeShape(et);
  const data = (et as { data?: unknown }).data;
  let keys = 0;
  for (const k in et) {
    if ((et as unknown as Obj)[k] === undefined) continue;
    if (keys === 0 ? k !== 'type' : k !== 'data' || keys > 1)
      return plainValue(et, EVENT_SPEC_TYPE, 'event_type', depth);
    keys++;
  }
  if (
    shape === null
      ? keys === 1
      : keys === 2 &&
        typeof data === 'object' &&
        data !== null &&
        recordInPlace(data as Obj, fieldsOf(shape), undefined)
  )
    return et;
  return plainValue(et, EVENT_SPEC_TYPE, 'event_type', depth);
}

/** The content as it can be written (itself, or a copy where a Json block's data needed sorting), or NOT_PLAIN. */
function contentInPlace(c: { blocks: ContentBlock[] }, depth: number): unknown {
  for (const k in c)
    if (k !== 'blocks' && (c as unknown as Obj)[k] !== undefined)
      return plainValue(c, EVENT_SPEC_CONTENT, 'content', depth);
  const src = c.blocks;
  if (!Array.isArray(src)) return plainValue(c, EVENT_SPEC_CONTENT, 'content', depth);
  let copy: unknown[] | undefined;
  for (let i = 0; i < src.length; i++) {
    const b = src[i];
    const shape = blockShape(b);
    if (b.type === 'Json') {
      let keys = 0;
      for (const k in b) {
        if ((b as unknown as Obj)[k] === undefined) continue;
        if (keys === 0 ? k !== 'type' : k !== 'data' || keys > 1)
          return plainValue(c, EVENT_SPEC_CONTENT, 'content', depth);
        keys++;
      }
      if (b.data === undefined) continue;
      // blocks sit at depth + 2 (content, blocks), a block's data one level deeper
      const r = plainCanonicalAt(b.data, depth + 3);
      if (r === NOT_PLAIN) return NOT_PLAIN;
      if (r !== b.data) {
        if (copy === undefined) copy = src.slice();
        copy[i] = { type: 'Json', data: r };
      }
    } else if (!recordInPlace(b as unknown as Obj, fieldsOf(shape), 'type')) {
      return plainValue(c, EVENT_SPEC_CONTENT, 'content', depth);
    }
  }
  return copy === undefined ? c : { blocks: copy };
}

const EVENT_SPEC_TYPE = EVENT_SHAPE.event_type as FieldSpec;
const EVENT_SPEC_CONTENT = EVENT_SHAPE.content as FieldSpec;

function encodeEventPlain(e: HailEvent, withType: boolean, readerBuilt: boolean): string | undefined {
  const out: Obj = withType ? { type: 'event' } : {};
  const fields = fieldsOf(EVENT_SHAPE);
  for (let i = 0; i < fields.length; i++) {
    const [key, spec] = fields[i];
    const v = (e as unknown as Obj)[key];
    if (skipped(v, spec)) continue;
    let p: unknown;
    if (readerBuilt && spec.kind === 'eventType') p = v;
    else if (readerBuilt && spec.kind === 'content') p = readerBuiltContent(e) ?? plainValue(v, spec, key, 1);
    else if (spec.kind === 'eventType') p = eventTypeInPlace(v as EventType, 1);
    else if (spec.kind === 'content') p = contentInPlace(v as { blocks: ContentBlock[] }, 1);
    else p = plainValue(v, spec, key, 1);
    if (p === NOT_PLAIN) return undefined;
    out[key] = p;
  }
  return stringifyPlain(out);
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

export function encodeEventLine(e: HailEvent): string {
  return encodeEvent(e, true);
}

/** Stats object text; `withType` adds the leading `"type":"stats"`. */
export function encodeStats(s: Stats, withType: boolean): string {
  return '{' + encodeFields(s, STATS_SHAPE, withType ? '"type":"stats"' : '', EVENT_DEPTH) + '}';
}

export function encodeStatsLine(s: Stats): string {
  return encodeStats(s, true);
}

// ---------------------------------------------------------------------------------------------
// Object forms (whole-session JSON, 2.9): same key orders, attribute maps as sorted copies.

function objectValue(v: unknown, spec: FieldSpec, depth: number): JsonValue {
  switch (spec.kind) {
    case 'string':
    case 'boolean':
    case 'int':
      return v as JsonValue;
    case 'timestamp':
      return formatTsZ(v as bigint);
    case 'strings':
      return [...(v as string[])];
    case 'attributes':
    case 'json':
      return sortJsonKeysAt(v as JsonValue, depth);
    case 'record':
      return objectFields(v as Obj, spec.shape as Shape, {}, depth);
    case 'eventType':
      return eventTypeToObject(v as EventType);
    case 'content':
      return { blocks: (v as { blocks: ContentBlock[] }).blocks.map((b) => blockObjectAt(b, depth + 2)) };
  }
}

function objectFields(o: Obj, shape: Shape, out: JsonObject, depth: number): JsonObject {
  const fields = fieldsOf(shape);
  for (let i = 0; i < fields.length; i++) {
    const [key, spec] = fields[i];
    const v = o[key];
    if (skipped(v, spec)) continue;
    out[key] = objectValue(v, spec, depth + 1);
  }
  return out;
}

export function eventTypeToObject(et: EventType): JsonObject {
  const shape = eventTypeShape(et);
  if (shape === null) return { type: et.type };
  return { type: et.type, data: objectFields((et as { data: Obj }).data, shape, {}, 2) };
}

function blockObjectAt(b: ContentBlock, depth: number): JsonObject {
  return objectFields(b, blockShape(b), { type: b.type }, depth);
}

export function blockToObject(b: ContentBlock): JsonObject {
  return blockObjectAt(b, 3);
}

/** An event object of the whole-session form, where events sit at depth 2 (root, `events`). */
export function eventToObject(e: HailEvent): JsonObject {
  return objectFields(e, EVENT_SHAPE, {}, 2);
}

export function agentToObject(a: Agent): JsonObject {
  return objectFields(a, AGENT_SHAPE, {}, 1);
}

export function contextToObject(c: SessionContext): JsonObject {
  return objectFields(c, CONTEXT_SHAPE, {}, 1);
}

export function statsToObject(s: Stats): JsonObject {
  return objectFields(s, STATS_SHAPE, {}, EVENT_DEPTH);
}
