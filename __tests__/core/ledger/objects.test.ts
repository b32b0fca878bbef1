// The native loose-object layer: what it writes is what git writes (same ids, `git fsck --strict` clean),
// packed objects still read, and the config probe that spares a `git config` spawn answers like git.
import { createHash } from 'crypto';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { gitConfigMayHave, plainRemoteUrl } from '../../../core/ledger/git-config';
import { EditableTree, ObjectStore, resetObjectCaches, type Signature } from '../../../core/ledger/objects';
import { openRepo } from '../../../core/ledger/repo';
import { cleanupTempDirs, git, isolateGitEnv, makeTempDir, makeTempRepo } from '../../support/git';

beforeAll(() => isolateGitEnv());
afterAll(() => cleanupTempDirs());
beforeEach(() => resetObjectCaches());

const who: Signature = { name: 'opensession', email: 'cli@opensession.io', timestamp: 1767225600, timezoneOffset: -90 };

describe('ObjectStore (loose objects without isomorphic-git)', () => {
  it('writes blobs, trees and commits with the ids git computes, readable by git', async () => {
    const { dir } = await makeTempRepo();
    const store = new ObjectStore(openRepo(dir).commonDir);
    const blob = await store.writeBlob(Buffer.from('héllo\n'));
    fs.writeFileSync(path.join(dir, 'probe.txt'), 'héllo\n');
    expect(blob).toBe((await git(dir, 'hash-object', 'probe.txt')).trim());
    const entries = new Map([
      ['b.txt', { mode: '100644', oid: blob }],
      ['a', { mode: '040000', oid: await store.writeTree(new Map([['x', { mode: '100644', oid: blob }]])) }],
      ['a.txt', { mode: '100644', oid: blob }],
      ['é', { mode: '100644', oid: blob }],
    ]);
    const tree = await store.writeTree(entries);
    const lsTree = await git(dir, 'ls-tree', tree);
    expect(
      lsTree
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[1]),
    ).toEqual(['a.txt', 'a', 'b.txt', '"\\303\\251"']);
    const commit = await store.writeCommit(tree, [], '\r\n\nsubject line\n\nbody\n\n\n', who);
    expect(await git(dir, 'cat-file', '-p', commit)).toBe(
      `tree ${tree}\nauthor opensession <cli@opensession.io> 1767225600 +0130\ncommitter opensession <cli@opensession.io> 1767225600 +0130\n\nsubject line\n\nbody`, // the helper trims; readCommit below checks the one trailing newline
    );
    await git(dir, 'update-ref', 'refs/opensession/test', commit);
    await git(dir, 'fsck', '--strict', '--no-dangling');
    const info = await store.readCommit(commit);
    expect(info).toMatchObject({ tree, parents: [], committerTime: 1767225600, message: 'subject line\n\nbody\n' });
    expect([...(await store.readTree(tree)).keys()].sort()).toEqual(['a', 'a.txt', 'b.txt', 'é']);
    expect((await store.readBlob(blob)).toString()).toBe('héllo\n');
  });

  it('reads objects that git has packed, and refuses an object of the wrong type', async () => {
    const { dir } = await makeTempRepo();
    fs.writeFileSync(path.join(dir, 'f.txt'), 'packed\n');
    await git(dir, 'add', 'f.txt');
    await git(dir, 'commit', '-q', '-m', 'packed commit');
    await git(dir, 'gc', '-q', '--prune=now');
    const head = (await git(dir, 'rev-parse', 'HEAD')).trim();
    const blob = (await git(dir, 'rev-parse', 'HEAD:f.txt')).trim();
    expect(fs.existsSync(path.join(dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)))).toBe(false);
    const store = new ObjectStore(openRepo(dir).commonDir);
    expect((await store.readBlob(blob)).toString()).toBe('packed\n');
    expect((await store.readCommit(head)).message).toBe('packed commit\n');
    expect(await store.hasObject(blob)).toBe(true);
    await expect(store.readTree(blob)).rejects.toThrow(/is a blob, not a tree/);
  });
  it('keeps writing after git gc removed a fan-out directory it had used', async () => {
    const { dir } = await makeTempRepo();
    const store = new ObjectStore(openRepo(dir).commonDir);
    const first = await store.writeBlob(Buffer.from('before gc\n'));
    await git(
      dir,
      'update-ref',
      'refs/opensession/keep',
      await store
        .writeTree(new Map([['f', { mode: '100644', oid: first }]]))
        .then((t) => store.writeCommit(t, [], 'keep', who)),
    );
    await git(dir, 'gc', '-q', '--prune=now');
    const fanout = path.join(dir, '.git', 'objects', first.slice(0, 2));
    expect(fs.existsSync(fanout)).toBe(false);
    // a blob whose id falls in the same fan-out directory
    let body = '';
    for (let i = 0; ; i++) {
      body = `after gc ${i}\n`;
      const id = createHash('sha1')
        .update(`blob ${Buffer.byteLength(body)}\0${body}`)
        .digest('hex');
      if (id.startsWith(first.slice(0, 2))) break;
    }
    const second = await store.writeBlob(Buffer.from(body));
    expect(second.slice(0, 2)).toBe(first.slice(0, 2));
    expect(await git(dir, 'cat-file', '-p', second)).toBe(body.trimEnd());
  });
});

describe('gitConfigMayHave', () => {
  const always = (v: string) => v === 'always';
  function setup(local: string, global = ''): { common: string; env: Record<string, string> } {
    const home = makeTempDir('os-cfg-');
    const common = path.join(home, 'repo.git');
    fs.mkdirSync(common);
    fs.writeFileSync(path.join(common, 'config'), local);
    fs.writeFileSync(path.join(home, '.gitconfig'), global);
    return { common, env: { HOME: home, GIT_CONFIG_NOSYSTEM: '1' } };
  }
  it('answers false for git init defaults, true for values git must judge', () => {
    let s = setup('[core]\n\tlogallrefupdates = true\n\tbare = false\n');
    expect(gitConfigMayHave(s.common, s.common, 'core.logAllRefUpdates', always, s.env)).toBe(false);
    s = setup('[core]\n\tlogAllRefUpdates = always ; reflogs everywhere\n');
    expect(gitConfigMayHave(s.common, s.common, 'core.logAllRefUpdates', always, s.env)).toBe(true);
    s = setup('[core]\n\tbare = false\n', '[core]\n\tlogallrefupdates = "always"\n');
    expect(gitConfigMayHave(s.common, s.common, 'core.logAllRefUpdates', always, s.env)).toBe(true);
    s = setup('[include]\n\tpath = other.cfg\n');
    expect(gitConfigMayHave(s.common, s.common, 'core.logAllRefUpdates', always, s.env)).toBe(true);
    s = setup('[core]\n\tbare = false\n');
    expect(
      gitConfigMayHave(s.common, s.common, 'core.logAllRefUpdates', always, { ...s.env, GIT_CONFIG_COUNT: '1' }),
    ).toBe(true);
  });
});

describe('plainRemoteUrl', () => {
  it('reads the URL git would print, and defers to git whenever config could change it', async () => {
    const { dir } = await makeTempRepo();
    const common = openRepo(dir).commonDir;
    const env = { HOME: process.env.HOME, GIT_CONFIG_NOSYSTEM: '1' };
    await git(dir, 'remote', 'add', 'origin', 'https://example.com/acme/widgets.git');
    await git(dir, 'remote', 'add', 'up', '../up.git');
    expect(plainRemoteUrl(common, common, 'origin', env)).toBe((await git(dir, 'remote', 'get-url', 'origin')).trim());
    expect(plainRemoteUrl(common, common, 'up', env)).toBe('../up.git');
    expect(plainRemoteUrl(common, common, 'nosuch', env)).toBeUndefined();
    await git(dir, 'config', 'url.https://mirror.example/.insteadOf', 'https://example.com/');
    expect(plainRemoteUrl(common, common, 'origin', env)).toBeUndefined();
    expect((await git(dir, 'remote', 'get-url', 'origin')).trim()).toBe('https://mirror.example/acme/widgets.git');
  });
});

describe('EditableTree (raw bodies spliced, never decoded whole)', () => {
  // Names that stress git's tree order: `a-b` and `a.b` sort before the tree `a` (as `a/`), `a0` after it.
  const NAMES = ['a', 'a-b', 'a.b', 'a0', 'ab', 'b', 'é', 'a b', '40000 x'];
  const pathArb = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((segs) => segs.join('/'));
  const opArb = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), path: pathArb, content: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ kind: fc.constant('remove' as const), path: pathArb }),
    fc.record({ kind: fc.constant('write' as const) }),
  );

  /** The reference: every directory rendered whole from a flat path → blob map (the path git agrees with above). */
  async function referenceTree(store: ObjectStore, files: Map<string, string>): Promise<string> {
    const dirs = new Map<string, Map<string, string>>([['', new Map()]]);
    for (const [p, oid] of files) {
      const segs = p.split('/');
      for (let i = 0; i < segs.length; i++) {
        const dir = segs.slice(0, i).join('/');
        if (!dirs.has(dir)) dirs.set(dir, new Map());
        if (i === segs.length - 1) dirs.get(dir)!.set(segs[i], oid);
        else dirs.get(dir)!.set(segs[i], '');
      }
    }
    const write = async (dir: string): Promise<string> => {
      const entries = new Map<string, { mode: string; oid: string }>();
      for (const [name, oid] of dirs.get(dir)!) {
        const sub = dir === '' ? name : `${dir}/${name}`;
        entries.set(name, oid === '' ? { mode: '040000', oid: await write(sub) } : { mode: '100644', oid });
      }
      return store.writeTree(entries);
    };
    return write('');
  }

  /** Applies an op to the flat model the way EditableTree applies it to the tree. */
  function applyToModel(files: Map<string, string>, op: { kind: 'set' | 'remove'; path: string }, oid = ''): void {
    const under = (p: string) => [...files.keys()].filter((f) => f === p || f.startsWith(`${p}/`));
    if (op.kind === 'remove') {
      for (const f of under(op.path)) files.delete(f);
      return;
    }
    const segs = op.path.split('/');
    for (let i = 1; i < segs.length; i++) files.delete(segs.slice(0, i).join('/')); // a blob on the way becomes a dir
    for (const f of under(op.path)) files.delete(f); // a directory at the path becomes a blob
    files.set(op.path, oid);
  }

  it('writes the same trees as rendering every directory whole, for any sequence of edits', async () => {
    const { dir } = await makeTempRepo();
    const store = new ObjectStore(openRepo(dir).commonDir);
    const blobs: string[] = [];
    for (let i = 0; i < 6; i++) blobs.push(await store.writeBlob(Buffer.from(`blob ${i}\n`)));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(pathArb, fc.integer({ min: 0, max: 5 })), { maxLength: 8 }),
        fc.array(opArb, { minLength: 1, maxLength: 12 }),
        async (initial, ops) => {
          resetObjectCaches();
          const files = new Map<string, string>();
          for (const [p, c] of initial) applyToModel(files, { kind: 'set', path: p }, blobs[c]);
          const tree = new EditableTree(store, await referenceTree(store, files));
          for (const op of ops) {
            if (op.kind === 'write') {
              expect(await tree.write()).toBe(await referenceTree(store, files));
              continue;
            }
            const prior = await tree.get(op.path);
            const hadFiles = [...files.keys()].some((f) => f === op.path || f.startsWith(`${op.path}/`));
            expect(prior === undefined ? undefined : prior.mode === '100644' ? prior.oid : 'dir').toBe(
              files.has(op.path) ? files.get(op.path) : hadFiles ? 'dir' : prior === undefined ? undefined : 'dir',
            );
            const changed =
              op.kind === 'set' ? await tree.setBlob(op.path, blobs[op.content]) : await tree.remove(op.path);
            expect(changed).toBe(op.kind === 'set' ? prior?.oid !== blobs[op.content] : prior !== undefined);
            applyToModel(files, op, op.kind === 'set' ? blobs[op.content] : '');
          }
          for (const p of NAMES.flatMap((a) => [a, ...NAMES.map((b) => `${a}/${b}`)])) {
            const e = await tree.get(p);
            if (files.has(p)) expect(e).toEqual({ mode: '100644', oid: files.get(p) });
            else if ([...files.keys()].some((f) => f.startsWith(`${p}/`))) expect(e?.mode).toBe('040000');
            // a directory these edits emptied still answers `get` as a tree until written (it vanishes then)
            else if (e !== undefined) expect(e.mode).toBe('040000');
          }
          const top = new Set([...files.keys()].map((f) => f.split('/')[0]));
          const listed = await tree.list('');
          expect(listed.map(([name]) => name)).toEqual(expect.arrayContaining([...top]));
          // beyond the model, only directories these edits emptied (deeper down) until the write drops them
          for (const [name, e] of listed) if (!top.has(name)) expect(e.mode).toBe('040000');
          expect(await tree.write()).toBe(await referenceTree(store, files));
        },
      ),
      { numRuns: 150 },
    );
    await git(dir, 'fsck', '--strict');
  });

  it('inserts into a 1,000-entry directory in git order, as git reads it back', async () => {
    const { dir } = await makeTempRepo();
    const store = new ObjectStore(openRepo(dir).commonDir);
    const blob = await store.writeBlob(Buffer.from('x\n'));
    const inner = await store.writeTree(new Map([['s.json', { mode: '100644', oid: blob }]]));
    const shas = Array.from({ length: 1000 }, (_, i) => createHash('sha1').update(String(i)).digest('hex'));
    const base = await store.writeTree(new Map(shas.map((s) => [s, { mode: '040000', oid: inner }])));
    resetObjectCaches();
    const tree = new EditableTree(store, base);
    const added = createHash('sha1').update('new').digest('hex');
    await tree.setBlob(`${added}/s.json`, blob);
    await tree.setBlob(`${shas[500]}/t.json`, blob);
    await tree.remove(shas[0]);
    const written = await tree.write();
    const names = (await git(dir, 'ls-tree', '--name-only', written)).split('\n');
    expect(names).toEqual([...shas.slice(1), added].sort());
    expect(await git(dir, 'ls-tree', '--name-only', `${written}:${shas[500]}`)).toBe('s.json\nt.json');
    const commit = await store.writeCommit(written, [], 'splice', who);
    await git(dir, 'update-ref', 'refs/opensession/splice', commit);
    await git(dir, 'fsck', '--strict', '--no-dangling');
  });
});
