// batch.ts: the hook's objects held in memory, written as one pack + index. Checked with git itself: verify-pack,
// fsck of a repository that has only the pack, and a push of the packed ledgers to a bare remote.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { packObjects } from '../../../core/ledger/batch';
import { ledgerRef } from '../../../core/ledger/refs';
import { openRepo } from '../../../core/ledger/repo';
import { storeSession } from '../../../core/ledger/store';
import { cleanupTempDirs, git, makeTempRepo } from '../../support/git';
import { makeSession } from './fixtures';

afterAll(() => cleanupTempDirs());

/** Type and body of every object in `ids`, read by one `git cat-file --batch`. */
function readObjects(dir: string, ids: string[]): Map<string, { type: string; body: Buffer }> {
  const out = spawnSync('git', ['cat-file', '--batch'], { cwd: dir, input: ids.join('\n') + '\n' }).stdout;
  const objects = new Map<string, { type: string; body: Buffer }>();
  let at = 0;
  while (at < out.length) {
    const nl = out.indexOf(0x0a, at);
    const [oid, type, size] = out.toString('latin1', at, nl).split(' ');
    const body = Buffer.from(out.subarray(nl + 1, nl + 1 + Number(size)));
    objects.set(oid, { type, body });
    at = nl + 1 + Number(size) + 1;
  }
  return objects;
}

describe('packObjects', () => {
  it('writes objects held in memory as one pack git reads, verifies and pushes', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const refs: string[] = [];
    for (let i = 0; i < 12; i++) {
      const ref = ledgerRef(`topic-${i}`);
      refs.push(ref);
      await storeSession(repo, ref, makeSession(`s-${i}`), [await git(dir, 'rev-parse', 'HEAD')], {});
    }
    const reachable = (await git(dir, 'rev-list', '--objects', ...refs)).split('\n').map((l) => l.split(' ')[0]);
    const objects = readObjects(dir, reachable);
    const big = Buffer.from('x'.repeat(100 * 1024) + '\n'); // more than one zlib window
    const bigOid = spawnSync('git', ['hash-object', '--stdin'], { cwd: dir, input: big }).stdout.toString().trim();
    objects.set(bigOid, { type: 'blob', body: big });

    // Into a repository that has none of these objects: only the pack can answer.
    const target = await makeTempRepo({ bare: true });
    const pack = packObjects(target.dir, objects)!;
    expect(pack).toMatch(/pack-[0-9a-f]{40}\.pack$/);
    expect(packObjects(target.dir, new Map())).toBeUndefined();
    const verify = await git(target.dir, 'verify-pack', '-v', pack.replace(/\.pack$/, '.idx'));
    expect(verify).toContain(`non delta: ${objects.size} objects`);
    expect(verify).toContain(`${bigOid} blob   ${100 * 1024 + 1} `);
    for (const ref of refs) await git(target.dir, 'update-ref', ref, await git(dir, 'rev-parse', ref));
    expect(fs.readdirSync(path.join(target.dir, 'objects')).filter((d) => /^[0-9a-f]{2}$/.test(d))).toEqual([]);
    expect(await git(target.dir, 'fsck', '--no-progress', '--strict', '--no-dangling')).toBe('');
    const remote = await makeTempRepo({ bare: true });
    await git(target.dir, 'push', '-q', '--no-verify', remote.dir, ...refs.map((r) => `${r}:${r}`));
    expect(await git(remote.dir, 'rev-parse', refs[11])).toBe(await git(dir, 'rev-parse', refs[11]));
    expect(await git(remote.dir, 'fsck', '--no-progress')).toBe('');
  });

  it('refuses an object it cannot pack', () => {
    expect(() =>
      packObjects('/nonexistent', new Map([['not-an-oid', { type: 'blob', body: Buffer.alloc(0) }]])),
    ).toThrow('cannot pack object not-an-oid');
  });
});
