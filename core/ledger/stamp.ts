// The per-repository fanout stamp (amendments A8): written after a successful hook run so that the managed hook's
// POSIX sh part can exit without starting Node when nothing changed since (see PRE_PUSH_TEMPLATE in hooks.ts).
import * as fs from 'fs';
import * as path from 'path';
import { runGit } from './git-cli';
import type { Repo } from './repo';

/** The refs whose `%(objectname) %(refname)` listing the stamp holds; the hook script lists the same. */
export const STAMP_REF_PATTERNS = ['refs/opensession/branches/', 'refs/notes/opensession'] as const;

export function fanoutStampPath(repo: Repo): string {
  return path.join(repo.commonDir, 'opensession', 'hook-stamp');
}

/**
 * Content = the ledger ref listing after the fanout; mtime = when the hook run started, so an agent log written
 * during the run still counts as new next time. Best effort: a missing stamp only means Node runs.
 */
export async function writeFanoutStamp(repo: Repo, startedAt: Date): Promise<void> {
  const file = fanoutStampPath(repo);
  try {
    let listing = stampListingFromFiles(repo.commonDir);
    if (listing === undefined) {
      const res = await runGit(['for-each-ref', '--format=%(objectname) %(refname)', ...STAMP_REF_PATTERNS], {
        cwd: repo.root,
      });
      if (res.code !== 0) return;
      listing = res.stdout;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, listing);
    fs.utimesSync(tmp, startedAt, startedAt);
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(file, { force: true });
  }
}

const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const SAFE_REF = /^[\x21-\x7e]+$/; // printable ASCII: JS and git (strcmp) sort it alike

/**
 * What `git for-each-ref --format='%(objectname) %(refname)' <STAMP_REF_PATTERNS>` prints, read from the ref files
 * without starting git (loose refs over `packed-refs`, sorted by name); undefined whenever git must be asked
 * instead: a reftable repository, a symbolic or unreadable ref, a name or value this reader does not expect. A
 * listing that differs from git's only makes the next push start Node, never skip it: the hook script compares
 * git's own listing with the stamp.
 */
export function stampListingFromFiles(commonDir: string): string | undefined {
  if (fs.existsSync(path.join(commonDir, 'reftable'))) return undefined;
  const refs = new Map<string, string>();
  const wanted = (ref: string): boolean =>
    ref.startsWith('refs/opensession/branches/') ||
    ref === 'refs/notes/opensession' ||
    ref.startsWith('refs/notes/opensession/');
  let packed: string | undefined;
  try {
    packed = fs.readFileSync(path.join(commonDir, 'packed-refs'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
  }
  if (packed !== undefined) {
    for (const line of packed.split('\n')) {
      if (line === '' || line.startsWith('#') || line.startsWith('^')) continue;
      const sp = line.indexOf(' ');
      if (sp === -1) return undefined;
      const ref = line.slice(sp + 1);
      if (!wanted(ref)) continue;
      const oid = line.slice(0, sp);
      if (!OID.test(oid) || !SAFE_REF.test(ref)) return undefined;
      refs.set(ref, oid);
    }
  }
  /** Loose refs under `rel` (a file or a directory tree); false when something is not a plain ref. */
  const walk = (rel: string): boolean => {
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(path.join(commonDir, rel), { throwIfNoEntry: false });
    } catch {
      return false;
    }
    if (st === undefined) return true;
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(path.join(commonDir, rel))) if (!walk(`${rel}/${name}`)) return false;
      return true;
    }
    if (!st.isFile() || !SAFE_REF.test(rel) || rel.endsWith('.lock')) return false; // a lock: an update in flight
    const text = fs.readFileSync(path.join(commonDir, rel), 'utf8');
    const oid = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (!OID.test(oid)) return false;
    refs.set(rel, oid);
    return true;
  };
  try {
    if (!walk('refs/opensession/branches') || !walk('refs/notes/opensession')) return undefined;
  } catch {
    return undefined;
  }
  return [...refs.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((ref) => `${refs.get(ref)} ${ref}\n`)
    .join('');
}
