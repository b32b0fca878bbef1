// Ledger writes against real git: commit shape, tree layout, fsck, idempotence, redaction, odd branches.
import * as fs from 'fs';
import * as path from 'path';
import { ledgerRef, resolveLedgerBranch, branchOfLedgerRef } from '../../../core/ledger/refs';
import { openRepo, readHead, readRef, readRepoFacts } from '../../../core/ledger/repo';
import { storeBlob, storeSession } from '../../../core/ledger/store';
import { reflogLinks, sessionWindow, withHintLink } from '../../../core/ledger/links';
import { setBackoffScale, storeFor } from '../../../core/ledger/update';
import { storeSessionForCheckout } from '../../../core/ledger/checkout';
import { resetObjectCaches } from '../../../core/ledger/objects';
import { cleanupTempDirs, commitFile, git, gitRaw, makeTempRepo } from '../../support/git';
import { makeSession } from './fixtures';

afterAll(() => cleanupTempDirs());

async function treePaths(dir: string, ref: string): Promise<string[]> {
  return (await git(dir, 'ls-tree', '-r', '--name-only', ref)).split('\n').filter((l) => l !== '');
}

async function fsck(dir: string): Promise<void> {
  const res = await gitRaw(dir, ['fsck', '--strict', '--no-dangling']);
  expect(res.stderr).not.toMatch(/error|warning/i);
  expect(res.code).toBe(0);
}

describe('storeSession (§4.3, §18.1)', () => {
  it('writes one root commit with the spec layout, passes fsck --strict and reads back with git', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const c = await git(dir, 'rev-parse', 'HEAD');
    const repo = openRepo(dir);
    const ref = ledgerRef('main');
    const res = await storeSession(
      repo,
      ref,
      makeSession('session-1'),
      [c],
      { branch: 'main' },
      { now: () => new Date('2026-02-28T00:53:22.123Z') },
    );
    expect(res.committed).toBe(true);
    expect(await git(dir, 'rev-list', '--count', ref)).toBe('1');
    expect(await git(dir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%P', ref)).toBe(
      'opensession <cli@opensession.io>|opensession <cli@opensession.io>|',
    );
    const raw = await git(dir, 'cat-file', 'commit', ref);
    expect(raw.endsWith('\n\nsession: session-1')).toBe(true); // git() drops the final \n
    expect((await gitRaw(dir, ['cat-file', 'commit', ref])).stdout.endsWith('session: session-1\n')).toBe(true);
    expect(raw).not.toMatch(/^(gpgsig|encoding) /m);
    expect(await treePaths(dir, ref)).toEqual([
      'v1/index/commits/' + c + '/session-1.json',
      'v1/se/session-1.hail.jsonl',
      'v1/se/session-1.meta.json',
    ]);
    const meta = JSON.parse(await git(dir, 'show', `${ref}:v1/se/session-1.meta.json`)) as Record<string, unknown>;
    expect(meta).toMatchObject({
      git: { branch: 'main', commits: [c] },
      model: 'claude-opus-4-6',
      schema_version: 2,
      session_id: 'session-1',
      session_role: 'primary',
      stored_at: '2026-02-28T00:53:22.123Z',
      title: 'Fix greeting',
      tool: 'claude-code',
    });
    expect(await git(dir, 'show', `${ref}:v1/index/commits/${c}/session-1.json`)).toBe(
      '{"hail_path":"v1/se/session-1.hail.jsonl","meta_path":"v1/se/session-1.meta.json","session_id":"session-1","stored_at":"2026-02-28T00:53:22.123Z"}',
    );
    const hail = (await gitRaw(dir, ['show', `${ref}:v1/se/session-1.hail.jsonl`])).stdout;
    expect(hail.endsWith('\n')).toBe(true);
    expect(hail.split('\n')[0]).toContain('"session_id":"session-1"');
    await fsck(dir);
    // The work tree, index and HEAD are untouched.
    expect(await git(dir, 'status', '--porcelain')).toBe('');
    expect(await git(dir, 'rev-parse', 'HEAD')).toBe(c);

    const again = await storeSession(repo, ref, makeSession('session-1'), [c], { branch: 'main' });
    expect(again.committed).toBe(false);
    expect(await git(dir, 'rev-list', '--count', ref)).toBe('1');
  });

  it('accumulates links, keeps index entries for every commit and sets head to the last commit for hook writes', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const c1 = await git(dir, 'rev-parse', 'HEAD');
    const c2 = await commitFile(dir, 'a.txt', 'a\n', 'second');
    const repo = openRepo(dir);
    const ref = ledgerRef('main');
    await storeSession(repo, ref, makeSession('s1'), [c1], { branch: 'main' }, { headIsLastCommit: true });
    const r2 = await storeSession(
      repo,
      ref,
      makeSession('s1'),
      [c2, c1],
      { branch: 'main' },
      { headIsLastCommit: true },
    );
    expect(r2.committed).toBe(true);
    expect(r2.commits).toEqual([c1, c2]);
    const meta = JSON.parse(await git(dir, 'show', `${ref}:v1/s1/s1.meta.json`)) as {
      git: { commits: string[]; head: string };
    };
    expect(meta.git.commits).toEqual([c1, c2]);
    expect(meta.git.head).toBe(c2);
    expect((await treePaths(dir, ref)).filter((p) => p.startsWith('v1/index/'))).toEqual(
      [`v1/index/commits/${c1}/s1.json`, `v1/index/commits/${c2}/s1.json`].sort(),
    );
    // Same links again (any order): unchanged.
    expect(
      (await storeSession(repo, ref, makeSession('s1'), [c2], { branch: 'main' }, { headIsLastCommit: true }))
        .committed,
    ).toBe(false);
    await fsck(dir);
  });

  it('never writes a secret to the ledger (redaction before any object is written)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const secret = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123';
    const gh = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    const session = makeSession('secret-1', {
      text: `export OPENAI_API_KEY=${secret} and token ${gh}`,
      title: `key ${secret}`,
    });
    const res = await storeSession(repo, ledgerRef('main'), session, [], { branch: 'main' });
    expect(res.redactions.openai_api_key).toBeGreaterThanOrEqual(1);
    const all = (await gitRaw(dir, ['cat-file', '--batch-all-objects', '--batch'])).stdout;
    expect(all).not.toContain(secret);
    expect(all).not.toContain(gh);
    expect(all).toContain('[REDACTED:openai_api_key]');
    const meta = JSON.parse(await git(dir, 'show', `${ledgerRef('main')}:v1/se/secret-1.meta.json`)) as {
      title: string;
    };
    expect(meta.title).toBe('key [REDACTED:openai_api_key]');
  });

  it('handles a repository without commits (unborn main)', async () => {
    const { dir } = await makeTempRepo();
    const repo = openRepo(dir);
    const head = readHead(repo);
    expect(head).toEqual({ branch: 'main', head: undefined });
    const branch = resolveLedgerBranch(head.branch, head.head);
    expect(branch).toBe('main');
    const res = await storeSession(repo, ledgerRef(branch), makeSession('s-unborn'), [], { branch });
    expect(res.committed).toBe(true);
    expect(await git(dir, 'rev-parse', '--verify', 'refs/opensession/branches/bWFpbg')).toBe(res.oid);
    expect(await treePaths(dir, ledgerRef('main'))).toEqual(['v1/s-/s-unborn.hail.jsonl', 'v1/s-/s-unborn.meta.json']);
    await fsck(dir);
  });

  it('handles a detached HEAD', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const c = await git(dir, 'rev-parse', 'HEAD');
    await git(dir, 'checkout', '-q', '--detach');
    const repo = openRepo(dir);
    const head = readHead(repo);
    expect(head).toEqual({ branch: 'HEAD', head: c });
    const branch = resolveLedgerBranch(head.branch, head.head);
    expect(branch).toBe(`detached@${c.slice(0, 8)}`);
    const ref = ledgerRef(branch);
    await storeSession(repo, ref, makeSession('s-detached'), [c], { branch, head: c });
    expect(branchOfLedgerRef(ref)).toBe(branch);
    expect(await git(dir, 'for-each-ref', '--format=%(refname)', 'refs/opensession/')).toBe(ref);
    expect(await git(dir, 'symbolic-ref', '-q', 'HEAD').catch(() => 'detached')).toBe('detached');
    await fsck(dir);
  });

  it.each(['feature/hello-world', 'fix/ü-umlaut', 'release/v1.2'])('handles branch %s', async (branch) => {
    const { dir } = await makeTempRepo({ branch, initialCommit: true });
    const repo = openRepo(dir);
    const head = readHead(repo);
    expect(head.branch).toBe(branch);
    const ref = ledgerRef(resolveLedgerBranch(head.branch, head.head));
    await storeSession(repo, ref, makeSession('3f2a9c1e-0000-4000-8000-000000000001'), [head.head!], { branch });
    expect(await git(dir, 'for-each-ref', '--format=%(refname)', 'refs/opensession/')).toBe(ref);
    expect(
      JSON.parse(await git(dir, 'show', `${ref}:v1/3f/3f2a9c1e-0000-4000-8000-000000000001.meta.json`)).git.branch,
    ).toBe(branch);
    await fsck(dir);
  });

  it('handles odd session ids (slashes, non-ASCII, dots)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const ref = ledgerRef('main');
    for (const id of ['a/b:c', '한글', '..', '...x', 'x']) await storeSession(repo, ref, makeSession(id), [], {});
    expect(await treePaths(dir, ref)).toEqual(
      [
        'v1/a_/a_b_c.hail.jsonl',
        'v1/a_/a_b_c.meta.json',
        'v1/__/__.hail.jsonl', // '..' and '한글' share a path; the later write wins
        'v1/__/__.meta.json',
        'v1/__/...x.hail.jsonl',
        'v1/__/...x.meta.json',
        'v1/x/x.hail.jsonl',
        'v1/x/x.meta.json',
      ].sort(),
    );
    expect(JSON.parse(await git(dir, 'show', `${ref}:v1/__/__.meta.json`)).session_id).toBe('..');
    await fsck(dir);
  });

  it('continues a ledger whose ref is only in packed-refs and appends reflog lines', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'config', 'core.logAllRefUpdates', 'always');
    const repo = openRepo(dir);
    const ref = ledgerRef('main');
    const first = await storeSession(repo, ref, makeSession('p1'), [], {});
    await git(dir, 'pack-refs', '--all');
    expect(fs.existsSync(path.join(dir, '.git', ref))).toBe(false);
    expect(readRef(repo.commonDir, ref)).toBe(first.oid);
    const second = await storeSession(repo, ref, makeSession('p2'), [], {});
    expect(await git(dir, 'rev-parse', `${ref}^`)).toBe(first.oid);
    expect(await git(dir, 'rev-parse', ref)).toBe(second.oid);
    const reflog = await git(dir, 'reflog', 'show', '--format=%H %gs', ref);
    expect(reflog.split('\n')).toEqual([`${second.oid} session: p2`, `${first.oid} session: p1`]);
    await fsck(dir);
  });

  it('keeps appending after git gc packed the ledger objects and refs', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const ref = ledgerRef('main');
    await storeSession(repo, ref, makeSession('g1'), [], {});
    await git(dir, 'gc', '-q', '--prune=now');
    expect(await git(dir, 'count-objects', '-v')).toMatch(/^count: 0$/m);
    resetObjectCaches(); // read everything back from the pack
    const r2 = await storeSession(openRepo(dir), ref, makeSession('g2'), [], {});
    expect(r2.committed).toBe(true);
    expect((await treePaths(dir, ref)).filter((p) => p.endsWith('.meta.json'))).toEqual([
      'v1/g1/g1.meta.json',
      'v1/g2/g2.meta.json',
    ]);
    await fsck(dir);
  });

  it('fails with the busy message when a lock file stays', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const ref = ledgerRef('main');
    await storeSession(repo, ref, makeSession('l1'), [], {});
    const lock = path.join(repo.commonDir, `${ref}.lock`);
    fs.writeFileSync(lock, '');
    // all 10 attempts of §4.2, without their ~4.6 s of backoff
    const scale = setBackoffScale(0);
    try {
      await expect(storeSession(repo, ref, makeSession('l2'), [], {})).rejects.toThrow(
        `ledger ref \`${ref}\` is busy: ${lock} exists or the ref keeps changing; if no other opensession or git process is running, remove the lock file and retry`,
      );
    } finally {
      setBackoffScale(scale);
    }
    fs.unlinkSync(lock);
    expect((await storeSession(repo, ref, makeSession('l2'), [], {})).committed).toBe(true);
  }, 30000);

  it('works in a linked worktree (objects and refs in the common dir)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const wt = path.join(dir, '..', `${path.basename(dir)}-wt`);
    await git(dir, 'worktree', 'add', '-q', '-b', 'feature/wt', wt);
    try {
      const repo = openRepo(wt);
      expect(repo.commonDir).toBe(path.join(dir, '.git'));
      const head = readHead(repo);
      expect(head.branch).toBe('feature/wt');
      const ref = ledgerRef(head.branch);
      await storeSession(repo, ref, makeSession('wt-1'), [head.head!], { branch: head.branch });
      expect(await git(dir, 'rev-parse', '--verify', ref)).toMatch(/^[0-9a-f]{40}$/);
      await fsck(dir);
    } finally {
      fs.rmSync(wt, { recursive: true, force: true });
    }
  });
});

describe('storeBlob (§4.4)', () => {
  it('upserts one blob and is unchanged for the same bytes', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const ref = ledgerRef('main');
    const a = await storeBlob(repo, ref, 'sessions/abc.jsonl', Buffer.from('x\n'), 'opensession share abc');
    expect(a.committed).toBe(true);
    expect(
      (await storeBlob(repo, ref, 'sessions/abc.jsonl', Buffer.from('x\n'), 'opensession share abc')).committed,
    ).toBe(false);
    expect(await git(dir, 'log', '--format=%s', ref)).toBe('opensession share abc');
    await fsck(dir);
  });
});

describe('links (§5.1-5.3)', () => {
  it('reads reflog links inside the session window and adds the hint', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const t = 1772239300;
    const env = (s: number) => ({ GIT_COMMITTER_DATE: `${s} +0000`, GIT_AUTHOR_DATE: `${s} +0000` });
    const inWindow = await commitFile(dir, 'a', '1', 'in window', env(t));
    const late = await commitFile(dir, 'b', '2', 'late', env(t + 3 * 3600));
    const repo = openRepo(dir);
    // The reflog records the current time, so rewrite it with known timestamps.
    const logPath = path.join(repo.gitDir, 'logs', 'HEAD');
    const lines = fs
      .readFileSync(logPath, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    const stamps = [t - 10000, t, t + 3 * 3600];
    fs.writeFileSync(
      logPath,
      lines.map((l, i) => l.replace(/> \d+ ([+-]\d{4})\t/, `> ${stamps[i]} $1\t`)).join('\n') + '\n',
    );
    const session = makeSession('s', { createdAt: t - 60, updatedAt: t + 60 });
    const window = sessionWindow(session);
    expect(window).toEqual([t - 60, t + 60]);
    const links = reflogLinks(repo.gitDir, window);
    expect(links).toEqual([inWindow]);
    expect(await withHintLink(storeFor(repo), links, late, window)).toEqual([inWindow, late]);
    expect(await withHintLink(storeFor(repo), links, '0'.repeat(40), window)).toEqual([inWindow]);
    const far = await commitFile(dir, 'c', '3', 'far', env(t + 7 * 3600));
    expect(await withHintLink(storeFor(repo), links, far, window)).toEqual([inWindow]);
  });

  it('reads repo facts from origin with credentials stripped', async () => {
    const { dir } = await makeTempRepo();
    await git(dir, 'remote', 'add', 'origin', 'https://user:tok@github.com/acme/widgets.git');
    expect(await readRepoFacts(openRepo(dir))).toEqual({
      remote: 'https://github.com/acme/widgets.git',
      repo_name: 'acme/widgets',
    });
  });
});

describe('storeSessionForCheckout (daemon writer, §5.4)', () => {
  it('writes into the ledger of the checked-out branch, linked to HEAD when the reflog has nothing in the window', async () => {
    const { dir } = await makeTempRepo({ branch: 'feature/x', initialCommit: true });
    const head = await git(dir, 'rev-parse', 'HEAD');
    const sub = path.join(dir, 'src');
    fs.mkdirSync(sub);
    const res = await storeSessionForCheckout(makeSession('d1', { createdAt: 1000, updatedAt: 2000 }), sub);
    expect(res).toMatchObject({ repoRoot: dir, branch: 'feature/x', committed: true, commits: [head] });
    const meta = JSON.parse(await git(dir, 'show', `${ledgerRef('feature/x')}:v1/d1/d1.meta.json`)) as { git: unknown };
    expect(meta.git).toEqual({ branch: 'feature/x', commits: [head], head });
    expect(await storeSessionForCheckout(makeSession('d2'), path.parse(dir).root)).toBeUndefined();
  });
});
