// Codex message dedupe (parsers.md 4.1 "Message push and dedupe"): a FIFO hold-back buffer in which an
// `event_msg` copy replaces an equivalent `response_item` copy of the same message, and repeats are skipped.
import type { HailEvent } from '../../hail/types';
import { collapse, trim } from '../../text';
import type { EventStage } from '../common/builder';
import { SECOND_NS } from '../common/time';

export type Origin = 'event_msg' | 'response_fallback';

/** amendments-2 A3: real logs carry reasoning copies 13.7 s and 25.2 s apart. */
export const DEDUPE_WINDOW_NS = 120n * SECOND_NS;
const WINDOW_NS = DEDUPE_WINDOW_NS;
const SAME_ORIGIN_NS = 2n * SECOND_NS;
const MAX_HELD = 1024;
const PLACEHOLDER_LINES = new Set(['<image>', '<file>', '<audio>', '<video>', '[image]', '[file]']);

/** Normalised form used for equivalence (trim lines, drop placeholders, collapse, lowercase). */
export function normalizeForDedupe(text: string): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const t = trim(line);
    if (t === '' || PLACEHOLDER_LINES.has(t.toLowerCase())) continue;
    kept.push(t);
  }
  return collapse(kept.join(' ')).toLowerCase();
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

export function equivalentTexts(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return codePointLength(shorter) >= 16 && longer.includes(shorter);
}

interface Held {
  event: HailEvent;
  /** Timestamp + 120 s: flushed once a newer event passes it (precomputed to avoid BigInt churn). */
  deadline: bigint;
  origin?: Origin;
  /** Turn number when turns are known (`turn_context` seen), else 0. */
  turn: number;
  text?: string;
  norm?: string;
  removed: boolean;
}

function normOf(h: { text?: string; norm?: string }): string {
  if (h.norm === undefined) h.norm = normalizeForDedupe(h.text!);
  return h.norm;
}

/** Equivalence of two held texts; identical raw texts need no normalisation. */
function sameText(a: Held, b: Held): boolean {
  return a.text === b.text || equivalentTexts(normOf(a), normOf(b));
}

function sameTurn(a: Held, b: Held): boolean {
  return a.turn === 0 || b.turn === 0 || a.turn === b.turn;
}

function within(a: bigint, b: bigint, window: bigint): boolean {
  return a > b ? a - b <= window : b - a <= window;
}

/** The dedupe stage; `tag` marks an event as a message push with an origin before it is emitted. */
export class CodexDedupeStage implements EventStage {
  private buffer: Held[] = [];
  private head = 0;
  private newest: bigint | undefined;
  private readonly tags = new Map<object, { origin: Origin; text: string }>();
  private turn = 0;

  constructor(private readonly next: EventStage) {}

  /** Marks an event (before it is emitted) as a message push with an origin. */
  tag(event: object, origin: Origin, text: string): void {
    this.tags.set(event, { origin, text });
  }

  /** A new turn starts: copies are equivalent only within one turn (A3), still within the window. */
  newTurn(): void {
    this.turn++;
  }

  push(event: HailEvent): void {
    const ts = event.timestamp;
    const held: Held = { event, deadline: ts + WINDOW_NS, removed: false, turn: this.turn };
    const tag = this.tags.get(event);
    if (tag) {
      this.tags.delete(event);
      held.origin = tag.origin;
      held.text = tag.text;
      const kind = event.event_type.type;
      if (tag.origin === 'event_msg') {
        for (let i = this.head; i < this.buffer.length; i++) {
          const h = this.buffer[i];
          if (
            !h.removed &&
            h.origin === 'response_fallback' &&
            h.event.event_type.type === kind &&
            sameTurn(h, held) &&
            within(h.event.timestamp, ts, WINDOW_NS) &&
            sameText(h, held)
          ) {
            h.removed = true;
          }
        }
      }
      for (let i = this.head; i < this.buffer.length; i++) {
        const h = this.buffer[i];
        if (h.removed || h.origin === undefined || h.event.event_type.type !== kind || !sameTurn(h, held)) continue;
        const inWindow = within(h.event.timestamp, ts, h.origin === tag.origin ? SAME_ORIGIN_NS : WINDOW_NS);
        if (inWindow && sameText(h, held)) return; // skipped
      }
    }
    this.buffer.push(held);
    if (this.newest === undefined || ts > this.newest) this.newest = ts;
    this.release(false);
  }

  end(): void {
    this.release(true);
    this.next.end();
  }

  private release(all: boolean): void {
    const newest = this.newest!;
    while (this.head < this.buffer.length) {
      const h = this.buffer[this.head];
      if (!all && this.buffer.length - this.head <= MAX_HELD && newest <= h.deadline) break;
      this.head++;
      if (!h.removed) this.next.push(h.event);
    }
    if (this.head > 4096 && this.head * 2 > this.buffer.length) {
      this.buffer = this.buffer.slice(this.head);
      this.head = 0;
    }
  }
}
