// `doctor` checks (git-native.md §11.2): one row per item, with level and optional hint.
import * as fs from 'fs';
import * as path from 'path';
import { cleanupConfigRow } from '../janitor/doctor';
import { readFanoutMode } from './fanout-mode';
import { runGit } from './git-cli';
import { managedHookInstalled, shimPaths, shimState, shimText } from './hooks';
import { ledgerRef, resolveLedgerBranch } from './refs';
import { readHead, Repo } from './repo';

export type CheckLevel = 'OK' | 'INFO' | 'WARN' | 'FAIL';

export interface CheckRow {
  label: string;
  detail: string;
  level: CheckLevel;
  hint?: string;
  /** Hints of recommended rows go to `next actions (recommended)`, optional ones to `(optional)`. */
  hintKind?: 'recommended' | 'optional';
  /** Printed under the row (the hook row's hint is covered by the readiness row). */
  showHint?: boolean;
}

export interface CliIdentity {
  nodeExecutable: string;
  entryScript: string;
}

/** The running CLI: `process.execPath` and the realpath of the main module (§9.8, §17). */
export function currentCliIdentity(): CliIdentity {
  // native ESM (the tests) has no `require`; in the bundle the test is constant
  const main = (typeof require === 'function' ? require.main?.filename : undefined) ?? process.argv[1] ?? '';
  let entry = main;
  try {
    entry = fs.realpathSync(main);
  } catch {
    // keep as given
  }
  return { nodeExecutable: process.execPath, entryScript: entry };
}

export function isNpxInstall(entry: string): boolean {
  return entry.includes('/_npx/') || entry.includes('\\_npx\\');
}

const PID_FILE = ['.config', 'opensession', 'daemon.pid'];

function daemonRow(env: Record<string, string | undefined>): CheckRow {
  const home = env.HOME ?? env.USERPROFILE;
  const label = 'daemon';
  if (home === undefined || home === '')
    return { label, level: 'FAIL', detail: 'status unavailable (HOME environment variable is not set)' };
  const file = path.join(home, ...PID_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return {
        label,
        level: 'INFO',
        detail: `not running (pid file missing: ${file})`,
        hint: 'optional: start daemon for auto-capture with `opensession-daemon run`',
        hintKind: 'optional',
      };
    }
    return { label, level: 'FAIL', detail: `status unavailable (${(err as Error).message})` };
  }
  const t = text.trim();
  if (!/^[0-9]+$/.test(t) || Number(t) <= 0)
    return { label, level: 'FAIL', detail: `status unavailable (invalid pid file content: ${file})` };
  const pid = Number(t);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch (err) {
    alive = (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // Same liveness rule as `opensession daemon status` (daemon-and-server.md §2.10): a reused pid is not the daemon.
  if (alive && process.platform === 'linux') {
    try {
      alive = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('opensession');
    } catch {
      // unreadable: trust kill()
    }
  }
  if (alive) return { label, level: 'OK', detail: `running (pid ${pid})` };
  return {
    label,
    level: 'INFO',
    detail: `not running (stale pid file: ${file} -> pid ${pid})`,
    hint: 'optional: restart daemon with `opensession-daemon run` (stale pid file)',
    hintKind: 'optional',
  };
}

/** `hidden-refs=present` ⇔ some `refs/remotes/<remote>/opensession/branches/<token>` exists (loose or packed). */
export async function hiddenRefsFetched(repo: Repo): Promise<boolean> {
  const res = await runGit(['for-each-ref', '--format=%(refname)', 'refs/remotes/'], { cwd: repo.root });
  return res.stdout.split('\n').some((r) => /^refs\/remotes\/[^/]+\/opensession\/branches\/[^/]+$/.test(r));
}

function shimRow(
  label: string,
  file: string | undefined,
  state: string | undefined,
  err: string | undefined,
  optional: boolean,
): CheckRow {
  if (file === undefined || state === undefined)
    return { label, level: 'FAIL', detail: `unavailable (${err ?? 'unknown error'})` };
  const detail = `${file} (${state})`;
  if (state === 'present') return { label, level: 'OK', detail };
  if (optional) {
    return {
      label,
      level: 'INFO',
      detail,
      hint: 'optional: install `ops` shim via `opensession doctor --fix` for alias UX',
      hintKind: 'optional',
      showHint: true,
    };
  }
  return {
    label,
    level: 'WARN',
    detail,
    hint: 'run `opensession doctor --fix` to install hooks/shims for this repo',
    hintKind: 'recommended',
    showHint: true,
  };
}

export interface DoctorFacts {
  hookInstalled: boolean;
  hiddenRefs: boolean;
  branch: string;
  ledgerBranch: string;
  ledgerRef: string;
}

export async function doctorFacts(repo: Repo): Promise<DoctorFacts> {
  const head = readHead(repo);
  const ledgerBranch = resolveLedgerBranch(head.branch, head.head);
  return {
    hookInstalled: await managedHookInstalled(repo),
    hiddenRefs: await hiddenRefsFetched(repo),
    branch: head.branch,
    ledgerBranch,
    ledgerRef: ledgerRef(ledgerBranch),
  };
}

export function readinessRow(f: DoctorFacts): CheckRow {
  const detail = `hidden-fanout=${f.hookInstalled ? 'ok' : 'missing'} hidden-refs=${f.hiddenRefs ? 'present' : 'none-fetched'}`;
  const label = 'review readiness';
  if (f.hookInstalled && f.hiddenRefs) return { label, level: 'OK', detail };
  if (!f.hookInstalled)
    return {
      label,
      level: 'WARN',
      detail,
      hint: 'run `opensession doctor --fix` to install the pre-push fanout hook',
      hintKind: 'recommended',
      showHint: true,
    };
  return {
    label,
    level: 'INFO',
    detail,
    hint: "optional: fetch ledgers for review: `git fetch origin 'refs/opensession/branches/*:refs/remotes/origin/opensession/branches/*'`",
    hintKind: 'optional',
    showHint: true,
  };
}

function cleanupRow(repo: Repo): CheckRow {
  const label = 'cleanup';
  if (!fs.existsSync(path.join(repo.root, '.opensession', 'cleanup', 'config.toml'))) {
    return {
      label,
      level: 'WARN',
      detail: 'not configured',
      hint: 'run `opensession cleanup init --provider auto` to enable hidden ref cleanup',
      hintKind: 'recommended',
      showHint: true,
    };
  }
  return cleanupConfigRow(repo.root);
}

/** The eleven check rows of §11.2, in order. */
export async function doctorChecks(
  repo: Repo,
  env: Record<string, string | undefined>,
  cli: CliIdentity = currentCliIdentity(),
): Promise<{ rows: CheckRow[]; facts: DoctorFacts }> {
  const facts = await doctorFacts(repo);
  const rows: CheckRow[] = [];
  rows.push({
    label: 'opensession hooks',
    level: facts.hookInstalled ? 'OK' : 'WARN',
    detail: facts.hookInstalled ? 'pre-push' : 'none',
  });
  const expected = shimText(cli.nodeExecutable, cli.entryScript);
  let paths: { opensession: string; ops: string } | undefined;
  let err: string | undefined;
  try {
    paths = shimPaths(env);
  } catch (e) {
    err = (e as Error).message;
  }
  rows.push(
    shimRow('opensession shim', paths?.opensession, paths && shimState(paths.opensession, expected), err, false),
  );
  rows.push(shimRow('ops shim', paths?.ops, paths && shimState(paths.ops, expected), err, true));
  rows.push(
    isNpxInstall(cli.entryScript)
      ? {
          label: 'active binary',
          level: 'WARN',
          detail: `${cli.entryScript} (temporary npx install)`,
          hint: 'install the CLI permanently (`npm install -g opensession`) before running `opensession doctor --fix`',
          hintKind: 'recommended',
          showHint: true,
        }
      : { label: 'active binary', level: 'OK', detail: cli.entryScript },
  );
  const fanout = await readFanoutMode(repo);
  rows.push(
    fanout.raw === undefined
      ? // what `doctor --fix --yes` needs to be told: not configured is not OK (the hook falls back to hidden_ref)
        {
          label: 'fanout mode',
          level: 'WARN',
          detail: 'not configured (hooks fall back to hidden_ref)',
          hint: 'run `opensession doctor --fix --fanout-mode hidden_ref` (or `--fanout-mode git_notes`)',
          hintKind: 'recommended',
          showHint: true,
        }
      : fanout.valid
        ? { label: 'fanout mode', level: 'OK', detail: fanout.mode }
        : {
            label: 'fanout mode',
            level: 'WARN',
            detail: `invalid value \`${fanout.raw}\` in opensession.fanout-mode (using hidden_ref)`,
            hint: 'run `opensession doctor --fix --fanout-mode hidden_ref`',
            hintKind: 'recommended',
            showHint: true,
          },
  );
  const daemon = daemonRow(env);
  rows.push({ ...daemon, showHint: daemon.hint !== undefined });
  rows.push(readinessRow(facts));
  rows.push(cleanupRow(repo));
  rows.push({ label: 'current branch', level: 'OK', detail: facts.branch });
  if (facts.ledgerBranch !== facts.branch) {
    rows.push({
      label: 'ledger branch',
      level: 'INFO',
      detail: facts.ledgerBranch,
      hint: 'optional: branch/ledger mismatch is expected on detached HEAD; verify before sharing',
      hintKind: 'optional',
      showHint: true,
    });
  }
  rows.push({ label: 'expected ledger ref', level: 'OK', detail: facts.ledgerRef });
  return { rows, facts };
}
