// Concurrent writers in separate processes never lose a session (§4.2, §18.2).
import { spawn } from 'child_process';
import * as path from 'path';
import { ledgerRef } from '../../../core/ledger/refs';
import { cleanupTempDirs, git, gitRaw, isolateGitEnv, makeTempRepo } from '../../support/git';

afterAll(() => cleanupTempDirs());

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const WORKER = path.join(import.meta.dirname, 'helpers', 'append-worker.ts');

function runWorker(
  repo: string,
  ref: string,
  worker: number,
  count: number,
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [WORKER, repo, ref, String(worker), String(count)], {
      cwd: ROOT,
      env: process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

async function checkLedger(dir: string, ref: string, expected: string[]): Promise<void> {
  const paths = (await git(dir, 'ls-tree', '-r', '--name-only', ref)).split('\n');
  const ids = paths.filter((p) => p.endsWith('.meta.json')).map((p) => path.basename(p, '.meta.json'));
  expect(ids.sort()).toEqual([...expected].sort());
  // Linear history: every commit has at most one parent, one commit per session.
  const parents = (await git(dir, 'rev-list', '--parents', ref)).split('\n').map((l) => l.split(' ').length - 1);
  expect(parents.every((n) => n <= 1)).toBe(true);
  expect(parents.filter((n) => n === 0)).toHaveLength(1);
  expect(parents).toHaveLength(expected.length);
  const fsck = await gitRaw(dir, ['fsck', '--strict', '--no-dangling']);
  expect(fsck.code).toBe(0);
}

describe('concurrent ledger writers', () => {
  beforeAll(() => isolateGitEnv());

  it('8 processes storing one session each end with all 8 (§18.2)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const ref = ledgerRef('main');
    const results = await Promise.all(Array.from({ length: 8 }, (_, w) => runWorker(dir, ref, w, 1)));
    for (const r of results) expect(r).toEqual({ code: 0, stderr: '' });
    await checkLedger(
      dir,
      ref,
      Array.from({ length: 8 }, (_, w) => `w${w}-s0`),
    );
  }, 120000);

  it('4 processes appending 50 sessions each end with all 200', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const ref = ledgerRef('main');
    const results = await Promise.all(Array.from({ length: 4 }, (_, w) => runWorker(dir, ref, w, 50)));
    for (const r of results) expect(r).toEqual({ code: 0, stderr: '' });
    const expected: string[] = [];
    for (let w = 0; w < 4; w++) for (let i = 0; i < 50; i++) expected.push(`w${w}-s${i}`);
    await checkLedger(dir, ref, expected);
  }, 180000);
});
