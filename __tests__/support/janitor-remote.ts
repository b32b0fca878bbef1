// Bare remotes for janitor tests: thousands of ledger refs and branches with controlled commit dates, written with
// one `git fast-import` (each ref gets its own empty root commit, so dates are exact and building is fast).
import { spawnSync } from 'node:child_process';

export interface RefSpec {
  ref: string;
  /** Committer time, epoch seconds. */
  time: number;
}

export const ledgerRef = (branch: string): string =>
  'refs/opensession/branches/' + Buffer.from(branch, 'utf8').toString('base64url');

/** Writes every ref of `refs` into the (bare) repository `dir` with one fast-import run. */
export function importRefs(dir: string, refs: readonly RefSpec[]): void {
  const parts: string[] = [];
  refs.forEach((r, i) => {
    const msg = `ref ${i}\n`;
    parts.push(
      `commit ${r.ref}\nmark :${i + 1}\ncommitter Test <test@example.com> ${r.time} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`,
    );
  });
  const res = spawnSync('git', ['fast-import', '--quiet', '--force'], {
    cwd: dir,
    input: parts.join(''),
    env: { ...process.env, LC_ALL: 'C' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`git fast-import failed: ${res.stderr.toString()}`);
}

/** `git for-each-ref` of a repository as a sorted list of ref names. */
export function refNames(dir: string, prefix = 'refs/'): string[] {
  const res = spawnSync('git', ['for-each-ref', '--format=%(refname)', prefix], { cwd: dir, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  return res.stdout.split('\n').filter((l) => l !== '');
}
