// readLines reads through one reused chunk buffer: whatever the chunk size and `end`, it must deliver the
// same lines as the splitter fed the whole byte range at once (lines spanning chunks, CRLF, BOM, bad UTF-8).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { LineSplitter, readLines, type LineEvent } from '../../../core/parsers/common/lines';

const PIECES = ['{"a":1}', '', ' ', 'héllo — 日本語 ✓', '\r', '\ufeff', 'x'.repeat(70), '\u00e9\u00e9'];

function reference(bytes: Buffer): LineEvent[] {
  const out: LineEvent[] = [];
  const s = new LineSplitter((l) => out.push(l));
  s.push(Buffer.from(bytes));
  s.end();
  return out;
}

describe('readLines', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-lines-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('delivers the same lines for any chunk size and end as one whole-buffer split', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.constantFrom(...PIECES),
            fc.uint8Array({ maxLength: 6 }).map((a) => Buffer.from(a).toString('latin1')),
          ),
          { maxLength: 30 },
        ),
        fc.array(fc.constantFrom('\n', '\r\n', ''), { maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
        async (pieces, seps, invalid, chunk, end) => {
          const parts: Buffer[] = [];
          pieces.forEach((p, i) => {
            parts.push(Buffer.from(p, 'utf8'));
            if (invalid && i === 1) parts.push(Buffer.from([0xc3, 0x28]));
            parts.push(Buffer.from(seps[i] ?? '\n', 'utf8'));
          });
          const bytes = Buffer.concat(parts);
          const file = path.join(dir, `f${n++}.jsonl`);
          fs.writeFileSync(file, bytes);
          const got: LineEvent[] = [];
          await readLines(file, (l) => void got.push(l), { highWaterMark: chunk, end });
          const upto = end === undefined ? bytes.length : Math.min(bytes.length, end + 1);
          expect(got).toEqual(reference(bytes.subarray(0, upto)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('awaits a handler promise before reading on, and stops when the handler throws', async () => {
    const file = path.join(dir, 'stop.jsonl');
    fs.writeFileSync(file, 'a\nb\nc\nd\n');
    const seen: string[] = [];
    await expect(
      readLines(
        file,
        (l) => {
          if (l.kind !== 'text') return;
          seen.push(l.text);
          if (l.text === 'c') throw new Error('stop here');
          return new Promise((r) => setTimeout(r, 1));
        },
        { highWaterMark: 2 },
      ),
    ).rejects.toThrow('stop here');
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('reports a missing file as the read error it is', async () => {
    await expect(readLines(path.join(dir, 'missing.jsonl'), () => undefined)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
