// Unreadable ledger refs and stale locks (amendments-2 A9), end to end through the bundled CLI and real git.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { toHailJsonl } from '../../../core/hail';
import { storeLocalObject } from '../../../core/store';
import { cleanupTempDirs, git, gitRaw, isolateGitEnv, makeTempRepo } from '../../support/git';
import { CliResult, runBundled } from '../../support/cli';
import { makeSession } from './fixtures';

let home: string;
beforeAll(() => {
  home = isolateGitEnv();
});
afterAll(() => cleanupTempDirs());

const REF = 'refs/opensession/branches/bWFpbg';

async function registered(cwd: string, id: string): Promise<string> {
  return (await storeLocalObject(Buffer.from(toHailJsonl(makeSession(id)), 'utf8'), { cwd, home })).sha256;
}

function share(dir: string, sha: string, env: Record<string, string> = {}): CliResult {
  return runBundled(['share', `os://src/local/${sha}`, '--git', '--remote', 'origin'], {
    cwd: dir,
    env: { ...process.env, ...env },
  });
}

/** The §4.2 retries still run (10 attempts), without their ~4.6 s of backoff (a test-only setting of the CLI). */
const NO_BACKOFF = { OPENSESSION_TEST_BACKOFF_SCALE: '0' };

/** Every object id in the repository (loose and packed). */
async function allObjects(dir: string): Promise<string[]> {
  const out = await git(dir, 'cat-file', '--batch-all-objects', '--batch-check=%(objectname)');
  return out.split('\n').filter((l) => l !== '');
}

/** A repository whose main ledger holds one shared session; returns the dir, that tip and a second object. */
async function ledgerWithOneSession(): Promise<{ dir: string; tip: string; first: string; second: string }> {
  const { dir } = await makeTempRepo({ initialCommit: true });
  await git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/widgets.git');
  const first = await registered(dir, 'a9-first');
  const r = share(dir, first);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const second = await registered(dir, 'a9-second');
  return { dir, tip: await git(dir, 'rev-parse', REF), first, second };
}

const refFile = (dir: string) => path.join(dir, '.git', REF);

describe('unreadable ledger refs are errors, never "absent" (A9)', () => {
  const cases: Array<[string, (dir: string) => Promise<void>, RegExp, string]> = [
    ['empty', async (dir) => fs.writeFileSync(refFile(dir), ''), /is empty/, 'rm'],
    [
      'garbage',
      async (dir) => fs.writeFileSync(refFile(dir), 'not a sha at all\n'),
      /does not hold an object id/,
      'rm',
    ],
    [
      'blob-pointing',
      async (dir) => {
        const blob = (await gitRaw(dir, ['hash-object', '-w', '--stdin'], { input: 'x\n' })).stdout.trim();
        await git(dir, 'update-ref', REF, blob);
      },
      /points at a blob/,
      'update-ref -d',
    ],
    [
      'tree-pointing',
      async (dir) => {
        const tree = await git(dir, 'rev-parse', 'HEAD^{tree}');
        await git(dir, 'update-ref', REF, tree);
      },
      /points at a tree/,
      'update-ref -d',
    ],
  ];

  test.each(cases)(
    '%s ref: Error naming the ref, next: steps, exit 1, nothing written; the steps repair it',
    async (_name, corrupt, problem, removal) => {
      const { dir, tip, first, second } = await ledgerWithOneSession();
      await corrupt(dir);
      const before = await allObjects(dir);
      const r = share(dir, second);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n');
      expect(lines[0]).toMatch(new RegExp(`^Error: ledger ref ${REF} is unreadable: `));
      expect(lines[0]).toMatch(problem);
      expect(lines[0]).toMatch(/nothing was written$/);
      expect(lines[1]).toBe('next:');
      expect(r.stderr).toContain(
        removal === 'rm' ? `\`rm ${path.join(dir, '.git', REF)}\`` : `\`git update-ref -d ${REF}\``,
      );
      expect(r.stderr).toContain('`git fsck --lost-found`');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      // nothing new in the object database, the broken ref untouched
      expect(await allObjects(dir)).toEqual(before);
      expect(fs.existsSync(`${refFile(dir)}.lock`)).toBe(false);

      // The earlier ledger commit is still in the object database; the printed steps put it back.
      const lost = await gitRaw(dir, ['fsck', '--lost-found']);
      expect(lost.stdout).toContain(`dangling commit ${tip}`);
      if (removal === 'rm') fs.rmSync(refFile(dir));
      else await git(dir, 'update-ref', '-d', REF);
      await git(dir, 'update-ref', REF, tip);
      const again = share(dir, second);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
      const files = (await git(dir, 'ls-tree', '-r', '--name-only', REF)).split('\n');
      expect(files).toEqual([`sessions/${first}.jsonl`, `sessions/${second}.jsonl`].sort());
      expect(await git(dir, 'rev-parse', `${REF}^`)).toBe(tip); // built on the old tip: nothing orphaned
      const fsck = await gitRaw(dir, ['fsck', '--strict', '--no-dangling']);
      expect(fsck.code).toBe(0);
    },
  );

  it('a ref that points at a missing object is reported too', async () => {
    const { dir } = await ledgerWithOneSession();
    fs.writeFileSync(refFile(dir), `${'ab'.repeat(20)}\n`);
    const r = share(dir, await registered(dir, 'a9-third'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Error: ledger ref \S+ is unreadable: it points at abab\S+, which is not in the object database/,
    );
  });
});

describe('ref locks (A9)', () => {
  const lockFile = (dir: string) => `${refFile(dir)}.lock`;
  const aged = (file: string, seconds: number) => {
    const t = new Date(Date.now() - seconds * 1000);
    fs.utimesSync(file, t, t);
  };

  /** A pid that is not running: spawn a process and wait for it to exit. */
  function deadPid(): number {
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    return Number(r.stdout.toString());
  }

  it('a lock older than 60 s whose process is gone is broken with a warning', async () => {
    const { dir, tip, second } = await ledgerWithOneSession();
    fs.writeFileSync(lockFile(dir), `pid ${deadPid()}\n`);
    aged(lockFile(dir), 120);
    const r = share(dir, second);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `^\\[opensession\\] Warning: removed a stale lock on ${REF} \\(.*, 1[0-9]{2} s old, left by process \\d+, which is gone\\)\\n`,
      ),
    );
    expect(await git(dir, 'rev-parse', `${REF}^`)).toBe(tip);
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('a lock without a pid left for over 60 s (killed git or writer) is broken too', async () => {
    const { dir, second } = await ledgerWithOneSession();
    fs.writeFileSync(lockFile(dir), '');
    aged(lockFile(dir), 90);
    const r = share(dir, second);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Warning: removed a stale lock');
  });

  it('a live lock is respected: old but its process runs', async () => {
    const { dir, tip, second } = await ledgerWithOneSession();
    fs.writeFileSync(lockFile(dir), `pid ${process.pid}\n`);
    aged(lockFile(dir), 600);
    const r = share(dir, second, NO_BACKOFF);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: .*ledger ref `refs\/opensession\/branches\/bWFpbg` is busy/);
    expect(r.stderr).not.toContain('stale');
    expect(await git(dir, 'rev-parse', REF)).toBe(tip);
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(`pid ${process.pid}\n`);
  });

  it('a young lock is respected even when its process is gone', async () => {
    const { dir, tip, second } = await ledgerWithOneSession();
    fs.writeFileSync(lockFile(dir), `pid ${deadPid()}\n`);
    const r = share(dir, second, NO_BACKOFF);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is busy');
    expect(await git(dir, 'rev-parse', REF)).toBe(tip);
  });
});
