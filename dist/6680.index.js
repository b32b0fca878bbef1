"use strict";
exports.id = 6680;
exports.ids = [6680,2524];
exports.modules = {

/***/ 5338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ writeJson),
/* harmony export */   lj: () => (/* binding */ storeSettings)
/* harmony export */ });
/* unused harmony export prettySortedJson */
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _core_store__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(502);
// Output helpers shared by commands: pretty JSON with byte-wise sorted keys (hail-and-store.md section 9).


/**
 * Pretty JSON (2-space, `"key": value`, empty containers as `[]`/`{}`), keys sorted byte-wise at every
 * level. Written by hand because JS objects always list integer-like keys first.
 */
function prettySortedJson(value, indent = '') {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        const inner = indent + '  ';
        return `[\n${value.map((v) => inner + prettySortedJson(v ?? null, inner)).join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
        const keys = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort(_core_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV);
        if (keys.length === 0)
            return '{}';
        const inner = indent + '  ';
        const rows = keys.map((k) => `${inner}${JSON.stringify(k)}: ${prettySortedJson(value[k], inner)}`);
        return `{\n${rows.join(',\n')}\n${indent}}`;
    }
    if (typeof value === 'bigint')
        return value.toString();
    return JSON.stringify(value) ?? 'null';
}
function writeJson(ctx, value) {
    ctx.stdout(prettySortedJson(value) + '\n');
}
function storeSettings(ctx) {
    return { cwd: ctx.cwd, home: (0,_core_store__WEBPACK_IMPORTED_MODULE_1__/* .homeFromEnv */ .V0)(ctx.env) };
}


/***/ }),

/***/ 251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.Br),
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
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4632);
/* harmony import */ var _writer__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2287);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9437);
/* harmony import */ var _validate__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4849);
// Public API of the HAIL core (hail-and-store.md sections 2-5).










/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ withRecomputedStats),
/* harmony export */   Qf: () => (/* binding */ recomputeStats),
/* harmony export */   qX: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony export emptyStats */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Stats fold (hail-and-store.md section 3). Folded event by event so streaming writers need no event list.

const MAX = Number.MAX_SAFE_INTEGER;
/** A token value counts only when it is a non-negative JSON integer ≤ 2^53−1 (floats like 10.0 count 0). */
function tokenValue(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
}
/** amendments-2 A2: the lines of a created file's body (its first `Code` block) count as added lines. */
function createdLines(event) {
    const code = event.content.blocks.find((b) => b.type === 'Code');
    if (code === undefined || code.type !== 'Code' || code.code === '')
        return 0;
    const n = code.code.split('\n').length;
    return code.code.endsWith('\n') ? n - 1 : n;
}
function countDiff(diff, acc) {
    // split on \n; a trailing \r never changes the first characters, so it needs no stripping here
    let start = 0;
    const n = diff.length;
    while (start <= n) {
        let end = diff.indexOf('\n', start);
        if (end < 0)
            end = n;
        const c = diff.charCodeAt(start);
        if (c === 0x2b /* + */) {
            if (!(diff.charCodeAt(start + 1) === 0x2b && diff.charCodeAt(start + 2) === 0x2b && start + 2 < end)) {
                acc.added++;
            }
        }
        else if (c === 0x2d /* - */) {
            if (!(diff.charCodeAt(start + 1) === 0x2d && diff.charCodeAt(start + 2) === 0x2d && start + 2 < end)) {
                acc.removed++;
            }
        }
        start = end + 1;
    }
}
/** Incremental form of recomputeStats: `add` each event in file order, then `result()`. */
class StatsAccumulator {
    eventCount = 0;
    messageCount = 0;
    userMessageCount = 0;
    toolCallCount = 0;
    tasks = new Set();
    paths = new Set();
    lines = { added: 0, removed: 0 };
    inputSum = 0;
    outputSum = 0;
    inputMax = 0;
    outputMax = 0;
    hasInputTotal = false;
    hasOutputTotal = false;
    first;
    last;
    add(event) {
        this.eventCount++;
        if (this.first === undefined)
            this.first = event.timestamp;
        this.last = event.timestamp;
        const et = event.event_type;
        switch (et.type) {
            case 'UserMessage':
                this.userMessageCount++;
                this.messageCount++;
                break;
            case 'AgentMessage':
                this.messageCount++;
                break;
            case 'TaskEnd':
                if (et.data.summary !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(et.data.summary).length > 0)
                    this.messageCount++;
                break;
            case 'ToolCall':
            case 'FileRead':
            case 'CodeSearch':
            case 'FileSearch':
                this.toolCallCount++;
                break;
            case 'FileEdit':
                this.paths.add(et.data.path);
                if (et.data.diff !== undefined)
                    countDiff(et.data.diff, this.lines);
                break;
            case 'FileCreate':
                this.paths.add(et.data.path);
                this.lines.added += createdLines(event);
                break;
            case 'FileDelete':
                this.paths.add(et.data.path);
                break;
            default:
                break;
        }
        if (event.task_id !== undefined) {
            const t = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(event.task_id);
            if (t.length > 0)
                this.tasks.add(t);
        }
        const a = event.attributes;
        const own = Object.prototype.hasOwnProperty;
        if (own.call(a, 'input_tokens_total')) {
            this.hasInputTotal = true;
            const v = tokenValue(a.input_tokens_total);
            if (v > this.inputMax)
                this.inputMax = v;
        }
        if (own.call(a, 'output_tokens_total')) {
            this.hasOutputTotal = true;
            const v = tokenValue(a.output_tokens_total);
            if (v > this.outputMax)
                this.outputMax = v;
        }
        if (own.call(a, 'input_tokens'))
            this.inputSum = Math.min(this.inputSum + tokenValue(a.input_tokens), MAX);
        if (own.call(a, 'output_tokens'))
            this.outputSum = Math.min(this.outputSum + tokenValue(a.output_tokens), MAX);
    }
    result() {
        let duration = 0;
        if (this.first !== undefined && this.last !== undefined && this.last > this.first) {
            duration = Number((this.last - this.first) / 1000000000n);
        }
        return {
            event_count: this.eventCount,
            message_count: this.messageCount,
            tool_call_count: this.toolCallCount,
            task_count: this.tasks.size,
            duration_seconds: duration,
            total_input_tokens: this.hasInputTotal ? this.inputMax : this.inputSum,
            total_output_tokens: this.hasOutputTotal ? this.outputMax : this.outputSum,
            user_message_count: this.userMessageCount,
            files_changed: this.paths.size,
            lines_added: this.lines.added,
            lines_removed: this.lines.removed,
        };
    }
}
/** Stats of a session computed from its events (section 3). */
function recomputeStats(session) {
    const acc = new StatsAccumulator();
    for (const e of session.events)
        acc.add(e);
    return acc.result();
}
/** A shallow copy of the session with recomputed stats. */
function withRecomputedStats(session) {
    return { ...session, stats: recomputeStats(session) };
}
/** A stats value with every field 0. */
function emptyStats() {
    return {
        event_count: 0,
        message_count: 0,
        tool_call_count: 0,
        task_count: 0,
        duration_seconds: 0,
        total_input_tokens: 0,
        total_output_tokens: 0,
        user_message_count: 0,
        files_changed: 0,
        lines_added: 0,
        lines_removed: 0,
    };
}


/***/ }),

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

/***/ 9527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LR: () => (/* reexport */ buildArtifact),
  ff: () => (/* reexport */ checkAlias),
  wn: () => (/* reexport */ listArtifacts),
  Ck: () => (/* reexport */ loadRecord),
  bG: () => (/* reexport */ removeArtifact),
  yI: () => (/* reexport */ removePin),
  x3: () => (/* reexport */ renderArtifact),
  Ux: () => (/* reexport */ resolveArtifactId),
  oc: () => (/* reexport */ verifyArtifact),
  hV: () => (/* reexport */ writePin)
});

// UNUSED EXPORTS: canonicalJsonl, readPins, summarize, summarizeSession, validateSummary

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./core/errors.ts
var core_errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/hail/index.ts
var hail = __webpack_require__(251);
// EXTERNAL MODULE: ./core/io.ts
var io = __webpack_require__(7850);
// EXTERNAL MODULE: ./core/parsers/index.ts + 2 modules
var parsers = __webpack_require__(4025);
// EXTERNAL MODULE: ./core/store/index.ts
var store = __webpack_require__(502);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/uri/index.ts
var core_uri = __webpack_require__(7849);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./core/hail/json.ts
var json = __webpack_require__(393);
;// CONCATENATED MODULE: ./core/handoff/records.ts
// Artifact records and pins on disk (hail-and-store.md 11.1, 11.3, 11.5, 11.9).
// Records are content-addressed and never overwritten; pins are replaced atomically (temp file + rename).









const HEX64 = /^[0-9a-fA-F]{64}$/;
const ALIAS = /^[A-Za-z0-9._-]+$/;
/** Shortest hash prefix accepted as an identifier (enough to pick the fan-out directories). */
const MIN_PREFIX = 4;
const LIST_HINT = 'list stored artifacts and their pins: `opensession handoff artifacts list`';
/** `trim(alias)`, checked against the alias rule of 11.2. */
function checkAlias(alias) {
    const a = (0,core_text/* trim */.Bq)(alias);
    const steps = [
        'an alias uses letters, digits, `.`, `_` and `-`, e.g. `opensession handoff artifacts pin latest <ID>`',
    ];
    if (a.length === 0)
        throw new core_errors/* GuidedError */.FQ('alias cannot be empty', steps);
    if (!ALIAS.test(a) || a === '.' || a === '..')
        throw new core_errors/* GuidedError */.FQ('alias contains invalid characters', steps);
    return a;
}
function isValidAlias(alias) {
    const a = (0,core_text/* trim */.Bq)(alias);
    return a.length > 0 && ALIAS.test(a) && a !== '.' && a !== '..';
}
function artifactsRoot(settings) {
    return (0,store/* defaultRoot */.cc)('artifacts', settings).root;
}
function pinsDir(settings) {
    return external_node_path_.join(artifactsRoot(settings), 'pins');
}
/** Pretty record text, keys in the order of 11.5 (no trailing newline). */
function encodeRecord(record) {
    const obj = {
        version: record.version,
        sha256: record.sha256,
        created_at: record.created_at,
        source_uris: record.source_uris,
        canonical_jsonl: record.canonical_jsonl,
        raw_sessions: record.raw_sessions,
        validation_reports: record.validation_reports,
    };
    if (printsLikeJsonStringify(obj)) {
        const text = JSON.stringify(obj, null, 2);
        if (!json/* ESCAPED_SURROGATE */.hX.test(text))
            return text;
    }
    return (0,hail/* stringifyOrdered */.Vd)(obj, 2);
}
/** The ordered writer sorts an object with a key starting with a digit (JS lists integer-like keys first). */
const DIGIT_KEY = /^[0-9]/;
/**
 * True when `JSON.stringify` writes `v` exactly as the HAIL writer would: no big integers or integral floats
 * (`1.0`), no non-integral float below 1e-5 (JS switches to exponent form earlier than 4.1 does), and no
 * object key starting with a digit (JS lists integer-like keys first; the ordered writer then sorts).
 * Large records take the fast path.
 */
function printsLikeJsonStringify(v) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean')
        return true;
    if (typeof v === 'number')
        return Number.isSafeInteger(v) || Math.abs(v) >= 1e-5;
    if (Array.isArray(v)) {
        for (const x of v)
            if (!printsLikeJsonStringify(x))
                return false;
        return true;
    }
    if (typeof v !== 'object' || v instanceof hail/* JsonFloat */.Xg)
        return false;
    for (const k in v) {
        if (DIGIT_KEY.test(k) || !printsLikeJsonStringify(v[k]))
            return false;
    }
    return true;
}
function fieldError(name, what) {
    throw new Error(`field \`${name}\`: expected ${what}`);
}
/** Checks the shape of a parsed record (11.5); extra keys are ignored. */
function decodeRecord(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new Error('expected a JSON object');
    const v = value;
    const has = (k) => Object.prototype.hasOwnProperty.call(v, k);
    for (const k of ['version', 'sha256', 'created_at', 'source_uris', 'canonical_jsonl', 'raw_sessions']) {
        if (!has(k))
            throw new Error(`missing field \`${k}\``);
    }
    if (v.version !== 'v1')
        fieldError('version', '"v1"');
    if (typeof v.sha256 !== 'string')
        fieldError('sha256', 'a string');
    if (typeof v.created_at !== 'string')
        fieldError('created_at', 'a string');
    if (!Array.isArray(v.source_uris) || v.source_uris.some((u) => typeof u !== 'string')) {
        fieldError('source_uris', 'an array of strings');
    }
    if (typeof v.canonical_jsonl !== 'string')
        fieldError('canonical_jsonl', 'a string');
    if (!Array.isArray(v.raw_sessions))
        fieldError('raw_sessions', 'an array');
    const reports = has('validation_reports') ? v.validation_reports : null;
    if (reports !== null && !Array.isArray(reports))
        fieldError('validation_reports', 'an array');
    return {
        version: 'v1',
        sha256: v.sha256,
        created_at: v.created_at,
        source_uris: v.source_uris,
        canonical_jsonl: v.canonical_jsonl,
        raw_sessions: v.raw_sessions,
        validation_reports: (reports ?? []),
    };
}
/** Reads and checks one record file; undefined when it does not exist. */
async function readRecordFile(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new core_errors/* OpenSessionError */.RL(`read ${file}`, { cause: err });
    }
    try {
        return decodeRecord((0,hail/* parseJsonLossless */.KK)(text.replace(/\n$/, '')));
    }
    catch (err) {
        throw new core_errors/* GuidedError */.FQ(`parse ${file}: ${err.message}`, [
            `the record is damaged; remove it: \`opensession handoff artifacts rm ${external_node_path_.basename(file, '.json')}\``,
            'rebuild it from its sessions with `opensession handoff build`',
        ]);
    }
}
/** Loads the record of `hash` from the first candidate root holding it (11.3). */
async function loadRecord(hash, settings) {
    for (const root of (0,store/* candidateRoots */.zA)('artifacts', settings)) {
        const file = (0,store/* objectPath */.du)(root, hash, '.json');
        const record = await readRecordFile(file);
        if (record)
            return { path: file, record };
    }
    throw new core_errors/* GuidedError */.FQ(`artifact not found: ${hash}`, [LIST_HINT, 'build one: `opensession handoff build <FILE>`']);
}
/** Stores a record in the default root when absent. Returns its path and whether it was written. */
async function storeRecord(record, settings) {
    const { root, inRepo } = (0,store/* defaultRoot */.cc)('artifacts', settings);
    if (inRepo)
        await (0,store/* ensureRepoGitignore */.Fh)(root);
    const file = (0,store/* objectPath */.du)(root, record.sha256, '.json');
    return { path: file, created: await (0,store/* createFileAtomically */.IZ)(file, encodeRecord(record)) };
}
/** Every pin of the default root whose trimmed content is 64 hex digits: alias -> lowercase hash. */
async function readPins(settings) {
    const dir = pinsDir(settings);
    const pins = new Map();
    let names;
    try {
        names = await external_node_fs_.promises.readdir(dir);
    }
    catch {
        return pins;
    }
    for (const name of names.sort(core_text/* compareBytewise */.GV)) {
        if (name.startsWith('.tmp-'))
            continue;
        const file = external_node_path_.join(dir, name);
        try {
            if (!(await external_node_fs_.promises.lstat(file)).isFile())
                continue;
            const hash = (0,core_text/* trim */.Bq)(await external_node_fs_.promises.readFile(file, 'utf8'));
            if (HEX64.test(hash))
                pins.set(name, hash.toLowerCase());
        }
        catch {
            // a pin that vanished or cannot be read does not count
        }
    }
    return pins;
}
async function aliasesOf(hash, settings) {
    const pins = await readPins(settings);
    return [...pins.entries()]
        .filter(([, h]) => h === hash)
        .map(([a]) => a)
        .sort(core_text/* compareBytewise */.GV);
}
/** Writes `<pins>/<alias>` = `<hash>\n` atomically (a reader sees the old pin or the new one). */
async function writePin(alias, hash, settings) {
    const { root, inRepo } = (0,store/* defaultRoot */.cc)('artifacts', settings);
    if (inRepo)
        await (0,store/* ensureRepoGitignore */.Fh)(root);
    const dir = external_node_path_.join(root, 'pins');
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const tmp = external_node_path_.join(dir, `.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    try {
        await external_node_fs_.promises.writeFile(tmp, `${hash}\n`, { flag: 'wx', mode: 0o644 });
        await external_node_fs_.promises.rename(tmp, external_node_path_.join(dir, alias));
    }
    finally {
        await external_node_fs_.promises.rm(tmp, { force: true });
    }
}
/** Removes a pin; false when there was none. */
async function removePin(alias, settings) {
    try {
        await external_node_fs_.promises.unlink(external_node_path_.join(pinsDir(settings), alias));
        return true;
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return false;
        throw err;
    }
}
async function readPin(alias, settings) {
    try {
        const hash = (0,core_text/* trim */.Bq)(await external_node_fs_.promises.readFile(external_node_path_.join(pinsDir(settings), (0,core_text/* trim */.Bq)(alias)), 'utf8'));
        return HEX64.test(hash) ? hash.toLowerCase() : undefined;
    }
    catch {
        return undefined;
    }
}
/** Hashes of stored records (all candidate roots) starting with `prefix` (lowercase hex, >= 4 digits). */
async function hashesWithPrefix(prefix, settings) {
    const found = new Set();
    for (const root of (0,store/* candidateRoots */.zA)('artifacts', settings)) {
        const dir = external_node_path_.join(root, 'sha256', prefix.slice(0, 2), prefix.slice(2, 4));
        let names = [];
        try {
            names = await external_node_fs_.promises.readdir(dir);
        }
        catch {
            continue;
        }
        for (const n of names) {
            const stem = n.endsWith('.json') ? n.slice(0, -5) : '';
            if (HEX64.test(stem) && stem.startsWith(prefix))
                found.add(stem.toLowerCase());
        }
    }
    return [...found].sort(core_text/* compareBytewise */.GV);
}
/**
 * Resolves ID_OR_URI to a hash (11.3): an `os://artifact/` URI, 64 hex digits, a pin alias, or (beyond
 * the spec) a unique hash prefix of at least 4 hex digits among the stored records.
 */
async function resolveArtifactId(input, settings) {
    if (input.startsWith('os://')) {
        let uri;
        try {
            uri = (0,core_uri/* parseSourceUri */.Lf)(input);
        }
        catch (err) {
            throw new core_errors/* GuidedError */.FQ(err.message, ['artifact URIs look like `os://artifact/<sha256>`', LIST_HINT]);
        }
        if (uri.kind !== 'artifact') {
            throw new core_errors/* GuidedError */.FQ('uri is not an artifact uri', [
                'artifact URIs look like `os://artifact/<sha256>`',
                LIST_HINT,
            ]);
        }
        return uri.sha256.toLowerCase();
    }
    if (HEX64.test(input))
        return input.toLowerCase();
    if (isValidAlias(input)) {
        const pinned = await readPin(input, settings);
        if (pinned !== undefined)
            return pinned;
    }
    if (/^[0-9a-fA-F]+$/.test(input) && input.length >= MIN_PREFIX) {
        const matches = await hashesWithPrefix(input.toLowerCase(), settings);
        if (matches.length === 1)
            return matches[0];
        if (matches.length > 1) {
            throw new core_errors/* GuidedError */.FQ(`artifact prefix ${input} matches ${matches.length} artifacts: ${matches.join(', ')}`, [
                'use more digits of the hash, or the whole `os://artifact/<sha256>` URI',
                LIST_HINT,
            ]);
        }
    }
    throw new core_errors/* GuidedError */.FQ(`invalid artifact identifier: ${input}`, [
        'use `os://artifact/<sha256>`, a 64-digit hash, a unique hash prefix, or a pin alias',
        LIST_HINT,
    ]);
}
/** Rows of `artifacts list` (11.9): every loadable record of the default root, by hash. */
async function listArtifacts(settings) {
    const root = artifactsRoot(settings);
    const hashes = new Set();
    const sub = async (dir) => {
        try {
            return await external_node_fs_.promises.readdir(dir);
        }
        catch {
            return [];
        }
    };
    const base = external_node_path_.join(root, 'sha256');
    for (const a of await sub(base)) {
        for (const b of await sub(external_node_path_.join(base, a))) {
            for (const n of await sub(external_node_path_.join(base, a, b))) {
                const stem = n.endsWith('.json') ? n.slice(0, -5) : '';
                if (HEX64.test(stem))
                    hashes.add(stem.toLowerCase());
            }
        }
    }
    const pins = await readPins(settings);
    const rows = [];
    for (const hash of [...hashes].sort(core_text/* compareBytewise */.GV)) {
        let loaded;
        try {
            loaded = await loadRecord(hash, settings);
        }
        catch {
            continue; // unloadable records are skipped
        }
        rows.push({
            created_at: loaded.record.created_at,
            hash,
            path: loaded.path,
            pins: [...pins.entries()]
                .filter(([, h]) => h === hash)
                .map(([alias]) => alias)
                .sort(core_text/* compareBytewise */.GV),
            sources: loaded.record.source_uris.length,
            uri: `os://artifact/${hash}`,
        });
    }
    return rows;
}
/** Deletes the record of `hash` from the default root (11.9 `rm`); refuses pinned artifacts. */
async function removeArtifact(hash, settings) {
    const aliases = await aliasesOf(hash, settings);
    if (aliases.length > 0) {
        throw new core_errors/* GuidedError */.FQ(`artifact is pinned by aliases: ${aliases.join(', ')} (unpin first)`, aliases.map((a) => `unpin it: \`opensession handoff artifacts unpin ${a}\``));
    }
    const file = (0,store/* objectPath */.du)(artifactsRoot(settings), hash, '.json');
    try {
        await external_node_fs_.promises.unlink(file);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            throw new core_errors/* GuidedError */.FQ(`artifact not found: ${hash}`, [LIST_HINT]);
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./core/handoff/summary.ts
// The per-session handoff summary (hail-and-store.md 11.6). These rules decide the artifact hash, so
// every string below is part of the contract: change one and every artifact URI changes.


const OBJECTIVE_UNAVAILABLE = '(objective unavailable)';
const OBJECTIVE_UNDEFINED_REASON = 'No user prompt, task title/summary, or session title could be used to infer objective.';
const NO_COMMIT_SIGNAL = 'No committed change signal found in events.';
const NO_EVIDENCE = 'No objective/task/decision evidence could be mapped to source events.';
const ROLLBACK_HINT = 'Use `git revert <commit>` for committed changes, then re-run verification.';
const NO_VERIFICATION_AFTER_EDITS = 'No verification command found after file modifications.';
const DEFINE_COMPLETION = 'Define completion criteria and run at least one verification command.';
/** `text(event)`: the first Text block non-empty after trim, trimmed. */
function eventText(e) {
    for (const b of e.content.blocks) {
        if (b.type === 'Text') {
            const t = (0,core_text/* trim */.Bq)(b.text);
            if (t.length > 0)
                return t;
        }
    }
    return undefined;
}
function attr(e, key) {
    return Object.prototype.hasOwnProperty.call(e.attributes, key) ? e.attributes[key] : undefined;
}
function attrString(e, key) {
    return (0,core_text/* setString */.gQ)(attr(e, key));
}
/** Call id of an event (2.8). */
function callIdOf(e) {
    const semantic = attrString(e, 'semantic.call_id');
    if (semantic !== undefined)
        return semantic;
    if (e.event_type.type === 'ToolResult') {
        const own = (0,core_text/* setString */.gQ)(e.event_type.data.call_id);
        if (own !== undefined)
            return own;
    }
    return attrString(e, 'call_id');
}
function sourceType(e) {
    const raw = attrString(e, 'source.raw_type');
    if (raw !== undefined)
        return raw;
    return e.event_type.type === 'Custom' ? `Custom:${e.event_type.data.kind}` : e.event_type.type;
}
function keepEnds(list, limit, head, tail) {
    return list.length <= limit ? list : [...list.slice(0, head), ...list.slice(list.length - tail)];
}
function quotedList(items) {
    const shown = items
        .slice(0, 3)
        .map((s) => `\`${s}\``)
        .join(', ');
    return items.length > 3 ? `${shown} (+${items.length - 3} more)` : shown;
}
function objectiveOf(session) {
    const events = session.events;
    for (const e of events) {
        if (e.event_type.type !== 'UserMessage')
            continue;
        const t = eventText(e);
        if (t !== undefined)
            return { text: (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(t), 200), event: e };
    }
    for (const e of events) {
        if (e.event_type.type === 'TaskStart' && e.event_type.data.title !== undefined) {
            const t = (0,core_text/* trim */.Bq)(e.event_type.data.title);
            if (t.length > 0)
                return { text: (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(t), 200), event: e };
        }
    }
    for (const e of events) {
        if (e.event_type.type === 'TaskEnd') {
            const s = (0,core_text/* setString */.gQ)(e.event_type.data.summary);
            if (s !== undefined)
                return { text: (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(s), 200), event: e };
        }
    }
    const title = (0,core_text/* setString */.gQ)(session.context.title);
    if (title !== undefined)
        return { text: (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(title), 200) };
    return { text: OBJECTIVE_UNAVAILABLE };
}
function filesOf(events) {
    const changes = new Map();
    const reads = [];
    for (const e of events) {
        const et = e.event_type;
        if (et.type === 'FileCreate')
            changes.set(et.data.path, 'created');
        else if (et.type === 'FileEdit') {
            if (!changes.has(et.data.path))
                changes.set(et.data.path, 'edited');
        }
        else if (et.type === 'FileDelete')
            changes.set(et.data.path, 'deleted');
        else if (et.type === 'FileRead')
            reads.push(et.data.path);
    }
    const modified = [...changes.keys()].sort(core_text/* compareBytewise */.GV).map((p) => ({ path: p, action: changes.get(p) }));
    const read = (0,core_text/* dedupe */.Qq)(reads)
        .filter((p) => !changes.has(p))
        .sort(core_text/* compareBytewise */.GV);
    return { modified, read };
}
function errorsOf(events) {
    const out = [];
    for (const e of events) {
        const et = e.event_type;
        if (et.type === 'ShellCommand' && et.data.exit_code !== undefined && et.data.exit_code !== 0) {
            out.push(`Shell: \`${(0,core_text/* truncate */.xv)(et.data.command, 80)}\` \u2192 exit ${et.data.exit_code}`);
        }
        else if (et.type === 'ToolResult' && et.data.is_error) {
            const t = eventText(e);
            out.push(t === undefined ? `Tool error: ${et.data.name}` : `Tool error: ${et.data.name} \u2014 ${(0,core_text/* truncate */.xv)(t, 80)}`);
        }
    }
    return out;
}
function taskSummariesOf(events) {
    const seen = new Set();
    const out = [];
    for (const e of events) {
        if (e.event_type.type !== 'TaskEnd' || (0,core_text/* setString */.gQ)(e.event_type.data.summary) === undefined)
            continue;
        const n = (0,core_text/* collapse */.ap)(e.event_type.data.summary);
        if ((0,core_text/* asciiLower */.F)(n) === 'synthetic end (missing task_complete)')
            continue;
        if (seen.has(n))
            continue;
        seen.add(n);
        out.push((0,core_text/* truncate */.xv)(n, 180));
    }
    return out;
}
function conversationsOf(events) {
    const msgs = events.filter((e) => e.event_type.type === 'UserMessage' || e.event_type.type === 'AgentMessage');
    const out = [];
    for (let i = 0; i + 1 < msgs.length; i++) {
        if (msgs[i].event_type.type !== 'UserMessage' || msgs[i + 1].event_type.type !== 'AgentMessage')
            continue;
        const user = eventText(msgs[i]);
        const agent = eventText(msgs[i + 1]);
        if (user !== undefined && agent !== undefined)
            out.push({ user: (0,core_text/* truncate */.xv)(user, 300), agent: (0,core_text/* truncate */.xv)(agent, 300) });
    }
    return keepEnds(out, 12, 2, 10);
}
function verificationOf(events) {
    const callErrors = new Map();
    for (const e of events) {
        if (e.event_type.type !== 'ToolResult')
            continue;
        const id = callIdOf(e);
        if (id !== undefined && !callErrors.has(id))
            callErrors.set(id, e.event_type.data.is_error);
    }
    const runs = [];
    let anyShell = false;
    let anyFileChange = false;
    for (const e of events) {
        const et = e.event_type;
        if (et.type === 'FileEdit' || et.type === 'FileCreate' || et.type === 'FileDelete')
            anyFileChange = true;
        if (et.type !== 'ShellCommand')
            continue;
        anyShell = true;
        const command = (0,core_text/* collapse */.ap)(et.data.command);
        const code = et.data.exit_code;
        if (code !== undefined) {
            runs.push({ command, status: code === 0 ? 'passed' : 'failed', exit_code: code, event_id: e.event_id });
            continue;
        }
        const id = attrString(e, 'semantic.call_id') ?? attrString(e, 'call_id');
        const isError = id === undefined ? undefined : callErrors.get(id);
        const status = isError === undefined ? 'unknown' : isError ? 'failed' : 'passed';
        runs.push({ command, status, exit_code: null, event_id: e.event_id });
    }
    // a failed run is resolved by a later passing run of the same command: one backward pass
    const passedLater = new Set();
    const unresolvedReversed = [];
    for (let k = runs.length - 1; k >= 0; k--) {
        const r = runs[k];
        if (r.status === 'passed')
            passedLater.add(r.command);
        else if (r.status === 'failed' && !passedLater.has(r.command))
            unresolvedReversed.push(r.command);
    }
    const unresolved = (0,core_text/* dedupe */.Qq)(unresolvedReversed.reverse());
    const required = unresolved.map((c) => `Unresolved failed check: \`${c}\``);
    if (anyFileChange && !anyShell)
        required.push(NO_VERIFICATION_AFTER_EDITS);
    return {
        verification: {
            checks_run: runs,
            checks_passed: (0,core_text/* dedupe */.Qq)(runs.filter((r) => r.status === 'passed').map((r) => r.command)),
            checks_failed: (0,core_text/* dedupe */.Qq)(runs.filter((r) => r.status === 'failed').map((r) => r.command)),
            required_checks_missing: required,
        },
        unresolved,
    };
}
function uncertaintyOf(events, objective, requiredMissing) {
    const texts = new Map();
    const asked = [];
    const askedIds = new Set();
    const answered = new Set();
    const ask = (id, e) => {
        if (askedIds.has(id))
            return;
        askedIds.add(id);
        asked.push({ id, event: e });
    };
    const aborts = [];
    for (const e of events) {
        if (e.event_type.type === 'Custom' && e.event_type.data.kind === 'turn_aborted') {
            aborts.push({ text: `Turn aborted: ${attrString(e, 'reason') ?? 'turn aborted'}`, source: e });
        }
        const source = attrString(e, 'source');
        const meta = attr(e, 'question_meta');
        const ids = attr(e, 'question_ids');
        if (source === 'interactive_question') {
            if (Array.isArray(meta)) {
                for (const item of meta) {
                    if (item === null || typeof item !== 'object' || Array.isArray(item))
                        continue;
                    const obj = item;
                    const id = Object.prototype.hasOwnProperty.call(obj, 'id') ? (0,core_text/* setString */.gQ)(obj.id) : undefined;
                    if (id === undefined)
                        continue;
                    const q = Object.prototype.hasOwnProperty.call(obj, 'question') ? (0,core_text/* setString */.gQ)(obj.question) : undefined;
                    const h = Object.prototype.hasOwnProperty.call(obj, 'header') ? (0,core_text/* setString */.gQ)(obj.header) : undefined;
                    texts.set(id, q ?? h ?? id);
                    ask(id, e);
                }
            }
            else if (Array.isArray(ids)) {
                for (const raw of ids) {
                    const id = (0,core_text/* setString */.gQ)(raw);
                    if (id === undefined)
                        continue;
                    if (!texts.has(id))
                        texts.set(id, id);
                    ask(id, e);
                }
            }
        }
        else if (source === 'interactive' && Array.isArray(ids)) {
            for (const raw of ids) {
                const id = (0,core_text/* setString */.gQ)(raw);
                if (id !== undefined)
                    answered.add(id);
            }
        }
    }
    const open = asked
        .filter((q) => !answered.has(q.id))
        .map((q) => ({ text: `${q.id}: ${texts.get(q.id)}`, source: q.event }));
    const all = [
        ...aborts,
        ...requiredMissing.map((text) => ({ text })),
        ...open.map((q) => ({ text: `Resolve open question: ${q.text}`, source: q.source })),
    ];
    const seen = new Set();
    const decisions = all.filter((d) => (seen.has(d.text) ? false : (seen.add(d.text), true)));
    return {
        uncertainty: {
            assumptions: objective === OBJECTIVE_UNAVAILABLE
                ? ['Objective inferred as unavailable; downstream agent must restate objective.']
                : [],
            open_questions: open.map((q) => q.text),
            decision_required: decisions.map((d) => d.text),
        },
        decisions,
    };
}
function evidenceOf(events, objective, taskSummaries, decisions) {
    const out = [];
    const add = (claim, e) => out.push({
        id: `evidence-${out.length + 1}`,
        claim,
        event_id: e.event_id,
        timestamp: (0,hail/* formatTsOffset */.UZ)(e.timestamp),
        source_type: sourceType(e),
    });
    if (objective.event)
        add(`objective: ${objective.text}`, objective.event);
    if (taskSummaries.length > 0) {
        const firstEnd = new Map();
        for (const ev of events) {
            if (ev.event_type.type !== 'TaskEnd' || ev.event_type.data.summary === undefined)
                continue;
            const key = (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(ev.event_type.data.summary), 180);
            if (!firstEnd.has(key))
                firstEnd.set(key, ev);
        }
        for (const s of taskSummaries) {
            const e = firstEnd.get(s);
            if (e)
                add(`task_done: ${s}`, e);
        }
    }
    for (const d of decisions)
        if (d.source)
            add(`decision_required: ${d.text}`, d.source);
    return out;
}
function defaultTitle(id) {
    return id === 'main' ? 'Main flow' : `Task ${id}`;
}
function packageKey(e) {
    const task = e.task_id === undefined ? '' : (0,core_text/* trim */.Bq)(e.task_id);
    if (task.length > 0)
        return task;
    return attrString(e, 'semantic.group_id') ?? 'main';
}
function workPackagesOf(events, evidence) {
    const evidenceByEvent = new Map();
    for (const ev of evidence)
        evidenceByEvent.set(ev.event_id, [...(evidenceByEvent.get(ev.event_id) ?? []), ev.id]);
    const byKey = new Map();
    events.forEach((e, index) => {
        const key = packageKey(e);
        let p = byKey.get(key);
        if (!p) {
            p = {
                id: key,
                firstTs: e.timestamp,
                firstIndex: index,
                status: 'pending',
                files: new Set(),
                commands: [],
                evidenceRefs: [],
            };
            byKey.set(key, p);
        }
        const refs = evidenceByEvent.get(e.event_id);
        if (refs)
            p.evidenceRefs.push(...refs);
        const et = e.event_type;
        if (et.type === 'TaskStart') {
            const t = et.data.title === undefined ? '' : (0,core_text/* trim */.Bq)(et.data.title);
            if (t.length > 0)
                p.title = t;
            if (p.status !== 'completed')
                p.status = 'in_progress';
        }
        else if (et.type === 'TaskEnd') {
            p.status = 'completed';
            p.completedTs = e.timestamp;
            const outcome = et.data.summary === undefined ? '' : (0,core_text/* collapse */.ap)(et.data.summary);
            if (outcome.length > 0) {
                p.outcome = outcome;
                if (p.title === undefined)
                    p.title = (0,core_text/* truncate */.xv)(outcome, 160);
            }
        }
        else if (et.type === 'FileEdit' || et.type === 'FileCreate' || et.type === 'FileDelete') {
            p.files.add(et.data.path);
            if (p.status === 'pending')
                p.status = 'in_progress';
        }
        else if (et.type === 'ShellCommand') {
            p.commands.push((0,core_text/* collapse */.ap)(et.data.command));
            if (p.status === 'pending')
                p.status = 'in_progress';
        }
    });
    const ordered = [...byKey.values()].sort((a, b) => a.firstTs !== b.firstTs
        ? a.firstTs < b.firstTs
            ? -1
            : 1
        : a.firstIndex !== b.firstIndex
            ? a.firstIndex - b.firstIndex
            : (0,core_text/* compareBytewise */.GV)(a.id, b.id));
    const deps = new Map();
    ordered.forEach((p, i) => {
        const list = [];
        if (p.files.size > 0) {
            for (let j = i - 1; j >= 0; j--) {
                if ([...ordered[j].files].some((f) => p.files.has(f))) {
                    list.push(ordered[j].id);
                    break;
                }
            }
        }
        deps.set(p.id, list);
    });
    const title = (p) => p.title ?? defaultTitle(p.id);
    const material = (p) => p.files.size > 0 ||
        p.commands.length > 0 ||
        p.outcome !== undefined ||
        (p.id === 'main' ? p.status !== 'pending' : title(p) !== defaultTitle(p.id)) ||
        (p.status === 'completed' && p.evidenceRefs.length > 0);
    const kept = new Set(ordered.filter((p) => p.id === 'main' || material(p)).map((p) => p.id));
    const packages = [];
    const materialIds = new Set();
    ordered.forEach((p, i) => {
        if (material(p))
            materialIds.add(p.id);
        if (!kept.has(p.id))
            return;
        const wp = {
            id: p.id,
            title: title(p),
            status: p.status,
            sequence: i + 1,
            started_at: (0,hail/* formatTsOffset */.UZ)(p.firstTs),
            depends_on: deps.get(p.id).filter((d) => kept.has(d)),
            files: [...p.files].sort(core_text/* compareBytewise */.GV),
            commands: (0,core_text/* dedupe */.Qq)(p.commands),
            evidence_refs: (0,core_text/* dedupe */.Qq)(p.evidenceRefs),
        };
        if (p.completedTs !== undefined)
            wp.completed_at = (0,hail/* formatTsOffset */.UZ)(p.completedTs);
        if (p.outcome !== undefined)
            wp.outcome = p.outcome;
        packages.push(wp);
    });
    return { packages, materialIds };
}
function executionContractOf(session, packages, materialIds, taskSummaries, verification, unresolved, openQuestions, filesModified) {
    const steps = packages
        .filter((p) => materialIds.has(p.id))
        .map((p) => {
        const step = {
            sequence: p.sequence,
            work_package_id: p.id,
            title: p.title,
            status: p.status,
            depends_on: p.depends_on,
            started_at: p.started_at,
            evidence_refs: p.evidence_refs,
        };
        if (p.completed_at !== undefined)
            step.completed_at = p.completed_at;
        return step;
    });
    const byId = new Map(packages.map((p) => [p.id, p]));
    let done = [];
    for (const s of steps) {
        if (s.status !== 'completed')
            continue;
        const p = byId.get(s.work_package_id);
        const at = s.completed_at ?? s.started_at ?? 'time-unavailable';
        const footprint = [
            p.files.length > 0 ? `files: ${p.files.length}` : '',
            p.commands.length > 0 ? `commands: ${p.commands.length}` : '',
        ]
            .filter((x) => x)
            .join(', ');
        const details = [p.outcome !== undefined ? `outcome: ${(0,core_text/* truncate */.xv)(p.outcome, 140)}` : '', footprint]
            .filter((x) => x)
            .join('; ');
        done.push(details
            ? `[${s.sequence}] Completed \`${s.title}\` at ${at} (${details}).`
            : `[${s.sequence}] Completed \`${s.title}\` at ${at}.`);
    }
    if (verification.checks_passed.length > 0)
        done.push(`Verification passed: ${quotedList(verification.checks_passed)}.`);
    if (filesModified.length > 0) {
        done.push(`Changed ${filesModified.length} file(s): ${quotedList(filesModified.map((f) => f.path))}.`);
    }
    if (done.length === 0)
        done = taskSummaries.slice(0, 5);
    done = (0,core_text/* dedupe */.Qq)(done);
    let next = [
        ...unresolved.map((c) => `Fix and re-run \`${c}\` until the check passes.`),
        ...verification.required_checks_missing.map((m) => `Add/restore verification check: ${m}`),
    ];
    const parallel = [];
    for (const s of steps) {
        if (s.status === 'completed')
            continue;
        if (s.depends_on.length > 0) {
            next.push(`[${s.sequence}] After dependencies [${s.depends_on.join(', ')}], execute \`${s.title}\` (${s.work_package_id}).`);
        }
        else if (s.work_package_id !== 'main') {
            parallel.push(`[${s.sequence}] \`${s.title}\` (${s.work_package_id}) \u2014 start: ${s.started_at ?? 'time-unavailable'}`);
        }
    }
    next.push(...openQuestions.map((q) => `Resolve open question: ${q}`));
    if (done.length === 0 && next.length === 0 && parallel.length === 0 && steps.length === 0)
        next = [DEFINE_COMPLETION];
    const listed = new Set(unresolved);
    const ordered = [...unresolved];
    for (const e of session.events) {
        if (e.event_type.type !== 'ShellCommand')
            continue;
        const c = (0,core_text/* collapse */.ap)(e.event_type.data.command);
        if (!listed.has(c)) {
            listed.add(c);
            ordered.push(c);
        }
    }
    const committed = session.events.some((e) => e.event_type.type === 'ShellCommand' && (0,core_text/* asciiLower */.F)(e.event_type.data.command).includes('git commit'));
    const contract = {
        done_definition: done,
        next_actions: (0,core_text/* dedupe */.Qq)(next),
        parallel_actions: (0,core_text/* dedupe */.Qq)(parallel),
        ordered_steps: steps,
        ordered_commands: ordered,
        rollback_hint: committed ? ROLLBACK_HINT : null,
    };
    if (!committed) {
        contract.rollback_hint_missing_reason = NO_COMMIT_SIGNAL;
        contract.rollback_hint_undefined_reason = NO_COMMIT_SIGNAL;
    }
    return contract;
}
/** The handoff summary of a session whose stats were already recomputed. */
function summarizeSession(session) {
    const events = session.events;
    const objective = objectiveOf(session);
    const objectiveAvailable = (0,core_text/* trim */.Bq)(objective.text).length > 0 && objective.text !== OBJECTIVE_UNAVAILABLE;
    const files = filesOf(events);
    const taskSummaries = taskSummariesOf(events);
    const { verification, unresolved } = verificationOf(events);
    const { uncertainty, decisions } = uncertaintyOf(events, objective.text, verification.required_checks_missing);
    const evidence = evidenceOf(events, objective, taskSummaries, decisions);
    const { packages, materialIds } = workPackagesOf(events, evidence);
    const contract = executionContractOf(session, packages, materialIds, taskSummaries, verification, unresolved, uncertainty.open_questions, files.modified);
    const userMessages = [];
    for (const e of events) {
        if (e.event_type.type !== 'UserMessage')
            continue;
        const t = eventText(e);
        if (t !== undefined)
            userMessages.push((0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(t), 240));
    }
    const undefinedFields = [];
    if (!objectiveAvailable)
        undefinedFields.push({ path: 'objective', undefined_reason: OBJECTIVE_UNDEFINED_REASON });
    if (contract.rollback_hint === null) {
        undefinedFields.push({ path: 'execution_contract.rollback_hint', undefined_reason: NO_COMMIT_SIGNAL });
    }
    if (evidence.length === 0)
        undefinedFields.push({ path: 'evidence', undefined_reason: NO_EVIDENCE });
    const summary = {
        source_session_id: session.session_id,
        objective: objective.text,
        tool: session.agent.tool,
        model: session.agent.model,
        duration_seconds: session.stats.duration_seconds,
        stats: (0,hail/* statsToObject */.ge)(session.stats),
        files_modified: files.modified,
        files_read: files.read,
        shell_commands: events.flatMap((e) => e.event_type.type === 'ShellCommand'
            ? [{ command: e.event_type.data.command, exit_code: e.event_type.data.exit_code ?? null }]
            : []),
        errors: errorsOf(events),
        task_summaries: taskSummaries,
        key_conversations: conversationsOf(events),
        user_messages: keepEnds(userMessages, 18, 3, 15),
        execution_contract: contract,
        uncertainty,
        verification,
        evidence,
        work_packages: packages,
        undefined_fields: undefinedFields,
    };
    if (!objectiveAvailable)
        summary.objective_undefined_reason = OBJECTIVE_UNDEFINED_REASON;
    return {
        summary,
        objectiveAvailable,
        unresolvedFailedChecks: unresolved,
        anyMaterialPackage: materialIds.size > 0,
    };
}

;// CONCATENATED MODULE: ./core/handoff/validate.ts
// Validation reports of handoff summaries (hail-and-store.md 11.7).

function hasCycle(packages) {
    const deps = new Map(packages.map((p) => [p.id, p.depends_on]));
    const state = new Map(); // 1 = on the stack, 2 = done
    const visit = (id) => {
        const s = state.get(id);
        if (s === 1)
            return true;
        if (s === 2)
            return false;
        state.set(id, 1);
        for (const d of deps.get(id) ?? [])
            if (deps.has(d) && visit(d))
                return true;
        state.set(id, 2);
        return false;
    };
    return packages.some((p) => visit(p.id));
}
function stepsInconsistent(result) {
    const { ordered_steps: steps } = result.summary.execution_contract;
    const ids = new Set(result.summary.work_packages.map((p) => p.id));
    for (let i = 0; i < steps.length; i++) {
        if (!ids.has(steps[i].work_package_id))
            return true;
        if (i === 0)
            continue;
        if (steps[i].sequence <= steps[i - 1].sequence)
            return true;
        const a = steps[i - 1].started_at;
        const b = steps[i].started_at;
        if (a !== undefined && b !== undefined) {
            const ta = (0,hail/* tryParseTimestamp */.z_)(a);
            const tb = (0,hail/* tryParseTimestamp */.z_)(b);
            if (ta === undefined || tb === undefined || tb < ta)
                return true;
        }
    }
    return false;
}
function validateSummary(result) {
    const s = result.summary;
    const findings = [];
    const add = (code, severity, message) => findings.push({ code, severity, message });
    if (!result.objectiveAvailable)
        add('objective_missing', 'warning', 'Objective is unavailable.');
    const failedRuns = s.verification.checks_run.some((r) => r.status === 'failed');
    if (failedRuns && result.unresolvedFailedChecks.length > 0 && s.execution_contract.next_actions.length === 0) {
        add('next_actions_missing', 'warning', 'Unresolved failed checks exist but no next action was generated.');
    }
    if (s.files_modified.length > 0 && s.verification.checks_run.length === 0) {
        add('verification_missing', 'warning', 'Files were modified but no verification check was recorded.');
    }
    if (s.evidence.length === 0)
        add('evidence_missing', 'warning', 'No evidence references were generated.');
    else if (result.objectiveAvailable && !s.evidence.some((e) => e.claim.startsWith('objective:'))) {
        add('objective_evidence_missing', 'warning', 'Objective exists but objective evidence is missing.');
    }
    if (hasCycle(s.work_packages))
        add('work_package_cycle', 'error', 'work_packages.depends_on contains a cycle.');
    if (result.anyMaterialPackage && s.execution_contract.ordered_steps.length === 0) {
        add('ordered_steps_missing', 'warning', 'Material work packages exist but execution_contract.ordered_steps is empty.');
    }
    else if (stepsInconsistent(result)) {
        add('ordered_steps_inconsistent', 'error', 'execution_contract.ordered_steps is not temporally or referentially consistent.');
    }
    return { session_id: s.source_session_id, passed: findings.length === 0, findings };
}

;// CONCATENATED MODULE: ./core/handoff/build.ts
// `handoff build` (hail-and-store.md 11.4): collect sessions, summarise, hash, store the record.












/** Sessions parsed from an agent log: header plus events, stats recomputed. */
async function parseAgentLog(file, display) {
    try {
        return await (0,parsers.parseSessionInMemory)(file, { displayPath: display });
    }
    catch (err) {
        if (err instanceof parsers.SelectionFailed) {
            throw new core_errors/* GuidedError */.FQ(`unsupported input format for ${display} (use \`opensession parse --profile ...\` first)`, [
                `convert it: \`opensession parse --profile <profile> ${display} --out ./session.hail.jsonl\``,
                'then build from the converted file: `opensession handoff build ./session.hail.jsonl`',
            ]);
        }
        throw err;
    }
}
/**
 * One positional input (11.4 1a): HAIL if it reads as HAIL, else an agent log. Beyond the spec, bytes that are
 * not UTF-8 still go to the parsers (Cursor's `state.vscdb` is SQLite); only when none reads them is the
 * file reported as not UTF-8.
 */
async function collectFile(cwd, file) {
    const full = external_node_path_.resolve(cwd, file);
    let bytes;
    try {
        bytes = await external_node_fs_.promises.readFile(full);
    }
    catch (err) {
        throw readError(file, err);
    }
    let text;
    try {
        text = (0,io/* decodeUtf8Strict */.h0)(bytes);
    }
    catch {
        text = undefined;
    }
    let session;
    if (text !== undefined) {
        try {
            session = (0,hail/* withRecomputedStats */.KH)((0,hail/* parseHail */.iL)(text));
        }
        catch {
            session = undefined;
        }
    }
    if (session === undefined) {
        try {
            session = await parseAgentLog(full, file);
        }
        catch (err) {
            if (text === undefined && err instanceof core_errors/* GuidedError */.FQ)
                throw readError(file, new io/* InvalidUtf8Error */.tJ());
            throw err;
        }
    }
    return { session, canonical: Buffer.from((0,hail/* toHailJsonl */.CY)(session), 'utf8') };
}
function readError(file, err) {
    return new core_errors/* GuidedError */.FQ(`read ${file}: ${(0,io/* plainErrorText */.Mh)(err)}`, [
        `check the path and permissions of ${file}`,
        'inputs are HAIL JSONL files or agent logs; see `opensession handoff build --help`',
    ]);
}
/** One `--from` URI (11.4 1b): a stored local object, not re-stored. */
async function collectUri(input, settings) {
    let uri;
    try {
        uri = (0,core_uri/* parseSourceUri */.Lf)(input);
    }
    catch (err) {
        throw new core_errors/* GuidedError */.FQ(err.message, ['local session URIs look like `os://src/local/<sha256>`']);
    }
    if (uri.kind !== 'local') {
        throw new core_errors/* GuidedError */.FQ('object not found: uri is not a local source object', [
            'store the session first: `opensession register <FILE>`, then pass the `os://src/local/<sha256>` it prints',
        ]);
    }
    let bytes;
    try {
        bytes = (await (0,store/* readLocalObject */.F9)(uri.sha256, settings)).bytes;
    }
    catch (err) {
        throw new core_errors/* GuidedError */.FQ(err.message, [
            'store the session first: `opensession register <FILE>`',
            'or pass the file itself: `opensession handoff build <FILE>`',
        ]);
    }
    try {
        const session = (0,hail/* withRecomputedStats */.KH)((0,hail/* parseHail */.iL)((0,io/* decodeUtf8Strict */.h0)(bytes)));
        return { session, uri: (0,core_uri/* formatSourceUri */.Du)(uri) };
    }
    catch (err) {
        throw new core_errors/* GuidedError */.FQ(`parse source uri as HAIL JSONL: ${err.message}`, [
            `the stored object is damaged; register its session again: \`opensession register <FILE>\``,
        ]);
    }
}
/**
 * The local session index for `--last`: the HAIL objects of the candidate object stores, newest
 * `created_at` first, each pointing back at its agent log through the `source_path` context attribute.
 */
async function indexedSourcePaths(settings) {
    const entries = [];
    const walk = async (dir, depth) => {
        let names;
        try {
            names = await external_node_fs_.promises.readdir(dir);
        }
        catch {
            return;
        }
        for (const n of names) {
            const p = external_node_path_.join(dir, n);
            if (depth < 2)
                await walk(p, depth + 1);
            else if (/^[0-9a-f]{64}\.jsonl$/.test(n)) {
                try {
                    const header = (0,hail/* readHailHeader */.m1)((0,io/* decodeUtf8Strict */.h0)(await external_node_fs_.promises.readFile(p)));
                    const attrs = header.context.attributes;
                    const sp = Object.prototype.hasOwnProperty.call(attrs, 'source_path')
                        ? (0,core_text/* setString */.gQ)(attrs.source_path)
                        : undefined;
                    if (sp !== undefined)
                        entries.push({ created: header.context.created_at, sourcePath: sp, key: p });
                }
                catch {
                    // objects that do not read as HAIL are not in the index
                }
            }
        }
    };
    for (const root of (0,store/* candidateRoots */.zA)('objects', settings))
        await walk(external_node_path_.join(root, 'sha256'), 0);
    entries.sort((a, b) => (a.created !== b.created ? (a.created > b.created ? -1 : 1) : (0,core_text/* compareBytewise */.GV)(a.key, b.key)));
    return (0,core_text/* dedupe */.Qq)(entries.map((e) => e.sourcePath));
}
async function exists(file) {
    try {
        return (await external_node_fs_.promises.stat(file)).isFile();
    }
    catch {
        return false;
    }
}
/** canonical_jsonl (11.4 step 5): summaries stable-sorted by session id, compact JSON with sorted keys. */
function canonicalJsonl(summaries) {
    const sorted = summaries
        .map((s, i) => ({ s, i }))
        .sort((a, b) => (0,core_text/* compareBytewise */.GV)(a.s.source_session_id, b.s.source_session_id) || a.i - b.i);
    return sorted.map(({ s }) => (0,hail/* stringifyCanonical */.qY)(s) + '\n').join('');
}
/** Summaries and reports of sessions whose stats are recomputed. */
function summarize(sessions) {
    const results = sessions.map(summarizeSession);
    return { summaries: results.map((r) => r.summary), reports: results.map(validateSummary) };
}
async function buildArtifact(opts, settings, now) {
    const alias = opts.pin === undefined ? undefined : checkAlias(opts.pin);
    if (opts.last === 0) {
        throw new core_errors/* GuidedError */.FQ('--last must be greater than zero', ['ask for at least one session: `--last 1`']);
    }
    // Everything is read and parsed before anything is stored, so a bad input leaves the stores as they were.
    const collected = [];
    for (const input of opts.inputs)
        collected.push(await collectFile(settings.cwd, input));
    for (const uri of opts.from)
        collected.push(await collectUri(uri, settings));
    if (opts.last !== undefined) {
        let wanted = opts.last;
        for (const sourcePath of await indexedSourcePaths(settings)) {
            if (wanted === 0)
                break;
            if (!(await exists(sourcePath)))
                continue;
            collected.push(await collectFile(settings.cwd, sourcePath));
            wanted--;
        }
    }
    if (collected.length === 0) {
        throw new core_errors/* GuidedError */.FQ('no sessions provided (use inputs, --from, or --last)', [
            'pass a session file: `opensession handoff build ./session.hail.jsonl`',
            'or a stored session: `opensession handoff build --from os://src/local/<sha256>`',
        ]);
    }
    const uris = [];
    for (const c of collected) {
        if (c.canonical)
            c.uri = (await (0,store/* storeLocalObject */.AU)(c.canonical, settings)).uri;
        uris.push(c.uri);
    }
    const sessions = collected.map((c) => c.session);
    const { summaries, reports } = summarize(sessions);
    if (opts.validate) {
        const errors = reports.flatMap((r) => r.findings).filter((f) => f.severity === 'error').length;
        if (errors > 0) {
            const steps = reports.flatMap((r) => r.findings
                .filter((f) => f.severity === 'error')
                .map((f) => `fix session ${r.session_id}: ${f.message} (${f.code})`));
            throw new core_errors/* GuidedError */.FQ(`handoff validation failed: ${errors} error-level findings`, steps);
        }
    }
    const canonical = canonicalJsonl(summaries);
    const sha256 = (0,hail/* sha256Hex */.fg)(canonical);
    const record = {
        version: 'v1',
        sha256,
        created_at: (0,hail/* formatTsOffset */.UZ)((0,hail/* timestampFromMillis */.P9)(now.getTime())),
        source_uris: (0,core_text/* dedupe */.Qq)(uris).sort(core_text/* compareBytewise */.GV),
        canonical_jsonl: canonical,
        raw_sessions: sessions.map(hail/* toWholeSessionObject */.M2),
        validation_reports: reports.map((r) => (0,hail/* sortJsonKeys */.Po)(r)),
    };
    const stored = await storeRecord(record, settings);
    if (alias !== undefined)
        await writePin(alias, sha256, settings);
    return { uri: `os://artifact/${sha256}`, sha256, path: stored.path, created: stored.created, record, pinned: alias };
}

;// CONCATENATED MODULE: ./core/handoff/verify.ts
// `artifacts verify` and `artifacts get` (hail-and-store.md 11.8, 11.9).



function rawSessions(record) {
    return record.raw_sessions.map((raw, i) => {
        try {
            return (0,hail/* fromWholeSessionJson */.MW)(raw);
        }
        catch (err) {
            throw new core_errors/* GuidedError */.FQ(`artifact raw session ${i} is unreadable: ${err.message}`, [
                'rebuild the artifact from its sessions: `opensession handoff build <FILE>...`',
            ]);
        }
    });
}
/** `get` output (11.8). */
function renderArtifact(record, format, encoding) {
    if (format === 'canonical') {
        if (encoding === 'jsonl')
            return record.canonical_jsonl;
        const lines = record.canonical_jsonl
            .split('\n')
            .filter((l) => l.replace(/[ \t\r]/g, '') !== '')
            .map((l) => (0,hail/* parseJsonLossless */.KK)(l));
        return (0,hail/* stringifyCanonical */.qY)(lines, 2) + '\n';
    }
    const objects = rawSessions(record).map(hail/* toWholeSessionObject */.M2);
    if (encoding === 'json')
        return (0,hail/* stringifyOrdered */.Vd)(objects, 2) + '\n';
    return objects.map((o) => (0,hail/* stringifyOrdered */.Vd)(o) + '\n').join('');
}
function show(v) {
    if (v === undefined)
        return '(absent)';
    const s = (0,hail/* stringifyCanonical */.qY)(v);
    return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
/** The first path at which two JSON values differ, as a mismatch (`line 2 objective`, ...). */
function firstDifference(prefix, expected, found) {
    const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if (Array.isArray(expected) && Array.isArray(found)) {
        for (let i = 0; i < Math.max(expected.length, found.length); i++) {
            const d = firstDifference(`${prefix}[${i}]`, expected[i], found[i]);
            if (d)
                return d;
        }
        return undefined;
    }
    if (isObj(expected) && isObj(found)) {
        const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
        for (const k of keys) {
            const d = firstDifference(prefix ? `${prefix}.${k}` : k, Object.hasOwn(expected, k) ? expected[k] : undefined, Object.hasOwn(found, k) ? found[k] : undefined);
            if (d)
                return d;
        }
        return undefined;
    }
    const a = expected === undefined ? undefined : (0,hail/* stringifyCanonical */.qY)(expected);
    const b = found === undefined ? undefined : (0,hail/* stringifyCanonical */.qY)(found);
    return a === b ? undefined : { field: prefix, expected: show(expected), found: show(found) };
}
function describe(list) {
    return list.map((m) => `${m.field}: expected ${m.expected}, found ${m.found}`).join('; ');
}
/**
 * Recomputes everything an artifact claims (11.9 `verify`, extended): the hash of canonical_jsonl and
 * the record's own hash, each raw session's validity, the summaries and validation reports recomputed
 * from the raw sessions, and the source list's order. Throws a guided error naming each mismatch.
 */
function verifyArtifact(resolvedHash, loaded) {
    const { record } = loaded;
    const rebuild = [
        'rebuild the artifact from its sessions: `opensession handoff build <FILE>...` (or `--from <os://src/local/...>`)',
        `remove the damaged record: \`opensession handoff artifacts rm ${resolvedHash}\``,
    ];
    const hashes = [];
    if (record.sha256 !== resolvedHash)
        hashes.push({ field: 'sha256', expected: resolvedHash, found: record.sha256 });
    const actual = (0,hail/* sha256Hex */.fg)(record.canonical_jsonl);
    if (actual !== record.sha256) {
        hashes.push({ field: 'sha256 of canonical_jsonl', expected: record.sha256, found: actual });
    }
    if (hashes.length > 0)
        throw new core_errors/* GuidedError */.FQ(`artifact hash mismatch: ${describe(hashes)}`, rebuild);
    const sessions = rawSessions(record);
    for (const s of sessions) {
        const errors = (0,hail/* validateSession */.wH)(s);
        if (errors.length > 0) {
            throw new core_errors/* GuidedError */.FQ(`artifact raw session validation failed: ${errors.join('; ')}`, [
                `session ${s.session_id} cannot be handed off as stored; fix it and rebuild: \`opensession handoff build <FILE>\``,
            ]);
        }
    }
    const recomputed = sessions.map(hail/* withRecomputedStats */.KH);
    const { summaries, reports } = summarize(recomputed);
    const expectedJsonl = canonicalJsonl(summaries);
    if (expectedJsonl !== record.canonical_jsonl) {
        const exp = expectedJsonl.split('\n').filter((l) => l !== '');
        const got = record.canonical_jsonl.split('\n').filter((l) => l !== '');
        let m;
        for (let i = 0; i < Math.max(exp.length, got.length) && !m; i++) {
            const parse = (l) => {
                if (l === undefined)
                    return undefined;
                try {
                    return (0,hail/* parseJsonLossless */.KK)(l);
                }
                catch {
                    return l;
                }
            };
            m = firstDifference(`canonical_jsonl line ${i + 1}`, parse(exp[i]), parse(got[i]));
            if (!m && exp[i] !== got[i])
                m = { field: `canonical_jsonl line ${i + 1}`, expected: show(exp[i]), found: show(got[i]) };
        }
        m ??= { field: 'canonical_jsonl', expected: show(expectedJsonl), found: show(record.canonical_jsonl) };
        throw new core_errors/* GuidedError */.FQ(`artifact summaries do not match raw_sessions: ${describe([m])}`, rebuild);
    }
    const expectedReports = reports.map((r) => (0,hail/* sortJsonKeys */.Po)(r));
    // validation_reports is optional on read (11.5): an old record without it is not a mismatch.
    const reportDiff = record.validation_reports.length === 0
        ? undefined
        : firstDifference('validation_reports', expectedReports, record.validation_reports);
    if (reportDiff)
        throw new core_errors/* GuidedError */.FQ(`artifact validation reports do not match raw_sessions: ${describe([reportDiff])}`, rebuild);
    return `os://artifact/${resolvedHash}`;
}

;// CONCATENATED MODULE: ./core/handoff/index.ts
// Handoff artifacts (hail-and-store.md section 11): summaries, records, pins.







/***/ }),

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mh: () => (/* binding */ plainErrorText),
/* harmony export */   VF: () => (/* binding */ readUtf8Strict),
/* harmony export */   f9: () => (/* binding */ systemErrorText),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   tJ: () => (/* binding */ InvalidUtf8Error)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// File reading with the strictness the spec asks for (strict UTF-8, OS error texts).

/** The error text for an fs error, in this project's words (amendments A14), else its message. */
function systemErrorText(err) {
    return plainErrorText(err);
}
class InvalidUtf8Error extends Error {
    constructor() {
        super('file is not valid UTF-8');
        this.name = 'InvalidUtf8Error';
    }
}
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes bytes as strict UTF-8 (a BOM is kept for the HAIL reader to remove). */
function decodeUtf8Strict(bytes) {
    try {
        return strictDecoder.decode(bytes);
    }
    catch {
        throw new InvalidUtf8Error();
    }
}
/** Reads a whole file as strict UTF-8; throws the fs error or InvalidUtf8Error. */
async function readUtf8Strict(file) {
    return decodeUtf8Strict(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file));
}
const PLAIN_ERRNO_TEXT = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'file name too long',
    EMFILE: 'too many open files',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EIO: 'input/output error',
};
/** A file error in this project's words (amendments A14): `no such file`, never `(os error 2)`. */
function plainErrorText(err) {
    const e = err;
    if (e && typeof e.code === 'string' && PLAIN_ERRNO_TEXT[e.code])
        return PLAIN_ERRNO_TEXT[e.code];
    return e instanceof Error ? e.message : String(err);
}


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ storeLocalObject),
/* harmony export */   F9: () => (/* binding */ readLocalObject),
/* harmony export */   Fh: () => (/* binding */ ensureRepoGitignore),
/* harmony export */   Gn: () => (/* binding */ findRepoRoot),
/* harmony export */   IZ: () => (/* binding */ createFileAtomically),
/* harmony export */   V0: () => (/* binding */ homeFromEnv),
/* harmony export */   _M: () => (/* binding */ readLocalObjectSync),
/* harmony export */   cc: () => (/* binding */ defaultRoot),
/* harmony export */   du: () => (/* binding */ objectPath),
/* harmony export */   eJ: () => (/* binding */ storeLocalObjectStream),
/* harmony export */   zA: () => (/* binding */ candidateRoots)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
// The local content-addressed object store (hail-and-store.md section 8).




const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Section 8: no HOME/USERPROFILE where the global store is needed. */
function noHomeError() {
    return new _errors__WEBPACK_IMPORTED_MODULE_3__/* .GuidedError */ .FQ('could not determine home directory', [
        'set HOME to your home directory, or run the command inside a git repository',
    ]);
}
/** Home from an environment map: HOME, else USERPROFILE (empty counts as unset). */
function homeFromEnv(env) {
    return env.HOME || env.USERPROFILE || undefined;
}
/** The first directory at or above `cwd` (its parent if it names a file) holding an entry `.git`. */
function findRepoRoot(cwd) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir).isDirectory())
            dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
    }
    catch {
        // a missing cwd is walked up like a directory
    }
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, '.git'));
            return dir;
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
            if (parent === dir)
                return undefined;
            dir = parent;
        }
    }
}
function rootsFor(kind, settings) {
    const repoRoot = findRepoRoot(settings.cwd);
    return {
        repoRoot,
        repoStore: repoRoot ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(repoRoot, '.opensession', kind) : undefined,
        globalStore: settings.home ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(settings.home, '.local', 'share', 'opensession', kind) : undefined,
    };
}
/** Roots to read from, in order: repo store (inside a repo), then the global store. */
function candidateRoots(kind, settings) {
    const roots = rootsFor(kind, settings);
    const out = [];
    if (roots.repoStore)
        out.push(roots.repoStore);
    if (roots.globalStore)
        out.push(roots.globalStore);
    else if (!roots.repoStore)
        throw noHomeError();
    return out;
}
function objectPath(root, sha256, ext = '.jsonl') {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}${ext}`);
}
/** The write root of `kind`: the repo store inside a repo, else the global store (section 8, 11.1). */
function defaultRoot(kind, settings) {
    const { repoStore, globalStore } = rootsFor(kind, settings);
    const root = repoStore ?? globalStore;
    if (!root)
        throw noHomeError();
    return { root, inRepo: root === repoStore };
}
/** Writes `<dir>/.gitignore` = `*\n` (for a store inside a repo) when none exists yet. */
async function ensureRepoGitignore(storeDir) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(storeDir, { recursive: true });
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(storeDir, '.gitignore'), '*\n', { flag: 'wx' });
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw err;
    }
}
/**
 * Creates `target` with `bytes` atomically and only if it does not exist: write a temp file in the
 * same directory, then hard-link it into place (link fails with EEXIST rather than replacing).
 * Returns false when the target already existed.
 */
async function createFileAtomically(target, bytes) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
    try {
        return await linkIntoPlace(tmp, target);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
    }
}
/**
 * Hard-links the finished temp file `tmp` to `target` (same filesystem); false when `target` already
 * existed. The caller removes `tmp`.
 */
async function linkIntoPlace(tmp, target) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.link(tmp, target);
        return true;
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return false;
        // Filesystems without hard links: fall back to rename when the target is still absent.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
            try {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(target);
                return false;
            }
            catch {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, target);
                return true;
            }
        }
        throw err;
    }
}
/**
 * Stores canonical bytes under their sha256 (never overwrites) in the write root: the repo store inside
 * a repo, else the global store.
 */
function storeLocalObject(bytes, settings) {
    return storeLocalObjectStream((consume) => consume(bytes), settings);
}
function writeAll(fd, chunk) {
    for (let off = 0; off < chunk.length;)
        off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, chunk, off, chunk.length - off);
}
/**
 * storeLocalObject for bytes made as a stream (`register`): each chunk is hashed and appended to a
 * temp file in the write root as it comes, so the object is never whole in memory; the file is then
 * linked into place under its sha256. Errors come in the order they would if the bytes were made
 * first: an error thrown by `produce` (bad input) wins over any store error, including a missing
 * home. When anything fails, the temp file and the directories this call created are removed.
 */
async function storeLocalObjectStream(produce, settings) {
    const { repoStore, globalStore } = rootsFor('objects', settings);
    const root = repoStore ?? globalStore;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let made; // the topmost directory this call created
    let tmp;
    let fd;
    let storeError;
    let ok = false;
    if (root) {
        try {
            made = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(root, { recursive: true });
            const name = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, `.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(name, 'wx', 0o644);
            tmp = name;
        }
        catch (err) {
            storeError = err;
        }
    }
    const consume = (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
        if (fd === undefined || storeError !== undefined)
            return;
        try {
            writeAll(fd, chunk);
        }
        catch (err) {
            storeError = err; // reported once `produce` is done: an input error comes first
        }
    };
    try {
        produce(consume);
        if (!root)
            throw noHomeError();
        if (storeError !== undefined)
            throw storeError;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        fd = undefined;
        if (root === repoStore)
            await ensureRepoGitignore(root);
        const sha256 = hash.digest('hex');
        const target = objectPath(root, sha256);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
        const created = await linkIntoPlace(tmp, target);
        ok = true;
        return { uri: `os://src/local/${sha256}`, sha256, path: target, bytes, created };
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        if (tmp !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        if (!ok && made !== undefined && root)
            removeEmptyDirs(root, made);
    }
}
/** Removes `dir` and its parents up to and including `top` while they are empty. */
function removeEmptyDirs(dir, top) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(d);
        }
        catch {
            return; // not empty (someone else wrote there) or already gone
        }
        if (d === top || node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d) === d)
            return;
    }
}
/** The files that may hold object `hash`, in lookup order (repo store, then the user-wide one). */
function objectCandidates(hash, settings) {
    if (!HEX64.test(hash))
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid hash: ${hash}`);
    const sha256 = hash.toLowerCase();
    return { sha256, files: candidateRoots('objects', settings).map((root) => objectPath(root, sha256)) };
}
function isMissing(err) {
    const code = err.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** Reads a stored object from the first candidate root that has it. */
async function readLocalObject(hash, settings) {
    const { sha256, files } = objectCandidates(hash, settings);
    for (const file of files) {
        try {
            return { sha256, path: file, bytes: await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file) };
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`object not found: ${sha256}`);
}
/**
 * `readLocalObject` with synchronous reads, for a one-shot command that reads one object and has nothing to
 * overlap with it (`share`): no thread-pool start-up and round trips.
 */
function readLocalObjectSync(hash, settings) {
    const { sha256, files } = objectCandidates(hash, settings);
    for (const file of files) {
        try {
            return { sha256, path: file, bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file) };
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`object not found: ${sha256}`);
}


/***/ }),

/***/ 1456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ percentEncodeSegment),
/* harmony export */   E9: () => (/* binding */ base64UrlDecodeStrict),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   Se: () => (/* binding */ base64UrlEncodeString),
/* harmony export */   YZ: () => (/* binding */ percentDecode),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   tS: () => (/* binding */ base64UrlDecodeBytesStrict)
/* harmony export */ });
/* unused harmony export base64UrlEncode */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);
// Encodings used by source URIs (hail-and-store.md 7.2) and ledger ref names (git-native.md 2.2).

const UTF8_ENCODER = new TextEncoder();
// ignoreBOM: keep a leading U+FEFF in the output (the default decoder silently drops it).
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const HEX = '0123456789ABCDEF';
function isUnreserved(b) {
    return ((b >= 0x30 && b <= 0x39) || // 0-9
        (b >= 0x41 && b <= 0x5a) || // A-Z
        (b >= 0x61 && b <= 0x7a) || // a-z
        b === 0x2d || // -
        b === 0x5f || // _
        b === 0x2e || // .
        b === 0x7e // ~
    );
}
/** Decodes UTF-8 bytes strictly; `undefined` when they are not valid UTF-8. A leading BOM is kept. */
function decodeUtf8Strict(bytes) {
    try {
        return UTF8_DECODER.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * Percent-encodes every UTF-8 byte of `s` except ASCII letters, digits and `-_.~` (uppercase hex).
 * Unlike `encodeURIComponent` this also escapes `! ' ( ) *`. A lone surrogate is encoded as U+FFFD
 * (it has no UTF-8 form).
 */
function percentEncodeSegment(s) {
    const bytes = UTF8_ENCODER.encode(s);
    let out = '';
    for (const b of bytes) {
        if (isUnreserved(b))
            out += String.fromCharCode(b);
        else
            out += '%' + HEX[b >> 4] + HEX[b & 0x0f];
    }
    return out;
}
/** Splits `path` on `/`, encodes each segment with `percentEncodeSegment`, joins with `/`. */
function encodePath(path) {
    return path.split('/').map(percentEncodeSegment).join('/');
}
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x41 + 10;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x61 + 10;
    return -1;
}
/**
 * Percent-decodes `s`: `%XX` (hex digits of either case) becomes byte XX; a malformed escape (`%zz`, a lone
 * or truncated `%`) stays literal; `+` stays `+`; every other character contributes its UTF-8 bytes.
 * Returns `undefined` when the resulting bytes are not valid UTF-8 (or `s` itself holds a lone surrogate).
 */
function percentDecode(s) {
    if (!s.isWellFormed())
        return undefined;
    if (s.indexOf('%') < 0)
        return s;
    const out = [];
    let i = 0;
    while (i < s.length) {
        const c = s.charCodeAt(i);
        if (c === 0x25 && i + 2 < s.length) {
            const hi = hexValue(s.charCodeAt(i + 1));
            const lo = hexValue(s.charCodeAt(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.push((hi << 4) | lo);
                i += 3;
                continue;
            }
        }
        // Copy one code point (1 or 2 UTF-16 units) as UTF-8.
        const cp = s.codePointAt(i);
        const len = cp > 0xffff ? 2 : 1;
        for (const b of UTF8_ENCODER.encode(s.slice(i, i + len)))
            out.push(b);
        i += len;
    }
    return decodeUtf8Strict(Uint8Array.from(out));
}
/** base64url (RFC 4648 section 5 alphabet) without padding. */
function base64UrlEncode(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}
/** base64url without padding over the UTF-8 bytes of `s` (ledger ref tokens, `project_b64`, `remote_b64`). */
function base64UrlEncodeString(s) {
    return Buffer.from(s, 'utf8').toString('base64url');
}
const B64URL_CHARS = /^[A-Za-z0-9_-]*$/;
const B64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * Strict base64url decoding to bytes, or `undefined`: padding `=`, `+`, `/` and any other character outside
 * `A-Z a-z 0-9 - _` are rejected, as are a length ≡ 1 (mod 4) and non-zero trailing bits.
 */
function base64UrlDecodeBytesStrict(s) {
    if (!B64URL_CHARS.test(s))
        return undefined;
    const rem = s.length % 4;
    if (rem === 1)
        return undefined;
    if (rem !== 0) {
        const last = B64URL_ALPHABET.indexOf(s[s.length - 1]);
        // rem 2: 12 bits carry 8 → low 4 bits unused; rem 3: 18 bits carry 16 → low 2 bits unused.
        const unusedMask = rem === 2 ? 0x0f : 0x03;
        if ((last & unusedMask) !== 0)
            return undefined;
    }
    return new Uint8Array(Buffer.from(s, 'base64url'));
}
/**
 * Strict base64url decoding to a UTF-8 string (hail-and-store.md 7.2; git-native.md 2.2). Throws
 * `UriError` (`InvalidBase64`, `invalid base64url segment: {s}`) on any rejection, including invalid UTF-8.
 */
function base64UrlDecodeStrict(s) {
    const bytes = base64UrlDecodeBytesStrict(s);
    const text = bytes === undefined ? undefined : decodeUtf8Strict(bytes);
    if (text === undefined)
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .UriError */ .h('InvalidBase64', `invalid base64url segment: ${s}`);
    return text;
}


/***/ }),

/***/ 7849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* reexport safe */ _parse__WEBPACK_IMPORTED_MODULE_2__.Du),
/* harmony export */   Lf: () => (/* reexport safe */ _parse__WEBPACK_IMPORTED_MODULE_2__.Lf),
/* harmony export */   Me: () => (/* reexport safe */ _remote__WEBPACK_IMPORTED_MODULE_3__.Me),
/* harmony export */   kc: () => (/* reexport safe */ _parse__WEBPACK_IMPORTED_MODULE_2__.kc),
/* harmony export */   um: () => (/* reexport safe */ _remote__WEBPACK_IMPORTED_MODULE_3__.um)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);
/* harmony import */ var _encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _parse__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7778);
/* harmony import */ var _remote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(819);
// Source URIs (hail-and-store.md section 7).






/***/ }),

/***/ 7778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ formatSourceUri),
/* harmony export */   Lf: () => (/* binding */ parseSourceUri),
/* harmony export */   kc: () => (/* binding */ webRoute),
/* harmony export */   x4: () => (/* binding */ isValidOwnerRepoSegment),
/* harmony export */   z3: () => (/* binding */ normalizeSourceUri)
/* harmony export */ });
/* unused harmony exports isRemoteSource, localHash, artifactHash, parseWebRoute */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
// Parsing, formatting and web routes of source URIs (hail-and-store.md 7.3–7.5).



const SCHEME = 'os://';
const HEX64 = /^[0-9A-Fa-f]{64}$/;
const OWNER_REPO = /^[A-Za-z0-9._-]{1,200}$/;
const GH_SHAPE = 'os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>';
const GL_SHAPE = 'os://src/gl/<project_b64>/ref/<ref>/path/<path...>';
const GIT_SHAPE = 'os://src/git/<remote_b64>/ref/<ref>/path/<path...>';
const REF_PATH_SHAPE = '/ref/<ref>/path/<path...>';
function structure(detail) {
    return new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidStructure', `invalid uri structure: ${detail}`);
}
/** The gh owner/repo rule of 7.3 (also used by 7.6): `^[A-Za-z0-9._-]{1,200}$` and not `.` or `..`. */
function isValidOwnerRepoSegment(value) {
    return OWNER_REPO.test(value) && value !== '.' && value !== '..';
}
function parseHash(value) {
    if (!HEX64.test(value))
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidHash', `invalid sha256: ${value}`);
    return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(value);
}
function decodeRef(enc) {
    const decoded = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentDecode */ .YZ)(enc);
    const ref = decoded === undefined ? '' : (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(decoded);
    if (ref.length === 0)
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidRefEncoding', `invalid ref encoding: ${enc}`);
    return ref;
}
/**
 * 7.3 step 5. Each segment is percent-decoded and split on `/`; every piece is trimmed and must then be
 * non-empty, not `.`/`..` and free of `\`. Trimming each piece (not only the whole segment) keeps
 * `parse(format(u)) = u`: `a%2F%20b` reads as `a/b`, and `a%2F%20..` is rejected like `a/..`.
 */
function decodePath(segs) {
    if (segs.length === 0)
        throw structure('path segment is required');
    const pieces = [];
    for (const enc of segs) {
        const decoded = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentDecode */ .YZ)(enc);
        if (decoded === undefined)
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidPathEncoding', `invalid path encoding: ${enc}`);
        for (const raw of decoded.split('/')) {
            const piece = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(raw);
            if (piece.length === 0 || piece === '.' || piece === '..' || piece.includes('\\')) {
                throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidPathEncoding', `invalid path encoding: ${enc}`);
            }
            pieces.push(piece);
        }
    }
    return pieces.join('/');
}
/** Parses an `os://` URI (hail-and-store.md 7.3). Throws `UriError` with the spec's message. */
function parseSourceUri(s) {
    if (!s.startsWith(SCHEME))
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidScheme', 'uri must start with os://');
    const rest = s.slice(SCHEME.length);
    if (rest.startsWith('artifact/')) {
        return { kind: 'artifact', sha256: parseHash(rest.slice('artifact/'.length)) };
    }
    const segs = rest.split('/').filter((p) => p.length > 0);
    if (segs.length < 2)
        throw structure('expected os://src/<provider>/...');
    if (segs[0] !== 'src')
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('UnsupportedKind', `unsupported uri kind: ${segs[0]}`);
    const provider = segs[1];
    const r = segs.slice(2);
    switch (provider) {
        case 'local':
            if (r.length !== 1)
                throw structure('local uri must be os://src/local/<sha256>');
            return { kind: 'local', sha256: parseHash(r[0]) };
        case 'gh': {
            if (r.length < 6)
                throw structure(`gh uri must be ${GH_SHAPE}`);
            if (r[2] !== 'ref' || r[4] !== 'path')
                throw structure(`gh uri must contain ${REF_PATH_SHAPE}`);
            for (const v of [r[0], r[1]]) {
                if (!isValidOwnerRepoSegment(v))
                    throw structure(`invalid owner/repo segment: ${v}`);
            }
            return { kind: 'gh', owner: r[0], repo: r[1], ref: decodeRef(r[3]), path: decodePath(r.slice(5)) };
        }
        case 'gl':
        case 'git': {
            if (r.length < 5)
                throw structure(`${provider} uri must be ${provider === 'gl' ? GL_SHAPE : GIT_SHAPE}`);
            if (r[1] !== 'ref' || r[3] !== 'path')
                throw structure(`${provider} uri must contain ${REF_PATH_SHAPE}`);
            const name = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlDecodeStrict */ .E9)(r[0]); // `invalid base64url segment: {seg}` (7.3 step 6)
            const ref = decodeRef(r[2]);
            const path = decodePath(r.slice(4));
            return provider === 'gl' ? { kind: 'gl', project: name, ref, path } : { kind: 'git', remote: name, ref, path };
        }
        default:
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('UnsupportedKind', `unsupported uri kind: ${provider}`);
    }
}
/**
 * Formats a source URI (hail-and-store.md 7.4). No validation: `parse(format(u)) = u` holds for every valid
 * value (see `normalizeSourceUri` to validate and canonicalise an arbitrary value).
 */
function formatSourceUri(u) {
    switch (u.kind) {
        case 'artifact':
            return `${SCHEME}artifact/${(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(u.sha256)}`;
        case 'local':
            return `${SCHEME}src/local/${(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(u.sha256)}`;
        case 'gh':
            return `${SCHEME}src/gh/${u.owner}/${u.repo}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
        case 'gl':
            return `${SCHEME}src/gl/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(u.project)}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
        case 'git':
            return `${SCHEME}src/git/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(u.remote)}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
    }
}
/**
 * `parseSourceUri(formatSourceUri(u))`: validates a value and returns its canonical form, or throws `UriError`.
 * Empty fields (which would format to an empty, dropped segment) are reported as the field's own error, in the
 * parser's order: owner/repo `invalid uri structure: invalid owner/repo segment: `, project/remote
 * `invalid base64url segment: `, ref `invalid ref encoding: `, path `invalid uri structure: path segment is required`.
 */
function normalizeSourceUri(u) {
    if (isRemoteSource(u)) {
        if (u.kind === 'gh') {
            for (const v of [u.owner, u.repo]) {
                if (!isValidOwnerRepoSegment(v))
                    throw structure(`invalid owner/repo segment: ${v}`);
            }
        }
        else if ((u.kind === 'gl' ? u.project : u.remote) === '') {
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidBase64', 'invalid base64url segment: ');
        }
        if (u.ref === '')
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidRefEncoding', 'invalid ref encoding: ');
        if (u.path.split('/').every((p) => p === ''))
            throw structure('path segment is required');
    }
    return parseSourceUri(formatSourceUri(u));
}
function isRemoteSource(u) {
    return u.kind === 'gh' || u.kind === 'gl' || u.kind === 'git';
}
/** The sha256 of an `os://src/local/…` URI, else `undefined`. */
function localHash(u) {
    return u.kind === 'local' ? asciiLower(u.sha256) : undefined;
}
/** The sha256 of an `os://artifact/…` URI, else `undefined`. */
function artifactHash(u) {
    return u.kind === 'artifact' ? asciiLower(u.sha256) : undefined;
}
/** The web route of a remote source (the formatted URI with `os://` replaced by `/`); `undefined` for local/artifact. */
function webRoute(u) {
    if (!isRemoteSource(u))
        return undefined;
    return '/' + formatSourceUri(u).slice(SCHEME.length);
}
/**
 * Reads a web route (hail-and-store.md 7.5) back to a source URI.
 *
 * - Anything from the first `?` or `#` on (query, fragment) is ignored; the route must start with `/`
 *   (else `InvalidScheme`, `web route must start with /`).
 * - The route is split on `/` and empty pieces are dropped, as in 7.3. Only `/src/gh|gl|git/...` are routes:
 *   another first piece or provider (including `local` and `artifact`) ⇒ `unsupported uri kind: {piece}`.
 * - Hand-written refs with an unencoded `/`: when the piece after the owner/repo (gh) or `*_b64` (gl/git) is
 *   `ref`, the ref is every piece between it and the first later piece equal to `path`, searched only after at
 *   least one ref piece (so a ref named `path` works); those pieces are joined with `%2F`. A `path` inside a
 *   ref can be written `%70ath`. Formatted routes have a single ref piece, so nothing changes for them.
 * - The result is then parsed exactly as `os://` + the pieces, with the errors and messages of 7.3 (which name
 *   the `os://` form).
 */
function parseWebRoute(route) {
    const cut = route.search(/[?#]/);
    const p = cut >= 0 ? route.slice(0, cut) : route;
    if (!p.startsWith('/'))
        throw new UriError('InvalidScheme', 'web route must start with /');
    let pieces = p.split('/').filter((x) => x.length > 0);
    if (pieces.length >= 2) {
        if (pieces[0] !== 'src')
            throw new UriError('UnsupportedKind', `unsupported uri kind: ${pieces[0]}`);
        const provider = pieces[1];
        if (provider !== 'gh' && provider !== 'gl' && provider !== 'git') {
            throw new UriError('UnsupportedKind', `unsupported uri kind: ${provider}`);
        }
        const refAt = provider === 'gh' ? 4 : 3;
        if (pieces[refAt] === 'ref') {
            const pathAt = pieces.indexOf('path', refAt + 2);
            if (pathAt > refAt + 2) {
                const refEnc = pieces.slice(refAt + 1, pathAt).join('%2F');
                pieces = [...pieces.slice(0, refAt + 1), refEnc, ...pieces.slice(pathAt)];
            }
        }
    }
    return parseSourceUri(SCHEME + pieces.join('/'));
}


/***/ }),

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ remoteUrlToSourceUri),
/* harmony export */   P0: () => (/* binding */ cleanRemotePath),
/* harmony export */   py: () => (/* binding */ remoteHostAndPath),
/* harmony export */   um: () => (/* binding */ stripUrlCredentials)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7778);
// Remote URL → source URI (hail-and-store.md 7.6; git-native.md 10.5).


/**
 * Removes credentials from a remote URL. `http://`/`https://` (scheme compared ASCII case-insensitively): the
 * whole userinfo (`user[:password]@`) is removed. Other `scheme://` URLs: only `:password` is removed. The
 * userinfo is everything up to the last `@` before the first `/` after `://`. Text without `://` (scp form
 * `user@host:path`, local paths) is returned unchanged.
 */
function stripUrlCredentials(url) {
    const sep = url.indexOf('://');
    if (sep < 0)
        return url;
    const scheme = url.slice(0, sep);
    const rest = url.slice(sep + 3);
    const slash = rest.indexOf('/');
    const authority = slash < 0 ? rest : rest.slice(0, slash);
    const tail = rest.slice(authority.length);
    const at = authority.lastIndexOf('@');
    if (at < 0)
        return url;
    const userinfo = authority.slice(0, at);
    const hostPort = authority.slice(at + 1);
    const lower = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(scheme);
    if (lower === 'http' || lower === 'https')
        return `${scheme}://${hostPort}${tail}`;
    const colon = userinfo.indexOf(':');
    if (colon < 0)
        return url;
    const user = userinfo.slice(0, colon);
    // `ssh://:secret@host` has no user left: drop the now-empty userinfo with its `@`.
    return user.length > 0 ? `${scheme}://${user}@${hostPort}${tail}` : `${scheme}://${hostPort}${tail}`;
}
/**
 * 7.6 step 1: (host, path) of a remote URL, or `undefined` when it has no host (local paths).
 * scp form: no `://`, `user@host:path` with `user`, `host` and `path` non-empty and no `/` before the `:`.
 * `scheme://` form: drop up to the last `@` before the first `/`, split at the first `/`, drop `:port`
 * (for a bracketed IPv6 host, everything after `]`).
 */
function remoteHostAndPath(url) {
    const sep = url.indexOf('://');
    if (sep < 0) {
        const colon = url.indexOf(':');
        if (colon < 0)
            return undefined;
        const before = url.slice(0, colon);
        const path = url.slice(colon + 1);
        const at = before.lastIndexOf('@');
        if (at <= 0 || before.includes('/'))
            return undefined;
        const host = before.slice(at + 1);
        if (host.length === 0 || path.length === 0)
            return undefined;
        return { host, path };
    }
    const rest = url.slice(sep + 3);
    const slash = rest.indexOf('/');
    let authority = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : rest.slice(slash);
    const at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.slice(at + 1);
    let host;
    if (authority.startsWith('[')) {
        const close = authority.indexOf(']');
        host = close < 0 ? authority : authority.slice(0, close + 1);
    }
    else {
        const colon = authority.indexOf(':');
        host = colon < 0 ? authority : authority.slice(0, colon);
    }
    return { host, path };
}
/**
 * 7.6 step 2: the path without leading `/`s and with trailing `.git` removed repeatedly. Trailing `/`s are
 * removed too (interleaved with `.git`), so `group/repo.git/` and `group/repo/` clean to `group/repo`.
 */
function cleanRemotePath(path) {
    let p = path.replace(/^\/+/, '');
    for (;;) {
        const before = p;
        p = p.replace(/\/+$/, '');
        if (p.endsWith('.git'))
            p = p.slice(0, -4);
        if (p === before)
            return p;
    }
}
/**
 * Names a file at (remote URL, ref, path) as a source URI (hail-and-store.md 7.6). The URL is trimmed first.
 * github.com (≥ 2 segments passing the gh owner/repo rule) → gh; gitlab.com (≥ 1 segment) → gl with the
 * cleaned path as project; anything else → git with the credential-stripped URL as remote. The result is
 * validated and canonicalised through `parse(format(·))`, so an empty ref or a `..` path throws the `UriError`
 * of 7.3 and every returned value formats to a parseable URI.
 */
function remoteUrlToSourceUri(remoteUrl, ref, path) {
    const url = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(remoteUrl);
    const hp = remoteHostAndPath(url);
    if (hp !== undefined) {
        const host = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(hp.host);
        const cleaned = cleanRemotePath(hp.path);
        const segments = cleaned.split('/').filter((s) => s.length > 0);
        if (host === 'github.com' &&
            segments.length >= 2 &&
            (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwnerRepoSegment */ .x4)(segments[0]) &&
            (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwnerRepoSegment */ .x4)(segments[1])) {
            return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'gh', owner: segments[0], repo: segments[1], ref, path });
        }
        if (host === 'gitlab.com' && segments.length >= 1) {
            return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'gl', project: cleaned, ref, path });
        }
    }
    return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'git', remote: stripUrlCredentials(url), ref, path });
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ UriError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
// Source URI model (hail-and-store.md 7.1). `ref`, `path`, `project` and `remote` are stored decoded;
// hashes are stored lowercase.

/** A source-URI error (hail-and-store.md 7.3). `message` is the spec text; `kind` classifies it. */
class UriError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'UriError';
        this.kind = kind;
    }
}


/***/ })

};
;