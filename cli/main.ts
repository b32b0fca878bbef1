// Bundle entry: every bin stub and action enters here (one shared bundle).
import type { ActionsCore } from './ci/actions-core';
import { type CliContext, processContext } from './context';
import { hookCall } from './hook-entry';
import { testBackoffScale } from './test-settings';

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  await applyTestSettings(process.env);
  // The managed pre-push hook's exact call skips commander and the command table (A8: the hook's start-up).
  const call = hookCall(argv);
  if (call !== undefined) {
    process.exitCode = await (await import('./hook-entry')).runHookCall(processContext(), call);
    return;
  }
  process.exitCode = await runCli(argv, processContext());
}

/** The CLI (commander and the command table), loaded on first use. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  return (await import('./program')).runCli(argv, ctx);
}

/** Test-only settings (cli/test-settings.ts): the ledger write retry backoff scale. */
async function applyTestSettings(env: NodeJS.ProcessEnv): Promise<void> {
  const scale = testBackoffScale(env);
  // loaded only here, so a normal start does not pay for the ledger modules
  if (scale !== undefined) (await import('../core/ledger/update')).setBackoffScale(scale);
}

/**
 * Entry for hosts that bring their own @actions/core, such as @github/local-action (whose stub shows the action's
 * inputs and outputs): runs `opensession <argv>` with that copy and reports a failure through `core.setFailed`.
 */
export async function runAction(argv: string[], core: ActionsCore): Promise<void> {
  const { provideActionsCore } = await import('./ci/actions-core');
  provideActionsCore(core);
  try {
    await applyTestSettings(process.env);
    const code = await runCli(argv, processContext());
    if (code !== 0) core.setFailed(`opensession ${argv.slice(0, 2).join(' ')} failed (exit code ${code})`);
  } finally {
    provideActionsCore(undefined);
  }
}

const DAEMON_USAGE = `Usage: opensession-daemon [run]

Runs the OpenSession capture daemon in the foreground (same as \`opensession daemon run\`).
Manage a background daemon with \`opensession daemon start|stop|status|install\`.
`;

/** `opensession-daemon [run]`: the capture daemon's own binary (daemon-and-server.md §2.1). */
export async function mainDaemon(argv: string[] = process.argv.slice(2)): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    process.stdout.write(DAEMON_USAGE);
    return;
  }
  // The daemon's parse worker (§2.15) is started with the entry the daemon runs from: internal, not in the usage.
  if (argv.length === 2 && argv[0] === 'daemon' && argv[1] === 'parse-worker') {
    process.exitCode = await runCli(argv, processContext());
    return;
  }
  if (argv.length > 1 || (argv.length === 1 && argv[0] !== 'run')) {
    process.stderr.write(`error: unexpected argument '${argv.join(' ')}'\n${DAEMON_USAGE}`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await runCli(['daemon', 'run'], processContext());
}
