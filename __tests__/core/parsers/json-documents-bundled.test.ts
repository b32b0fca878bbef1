// JSON-document logs through the bundled CLI (issue 16: one streaming JSON reader): Gemini JSON, Amp and
// Cline give their golden events byte for byte, broken documents fail with the parser's message, and
// detection (parsers.md 3.2) still recognises a whole-session HAIL object, with or without a BOM.
import * as fs from 'fs';
import * as path from 'path';
import { runBundled } from '../../support/cli';
import { cleanupTempDirs, isolateGitEnv, makeTempDir } from '../../support/git';
import { FIXTURES } from './support/harness';

let home: string;
beforeAll(() => {
  home = isolateGitEnv();
});
afterAll(() => cleanupTempDirs());

/** Copies a fixture folder to a temp dir and returns the copy of `rel` inside it. */
function copyFixture(folder: string, rel: string): string {
  const tmp = makeTempDir('os-jsondoc-');
  fs.cpSync(path.join(FIXTURES, folder), path.join(tmp, folder), { recursive: true });
  return path.join(tmp, folder, rel);
}

function parse(file: string, ...extra: string[]): { code: number; stderr: string; lines: string[] } {
  const out = path.join(path.dirname(file), 'out.hail.jsonl');
  fs.rmSync(out, { force: true });
  const r = runBundled(['parse', file, '--out', out, ...extra], { cwd: path.dirname(file), env: { HOME: home } });
  const lines = fs.existsSync(out)
    ? fs
        .readFileSync(out, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
    : [];
  return { code: r.code, stderr: r.stderr, lines };
}

/** The golden header without the source path the CLI adds, then every other line byte for byte. */
function expectGoldenLines(lines: string[], goldenFile: string, sourcePath: string): void {
  const golden = fs
    .readFileSync(goldenFile, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const header = JSON.parse(lines[0]) as { context: { attributes: Record<string, unknown> } };
  expect(header.context.attributes.source_path).toBe(sourcePath);
  delete header.context.attributes.source_path;
  expect(header).toEqual(JSON.parse(golden[0]));
  expect(lines.slice(1)).toEqual(golden.slice(1));
}

describe('JSON-document parsers from the bundle', () => {
  test('gemini JSON, amp and cline match their golden events', () => {
    const gemini = copyFixture('gemini', 'tmp/proj-a/chats/session-2026-01-10T09-00-aaaa1111.json');
    const g = parse(gemini, '--profile', 'gemini');
    expect(g.stderr).not.toMatch(/^Error:/m);
    expect(g.code).toBe(0);
    expectGoldenLines(g.lines, path.join(FIXTURES, 'gemini', 'golden', 'json-session.hail.jsonl'), gemini);

    const amp = copyFixture('amp', 'threads/T-0a1b2c3d-0000-4000-8000-000000000001.json');
    const a = parse(amp, '--profile', 'amp');
    expect(a.code).toBe(0);
    expectGoldenLines(a.lines, path.join(FIXTURES, 'amp', 'golden', 'thread-1.hail.jsonl'), amp);

    const cline = copyFixture('cline', 'data/tasks/1767225600000/api_conversation_history.json');
    const c = parse(cline, '--profile', 'cline');
    expect(c.code).toBe(0);
    expectGoldenLines(c.lines, path.join(FIXTURES, 'cline', 'golden', 'task-1767225600000.hail.jsonl'), cline);
  });

  test('broken documents fail with the parser message and write nothing', () => {
    const gemini = copyFixture('gemini', 'tmp/proj-a/chats/session-2026-01-10T09-00-aaaa1111.json');
    const text = fs.readFileSync(gemini, 'utf8');
    // a missing comma between two messages: the old tokenizer-only walker read on past it
    fs.writeFileSync(gemini, text.replace(/\}\s*,(\s*\{\s*"id")/, '}$1'));
    expect(fs.readFileSync(gemini, 'utf8')).not.toBe(text);
    const g = parse(gemini, '--profile', 'gemini');
    expect(g.code).toBe(1);
    expect(g.stderr).toMatch(/^Error: /);
    expect(g.stderr).toContain(`profile 'gemini' failed: Failed to parse Gemini session: ${gemini}\n`);
    expect(g.lines).toEqual([]);

    const amp = copyFixture('amp', 'threads/T-0a1b2c3d-0000-4000-8000-000000000001.json');
    const doc = fs.readFileSync(amp);
    fs.writeFileSync(amp, doc.subarray(0, doc.length >> 1)); // truncated
    const a = parse(amp, '--profile', 'amp');
    expect(a.code).toBe(1);
    expect(a.stderr).toContain(`profile 'amp' failed: Failed to parse Amp thread: ${amp}\n`);

    const cline = copyFixture('cline', 'data/tasks/1767225600000/api_conversation_history.json');
    fs.writeFileSync(cline, Buffer.concat([fs.readFileSync(cline).subarray(0, 40), Buffer.from([0xe9, 0x22, 0x5d])]));
    const c = parse(cline, '--profile', 'cline');
    expect(c.code).toBe(1);
    expect(c.stderr).toContain("profile 'cline' failed: input is not valid UTF-8 text\n");
    expect(c.stderr).not.toMatch(/\n\s+at /);
  });

  test('auto detection reads a whole-session HAIL object, also after a BOM', () => {
    const whole = copyFixture('hail', 'rich.session.json');
    const plain = parse(whole, '--profile', 'auto', '--preview');
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/hail/);
    // Before the one reader, detection skipped a BOM but the event pass did not: no session came out.
    fs.writeFileSync(whole, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(whole)]));
    const bom = parse(whole, '--profile', 'auto', '--preview');
    expect(bom.stderr).not.toMatch(/^Error:/m);
    expect(bom.code).toBe(0);
    expect(bom.lines).toEqual(plain.lines);
    expect(bom.lines.length).toBeGreaterThan(2);
  });
});
