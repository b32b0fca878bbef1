// batch.ts: the hook's objects held in memory, written as one pack + index. Checked with git itself: verify-pack,
// fsck of a repository that has only the pack, and a push of the packed ledgers to a bare remote.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { inflateSync } from 'zlib';
import fc from 'fast-check';
import { adler32, packObjects, packObjectsAsync, STORED_BELOW, storedZlib } from '../../../core/ledger/batch';
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

  it('packObjectsAsync writes the same pack and index (fsynced together), which git verifies', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const ref = ledgerRef('topic');
    await storeSession(repo, ref, makeSession('s-async'), [await git(dir, 'rev-parse', 'HEAD')], {});
    const reachable = (await git(dir, 'rev-list', '--objects', ref)).split('\n').map((l) => l.split(' ')[0]);
    const objects = readObjects(dir, reachable);
    const a = await makeTempRepo({ bare: true });
    const b = await makeTempRepo({ bare: true });
    const syncPack = packObjects(a.dir, objects)!;
    const asyncPack = (await packObjectsAsync(b.dir, objects))!;
    expect(path.basename(asyncPack)).toBe(path.basename(syncPack));
    for (const ext of ['.pack', '.idx'])
      expect(fs.readFileSync(asyncPack.replace(/\.pack$/, ext))).toEqual(
        fs.readFileSync(syncPack.replace(/\.pack$/, ext)),
      );
    expect(fs.readdirSync(path.dirname(asyncPack)).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(await packObjectsAsync(b.dir, new Map())).toBeUndefined();
    await git(b.dir, 'update-ref', ref, await git(dir, 'rev-parse', ref));
    expect(await git(b.dir, 'fsck', '--no-progress', '--strict', '--no-dangling')).toBe('');
    // Small objects are stored (zlib stream = body + 11 bytes), larger ones deflated.
    const verify = await git(b.dir, 'verify-pack', '-v', asyncPack.replace(/\.pack$/, '.idx'));
    let stored = 0;
    for (const line of verify.split('\n')) {
      const m = /^([0-9a-f]{40}) (commit|tree|blob) +(\d+) (\d+) /.exec(line);
      if (m === null) continue;
      const size = Number(m[3]);
      const inPack = Number(m[4]);
      const header = size < 16 ? 1 : size < 2048 ? 2 : 3;
      if (size < STORED_BELOW) {
        expect(inPack).toBe(header + size + 11);
        stored++;
      }
    }
    expect(stored).toBeGreaterThan(0);
  });
});

describe('storedZlib', () => {
  it('is a zlib stream zlib inflates to the same bytes, with the same Adler-32 (several blocks too)', () => {
    for (const n of [0, 1, 65535, 65536, 65535 * 2 + 7]) {
      const body = Buffer.alloc(n, 0x61);
      expect(inflateSync(storedZlib(body))).toEqual(body);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const z = storedZlib(bytes);
        expect(inflateSync(z)).toEqual(Buffer.from(bytes));
        expect(z.readUInt32BE(z.length - 4)).toBe(adler32(bytes));
      }),
    );
  });
});
