// GitHub through @actions/github's Octokit with retry and throttling plugins; `fetch` is injected so tests
// (nock) and proxies see every request.
import { GitHub } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { CommentProvider, ReviewComment } from './types';
import { stripBot } from './types';

export const GitHubClient = GitHub.plugin(retry, throttling);
export type GitHubOctokit = InstanceType<typeof GitHubClient>;

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL` (default https://api.github.com). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Retries on 5xx/429 (default 3; tests pass 0). */
  retries?: number;
  userAgent?: string;
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubOctokit {
  const retries = opts.retries ?? 3;
  return new GitHubClient({
    auth: opts.token,
    baseUrl: opts.baseUrl ?? 'https://api.github.com',
    userAgent: opts.userAgent ?? 'opensession',
    // Not `request.retries`: plugin-retry would then retry every failure, 403/404 included.
    request: { fetch: opts.fetch ?? globalThis.fetch },
    retry: { enabled: retries > 0, retries },
    throttle: {
      enabled: retries > 0,
      onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < retries,
      onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < retries,
    },
  });
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
  created_at?: string;
  updated_at?: string;
  html_url?: string;
}

function toComment(c: IssueComment): ReviewComment {
  return {
    id: String(c.id),
    body: c.body ?? '',
    author: c.user?.login !== undefined ? stripBot(c.user.login) : undefined,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    url: c.html_url,
  };
}

/** Issue comments of one pull request (the Issues comments API). */
export function githubCommentProvider(octokit: GitHubOctokit, pr: PullRequestRef): CommentProvider {
  const base = { owner: pr.owner, repo: pr.repo };
  return {
    platform: 'github',
    async identity() {
      const res = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
      const login = res?.viewer?.login;
      return typeof login === 'string' && login !== '' ? stripBot(login) : undefined;
    },
    async listComments() {
      const list = await octokit.paginate(octokit.rest.issues.listComments, {
        ...base,
        issue_number: pr.number,
        per_page: 100,
      });
      return (list as IssueComment[]).map(toComment);
    },
    async createComment(body) {
      const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: pr.number, body });
      return toComment(data as IssueComment);
    },
    async updateComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: Number(id), body });
      return toComment(data as IssueComment);
    },
    async deleteComment(id) {
      await octokit.rest.issues.deleteComment({ ...base, comment_id: Number(id) });
    },
  };
}
