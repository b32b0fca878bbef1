// GitHub through @actions/github's `getOctokit` (Octokit with the REST endpoint methods and pagination) plus
// @octokit/plugin-throttling and @octokit/plugin-retry. `fetch` is injected so tests (nock, loopback fakes) see
// every request, and `baseUrl` comes from the caller (`GITHUB_API_URL`). The A10 backoff rules are applied inside
// the plugins: throttling's `onRateLimit` / `onSecondaryRateLimit` say yes only within the 60 s / 5 min caps, and
// plugin-retry runs the retries of 429/500/502/503/504 with the waits the `a10Backoff` hook below chooses
// (Retry-After, x-ratelimit-reset, else exponential backoff with jitter).
import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  ApiRetryError,
  askedWithJitter,
  BackoffBudget,
  backoffMs,
  DEFAULT_MAX_RETRIES,
  resetWaitMs,
  retryAfterMs,
  RETRY_STATUSES,
} from './retry-helper';
import type { CommentProvider, ReviewComment } from './types';
import { stripBot } from './types';

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL` (default https://api.github.com). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Retries on 429/5xx and rate limits (default 6; 0 disables). */
  retries?: number;
  /**
   * Multiplies every wait actually slept — retries and throttling's spacing of writes (1 s) and of notifying writes
   * (3 s) — so tests can shorten them; the caps and the retry decisions use the real waits. Default 1.
   */
  waitScale?: number;
  /** [0, 1) for the jitter (default Math.random). */
  random?: () => number;
  /** Told before every wait, with the real (unscaled) milliseconds. */
  onRetry?: (info: { url: string; status: number | undefined; waitMs: number; attempt: number }) => void;
  userAgent?: string;
}

export type GitHubOctokit = ReturnType<typeof getOctokit>;

/** Every HTTP error status: plugin-retry's own status list is switched off, `a10Backoff` decides instead. */
const EVERY_ERROR_STATUS = Array.from({ length: 200 }, (_, i) => 400 + i);

interface HookError {
  status?: number;
  message?: string;
  request?: { url?: string; request?: Record<string, unknown> };
  response?: { headers?: Record<string, string | number | undefined> };
}

type Options = Record<string, unknown> & { url?: string; baseUrl?: string };

function headersOf(err: HookError): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(err.response?.headers ?? {})) if (v !== undefined) h.set(k, String(v));
  return h;
}

type SpacingGroup = NonNullable<Parameters<typeof throttling>[1]['throttle']>['write'];

/**
 * A stand-in for one of throttling's Bottleneck groups (`write`, `notifications`): one job at a time, started at
 * least `minTimeMs` apart. Used only when `waitScale` shortens the spacing; otherwise the plugin's own groups run.
 */
function scaledSpacing(minTimeMs: number): SpacingGroup {
  let next = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const limiter = {
    schedule(_job: unknown, fn: (...args: unknown[]) => unknown, ...args: unknown[]): Promise<unknown> {
      const run = chain.then(async () => {
        const wait = next - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        next = Date.now() + minTimeMs;
        return fn(...args);
      });
      chain = run.catch(() => undefined);
      return run;
    },
  };
  return { key: () => limiter } as unknown as SpacingGroup;
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubOctokit {
  const retries = opts.retries ?? DEFAULT_MAX_RETRIES;
  const scale = opts.waitScale ?? 1;
  const random = opts.random ?? Math.random;
  const budget = new BackoffBudget();
  // Per request (the options object Octokit hands every hook): attempts so far, and a rate-limit refusal.
  const attempts = new WeakMap<object, number>();
  const refused = new WeakMap<object, ApiRetryError>();

  /** Throttling's handlers: wait what GitHub asks only within the caps and the retry count. */
  const onLimit = (retryAfterS: number, options: Options, _o: unknown, retryCount: number): boolean => {
    const url = String(options.baseUrl ?? '') + String(options.url ?? '');
    if (retries === 0 || retryCount >= retries) return false;
    const waitMs = retryAfterS * 1000;
    const why = budget.take(url, 'rate limited', waitMs, true, undefined);
    if (why !== undefined) {
      refused.set(options, why);
      return false;
    }
    refused.delete(options);
    opts.onRetry?.({ url, status: undefined, waitMs, attempt: retryCount + 1 });
    return true;
  };

  /** Chooses the wait of a 429/5xx (or a network error) and hands it to plugin-retry, or gives up. */
  const a10Backoff = (octokit: Octokit): void => {
    octokit.hook.error('request', async (error: unknown, options: Options) => {
      const err = error as HookError;
      const why = refused.get(options);
      if (why !== undefined) {
        refused.delete(options);
        throw Object.assign(why, { request: { ...err.request, request: { retries: 0 } } });
      }
      const status = err.status;
      if (retries === 0 || err.request === undefined || status === undefined || !RETRY_STATUSES.has(status))
        throw error;
      const attempt = attempts.get(options) ?? 0;
      if (attempt >= retries) throw error; // the last answer, as Octokit reports it
      const url = err.request.url ?? String(options.url ?? '');
      const h = headersOf(err);
      const asked = retryAfterMs(h.get('retry-after'), Date.now()) ?? resetWaitMs(h, Date.now());
      const what = /fetch failed|ECONN|network/i.test(err.message ?? '')
        ? `network error (${err.message})`
        : `HTTP ${status}`;
      const waitMs =
        asked !== undefined
          ? asked > budget.maxSingleMs
            ? asked
            : Math.min(budget.maxSingleMs, askedWithJitter(asked, random))
          : backoffMs(attempt, random, budget.maxSingleMs);
      const giveUp = budget.take(url, what, waitMs, asked !== undefined, status);
      if (giveUp !== undefined) throw Object.assign(giveUp, { request: { ...err.request, request: { retries: 0 } } });
      attempts.set(options, attempt + 1);
      opts.onRetry?.({ url, status, waitMs, attempt: attempt + 1 });
      // plugin-retry's limiter waits retryAfter × retryAfterBaseValue (here: milliseconds × scale).
      err.request.request = { ...err.request.request, retries, retryAfter: waitMs };
      throw error;
    });
  };

  return getOctokit(
    opts.token,
    {
      baseUrl: opts.baseUrl ?? 'https://api.github.com',
      userAgent: opts.userAgent ?? 'opensession',
      request: { fetch: opts.fetch ?? globalThis.fetch },
      throttle: {
        enabled: retries > 0,
        retryAfterBaseValue: 1000 * scale,
        ...(scale < 1 ? { write: scaledSpacing(1000 * scale), notifications: scaledSpacing(3000 * scale) } : {}),
        onRateLimit: onLimit,
        onSecondaryRateLimit: onLimit,
      },
      retry: { enabled: retries > 0, doNotRetry: EVERY_ERROR_STATUS, retryAfterBaseValue: scale },
    },
    throttling,
    a10Backoff,
    retry,
  );
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
