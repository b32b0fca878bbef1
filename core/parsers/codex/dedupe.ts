// Codex message dedupe (parsers.md 4.1 "Message push and dedupe"): a FIFO hold-back buffer in which an
// `event_msg` copy replaces an equivalent `response_item` copy of the same message, and repeats are skipped.
import type { HailEvent } from '../../hail/types';
import { isWhitespace } from '../../text';
import type { EventStage } from '../common/builder';
import { SECOND_NS } from '../common/time';

export type Origin = 'event_msg' | 'response_fallback';

/** amendments-2 A3: real logs carry reasoning copies 13.7 s and 25.2 s apart. */
export const DEDUPE_WINDOW_NS = 120n * SECOND_NS;
const WINDOW_NS = DEDUPE_WINDOW_NS;
const SAME_ORIGIN_NS = 2n * SECOND_NS;
const MAX_HELD = 1024;
const PLACEHOLDER_LINES = new Set(['<image>', '<file>', '<audio>', '<video>', '[image]', '[file]']);

/** Unicode White_Space as `trim` and `collapse` of core/text see it; ASCII answered without a set lookup. */
function ws(c: number): boolean {
  return c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0x85 && isWhitespace(c);
}

/**
 * Normalised form used for equivalence: lines trimmed, blank and placeholder lines dropped, the rest joined
 * with one space, whitespace runs collapsed to one space, lowercased. One pass over the text: a line that
 * holds no run to collapse is copied as one slice (messages are mostly such lines).
 */
export function normalizeForDedupe(text: string): string {
  let out = '';
  const len = text.length;
  let lineStart = 0;
  while (lineStart <= len) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = len;
    let s = lineStart;
    let e = lineEnd;
    lineStart = lineEnd + 1;
    while (s < e && ws(text.charCodeAt(s))) s++;
    while (e > s && ws(text.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    if ((e - s === 6 || e - s === 7) && PLACEHOLDER_LINES.has(text.slice(s, e).toLowerCase())) continue;
    if (out !== '') out += ' ';
    // Copy [s, e) with every whitespace run as one space; clean stretches are copied whole.
    let from = s;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (!ws(c)) continue;
      if (c === 0x20 && !ws(text.charCodeAt(i + 1))) continue; // a lone space stays as it is
      out += text.slice(from, i) + ' ';
      i++;
      while (ws(text.charCodeAt(i))) i++;
      from = i;
      i--;
    }
    out += from === s ? (s === 0 && e === len ? text : text.slice(s, e)) : text.slice(from, e);
  }
  return out.toLowerCase();
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

/**
 * A message push held by the stage (tagged before it was emitted). Other events are held as they are: only
 * messages are compared or removed, so only they carry this state.
 */
class Held {
  /** Turn number when turns are known (`turn_context` seen), else 0; set when pushed. */
  turn = 0;
  norm: string | undefined = undefined;
  /** Code points of `norm`, exact below 32 UTF-16 units (only `>= 16` is asked: equivalentTexts' floor). */
  normCodePoints = 0;
  /** Character counters of `text` (dedupeSignature), computed on first comparison. */
  sig: Uint32Array | undefined = undefined;
  removed = false;
  /** The bucket of its kind, once pushed. */
  bucket: Bucket | undefined = undefined;

  constructor(
    readonly event: object,
    readonly origin: Origin,
    readonly text: string,
  ) {}
}

/** Tagged, unreleased messages of one event kind, in push order (released from the front, FIFO). */
interface Bucket {
  list: Held[];
  head: number;
}

function normOf(h: Held): string {
  if (h.norm === undefined) {
    const norm = normalizeForDedupe(h.text!);
    h.norm = norm;
    // At least 16 code points for sure from 32 UTF-16 units on; count only in between.
    h.normCodePoints = norm.length >= 32 || norm.length < 16 ? norm.length : codePointLength(norm);
  }
  return h.norm;
}

/**
 * Characters that normalisation keeps exactly once per occurrence: ASCII digits, punctuation other than the
 * placeholder brackets `<>[]`, and the letters that are in no placeholder word and that no other character
 * lowercases to (case folded). Each maps to one of 16 counters; -1 elsewhere.
 */
const SIG_BUCKET = (() => {
  const table = new Int8Array(128).fill(-1);
  const kept = '0123456789!"#$%&\'()*+,-./:;=?@\\^_`{|}~bchjnpqrstwxyz';
  for (let i = 0; i < kept.length; i++) {
    const c = kept.charCodeAt(i);
    table[c] = c & 15;
    if (c >= 0x61 && c <= 0x7a) table[c - 0x20] = c & 15;
  }
  return table;
})();

/** The 16 counters of a raw text; equal to those of its normal form (see SIG_BUCKET). */
export function dedupeSignature(text: string): Uint32Array {
  const sig = new Uint32Array(16);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const b = SIG_BUCKET[c];
      if (b >= 0) sig[b]++;
    }
  }
  return sig;
}

function sigOf(h: Held): Uint32Array {
  return (h.sig ??= dedupeSignature(h.text!));
}

/**
 * False when neither signature is covered by the other: then neither normal form can equal or contain the
 * other (a substring never holds more of a character), and normalising both would be wasted work.
 */
function mayBeEquivalent(a: Uint32Array, b: Uint32Array): boolean {
  let aFits = true;
  let bFits = true;
  for (let i = 0; i < 16; i++) {
    if (a[i] > b[i]) {
      if (!bFits) return false;
      aFits = false;
    } else if (a[i] < b[i]) {
      if (!aFits) return false;
      bFits = false;
    }
  }
  return aFits || bFits;
}

/** Equivalence of two held texts (equivalentTexts of their normal forms); identical raw texts need no normalisation. */
function sameText(a: Held, b: Held): boolean {
  if (a.text === b.text) {
    // copies of one message (a response item and its event): whatever one has computed serves the other
    if (a.sig === undefined) a.sig = b.sig;
    else if (b.sig === undefined) b.sig = a.sig;
    if (a.norm === undefined && b.norm !== undefined) {
      a.norm = b.norm;
      a.normCodePoints = b.normCodePoints;
    } else if (b.norm === undefined && a.norm !== undefined) {
      b.norm = a.norm;
      b.normCodePoints = a.normCodePoints;
    }
    return true;
  }
  if (!mayBeEquivalent(sigOf(a), sigOf(b))) return false;
  const na = normOf(a);
  const nb = normOf(b);
  if (na === nb) return true;
  return na.length <= nb.length ? a.normCodePoints >= 16 && nb.includes(na) : b.normCodePoints >= 16 && na.includes(nb);
}

function sameTurn(a: Held, b: Held): boolean {
  return a.turn === 0 || b.turn === 0 || a.turn === b.turn;
}

/**
 * The dedupe stage; `tag` marks an event as a message push with an origin before it is emitted. A pushed
 * message is compared only with the held messages of its own kind (the bucket), never with every held event.
 */
export class CodexDedupeStage implements EventStage {
  /**
   * Held events in push order from `head`, as parallel arrays: the event, and its Held when it is a message
   * push (else undefined). One shape per array, so the release loop reads no mixed objects.
   */
  private events: HailEvent[] = [];
  private helds: Array<Held | undefined> = [];
  private head = 0;
  private newest: bigint | undefined;
  /** newest - 120 s, computed when newest changes (BigInt comparisons are cheap, arithmetic allocates). */
  private limit = 0n;
  /**
   * Tags of events not yet pushed, in emit order. The builder hands events to this stage in the order they
   * were emitted (undated ones are held, never reordered), so a tagged event is always the oldest entry.
   */
  private tags: Array<Held | undefined> = [];
  private tagHead = 0;
  private readonly buckets = new Map<string, Bucket>();
  private turn = 0;

  constructor(private readonly next: EventStage) {}

  /** Marks an event (before it is emitted) as a message push with an origin. */
  tag(event: object, origin: Origin, text: string): void {
    this.tags.push(new Held(event, origin, text));
  }

  /** A new turn starts: copies are equivalent only within one turn (A3), still within the window. */
  newTurn(): void {
    this.turn++;
  }

  push(event: HailEvent): void {
    const ts = event.timestamp;
    const held = this.tagHead < this.tags.length ? this.tags[this.tagHead] : undefined;
    if (held !== undefined && held.event === event) {
      this.tags[this.tagHead++] = undefined;
      if (this.tagHead === this.tags.length) {
        this.tags = [];
        this.tagHead = 0;
      }
      held.turn = this.turn;
      const kind = event.event_type.type;
      let bucket = this.buckets.get(kind);
      if (bucket === undefined) this.buckets.set(kind, (bucket = { list: [], head: 0 }));
      const list = bucket.list;
      if (bucket.head < list.length && !this.pushMessage(held, list, bucket.head, ts)) return; // skipped
      held.bucket = bucket;
      list.push(held);
      this.helds.push(held);
    } else {
      this.helds.push(undefined);
    }
    this.events.push(event);
    if (this.newest === undefined || ts > this.newest) {
      this.newest = ts;
      this.limit = ts - WINDOW_NS;
    }
    this.release(false);
  }

  /**
   * Compares a pushed message with the held ones of its kind (list[from..]): an event_msg copy removes the
   * equivalent response_fallback copies; false when the message is itself a repeat to skip.
   */
  private pushMessage(held: Held, list: Held[], from: number, ts: bigint): boolean {
    // |h - ts| <= window as bounds on h, computed once per push.
    const lo = ts - WINDOW_NS;
    const hi = ts + WINDOW_NS;
    if (held.origin === 'event_msg') {
      for (let i = from; i < list.length; i++) {
        const h = list[i];
        if (!h.removed && h.origin === 'response_fallback' && sameTurn(h, held)) {
          const hts = (h.event as HailEvent).timestamp;
          if (hts >= lo && hts <= hi && sameText(h, held)) h.removed = true;
        }
      }
    }
    let loSame: bigint | undefined;
    let hiSame: bigint | undefined;
    for (let i = from; i < list.length; i++) {
      const h = list[i];
      if (h.removed || !sameTurn(h, held)) continue;
      const hts = (h.event as HailEvent).timestamp;
      let inWindow: boolean;
      if (h.origin === held.origin) {
        if (loSame === undefined) {
          loSame = ts - SAME_ORIGIN_NS;
          hiSame = ts + SAME_ORIGIN_NS;
        }
        inWindow = hts >= loSame && hts <= hiSame!;
      } else inWindow = hts >= lo && hts <= hi;
      if (inWindow && sameText(h, held)) return false;
    }
    return true;
  }

  end(): void {
    this.release(true);
    this.next.end();
  }

  /** Passes on, in order, the events that are 120 s older than the newest one (or past MAX_HELD). */
  private release(all: boolean): void {
    const events = this.events;
    if (this.head === events.length) return;
    // An event at ts stays while newest <= ts + 120 s, i.e. while ts >= newest - 120 s.
    const limit = this.limit;
    const helds = this.helds;
    while (this.head < events.length) {
      const i = this.head;
      const ev = events[i];
      if (!all && events.length - i <= MAX_HELD && ev.timestamp >= limit) break;
      const h = helds[i];
      events[i] = undefined as unknown as HailEvent;
      helds[i] = undefined;
      this.head = i + 1;
      if (h === undefined) this.next.push(ev);
      else {
        this.unbucket(h);
        if (!h.removed) this.next.push(ev);
      }
    }
    if (this.head > 4096 && this.head * 2 > events.length) {
      this.events = events.slice(this.head);
      this.helds = helds.slice(this.head);
      this.head = 0;
    }
  }

  /** A released message leaves its bucket; it is the bucket's oldest, since both release in push order. */
  private unbucket(h: Held): void {
    const bucket = h.bucket!;
    bucket.list[bucket.head++] = undefined as unknown as Held;
    if (bucket.head > 1024 && bucket.head * 2 > bucket.list.length) {
      bucket.list = bucket.list.slice(bucket.head);
      bucket.head = 0;
    }
  }
}
