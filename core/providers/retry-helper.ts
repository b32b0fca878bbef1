// Backoff for GitHub and GitLab API calls (amendments-2 A10): retry 429/500/502/503/504; honour `Retry-After` and
// `x-ratelimit-reset`; exponential backoff with jitter otherwise; never wait more than 60 s at once or 5 min in
// total. The policy (`BackoffBudget`, `backoffMs`) is shared: GitHub applies it through @octokit/plugin-retry and
// @octokit/plugin-throttling (core/providers/github.ts), GitLab through the `retryingFetch` wrapper below, whose
// clock, sleep and randomness are injected so its tests are exact and fast.

export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
export const MAX_SINGLE_WAIT_MS = 60_000;
export const MAX_TOTAL_WAIT_MS = 300_000;
export const DEFAULT_MAX_RETRIES = 6;
const BACKOFF_BASE_MS = 1_000;

export interface RetryOptions {
  sleep: (ms: number) => Promise<void>;
  /** Epoch milliseconds. */
  now: () => number;
  /** [0, 1). */
  random: () => number;
  maxRetries?: number;
  maxSingleWaitMs?: number;
  maxTotalWaitMs?: number;
  /** Told before every wait (for logs and tests). */
  onRetry?: (info: { url: string; status: number | undefined; waitMs: number; attempt: number }) => void;
}

/** A request given up after rate limits or server errors; `status` is the last HTTP status (absent: network). */
export class ApiRetryError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'ApiRetryError';
  }
}

/** Seconds or an HTTP date → milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.ceil(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isFinite(t) ? Math.max(0, t - nowMs) : undefined;
}

/** `x-ratelimit-reset` / `ratelimit-reset` (epoch seconds) when the remaining quota is 0. */
export function resetWaitMs(h: Headers, nowMs: number): number | undefined {
  const remaining = h.get('x-ratelimit-remaining') ?? h.get('ratelimit-remaining');
  const reset = h.get('x-ratelimit-reset') ?? h.get('ratelimit-reset');
  if (reset === null || !/^\d+$/.test(reset.trim())) return undefined;
  if (remaining !== null && remaining.trim() !== '0') return undefined;
  return Math.max(0, Number(reset.trim()) * 1000 - nowMs);
}

/** Whether a response is worth retrying: the A10 statuses, or a 403 that is a rate limit. */
async function isRetryable(res: Response): Promise<boolean> {
  if (RETRY_STATUSES.has(res.status)) return true;
  if (res.status !== 403) return false;
  const h = res.headers;
  if (h.get('retry-after') !== null) return true;
  if ((h.get('x-ratelimit-remaining') ?? '').trim() === '0') return true;
  try {
    const text = await res.clone().text();
    return /rate limit/i.test(text);
  } catch {
    return false;
  }
}

function seconds(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s >= 120 ? `${Math.round(s / 60)} min` : `${s} s`;
}

/** `host/path` of a request URL, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}

/** Exponential backoff with jitter: between half and all of 1 s × 2^attempt, capped at `maxMs`. */
export function backoffMs(attempt: number, random: () => number, maxMs = MAX_SINGLE_WAIT_MS): number {
  const backoff = Math.min(maxMs, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.round(backoff / 2 + random() * (backoff / 2));
}

/** A wait the server asked for, plus up to 250 ms of jitter so parallel jobs do not retry in step. */
export function askedWithJitter(askedMs: number, random: () => number): number {
  return askedMs + Math.round(random() * 250);
}

/**
 * The A10 caps of one client (one CI step): no single wait over 60 s, at most 5 min of waits in all. Once the
 * budget is spent, later calls of the same client give up without waiting.
 */
export class BackoffBudget {
  private waited = 0;
  constructor(
    readonly maxSingleMs = MAX_SINGLE_WAIT_MS,
    readonly maxTotalMs = MAX_TOTAL_WAIT_MS,
  ) {}

  /** Milliseconds waited so far. */
  get spentMs(): number {
    return this.waited;
  }

  /**
   * Takes `waitMs` from the budget, or says why this step gives up instead: `what` is the failure (`HTTP 429`),
   * `asked` whether the server named the wait (Retry-After, rate limit reset) rather than our backoff.
   */
  take(
    url: string,
    what: string,
    waitMs: number,
    asked: boolean,
    status: number | undefined,
  ): ApiRetryError | undefined {
    if (asked && waitMs > this.maxSingleMs)
      return new ApiRetryError(
        `${describeUrl(url)}: ${what}; the API asks to wait ${seconds(waitMs)}, more than the ${seconds(this.maxSingleMs)} limit, so this step gives up`,
        status,
      );
    const wait = Math.min(this.maxSingleMs, waitMs);
    if (this.waited + wait > this.maxTotalMs)
      return new ApiRetryError(
        `${describeUrl(url)}: ${what}; still failing after ${seconds(this.waited)} of retries (limit ${seconds(this.maxTotalMs)}), so this step gives up`,
        status,
      );
    this.waited += wait;
    return undefined;
  }
}

/** Wraps `fetchImpl` with the A10 backoff (the GitLab client). */
export function retryingFetch(fetchImpl: typeof fetch, opts: RetryOptions): typeof fetch {
  const maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
  const budget = new BackoffBudget(opts.maxSingleWaitMs, opts.maxTotalWaitMs);
  const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    for (let attempt = 0; ; attempt++) {
      // A Request body can be read once: hand every attempt its own copy.
      const req = input instanceof Request ? input.clone() : input;
      let res: Response | undefined;
      let netErr: unknown;
      try {
        res = await fetchImpl(req, init);
      } catch (err) {
        netErr = err;
      }
      if (res !== undefined && !(await isRetryable(res))) return res;
      const status = res?.status;
      const what =
        status === undefined ? `network error (${(netErr as Error)?.message ?? String(netErr)})` : `HTTP ${status}`;
      const asked =
        res !== undefined
          ? (retryAfterMs(res.headers.get('retry-after'), opts.now()) ?? resetWaitMs(res.headers, opts.now()))
          : undefined;
      if (asked !== undefined && asked > budget.maxSingleMs) throw budget.take(url, what, asked, true, status)!;
      if (attempt >= maxRetries) {
        if (res !== undefined) return res; // the client turns the last answer into its usual error
        throw new ApiRetryError(`${describeUrl(url)}: ${what} after ${attempt + 1} attempts`, status);
      }
      const wait = Math.min(
        budget.maxSingleMs,
        asked !== undefined ? askedWithJitter(asked, opts.random) : backoffMs(attempt, opts.random, budget.maxSingleMs),
      );
      const refused = budget.take(url, what, wait, false, status);
      if (refused !== undefined) throw refused;
      opts.onRetry?.({ url, status, waitMs: wait, attempt: attempt + 1 });
      await opts.sleep(wait);
    }
  };
  return wrapped as typeof fetch;
}
