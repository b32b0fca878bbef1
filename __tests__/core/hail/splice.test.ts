// canonicalizeBytes splices already-canonical members from the input (core/hail/splice.ts). Reference:
// canonicalize, which always goes through the encoder. Both must give the same bytes or the same error,
// whatever the input's key order, spacing, escapes, number lexemes, nulls and unknown members.
import fc from 'fast-check';
import { canonicalize, canonicalizeBytes, canonicalizeChunks } from '../../../core/hail';
import { prng } from '../../support/random';

const HEADER =
  '{"type":"header","version":"hail-1.0.0","session_id":"s","agent":{"provider":"p","model":"m","tool":"t"},"context":{"tags":[],"created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:00:00Z"}}';

const PIECES = [
  'a',
  'Zz',
  ' ',
  '"',
  '\\',
  '/',
  '\n',
  '\t',
  '\u0001',
  'é',
  '日本',
  '🚀',
  '\u2028',
  '\ud800',
  ',',
  ':',
  '{',
  '}',
  '[',
  ']',
  '1.5',
  'u',
];

/**
 * JSON text of `v` with random spacing, escapes, number lexemes and key orders (same value when read
 * back); `p` is the chance of each such deviation, so some lines have none and many have one.
 */
function write(v: unknown, r: () => number, p: number): string {
  const ws = () => (r() < p ? [' ', '\t', '\r', '  '][Math.floor(r() * 4)] : '');
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') {
    if (Number.isInteger(v) || r() >= p * 5) return String(v);
    return [v.toExponential(), String(v) + '0', v.toFixed(20).replace(/0+$/, '')][Math.floor(r() * 3)];
  }
  if (typeof v === 'string') {
    if (r() >= p * 5) return JSON.stringify(v);
    let out = '"';
    for (const ch of v) {
      const c = ch.charCodeAt(0);
      if (ch === '/') out += r() < 0.5 ? '\\/' : '/';
      else if (ch === '"' || ch === '\\' || c < 0x20)
        out += r() < 0.5 ? JSON.stringify(ch).slice(1, -1) : '\\u' + c.toString(16).padStart(4, '0').toUpperCase();
      else if (ch.length === 1 && r() < 0.05) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += ch;
    }
    return out + '"';
  }
  if (Array.isArray(v)) return '[' + ws() + v.map((x) => write(x, r, p)).join(ws() + ',' + ws()) + ws() + ']';
  let keys = Object.keys(v as object);
  if (r() < p * 3) keys = keys.sort(() => r() - 0.5);
  return (
    '{' +
    ws() +
    keys
      .map((k) => write(k, r, p) + ws() + ':' + ws() + write((v as Record<string, unknown>)[k], r, p))
      .join(ws() + ',' + ws()) +
    ws() +
    '}'
  );
}

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join(''));
const attrValue = fc.oneof(
  text,
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(0.5, 1.25, 0.00001, 1e-7, 123.456, 1e21, 2.5),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.constantFrom('z', 'a', 'm', '10'), fc.oneof(text, fc.integer(), fc.constant(1.5)), { maxKeys: 3 }),
);
const attributes = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.dictionary(
    fc.constantFrom('input_tokens', 'output_tokens_total', 'b', 'a', 'source.raw_type', '9', '🚀'),
    attrValue,
    { maxKeys: 4 },
  ),
);
const validEventType = fc.oneof(
  fc.constantFrom(
    { type: 'UserMessage' },
    { type: 'AgentMessage' },
    { type: 'Thinking' },
    { type: 'AgentMessage', data: null },
  ),
  fc.record({ type: fc.constant('ToolCall'), data: fc.record({ name: text }) }),
  fc.record({
    type: fc.constant('ToolResult'),
    data: fc.record(
      { name: text, is_error: fc.boolean(), call_id: fc.option(text) },
      { requiredKeys: ['name', 'is_error'] },
    ),
  }),
  fc.record({
    type: fc.constant('FileEdit'),
    data: fc.record({ path: text, diff: fc.option(text) }, { requiredKeys: ['path'] }),
  }),
  fc.record({
    type: fc.constant('ShellCommand'),
    data: fc.record(
      { command: text, exit_code: fc.option(fc.integer({ min: -5, max: 5 })) },
      { requiredKeys: ['command'] },
    ),
  }),
  fc.record({ type: fc.constant('TaskEnd'), data: fc.record({ summary: fc.option(text) }, { requiredKeys: [] }) }),
);
// an unknown variant now and then (an error line)
const eventType = fc.oneof({ arbitrary: validEventType, weight: 20 }, fc.record({ type: fc.constant('Nope') }));
const block = fc.oneof(
  fc.record({ type: fc.constant('Text'), text }),
  fc.record(
    { type: fc.constant('Code'), code: text, language: fc.option(text), start_line: fc.option(fc.nat(10)) },
    { requiredKeys: ['type', 'code'] },
  ),
  fc.record({ type: fc.constant('Json'), data: attrValue }),
  fc.record({ type: fc.constant('File'), path: text, extra: fc.nat() }, { requiredKeys: ['type', 'path'] }),
);
const timestamp = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      '2026-01-05T10:00:01.5Z',
      '2026-01-05T10:00:01.500Z',
      '2026-01-05T10:00:01Z',
      '2026-01-05T10:00:01.000Z',
      '2026-01-05T12:00:01+02:00',
      '2026-01-05T10:00:01.123456789Z',
    ),
    weight: 20,
  },
  fc.constant('yesterday'),
);
const event = fc.record(
  {
    type: fc.oneof({ arbitrary: fc.constant('event'), weight: 30 }, fc.constantFrom('stats', 'header')),
    event_id: fc.oneof({ arbitrary: text, weight: 30 }, fc.integer()),
    timestamp,
    event_type: eventType,
    task_id: fc.option(text),
    content: fc.record({ blocks: fc.array(block, { maxLength: 3 }) }),
    duration_ms: fc.option(fc.oneof({ arbitrary: fc.nat(5000), weight: 30 }, fc.constantFrom(-1, 2.5))),
    attributes,
    unknown: fc.nat(),
  },
  { requiredKeys: ['type', 'event_id', 'timestamp', 'event_type', 'content'] },
);

function outcome(f: () => Buffer | string): string {
  try {
    const out = f();
    return 'ok:' + (typeof out === 'string' ? Buffer.from(out) : out).toString('base64');
  } catch (e) {
    return 'error:' + (e as Error).message;
  }
}

/** canonicalizeChunks' bytes, joined (each chunk copied: its memory is reused). */
function chunked(input: string): Buffer {
  const copies: Buffer[] = [];
  canonicalizeChunks(input, (chunk) => copies.push(Buffer.from(chunk)));
  return Buffer.concat(copies);
}

describe('canonicalizeBytes splicing', () => {
  test('same bytes or the same error as the encoder path, for random valid and invalid lines', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 6 }), fc.integer(), fc.nat(20), (events, seed, cut) => {
        const r = prng(seed);
        const lines = events.map((e) => write(e, r, [0, 0.03, 0.1, 0.3][Math.floor(r() * 4)]));
        if (cut > 17) lines[lines.length - 1] = lines[lines.length - 1].slice(0, -cut); // invalid JSON
        const input = [HEADER, ...lines].join(r() < 0.2 ? '\r\n' : '\n');
        const expected = outcome(() => canonicalize(input));
        expect(outcome(() => canonicalizeBytes(input))).toBe(expected);
        expect(outcome(() => chunked(input))).toBe(expected); // register's path
      }),
      { numRuns: 3000 },
    );
  });

  test('canonical lines are copied as they are; reordered or spaced ones are rewritten', () => {
    const canonicalLine =
      '{"type":"event","event_id":"e1","timestamp":"2026-01-05T10:00:01.500Z","event_type":{"type":"AgentMessage"},"task_id":"t","content":{"blocks":[{"type":"Text","text":"a \\"b\\" \\\\ 日本"}]},"attributes":{"a":1,"f":0.5,"z":[2,{"k":null}]}}';
    const stats =
      '{"type":"stats","event_count":1,"message_count":1,"tool_call_count":0,"task_count":1,"duration_seconds":0,"total_input_tokens":0,"total_output_tokens":0,"user_message_count":0,"files_changed":0,"lines_added":0,"lines_removed":0}';
    const expected = Buffer.from(
      '{"type":"header","version":"hail-1.0.0","session_id":"s","agent":{"provider":"p","model":"m","tool":"t"},"context":{"tags":[],"created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T10:00:00Z"}}\n' +
        canonicalLine +
        '\n' +
        stats +
        '\n',
    );
    const variants = [
      canonicalLine,
      // task_id before event_type, attributes unsorted, a spaced member, an escaped slash, a null optional
      '{"type":"event","event_id":"e1","task_id":"t","timestamp":"2026-01-05T10:00:01.5Z","event_type":{"type":"AgentMessage"},"content":{"blocks":[{"type":"Text","text":"a \\"b\\" \\\\ \\u65e5本"}]},"duration_ms":null,"attributes":{"z":[2, {"k":null}],"a":1,"f":5e-1}}',
      // a float written longer than its canonical text, in an otherwise canonical line
      '{"type":"event","event_id":"e1","timestamp":"2026-01-05T10:00:01.500Z","event_type":{"type":"AgentMessage"},"task_id":"t","content":{"blocks":[{"type":"Text","text":"a \\"b\\" \\\\ 日本"}]},"attributes":{"a":1,"f":0.50,"z":[2,{"k":null}]}}',
      '{"event_id":"e1","type":"event","timestamp":"2026-01-05T10:00:01.500Z","event_type":{"type":"AgentMessage","data":null},"task_id":"t","content":{"blocks":[{"type":"Text","text":"a \\"b\\" \\\\ 日本"}]},"attributes":{"a":1,"f":0.50,"z":[2,{"k":null}]},"extra":{"x":1}}',
      // unknown members whose names are near the known ones (same length, one letter off) are left out
      '{"type":"event","event_id":"e1","timestamp":"2026-01-05T10:00:01.500Z","event_type":{"type":"AgentMessage"},"task_iD":"u","task_id":"t","contenT":{"blocks":[]},"content":{"blocks":[{"type":"Text","text":"a \\"b\\" \\\\ 日本"}]},"attributeS":{"q":1},"duration_mS":7,"event_iD":"x","timestamP":"y","attributes":{"a":1,"f":0.5,"z":[2,{"k":null}]}}',
    ];
    for (const line of variants) {
      const input = HEADER + '\n' + line + '\n';
      expect(canonicalizeBytes(input).toString()).toBe(expected.toString());
      expect(chunked(input).toString()).toBe(expected.toString());
      expect(canonicalize(input)).toBe(expected.toString());
    }
  });
});

// The reader's fast path takes its checks from the splicer's scan in canonicalizeBytes (scanLine):
// duplicate keys, float lexemes in members and arrays, integral floats, -0, unsafe integers, escapes
// and `":` inside strings must be routed exactly as parseHailLine's own checks route them.
describe('one scan shared by the reader and the splicer', () => {
  const TOKENS = [
    '1',
    '1.5',
    '1.0',
    '-0',
    '-0.0',
    '0.1e1',
    '1e2',
    '1E-2',
    '2.50',
    '9007199254740993',
    '-9007199254740991',
    '[1.0]',
    '[1.5,2]',
    '[1,2]',
    '[[0.5]]',
    '[{"a":1.0}]',
    '"x\\":1"',
    '"a\\\\":"',
    '":"',
    '"\\ud83d\\ude80"',
    '"\\u0041"',
    '"\\ud800"',
    '"\\/"',
    '{"k":1,"k":2}',
    '{"k":1.5,"j":[]}',
    '{"k" :1}',
    '{ "k":1}',
    '[ 1.0]',
    'true',
    'null',
    '{}',
  ];
  const KEYS = ['"a"', '"b"', '"a"', '"\\u0061"', '"c\\":"', '"event_id"'];
  const member = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...TOKENS)).map(([k, v]) => `${k}:${v}`);
  const REQUIRED = [
    '"type":"event"',
    '"event_id":"e"',
    '"timestamp":"2026-01-05T10:00:01Z"',
    '"event_type":{"type":"UserMessage"}',
    '"content":{"blocks":[]}',
  ];
  const OPTIONAL = [
    '"event_id":"f"',
    '"content":{"blocks":[{"type":"Json","data":{"x":1.0,"y":[2.5]}}]}',
    '"content":{"blocks":[{"type":"Json","data":[1.0]}]}',
    '"duration_ms":5',
    '"duration_ms":5.0',
    '"task_id":"t"',
    '"type":"stats"',
  ];

  test('same bytes or the same error as the encoder path', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(OPTIONAL, { maxLength: 2 }),
        fc.array(member, { maxLength: 4 }),
        fc.nat(),
        (optional, attrs, seed) => {
          const r = prng(seed);
          const members = [...REQUIRED, ...optional, `"attributes":{${attrs.join(',')}}`];
          for (let i = members.length - 1; i > 0; i--) {
            const j = Math.floor(r() * (i + 1));
            [members[i], members[j]] = [members[j], members[i]];
          }
          const input = `${HEADER}\n{${members.join(',')}}\n`;
          const expected = outcome(() => canonicalize(input));
          expect(outcome(() => canonicalizeBytes(input))).toBe(expected);
          expect(outcome(() => chunked(input))).toBe(expected);
        },
      ),
      { numRuns: 4000 },
    );
  });
});
