// The pre-push hook of amendments A8, end to end through the bundled CLI: 50 new branches and 200 sessions from
// 3 repositories pushed to a loopback smart-HTTP remote; branch linking, one push for every ledger ref, the
// one-line report and the POSIX-sh fast path that does not start Node.
import * as fs from 'fs';
import * as path from 'path';
import { applyHookInstall, planHookInstall, PRE_PUSH_TEMPLATE, resolveHooksDir } from '../../../core/ledger/hooks';
import { ledgerRef } from '../../../core/ledger/refs';
import { openRepo } from '../../../core/ledger/repo';
import { claudeLine } from '../../cli/daemon/helpers';
import { BUNDLED_CLI } from '../../support/cli';
import {
  cleanupTempDirs,
  git,
  gitRaw,
  GitHttpServer,
  isolateGitEnv,
  makeTempRepo,
  startGitHttpServer,
} from '../../support/git';

let server: GitHttpServer;
let home: string;
const BASE = 1767225600; // 2026-01-01T00:00:00Z
const HOUR = 3600;
const at = (s: number) => ({ GIT_COMMITTER_DATE: `@${s} +0000`, GIT_AUTHOR_DATE: `@${s} +0000` });
const branchName = (i: number) => `b${String(i).padStart(2, '0')}`;

beforeAll(async () => {
  home = isolateGitEnv();
  server = await startGitHttpServer();
  // The shim doctor --fix installs, plus a call counter so tests can see whether Node started.
  const bin = path.join(home, '.local', 'share', 'opensession', 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(
    path.join(bin, 'opensession'),
    `#!/bin/sh\necho call >> '${path.join(home, 'cli-calls')}'\nexec '${process.execPath}' '${BUNDLED_CLI}' "$@"\n`,
    { mode: 0o755 },
  );
});
afterAll(async () => {
  await server.stop();
  cleanupTempDirs();
});

const cliCalls = () => {
  try {
    return fs
      .readFileSync(path.join(home, 'cli-calls'), 'utf8')
      .split('\n')
      .filter((l) => l !== '').length;
  } catch {
    return 0;
  }
};
const receivePacks = () =>
  server.requests.filter((r) => r.endsWith('/git-receive-pack') && r.startsWith('POST')).length;

async function gitAt(dir: string, when: number, ...args: string[]): Promise<void> {
  const r = await gitRaw(dir, args, { env: at(when) });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** A Claude Code log under ~/.claude/projects with a user line at `from` and an agent line at `to`. */
function writeSession(project: string, id: string, cwd: string, from: number, to: number, mtime: number): string {
  const file = path.join(home, '.claude', 'projects', project, `${id}.jsonl`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    claudeLine(id, cwd, 'user', `work for ${id}`, new Date(from * 1000), 0) +
      claudeLine(id, cwd, 'assistant', 'done', new Date(to * 1000), 1),
  );
  fs.utimesSync(file, mtime, mtime);
  return file;
}

async function sessionsOn(bare: string, branch: string): Promise<string[]> {
  const r = await gitRaw(bare, ['ls-tree', '-r', '--name-only', ledgerRef(branch)]);
  if (r.code !== 0) return [];
  return r.stdout
    .split('\n')
    .filter((f) => f.endsWith('.hail.jsonl'))
    .map((f) => path.basename(f, '.hail.jsonl'))
    .sort();
}

describe('pre-push hook (A8)', () => {
  it('records 50 new branches from 200 sessions in 3 repos with one ledger push, then skips Node when nothing changed', async () => {
    const remote = await server.createRepo('a8.git');
    const a = await makeTempRepo();
    await gitAt(a.dir, BASE - 10 * HOUR, 'commit', '-q', '--allow-empty', '-m', 'root');
    await git(a.dir, 'remote', 'add', 'origin', remote.url);
    await git(a.dir, 'push', '-q', '--no-verify', 'origin', 'main');
    await applyHookInstall(planHookInstall(await resolveHooksDir(openRepo(a.dir))));
    expect(fs.readFileSync(path.join(a.dir, '.git', 'hooks', 'pre-push'), 'utf8')).toBe(PRE_PUSH_TEMPLATE);
    const b = await makeTempRepo({ initialCommit: true });
    const c = await makeTempRepo({ initialCommit: true });

    // 50 branches; branch i gets one commit at T_i, checked out 30 min before and left 30 min after.
    const commits: string[] = [];
    for (let i = 0; i < 50; i++) {
      const t = BASE + i * 2 * HOUR;
      await gitAt(a.dir, t - 1800, 'checkout', '-q', '-b', branchName(i), 'main');
      await gitAt(a.dir, t, 'commit', '-q', '--allow-empty', '-m', `work ${i}`);
      commits.push(await git(a.dir, 'rev-parse', 'HEAD'));
      await gitAt(a.dir, t + 1800, 'checkout', '-q', 'main');
    }
    const oldMtime = Date.now() / 1000 - 7200;
    const newMtime = Date.now() / 1000 - 3600;
    // Repo A: two sessions around each branch commit (reflog links).
    for (let i = 0; i < 50; i++) {
      const t = BASE + i * 2 * HOUR;
      writeSession('a', `a-${i}-x`, a.dir, t - 600, t + 600, oldMtime);
      writeSession('a', `a-${i}-y`, path.join(a.dir, 'src'), t - 300, t + 60, oldMtime);
    }
    // No links: ended while b07 was checked out -> the pushed-tip hint puts it on b07 only.
    const t7 = BASE + 7 * 2 * HOUR;
    writeSession('a', 'a-hint', a.dir, t7 - 1500, t7 - 1000, oldMtime);
    // No links, ended on main (not pushed): recorded nowhere, although b01..b03 tips are within 6 h of it.
    const t2 = BASE + 2 * 2 * HOUR;
    writeSession('a', 'a-main', a.dir, t2 + 2000, t2 + 2400, oldMtime);
    // Repos B and C: newer files whose windows cover the same commits; they must never land in A's ledgers.
    for (let i = 0; i < 49; i++) {
      const t = BASE + i * 2 * HOUR;
      writeSession('b', `b-${i}`, b.dir, t - 600, t + 600, newMtime);
      writeSession('c', `c-${i}`, c.dir, t - 600, t + 600, newMtime);
    }

    const before = receivePacks();
    const calls = cliCalls();
    const push = await gitRaw(a.dir, ['push', 'origin', ...Array.from({ length: 50 }, (_, i) => branchName(i))]);
    expect(push.code).toBe(0);
    expect(cliCalls()).toBe(calls + 1);
    // The user's push and ONE ledger push, whatever the number of branches.
    expect(receivePacks() - before).toBe(2);
    expect(push.stderr).toContain('opensession: recorded 101 session(s) on b00, b01, b02 and 47 more branches\n');

    for (let i = 0; i < 50; i++) {
      const want = [`a-${i}-x`, `a-${i}-y`, ...(i === 7 ? ['a-hint'] : [])].sort();
      expect(await sessionsOn(remote.dir, branchName(i))).toEqual(want);
      const metaFile = (await git(remote.dir, 'ls-tree', '-r', '--name-only', ledgerRef(branchName(i))))
        .split('\n')
        .find((f) => f.endsWith(`a-${i}-x.meta.json`))!;
      const meta = JSON.parse(await git(remote.dir, 'show', `${ledgerRef(branchName(i))}:${metaFile}`));
      expect(meta.git.commits).toEqual([commits[i]]);
    }
    expect(await sessionsOn(remote.dir, 'main')).toEqual([]);
    expect((await gitRaw(remote.dir, ['fsck', '--strict'])).code).toBe(0);
    const stamp = path.join(a.dir, '.git', 'opensession', 'hook-stamp');
    expect(fs.readFileSync(stamp, 'utf8')).toBe(
      await git(
        a.dir,
        'for-each-ref',
        '--format=%(objectname) %(refname)',
        'refs/opensession/branches/',
        'refs/notes/opensession',
      ).then((s) => s + '\n'),
    );

    // Nothing new: a commit pushed on an existing branch, no agent log changed -> the sh part exits, Node never starts.
    await gitAt(a.dir, BASE + 200 * HOUR, 'checkout', '-q', branchName(3));
    await gitAt(a.dir, BASE + 200 * HOUR, 'commit', '-q', '--allow-empty', '-m', 'more');
    const quiet = await gitRaw(a.dir, ['push', 'origin', branchName(3)]);
    expect(quiet.code).toBe(0);
    expect(cliCalls()).toBe(calls + 1);
    expect(quiet.stderr).not.toContain('opensession');

    // An agent log written since the stamp -> Node runs again (and records nothing new here: prints nothing).
    const touched = path.join(home, '.claude', 'projects', 'b', 'b-0.jsonl');
    fs.appendFileSync(touched, '');
    const later = new Date();
    fs.utimesSync(touched, later, later);
    await gitAt(a.dir, BASE + 201 * HOUR, 'commit', '-q', '--allow-empty', '-m', 'again');
    const slow = await gitRaw(a.dir, ['push', 'origin', branchName(3)]);
    expect(slow.code).toBe(0);
    expect(cliCalls()).toBe(calls + 2);
    expect(slow.stderr).not.toContain('opensession: recorded');

    // A ledger ref that moved since the last fanout also goes to Node; OPENSESSION_QUIET=1 silences the report.
    writeSession('a', 'a-late', a.dir, BASE + 202 * HOUR - 60, BASE + 202 * HOUR + 60, Date.now() / 1000);
    await gitAt(a.dir, BASE + 202 * HOUR, 'commit', '-q', '--allow-empty', '-m', 'late');
    const q = await gitRaw(a.dir, ['push', 'origin', branchName(3)], { env: { OPENSESSION_QUIET: '1' } });
    expect(q.code).toBe(0);
    expect(cliCalls()).toBe(calls + 3);
    expect(q.stderr).not.toContain('opensession: recorded');
    expect(await sessionsOn(remote.dir, branchName(3))).toContain('a-late');
  }, 300000);

  it('a branch created on the remote always runs the CLI, even with a fresh stamp', async () => {
    const remote = await server.createRepo('a8-create.git');
    const a = await makeTempRepo({ initialCommit: true });
    await git(a.dir, 'remote', 'add', 'origin', remote.url);
    await applyHookInstall(planHookInstall(await resolveHooksDir(openRepo(a.dir))));
    await git(a.dir, 'push', '-q', 'origin', 'main');
    const calls = cliCalls();
    await git(a.dir, 'commit', '-q', '--allow-empty', '-m', 'x');
    await git(a.dir, 'push', '-q', 'origin', 'main');
    expect(cliCalls()).toBe(calls); // stamp fresh, nothing new: fast path
    await git(a.dir, 'branch', 'fresh');
    await git(a.dir, 'push', '-q', 'origin', 'fresh');
    expect(cliCalls()).toBe(calls + 1);
    // Strict mode never takes the fast path (the secret scan must run).
    await git(a.dir, 'commit', '-q', '--allow-empty', '-m', 'y');
    const r = await gitRaw(a.dir, ['push', '-q', 'origin', 'main'], { env: { OPENSESSION_STRICT: '1' } });
    expect(r.code).toBe(0);
    expect(cliCalls()).toBe(calls + 2);
  }, 120000);
});
