// A6 depth: nothing inside one record is fatal. Vectors at 125/126/3,000/100,000 levels of a Claude
// tool input go through `parse` and then `register`; fast-check properties check that whatever
// `parse` writes, `register` accepts, and that the writers never overflow the stack.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  JsonObject,
  JsonValue,
  Session,
  canonicalizeBytes,
  emptyStats,
  parseHail,
  stringifyCanonical,
  takeDepthLimitCount,
  toHailJsonl,
} from '../../core/hail';
import { runBundled, runInProcess } from '../support/cli';

const LIMIT = '"[depth limit]"';
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'os-depth-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A tool input nested `levels` deep: the input object, then levels - 1 arrays around a 1. */
function deepInputText(levels: number): string {
  return '{"payload":' + '['.repeat(levels - 1) + '1' + ']'.repeat(levels - 1) + '}';
}

/** A three-record Claude Code log whose tool call carries `inputText` (raw JSON). */
function claudeLog(inputText: string, text = 'go deep'): string {
  const base = { sessionId: 's-depth', cwd: '/tmp/x', version: '2.0.14', gitBranch: 'main', isSidechain: false };
  const user = {
    ...base,
    parentUuid: null,
    type: 'user',
    message: { role: 'user', content: text },
    uuid: 'u1',
    timestamp: '2026-01-05T10:00:00.000Z',
  };
  const call =
    '{"parentUuid":"u1","sessionId":"s-depth","cwd":"/tmp/x","version":"2.0.14","isSidechain":false,' +
    '"type":"assistant","uuid":"a1","timestamp":"2026-01-05T10:00:01.000Z","message":{"id":"m1","role":"assistant",' +
    '"model":"claude-x","content":[{"type":"tool_use","id":"t1","name":"Custom","input":' +
    inputText +
    '}]}}';
  const after = {
    ...base,
    parentUuid: 'a1',
    type: 'assistant',
    uuid: 'a2',
    timestamp: '2026-01-05T10:00:02.000Z',
    message: { id: 'm2', role: 'assistant', model: 'claude-x', content: [{ type: 'text', text: 'done' }] },
  };
  return [JSON.stringify(user), call, JSON.stringify(after)].join('\n') + '\n';
}

/** Deepest container nesting of a JSON text (0 = top level), counted outside strings. */
function maxDepth(text: string): number {
  let depth = -1;
  let max = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return max;
}

async function parseThenRegister(name: string, log: string) {
  const src = path.join(dir, `${name}.jsonl`);
  const out = path.join(dir, `${name}.hail.jsonl`);
  fs.writeFileSync(src, log);
  const parsed = await runInProcess(['parse', '--profile', 'claude-code', src, '--out', out], {
    cwd: dir,
    env: { HOME: dir },
  });
  const hail = parsed.code === 0 ? fs.readFileSync(out, 'utf8') : '';
  const registered = await runInProcess(['register', out, '--json'], { cwd: dir, env: { HOME: dir } });
  return { parsed, hail, registered };
}

describe('A6 depth vectors: parse then register', () => {
  test.each([125, 126, 3000, 100000])('a tool input nested %i levels', async (levels) => {
    const { parsed, hail, registered } = await parseThenRegister(`d${levels}`, claudeLog(deepInputText(levels)));
    expect(parsed.code).toBe(0);
    expect(registered.code).toBe(0);
    expect(registered.stderr).toBe(''); // parse already cut it: register sees nothing too deep
    const lines = hail.trimEnd().split('\n');
    expect(lines).toHaveLength(5); // header, 3 events, stats: nothing lost
    const callLine = lines.find((l) => l.includes('"ToolCall"')) as string;
    // every line stays within the reader's limit of 128
    for (const l of lines) expect(maxDepth(l)).toBeLessThanOrEqual(128);
    if (levels <= 125) {
      expect(parsed.stderr).toBe('');
      expect(callLine).not.toContain(LIMIT);
      expect(callLine).toContain(deepInputText(levels)); // kept byte for byte
      expect(maxDepth(callLine)).toBe(3 + levels);
    } else {
      expect(parsed.stderr).toBe('warning: values nested deeper than 128 levels were kept as "[depth limit]"\n');
      expect(callLine).toContain(LIMIT);
      expect(maxDepth(callLine)).toBe(128);
    }
    // the stored object is the canonical form: reading it back and writing it again gives the same bytes
    const stored = JSON.parse(registered.stdout) as { store_path: string };
    const bytes = fs.readFileSync(stored.store_path, 'utf8');
    expect(canonicalizeBytes(bytes).toString('utf8')).toBe(bytes);
  });

  test('HAIL written elsewhere with a value deeper than 128: register keeps the record and warns', async () => {
    const header =
      '{"type":"header","version":"hail-1.0.0","session_id":"s","agent":{"provider":"p","model":"m","tool":"t"},' +
      '"context":{"tags":[],"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}}';
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    const event =
      '{"type":"event","event_id":"e1","timestamp":"2026-01-01T00:00:00Z","event_type":{"type":"AgentMessage"},' +
      `"content":{"blocks":[{"type":"Json","data":${deep}}]},"attributes":{"x":${deep},"y":1}}`;
    const file = path.join(dir, 'foreign.hail.jsonl');
    fs.writeFileSync(file, header + '\n' + event + '\n');
    const r = await runInProcess(['register', file, '--json'], { cwd: dir, env: { HOME: dir } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning: values nested deeper than 128 levels were kept as "[depth limit]"\n');
    const bytes = fs.readFileSync((JSON.parse(r.stdout) as { store_path: string }).store_path, 'utf8');
    const s = parseHail(bytes);
    expect(s.events).toHaveLength(1);
    expect((s.events[0].attributes as JsonObject).y).toBe(1);
    for (const l of bytes.trimEnd().split('\n')) expect(maxDepth(l)).toBeLessThanOrEqual(128);
  });

  test('the bundled CLI: 100,000 levels parse and register without a stack overflow', () => {
    const src = path.join(dir, 'bundled.jsonl');
    const out = path.join(dir, 'bundled.hail.jsonl');
    fs.writeFileSync(src, claudeLog(deepInputText(100000)));
    const p = runBundled(['parse', '--profile', 'claude-code', src, '--out', out], { cwd: dir, env: { HOME: dir } });
    expect(p.stderr).toContain('warning: values nested deeper than 128 levels were kept as "[depth limit]"');
    expect(p.code).toBe(0);
    const r = runBundled(['register', out, '--quiet'], { cwd: dir, env: { HOME: dir } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^os:\/\//);
  });
});

/** A JSON value nested exactly `levels` deep (alternating objects and arrays). */
function nested(levels: number, leaf: JsonValue): JsonValue {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { k: v };
  return v;
}

const jsonLeaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
const deepValue = fc
  .tuple(fc.integer({ min: 0, max: 400 }), fc.jsonValue({ maxDepth: 3 }), jsonLeaf)
  .map(([levels, inner, leaf]) => nested(levels, [inner as JsonValue, leaf]));

describe('A6 properties', () => {
  test('whatever parse writes, register accepts (tool inputs of any depth and content)', async () => {
    let i = 0;
    await fc.assert(
      fc.asyncProperty(deepValue, fc.string(), async (input, text) => {
        const { parsed, hail, registered } = await parseThenRegister(
          `p${i++}`,
          claudeLog(JSON.stringify({ v: input }), text),
        );
        expect(parsed.code).toBe(0);
        expect(registered.stderr).toBe('');
        expect(registered.code).toBe(0);
        for (const l of hail.trimEnd().split('\n')) expect(maxDepth(l)).toBeLessThanOrEqual(128);
      }),
      { numRuns: 25, seed: 16 },
    );
  });

  test('the writer never overflows and always writes what the reader reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200000 }), deepValue, (levels, v) => {
        const session: Session = {
          version: 'hail-1.0.0',
          session_id: 's',
          agent: { provider: 'p', model: 'm', tool: 't' },
          context: {
            tags: [],
            created_at: 0n,
            updated_at: 0n,
            related_session_ids: [],
            attributes: { deep: nested(levels, 1) },
          },
          events: [
            {
              event_id: 'e',
              timestamp: 0n,
              event_type: { type: 'AgentMessage' },
              content: { blocks: [{ type: 'Json', data: v }] },
              attributes: { deep: nested(levels, 'x') },
            },
          ],
          stats: emptyStats(),
        };
        takeDepthLimitCount();
        const text = toHailJsonl(session);
        const cut = takeDepthLimitCount();
        expect(cut > 0).toBe(levels + 2 > 128 || text.includes(LIMIT));
        const again = canonicalizeBytes(text).toString('utf8');
        expect(takeDepthLimitCount()).toBe(0); // what the writer wrote is within the limit
        expect(parseHail(again).events).toHaveLength(1);
        expect(stringifyCanonical(nested(levels, 1)).length).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 16 },
    );
  });
});
