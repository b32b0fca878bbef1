// `opensession view <target>` (git-native.md §13) and `review --web` (§14): target dispatch, local review bundles
// (§14.4, byte layout and redaction), the V1 guided error, and the PR/MR link path through a loopback remote.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runInProcess } from '../../support/cli';
import {
  cleanupTempDirs,
  cloneTemp,
  git as gitAsync,
  GitHttpServer,
  makeTempDir,
  startGitHttpServer,
} from '../../support/git';
import { commitFiles, git, initRepo, ledgerRefOf, writeLedger } from '../../core/review/ledger-fixture';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/web');
const DEMO = fs.readFileSync(path.join(FIXTURES, 'claude-demo.hail.jsonl'), 'utf8');
const RICH = fs.readFileSync(path.join(FIXTURES, 'rich.hail.jsonl'), 'utf8');
// A GitHub token planted in a prompt: it must never reach a bundle.
const SECRET = 'ghp_' + 'Zq8wX2mN4bV6cL1kJ9hG3fD5sA7pO0iU2yT4';
const env = (): Record<string, string | undefined> => ({ PATH: process.env.PATH, HOME: makeTempDir('os-view-home-') });

const V1_STEPS =
  'next:\n' +
  '- for source URIs: `opensession view os://src/... --no-open`\n' +
  '- for local files: `opensession view ./session.hail.jsonl --no-open`\n' +
  '- for commits/ranges: `opensession view HEAD` or `opensession view main..feature`\n';

function readBundle(root: string, id: string): { text: string; json: Record<string, unknown> } {
  const text = fs.readFileSync(path.join(root, '.opensession', 'review', id, 'bundle.json'), 'utf8');
  return { text, json: JSON.parse(text) };
}

function repoWithLedger(): { dir: string; c0: string; c1: string; c2: string } {
  const dir = initRepo(makeTempDir('os-view-repo-'), 'main');
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/widgets.git');
  const c0 = commitFiles(dir, { 'README.md': 'hi\n' }, 'initial');
  git(dir, 'checkout', '-q', '-b', 'feature');
  const c1 = commitFiles(dir, { 'src/a.ts': 'a\n' }, 'add a');
  const c2 = commitFiles(dir, { 'src/b.ts': 'b\n' }, 'add b');
  const secretDemo = DEMO.replace('Please add a **config** parser', `Please add a **config** parser with ${SECRET}`);
  writeLedger(dir, ledgerRefOf('feature'), [
    { id: 'claude-demo', storedAt: '2026-11-20T09:05:00Z', commits: [c2], hail: secretDemo },
    { id: 'demo-rich', storedAt: '2026-11-20T09:06:00Z', commits: [c1, c2], hail: RICH },
  ]);
  // An older copy of claude-demo on another ledger loses to the newer stored_at above.
  writeLedger(dir, ledgerRefOf('main'), [
    { id: 'claude-demo', storedAt: '2026-01-01T00:00:00Z', commits: [c2], hail: DEMO.replace('Add a TOML', 'OLD') },
  ]);
  return { dir, c0, c1, c2 };
}

afterAll(() => cleanupTempDirs());

describe('opensession view: local files and source URIs', () => {
  it('a HAIL file becomes a redacted local bundle; --json and --no-open outputs', async () => {
    const dir = initRepo(makeTempDir('os-view-file-'), 'main');
    const file = path.join(dir, 'session.hail.jsonl');
    const bytes = DEMO.replace('validate keys', `validate keys ${SECRET}`);
    fs.writeFileSync(file, bytes);
    const id = `local-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
    const res = await runInProcess(['view', 'session.hail.jsonl', '--json'], { cwd: dir, env: env() });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      mode: 'jsonl',
      opened: false,
      review_id: id,
      target: 'session.hail.jsonl',
      url: `http://127.0.0.1:8788/review/local/${id}`,
    });
    const { text, json } = readBundle(dir, id);
    expect(Object.keys(json)).toEqual(['review_id', 'generated_at', 'pr', 'commits', 'sessions']);
    expect(text.startsWith('{\n  "review_id": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(json.generated_at).toBe('2026-01-02T03:04:05.678Z');
    expect(json.pr).toEqual({
      url: 'session.hail.jsonl',
      owner: 'local',
      repo: 'review',
      number: 0,
      remote: 'local',
      base_sha: 'local',
      head_sha: 'local',
    });
    expect(json.commits).toEqual([
      {
        sha: 'local',
        title: 'Add a TOML config parser',
        author_name: '',
        author_email: '',
        authored_at: '2026-11-20T09:00:00Z',
        session_ids: ['claude-demo'],
      },
    ]);
    expect(text).not.toContain(SECRET.slice(4, 12));
    expect(text).toContain('[REDACTED:');
    const human = await runInProcess(['view', file, '--no-open'], { cwd: dir, env: env() });
    expect(human.stdout).toBe(`http://127.0.0.1:8788/review/local/${id}\nreview_id: ${id}\n`);
  });

  it('a stored local object (os://src/local/<sha256>) and remote source URIs', async () => {
    const dir = initRepo(makeTempDir('os-view-uri-'), 'main');
    fs.writeFileSync(path.join(dir, 's.hail.jsonl'), RICH);
    const reg = await runInProcess(['register', 's.hail.jsonl'], { cwd: dir, env: env() });
    const uri = reg.stdout.split('\n')[0];
    const hash = uri.slice('os://src/local/'.length);
    const local = JSON.parse((await runInProcess(['view', uri, '--json'], { cwd: dir, env: env() })).stdout);
    expect(local).toMatchObject({ mode: 'local', review_id: `local-${hash.slice(0, 12)}` });
    expect(readBundle(dir, `local-${hash.slice(0, 12)}`).json.sessions).toHaveLength(1);

    const gh = 'os://src/gh/acme/demo/ref/main/path/sessions/a.hail.jsonl';
    const noConfig = JSON.parse((await runInProcess(['view', gh, '--json'], { cwd: dir, env: env() })).stdout);
    expect(noConfig).toEqual({
      mode: 'source',
      opened: false,
      review_id: null,
      target: gh,
      url: 'http://127.0.0.1:8788/src/gh/acme/demo/ref/main/path/sessions/a.hail.jsonl',
    });
    fs.mkdirSync(path.join(dir, '.opensession'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.opensession', 'config.toml'), '[share]\nbase_url = "http://127.0.0.1:9999/"\n');
    const withConfig = await runInProcess(['view', gh, '--no-open'], { cwd: dir, env: env() });
    expect(withConfig.stdout).toBe('http://127.0.0.1:9999/src/gh/acme/demo/ref/main/path/sessions/a.hail.jsonl\n');
  });

  it('unresolved targets print the V1 guided error and exit 1', async () => {
    const repo = repoWithLedger();
    const outside = makeTempDir('os-view-outside-');
    const cases: Array<[string, string, string]> = [
      ['nope', repo.dir, 'no commits resolved from target `nope`'],
      ['main..', repo.dir, 'invalid commit range'],
      ['main...feature', repo.dir, 'invalid commit range'],
      ['feature..main', repo.dir, 'no commits resolved from target `feature..main`'],
      ['HEAD', outside, 'current directory is not inside a git repository'],
      ['os://artifact/' + 'a'.repeat(64), repo.dir, 'unsupported target URI'],
      ['os://src/local/' + 'b'.repeat(64), repo.dir, `object not found: ${'b'.repeat(64)}`],
    ];
    for (const [target, cwd, cause] of cases) {
      const res = await runInProcess(['view', target, '--no-open'], { cwd, env: env() });
      expect(res.code).toBe(1);
      expect(res.stdout).toBe('');
      expect(res.stderr).toBe(`Error: unable to resolve view target \`${target}\`: ${cause}\n${V1_STEPS}`);
    }
    expect(fs.existsSync(path.join(repo.dir, '.opensession'))).toBe(false);
  });
});

describe('opensession view: commits and ranges', () => {
  it('a range bundles its commits in order with their ledger sessions, newest stored copy winning', async () => {
    const r = repoWithLedger();
    const res = await runInProcess(['view', 'main..feature', '--json'], { cwd: r.dir, env: env() });
    expect(res.stderr).toBe('');
    const id = `commit-${r.c2.slice(0, 12)}`;
    expect(JSON.parse(res.stdout)).toEqual({
      mode: 'commit',
      opened: false,
      review_id: id,
      target: 'main..feature',
      url: `http://127.0.0.1:8788/review/local/${id}`,
    });
    const { json, text } = readBundle(r.dir, id);
    expect(json.pr).toEqual({
      url: 'main..feature',
      owner: 'acme',
      repo: 'widgets',
      number: 0,
      remote: 'origin',
      base_sha: r.c0,
      head_sha: r.c2,
    });
    const commits = json.commits as Array<Record<string, unknown>>;
    expect(commits.map((c) => [c.sha, c.title, c.author_name, c.session_ids])).toEqual([
      [r.c1, 'add a', 'Test', ['demo-rich']],
      [r.c2, 'add b', 'Test', ['claude-demo', 'demo-rich']],
    ]);
    expect(commits[0].authored_at).toMatch(/^2026-01-01T\d\d:\d\d:\d\d\+00:00$/);
    const sessions = json.sessions as Array<Record<string, unknown>>;
    expect(sessions.map((s) => [s.session_id, s.ledger_ref, s.hail_path, s.commit_shas])).toEqual([
      ['claude-demo', ledgerRefOf('feature'), 'v1/cl/claude-demo.hail.jsonl', [r.c2]],
      ['demo-rich', ledgerRefOf('feature'), 'v1/de/demo-rich.hail.jsonl', [r.c1, r.c2]],
    ]);
    expect((sessions[0].session as { context: { title: string } }).context.title).toBe('Add a TOML config parser');
    expect(Object.keys(sessions[0].session as object)).toEqual([
      'version',
      'session_id',
      'agent',
      'context',
      'events',
      'stats',
    ]);
    expect(text).not.toContain(SECRET.slice(10, 18));

    const single = await runInProcess(['view', 'HEAD~1', '--no-open'], { cwd: r.dir, env: env() });
    expect(single.stdout).toBe(
      `http://127.0.0.1:8788/review/local/commit-${r.c1.slice(0, 12)}\nreview_id: commit-${r.c1.slice(0, 12)}\n`,
    );
    expect(readBundle(r.dir, `commit-${r.c1.slice(0, 12)}`).json.pr).toMatchObject({ base_sha: r.c0, head_sha: r.c1 });
    const viaUrl = JSON.parse(
      (
        await runInProcess(['view', `https://github.com/acme/widgets/commit/${r.c2.slice(0, 10)}`, '--json'], {
          cwd: r.dir,
          env: env(),
        })
      ).stdout,
    );
    expect(viaUrl).toMatchObject({ mode: 'commit', review_id: id });
  });

  it('a corrupt HAIL blob is skipped with a warning and the rest is kept', async () => {
    const r = repoWithLedger();
    writeLedger(r.dir, ledgerRefOf('other'), [
      { id: 'broken', storedAt: '2026-11-20T10:00:00Z', commits: [r.c2], hail: '{"type":"header"\n' },
    ]);
    const res = await runInProcess(['view', 'HEAD', '--json'], { cwd: r.dir, env: env() });
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(
      /^\[opensession\] Warning: skipping session broken in refs\/opensession\/branches\/b3RoZXI: /,
    );
    const ids = (readBundle(r.dir, `commit-${r.c2.slice(0, 12)}`).json.sessions as Array<{ session_id: string }>).map(
      (s) => s.session_id,
    );
    expect(ids).toEqual(['claude-demo', 'demo-rich']);
  });
});

describe('opensession view <PR link> runs review --web', () => {
  let server: GitHttpServer;
  beforeAll(async () => {
    server = await startGitHttpServer();
  });
  afterAll(async () => server.stop());

  it('fetches the PR head and ledgers and writes the bundle of the PR', async () => {
    const { url, dir: remote } = await server.createRepo('acme/widgets.git');
    const dev = initRepo(makeTempDir('os-view-dev-'), 'main');
    const base = commitFiles(dev, { 'README.md': 'hi\n' }, 'initial');
    git(dev, 'checkout', '-q', '-b', 'feature/x');
    const head = commitFiles(dev, { 'src/x.ts': 'x\n' }, 'x');
    writeLedger(dev, ledgerRefOf('feature/x'), [
      { id: 'demo-rich', storedAt: '2026-01-01T00:00:00Z', commits: [head], hail: RICH },
    ]);
    git(dev, 'remote', 'add', 'origin', url);
    await gitAsync(
      dev,
      'push',
      '-q',
      'origin',
      'main',
      'feature/x',
      `${ledgerRefOf('feature/x')}:${ledgerRefOf('feature/x')}`,
      `${head}:refs/pull/7/head`,
    );
    git(remote, 'symbolic-ref', 'HEAD', 'refs/heads/main');
    const clone = await cloneTemp(url);
    const link = url.replace(/\.git$/, '') + '/pull/7';
    const res = await runInProcess(['view', link, '--json'], { cwd: clone.dir, env: env() });
    expect(res.stderr).toBe('');
    const id = `gh-acme-widgets-pr7-${head.slice(0, 7)}`;
    const bundlePath = path.join(clone.dir, '.opensession', 'review', id, 'bundle.json');
    expect(JSON.parse(res.stdout)).toEqual({
      base_sha: base,
      bundle_path: bundlePath,
      commit_count: 1,
      head_sha: head,
      mapped_commit_count: 1,
      remote: 'origin',
      review_id: id,
      session_count: 1,
      url: `http://127.0.0.1:8788/review/local/${id}`,
    });
    const b = readBundle(clone.dir, id).json;
    expect(b.pr).toEqual({
      url: link,
      owner: 'acme',
      repo: 'widgets',
      number: 7,
      remote: 'origin',
      base_sha: base,
      head_sha: head,
    });
    expect((b.sessions as Array<{ ledger_ref: string }>)[0].ledger_ref).toBe(
      `refs/remotes/origin/opensession/branches/${ledgerRefOf('feature/x').split('/').pop()}`,
    );
    const human = await runInProcess(['review', link, '--web', '--no-open', '--no-fetch'], {
      cwd: clone.dir,
      env: env(),
    });
    expect(human.stdout).toBe(
      `review url: http://127.0.0.1:8788/review/local/${id}\ncommits: 1 (with sessions: 1)\nsessions: 1\nbundle: ${bundlePath}\n`,
    );
  });
});
