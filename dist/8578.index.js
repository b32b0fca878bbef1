"use strict";
exports.id = 8578;
exports.ids = [8578];
exports.modules = {

/***/ 8578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   githubCommentProvider: () => (/* binding */ githubCommentProvider)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2123);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9250);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _retry_helper__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9696);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7124);
// GitHub through @actions/github's `getOctokit` (Octokit with the REST endpoint methods and pagination) plus
// @octokit/plugin-throttling and @octokit/plugin-retry. `fetch` is injected so tests (nock, loopback fakes) see
// every request, and `baseUrl` comes from the caller (`GITHUB_API_URL`). The A10 backoff rules are applied inside
// the plugins: throttling's `onRateLimit` / `onSecondaryRateLimit` say yes only within the 60 s / 5 min caps, and
// plugin-retry runs the retries of 429/500/502/503/504 with the waits the `a10Backoff` hook below chooses
// (Retry-After, x-ratelimit-reset, else exponential backoff with jitter).





/** Every HTTP error status: plugin-retry's own status list is switched off, `a10Backoff` decides instead. */
const EVERY_ERROR_STATUS = Array.from({ length: 200 }, (_, i) => 400 + i);
function headersOf(err) {
    const h = new Headers();
    for (const [k, v] of Object.entries(err.response?.headers ?? {}))
        if (v !== undefined)
            h.set(k, String(v));
    return h;
}
/**
 * A stand-in for one of throttling's Bottleneck groups (`write`, `notifications`): one job at a time, started at
 * least `minTimeMs` apart. Used only when `waitScale` shortens the spacing; otherwise the plugin's own groups run.
 */
function scaledSpacing(minTimeMs) {
    let next = 0;
    let chain = Promise.resolve();
    const limiter = {
        schedule(_job, fn, ...args) {
            const run = chain.then(async () => {
                const wait = next - Date.now();
                if (wait > 0)
                    await new Promise((r) => setTimeout(r, wait));
                next = Date.now() + minTimeMs;
                return fn(...args);
            });
            chain = run.catch(() => undefined);
            return run;
        },
    };
    return { key: () => limiter };
}
function createGitHubClient(opts) {
    const retries = opts.retries ?? _retry_helper__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_RETRIES */ .it;
    const scale = opts.waitScale ?? 1;
    const random = opts.random ?? Math.random;
    const budget = new _retry_helper__WEBPACK_IMPORTED_MODULE_1__/* .BackoffBudget */ .Mq();
    // Per request (the options object Octokit hands every hook): attempts so far, and a rate-limit refusal.
    const attempts = new WeakMap();
    const refused = new WeakMap();
    /** Throttling's handlers: wait what GitHub asks only within the caps and the retry count. */
    const onLimit = (retryAfterS, options, _o, retryCount) => {
        const url = String(options.baseUrl ?? '') + String(options.url ?? '');
        if (retries === 0 || retryCount >= retries)
            return false;
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
    const a10Backoff = (octokit) => {
        octokit.hook.error('request', async (error, options) => {
            const err = error;
            const why = refused.get(options);
            if (why !== undefined) {
                refused.delete(options);
                throw Object.assign(why, { request: { ...err.request, request: { retries: 0 } } });
            }
            const status = err.status;
            if (retries === 0 || err.request === undefined || status === undefined || !_retry_helper__WEBPACK_IMPORTED_MODULE_1__/* .RETRY_STATUSES */ .Ib.has(status))
                throw error;
            const attempt = attempts.get(options) ?? 0;
            if (attempt >= retries)
                throw error; // the last answer, as Octokit reports it
            const url = err.request.url ?? String(options.url ?? '');
            const h = headersOf(err);
            const asked = (0,_retry_helper__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(h.get('retry-after'), Date.now()) ?? (0,_retry_helper__WEBPACK_IMPORTED_MODULE_1__/* .resetWaitMs */ .R_)(h, Date.now());
            const what = /fetch failed|ECONN|network/i.test(err.message ?? '')
                ? `network error (${err.message})`
                : `HTTP ${status}`;
            const waitMs = asked !== undefined
                ? asked > budget.maxSingleMs
                    ? asked
                    : Math.min(budget.maxSingleMs, (0,_retry_helper__WEBPACK_IMPORTED_MODULE_1__/* .askedWithJitter */ .PZ)(asked, random))
                : (0,_retry_helper__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(attempt, random, budget.maxSingleMs);
            const giveUp = budget.take(url, what, waitMs, asked !== undefined, status);
            if (giveUp !== undefined)
                throw Object.assign(giveUp, { request: { ...err.request, request: { retries: 0 } } });
            attempts.set(options, attempt + 1);
            opts.onRetry?.({ url, status, waitMs, attempt: attempt + 1 });
            // plugin-retry's limiter waits retryAfter × retryAfterBaseValue (here: milliseconds × scale).
            err.request.request = { ...err.request.request, retries, retryAfter: waitMs };
            throw error;
        });
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
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
    }, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A, a10Backoff, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L);
}
function toComment(c) {
    return {
        id: String(c.id),
        body: c.body ?? '',
        author: c.user?.login !== undefined ? (0,_types__WEBPACK_IMPORTED_MODULE_4__/* .stripBot */ .M)(c.user.login) : undefined,
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        url: c.html_url,
    };
}
/** Issue comments of one pull request (the Issues comments API). */
function githubCommentProvider(octokit, pr) {
    const base = { owner: pr.owner, repo: pr.repo };
    return {
        platform: 'github',
        async identity() {
            const res = await octokit.graphql('query { viewer { login } }');
            const login = res?.viewer?.login;
            return typeof login === 'string' && login !== '' ? (0,_types__WEBPACK_IMPORTED_MODULE_4__/* .stripBot */ .M)(login) : undefined;
        },
        async listComments() {
            const list = await octokit.paginate(octokit.rest.issues.listComments, {
                ...base,
                issue_number: pr.number,
                per_page: 100,
            });
            return list.map(toComment);
        },
        async createComment(body) {
            const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: pr.number, body });
            return toComment(data);
        },
        async updateComment(id, body) {
            const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: Number(id), body });
            return toComment(data);
        },
        async deleteComment(id) {
            await octokit.rest.issues.deleteComment({ ...base, comment_id: Number(id) });
        },
    };
}


/***/ }),

/***/ 9696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ RETRY_STATUSES),
/* harmony export */   Mq: () => (/* binding */ BackoffBudget),
/* harmony export */   PZ: () => (/* binding */ askedWithJitter),
/* harmony export */   R_: () => (/* binding */ resetWaitMs),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   XR: () => (/* binding */ retryingFetch),
/* harmony export */   it: () => (/* binding */ DEFAULT_MAX_RETRIES),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports MAX_SINGLE_WAIT_MS, MAX_TOTAL_WAIT_MS, ApiRetryError, describeUrl */
// Backoff for GitHub and GitLab API calls (amendments-2 A10): retry 429/500/502/503/504; honour `Retry-After` and
// `x-ratelimit-reset`; exponential backoff with jitter otherwise; never wait more than 60 s at once or 5 min in
// total. The policy (`BackoffBudget`, `backoffMs`) is shared: GitHub applies it through @octokit/plugin-retry and
// @octokit/plugin-throttling (core/providers/github.ts), GitLab through the `retryingFetch` wrapper below, whose
// clock, sleep and randomness are injected so its tests are exact and fast.
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const MAX_SINGLE_WAIT_MS = 60_000;
const MAX_TOTAL_WAIT_MS = 300_000;
const DEFAULT_MAX_RETRIES = 6;
const BACKOFF_BASE_MS = 1_000;
/** A request given up after rate limits or server errors; `status` is the last HTTP status (absent: network). */
class ApiRetryError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'ApiRetryError';
    }
}
/** Seconds or an HTTP date → milliseconds from now; undefined when absent or unreadable. */
function retryAfterMs(value, nowMs) {
    if (value === null || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.ceil(Number(v) * 1000);
    const t = Date.parse(v);
    return Number.isFinite(t) ? Math.max(0, t - nowMs) : undefined;
}
/** `x-ratelimit-reset` / `ratelimit-reset` (epoch seconds) when the remaining quota is 0. */
function resetWaitMs(h, nowMs) {
    const remaining = h.get('x-ratelimit-remaining') ?? h.get('ratelimit-remaining');
    const reset = h.get('x-ratelimit-reset') ?? h.get('ratelimit-reset');
    if (reset === null || !/^\d+$/.test(reset.trim()))
        return undefined;
    if (remaining !== null && remaining.trim() !== '0')
        return undefined;
    return Math.max(0, Number(reset.trim()) * 1000 - nowMs);
}
/** Whether a response is worth retrying: the A10 statuses, or a 403 that is a rate limit. */
async function isRetryable(res) {
    if (RETRY_STATUSES.has(res.status))
        return true;
    if (res.status !== 403)
        return false;
    const h = res.headers;
    if (h.get('retry-after') !== null)
        return true;
    if ((h.get('x-ratelimit-remaining') ?? '').trim() === '0')
        return true;
    try {
        const text = await res.clone().text();
        return /rate limit/i.test(text);
    }
    catch {
        return false;
    }
}
function seconds(ms) {
    const s = Math.ceil(ms / 1000);
    return s >= 120 ? `${Math.round(s / 60)} min` : `${s} s`;
}
/** `host/path` of a request URL, for messages. */
function describeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.host}${u.pathname}`;
    }
    catch {
        return url;
    }
}
/** Exponential backoff with jitter: between half and all of 1 s × 2^attempt, capped at `maxMs`. */
function backoffMs(attempt, random, maxMs = MAX_SINGLE_WAIT_MS) {
    const backoff = Math.min(maxMs, BACKOFF_BASE_MS * 2 ** attempt);
    return Math.round(backoff / 2 + random() * (backoff / 2));
}
/** A wait the server asked for, plus up to 250 ms of jitter so parallel jobs do not retry in step. */
function askedWithJitter(askedMs, random) {
    return askedMs + Math.round(random() * 250);
}
/**
 * The A10 caps of one client (one CI step): no single wait over 60 s, at most 5 min of waits in all. Once the
 * budget is spent, later calls of the same client give up without waiting.
 */
class BackoffBudget {
    maxSingleMs;
    maxTotalMs;
    waited = 0;
    constructor(maxSingleMs = MAX_SINGLE_WAIT_MS, maxTotalMs = MAX_TOTAL_WAIT_MS) {
        this.maxSingleMs = maxSingleMs;
        this.maxTotalMs = maxTotalMs;
    }
    /** Milliseconds waited so far. */
    get spentMs() {
        return this.waited;
    }
    /**
     * Takes `waitMs` from the budget, or says why this step gives up instead: `what` is the failure (`HTTP 429`),
     * `asked` whether the server named the wait (Retry-After, rate limit reset) rather than our backoff.
     */
    take(url, what, waitMs, asked, status) {
        if (asked && waitMs > this.maxSingleMs)
            return new ApiRetryError(`${describeUrl(url)}: ${what}; the API asks to wait ${seconds(waitMs)}, more than the ${seconds(this.maxSingleMs)} limit, so this step gives up`, status);
        const wait = Math.min(this.maxSingleMs, waitMs);
        if (this.waited + wait > this.maxTotalMs)
            return new ApiRetryError(`${describeUrl(url)}: ${what}; still failing after ${seconds(this.waited)} of retries (limit ${seconds(this.maxTotalMs)}), so this step gives up`, status);
        this.waited += wait;
        return undefined;
    }
}
/** Wraps `fetchImpl` with the A10 backoff (the GitLab client). */
function retryingFetch(fetchImpl, opts) {
    const maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
    const budget = new BackoffBudget(opts.maxSingleWaitMs, opts.maxTotalWaitMs);
    const wrapped = async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        for (let attempt = 0;; attempt++) {
            // A Request body can be read once: hand every attempt its own copy.
            const req = input instanceof Request ? input.clone() : input;
            let res;
            let netErr;
            try {
                res = await fetchImpl(req, init);
            }
            catch (err) {
                netErr = err;
            }
            if (res !== undefined && !(await isRetryable(res)))
                return res;
            const status = res?.status;
            const what = status === undefined ? `network error (${netErr?.message ?? String(netErr)})` : `HTTP ${status}`;
            const asked = res !== undefined
                ? (retryAfterMs(res.headers.get('retry-after'), opts.now()) ?? resetWaitMs(res.headers, opts.now()))
                : undefined;
            if (asked !== undefined && asked > budget.maxSingleMs)
                throw budget.take(url, what, asked, true, status);
            if (attempt >= maxRetries) {
                if (res !== undefined)
                    return res; // the client turns the last answer into its usual error
                throw new ApiRetryError(`${describeUrl(url)}: ${what} after ${attempt + 1} attempts`, status);
            }
            const wait = Math.min(budget.maxSingleMs, asked !== undefined ? askedWithJitter(asked, opts.random) : backoffMs(attempt, opts.random, budget.maxSingleMs));
            const refused = budget.take(url, what, wait, false, status);
            if (refused !== undefined)
                throw refused;
            opts.onRetry?.({ url, status, waitMs: wait, attempt: attempt + 1 });
            await opts.sleep(wait);
        }
    };
    return wrapped;
}


/***/ })

};
;