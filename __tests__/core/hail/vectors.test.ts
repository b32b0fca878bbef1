import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  canonicalize,
  canonicalizeBytes,
  parseHail,
  recomputeStats,
  sha256Hex,
  toHailJsonl,
  withRecomputedStats,
} from '../../../core/hail';

// the spec's vectors as shipped in this repository (tests read nothing outside it)
const EXAMPLES = path.resolve(import.meta.dirname, '../../../samples/hail');
const read = (name: string) => readFileSync(path.join(EXAMPLES, name), 'utf8');

describe('HAIL test vectors (section 13)', () => {
  test('example.hail.jsonl is a canonical fixed point', () => {
    const text = read('example.hail.jsonl');
    expect(Buffer.byteLength(text)).toBe(1545);
    const out = canonicalize(text);
    expect(out).toBe(text);
    expect(sha256Hex(out)).toBe('f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4');
    expect(sha256Hex(Buffer.from(out, 'utf8'))).toBe(
      'f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4',
    );
  });

  test('example stats', () => {
    const s = parseHail(read('example.hail.jsonl'));
    expect(recomputeStats(s)).toEqual({
      event_count: 4,
      message_count: 2,
      tool_call_count: 0,
      task_count: 1,
      duration_seconds: 125,
      total_input_tokens: 120,
      total_output_tokens: 42,
      user_message_count: 1,
      files_changed: 1,
      lines_added: 1,
      lines_removed: 1,
    });
  });

  test('rich.hail.jsonl canonicalizes to 3688 bytes with the published hash', () => {
    const text = read('rich.hail.jsonl');
    expect(sha256Hex(text)).toBe('7cc127b2f8e4e935b5230588920a83cc9cab34a18694857149568494812479a8');
    const out = canonicalize(text);
    expect(Buffer.byteLength(out)).toBe(3688);
    expect(sha256Hex(out)).toBe('e24b322a2ecb94e9acdca12029f286d558f1b2e31dcb23980087db4aa1c16d31');
    expect(out).toContain(
      '{"question_meta":[{"id":"q1","question":"Use TOML?"},{"header":"Scope","id":"q2"}],"source":"interactive_question"}',
    );
    expect(canonicalize(out)).toBe(out);
  });

  test('rich stats', () => {
    const s = parseHail(read('rich.hail.jsonl'));
    expect(s.stats).toEqual({
      event_count: 16,
      message_count: 4,
      tool_call_count: 0,
      task_count: 2,
      duration_seconds: 15,
      total_input_tokens: 0,
      total_output_tokens: 0,
      user_message_count: 2,
      files_changed: 1,
      lines_added: 2,
      lines_removed: 1,
    });
  });

  test('canonicalize equals toHailJsonl(withRecomputedStats(parseHail(text)))', () => {
    for (const name of ['example.hail.jsonl', 'rich.hail.jsonl']) {
      const text = read(name);
      expect(canonicalize(text)).toBe(toHailJsonl(withRecomputedStats(parseHail(text))));
    }
  });

  test('canonicalizeBytes is the UTF-8 of canonicalize, also across its 1 MiB buffer chunks', () => {
    const big = JSON.parse(read('example.hail.jsonl').split('\n')[1]);
    const lines = read('example.hail.jsonl').split('\n');
    const events: string[] = [];
    for (let i = 0; i < 600; i++) {
      big.event_id = `big-${i}`;
      // multi-byte text (2-, 3- and 4-byte UTF-8) makes lines straddle chunk boundaries at odd offsets
      big.content = { blocks: [{ type: 'Text', text: `é€😀 ${i} `.repeat(300 + (i % 7)) }] };
      events.push(JSON.stringify(big));
    }
    const inputs = [read('example.hail.jsonl'), read('rich.hail.jsonl'), [lines[0], ...events].join('\n') + '\n'];
    for (const text of inputs) {
      const bytes = canonicalizeBytes(text);
      expect(bytes.equals(Buffer.from(canonicalize(text), 'utf8'))).toBe(true);
    }
    expect(canonicalizeBytes(inputs[2]).length).toBeGreaterThan(2 * 1024 * 1024);
    expect(sha256Hex(canonicalizeBytes(read('example.hail.jsonl')))).toBe(
      'f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4',
    );
  });

  test('sha256 check value', () => {
    expect(sha256Hex('opensession')).toBe('f9a2fe35d5e0700b552c63f8dfeb0b0853c5ab051d980b102f15254486c3c2ee');
  });
});
