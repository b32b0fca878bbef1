// The managed pre-push hook's call, `opensession hook pre-push <remote> [<url>]`, run without commander: the
// bundle entry (main.ts) sends exactly that argv here, so a push loads only the hook's own modules (A8 speed).
// Any other form (options, help, extra arguments) still goes through the full CLI.
import { OpenSessionError } from '../core/errors';
import { type CliContext, reportCommandError } from './context';

/** Exit 1 after the hook already printed its own `[opensession] Error:` lines. */
export class HookExitError extends OpenSessionError {
  readonly silent = true;
  constructor(message: string) {
    super(message);
    this.name = 'HookExitError';
  }
}

/** `{ remote, url }` when `argv` is exactly the hook's call (no options), else undefined. */
export function hookCall(argv: readonly string[]): { remote: string; url?: string } | undefined {
  if (argv.length < 3 || argv.length > 4 || argv[0] !== 'hook' || argv[1] !== 'pre-push') return undefined;
  if (argv.slice(2).some((a) => a.startsWith('-'))) return undefined;
  return { remote: argv[2], url: argv[3] };
}

/** The hook's work (what the commander action of `hook pre-push` runs); throws HookExitError on a refusal. */
export async function runHookPrePush(ctx: CliContext, remote: string, url: string | undefined): Promise<void> {
  if (ctx.env.OPENSESSION_INTERNAL_PUSH === '1') return;
  const [{ discoverRepo }, { runPrePush }] = await Promise.all([
    import('../core/ledger/repo'),
    import('../core/ledger/pre-push'),
  ]);
  const stdin = (await ctx.readStdin()).toString('utf8');
  const code = await runPrePush({
    repo: discoverRepo(ctx.cwd),
    remote,
    url,
    stdin,
    env: ctx.env,
    stderr: ctx.stderr,
    stderrIsTTY: process.stderr.isTTY === true,
    now: ctx.now,
  });
  if (code !== 0) throw new HookExitError('pre-push hook refused the push');
}

/** {@link runHookPrePush} with the CLI's exit codes and error lines (as `runCli` maps them). */
export async function runHookCall(ctx: CliContext, call: { remote: string; url?: string }): Promise<number> {
  try {
    await runHookPrePush(ctx, call.remote, call.url);
    return 0;
  } catch (err) {
    return reportCommandError(ctx, err);
  }
}
