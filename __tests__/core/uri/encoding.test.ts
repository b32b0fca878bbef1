import {
  base64UrlDecodeBytesStrict,
  base64UrlDecodeStrict,
  base64UrlEncode,
  base64UrlEncodeString,
  encodePath,
  percentDecode,
  percentEncodeSegment,
  UriError,
} from '../../../core/uri';

describe('percentEncodeSegment (7.2)', () => {
  test.each([
    ['refs/heads/x', 'refs%2Fheads%2Fx'],
    [' ', '%20'],
    ['+', '%2B'],
    ['(', '%28'],
    [')', '%29'],
    ['!', '%21'],
    ['*', '%2A'],
    ["'", '%27'],
    ['é', '%C3%A9'],
    ['%', '%25'],
    ['a%2Fb', 'a%252Fb'],
    ['?#&=:@,;$[]', '%3F%23%26%3D%3A%40%2C%3B%24%5B%5D'],
    ['\\', '%5C'],
    ['😀', '%F0%9F%98%80'],
    ['\u00ff\u0000\u007f', '%C3%BF%00%7F'],
  ])('%j → %s', (input, expected) => {
    expect(percentEncodeSegment(input)).toBe(expected);
  });

  test('unreserved characters stay as they are', () => {
    const unreserved = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~';
    expect(percentEncodeSegment(unreserved)).toBe(unreserved);
  });

  test('every other ASCII byte is escaped with uppercase hex', () => {
    for (let b = 0; b < 0x80; b++) {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) continue;
      expect(percentEncodeSegment(c)).toBe('%' + b.toString(16).toUpperCase().padStart(2, '0'));
    }
  });

  test('encodePath encodes each /-separated segment', () => {
    expect(encodePath('sessions/a b/c+d.jsonl')).toBe('sessions/a%20b/c%2Bd.jsonl');
    expect(encodePath('x')).toBe('x');
  });
});

describe('percentDecode (7.2)', () => {
  test.each([
    ['a%2Bb+c', 'a+b+c'],
    ['%2f%2F', '//'],
    ['%c3%A9', 'é'],
    ['%zz', '%zz'],
    ['%', '%'],
    ['a%', 'a%'],
    ['a%4', 'a%4'],
    ['%%41', '%A'],
    ['%4g%41', '%4gA'],
    ['plain', 'plain'],
    ['é raw', 'é raw'],
    ['%F0%9F%98%80', '😀'],
    ['%EF%BB%BFx', '\uFEFFx'], // a leading BOM is kept
    ['%00', '\u0000'],
  ])('%s → %j', (input, expected) => {
    expect(percentDecode(input)).toBe(expected);
  });

  test.each([
    ['%FF'],
    ['%C3'],
    ['%C3%28'],
    ['%80'],
    ['%ED%A0%80'],
    ['%F8%88%80%80%80'],
    ['%C0%AF'],
    ['\uD800'],
    ['a\uDC00b%41'],
  ])('invalid UTF-8 %j → undefined', (input) => {
    expect(percentDecode(input)).toBeUndefined();
  });
});

describe('base64url (7.2)', () => {
  test('vectors', () => {
    expect(base64UrlEncodeString('group/sub/repo')).toBe('Z3JvdXAvc3ViL3JlcG8');
    expect(base64UrlEncodeString('https://example.com/a/b.git')).toBe('aHR0cHM6Ly9leGFtcGxlLmNvbS9hL2IuZ2l0');
    expect(base64UrlEncodeString('main')).toBe('bWFpbg');
    expect(base64UrlEncodeString('feature/hello-world')).toBe('ZmVhdHVyZS9oZWxsby13b3JsZA');
    expect(base64UrlEncodeString('')).toBe('');
    expect(base64UrlEncode(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(base64UrlEncode(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  test('encode uses the url alphabet and no padding', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 250) & 0xff);
      const enc = base64UrlEncode(bytes);
      expect(enc).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(Array.from(base64UrlDecodeBytesStrict(enc)!)).toEqual(Array.from(bytes));
    }
  });

  test('decode round-trips strings', () => {
    for (const s of ['group/sub/repo', 'main', 'é', '😀 x', '\uFEFFbom', 'https://example.com/a/b.git', '']) {
      expect(base64UrlDecodeStrict(base64UrlEncodeString(s))).toBe(s);
    }
  });

  test.each([
    ['padding', 'bWFpbg=='],
    ['single padding', 'Z3JvdXAvc3ViL3JlcG8='],
    ['plus', 'a+bc'],
    ['slash', 'a/bc'],
    ['other character', 'ab.c'],
    ['space', 'ab c'],
    ['non-ascii', 'abé'],
    ['length 1 mod 4', 'bWFpb'],
    ['length 1', 'A'],
    ['length 5 (zero low bits)', 'YWJjA'],
    ['length 9', 'YWJjZGVmA'],
    ['trailing bits (rem 2)', 'bWFpbh'],
    ['trailing bits (rem 3)', 'YWJ'],
    ['invalid utf-8', '_w'],
    ['invalid utf-8 (lone continuation)', 'gA'],
  ])('rejects %s: %s', (_what, input) => {
    let err: unknown;
    try {
      base64UrlDecodeStrict(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UriError);
    expect((err as UriError).kind).toBe('InvalidBase64');
    expect((err as UriError).message).toBe(`invalid base64url segment: ${input}`);
  });

  test('zero trailing bits are accepted', () => {
    expect(base64UrlDecodeStrict('YWI')).toBe('ab');
    expect(base64UrlDecodeStrict('YQ')).toBe('a');
  });

  test('bytes decoder accepts non-UTF-8 bytes but keeps the other rules', () => {
    expect(Array.from(base64UrlDecodeBytesStrict('_w')!)).toEqual([0xff]);
    expect(base64UrlDecodeBytesStrict('_x')).toBeUndefined();
    expect(base64UrlDecodeBytesStrict('_w==')).toBeUndefined();
  });
});
