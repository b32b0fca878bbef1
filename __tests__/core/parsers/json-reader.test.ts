// The one streaming JSON reader (core/parsers/common/jsondoc.ts): the validating scanner, the UTF-8
// check, the two document passes, and agreement with JSON.parse at any chunk boundary (parsers.md 2.16, 2.17).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import {
  JsonDocumentError,
  JsonSyntaxScanner,
  Utf8Validator,
  scanJsonDocument,
  streamJsonDocument,
  streamJsonElements,
  type DocumentElement,
  type JsonScannerOptions,
} from '../../../core/parsers/common/jsondoc';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'json-reader-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let fileCount = 0;
function write(data: string | Buffer): string {
  const file = path.join(tmp, `doc-${++fileCount}.json`);
  fs.writeFileSync(file, data);
  return file;
}

/** Splits `bytes` at the given offsets (sorted, deduplicated, inside the buffer). */
function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let at = 0;
  for (const p of points) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  out.push(bytes.subarray(at));
  return out;
}

function everyBytes(bytes: Buffer, size: number): number[] {
  const cuts: number[] = [];
  for (let i = size; i < bytes.length; i += size) cuts.push(i);
  return cuts;
}

/** Runs the scanner over chunks; returns it, or the error message. */
function scan(
  input: string | Buffer,
  cuts: number[] = [],
  opts?: JsonScannerOptions,
): { scanner: JsonSyntaxScanner; error?: string } {
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  const scanner = new JsonSyntaxScanner(opts);
  try {
    for (const chunk of split(bytes, cuts)) scanner.write(chunk);
    scanner.end();
    return { scanner };
  } catch (err) {
    if (!(err instanceof JsonDocumentError)) throw err;
    expect(err.kind).toBe('syntax');
    return { scanner, error: err.message };
  }
}

function jsonParseAccepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('JsonSyntaxScanner', () => {
  const valid = [
    '0',
    '-0.5e+10',
    '1E5',
    '"\\u00e9\\n\\/"',
    '"\\ud800"',
    'true',
    ' null ',
    '[]',
    '{}',
    ' [1 , {"a" : [true,false,null]} , "x]}" ]\r\n',
    '{"a":{"b":[{"c":-12.25E-3}]},"d":""}',
  ];

  test.each(valid)('accepts %j at every chunk size', (doc) => {
    for (let size = 1; size <= doc.length; size++) {
      expect(scan(doc, everyBytes(Buffer.from(doc), size)).error).toBeUndefined();
    }
  });

  const bad: Array<[string, string]> = [
    ['{"a":01}', 'unexpected "1" at byte 6'],
    ['[1.]', 'unexpected "]" at byte 3'],
    ['[1e]', 'unexpected "]" at byte 3'],
    ['[-]', 'unexpected "]" at byte 2'],
    ['[+1]', 'unexpected "+" at byte 1'],
    ['[.5]', 'unexpected "." at byte 1'],
    ['{"a":tru}', 'unexpected "}" at byte 8'],
    ['[nul l]', 'unexpected byte 0x20 at byte 4'],
    ['["\x01"]', 'unexpected byte 0x01 at byte 2'],
    ['["\\x"]', 'unexpected "x" at byte 3'],
    ['["\\u12G4"]', 'unexpected "G" at byte 6'],
    ['[1,]', 'unexpected "]" at byte 3'],
    ['{"a":1,}', 'unexpected "}" at byte 7'],
    ['{"a" 1}', 'unexpected "1" at byte 5'],
    ['{"a":1 "b":2}', 'unexpected """ at byte 7'],
    ['[1 2]', 'unexpected "2" at byte 3'],
    ['{,}', 'unexpected "," at byte 1'],
    ['{1:2}', 'unexpected "1" at byte 1'],
    ['[}', 'unexpected "}" at byte 1'],
    ['{]', 'unexpected "]" at byte 1'],
    [']', 'unexpected "]" at byte 0'],
    ['{"a":1} {"b":2}', 'unexpected data after the document at byte 8'],
    ['"a" "b"', 'unexpected data after the document at byte 4'],
    ['12 3', 'unexpected data after the document at byte 3'],
    ['[1]\u00e9', 'unexpected data after the document at byte 3'],
    ['\u00e9', 'unexpected byte 0xc3 at byte 0'],
    ['', 'empty document'],
    [' \n\t', 'empty document'],
  ];

  test.each(bad)('rejects %j with its position, at every chunk size', (doc, message) => {
    expect(jsonParseAccepts(doc)).toBe(false);
    const bytes = Buffer.from(doc);
    for (let size = 1; size <= Math.max(1, bytes.length); size++) {
      expect(scan(bytes, everyBytes(bytes, size)).error).toBe(message);
    }
  });

  test('every proper prefix of a document is truncated input', () => {
    const doc = '{"a":[1,"x\\u00e9\\"",true,null,-2.5e3,{"b":{}}],"c":"\u20ac"}';
    const bytes = Buffer.from(doc);
    expect(scan(bytes).error).toBeUndefined();
    for (let len = 1; len < bytes.length; len++) {
      expect(scan(bytes.subarray(0, len), [len >> 1]).error).toBe('unexpected end of document');
    }
    // a number at the root is complete at the end of input; a dangling sign or exponent is not
    expect(scan('12', [1]).error).toBeUndefined();
    expect(scan('-').error).toBe('unexpected end of document');
    expect(scan('1e+').error).toBe('unexpected end of document');
    expect(scan('"abc').error).toBe('unexpected end of document');
  });

  test('deep nesting costs memory, not stack', () => {
    const depth = 1_000_000;
    const doc = Buffer.from('['.repeat(depth) + '{"k":' + '[]' + '}' + ']'.repeat(depth));
    expect(scan(doc, everyBytes(doc, 1 << 16)).error).toBeUndefined();
    expect(scan(doc.subarray(0, doc.length - 1)).error).toBe('unexpected end of document');
    const mismatched = Buffer.from('['.repeat(depth) + '}');
    expect(scan(mismatched).error).toBe(`unexpected "}" at byte ${depth}`);
  });

  test('top-level keys, member kinds and member text; the main array is neither captured nor reported', () => {
    const members: Array<[string, string]> = [];
    const doc = '{"s":"x],{\\"y" , "k\\u00e9y":[1,{"a":2}],"messages":[{"m":1}],"n":-1.50,"messages":7,"b":true}';
    const { scanner, error } = scan(doc, [3, 17, 40], {
      arrayKey: 'messages',
      onMember: (key, raw) => void members.push([key, raw.toString('utf8')]),
    });
    expect(error).toBeUndefined();
    expect(scanner.rootKind).toBe('object');
    expect(scanner.foundArray).toBe(true);
    expect([...scanner.keys]).toEqual(['s', 'k\u00e9y', 'messages', 'n', 'b']);
    expect(Object.fromEntries(scanner.memberKinds)).toEqual({
      s: 'string',
      'k\u00e9y': 'array',
      messages: 'number', // the later duplicate wins, as before
      n: 'number',
      b: 'boolean',
    });
    expect(members).toEqual([
      ['s', '"x],{\\"y" '],
      ['k\u00e9y', '[1,{"a":2}]'],
      ['n', '-1.50'],
      ['messages', '7'],
      ['b', 'true'],
    ]);
    for (const kind of ['"s"', '3', '[1]', 'null', 'false']) {
      expect(scan(kind).scanner.rootKind).toBe(
        { '"s"': 'string', '3': 'number', '[1]': 'array', null: 'null', false: 'boolean' }[kind],
      );
    }
  });

  test('multi-byte UTF-8 split at every byte boundary', () => {
    const doc = Buffer.from('{"k\u00e9\u20ac\ud834\udd1ey":"\u20ac\ud834\udd1e","messages":["\u00e9"]}');
    for (let a = 1; a < doc.length; a++) {
      for (const b of [a + 1, a + 2, a + 3]) {
        const { scanner, error } = scan(doc, [a, b]);
        expect(error).toBeUndefined();
        expect([...scanner.keys]).toEqual(['k\u00e9\u20ac\ud834\udd1ey', 'messages']);
        const utf8 = new Utf8Validator();
        expect(split(doc, [a, b]).every((c) => utf8.write(c))).toBe(true);
        expect(utf8.end()).toBe(true);
      }
    }
  });

  test('a UTF-8 BOM at the start is skipped, even split; elsewhere it is an error', () => {
    const doc = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]);
    for (const cuts of [[], [1], [2], [1, 2], [3]]) {
      const { scanner, error } = scan(doc, cuts);
      expect(error).toBeUndefined();
      expect([...scanner.keys]).toEqual(['a']);
    }
    expect(scan(Buffer.from('\ufeff\ufeff{}')).error).toBe('unexpected byte 0xef at byte 3');
    expect(scan(Buffer.from(' \ufeff{}')).error).toBe('unexpected byte 0xef at byte 1');
    expect(scan(Buffer.from([0xef, 0xbb, 0x7b, 0x7d])).error).toBe('unexpected "{" at byte 2');
  });
});

describe('Utf8Validator', () => {
  const cases: Array<[string, number[], boolean]> = [
    ['lone continuation byte', [0x22, 0x80, 0x22], false],
    ['overlong encoding', [0xc0, 0x80], false],
    ['surrogate code point', [0xed, 0xa0, 0x80], false],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], false],
    ['Latin-1 é', [0x63, 0x61, 0x66, 0xe9], false],
    ['four-byte character', [0xf0, 0x9d, 0x84, 0x9e], true],
  ];
  test.each(cases)('%s, split anywhere', (_name, bytes, ok) => {
    const buf = Buffer.from(bytes);
    for (let cut = 0; cut <= buf.length; cut++) {
      const v = new Utf8Validator();
      const result = split(buf, [cut]).every((c) => v.write(c)) && v.end();
      expect(result).toBe(ok);
    }
  });
  test('input ending inside a sequence', () => {
    const v = new Utf8Validator();
    expect(v.write(Buffer.from([0x61, 0xe2, 0x82]))).toBe(true);
    expect(v.end()).toBe(false);
  });
});

describe('document passes (files)', () => {
  async function elements(file: string, arrayKey?: string, readBytes?: number): Promise<DocumentElement[]> {
    const out: DocumentElement[] = [];
    await streamJsonElements(file, { arrayKey, readBytes }, (e) => void out.push(e));
    return out;
  }

  test('huge strings across read boundaries: members, keys and elements', async () => {
    const big = ('\u00e9x'.repeat(50) + '\\"').repeat(12_000); // 1.8 MB: 2-byte characters and escapes
    const key = 'k'.repeat(1_200_000);
    const doc = `{"sessionId":"s","title":"${big}","${key}":1,"messages":[{"t":"${big}"},"${big}",2]}`;
    const file = write(doc);
    const value = JSON.parse(`"${big}"`) as string;
    const s = await scanJsonDocument(file, { arrayKey: 'messages' });
    expect(s.members.get('title')).toBe(value);
    expect(s.members.get(key)).toBe(1);
    expect(s.memberKinds.get('messages')).toBe('array');
    const els = await elements(file, 'messages');
    expect(els.map((e) => e.index)).toEqual([1, 2, 3]);
    expect(els[0].value).toEqual({ t: value });
    expect(els[1].value).toBe(value);
    expect(els[2].value).toBe(2);
  });

  test('deep nesting through both passes: no crash, the rest of the array still read', async () => {
    const depth = 200_000;
    const file = write(`{"messages":[${'['.repeat(depth)}${']'.repeat(depth)},{"a":1}]}`);
    await expect(scanJsonDocument(file, { arrayKey: 'messages' })).resolves.toMatchObject({ rootKind: 'object' });
    const els = await elements(file, 'messages');
    expect(els).toHaveLength(2);
    expect(els[1]).toEqual({ index: 2, value: { a: 1 } });
    await expect(scanJsonDocument(write(`{"messages":[${'['.repeat(depth)}]}`))).rejects.toMatchObject({
      kind: 'syntax',
      message: `unexpected "}" at byte ${13 + depth + 1}`,
    });
  });

  test('truncated, bad tokens and trailing data name the byte', async () => {
    await expect(scanJsonDocument(write('{"messages":[{"a":1},'))).rejects.toEqual(
      new JsonDocumentError('syntax', 'unexpected end of document'),
    );
    await expect(scanJsonDocument(write('{"messages":[{"a":1} {"b":2}]}'))).rejects.toEqual(
      new JsonDocumentError('syntax', 'unexpected "{" at byte 21'),
    );
    await expect(scanJsonDocument(write('[1] x'))).rejects.toEqual(
      new JsonDocumentError('syntax', 'unexpected data after the document at byte 4'),
    );
  });

  test('invalid UTF-8 is reported before syntax, split across 1-byte reads too', async () => {
    const file = write(Buffer.from('{"id":"caf\xe9","messages":[]}', 'latin1'));
    const truncated = write(Buffer.from([0x5b, 0x22, 0xe2, 0x82])); // `["` + a cut-off euro sign
    for (const readBytes of [undefined, 1, 3]) {
      await expect(scanJsonDocument(file, { readBytes })).rejects.toMatchObject({
        kind: 'utf8',
        message: 'input is not valid UTF-8 text',
      });
      await expect(scanJsonDocument(truncated, { readBytes })).rejects.toMatchObject({ kind: 'utf8' });
    }
  });

  test('a BOM at file start is skipped by both passes, whatever the read size', async () => {
    const file = write('\ufeff[{"a":1},{"b":"\u20ac"}]');
    for (const readBytes of [undefined, 1, 2, 4]) {
      expect((await scanJsonDocument(file, { readBytes })).rootKind).toBe('array');
      expect(await elements(file, undefined, readBytes)).toEqual([
        { index: 1, value: { a: 1 } },
        { index: 2, value: { b: '\u20ac' } },
      ]);
    }
    // a first read holding only the BOM or whitespace does not end the element pass
    expect(await elements(write('\n\n\n\n[7]'), undefined, 2)).toEqual([{ index: 1, value: 7 }]);
  });

  test('only the first main array is streamed, as the first pass reports it', async () => {
    const file = write('{"messages":[1,2],"x":0,"messages":[3]}');
    expect((await elements(file, 'messages')).map((e) => e.value)).toEqual([1, 2]);
    // streamJsonDocument without firstArrayOnly keeps its own behaviour for the HAIL parser
    const seen: number[] = [];
    await streamJsonDocument(file, { arrayKey: 'messages', onElement: (_t, i) => void seen.push(i) });
    expect(seen).toEqual([1, 2, 3]);
  });
});

// Random JSON text and random edits of it; `JSON.parse` is the reference.
const jsonText = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n'))
  .map(([v, indent]) => JSON.stringify(v, null, indent as string | number | undefined));
const EDIT_CHARS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\\',
  ' ',
  '0',
  '1',
  '-',
  '.',
  'e',
  't',
  'n',
  'u',
  '\u00e9',
  '\x01',
];
const editedText = fc
  .tuple(jsonText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDIT_CHARS), fc.nat(2)), { maxLength: 3 }))
  .map(([text, edits]) => {
    let t = text;
    for (const [pos, ch, op] of edits) {
      const at = t.length === 0 ? 0 : pos % (t.length + 1);
      if (op === 0)
        t = t.slice(0, at) + ch + t.slice(at); // insert
      else if (op === 1)
        t = t.slice(0, at) + ch + t.slice(at + 1); // replace
      else t = t.slice(0, at); // truncate
    }
    return t;
  });
const cutPoints = fc.array(fc.nat({ max: 4096 }), { maxLength: 12 });

describe('agreement with JSON.parse (fast-check)', () => {
  test('valid random documents at random chunk boundaries: accepted, same top-level keys', () => {
    fc.assert(
      fc.property(jsonText, cutPoints, (text, cuts) => {
        const bytes = Buffer.from(text);
        const { scanner, error } = scan(
          bytes,
          cuts.map((c) => c % (bytes.length + 1)),
        );
        expect(error).toBeUndefined();
        const parsed = JSON.parse(text) as unknown;
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
          expect(scanner.rootKind).toBe('object');
          expect([...scanner.keys].sort()).toEqual(Object.keys(parsed).sort());
        }
      }),
      { numRuns: 400 },
    );
  });

  test('edited documents: the scanner accepts exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(editedText, cutPoints, (text, cuts) => {
        const bytes = Buffer.from(text);
        const { error } = scan(
          bytes,
          cuts.map((c) => c % (bytes.length + 1)),
        );
        expect(error === undefined).toBe(jsonParseAccepts(text));
      }),
      { numRuns: 1500 },
    );
  });

  test('elements of the main array, read from a file in random small reads, equal JSON.parse', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 48 }),
        fc.boolean(),
        async (items, readBytes, keyed) => {
          const text = keyed ? JSON.stringify({ a: 1, messages: items, z: [items] }) : JSON.stringify(items);
          const file = write(text);
          const arrayKey = keyed ? 'messages' : undefined;
          const s = await scanJsonDocument(file, { arrayKey, readBytes });
          expect(s.rootKind).toBe(keyed ? 'object' : 'array');
          const raw: unknown[] = [];
          await streamJsonDocument(file, {
            arrayKey,
            readBytes,
            firstArrayOnly: true,
            onElement: (t) => void raw.push(JSON.parse(t!)),
          });
          expect(raw).toEqual(JSON.parse(JSON.stringify(items)));
          fs.rmSync(file);
        },
      ),
      { numRuns: 120 },
    );
  });
});
