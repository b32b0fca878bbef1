// TOML 1.0 reader (smol-toml behind core/toml).
import { parseToml, TomlError } from '../../../core/toml';

describe('parseToml', () => {
  it('reads tables, dotted keys, strings, numbers, arrays and inline tables', () => {
    const doc = parseToml(`# c
title = "a \\"b\\" \\u00e9"
lit = 'C:\\path'
[share]
base_url = "https://x.test" # trailing
[privacy]
strip_paths = false
exclude_tools = ["cursor", 'amp',]
n.a = 1_000
hex = 0xff
f = 1.5e3
big = 9007199254740993
inf = -inf
d = 1979-05-27T07:32:00Z
ml = """
one \\
  two"""
ml2 = '''
raw\\n'''
inl = { a = 1, b.c = "x" }
[[items]]
id = 1
[[items]]
id = 2
`);
    expect(doc.title).toBe('a "b" é');
    expect(doc.lit).toBe('C:\\path');
    expect(doc.share).toEqual({ base_url: 'https://x.test' });
    expect(doc.privacy).toMatchObject({
      strip_paths: false,
      exclude_tools: ['cursor', 'amp'],
      n: { a: 1000 },
      hex: 255,
      f: 1500,
      big: 9007199254740993n,
      inf: -Infinity,
      d: '1979-05-27T07:32:00.000Z',
      ml: 'one two',
      ml2: 'raw\\n',
    });
    expect(doc.privacy).toMatchObject({ inl: { a: 1, b: { c: 'x' } } });
    expect(doc.items).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it.each([
    ['a = 1\na = 2\n', 2],
    ['[t]\n[t]\n', 2],
    ['a = "x\n', 1],
    ['a = \n', 1],
    ['a = 1 b\n', 1],
    ['a = {x=1}\n[a]\n', 2],
    // the hand-written reader accepted these two
    ['d = 1979-13-27\n', 1],
    ['i = 9223372036854775808\n', 1],
    ['i = -9223372036854775809\n', 1],
    ['ok = 1\nd = 1979-00-10\n', 2],
    ['ok = 1\n[t]\ni = 18_446_744_073_709_551_616\n', 3],
  ])('rejects %j with its line', (text, line) => {
    let err: unknown;
    try {
      parseToml(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TomlError);
    expect((err as TomlError).line).toBe(line);
    expect((err as TomlError).message).toMatch(/^[^\n]+ at line \d+, column \d+$/);
  });

  it('keeps the largest 64-bit integers exactly', () => {
    expect(parseToml('a = 9223372036854775807\nb = -9223372036854775808\n')).toEqual({
      a: 9223372036854775807n,
      b: -9223372036854775808n,
    });
  });
});
