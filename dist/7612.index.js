"use strict";
exports.id = 7612;
exports.ids = [7612,8843,9608];
exports.modules = {

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   L6: () => (/* binding */ TimestampError),
/* harmony export */   P9: () => (/* binding */ timestampFromMillis),
/* harmony export */   UZ: () => (/* binding */ formatTsOffset),
/* harmony export */   XQ: () => (/* binding */ parseCommonForm),
/* harmony export */   ju: () => (/* binding */ formatTsZ),
/* harmony export */   z_: () => (/* binding */ tryParseTimestamp)
/* harmony export */ });
/* unused harmony exports timestampToMillis, compareTimestamps */
// HAIL timestamps (hail-and-store.md section 2.7): bigint nanoseconds since the Unix epoch, UTC.
// Hand-written because Date keeps only milliseconds and Date.parse accepts non-RFC forms.
const NS_PER_SEC = 1000000000n;
const SECONDS_PER_DAY = 86400;
/** Seconds from 0000-01-01T00:00:00Z to the epoch (negative) and from the epoch to 10000-01-01. */
const MIN_SECONDS = -62167219200; // 0000-01-01T00:00:00Z
const MAX_SECONDS_EXCL = 253402300800; // 10000-01-01T00:00:00Z
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;
/** Days since 1970-01-01 of a proleptic Gregorian civil date (H. Hinnant's algorithm). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (m + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function civilFromDays(z) {
    z += 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
function daysInMonth(y, m) {
    if (m === 2)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
class TimestampError extends Error {
    value;
    constructor(value) {
        super(`invalid timestamp \`${value}\``);
        this.value = value;
        this.name = 'TimestampError';
    }
}
/** Parses the RFC 3339 read grammar of section 2.7. Throws TimestampError (``invalid timestamp `{value}` ``). */
function parseTimestamp(s) {
    const fast = parseCommonForm(s);
    if (fast !== undefined)
        return fast;
    const m = TIMESTAMP_RE.exec(s);
    if (m === null)
        throw new TimestampError(s);
    const year = +m[1];
    const month = +m[2];
    const day = +m[3];
    const hh = +m[4];
    const mm = +m[5];
    const ss = +m[6];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hh > 23 || mm > 59 || ss > 59) {
        throw new TimestampError(s);
    }
    let offset = 0;
    if (m[8] !== undefined) {
        const oh = +m[9];
        const om = +m[10];
        if (oh > 23 || om > 59)
            throw new TimestampError(s);
        offset = (oh * 60 + om) * 60;
        if (m[8] === '-')
            offset = -offset;
    }
    const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss - offset;
    if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS_EXCL)
        throw new TimestampError(s);
    let nanos = 0;
    const frac = m[7];
    if (frac !== undefined) {
        // digits beyond the 9th are dropped, not rounded
        nanos = frac.length >= 9 ? +frac.slice(0, 9) : +frac * 10 ** (9 - frac.length);
    }
    return BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
}
function digit(s, i) {
    const d = s.charCodeAt(i) - 0x30;
    return d >= 0 && d <= 9 ? d : -1000000;
}
/**
 * Hand-rolled parse of the common `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z` form (no regex, no captures);
 * undefined for anything else, which then takes the general path.
 */
function parseCommonForm(s) {
    const len = s.length;
    if (len < 20 || s.charCodeAt(len - 1) !== 0x5a /* Z */)
        return undefined;
    if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || s.charCodeAt(10) !== 0x54)
        return undefined;
    if (s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a)
        return undefined;
    const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    const month = digit(s, 5) * 10 + digit(s, 6);
    const day = digit(s, 8) * 10 + digit(s, 9);
    const hh = digit(s, 11) * 10 + digit(s, 12);
    const mm = digit(s, 14) * 10 + digit(s, 15);
    const ss = digit(s, 17) * 10 + digit(s, 18);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59)
        return undefined;
    let nanos = 0;
    let fracLen = 0;
    if (len > 20) {
        if (s.charCodeAt(19) !== 0x2e || len > 30)
            return undefined;
        fracLen = len - 21;
        if (fracLen < 1)
            return undefined;
        for (let i = 20; i < len - 1; i++) {
            const d = digit(s, i);
            if (d < 0)
                return undefined;
            nanos = nanos * 10 + d;
        }
        nanos *= 10 ** (9 - fracLen);
    }
    const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss;
    const t = BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
    // remember an input already in tsZ form: writers usually format the value they have just read
    if (fracLen === 0 || ((fracLen === 3 || fracLen === 6 || fracLen === 9) && !s.endsWith('000Z'))) {
        lastValue = t;
        lastText = s;
    }
    return t;
}
let lastValue;
let lastText = '';
/** Same as parseTimestamp but returns undefined instead of throwing. */
function tryParseTimestamp(s) {
    try {
        return parseTimestamp(s);
    }
    catch {
        return undefined;
    }
}
function pad2(n) {
    return n < 10 ? '0' + n : String(n);
}
function formatDigits(t) {
    let secs = t / NS_PER_SEC;
    let nanos = Number(t - secs * NS_PER_SEC);
    if (nanos < 0) {
        nanos += 1_000_000_000;
        secs -= 1n;
    }
    const s = Number(secs);
    const days = Math.floor(s / SECONDS_PER_DAY);
    const sod = s - days * SECONDS_PER_DAY;
    const [y, mo, d] = civilFromDays(days);
    const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
    let out = ys +
        '-' +
        pad2(mo) +
        '-' +
        pad2(d) +
        'T' +
        pad2(Math.floor(sod / 3600)) +
        ':' +
        pad2(Math.floor(sod / 60) % 60) +
        ':' +
        pad2(sod % 60);
    if (nanos !== 0) {
        if (nanos % 1_000_000 === 0)
            out += '.' + String(nanos / 1_000_000).padStart(3, '0');
        else if (nanos % 1000 === 0)
            out += '.' + String(nanos / 1000).padStart(6, '0');
        else
            out += '.' + String(nanos).padStart(9, '0');
    }
    return out;
}
/** `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`. */
function formatTsZ(t) {
    if (t === lastValue)
        return lastText;
    // events of one record share its timestamp: format each value once
    if (t !== lastFormatted) {
        lastFormattedText = formatDigits(t) + 'Z';
        lastFormatted = t;
    }
    return lastFormattedText;
}
let lastFormatted;
let lastFormattedText = '';
/** Same digits as formatTsZ with `+00:00` instead of `Z`. */
function formatTsOffset(t) {
    return formatDigits(t) + '+00:00';
}
/** Timestamp from epoch milliseconds (fractional milliseconds are truncated toward negative infinity). */
function timestampFromMillis(ms) {
    const whole = Math.floor(ms);
    return BigInt(whole) * 1000000n;
}
/** Epoch milliseconds of a timestamp (floored). */
function timestampToMillis(t) {
    const ms = t / 1000000n;
    return Number(t < 0n && ms * 1000000n !== t ? ms - 1n : ms);
}
function compareTimestamps(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGit: () => (/* binding */ runGit),
/* harmony export */   runGitRaw: () => (/* binding */ runGitRaw)
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

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEDGER_REF_PREFIX: () => (/* binding */ LEDGER_REF_PREFIX),
/* harmony export */   NOTES_REF: () => (/* binding */ NOTES_REF),
/* harmony export */   base64UrlDecode: () => (/* binding */ base64UrlDecode),
/* harmony export */   base64UrlEncode: () => (/* binding */ base64UrlEncode),
/* harmony export */   branchOfLedgerRef: () => (/* binding */ branchOfLedgerRef),
/* harmony export */   ledgerRef: () => (/* binding */ ledgerRef),
/* harmony export */   ledgerToken: () => (/* binding */ ledgerToken),
/* harmony export */   normalizeRepoName: () => (/* binding */ normalizeRepoName),
/* harmony export */   resolveLedgerBranch: () => (/* binding */ resolveLedgerBranch),
/* harmony export */   stripCredentials: () => (/* binding */ stripCredentials)
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
var stats = __webpack_require__(143);
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

/***/ 4804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ withObjectReader),
/* harmony export */   BS: () => (/* binding */ isBlobMode),
/* harmony export */   TL: () => (/* binding */ openObjectReader),
/* harmony export */   YV: () => (/* binding */ readLedgerBlobs),
/* harmony export */   re: () => (/* binding */ treeEntries),
/* harmony export */   tM: () => (/* binding */ commitCommitterTime)
/* harmony export */ });
/* unused harmony export parseTree */
/** A spec `cat-file --batch` can take on one line. */
function sendable(spec) {
    return spec !== '' && !spec.includes('\n');
}
/**
 * Parses `cat-file --batch` answers to `specs[next..]` (request order) from `buf` at `pos` into `out`. Returns the
 * position after the last complete answer and the index of the first spec still unanswered.
 */
function parseAnswers(buf, pos, specs, next, out) {
    while (next < specs.length) {
        const nl = buf.indexOf(0x0a, pos);
        if (nl < 0)
            break;
        const header = buf.toString('latin1', pos, nl);
        const parts = header.split(' ');
        if (parts.length !== 3 || !/^[0-9]+$/.test(parts[2])) {
            // `<spec> missing` / `<spec> ambiguous`: no body follows
            pos = nl + 1;
            next++;
            continue;
        }
        const size = Number(parts[2]);
        if (buf.length < nl + 1 + size + 1)
            break;
        out.set(specs[next], { oid: parts[0], type: parts[1], data: buf.subarray(nl + 1, nl + 1 + size) });
        pos = nl + 1 + size + 1;
        next++;
    }
    return { pos, next };
}
/** Bytes of the answer at the start of `buf` (header, body, newline) once its header is complete. */
function answerLength(buf) {
    const nl = buf.indexOf(0x0a);
    if (nl < 0)
        return undefined;
    const parts = buf.toString('latin1', 0, nl).split(' ');
    return parts.length === 3 && /^[0-9]+$/.test(parts[2]) ? nl + 1 + Number(parts[2]) + 1 : nl + 1;
}
/** One `cat-file --batch` process with its own queue of requests, fed request by request. */
function startBatch(spawn) {
    const queue = [];
    let head = 0; // answers of queue[0] already parsed
    let chunks = [];
    let buffered = 0;
    let need = 1; // bytes wanted before parsing again
    const finishAll = (err) => {
        for (const p of queue.splice(0)) {
            if (err === undefined)
                p.resolve(p.out);
            else
                p.reject(err);
        }
        head = 0;
        chunks = [];
        buffered = 0;
        need = 1;
    };
    /** Removes the first `n` buffered bytes as one buffer, copying only when they span several reads. */
    const take = (n) => {
        buffered -= n;
        const first = chunks[0];
        if (first.length >= n) {
            if (first.length === n)
                chunks.shift();
            else
                chunks[0] = first.subarray(n);
            return first.subarray(0, n);
        }
        const parts = [];
        for (let left = n; left > 0;) {
            const c = chunks[0];
            if (c.length <= left) {
                parts.push(c);
                chunks.shift();
                left -= c.length;
            }
            else {
                parts.push(c.subarray(0, left));
                chunks[0] = c.subarray(left);
                left = 0;
            }
        }
        return Buffer.concat(parts, n);
    };
    const drain = () => {
        while (queue.length > 0 && buffered > 0 && buffered >= need) {
            // `need` > 1: the next answer is known to be complete now; join just its bytes, then parse the rest in place.
            const buf = take(need > 1 ? need : buffered);
            let pos = 0;
            while (queue.length > 0) {
                const p = queue[0];
                const r = parseAnswers(buf, pos, p.specs, head, p.out);
                pos = r.pos;
                head = r.next;
                if (head < p.specs.length)
                    break;
                queue.shift();
                head = 0;
                p.resolve(p.out);
            }
            need = 1;
            if (pos < buf.length) {
                // A partial answer: wait until all of it is here instead of re-parsing on every read.
                const rest = buf.subarray(pos);
                chunks.unshift(rest);
                buffered += rest.length;
                need = answerLength(rest) ?? buffered + 1;
            }
        }
    };
    const c = spawn(['cat-file', '--batch']);
    c.stdout.on('data', (b) => {
        chunks.push(b);
        buffered += b.length;
        drain();
    });
    c.stderr.resume();
    c.stdin.on('error', () => undefined);
    // Once git is gone, later requests get what a new `cat-file` call there would: nothing (or the spawn error).
    let ended;
    c.on('error', (e) => {
        ended = { error: e };
        finishAll(e);
    });
    c.on('close', () => {
        ended ??= {};
        drain();
        finishAll(); // git ended early (not a repository, killed): what was not answered is missing
    });
    return {
        request(specs) {
            if (ended !== undefined) {
                return ended.error !== undefined ? Promise.reject(ended.error) : Promise.resolve(new Map());
            }
            return new Promise((resolve, reject) => {
                queue.push({ specs, out: new Map(), resolve, reject });
                c.stdin.write(specs.join('\n') + '\n');
            });
        },
        end() {
            c.stdin.end();
        },
    };
}
/** A reader over a `cat-file --batch` process started on first use. */
function streamingReader(spawn) {
    let proc;
    return {
        read(specs) {
            const unique = [...new Set(specs)].filter(sendable);
            if (unique.length === 0)
                return Promise.resolve(new Map());
            proc ??= startBatch(spawn);
            return proc.request(unique);
        },
        close() {
            proc?.end();
            proc = undefined;
        },
    };
}
/** A reader for runners without a streaming spawn: one `cat-file --batch` call per read. */
function callingReader(git) {
    return {
        async read(specs) {
            const unique = [...new Set(specs)].filter(sendable);
            const out = new Map();
            if (unique.length === 0)
                return out;
            const r = await git.runRaw(['cat-file', '--batch'], { input: unique.join('\n') + '\n' });
            parseAnswers(r.stdout, 0, unique, 0, out);
            return out;
        },
        close() { },
    };
}
/** Opens a reader for `git`'s repository; close it when done. */
function openObjectReader(git) {
    const spawn = git.spawnStream;
    return spawn !== undefined ? streamingReader((args) => spawn.call(git, args)) : callingReader(git);
}
/** Runs `work` with the caller's reader, or with one opened for it and closed afterwards. */
async function withObjectReader(git, reader, work) {
    if (reader !== undefined)
        return work(reader);
    const own = openObjectReader(git);
    try {
        return await work(own);
    }
    finally {
        own.close();
    }
}
/** Entries of a tree object (`<mode> <name>\0<raw oid>`...), in tree order; `oidHex` is the id length in hex. */
function parseTree(data, oidHex) {
    const raw = oidHex / 2;
    const out = [];
    let pos = 0;
    while (pos < data.length) {
        const sp = data.indexOf(0x20, pos);
        const nul = sp < 0 ? -1 : data.indexOf(0, sp + 1);
        if (sp < 0 || nul < 0 || nul + 1 + raw > data.length)
            break;
        out.push({
            mode: data.toString('latin1', pos, sp),
            name: data.toString('utf8', sp + 1, nul),
            oid: data.toString('hex', nul + 1, nul + 1 + raw),
        });
        pos = nul + 1 + raw;
    }
    return out;
}
/** The entries of tree objects read through `reader` (non-trees are absent). */
function treeEntries(obj) {
    return obj === undefined || obj.type !== 'tree' ? undefined : parseTree(obj.data, obj.oid.length);
}
/** Whether a tree entry names a blob (a file or a symlink; not a tree or a submodule commit). */
function isBlobMode(mode) {
    return mode !== '40000' && mode !== '040000' && mode !== '160000';
}
/** `<ref>:v1/<dir>/<file>` as the tree to read (`<ref>:v1/<dir>`) and the entry name; undefined for other shapes. */
function splitLedgerPath(path) {
    const parts = path.split('/');
    if (parts.length !== 3 || parts.some((p) => p === '' || p.includes('\n')))
        return undefined;
    return { dir: `${parts[0]}/${parts[1]}`, name: parts[2] };
}
const dirCache = new WeakMap();
/**
 * Blobs at `<ref>:<path>` (keys as given, `<ref>:<path>`; missing or non-blob ones absent), the same objects
 * `cat-file` would give for those specs. `v1/<dir>/<file>` paths are looked up in their directory tree, read
 * once per ledger and directory, and the blobs fetched by id; other paths go to git as they are.
 */
async function readLedgerBlobs(reader, items) {
    const result = new Map();
    const dirSpecs = new Set();
    const direct = [];
    const split = [];
    for (const { ref, path } of items) {
        const key = `${ref}:${path}`;
        if (!sendable(key))
            continue;
        const s = splitLedgerPath(path);
        if (s === undefined) {
            direct.push(key);
            continue;
        }
        const dirSpec = `${ref}:${s.dir}`;
        dirSpecs.add(dirSpec);
        split.push({ key, dirSpec, name: s.name });
    }
    // Directory trees are kept per reader: the meta and hail files of a ledger share one (`v1/<shard>`).
    let byDir = dirCache.get(reader);
    if (byDir === undefined)
        dirCache.set(reader, (byDir = new Map()));
    const cache = byDir;
    const toRead = [...dirSpecs].filter((d) => !cache.has(d));
    const trees = await reader.read(toRead);
    for (const spec of toRead) {
        const names = new Map();
        for (const e of treeEntries(trees.get(spec)) ?? [])
            if (!names.has(e.name))
                names.set(e.name, e);
        cache.set(spec, names);
    }
    const oidOf = new Map();
    for (const s of split) {
        const e = cache.get(s.dirSpec)?.get(s.name);
        // A submodule entry names a commit git does not have here: as with `<ref>:<path>`, it is missing.
        if (e !== undefined && e.mode !== '40000' && e.mode !== '040000')
            oidOf.set(s.key, e.oid);
    }
    const objects = await reader.read([...oidOf.values(), ...direct]);
    for (const [key, oid] of oidOf) {
        const o = objects.get(oid);
        if (o !== undefined && o.type === 'blob')
            result.set(key, o.data);
    }
    for (const key of direct) {
        const o = objects.get(key);
        if (o !== undefined && o.type === 'blob')
            result.set(key, o.data);
    }
    return result;
}
/** The committer time (seconds) in a commit object, or undefined when the line does not parse. */
function commitCommitterTime(data) {
    const text = data.toString('utf8');
    const end = text.indexOf('\n\n');
    for (const line of (end < 0 ? text : text.slice(0, end)).split('\n')) {
        if (!line.startsWith('committer '))
            continue;
        const m = /> ([0-9]+) [+-][0-9]{4}$/.exec(line);
        if (m === null)
            return undefined;
        const t = Number(m[1]);
        return Number.isSafeInteger(t) ? t : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine),
/* harmony export */   h: () => (/* binding */ createGitRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ledger_git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
// The system `git` for review reads and CI network steps (ci-automation.md §16): no shell, no prompts, stable stderr.


/** Builds a runner for `cwd`. `env` is the complete base environment (the caller's, never read here). */
function createGitRunner(cwd, env) {
    const runRaw = (args, options = {}) => (0,_ledger_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGitRaw)(args, { cwd, baseEnv: env, env: { ...options.env, GIT_TERMINAL_PROMPT: '0' }, input: options.input });
    return {
        cwd,
        runRaw,
        spawnStream(args) {
            // The same environment as runGitRaw gives a call (ledger/git-cli.ts).
            const full = {};
            for (const [k, v] of Object.entries({ ...env, GIT_TERMINAL_PROMPT: '0' }))
                if (v !== undefined)
                    full[k] = v;
            full.LC_ALL = 'C';
            return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { cwd, env: full, stdio: ['pipe', 'pipe', 'pipe'] });
        },
        async run(args, options) {
            const r = await runRaw(args, options);
            return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
        },
    };
}
/** The first non-empty line of git's stderr (or stdout), for warnings. */
function firstLine(text) {
    for (const line of text.split(/\r?\n/)) {
        const t = line.trim();
        if (t !== '')
            return t;
    }
    return '';
}


/***/ }),

/***/ 3549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ committerTime),
/* harmony export */   SJ: () => (/* binding */ refExists),
/* harmony export */   Tk: () => (/* binding */ listIndexEntriesBatch),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   _h: () => (/* binding */ listLedgerRefs),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   n3: () => (/* binding */ listIndexEntries)
/* harmony export */ });
/* harmony import */ var _ledger_layout__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3972);
/* harmony import */ var _ledger_refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9608);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _git_batch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4804);
// Read-only ledger access through the system git (ci-automation.md §7.2): one `ls-tree` per ledger ref for the
// per-commit index and one `cat-file --batch` per group of blobs, so shallow CI clones and packed refs just work.




const INDEX_PREFIX = `${_ledger_layout__WEBPACK_IMPORTED_MODULE_0__/* .INDEX_DIR */ .DQ}/`;
/** Every local ref under the ledger prefixes (default `refs/opensession/branches/`), sorted byte-wise. */
async function listLedgerRefs(git, prefixes = [_ledger_refs__WEBPACK_IMPORTED_MODULE_1__.LEDGER_REF_PREFIX]) {
    const r = await git.run(['for-each-ref', '--format=%(refname)', ...prefixes]);
    if (r.code !== 0)
        return [];
    return r.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => prefixes.some((p) => l.startsWith(p)))
        .sort(_text__WEBPACK_IMPORTED_MODULE_2__/* .compareBytewise */ .GV);
}
async function refExists(git, ref) {
    const r = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.code === 0;
}
/** The commit `rev` names, or undefined. */
async function resolveCommit(git, rev) {
    const r = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
}
/** Every `v1/index/commits/<dir>/<file>.json` blob of a ledger tip tree (one tree read). */
async function listIndexEntries(git, ref) {
    const r = await git.run(['ls-tree', '-r', '-z', '--full-tree', ref, '--', INDEX_PREFIX]);
    if (r.code !== 0)
        return [];
    const out = [];
    for (const rec of r.stdout.split('\0')) {
        if (rec === '')
            continue;
        const tab = rec.indexOf('\t');
        if (tab < 0)
            continue;
        const [, type, oid] = rec.slice(0, tab).split(' ');
        const path = rec.slice(tab + 1);
        if (type !== 'blob' || !path.startsWith(INDEX_PREFIX) || !path.endsWith('.json'))
            continue;
        const rest = path.slice(INDEX_PREFIX.length).split('/');
        if (rest.length !== 2)
            continue;
        out.push({ commitDir: rest[0], path, oid });
    }
    return out;
}
/**
 * `listIndexEntries` for several ledger refs at once, through one object reader: the `v1/index/commits` tree of
 * every ref, then all their commit directories; the same entries, in the same (tree) order, as `ls-tree -r`.
 */
async function listIndexEntriesBatch(reader, refs) {
    const spec = (ref) => `${ref}:${_ledger_layout__WEBPACK_IMPORTED_MODULE_0__/* .INDEX_DIR */ .DQ}`;
    const tops = await reader.read(refs.map(spec));
    const dirsOf = refs.map((ref) => ((0,_git_batch__WEBPACK_IMPORTED_MODULE_3__/* .treeEntries */ .re)(tops.get(spec(ref))) ?? []).filter((e) => !(0,_git_batch__WEBPACK_IMPORTED_MODULE_3__/* .isBlobMode */ .BS)(e.mode) && e.mode !== '160000'));
    const subtrees = await reader.read(dirsOf.flatMap((dirs) => dirs.map((d) => d.oid)));
    return dirsOf.map((dirs) => {
        const out = [];
        for (const d of dirs) {
            for (const e of (0,_git_batch__WEBPACK_IMPORTED_MODULE_3__/* .treeEntries */ .re)(subtrees.get(d.oid)) ?? []) {
                if (!(0,_git_batch__WEBPACK_IMPORTED_MODULE_3__/* .isBlobMode */ .BS)(e.mode) || !e.name.endsWith('.json'))
                    continue;
                out.push({ commitDir: d.name, path: `${INDEX_PREFIX}${d.name}/${e.name}`, oid: e.oid });
            }
        }
        return out;
    });
}
/**
 * Reads many objects with one `git cat-file --batch`. Keys are anything `cat-file` accepts (`<oid>`,
 * `<ref>:<path>`); missing objects are absent from the result.
 */
async function readBlobs(git, specs) {
    const result = new Map();
    const unique = [...new Set(specs)].filter((s) => s !== '' && !s.includes('\n'));
    if (unique.length === 0)
        return result;
    const r = await git.runRaw(['cat-file', '--batch'], { input: unique.join('\n') + '\n' });
    const buf = r.stdout;
    let pos = 0;
    for (const spec of unique) {
        const nl = buf.indexOf(0x0a, pos);
        if (nl < 0)
            break;
        const header = buf.subarray(pos, nl).toString('utf8');
        pos = nl + 1;
        const parts = header.split(' ');
        if (parts.length !== 3 || !/^[0-9]+$/.test(parts[2]))
            continue; // `<spec> missing` / `ambiguous`
        const size = Number(parts[2]);
        if (parts[1] === 'blob')
            result.set(spec, buf.subarray(pos, pos + size));
        pos += size + 1;
    }
    return result;
}
/** The committer time (seconds) of a commit, or undefined. */
async function committerTime(git, rev) {
    const r = await git.run(['show', '-s', '--format=%ct', rev]);
    const t = Number(r.stdout.trim());
    return r.code === 0 && r.stdout.trim() !== '' && Number.isFinite(t) ? t : undefined;
}


/***/ })

};
;