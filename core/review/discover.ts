// Which sessions belong to a PR/MR (ci-automation.md §7.2): the per-commit index across every ledger ref, plus
// recent sessions of the head branch's ledger; merged by session id, primary sessions only.
import { tryParseTimestamp } from '../hail/timestamp';
import { safeSegment } from '../ledger/layout';
import { collapse, compareBytewise } from '../text';
import type { GitRunner } from './git';
import { committerTime, listIndexEntries, listLedgerRefs, readBlobs, refExists } from './ledger-read';
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
}

export async function discoverSessions(git: GitRunner, opts: DiscoverOptions): Promise<DiscoveryResult> {
  const refs = await listLedgerRefs(git, opts.ledgerPrefixes);
  const H = opts.headLedgerRef;
  const ledgerFound = refs.includes(H) || (await refExists(git, H));
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
  for (const ref of scanRefs) {
    const isHead = ref === H;
    const entries = await listIndexEntries(git, ref);
    const wanted = entries.filter((e) => isHead || bySanitized.has(e.commitDir));
    if (wanted.length === 0) continue;
    const blobs = await readBlobs(
      git,
      wanted.map((e) => e.oid),
    );
    for (const e of wanted) {
      const bytes = blobs.get(e.oid);
      if (bytes === undefined) continue;
      const rec = parseIndexRecord(bytes, ref, isHead);
      if (rec === undefined) continue;
      const commit = bySanitized.get(e.commitDir);
      const recent = isHead && cutoffNs !== undefined && rec.storedNs !== undefined && rec.storedNs >= cutoffNs;
      if (commit === undefined && !recent) continue;
      if (commit !== undefined) {
        let set = linked.get(rec.sessionId);
        if (set === undefined) linked.set(rec.sessionId, (set = new Set()));
        set.add(commit);
      }
      const cur = chosen.get(rec.sessionId);
      if (cur === undefined || better(rec, cur)) chosen.set(rec.sessionId, rec);
    }
  }

  // Meta of every chosen copy, read in one batch per ledger.
  const metaSpecs = [...chosen.values()].map((r) => `${r.ref}:${r.metaPath}`);
  const metas = await readBlobs(git, metaSpecs);
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
