// batch.ts: the objects a hook run wrote, packed before the ledger push. Checked with git itself: verify-pack,
// fsck after the loose copies are gone, and a push of the packed ledgers to a bare remote.
import * as fs from 'fs';
import * as path from 'path';
import { packLooseObjects, recordWrites } from '../../../core/ledger/batch';
import { ledgerRef } from '../../../core/ledger/refs';
import { openRepo } from '../../../core/ledger/repo';
import { storeSession } from '../../../core/ledger/store';
import { storeFor } from '../../../core/ledger/update';
import { cleanupTempDirs, git, makeTempRepo } from '../../support/git';
import { makeSession } from './fixtures';

afterAll(() => cleanupTempDirs());

describe('packLooseObjects / recordWrites', () => {
  it('packs the objects written through the store into one pack git reads, verifies and pushes', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const store = storeFor(repo);
    const ownBefore = Object.keys(store);
    const rec = recordWrites(store);
    const refs: string[] = [];
    for (let i = 0; i < 12; i++) {
      const ref = ledgerRef(`topic-${i}`);
      refs.push(ref);
      await storeSession(repo, ref, makeSession(`s-${i}`), [await git(dir, 'rev-parse', 'HEAD')], {});
    }
    // A blob too big to keep in memory is read back from its loose file when packing.
    const big = await store.writeBlob(Buffer.from('x'.repeat(100 * 1024) + '\n'));
    rec.stop();
    expect(rec.objects.get(big)).toEqual({ type: 'blob', body: undefined });
    expect(Object.keys(store)).toEqual(ownBefore); // the store's methods are its own again
    const reachable = new Set(
      (await git(dir, 'rev-list', '--objects', ...refs)).split('\n').map((l) => l.split(' ')[0]),
    );
    expect([...reachable].every((o) => rec.oids.has(o))).toBe(true); // every ledger object was recorded
    expect([...reachable].every((o) => rec.objects.get(o)?.body !== undefined)).toBe(true); // packed from memory
    const pack = packLooseObjects(repo.commonDir, rec.oids, rec.objects)!;
    expect(pack).toMatch(/pack-[0-9a-f]{40}\.pack$/);
    const verify = await git(dir, 'verify-pack', '-v', pack.replace(/\.pack$/, '.idx'));
    expect(verify).toContain(`non delta: ${reachable.size + 1} objects`);
    expect(verify).toContain(`${big} blob   ${100 * 1024 + 1} `);
    // With the loose copies gone, everything is read from the pack.
    await git(dir, 'prune-packed');
    for (const oid of [...reachable, big])
      expect(fs.existsSync(path.join(dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)))).toBe(false);
    expect(await git(dir, 'fsck', '--no-progress', '--strict', '--no-dangling')).toBe('');
    const first = await git(dir, 'rev-parse', refs[0]);
    expect(await git(dir, 'cat-file', '-t', first)).toBe('commit');
    const remote = await makeTempRepo({ bare: true });
    await git(dir, 'push', '-q', '--no-verify', remote.dir, ...refs.map((r) => `${r}:${r}`));
    expect(await git(remote.dir, 'rev-parse', refs[11])).toBe(await git(dir, 'rev-parse', refs[11]));
    expect(await git(remote.dir, 'fsck', '--no-progress')).toBe('');
  });

  it('skips objects that are not loose (already packed, unknown); nothing loose -> no pack', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'repack', '-adq');
    const head = await git(dir, 'rev-parse', 'HEAD');
    expect(packLooseObjects(path.join(dir, '.git'), [head, '0'.repeat(40), 'not-an-oid'])).toBeUndefined();
    expect(fs.readdirSync(path.join(dir, '.git', 'objects', 'pack')).filter((f) => f.endsWith('.idx'))).toHaveLength(1);
  });
});
