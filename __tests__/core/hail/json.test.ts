import {
  JsonFloat,
  JsonObject,
  JsonSyntaxError,
  JsonValue,
  formatFloat,
  parseJsonLossless,
  stringifyCanonical,
  stringifyOrdered,
  takeDepthLimitCount,
} from '../../../core/hail';
import { parseLineJson } from '../../../core/hail/reader';

function err(text: string): string {
  try {
    parseJsonLossless(text);
  } catch (e) {
    expect(e).toBeInstanceOf(JsonSyntaxError);
    return (e as Error).message;
  }
  throw new Error(`expected ${text} to fail`);
}

describe('formatFloat (section 4.1 table)', () => {
  test.each([
    [0, '0.0'],
    [-0, '-0.0'],
    [1, '1.0'],
    [100, '100.0'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e16'],
    [123.456, '123.456'],
    [-2.5, '-2.5'],
    [0.1, '0.1'],
    [0.00001, '0.00001'],
    [0.000001, '1e-6'],
    [1e-6, '1e-6'],
    [1.5e-7, '1.5e-7'],
    [6.02e23, '6.02e23'],
    [1e21, '1e21'],
    [-1e21, '-1e21'],
    [1.7976931348623157e308, '1.7976931348623157e308'],
    [5e-324, '5e-324'],
    [Number('12345678901234567890'), '1.2345678901234567e19'],
    [Number('1234567890123456.7'), '1234567890123456.8'],
    [0.5, '0.5'],
    [-0.0001, '-0.0001'],
    [25, '25.0'],
  ])('%p -> %s', (x, s) => {
    expect(formatFloat(x)).toBe(s);
  });
});

describe('formatFloat agrees with JS number text where the fast writer relies on it', () => {
  test('non-integral |x| >= 1e-5', () => {
    let seed = 1;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i++) {
      const x = (rand() - 0.5) * 10 ** Math.floor(rand() * 26 - 6);
      if (Number.isInteger(x) || Math.abs(x) < 1e-5) continue;
      expect(formatFloat(x)).toBe(JSON.stringify(x));
    }
    expect(formatFloat(0.00001)).toBe(JSON.stringify(0.00001));
    expect(formatFloat(0.000009999)).not.toBe(JSON.stringify(0.000009999));
  });
});

describe('parseJsonLossless', () => {
  test('integers exact at any magnitude, -0 -> 0', () => {
    expect(parseJsonLossless('9007199254740991')).toBe(9007199254740991);
    expect(parseJsonLossless('9007199254740992')).toBe(9007199254740992n);
    expect(parseJsonLossless('-123456789012345678901234567890')).toBe(-123456789012345678901234567890n);
    expect(Object.is(parseJsonLossless('-0'), 0)).toBe(true);
  });

  test('floats: integral values as JsonFloat, others as number', () => {
    expect(parseJsonLossless('1.0')).toEqual(new JsonFloat(1));
    expect(parseJsonLossless('1e2')).toEqual(new JsonFloat(100));
    expect(parseJsonLossless('1.5')).toBe(1.5);
    const z = parseJsonLossless('-0.0') as JsonFloat;
    expect(z).toBeInstanceOf(JsonFloat);
    expect(Object.is(z.value, -0)).toBe(true);
  });

  test('round trip of numbers through stringifyCanonical', () => {
    const text = '[1,1.0,1e2,-0.0,0.1,1e-7,1.5e300,123456789012345678901234567890,-5,1E+2,2.50]';
    expect(stringifyCanonical(parseJsonLossless(text))).toBe(
      '[1,1.0,100.0,-0.0,0.1,1e-7,1.5e300,123456789012345678901234567890,-5,100.0,2.5]',
    );
  });

  test('duplicate keys rejected, also nested', () => {
    expect(err('{"a":1,"a":2}')).toBe('duplicate field `a`');
    expect(err('{"x":{"b":[{"c":1,"c":1}]}}')).toBe('duplicate field `c`');
    expect(err('{"__proto__":1,"__proto__":2}')).toBe('duplicate field `__proto__`');
  });

  test('__proto__ is an ordinary key', () => {
    const v = parseJsonLossless('{"__proto__":{"x":1}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(stringifyCanonical(v as never)).toBe('{"__proto__":{"x":1}}');
  });

  test('lone surrogate escapes rejected, pairs accepted', () => {
    expect(err('"\\ud800"')).toMatch(/^invalid JSON: /);
    expect(err('"\\udc00"')).toMatch(/^invalid JSON: /);
    expect(err('"\\ud800\\u0041"')).toMatch(/^invalid JSON: /);
    expect(parseJsonLossless('"\\ud83d\\ude80"')).toBe('🚀');
  });

  test.each([
    ['{"a":1,}'],
    ['[1,]'],
    ['{"a":1} x'],
    ['{"a":1}{}'],
    ['// c\n{}'],
    ['NaN'],
    ['Infinity'],
    ['-'],
    ['01'],
    ['1.'],
    ['.5'],
    ['1e'],
    ['+1'],
    ["{'a':1}"],
    ['{a:1}'],
    ['"a\tb"'],
    ['"\\x"'],
    ['{"a" 1}'],
    [''],
    ['tru'],
    ['1e400'],
    ['"abc'],
    ['[1 2]'],
  ])('rejects %p', (text) => {
    expect(err(text)).toMatch(/^invalid JSON: /);
  });

  test('accepts JSON whitespace around tokens', () => {
    expect(parseJsonLossless(' \t\r\n{ "a" : [ 1 , 2 ] }\r\n ')).toEqual({ a: [1, 2] });
  });
});

describe('stringifyCanonical', () => {
  test('keys sorted byte-wise recursively; JSON.stringify string escaping', () => {
    const v = { b: 1, a: { d: [{ z: 1, y: 2 }], c: null }, '\u{10000}': 1, '\uffff': 2, '10': 1, '9': 2 };
    expect(stringifyCanonical(v)).toBe(
      '{"10":1,"9":2,"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1,"\uffff":2,"\u{10000}":1}',
    );
    const s = 'q"b\\\b\f\n\r\t\u0001\u001f/\u007f\u2028\u2029é';
    expect(stringifyCanonical(s)).toBe(JSON.stringify(s));
  });

  test('lone surrogates written as U+FFFD', () => {
    expect(stringifyCanonical('a\ud800b')).toBe('"a\ufffdb"');
    expect(stringifyCanonical({ k: ['\udc00'] })).toBe('{"k":["\ufffd"]}');
    expect(stringifyCanonical({ '\ud800': 1 })).toBe('{"\ufffd":1}');
  });

  test('numbers from TS: safe integers as integers, anything else as floats; bigint exact', () => {
    expect(stringifyCanonical([1, 2.5, 2 ** 60, -0, 10n ** 30n, new JsonFloat(3)])).toBe(
      '[1,2.5,1.152921504606847e18,0,1000000000000000000000000000000,3.0]',
    );
  });

  test('pretty layout', () => {
    expect(stringifyCanonical({ b: [], a: { x: [1, 1.5] }, c: {} }, 2)).toBe(
      '{\n  "a": {\n    "x": [\n      1,\n      1.5\n    ]\n  },\n  "b": [],\n  "c": {}\n}',
    );
    expect(stringifyOrdered({ b: 1, a: 2 }, 2)).toBe('{\n  "b": 1,\n  "a": 2\n}');
  });
});

describe('fast path equals lossless path', () => {
  const lines = [
    '{"a":1,"b":[1,2,3],"c":{"d":"x\\":y"}}',
    '{"a\\\\":1,"b":"\\\\"}',
    '{"a":":1.5"}',
    '{"t":"2025-01-01T00:00:00.123Z","n":-1}',
    '{"a":[1.0,2]}',
    '{"a":[1,2e3]}',
    '{"a":{"b":1.50}}',
    '{"a":-0}',
    '{"a":[-0]}',
    '{"a":12345678901234567890}',
    '{"a":9007199254740993}',
    '{"a":"\\u00e9\\u001b[0m"}',
    '{"a":"\\ud83d\\ude80"}',
    '{"a":"x\\\\ud800"}',
    '{"a":1, "b" : 2}',
    '{"__proto__":1}',
    '{"a":0.25,"b":1.5,"c":{"d":-2.5e-3}}',
    '{"a":0.25,"b":1.0}',
    '{"a":1.5,"b":"\\":2.5"}',
    '{"a": 1.5,"b":\t2e0}',
    '{"a":1e300}',
    '{"a":[0.5]}',
    '{"a":[[1],{"b":2.5}]}',
    '{"a":1E2,"b":0.1}',
    '{"k\\"":1,"\\\\\\"":2}',
  ];
  test.each(lines)('%s', (line) => {
    expect(stringifyCanonical(parseLineJson(line))).toBe(stringifyCanonical(parseJsonLossless(line)));
    expect(parseLineJson(line)).toEqual(parseJsonLossless(line));
  });

  test.each([
    ['{"a":1,"a":2}', 'duplicate field `a`'],
    ['{"a":1, "a" :2}', 'duplicate field `a`'],
    ['{"a" :1,"a":2}', 'duplicate field `a`'],
    ['{"x":{"a":1,"a":{"y":":"}}}', 'duplicate field `a`'],
    ['{"a":[{"b":1,"b":2}]}', 'duplicate field `b`'],
    ['{"a\\\\":1,"a\\\\":2,"b":":"}', 'duplicate field `a\\`'],
    ['{"a\\\\\\"":1,"a\\\\\\"":2,"b":":"}', 'duplicate field `a\\"`'],
  ])('duplicates never slip through the fast path: %s', (line, msg) => {
    expect(() => parseLineJson(line)).toThrow(msg);
  });

  test('nesting limit (A6): 128 levels below the top kept, deeper cut to "[depth limit]" on both paths; no stack overflow', () => {
    const nest = (n: number) => '{"a":' + '['.repeat(n) + '1' + ']'.repeat(n) + '}';
    takeDepthLimitCount();
    expect(parseLineJson(nest(128))).toEqual(parseJsonLossless(nest(128)));
    expect(takeDepthLimitCount()).toBe(0);
    // the 129th array (depth 129) is the first one cut
    const cut = (n: number) => {
      let v: JsonValue = '[depth limit]';
      for (let i = 0; i < n; i++) v = [v];
      return { a: v };
    };
    expect(parseLineJson(nest(129))).toEqual(cut(128));
    expect(parseJsonLossless(nest(129))).toEqual(cut(128));
    expect(parseLineJson(nest(200000))).toEqual(cut(128));
    expect(takeDepthLimitCount()).toBe(3);
    // objects too, with siblings after the cut value kept
    const deepObj = '{"a":' + '{"k":'.repeat(300) + '1' + '}'.repeat(300) + ',"b":2}';
    const v = parseJsonLossless(deepObj) as JsonObject;
    expect(v.b).toBe(2);
    expect(stringifyCanonical(v)).toContain('"[depth limit]"');
  });

  test.each([
    ['{"a":' + '['.repeat(300) + '1,' + ']'.repeat(300) + '}', 'invalid JSON: trailing comma'],
    ['{"a":' + '['.repeat(300), 'invalid JSON: EOF while parsing a value'],
    ['{"a":' + '['.repeat(300) + '1', 'invalid JSON: EOF while parsing a list'],
    ['{"a":' + '{"k":'.repeat(300) + '1' + '}'.repeat(299), 'invalid JSON: EOF while parsing an object'],
    ['{"a":' + '{"k" 1'.repeat(300), 'invalid JSON: expected `:`, found `1`'],
    ['{"a":' + '['.repeat(300) + 'x' + ']'.repeat(300) + '}', 'invalid JSON: expected value, found `x`'],
    ['{"a":' + '['.repeat(300) + '"\\q"' + ']'.repeat(300) + '}', 'invalid JSON: invalid escape'],
    ['{"a":' + '['.repeat(300) + '1}' + ']'.repeat(300) + '}', 'invalid JSON: expected `,` or `]`, found `}`'],
  ])('a too-deep value is still checked for syntax (%#)', (line, msg) => {
    expect(() => parseJsonLossless(line)).toThrow(msg);
    expect(() => parseLineJson(line)).toThrow(msg);
  });

  test('numbers out of double range are errors on both paths', () => {
    expect(() => parseLineJson('{"a":1e400}')).toThrow('invalid JSON: number out of range');
    expect(() => parseLineJson('{"a":[-1e400]}')).toThrow('invalid JSON: number out of range');
  });

  test('lone surrogate escapes never slip through the fast path', () => {
    expect(() => parseLineJson('{"a":"\\ud800"}')).toThrow(/^invalid JSON: /);
    expect(() => parseLineJson('{"a":"\\uDFFF"}')).toThrow(/^invalid JSON: /);
  });
});
