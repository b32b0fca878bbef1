// zod schemas of the HAIL line shapes (hail-and-store.md 2.2-2.6, 2.9), over values produced by
// parseJsonLossless. They document the contract and check whole-session objects and test data; the
// JSONL hot path (reader.ts) uses hand-written checks instead, which also produce the exact messages.

import { z } from 'zod';
import { tryParseTimestamp } from './timestamp';
import { JsonFloat, JsonValue } from './types';

function isJsonValue(v: unknown, depth = 0): v is JsonValue {
  if (depth > 10000) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (v instanceof JsonFloat) return Number.isFinite(v.value);
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  if (typeof v === 'object') return Object.values(v as object).every((x) => isJsonValue(x, depth + 1));
  return false;
}

/** Any value of the HAIL JSON model. */
export const JsonValueSchema = z.custom<JsonValue>((v) => isJsonValue(v), { message: 'expected a JSON value' });
/** A free-form attribute map. */
export const AttributesSchema = z.record(z.string(), JsonValueSchema);

/** A timestamp string in the read grammar of 2.7. */
export const TimestampStringSchema = z
  .string()
  .refine((s) => tryParseTimestamp(s) !== undefined, { message: 'invalid timestamp' });

/** Optional string field: absent or null means absent. */
const optString = z.string().nullish();
/** Typed integer 0 … 2^53−1 (a plain safe-integer number; floats and bigints are rejected). */
export const CountSchema = z.int().min(0);

export const AgentSchema = z.looseObject({
  provider: z.string(),
  model: z.string(),
  tool: z.string(),
  tool_version: optString,
});

export const ContextSchema = z.looseObject({
  title: optString,
  description: optString,
  tags: z.array(z.string()).nullish(),
  created_at: TimestampStringSchema,
  updated_at: TimestampStringSchema,
  related_session_ids: z.array(z.string()).nullish(),
  attributes: AttributesSchema.nullish(),
});

export const HeaderLineSchema = z.looseObject({
  type: z.literal('header'),
  version: z.string(),
  session_id: z.string(),
  agent: AgentSchema,
  context: ContextSchema,
});

const unit = (name: string) => z.looseObject({ type: z.literal(name), data: z.null().optional() });
const struct = <T extends z.ZodRawShape>(name: string, data: T) =>
  z.looseObject({ type: z.literal(name), data: z.looseObject(data) });

/** `event_type` (2.4), adjacently tagged. */
export const EventTypeSchema = z.discriminatedUnion('type', [
  unit('UserMessage'),
  unit('AgentMessage'),
  unit('SystemMessage'),
  unit('Thinking'),
  struct('ToolCall', { name: z.string() }),
  struct('ToolResult', { name: z.string(), is_error: z.boolean(), call_id: optString }),
  struct('FileRead', { path: z.string() }),
  struct('CodeSearch', { query: z.string() }),
  struct('FileSearch', { pattern: z.string() }),
  struct('FileEdit', { path: z.string(), diff: optString }),
  struct('FileCreate', { path: z.string() }),
  struct('FileDelete', { path: z.string() }),
  struct('ShellCommand', { command: z.string(), exit_code: z.int32().nullish() }),
  struct('ImageGenerate', { prompt: z.string() }),
  struct('VideoGenerate', { prompt: z.string() }),
  struct('AudioGenerate', { prompt: z.string() }),
  struct('WebSearch', { query: z.string() }),
  struct('WebFetch', { url: z.string() }),
  struct('TaskStart', { title: optString }),
  struct('TaskEnd', { summary: optString }),
  struct('Custom', { kind: z.string() }),
]);

/** Content blocks (2.5), internally tagged. */
export const ContentBlockSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('Text'), text: z.string() }),
  z.looseObject({ type: z.literal('Code'), code: z.string(), language: optString, start_line: z.uint32().nullish() }),
  z.looseObject({ type: z.literal('Image'), url: z.string(), alt: optString, mime: z.string() }),
  z.looseObject({ type: z.literal('Video'), url: z.string(), mime: z.string() }),
  z.looseObject({ type: z.literal('Audio'), url: z.string(), mime: z.string() }),
  z.looseObject({ type: z.literal('File'), path: z.string(), content: optString }),
  z.looseObject({ type: z.literal('Json'), data: JsonValueSchema }),
  z.looseObject({ type: z.literal('Reference'), uri: z.string(), media_type: z.string() }),
]);

/** An event object without the `type` key (whole-session form). */
export const EventSchema = z.looseObject({
  event_id: z.string(),
  timestamp: TimestampStringSchema,
  event_type: EventTypeSchema,
  task_id: optString,
  content: z.looseObject({ blocks: z.array(ContentBlockSchema) }),
  duration_ms: CountSchema.nullish(),
  attributes: AttributesSchema.nullish(),
});

export const EventLineSchema = EventSchema.extend({ type: z.literal('event') });

/** Stats object without `type`: the first five fields required, the other six default to 0. */
export const StatsSchema = z.looseObject({
  event_count: CountSchema,
  message_count: CountSchema,
  tool_call_count: CountSchema,
  task_count: CountSchema,
  duration_seconds: CountSchema,
  total_input_tokens: CountSchema.nullish(),
  total_output_tokens: CountSchema.nullish(),
  user_message_count: CountSchema.nullish(),
  files_changed: CountSchema.nullish(),
  lines_added: CountSchema.nullish(),
  lines_removed: CountSchema.nullish(),
});

export const StatsLineSchema = StatsSchema.extend({ type: z.literal('stats') });

/** The whole-session JSON form (2.9); `stats` may be absent (then recomputed by the reader). */
export const WholeSessionSchema = z.looseObject({
  version: z.string(),
  session_id: z.string(),
  agent: AgentSchema,
  context: ContextSchema,
  events: z.array(EventSchema),
  stats: StatsSchema.nullish(),
});
