// Runs the CLI in-process (fast, for command logic) or through the committed bundle (end to end).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { CliContext } from '../../cli/context';
import { runCli } from '../../cli/program';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** The byte vectors of the spec (example/rich HAIL and their handoff summaries), copied into the repo. */
export const EXAMPLES = path.join(REPO_ROOT, '__tests__', 'fixtures', 'hail');
/** @deprecated old name of EXAMPLES, kept for tests written against it. */
export const SHARED_EXAMPLES = EXAMPLES;
export const BUNDLED_CLI = path.join(REPO_ROOT, 'bin', 'opensession.js');

export async function runInProcess(
  argv: string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; stdin?: Buffer },
): Promise<CliResult> {
  const out: Buffer[] = [];
  let err = '';
  const ctx: CliContext = {
    cwd: opts.cwd,
    env: opts.env ?? {},
    stdout: (chunk) => out.push(Buffer.from(chunk)),
    stderr: (chunk) => {
      err += chunk;
    },
    readStdin: async () => opts.stdin ?? Buffer.alloc(0),
    now: () => new Date('2026-01-02T03:04:05.678Z'),
  };
  const code = await runCli(argv, ctx);
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: err, stdoutBytes };
}

/** Spawns `node bin/opensession.js` (the ncc bundle) like a user would. */
export function runBundled(
  argv: string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; input?: string | Buffer },
): CliResult {
  const r = spawnSync(process.execPath, [BUNDLED_CLI, ...argv], {
    cwd: opts.cwd,
    env: { PATH: process.env.PATH, ...opts.env } as NodeJS.ProcessEnv,
    input: opts.input,
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout.toString('utf8'),
    stderr: r.stderr.toString('utf8'),
    stdoutBytes: r.stdout,
  };
}
