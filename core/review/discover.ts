// Which sessions belong to a PR/MR (ci-automation.md §7.2): the per-commit index across every ledger ref, plus
// recent sessions of the head branch's ledger; merged by session id, primary sessions only.
import { tryParseTimestamp } from '../hail/timestamp';
import { safeSegment } from '../ledger/layout';
import { collapse, compareBytewise } from '../text';
import type { GitRunner } from './git';
import { type ObjectReader, readLedgerBlobs, withObjectReader } from './git-batch';
import { committerTime, listIndexEntriesBatch, listLedgerRefs } from './ledger-read';
import { truncateCodePoints } from './markdown';
import { redact } from './safety';

export interface ReviewSession {
  sessionId: string;
  /** Ledger ref of the chosen copy. */
  ledgerRef: string;
  hailPath: string;
  metaPath: string;
  storedAt: string;
  /** Range commits linking to the session, in range order (newest first). */
  commits: string[];
  title: string | null;
  tool: string | null;
  filesChanged: number;
}

export interface DiscoveryResult {
  /** Head ledger ref `H`. */
  ledgerRef: string;
  ledgerFound: boolean;
  /** All ledger refs `L`. */
  ledgerRefs: string[];
  sessions: ReviewSession[];
  /** Distinct ledger refs other than `H` that supplied a chosen copy. */
  otherLedgerRefs: number;
}

interface IndexRecord {
  sessionId: string;
  hailPath: string;
  metaPath: string;
  storedAt: string;
  storedNs: bigint | undefined;
  ref: string;
  isHead: boolean;
}

const HAIL_PATH = /^v1\/[^/]+\/[^/]+\.hail\.jsonl$/;
const META_PATH = /^v1\/[^/]+\/[^/]+\.meta\.json$/;

/** A blob holding one JSON object, or undefined. */
function jsonObject(bytes: Buffer): Record<string, unknown> | undefined {
  let v: unknown;
  try {
    v = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  return v === null || typeof v !== 'object' || Array.isArray(v) ? undefined : (v as Record<string, unknown>);
}

/** An index blob, or undefined when rejected (§7.2 rule 3). */
export function parseIndexRecord(bytes: Buffer, ref: string, isHead: boolean): IndexRecord | undefined {
  const o = jsonObject(bytes);
  if (o === undefined) return undefined;
  const sessionId = typeof o.session_id === 'string' ? o.session_id : '';
  const hailPath = typeof o.hail_path === 'string' ? o.hail_path : '';
  const metaPath = typeof o.meta_path === 'string' ? o.meta_path : '';
  if (sessionId === '' || !HAIL_PATH.test(hailPath) || !META_PATH.test(metaPath)) return undefined;
  const storedAt = typeof o.stored_at === 'string' ? o.stored_at : '';
  return { sessionId, hailPath, metaPath, storedAt, storedNs: tryParseTimestamp(storedAt), ref, isHead };
}

/** Copy priority: the head ledger first, then the newest `stored_at`, then the lowest ref name. */
function better(a: IndexRecord, b: IndexRecord): boolean {
  if (a.isHead !== b.isHead) return a.isHead;
  const an = a.storedNs;
  const bn = b.storedNs;
  if (an !== bn) {
    if (an === undefined) return false;
    if (bn === undefined) return true;
    return an > bn;
  }
  return compareBytewise(a.ref, b.ref) < 0;
}

export interface MetaFields {
  primary: boolean;
  title: string | null;
  tool: string | null;
  filesChanged: number;
}

/** §7.2 rule 5: meta fields; a missing or unreadable meta counts as primary with empty fields. */
export function parseMeta(bytes: Buffer | undefined): MetaFields {
  const empty: MetaFields = { primary: true, title: null, tool: null, filesChanged: 0 };
  const o = bytes === undefined ? undefined : jsonObject(bytes);
  if (o === undefined) return empty;
  const role = typeof o.session_role === 'string' ? o.session_role.trim().toLowerCase() : '';
  let title: string | null = null;
  if (typeof o.title === 'string') {
    const t = collapse(redact(o.title));
    title = t === '' ? null : truncateCodePoints(t, 96);
  }
  const tool = typeof o.tool === 'string' && o.tool.trim() !== '' ? o.tool.trim() : null;
  const stats = o.stats !== null && typeof o.stats === 'object' ? (o.stats as Record<string, unknown>) : {};
  const fc = stats.files_changed;
  const filesChanged = typeof fc === 'number' && Number.isFinite(fc) && fc >= 0 ? fc : 0;
  return { primary: role !== 'auxiliary', title, tool, filesChanged };
}

export interface DiscoverOptions {
  /** Range commits, newest first. */
  commits: readonly string[];
  /** `H`: the head branch's ledger ref. */
  headLedgerRef: string;
  /** Committer time (seconds) of merge-base(base, head); rule 2 is skipped when unknown. */
  mergeBaseTime?: number;
  /** Ref prefixes making up `L` (default `refs/opensession/branches/`; local review adds remote-tracking ledgers). */
  ledgerPrefixes?: readonly string[];
  /**
   * Usable base commit. With it, head-ledger records of commits that are not ancestors of the base (commits
   * rebased or squashed away) also belong to the PR, even when they were stored before the merge-base moved.
   */
  base?: string;
  /** The object reader to use (default: one opened and closed here). */
  reader?: ObjectReader;
  /** `L` when the caller listed it already (default: listed here). */
  ledgerRefs?: readonly string[];
}

/**
 * The 40/64-hex commit names of `dirs` that exist here but are not ancestors of the base: commits of this branch
 * that a rebase or squash replaced. Commits absent here are left to rule 2 (stored after the merge-base).
 */
async function notInBase(
  git: GitRunner,
  reader: ObjectReader,
  base: string,
  dirs: readonly string[],
): Promise<Set<string>> {
  const shas = dirs.filter((d) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(d));
  const out = new Set<string>();
  if (shas.length === 0) return out;
  const objects = await reader.read(shas);
  const present = shas.filter((sha) => objects.get(sha)?.type === 'commit');
  if (present.length === 0) return out;
  // Commits reachable from the given ones but not from the base: a given commit is listed iff it is not an ancestor.
  const r = await git.run(['rev-list', '--stdin'], { input: `^${base}\n${present.join('\n')}\n` });
  if (r.code === 0) {
    const listed = new Set(r.stdout.split('\n').map((l) => l.trim()));
    for (const sha of present) if (listed.has(sha)) out.add(sha);
  }
  return out;
}

export async function discoverSessions(git: GitRunner, opts: DiscoverOptions): Promise<DiscoveryResult> {
  return withObjectReader(git, opts.reader, (reader) => discoverWith(git, reader, opts));
}

async function discoverWith(git: GitRunner, reader: ObjectReader, opts: DiscoverOptions): Promise<DiscoveryResult> {
  const refs = opts.ledgerRefs !== undefined ? [...opts.ledgerRefs] : await listLedgerRefs(git, opts.ledgerPrefixes);
  const H = opts.headLedgerRef;
  const ledgerFound =
    refs.includes(H) || (await reader.read([`${H}^{commit}`])).get(`${H}^{commit}`)?.type === 'commit';
  const rangeOrder = new Map<string, number>();
  const bySanitized = new Map<string, string>();
  opts.commits.forEach((c, i) => {
    rangeOrder.set(c, i);
    bySanitized.set(safeSegment(c), c);
  });
  const cutoffNs = opts.mergeBaseTime === undefined ? undefined : BigInt(opts.mergeBaseTime) * 1_000_000_000n;

  const chosen = new Map<string, IndexRecord>();
  const linked = new Map<string, Set<string>>();
  const scanRefs = ledgerFound && !refs.includes(H) ? [...refs, H] : refs;
  // The index trees of every ledger, then every wanted index blob, through the one reader.
  const listed = await listIndexEntriesBatch(reader, scanRefs);
  const wanted: Array<{ ref: string; isHead: boolean; commitDir: string; oid: string }> = [];
  scanRefs.forEach((ref, i) => {
    const isHead = ref === H;
    for (const e of listed[i]) if (isHead || bySanitized.has(e.commitDir)) wanted.push({ ref, isHead, ...e });
  });
  const objects = await reader.read(wanted.map((e) => e.oid));
  const late: Array<{ rec: IndexRecord; commitDir: string }> = [];
  const take = (rec: IndexRecord): void => {
    const cur = chosen.get(rec.sessionId);
    if (cur === undefined || better(rec, cur)) chosen.set(rec.sessionId, rec);
  };
  // A session's index records in several commit directories are one blob: parse each blob once.
  const parsed = new Map<string, IndexRecord | undefined>();
  for (const e of wanted) {
    let base = parsed.get(e.oid);
    if (base === undefined && !parsed.has(e.oid)) {
      const obj = objects.get(e.oid);
      base = obj === undefined || obj.type !== 'blob' ? undefined : parseIndexRecord(obj.data, e.ref, e.isHead);
      parsed.set(e.oid, base);
    }
    if (base === undefined) continue;
    const rec: IndexRecord = { ...base, ref: e.ref, isHead: e.isHead };
    const commit = bySanitized.get(e.commitDir);
    const recent = e.isHead && cutoffNs !== undefined && rec.storedNs !== undefined && rec.storedNs >= cutoffNs;
    if (commit === undefined && !recent) {
      if (e.isHead && opts.base !== undefined) late.push({ rec, commitDir: e.commitDir });
      continue;
    }
    if (commit !== undefined) {
      let set = linked.get(rec.sessionId);
      if (set === undefined) linked.set(rec.sessionId, (set = new Set()));
      set.add(commit);
    }
    take(rec);
  }
  if (late.length > 0 && opts.base !== undefined) {
    const gone = await notInBase(git, reader, opts.base, [...new Set(late.map((l) => l.commitDir))]);
    for (const l of late) if (gone.has(l.commitDir)) take(l.rec);
  }

  // Meta of every chosen copy, looked up in its ledger's tree.
  const metas = await readLedgerBlobs(
    reader,
    [...chosen.values()].map((r) => ({ ref: r.ref, path: r.metaPath })),
  );
  const sessions: ReviewSession[] = [];
  for (const rec of chosen.values()) {
    const meta = parseMeta(metas.get(`${rec.ref}:${rec.metaPath}`));
    if (!meta.primary) continue;
    const commits = [...(linked.get(rec.sessionId) ?? [])].sort((a, b) => rangeOrder.get(a)! - rangeOrder.get(b)!);
    sessions.push({
      sessionId: rec.sessionId,
      ledgerRef: rec.ref,
      hailPath: rec.hailPath,
      metaPath: rec.metaPath,
      storedAt: rec.storedAt,
      commits,
      title: meta.title,
      tool: meta.tool,
      filesChanged: meta.filesChanged,
    });
  }
  sessions.sort(
    (a, b) =>
      b.filesChanged - a.filesChanged ||
      b.commits.length - a.commits.length ||
      compareBytewise(a.sessionId, b.sessionId),
  );
  const others = new Set(sessions.map((s) => s.ledgerRef).filter((r) => r !== H));
  return { ledgerRef: H, ledgerFound, ledgerRefs: refs, sessions, otherLedgerRefs: others.size };
}

/** Committer time of merge-base(base, head), or undefined. */
export async function mergeBaseTime(
  git: GitRunner,
  base: string | undefined,
  head: string,
): Promise<number | undefined> {
  if (base === undefined) return undefined;
  const mb = await git.run(['merge-base', base, head]);
  if (mb.code !== 0 || mb.stdout.trim() === '') return undefined;
  return committerTime(git, mb.stdout.trim());
}
