// Record encoding (hail-and-store.md 11.5): the JSON.stringify fast path must write exactly what the HAIL
// writer's ordered pretty printer writes, for any value.
import fc from 'fast-check';
import { encodeRecord, type ArtifactRecord } from '../../../core/handoff/records';
import { JsonFloat, parseJsonLossless, stringifyOrdered } from '../../../core/hail';
import type { JsonValue } from '../../../core/hail';

function record(raw: JsonValue[]): ArtifactRecord {
  return {
    version: 'v1',
    sha256: 'a'.repeat(64),
    created_at: '2026-01-02T03:04:05.678+00:00',
    source_uris: [`os://src/local/${'b'.repeat(64)}`],
    canonical_jsonl: '{"x":1}\n',
    raw_sessions: raw,
    validation_reports: [],
  };
}

function slow(r: ArtifactRecord): string {
  return stringifyOrdered(
    {
      version: r.version,
      sha256: r.sha256,
      created_at: r.created_at,
      source_uris: r.source_uris,
      canonical_jsonl: r.canonical_jsonl,
      raw_sessions: r.raw_sessions,
      validation_reports: r.validation_reports,
    },
    2,
  );
}

test('values JSON.stringify would write differently take the exact writer', () => {
  const tricky: JsonValue[] = [
    { small: 0.000001 }, // JSON.stringify: 0.000001, the writer: 1e-6
    { one: new JsonFloat(1) }, // 1.0
    { big: 12345678901234567890n },
    { '10': 'a', '9': 'b' }, // integer-like keys
    { '0 ': '', '': '' }, // a key starting with a digit: the ordered writer sorts the object
    { lone: '\ud800' },
  ];
  for (const v of tricky) expect(encodeRecord(record([v]))).toBe(slow(record([v])));
  expect(encodeRecord(record([{ small: 0.000001 }]))).toContain('"small": 1e-6');
});

test('fast and exact paths agree on arbitrary JSON', () => {
  fc.assert(
    fc.property(fc.array(fc.jsonValue({ maxDepth: 4 })), (values) => {
      const raw = values.map((v) => parseJsonLossless(JSON.stringify(v) ?? 'null'));
      expect(encodeRecord(record(raw))).toBe(slow(record(raw)));
    }),
    { numRuns: 1000 },
  );
});
