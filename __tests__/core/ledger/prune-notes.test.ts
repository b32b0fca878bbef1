// Retention prune (§7, §18.4) and git_notes fanout (§8, §18.8).
import { ledgerRef, NOTES_REF } from '../../../core/ledger/refs';
import { openRepo } from '../../../core/ledger/repo';
import { storeBlob, storeSession } from '../../../core/ledger/store';
import { pruneLedger } from '../../../core/ledger/prune';
import { noteTip, readFanoutMode } from '../../../core/ledger/notes';
import { pushRef } from '../../../core/ledger/push';
import { commitFile, git, gitRaw, makeTempRepo, useGitHttpServer } from '../../support/git';
import { makeSession } from './fixtures';

const REF = ledgerRef('main');
const server = useGitHttpServer();

describe('pruneLedger (§7)', () => {
  it('removes expired sessions and their index entries in a normal child commit', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const c1 = await git(dir, 'rev-parse', 'HEAD');
    const c2 = await commitFile(dir, 'x', 'x', 'second');
    const repo = openRepo(dir);
    const now = new Date('2026-04-10T12:00:00Z');
    await storeSession(
      repo,
      REF,
      makeSession('old'),
      [c1, c2],
      { branch: 'main' },
      { now: () => new Date(now.getTime() - 40 * 86400e3) },
    );
    await storeSession(repo, REF, makeSession('new'), [c2], { branch: 'main' }, { now: () => now });
    await storeBlob(repo, REF, 'sessions/abc.jsonl', Buffer.from('{}\n'), 'opensession share abc');
    const tip = await git(dir, 'rev-parse', REF);
    const newHail = await git(dir, 'rev-parse', `${REF}:v1/ne/new.hail.jsonl`);

    expect(await pruneLedger(repo, REF, 30, now)).toEqual({ scanned: 2, expired: 1, committed: true });
    expect(await git(dir, 'rev-parse', `${REF}^`)).toBe(tip);
    expect(await git(dir, 'log', '-1', '--format=%s', REF)).toBe('retention-prune: keep_days=30 expired=1');
    const files = (await git(dir, 'ls-tree', '-r', '--name-only', REF)).split('\n');
    expect(files.sort()).toEqual(
      ['sessions/abc.jsonl', `v1/index/commits/${c2}/new.json`, 'v1/ne/new.hail.jsonl', 'v1/ne/new.meta.json'].sort(),
    );
    expect(await git(dir, 'rev-parse', `${REF}:v1/ne/new.hail.jsonl`)).toBe(newHail);
    expect(await pruneLedger(repo, REF, 30, now)).toEqual({ scanned: 1, expired: 0, committed: false });
    expect((await gitRaw(dir, ['fsck', '--strict', '--no-dangling'])).code).toBe(0);
  });

  it('keep_days = 0 expires everything stored at or before now; no ref → zeros', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    expect(await pruneLedger(repo, REF, 30)).toEqual({ scanned: 0, expired: 0, committed: false });
    const now = new Date('2026-04-10T12:00:00Z');
    await storeSession(repo, REF, makeSession('a'), [], {}, { now: () => now });
    expect(await pruneLedger(repo, REF, 0, now)).toEqual({ scanned: 1, expired: 1, committed: true });
    expect(await git(dir, 'ls-tree', '-r', REF)).toBe('');
    // The emptied ledger's tree object is stored: the repository stays consistent.
    expect(await git(dir, 'cat-file', '-t', `${REF}^{tree}`)).toBe('tree');
    expect(await git(dir, 'fsck', '--no-progress')).toBe('');
  });
});

describe('git_notes mode (§8)', () => {
  it('writes a fresh note on the tip, a copied note on a child, and pushes notes and ledger (§18.8)', async () => {
    const remote = await server.createRepo('notes.git');
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', remote.url);
    await git(dir, 'config', 'opensession.fanout-mode', 'git-notes');
    const repo = openRepo(dir);
    expect((await readFanoutMode(repo)).mode).toBe('git_notes');
    const tip = await git(dir, 'rev-parse', 'HEAD');
    const args = { branch: 'main', localRef: 'refs/heads/main', ledgerRef: REF };
    expect(await noteTip(repo, { ...args, tip })).toBe('fresh');
    expect(await noteTip(repo, { ...args, tip })).toBe('unchanged');
    const note = await git(dir, 'notes', '--ref=opensession', 'show', tip);
    expect(note).toMatch(
      new RegExp(
        `^opensession fanout mode: git_notes\nbranch: main\nlocal_ref: refs/heads/main\ncommit: ${tip}\nledger_ref: ${REF}\ngenerated_at: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$`,
      ),
    );
    const child = await commitFile(dir, 'c.txt', 'c\n', 'child');
    expect(await noteTip(repo, { ...args, tip: child })).toBe('copied');
    const copied = await git(dir, 'notes', '--ref=opensession', 'show', child);
    expect(copied).toContain(`commit: ${child}\ncopied_from: ${tip}\n`);
    expect(await git(dir, 'log', '-1', '--format=%s|%an', NOTES_REF)).toBe(`note: ${child}|opensession`);

    await storeSession(repo, REF, makeSession('s1'), [child], { branch: 'main' });
    await pushRef(repo, 'origin', REF);
    await pushRef(repo, 'origin', NOTES_REF, { kind: 'notes' });
    expect(await git(remote.dir, 'rev-parse', NOTES_REF)).toBe(await git(dir, 'rev-parse', NOTES_REF));
    expect(await git(remote.dir, 'rev-parse', 'refs/opensession/branches/bWFpbg')).toBe(
      await git(dir, 'rev-parse', REF),
    );
    expect((await gitRaw(dir, ['fsck', '--strict', '--no-dangling'])).code).toBe(0);
  });

  it('reads fan-out note layouts written by git itself and merges diverged notes', async () => {
    const remote = await server.createRepo('notes-merge.git');
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', remote.url);
    const repo = openRepo(dir);
    const c1 = await git(dir, 'rev-parse', 'HEAD');
    const c2 = await commitFile(dir, 'b', 'b', 'second');
    await git(dir, 'push', '-q', 'origin', 'main');
    const args = { branch: 'main', localRef: 'refs/heads/main', ledgerRef: REF };
    await noteTip(repo, { ...args, tip: c1 });
    await pushRef(repo, 'origin', NOTES_REF, { kind: 'notes' });
    // Someone else adds a note for c2 on the remote; locally we add another commit's note.
    const other = await makeTempRepo();
    await git(other.dir, 'remote', 'add', 'origin', remote.url);
    await git(other.dir, 'fetch', '-q', 'origin', 'main', `${NOTES_REF}:${NOTES_REF}`);
    await git(
      other.dir,
      'notes',
      '--ref=opensession',
      'add',
      '-m',
      'opensession fanout mode: git_notes\ngenerated_at: 2026-01-01T00:00:00Z',
      c2,
    );
    await git(other.dir, 'push', '-q', 'origin', NOTES_REF);
    const c3 = await commitFile(dir, 'c', 'c', 'third');
    expect(await noteTip(repo, { ...args, tip: c3 })).toBe('fresh');
    expect((await pushRef(repo, 'origin', NOTES_REF, { kind: 'notes' })).merges).toBe(1);
    for (const c of [c1, c2, c3])
      expect(await git(remote.dir, 'notes', '--ref=opensession', 'show', c)).toContain('opensession fanout mode');
    expect(await git(dir, 'log', '-1', '--format=%s', NOTES_REF)).toMatch(/^notes-merge: remote=[0-9a-f]{40}$/);
    // c2 now has a note (from the merge), so noting it again is unchanged.
    expect(await noteTip(repo, { ...args, tip: c2 })).toBe('unchanged');
    // Fan-out layouts (`ab/cdef…`, `ab/cd/ef…`) count as existing notes too.
    const c4 = await commitFile(dir, 'd', 'd', 'fourth');
    const c5 = await commitFile(dir, 'e', 'e', 'fifth');
    await storeBlob(repo, NOTES_REF, `${c4.slice(0, 2)}/${c4.slice(2)}`, Buffer.from('x\n'), `note: ${c4}`);
    await storeBlob(
      repo,
      NOTES_REF,
      `${c5.slice(0, 2)}/${c5.slice(2, 4)}/${c5.slice(4)}`,
      Buffer.from('y\n'),
      `note: ${c5}`,
    );
    expect(await noteTip(repo, { ...args, tip: c4 })).toBe('unchanged');
    expect(await noteTip(repo, { ...args, tip: c5 })).toBe('unchanged');
    expect(await git(dir, 'notes', '--ref=opensession', 'show', c4)).toBe('x');
  });
});
