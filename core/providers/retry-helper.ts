// Backoff for GitHub and GitLab API calls (amendments-2 A10), as a `fetch` wrapper so both clients share it:
// retry 429/500/502/503/504 (and GitHub's 403 rate limits); honour `Retry-After` and `x-ratelimit-reset`;
// exponential backoff with full jitter otherwise; never wait more than 60 s at once or 5 min in total.
// The clock, sleep and randomness are injected so tests are exact and fast.

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
function resetWaitMs(h: Headers, nowMs: number): number | undefined {
  const remaining = h.get('x-ratelimit-remaining') ?? h.get('ratelimit-remaining');
  const reset = h.get('x-ratelimit-reset') ?? h.get('ratelimit-reset');
  if (reset === null || !/^\d+$/.test(reset.trim())) return undefined;
  if (remaining !== null && remaining.trim() !== '0') return undefined;
  return Math.max(0, Number(reset.trim()) * 1000 - nowMs);
}

/** Whether a response is worth retrying: the A10 statuses, or a GitHub 403 that is a (secondary) rate limit. */
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

function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}

/** Wraps `fetchImpl` with the A10 backoff. */
export function retryingFetch(fetchImpl: typeof fetch, opts: RetryOptions): typeof fetch {
  const maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxSingle = opts.maxSingleWaitMs ?? MAX_SINGLE_WAIT_MS;
  const maxTotal = opts.maxTotalWaitMs ?? MAX_TOTAL_WAIT_MS;
  // One budget per client (one CI step): once 5 min of waits are spent, later calls fail without waiting.
  let waited = 0;
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
      if (asked !== undefined && asked > maxSingle) {
        throw new ApiRetryError(
          `${describe(url)}: ${what}; the API asks to wait ${seconds(asked)}, more than the ${seconds(maxSingle)} limit, so this step gives up`,
          status,
        );
      }
      if (attempt >= maxRetries) {
        if (res !== undefined) return res; // the client turns the last answer into its usual error
        throw new ApiRetryError(`${describe(url)}: ${what} after ${attempt + 1} attempts`, status);
      }
      const backoff = Math.min(maxSingle, BACKOFF_BASE_MS * 2 ** attempt);
      const jittered = Math.round(backoff / 2 + opts.random() * (backoff / 2));
      const wait = Math.min(maxSingle, asked !== undefined ? asked + Math.round(opts.random() * 250) : jittered);
      if (waited + wait > maxTotal) {
        throw new ApiRetryError(
          `${describe(url)}: ${what}; still failing after ${seconds(waited)} of retries (limit ${seconds(maxTotal)}), so this step gives up`,
          status,
        );
      }
      opts.onRetry?.({ url, status, waitMs: wait, attempt: attempt + 1 });
      waited += wait;
      await opts.sleep(wait);
    }
  };
  return wrapped as typeof fetch;
}
