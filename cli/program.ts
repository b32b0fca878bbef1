// Commander wiring: one addCommand per command file; exit codes are mapped here (command errors: reportCommandError).
import { Command, CommanderError } from 'commander';
import { type CliContext, reportCommandError } from './context';
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;

const HELP_FOOTER = `
First-user flow (5 minutes):
  opensession doctor
  opensession doctor --fix
  opensession parse --profile codex ./raw-session.jsonl --out ./session.hail.jsonl
  opensession register ./session.hail.jsonl
  opensession share os://src/local/<sha256> --git --remote origin --push
  opensession config init --base-url https://opensession.io
  opensession share <remote source uri> --web

Common next steps:
  opensession doctor --fix
  opensession view HEAD
  opensession review <pr-url>
`;

type CommandFactory = (ctx: CliContext) => Command;

/**
 * Every command, loaded on demand: a run loads only the module of the command it names, so start-up
 * stays small (the pre-push hook has a latency budget) while the bundle stays one file.
 */
const COMMANDS: Record<string, () => Promise<CommandFactory>> = {
  register: async () => (await import('./commands/register')).registerCommand,
  cat: async () => (await import('./commands/cat')).catCommand,
  inspect: async () => (await import('./commands/inspect')).inspectCommand,
  parse: async () => (await import('./commands/parse')).parseCommand,
  share: async () => (await import('./commands/share')).shareCommand,
  review: async () => (await import('./commands/review')).reviewCommand,
  view: async () => (await import('./commands/view')).viewCommand,
  doctor: async () => (await import('./commands/doctor')).doctorCommand,
  config: async () => (await import('./commands/config')).configCommand,
  docs: async () => (await import('./commands/docs')).docsCommand,
  ci: async () => (await import('./commands/ci')).ciCommand,
  hook: async () => (await import('./commands/hook')).hookCommand,
  daemon: async () => (await import('./commands/daemon')).daemonCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
  cleanup: async () => (await import('./commands/cleanup')).cleanupCommand,
  handoff: async () => (await import('./commands/handoff')).handoffCommand,
};

/** The command modules a run needs: the named command when argv starts with one, else all (help, errors). */
async function loadCommands(argv: string[], ctx: CliContext): Promise<Command[]> {
  const first = argv[0];
  if (first === '-V' || first === '--version') return [];
  // `docs completion` describes the whole command tree, so it needs every command too.
  const single = first !== undefined && first !== 'docs' && Object.hasOwn(COMMANDS, first);
  const names = single ? [first] : Object.keys(COMMANDS);
  const factories = await Promise.all(names.map((n) => COMMANDS[n]()));
  return factories.map((make) => make(ctx));
}

export async function buildProgram(ctx: CliContext, argv: string[] = []): Promise<Command> {
  const program = new Command('opensession')
    .description('OpenSession CLI - local-first source URI workflows')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout(s),
      writeErr: (s) => ctx.stderr(s),
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', HELP_FOOTER);
  for (const cmd of await loadCommands(argv, ctx)) {
    program.addCommand(cmd);
  }
  // Sub-commands inherit exitOverride/output settings only when configured after being added.
  const configure = (c: Command): void => {
    c.exitOverride().configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr: (s) => ctx.stderr(s) });
    c.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/** Runs one CLI invocation and returns the exit code (0 ok, 1 command error, 2 usage error). */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = await buildProgram(ctx, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      // `commander.help` is also thrown (exitCode 1, help on stderr) for a missing or unknown subcommand
      // (`opensession`, `opensession docs`, `help nosuch`): a usage error. Only an explicit `help` is a success.
      if (err.code === 'commander.help' && err.exitCode === 0) return 0;
      return 2; // commander already printed the usage message
    }
    return reportCommandError(ctx, err);
  }
}
