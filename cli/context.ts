// What a command handler may touch: injected so tests can run commands in-process.
import { formatErrorChain, isDebugValue, UsageError } from '../core/errors';

export interface CliContext {
  /** Process working directory (store paths are relative to it). */
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (chunk: string) => void;
  /** Reads all of standard input (for commands that accept `-`). */
  readStdin: () => Promise<Buffer>;
  /** Wall clock, injectable for tests. */
  now: () => Date;
}

let stdoutGuarded = false;

/**
 * A closed stdout (`| head`) makes Node emit EPIPE as an asynchronous 'error' event, which would crash the
 * process with a stack trace. Swallow that event and let the next write throw the stream's error instead,
 * so a command can end quietly (parsers.md 7.3: `parse` then exits 0).
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

export function processContext(): CliContext {
  guardStdout();
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (chunk) => {
      const failed = process.stdout.errored;
      if (failed) throw failed;
      process.stdout.write(chunk);
    },
    stderr: (chunk) => {
      process.stderr.write(chunk);
    },
    readStdin: async () => {
      const parts: Buffer[] = [];
      for await (const part of process.stdin) parts.push(part as Buffer);
      return Buffer.concat(parts);
    },
    now: () => new Date(),
  };
}

/**
 * A command's error as its exit code and error line: 2 and `error: …` for a usage error, 1 and `Error: …` for
 * any other; an error marked `silent` already printed its own lines (the pre-push hook's) and keeps its exit code.
 */
export function reportCommandError(ctx: CliContext, err: unknown): number {
  if ((err as { silent?: unknown }).silent === true) {
    const code = (err as { exitCode?: unknown }).exitCode;
    return typeof code === 'number' ? code : 1;
  }
  if (err instanceof UsageError) {
    ctx.stderr(`error: ${err.message}\n`);
    return 2;
  }
  ctx.stderr(`Error: ${formatErrorChain(err, isDebugValue(ctx.env.OPENSESSION_DEBUG))}\n`);
  return 1;
}
