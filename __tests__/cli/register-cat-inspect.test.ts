import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs, mkdtempSync, readdirSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listFiles } from '../support/files';
import { REPO_ROOT, runBundled, runInProcess } from '../support/cli';
import packageJson from '../../package.json' with { type: 'json' };

const EXAMPLE_SHA = 'f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4';
const RICH_SHA = 'e24b322a2ecb94e9acdca12029f286d558f1b2e31dcb23980087db4aa1c16d31';
// the spec vectors, as shipped in this repository (tests read nothing outside it)
const example = path.join(REPO_ROOT, 'samples', 'hail', 'example.hail.jsonl');
const rich = path.join(REPO_ROOT, 'samples', 'hail', 'rich.hail.jsonl');

function tempRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'os-reg-'));
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

describe('register', () => {
  test('stores the canonical example under its hash with the three-line default output', async () => {
    const repo = tempRepo();
    const r = await runInProcess(['register', example], { cwd: repo, env: {} });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const objectPath = path.join(repo, '.opensession', 'objects', 'sha256', 'f9', 'a2', `${EXAMPLE_SHA}.jsonl`);
    expect(r.stdout).toBe(`os://src/local/${EXAMPLE_SHA}\nstored_at: ${objectPath}\nbytes: 1545\n`);
    expect(await fs.readFile(objectPath)).toEqual(await fs.readFile(example));
    expect(await fs.readFile(path.join(repo, '.opensession', 'objects', '.gitignore'), 'utf8')).toBe('*\n');
    // git does not see the stored object
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' })).toBe('');
  });

  test('rich example canonicalizes to 3688 bytes with the spec hash; --quiet and --json', async () => {
    const repo = tempRepo();
    const q = await runInProcess(['register', rich, '--quiet'], { cwd: repo });
    expect(q.stdout).toBe(`os://src/local/${RICH_SHA}\n`);
    const j = await runInProcess(['register', rich, '--json', '--quiet'], { cwd: repo });
    const storePath = path.join(repo, '.opensession', 'objects', 'sha256', 'e2', '4b', `${RICH_SHA}.jsonl`);
    expect(j.stdout).toBe(
      `{\n  "bytes": 3688,\n  "hash": "${RICH_SHA}",\n  "store_path": ${JSON.stringify(storePath)},\n  "uri": "os://src/local/${RICH_SHA}"\n}\n`,
    );
    expect((await fs.readFile(storePath)).length).toBe(3688);
  });

  test('registering the same bytes again writes nothing and prints the same URI', async () => {
    const repo = tempRepo();
    await runInProcess(['register', example, '--quiet'], { cwd: repo });
    const objectPath = path.join(repo, '.opensession', 'objects', 'sha256', 'f9', 'a2', `${EXAMPLE_SHA}.jsonl`);
    const before = statSync(objectPath);
    // CRLF + BOM + blank lines: same canonical bytes
    const variant = path.join(repo, 'variant.jsonl');
    const text = await fs.readFile(example, 'utf8');
    await fs.writeFile(variant, '\ufeff' + text.split('\n').join('\r\n\r\n'));
    const r = await runInProcess(['register', variant, '--quiet'], { cwd: repo });
    expect(r.stdout).toBe(`os://src/local/${EXAMPLE_SHA}\n`);
    const after = statSync(objectPath);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(listFiles(path.join(repo, '.opensession'))).toEqual([
      'objects/.gitignore',
      `objects/sha256/f9/a2/${EXAMPLE_SHA}.jsonl`,
    ]);
  });

  test('outside a repo the global store under HOME is used; no HOME is an error', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'os-home-'));
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'os-cwd-'));
    const r = await runInProcess(['register', example, '--quiet'], { cwd, env: { HOME: home } });
    expect(r.code).toBe(0);
    const global = path.join(home, '.local', 'share', 'opensession', 'objects', 'sha256', 'f9', 'a2');
    expect(readdirSync(global)).toEqual([`${EXAMPLE_SHA}.jsonl`]);
    // no .gitignore in the global store
    expect(readdirSync(path.join(home, '.local', 'share', 'opensession', 'objects'))).toEqual(['sha256']);
    const u = await runInProcess(['register', example], { cwd, env: { USERPROFILE: home } });
    expect(u.code).toBe(0);
    const none = await runInProcess(['register', example], { cwd, env: {} });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      'Error: could not determine home directory\nnext:\n- set HOME to your home directory, or run the command inside a git repository\n',
    );
  });

  describe('bad input: exit 1, guided message, nothing stored', () => {
    const cases: Array<[string, Buffer | null, RegExp]> = [
      [
        'missing file',
        null,
        /^Error: failed to read input file `in\.jsonl`: no such file\nnext:\n- check file path and permissions: in\.jsonl\n- run `opensession register --help`\n$/,
      ],
      ['empty file', Buffer.alloc(0), /^Error: register expects canonical HAIL JSONL: Missing header line\n/],
      ['only blank lines', Buffer.from('\n  \n\t\n'), /Missing header line/],
      [
        'non-UTF-8 bytes',
        Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]),
        /^Error: failed to read input file `in\.jsonl`: file is not valid UTF-8\n/,
      ],
      [
        'truncated line',
        Buffer.from('{"type":"header","version":"hail-1.0.0"'),
        /^Error: register expects canonical HAIL JSONL: JSON error at line 1: invalid JSON/,
      ],
      [
        'event before header',
        Buffer.from(
          '{"type":"stats","event_count":0,"message_count":0,"tool_call_count":0,"task_count":0,"duration_seconds":0}\n',
        ),
        /Unexpected line type at line 1: expected header/,
      ],
      [
        'unknown line type',
        Buffer.from('{"type":"banana"}\n'),
        /JSON error at line 1: unknown line type "banana" \(expected header, event or stats\)/,
      ],
      ['not JSON at all', Buffer.from('hello world\n'), /JSON error at line 1: invalid JSON/],
    ];
    test.each(cases)('%s', async (_name, bytes, message) => {
      const repo = tempRepo();
      if (bytes) await fs.writeFile(path.join(repo, 'in.jsonl'), bytes);
      const r = await runInProcess(['register', 'in.jsonl'], { cwd: repo });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(listFiles(path.join(repo, '.opensession'))).toEqual([]);
    });

    test('parse failures carry the next steps and docs pointer', async () => {
      const repo = tempRepo();
      await fs.writeFile(path.join(repo, 'in.jsonl'), '{}\n');
      const r = await runInProcess(['register', 'in.jsonl'], { cwd: repo });
      expect(r.stderr).toBe(
        'Error: register expects canonical HAIL JSONL: JSON error at line 1: missing field `type`\n' +
          'next:\n' +
          '- convert source logs first: `opensession parse in.jsonl --out ./session.hail.jsonl`\n' +
          '- retry register with the canonical file: `opensession register ./session.hail.jsonl`\n' +
          'docs: docs/hail.md\n',
      );
    });

    test('a raw Claude Code log: the suggested parse command works, and register then succeeds', async () => {
      const repo = tempRepo();
      const raw = path.join(import.meta.dirname, '../../samples/claude-code/demo-session.jsonl');
      const r = await runInProcess(['register', raw], { cwd: repo });
      expect(r.code).toBe(1);
      const step = /`(opensession parse [^`]+)`/.exec(r.stderr)![1].split(' ').slice(1);
      expect(step).toEqual(['parse', '--profile', 'claude-code', raw, '--out', './session.hail.jsonl']); // the detected agent
      const parsed = await runInProcess(step, { cwd: repo });
      expect(parsed.code).toBe(0);
      const again = await runInProcess(['register', './session.hail.jsonl', '--quiet'], { cwd: repo });
      expect(again.code).toBe(0);
      expect(existsSync(path.join(import.meta.dirname, '../../docs/hail.md'))).toBe(true); // the docs: pointer resolves
    });

    test('a huge line (8 MiB of text) is read, and a bad one after it is reported with its line number', async () => {
      const repo = tempRepo();
      const lines = (await fs.readFile(example, 'utf8')).trimEnd().split('\n');
      const big = JSON.parse(lines[1]);
      big.content.blocks[0].text = 'x'.repeat(8 * 1024 * 1024);
      const good = [lines[0], JSON.stringify(big), ...lines.slice(2)].join('\n') + '\n';
      await fs.writeFile(path.join(repo, 'big.jsonl'), good);
      const ok = await runInProcess(['register', 'big.jsonl', '--json'], { cwd: repo });
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).bytes).toBeGreaterThan(8 * 1024 * 1024);
      await fs.writeFile(path.join(repo, 'bad.jsonl'), good + '{"type":"event",\n');
      const bad = await runInProcess(['register', 'bad.jsonl'], { cwd: repo });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(new RegExp(`JSON error at line ${lines.length + 1}: `));
    });
  });

  test('usage errors exit 2', async () => {
    const repo = tempRepo();
    expect((await runInProcess(['register'], { cwd: repo })).code).toBe(2);
    expect((await runInProcess(['register', example, '--bogus'], { cwd: repo })).code).toBe(2);
    expect((await runInProcess(['frobnicate'], { cwd: repo })).code).toBe(2);
    const help = await runInProcess(['register', '--help'], { cwd: repo });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: opensession register');
  });
});

describe('cat', () => {
  test('prints the stored bytes verbatim', async () => {
    const repo = tempRepo();
    await runInProcess(['register', rich], { cwd: repo });
    const r = await runInProcess(['cat', `os://src/local/${RICH_SHA.toUpperCase()}`], { cwd: repo });
    expect(r.code).toBe(0);
    const stored = await fs.readFile(
      path.join(repo, '.opensession', 'objects', 'sha256', 'e2', '4b', `${RICH_SHA}.jsonl`),
    );
    expect(r.stdoutBytes.equals(stored)).toBe(true);
  });

  test('falls back to the global store from inside a repo', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'os-home-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'os-cwd-'));
    await runInProcess(['register', example], { cwd: outside, env: { HOME: home } });
    const repo = tempRepo();
    const r = await runInProcess(['cat', `os://src/local/${EXAMPLE_SHA}`], { cwd: repo, env: { HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.equals(await fs.readFile(example))).toBe(true);
  });

  test.each([
    ['os://src/local/abc', 'Error: invalid sha256: abc\nnext:\n'],
    [`os://artifact/${EXAMPLE_SHA}`, 'Error: object not found: uri is not a local source object\nnext:\n'],
    ['os://src/gh/a/b/ref/main/path/x.jsonl', 'Error: object not found: uri is not a local source object\nnext:\n'],
    [`os://src/local/${'0'.repeat(64)}`, `Error: object not found: ${'0'.repeat(64)}\nnext:\n`],
    ['https://example.com', 'Error: uri must start with os://\nnext:\n'],
  ])('%s', async (uri, stderr) => {
    const repo = tempRepo();
    const r = await runInProcess(['cat', uri], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(stderr)).toBe(true); // the next steps are pinned in store-errors.test.ts
  });
});

describe('inspect', () => {
  test('local session: text and --json', async () => {
    const repo = tempRepo();
    await runInProcess(['register', example], { cwd: repo });
    const objectPath = path.join(repo, '.opensession', 'objects', 'sha256', 'f9', 'a2', `${EXAMPLE_SHA}.jsonl`);
    const t = await runInProcess(['inspect', `os://src/local/${EXAMPLE_SHA}`], { cwd: repo });
    expect(t.stdout).toBe(
      [
        `uri: os://src/local/${EXAMPLE_SHA}`,
        `path: ${objectPath}`,
        'session_id: demo-0001',
        'tool: claude-code',
        `model: ${JSON.parse((await fs.readFile(example, 'utf8')).split('\n')[0]).agent.model}`,
        'event_count: 4',
        'message_count: 2',
        'task_count: 1',
        'duration_seconds: 125',
        'total_tokens: in=120 out=42',
      ].join('\n') + '\n',
    );
    const j = await runInProcess(['inspect', `os://src/local/${EXAMPLE_SHA}`, '--json'], { cwd: repo });
    const obj = JSON.parse(j.stdout);
    expect(Object.keys(obj)).toEqual([
      'duration_seconds',
      'event_count',
      'message_count',
      'model',
      'path',
      'session_id',
      'task_count',
      'tool',
      'total_input_tokens',
      'total_output_tokens',
      'uri',
    ]);
    expect(obj.total_input_tokens).toBe(120);
  });

  test('artifact record: text and --json; missing artifact', async () => {
    const repo = tempRepo();
    const hash = 'ab'.repeat(32);
    const dir = path.join(repo, '.opensession', 'artifacts', 'sha256', 'ab', 'ab');
    await fs.mkdir(dir, { recursive: true });
    const record = {
      version: 'v1',
      sha256: hash,
      created_at: '2026-02-21T00:39:28.356+00:00',
      source_uris: ['os://src/local/' + EXAMPLE_SHA],
      canonical_jsonl: '{}\n',
      raw_sessions: [{}, {}],
      validation_reports: [],
    };
    await fs.writeFile(path.join(dir, `${hash}.json`), JSON.stringify(record, null, 2));
    const t = await runInProcess(['inspect', `os://artifact/${hash}`], { cwd: repo });
    expect(t.stdout).toBe(
      `uri: os://artifact/${hash}\npath: ${path.join(dir, hash + '.json')}\ncreated_at: 2026-02-21T00:39:28.356+00:00\nsource_count: 1\nraw_session_count: 2\nvalidation_reports: 0\n`,
    );
    const j = JSON.parse((await runInProcess(['inspect', `os://artifact/${hash}`, '--json'], { cwd: repo })).stdout);
    expect(j).toEqual({
      created_at: record.created_at,
      path: path.join(dir, hash + '.json'),
      raw_session_count: 2,
      source_count: 1,
      uri: `os://artifact/${hash}`,
      validation_report_count: 0,
    });
    const missing = await runInProcess(['inspect', `os://artifact/${'cd'.repeat(32)}`], { cwd: repo });
    expect(missing.stderr).toMatch(new RegExp(`^Error: artifact not found: ${'cd'.repeat(32)}\nnext:\n`));
  });

  test('stats come from a last stats line as given; a stats line that is not last is ignored (4.2 rule 7)', async () => {
    const repo = tempRepo();
    const hash = '34'.repeat(32);
    const dir = path.join(repo, '.opensession', 'objects', 'sha256', '34', '34');
    await fs.mkdir(dir, { recursive: true });
    const lines = (await fs.readFile(example, 'utf8')).trimEnd().split('\n');
    const stale = lines.pop()!.replace('"event_count":4', '"event_count":99');
    const inspect = async () =>
      JSON.parse((await runInProcess(['inspect', `os://src/local/${hash}`, '--json'], { cwd: repo })).stdout);
    await fs.writeFile(path.join(dir, `${hash}.jsonl`), [...lines, stale].join('\n') + '\n\n');
    expect((await inspect()).event_count).toBe(99);
    await fs.writeFile(path.join(dir, `${hash}.jsonl`), [lines[0], stale, ...lines.slice(1)].join('\n') + '\n');
    expect((await inspect()).event_count).toBe(4);
  });

  test('a corrupted stored object reports the parse chain', async () => {
    const repo = tempRepo();
    const hash = '12'.repeat(32);
    const dir = path.join(repo, '.opensession', 'objects', 'sha256', '12', '12');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, `${hash}.jsonl`), 'nope\n');
    const r = await runInProcess(['inspect', `os://src/local/${hash}`], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: parse local object as HAIL JSONL: JSON error at line 1: invalid JSON/);
    const dbg = await runInProcess(['inspect', `os://src/local/${hash}`], {
      cwd: repo,
      env: { OPENSESSION_DEBUG: 'yes' },
    });
    expect(dbg.stderr).toMatch(/^Error: parse local object as HAIL JSONL: JSON error at line 1: invalid JSON/);
  });
});

describe('docs quickstart', () => {
  test('prints the flow with substituted values', async () => {
    const r = await runInProcess(['docs', 'quickstart', '--profile', 'claude-code', '--remote', 'up'], {
      cwd: os.tmpdir(),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'opensession parse --profile claude-code ./raw-session.jsonl --out ./session.hail.jsonl\n',
    );
    expect(r.stdout).toContain('opensession share os://src/local/<sha256> --git --remote up --push\n');
    expect(r.stdout.startsWith('# OpenSession 5-minute first-user flow\n\n# 1) Check and apply local setup\n')).toBe(
      true,
    );
  });
  test('completion scripts name the commands; unknown shell is a usage error', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await runInProcess(['docs', 'completion', shell], { cwd: os.tmpdir() });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('register');
      expect(r.stdout).toContain('inspect');
    }
    expect((await runInProcess(['docs', 'completion', 'tcsh'], { cwd: os.tmpdir() })).code).toBe(2);
  });
});

describe('bundled CLI (dist/)', () => {
  test('register → cat → inspect end to end through bin/opensession.js', () => {
    const repo = tempRepo();
    const reg = runBundled(['register', rich, '--quiet'], { cwd: repo });
    expect(reg.stderr).toBe('');
    expect(reg.stdout).toBe(`os://src/local/${RICH_SHA}\n`);
    const cat = runBundled(['cat', `os://src/local/${RICH_SHA}`], { cwd: repo });
    expect(cat.stdoutBytes.length).toBe(3688);
    const ins = runBundled(['inspect', `os://src/local/${RICH_SHA}`], { cwd: repo });
    expect(ins.stdout).toContain('event_count: 16\n');
    const bad = runBundled(['cat', 'os://src/zz/x'], { cwd: repo });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^Error: unsupported uri kind: zz\nnext:\n- /);
    expect(runBundled(['--version'], { cwd: repo }).stdout).toBe(`${packageJson.version}\n`);
  });
});
