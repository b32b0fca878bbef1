// Read-only ledger access through the system git (ci-automation.md §7.2): one `ls-tree` per ledger ref for the
// per-commit index and one `cat-file --batch` per group of blobs, so shallow CI clones and packed refs just work.
import { INDEX_DIR } from '../ledger/layout';
import { LEDGER_REF_PREFIX } from '../ledger/refs';
import { compareBytewise } from '../text';
import type { GitRunner } from './git';
import { isBlobMode, type ObjectReader, treeEntries } from './git-batch';

const INDEX_PREFIX = `${INDEX_DIR}/`;

/** Every local ref under the ledger prefixes (default `refs/opensession/branches/`), sorted byte-wise. */
export async function listLedgerRefs(
  git: GitRunner,
  prefixes: readonly string[] = [LEDGER_REF_PREFIX],
): Promise<string[]> {
  const r = await git.run(['for-each-ref', '--format=%(refname)', ...prefixes]);
  if (r.code !== 0) return [];
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => prefixes.some((p) => l.startsWith(p)))
    .sort(compareBytewise);
}

export async function refExists(git: GitRunner, ref: string): Promise<boolean> {
  const r = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.code === 0;
}

/** The commit `rev` names, or undefined. */
export async function resolveCommit(git: GitRunner, rev: string): Promise<string | undefined> {
  const r = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
}

export interface IndexBlobEntry {
  /** The directory name under `v1/index/commits/` (a sanitized commit sha). */
  commitDir: string;
  /** Blob path inside the ledger tree. */
  path: string;
  oid: string;
}

/** Every `v1/index/commits/<dir>/<file>.json` blob of a ledger tip tree (one tree read). */
export async function listIndexEntries(git: GitRunner, ref: string): Promise<IndexBlobEntry[]> {
  const r = await git.run(['ls-tree', '-r', '-z', '--full-tree', ref, '--', INDEX_PREFIX]);
  if (r.code !== 0) return [];
  const out: IndexBlobEntry[] = [];
  for (const rec of r.stdout.split('\0')) {
    if (rec === '') continue;
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = rec.slice(0, tab).split(' ');
    const path = rec.slice(tab + 1);
    if (type !== 'blob' || !path.startsWith(INDEX_PREFIX) || !path.endsWith('.json')) continue;
    const rest = path.slice(INDEX_PREFIX.length).split('/');
    if (rest.length !== 2) continue;
    out.push({ commitDir: rest[0], path, oid });
  }
  return out;
}

/**
 * `listIndexEntries` for several ledger refs at once, through one object reader: the `v1/index/commits` tree of
 * every ref, then all their commit directories; the same entries, in the same (tree) order, as `ls-tree -r`.
 */
export async function listIndexEntriesBatch(
  reader: ObjectReader,
  refs: readonly string[],
): Promise<IndexBlobEntry[][]> {
  const spec = (ref: string): string => `${ref}:${INDEX_DIR}`;
  const tops = await reader.read(refs.map(spec));
  const dirsOf = refs.map((ref) =>
    (treeEntries(tops.get(spec(ref))) ?? []).filter((e) => !isBlobMode(e.mode) && e.mode !== '160000'),
  );
  const subtrees = await reader.read(dirsOf.flatMap((dirs) => dirs.map((d) => d.oid)));
  return dirsOf.map((dirs) => {
    const out: IndexBlobEntry[] = [];
    for (const d of dirs) {
      for (const e of treeEntries(subtrees.get(d.oid)) ?? []) {
        if (!isBlobMode(e.mode) || !e.name.endsWith('.json')) continue;
        out.push({ commitDir: d.name, path: `${INDEX_PREFIX}${d.name}/${e.name}`, oid: e.oid });
      }
    }
    return out;
  });
}

/**
 * Reads many objects with one `git cat-file --batch`. Keys are anything `cat-file` accepts (`<oid>`,
 * `<ref>:<path>`); missing objects are absent from the result.
 */
export async function readBlobs(git: GitRunner, specs: readonly string[]): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  const unique = [...new Set(specs)].filter((s) => s !== '' && !s.includes('\n'));
  if (unique.length === 0) return result;
  const r = await git.runRaw(['cat-file', '--batch'], { input: unique.join('\n') + '\n' });
  const buf = r.stdout;
  let pos = 0;
  for (const spec of unique) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const parts = header.split(' ');
    if (parts.length !== 3 || !/^[0-9]+$/.test(parts[2])) continue; // `<spec> missing` / `ambiguous`
    const size = Number(parts[2]);
    if (parts[1] === 'blob') result.set(spec, buf.subarray(pos, pos + size));
    pos += size + 1;
  }
  return result;
}

/** The committer time (seconds) of a commit, or undefined. */
export async function committerTime(git: GitRunner, rev: string): Promise<number | undefined> {
  const r = await git.run(['show', '-s', '--format=%ct', rev]);
  const t = Number(r.stdout.trim());
  return r.code === 0 && r.stdout.trim() !== '' && Number.isFinite(t) ? t : undefined;
}
