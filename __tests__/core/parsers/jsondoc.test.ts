// Streaming JSON document reader (parsers.md 2.17): one main-array element at a time, as raw text.
import * as fs from 'fs';
import * as path from 'path';
import { streamJsonDocument } from '../../../core/parsers/common';
import { tmpDir } from './support/harness';

async function collect(text: string, arrayKey?: string) {
  const file = path.join(tmpDir(), 'd.json');
  fs.writeFileSync(file, text);
  const elements: Array<[number, string | undefined]> = [];
  const members: Record<string, string> = {};
  const shape = await streamJsonDocument(file, {
    arrayKey,
    onElement: (t, i) => void elements.push([i, t]),
    onMember: (k, raw) => void (members[k] = raw),
  });
  return { elements, members, shape };
}

describe('streamJsonDocument', () => {
  test('elements of a keyed array with nested strings, escapes and brackets; other members as raw text', async () => {
    const doc =
      '{ "sessionId": "s\\"1", "messages" : [ {"a":"]}","b":[1,{"c":2}]} , 3 , "x,y" ], "lastUpdated": {"t":1.0} }';
    const r = await collect(doc, 'messages');
    expect(r.elements).toEqual([
      [1, '{"a":"]}","b":[1,{"c":2}]}'],
      [2, '3'],
      [3, '"x,y"'],
    ]);
    expect(r.members).toEqual({ sessionId: '"s\\"1"', lastUpdated: '{"t":1.0}' });
    expect(r.shape).toEqual({ top: 'object', complete: true, foundArray: true });
  });

  test('a top-level array; empty arrays; trailing garbage; scalars', async () => {
    expect((await collect('[{"role":"user"},{"role":"assistant"}]')).elements.map((e) => e[1])).toEqual([
      '{"role":"user"}',
      '{"role":"assistant"}',
    ]);
    expect(await collect('[ ]')).toMatchObject({
      elements: [],
      shape: { top: 'array', complete: true, foundArray: true },
    });
    expect((await collect('{"a":1} x')).shape.complete).toBe(false);
    expect((await collect('"just a string"')).shape).toEqual({ top: 'other', complete: false, foundArray: false });
    expect((await collect('{"messages":{}}', 'messages')).shape.foundArray).toBe(false);
  });

  test('elements spanning read chunks', async () => {
    const big = 'x'.repeat(3 << 20);
    const r = await collect(JSON.stringify({ messages: [{ text: big }, { text: 'small' }] }), 'messages');
    expect(r.elements.map(([i, t]) => [i, t!.length])).toEqual([
      [1, big.length + 11],
      [2, 16],
    ]);
  });
});
