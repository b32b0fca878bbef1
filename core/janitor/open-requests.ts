// Open pull/merge requests keep their artifact branches whatever their age: the janitor asks the provider API
// once (paginated) and protects `opensession/pr-<N>-sessions` / `opensession/mr-<IID>-sessions` of each.
import type { GitHubOctokit } from '../providers/github';

/** The one GitLab call used here (structural, so tests and the client in core/providers share one shape). */
export interface GitlabMergeRequestLister {
  MergeRequests: { all(options: { projectId: string | number; state: string }): Promise<unknown> };
}

export type OpenRequestSource =
  | { platform: 'github'; octokit: GitHubOctokit; owner: string; repo: string }
  | { platform: 'gitlab'; api: GitlabMergeRequestLister; projectId: string | number };

/** The artifact branch refs of every open PR (GitHub) or MR (GitLab). */
export async function openRequestRefs(source: OpenRequestSource): Promise<Set<string>> {
  const refs = new Set<string>();
  if (source.platform === 'github') {
    const pulls = await source.octokit.paginate(source.octokit.rest.pulls.list, {
      owner: source.owner,
      repo: source.repo,
      state: 'open',
      per_page: 100,
    });
    for (const p of pulls) refs.add(`refs/heads/opensession/pr-${p.number}-sessions`);
    return refs;
  }
  const mrs = await source.api.MergeRequests.all({ projectId: source.projectId, state: 'opened' });
  if (Array.isArray(mrs))
    for (const mr of mrs as Array<{ iid?: unknown }>)
      if (typeof mr.iid === 'number') refs.add(`refs/heads/opensession/mr-${mr.iid}-sessions`);
  return refs;
}
