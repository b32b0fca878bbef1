"use strict";
exports.id = 4602;
exports.ids = [4602,255];
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

/***/ 5879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UI: () => (/* binding */ plainRemoteUrl),
/* harmony export */   eS: () => (/* binding */ gitConfigMayHave)
/* harmony export */ });
/* unused harmony export gitConfigFiles */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
// A fast answer to "could git's config set this key?" without starting `git`: read the config files git
// would read and look for the key's name. Only when one of them mentions it (or includes other files, or the
// environment injects config) does the caller need to ask `git config` itself.



/** The files `git config --get` reads, in git's order: system, global (XDG then ~/.gitconfig), local, worktree. */
function gitConfigFiles(commonDir, gitDir, env) {
    const files = [];
    if (env.GIT_CONFIG_NOSYSTEM === undefined || ['', '0', 'false', 'no'].includes(env.GIT_CONFIG_NOSYSTEM)) {
        files.push(env.GIT_CONFIG_SYSTEM ?? '/etc/gitconfig');
    }
    const home = env.HOME ?? os__WEBPACK_IMPORTED_MODULE_1__.homedir();
    if (env.GIT_CONFIG_GLOBAL !== undefined)
        files.push(env.GIT_CONFIG_GLOBAL);
    else {
        files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(env.XDG_CONFIG_HOME || path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.config'), 'git', 'config'));
        files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.gitconfig'));
    }
    files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config'), path__WEBPACK_IMPORTED_MODULE_2__.join(gitDir, 'config.worktree'));
    return files;
}
/**
 * False when no config file git would read can give `key` (`section.name`; the name is matched
 * case-insensitively on any line) a value that `couldMatch` accepts, so the caller may skip asking git;
 * true when git must be asked (an include, config from the environment, or a line that might match).
 */
function gitConfigMayHave(commonDir, gitDir, key, couldMatch, env) {
    if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
        return true;
    }
    const name = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    for (const file of gitConfigFiles(commonDir, gitDir, env)) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8').toLowerCase();
        }
        catch {
            continue; // a missing file sets nothing
        }
        if (text.includes('[include'))
            return true;
        if (!text.includes(name))
            continue;
        for (const line of text.split('\n')) {
            const m = /^\s*([a-z0-9-]+)\s*(?:=(.*))?$/.exec(line);
            if (m === null) {
                if (line.includes(name))
                    return true; // a form this scan does not read (e.g. `[core] name = x`)
                continue;
            }
            if (m[1] !== name)
                continue;
            const value = (m[2] ?? 'true')
                .replace(/\s[#;].*$/, '')
                .trim()
                .replace(/^"(.*)"$/, '$1');
            if (value.endsWith('\\') || couldMatch(value))
                return true;
        }
    }
    return false;
}
/**
 * `git remote get-url <name>` without starting git, when the answer is plain: the remote's first `url` in the
 * repository's own config, and no config file that could rewrite or add to it (`insteadOf`, includes,
 * config from the environment, a global `remote.<name>` section). Undefined means "ask git".
 */
function plainRemoteUrl(commonDir, gitDir, name, env) {
    if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
        return undefined;
    }
    const local = path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config');
    let url;
    for (const file of gitConfigFiles(commonDir, gitDir, env)) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
        }
        catch {
            continue;
        }
        const lower = text.toLowerCase();
        if (lower.includes('[include') || lower.includes('insteadof'))
            return undefined;
        let inRemote = false;
        for (const line of text.split('\n')) {
            const section = /^\s*\[([^\]]*)\]\s*$/.exec(line);
            if (section === null && /^\s*\[/.test(line))
                return undefined; // `[section] key = v` on one line
            if (section !== null) {
                inRemote = section[1] === `remote "${name}"`;
                if (inRemote && file !== local)
                    return undefined; // defined outside the repository: let git merge it
                continue;
            }
            if (!inRemote)
                continue;
            const kv = /^\s*url\s*=\s*(.*?)\s*$/i.exec(line);
            if (kv === null)
                continue;
            if (/["\\;#]/.test(kv[1]) || kv[1] === '')
                return undefined; // quoting, escapes, comments: git knows best
            url ??= kv[1];
        }
    }
    return url;
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

/***/ 4676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ mergeLedgerFlat),
/* harmony export */   U5: () => (/* binding */ applyFlat),
/* harmony export */   X8: () => (/* binding */ mergeNotesFlat),
/* harmony export */   dG: () => (/* binding */ flattenTree)
/* harmony export */ });
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9823);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9036);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3972);
// Three-way union merge of two ledger trees (§6.3) and of two notes trees (§8.4).




/** Every blob of a tree by full path. */
async function flattenTree(store, oid, prefix = '', out = new Map()) {
    if (oid === _objects__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_TREE */ .pL)
        return out;
    for (const [name, e] of await store.readTree(oid)) {
        const p = prefix === '' ? name : `${prefix}/${name}`;
        if (e.mode === _objects__WEBPACK_IMPORTED_MODULE_2__/* .TREE_MODE */ .tk)
            await flattenTree(store, e.oid, p, out);
        else
            out.set(p, e);
    }
    return out;
}
const SESSION_FILE = /^v1\/([^/]+)\/([^/]+)\.(hail\.jsonl|meta\.json)$/;
const INDEX_FILE = /^v1\/index\/commits\/([^/]+)\/([^/]+)\.json$/;
function sessionVersions(flat) {
    const out = new Map();
    for (const [p, e] of flat) {
        const m = SESSION_FILE.exec(p);
        if (m === null || m[1] === 'index')
            continue;
        const key = `${m[1]}/${m[2]}`;
        const v = out.get(key) ?? {};
        if (m[3] === 'hail.jsonl')
            v.hail = e.oid;
        else
            v.meta = e.oid;
        out.set(key, v);
    }
    return out;
}
const sameVersion = (a, b) => a !== undefined && b !== undefined && a.hail === b.hail && a.meta === b.meta;
async function timestampField(store, oid, field) {
    if (oid === undefined)
        return undefined;
    try {
        const v = JSON.parse((await store.readBlob(oid)).toString('utf8'))[field];
        return typeof v === 'string' ? (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(v) : undefined;
    }
    catch {
        return undefined;
    }
}
/** True when `a` wins over `b`: later timestamp, then the greater blob sha; an unparsable time loses. */
async function newerWins(store, aOid, bOid, field) {
    const ta = await timestampField(store, aOid, field);
    const tb = await timestampField(store, bOid, field);
    if (ta !== undefined && tb === undefined)
        return true;
    if (ta === undefined && tb !== undefined)
        return false;
    if (ta !== undefined && tb !== undefined && ta !== tb)
        return ta > tb;
    return (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)(aOid ?? '', bOid ?? '') > 0;
}
function sessionKeyOfIndex(p) {
    const m = INDEX_FILE.exec(p);
    if (m === null)
        return undefined;
    return `${(0,_layout__WEBPACK_IMPORTED_MODULE_3__/* .shardOf */ .IS)(m[2])}/${m[2]}`;
}
/** Three-way rule for paths without special keys: changed side wins; both changed → remote. */
function mergeOther(base, local, remote) {
    const eq = (a, b) => a?.oid === b?.oid && a?.mode === b?.mode;
    if (eq(local, remote))
        return local;
    if (local === undefined)
        return eq(base, remote) ? undefined : remote;
    if (remote === undefined)
        return eq(base, local) ? undefined : local;
    if (eq(base, local))
        return remote;
    if (eq(base, remote))
        return local;
    return remote;
}
/** The merged flat tree of a ledger (§6.3 rules 1-3). */
async function mergeLedgerFlat(store, base, local, remote) {
    const vb = sessionVersions(base);
    const vl = sessionVersions(local);
    const vr = sessionVersions(remote);
    const winner = new Map();
    const removed = new Set();
    for (const key of new Set([...vl.keys(), ...vr.keys()])) {
        const l = vl.get(key);
        const r = vr.get(key);
        if (sameVersion(l, r))
            winner.set(key, 'same');
        else if (l === undefined) {
            if (sameVersion(vb.get(key), r))
                removed.add(key);
            else
                winner.set(key, 'remote');
        }
        else if (r === undefined) {
            if (sameVersion(vb.get(key), l))
                removed.add(key);
            else
                winner.set(key, 'local');
        }
        else {
            winner.set(key, (await newerWins(store, l.meta, r.meta, 'stored_at')) ? 'local' : 'remote');
        }
    }
    for (const key of vb.keys())
        if (!vl.has(key) && !vr.has(key))
            removed.add(key);
    const out = new Map();
    const paths = new Set([...local.keys(), ...remote.keys()]);
    for (const p of paths) {
        const l = local.get(p);
        const r = remote.get(p);
        const s = SESSION_FILE.exec(p);
        if (s !== null && s[1] !== 'index') {
            const key = `${s[1]}/${s[2]}`;
            const w = winner.get(key);
            if (w === undefined)
                continue; // removed
            const pick = w === 'remote' ? r : w === 'local' ? l : (l ?? r);
            if (pick !== undefined)
                out.set(p, pick);
            continue;
        }
        const key = p.startsWith(`${_layout__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_DIR */ .DQ}/`) ? sessionKeyOfIndex(p) : undefined;
        if (key !== undefined && (winner.has(key) || removed.has(key))) {
            if (removed.has(key))
                continue;
            if (l === undefined || r === undefined || l.oid === r.oid) {
                out.set(p, (l ?? r));
                continue;
            }
            const w = winner.get(key);
            if (w === 'local')
                out.set(p, l);
            else if (w === 'remote')
                out.set(p, r);
            else
                out.set(p, (await newerWins(store, l.oid, r.oid, 'stored_at')) ? l : r);
            continue;
        }
        const merged = mergeOther(base.get(p), l, r);
        if (merged !== undefined)
            out.set(p, merged);
    }
    return out;
}
/** Rewrites `tree` (the local tip tree) into `target`, touching only differing paths. */
async function applyFlat(tree, current, target) {
    let changed = false;
    for (const p of current.keys())
        if (!target.has(p))
            changed = (await tree.remove(p)) || changed;
    for (const [p, e] of target) {
        const c = current.get(p);
        if (c?.oid !== e.oid || c?.mode !== e.mode)
            changed = (await tree.setBlob(p, e.oid, e.mode)) || changed;
    }
    return changed;
}
/** Notes keyed by annotated commit (fan-out paths collapsed); later `generated_at` wins (§8.4). */
async function mergeNotesFlat(store, local, remote) {
    const byKey = (flat) => {
        const m = new Map();
        for (const [p, e] of flat)
            m.set(p.replace(/\//g, ''), [p, e]);
        return m;
    };
    const kl = byKey(local);
    const kr = byKey(remote);
    const out = new Map();
    for (const key of new Set([...kl.keys(), ...kr.keys()])) {
        const l = kl.get(key);
        const r = kr.get(key);
        if (l === undefined)
            out.set(r[0], r[1]);
        else if (r === undefined || l[1].oid === r[1].oid)
            out.set(l[0], l[1]);
        else {
            const lt = await noteTime(store, l[1].oid);
            const rt = await noteTime(store, r[1].oid);
            let localWins;
            if (lt !== undefined && rt === undefined)
                localWins = true;
            else if (lt === undefined && rt !== undefined)
                localWins = false;
            else if (lt !== undefined && rt !== undefined && lt !== rt)
                localWins = lt > rt;
            else
                localWins = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)(l[1].oid, r[1].oid) > 0;
            out.set(l[0], localWins ? l[1] : r[1]);
        }
    }
    return out;
}
async function noteTime(store, oid) {
    try {
        const m = /^generated_at: (.+)$/m.exec((await store.readBlob(oid)).toString('utf8'));
        return m === null ? undefined : (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(m[1].trim());
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MERGE_ROUNDS: () => (/* binding */ MAX_MERGE_ROUNDS),
/* harmony export */   isConfiguredRemote: () => (/* reexport safe */ _remotes__WEBPACK_IMPORTED_MODULE_6__.Hi),
/* harmony export */   mergeRemoteTip: () => (/* binding */ mergeRemoteTip),
/* harmony export */   pushRef: () => (/* binding */ pushRef),
/* harmony export */   pushRefs: () => (/* binding */ pushRefs),
/* harmony export */   trackingRefOf: () => (/* reexport safe */ _remotes__WEBPACK_IMPORTED_MODULE_6__.qc)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4676);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9036);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6790);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(255);
/* harmony import */ var _remotes__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7307);
// Pushing a ledger (or notes) ref; on a rejected push: fetch, union merge, push again (§6).








const MAX_MERGE_ROUNDS = 3;
function pushEnv(options) {
    return { ...(options.env ?? {}), OPENSESSION_INTERNAL_PUSH: '1', LC_ALL: 'C' };
}
async function pushOnce(repo, target, ref, options) {
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['push', '--porcelain', '--no-verify', target, `${ref}:${ref}`], {
        cwd: repo.root,
        env: pushEnv(options),
    });
    for (const line of res.stdout.split('\n')) {
        const cols = line.split('\t');
        if (cols.length < 3 || cols[0] !== '!' || cols[1] !== `${ref}:${ref}`)
            continue;
        const summary = cols[2].trim();
        if (summary.startsWith('[rejected] (non-fast-forward)') || summary.startsWith('[rejected] (fetch first)'))
            return { kind: 'moved' };
    }
    if (res.code === 0)
        return { kind: 'ok' };
    return { kind: 'failed', stderr: res.stderr.trim() || res.stdout.trim() };
}
let scratchCounter = 0;
/** §6.2: fetches the remote tip of `ref` into the tracking ref (named remotes) or a scratch ref. */
async function fetchRemoteTip(repo, target, ref, named, options) {
    const scratch = !(named && (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .tracksRef */ .CB)(ref));
    const dest = scratch
        ? `refs/opensession/scratch/merge-${process.pid}-${++scratchCounter}`
        : (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .trackingRefOf */ .qc)(target, ref);
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['fetch', '--no-tags', target, `+${ref}:${dest}`], {
        cwd: repo.root,
        env: pushEnv(options),
    });
    if (res.code !== 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: could not fetch ${ref} from ${target} to merge: ${res.stderr.trim()}`);
    }
    return { dest, tip: (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, dest), scratch };
}
/**
 * §6.3: merges the remote tip `remote` into the local `ref`. Returns 'fast-forward' when the local ref
 * moved to the remote tip, 'merged' when a merge commit was written, 'none' when the remote is already contained.
 */
async function mergeRemoteTip(repo, ref, remote, kind = 'ledger') {
    const store = (0,_update__WEBPACK_IMPORTED_MODULE_5__.storeFor)(repo);
    for (let round = 0; round < 10; round++) {
        const local = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, ref);
        if (local === remote)
            return 'none';
        if (local !== undefined && (await store.isDescendent(local, remote)))
            return 'none';
        if (local === undefined || (await store.isDescendent(remote, local))) {
            if (await (0,_update__WEBPACK_IMPORTED_MODULE_5__.setRef)(repo, ref, local, remote, `ledger-merge: fast-forward to ${remote}`))
                return 'fast-forward';
            continue;
        }
        let outcome = 'none';
        const result = await (0,_update__WEBPACK_IMPORTED_MODULE_5__.updateRef)(repo, ref, async (tree, tip) => {
            if (tip === undefined)
                return false;
            if (tip === remote || (await store.isDescendent(tip, remote)))
                return false;
            const baseCommit = await store.findMergeBase(tip, remote);
            const baseTree = baseCommit === undefined ? _objects__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_TREE */ .pL : (await store.readCommit(baseCommit)).tree;
            const localFlat = await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .flattenTree */ .dG)(store, tree.baseOid);
            const remoteFlat = await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .flattenTree */ .dG)(store, (await store.readCommit(remote)).tree);
            const merged = kind === 'ledger'
                ? await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .mergeLedgerFlat */ .Bq)(store, await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .flattenTree */ .dG)(store, baseTree), localFlat, remoteFlat)
                : await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .mergeNotesFlat */ .X8)(store, localFlat, remoteFlat);
            await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .applyFlat */ .U5)(tree, localFlat, merged);
            outcome = 'merged';
            return true; // a merge commit is written even when the union equals the local tree
        }, `${kind === 'ledger' ? 'ledger-merge' : 'notes-merge'}: remote=${remote}\n`, { extraParents: () => [remote] });
        if (result.committed)
            return 'merged';
        if (outcome === 'none')
            continue; // the tip changed under us and already contains the remote
    }
    return 'none';
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** `pushRef(repoRoot, target, ref)` (§6.1) for ledger refs; `kind: 'notes'` for `refs/notes/opensession`. */
async function pushRef(repo, target, ref, options = {}) {
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .isConfiguredRemote */ .Hi)(repo, target);
    let merges = 0;
    let retried = false;
    for (;;) {
        const attempt = await pushOnce(repo, target, ref, options);
        if (attempt.kind === 'ok') {
            const tip = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, ref);
            if (named && (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .tracksRef */ .CB)(ref) && tip !== undefined) {
                const tracking = (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .trackingRefOf */ .qc)(target, ref);
                await (0,_update__WEBPACK_IMPORTED_MODULE_5__.setRef)(repo, tracking, (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, tracking), tip, `update by push`).catch(() => false);
            }
            return { pushed: true, merges, oid: tip, fastForwarded: false };
        }
        if (attempt.kind === 'moved') {
            if (merges >= MAX_MERGE_ROUNDS) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: remote ref ${ref} kept changing during ${MAX_MERGE_ROUNDS} merge attempts`);
            }
            const fetched = await fetchRemoteTip(repo, target, ref, named, options);
            try {
                if (fetched.tip === undefined)
                    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: could not fetch ${ref} from ${target} to merge: remote ref is missing`);
                const outcome = await mergeRemoteTip(repo, ref, fetched.tip, options.kind ?? (ref.startsWith('refs/notes/') ? 'notes' : 'ledger'));
                if (outcome === 'fast-forward')
                    return { pushed: true, merges, oid: fetched.tip, fastForwarded: true };
                merges++;
            }
            finally {
                if (fetched.scratch)
                    await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['update-ref', '-d', fetched.dest], { cwd: repo.root });
            }
            continue;
        }
        if (retried)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: ${attempt.stderr}`);
        retried = true;
        await sleep(options.retryDelayMs ?? 1000);
    }
}
/**
 * A8: pushes every ref in ONE `git push` (ledger refs and, in notes mode, the notes ref). Refs rejected because
 * the remote moved are fetched, union-merged (§6.3) and pushed again together; other failures get one retry.
 */
async function pushRefs(repo, target, refs, options = {}) {
    const out = { pushed: [], failed: [], pushes: 0 };
    if (refs.length === 0)
        return out;
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .isConfiguredRemote */ .Hi)(repo, target);
    const merges = new Map();
    let retried = false;
    let pending = [...new Set(refs)];
    while (pending.length > 0) {
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['push', '--porcelain', '--no-verify', target, ...pending.map((r) => `${r}:${r}`)], {
            cwd: repo.root,
            env: pushEnv(options),
        });
        out.pushes++;
        const status = new Map();
        for (const line of res.stdout.split('\n')) {
            const cols = line.split('\t');
            if (cols.length < 3)
                continue;
            const ref = cols[1].slice(0, cols[1].indexOf(':'));
            if (cols[0] !== '!')
                status.set(ref, { kind: 'ok' });
            else if (cols[2].startsWith('[rejected] (non-fast-forward)') || cols[2].startsWith('[rejected] (fetch first)'))
                status.set(ref, { kind: 'moved' });
            else
                status.set(ref, { kind: 'failed', stderr: cols[2].trim() });
        }
        const moved = [];
        const failed = [];
        const tracking = [];
        for (const ref of pending) {
            const st = status.get(ref) ?? (res.code === 0 ? { kind: 'ok' } : { kind: 'failed', stderr: res.stderr.trim() });
            if (st.kind === 'ok') {
                out.pushed.push(ref);
                const tip = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, ref);
                if (named && (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .tracksRef */ .CB)(ref) && tip !== undefined) {
                    const tr = (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .trackingRefOf */ .qc)(target, ref);
                    tracking.push((0,_update__WEBPACK_IMPORTED_MODULE_5__.setRef)(repo, tr, (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, tr), tip, 'update by push').catch(() => false));
                }
            }
            else if (st.kind === 'moved')
                moved.push(ref);
            else
                failed.push({ ref, message: st.stderr || res.stdout.trim() });
        }
        await Promise.all(tracking); // different refs: their updates do not contend
        const next = [];
        for (const ref of moved) {
            const n = merges.get(ref) ?? 0;
            if (n >= MAX_MERGE_ROUNDS) {
                out.failed.push({ ref, message: `remote ref ${ref} kept changing during ${MAX_MERGE_ROUNDS} merge attempts` });
                continue;
            }
            try {
                const fetched = await fetchRemoteTip(repo, target, ref, named, options);
                try {
                    if (fetched.tip === undefined)
                        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`could not fetch ${ref} from ${target} to merge`);
                    const outcome = await mergeRemoteTip(repo, ref, fetched.tip, ref.startsWith('refs/notes/') ? 'notes' : 'ledger');
                    if (outcome === 'fast-forward') {
                        out.pushed.push(ref);
                        continue;
                    }
                    merges.set(ref, n + 1);
                    next.push(ref);
                }
                finally {
                    if (fetched.scratch)
                        await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['update-ref', '-d', fetched.dest], { cwd: repo.root });
                }
            }
            catch (err) {
                out.failed.push({ ref, message: err.message });
            }
        }
        if (failed.length > 0) {
            if (retried)
                out.failed.push(...failed);
            else {
                retried = true;
                await sleep(options.retryDelayMs ?? 1000);
                next.push(...failed.map((f) => f.ref));
            }
        }
        pending = next;
    }
    return out;
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ readLedgerTip),
/* harmony export */   rx: () => (/* binding */ readLedgerCommit)
/* harmony export */ });
/* unused harmony export assertLedgerTipIsCommit */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
// Ledger refs that exist but cannot be read (amendments-2 A9): an empty or unparsable ref file, or a ref that points
// at something other than a commit, is an error naming the ref with the steps to repair it, never "absent" (treating
// it as absent would start a new root commit and orphan every earlier session of that branch).




const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The last new value recorded in the ref's reflog: the tip before it broke, when git kept a log. */
function lastReflogTip(repo, ref) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'logs', ref), 'utf8');
    }
    catch {
        return undefined;
    }
    const lines = text.split('\n').filter((l) => l !== '');
    for (let i = lines.length - 1; i >= 0; i--) {
        const next = lines[i].split(' ')[1];
        if (next !== undefined && OID.test(next) && !/^0+$/.test(next))
            return next;
    }
    return undefined;
}
function brokenRefError(repo, ref, problem, removable) {
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    const last = lastReflogTip(repo, ref);
    const steps = [
        removable
            ? `remove the broken ref: \`git update-ref -d ${ref}\``
            : `remove the broken ref file (git cannot delete a ref it cannot read): \`rm ${file}\``,
        last !== undefined
            ? `put back the last tip its reflog recorded: \`git update-ref ${ref} ${last}\``
            : `find the earlier ledger commits: \`git fsck --lost-found\` (dangling commits by opensession), then \`git update-ref ${ref} <commit>\``,
        'retry the command',
    ];
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`ledger ref ${ref} is unreadable: ${problem}; nothing was written`, steps);
}
/**
 * The tip of a ledger ref, strictly: undefined only when the ref does not exist; a GuidedError when its file is
 * empty or not an object id (A9). Packed refs and symbolic refs read as `readRef` reads them.
 */
function readLedgerTip(repo, ref) {
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        // absent (or a directory): fall through to readRef, which reports I/O errors
    }
    if (text !== undefined) {
        const value = text.trim();
        if (value === '')
            throw brokenRefError(repo, ref, `${file} is empty`, false);
        if (OID.test(value))
            return value; // the common case: a loose ref holding an id
        if (!value.startsWith('ref:'))
            throw brokenRefError(repo, ref, `${file} does not hold an object id`, false);
    }
    return (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
}
/** Fails with the A9 error unless `oid` (the tip of `ref`) is a commit in the object database. */
async function assertLedgerTipIsCommit(repo, store, ref, oid) {
    const type = await store.objectType(oid);
    if (type === 'commit')
        return;
    const problem = type === undefined
        ? `it points at ${oid}, which is not in the object database`
        : `it points at a ${type} (${oid}), not a commit`;
    throw brokenRefError(repo, ref, problem, type !== undefined);
}
/** `readLedgerTip` plus the commit check: the tip to build on, or undefined for a ledger that does not exist yet. */
async function readLedgerCommit(repo, store, ref) {
    const tip = readLedgerTip(repo, ref);
    if (tip !== undefined)
        await assertLedgerTipIsCommit(repo, store, ref, tip);
    return tip;
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEDGER_AUTHOR: () => (/* binding */ LEDGER_AUTHOR),
/* harmony export */   MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   STALE_LOCK_MS: () => (/* binding */ STALE_LOCK_MS),
/* harmony export */   buildRefCommit: () => (/* binding */ buildRefCommit),
/* harmony export */   busyError: () => (/* binding */ busyError),
/* harmony export */   setBackoffScale: () => (/* binding */ setBackoffScale),
/* harmony export */   setLockWarningSink: () => (/* binding */ setLockWarningSink),
/* harmony export */   setRef: () => (/* binding */ setRef),
/* harmony export */   signatureAt: () => (/* binding */ signatureAt),
/* harmony export */   storeFor: () => (/* binding */ storeFor),
/* harmony export */   updateRef: () => (/* binding */ updateRef),
/* harmony export */   withRefMutex: () => (/* binding */ withRefMutex)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5879);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8843);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9036);
/* harmony import */ var _ref_health__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2464);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6790);
// The single local write primitive: build a child commit and swap the ref with git's lock-file
// protocol, retrying on contention (§4.2).








const LEDGER_AUTHOR = { name: 'opensession', email: 'cli@opensession.io' };
const MAX_ATTEMPTS = 10;
const stores = new Map();
/** The object store of a repository, shared within this process so its tree cache is reused. */
function storeFor(repo) {
    let s = stores.get(repo.commonDir);
    if (s === undefined) {
        s = new _objects__WEBPACK_IMPORTED_MODULE_5__/* .ObjectStore */ .LI(repo.commonDir);
        stores.set(repo.commonDir, s);
    }
    return s;
}
const mutexes = new Map();
/** Serializes writes to one (common dir, ref) within this process. */
async function withRefMutex(repo, ref, fn) {
    const key = `${repo.commonDir}\n${ref}`;
    const prev = mutexes.get(key) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    mutexes.set(key, tail);
    try {
        return await run;
    }
    finally {
        if (mutexes.get(key) === tail)
            mutexes.delete(key);
    }
}
function signatureAt(date) {
    return {
        ...LEDGER_AUTHOR,
        timestamp: Math.floor(date.getTime() / 1000),
        timezoneOffset: date.getTimezoneOffset(),
    };
}
function formatOffset(minutesWest) {
    const east = -minutesWest;
    const sign = east < 0 ? '-' : '+';
    const abs = Math.abs(east);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
function firstLine(message) {
    const nl = message.indexOf('\n');
    return nl === -1 ? message : message.slice(0, nl);
}
const logAllCache = new Map();
async function logAllRefUpdatesAlways(repo, env = process.env) {
    let mtime = -1;
    try {
        mtime = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'config')).mtimeMs;
    }
    catch {
        // no config file
    }
    const hit = logAllCache.get(repo.commonDir);
    if (hit !== undefined && hit.mtime === mtime)
        return hit.always;
    // Starting git costs more than the whole write: ask it only when some config file could set the key.
    const mayBeAlways = (v) => v.toLowerCase() === 'always';
    if (!(0,_git_config__WEBPACK_IMPORTED_MODULE_3__/* .gitConfigMayHave */ .eS)(repo.commonDir, repo.gitDir, 'core.logAllRefUpdates', mayBeAlways, env)) {
        logAllCache.set(repo.commonDir, { mtime, always: false });
        return false;
    }
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_4__.runGit)(['config', '--get', 'core.logAllRefUpdates'], { cwd: repo.root });
    const always = res.code === 0 && res.stdout.trim().toLowerCase() === 'always';
    logAllCache.set(repo.commonDir, { mtime, always });
    return always;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
let backoffScale = 1;
/**
 * Test-only: multiplies the §4.2 backoff (0 = retry at once, still 10 attempts), so a test of the busy path
 * need not wait out ~4.6 s. Returns the previous factor. Never set outside tests.
 */
function setBackoffScale(scale) {
    const prev = backoffScale;
    backoffScale = scale;
    return prev;
}
/** §4.2 step 6: min(1000, 25·2^(attempt−1)) ms plus 0–25 ms jitter. */
function backoffMs(attempt) {
    return (Math.min(1000, 25 * 2 ** (attempt - 1)) + Math.random() * 25) * backoffScale;
}
function backoff(attempt) {
    return sleep(backoffMs(attempt));
}
function ioError(err) {
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err instanceof Error ? err.message : String(err)}`);
}
/** A lock older than this whose writer is gone is broken (amendments-2 A9). */
const STALE_LOCK_MS = 60_000;
let lockWarning = (m) => process.stderr.write(`[opensession] Warning: ${m}\n`);
/** Where the "broke a stale lock" warning goes (stderr by default). Returns the previous sink. */
function setLockWarningSink(sink) {
    const prev = lockWarning;
    lockWarning = sink;
    return prev;
}
function processIsAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Removes `lockPath` when it is older than 60 s and the process that wrote it is gone (our locks hold
 * `pid <n>` until the new value is written; a lock without a pid is taken as abandoned once it is that old).
 */
function breakStaleLock(lockPath, ref) {
    let stat;
    let text;
    try {
        stat = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(lockPath);
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(lockPath, 'utf8');
    }
    catch {
        return false;
    }
    const age = Date.now() - stat.mtimeMs;
    if (age <= STALE_LOCK_MS)
        return false;
    const pid = /^pid (\d+)/.exec(text);
    if (pid !== null && processIsAlive(Number(pid[1])))
        return false;
    try {
        fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(lockPath);
    }
    catch {
        return false;
    }
    const who = pid !== null ? `process ${pid[1]}, which is gone` : 'a writer that is gone';
    lockWarning(`removed a stale lock on ${ref} (${lockPath}, ${Math.round(age / 1000)} s old, left by ${who})`);
    return true;
}
/** Creates `<common dir>/<ref>.lock` exclusively; undefined when another writer holds it. */
function acquireLock(repo, ref) {
    const refPath = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    const lockPath = `${refPath}.lock`;
    for (let tries = 0;; tries++) {
        let fd;
        try {
            try {
                fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(lockPath, 'wx');
            }
            catch (err) {
                if (err.code !== 'ENOENT')
                    throw err;
                fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(refPath), { recursive: true }); // first ref in this directory
                fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(lockPath, 'wx');
            }
            fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, `pid ${process.pid}\n`, 0);
            return { refPath, lockPath, fd };
        }
        catch (err) {
            if (fd !== undefined)
                releaseLock({ refPath, lockPath, fd });
            if (err.code !== 'EEXIST')
                throw ioError(err);
            if (tries > 0 || !breakStaleLock(lockPath, ref))
                return undefined;
        }
    }
}
/** Tries to take the lock, polling every few milliseconds for up to `waitMs`. */
async function acquireLockWithin(repo, ref, waitMs) {
    const deadline = Date.now() + waitMs;
    for (;;) {
        const lock = acquireLock(repo, ref);
        if (lock !== undefined || Date.now() >= deadline)
            return lock;
        await sleep(2 + Math.random() * 4);
    }
}
function releaseLock(lock) {
    try {
        if (lock.fd >= 0)
            fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(lock.fd);
    }
    catch {
        // already closed
    }
    try {
        fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(lock.lockPath);
    }
    catch {
        // already gone
    }
}
/** §4.2 step 4-5 with the lock held: re-check, write, fsync, rename, reflog. Always consumes the lock. */
async function commitLocked(repo, ref, lock, old, next, reflogMessage, now) {
    let renamed = false;
    try {
        const current = (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerTip */ .Nw)(repo, ref);
        if (current !== old)
            return 'busy';
        fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync(lock.fd, 0);
        fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(lock.fd, `${next}\n`, 0);
        fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync(lock.fd);
        fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(lock.fd);
        lock.fd = -1;
        fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(lock.lockPath, lock.refPath);
        renamed = true;
    }
    catch (err) {
        throw err instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL ? err : ioError(err);
    }
    finally {
        if (!renamed)
            releaseLock(lock);
    }
    const logPath = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'logs', ref);
    if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(logPath) || (await logAllRefUpdatesAlways(repo))) {
        const who = signatureAt(now);
        const line = `${old ?? _repo__WEBPACK_IMPORTED_MODULE_7__.ZERO_OID} ${next} ${LEDGER_AUTHOR.name} <${LEDGER_AUTHOR.email}> ${who.timestamp} ${formatOffset(who.timezoneOffset)}\t${firstLine(reflogMessage)}\n`;
        try {
            fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(logPath), { recursive: true });
            fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync(logPath, line);
        }
        catch {
            // a reflog line is best effort, like git's own
        }
    }
    return 'swapped';
}
async function swapRef(repo, ref, old, next, reflogMessage, now) {
    const lock = acquireLock(repo, ref);
    if (lock === undefined)
        return 'busy';
    return commitLocked(repo, ref, lock, old, next, reflogMessage, now);
}
/** From this attempt on, the lock is taken before reading the tip, so a writer that keeps losing the race still progresses. */
const LOCK_FIRST_ATTEMPT = 3;
function busyError(repo, ref) {
    const lockPath = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, `${ref}.lock`);
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`ledger ref \`${ref}\` is busy: ${lockPath} exists or the ref keeps changing; if no other opensession or git process is running, remove the lock file and retry`);
}
/**
 * `updateRef(repo, ref, mutate, message)`: applies `mutate` to the tip tree and commits the result as a
 * child of the tip, with compare-and-swap and up to 10 attempts.
 */
async function updateRef(repo, ref, mutate, message, options = {}) {
    return withRefMutex(repo, ref, async () => {
        const store = storeFor(repo);
        const clock = options.now ?? (() => new Date());
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            let lock;
            if (attempt >= LOCK_FIRST_ATTEMPT) {
                // Poll for the lock during this attempt's backoff window instead of sleeping through it.
                lock = await acquireLockWithin(repo, ref, attempt < MAX_ATTEMPTS ? backoffMs(attempt) : 0);
                if (lock === undefined)
                    continue;
            }
            let outcome;
            let commit;
            try {
                const old = await (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerCommit */ .rx)(repo, store, ref);
                const baseTree = old === undefined ? _objects__WEBPACK_IMPORTED_MODULE_5__/* .EMPTY_TREE */ .pL : (await store.readCommit(old)).tree;
                const tree = new _objects__WEBPACK_IMPORTED_MODULE_5__/* .EditableTree */ .Pl(store, baseTree);
                const changed = await mutate(tree, old);
                const treeOid = changed ? await tree.write() : baseTree;
                const extra = changed ? (options.extraParents?.(old) ?? []) : [];
                if (!changed || (treeOid === baseTree && old !== undefined && extra.length === 0)) {
                    return { oid: old, committed: false, attempts: attempt }; // the finally block releases the lock
                }
                const now = clock();
                const text = typeof message === 'function' ? message(old) : message;
                const full = text.endsWith('\n') ? text : `${text}\n`;
                commit = await store.writeCommit(treeOid, old === undefined ? extra : [old, ...extra], full, signatureAt(now));
                if (lock !== undefined) {
                    const held = lock;
                    lock = undefined; // commitLocked always consumes the lock
                    outcome = await commitLocked(repo, ref, held, old, commit, full, now);
                }
                else {
                    outcome = await swapRef(repo, ref, old, commit, full, now);
                }
            }
            finally {
                if (lock !== undefined)
                    releaseLock(lock);
            }
            if (outcome === 'swapped')
                return { oid: commit, committed: true, attempts: attempt };
            if (attempt < MAX_ATTEMPTS)
                await backoff(attempt);
        }
        throw busyError(repo, ref);
    });
}
/** Moves `ref` from `old` to `next` with the lock-file protocol and no retry (fast-forwards, tracking refs). */
async function setRef(repo, ref, old, next, reflogMessage) {
    return withRefMutex(repo, ref, async () => (await swapRef(repo, ref, old, next, reflogMessage, new Date())) === 'swapped');
}
/**
 * The commit `updateRef` would swap in, built on `base` without touching the ref: the batched writer of the
 * pre-push hook (sync.ts) stacks several writes per ref this way and moves every ref in one transaction.
 * Undefined when the mutation changes nothing.
 */
async function buildRefCommit(repo, base, mutate, message, options = {}) {
    const store = storeFor(repo);
    const baseTree = base === undefined ? _objects__WEBPACK_IMPORTED_MODULE_5__/* .EMPTY_TREE */ .pL : (await store.readCommit(base)).tree;
    const tree = new _objects__WEBPACK_IMPORTED_MODULE_5__/* .EditableTree */ .Pl(store, baseTree);
    const changed = await mutate(tree, base);
    const treeOid = changed ? await tree.write() : baseTree;
    const extra = changed ? (options.extraParents?.(base) ?? []) : [];
    if (!changed || (treeOid === baseTree && base !== undefined && extra.length === 0))
        return undefined;
    const text = typeof message === 'function' ? message(base) : message;
    const full = text.endsWith('\n') ? text : `${text}\n`;
    const now = (options.now ?? (() => new Date()))();
    return store.writeCommit(treeOid, base === undefined ? extra : [base, ...extra], full, signatureAt(now));
}


/***/ })

};
;