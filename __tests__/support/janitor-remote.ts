// Bare remotes for janitor tests: thousands of ledger refs and branches with controlled commit dates. Each ref gets
// its own empty root commit (so dates are exact); the commits go into one pack written here and indexed by one
// `git index-pack`, and each ref is written as a loose ref file. The objects and refs are byte for byte what
// `git fast-import` made of the same input (janitor-remote.test.ts checks it), at about a tenth of its CPU: its
// lock file, rename and checks per ref cost about 1 ms each. Loose, not packed, refs on purpose: receive-pack
// deletes each ref in its own transaction, which rewrites a `packed-refs` file once per deleted ref.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deflateSync } from 'node:zlib';

export interface RefSpec {
  ref: string;
  /** Committer time, epoch seconds. */
  time: number;
}

export const ledgerRef = (branch: string): string =>
  'refs/opensession/branches/' + Buffer.from(branch, 'utf8').toString('base64url');

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const OBJ_COMMIT = 1;
const OBJ_TREE = 2;

/** The commit `git fast-import` writes for `commit <ref>` with only a committer line and message `ref <i>`. */
function commitBody(i: number, time: number, parent: string | undefined): Buffer {
  const who = `Test <test@example.com> ${time} +0000`;
  const parentLine = parent === undefined ? '' : `parent ${parent}\n`;
  return Buffer.from(`tree ${EMPTY_TREE}\n${parentLine}author ${who}\ncommitter ${who}\n\nref ${i}\n`, 'utf8');
}

function objectId(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

/** A pack entry: type and size header (4 + 7·n bits), then the zlib stream. */
function packEntry(type: number, body: Buffer): Buffer {
  const header: number[] = [];
  let size = body.length;
  let byte = (type << 4) | (size & 0x0f);
  size >>>= 4;
  while (size > 0) {
    header.push(byte | 0x80);
    byte = size & 0x7f;
    size >>>= 7;
  }
  header.push(byte);
  return Buffer.concat([Buffer.from(header), deflateSync(body)]);
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
  const entries: Buffer[] = [packEntry(OBJ_TREE, Buffer.alloc(0))];
  refs.forEach((r, i) => {
    const body = commitBody(i, r.time, tips.get(r.ref));
    entries.push(packEntry(OBJ_COMMIT, body));
    tips.set(r.ref, objectId('commit', body));
  });
  const head = Buffer.alloc(12);
  head.write('PACK', 0, 'latin1');
  head.writeUInt32BE(2, 4);
  head.writeUInt32BE(entries.length, 8);
  const pack = Buffer.concat([head, ...entries]);
  const trailer = createHash('sha1').update(pack).digest();
  const res = spawnSync('git', ['index-pack', '--stdin'], {
    cwd: dir,
    input: Buffer.concat([pack, trailer]),
    env: { ...process.env, LC_ALL: 'C' },
  });
  if (res.status !== 0) throw new Error(`git index-pack failed: ${res.stderr.toString()}`);

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
