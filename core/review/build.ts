// Review data for a range: commits and files (§7.1), sessions (§7.2) and the Q&A digest (§7.3).
import type { GitResult, GitRunner } from './git';
import { discoverSessions, DiscoveryResult, ReviewSession } from './discover';
import { commitCommitterTime, type ObjectReader, readLedgerBlobs, withObjectReader } from './git-batch';
import { committerTime, listLedgerRefs } from './ledger-read';
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
  /** The object reader to use (default: one opened and closed here). */
  reader?: ObjectReader;
}

/**
 * Hail texts of sessions from their chosen ledgers (session id → text), read through one object reader. Each
 * text is decoded when asked for and not kept: bytes outside the JS heap cost the garbage collector nothing.
 */
async function readHails(
  reader: ObjectReader,
  sessions: readonly ReviewSession[],
): Promise<(id: string) => string | undefined> {
  const blobs = await readLedgerBlobs(
    reader,
    sessions.map((s) => ({ ref: s.ledgerRef, path: s.hailPath })),
  );
  const byId = new Map<string, Buffer>();
  for (const s of sessions) {
    const b = blobs.get(`${s.ledgerRef}:${s.hailPath}`);
    if (b !== undefined && !byId.has(s.sessionId)) byId.set(s.sessionId, b);
  }
  return (id) => byId.get(id)?.toString('utf8');
}

/** Committer time of merge-base(base, head) from `git merge-base`'s answer, the commit read through `reader`. */
async function mergeBaseTimeOf(
  git: GitRunner,
  reader: ObjectReader,
  mb: GitResult | undefined,
): Promise<number | undefined> {
  const sha = mb !== undefined && mb.code === 0 ? mb.stdout.trim() : '';
  if (sha === '') return undefined;
  const obj = (await reader.read([sha])).get(sha);
  const t = obj?.type === 'commit' ? commitCommitterTime(obj.data) : undefined;
  return t ?? committerTime(git, sha); // an odd committer line: ask git, as before
}

export async function buildReviewData(git: GitRunner, opts: BuildReviewOptions): Promise<ReviewData> {
  return withObjectReader(git, opts.reader, (reader) => build(git, reader, opts));
}

async function build(git: GitRunner, reader: ObjectReader, opts: BuildReviewOptions): Promise<ReviewData> {
  // Every git process starts here, side by side, while the heap is still small: each spawn costs more than the
  // work it does. Objects (revisions, ledger trees and blobs) all go through the one `cat-file` reader.
  const headSpec = `${opts.head}^{commit}`;
  const baseSpec = opts.base !== undefined ? `${opts.base}^{commit}` : undefined;
  const [range, revs, mb, diff, refs] = await Promise.all([
    computeRange(git, opts.base, opts.head),
    reader.read(baseSpec !== undefined ? [headSpec, baseSpec] : [headSpec]),
    opts.base !== undefined ? git.run(['merge-base', opts.base, opts.head]) : undefined,
    readPrDiff(git, opts.base, opts.head),
    listLedgerRefs(git, opts.ledgerPrefixes),
  ]);
  const commitOf = (spec: string): string | undefined => {
    const o = revs.get(spec);
    return o?.type === 'commit' ? o.oid : undefined;
  };
  const headSha = commitOf(headSpec) ?? opts.head;
  let baseSha: string | undefined;
  if (opts.base !== undefined && baseSpec !== undefined) baseSha = commitOf(baseSpec) ?? opts.base;
  const discovery = await discoverSessions(git, {
    commits: range.commits,
    headLedgerRef: opts.headLedgerRef,
    mergeBaseTime: await mergeBaseTimeOf(git, reader, mb),
    ledgerPrefixes: opts.ledgerPrefixes,
    base: range.usedBase ? opts.base : undefined,
    reader,
    ledgerRefs: refs,
  });
  // Every linked session's hail is read once, then shared by the Q&A digest and the details.
  const hail = await readHails(reader, discovery.sessions);
  const qa = await buildQaDigest(discovery.sessions, async (batch) => {
    const texts = new Map<string, string>();
    for (const s of batch) {
      const text = hail(s.sessionId);
      if (text !== undefined) texts.set(s.sessionId, text);
    }
    return texts;
  });
  const details = new Map<string, SessionDetail>();
  for (const s of discovery.sessions) {
    const text = hail(s.sessionId);
    if (text !== undefined) details.set(s.sessionId, readSessionDetail(text));
  }
  // Without a base the diff above is already the head commit's; with a base git could not use, ask for it.
  const prDiff = range.usedBase || opts.base === undefined ? diff : await readPrDiff(git, undefined, opts.head);
  const agentShare = computeAgentShare(prDiff, details);
  return { baseSha, headSha, range, discovery, qa, details, agentShare };
}
