// Streaming JSON-document reader used by the gemini, cline and amp parsers (parsers.md 2.16, 2.17).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JsonFloat } from '../../../core/hail/types';
import { scanJsonDocument, streamJsonElements, type DocumentElement } from '../../../core/parsers/common/jsondoc';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jsondoc-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, data: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  return file;
}

async function elements(file: string, arrayKey?: string): Promise<DocumentElement[]> {
  const out: DocumentElement[] = [];
  await streamJsonElements(file, { arrayKey }, (e) => void out.push(e));
  return out;
}

describe('json-document reader', () => {
  it('streams the main array and keeps other members losslessly', async () => {
    const file = write(
      'a.json',
      '\ufeff{"a": 1.0, "s": "x],{\\"y", "messages": [ {"x": 12345678901234567890, "t": "a,]}"}, 3 , [1, {"k": []}], "str" ], "b": [1, {"c": 2}], "n": null}',
    );
    const scan = await scanJsonDocument(file, { arrayKey: 'messages' });
    expect(scan.rootKind).toBe('object');
    expect(scan.members.get('a')).toEqual(new JsonFloat(1));
    expect(scan.members.get('s')).toBe('x],{"y');
    expect(scan.members.get('b')).toEqual([1, { c: 2 }]);
    expect(scan.members.get('n')).toBeNull();
    expect(scan.members.has('messages')).toBe(false);
    expect(scan.memberKinds.get('messages')).toBe('array');
    const els = await elements(file, 'messages');
    expect(els).toEqual([
      { index: 1, value: { x: 12345678901234567890n, t: 'a,]}' } },
      { index: 2, value: 3 },
      { index: 3, value: [1, { k: [] }] },
      { index: 4, value: 'str' },
    ]);
  });

  it('streams a root array, including an empty one', async () => {
    expect(await elements(write('b.json', '[{"a":1},{"b":2}]'))).toEqual([
      { index: 1, value: { a: 1 } },
      { index: 2, value: { b: 2 } },
    ]);
    expect(await elements(write('c.json', ' [ ] '))).toEqual([]);
    expect((await scanJsonDocument(write('d.json', '"just a string"'))).rootKind).toBe('string');
  });

  it('rejects broken documents and non-UTF-8 bytes', async () => {
    await expect(scanJsonDocument(write('e.json', '{"a": [1, 2'))).rejects.toMatchObject({ kind: 'syntax' });
    await expect(scanJsonDocument(write('f.json', ''))).rejects.toMatchObject({ kind: 'syntax' });
    await expect(scanJsonDocument(write('g.json', '{"a": 1} {"b": 2}'))).rejects.toMatchObject({ kind: 'syntax' });
    await expect(scanJsonDocument(write('h.json', Buffer.from('["caf\xe9"]', 'latin1')))).rejects.toMatchObject({
      kind: 'utf8',
      message: 'input is not valid UTF-8 text',
    });
  });
});
