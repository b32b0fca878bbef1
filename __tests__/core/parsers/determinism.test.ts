// TV12 (parsers.md section 8): parsing any test input twice, or with a different current time, gives
// identical bytes (2.10: no parser ever uses the current time).
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURES, parseFile } from './support/harness';

const { jest } = import.meta; // native ESM: the jest object is not a global (docs/testing.md)

/** Every fixture input a parser may be pointed at (goldens and generators excluded). */
function fixtureInputs(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (/\.(jsonl?|vscdb)$/.test(ent.name) && !/golden/.test(full)) out.push(full);
    }
  };
  for (const agent of ['codex', 'claude-code', 'gemini', 'opencode', 'cursor', 'cline', 'amp', 'hail'])
    walk(path.join(FIXTURES, agent));
  return out.sort();
}

type Outcome = { ok: true; text: string } | { ok: false; error: string };

async function parseAt(file: string, now: string): Promise<Outcome> {
  // Only the clock is faked (Date, Date.now); timers and ticks stay real so file streams behave.
  jest.useFakeTimers({
    now: new Date(now),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
  try {
    return { ok: true, text: (await parseFile(file, 'auto')).text };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    jest.useRealTimers();
  }
}

describe('TV12 determinism', () => {
  const inputs = fixtureInputs();
  let compared = 0;

  test('the fixture set covers every agent', () => {
    expect(inputs.length).toBeGreaterThan(20);
  });

  test.each(inputs.map((f) => [path.relative(FIXTURES, f), f]))(
    '%s: same bytes twice and under a different clock',
    async (_rel, file) => {
      const a = await parseAt(file, '2030-01-01T00:00:00Z');
      const b = await parseAt(file, '2041-06-15T12:34:56.789Z');
      const c = await parseAt(file, '2030-01-01T00:00:00Z');
      // inputs that are meant to fail must fail every time; only successful outputs are compared
      expect([b.ok, c.ok]).toEqual([a.ok, a.ok]);
      if (!a.ok || !b.ok || !c.ok) return;
      expect(a.text.length).toBeGreaterThan(0);
      expect(b.text).toBe(a.text);
      expect(c.text).toBe(a.text);
      compared++;
    },
  );

  test('enough fixtures parse that the comparison above is about real output', () => {
    // many inputs are parts of multi-file sessions or deliberately broken; 24 of 81 parse on their own today
    expect(compared).toBeGreaterThanOrEqual(20);
  });
});
