// `opensession ci janitor` (ci-automation.md §5, §11, §12.3): the janitor with CI settings, open PR/MR
// protection through the provider API, outputs and annotations. The actions and components call this.
import { Command } from 'commander';
import { OpenSessionError } from '../../core/errors';
import { janitorExitCode, renderJanitorText, runJanitor } from '../../core/janitor/engine';
import {
  openRequestRefs,
  type GitlabMergeRequestLister,
  type OpenRequestSource,
} from '../../core/janitor/open-requests';
import { errorLine } from '../../core/review/safety';
import type { CliContext } from '../context';
import { flagsOf, githubClient, reported, runtime } from '../commands/ci';
import { JANITOR_INPUTS, JANITOR_OUTPUTS } from './constants';
import { gitlabPushTarget } from './gitlab-env';
import { janitorSettings } from './settings';

type Env = Record<string, string | undefined>;

/** Where open PRs/MRs are listed from, or undefined without a token or repository identity. */
async function openRequestSource(
  platform: 'github' | 'gitlab',
  env: Env,
  token: string | undefined,
): Promise<OpenRequestSource | undefined> {
  if (token === undefined) return undefined;
  if (platform === 'github') {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo) return undefined;
    return { platform, octokit: await githubClient(env, token), owner, repo };
  }
  const host = env.CI_SERVER_URL ?? '';
  const projectId = env.CI_PROJECT_ID || env.CI_PROJECT_PATH || '';
  if (host === '' || projectId === '') return undefined;
  const { createGitlabClient } = await import('../../core/providers/gitlab');
  const api: GitlabMergeRequestLister = createGitlabClient({ host, token });
  return { platform, api, projectId };
}

export function janitorCommand(ctx: CliContext): Command {
  return new Command('janitor')
    .description('delete stale ledger refs and artifact branches on the remote (a dry run unless --apply true)')
    .option('--platform <platform>', 'github or gitlab (default: detected)')
    .option('--remote <name>', 'git remote to clean (default origin)')
    .option('--config <path>', 'settings fallback file (default .opensession/cleanup/config.toml)')
    .option('--apply <value>', 'true deletes the candidates (default false)')
    .option('--hidden-ttl-days <n>', 'TTL of ledger refs whose branch is gone (default: config, then 30)')
    .option('--artifact-ttl-days <n>', 'TTL of artifact branches (default: config, then 30)')
    .option('--archive-branch <value>', 'never deleted (default: config)')
    .option('--json', 'print the summary as one JSON line')
    .action(async (opts: Record<string, unknown>) => {
      const rt = await runtime(ctx, opts.platform as string | undefined, Object.values(JANITOR_INPUTS));
      await reported(rt, async () => {
        const s = janitorSettings(rt.root, flagsOf(opts, Object.values(JANITOR_INPUTS)), rt.env);
        const warnings: string[] = [];
        let protectedRefs: Set<string> | undefined;
        const source = await openRequestSource(rt.platform, rt.env, rt.token);
        if (source !== undefined) {
          try {
            protectedRefs = await openRequestRefs(source);
          } catch (err) {
            // Without the list no artifact branch can be known closed: keep them all this run.
            warnings.push(
              `could not list open ${rt.platform === 'github' ? 'pull' : 'merge'} requests: ${errorLine(err)}; artifact branches were kept`,
            );
            protectedRefs = new Set(['*']);
          }
        }
        const keepAll = protectedRefs?.has('*') === true;
        const push = rt.platform === 'gitlab' ? gitlabPushTarget(rt.env, s.remote, rt.token) : undefined;
        const summary = await runJanitor(
          {
            remote: s.remote,
            hiddenTtlDays: s.hiddenTtlDays,
            artifactTtlDays: s.artifactTtlDays,
            archiveBranch: s.archiveBranch,
            apply: s.apply,
            ci: true,
            protectedRefs: keepAll
              ? ({ has: (ref: string) => ref.startsWith('refs/heads/') } as ReadonlySet<string>)
              : protectedRefs,
          },
          {
            git: rt.git,
            env: rt.env,
            now: ctx.now,
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
            push: push !== undefined && push.remote !== s.remote ? push : undefined,
          },
        );
        summary.warnings = [...summary.warnings, ...warnings].sort((a, b) =>
          Buffer.compare(Buffer.from(a), Buffer.from(b)),
        );
        const O = JANITOR_OUTPUTS;
        const set = (k: string, v: string | number): void => rt.reporter.setOutput(k, String(v));
        set(O.hiddenCandidates, summary.hidden_candidates.length);
        set(O.artifactCandidates, summary.artifact_candidates.length);
        set(O.deleted, summary.deleted.length);
        set(O.failed, summary.failed.length);
        set(O.keptDueToTtl, summary.kept_due_to_ttl);
        set(O.keptActiveBranch, summary.kept_active_branch);
        set(O.summary, JSON.stringify(summary));
        const text = renderJanitorText(summary);
        await rt.reporter.summary('### OpenSession janitor\n\n```\n' + text + '```\n');
        for (const w of warnings) rt.reporter.warning(w);
        for (const ref of summary.failed) {
          const why = summary.warnings.find((w) => w.startsWith(`failed to delete ${ref}:`));
          rt.reporter.error(why ?? `failed to delete ${ref}`);
        }
        ctx.stdout(opts.json === true ? JSON.stringify(summary) + '\n' : text);
        if (janitorExitCode(summary) !== 0)
          throw new OpenSessionError(`${summary.failed.length} ref(s) could not be deleted`);
      });
    });
}
