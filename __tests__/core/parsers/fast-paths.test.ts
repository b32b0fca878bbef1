// The parse pipeline's fast paths give the same results as their plain forms: the line splitter's
// per-line decoding of valid chunks, JsonRecord.verbatim without the lossless re-parse, and the spool
// encoding event lines straight into a byte buffer.
import { isUtf8 } from 'buffer';
import * as fs from 'fs';
import fc from 'fast-check';
import { JsonFloat, type HailEvent, type JsonValue } from '../../../core/hail/types';
import { encodeEventLine } from '../../../core/hail/writer';
import { JsonRecord } from '../../../core/parsers/common/json';
import { LineSplitter, type LineEvent } from '../../../core/parsers/common/lines';
import { HailSpool } from '../../../core/parsers/spool';

/** What the splitter must deliver: split on 0x0A, one `\r` dropped, a BOM dropped on line 1, strict UTF-8. */
function reference(bytes: Buffer): LineEvent[] {
  const out: LineEvent[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < bytes.length) {
    let nl = bytes.indexOf(0x0a, start);
    const last = nl < 0;
    if (last) nl = bytes.length;
    let line = bytes.subarray(start, nl);
    lineNo++;
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    if (lineNo === 1 && line.length >= 3 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf)
      line = line.subarray(3);
    out.push(isUtf8(line) ? { kind: 'text', lineNo, text: line.toString('utf8') } : { kind: 'invalid-utf8', lineNo });
    start = nl + 1;
  }
  return out;
}

function split(chunks: Buffer[]): LineEvent[] {
  const out: LineEvent[] = [];
  const s = new LineSplitter((l) => out.push(l));
  for (const c of chunks) s.push(c);
  s.end();
  return out;
}

const PIECES: Buffer[] = [
  Buffer.from('{"a":1}'),
  Buffer.from('abc'),
  Buffer.from('é'),
  Buffer.from('日本語'),
  Buffer.from('→'),
  Buffer.from('😀'),
  Buffer.from('\ufeff'),
  Buffer.from('\r'),
  Buffer.from('\n'),
  Buffer.from('\r\n'),
  Buffer.from(' '),
  Buffer.from([0xff]),
  Buffer.from([0xe2, 0x86]), // a cut multi-byte sequence
  Buffer.from([0xed, 0xa0, 0x80]), // an encoded surrogate: not UTF-8
];

describe('LineSplitter: per-line decoding of valid chunks', () => {
  test('any bytes, any chunking: same lines as the reference split', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: PIECES.length - 1 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
        (picks, cuts) => {
          const bytes = Buffer.concat(picks.map((i) => PIECES[i]));
          const chunks: Buffer[] = [];
          let pos = 0;
          for (let k = 0; pos < bytes.length; k++) {
            const n = cuts[k % cuts.length];
            chunks.push(bytes.subarray(pos, pos + n));
            pos += n;
          }
          const expected = reference(bytes);
          expect(split([bytes])).toEqual(expected);
          expect(split(chunks)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('a BOM and CRLF on the first line of a valid chunk', () => {
    expect(split([Buffer.from('\ufeff{"a":"é"}\r\nx\r\n\r\n')])).toEqual([
      { kind: 'text', lineNo: 1, text: '{"a":"é"}' },
      { kind: 'text', lineNo: 2, text: 'x' },
      { kind: 'text', lineNo: 3, text: '' },
    ]);
  });
});

describe('JsonRecord.verbatim without the lossless re-parse', () => {
  const record = (text: string): JsonRecord => new JsonRecord(text, JSON.parse(text) as Record<string, unknown>);
  /** The value the lossless path gives (lossless() first, so verbatim takes it). */
  const viaLossless = (text: string, path: Array<string | number>): JsonValue | undefined => {
    const r = record(text);
    r.lossless();
    return r.verbatim(...path);
  };

  test('same value as the lossless path, for any JSON next to a timestamp string', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (v, withFloat) => {
        const text = JSON.stringify({
          timestamp: '2026-01-05T10:00:00.000Z', // the lossy-number probe matches this text
          other: withFloat ? 1.5 : 'x',
          message: { content: [{ input: v }] },
        });
        const path = ['message', 'content', 0, 'input'];
        expect(record(text).verbatim(...path)).toEqual(viaLossless(text, path));
      }),
      { numRuns: 300 },
    );
  });

  test('numbers still come from the lossless parse: 1.0 stays a float, big integers stay exact', () => {
    const text = '{"t":"2026-01-05T10:00:00.000Z","input":{"a":1.0,"b":12345678901234567890,"c":"s"}}';
    const v = record(text).verbatim('input') as Record<string, unknown>;
    expect(v.a).toBeInstanceOf(JsonFloat);
    expect(v.b).toBe(12345678901234567890n);
    expect(v.c).toBe('s');
  });

  test('a value nested deeper than the reader keeps is cut as the lossless parser cuts it', () => {
    let deep = '"x"';
    for (let i = 0; i < 140; i++) deep = `[${deep}]`;
    const text = `{"t":"2026-01-05T10:00:00.000Z","input":${deep}}`;
    expect(record(text).verbatim('input')).toEqual(viaLossless(text, ['input']));
    expect(JSON.stringify(record(text).verbatim('input'))).toContain('[depth limit]');
  });

  test('missing paths give undefined', () => {
    const text = '{"input":{"a":"b"}}';
    expect(record(text).verbatim('nope', 'x')).toBeUndefined();
    expect(record(text).verbatim('input', 'a', 'b')).toBeUndefined();
  });
});

describe('HailSpool: event lines encoded straight into bytes', () => {
  const event = (id: string, text: string): HailEvent => ({
    event_id: id,
    timestamp: 1767607200000000000n,
    event_type: { type: 'AgentMessage' },
    content: { blocks: [{ type: 'Text', text }] },
    attributes: { model: 'm', weird: text },
  });

  test('the spool file holds exactly encodeEventLine + LF of every event, across buffer flushes', async () => {
    const texts = [
      'plain',
      'café 日本語 ✓ →',
      'lone \ud800 surrogate and \udc00 low',
      '😀 pair',
      'x'.repeat(3 << 20), // one line larger than the buffer
      'ctl \u0000\u001f\u007f\u2028',
      ...Array.from({ length: 3000 }, (_, i) => `line ${i} ${'ü'.repeat(i % 700)}`),
    ];
    const events = texts.map((t, i) => event(`e${i}`, t));
    const spool = await HailSpool.create({ validate: false });
    try {
      for (const e of events) spool.push(e);
      spool.close();
      const expected = Buffer.from(events.map((e) => encodeEventLine(e) + '\n').join(''));
      expect(fs.readFileSync(spool.file).equals(expected)).toBe(true);
      expect(Buffer.concat([...spool.chunks(4096)]).equals(expected)).toBe(true);
      const copy = `${spool.dir}/copy`;
      const fd = fs.openSync(copy, 'w');
      try {
        spool.copyTo(fd, 4096);
      } finally {
        fs.closeSync(fd);
      }
      expect(fs.readFileSync(copy).equals(expected)).toBe(true);
    } finally {
      spool.dispose();
    }
  });

  test('reset drops what was buffered but not yet written', async () => {
    const spool = await HailSpool.create({ validate: false });
    try {
      spool.push(event('a', 'first'));
      spool.reset();
      spool.push(event('b', 'second'));
      spool.close();
      expect(fs.readFileSync(spool.file, 'utf8')).toBe(encodeEventLine(event('b', 'second')) + '\n');
      expect(spool.count).toBe(1);
    } finally {
      spool.dispose();
    }
  });
});
