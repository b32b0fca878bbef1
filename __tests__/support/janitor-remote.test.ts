// The janitor fixture writer: the same commits and refs git fast-import makes of the same input; git fsck is clean.
import { spawnSync } from 'node:child_process';
import { cleanupTempDirs, git, isolateGitEnv, makeTempRepo } from './git';
import { importRefs, ledgerRef, refNames, type RefSpec } from './janitor-remote';

beforeAll(() => isolateGitEnv());
afterAll(() => cleanupTempDirs());

/** What importRefs wrote before it built its own pack: one fast-import run, one loose ref per ref. */
function fastImport(dir: string, refs: readonly RefSpec[]): void {
  const input = refs
    .map((r, i) => {
      const msg = `ref ${i}\n`;
      return `commit ${r.ref}\nmark :${i + 1}\ncommitter Test <test@example.com> ${r.time} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
    })
    .join('');
  const res = spawnSync('git', ['fast-import', '--quiet', '--force'], { cwd: dir, input });
  if (res.status !== 0) throw new Error(res.stderr.toString());
}

const T = 1_760_000_000;

test('same ref values as git fast-import, and git fsck is clean', async () => {
  const batch: RefSpec[] = [
    { ref: ledgerRef('gone/a'), time: T - 90 * 86_400 },
    { ref: 'refs/heads/live/x', time: T - 3 },
    { ref: ledgerRef('twice'), time: T - 10 },
    { ref: ledgerRef('twice'), time: T - 5 }, // a child of the first, as fast-import makes it
    { ref: 'refs/heads/opensession/pr-7-sessions', time: T },
  ];
  const mine = (await makeTempRepo({ bare: true })).dir;
  const theirs = (await makeTempRepo({ bare: true })).dir;
  importRefs(mine, batch);
  fastImport(theirs, batch);
  const listing = (dir: string) => git(dir, 'for-each-ref', '--format=%(objectname) %(refname) %(committerdate:unix)');
  expect(await listing(mine)).toBe(await listing(theirs));
  expect(await git(mine, 'rev-list', '--count', ledgerRef('twice'))).toBe('2');

  // a second import replaces refs (one made by git) and keeps the others
  await git(mine, 'update-ref', 'refs/heads/loose', await git(mine, 'rev-parse', 'refs/heads/live/x'));
  importRefs(mine, [
    { ref: ledgerRef('gone/a'), time: T },
    { ref: 'refs/heads/loose', time: T - 1 },
  ]);
  expect(refNames(mine)).toEqual([...new Set([...batch.map((r) => r.ref), 'refs/heads/loose'])].sort());
  expect(await git(mine, 'log', '-1', '--format=%ct %s', ledgerRef('gone/a'))).toBe(`${T} ref 0`);
  expect(await git(mine, 'log', '-1', '--format=%ct %s', 'refs/heads/loose')).toBe(`${T - 1} ref 1`);
  expect(await git(mine, 'fsck', '--strict', '--no-dangling')).toBe('');
});
