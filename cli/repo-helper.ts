// Opening the repository a command runs in, with the guided error both `share` and `doctor` give outside one.
import { GuidedError } from '../core/errors';
import type { Repo } from '../core/ledger/repo';

export async function openRepoAt(cwd: string): Promise<Repo> {
  const { findRepoRoot, openRepo } = await import('../core/ledger/repo');
  const root = findRepoRoot(cwd);
  if (root === undefined) {
    throw new GuidedError('current directory is not inside a git repository', [
      'cd into the target git repository and retry',
      'or initialize one first: `git init`',
    ]);
  }
  return openRepo(root);
}
