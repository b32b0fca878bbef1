"use strict";
exports.id = 4216;
exports.ids = [4216,4409];
exports.modules = {

/***/ 251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.CY),
/* harmony export */   KH: () => (/* reexport safe */ _stats__WEBPACK_IMPORTED_MODULE_3__.KH),
/* harmony export */   KK: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.KK),
/* harmony export */   M2: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.M2),
/* harmony export */   MW: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.MW),
/* harmony export */   P9: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.P9),
/* harmony export */   Po: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.Po),
/* harmony export */   UZ: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.UZ),
/* harmony export */   Vd: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.Vd),
/* harmony export */   Xg: () => (/* reexport safe */ _types__WEBPACK_IMPORTED_MODULE_0__.Xg),
/* harmony export */   _: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__._),
/* harmony export */   fg: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.fg),
/* harmony export */   gQ: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.gQ),
/* harmony export */   ge: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_6__.ge),
/* harmony export */   iL: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.iL),
/* harmony export */   ju: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.ju),
/* harmony export */   m1: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.m1),
/* harmony export */   qY: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.qY),
/* harmony export */   wH: () => (/* reexport safe */ _validate__WEBPACK_IMPORTED_MODULE_7__.dk),
/* harmony export */   z_: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.z_)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1022);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2524);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4632);
/* harmony import */ var _writer__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4344);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9437);
/* harmony import */ var _validate__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4849);
// Public API of the HAIL core (hail-and-store.md sections 2-5).










/***/ }),

/***/ 4849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ validateSession),
/* harmony export */   n5: () => (/* binding */ orderWarning)
/* harmony export */ });
/* unused harmony export validationWarnings */
// Session validation (hail-and-store.md section 5): every error, in the specified order; time order
// is only a warning (amendments A7).
function eventError(e) {
    if (e.event_id.length === 0)
        return 'missing required field: event_id';
    const et = e.event_type;
    switch (et.type) {
        case 'ToolCall':
        case 'ToolResult':
            if (et.data.name.length === 0)
                return 'missing required field: event_type.name';
            break;
        case 'FileEdit':
        case 'FileCreate':
        case 'FileDelete':
        case 'FileRead':
            if (et.data.path.length === 0)
                return 'missing required field: event_type.path';
            break;
        case 'ShellCommand':
            if (et.data.command.length === 0)
                return 'missing required field: event_type.command';
            break;
        default:
            break;
    }
    return undefined;
}
/** All validation errors of a session (empty = valid). */
function validateSession(session) {
    const errors = [];
    if (!session.version.startsWith('hail-')) {
        errors.push(`invalid version: ${session.version}, expected prefix 'hail-'`);
    }
    if (session.session_id.length === 0)
        errors.push('missing required field: session_id');
    if (session.agent.provider.length === 0)
        errors.push('missing required field: agent.provider');
    if (session.agent.tool.length === 0)
        errors.push('missing required field: agent.tool');
    const events = session.events;
    if (events.length === 0)
        errors.push('empty session: no events');
    for (let i = 0; i < events.length; i++) {
        const inner = eventError(events[i]);
        if (inner !== undefined)
            errors.push(`invalid event at index ${i}: ${inner}`);
    }
    const seen = new Set();
    for (const e of events) {
        if (seen.has(e.event_id))
            errors.push(`duplicate event_id: ${e.event_id}`);
        else
            seen.add(e.event_id);
    }
    return errors;
}
/** The warning for an event earlier than the one before it. */
function orderWarning(index) {
    return `event at index ${index} is earlier than the event before it`;
}
/**
 * Validation warnings (A7, amending section 5 rule 6): real logs are in causal (file) order, not time
 * order, so an event earlier than its predecessor is reported here and never as an error.
 */
function validationWarnings(session) {
    const warnings = [];
    const events = session.events;
    for (let i = 1; i < events.length; i++) {
        if (events[i].timestamp < events[i - 1].timestamp)
            warnings.push(orderWarning(i));
    }
    return warnings;
}


/***/ }),

/***/ 490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ storeSessionForCheckout)
/* harmony export */ });
/* harmony import */ var _links__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7577);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9608);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7230);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
/* harmony import */ var _store__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(705);





/**
 * Stores `session` for the checkout containing `cwd`; undefined when `cwd` is not inside a repository.
 * Redaction (and home-path stripping per `options.stripHomePaths`) happens inside `storeSession`.
 */
async function storeSessionForCheckout(session, cwd, options = {}) {
    const root = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.findRepoRoot)(cwd);
    if (root === undefined)
        return undefined;
    const repo = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.openRepo)(root);
    const head = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readHead)(repo);
    const branch = (0,_refs__WEBPACK_IMPORTED_MODULE_1__/* .resolveLedgerBranch */ .Wf)(head.branch, head.head);
    let links = (0,_links__WEBPACK_IMPORTED_MODULE_0__/* .reflogLinks */ .j$)(repo.gitDir, (0,_links__WEBPACK_IMPORTED_MODULE_0__/* .sessionWindow */ .Vj)(session));
    if (links.length === 0 && head.head !== undefined)
        links = [head.head];
    const facts = await (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRepoFacts)(repo);
    const result = await (0,_store__WEBPACK_IMPORTED_MODULE_4__.storeSession)(repo, (0,_refs__WEBPACK_IMPORTED_MODULE_1__/* .ledgerRef */ .DH)(branch), session, links, { branch, head: head.head, ...facts }, options);
    (0,_registry__WEBPACK_IMPORTED_MODULE_2__/* .addToRepoRegistry */ .U)(repo.root, options.env ?? process.env);
    return { ...result, repoRoot: repo.root, branch };
}


/***/ }),

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit),
/* harmony export */   i: () => (/* binding */ runGitRaw)
/* harmony export */ });
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
// The system `git` CLI, for network operations and the few reads the spec routes through it (§1, §17).

/** Runs `git <args>` without a shell and returns stdout as bytes; rejects only when git cannot start. */
function runGitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const env = {};
        for (const [k, v] of Object.entries({ ...(options.baseEnv ?? process.env), ...(options.env ?? {}) })) {
            if (v !== undefined)
                env[k] = v;
        }
        env.LC_ALL = 'C';
        const child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', reject);
        child.on('close', (code) => {
            resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Runs `git <args>` without a shell; never throws for a non-zero exit (only when git cannot start). */
async function runGit(args, options) {
    const r = await runGitRaw(args, options);
    return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
}


/***/ }),

/***/ 3972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ indexPath),
/* harmony export */   DQ: () => (/* binding */ INDEX_DIR),
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   J2: () => (/* binding */ sessionCommitMessage),
/* harmony export */   LX: () => (/* binding */ safeSegment),
/* harmony export */   NE: () => (/* binding */ sessionPaths),
/* harmony export */   PX: () => (/* binding */ parseJsonBlob),
/* harmony export */   Y9: () => (/* binding */ prettySorted),
/* harmony export */   ZH: () => (/* binding */ sessionRole),
/* harmony export */   a9: () => (/* binding */ JsonBlobError),
/* harmony export */   aW: () => (/* binding */ renderMeta),
/* harmony export */   di: () => (/* binding */ sortKeys),
/* harmony export */   pP: () => (/* binding */ compactSorted),
/* harmony export */   vl: () => (/* binding */ renderIndexEntry),
/* harmony export */   yR: () => (/* binding */ buildMeta)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
// The v1 ledger tree: paths, meta blob and index blob shapes (§3).


/** §3.1: every code point outside `[A-Za-z0-9._-]` becomes `_`; all-dot or empty results become underscores. */
function safeSegment(id) {
    let out = '';
    for (const ch of id)
        out += /^[A-Za-z0-9._-]$/.test(ch) ? ch : '_';
    if (out === '')
        return '_';
    if (out === '.' || out === '..')
        return '_'.repeat(out.length);
    return out;
}
/**
 * First two characters of the sid (or all of a one-character sid). A shard of `..` (from ids such as
 * `...x`) is not a valid git tree entry name, so all-dot shards become underscores.
 */
function shardOf(sid) {
    const shard = sid.length <= 1 ? sid : sid.slice(0, 2);
    return /^\.+$/.test(shard) ? '_'.repeat(shard.length) : shard;
}
function sessionPaths(sessionId) {
    const sid = safeSegment(sessionId);
    const shard = shardOf(sid);
    return { sid, shard, hail: `v1/${shard}/${sid}.hail.jsonl`, meta: `v1/${shard}/${sid}.meta.json` };
}
const INDEX_DIR = 'v1/index/commits';
function indexPath(commitSha, sid) {
    return `${INDEX_DIR}/${safeSegment(commitSha)}/${sid}.json`;
}
/** Recursively re-creates objects with keys in byte-wise order (undefined members dropped). */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((v) => sortKeys(v));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort(_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)) {
            const v = sortKeys(value[k]);
            if (v !== undefined)
                out[k] = v;
        }
        return out;
    }
    return value;
}
/** Pretty JSON with sorted keys and no trailing newline (meta blob). */
function prettySorted(value) {
    return JSON.stringify(sortKeys(value), null, 2);
}
/** Compact JSON with sorted keys (index blob). */
function compactSorted(value) {
    return JSON.stringify(sortKeys(value));
}
/** HAIL role rule (hail-and-store.md §2.2). */
function sessionRole(session) {
    const attrs = session.context.attributes ?? {};
    const explicit = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setString */ .gQ)(attrs.session_role);
    if (explicit !== undefined) {
        const v = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .asciiLower */ .F)(explicit);
        if (v === 'primary' || v === 'auxiliary')
            return v;
    }
    if (session.context.related_session_ids.length > 0)
        return 'auxiliary';
    if ((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setString */ .gQ)(attrs.parent_session_id) !== undefined)
        return 'auxiliary';
    return 'primary';
}
function cleanGit(git) {
    if (git === undefined)
        return undefined;
    const out = {};
    const str = (v) => (v !== undefined && v.trim() !== '' ? v : undefined);
    if (str(git.branch) !== undefined)
        out.branch = git.branch;
    if (git.commits !== undefined && git.commits.length > 0)
        out.commits = [...git.commits];
    if (str(git.head) !== undefined)
        out.head = git.head;
    if (str(git.remote) !== undefined)
        out.remote = git.remote;
    if (str(git.repo_name) !== undefined)
        out.repo_name = git.repo_name;
    return Object.keys(out).length > 0 ? out : undefined;
}
const STAT_KEYS = [
    'duration_seconds',
    'event_count',
    'files_changed',
    'lines_added',
    'lines_removed',
    'message_count',
    'task_count',
    'tool_call_count',
    'total_input_tokens',
    'total_output_tokens',
    'user_message_count',
];
function buildMeta(session, git, storedAt) {
    const stats = {};
    for (const k of STAT_KEYS)
        stats[k] = session.stats[k];
    const meta = {
        model: session.agent.model,
        schema_version: 2,
        session_id: session.session_id,
        session_role: sessionRole(session),
        stats,
        stored_at: storedAt,
        title: session.context.title ?? null,
        tool: session.agent.tool,
    };
    const g = cleanGit(git);
    if (g !== undefined)
        meta.git = g;
    return meta;
}
function renderMeta(meta) {
    return prettySorted(meta);
}
function renderIndexEntry(entry) {
    return compactSorted(entry);
}
/** `session: <id>` with control characters replaced by `_`. */
function sessionCommitMessage(sessionId) {
    return `session: ${sessionId.replace(/[\u0000-\u001f\u007f-\u009f]/g, '_')}\n`;
}
/** Parses a meta/index blob; throws `json error: ...` on invalid JSON. */
function parseJsonBlob(bytes, where) {
    try {
        const v = JSON.parse(bytes.toString('utf8'));
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            throw new Error('expected a JSON object');
        return v;
    }
    catch (err) {
        throw new JsonBlobError(`json error: ${where}: ${err.message}`);
    }
}
class JsonBlobError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    constructor(message) {
        super(message);
        this.name = 'JsonBlobError';
    }
}


/***/ }),

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pb: () => (/* binding */ HINT_SLACK_SECONDS),
/* harmony export */   T8: () => (/* binding */ checkedOutBranchAt),
/* harmony export */   Vj: () => (/* binding */ sessionWindow),
/* harmony export */   j$: () => (/* binding */ reflogLinks),
/* harmony export */   sd: () => (/* binding */ withHintLink)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
// Linking sessions to commits: the session window, HEAD reflog links and the hint link (§5.1-5.3).


const NS_PER_S = 1000000000n;
function floorDiv(a, b) {
    const q = a / b;
    return a % b !== 0n && a < 0n ? q - 1n : q;
}
function ceilDiv(a, b) {
    const q = a / b;
    return a % b !== 0n && a > 0n ? q + 1n : q;
}
/** §5.1: `[floor(min(created, updated)), ceil(max(created, updated))]` in unix seconds. */
function sessionWindow(session) {
    const a = session.context.created_at;
    const b = session.context.updated_at;
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    return [Number(floorDiv(lo, NS_PER_S)), Number(ceilDiv(hi, NS_PER_S))];
}
/** §5.2: new-shas of `logs/HEAD` entries inside the window, file order, de-duplicated. */
function reflogLinks(gitDir, window) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'logs', 'HEAD'), 'utf8');
    }
    catch {
        return [];
    }
    const out = [];
    const seen = new Set();
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        const tab = line.indexOf('\t');
        const left = tab === -1 ? line : line.slice(0, tab);
        const tokens = left.split(/\s+/).filter((t) => t !== '');
        if (tokens.length < 4)
            continue;
        const sha = tokens[1];
        if (!/^[0-9a-fA-F]{7,}$/.test(sha))
            continue;
        const ts = Number(tokens[tokens.length - 2]);
        if (!Number.isInteger(ts) || ts < window[0] || ts > window[1])
            continue;
        if (seen.has(sha))
            continue;
        seen.add(sha);
        out.push(sha);
    }
    return out;
}
const HINT_SLACK_SECONDS = 21_600;
/** §5.3: appends the hint when it is set, not listed, and committed within the window ± 6 h. */
async function withHintLink(store, links, hint, window) {
    const out = [...links];
    const h = (hint ?? '').trim();
    if (h === '' || /^0+$/.test(h) || out.includes(h))
        return out;
    try {
        const { committerTime } = await store.readCommit(h);
        if (committerTime >= window[0] - HINT_SLACK_SECONDS && committerTime <= window[1] + HINT_SLACK_SECONDS)
            out.push(h);
    }
    catch {
        // an unreadable hint is not linked
    }
    return out;
}
/**
 * A8: the branch checked out in a worktree at unix time `at`, from its `logs/HEAD` checkout entries
 * (`checkout: moving from <a> to <b>`): the target of the last checkout at or before `at`, else the source of
 * the first one after it; undefined when the reflog names no checkout (the caller then uses the current branch).
 */
function checkedOutBranchAt(gitDir, at) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'logs', 'HEAD'), 'utf8');
    }
    catch {
        return undefined;
    }
    let before;
    for (const line of text.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab === -1)
            continue;
        const m = /^checkout: moving from (.+) to (.+)$/.exec(line.slice(tab + 1));
        if (m === null)
            continue;
        const tokens = line
            .slice(0, tab)
            .split(/\s+/)
            .filter((t) => t !== '');
        const ts = Number(tokens[tokens.length - 2]);
        if (!Number.isInteger(ts))
            continue;
        if (ts <= at)
            before = m[2];
        else
            return before ?? m[1];
    }
    return before;
}


/***/ }),

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ base64UrlEncode),
/* harmony export */   DH: () => (/* binding */ ledgerRef),
/* harmony export */   JL: () => (/* binding */ normalizeRepoName),
/* harmony export */   LO: () => (/* binding */ LEDGER_REF_PREFIX),
/* harmony export */   PH: () => (/* binding */ stripCredentials),
/* harmony export */   Wf: () => (/* binding */ resolveLedgerBranch),
/* harmony export */   ZY: () => (/* binding */ base64UrlDecode),
/* harmony export */   h_: () => (/* binding */ ledgerToken),
/* harmony export */   iR: () => (/* binding */ branchOfLedgerRef),
/* harmony export */   sD: () => (/* binding */ NOTES_REF)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _uri_encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _uri_remote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(819);
// Ledger ref names, branch resolution and repository facts (git-native.md §2).



const LEDGER_REF_PREFIX = 'refs/opensession/branches/';
const NOTES_REF = 'refs/notes/opensession';
/** Unpadded base64url of the UTF-8 bytes (RFC 4648 §5). */
function base64UrlEncode(value) {
    return (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(value);
}
/** Strict decoder: rejects padding, `+`, `/`, non-zero trailing bits and non-UTF-8 results (§2.2). */
function base64UrlDecode(token) {
    const bytes = (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlDecodeBytesStrict */ .tS)(token);
    return bytes === undefined ? undefined : (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8Strict */ .h0)(bytes);
}
function ledgerToken(branch) {
    return base64UrlEncode(branch);
}
function ledgerRef(branch) {
    return LEDGER_REF_PREFIX + ledgerToken(branch);
}
/** The branch a ledger ref belongs to, or undefined when the ref is not a valid ledger ref. */
function branchOfLedgerRef(ref) {
    if (!ref.startsWith(LEDGER_REF_PREFIX))
        return undefined;
    return base64UrlDecode(ref.slice(LEDGER_REF_PREFIX.length));
}
/** §2.3: the branch name, else `detached@<8 hex of head>`, else `detached`. */
function resolveLedgerBranch(branch, head) {
    const b = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(branch ?? '');
    if (b !== '' && b.toUpperCase() !== 'HEAD')
        return b;
    const hex = (head ?? '').replace(/[^0-9a-fA-F]/g, '');
    if (hex.length >= 8)
        return `detached@${hex.slice(0, 8)}`;
    return 'detached';
}
const SCP_LIKE = /^[^\s/@:]+@([^\s/:]+):(.+)$/;
/** §10.5 credential stripping: http(s) loses the whole userinfo, other schemes only the password. */
function stripCredentials(url) {
    return (0,_uri_remote__WEBPACK_IMPORTED_MODULE_2__/* .stripUrlCredentials */ .um)(url);
}
/** §2.4 `normalizeRepoName(url)`: `owner/repo` style path of a remote URL, or undefined. */
function normalizeRepoName(url) {
    const u = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(url);
    let path;
    const scheme = /^(https?|ssh):\/\/(.*)$/is.exec(u);
    if (scheme !== null) {
        const slash = scheme[2].indexOf('/');
        path = slash === -1 ? undefined : scheme[2].slice(slash + 1);
    }
    else if (!u.includes('://')) {
        const scp = SCP_LIKE.exec(u);
        if (scp !== null)
            path = scp[2];
    }
    if (path === undefined)
        return undefined;
    if (path.endsWith('.git'))
        path = path.slice(0, -4);
    return path.includes('/') ? path : undefined;
}


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ addToRepoRegistry)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
// The repo registry (daemon-and-server.md §2.13): every ledger writer lists its repository for retention.


/**
 * §5.5 step 7 / daemon-and-server.md §2.13: `~/.config/opensession/repo-registry.json` lists the repo root
 * (realpaths, sorted byte-wise), updated under `repo-registry.json.lock`. Best effort: never fails the sync.
 */
function addToRepoRegistry(root, env) {
    const home = env.HOME ?? env.USERPROFILE;
    if (home === undefined || home === '')
        return;
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.config', 'opensession', 'repo-registry.json');
    const lock = `${file}.lock`;
    let real = root;
    try {
        real = fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
    }
    catch {
        // keep as given
    }
    try {
        fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
        try {
            if (Date.now() - fs__WEBPACK_IMPORTED_MODULE_0__.statSync(lock).mtimeMs > 30_000)
                fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(lock);
        }
        catch {
            // no lock
        }
        fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fs__WEBPACK_IMPORTED_MODULE_0__.openSync(lock, 'wx'));
    }
    catch {
        return; // another writer holds the lock; the next write adds the repo
    }
    try {
        let repos = [];
        if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file)) {
            try {
                const doc = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
                if (!Array.isArray(doc.repos))
                    throw new Error('no repos array');
                repos = doc.repos.filter((r) => typeof r === 'string');
            }
            catch {
                fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(file, `${file}.corrupt-${Date.now()}`);
            }
        }
        if (repos.includes(real))
            return;
        repos = [...new Set([...repos, real])].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
        fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, JSON.stringify({ repos }, null, 2) + '\n');
        fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, file);
    }
    catch {
        // best effort
    }
    finally {
        try {
            fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(lock);
        }
        catch {
            // already gone
        }
    }
}


/***/ }),

/***/ 6790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZERO_OID: () => (/* binding */ ZERO_OID),
/* harmony export */   discoverRepo: () => (/* binding */ discoverRepo),
/* harmony export */   findRepoRoot: () => (/* binding */ findRepoRoot),
/* harmony export */   openRepo: () => (/* binding */ openRepo),
/* harmony export */   readHead: () => (/* binding */ readHead),
/* harmony export */   readRef: () => (/* binding */ readRef),
/* harmony export */   readRepoFacts: () => (/* binding */ readRepoFacts)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8843);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9608);
// Repository discovery and ref reads without git (§1, §4.2 step 1): repo root, git dir, common dir.





const ZERO_OID = '0000000000000000000000000000000000000000';
/** Walks up from `start` to the first directory with a `.git` entry (file or directory). */
function findRepoRoot(start) {
    let dir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(start);
    for (;;) {
        if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
            return dir;
        const parent = path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Opens the repository whose root is `root` (it must contain `.git`). */
function openRepo(root) {
    const abs = path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const dotGit = path__WEBPACK_IMPORTED_MODULE_1__.join(abs, '.git');
    let st;
    try {
        st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dotGit);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${abs}`);
    }
    let gitDir = dotGit;
    if (st.isFile()) {
        const text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(dotGit, 'utf8');
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
        if (m === null)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${abs}`);
        gitDir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(abs, m[1]);
    }
    let commonDir = gitDir;
    try {
        const common = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'commondir'), 'utf8').trim();
        if (common !== '')
            commonDir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(gitDir, common);
    }
    catch {
        // no commondir file: the git dir is the common dir
    }
    return { root: abs, gitDir, commonDir };
}
/** Opens the repository containing `start` (walk-up), or throws `not a git repository`. */
function discoverRepo(start) {
    const root = findRepoRoot(start);
    if (root === undefined)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${path__WEBPACK_IMPORTED_MODULE_1__.resolve(start)}`);
    return openRepo(root);
}
function readPackedRef(dir, ref) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'packed-refs'), 'utf8');
    }
    catch {
        return undefined;
    }
    for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#') || line.startsWith('^'))
            continue;
        const sp = line.indexOf(' ');
        if (sp > 0 && line.slice(sp + 1).trimEnd() === ref)
            return line.slice(0, sp);
    }
    return undefined;
}
/** The value of `ref`: loose file, else `packed-refs`, else undefined. Follows symbolic refs. */
function readRef(dir, ref, depth = 0) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ref), 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err.message}`);
        }
    }
    if (text !== undefined) {
        const value = text.trim();
        if (value.startsWith('ref:')) {
            if (depth > 5)
                return undefined;
            return readRef(dir, value.slice(4).trim(), depth + 1);
        }
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value))
            return value;
        return undefined;
    }
    return readPackedRef(dir, ref);
}
/** Reads `HEAD` of the worktree git dir (§2.3 inputs). */
function readHead(repo) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.gitDir, 'HEAD'), 'utf8').trim();
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err.message}`);
    }
    if (text.startsWith('ref:')) {
        const target = text.slice(4).trim();
        const branch = target.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : target;
        return { branch, head: readRef(repo.commonDir, target) };
    }
    return { branch: 'HEAD', head: /^[0-9a-f]{40}/.test(text) ? text : undefined };
}
/** §2.4: credential-stripped URL of `origin` (else of `fallbackRemote`) and its repo name. */
async function readRepoFacts(repo, fallbackRemote) {
    const urlOf = async (name) => {
        if (name.includes('://') || /^[^\s/@:]+@[^\s/:]+:/.test(name))
            return name;
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .E)(['config', '--get', `remote.${name}.url`], { cwd: repo.root });
        const url = res.stdout.trim();
        return res.code === 0 && url !== '' ? url : undefined;
    };
    let url = await urlOf('origin');
    if (url === undefined && fallbackRemote !== undefined && fallbackRemote !== '')
        url = await urlOf(fallbackRemote);
    if (url === undefined)
        return {};
    const remote = (0,_refs__WEBPACK_IMPORTED_MODULE_4__/* .stripCredentials */ .PH)(url);
    const facts = { remote };
    const name = (0,_refs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeRepoName */ .JL)(remote);
    if (name !== undefined)
        facts.repo_name = name;
    return facts;
}


/***/ }),

/***/ 6193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ applyExcludePatterns),
/* harmony export */   Qg: () => (/* binding */ effectivePrivacy),
/* harmony export */   f_: () => (/* binding */ DEFAULT_EXCLUDE_PATTERNS)
/* harmony export */ });
/* unused harmony exports DEFAULT_PRIVACY, globMatches */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4653);
// Privacy settings of a repository and the exclude_patterns sanitizer (daemon-and-server.md §2.3, §2.4, §2.7),
// applied by the hook's branch sync before redaction (git-native.md §5.5 step 2 and 6).




const DEFAULT_EXCLUDE_PATTERNS = ['*.env', '*secret*', '*credential*'];
const DEFAULT_PRIVACY = {
    stripPaths: true,
    excludeTools: [],
    excludePatterns: DEFAULT_EXCLUDE_PATTERNS,
};
function privacyTable(file) {
    try {
        const p = (0,_toml__WEBPACK_IMPORTED_MODULE_3__/* .parseToml */ .M)(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8')).privacy;
        return p !== undefined && typeof p === 'object' && !Array.isArray(p) ? p : undefined;
    }
    catch {
        return undefined; // unreadable or invalid files count as absent (§5.5 step 2)
    }
}
const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x !== '') : undefined;
/** Global `~/.config/opensession/opensession.toml`, then `.opensession/config.toml`, then `config.local.toml`. */
function effectivePrivacy(repoRoot, env) {
    const home = env.HOME ?? env.USERPROFILE ?? '';
    const layers = [
        home !== '' ? privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.config', 'opensession', 'opensession.toml')) : undefined,
        privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(repoRoot, '.opensession', 'config.toml')),
        privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(repoRoot, '.opensession', 'config.local.toml')),
    ];
    let stripPaths = true;
    for (const l of layers)
        if (typeof l?.strip_paths === 'boolean')
            stripPaths = l.strip_paths;
    const union = (key, globalDefault) => {
        const out = [];
        layers.forEach((l, i) => {
            const list = strings(l?.[key]) ?? (i === 0 ? globalDefault : []);
            for (const x of list)
                if (!out.includes(x))
                    out.push(x);
        });
        return out;
    };
    return {
        stripPaths,
        excludeTools: union('exclude_tools', []),
        excludePatterns: union('exclude_patterns', DEFAULT_EXCLUDE_PATTERNS),
    };
}
/** `*` any run (including `/`), `?` one character, case-insensitive. */
function globMatches(pattern, value) {
    const re = new RegExp('^' +
        [...pattern]
            .map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
            .join('') +
        '$', 'i');
    return re.test(value) || re.test((0,_text__WEBPACK_IMPORTED_MODULE_2__/* .asciiLower */ .F)(value));
}
function eventPaths(e) {
    const out = [];
    const t = e.event_type;
    if (t.type === 'FileRead' || t.type === 'FileEdit' || t.type === 'FileCreate' || t.type === 'FileDelete')
        out.push(t.data.path);
    for (const b of e.content.blocks)
        if (b.type === 'File')
            out.push(b.path);
    return out;
}
const EXCLUDED = '[REDACTED:excluded_path]';
/** Replaces the file contents of events that name an excluded path (the path itself is kept). */
function applyExcludePatterns(session, patterns) {
    if (patterns.length === 0)
        return session;
    const hit = (p) => patterns.some((g) => globMatches(g, p) || globMatches(g, path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(p.replace(/\\/g, '/'))));
    const events = session.events.map((e) => {
        if (!eventPaths(e).some(hit))
            return e;
        const blocks = e.content.blocks.map((b) => {
            if (b.type === 'File')
                return b.content !== undefined ? { ...b, content: EXCLUDED } : b;
            if (b.type === 'Text')
                return { ...b, text: EXCLUDED };
            if (b.type === 'Code')
                return { ...b, code: EXCLUDED };
            return b;
        });
        const t = e.event_type;
        const event_type = t.type === 'FileEdit' && t.data.diff !== undefined ? { ...t, data: { ...t.data, diff: EXCLUDED } } : t;
        return { ...e, event_type, content: { ...e.content, blocks } };
    });
    return { ...session, events };
}


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ storedAtOf),
/* harmony export */   jX: () => (/* binding */ storeBlob),
/* harmony export */   mT: () => (/* binding */ redactForLedger),
/* harmony export */   storeSession: () => (/* binding */ storeSession)
/* harmony export */ });
/* harmony import */ var _hail__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(251);
/* harmony import */ var _hail_stats__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2524);
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4794);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1509);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3972);
/* harmony import */ var _ref_health__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2464);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(255);
// Store a session (§4.3) and store a blob (§4.4) on a ledger ref. Redaction happens here, before any
// byte is written to the object database.








/** HAIL timestamp text of a wall-clock instant (milliseconds, `Z`). */
function storedAtOf(date) {
    return (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)((0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .timestampFromMillis */ .P9)(date.getTime()));
}
function cleanLinks(links) {
    return (0,_text__WEBPACK_IMPORTED_MODULE_4__/* .dedupe */ .Qq)(links.map((l) => l.trim()).filter((l) => l !== '' && !/^0+$/.test(l)));
}
/** The canonical HAIL bytes of the redacted session, and that session (stats recomputed). */
function redactForLedger(session, stripHomePaths) {
    const { session: redacted, counts } = (0,_redact__WEBPACK_IMPORTED_MODULE_3__/* .redactSession */ .yU)(session, { stripHomePaths });
    const final = { ...redacted, stats: (0,_hail_stats__WEBPACK_IMPORTED_MODULE_1__/* .recomputeStats */ .Qf)(redacted) };
    return { session: final, bytes: Buffer.from((0,_hail__WEBPACK_IMPORTED_MODULE_0__/* .toHailJsonl */ .CY)(final), 'utf8'), counts: { ...counts } };
}
/** `storeSession(repo, ref, session, links, gitFacts)` (§4.3). */
async function storeSession(repo, ref, session, links, gitFacts = {}, options = {}) {
    const clock = options.now ?? (() => new Date());
    const { session: redacted, bytes, counts } = redactForLedger(session, options.stripHomePaths ?? true);
    const paths = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .sessionPaths */ .NE)(session.session_id);
    const newLinks = cleanLinks(links);
    let finalCommits = [];
    // A9: an unreadable ledger ref fails before any object is written, so nothing is left dangling.
    await (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerCommit */ .rx)(repo, (0,_update__WEBPACK_IMPORTED_MODULE_7__.storeFor)(repo), ref);
    const hailOid = await (0,_update__WEBPACK_IMPORTED_MODULE_7__.storeFor)(repo).writeBlob(bytes);
    const result = await (0,_update__WEBPACK_IMPORTED_MODULE_7__/* .updateRef */ .du)(repo, ref, async (tree) => {
        const store = tree.store;
        let existing;
        const metaEntry = await tree.get(paths.meta);
        if (metaEntry !== undefined) {
            try {
                existing = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonBlob */ .PX)(await store.readBlob(metaEntry.oid), paths.meta);
            }
            catch {
                existing = undefined; // an unreadable meta is rewritten
            }
        }
        const oldGit = existing?.git;
        const oldCommits = Array.isArray(oldGit?.commits)
            ? oldGit.commits.filter((c) => typeof c === 'string')
            : [];
        const commits = (0,_text__WEBPACK_IMPORTED_MODULE_4__/* .dedupe */ .Qq)([...oldCommits, ...newLinks]);
        finalCommits = commits;
        const git = { ...gitFacts, commits };
        if (options.headIsLastCommit === true)
            git.head = commits.length > 0 ? commits[commits.length - 1] : undefined;
        const storedAt = storedAtOf(clock());
        const meta = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .buildMeta */ .yR)(redacted, git, storedAt);
        const metaText = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .renderMeta */ .aW)(meta);
        // Unchanged: same HAIL blob, same meta apart from stored_at, and an index entry for every commit.
        const hailEntry = await tree.get(paths.hail);
        if (hailEntry?.oid === hailOid && existing !== undefined && typeof existing.stored_at === 'string') {
            const sameMeta = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .renderMeta */ .aW)({ ...meta, stored_at: existing.stored_at }) ===
                (await store.readBlob(metaEntry.oid)).toString('utf8');
            if (sameMeta) {
                let allIndexed = true;
                for (const c of commits) {
                    if ((await tree.get((0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .indexPath */ .AV)(c, paths.sid))) === undefined) {
                        allIndexed = false;
                        break;
                    }
                }
                if (allIndexed)
                    return false;
            }
        }
        const indexBlob = Buffer.from((0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .renderIndexEntry */ .vl)({
            hail_path: paths.hail,
            meta_path: paths.meta,
            session_id: session.session_id,
            stored_at: storedAt,
        }), 'utf8');
        const [metaOid, indexOid] = await Promise.all([
            store.writeBlob(Buffer.from(metaText, 'utf8')),
            commits.length > 0 ? store.writeBlob(indexBlob) : Promise.resolve(''),
        ]);
        await tree.setBlob(paths.hail, hailOid);
        await tree.setBlob(paths.meta, metaOid);
        for (const c of commits)
            await tree.setBlob((0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .indexPath */ .AV)(c, paths.sid), indexOid);
        return true;
    }, (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .sessionCommitMessage */ .J2)(session.session_id), { now: clock });
    return {
        ref,
        oid: result.oid,
        committed: result.committed,
        hailPath: paths.hail,
        metaPath: paths.meta,
        redactions: counts,
        commits: finalCommits,
    };
}
/** `storeBlob(repo, ref, path, bytes, message)` (§4.4): upsert one blob; unchanged when already there. */
async function storeBlob(repo, ref, path, bytes, message, options = {}) {
    const result = await (0,_update__WEBPACK_IMPORTED_MODULE_7__/* .updateRef */ .du)(repo, ref, async (tree) => tree.setBlob(path, await tree.store.writeBlob(bytes)), message, options);
    return { oid: result.oid, committed: result.committed };
}


/***/ }),

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yU: () => (/* reexport */ redactSession),
  Rd: () => (/* reexport */ engine/* redactText */.Rd),
  wv: () => (/* reexport */ engine/* totalCount */.wv)
});

// UNUSED EXPORTS: CONNECTION_STRING_SCHEMES, REDACTION_RULES, REDACTION_RULE_IDS, SECRET_KEY_SUFFIXES, isExcludedSecretValue, isSecretKeyName, marker, mergeCounts, redactSecrets, stripHomePaths

// EXTERNAL MODULE: ./core/redact/engine.ts + 1 modules
var engine = __webpack_require__(7472);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(2524);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/redact/rules.ts
var rules = __webpack_require__(3171);
;// CONCATENATED MODULE: ./core/redact/session.ts
// Redaction of a whole HAIL session (hail-and-store.md 6.2).




/** `event_type.data` fields that are structural (never redacted), per variant. */
const STRUCTURAL_DATA_FIELDS = {
    ToolCall: new Set(['name']),
    ToolResult: new Set(['name', 'call_id']),
    Custom: new Set(['kind']),
};
const NO_FIELDS = new Set();
/** Content block fields that are structural; `Json` `data` is visited as JSON. */
const STRUCTURAL_BLOCK_FIELDS = new Set(['type', 'mime', 'media_type', 'language']);
const KEY_VALUE_MARKER = (0,engine/* marker */.xL)('key_value_secret');
const WHOLE_MARKER = /^\[REDACTED:[a-z0-9_]+\]$/;
/** Strings up to this length are memoised per session (repeated cwd, tool output, ...). */
const MEMO_MAX_LENGTH = 4096;
class SessionRedactor {
    opts;
    counts = {};
    memo = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    text(s) {
        const memoable = s.length <= MEMO_MAX_LENGTH;
        if (memoable) {
            const hit = this.memo.get(s);
            if (hit !== undefined) {
                if (hit.counts !== null)
                    for (const [id, n] of Object.entries(hit.counts))
                        (0,engine/* addCount */.pl)(this.counts, id, n);
                return hit.text;
            }
        }
        const { text: out, counts: local } = (0,engine/* redactText */.Rd)(s, this.opts);
        const entries = Object.entries(local);
        for (const [id, n] of entries)
            (0,engine/* addCount */.pl)(this.counts, id, n);
        if (memoable)
            this.memo.set(s, { text: out, counts: entries.length > 0 ? local : null });
        return out;
    }
    json(v) {
        if (typeof v === 'string')
            return this.text(v);
        if (v === null || typeof v !== 'object')
            return v;
        if (Array.isArray(v))
            return v.map((x) => this.json(x));
        if (!isPlainJsonObject(v))
            return v; // JsonFloat (immutable)
        return this.object(v);
    }
    /** A JSON object: structured secrets by key, everything else visited recursively. Keys are kept. */
    object(o) {
        const out = {};
        for (const [key, value] of Object.entries(o)) {
            let next;
            if (typeof value === 'string' &&
                (0,rules/* isSecretKeyName */.NN)(key) &&
                !(0,rules/* isExcludedSecretValue */.aY)(value) &&
                !WHOLE_MARKER.test(value)) {
                next = KEY_VALUE_MARKER;
                (0,engine/* addCount */.pl)(this.counts, 'key_value_secret', 1);
            }
            else {
                next = this.json(value);
            }
            (0,core_text/* setOwn */.P5)(out, key, next);
        }
        return out;
    }
    eventType(et) {
        const data = et.data;
        if (data === undefined || data === null)
            return { ...et };
        const structural = STRUCTURAL_DATA_FIELDS[et.type] ?? NO_FIELDS;
        const out = {};
        for (const [k, v] of Object.entries(data)) {
            (0,core_text/* setOwn */.P5)(out, k, typeof v === 'string' && !structural.has(k) ? this.text(v) : v);
        }
        return { type: et.type, data: out };
    }
    block(b) {
        const out = {};
        for (const [k, v] of Object.entries(b)) {
            let next = v;
            if (b.type === 'Json' && k === 'data')
                next = this.json(v);
            else if (typeof v === 'string' && !STRUCTURAL_BLOCK_FIELDS.has(k))
                next = this.text(v);
            (0,core_text/* setOwn */.P5)(out, k, next);
        }
        return out;
    }
    event(e) {
        return {
            ...e,
            event_type: this.eventType(e.event_type),
            content: { ...e.content, blocks: e.content.blocks.map((b) => this.block(b)) },
            attributes: e.attributes === undefined ? e.attributes : this.object(e.attributes),
        };
    }
    session(s) {
        const context = { ...s.context };
        if (context.title !== undefined)
            context.title = this.text(context.title);
        if (context.description !== undefined)
            context.description = this.text(context.description);
        if (s.context.tags !== undefined)
            context.tags = s.context.tags.map((t) => this.text(t));
        if (s.context.related_session_ids !== undefined)
            context.related_session_ids = [...s.context.related_session_ids];
        if (s.context.attributes !== undefined)
            context.attributes = this.object(s.context.attributes);
        const events = s.events.map((e) => this.event(e));
        const out = { ...s, agent: { ...s.agent }, context, events, stats: s.stats };
        out.stats = (0,stats/* recomputeStats */.Qf)(out);
        return out;
    }
}
function isPlainJsonObject(v) {
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
/**
 * Redacts every string of the session except the structural fields of 6.2 (ids, timestamps, agent, tool names,
 * call ids, `Custom.kind`, block `type`/`mime`/`media_type`/`language`); attribute values and `Json` data are
 * visited recursively with structured secrets by key. Keys, numbers, booleans and `null` are never changed. Returns
 * a new session with recomputed stats; the input is not modified.
 */
function redactSession(session, opts) {
    const r = new SessionRedactor(opts);
    const out = r.session(session);
    return { session: out, counts: r.counts };
}

;// CONCATENATED MODULE: ./core/redact/index.ts
// Secret redaction and home-path stripping (hail-and-store.md section 6).





/***/ }),

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* unused harmony export TomlError */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
// TOML 1.0 for the package's config files (`.opensession/config.toml`, cleanup and daemon config):
// read by smol-toml (a maintained, spec-complete reader) and adapted to the shapes callers use.
// Dates and times come back as text; integers beyond 2^53 as bigint; errors as TomlError.

class TomlError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(`${message} at line ${line}, column ${column}`);
        this.line = line;
        this.column = column;
        this.name = 'TomlError';
    }
}
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
/** The 1-based line where an integer literal of value `n` is written (1 when it cannot be found). */
function lineOfInteger(text, n) {
    const at = text.replace(/_/g, '').indexOf(n.toString().replace(/^-/, ''));
    return at < 0 ? 1 : text.replace(/_/g, '').slice(0, at).split('\n').length;
}
/**
 * Dates as their text, and 64-bit range checked for integers (TOML 1.0: an integer that does not fit
 * is an error), walked with an explicit stack.
 */
function adapt(root, text) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        for (const key of Object.keys(node)) {
            const v = node[key];
            if (v instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlDate */ .PJ)
                node[key] = v.toISOString();
            else if (typeof v === 'bigint' && (v < I64_MIN || v > I64_MAX)) {
                throw new TomlError(`integer ${v} does not fit in 64 bits`, lineOfInteger(text, v), 1);
            }
            else if (typeof v === 'object' && v !== null)
                stack.push(v);
        }
    }
    return root;
}
/** Parses a TOML document. Throws TomlError (`<what> at line L, column C`). */
function parseToml(text) {
    try {
        return adapt((0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { integersAsBigInt: 'asNeeded' }), text);
    }
    catch (e) {
        if (e instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const what = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new TomlError(what, e.line, e.column);
        }
        throw e;
    }
}


/***/ })

};
;