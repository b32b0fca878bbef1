// Commander wiring: one addCommand per command file; exit codes are mapped once here.
import { Command, CommanderError } from 'commander';
import { formatErrorChain, isDebugValue, UsageError } from '../core/errors';
import type { CliContext } from './context';
import { registerCommand } from './commands/register';
import { catCommand } from './commands/cat';
import { inspectCommand } from './commands/inspect';
import { docsCommand } from './commands/docs';
import { reviewCommand } from './commands/review';
import { ciCommand } from './commands/ci';
import { parseCommand } from './commands/parse';
import { hookCommand } from './commands/hook';
import { shareCommand } from './commands/share';
import { doctorCommand } from './commands/doctor';
import { configCommand } from './commands/config';
import packageJson from '../package.json';

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

export function buildProgram(ctx: CliContext): Command {
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
  for (const cmd of [registerCommand(ctx), catCommand(ctx), inspectCommand(ctx), docsCommand(ctx), reviewCommand(ctx), ciCommand(ctx), parseCommand(ctx), hookCommand(ctx), shareCommand(ctx), doctorCommand(ctx), configCommand(ctx)]) {
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
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return 0;
      }
      return 2; // commander already printed the usage message
    }
    if (err instanceof UsageError) {
      ctx.stderr(`error: ${err.message}\n`);
      return 2;
    }
    ctx.stderr(`Error: ${formatErrorChain(err, isDebugValue(ctx.env.OPENSESSION_DEBUG))}\n`);
    return 1;
  }
}
