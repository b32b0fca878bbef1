// The CI session review (ci-automation.md §6, §10, §15): event decision, update / merged / closed flows and the
// artifact-branch-only flow. Pure orchestration: git, comment provider, reporter, clock and sleep are injected.
import { ledgerRef } from '../ledger/refs';
import type { CommentProvider } from '../providers/types';
import { upsertSticky } from '../providers/sticky';
import { httpStatusOf } from '../providers/types';
import {
  artifactRoot,
  deleteRemoteRef,
  manifestPath,
  publishArtifactBranch,
  PublishResult,
  PushTarget,
} from './artifact';
import { buildReviewData, ReviewData } from './build';
import type { GitRunner } from './git';
import { firstLine } from './git';
import {
  artifactBranchName,
  changeHeadSource,
  parseChangeNumber,
  Platform,
  reviewHeadRef,
  reviewId as makeReviewId,
} from './ids';
import { refExists } from './ledger-read';
import { FINAL_MARKER, renderComment, STICKY_MARKER } from './render';
import { errorLine, redact } from './safety';

export type ReviewKind = 'update' | 'merged' | 'closed';
export type ResultKind = 'review' | 'final' | 'closed' | 'skipped' | 'noop';
export type CommentResult = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';

export interface SessionReviewSettings {
  remote: string;
  /** Trimmed archive branch; undefined → ephemeral per-PR/MR branches. */
  archiveBranch?: string;
  publishArtifacts: boolean;
  comment: boolean;
  finalSnapshot: boolean;
  deleteLedgerOnMerge: boolean;
  skipBots: boolean;
  webBaseUrl: string;
  strict: boolean;
}

/** What the event says about the PR/MR (§6.3). */
export interface ChangeContext {
  kind: ReviewKind;
  platform: Platform;
  repo: string;
  repoUrl: string;
  number?: number;
  baseSha?: string;
  headSha: string;
  headBranch: string;
  baseBranch?: string;
  defaultBranch?: string;
}

export interface Reporter {
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

export interface CiDeps {
  git: GitRunner;
  reporter: Reporter;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Comment client; undefined when there is no token. */
  comments?: CommentProvider;
  /** Pushes (artifact branch, deletes); default: the settings' remote. */
  push?: PushTarget;
}

export interface SessionReviewResult {
  result: ResultKind;
  review_id: string;
  ledger_ref: string;
  ledger_found: boolean;
  session_count: number;
  commit_count: number;
  artifact_branch: string;
  artifact_published: boolean;
  artifact_commit: string;
  comment: CommentResult;
  comment_id: string;
  comment_url: string;
  failures: string[];
}

export interface SessionReviewOutcome {
  result: SessionReviewResult;
  /** Rendered body (update/final), for the job summary. */
  body?: string;
}

export const NO_GITLAB_TOKEN =
  'No token for the GitLab API (set OPENSESSION_GITLAB_TOKEN; CI_JOB_TOKEN cannot post merge request notes); the merge request note was not posted.';

function subject(platform: Platform, n: number | undefined): string {
  const num = n === undefined ? '?' : String(n);
  return platform === 'gitlab' ? `MR !${num}` : `PR #${num}`;
}

export function emptyResult(kind: ResultKind, over: Partial<SessionReviewResult> = {}): SessionReviewResult {
  return {
    result: kind,
    review_id: '',
    ledger_ref: '',
    ledger_found: false,
    session_count: 0,
    commit_count: 0,
    artifact_branch: '',
    artifact_published: false,
    artifact_commit: '',
    comment: 'skipped',
    comment_id: '',
    comment_url: '',
    failures: [],
    ...over,
  };
}

// ---------------------------------------------------------------- GitHub event decision (§6.1, §6.2)

export type EventDecision =
  | { action: 'run'; context: ChangeContext; author?: { login: string; type: string } }
  | { action: 'skip'; result: 'skipped' | 'noop'; notice: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export interface GitHubEventInput {
  eventName: string;
  payload: unknown;
  /** `GITHUB_REPOSITORY`. */
  repository: string;
  /** `GITHUB_SERVER_URL` (default https://github.com). */
  serverUrl?: string;
  skipBots: boolean;
}

export function decideGitHubEvent(input: GitHubEventInput): EventDecision {
  const payload = isObj(input.payload) ? input.payload : {};
  const action = str(payload.action) ?? '';
  const pr = isObj(payload.pull_request) ? payload.pull_request : undefined;
  const nothing = {
    action: 'skip' as const,
    result: 'noop' as const,
    notice: `Nothing to do for event ${input.eventName}/${action}.`,
  };
  if (input.eventName !== 'pull_request' || pr === undefined) return nothing;
  let kind: ReviewKind;
  if (['opened', 'reopened', 'synchronize', 'ready_for_review'].includes(action)) kind = 'update';
  else if (action === 'closed') kind = pr.merged === true ? 'merged' : 'closed';
  else return nothing;
  const number = parseChangeNumber(pr.number);
  const head = isObj(pr.head) ? pr.head : {};
  const base = isObj(pr.base) ? pr.base : {};
  const headRepo = isObj(head.repo) ? head.repo : undefined;
  const subj = subject('github', number);
  if (headRepo === undefined || str(headRepo.full_name) !== input.repository) {
    const name = headRepo !== undefined ? (str(headRepo.full_name) ?? 'unknown') : '(deleted repository)';
    return {
      action: 'skip',
      result: 'skipped',
      notice: `Skipped: ${subj} comes from fork ${name}; its ledger lives in the fork and the token is read-only.`,
    };
  }
  const user = isObj(pr.user) ? pr.user : {};
  if (input.skipBots && user.type === 'Bot') {
    return {
      action: 'skip',
      result: 'skipped',
      notice: `Skipped: ${subj} was opened by bot ${str(user.login) ?? 'unknown'}.`,
    };
  }
  const repository = isObj(payload.repository) ? payload.repository : {};
  const server = (input.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  return {
    action: 'run',
    context: {
      kind,
      platform: 'github',
      repo: input.repository,
      repoUrl: `${server}/${input.repository}`,
      number,
      baseSha: str(base.sha),
      headSha: str(head.sha) ?? '',
      headBranch: str(head.ref) ?? '',
      baseBranch: str(base.ref),
      defaultBranch: str(repository.default_branch),
    },
  };
}

// ---------------------------------------------------------------- the flows (§6.4)

/** Step 2: make the head local and find a usable base (unshallowing once); undefined base → `[head]`. */
async function prepareRange(
  git: GitRunner,
  ctx: ChangeContext,
  remote: string,
  reporter: Reporter,
  failures: string[],
): Promise<string | undefined> {
  const kind = ctx.platform === 'gitlab' ? 'mr' : 'pr';
  if (!(await refExists(git, ctx.headSha)) && ctx.number !== undefined) {
    const src = changeHeadSource(kind, ctx.number);
    await git.run(['fetch', '--no-tags', remote, `+${src}:${reviewHeadRef(kind, ctx.number)}`]);
  }
  if (ctx.baseSha === undefined) return undefined;
  const mergeBase = async (): Promise<boolean> => (await git.run(['merge-base', ctx.baseSha!, ctx.headSha])).code === 0;
  if (await mergeBase()) return ctx.baseSha;
  const shallow = (await git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  if (shallow) {
    await git.run(['fetch', '--no-tags', '--unshallow', remote]);
    if (await mergeBase()) return ctx.baseSha;
  }
  const msg = `Could not compute the commit range ${ctx.baseSha.slice(0, 7)}..${ctx.headSha.slice(0, 7)}; using the head commit only.`;
  reporter.warning(msg);
  failures.push(msg);
  return undefined;
}

/**
 * Step 3: the mandatory ledger fetch. A remote without `refs/opensession/*` is "no ledger", not a failure (A10):
 * `ls-remote` tells first, and stale local ledger refs are pruned as the fetch's `--prune` would.
 */
export async function fetchLedgers(
  git: GitRunner,
  remote: string,
  reporter: Reporter,
  failures: string[],
): Promise<void> {
  const fail = (r: { code: number; stderr: string }): void => {
    const msg = `Could not fetch ledger refs from ${remote}: ${errorLine(firstLine(r.stderr) || `git fetch exited ${r.code}`)}`;
    reporter.warning(msg);
    failures.push(msg);
  };
  const ls = await git.run(['ls-remote', '--refs', remote, 'refs/opensession/*']);
  if (ls.code !== 0) return fail(ls);
  if (ls.stdout.trim() === '') {
    const local = await git.run(['for-each-ref', '--format=delete %(refname)', 'refs/opensession/branches/']);
    if (local.code === 0 && local.stdout.trim() !== '')
      await git.run(['update-ref', '--stdin'], { input: local.stdout });
    return;
  }
  const r = await git.run([
    'fetch',
    '--no-tags',
    '--prune',
    '--depth=1',
    remote,
    '+refs/opensession/*:refs/opensession/*',
  ]);
  if (r.code !== 0) fail(r);
}

/** §8.1 validation: the archive branch must not be a real code branch. */
export function archiveBranchProblem(archive: string | undefined, ctx: ChangeContext): string | undefined {
  if (archive === undefined) return undefined;
  if ([ctx.defaultBranch, ctx.baseBranch, ctx.headBranch].includes(archive)) {
    return `archive branch \`${archive}\` must not be the default, base or head branch`;
  }
  return undefined;
}

export function describeCommentError(err: unknown, platform: Platform): string {
  const status = httpStatusOf(err);
  const base = `Could not update the session review comment: ${errorLine(err)}`;
  if (status === 401 || status === 403) {
    return (
      base +
      (platform === 'gitlab'
        ? ' (GitLab: the token needs the api scope)'
        : ' (GitHub: the token needs issues: write and pull-requests: write)')
    );
  }
  return base;
}

async function cleanupAfterClose(
  deps: CiDeps,
  settings: SessionReviewSettings,
  ctx: ChangeContext,
  branch: string | undefined,
  H: string,
  failures: string[],
): Promise<void> {
  const push = deps.push ?? { remote: settings.remote };
  const remove = async (ref: string, what: string, What: string): Promise<void> => {
    const out = await deleteRemoteRef(deps.git, push, ref, deps.sleep);
    if (!out.deleted) {
      const msg = `Failed to delete ${what} after 2 attempts: ${out.error}`;
      deps.reporter.warning(msg);
      failures.push(msg);
    } else if (out.absent) {
      deps.reporter.notice(`${What} is already absent on ${settings.remote}.`);
    }
  };
  if (branch !== undefined && settings.archiveBranch === undefined) {
    await remove(`refs/heads/${branch}`, `artifact branch ${branch}`, `Artifact branch ${branch}`);
  }
  if (ctx.kind === 'merged' && settings.deleteLedgerOnMerge) {
    await remove(H, `ledger ref ${H}`, `Ledger ref ${H}`);
  }
}

/** Publishes the artifact branch of one PR/MR (§8), refusing an archive branch that is a code branch (§8.1). */
async function publishForChange(
  deps: CiDeps,
  settings: { archiveBranch?: string; remote: string },
  ctx: ChangeContext,
  o: { id: string; branch: string; persistent: boolean; ledgerRef: string; data: ReviewData },
): Promise<PublishResult> {
  const problem = archiveBranchProblem(settings.archiveBranch, ctx);
  if (problem !== undefined) return { published: false, branch: o.branch, commit: null, error: problem };
  return publishArtifactBranch(deps.git, {
    platform: ctx.platform,
    repo: ctx.repo,
    number: ctx.number!,
    reviewId: o.id,
    branch: o.branch,
    persistent: o.persistent,
    baseSha: ctx.baseSha ?? null,
    headSha: ctx.headSha || null,
    ledgerRef: o.ledgerRef,
    commitCount: o.data.range.commits.length,
    sessions: o.data.discovery.sessions,
    remote: settings.remote,
    push: deps.push,
    now: deps.now(),
  });
}

/** Runs the update / merged / closed flow for one PR/MR. Non-fatal failures land in `failures`. */
export async function runChangeReview(
  settings: SessionReviewSettings,
  ctx: ChangeContext,
  deps: CiDeps,
): Promise<SessionReviewOutcome> {
  const { git, reporter } = deps;
  const failures: string[] = [];
  const H = ledgerRef(ctx.headBranch);
  const id =
    ctx.number !== undefined && ctx.headSha !== ''
      ? makeReviewId(ctx.platform, ctx.repo, ctx.number, ctx.headSha)
      : undefined;
  const branch =
    ctx.number !== undefined ? artifactBranchName(ctx.platform, ctx.number, settings.archiveBranch) : undefined;
  const persistent = settings.archiveBranch !== undefined;

  if (ctx.kind === 'closed') {
    await cleanupAfterClose(deps, settings, ctx, branch, H, failures);
    return {
      result: emptyResult('closed', { review_id: id ?? '', ledger_ref: H, artifact_branch: branch ?? '', failures }),
    };
  }

  // The token's identity is looked up while git works: the job's first API request goes out at once (A10).
  const commentWanted = (ctx.kind === 'merged' ? settings.finalSnapshot : settings.comment) && ctx.number !== undefined;
  const identity =
    commentWanted && deps.comments !== undefined ? deps.comments.identity().catch(() => undefined) : undefined;
  const base = await prepareRange(git, ctx, settings.remote, reporter, failures);
  await fetchLedgers(git, settings.remote, reporter, failures);
  const data: ReviewData = await buildReviewData(git, { base, head: ctx.headSha, headLedgerRef: H });
  if (!data.discovery.ledgerFound) reporter.notice(`No ledger ref ${H} for branch ${ctx.headBranch} yet.`);

  // Step 6: artifacts (final mode only with an archive branch: ephemeral branches are deleted next).
  let publish: PublishResult | undefined;
  let attempted = false;
  const wantPublish = settings.publishArtifacts && (ctx.kind === 'update' || persistent);
  if (wantPublish && id !== undefined && branch !== undefined) {
    attempted = true;
    publish = await publishForChange(deps, settings, ctx, { id, branch, persistent, ledgerRef: H, data });
    if (!publish.published) {
      const msg = `Artifact publish to ${branch} failed: ${publish.error ?? 'unknown error'}`;
      reporter.warning(msg);
      failures.push(msg);
    }
  }

  const mode = ctx.kind === 'merged' ? 'final' : 'update';
  const body = renderComment({
    mode,
    target: {
      platform: ctx.platform,
      repo: ctx.repo,
      repoUrl: ctx.repoUrl,
      number: ctx.number,
      webBaseUrl: settings.webBaseUrl,
    },
    reviewId: id,
    updatedAt: deps.now().toISOString(),
    baseSha: ctx.baseSha,
    headSha: data.headSha,
    range: data.range,
    discovery: data.discovery,
    qa: data.qa,
    details: data.details,
    agentShare: data.agentShare,
    artifact: {
      branch,
      persistent,
      attempted,
      published: publish?.published === true,
      error: publish?.error ?? undefined,
    },
  });

  let comment: CommentResult = 'skipped';
  let commentId = '';
  let commentUrl = '';
  const wantComment = mode === 'final' ? settings.finalSnapshot : settings.comment;
  if (wantComment && ctx.number !== undefined) {
    if (deps.comments === undefined) {
      const msg =
        ctx.platform === 'gitlab'
          ? NO_GITLAB_TOKEN
          : 'No token for the GitHub API (set the token input); the review comment was not posted.';
      reporter.warning(msg);
      failures.push(msg);
      comment = 'failed';
    } else {
      try {
        // A rerun after merge whose ledger is already gone keeps the final snapshot it posted before (A10).
        const keepExisting = mode === 'final' && !data.discovery.ledgerFound && data.discovery.sessions.length === 0;
        const out = await upsertSticky(
          deps.comments,
          mode === 'final' ? FINAL_MARKER : STICKY_MARKER,
          body,
          errorLine,
          { keepExisting, identity },
        );
        comment = out.result;
        commentId = out.comment.id;
        commentUrl = out.comment.url ?? '';
        for (const w of out.warnings) {
          reporter.warning(redact(w));
          failures.push(redact(w));
        }
      } catch (err) {
        const msg = describeCommentError(err, ctx.platform);
        reporter.warning(msg);
        failures.push(msg);
        comment = 'failed';
      }
    }
  }

  if (ctx.kind === 'merged') await cleanupAfterClose(deps, settings, ctx, branch, H, failures);

  return {
    body,
    result: {
      result: mode === 'final' ? 'final' : 'review',
      review_id: id ?? '',
      ledger_ref: H,
      ledger_found: data.discovery.ledgerFound,
      session_count: data.discovery.sessions.length,
      commit_count: data.range.commits.length,
      artifact_branch: branch ?? '',
      artifact_published: publish?.published === true,
      artifact_commit: publish?.commit ?? '',
      comment,
      comment_id: commentId,
      comment_url: commentUrl,
      failures,
    },
  };
}

// ---------------------------------------------------------------- artifact branch only (§12.4)

export type ArtifactMode = 'auto' | 'publish' | 'delete';

export interface ArtifactBranchSettings {
  remote: string;
  archiveBranch?: string;
  mode: ArtifactMode;
  strict: boolean;
}

export interface ArtifactBranchResult {
  result: 'published' | 'deleted' | 'skipped' | 'noop' | 'failed';
  artifact_branch: string;
  review_id: string;
  artifact_root: string;
  manifest_path: string;
  published: boolean;
  deleted: boolean;
  artifact_commit: string;
  session_count: number;
  failures: string[];
}

export async function runArtifactBranch(
  settings: ArtifactBranchSettings,
  ctx: ChangeContext,
  deps: CiDeps,
): Promise<ArtifactBranchResult> {
  const failures: string[] = [];
  const persistent = settings.archiveBranch !== undefined;
  const id =
    ctx.number !== undefined && ctx.headSha !== '' ? makeReviewId(ctx.platform, ctx.repo, ctx.number, ctx.headSha) : '';
  const branch = ctx.number !== undefined ? artifactBranchName(ctx.platform, ctx.number, settings.archiveBranch) : '';
  const out: ArtifactBranchResult = {
    result: 'noop',
    artifact_branch: branch,
    review_id: id,
    artifact_root: id === '' ? '' : artifactRoot(id),
    manifest_path: id === '' ? '' : manifestPath(id),
    published: false,
    deleted: false,
    artifact_commit: '',
    session_count: 0,
    failures,
  };
  let action: 'publish' | 'delete' | 'none';
  if (settings.mode === 'publish') action = 'publish';
  else if (settings.mode === 'delete') action = 'delete';
  else if (ctx.kind === 'update') action = 'publish';
  else if (ctx.kind === 'merged' && persistent) action = 'publish';
  else action = 'delete';
  if (branch === '' || id === '') return out;
  if (action === 'delete') {
    if (persistent) {
      deps.reporter.notice(`Artifact branch ${branch} is a persistent archive branch; it is never deleted.`);
      return out;
    }
    const del = await deleteRemoteRef(
      deps.git,
      deps.push ?? { remote: settings.remote },
      `refs/heads/${branch}`,
      deps.sleep,
    );
    if (del.deleted) {
      out.result = 'deleted';
      out.deleted = true;
      if (del.absent) deps.reporter.notice(`Artifact branch ${branch} is already absent on ${settings.remote}.`);
    } else {
      const msg = `Failed to delete artifact branch ${branch} after 2 attempts: ${del.error}`;
      deps.reporter.warning(msg);
      failures.push(msg);
      out.result = 'failed';
    }
    return out;
  }
  const base = await prepareRange(deps.git, ctx, settings.remote, deps.reporter, failures);
  await fetchLedgers(deps.git, settings.remote, deps.reporter, failures);
  const H = ledgerRef(ctx.headBranch);
  const data = await buildReviewData(deps.git, { base, head: ctx.headSha, headLedgerRef: H });
  out.session_count = data.discovery.sessions.length;
  const pub = await publishForChange(deps, settings, ctx, { id, branch, persistent, ledgerRef: H, data });
  if (pub.published) {
    out.result = 'published';
    out.published = true;
    out.artifact_commit = pub.commit ?? '';
  } else {
    const msg = `Artifact publish to ${branch} failed: ${pub.error ?? 'unknown error'}`;
    deps.reporter.warning(msg);
    failures.push(msg);
    out.result = 'failed';
  }
  return out;
}
