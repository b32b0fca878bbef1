// The Codex parser's fast paths against the plain forms they replace (fast-check drives both with the same
// inputs): line timestamps with a day cache, call pairing without a map entry per call, apply_patch sections as
// slices, the injected-text check without lowercasing, and the dedupe stage's window tests at the window
// edges and at large timestamps.
import fc from 'fast-check';
import type { HailEvent } from '../../../core/hail/types';
import { parseNativeTimestamp } from '../../../core/parsers/common/time';
import { CallTracker, type CallInfo } from '../../../core/parsers/common/tools';
import type { EventStage } from '../../../core/parsers/common/builder';
import { isInjectedLowered, isInjectedUserText, parsePatchSections, patchParts } from '../../../core/parsers/codex';
import { RolloutCalls } from '../../../core/parsers/codex/calls';
import { LineClock } from '../../../core/parsers/codex/clock';
import { CodexDedupeStage, DEDUPE_WINDOW_NS, type Origin } from '../../../core/parsers/codex/dedupe';
import { trim } from '../../../core/text';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Timestamps near the common form: mostly a few days (so the cached day is hit), with edge times and odd forms. */
const timestampArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        day: fc.constantFrom(
          '2025-10-20',
          '2025-10-20',
          '2025-10-20',
          '2025-10-21',
          '2024-02-29',
          '2025-02-29',
          '0000-13-01',
        ),
        sep: fc.constantFrom('T', 'T', 'T', 'T', 't', ' '),
        h: fc.constantFrom(0, 9, 23, 23, 24, 25),
        mi: fc.constantFrom(0, 7, 59, 59, 60),
        s: fc.constantFrom(0, 41, 59, 59, 60, 61),
        frac: fc.constantFrom('', '', '.', '.1', '.010', '.010', '.123456', '.123456789', '.1234567891', '.12a'),
        zone: fc.constantFrom('Z', 'Z', 'Z', 'Z', 'z', '+01:00', '-00:30', ''),
      })
      .map(({ day, sep, h, mi, s, frac, zone }) => `${day}${sep}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac}${zone}`),
  },
  // the same day again, with a broken time part or a different length
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('2025-10-20T', '2025-10-20', '2025-10-21T'), fc.string({ maxLength: 14 }))
      .map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined)) },
);

describe('codex fast paths', () => {
  test('LineClock reads every value as parseNativeTimestamp does, in any order', () => {
    fc.assert(
      fc.property(fc.array(timestampArb, { minLength: 1, maxLength: 40, size: 'max' }), (values) => {
        const clock = new LineClock();
        for (const v of values) expect(clock.read(v)).toBe(parseNativeTimestamp(v));
      }),
      { numRuns: 1500 },
    );
    // a day change, a leap day, the cached day with a bad hour
    const clock = new LineClock();
    for (const v of [
      '2024-02-29T23:59:59.999Z',
      '2024-02-29T00:00:00Z',
      '2024-02-29T24:00:00.000Z',
      '2024-03-01T00:00:00.000000001Z',
      '2024-03-01T00:00:00.0000000001Z',
      '2024-03-01T12:00:00.5Z',
    ])
      expect(clock.read(v)).toBe(parseNativeTimestamp(v));
  });

  test('RolloutCalls pairs results as CallTracker does', () => {
    type Op = { op: 'open'; id: string; name: string } | { op: 'byId'; id: string } | { op: 'latest' };
    const id = fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `call_${i}`));
    const opArb: fc.Arbitrary<Op> = fc.oneof(
      { weight: 4, arbitrary: fc.record({ op: fc.constant('open' as const), id, name: fc.constantFrom('a', 'b') }) },
      { weight: 3, arbitrary: fc.record({ op: fc.constant('byId' as const), id }) },
      { weight: 1, arbitrary: fc.constant<Op>({ op: 'latest' }) },
    );
    const show = (i: CallInfo | undefined): string => (i === undefined ? '-' : `${i.callId}:${i.name}`);
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 120 }), (ops) => {
        const ref = new CallTracker();
        const fast = new RolloutCalls();
        for (const o of ops) {
          if (o.op === 'open') {
            const info = { callId: o.id, name: o.name };
            ref.open(info);
            fast.open(info);
          } else if (o.op === 'byId') expect(show(fast.closeById(o.id))).toBe(show(ref.closeById(o.id)));
          else expect(show(fast.closeLatest())).toBe(show(ref.closeLatest()));
        }
      }),
      { numRuns: 1500 },
    );
    // a result for a call 1,000 calls back, after the newest calls were answered
    const ref = new CallTracker();
    const fast = new RolloutCalls();
    for (let i = 0; i < 1000; i++) {
      const info = { callId: `c${i % 700}`, name: `n${i}` };
      ref.open(info);
      fast.open(info);
      if (i % 3 === 0) expect(show(fast.closeById(`c${i}`))).toBe(show(ref.closeById(`c${i}`)));
    }
    for (const k of ['c0', 'c5', 'c299', 'c300', 'c699', 'missing'])
      expect(show(fast.closeById(k))).toBe(show(ref.closeById(k)));
    for (let i = 0; i < 5; i++) expect(show(fast.closeLatest())).toBe(show(ref.closeLatest()));
  });

  test('patchParts gives each section the text and diff of the line-list rule', () => {
    const keptDiff = (path: string, lines: string[]): string => {
      const q = path.startsWith('/') ? path.slice(1) : path;
      const kept = lines
        .slice(1)
        .filter((l) => l.startsWith('@@') || l.startsWith('+') || l.startsWith('-') || l.startsWith(' '));
      return [`--- a/${q}`, `+++ b/${q}`, ...kept].join('\n');
    };
    const lineArb = fc.constantFrom(
      '*** Begin Patch',
      '*** Update File: src/a.ts',
      '*** Add File: "/abs/b.ts"',
      "  *** Delete File: 'c.ts'  ",
      '*** End Patch',
      '*** End Patch trailing',
      '*** Move to: d.ts',
      '@@',
      '@',
      '@@ fn()',
      '+added',
      '-removed',
      ' context',
      '',
      '\t*tab',
      'plain',
      '\u3000*** Update File: wide.ts',
      '*** Update File:',
    );
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 25 }), fc.constantFrom('', '\n', '\r\n'), (lines, tail) => {
        const patch = lines.join('\n') + tail;
        const expected = parsePatchSections(patch).map((s) => ({
          kind: s.kind,
          path: s.path,
          text: s.lines.join('\n'),
          ...(s.kind === 'Update' ? { diff: keptDiff(s.path, s.lines) } : {}),
        }));
        expect(patchParts(patch)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('the injected-text check answers as the lowercased rule', () => {
    const pieces = fc.constantFrom(
      'agents.md instructions',
      'AGENTS.MD INSTRUCTIONS',
      '# AGENTS.md instructions for /repo',
      '<INSTRUCTIONS>',
      '</environment_context>',
      '<turn_aborted>',
      'apply_patch was requested via exec_command',
      'Use the APPLY_PATCH tool instead',
      'İ',
      'K\u212a',
      ' ',
      '\n',
      'fix the bug',
      '#',
      '_',
      '<',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 6 }).map((p) => p.join('')),
          fc.string(),
        ),
        (text) => {
          expect(isInjectedUserText(text)).toBe(isInjectedLowered(trim(text).toLowerCase()));
        },
      ),
      { numRuns: 3000 },
    );
    expect(isInjectedUserText('  AGENTS.md instructions ')).toBe(true);
    expect(isInjectedUserText('agents.md instructionİ')).toBe(false);
  });

  test('dedupe windows decide as plain BigInt arithmetic at the edges and at any magnitude', () => {
    // Reference: the window rule with BigInt only (buckets aside, the same survivors as the stage).
    const SECOND = 1_000_000_000n;
    interface Msg {
      kind: 'AgentMessage' | 'Thinking';
      origin: Origin;
      text: string;
      dtNs: bigint;
    }
    const reference = (start: bigint, msgs: Msg[]): string[] => {
      const buffer: Array<{ id: string; ts: bigint; m: Msg; removed: boolean }> = [];
      const out: string[] = [];
      let ts = start;
      let newest: bigint | undefined;
      const within = (a: bigint, b: bigint, w: bigint): boolean => (a > b ? a - b : b - a) <= w;
      msgs.forEach((m, i) => {
        ts += m.dtNs;
        const same = (h: { m: Msg }): boolean => h.m.text === m.text;
        if (m.origin === 'event_msg')
          for (const h of buffer)
            if (!h.removed && h.m.origin === 'response_fallback' && h.m.kind === m.kind)
              if (within(h.ts, ts, DEDUPE_WINDOW_NS) && same(h)) h.removed = true;
        let skip = false;
        for (const h of buffer) {
          if (h.removed || h.m.kind !== m.kind) continue;
          const w = h.m.origin === m.origin ? 2n * SECOND : DEDUPE_WINDOW_NS;
          if (within(h.ts, ts, w) && same(h)) skip = true;
        }
        if (!skip) {
          buffer.push({ id: `e${i}`, ts, m, removed: false });
          if (newest === undefined || ts > newest) newest = ts;
        }
        while (buffer.length > 0 && newest !== undefined && newest > buffer[0].ts + DEDUPE_WINDOW_NS) {
          const h = buffer.shift()!;
          if (!h.removed) out.push(h.id);
        }
      });
      for (const h of buffer) if (!h.removed) out.push(h.id);
      return out;
    };
    const stage = (start: bigint, msgs: Msg[]): string[] => {
      const out: string[] = [];
      const next: EventStage = { push: (e) => void out.push(e.event_id), end: () => undefined };
      const s = new CodexDedupeStage(next);
      let ts = start;
      msgs.forEach((m, i) => {
        ts += m.dtNs;
        const ev: HailEvent = {
          event_id: `e${i}`,
          timestamp: ts,
          event_type: { type: m.kind },
          content: { blocks: [{ type: 'Text', text: m.text }] },
          attributes: {},
        };
        s.tag(ev, m.origin, m.text);
        s.push(ev);
      });
      s.end();
      return out;
    };
    // steps of exactly a window, one nanosecond either side, and the 1 ms slack either side
    const edges = [0n, 1n, -1n, 999_999n, 1_000_000n, 1_000_001n, -1_000_001n];
    const dtArb = fc.oneof(
      fc.constantFrom(DEDUPE_WINDOW_NS, 2n * SECOND, 0n).chain((w) => fc.constantFrom(...edges.map((e) => w + e))),
      fc.constantFrom(-2n * SECOND, 3n * SECOND, 60n * SECOND, 121n * SECOND),
    );
    const msgArb: fc.Arbitrary<Msg> = fc.record({
      kind: fc.constantFrom('AgentMessage' as const, 'Thinking' as const),
      origin: fc.constantFrom<Origin>('event_msg', 'response_fallback'),
      text: fc.constantFrom('fix the login bug now', 'run the tests please'),
      dtNs: dtArb,
    });
    // today, the epoch, far past, past 2^70 ns and 2^75 ns (double spacing above the 1 ms slack)
    const startArb = fc.constantFrom(1_760_000_000n * SECOND, 0n, -62_000_000_000n * SECOND, 2n ** 70n, 2n ** 75n);
    fc.assert(
      fc.property(startArb, fc.array(msgArb, { maxLength: 30 }), (start, msgs) => {
        expect(stage(start, msgs)).toEqual(reference(start, msgs));
      }),
      { numRuns: 3000 },
    );
  });
});
