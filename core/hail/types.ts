// The HAIL session model (shared/spec/hail-and-store.md, section 2).
// Every other module (parsers, ledger, review, server) builds and reads these types.

import { EVENT_TYPE_SHAPES } from './shape';
import type {
  AGENT_SHAPE,
  BLOCK_SHAPES,
  CONTEXT_SHAPE,
  EVENT_SHAPE,
  STATS_SHAPE,
  BlockOf,
  EventTypeOf,
  RecordOf,
} from './shape';

/**
 * A float whose value is integral (`1.0`, `1e2`) and must stay a float when written back.
 * Non-integral floats are plain `number`s; safe integers are plain `number`s; integers beyond
 * 2^53 are `bigint`s. See `isFloat`/`jsonKind` in json.ts.
 */
export class JsonFloat {
  constructor(readonly value: number) {}
}

export type JsonValue = null | boolean | string | number | bigint | JsonFloat | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Nanoseconds since the Unix epoch, UTC. Years 0000..9999 fit easily. */
export type Timestamp = bigint;

// The record, event-type and content-block shapes are stated once, in shape.ts; these types come from it.

export type Agent = RecordOf<typeof AGENT_SHAPE>;

export type SessionContext = RecordOf<typeof CONTEXT_SHAPE>;

export type EventType = EventTypeOf<typeof EVENT_TYPE_SHAPES>;

export type EventTypeName = EventType['type'];

/** All 21 variant names in spec table order (used in `unknown variant` messages). */
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPE_SHAPES) as readonly EventTypeName[];

export type ContentBlock = BlockOf<typeof BLOCK_SHAPES>;

export type HailEvent = RecordOf<typeof EVENT_SHAPE>;

export type Stats = RecordOf<typeof STATS_SHAPE>;

export interface Session {
  version: string;
  session_id: string;
  agent: Agent;
  context: SessionContext;
  events: HailEvent[];
  stats: Stats;
}

export const HAIL_VERSION = 'hail-1.0.0';
