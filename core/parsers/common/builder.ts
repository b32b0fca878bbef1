// SessionBuilder: the event pipeline every parser feeds (timestamp fallbacks of 2.10, unique ids of 2.11,
// created/updated, 2.18 session attributes, 2.16 warnings). Synchronous inside; only the caller's sink may
// be asynchronous, and its promises are collected for the line loop to await (back-pressure).
import type { Agent, HailEvent, JsonObject, Timestamp } from '../../hail/types';
import type { EventSink, SessionHeader } from '../types';
import { applyTitleRule } from './rules';

/**
 * An event whose timestamp may still be unknown (resolved by the builder). `makeId`, when set, builds
 * the event id from the resolved timestamp (ids such as `system-<epoch ms>`).
 */
export type DraftEvent = Omit<HailEvent, 'timestamp'> & { timestamp?: Timestamp; makeId?: (ts: Timestamp) => string };

function release(ev: DraftEvent, ts: Timestamp): HailEvent {
  ev.timestamp = ts;
  if (ev.makeId !== undefined) {
    ev.event_id = ev.makeId(ts);
    delete ev.makeId;
  }
  return ev as HailEvent;
}

/** A pipeline stage between timestamp resolution and the final sink (Codex dedupe, Claude merge). */
export interface EventStage {
  push(event: HailEvent): void;
  /** Flushes everything still held (end of input). */
  end(): void;
}

/** Per-file warning counters with the exact texts of 2.16. */
export class FileWarnings {
  private malformed = { n: 0, first: 0 };
  private oversized = { n: 0, first: 0 };
  private badTimestamp = { n: 0, first: 0 };
  private readonly extra: string[] = [];

  /** `unit` is `line` for JSONL and `message` for array elements of JSON documents. */
  constructor(
    readonly displayPath: string,
    readonly unit: 'line' | 'message' = 'line',
  ) {}

  malformedAt(k: number): void {
    if (this.malformed.n++ === 0) this.malformed.first = k;
  }
  oversizedAt(k: number): void {
    if (this.oversized.n++ === 0) this.oversized.first = k;
  }
  badTimestampAt(k: number): void {
    if (this.badTimestamp.n++ === 0) this.badTimestamp.first = k;
  }
  /** Warnings that follow the three counters (subagent skips, Cursor conversation count). */
  add(text: string): void {
    this.extra.push(text);
  }

  get malformedCount(): number {
    return this.malformed.n;
  }

  render(): string[] {
    const out: string[] = [];
    const f = this.displayPath;
    const u = this.unit;
    if (this.malformed.n > 0)
      out.push(`skipped ${this.malformed.n} malformed record(s) in ${f} (first at ${u} ${this.malformed.first})`);
    if (this.oversized.n > 0)
      out.push(
        `skipped ${this.oversized.n} oversized record(s) in ${f} (first at ${u} ${this.oversized.first}; limit 64 MiB)`,
      );
    if (this.badTimestamp.n > 0)
      out.push(
        `skipped ${this.badTimestamp.n} record(s) with an unparseable timestamp in ${f} (first at ${u} ${this.badTimestamp.first})`,
      );
    out.push(...this.extra);
    return out;
  }
}

/** Final stage: unique event ids (2.11), counts and first/last timestamps, then the caller's sink. */
class Finalizer implements EventStage {
  readonly ids = new Set<string>();
  count = 0;
  firstTs: Timestamp | undefined;
  lastTs: Timestamp | undefined;
  pending: Array<Promise<void>> = [];

  constructor(
    private readonly sink: EventSink,
    private readonly uniqueIds: boolean,
  ) {}

  push(event: HailEvent): void {
    if (this.uniqueIds) {
      // one hash lookup for the common case: `add` leaves the size unchanged only for an id already taken
      const ids = this.ids;
      const size = ids.size;
      ids.add(event.event_id);
      if (ids.size === size) {
        let k = 2;
        while (ids.has(`${event.event_id}-${k}`)) k++;
        const id = `${event.event_id}-${k}`;
        event.event_id = id;
        ids.add(id);
      }
    }
    if (this.count === 0) this.firstTs = event.timestamp;
    this.lastTs = event.timestamp;
    this.count++;
    const r = this.sink.push(event);
    if (r !== undefined) this.pending.push(r);
  }

  end(): void {}
}

export interface BuilderOptions {
  sink: EventSink;
  /** `agent.tool` and the only tag (2.18). */
  tool: string;
  /** Modification time of the input file (last timestamp fallback, 2.10 step 5). */
  mtime: Timestamp;
  /** `source_path` attribute; null omits it. */
  sourcePath: string | null;
  /**
   * 2.11 id suffixes: `true` (default) checks every id; `'by-construction'` skips the check for parsers
   * whose ids cannot repeat (a counter such as `codex-<n>`); `false` for HAIL passthrough.
   */
  uniqueIds?: boolean | 'by-construction';
}

export interface HeaderFields {
  sessionId: string;
  agent: Agent;
  title?: string;
  description?: string;
  /** Parser-specific attributes (cwd, git_*, …); 2.18 keys are added by the builder. */
  attributes?: JsonObject;
  role?: 'primary' | 'auxiliary';
  parentSessionId?: string;
  /** Overrides for created/updated (default: first/last event, else session start, else mtime). */
  createdAt?: Timestamp;
  updatedAt?: Timestamp;
  sessionStart?: Timestamp;
}

export class SessionBuilder {
  private readonly finalizer: Finalizer;
  private head: EventStage;
  private middle: EventStage | undefined;
  private held: DraftEvent[] = [];
  private prevTs: Timestamp | undefined;
  private ended = false;

  constructor(private readonly opts: BuilderOptions) {
    this.finalizer = new Finalizer(opts.sink, (opts.uniqueIds ?? true) === true);
    this.head = this.finalizer;
  }

  /** Inserts a stage between timestamp resolution and the final sink. Call before the first event. */
  use(factory: (next: EventStage) => EventStage): void {
    this.middle = factory(this.head);
    this.head = this.middle;
  }

  /** The stage after the middle one: events pushed here skip the middle stage (EOF events). */
  get finalStage(): EventStage {
    return this.finalizer;
  }

  get eventCount(): number {
    return this.finalizer.count;
  }
  get firstTimestamp(): Timestamp | undefined {
    return this.finalizer.firstTs;
  }
  get lastTimestamp(): Timestamp | undefined {
    return this.finalizer.lastTs;
  }
  /** Timestamp of the previous event that went through resolution (2.10 step 2). */
  get previousTimestamp(): Timestamp | undefined {
    return this.prevTs;
  }
  get mtime(): Timestamp {
    return this.opts.mtime;
  }

  /** A record with a usable timestamp was read: undated events held so far take it (2.10 step 3). */
  observeTimestamp(ts: Timestamp): void {
    if (this.held.length === 0) return;
    const held = this.held;
    this.held = [];
    for (const ev of held) {
      this.prevTs = ts;
      this.head.push(release(ev, ts));
    }
  }

  /**
   * Emits an event. Without a timestamp it takes the previous event's (2.10 step 2), else it is held
   * until the next dated record (step 3) or the end (steps 4–5).
   */
  emit(event: DraftEvent): void {
    if (event.timestamp === undefined) {
      if (this.prevTs !== undefined) {
        event.timestamp = this.prevTs;
      } else {
        this.held.push(event);
        return;
      }
    } else if (this.held.length > 0) {
      this.observeTimestamp(event.timestamp);
    }
    this.prevTs = event.timestamp;
    this.head.push(release(event, event.timestamp));
  }

  /** Promise for the sink's pending writes, if any (return it from a line handler). */
  takePending(): Promise<void> | undefined {
    const p = this.finalizer.pending;
    if (p.length === 0) return undefined;
    this.finalizer.pending = [];
    return p.length === 1 ? p[0] : Promise.all(p).then(() => undefined);
  }

  /**
   * End of input: held events take `sessionStart` (2.10 step 4) or the file mtime (step 5), then the
   * middle stage is flushed. Events emitted afterwards go through `finalStage` directly.
   */
  flush(sessionStart?: Timestamp): void {
    if (this.ended) return;
    this.ended = true;
    if (this.held.length > 0) this.observeTimestamp(sessionStart ?? this.opts.mtime);
    this.middle?.end();
  }

  async drain(): Promise<void> {
    for (;;) {
      const p = this.takePending();
      if (p === undefined) return;
      await p;
    }
  }

  /** Builds the session header (2.18 attributes, title rule, created/updated defaults). */
  header(fields: HeaderFields): SessionHeader {
    const attributes: JsonObject = { ...(fields.attributes ?? {}) };
    const role = fields.role ?? 'primary';
    attributes.session_role = role;
    if (this.opts.sourcePath !== null) attributes.source_path = this.opts.sourcePath;
    const related: string[] = [];
    if (role === 'auxiliary' && fields.parentSessionId !== undefined && fields.parentSessionId !== '') {
      attributes.parent_session_id = fields.parentSessionId;
      related.push(fields.parentSessionId);
    }
    const fallback = fields.sessionStart ?? this.opts.mtime;
    const createdAt = fields.createdAt ?? this.finalizer.firstTs ?? fallback;
    const updatedAt = fields.updatedAt ?? this.finalizer.lastTs ?? createdAt;
    const context: SessionHeader['context'] = {
      tags: [this.opts.tool],
      created_at: createdAt,
      updated_at: updatedAt,
      related_session_ids: related,
      attributes,
    };
    if (fields.title !== undefined) {
      const t = applyTitleRule(fields.title);
      if (t !== '') context.title = t;
    }
    if (fields.description !== undefined) context.description = fields.description;
    const agent: Agent = { provider: fields.agent.provider, model: fields.agent.model, tool: fields.agent.tool };
    if (fields.agent.tool_version !== undefined) agent.tool_version = fields.agent.tool_version;
    return { session_id: fields.sessionId, agent, context };
  }
}
