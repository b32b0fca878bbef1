// zod schemas of the HAIL line shapes (hail-and-store.md 2.2-2.6, 2.9), built from the shape table
// (shape.ts) over values produced by parseJsonLossless. They check data at the boundaries (whole-
// session objects from outside, test data); the JSONL hot path (reader.ts) walks the same table
// with hand-written checks instead, which also produce the exact messages.

import { z } from 'zod';
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
import { tryParseTimestamp } from './timestamp';
import { JsonFloat, JsonValue } from './types';

/** Any value of the HAIL JSON model; walks with an explicit stack, so no depth can overflow it. */
function isJsonValue(root: unknown): root is JsonValue {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false;
      continue;
    }
    if (v instanceof JsonFloat) {
      if (!Number.isFinite(v.value)) return false;
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
      continue;
    }
    if (typeof v !== 'object') return false;
    for (const k of Object.keys(v as object)) stack.push((v as Record<string, unknown>)[k]);
  }
  return true;
}

/** Any value of the HAIL JSON model. */
export const JsonValueSchema = z.custom<JsonValue>((v) => isJsonValue(v), { message: 'expected a JSON value' });
/** A free-form attribute map. */
export const AttributesSchema = z.record(z.string(), JsonValueSchema);

/** A timestamp string in the read grammar of 2.7. */
export const TimestampStringSchema = z
  .string()
  .refine((s) => tryParseTimestamp(s) !== undefined, { message: 'invalid timestamp' });

/** Typed integer 0 … 2^53−1 (a plain safe-integer number; floats and bigints are rejected). */
export const CountSchema = z.int().min(0);

function fieldSchema(spec: FieldSpec): z.ZodType {
  let s: z.ZodType;
  switch (spec.kind) {
    case 'string':
      s = z.string();
      break;
    case 'boolean':
      s = z.boolean();
      break;
    case 'timestamp':
      s = TimestampStringSchema;
      break;
    case 'int':
      s = z
        .int()
        .min(spec.min as number)
        .max(spec.max as number);
      break;
    case 'strings':
      s = z.array(z.string());
      break;
    case 'attributes':
      s = AttributesSchema;
      break;
    case 'json':
      return JsonValueSchema; // required, and null is a value
    case 'record':
      s = recordSchema(spec.shape as Shape);
      break;
    case 'eventType':
      s = EventTypeSchema;
      break;
    case 'content':
      s = z.looseObject({ blocks: z.array(ContentBlockSchema) });
      break;
  }
  // absent or null means absent (optional) or the empty value (default)
  return spec.presence === 'required' ? s : s.nullish();
}

/** Like the reader: a record is a plain object (not an array, not a float box). */
const plainObject = z.custom<Record<string, unknown>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonFloat),
  { message: 'expected an object' },
);

function looseRecord(shape: Shape, extra: Record<string, z.ZodType> = {}) {
  const fields: Record<string, z.ZodType> = { ...extra };
  for (const [key, spec] of fieldsOf(shape)) fields[key] = fieldSchema(spec);
  return z.looseObject(fields);
}

function recordSchema(shape: Shape, extra: Record<string, z.ZodType> = {}) {
  return plainObject.pipe(looseRecord(shape, extra));
}

type Variant = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape>;

function variants(table: Record<string, Shape | null>, unitData: boolean): [Variant, ...Variant[]] {
  return Object.entries(table).map(([name, shape]) => {
    const type = z.literal(name);
    if (shape === null) return z.looseObject({ type, ...(unitData ? { data: z.null().optional() } : {}) });
    return unitData ? z.looseObject({ type, data: recordSchema(shape) }) : looseRecord(shape, { type });
  }) as [Variant, ...Variant[]];
}

/** `event_type` (2.4), adjacently tagged. */
export const EventTypeSchema = plainObject.pipe(z.discriminatedUnion('type', variants(EVENT_TYPE_SHAPES, true)));

/** Content blocks (2.5), internally tagged. */
export const ContentBlockSchema = plainObject.pipe(z.discriminatedUnion('type', variants(BLOCK_SHAPES, false)));

export const AgentSchema = recordSchema(AGENT_SHAPE);
export const ContextSchema = recordSchema(CONTEXT_SHAPE);
export const HeaderLineSchema = recordSchema(HEADER_SHAPE, { type: z.literal('header') });

/** An event object without the `type` key (whole-session form). */
export const EventSchema = recordSchema(EVENT_SHAPE);
export const EventLineSchema = recordSchema(EVENT_SHAPE, { type: z.literal('event') });

/** Stats object without `type`: the first five fields required, the other six default to 0. */
export const StatsSchema = recordSchema(STATS_SHAPE);
export const StatsLineSchema = recordSchema(STATS_SHAPE, { type: z.literal('stats') });

/** The whole-session JSON form (2.9); `stats` may be absent (then recomputed by the reader). */
export const WholeSessionSchema = z.looseObject({
  version: z.string(),
  session_id: z.string(),
  agent: AgentSchema,
  context: ContextSchema,
  events: z.array(EventSchema),
  stats: StatsSchema.nullish(),
});
