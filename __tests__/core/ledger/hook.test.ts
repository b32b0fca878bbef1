// Managed pre-push hook: install plan, chaining, strict mode, internal pushes, secret scan, branch sync
// (git-native.md §5.5, §9, §18.5-18.7, §18.11). Real git pushes to a loopback smart-HTTP remote.
import * as fs from 'fs';
import * as path from 'path';
import { toHailJsonl } from '../../../core/hail';
import {
  applyHookInstall,
  HOOK_BACKUP_NAME,
  planHookInstall,
  PRE_PUSH_TEMPLATE,
  resolveHooksDir,
} from '../../../core/ledger/hooks';
import { ledgerRef } from '../../../core/ledger/refs';
import { openRepo } from '../../../core/ledger/repo';
import { storeSession } from '../../../core/ledger/store';
import { syncBranch } from '../../../core/ledger/sync';
import {
  cleanupTempDirs,
  commitFile,
  git,
  gitRaw,
  GitHttpServer,
  isolateGitEnv,
  makeTempDir,
  makeTempRepo,
  startGitHttpServer,
} from '../../support/git';
import { makeSession } from './fixtures';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const REF = ledgerRef('main');
let server: GitHttpServer;
let home: string;

beforeAll(async () => {
  home = isolateGitEnv();
  server = await startGitHttpServer();
});
afterAll(async () => {
  await server.stop();
  cleanupTempDirs();
});

function installShim(): void {
  const bin = path.join(home, '.local', 'share', 'opensession', 'bin');
  fs.mkdirSync(bin, { recursive: true });
  const shim = `#!/bin/sh\nexec '${path.join(ROOT, 'node_modules', '.bin', 'tsx')}' '${path.join(import.meta.dirname, 'helpers', 'cli-entry.ts')}' "$@"\n`;
  fs.writeFileSync(path.join(bin, 'opensession'), shim, { mode: 0o755 });
}

function removeShim(): void {
  fs.rmSync(path.join(home, '.local', 'share', 'opensession', 'bin', 'opensession'), { force: true });
}

/** A repo with an HTTP origin, main pushed, the managed hook installed. */
async function setup(name: string): Promise<{ dir: string; remote: string }> {
  const remote = await server.createRepo(name);
  const { dir } = await makeTempRepo({ initialCommit: true });
  await git(dir, 'remote', 'add', 'origin', remote.url);
  await git(dir, 'push', '-q', '--no-verify', 'origin', 'main');
  await applyHookInstall(planHookInstall(await resolveHooksDir(openRepo(dir))));
  return { dir, remote: remote.dir };
}

const PATH_WITHOUT_CLI = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((p) => !fs.existsSync(path.join(p, 'opensession')))
  .join(path.delimiter);

describe('hook install plan (§9.1, §9.2, §18.11)', () => {
  it('installs, refreshes, and preserves foreign hooks without ever overwriting a backup', async () => {
    const { dir } = await makeTempRepo();
    const repo = openRepo(dir);
    const hooks = await resolveHooksDir(repo);
    expect(hooks.dir).toBe(path.join(dir, '.git', 'hooks'));
    const hook = path.join(hooks.dir, 'pre-push');
    fs.rmSync(hook, { force: true });
    expect(planHookInstall(hooks).action).toBe('install');
    await applyHookInstall(planHookInstall(hooks));
    expect(fs.readFileSync(hook, 'utf8')).toBe(PRE_PUSH_TEMPLATE);
    expect(fs.statSync(hook).mode & 0o777).toBe(0o755);
    expect(planHookInstall(hooks).action).toBe('refresh');

    fs.writeFileSync(hook, '#!/bin/sh\necho first\n');
    fs.chmodSync(hook, 0o750);
    const p1 = planHookInstall(hooks);
    expect(p1).toMatchObject({
      action: 'preserve-original+replace',
      backupPath: path.join(hooks.dir, HOOK_BACKUP_NAME),
      olderBackupPath: undefined,
    });
    await applyHookInstall(p1);
    expect(fs.readFileSync(path.join(hooks.dir, HOOK_BACKUP_NAME), 'utf8')).toBe('#!/bin/sh\necho first\n');
    expect(fs.statSync(path.join(hooks.dir, HOOK_BACKUP_NAME)).mode & 0o777).toBe(0o750);

    fs.writeFileSync(hook, '#!/bin/sh\necho second\n', { mode: 0o755 });
    const p2 = planHookInstall(hooks, new Date(1772239200000));
    expect(p2.olderBackupPath).toBe(path.join(hooks.dir, `${HOOK_BACKUP_NAME}.1772239200`));
    await applyHookInstall(p2);
    expect(fs.readFileSync(path.join(hooks.dir, `${HOOK_BACKUP_NAME}.1772239200`), 'utf8')).toBe(
      '#!/bin/sh\necho first\n',
    );
    expect(fs.readFileSync(path.join(hooks.dir, HOOK_BACKUP_NAME), 'utf8')).toBe('#!/bin/sh\necho second\n');
    expect(fs.readFileSync(hook, 'utf8')).toBe(PRE_PUSH_TEMPLATE);
  });

  it('honours a local core.hooksPath and notes a global one', async () => {
    const { dir } = await makeTempRepo();
    await git(dir, 'config', 'core.hooksPath', '.githooks');
    const hooks = await resolveHooksDir(openRepo(dir));
    expect(hooks).toEqual({ dir: path.join(dir, '.githooks'), sharedScope: undefined });
    await applyHookInstall(planHookInstall(hooks));
    expect(fs.existsSync(path.join(dir, '.githooks', 'pre-push'))).toBe(true);

    const other = await makeTempRepo();
    await git(home, 'config', '--global', 'core.hooksPath', '~/shared-hooks');
    try {
      const g = await resolveHooksDir(openRepo(other.dir));
      expect(g.dir).toBe(path.join(home, 'shared-hooks'));
      expect(planHookInstall(g).note).toBe(
        `core.hooksPath is set in global config; the hook applies to every repository that uses ${path.join(home, 'shared-hooks')}`,
      );
    } finally {
      await git(home, 'config', '--global', '--unset', 'core.hooksPath');
    }
  });
});

describe('managed pre-push hook end to end', () => {
  beforeEach(() => installShim());

  it('chains a pre-existing hook with the full stdin and still pushes the ledger (§18.5)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const remote = await server.createRepo('chain.git');
    await git(dir, 'remote', 'add', 'origin', remote.url);
    const hooksDir = path.join(dir, '.git', 'hooks');
    const seen = path.join(dir, '..', 'seen-stdin');
    fs.writeFileSync(path.join(hooksDir, 'pre-push'), `#!/bin/sh\ncat > '${seen}'\necho "args: $1 $2" >> '${seen}'\n`, {
      mode: 0o755,
    });
    await applyHookInstall(planHookInstall(await resolveHooksDir(openRepo(dir))));
    await storeSession(openRepo(dir), REF, makeSession('s1'), [await git(dir, 'rev-parse', 'HEAD')], {
      branch: 'main',
    });
    await commitFile(dir, 'f.txt', 'x\n', 'second');
    await git(dir, 'branch', 'other');
    const res = await gitRaw(dir, ['push', 'origin', 'main', 'other']);
    expect(res.code).toBe(0);
    const lines = fs.readFileSync(seen, 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.startsWith('refs/heads/'))).toHaveLength(2);
    expect(lines[lines.length - 1]).toBe(`args: origin ${remote.url}`);
    expect(await git(remote.dir, 'rev-parse', REF)).toBe(await git(dir, 'rev-parse', REF));
    expect(await git(dir, 'rev-parse', 'refs/remotes/origin/opensession/branches/bWFpbg')).toBe(
      await git(dir, 'rev-parse', REF),
    );
  }, 60000);

  it('aborts the push when the pre-existing hook fails, without running opensession', async () => {
    const { dir, remote } = await setup('abort.git');
    fs.writeFileSync(path.join(dir, '.git', 'hooks', HOOK_BACKUP_NAME), '#!/bin/sh\ncat >/dev/null\nexit 3\n', {
      mode: 0o755,
    });
    await storeSession(openRepo(dir), REF, makeSession('s1'), [], {});
    await commitFile(dir, 'f.txt', 'x\n', 'second');
    const res = await gitRaw(dir, ['push', 'origin', 'main']);
    expect(res.code).not.toBe(0);
    expect((await gitRaw(remote, ['rev-parse', '--verify', REF])).code).not.toBe(0);
  }, 60000);

  it('OPENSESSION_INTERNAL_PUSH=1 runs neither the chained hook nor the CLI (§18.7)', async () => {
    const { dir, remote } = await setup('internal.git');
    const marker = path.join(dir, '..', 'chained-ran');
    fs.writeFileSync(path.join(dir, '.git', 'hooks', HOOK_BACKUP_NAME), `#!/bin/sh\ntouch '${marker}'\n`, {
      mode: 0o755,
    });
    await storeSession(openRepo(dir), REF, makeSession('s1'), [], {});
    await commitFile(dir, 'f.txt', 'x\n', 'second');
    const res = await gitRaw(dir, ['push', 'origin', 'main'], { env: { OPENSESSION_INTERNAL_PUSH: '1' } });
    expect(res.code).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
    expect((await gitRaw(remote, ['rev-parse', '--verify', REF])).code).not.toBe(0);
  }, 60000);

  it('strict mode without a CLI refuses the push with the two template lines (§18.6)', async () => {
    removeShim();
    const { dir } = await setup('nocli.git');
    await commitFile(dir, 'f.txt', 'x\n', 'second');
    const strict = await gitRaw(dir, ['push', 'origin', 'main'], {
      env: { OPENSESSION_STRICT: 'TRUE', PATH: PATH_WITHOUT_CLI },
    });
    expect(strict.code).not.toBe(0);
    expect(strict.stderr).toContain(
      '[opensession] Warning: opensession CLI/shim not found; skipping ledger fanout.\n[opensession] Error: OPENSESSION_STRICT=1 and the opensession CLI/shim is unavailable.\n',
    );
    const lax = await gitRaw(dir, ['push', 'origin', 'main'], { env: { PATH: PATH_WITHOUT_CLI } });
    expect(lax.code).toBe(0);
    expect(lax.stderr).toContain('[opensession] Warning: opensession CLI/shim not found; skipping ledger fanout.');
  }, 60000);

  it('secret scan: strict refuses and pushes no ledger; otherwise warns without printing the key (§18.6)', async () => {
    const { dir, remote } = await setup('secret.git');
    await storeSession(openRepo(dir), REF, makeSession('s1'), [], {});
    const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123';
    const sha = await commitFile(dir, 'config/.env', `A=1\nOPENAI_API_KEY=${key}\n`, 'add env');
    const strict = await gitRaw(dir, ['push', 'origin', 'main'], { env: { OPENSESSION_STRICT: 'TRUE' } });
    expect(strict.code).not.toBe(0);
    expect(strict.stderr).toContain(
      `[opensession] Potential secrets detected in push to origin:\n  ${sha.slice(0, 7)} config/.env:2 [openai_api_key]\n`,
    );
    expect(strict.stderr).toContain(
      '[opensession] Error: OPENSESSION_STRICT=1 and potential secrets were detected.\n  To push anyway: git push --no-verify\n',
    );
    expect(strict.stderr).not.toContain(key);
    expect((await gitRaw(remote, ['rev-parse', '--verify', REF])).code).not.toBe(0);

    const lax = await gitRaw(dir, ['push', 'origin', 'main']);
    expect(lax.code).toBe(0);
    expect(lax.stderr).toContain(`  ${sha.slice(0, 7)} config/.env:2 [openai_api_key]`);
    expect(lax.stderr).toContain(
      '[opensession] Warning: potential secrets detected; the push continues. Set OPENSESSION_STRICT=1 to block such pushes.',
    );
    expect(lax.stderr).not.toContain(key);
    expect(await git(remote, 'rev-parse', REF)).toBe(await git(dir, 'rev-parse', REF));
  }, 60000);
});

describe('git_notes mode through the hook (§18.8)', () => {
  beforeEach(() => installShim());

  it('notes the pushed tip, copies the note to a child, and pushes notes and ledger', async () => {
    const { dir, remote } = await setup('notes-hook.git');
    await git(dir, 'config', 'opensession.fanout-mode', 'git_notes');
    await storeSession(openRepo(dir), REF, makeSession('s1'), [], {});
    const tip = await commitFile(dir, 'a.txt', 'a\n', 'first noted');
    expect((await gitRaw(dir, ['push', 'origin', 'main'])).code).toBe(0);
    expect(await git(dir, 'notes', '--ref=opensession', 'show', tip)).toContain(`commit: ${tip}\nledger_ref: ${REF}\n`);
    const child = await commitFile(dir, 'b.txt', 'b\n', 'child');
    expect((await gitRaw(dir, ['push', 'origin', 'main'])).code).toBe(0);
    const note = await git(remote, 'notes', '--ref=opensession', 'show', child);
    expect(note).toContain(`commit: ${child}\ncopied_from: ${tip}\n`);
    expect(await git(remote, 'rev-parse', 'refs/opensession/branches/bWFpbg')).toBe(await git(dir, 'rev-parse', REF));
  }, 60000);
});

describe('branch sync (§5.5)', () => {
  it('stores discovered sessions of this repository linked to the pushed commits, once', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', 'https://user:tok@github.com/acme/widgets.git');
    const tip = await commitFile(dir, 'a.txt', 'a\n', 'work');
    const now = Math.floor(Date.now() / 1000);
    const logs = makeTempDir('os-logs-');
    const mine = path.join(logs, 'mine.hail.jsonl');
    const other = path.join(logs, 'other.hail.jsonl');
    fs.writeFileSync(mine, toHailJsonl(makeSession('mine', { createdAt: now - 600, updatedAt: now + 60, cwd: dir })));
    fs.writeFileSync(
      other,
      toHailJsonl(makeSession('other', { createdAt: now - 600, updatedAt: now + 60, cwd: logs })),
    );
    const repo = openRepo(dir);
    const discover = async () => [
      { path: mine, tool: 'hail' },
      { path: other, tool: 'hail' },
    ];
    const env = { ...process.env };
    const r1 = await syncBranch(repo, 'origin', 'main', tip, { env, discover });
    expect(r1).toMatchObject({ stored: 1, ref: REF });
    const meta = JSON.parse(await git(dir, 'show', `${REF}:v1/mi/mine.meta.json`)) as { git: Record<string, unknown> };
    expect(meta.git).toMatchObject({
      branch: 'main',
      head: tip,
      remote: 'https://github.com/acme/widgets.git',
      repo_name: 'acme/widgets',
    });
    expect((meta.git.commits as string[]).includes(tip)).toBe(true);
    expect(await git(dir, 'ls-tree', '-r', '--name-only', REF)).not.toContain('other');
    const cache = JSON.parse(
      fs.readFileSync(path.join(process.env.XDG_CACHE_HOME!, 'opensession', 'session-scan.json'), 'utf8'),
    );
    expect(cache.entries[mine].recorded[REF].commits).toContain(tip);
    const registry = JSON.parse(
      fs.readFileSync(path.join(home, '.config', 'opensession', 'repo-registry.json'), 'utf8'),
    );
    expect(registry.repos).toContain(fs.realpathSync(dir));
    // Nothing changed: skipped via the scan cache, no new commit.
    const count = await git(dir, 'rev-list', '--count', REF);
    expect((await syncBranch(repo, 'origin', 'main', tip, { env, discover })).stored).toBe(0);
    expect(await git(dir, 'rev-list', '--count', REF)).toBe(count);
  });

  it('honours privacy.exclude_tools from the repository config and exclude_patterns', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const tip = await commitFile(dir, 'a.txt', 'a\n', 'work');
    const now = Math.floor(Date.now() / 1000);
    const logs = makeTempDir('os-logs-');
    const file = path.join(logs, 'x.hail.jsonl');
    fs.writeFileSync(
      file,
      toHailJsonl(makeSession('excluded', { createdAt: now - 600, updatedAt: now + 60, cwd: dir })),
    );
    fs.mkdirSync(path.join(dir, '.opensession'));
    fs.writeFileSync(
      path.join(dir, '.opensession', 'config.local.toml'),
      '[privacy]\nexclude_tools = ["CLAUDE-CODE"]\n',
    );
    const discover = async () => [{ path: file, tool: 'hail' }];
    expect((await syncBranch(openRepo(dir), 'origin', 'main', tip, { env: { ...process.env }, discover })).stored).toBe(
      0,
    );
    expect((await gitRaw(dir, ['rev-parse', '--verify', REF])).code).not.toBe(0);
  });
});
