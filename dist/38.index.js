"use strict";
exports.id = 38;
exports.ids = [38];
exports.modules = {

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ recomputeStats),
/* harmony export */   qX: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony exports withRecomputedStats, emptyStats */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Stats fold (hail-and-store.md section 3). Folded event by event so streaming writers need no event list.

const MAX = Number.MAX_SAFE_INTEGER;
/** A token value counts only when it is a non-negative JSON integer ≤ 2^53−1 (floats like 10.0 count 0). */
function tokenValue(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
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
/* harmony export */   XQ: () => (/* binding */ parseCommonForm),
/* harmony export */   ju: () => (/* binding */ formatTsZ),
/* harmony export */   z_: () => (/* binding */ tryParseTimestamp)
/* harmony export */ });
/* unused harmony exports formatTsOffset, timestampToMillis, compareTimestamps */
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
    return formatDigits(t) + 'Z';
}
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


/***/ })

};
;