"use strict";
exports.id = 9202;
exports.ids = [9202,4849];
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

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ reflogLinksIn),
/* harmony export */   Pb: () => (/* binding */ HINT_SLACK_SECONDS),
/* harmony export */   T8: () => (/* binding */ checkedOutBranchAt),
/* harmony export */   Vj: () => (/* binding */ sessionWindow),
/* harmony export */   j$: () => (/* binding */ reflogLinks),
/* harmony export */   kq: () => (/* binding */ readHeadReflog),
/* harmony export */   lY: () => (/* binding */ checkedOutBranchIn),
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
/** Reads and splits a worktree's `logs/HEAD` once; undefined when it cannot be read. */
function readHeadReflog(gitDir) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'logs', 'HEAD'), 'utf8');
    }
    catch {
        return undefined;
    }
    const out = [];
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        const tab = line.indexOf('\t');
        const left = tab === -1 ? line : line.slice(0, tab);
        const tokens = left.split(/\s+/).filter((t) => t !== '');
        const entry = {
            sha: tokens.length >= 4 && /^[0-9a-fA-F]{7,}$/.test(tokens[1]) ? tokens[1] : undefined,
            ts: tokens.length >= 2 ? Number(tokens[tokens.length - 2]) : NaN,
        };
        if (tab !== -1) {
            const m = /^checkout: moving from (.+) to (.+)$/.exec(line.slice(tab + 1));
            if (m !== null)
                entry.checkout = [m[1], m[2]];
        }
        out.push(entry);
    }
    return out;
}
/** §5.2: new-shas of `logs/HEAD` entries inside the window, file order, de-duplicated. */
function reflogLinks(gitDir, window) {
    return reflogLinksIn(readHeadReflog(gitDir), window);
}
/** {@link reflogLinks} over a reflog read once with {@link readHeadReflog}. */
function reflogLinksIn(entries, window) {
    const out = [];
    if (entries === undefined)
        return out;
    const seen = new Set();
    for (const e of entries) {
        if (e.sha === undefined || !Number.isInteger(e.ts) || e.ts < window[0] || e.ts > window[1])
            continue;
        if (seen.has(e.sha))
            continue;
        seen.add(e.sha);
        out.push(e.sha);
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
    return checkedOutBranchIn(readHeadReflog(gitDir), at);
}
/** {@link checkedOutBranchAt} over a reflog read once with {@link readHeadReflog}. */
function checkedOutBranchIn(entries, at) {
    if (entries === undefined)
        return undefined;
    let before;
    for (const e of entries) {
        if (e.checkout === undefined || !Number.isInteger(e.ts))
            continue;
        if (e.ts <= at)
            before = e.checkout[1];
        else
            return before ?? e.checkout[0];
    }
    return before;
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

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addToRepoRegistry: () => (/* binding */ addToRepoRegistry)
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
    // Already listed (every write after the first): nothing to change, so no lock and no write.
    try {
        const doc = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
        if (Array.isArray(doc.repos) && doc.repos.includes(real))
            return;
    }
    catch {
        // missing or unreadable: the locked path below creates or repairs it
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