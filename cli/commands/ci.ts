// `opensession ci session-review|artifact-branch` (ci-automation.md §11): the entry points the GitHub actions and
// GitLab components call. This file is the thin adapter: flags and env → zod-validated settings → core flows.
import { Command } from 'commander';
import * as fs from 'node:fs';
import { OpenSessionError } from '../../core/errors';
import { findRepoRoot } from '../../core/ledger/repo';
// Provider clients are loaded on first use (dynamic import): the first API request comes sooner (A10 speed).
import type { GitHubOctokit } from '../../core/providers/github';
import type { GitlabApi } from '../../core/providers/gitlab';
import type { CommentProvider } from '../../core/providers/types';
import type { PushTarget } from '../../core/review/artifact';
import {
  ArtifactBranchResult,
  ChangeContext,
  decideGitHubEvent,
  emptyResult,
  NO_GITLAB_TOKEN,
  runArtifactBranch,
  runChangeReview,
  SessionReviewResult,
} from '../../core/review/ci';
import { createGitRunner, GitRunner } from '../../core/review/git';
import { errorLine } from '../../core/review/safety';
import type { CliContext } from '../context';
import { janitorCommand } from '../ci/janitor';
import { ActionsCore, commandsToAsync, loadActionsCore } from '../ci/actions-core';
import { testBackoffScale } from '../test-settings';
import {
  ARTIFACT_BRANCH_INPUTS,
  ARTIFACT_BRANCH_OUTPUTS,
  envNameOf,
  flagOf,
  SESSION_REVIEW_INPUTS,
  SESSION_REVIEW_OUTPUTS,
} from '../ci/constants';
import { gitlabMergedContext, gitlabPushTarget, gitlabUpdateContext, isForkMergeRequest } from '../ci/gitlab-env';
import { CiReporter, githubReporter, gitlabReporter } from '../ci/reporter';
import { artifactBranchSettings, detectPlatform, resolveToken, sessionReviewSettings } from '../ci/settings';

type Flags = Record<string, string | undefined>;
type Env = Record<string, string | undefined>;

interface Runtime {
  platform: 'github' | 'gitlab';
  root: string;
  git: GitRunner;
  reporter: CiReporter;
  /** The process env, with the GitHub action's inputs (`core.getInput`) over the OPENSESSION_* variables. */
  env: Env;
  token?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Commander option values (camelCase) → input-named raw strings. */
export function flagsOf(opts: Record<string, unknown>, inputs: readonly string[]): Flags {
  const out: Flags = {};
  for (const input of inputs) {
    const key = flagOf(input).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const v = opts[key];
    if (typeof v === 'string') out[input] = v;
  }
  return out;
}

/**
 * Action inputs as read by @actions/core (`INPUT_<NAME>`, or the host's stub) placed over the OPENSESSION_* env
 * vars the composite actions map them to (A13), so both ways of passing an input give the same settings. A value
 * that is an unevaluated expression (`${{ github.token }}`, an action.yml default read literally) counts as unset.
 */
export function withActionInputs(env: Env, core: ActionsCore, inputs: readonly string[]): Env {
  const out: Env = { ...env };
  for (const name of inputs) {
    const v = core.getInput(name).trim();
    if (v !== '' && !/^\$\{\{[\s\S]*\}\}$/.test(v)) out[envNameOf(name)] = v;
  }
  return out;
}

export async function runtime(
  ctx: CliContext,
  platformFlag: string | undefined,
  inputs: readonly string[],
): Promise<Runtime> {
  const platform = detectPlatform(platformFlag, ctx.env);
  let env: Env = ctx.env;
  let reporter: CiReporter;
  if (platform === 'github') {
    const core = await loadActionsCore();
    env = withActionInputs(ctx.env, core, inputs);
    reporter = githubReporter(ctx, core);
  } else {
    reporter = gitlabReporter(ctx);
  }
  const token = resolveToken(platform, env);
  if (token !== undefined) reporter.mask(token);
  const root = findRepoRoot(ctx.cwd);
  if (root === undefined) throw new OpenSessionError('current directory is not inside a git repository');
  return { platform, root, git: createGitRunner(root, env), reporter, env, token };
}

let githubModule: Promise<typeof import('../../core/providers/github')> | undefined;

/**
 * core/providers/github, loaded on first use (other paths do not pay for @actions/github). Loading @actions/github
 * reads `GITHUB_EVENT_PATH` and prints on stdout when that file is missing; stdout carries only the command's
 * result (A10), so that line goes to stderr.
 */
function loadGitHub(): Promise<typeof import('../../core/providers/github')> {
  githubModule ??= commandsToAsync(
    (chunk) => process.stderr.write(chunk),
    () => import('../../core/providers/github'),
  );
  return githubModule;
}

/** The GitHub client of one CI step. */
export async function githubClient(env: Env, token: string): Promise<GitHubOctokit> {
  const { createGitHubClient } = await loadGitHub();
  return createGitHubClient({
    token,
    baseUrl: env.GITHUB_API_URL || undefined,
    fetch: globalThis.fetch,
    waitScale: testBackoffScale(env), // test-only: the caps and decisions keep the real waits
  });
}

/** GitHub: the event payload (GITHUB_EVENT_PATH). */
function readGitHubEvent(env: Env): unknown {
  const file = env.GITHUB_EVENT_PATH;
  if (file === undefined || file === '') return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    throw new OpenSessionError(`cannot read the event payload ${file}: ${errorLine(err)}`);
  }
}

type Resolved =
  | { kind: 'run'; contexts: ChangeContext[]; api?: GitlabApi }
  | { kind: 'skip'; result: 'skipped' | 'noop'; failures: string[] };

/** Which PR/MR contexts this job acts on, after the fork and bot skips (§6.1, §6.2, §10.4). */
async function resolveContexts(rt: Runtime, skipBots: boolean): Promise<Resolved> {
  const env = rt.env;
  if (rt.platform === 'github') {
    const decision = decideGitHubEvent({
      eventName: env.GITHUB_EVENT_NAME ?? '',
      payload: readGitHubEvent(env),
      repository: env.GITHUB_REPOSITORY ?? '',
      serverUrl: env.GITHUB_SERVER_URL,
      skipBots,
    });
    if (decision.action === 'skip') {
      rt.reporter.notice(decision.notice);
      return { kind: 'skip', result: decision.result, failures: [] };
    }
    return { kind: 'run', contexts: [decision.context] };
  }
  const host = env.CI_SERVER_URL ?? '';
  const gl = await import('../../core/providers/gitlab');
  const { getMergeRequest, isGitlabBot, mergedRequestsForCommit } = gl;
  const api = rt.token !== undefined && host !== '' ? gl.createGitlabClient({ host, token: rt.token }) : undefined;
  const projectId = env.CI_PROJECT_ID ?? env.CI_PROJECT_PATH ?? '';
  const source = env.CI_PIPELINE_SOURCE ?? '';
  const botSkip = async (ctxt: ChangeContext, authorId?: number, username?: string): Promise<string | undefined> => {
    if (!skipBots || api === undefined || authorId === undefined) return undefined;
    return (await isGitlabBot(api, authorId))
      ? `Skipped: MR !${ctxt.number} was opened by bot ${username ?? authorId}.`
      : undefined;
  };
  if (source === 'merge_request_event') {
    const c = gitlabUpdateContext(env);
    if (isForkMergeRequest(env)) {
      rt.reporter.notice(
        `Skipped: MR !${c.number ?? '?'} comes from fork ${env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH ?? env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID}; its ledger lives in the fork and the token is read-only.`,
      );
      return { kind: 'skip', result: 'skipped', failures: [] };
    }
    if (skipBots && api !== undefined && c.number !== undefined) {
      let mr;
      try {
        mr = await getMergeRequest(api, projectId, c.number);
      } catch {
        mr = undefined; // a failed lookup never skips
      }
      const why = await botSkip(c, mr?.author_id, mr?.author_username);
      if (why !== undefined) {
        rt.reporter.notice(why);
        return { kind: 'skip', result: 'skipped', failures: [] };
      }
    }
    return { kind: 'run', contexts: [c], api };
  }
  const branch = env.CI_COMMIT_BRANCH ?? '';
  if (source === 'push' && branch !== '' && env.CI_COMMIT_REF_PROTECTED === 'true') {
    if (api === undefined) {
      rt.reporter.warning(NO_GITLAB_TOKEN);
      return { kind: 'skip', result: 'noop', failures: [NO_GITLAB_TOKEN] };
    }
    const sha = env.CI_COMMIT_SHA ?? '';
    let merged;
    try {
      merged = await mergedRequestsForCommit(api, projectId, sha, branch);
    } catch (err) {
      // An API that stays unavailable (after the capped backoff) is a warning, not a crashed job (A10).
      const msg = `Could not list the merge requests of ${sha.slice(0, 7)}: ${errorLine(err)}`;
      rt.reporter.warning(msg);
      return { kind: 'skip', result: 'noop', failures: [msg] };
    }
    if (merged.length === 0) {
      rt.reporter.notice(`No merge request was merged by ${sha.slice(0, 7)}; nothing to do.`);
      return { kind: 'skip', result: 'noop', failures: [] };
    }
    const contexts: ChangeContext[] = [];
    for (const basic of merged) {
      const mr = (await getMergeRequest(api, projectId, basic.iid)) ?? basic;
      const c = gitlabMergedContext(env, mr);
      if (mr.source_project_id !== undefined && mr.project_id !== undefined && mr.source_project_id !== mr.project_id) {
        rt.reporter.notice(
          `Skipped: MR !${mr.iid} comes from fork ${mr.source_project_id}; its ledger lives in the fork and the token is read-only.`,
        );
        continue;
      }
      const why = await botSkip(c, mr.author_id, mr.author_username);
      if (why !== undefined) {
        rt.reporter.notice(why);
        continue;
      }
      contexts.push(c);
    }
    if (contexts.length === 0) return { kind: 'skip', result: 'skipped', failures: [] };
    return { kind: 'run', contexts, api };
  }
  rt.reporter.notice(`Nothing to do for event ${source}/${env.CI_COMMIT_REF_NAME ?? ''}.`);
  return { kind: 'skip', result: 'noop', failures: [] };
}

function pushTarget(rt: Runtime, remote: string): PushTarget | undefined {
  return rt.platform === 'gitlab' ? gitlabPushTarget(rt.env, remote, rt.token) : undefined;
}

async function commentsFor(
  rt: Runtime,
  c: ChangeContext,
  api: GitlabApi | undefined,
): Promise<CommentProvider | undefined> {
  if (c.number === undefined) return undefined;
  if (rt.platform === 'github') {
    if (rt.token === undefined) return undefined;
    const { githubCommentProvider } = await loadGitHub();
    const [owner, repo] = c.repo.split('/');
    return githubCommentProvider(await githubClient(rt.env, rt.token), { owner, repo, number: c.number });
  }
  if (api === undefined) return undefined;
  const { gitlabCommentProvider } = await import('../../core/providers/gitlab');
  return gitlabCommentProvider(api, {
    projectId: rt.env.CI_PROJECT_ID ?? c.repo,
    iid: c.number,
    webUrl: `${c.repoUrl}/-/merge_requests/${c.number}`,
  });
}

/**
 * `--json` prints one JSON document (A10): the result object; when one GitLab push merged several MRs, the last
 * one's object with every result under a trailing `results` key.
 */
function oneJsonDocument<T extends object>(results: readonly T[]): string {
  const last = results[results.length - 1];
  return JSON.stringify(results.length === 1 ? last : { ...last, results }) + '\n';
}

function strictCheck(strict: boolean, failures: readonly string[]): void {
  if (strict && failures.length > 0)
    throw new OpenSessionError(`${failures.length} OpenSession step(s) failed (strict mode)`);
}

function reviewOutputs(rt: Runtime, r: SessionReviewResult): void {
  const O = SESSION_REVIEW_OUTPUTS;
  const set = (k: string, v: string | number | boolean): void => rt.reporter.setOutput(k, String(v));
  set(O.result, r.result);
  set(O.reviewId, r.review_id);
  set(O.ledgerRef, r.ledger_ref);
  set(O.ledgerFound, r.ledger_found);
  set(O.sessionCount, r.session_count);
  set(O.commitCount, r.commit_count);
  set(O.artifactBranch, r.artifact_branch);
  set(O.artifactPublished, r.artifact_published);
  set(O.artifactCommit, r.artifact_commit);
  set(O.commentId, r.comment_id);
  set(O.commentUrl, r.comment_url);
  set(O.comment, r.comment);
}

function artifactOutputs(rt: Runtime, r: ArtifactBranchResult): void {
  const O = ARTIFACT_BRANCH_OUTPUTS;
  const set = (k: string, v: string | number | boolean): void => rt.reporter.setOutput(k, String(v));
  set(O.artifactBranch, r.artifact_branch);
  set(O.reviewId, r.review_id);
  set(O.artifactRoot, r.artifact_root);
  set(O.manifestPath, r.manifest_path);
  set(O.published, r.published);
  set(O.deleted, r.deleted);
  set(O.artifactCommit, r.artifact_commit);
  set(O.sessionCount, r.session_count);
}

/** Fatal errors also become an error annotation, so the job log shows them where people look. */
export async function reported<T>(rt: Runtime | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    rt?.reporter.error(err instanceof Error ? err.message : String(err));
    throw err;
  }
}

function sessionReviewCommand(ctx: CliContext): Command {
  const cmd = new Command('session-review').description('session review for the current pull/merge request event');
  cmd
    .option('--platform <platform>', 'github or gitlab (default: detected)')
    .option('--remote <name>', 'git remote for fetch and push (default origin)')
    .option('--config <path>', 'settings fallback file (default .opensession/cleanup/config.toml)')
    .option('--json', 'print the result object as one JSON line');
  for (const f of [
    'archive-branch',
    'publish-artifacts',
    'comment',
    'final-snapshot',
    'delete-ledger-on-merge',
    'skip-bots',
    'web-base-url',
    'strict',
  ]) {
    cmd.option(`--${f} <value>`);
  }
  return cmd.action(async (opts: Record<string, unknown>) => {
    const rt = await runtime(ctx, opts.platform as string | undefined, Object.values(SESSION_REVIEW_INPUTS));
    await reported(rt, async () => {
      const settings = sessionReviewSettings(rt.root, flagsOf(opts, Object.values(SESSION_REVIEW_INPUTS)), rt.env);
      const resolved = await resolveContexts(rt, settings.skipBots);
      const results: SessionReviewResult[] = [];
      if (resolved.kind === 'skip') {
        results.push(emptyResult(resolved.result, { failures: resolved.failures }));
      } else {
        for (const c of resolved.contexts) {
          const out = await runChangeReview(settings, c, {
            git: rt.git,
            reporter: rt.reporter,
            now: ctx.now,
            sleep,
            comments: await commentsFor(rt, c, resolved.api),
            push: pushTarget(rt, settings.remote),
          });
          results.push(out.result);
          if (out.body !== undefined) await rt.reporter.summary(out.body);
        }
      }
      reviewOutputs(rt, results[results.length - 1]);
      if (opts.json === true) ctx.stdout(oneJsonDocument(results));
      else
        for (const r of results)
          ctx.stdout(
            `opensession session review: ${r.result}${r.review_id ? ` ${r.review_id}` : ''} (comment ${r.comment}, ${r.session_count} session(s), ${r.commit_count} commit(s))\n`,
          );
      strictCheck(
        settings.strict,
        results.flatMap((r) => r.failures),
      );
    });
  });
}

function artifactBranchCommand(ctx: CliContext): Command {
  return new Command('artifact-branch')
    .description('publish or delete the artifact branch of the current pull/merge request (no comment)')
    .option('--platform <platform>', 'github or gitlab (default: detected)')
    .option('--remote <name>', 'git remote for fetch and push (default origin)')
    .option('--config <path>', 'settings fallback file (default .opensession/cleanup/config.toml)')
    .option('--mode <mode>', 'auto, publish or delete (default auto)')
    .option('--archive-branch <value>')
    .option('--strict <value>')
    .option('--json', 'print the result object as one JSON line')
    .action(async (opts: Record<string, unknown>) => {
      const rt = await runtime(ctx, opts.platform as string | undefined, Object.values(ARTIFACT_BRANCH_INPUTS));
      await reported(rt, async () => {
        const settings = artifactBranchSettings(rt.root, flagsOf(opts, Object.values(ARTIFACT_BRANCH_INPUTS)), rt.env);
        const resolved = await resolveContexts(rt, true);
        const results: ArtifactBranchResult[] = [];
        if (resolved.kind === 'skip') {
          results.push({
            result: resolved.result,
            artifact_branch: '',
            review_id: '',
            artifact_root: '',
            manifest_path: '',
            published: false,
            deleted: false,
            artifact_commit: '',
            session_count: 0,
            failures: resolved.failures,
          });
        } else {
          for (const c of resolved.contexts) {
            results.push(
              await runArtifactBranch(settings, c, {
                git: rt.git,
                reporter: rt.reporter,
                now: ctx.now,
                sleep,
                push: pushTarget(rt, settings.remote),
              }),
            );
          }
        }
        artifactOutputs(rt, results[results.length - 1]);
        if (opts.json === true) ctx.stdout(oneJsonDocument(results));
        else
          for (const r of results)
            ctx.stdout(`opensession artifact branch: ${r.result}${r.artifact_branch ? ` ${r.artifact_branch}` : ''}\n`);
        strictCheck(
          settings.strict,
          results.flatMap((r) => r.failures),
        );
      });
    });
}

export function ciCommand(ctx: CliContext): Command {
  return new Command('ci')
    .description('CI entry points used by the GitHub actions and GitLab components')
    .addCommand(sessionReviewCommand(ctx))
    .addCommand(artifactBranchCommand(ctx))
    .addCommand(janitorCommand(ctx));
}
