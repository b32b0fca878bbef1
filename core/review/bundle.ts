// Local review bundles (git-native.md §14.3–§14.5): the PR's or range's commits with the sessions their ledgers
// link, redacted, written to `<root>/.opensession/review/<id>/bundle.json` for `opensession serve --review-root`.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatTsZ, parseHail, stringifyOrdered, toWholeSessionObject } from '../hail';
import type { JsonObject, Session } from '../hail';
import { tryParseTimestamp } from '../hail/timestamp';
import { safeSegment } from '../ledger/layout';
import { LEDGER_REF_PREFIX } from '../ledger/refs';
import { redactSession } from '../redact';
import { compareBytewise } from '../text';
import type { GitRunner } from './git';
import { listIndexEntries, readBlobs } from './ledger-read';

export interface BundlePr {
  url: string;
  owner: string;
  repo: string;
  number: number;
  remote: string;
  base_sha: string;
  head_sha: string;
}

export interface BundleCommit {
  sha: string;
  title: string;
  author_name: string;
  author_email: string;
  authored_at: string;
  session_ids: string[];
}

export interface BundleSession {
  session_id: string;
  ledger_ref: string;
  hail_path: string;
  commit_shas: string[];
  session: Session;
}

export interface ReviewBundle {
  review_id: string;
  generated_at: string;
  pr: BundlePr;
  commits: BundleCommit[];
  sessions: BundleSession[];
}

/** `<root>/.opensession/review`: the directory `serve --review-root` reads. */
export function reviewRootDir(root: string): string {
  return path.join(root, '.opensession', 'review');
}

export function bundlePath(root: string, reviewId: string): string {
  return path.join(reviewRootDir(root), reviewId, 'bundle.json');
}

/** Pretty JSON (2-space indent), keys in the §14.4 order, trailing newline. */
export function bundleJson(b: ReviewBundle): string {
  const doc: JsonObject = {
    review_id: b.review_id,
    generated_at: b.generated_at,
    pr: { ...b.pr },
    commits: b.commits.map((c) => ({ ...c, session_ids: [...c.session_ids] })),
    sessions: b.sessions.map((s) => ({
      session_id: s.session_id,
      ledger_ref: s.ledger_ref,
      hail_path: s.hail_path,
      commit_shas: [...s.commit_shas],
      session: toWholeSessionObject(s.session),
    })),
  };
  return stringifyOrdered(doc, 2) + '\n';
}

/** Writes the bundle atomically (temp file + rename; always rebuilt). Returns its path. */
export async function writeBundle(root: string, b: ReviewBundle): Promise<string> {
  const file = bundlePath(root, b.review_id);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    await fs.writeFile(tmp, bundleJson(b), { mode: 0o644 });
    await fs.rename(tmp, file);
  } finally {
    await fs.rm(tmp, { force: true });
  }
  return file;
}

/** Redaction before anything is written (idempotent on ledger sessions, which are already redacted). */
export function redactForBundle(s: Session): Session {
  return redactSession(s, { stripHomePaths: false }).session;
}

/** HAIL timestamp of a `Date` (§3.5 form, milliseconds). */
export function bundleTimestamp(d: Date): string {
  return d.toISOString();
}

/** Local ledger refs and every `refs/remotes/*\/opensession/branches/*` (§14.5), local first, then by name. */
export async function reviewLedgerRefs(git: GitRunner, prefixes?: readonly string[]): Promise<string[]> {
  const r = await git.run(['for-each-ref', '--format=%(refname)', LEDGER_REF_PREFIX, 'refs/remotes/']);
  if (r.code !== 0) return [];
  const remote = /^refs\/remotes\/[^/]+\/opensession\/branches\//;
  const refs = r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith(LEDGER_REF_PREFIX) || remote.test(l))
    .filter((l) => prefixes === undefined || prefixes.some((p) => l.startsWith(p)));
  const local = refs.filter((l) => l.startsWith(LEDGER_REF_PREFIX)).sort(compareBytewise);
  const remotes = refs.filter((l) => !l.startsWith(LEDGER_REF_PREFIX)).sort(compareBytewise);
  return [...local, ...remotes];
}

interface Candidate {
  sessionId: string;
  ref: string;
  refOrder: number;
  hailPath: string;
  storedNs: bigint;
  session: Session;
}

/** The commits' subject and author (`git show -s`), in the given order. */
export async function commitInfos(
  git: GitRunner,
  shas: readonly string[],
): Promise<Omit<BundleCommit, 'session_ids'>[]> {
  const out: Omit<BundleCommit, 'session_ids'>[] = [];
  for (const sha of shas) {
    const r = await git.run(['show', '-s', '--format=%H%x00%s%x00%an%x00%ae%x00%aI', sha]);
    const [full, title, name, email, at] = r.stdout.replace(/\n$/, '').split('\0');
    out.push({
      sha: full || sha,
      title: title ?? '',
      author_name: name ?? '',
      author_email: email ?? '',
      authored_at: at ?? '',
    });
  }
  return out;
}

function asObject(bytes: Buffer | undefined): Record<string, unknown> | undefined {
  if (bytes === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(bytes.toString('utf8'));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * §14.5: for each ledger ref and commit, the sessions indexed under `v1/index/commits/<sha>/`; unreadable entries
 * are skipped with a warning. When several refs hold one id, the later `stored_at` wins (ties: ref order).
 */
export async function sessionsForCommits(
  git: GitRunner,
  commits: readonly string[],
  refs: readonly string[],
  warn: (line: string) => void,
): Promise<{ sessions: BundleSession[]; perCommit: Map<string, string[]> }> {
  const wanted = new Map(commits.map((c) => [safeSegment(c), c]));
  const chosen = new Map<string, Candidate>();
  const links = new Map<string, Set<string>>();
  for (let refOrder = 0; refOrder < refs.length; refOrder++) {
    const ref = refs[refOrder];
    const entries = (await listIndexEntries(git, ref)).filter((e) => wanted.has(e.commitDir));
    if (entries.length === 0) continue;
    const idx = await readBlobs(
      git,
      entries.map((e) => e.oid),
    );
    const hailCache = new Map<string, Session | Error>();
    const pending: Array<{ sha: string; id: string; hailPath: string; storedAt: string }> = [];
    for (const e of entries) {
      const obj = asObject(idx.get(e.oid));
      const id = typeof obj?.session_id === 'string' ? obj.session_id : undefined;
      const hailPath = typeof obj?.hail_path === 'string' ? obj.hail_path : undefined;
      if (obj === undefined || id === undefined || hailPath === undefined) {
        warn(`[opensession] Warning: skipping session ${id ?? e.path} in ${ref}: unreadable index entry`);
        continue;
      }
      pending.push({
        sha: wanted.get(e.commitDir) ?? e.commitDir,
        id,
        hailPath,
        storedAt: typeof obj.stored_at === 'string' ? obj.stored_at : '',
      });
    }
    const blobs = await readBlobs(git, [...new Set(pending.map((p) => `${ref}:${p.hailPath}`))]);
    for (const p of pending) {
      let parsed = hailCache.get(p.hailPath);
      if (parsed === undefined) {
        const bytes = blobs.get(`${ref}:${p.hailPath}`);
        try {
          if (bytes === undefined) throw new Error(`missing blob ${p.hailPath}`);
          parsed = parseHail(bytes.toString('utf8'));
        } catch (err) {
          parsed = err instanceof Error ? err : new Error(String(err));
        }
        hailCache.set(p.hailPath, parsed);
      }
      if (parsed instanceof Error) {
        warn(`[opensession] Warning: skipping session ${p.id} in ${ref}: ${parsed.message}`);
        continue;
      }
      const set = links.get(p.id) ?? new Set<string>();
      set.add(p.sha);
      links.set(p.id, set);
      const ns = tryParseTimestamp(p.storedAt) ?? -1n;
      const prev = chosen.get(p.id);
      if (prev === undefined || ns > prev.storedNs) {
        chosen.set(p.id, { sessionId: p.id, ref, refOrder, hailPath: p.hailPath, storedNs: ns, session: parsed });
      }
    }
  }
  const order = new Map(commits.map((c, i) => [c, i]));
  const sessions = [...chosen.values()]
    .sort((a, b) => compareBytewise(a.sessionId, b.sessionId))
    .map((c) => ({
      session_id: c.sessionId,
      ledger_ref: c.ref,
      hail_path: c.hailPath,
      commit_shas: [...(links.get(c.sessionId) ?? [])].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)),
      session: redactForBundle(c.session),
    }));
  const perCommit = new Map<string, string[]>();
  for (const s of sessions)
    for (const sha of s.commit_shas) perCommit.set(sha, [...(perCommit.get(sha) ?? []), s.session_id]);
  for (const ids of perCommit.values()) ids.sort(compareBytewise);
  return { sessions, perCommit };
}

/** A commit bundle (§14.4): commits in range order with their linked sessions. */
export async function buildCommitBundle(
  git: GitRunner,
  o: {
    reviewId: string;
    pr: BundlePr;
    commits: readonly string[];
    refs: readonly string[];
    now: Date;
    warn: (l: string) => void;
  },
): Promise<ReviewBundle> {
  const { sessions, perCommit } = await sessionsForCommits(git, o.commits, o.refs, o.warn);
  const infos = await commitInfos(git, o.commits);
  return {
    review_id: o.reviewId,
    generated_at: bundleTimestamp(o.now),
    pr: o.pr,
    commits: infos.map((c, i) => ({ ...c, session_ids: perCommit.get(o.commits[i]) ?? [] })),
    sessions,
  };
}

/** A local/file bundle (§14.4): one synthetic commit holding the one session. */
export function buildLocalBundle(o: { reviewId: string; target: string; session: Session; now: Date }): ReviewBundle {
  const s = redactForBundle(o.session);
  return {
    review_id: o.reviewId,
    generated_at: bundleTimestamp(o.now),
    pr: {
      url: o.target,
      owner: 'local',
      repo: 'review',
      number: 0,
      remote: 'local',
      base_sha: 'local',
      head_sha: 'local',
    },
    commits: [
      {
        sha: 'local',
        title: s.context.title !== undefined && s.context.title !== '' ? s.context.title : 'local session',
        author_name: '',
        author_email: '',
        authored_at: formatTsZ(s.context.created_at),
        session_ids: [s.session_id],
      },
    ],
    sessions: [{ session_id: s.session_id, ledger_ref: '', hail_path: '', commit_shas: ['local'], session: s }],
  };
}
