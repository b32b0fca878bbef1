// GitHub through Octokit (the same core and plugins @actions/github builds its `GitHub` class from, without the
// @actions/http-client/undici layer: loading that cost ~0.4 s before the first request, and the injected `fetch`
// bypassed its proxy agent anyway). `fetch` is injected so tests (nock, fake servers) see every request. Retries and
// rate limits are handled below Octokit by `retryingFetch` (A10) rather than by plugin-retry/plugin-throttling:
// their waits cannot be capped at 60 s / 5 min or driven by an injected clock.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retryingFetch, RetryOptions } from './retry-helper';
import type { CommentProvider, ReviewComment } from './types';
import { stripBot } from './types';

export const GitHubClient = Octokit.plugin(restEndpointMethods, paginateRest);
export type GitHubOctokit = InstanceType<typeof GitHubClient>;

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL` (default https://api.github.com). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Retries on 429/5xx and rate limits (default 6; 0 disables). */
  retries?: number;
  /** Clock, sleep and randomness of the backoff (default: real ones). */
  retry?: Partial<RetryOptions>;
  userAgent?: string;
}

export const realRetryClock = (): RetryOptions => ({
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => Date.now(),
  random: () => Math.random(),
});

export function createGitHubClient(opts: GitHubClientOptions): GitHubOctokit {
  const base = opts.fetch ?? globalThis.fetch;
  const retries = opts.retries ?? 6;
  const fetchImpl =
    retries > 0 ? retryingFetch(base, { ...realRetryClock(), ...opts.retry, maxRetries: retries }) : base;
  return new GitHubClient({
    auth: opts.token,
    baseUrl: opts.baseUrl ?? 'https://api.github.com',
    userAgent: opts.userAgent ?? 'opensession',
    request: { fetch: fetchImpl },
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
