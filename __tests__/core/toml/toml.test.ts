// TOML 1.0 reader.
import { parseToml } from '../../../core/toml';

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
      d: '1979-05-27T07:32:00Z',
      ml: 'one two',
      ml2: 'raw\\n',
    });
    expect(doc.privacy).toMatchObject({ inl: { a: 1, b: { c: 'x' } } });
    expect(doc.items).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it.each([
    ['a = 1\na = 2\n', /duplicate key `a` at line 2/],
    ['[t]\n[t]\n', /duplicate table `t`/],
    ['a = "x\n', /string/],
    ['a = \n', /value/],
    ['a = 1 b\n', /expected end of line/],
    ['a = {x=1}\n[a]\n', /duplicate table/],
  ])('rejects %j', (text, message) => {
    expect(() => parseToml(text)).toThrow(message);
  });
});
