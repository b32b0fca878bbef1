// The HAIL shape table (hail-and-store.md 2.2-2.6, 4.3): every record, event-type variant and content
// block, with its fields in write order. This is the one statement of those shapes. From it come
//   - the TypeScript types (types.ts derives them with the mapped types below),
//   - the reader's checks (reader.ts walks the table field by field, in this order),
//   - the encoder's key order and omission rules (encode.ts),
//   - the zod schemas used at the boundaries (schema.ts).
// Field order is write order; changing it changes canonical bytes.

import type { JsonObject, JsonValue, Timestamp } from './types';

/**
 * How a field is present:
 * - `required`: must be there (the reader reports `missing field`);
 * - `optional`: absent or null reads as absent; the writer omits it when absent;
 * - `default`: absent or null reads as the kind's empty value (`[]`, `{}`, 0); always present in the type.
 */
export type Presence = 'required' | 'optional' | 'default';

/** Value kinds. `record` nests another shape; `eventType` and `content` are the event's tagged parts. */
export type FieldKind =
  'string' | 'boolean' | 'timestamp' | 'int' | 'strings' | 'attributes' | 'json' | 'record' | 'eventType' | 'content';

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly presence: Presence;
  /** `int`: accepted range (inclusive). */
  readonly min?: number;
  readonly max?: number;
  /** The writer leaves the field out when it is empty (`[]` or `{}`). */
  readonly omitEmpty?: boolean;
  /** `record`: the nested shape. */
  readonly shape?: Shape;
}

export type Shape = { readonly [key: string]: FieldSpec };

const MAX_SAFE = 9007199254740991;

// Field specs (frozen literals, so their kinds stay literal types for the derived TypeScript types).
const f = {
  string: { kind: 'string', presence: 'required' },
  optString: { kind: 'string', presence: 'optional' },
  boolean: { kind: 'boolean', presence: 'required' },
  timestamp: { kind: 'timestamp', presence: 'required' },
  /** A count: integer 0 .. 2^53-1. */
  count: { kind: 'int', presence: 'required', min: 0, max: MAX_SAFE },
  /** A count that reads as 0 when absent. */
  countOr0: { kind: 'int', presence: 'default', min: 0, max: MAX_SAFE },
  optCount: { kind: 'int', presence: 'optional', min: 0, max: MAX_SAFE },
  optI32: { kind: 'int', presence: 'optional', min: -2147483648, max: 2147483647 },
  optU32: { kind: 'int', presence: 'optional', min: 0, max: 4294967295 },
  strings: { kind: 'strings', presence: 'default' },
  stringsOmitEmpty: { kind: 'strings', presence: 'default', omitEmpty: true },
  attributes: { kind: 'attributes', presence: 'default', omitEmpty: true },
  json: { kind: 'json', presence: 'required' },
} as const;

/** `agent` (2.2). */
export const AGENT_SHAPE = {
  provider: f.string,
  model: f.string,
  tool: f.string,
  tool_version: f.optString,
} as const;

/** `context` (2.3). `tags` is always written; `related_session_ids` and `attributes` only when non-empty. */
export const CONTEXT_SHAPE = {
  title: f.optString,
  description: f.optString,
  tags: f.strings,
  created_at: f.timestamp,
  updated_at: f.timestamp,
  related_session_ids: f.stringsOmitEmpty,
  attributes: f.attributes,
} as const;

/** The header line after its `"type":"header"` (4.3). */
export const HEADER_SHAPE = {
  version: f.string,
  session_id: f.string,
  agent: { kind: 'record', presence: 'required', shape: AGENT_SHAPE },
  context: { kind: 'record', presence: 'required', shape: CONTEXT_SHAPE },
} as const;

/**
 * `event_type` variants (2.4) in spec table order, adjacently tagged: `null` marks a unit variant
 * (no `data`); otherwise the fields of `data`, in write order.
 */
export const EVENT_TYPE_SHAPES = {
  UserMessage: null,
  AgentMessage: null,
  SystemMessage: null,
  Thinking: null,
  ToolCall: { name: f.string },
  ToolResult: { name: f.string, is_error: f.boolean, call_id: f.optString },
  FileRead: { path: f.string },
  CodeSearch: { query: f.string },
  FileSearch: { pattern: f.string },
  FileEdit: { path: f.string, diff: f.optString },
  FileCreate: { path: f.string },
  FileDelete: { path: f.string },
  ShellCommand: { command: f.string, exit_code: f.optI32 },
  ImageGenerate: { prompt: f.string },
  VideoGenerate: { prompt: f.string },
  AudioGenerate: { prompt: f.string },
  WebSearch: { query: f.string },
  WebFetch: { url: f.string },
  TaskStart: { title: f.optString },
  TaskEnd: { summary: f.optString },
  Custom: { kind: f.string },
} as const;

/** Content blocks (2.5), internally tagged: the fields after `type`, in write order. */
export const BLOCK_SHAPES = {
  Text: { text: f.string },
  Code: { code: f.string, language: f.optString, start_line: f.optU32 },
  Image: { url: f.string, alt: f.optString, mime: f.string },
  Video: { url: f.string, mime: f.string },
  Audio: { url: f.string, mime: f.string },
  File: { path: f.string, content: f.optString },
  Json: { data: f.json },
  Reference: { uri: f.string, media_type: f.string },
} as const;

/** An event (2.6); the JSONL line adds a leading `"type":"event"`. */
export const EVENT_SHAPE = {
  event_id: f.string,
  timestamp: f.timestamp,
  event_type: { kind: 'eventType', presence: 'required' },
  task_id: f.optString,
  content: { kind: 'content', presence: 'required' },
  duration_ms: f.optCount,
  attributes: f.attributes,
} as const;

/** Stats (2.6): the first five are required, the other six read as 0 when absent; all are written. */
export const STATS_SHAPE = {
  event_count: f.count,
  message_count: f.count,
  tool_call_count: f.count,
  task_count: f.count,
  duration_seconds: f.count,
  total_input_tokens: f.countOr0,
  total_output_tokens: f.countOr0,
  user_message_count: f.countOr0,
  files_changed: f.countOr0,
  lines_added: f.countOr0,
  lines_removed: f.countOr0,
} as const;

/** JSONL line types (4.2), in the order the messages list them. */
export const LINE_TYPES = ['header', 'event', 'stats'] as const;

/** A shape's fields in write order, as `[key, spec]` pairs (computed once per shape). */
const fieldCache = new WeakMap<object, ReadonlyArray<readonly [string, FieldSpec]>>();
export function fieldsOf(shape: Shape): ReadonlyArray<readonly [string, FieldSpec]> {
  let fields = fieldCache.get(shape);
  if (fields === undefined) {
    fields = Object.entries(shape);
    fieldCache.set(shape, fields);
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Types derived from the table (types.ts re-exports them under their usual names)

/** Flattens an intersection into one object type, so editors show plain shapes. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

interface KindValues {
  string: string;
  boolean: boolean;
  timestamp: Timestamp;
  int: number;
  strings: string[];
  attributes: JsonObject;
  json: JsonValue;
  eventType: EventTypeOf<typeof EVENT_TYPE_SHAPES>;
  content: { blocks: BlockOf<typeof BLOCK_SHAPES>[] };
}

type ValueOf<F> = F extends { kind: 'record'; shape: infer S }
  ? RecordOf<S>
  : F extends { kind: infer K extends keyof KindValues }
    ? KindValues[K]
    : never;

type RequiredKeys<S> = { [K in keyof S]: S[K] extends { presence: 'optional' } ? never : K }[keyof S];
type OptionalKeys<S> = { [K in keyof S]: S[K] extends { presence: 'optional' } ? K : never }[keyof S];

/** The TypeScript type of a record shape: `optional` fields become `key?:`. */
export type RecordOf<S> = Simplify<
  { -readonly [K in RequiredKeys<S>]: ValueOf<S[K]> } & { -readonly [K in OptionalKeys<S>]?: ValueOf<S[K]> }
>;

/** The union of event-type variants: `{ type }` for unit variants, `{ type; data }` for the others. */
export type EventTypeOf<T> = {
  [N in keyof T]: T[N] extends null ? { type: N } : { type: N; data: RecordOf<T[N]> };
}[keyof T];

/** The union of content blocks: `{ type, ...fields }`. */
export type BlockOf<T> = { [N in keyof T]: Simplify<{ type: N } & RecordOf<T[N]>> }[keyof T];
