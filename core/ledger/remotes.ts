// Remote names versus URLs and tracking refs (git-native.md §6.1-6.2). Light: no object-database imports.
import { plainConfigGet } from './git-config';
import { runGit } from './git-cli';
import type { Repo } from './repo';

/**
 * True when `target` names a configured remote (not a URL or path). With `env`, plain config files are read
 * directly instead of starting `git config` (git is asked whenever they are not plain).
 */
export async function isConfiguredRemote(
  repo: Repo,
  target: string,
  env?: Record<string, string | undefined>,
): Promise<boolean> {
  if (target.includes('://') || target.includes('/') || target.includes(':')) return false;
  const plain =
    env !== undefined ? plainConfigGet(repo.commonDir, repo.gitDir, 'remote', target, 'url', env) : undefined;
  if (plain !== undefined) return plain.value !== undefined;
  const res = await runGit(['config', '--get', `remote.${target}.url`], { cwd: repo.root });
  return res.code === 0;
}

export function tracksRef(ref: string): boolean {
  return ref.startsWith('refs/opensession/') || ref.startsWith('refs/notes/');
}

export function trackingRefOf(remote: string, ref: string): string {
  return `refs/remotes/${remote}/${ref.slice('refs/'.length)}`;
}
