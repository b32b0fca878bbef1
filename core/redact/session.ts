// Redaction of a whole HAIL session (hail-and-store.md 6.2).

import { recomputeStats } from '../hail/stats';
import { ContentBlock, EventType, HailEvent, JsonObject, JsonValue, Session } from '../hail/types';
import { setOwn } from '../text';
import { addCount, marker, RedactionCounts, RedactOptions, redactText } from './engine';
import { isExcludedSecretValue, isSecretKeyName } from './rules';

export interface RedactSessionResult {
  session: Session;
  counts: RedactionCounts;
}

/** `event_type.data` fields that are structural (never redacted), per variant. */
const STRUCTURAL_DATA_FIELDS: Partial<Record<EventType['type'], ReadonlySet<string>>> = {
  ToolCall: new Set(['name']),
  ToolResult: new Set(['name', 'call_id']),
  Custom: new Set(['kind']),
};
const NO_FIELDS: ReadonlySet<string> = new Set();

/** Content block fields that are structural; `Json` `data` is visited as JSON. */
const STRUCTURAL_BLOCK_FIELDS: ReadonlySet<string> = new Set(['type', 'mime', 'media_type', 'language']);

const KEY_VALUE_MARKER = marker('key_value_secret');
const WHOLE_MARKER = /^\[REDACTED:[a-z0-9_]+\]$/;

/** Strings up to this length are memoised per session (repeated cwd, tool output, ...). */
const MEMO_MAX_LENGTH = 4096;

interface Memo {
  text: string;
  counts: RedactionCounts | null;
}

class SessionRedactor {
  readonly counts: RedactionCounts = {};
  private readonly memo = new Map<string, Memo>();

  constructor(private readonly opts: RedactOptions) {}

  text(s: string): string {
    const memoable = s.length <= MEMO_MAX_LENGTH;
    if (memoable) {
      const hit = this.memo.get(s);
      if (hit !== undefined) {
        if (hit.counts !== null) for (const [id, n] of Object.entries(hit.counts)) addCount(this.counts, id, n);
        return hit.text;
      }
    }
    const { text: out, counts: local } = redactText(s, this.opts);
    const entries = Object.entries(local);
    for (const [id, n] of entries) addCount(this.counts, id, n);
    if (memoable) this.memo.set(s, { text: out, counts: entries.length > 0 ? local : null });
    return out;
  }

  json(v: JsonValue): JsonValue {
    if (typeof v === 'string') return this.text(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => this.json(x));
    if (!isPlainJsonObject(v)) return v; // JsonFloat (immutable)
    return this.object(v);
  }

  /** A JSON object: structured secrets by key, everything else visited recursively. Keys are kept. */
  object(o: JsonObject): JsonObject {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(o)) {
      let next: JsonValue;
      if (
        typeof value === 'string' &&
        isSecretKeyName(key) &&
        !isExcludedSecretValue(value) &&
        !WHOLE_MARKER.test(value)
      ) {
        next = KEY_VALUE_MARKER;
        addCount(this.counts, 'key_value_secret', 1);
      } else {
        next = this.json(value);
      }
      setOwn(out, key, next);
    }
    return out;
  }

  eventType(et: EventType): EventType {
    const data = (et as { data?: Record<string, unknown> }).data;
    if (data === undefined || data === null) return { ...et };
    const structural = STRUCTURAL_DATA_FIELDS[et.type] ?? NO_FIELDS;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) {
      setOwn(out, k, typeof v === 'string' && !structural.has(k) ? this.text(v) : v);
    }
    return { type: et.type, data: out } as EventType;
  }

  block(b: ContentBlock): ContentBlock {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(b)) {
      let next: unknown = v;
      if (b.type === 'Json' && k === 'data') next = this.json(v as JsonValue);
      else if (typeof v === 'string' && !STRUCTURAL_BLOCK_FIELDS.has(k)) next = this.text(v);
      setOwn(out, k, next);
    }
    return out as ContentBlock;
  }

  event(e: HailEvent): HailEvent {
    return {
      ...e,
      event_type: this.eventType(e.event_type),
      content: { ...e.content, blocks: e.content.blocks.map((b) => this.block(b)) },
      attributes: e.attributes === undefined ? e.attributes : this.object(e.attributes),
    };
  }

  session(s: Session): Session {
    const context = { ...s.context };
    if (context.title !== undefined) context.title = this.text(context.title);
    if (context.description !== undefined) context.description = this.text(context.description);
    if (s.context.tags !== undefined) context.tags = s.context.tags.map((t) => this.text(t));
    if (s.context.related_session_ids !== undefined) context.related_session_ids = [...s.context.related_session_ids];
    if (s.context.attributes !== undefined) context.attributes = this.object(s.context.attributes);
    const events = s.events.map((e) => this.event(e));
    const out: Session = { ...s, agent: { ...s.agent }, context, events, stats: s.stats };
    out.stats = recomputeStats(out);
    return out;
  }
}

function isPlainJsonObject(v: object): v is JsonObject {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Redacts every string of the session except the structural fields of 6.2 (ids, timestamps, agent, tool names,
 * call ids, `Custom.kind`, block `type`/`mime`/`media_type`/`language`); attribute values and `Json` data are
 * visited recursively with structured secrets by key. Keys, numbers, booleans and `null` are never changed. Returns
 * a new session with recomputed stats; the input is not modified.
 */
export function redactSession(session: Session, opts: RedactOptions): RedactSessionResult {
  const r = new SessionRedactor(opts);
  const out = r.session(session);
  return { session: out, counts: r.counts };
}
