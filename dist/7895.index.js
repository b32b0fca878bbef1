"use strict";
exports.id = 7895;
exports.ids = [7895];
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