// `opensession cleanup init|status|run` (ci-automation.md §2, §4, §5.1): set up, inspect and run the janitor
// from a developer's machine. Settings come from `.opensession/cleanup/config.toml`.
import { Command } from 'commander';
import { GuidedError, OpenSessionError, UsageError } from '../../core/errors';
import { loadCleanupConfig } from '../../core/janitor/config';
import { janitorExitCode, renderJanitorText, runJanitor, type JanitorSummary } from '../../core/janitor/engine';
import { applyInit, type InitResult, missingTemplateFiles, planInit } from '../../core/janitor/init';
import { isUrlLike, stripUserinfo, type Provider } from '../../core/janitor/refs';
import { createGitRunner } from '../../core/review/git';
import { errorLine } from '../../core/review/safety';
import { askLine, cleanupRoot, isInteractive, janitorDeps } from '../cleanup-helper';
import type { CliContext } from '../context';
import { VERSION } from '../program';

const INIT_NEXT = 'opensession cleanup init --provider auto';

function ttlFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = value.trim();
  if (!/^\d+$/.test(t) || Number(t) > 65535)
    throw new UsageError(`invalid value for ${name}: expected an integer between 0 and 65535`);
  return Number(t);
}

function providerFlag(value: string | undefined): 'auto' | Provider | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'auto' || v === 'github' || v === 'gitlab' || v === 'generic') return v;
  throw new UsageError(`invalid value for --provider: expected auto, github, gitlab or generic`);
}

export interface InitFlags {
  provider?: string;
  remote?: string;
  hiddenTtlDays?: string;
  artifactTtlDays?: string;
  sessionArchiveBranch?: string;
  gitlabComponentProject?: string;
  yes?: boolean;
  json?: boolean;
}

/** Runs init; `silent` (the post-push prompt) prints nothing. */
export async function runInit(ctx: CliContext, flags: InitFlags, silent = false): Promise<InitResult> {
  const hidden = ttlFlag('--hidden-ttl-days', flags.hiddenTtlDays);
  const artifact = ttlFlag('--artifact-ttl-days', flags.artifactTtlDays);
  const provider = providerFlag(flags.provider);
  const root = cleanupRoot(ctx.cwd);
  const plan = await planInit({
    root,
    provider,
    remote: flags.remote?.trim() || undefined,
    hiddenTtlDays: hidden,
    artifactTtlDays: artifact,
    archiveBranch: flags.sessionArchiveBranch,
    componentProject: flags.gitlabComponentProject,
    version: VERSION,
    now: ctx.now(),
    git: createGitRunner(root, ctx.env),
  });
  if (!silent) {
    const out = flags.json === true ? ctx.stderr : (s: string) => ctx.stdout(s);
    const planText = ['cleanup init plan:', ...plan.lines.map((l) => `  - ${l}`)].join('\n') + '\n';
    if (flags.yes === true) {
      if (flags.json !== true) out(planText + '  - confirmation: skipped (--yes)\n');
    } else {
      if (!isInteractive()) throw new OpenSessionError('cleanup init requires --yes in non-interactive mode');
      out(planText);
      const answer = (await askLine(ctx, 'Apply cleanup setup? [y/N]: ')).trim().toLowerCase();
      if (answer !== 'y' && answer !== 'yes') throw new OpenSessionError('cleanup init cancelled by user');
    }
  }
  const result = applyInit(root, plan);
  if (silent) return result;
  if (flags.json === true) {
    ctx.stdout(JSON.stringify(result, null, 2) + '\n');
    return result;
  }
  const lines = [`cleanup configured: provider=${result.provider}`, `remote: ${shownRemote(result.resolved_remote)}`];
  if (result.session_archive_branch !== null) lines.push(`session archive branch: ${result.session_archive_branch}`);
  const section = (name: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push(`${name}:`, ...items.map((i) => `  - ${i}`));
  };
  section('applied', result.applied_paths);
  section('manual steps', result.manual_steps);
  section('warnings', result.warnings);
  ctx.stdout(lines.join('\n') + '\n');
  return result;
}

const shownRemote = (r: string): string => (isUrlLike(r) ? stripUserinfo(r) : r);

function notConfigured(): GuidedError {
  return new GuidedError('cleanup janitor is not configured', [
    `initialize cleanup first: \`${INIT_NEXT}\``,
    'then preview with `opensession cleanup status` or `opensession cleanup run`',
  ]);
}

async function runRun(ctx: CliContext, opts: { apply?: boolean; json?: boolean }): Promise<void> {
  const root = cleanupRoot(ctx.cwd);
  const cfg = loadCleanupConfig(root);
  if (cfg === undefined) throw notConfigured();
  const summary = await runJanitor(
    {
      remote: cfg.remote,
      hiddenTtlDays: cfg.hidden_ttl_days,
      artifactTtlDays: cfg.artifact_ttl_days,
      archiveBranch: cfg.session_archive_branch,
      apply: opts.apply === true,
      ci: (ctx.env.CI ?? '').toLowerCase() === 'true',
    },
    janitorDeps(ctx, root, opts.json !== true && process.stderr.isTTY === true),
  );
  summary.remote = shownRemote(summary.remote);
  ctx.stdout(opts.json === true ? JSON.stringify(summary) + '\n' : renderJanitorText(summary));
  if (janitorExitCode(summary) !== 0) {
    throw Object.assign(new OpenSessionError(`${summary.failed.length} ref(s) could not be deleted`), {
      silent: opts.json === true,
    });
  }
}

async function runStatus(ctx: CliContext, opts: { json?: boolean; preview?: boolean }): Promise<void> {
  const root = cleanupRoot(ctx.cwd);
  const cfg = loadCleanupConfig(root);
  if (cfg === undefined) {
    if (opts.json === true)
      ctx.stdout(
        JSON.stringify(
          {
            configured: false,
            provider: null,
            remote: null,
            hidden_ttl_days: null,
            artifact_ttl_days: null,
            session_archive_branch: null,
            provider_template_ready: false,
            missing_files: [],
            next_action: INIT_NEXT,
            janitor_preview: null,
            warning: null,
          },
          null,
          2,
        ) + '\n',
      );
    else ctx.stdout(`cleanup: not configured\nnext: ${INIT_NEXT}\n`);
    return;
  }
  const missing = missingTemplateFiles(root, cfg.provider);
  let preview: JanitorSummary | null = null;
  let warning: string | null = null;
  if (opts.preview !== false) {
    try {
      preview = await runJanitor(
        {
          remote: cfg.remote,
          hiddenTtlDays: cfg.hidden_ttl_days,
          artifactTtlDays: cfg.artifact_ttl_days,
          archiveBranch: cfg.session_archive_branch,
          apply: false,
          ci: (ctx.env.CI ?? '').toLowerCase() === 'true',
        },
        janitorDeps(ctx, root, false),
      );
      preview.remote = shownRemote(preview.remote);
    } catch (err) {
      warning = `janitor dry-run failed: ${errorLine(err)}`;
    }
  }
  const next = missing.length > 0 ? INIT_NEXT : null;
  if (opts.json === true) {
    ctx.stdout(
      JSON.stringify(
        {
          configured: true,
          provider: cfg.provider,
          remote: shownRemote(cfg.remote),
          hidden_ttl_days: cfg.hidden_ttl_days,
          artifact_ttl_days: cfg.artifact_ttl_days,
          session_archive_branch: cfg.session_archive_branch ?? null,
          provider_template_ready: missing.length === 0,
          missing_files: missing,
          next_action: next,
          janitor_preview: preview,
          warning,
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  const lines = [
    `cleanup: configured (provider=${cfg.provider})`,
    `remote: ${shownRemote(cfg.remote)}`,
    `ttl: hidden=${cfg.hidden_ttl_days}d artifact=${cfg.artifact_ttl_days}d`,
  ];
  if (cfg.session_archive_branch !== undefined) lines.push(`session archive branch: ${cfg.session_archive_branch}`);
  lines.push(`provider template: ${missing.length === 0 ? 'ready' : 'missing'}`);
  for (const m of missing) lines.push(`  - missing: ${m}`);
  if (preview !== null)
    lines.push(
      `preview: hidden_candidates=${preview.hidden_candidates.length} artifact_candidates=${preview.artifact_candidates.length} kept_due_to_ttl=${preview.kept_due_to_ttl} kept_active_branch=${preview.kept_active_branch}`,
    );
  if (warning !== null) lines.push(`warning: ${warning}`);
  if (next !== null) lines.push(`next: ${next}`);
  ctx.stdout(lines.join('\n') + '\n');
}

export function cleanupCommand(ctx: CliContext): Command {
  const init = new Command('init')
    .description('set up the janitor: config.toml plus the CI files for GitHub, GitLab or cron')
    .option('--provider <provider>', 'auto, github, gitlab or generic (default auto)')
    .option('--remote <name-or-url>', 'git remote name or URL (default origin)')
    .option('--hidden-ttl-days <n>', 'days before a ledger ref of a deleted branch is removed (default 30)')
    .option('--artifact-ttl-days <n>', 'days before an artifact branch is removed (default 30)')
    .option('--session-archive-branch <branch>', 'keep review snapshots on this branch (empty clears it)')
    .option(
      '--gitlab-component-project <path>',
      'GitLab project hosting the components (default opensession/opensession)',
    )
    .option('--yes', 'skip the confirmation')
    .option('--json', 'machine output')
    .action(async (opts: InitFlags) => {
      await runInit(ctx, opts);
    });
  const status = new Command('status')
    .description('show the cleanup setup and a dry-run preview of the janitor')
    .option('--json', 'machine output')
    .option('--no-preview', 'do not contact the remote')
    .action(async (opts: { json?: boolean; preview?: boolean }) => runStatus(ctx, opts));
  const run = new Command('run')
    .description('run the janitor (a dry run unless --apply)')
    .option('--apply', 'delete the candidates')
    .option('--json', 'machine output')
    .action(async (opts: { apply?: boolean; json?: boolean }) => runRun(ctx, opts));
  return new Command('cleanup')
    .description('remove stale hidden ledger refs and artifact branches from the remote')
    .addCommand(init)
    .addCommand(status)
    .addCommand(run);
}
