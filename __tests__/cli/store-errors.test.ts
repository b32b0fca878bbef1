// Every error of the store/read commands in this project's words (amendments A14), with its `next:` steps,
// and the `--json` outputs of `cat` and `config show` (issue 16).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, runBundled, runInProcess } from '../support/cli';

const EXAMPLE = path.join(REPO_ROOT, 'samples', 'hail', 'example.hail.jsonl');
const EXAMPLE_SHA = 'f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4';
const CLAUDE_LOG = path.join(REPO_ROOT, 'samples', 'claude-code', 'demo-session.jsonl');
const ZERO = '0'.repeat(64);
const REGISTER_STEP = '- store a session first: `opensession register <FILE>` prints its `os://src/local/<sha256>`\n';
const URI_SHAPE = '- stored sessions are named `os://src/local/<sha256>`, artifacts `os://artifact/<sha256>`\n';

function sandbox(): { repo: string; home: string } {
  const base = mkdtempSync(path.join(os.tmpdir(), 'os-store-err-'));
  const repo = path.join(base, 'repo');
  const home = path.join(base, 'home');
  mkdirSync(home);
  execFileSync('git', ['init', '-q', repo]);
  return { repo, home };
}

describe.each(['cat', 'inspect'])('%s errors', (command) => {
  test('a malformed URI names the problem and the shape of a good one', async () => {
    const { repo, home } = sandbox();
    for (const [uri, reason] of [
      ['os://src/local/abc', 'invalid sha256: abc'],
      ['https://example.com/x', 'uri must start with os://'],
      ['os://src/zz/x', 'unsupported uri kind: zz'],
    ]) {
      const r = await runInProcess([command, uri], { cwd: repo, env: { HOME: home } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`Error: ${reason}\nnext:\n${URI_SHAPE}${REGISTER_STEP}`);
    }
  });

  test('a remote source URI is not a stored session', async () => {
    const { repo, home } = sandbox();
    const r = await runInProcess([command, 'os://src/gh/a/b/ref/main/path/x.jsonl'], {
      cwd: repo,
      env: { HOME: home },
    });
    expect(r.stderr).toBe(
      `Error: object not found: uri is not a local source object\nnext:\n- \`${command}\` reads sessions stored on this machine\n${REGISTER_STEP}`,
    );
  });

  test('a session that is not stored: the stores it looked in', async () => {
    const { repo, home } = sandbox();
    const r = await runInProcess([command, `os://src/local/${ZERO}`], { cwd: repo, env: { HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Error: object not found: ${ZERO}\nnext:\n- looked in: ${path.join(repo, '.opensession', 'objects')}, ${path.join(home, '.local', 'share', 'opensession', 'objects')}\n${REGISTER_STEP}`,
    );
  });

  test('outside a repo without HOME', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'os-nohome-'));
    const r = await runInProcess([command, `os://src/local/${ZERO}`], { cwd, env: {} });
    expect(r.stderr).toBe(
      'Error: could not determine home directory\nnext:\n- set HOME to your home directory, or run the command inside a git repository\n',
    );
  });
});

test.each([
  [['register', EXAMPLE]],
  [['handoff', 'build', EXAMPLE]],
  [['handoff', 'artifacts', 'list']],
  [['handoff', 'artifacts', 'pin', 'x', ZERO]],
])('%j outside a repo without HOME says how to fix it', async (argv) => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'os-nohome-'));
  const r = await runInProcess(argv, { cwd, env: {} });
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(
    'Error: could not determine home directory\nnext:\n- set HOME to your home directory, or run the command inside a git repository\n',
  );
});

describe('cat', () => {
  test('an artifact URI points at `handoff artifacts get`', async () => {
    const { repo, home } = sandbox();
    const r = await runInProcess(['cat', `os://artifact/${ZERO}`], { cwd: repo, env: { HOME: home } });
    expect(r.stderr).toBe(
      `Error: object not found: uri is not a local source object\nnext:\n- \`cat\` reads stored sessions; for an artifact run \`opensession handoff artifacts get ${ZERO}\`\n`,
    );
  });

  test('--json prints the whole-session form (2.9): version, session_id, agent, context, events, stats', async () => {
    const { repo, home } = sandbox();
    await runInProcess(['register', EXAMPLE], { cwd: repo, env: { HOME: home } });
    const r = runBundled(['cat', `os://src/local/${EXAMPLE_SHA}`, '--json'], { cwd: repo, env: { HOME: home } });
    expect(r.stderr).toBe('');
    const obj = JSON.parse(r.stdout);
    expect(Object.keys(obj)).toEqual(['version', 'session_id', 'agent', 'context', 'events', 'stats']);
    expect(obj.events).toHaveLength(4);
    expect(obj.events[0]).not.toHaveProperty('type');
    expect(obj.stats.event_count).toBe(4);
    expect(r.stdout).toBe(JSON.stringify(obj, null, 2) + '\n');
  });
});

describe('inspect', () => {
  test('a damaged stored object names the file and how to replace it', async () => {
    const { repo, home } = sandbox();
    const dir = path.join(repo, '.opensession', 'objects', 'sha256', '12', '12');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${'12'.repeat(32)}.jsonl`);
    writeFileSync(file, '{"type":"user"}\n');
    const r = await runInProcess(['inspect', `os://src/local/${'12'.repeat(32)}`], { cwd: repo, env: { HOME: home } });
    expect(r.stderr).toBe(
      'Error: parse local object as HAIL JSONL: JSON error at line 1: unknown line type "user" (expected header, event or stats)\n' +
        `next:\n- the stored file is damaged: ${file}\n- register the session again from its file: \`opensession register <FILE>\`\n`,
    );
  });
});

describe('register', () => {
  test('a missing file and a directory, in plain words', async () => {
    const { repo } = sandbox();
    const missing = await runInProcess(['register', 'nope.jsonl'], { cwd: repo });
    expect(missing.stderr).toBe(
      'Error: failed to read input file `nope.jsonl`: no such file\nnext:\n- check file path and permissions: nope.jsonl\n- run `opensession register --help`\n',
    );
    mkdirSync(path.join(repo, 'sub'));
    const dir = await runInProcess(['register', 'sub'], { cwd: repo });
    expect(dir.stderr).toMatch(/^Error: failed to read input file `sub`: is a directory\n/);
  });

  test('a raw Claude Code log: the next step names --profile claude-code, the docs pointer exists', async () => {
    const { repo } = sandbox();
    copyFileSync(CLAUDE_LOG, path.join(repo, 'raw.jsonl'));
    const r = runBundled(['register', 'raw.jsonl'], { cwd: repo });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Error: register expects canonical HAIL JSONL: JSON error at line 1: /);
    expect(lines.slice(1)).toEqual([
      'next:',
      '- convert source logs first: `opensession parse --profile claude-code raw.jsonl --out ./session.hail.jsonl`',
      '- retry register with the canonical file: `opensession register ./session.hail.jsonl`',
      'docs: docs/hail.md',
    ]);
    expect(existsSync(path.join(REPO_ROOT, 'docs', 'hail.md'))).toBe(true);
    // the suggested command works
    const parsed = runBundled(['parse', '--profile', 'claude-code', 'raw.jsonl', '--out', './session.hail.jsonl'], {
      cwd: repo,
    });
    expect(parsed.code).toBe(0);
    expect(runBundled(['register', './session.hail.jsonl', '--quiet'], { cwd: repo }).code).toBe(0);
  });

  test('a file no parser reads: `parse` without a profile; an unknown line type in plain words', async () => {
    const { repo } = sandbox();
    writeFileSync(path.join(repo, 'in.jsonl'), '{"type":"user"}\n');
    const r = await runInProcess(['register', 'in.jsonl'], { cwd: repo });
    expect(r.stderr).toBe(
      'Error: register expects canonical HAIL JSONL: JSON error at line 1: unknown line type "user" (expected header, event or stats)\n' +
        'next:\n' +
        '- convert source logs first: `opensession parse in.jsonl --out ./session.hail.jsonl`\n' +
        '- retry register with the canonical file: `opensession register ./session.hail.jsonl`\n' +
        'docs: docs/hail.md\n',
    );
  });
});

describe('config show --json', () => {
  test('prints the config path and base_url as one JSON object', async () => {
    const { repo } = sandbox();
    expect(
      (await runInProcess(['config', 'init', '--base-url', 'https://sessions.example.com'], { cwd: repo })).code,
    ).toBe(0);
    const r = await runInProcess(['config', 'show', '--json'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `{\n  "base_url": "https://sessions.example.com",\n  "config": ${JSON.stringify(path.join(repo, '.opensession', 'config.toml'))}\n}\n`,
    );
  });
});

describe('review wording', () => {
  test('an unknown revision says how to check and fetch it', async () => {
    const { repo } = sandbox();
    const r = await runInProcess(['review', '--head', 'nope'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error: unknown revision `nope`\nnext:\n- check the name: `git rev-parse --verify nope`\n- fetch it first if it lives on a remote: `git fetch <remote> <branch>`\n',
    );
  });

  test('outside a repository', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'os-norepo-'));
    const r = await runInProcess(['review', '--head', 'HEAD'], { cwd });
    expect(r.stderr).toBe(
      'Error: current directory is not inside a git repository\nnext:\n- run it inside the repository of the pull/merge request, or point at it with `--repo <path>`\n',
    );
  });
});
