// Pieces `cleanup` and the post-push prompt share: the repository root, a line from a terminal, the janitor deps.
import * as readline from 'node:readline';
import { OpenSessionError } from '../core/errors';
import type { JanitorDeps } from '../core/janitor/engine';
import { findRepoRoot } from '../core/ledger/repo';
import { createGitRunner } from '../core/review/git';
import type { CliContext } from './context';

export function cleanupRoot(cwd: string): string {
  const root = findRepoRoot(cwd);
  if (root === undefined) throw new OpenSessionError('current directory is not inside a git repository');
  return root;
}

export const isInteractive = (): boolean => process.stdin.isTTY === true && process.stderr.isTTY === true;

/** Prints `question` on stderr and reads one line from stdin ('' at end of input). */
export async function askLine(ctx: CliContext, question: string): Promise<string> {
  ctx.stderr(question);
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  try {
    return await new Promise<string>((resolve) => {
      rl.once('line', resolve);
      rl.once('close', () => resolve(''));
    });
  } finally {
    rl.close();
  }
}

export function janitorDeps(ctx: CliContext, root: string, showProgress: boolean): JanitorDeps {
  return {
    git: createGitRunner(root, ctx.env),
    env: ctx.env,
    now: ctx.now,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    progress: showProgress ? (line) => ctx.stderr(`${line}\n`) : undefined,
  };
}
