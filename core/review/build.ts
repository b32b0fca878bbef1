// Review data for a range: commits and files (§7.1), sessions (§7.2) and the Q&A digest (§7.3).
import type { GitRunner } from './git';
import { discoverSessions, DiscoveryResult, mergeBaseTime, ReviewSession } from './discover';
import { readBlobs } from './ledger-read';
import { buildQaDigest, QaPair } from './qa';
import { computeRange, ReviewRange } from './range';

export interface ReviewData {
  baseSha?: string;
  headSha: string;
  range: ReviewRange;
  discovery: DiscoveryResult;
  qa: QaPair[];
}

export interface BuildReviewOptions {
  /** Base commit (resolved sha or rev); undefined → head only. */
  base?: string;
  head: string;
  /** `H`, the head branch's ledger ref. */
  headLedgerRef: string;
  ledgerPrefixes?: readonly string[];
}

/** Reads hail blobs of a batch of sessions from their chosen ledgers (one `cat-file --batch`). */
export function hailReader(git: GitRunner): (batch: readonly ReviewSession[]) => Promise<Map<string, string>> {
  return async (batch) => {
    const specs = batch.map((s) => `${s.ledgerRef}:${s.hailPath}`);
    const blobs = await readBlobs(git, specs);
    const out = new Map<string, string>();
    for (const s of batch) {
      const b = blobs.get(`${s.ledgerRef}:${s.hailPath}`);
      if (b !== undefined) out.set(s.sessionId, b.toString('utf8'));
    }
    return out;
  };
}

export async function buildReviewData(git: GitRunner, opts: BuildReviewOptions): Promise<ReviewData> {
  const range = await computeRange(git, opts.base, opts.head);
  const headSha =
    (await git.run(['rev-parse', '--verify', '--quiet', `${opts.head}^{commit}`])).stdout.trim() || opts.head;
  let baseSha: string | undefined;
  if (opts.base !== undefined) {
    const r = await git.run(['rev-parse', '--verify', '--quiet', `${opts.base}^{commit}`]);
    baseSha = r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : opts.base;
  }
  const discovery = await discoverSessions(git, {
    commits: range.commits,
    headLedgerRef: opts.headLedgerRef,
    mergeBaseTime: await mergeBaseTime(git, opts.base, opts.head),
    ledgerPrefixes: opts.ledgerPrefixes,
  });
  const qa = await buildQaDigest(discovery.sessions, hailReader(git));
  return { baseSha, headSha, range, discovery, qa };
}
