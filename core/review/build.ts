// Review data for a range: commits and files (§7.1), sessions (§7.2) and the Q&A digest (§7.3).
import type { GitRunner } from './git';
import { discoverSessions, DiscoveryResult, mergeBaseTime, ReviewSession } from './discover';
import { readBlobs } from './ledger-read';
import { buildQaDigest, QaPair } from './qa';
import { computeRange, ReviewRange } from './range';
import { readSessionDetail, SessionDetail } from './session-detail';
import { AgentShare, computeAgentShare, readPrDiff } from './share';

export interface ReviewData {
  baseSha?: string;
  headSha: string;
  range: ReviewRange;
  discovery: DiscoveryResult;
  qa: QaPair[];
  /** Per linked session (A11), by session id; sessions whose hail cannot be read are absent. */
  details: Map<string, SessionDetail>;
  agentShare: AgentShare;
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
  const verify = (rev: string) => git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  // Independent git reads run side by side: each spawn costs more than the work it does.
  const [range, headR, baseR, mbTime, diff] = await Promise.all([
    computeRange(git, opts.base, opts.head),
    verify(opts.head),
    opts.base !== undefined ? verify(opts.base) : undefined,
    mergeBaseTime(git, opts.base, opts.head),
    readPrDiff(git, opts.base, opts.head),
  ]);
  const headSha = headR.stdout.trim() || opts.head;
  let baseSha: string | undefined;
  if (opts.base !== undefined && baseR !== undefined) {
    baseSha = baseR.code === 0 && baseR.stdout.trim() !== '' ? baseR.stdout.trim() : opts.base;
  }
  const discovery = await discoverSessions(git, {
    commits: range.commits,
    headLedgerRef: opts.headLedgerRef,
    mergeBaseTime: mbTime,
    ledgerPrefixes: opts.ledgerPrefixes,
    base: range.usedBase ? opts.base : undefined,
  });
  // Every linked session's hail is read once (one cat-file), then shared by the Q&A digest and the details.
  const hails = await hailReader(git)(discovery.sessions);
  const qa = await buildQaDigest(discovery.sessions, async () => hails, Number.MAX_SAFE_INTEGER);
  const details = new Map<string, SessionDetail>();
  for (const s of discovery.sessions) {
    const text = hails.get(s.sessionId);
    if (text !== undefined) details.set(s.sessionId, readSessionDetail(text));
  }
  const agentShare = computeAgentShare(range.usedBase ? diff : await readPrDiff(git, undefined, opts.head), details);
  return { baseSha, headSha, range, discovery, qa, details, agentShare };
}
