// `opensession serve` (daemon-and-server.md §3): the local HTTP API v1 and web viewer.
import { Command } from 'commander';
import { trim } from '../../core/text';
import type { CliContext } from '../context';
import { VERSION } from '../program';
import { startServe } from '../serve/run';
import { resolveServeSettings, type ServeFlags } from '../serve/settings';

const collect = (value: string, prev: string[] = []): string[] => [...prev, value];

export function serveCommand(ctx: CliContext): Command {
  return new Command('serve')
    .description('serve the session API and web viewer on this machine (127.0.0.1:8788 by default)')
    .option('--port <n>', 'port to listen on (0 = any free port)')
    .option('--host <addr>', 'address to bind (an IP address or localhost)')
    .option('--data-dir <dir>', 'where the session index and lock live')
    .option('--repo <path>', 'also index the ledger refs and object store of this repository', collect)
    .option('--allowed-origin <origin>', 'extra CORS origin, http(s)://host[:port]', collect)
    .option('--no-parse-preview', 'turn off POST /api/parse/preview')
    .option(
      '--review-root <dir>',
      'folder of local review bundles served at /review/local/<id> (default: $OPENSESSION_LOCAL_REVIEW_ROOT)',
    )
    .action(async (opts: ServeFlags) => {
      // §4.6: the environment supplies the review root when the flag is absent; an empty value means unset.
      const envRoot = trim(ctx.env.OPENSESSION_LOCAL_REVIEW_ROOT ?? '');
      const flags: ServeFlags = { ...opts, reviewRoot: opts.reviewRoot ?? (envRoot === '' ? undefined : envRoot) };
      const settings = resolveServeSettings(flags, ctx.env, ctx.cwd);
      // Handlers first: a signal that arrives right after the listening line still stops the server cleanly.
      let running: Awaited<ReturnType<typeof startServe>> | undefined;
      let requested = false;
      const onSignal = (): void => {
        requested = true;
        void running?.stop();
      };
      const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];
      for (const sig of signals) process.on(sig, onSignal);
      try {
        running = await startServe(settings, ctx, VERSION);
        if (requested) void running.stop();
        await running.done;
      } finally {
        for (const sig of signals) process.off(sig, onSignal);
      }
    });
}
