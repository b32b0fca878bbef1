// `opensession review … --web` (git-native.md §14.2 steps 6–8): write the local review bundle, then open it
// through the local review server, or print where it is.
import { buildCommitBundle, reviewLedgerRefs, writeBundle } from '../core/review/bundle';
import type { BundlePr } from '../core/review/bundle';
import type { ChangeLink } from '../core/review/local';
import type { GitRunner } from '../core/review';
import type { CliContext } from './context';
import { writeJson } from './output';
import { ensureLocalReviewServer, localReviewUrl, openInBrowser } from './review-server';

export interface ReviewWebInput {
  root: string;
  reviewId: string;
  pr: BundlePr;
  /** Base commit (exclusive); undefined = the head commit alone. */
  base?: string;
  head: string;
  /** Ledger ref prefixes whose sessions the bundle may use. */
  ledgerPrefixes: readonly string[];
  open: boolean;
  json: boolean;
}

export async function writeReviewBundleAndOpen(ctx: CliContext, git: GitRunner, i: ReviewWebInput): Promise<void> {
  const list = await git.run([
    'rev-list',
    '--reverse',
    i.base !== undefined ? `${i.base}..${i.head}` : `-1`,
    ...(i.base !== undefined ? [] : [i.head]),
  ]);
  const commits = list.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  const bundle = await buildCommitBundle(git, {
    reviewId: i.reviewId,
    pr: i.pr,
    commits,
    refs: await reviewLedgerRefs(git, i.ledgerPrefixes),
    now: ctx.now(),
    warn: (l) => ctx.stderr(l + '\n'),
  });
  const file = await writeBundle(i.root, bundle);
  const url = localReviewUrl(ctx.env, i.reviewId);
  const mapped = bundle.commits.filter((c) => c.session_ids.length > 0).length;
  if (i.open && !i.json) {
    await ensureLocalReviewServer(ctx, i.root, i.reviewId);
    await openInBrowser(ctx, url);
  }
  if (i.json) {
    writeJson(ctx, {
      base_sha: i.pr.base_sha,
      bundle_path: file,
      commit_count: bundle.commits.length,
      head_sha: i.pr.head_sha,
      mapped_commit_count: mapped,
      remote: i.pr.remote,
      review_id: i.reviewId,
      session_count: bundle.sessions.length,
      url,
    });
    return;
  }
  ctx.stdout(
    `review url: ${url}\ncommits: ${bundle.commits.length} (with sessions: ${mapped})\nsessions: ${bundle.sessions.length}\nbundle: ${file}\n`,
  );
}

/** §14.4 `pr` of a PR/MR link: project split at its last `/`. */
export function linkPr(link: ChangeLink, remote: string, base: string | undefined, head: string): BundlePr {
  const cut = link.project.lastIndexOf('/');
  return {
    url: link.url,
    owner: link.project.slice(0, cut),
    repo: link.project.slice(cut + 1),
    number: link.number,
    remote,
    base_sha: base ?? '',
    head_sha: head,
  };
}

/** §14.4 `pr` of a commit range: owner/repo from the remote URL, else `local`/`repo`. */
export async function rangePr(
  git: GitRunner,
  remote: string,
  url: string,
  base: string | undefined,
  head: string,
): Promise<BundlePr> {
  const r = await git.run(['remote', 'get-url', remote]);
  const m = r.code === 0 ? /([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(r.stdout.trim()) : null;
  return {
    url,
    owner: m !== null ? m[1] : 'local',
    repo: m !== null ? m[2] : 'repo',
    number: 0,
    remote: r.code === 0 ? remote : 'local',
    base_sha: base ?? '',
    head_sha: head,
  };
}
