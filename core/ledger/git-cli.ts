// The system `git` CLI, for network operations and the few reads the spec routes through it (§1, §17).
import { spawn } from 'child_process';

export interface GitRunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitRunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  /** The complete base environment; when absent the process environment is inherited. */
  baseEnv?: Record<string, string | undefined>;
}

export interface GitRawResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `git <args>` without a shell and returns stdout as bytes; rejects only when git cannot start. */
export function runGitRaw(args: readonly string[], options: GitRunOptions): Promise<GitRawResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...(options.baseEnv ?? process.env), ...(options.env ?? {}) })) {
      if (v !== undefined) env[k] = v;
    }
    env.LC_ALL = 'C';
    const child = spawn('git', [...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Runs `git <args>` without a shell; never throws for a non-zero exit (only when git cannot start). */
export async function runGit(args: readonly string[], options: GitRunOptions): Promise<GitRunResult> {
  const r = await runGitRaw(args, options);
  return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
}
