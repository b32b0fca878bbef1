// The hook's batched branch sync (sync.ts + batch.ts): every ledger commit of a run built in memory, its
// objects written once (one pack from 100 objects), every ledger ref moved in ONE compare-and-swap
// transaction; a ref moved meanwhile sends the run through the per-ref path. Checked with the git CLI.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ledgerRef } from '../../../core/ledger/refs';
import { openRepo } from '../../../core/ledger/repo';
import { EarlyParse, startEarlyParses, syncBranches, SyncTarget } from '../../../core/ledger/sync';
import { claudeLine } from '../../cli/daemon/helpers';
import { cleanupTempDirs, git, gitRaw, isolateGitEnv, makeTempRepo } from '../../support/git';

let home: string;
const BASE = 1767225600; // 2026-01-01T00:00:00Z
const HOUR = 3600;
const at = (s: number) => ({ GIT_COMMITTER_DATE: `@${s} +0000`, GIT_AUTHOR_DATE: `@${s} +0000` });

beforeAll(() => {
  home = isolateGitEnv();
});
afterAll(() => cleanupTempDirs());

async function gitAt(dir: string, when: number, ...args: string[]): Promise<void> {
  const r = await gitRaw(dir, args, { env: at(when) });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** `n` branches with one commit each and one Claude Code session around each commit. */
async function setup(n: number, project: string) {
  const repo = await makeTempRepo();
  await gitAt(repo.dir, BASE - 10 * HOUR, 'commit', '-q', '--allow-empty', '-m', 'root');
  const files: Array<{ path: string; tool: string }> = [];
  const targets: SyncTarget[] = [];
  for (let i = 0; i < n; i++) {
    const t = BASE + i * 2 * HOUR;
    const branch = `t${String(i).padStart(2, '0')}`;
    await gitAt(repo.dir, t - 1800, 'checkout', '-q', '-b', branch, 'main');
    await gitAt(repo.dir, t, 'commit', '-q', '--allow-empty', '-m', `work ${i}`);
    targets.push({ branch, tip: await git(repo.dir, 'rev-parse', 'HEAD'), localBranch: branch });
    await gitAt(repo.dir, t + 1800, 'checkout', '-q', 'main');
    const file = path.join(home, '.claude', 'projects', project, `s-${i}.jsonl`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      claudeLine(`s-${i}`, repo.dir, 'user', `work ${i}`, new Date((t - 600) * 1000), 0) +
        claudeLine(`s-${i}`, repo.dir, 'assistant', 'done', new Date((t + 600) * 1000), 1),
    );
    files.push({ path: file, tool: 'claude-code' });
  }
  return { repo, files, targets };
}

const packs = (dir: string) =>
  fs.readdirSync(path.join(dir, '.git', 'objects', 'pack')).filter((f) => f.endsWith('.idx'));
const looseCount = async (dir: string) => Number(/^count: (\d+)$/m.exec(await git(dir, 'count-objects', '-v'))![1]);

describe('syncBranches, batched', () => {
  it('writes the ledgers of 12 branches as one pack and moves every ref in one transaction', async () => {
    const { repo, files, targets } = await setup(12, 'batch');
    const env = { ...process.env };
    const phases: string[] = [];
    const loose = await looseCount(repo.dir);
    const results = await syncBranches(openRepo(repo.dir), 'origin', targets, {
      env,
      discover: async () => files,
      mark: (p) => phases.push(p),
    });
    expect(results.map((r) => [r.stored, r.error])).toEqual(targets.map(() => [1, undefined]));
    expect(phases).toContain('sync: refs (12 in one transaction)');
    expect(phases.some((p) => p.startsWith('sync: store'))).toBe(false);
    // Nothing loose: every ledger object is in the one new pack, which git verifies.
    expect(await looseCount(repo.dir)).toBe(loose);
    const [idx] = packs(repo.dir);
    expect(packs(repo.dir)).toHaveLength(1);
    expect(await git(repo.dir, 'verify-pack', path.join(repo.dir, '.git', 'objects', 'pack', idx))).toBe('');
    for (const [i, t] of targets.entries()) {
      const ref = ledgerRef(t.branch);
      expect(await git(repo.dir, 'rev-list', '--count', ref)).toBe('1');
      const names = (await git(repo.dir, 'ls-tree', '-r', '--name-only', ref)).split('\n');
      expect(names.filter((f) => f.endsWith('.hail.jsonl')).map((f) => path.basename(f))).toEqual([
        `s-${i}.hail.jsonl`,
      ]);
      expect(names.some((f) => f.includes(t.tip))).toBe(true); // the index entry of the linked commit
    }
    expect(await git(repo.dir, 'fsck', '--no-progress', '--strict', '--no-dangling')).toBe('');
    // Same run again: nothing new, no ref moves, no pack.
    const again = await syncBranches(openRepo(repo.dir), 'origin', targets, { env, discover: async () => files });
    expect(again.map((r) => r.stored)).toEqual(targets.map(() => 0));
    expect(packs(repo.dir)).toHaveLength(1);
  });

  it('a ledger ref moved by another writer during the run: the per-ref path records on top of it', async () => {
    const { repo, files, targets } = await setup(3, 'race');
    const moved = ledgerRef(targets[1].branch);
    const other = execFileSync(
      'git',
      ['commit-tree', '-m', 'other writer', '4b825dc642cb6eb9a060e54bf8d69288fbee4904'],
      {
        cwd: repo.dir,
        encoding: 'utf8',
      },
    ).trim();
    const phases: string[] = [];
    const results = await syncBranches(openRepo(repo.dir), 'origin', targets, {
      env: { ...process.env },
      discover: async () => files,
      mark: (p) => {
        phases.push(p);
        // Between the in-memory build and the transaction, another process creates one of the refs.
        if (p.startsWith('sync: build')) execFileSync('git', ['update-ref', moved, other], { cwd: repo.dir });
      },
    });
    expect(results.map((r) => r.stored)).toEqual([1, 1, 1]);
    expect(phases).toContain('sync: store (per ref)');
    expect(await git(repo.dir, 'rev-parse', `${moved}^`)).toBe(other); // built on the other writer's commit
    for (const t of targets) {
      const hails = (await git(repo.dir, 'ls-tree', '-r', '--name-only', ledgerRef(t.branch)))
        .split('\n')
        .filter((f) => f.endsWith('.hail.jsonl'));
      expect(hails).toHaveLength(1);
    }
    expect(await git(repo.dir, 'fsck', '--no-progress', '--strict', '--no-dangling')).toBe('');
  });
});

describe('syncBranches with parses begun early (the hook parses while its secret scan waits)', () => {
  it('uses an early parse only for the file as it still is; a stopped start parses nothing more', async () => {
    const { repo, files, targets } = await setup(3, 'early');
    const env = { ...process.env, XDG_CACHE_HOME: path.join(home, 'early-cache') };
    const early = await startEarlyParses(env, files);
    expect([...early.keys()].sort()).toEqual(files.map((f) => f.path).sort());
    for (const e of early.values()) expect((await e.result).ok).toBe(true);
    const stopped = await startEarlyParses(env, files, { stopped: true });
    for (const e of stopped.values()) expect(await e.result).toEqual({ ok: false });
    // s-0: an early answer for its current size and mtime is used as is (here: "unparseable", so it is skipped);
    // s-1: the early answer is for an older version of the file (other mtime), so the sync parses it again.
    const st = (f: string) => {
      const s = fs.statSync(f);
      return { size: s.size, mtimeMs: Math.floor(s.mtimeMs) };
    };
    const fake = new Map<string, EarlyParse>([
      [files[0].path, { ...st(files[0].path), result: Promise.resolve({ ok: false }) }],
      [files[1].path, { ...st(files[1].path), mtimeMs: 1, result: Promise.resolve({ ok: false }) }],
      [files[2].path, early.get(files[2].path)!],
    ]);
    const results = await syncBranches(openRepo(repo.dir), 'origin', targets, {
      env,
      discover: async () => files,
      earlyParses: async () => fake,
    });
    expect(results.map((r) => r.stored)).toEqual([0, 1, 1]);
    expect((await gitRaw(repo.dir, ['rev-parse', '--verify', '-q', ledgerRef(targets[0].branch)])).code).toBe(1);
    for (const t of targets.slice(1)) expect(await git(repo.dir, 'rev-list', '--count', ledgerRef(t.branch))).toBe('1');
    expect(await git(repo.dir, 'fsck', '--no-progress', '--strict')).toBe('');
  });
});
