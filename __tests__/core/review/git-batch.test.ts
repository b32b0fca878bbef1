// The one `cat-file --batch` reader of the review: on real repositories (packed by fast-import, and loose), it gives
// the same entries and blobs as the per-step git calls it replaced (`ls-tree -r`, `cat-file` with `<ref>:<path>`,
// `show -s --format=%ct`), for odd trees too (nested dirs, symlinks, submodules, non-ASCII names, large blobs split
// across reads); and `opensession review` of a PR starts few git processes, one of them the reader.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGitRunner, type GitRunner } from '../../../core/review/git';
import { commitCommitterTime, openObjectReader, parseTree, readLedgerBlobs } from '../../../core/review/git-batch';
import { listIndexEntries, listIndexEntriesBatch, readBlobs } from '../../../core/review/ledger-read';
import { runInProcess } from '../../support/cli';
import { commitFiles, git, initRepo, ledgerRefOf, tempDir, writeLedger } from './ledger-fixture';

const BIG = 'x'.repeat(300_000) + '\n'; // larger than one pipe read: its answer arrives in pieces

/** A ledger-shaped tree with every kind of entry, written with fast-import (packed). */
function oddLedger(dir: string, ref: string, sub: string): void {
  const parts: Buffer[] = [];
  const push = (s: string | Buffer): void => {
    parts.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
  };
  const file = (mode: string, p: string, content: string): void => {
    const b = Buffer.from(content, 'utf8');
    push(`M ${mode} inline ${p}\ndata ${b.length}\n`);
    push(b);
    push('\n');
  };
  push(`commit ${ref}\ncommitter T <t@example.com> 1767225600 +0000\ndata 3\nodd\n`);
  const rec = (id: string, dirName = 'se') =>
    JSON.stringify({
      hail_path: `v1/${dirName}/${id}.hail.jsonl`,
      meta_path: `v1/${dirName}/${id}.meta.json`,
      session_id: id,
      stored_at: '2026-01-01T00:00:00Z',
    });
  file('100644', 'v1/index/commits/aaaa/s1.json', rec('s1'));
  file('100644', 'v1/index/commits/aaaa/s2.json', rec('s2'));
  file('100644', 'v1/index/commits/aaaa/notes.txt', 'not an index record');
  file('100644', 'v1/index/commits/aaaa/deeper/s9.json', rec('s9'));
  file('120000', 'v1/index/commits/aaaa/link.json', 's1.json');
  file('100755', 'v1/index/commits/bbbb/s3.json', rec('s3'));
  file('100644', 'v1/index/commits/bbbb/sé ünï.json', rec('sé ünï'));
  file('100644', 'v1/index/commits/loose.json', rec('s4'));
  push(`M 160000 ${sub} v1/index/commits/cccc\n`);
  push(`M 160000 ${sub} v1/se/sub.meta.json\n`);
  file('100644', 'v1/se/s1.hail.jsonl', BIG);
  file('100644', 'v1/se/s1.meta.json', '{"title":"one"}');
  file('100644', 'v1/se/s2.meta.json', '{"title":"two"}');
  file('100644', 'v1/se/sé ünï.meta.json', '{"title":"accents"}');
  file('120000', 'v1/se/s3.meta.json', 's1.meta.json');
  file('100644', 'v1/se/nested/x.json', '{}');
  file('100644', 'top.json', '{"top":true}');
  push('\n');
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: dir, input: Buffer.concat(parts) });
}

/** A runner without `spawnStream`: the reader falls back to one `cat-file` call per read. */
function callingOnly(inner: GitRunner): GitRunner {
  return { cwd: inner.cwd, run: (a, o) => inner.run(a, o), runRaw: (a, o) => inner.runRaw(a, o) };
}

describe('git-batch: one cat-file reader', () => {
  let dir: string;
  let runner: GitRunner;
  let packed: string;
  let loose: string;
  let head: string;

  beforeAll(() => {
    dir = initRepo();
    head = commitFiles(dir, { 'README.md': 'hi\n' }, 'first');
    packed = ledgerRefOf('feature/odd');
    oddLedger(dir, packed, head);
    // The same ledger as loose objects in a second repository, fetched under another ref name.
    const other = initRepo(tempDir());
    git(other, 'fetch', '-q', dir, `${packed}:${packed}`);
    loose = ledgerRefOf('loose');
    git(other, 'update-ref', loose, packed);
    git(other, 'update-ref', '-d', packed);
    // Unpack into loose objects and drop the pack, so reads go through loose files.
    const packDir = path.join(other, '.git', 'objects', 'pack');
    for (const f of fs.readdirSync(packDir).filter((n) => n.endsWith('.pack'))) {
      const moved = path.join(other, f);
      fs.renameSync(path.join(packDir, f), moved);
      fs.rmSync(path.join(packDir, f.replace(/\.pack$/, '.idx')), { force: true });
      execFileSync('git', ['unpack-objects', '-q'], { cwd: other, input: fs.readFileSync(moved) });
    }
    git(other, 'fsck', '--no-dangling');
    runner = createGitRunner(dir, process.env);
    runnerLoose = createGitRunner(other, process.env);
  });
  let runnerLoose: GitRunner;

  it('lists index entries exactly as `ls-tree -r` does (packed and loose)', async () => {
    for (const [g, ref] of [
      [runner, packed],
      [runnerLoose, loose],
    ] as const) {
      const reader = openObjectReader(g);
      try {
        const [batch, missing] = await listIndexEntriesBatch(reader, [ref, 'refs/opensession/branches/none']);
        const viaLsTree = await listIndexEntries(g, ref);
        expect(batch).toEqual(viaLsTree);
        expect(batch.map((e) => `${e.commitDir}/${path.basename(e.path)}`)).toEqual([
          'aaaa/link.json',
          'aaaa/s1.json',
          'aaaa/s2.json',
          'bbbb/s3.json',
          'bbbb/sé ünï.json',
        ]);
        expect(missing).toEqual([]);
      } finally {
        reader.close();
      }
    }
  });

  it('reads ledger blobs like `cat-file` with `<ref>:<path>` specs, with and without a streaming spawn', async () => {
    const paths = [
      'v1/se/s1.hail.jsonl',
      'v1/se/s1.meta.json',
      'v1/se/s2.meta.json',
      'v1/se/sé ünï.meta.json',
      'v1/se/s3.meta.json', // a symlink: its target text, as cat-file gives it
      'v1/se/sub.meta.json', // a submodule entry: missing
      'v1/se/nested', // a tree: not a blob
      'v1/se/absent.meta.json',
      'v1/nope/s1.meta.json',
      'top.json', // not `v1/<dir>/<file>`: asked for as it is
      'v1/se/bad\nname.meta.json',
    ];
    const expected = await readBlobs(
      runner,
      paths.map((p) => `${packed}:${p}`),
    );
    expect([...expected.keys()].map((k) => k.slice(packed.length + 1)).sort()).toEqual(
      [
        'top.json',
        'v1/se/s1.hail.jsonl',
        'v1/se/s1.meta.json',
        'v1/se/s2.meta.json',
        'v1/se/s3.meta.json',
        'v1/se/sé ünï.meta.json',
      ].sort(),
    );
    for (const g of [runner, callingOnly(runner)]) {
      const reader = openObjectReader(g);
      try {
        const got = await readLedgerBlobs(
          reader,
          paths.map((p) => ({ ref: packed, path: p })),
        );
        expect(new Map([...got].map(([k, v]) => [k, v.toString('utf8')]))).toEqual(
          new Map([...expected].map(([k, v]) => [k, v.toString('utf8')])),
        );
      } finally {
        reader.close();
      }
    }
    expect(expected.get(`${packed}:v1/se/s1.hail.jsonl`)!.toString('utf8')).toBe(BIG);
  });

  it('answers pipelined reads in order, revisions included, and starts again after close', async () => {
    const reader = openObjectReader(runner);
    const big = git(dir, 'rev-parse', `${packed}:v1/se/s1.hail.jsonl`);
    try {
      const reads = await Promise.all([
        reader.read([`${head}^{commit}`, 'nope^{commit}', big]),
        reader.read(['', `HEAD^{tree}`, big, 'HEAD^{commit}']),
        reader.read([]),
        reader.read([`${packed}^{commit}`]),
      ]);
      expect(reads[0].get(`${head}^{commit}`)).toMatchObject({ oid: head, type: 'commit' });
      expect(reads[0].has('nope^{commit}')).toBe(false);
      expect(reads[0].get(big)?.data.toString('utf8')).toBe(BIG);
      expect(reads[1].get('HEAD^{tree}')?.type).toBe('tree');
      expect(reads[1].get(big)?.data.length).toBe(BIG.length);
      expect(reads[1].get('HEAD^{commit}')?.oid).toBe(head);
      expect(reads[2].size).toBe(0);
      expect(reads[3].get(`${packed}^{commit}`)?.oid).toBe(git(dir, 'rev-parse', packed));
      reader.close();
      expect((await reader.read([head])).get(head)?.type).toBe('commit');
    } finally {
      reader.close();
    }
  });

  it('a reader outside a repository answers nothing and does not hang', async () => {
    const reader = openObjectReader(
      createGitRunner(tempDir('os-not-a-repo-'), { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(tempDir()) }),
    );
    try {
      expect((await reader.read(['HEAD'])).size).toBe(0);
      await new Promise((r) => setTimeout(r, 200)); // git has exited by now
      expect((await reader.read(['HEAD^{commit}'])).size).toBe(0);
    } finally {
      reader.close();
    }
  });

  it('parses trees and committer times as git prints them', async () => {
    const reader = openObjectReader(runner);
    try {
      const spec = `${packed}:v1/index/commits/aaaa`;
      const tree = (await reader.read([spec])).get(spec)!;
      const lsTree = git(dir, 'ls-tree', '-z', spec)
        .split('\0')
        .filter((l) => l !== '')
        .map((l) => {
          const [meta, name] = l.split('\t');
          const [mode, , oid] = meta.split(' ');
          return { mode: mode.replace(/^0/, ''), name, oid };
        });
      expect(parseTree(tree.data, tree.oid.length).map((e) => ({ ...e, mode: e.mode.replace(/^0/, '') }))).toEqual(
        lsTree,
      );
      const commit = (await reader.read([head])).get(head)!;
      expect(commitCommitterTime(commit.data)).toBe(Number(git(dir, 'show', '-s', '--format=%ct', head)));
      expect(commitCommitterTime(Buffer.from('tree x\ncommitter broken\n\nmsg'))).toBeUndefined();
    } finally {
      reader.close();
    }
  });
});

describe('opensession review: git processes', () => {
  it('a PR review starts at most 7 git processes, one `cat-file --batch` for every object read', async () => {
    const dir = initRepo();
    commitFiles(dir, { 'README.md': 'base\n' }, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature/x');
    const shas: string[] = [];
    for (let i = 0; i < 5; i++)
      shas.push(commitFiles(dir, { [`src/f${i}.ts`]: `export const v${i} = ${i};\n` }, `c${i}`));
    const sessions = shas.map((c, i) => ({
      id: `s${i}`,
      storedAt: '2026-01-01T00:00:00Z',
      commits: [c],
      filesChanged: i,
    }));
    writeLedger(dir, ledgerRefOf('feature/x'), sessions.slice(0, 3));
    writeLedger(dir, ledgerRefOf('main'), sessions.slice(3));
    // A `git` on PATH that logs each call, then runs the real one.
    const bin = tempDir('os-git-log-');
    const log = path.join(bin, 'calls.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
    const res = await runInProcess(['review', '--base', 'main', '--head', 'feature/x', '--format', 'json'], {
      cwd: dir,
      env,
    });
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { session_count: number; commit_count: number };
    expect(out).toMatchObject({ session_count: 5, commit_count: 5 });
    const calls = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(calls.filter((c) => c === 'cat-file --batch')).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(7);
    // Never a `<ref>:<path>` read or a per-ledger tree listing: those are what made git decode trees again and again.
    expect(calls.filter((c) => c.startsWith('ls-tree') || c.startsWith('show'))).toEqual([]);
  });
});
