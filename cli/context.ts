// What a command handler may touch: injected so tests can run commands in-process.
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
