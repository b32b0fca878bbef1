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

export function processContext(): CliContext {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (chunk) => {
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
