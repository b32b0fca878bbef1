// `opensession daemon run|start|stop|status|install` (daemon-and-server.md §2.1, §2.11).
import { Command, Option } from 'commander';
import type { CliContext } from '../context';
import { VERSION } from '../program';

export function daemonCommand(ctx: CliContext): Command {
  const daemon = new Command('daemon').description(
    'the capture daemon: watches agent session folders and records sessions into ledger refs (never pushes)',
  );
  daemon
    .command('run')
    .description('run the daemon in the foreground (logs to stderr) until SIGTERM/SIGINT')
    .action(async () => {
      const { runDaemon } = await import('../daemon/daemon');
      await runDaemon({ env: ctx.env, version: VERSION, write: (l) => ctx.stderr(l) });
    });
  // Internal (§2.15): one parse job from the daemon over IPC; hidden from help.
  daemon.command('parse-worker', { hidden: true }).action(async () => {
    const { runParseWorker } = await import('../daemon/parse-worker');
    await runParseWorker(ctx.env);
  });
  daemon
    .command('start')
    .description('start the daemon in the background and return once it is up')
    .action(async () => {
      const { startDaemon } = await import('../daemon/control');
      await startDaemon(ctx.env, (s) => ctx.stdout(s));
    });
  daemon
    .command('stop')
    .description('ask the running daemon to stop and wait for it')
    .action(async () => {
      const { stopDaemon } = await import('../daemon/control');
      await stopDaemon(ctx.env, (s) => ctx.stdout(s));
    });
  daemon
    .command('status')
    .description('report whether the daemon runs (exit 0 running, 1 stale, 3 not running, 4 unreadable pidfile)')
    .option('--json', 'print one JSON object')
    .action(async (opts: { json?: boolean }) => {
      const { daemonStatus, renderStatus, DaemonExit } = await import('../daemon/control');
      const { json, exit } = daemonStatus(ctx.env, ctx.now());
      ctx.stdout(opts.json === true ? JSON.stringify(json, null, 2) + '\n' : renderStatus(json));
      if (exit !== 0) throw new DaemonExit(exit);
    });
  daemon
    .command('install')
    .description('write a systemd user unit (Linux) or launchd agent (macOS) that keeps the daemon running')
    .addOption(new Option('--platform <platform>', 'service manager to write for').choices(['linux', 'darwin']))
    .action(async (opts: { platform?: 'linux' | 'darwin' }) => {
      const { installService } = await import('../daemon/control');
      installService(ctx.env, opts.platform ?? (process.platform === 'darwin' ? 'darwin' : 'linux'), (s) =>
        ctx.stdout(s),
      );
    });
  return daemon;
}
