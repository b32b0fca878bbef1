// `opensession doctor [--fix] [--yes] [--fanout-mode <mode>]` (git-native.md §11): check and apply local setup
// (fanout mode, the managed pre-push hook, the CLI shims).
import { Command, Option } from 'commander';
import { GuidedError, OpenSessionError } from '../../core/errors';
import { trim } from '../../core/text';
import type { CliContext } from '../context';
import { writeJson } from '../output';
import { closePrompts, readAnswer } from '../prompt';
import { openRepoAt } from '../repo-helper';

interface DoctorFlags {
  fix?: boolean;
  yes?: boolean;
  fanoutMode?: string;
  json?: boolean;
}

const MODE_ALIASES: Record<string, 'hidden_ref' | 'git_notes'> = {
  hidden_ref: 'hidden_ref',
  'hidden-ref': 'hidden_ref',
  hidden: 'hidden_ref',
  git_notes: 'git_notes',
  'git-notes': 'git_notes',
  notes: 'git_notes',
};

const TAGS = { OK: '[ OK ]', INFO: '[INFO]', WARN: '[WARN]', FAIL: '[FAIL]' } as const;
const COLOURS = { OK: '\x1b[1;32m', INFO: '\x1b[1;36m', WARN: '\x1b[1;33m', FAIL: '\x1b[1;31m' } as const;

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function doctorCommand(ctx: CliContext): Command {
  return new Command('doctor')
    .description('check (or with --fix, apply) the local OpenSession setup of this repository')
    .option('--fix', 'apply the recommended setup')
    .option('--yes', 'apply without asking (required when not interactive)')
    .addOption(new Option('--fanout-mode <mode>', 'hidden_ref or git_notes').choices(Object.keys(MODE_ALIASES)))
    .option('--json', 'print the checks as one JSON object (check mode only)')
    .action(async (flags: DoctorFlags) => {
      if (flags.json === true && flags.fix === true) {
        throw new GuidedError('`--json` works only in check mode', ['run `opensession doctor --json`']);
      }
      if (flags.fanoutMode !== undefined && flags.fix !== true) {
        throw new GuidedError('`--fanout-mode` requires `--fix`', [
          'run `opensession doctor --fix --fanout-mode hidden_ref`',
          'or run `opensession doctor --fix --fanout-mode git_notes`',
        ]);
      }
      if (flags.yes === true && flags.fix !== true) {
        throw new GuidedError('`--yes` requires `--fix`', [
          'run `opensession doctor --fix --yes --fanout-mode hidden_ref`',
          'or run `opensession doctor --fix` in interactive mode',
        ]);
      }
      const repo = await openRepoAt(ctx.cwd);
      if (flags.fix !== true) return checkMode(ctx, repo, flags.json === true);
      try {
        await applyMode(ctx, repo, flags);
      } finally {
        closePrompts();
      }
    });
}

async function checkMode(ctx: CliContext, repo: import('../../core/ledger').Repo, json: boolean): Promise<void> {
  const { doctorChecks } = await import('../../core/ledger/doctor');
  const colour = process.stdout.isTTY === true && ctx.env.NO_COLOR === undefined;
  const out: string[] = ['OpenSession doctor (check mode)', `repo: ${repo.root}`, 'doctor checks:'];
  const { rows } = await doctorChecks(repo, ctx.env);
  if (json) return writeJson(ctx, doctorJson(repo.root, rows));
  const recommended: string[] = [];
  const optional: string[] = [];
  let attention = 0;
  for (const row of rows) {
    const tag = colour ? `${COLOURS[row.level]}${TAGS[row.level]}\x1b[0m` : TAGS[row.level];
    out.push(`${tag} ${`${row.label}:`.padEnd(18)} ${row.detail}`);
    if (row.hint !== undefined && row.showHint === true) out.push(`       hint: ${row.hint}`);
    if (row.hint !== undefined) {
      const list = row.hintKind === 'optional' ? optional : recommended;
      if (!list.includes(row.hint)) list.push(row.hint);
    }
    if (row.level === 'WARN' || row.level === 'FAIL') attention++;
  }
  if (recommended.length > 0) out.push('next actions (recommended):', ...recommended.map((h) => `  - ${h}`));
  if (optional.length > 0) out.push('next actions (optional):', ...optional.map((h) => `  - ${h}`));
  out.push(
    attention === 0 ? 'doctor summary: no blocking issues.' : `doctor summary: ${attention} check(s) need attention.`,
  );
  out.push(
    'hint: run `opensession doctor --fix` to apply recommended setup values.',
    'hint: run `opensession docs quickstart` for a 5-minute first-user flow.',
  );
  ctx.stdout(out.join('\n') + '\n');
}

type DoctorRow = Awaited<ReturnType<typeof import('../../core/ledger/doctor').doctorChecks>>['rows'][number];

/** `doctor --json`: the same checks, hints and summary as the text report (docs/cli.md). */
function doctorJson(root: string, rows: DoctorRow[]): Record<string, unknown> {
  const recommended: string[] = [];
  const optional: string[] = [];
  for (const row of rows) {
    if (row.hint === undefined) continue;
    const list = row.hintKind === 'optional' ? optional : recommended;
    if (!list.includes(row.hint)) list.push(row.hint);
  }
  return {
    repo: root,
    checks: rows.map((r) => ({ label: r.label, level: r.level, detail: r.detail, hint: r.hint ?? null })),
    next_actions: { recommended, optional },
    attention: rows.filter((r) => r.level === 'WARN' || r.level === 'FAIL').length,
  };
}

async function applyMode(ctx: CliContext, repo: import('../../core/ledger').Repo, flags: DoctorFlags): Promise<void> {
  const ledger = await import('../../core/ledger');
  const doctor = await import('../../core/ledger/doctor');
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const setting = await ledger.readFanoutMode(repo);
  const existing = setting.raw !== undefined && setting.valid ? setting.mode : undefined;
  const requested = flags.fanoutMode !== undefined ? MODE_ALIASES[flags.fanoutMode] : undefined;
  const m = requested ?? existing ?? 'hidden_ref';
  if (!interactive && flags.yes !== true) {
    throw new GuidedError('doctor --fix requires explicit approval in non-interactive mode', [
      `run \`opensession doctor --fix --yes --fanout-mode ${m}\``,
    ]);
  }
  if (!interactive && existing === undefined && requested === undefined) {
    throw new GuidedError(
      'fanout mode is not configured for this repository and doctor --fix cannot prompt in non-interactive mode',
      [
        'run `opensession doctor --fix --yes --fanout-mode hidden_ref`',
        'or run `opensession doctor --fix --yes --fanout-mode git_notes`',
      ],
    );
  }
  const hooks = await ledger.resolveHooksDir(repo, ctx.env);
  const hookPlan = ledger.planHookInstall(hooks, ctx.now());
  const cli = doctor.currentCliIdentity();
  const shimBody = ledger.shimText(cli.nodeExecutable, cli.entryScript);
  const shims = ledger.shimPaths(ctx.env);
  const shimAction = (file: string): string =>
    ({ missing: 'install', outdated: 'replace', present: 'keep' })[ledger.shimState(file, shimBody)];
  const fanoutSummary =
    requested !== undefined
      ? existing === requested
        ? `keep ${requested} (explicit via --fanout-mode)`
        : existing !== undefined
          ? `change ${existing} -> ${requested} (via --fanout-mode)`
          : `set ${requested} (via --fanout-mode)`
      : existing !== undefined
        ? `keep ${existing}`
        : 'choose interactively (hidden_ref or git_notes)';
  const plan = [
    'repo: ' + repo.root,
    'setup plan:',
    `  - fanout mode: ${fanoutSummary}`,
    `  - hook pre-push: ${hookPlan.action} (${hookPlan.hookPath})`,
  ];
  if (hookPlan.action === 'preserve-original+replace') {
    plan.push(
      `    original hook saved as: ${hookPlan.backupPath}`,
      `    restore: mv ${q(hookPlan.backupPath!)} ${q(hookPlan.hookPath)}`,
    );
  }
  if (hookPlan.note !== undefined) plan.push(`    note: ${hookPlan.note}`);
  const actOpensession = shimAction(shims.opensession);
  const actOps = shimAction(shims.ops);
  plan.push(`  - shim opensession: ${actOpensession} (${shims.opensession})`, `  - shim ops: ${actOps} (${shims.ops})`);
  if (doctor.isNpxInstall(cli.entryScript))
    plan.push('  - warning: running from a temporary npx install; shims will break when the npx cache is cleared');
  plan.push(
    flags.yes === true ? '  - confirmation: skipped (--yes)' : '  - confirmation: required (use --yes to skip)',
  );
  ctx.stdout(plan.join('\n') + '\n');
  if (flags.yes !== true) {
    ctx.stdout('Apply these changes? [y/N]: ');
    const answer = trim(await readAnswer()).toLowerCase();
    if (answer !== 'y' && answer !== 'yes')
      throw new GuidedError('doctor --fix cancelled by user', [
        `run \`opensession doctor --fix --yes --fanout-mode ${m}\``,
      ]);
  }
  let mode = m;
  const writeMode = async (value: string): Promise<void> => {
    const res = await ledger.runGit(['config', '--local', 'opensession.fanout-mode', value], { cwd: repo.root });
    if (res.code !== 0) throw new OpenSessionError(`failed to store fanout mode in git config: ${res.stderr.trim()}`);
  };
  if (requested !== undefined) {
    await writeMode(requested);
    ctx.stdout(`fanout mode set: ${requested}\n`);
  } else if (existing === undefined) {
    ctx.stdout(
      'Choose OpenSession fanout mode for this repository:\n  1) hidden refs (default)\n  2) git notes\nselect [1/2]: ',
    );
    mode = trim(await readAnswer()) === '2' ? 'git_notes' : 'hidden_ref';
    await writeMode(mode);
    ctx.stdout(`fanout mode initialized: ${mode}\n`);
  }
  if (mode === 'git_notes') {
    const current = await ledger.runGit(['config', '--local', '--get-all', 'notes.rewriteRef'], { cwd: repo.root });
    if (!current.stdout.split('\n').includes(ledger.NOTES_REF)) {
      await ledger.runGit(['config', '--local', '--add', 'notes.rewriteRef', ledger.NOTES_REF], { cwd: repo.root });
    }
  }
  if (actOpensession !== 'keep') await ledger.writeShim(shims.opensession, shimBody);
  if (actOps !== 'keep') await ledger.writeShim(shims.ops, shimBody);
  await ledger.applyHookInstall(hookPlan);

  const facts = await doctor.doctorFacts(repo);
  const checks = await doctor.doctorChecks(repo, ctx.env, cli);
  const daemon = checks.rows.find((r) => r.label === 'daemon')!;
  const out = [
    'Applied setup in ' + repo.root + ':',
    `  - fanout mode: ${mode}`,
    `  - hook pre-push: ${hookPlan.action} (${hookPlan.hookPath})`,
  ];
  if (hookPlan.action === 'preserve-original+replace') out.push(`    original hook saved as: ${hookPlan.backupPath}`);
  out.push(`  - shim opensession: ${actOpensession} (${shims.opensession})`, `  - shim ops: ${actOps} (${shims.ops})`);
  out.push(`daemon: ${daemon.detail}`);
  if (daemon.hint !== undefined) out.push(`daemon hint: ${daemon.hint}`);
  out.push(`review readiness: ${doctor.readinessRow(facts).detail}`, `current branch: ${facts.branch}`);
  if (facts.ledgerBranch !== facts.branch) out.push(`ledger branch: ${facts.ledgerBranch}`);
  out.push(`ledger ref: ${facts.ledgerRef}`);
  ctx.stdout(out.join('\n') + '\n');
}
