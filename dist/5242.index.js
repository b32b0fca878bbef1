"use strict";
exports.id = 5242;
exports.ids = [5242];
exports.modules = {

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitlabApiError: () => (/* binding */ GitlabApiError),
/* harmony export */   createGitlabClient: () => (/* binding */ createGitlabClient),
/* harmony export */   getMergeRequest: () => (/* binding */ getMergeRequest),
/* harmony export */   gitlabCommentProvider: () => (/* binding */ gitlabCommentProvider),
/* harmony export */   isGitlabBot: () => (/* binding */ isGitlabBot),
/* harmony export */   mergedRequestsForCommit: () => (/* binding */ mergedRequestsForCommit)
/* harmony export */ });
/* harmony import */ var _retry_helper__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9696);
// GitLab REST v4 with PRIVATE-TOKEN: merge request notes, user lookups, commit → merge requests. A small client on
// `fetch` (seven endpoints) instead of Gitbeaker: its own retry loop cannot be capped or given a clock (A10), and
// it costs start-up time before the first request.

/** An HTTP error of the GitLab API (status and the first part of its message). */
class GitlabApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'GitlabApiError';
    }
}
const MAX_PAGES = 100;
function createGitlabClient(opts) {
    const base = opts.fetch ?? globalThis.fetch;
    const retries = opts.retries ?? 6;
    const clock = {
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        now: () => Date.now(),
        random: () => Math.random(),
    };
    const f = retries > 0 ? (0,_retry_helper__WEBPACK_IMPORTED_MODULE_0__/* .retryingFetch */ .XR)(base, { ...clock, ...opts.retry, maxRetries: retries }) : base;
    const root = `${opts.host.replace(/\/+$/, '')}/api/v4`;
    const pid = (id) => encodeURIComponent(String(id));
    const call = async (method, path, body) => {
        const url = path.startsWith('http') ? path : `${root}${path}`;
        const res = await f(url, {
            method,
            headers: {
                'PRIVATE-TOKEN': opts.token,
                accept: 'application/json',
                ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            },
            body: body !== undefined ? JSON.stringify(body) : undefined,
        });
        const text = await res.text();
        if (!res.ok) {
            let msg = text.slice(0, 200);
            try {
                const j = JSON.parse(text);
                msg =
                    typeof j.message === 'string'
                        ? j.message
                        : typeof j.error === 'string'
                            ? j.error
                            : JSON.stringify(j.message ?? j);
            }
            catch {
                // not JSON: keep the text
            }
            throw new GitlabApiError(`GitLab API ${method} ${path.split('?')[0]}: HTTP ${res.status}${msg !== '' ? ` (${msg})` : ''}`, res.status);
        }
        return { data: text === '' ? undefined : JSON.parse(text), res };
    };
    const all = async (path) => {
        const out = [];
        let page = '1';
        for (let i = 0; i < MAX_PAGES; i++) {
            const sep = path.includes('?') ? '&' : '?';
            const { data, res } = await call('GET', `${path}${sep}per_page=100&page=${page}`);
            if (Array.isArray(data))
                out.push(...data);
            const next = (res.headers.get('x-next-page') ?? '').trim();
            if (next === '' || !Array.isArray(data) || data.length === 0)
                break;
            page = next;
        }
        return out;
    };
    return {
        Users: {
            showCurrentUser: async () => (await call('GET', '/user')).data,
            show: async (userId) => (await call('GET', `/users/${encodeURIComponent(String(userId))}`)).data,
        },
        MergeRequestNotes: {
            all: (projectId, iid) => all(`/projects/${pid(projectId)}/merge_requests/${iid}/notes`),
            create: async (projectId, iid, body) => (await call('POST', `/projects/${pid(projectId)}/merge_requests/${iid}/notes`, { body })).data,
            edit: async (projectId, iid, noteId, o) => (await call('PUT', `/projects/${pid(projectId)}/merge_requests/${iid}/notes/${noteId}`, { body: o.body })).data,
            remove: async (projectId, iid, noteId) => {
                await call('DELETE', `/projects/${pid(projectId)}/merge_requests/${iid}/notes/${noteId}`);
            },
        },
        Commits: {
            allMergeRequests: async (projectId, sha) => (await call('GET', `/projects/${pid(projectId)}/repository/commits/${encodeURIComponent(sha)}/merge_requests`))
                .data,
        },
        MergeRequests: {
            show: async (projectId, iid) => (await call('GET', `/projects/${pid(projectId)}/merge_requests/${iid}`)).data,
            all: (o) => all(`/projects/${pid(o.projectId)}/merge_requests?state=${encodeURIComponent(o.state)}`),
        },
    };
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function toNote(n, webUrl) {
    const author = isObj(n.author) && (typeof n.author.id === 'number' || typeof n.author.id === 'string')
        ? String(n.author.id)
        : undefined;
    const id = String(n.id);
    return {
        id,
        body: typeof n.body === 'string' ? n.body : '',
        author,
        createdAt: typeof n.created_at === 'string' ? n.created_at : undefined,
        updatedAt: typeof n.updated_at === 'string' ? n.updated_at : undefined,
        url: webUrl !== undefined ? `${webUrl}#note_${id}` : undefined,
    };
}
function gitlabCommentProvider(api, mr) {
    return {
        platform: 'gitlab',
        async identity() {
            const u = await api.Users.showCurrentUser();
            return isObj(u) && (typeof u.id === 'number' || typeof u.id === 'string') ? String(u.id) : undefined;
        },
        async listComments() {
            const notes = await api.MergeRequestNotes.all(mr.projectId, mr.iid, { perPage: 100 });
            return (Array.isArray(notes) ? notes : [])
                .filter(isObj)
                .filter((n) => n.system !== true)
                .map((n) => toNote(n, mr.webUrl));
        },
        async createComment(body) {
            const n = await api.MergeRequestNotes.create(mr.projectId, mr.iid, body);
            return toNote(isObj(n) ? n : {}, mr.webUrl);
        },
        async updateComment(id, body) {
            const n = await api.MergeRequestNotes.edit(mr.projectId, mr.iid, Number(id), { body });
            return toNote(isObj(n) ? n : {}, mr.webUrl);
        },
        async deleteComment(id) {
            await api.MergeRequestNotes.remove(mr.projectId, mr.iid, Number(id));
        },
    };
}
/** §6.2: true only when the lookup succeeds and says `bot: true`. */
async function isGitlabBot(api, userId) {
    try {
        const u = await api.Users.show(userId);
        return isObj(u) && u.bot === true;
    }
    catch {
        return false;
    }
}
function toMr(v) {
    if (!isObj(v) || typeof v.iid !== 'number')
        return undefined;
    const str = (x) => (typeof x === 'string' ? x : null);
    const diff = isObj(v.diff_refs) ? v.diff_refs : {};
    return {
        iid: v.iid,
        state: typeof v.state === 'string' ? v.state : '',
        target_branch: typeof v.target_branch === 'string' ? v.target_branch : '',
        source_branch: typeof v.source_branch === 'string' ? v.source_branch : '',
        source_project_id: typeof v.source_project_id === 'number' ? v.source_project_id : undefined,
        project_id: typeof v.project_id === 'number' ? v.project_id : undefined,
        sha: str(v.sha),
        merge_commit_sha: str(v.merge_commit_sha),
        squash_commit_sha: str(v.squash_commit_sha),
        author_id: isObj(v.author) && typeof v.author.id === 'number' ? v.author.id : undefined,
        author_username: isObj(v.author) && typeof v.author.username === 'string' ? v.author.username : undefined,
        diff_base_sha: str(diff.base_sha),
    };
}
/** §10.4 steps 2–3: merged MRs of `sha` targeting `branch`. */
async function mergedRequestsForCommit(api, projectId, sha, branch) {
    const list = await api.Commits.allMergeRequests(projectId, sha);
    return (Array.isArray(list) ? list : [])
        .map(toMr)
        .filter((m) => m !== undefined)
        .filter((m) => m.state === 'merged' &&
        m.target_branch === branch &&
        [m.merge_commit_sha, m.squash_commit_sha, m.sha].includes(sha));
}
async function getMergeRequest(api, projectId, iid) {
    return toMr(await api.MergeRequests.show(projectId, iid));
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