// Codex dedupe stage (parsers.md 4.1, amendments-2 A3): the fast stage (kind buckets, one-pass normaliser,
// FIFO tags) against a plain reference written the way the rule reads (every held event scanned, split/trim/
// collapse/lowercase normaliser). fast-check drives both with the same message streams; outputs must match.
import fc from 'fast-check';
import type { HailEvent } from '../../../core/hail/types';
import type { EventStage } from '../../../core/parsers/common/builder';
import {
  CodexDedupeStage,
  DEDUPE_WINDOW_NS,
  dedupeSignature,
  equivalentTexts,
  normalizeForDedupe,
  type Origin,
} from '../../../core/parsers/codex/dedupe';
import { collapse, trim } from '../../../core/text';

const SECOND = 1_000_000_000n;
const PLACEHOLDERS = new Set(['<image>', '<file>', '<audio>', '<video>', '[image]', '[file]']);

/** The normal form as parsers.md 4.1 states it. */
function referenceNormalize(text: string): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const t = trim(line);
    if (t === '' || PLACEHOLDERS.has(t.toLowerCase())) continue;
    kept.push(t);
  }
  return collapse(kept.join(' ')).toLowerCase();
}

interface RefHeld {
  event: HailEvent;
  origin?: Origin;
  turn: number;
  text?: string;
  removed: boolean;
}

/** Reference stage: scans every held event for every message, no caches. */
class ReferenceStage implements EventStage {
  private readonly buffer: RefHeld[] = [];
  private readonly tags = new Map<object, { origin: Origin; text: string }>();
  private newest: bigint | undefined;
  private turn = 0;

  constructor(private readonly next: EventStage) {}

  tag(event: object, origin: Origin, text: string): void {
    this.tags.set(event, { origin, text });
  }

  newTurn(): void {
    this.turn++;
  }

  push(event: HailEvent): void {
    const ts = event.timestamp;
    const held: RefHeld = { event, turn: this.turn, removed: false };
    const tag = this.tags.get(event);
    const same = (a: RefHeld, b: RefHeld): boolean =>
      a.text === b.text || equivalentTexts(referenceNormalize(a.text!), referenceNormalize(b.text!));
    const sameTurn = (a: RefHeld, b: RefHeld): boolean => a.turn === 0 || b.turn === 0 || a.turn === b.turn;
    const within = (a: bigint, w: bigint): boolean => (a > ts ? a - ts : ts - a) <= w;
    if (tag) {
      held.origin = tag.origin;
      held.text = tag.text;
      const kind = event.event_type.type;
      if (tag.origin === 'event_msg')
        for (const h of this.buffer)
          if (
            !h.removed &&
            h.origin === 'response_fallback' &&
            h.event.event_type.type === kind &&
            sameTurn(h, held) &&
            within(h.event.timestamp, DEDUPE_WINDOW_NS) &&
            same(h, held)
          )
            h.removed = true;
      for (const h of this.buffer) {
        if (h.removed || h.origin === undefined || h.event.event_type.type !== kind || !sameTurn(h, held)) continue;
        if (within(h.event.timestamp, h.origin === tag.origin ? 2n * SECOND : DEDUPE_WINDOW_NS) && same(h, held))
          return;
      }
    }
    this.buffer.push(held);
    if (this.newest === undefined || ts > this.newest) this.newest = ts;
    while (
      this.buffer.length > 0 &&
      (this.buffer.length > 1024 || this.newest > this.buffer[0].event.timestamp + DEDUPE_WINDOW_NS)
    ) {
      const h = this.buffer.shift()!;
      if (!h.removed) this.next.push(h.event);
    }
  }

  end(): void {
    for (const h of this.buffer.splice(0)) if (!h.removed) this.next.push(h.event);
    this.next.end();
  }
}

// Texts built from a small vocabulary so that equal, contained and whitespace-variant copies are frequent.
const WORDS = ['Fix', 'the', 'login', 'BUG', 'now', 'please', 'Run', 'tests', '日本語', 'café', '—', '✓', '42', 'x'];
const SEPARATORS = [' ', '  ', '\t', '\n', ' \n ', '\u00a0', '\u3000', '\r\n', '\n<image>\n', '\n[FILE]\n', '\n\n'];
const textArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 12 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

type Step =
  | { op: 'turn' }
  | { op: 'msg'; kind: 'UserMessage' | 'AgentMessage' | 'Thinking'; origin?: Origin; text: string; dt: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Step>({ op: 'turn' }) },
  {
    weight: 12,
    arbitrary: fc.record({
      op: fc.constant('msg' as const),
      kind: fc.constantFrom('UserMessage' as const, 'AgentMessage' as const, 'Thinking' as const),
      origin: fc.constantFrom<Origin | undefined>('event_msg', 'response_fallback', undefined),
      text: textArb,
      // Seconds since the previous event: mostly close, sometimes past the 2 s and 120 s windows, sometimes back.
      dt: fc.constantFrom(0, 0.4, 1.5, 2.5, 13.7, 25.2, 119.9, 121, 400, -3),
    }),
  },
);

/** Runs one stream through a stage; returns the surviving event ids in output order. */
function run(
  steps: Step[],
  make: (next: EventStage) => EventStage & { tag: CodexDedupeStage['tag']; newTurn(): void },
) {
  const out: string[] = [];
  const stage = make({ push: (e) => void out.push(e.event_id), end: () => undefined });
  let ts = 1_700_000_000n * SECOND;
  let n = 0;
  for (const s of steps) {
    if (s.op === 'turn') {
      stage.newTurn();
      continue;
    }
    ts += BigInt(Math.round(s.dt * 1000)) * 1_000_000n;
    const event: HailEvent = {
      event_id: `e${++n}`,
      timestamp: ts,
      event_type: { type: s.kind },
      content: { blocks: [{ type: 'Text', text: s.text }] },
      attributes: {},
    };
    if (s.origin !== undefined) stage.tag(event, s.origin, s.text);
    stage.push(event);
  }
  stage.end();
  return out;
}

describe('codex dedupe stage', () => {
  test('the one-pass normaliser equals the stated rule', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: 'binary' })), (text) => {
        expect(normalizeForDedupe(text)).toBe(referenceNormalize(text));
      }),
      { numRuns: 1000 },
    );
    for (const t of ['', '\n', ' <IMAGE> \n x', 'İ<file>', '[image]x', 'a \u2028 b', 'K\u212a', 'a\u0085\u0085b'])
      expect(normalizeForDedupe(t)).toBe(referenceNormalize(t));
  });

  test('the signature of a text is the signature of its normal form (so unequal covers rule copies out)', () => {
    const zero = Array.from(new Uint32Array(16));
    const isZero = (sig: Uint32Array): boolean => sig.every((n) => n === 0);
    const same = (a: Uint32Array, b: Uint32Array): boolean => a.every((n, i) => n === b[i]);
    // No character outside the counted set lowercases into it, and counted characters stay counted.
    const wrong: number[] = [];
    let counted = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const own = dedupeSignature(ch);
      const lower = dedupeSignature(ch.toLowerCase());
      if (!isZero(own)) counted++;
      if (cp >= 0x80 || isZero(own) ? !isZero(lower) : !same(lower, own)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
    expect(counted).toBe(10 + 28 + 2 * 14); // digits, punctuation without <>[], 14 letters in both cases
    for (const p of ['<image>', '<file>', '<audio>', '<video>', '[image]', '[file]', '<IMAGE>', '[FILE]'])
      expect(Array.from(dedupeSignature(p))).toEqual(zero);
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(dedupeSignature(normalizeForDedupe(text))).toEqual(dedupeSignature(text));
      }),
      { numRuns: 1000 },
    );
    expect(Array.from(dedupeSignature('Turn 5: fix #7'))).not.toEqual(Array.from(dedupeSignature('Turn 6: fix #7')));
  });

  test('same survivors, in the same order, as the reference stage', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 0, maxLength: 60 }), (steps) => {
        expect(run(steps, (next) => new CodexDedupeStage(next))).toEqual(
          run(steps, (next) => new ReferenceStage(next)),
        );
      }),
      { numRuns: 1500 },
    );
  });

  test('a burst past 1,024 held events releases the oldest first, as the reference does', () => {
    // 3,000 events 10 ms apart (all inside the window): a text comes back after 1,100 events, when its first
    // copy has already been released by the count limit, and after 500 events, when it is still held.
    const steps: Step[] = [];
    for (let i = 0; i < 3000; i++) {
      const text = i % 1100 < 50 ? `burst ${i % 1100} of the login bug fix` : `note ${i % 500} about tests`;
      steps.push({
        op: 'msg',
        kind: 'AgentMessage',
        origin: i % 3 === 0 ? 'response_fallback' : 'event_msg',
        text,
        dt: 0.01,
      });
      if (i % 7 === 0) steps.push({ op: 'msg', kind: 'Thinking', text: 'untagged', dt: 0 });
    }
    const fast = run(steps, (next) => new CodexDedupeStage(next));
    expect(fast).toEqual(run(steps, (next) => new ReferenceStage(next)));
    expect(fast.length).toBeGreaterThan(1500);
  });

  test('an empty stream ends cleanly', () => {
    expect(run([], (next) => new CodexDedupeStage(next))).toEqual([]);
  });

  test('long streams: buckets and the held buffer are trimmed without losing or reordering events', () => {
    // 6,000 messages an hour apart in time order are released as they age out; every 3rd repeats its
    // predecessor 0.4 s later and must be dropped.
    const steps: Step[] = [];
    for (let i = 0; i < 6000; i++) {
      const text = `message ${Math.floor(i / 3)} about the login bug`;
      steps.push({ op: 'msg', kind: 'AgentMessage', origin: 'event_msg', text, dt: i % 3 === 1 ? 0.4 : 3600 });
    }
    const fast = run(steps, (next) => new CodexDedupeStage(next));
    expect(fast).toEqual(run(steps, (next) => new ReferenceStage(next)));
    expect(fast).toHaveLength(4000);
  });
});
