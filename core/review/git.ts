// The system `git` for review reads and CI network steps (ci-automation.md §16): no shell, no prompts, stable stderr.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { runGitRaw, type GitRawResult, type GitRunResult } from '../ledger/git-cli';

export type GitResult = GitRunResult;

export type { GitRawResult } from '../ledger/git-cli';

export interface GitCallOptions {
  input?: string | Buffer;
  /** Extra environment for this call only (e.g. GitLab's http.extraHeader through GIT_CONFIG_*). */
  env?: Record<string, string | undefined>;
}

/** A git runner bound to one repository; injected into core so tests and CI adapters decide the environment. */
export interface GitRunner {
  readonly cwd: string;
  run(args: readonly string[], options?: GitCallOptions): Promise<GitResult>;
  runRaw(args: readonly string[], options?: GitCallOptions): Promise<GitRawResult>;
  /** Starts `git <args>` with pipes, for long-lived readers such as `cat-file --batch` (optional for stand-ins). */
  spawnStream?(args: readonly string[]): ChildProcessWithoutNullStreams;
}

/** Builds a runner for `cwd`. `env` is the complete base environment (the caller's, never read here). */
export function createGitRunner(cwd: string, env: Record<string, string | undefined>): GitRunner {
  const runRaw = (args: readonly string[], options: GitCallOptions = {}): Promise<GitRawResult> =>
    runGitRaw(args, { cwd, baseEnv: env, env: { ...options.env, GIT_TERMINAL_PROMPT: '0' }, input: options.input });
  return {
    cwd,
    runRaw,
    spawnStream(args) {
      // The same environment as runGitRaw gives a call (ledger/git-cli.ts).
      const full: Record<string, string> = {};
      for (const [k, v] of Object.entries({ ...env, GIT_TERMINAL_PROMPT: '0' })) if (v !== undefined) full[k] = v;
      full.LC_ALL = 'C';
      return spawn('git', [...args], { cwd, env: full, stdio: ['pipe', 'pipe', 'pipe'] });
    },
    async run(args, options) {
      const r = await runRaw(args, options);
      return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
    },
  };
}

/** The first non-empty line of git's stderr (or stdout), for warnings. */
export function firstLine(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t !== '') return t;
  }
  return '';
}
