// canonicalizeChunks (what `register` runs): the bytes of canonicalizeBytes handed over in chunks of a
// few MiB, one buffer reused between chunks; the same errors, also after chunks were handed over.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { canonicalize, canonicalizeBytes, canonicalizeChunks, sha256Hex } from '../../../core/hail';
import { REPO_ROOT } from '../../support/cli';

const read = (name: string) => readFileSync(path.join(REPO_ROOT, 'samples', 'hail', name), 'utf8');
const MiB = 1024 * 1024;

/** Copies of every chunk (the consumer's buffer is reused), and the distinct memory they were in. */
function collect(text: string): { out: Buffer; count: number; chunks: number[]; memories: number } {
  const copies: Buffer[] = [];
  const memories = new Set<ArrayBufferLike>();
  const count = canonicalizeChunks(text, (chunk) => {
    copies.push(Buffer.from(chunk));
    memories.add(chunk.buffer);
  });
  return { out: Buffer.concat(copies), count, chunks: copies.map((c) => c.length), memories: memories.size };
}

/** A session of `n` events of multi-byte text (2-, 3- and 4-byte UTF-8), some with an unsorted attribute map. */
function session(n: number, textOf: (i: number) => string): string {
  const lines = read('example.hail.jsonl').split('\n');
  const event = JSON.parse(lines[1]);
  const out = [lines[0]];
  for (let i = 0; i < n; i++) {
    event.event_id = `big-${i}`;
    event.content = { blocks: [{ type: 'Text', text: textOf(i) }] };
    event.attributes = i % 3 === 0 ? { z: i, a: 'x' } : { a: i };
    out.push(JSON.stringify(event));
  }
  return out.join('\n') + '\n';
}

describe('canonicalizeChunks', () => {
  test('the bytes of canonicalizeBytes, in chunks of whole lines of up to 4 MiB, one buffer reused', () => {
    const text = session(3000, (i) => `é€😀 ${i} `.repeat(300 + (i % 7)));
    const expected = canonicalizeBytes(text);
    expect(expected.equals(Buffer.from(canonicalize(text), 'utf8'))).toBe(true);
    const { out, count, chunks, memories } = collect(text);
    expect(out.equals(expected)).toBe(true);
    expect(count).toBe(expected.length);
    expect(chunks.length).toBeGreaterThanOrEqual(3); // > 8 MiB of output
    for (const n of chunks) expect(n).toBeLessThanOrEqual(4 * MiB);
    let at = 0;
    for (const n of chunks) {
      at += n;
      expect(out[at - 1]).toBe(0x0a); // a chunk ends at a line end
    }
    expect(memories).toBe(1); // no fresh memory per chunk
  });

  test('a line longer than a chunk gets a buffer of its own size, between normal chunks', () => {
    const text = session(40, (i) => (i === 20 ? 'ab€'.repeat(2 * MiB) : `short ${i}`.repeat(20000)));
    const { out, count, chunks } = collect(text);
    expect(out.equals(canonicalizeBytes(text))).toBe(true);
    expect(count).toBe(out.length);
    expect(Math.max(...chunks)).toBeGreaterThan(4 * MiB);
  });

  test('the spec vectors: same bytes and hash', () => {
    for (const name of ['example.hail.jsonl', 'rich.hail.jsonl']) {
      const text = read(name);
      expect(collect(text).out.equals(canonicalizeBytes(text))).toBe(true);
    }
    expect(sha256Hex(collect(read('example.hail.jsonl')).out)).toBe(
      'f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4',
    );
  });

  test('an error after chunks were handed over is the error canonicalize gives', () => {
    const good = session(1500, (i) => `text ${i} `.repeat(400));
    const bad = good + '{"type":"event","event_id":"x"}\n';
    let handed = 0;
    expect(() =>
      canonicalizeChunks(bad, (c) => {
        handed += c.length;
      }),
    ).toThrow('JSON error at line 1502: missing field `timestamp`');
    expect(() => canonicalize(bad)).toThrow('JSON error at line 1502: missing field `timestamp`');
    expect(handed).toBeGreaterThan(3 * MiB); // the first chunk was consumed before the bad line
  });
});
