// Bundle entry: every bin stub and action enters here (one shared bundle).
import { processContext } from './context';
import { runCli } from './program';

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv, processContext());
}

export { runCli } from './program';

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
