// Bundle entry: every bin stub and action enters here (one shared bundle).
import { processContext } from './context';
import { runCli } from './program';

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv, processContext());
}

export { runCli } from './program';

/** `opensession-daemon`: the auto-capture daemon is specified in daemon-and-server.md and not built yet. */
export async function mainDaemon(): Promise<void> {
  process.stderr.write(
    'Error: opensession-daemon is not available in this release; use `opensession parse` and `opensession register`\n',
  );
  process.exitCode = 1;
}
