// The two streaming readers of JSON-document agent logs (Gemini JSON, Cline, Amp, whole-session HAIL),
// side by side on the same file in the same run: core/parsers/gemini/json-document.ts (@streamparser/json
// tokenizer, a syntax-checking scan pass + an element pass) against core/parsers/common/jsondoc.ts
// (hand-written byte scanner, one pass). Both parse every element losslessly, so the ratio is the cost
// of the reader itself. Issue 16 asks for one reader; this figure says which one to keep.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseJsonLossless } from '../core/hail/json';
import { streamJsonDocument } from '../core/parsers/common/jsondoc';
import { scanJsonDocument, streamJsonElements } from '../core/parsers/gemini/json-document';
import { type Bench, MB, round } from './harness';

function writeDocument(file: string, targetBytes: number): number {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '{"sessionId":"bench","startTime":"2026-01-01T00:00:00Z","messages":[');
  let bytes = 0;
  let n = 0;
  while (bytes < targetBytes) {
    const m = JSON.stringify({
      id: `m${n}`,
      type: n % 2 === 0 ? 'user' : 'gemini',
      content: `message ${n} ` + 'lorem ipsum "quoted" \\ '.repeat(24),
      toolCalls: [{ name: 'read_file', args: { path: `/src/f${n}.ts`, limits: [1, 2.5, { deep: [true, null] }] } }],
      timestamp: '2026-01-01T00:00:00Z',
    });
    fs.writeSync(fd, (n === 0 ? '' : ',') + m);
    bytes += m.length + 1;
    n++;
  }
  fs.writeSync(fd, ']}');
  fs.closeSync(fd);
  return n;
}

async function bestOfAsync(reps: number, fn: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

export const jsonDocumentsBench: Bench = {
  name: 'json-documents',
  goals: {},
  run: async (work) => {
    const file = path.join(work, 'bench.gemini.json');
    const expected = writeDocument(file, 40 * MB);
    let seen = 0;
    const tokenizer = async (): Promise<void> => {
      seen = 0;
      await scanJsonDocument(file, { arrayKey: 'messages' });
      await streamJsonElements(file, { arrayKey: 'messages' }, (e) => {
        if (e.value !== undefined) seen++;
      });
    };
    const handWritten = async (): Promise<void> => {
      seen = 0;
      await streamJsonDocument(file, {
        arrayKey: 'messages',
        onElement: (text) => {
          if (text !== undefined) {
            parseJsonLossless(text);
            seen++;
          }
        },
      });
    };
    await tokenizer(); // warm up, and check both see every element
    if (seen !== expected) throw new Error(`tokenizer reader saw ${seen} of ${expected} elements`);
    await handWritten();
    if (seen !== expected) throw new Error(`hand-written reader saw ${seen} of ${expected} elements`);
    let tokMs = Infinity;
    let handMs = Infinity;
    for (let i = 0; i < 3; i++) {
      tokMs = Math.min(tokMs, await bestOfAsync(1, tokenizer));
      handMs = Math.min(handMs, await bestOfAsync(1, handWritten));
    }
    return {
      json_documents_input_mb: round(fs.statSync(file).size / MB, 1),
      json_documents_streamparser_ms: Math.round(tokMs),
      json_documents_handwritten_ms: Math.round(handMs),
      json_documents_streamparser_vs_handwritten: round(tokMs / handMs, 2),
    };
  },
};
