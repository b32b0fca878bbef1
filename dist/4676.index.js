"use strict";
exports.id = 4676;
exports.ids = [4676];
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
/* harmony export */   applyFlat: () => (/* binding */ applyFlat),
/* harmony export */   flattenTree: () => (/* binding */ flattenTree),
/* harmony export */   mergeLedgerFlat: () => (/* binding */ mergeLedgerFlat),
/* harmony export */   mergeNotesFlat: () => (/* binding */ mergeNotesFlat)
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


/***/ })

};
;