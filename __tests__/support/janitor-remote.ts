// Bare remotes for janitor tests: thousands of ledger refs and branches with controlled commit dates. Each ref gets
// its own empty root commit (so dates are exact); the commits go into one pack written by the hook's
// pack writer (`packObjects`), and each ref is written as a loose ref file. The objects and refs are byte for byte what
// `git fast-import` made of the same input (janitor-remote.test.ts checks it), at about a tenth of its CPU: its
// lock file, rename and checks per ref cost about 1 ms each. Loose, not packed, refs on purpose: receive-pack
// deletes each ref in its own transaction, which rewrites a `packed-refs` file once per deleted ref.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packObjects } from '../../core/ledger/batch';

export interface RefSpec {
  ref: string;
  /** Committer time, epoch seconds. */
  time: number;
}

export const ledgerRef = (branch: string): string =>
  'refs/opensession/branches/' + Buffer.from(branch, 'utf8').toString('base64url');

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** The commit `git fast-import` writes for `commit <ref>` with only a committer line and message `ref <i>`. */
function commitBody(i: number, time: number, parent: string | undefined): Buffer {
  const who = `Test <test@example.com> ${time} +0000`;
  const parentLine = parent === undefined ? '' : `parent ${parent}\n`;
  return Buffer.from(`tree ${EMPTY_TREE}\n${parentLine}author ${who}\ncommitter ${who}\n\nref ${i}\n`, 'utf8');
}

function objectId(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

function gitDirOf(dir: string): string {
  const dotGit = path.join(dir, '.git');
  return fs.existsSync(dotGit) && fs.statSync(dotGit).isDirectory() ? dotGit : dir;
}

/**
 * Writes every ref of `refs` into the (bare) repository `dir` as a loose ref: one pack with an empty root commit
 * per ref (a ref listed twice gets a child of its first commit, as fast-import did). Replaces existing values.
 */
export function importRefs(dir: string, refs: readonly RefSpec[]): void {
  const gitDir = gitDirOf(dir);
  const tips = new Map<string, string>();
  const objects = new Map<string, { type: string; body: Buffer }>([
    [EMPTY_TREE, { type: 'tree', body: Buffer.alloc(0) }],
  ]);
  refs.forEach((r, i) => {
    const body = commitBody(i, r.time, tips.get(r.ref));
    const oid = objectId('commit', body);
    objects.set(oid, { type: 'commit', body });
    tips.set(r.ref, oid);
  });
  packObjects(gitDir, objects);

  const made = new Set<string>();
  for (const [ref, oid] of tips) {
    const file = path.join(gitDir, ref);
    const parent = path.dirname(file);
    if (!made.has(parent)) fs.mkdirSync(parent, { recursive: true });
    made.add(parent);
    fs.writeFileSync(file, `${oid}\n`);
  }
}

/** `git for-each-ref` of a repository as a sorted list of ref names. */
export function refNames(dir: string, prefix = 'refs/'): string[] {
  const res = spawnSync('git', ['for-each-ref', '--format=%(refname)', prefix], { cwd: dir, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  return res.stdout.split('\n').filter((l) => l !== '');
}
