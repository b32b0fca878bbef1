// "Branch commits" of pushed tips (git-native.md §5.4), kept in a light module: the pre-push hook starts its
// `git log` with the secret scan's, before the sync modules load.
import { runGit } from './git-cli';
import type { Repo } from './repo';

export const MAX_BRANCH_COMMITS = 4096;

/** The branch commits of one pushed tip. */
export type BranchCommitsOf = (tip: string) => Set<string>;

/**
 * "Branch commits" (§5.4) of every pushed tip from ONE `git log` over all tips: per tip, the first
 * `MAX_BRANCH_COMMITS` commits in `git rev-list` order (newest committer time first), walked in-process.
 */
export async function branchCommitSets(repo: Repo, tips: readonly string[]): Promise<BranchCommitsOf> {
  const unique = [...new Set(tips.filter((t) => /^[0-9a-f]{7,}$/i.test(t)))];
  const graph = new Map<string, { time: number; parents: string[] }>();
  if (unique.length > 0) {
    const res = await runGit(
      [
        'log',
        '--format=%H %ct %P',
        `--max-count=${Math.min(MAX_BRANCH_COMMITS * unique.length, 1_000_000)}`,
        ...unique,
      ],
      { cwd: repo.root },
    );
    if (res.code === 0)
      for (const line of res.stdout.split('\n')) {
        const [sha, time, ...parents] = line.split(' ');
        if (sha !== undefined && sha !== '') graph.set(sha, { time: Number(time), parents });
      }
  }
  return (tip: string): Set<string> => {
    const out = new Set<string>();
    const frontier: string[] = graph.has(tip) ? [tip] : [];
    const queued = new Set(frontier);
    while (frontier.length > 0 && out.size < MAX_BRANCH_COMMITS) {
      // Newest committer time first, like rev-list's default order (ties: first queued).
      let best = 0;
      for (let k = 1; k < frontier.length; k++)
        if (graph.get(frontier[k])!.time > graph.get(frontier[best])!.time) best = k;
      const sha = frontier.splice(best, 1)[0];
      out.add(sha);
      for (const p of graph.get(sha)!.parents)
        if (p !== '' && graph.has(p) && !queued.has(p)) {
          queued.add(p);
          frontier.push(p);
        }
    }
    return out;
  };
}
