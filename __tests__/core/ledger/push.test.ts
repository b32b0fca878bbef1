// Push through a loopback smart-HTTP remote; a rejected push fetches, merges by union and pushes again (§6, §18.3).
import { ledgerRef } from '../../../core/ledger/refs';
import { openRepo, readRef } from '../../../core/ledger/repo';
import { storeSession } from '../../../core/ledger/store';
import { pushRef } from '../../../core/ledger/push';
import { pruneLedger } from '../../../core/ledger/prune';
import { cloneTemp, git, gitRaw, makeTempRepo, useGitHttpServer } from '../../support/git';
import { makeSession } from './fixtures';

const REF = ledgerRef('main');
const server = useGitHttpServer();

async function ledgerFiles(dir: string, ref: string): Promise<string[]> {
  return (await git(dir, 'ls-tree', '-r', '--name-only', ref)).split('\n').filter((l) => l !== '');
}

/** A remote with `main` and two clones that share ledger tip R0 (session s-0). */
async function twoClones(name: string): Promise<{ a: string; b: string; remote: string; c0: string }> {
  const remote = await server.createRepo(name);
  const seed = await makeTempRepo({ initialCommit: true });
  await git(seed.dir, 'remote', 'add', 'origin', remote.url);
  await git(seed.dir, 'push', '-q', 'origin', 'main');
  const a = (await cloneTemp(remote.url)).dir;
  const b = (await cloneTemp(remote.url)).dir;
  const c0 = await git(a, 'rev-parse', 'HEAD');
  await storeSession(openRepo(a), REF, makeSession('s-0'), [c0], { branch: 'main' });
  expect((await pushRef(openRepo(a), 'origin', REF)).pushed).toBe(true);
  await git(b, 'fetch', '-q', 'origin', `${REF}:${REF}`);
  return { a, b, remote: remote.dir, c0 };
}

describe('pushRef through smart HTTP', () => {
  it('pushes a new ledger and records the tracking ref', async () => {
    const remote = await server.createRepo('first.git');
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', remote.url);
    const repo = openRepo(dir);
    await storeSession(repo, REF, makeSession('s1'), [await git(dir, 'rev-parse', 'HEAD')], { branch: 'main' });
    const res = await pushRef(repo, 'origin', REF);
    expect(res).toMatchObject({ pushed: true, merges: 0 });
    expect(await git(remote.dir, 'rev-parse', REF)).toBe(readRef(repo.commonDir, REF));
    expect(readRef(repo.commonDir, 'refs/remotes/origin/opensession/branches/bWFpbg')).toBe(
      readRef(repo.commonDir, REF),
    );
    expect((await gitRaw(remote.dir, ['fsck', '--strict', '--no-dangling'])).code).toBe(0);
  });

  it('merges a diverged remote ledger: both sets survive (§18.3)', async () => {
    const { a, b, remote, c0 } = await twoClones('merge.git');
    await storeSession(openRepo(a), REF, makeSession('s-a'), [c0], { branch: 'main' });
    await pushRef(openRepo(a), 'origin', REF);
    const aTip = await git(a, 'rev-parse', REF);
    await storeSession(openRepo(b), REF, makeSession('s-b'), [c0], { branch: 'main' });
    const bTip = await git(b, 'rev-parse', REF);

    const res = await pushRef(openRepo(b), 'origin', REF);
    expect(res).toMatchObject({ pushed: true, merges: 1 });
    const merged = await git(b, 'rev-parse', REF);
    expect(await git(b, 'log', '-1', '--format=%P|%s|%an <%ae>', REF)).toBe(
      `${bTip} ${aTip}|ledger-merge: remote=${aTip}|opensession <cli@opensession.io>`,
    );
    expect(await git(remote, 'rev-parse', REF)).toBe(merged);
    const files = await ledgerFiles(remote, REF);
    for (const id of ['s-0', 's-a', 's-b']) {
      expect(files).toContain(`v1/s-/${id}.hail.jsonl`);
      expect(files).toContain(`v1/s-/${id}.meta.json`);
      expect(files).toContain(`v1/index/commits/${c0}/${id}.json`);
    }
    expect((await gitRaw(remote, ['fsck', '--strict', '--no-dangling'])).code).toBe(0);
    expect((await gitRaw(b, ['fsck', '--strict', '--no-dangling'])).code).toBe(0);

    // A pushes again after its own new write: the remote holds B's merge, so A merges too.
    await storeSession(openRepo(a), REF, makeSession('s-a2'), [c0], { branch: 'main' });
    expect((await pushRef(openRepo(a), 'origin', REF)).merges).toBe(1);
    const final = await ledgerFiles(remote, REF);
    for (const id of ['s-0', 's-a', 's-b', 's-a2']) expect(final).toContain(`v1/s-/${id}.meta.json`);
  });

  it('keeps the version with the later stored_at when both changed a session', async () => {
    const { a, b, remote, c0 } = await twoClones('conflict.git');
    const early = () => new Date('2026-03-01T10:00:00Z');
    const late = () => new Date('2026-03-01T11:00:00Z');
    // Local (B) is older, remote (A) newer: the remote version must survive the merge done by B.
    await storeSession(
      openRepo(a),
      REF,
      makeSession('s-x', { text: 'version from A' }),
      [c0],
      { branch: 'main' },
      { now: late },
    );
    await pushRef(openRepo(a), 'origin', REF);
    await storeSession(
      openRepo(b),
      REF,
      makeSession('s-x', { text: 'version from B' }),
      [c0],
      { branch: 'main' },
      { now: early },
    );
    await storeSession(
      openRepo(b),
      REF,
      makeSession('s-y', { text: 'only B' }),
      [c0],
      { branch: 'main' },
      { now: early },
    );
    await pushRef(openRepo(b), 'origin', REF);
    expect(await git(remote, 'show', `${REF}:v1/s-/s-x.hail.jsonl`)).toContain('version from A');
    expect(JSON.parse(await git(remote, 'show', `${REF}:v1/s-/s-x.meta.json`)).stored_at).toBe('2026-03-01T11:00:00Z');
    expect(JSON.parse(await git(remote, 'show', `${REF}:v1/index/commits/${c0}/s-x.json`)).stored_at).toBe(
      '2026-03-01T11:00:00Z',
    );
    expect(await ledgerFiles(remote, REF)).toContain('v1/s-/s-y.meta.json');

    // And the other way round: B writes a newer version and pushes; it wins over A's.
    await storeSession(
      openRepo(b),
      REF,
      makeSession('s-x', { text: 'newest from B' }),
      [c0],
      { branch: 'main' },
      { now: () => new Date('2026-03-01T12:00:00Z') },
    );
    await storeSession(openRepo(a), REF, makeSession('s-z'), [c0], { branch: 'main' });
    await pushRef(openRepo(a), 'origin', REF); // A merges the remote (B's merge) first
    await pushRef(openRepo(b), 'origin', REF);
    expect(await git(remote, 'show', `${REF}:v1/s-/s-x.hail.jsonl`)).toContain('newest from B');
    expect(await ledgerFiles(remote, REF)).toContain('v1/s-/s-z.meta.json');
  });

  it('does not bring back a pruned session from a clone that still has it (§18.4)', async () => {
    const { a, b, remote, c0 } = await twoClones('prune.git');
    const now = new Date();
    const old = () => new Date(now.getTime() - 40 * 86400 * 1000);
    await storeSession(openRepo(a), REF, makeSession('old'), [c0], { branch: 'main' }, { now: old });
    await pushRef(openRepo(a), 'origin', REF);
    await git(b, 'fetch', '-q', 'origin', `+${REF}:${REF}`);
    expect(await pruneLedger(openRepo(a), REF, 30, now)).toEqual({ scanned: 2, expired: 1, committed: true });
    await pushRef(openRepo(a), 'origin', REF);
    await storeSession(openRepo(b), REF, makeSession('new-b'), [c0], { branch: 'main' });
    expect((await pushRef(openRepo(b), 'origin', REF)).merges).toBe(1);
    const files = await ledgerFiles(remote, REF);
    expect(files.filter((f) => f.includes('/old'))).toEqual([]);
    expect(files).toContain('v1/ne/new-b.meta.json');
    expect(files).toContain('v1/s-/s-0.meta.json');
  });

  it('fast-forwards when the local ledger is behind, and merges through a URL target via a scratch ref', async () => {
    const { a, b, c0 } = await twoClones('ff.git');
    await storeSession(openRepo(a), REF, makeSession('s-a'), [c0], { branch: 'main' });
    await pushRef(openRepo(a), 'origin', REF);
    // B has nothing new: pushing its older tip fast-forwards the local ref to the remote tip.
    const res = await pushRef(openRepo(b), 'origin', REF);
    expect(res.fastForwarded).toBe(true);
    expect(await git(b, 'rev-parse', REF)).toBe(await git(a, 'rev-parse', REF));
    // URL target: merge fetch goes to refs/opensession/scratch/ and the scratch ref is deleted after.
    await storeSession(openRepo(a), REF, makeSession('s-a3'), [c0], { branch: 'main' });
    await pushRef(openRepo(a), 'origin', REF);
    await storeSession(openRepo(b), REF, makeSession('s-b3'), [c0], { branch: 'main' });
    const url = await git(b, 'remote', 'get-url', 'origin');
    expect((await pushRef(openRepo(b), url, REF)).merges).toBe(1);
    expect(await git(b, 'for-each-ref', 'refs/opensession/scratch/')).toBe('');
  });

  it('reports a final failure with git stderr', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    await storeSession(repo, REF, makeSession('s1'), [], {});
    await expect(pushRef(repo, `${server.url}/missing.git`, REF, { retryDelayMs: 10 })).rejects.toThrow(
      /^git push failed: /,
    );
  });
});
