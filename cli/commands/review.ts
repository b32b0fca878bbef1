// `opensession review <pr_or_mr_url> | --head <rev> [--base <rev>]`: renders the session review comment locally,
// exactly as CI would post it, without any API (git-native.md §14, ci-automation.md §9).
import { Command, Option } from 'commander';
import * as path from 'node:path';
import { GuidedError, UsageError } from '../../core/errors';
import { findRepoRoot } from '../../core/ledger/repo';
import { LEDGER_REF_PREFIX, ledgerRef, ledgerToken } from '../../core/ledger/refs';
import { cleanRemotePath, remoteHostAndPath, stripUrlCredentials } from '../../core/uri/remote';
import {
  buildReviewData,
  createGitRunner,
  GitRunner,
  renderComment,
  reviewId as makeReviewId,
  ReviewData,
  ReviewTarget,
} from '../../core/review';
import { openObjectReader, type ObjectReader } from '../../core/review/git-batch';
import { resolveCommit } from '../../core/review/ledger-read';
import {
  fetchForReview,
  findMatchingRemote,
  parseChangeLink,
  remoteLedgerPrefix,
  resolveLinkRange,
} from '../../core/review/local';
import type { BundlePr } from '../../core/review/bundle';
import type { CliContext } from '../context';
import { writeJson } from '../output';

function unknownRevision(rev: string): GuidedError {
  return new GuidedError(`unknown revision \`${rev}\``, [
    `check the name: \`git rev-parse --verify ${rev}\``,
    'fetch it first if it lives on a remote: `git fetch <remote> <branch>`',
  ]);
}

interface ReviewOptions {
  repo?: string;
  fetch: boolean;
  open: boolean;
  json?: boolean;
  base?: string;
  head?: string;
  branch?: string;
  remote: string;
  format?: 'markdown' | 'json';
  webBaseUrl: string;
  web?: boolean;
}

function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h.startsWith('127.') || h === '[::1]' || h === '::1';
}

/** Target of a plain range: platform and links from the remote URL (none for local or loopback remotes). */
async function rangeTarget(git: GitRunner, remote: string, webBaseUrl: string): Promise<ReviewTarget> {
  const url = (await git.run(['remote', 'get-url', remote])).stdout.trim();
  const hp = url === '' ? undefined : remoteHostAndPath(stripUrlCredentials(url));
  if (hp === undefined || isLoopbackHost(hp.host)) {
    return { platform: 'github', repo: path.basename(git.cwd), webBaseUrl };
  }
  const project = cleanRemotePath(hp.path);
  const platform = hp.host.toLowerCase().includes('gitlab') ? 'gitlab' : 'github';
  return { platform, repo: project, repoUrl: `https://${hp.host}/${project}`, webBaseUrl };
}

/** The commits `revs` name, in one read; undefined for unknown revisions and for undefined entries. */
async function resolveCommits(
  reader: ObjectReader,
  revs: ReadonlyArray<string | undefined>,
): Promise<Array<string | undefined>> {
  const spec = (rev: string): string => `${rev}^{commit}`;
  const objects = await reader.read(revs.filter((r) => r !== undefined).map(spec));
  return revs.map((r) => {
    const o = r === undefined ? undefined : objects.get(spec(r));
    return o?.type === 'commit' ? o.oid : undefined;
  });
}

async function currentBranch(git: GitRunner): Promise<string | undefined> {
  const r = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
}

function sessionDetailJson(data: ReviewData, id: string): Record<string, unknown> | null {
  const d = data.details.get(id);
  if (d === undefined) return null;
  const share = data.agentShare.sessions.get(id);
  const cmd = (c: { command: string; exitCode?: number; failed: boolean }) => ({
    command: c.command,
    exit_code: c.exitCode ?? null,
    failed: c.failed,
  });
  return {
    agent: d.tool,
    duration_seconds: d.durationSeconds,
    failed_commands: d.failedCommands.map(cmd),
    first_prompt: d.firstPrompt,
    later_prompts: d.laterPrompts,
    model: d.model,
    pr_files: (share?.files ?? []).map((f) => ({ path: f.path, traced_lines: f.tracedLines })),
    started_at: d.startedAt,
    test_commands: d.testCommands.map(cmd),
    tokens_in: d.tokensIn,
    tokens_out: d.tokensOut,
    traced_lines: share?.tracedLines ?? 0,
  };
}

function jsonShape(data: ReviewData, body: string, id: string | undefined): Record<string, unknown> {
  return {
    agent_share: {
      added_lines: data.agentShare.added,
      percent: data.agentShare.percent,
      traced_lines: data.agentShare.traced,
    },
    base_sha: data.baseSha ?? null,
    body,
    comment_chars: body.length,
    commit_count: data.range.commits.length,
    head_sha: data.headSha,
    ledger_found: data.discovery.ledgerFound,
    ledger_ref: data.discovery.ledgerRef,
    qa: data.qa.map((p) => ({
      answer: p.answer ?? null,
      commit: p.commit ?? null,
      question: p.question,
      session_id: p.sessionId,
    })),
    review_id: id ?? null,
    session_count: data.discovery.sessions.length,
    sessions: data.discovery.sessions.map((s) => ({
      commits: s.commits,
      detail: sessionDetailJson(data, s.sessionId),
      files_changed: s.filesChanged,
      hail_path: s.hailPath,
      ledger_ref: s.ledgerRef,
      meta_path: s.metaPath,
      session_id: s.sessionId,
      title: s.title,
      tool: s.tool,
    })),
  };
}

/** The review of a PR/MR link or a local range, printed (or written as a web bundle with `--web`). */
async function runReview(
  ctx: CliContext,
  git: GitRunner,
  reader: ObjectReader,
  root: string,
  target: string | undefined,
  opts: ReviewOptions,
): Promise<void> {
  let data: ReviewData;
  let reviewTarget: ReviewTarget;
  let id: string | undefined;
  let webPr: BundlePr | undefined; // --web: the bundle's `pr` (git-native.md §14.4)
  let webBase: string | undefined;
  if (target !== undefined) {
    const link = parseChangeLink(target);
    const remote = await findMatchingRemote(git, link);
    if (opts.fetch) for (const w of await fetchForReview(git, remote, link)) ctx.stderr(w + '\n');
    const { head, base, headBranch } = await resolveLinkRange(git, remote, link);
    const platform = link.kind === 'pr' ? 'github' : 'gitlab';
    let H = ledgerRef(headBranch ?? 'detached');
    if ((await resolveCommit(git, H)) === undefined && headBranch !== undefined) {
      H = `${remoteLedgerPrefix(remote)}${ledgerToken(headBranch)}`;
    }
    data = await buildReviewData(git, {
      base,
      head,
      headLedgerRef: H,
      ledgerPrefixes: [LEDGER_REF_PREFIX, remoteLedgerPrefix(remote)],
      reader,
    });
    reviewTarget = {
      platform,
      repo: link.project,
      repoUrl: link.repoUrl,
      number: link.number,
      webBaseUrl: opts.webBaseUrl,
    };
    id = makeReviewId(platform, link.project, link.number, data.headSha);
    if (opts.web === true)
      [webPr, webBase] = [(await import('../review-web')).linkPr(link, remote, base, data.headSha), base];
  } else {
    // The remote's URL is independent of the rest: ask for it now, side by side with the reads below.
    const targetP = rangeTarget(git, opts.remote, opts.webBaseUrl);
    targetP.catch(() => undefined); // awaited below; an early error must not leave it unhandled
    const [head, base, branchHead] = await resolveCommits(reader, [
      opts.head!,
      opts.base,
      opts.branch === undefined ? `refs/heads/${opts.head}` : undefined,
    ]);
    if (head === undefined) throw unknownRevision(opts.head!);
    if (opts.base !== undefined && base === undefined) throw unknownRevision(opts.base);
    let branch = opts.branch;
    if (branch === undefined && branchHead !== undefined) branch = opts.head;
    if (branch === undefined) branch = await currentBranch(git);
    data = await buildReviewData(git, {
      base,
      head,
      headLedgerRef: ledgerRef(branch ?? 'detached'),
      ledgerPrefixes: [LEDGER_REF_PREFIX, remoteLedgerPrefix(opts.remote)],
      reader,
    });
    reviewTarget = await targetP;
    if (opts.web === true) {
      const { rangePr } = await import('../review-web');
      [webPr, webBase] = [await rangePr(git, opts.remote, opts.head!, base, head), base];
    }
  }
  if (webPr !== undefined) {
    const reviewId = id ?? `commit-${webPr.head_sha.slice(0, 12)}`;
    const ledgerPrefixes = [LEDGER_REF_PREFIX, remoteLedgerPrefix(webPr.remote)];
    const [open, json] = [opts.open, opts.json === true || opts.format === 'json'];
    // The bundle writer and the local server load only with --web: a printed review does not pay for them.
    const { writeReviewBundleAndOpen } = await import('../review-web');
    await writeReviewBundleAndOpen(ctx, git, {
      root,
      reviewId,
      pr: webPr,
      base: webBase,
      head: webPr.head_sha,
      ledgerPrefixes,
      open,
      json,
    });
    return;
  }
  const body = renderComment({
    mode: 'update',
    target: reviewTarget,
    reviewId: id,
    updatedAt: ctx.now().toISOString(),
    baseSha: data.baseSha,
    headSha: data.headSha,
    range: data.range,
    discovery: data.discovery,
    qa: data.qa,
    details: data.details,
    agentShare: data.agentShare,
    artifact: { persistent: false, attempted: false, published: false },
  });
  const format = opts.json === true ? 'json' : (opts.format ?? 'markdown');
  if (format === 'json') writeJson(ctx, jsonShape(data, body, id));
  else ctx.stdout(body);
}

export function reviewCommand(ctx: CliContext): Command {
  return new Command('review')
    .description('render the session review comment for a PR/MR link or a commit range, locally')
    .argument(
      '[pr_or_mr_url]',
      'https://<host>/<owner>/<repo>/pull/<n> or https://<host>/<project>/-/merge_requests/<n>',
    )
    .option('--repo <path>', 'repository path (default: the working directory)')
    .option('--no-fetch', 'do not fetch the PR/MR head or ledger refs')
    .option('--no-open', 'do not open a browser (the comment is printed)')
    .option('--base <rev>', 'base of a local commit range')
    .option('--head <rev>', 'head of a local commit range (instead of a PR/MR link)')
    .option(
      '--branch <name>',
      'head branch whose ledger is preferred (default: --head when it names a branch, else the current branch)',
    )
    .option('--remote <name>', 'remote for links of a local range', 'origin')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'json']))
    .option('--json', 'same as --format json')
    .option('--web-base-url <url>', 'base URL of web links (empty disables them)', 'https://opensession.io')
    .option('--web', 'write the local review bundle and open it through `opensession serve` (--no-open prints the URL)')
    .action(async (target: string | undefined, opts: ReviewOptions) => {
      const start = opts.repo !== undefined ? path.resolve(ctx.cwd, opts.repo) : ctx.cwd;
      const root = findRepoRoot(start);
      if (root === undefined) {
        throw new GuidedError(
          opts.repo !== undefined
            ? `\`${opts.repo}\` is not inside a git repository`
            : 'current directory is not inside a git repository',
          ['run it inside the repository of the pull/merge request, or point at it with `--repo <path>`'],
        );
      }
      if (target === undefined && opts.head === undefined) {
        throw new UsageError('pass a PR/MR URL or --head <rev> [--base <rev>]');
      }
      if (target !== undefined && (opts.head !== undefined || opts.base !== undefined)) {
        throw new UsageError('pass either a PR/MR URL or --base/--head, not both');
      }
      const git = createGitRunner(root, ctx.env);
      const reader = openObjectReader(git);
      try {
        await runReview(ctx, git, reader, root, target, opts);
      } finally {
        reader.close();
      }
    });
}
