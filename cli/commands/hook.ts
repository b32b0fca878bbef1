// `opensession hook pre-push <remote> [<url>]` (hidden): run by the managed pre-push hook (git-native.md §9.4).
// Keeps start-up light: the ledger, parsers and git code load only when the hook actually runs.
import { Command } from 'commander';
import { OpenSessionError } from '../../core/errors';
import type { CliContext } from '../context';

/** Exit 1 after the hook already printed its own `[opensession] Error:` lines. */
export class HookExitError extends OpenSessionError {
  readonly silent = true;
  constructor(message: string) {
    super(message);
    this.name = 'HookExitError';
  }
}

export function hookCommand(ctx: CliContext): Command {
  const hook = new Command('hook').description('git hook entry points (used by the managed hooks)');
  // Hidden from help (commander only exposes this through addCommand options).
  (hook as unknown as { _hidden: boolean })._hidden = true;
  hook
    .command('pre-push')
    .description('pre-push fanout: record sessions and push ledger refs to <remote>')
    .argument('<remote>', 'remote name or URL being pushed to')
    .argument('[url]', 'remote URL')
    .action(async (remote: string, url: string | undefined) => {
      if (ctx.env.OPENSESSION_INTERNAL_PUSH === '1') return;
      const [{ discoverRepo }, { runPrePush }] = await Promise.all([
        import('../../core/ledger/repo'),
        import('../../core/ledger/pre-push'),
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
    });
  return hook;
}
