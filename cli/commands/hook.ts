// `opensession hook pre-push <remote> [<url>]` (hidden): run by the managed pre-push hook (git-native.md §9.4).
// Keeps start-up light: the ledger, parsers and git code load only when the hook actually runs. The bundle entry
// runs the hook's exact call without commander (cli/hook-entry.ts); this command serves every other form.
import { Command } from 'commander';
import type { CliContext } from '../context';
import { runHookPrePush } from '../hook-entry';

export { HookExitError } from '../hook-entry';

export function hookCommand(ctx: CliContext): Command {
  const hook = new Command('hook').description('git hook entry points (used by the managed hooks)');
  // Hidden from help (commander only exposes this through addCommand options).
  (hook as unknown as { _hidden: boolean })._hidden = true;
  hook
    .command('pre-push')
    .description('pre-push fanout: record sessions and push ledger refs to <remote>')
    .argument('<remote>', 'remote name or URL being pushed to')
    .argument('[url]', 'remote URL')
    .action(async (remote: string, url: string | undefined) => runHookPrePush(ctx, remote, url));
  return hook;
}
