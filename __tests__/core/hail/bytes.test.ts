// The byte writers: writeUtf8 encodes like Buffer.from (lone surrogates as U+FFFD), and canonicalizeBytes
// is canonicalize's text in UTF-8, in one chunk or several.
import fc from 'fast-check';
import { canonicalize, canonicalizeBytes } from '../../../core/hail';
import { writeUtf8 } from '../../../core/hail/bytes';
import { formatTsZ, parseTimestamp } from '../../../core/hail/timestamp';

const header =
  '{"type":"header","version":"hail-1.0.0","session_id":"s","agent":{"provider":"p","model":"m","tool":"t"},"context":{"tags":[],"created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:00:00Z","related_session_ids":[],"attributes":{}}}';

function eventLine(i: number, text: string): string {
  return JSON.stringify({
    type: 'event',
    event_id: `e${i}`,
    timestamp: '2026-01-05T10:00:01.5Z',
    event_type: { type: 'AgentMessage' },
    content: { blocks: [{ type: 'Text', text }] },
    attributes: { n: i, z: 1.0, a: text },
  });
}

describe('writeUtf8', () => {
  test('same bytes as Buffer.from for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }),
        (a, b) => {
          const s = a + b;
          const buf = Buffer.alloc(s.length * 3 + 8, 0xaa);
          const n = writeUtf8(buf, s, 5);
          expect(buf.subarray(5, 5 + n).equals(Buffer.from(s))).toBe(true);
          expect(buf[4]).toBe(0xaa);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('canonicalizeBytes', () => {
  test('equals the canonical text in UTF-8, also when the output spans several chunks', () => {
    // `1e15` is written `1000000000000000.0`: eight per line make the output larger than its input
    const small = [header, eventLine(0, 'café 日本語 ✓ \u2028 \u0000')].join('\n');
    const grows = [
      header,
      ...Array.from({ length: 6000 }, (_, i) =>
        eventLine(i, 'A'.repeat(i % 50)).replace('"z":1', '"z":[1e15,1e15,1e15,1e15,1e15,1e15,1e15,1e15]'),
      ),
    ].join('\n');
    for (const text of [small, grows]) {
      const bytes = canonicalizeBytes(text);
      expect(bytes.equals(Buffer.from(canonicalize(text)))).toBe(true);
    }
    expect(canonicalizeBytes(grows).length).toBeGreaterThan(1 << 20); // more than one 1 MiB chunk
    expect(canonicalizeBytes(grows).length).toBeGreaterThan(Buffer.byteLength(grows) + (Buffer.byteLength(grows) >> 4));
  });
});

describe('formatTsZ', () => {
  test('repeated and alternating values format the same as fresh ones', () => {
    const a = parseTimestamp('2026-01-05T10:00:01.500Z');
    const b = parseTimestamp('2026-01-05T10:00:02Z');
    const seq = [a, a, b, a, b, b, a].map((t) => formatTsZ(t));
    expect(seq).toEqual([
      '2026-01-05T10:00:01.500Z',
      '2026-01-05T10:00:01.500Z',
      '2026-01-05T10:00:02Z',
      '2026-01-05T10:00:01.500Z',
      '2026-01-05T10:00:02Z',
      '2026-01-05T10:00:02Z',
      '2026-01-05T10:00:01.500Z',
    ]);
  });
});
