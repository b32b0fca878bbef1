"use strict";
exports.id = 2590;
exports.ids = [2590];
exports.modules = {

/***/ 9238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ SessionBuilder),
/* harmony export */   a: () => (/* binding */ FileWarnings)
/* harmony export */ });
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2198);

function release(ev, ts) {
    ev.timestamp = ts;
    if (ev.makeId !== undefined) {
        ev.event_id = ev.makeId(ts);
        delete ev.makeId;
    }
    return ev;
}
/** Per-file warning counters with the exact texts of 2.16. */
class FileWarnings {
    displayPath;
    unit;
    malformed = { n: 0, first: 0 };
    oversized = { n: 0, first: 0 };
    badTimestamp = { n: 0, first: 0 };
    extra = [];
    /** `unit` is `line` for JSONL and `message` for array elements of JSON documents. */
    constructor(displayPath, unit = 'line') {
        this.displayPath = displayPath;
        this.unit = unit;
    }
    malformedAt(k) {
        if (this.malformed.n++ === 0)
            this.malformed.first = k;
    }
    oversizedAt(k) {
        if (this.oversized.n++ === 0)
            this.oversized.first = k;
    }
    badTimestampAt(k) {
        if (this.badTimestamp.n++ === 0)
            this.badTimestamp.first = k;
    }
    /** Warnings that follow the three counters (subagent skips, Cursor conversation count). */
    add(text) {
        this.extra.push(text);
    }
    get malformedCount() {
        return this.malformed.n;
    }
    render() {
        const out = [];
        const f = this.displayPath;
        const u = this.unit;
        if (this.malformed.n > 0)
            out.push(`skipped ${this.malformed.n} malformed record(s) in ${f} (first at ${u} ${this.malformed.first})`);
        if (this.oversized.n > 0)
            out.push(`skipped ${this.oversized.n} oversized record(s) in ${f} (first at ${u} ${this.oversized.first}; limit 64 MiB)`);
        if (this.badTimestamp.n > 0)
            out.push(`skipped ${this.badTimestamp.n} record(s) with an unparseable timestamp in ${f} (first at ${u} ${this.badTimestamp.first})`);
        out.push(...this.extra);
        return out;
    }
}
/** Final stage: unique event ids (2.11), counts and first/last timestamps, then the caller's sink. */
class Finalizer {
    sink;
    uniqueIds;
    ids = new Set();
    count = 0;
    firstTs;
    lastTs;
    pending = [];
    constructor(sink, uniqueIds) {
        this.sink = sink;
        this.uniqueIds = uniqueIds;
    }
    push(event) {
        if (this.uniqueIds) {
            // one hash lookup for the common case: `add` leaves the size unchanged only for an id already taken
            const ids = this.ids;
            const size = ids.size;
            ids.add(event.event_id);
            if (ids.size === size) {
                let k = 2;
                while (ids.has(`${event.event_id}-${k}`))
                    k++;
                const id = `${event.event_id}-${k}`;
                event.event_id = id;
                ids.add(id);
            }
        }
        if (this.count === 0)
            this.firstTs = event.timestamp;
        this.lastTs = event.timestamp;
        this.count++;
        const r = this.sink.push(event);
        if (r !== undefined)
            this.pending.push(r);
    }
    end() { }
}
class SessionBuilder {
    opts;
    finalizer;
    head;
    middle;
    held = [];
    prevTs;
    ended = false;
    constructor(opts) {
        this.opts = opts;
        this.finalizer = new Finalizer(opts.sink, (opts.uniqueIds ?? true) === true);
        this.head = this.finalizer;
    }
    /** Inserts a stage between timestamp resolution and the final sink. Call before the first event. */
    use(factory) {
        this.middle = factory(this.head);
        this.head = this.middle;
    }
    /** The stage after the middle one: events pushed here skip the middle stage (EOF events). */
    get finalStage() {
        return this.finalizer;
    }
    get eventCount() {
        return this.finalizer.count;
    }
    get firstTimestamp() {
        return this.finalizer.firstTs;
    }
    get lastTimestamp() {
        return this.finalizer.lastTs;
    }
    /** Timestamp of the previous event that went through resolution (2.10 step 2). */
    get previousTimestamp() {
        return this.prevTs;
    }
    get mtime() {
        return this.opts.mtime;
    }
    /** A record with a usable timestamp was read: undated events held so far take it (2.10 step 3). */
    observeTimestamp(ts) {
        if (this.held.length === 0)
            return;
        const held = this.held;
        this.held = [];
        for (const ev of held) {
            this.prevTs = ts;
            this.head.push(release(ev, ts));
        }
    }
    /**
     * Emits an event. Without a timestamp it takes the previous event's (2.10 step 2), else it is held
     * until the next dated record (step 3) or the end (steps 4–5).
     */
    emit(event) {
        if (event.timestamp === undefined) {
            if (this.prevTs !== undefined) {
                event.timestamp = this.prevTs;
            }
            else {
                this.held.push(event);
                return;
            }
        }
        else if (this.held.length > 0) {
            this.observeTimestamp(event.timestamp);
        }
        this.prevTs = event.timestamp;
        this.head.push(release(event, event.timestamp));
    }
    /** Promise for the sink's pending writes, if any (return it from a line handler). */
    takePending() {
        const p = this.finalizer.pending;
        if (p.length === 0)
            return undefined;
        this.finalizer.pending = [];
        return p.length === 1 ? p[0] : Promise.all(p).then(() => undefined);
    }
    /**
     * End of input: held events take `sessionStart` (2.10 step 4) or the file mtime (step 5), then the
     * middle stage is flushed. Events emitted afterwards go through `finalStage` directly.
     */
    flush(sessionStart) {
        if (this.ended)
            return;
        this.ended = true;
        if (this.held.length > 0)
            this.observeTimestamp(sessionStart ?? this.opts.mtime);
        this.middle?.end();
    }
    async drain() {
        for (;;) {
            const p = this.takePending();
            if (p === undefined)
                return;
            await p;
        }
    }
    /** Builds the session header (2.18 attributes, title rule, created/updated defaults). */
    header(fields) {
        const attributes = { ...(fields.attributes ?? {}) };
        const role = fields.role ?? 'primary';
        attributes.session_role = role;
        if (this.opts.sourcePath !== null)
            attributes.source_path = this.opts.sourcePath;
        const related = [];
        if (role === 'auxiliary' && fields.parentSessionId !== undefined && fields.parentSessionId !== '') {
            attributes.parent_session_id = fields.parentSessionId;
            related.push(fields.parentSessionId);
        }
        const fallback = fields.sessionStart ?? this.opts.mtime;
        const createdAt = fields.createdAt ?? this.finalizer.firstTs ?? fallback;
        const updatedAt = fields.updatedAt ?? this.finalizer.lastTs ?? createdAt;
        const context = {
            tags: [this.opts.tool],
            created_at: createdAt,
            updated_at: updatedAt,
            related_session_ids: related,
            attributes,
        };
        if (fields.title !== undefined) {
            const t = (0,_rules__WEBPACK_IMPORTED_MODULE_0__/* .applyTitleRule */ .Rw)(fields.title);
            if (t !== '')
                context.title = t;
        }
        if (fields.description !== undefined)
            context.description = fields.description;
        const agent = { provider: fields.agent.provider, model: fields.agent.model, tool: fields.agent.tool };
        if (fields.agent.tool_version !== undefined)
            agent.tool_version = fields.agent.tool_version;
        return { session_id: fields.sessionId, agent, context };
    }
}


/***/ }),

/***/ 2198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ inferToolKind),
/* harmony export */   E8: () => (/* binding */ fileStem),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   PB: () => (/* binding */ baseToolName),
/* harmony export */   P_: () => (/* binding */ textContent),
/* harmony export */   Rw: () => (/* binding */ applyTitleRule),
/* harmony export */   WI: () => (/* binding */ canonicalToolName),
/* harmony export */   XF: () => (/* binding */ buildToolResultContent),
/* harmony export */   bI: () => (/* binding */ stripSystemReminders),
/* harmony export */   hb: () => (/* binding */ extractTagContent),
/* harmony export */   iD: () => (/* binding */ normalizeRoleLabel),
/* harmony export */   jg: () => (/* binding */ emptyContent),
/* harmony export */   od: () => (/* binding */ detectLanguage),
/* harmony export */   v: () => (/* binding */ firstSet),
/* harmony export */   v$: () => (/* binding */ isInteractiveTool)
/* harmony export */ });
/* unused harmony exports trimEnd, INTERACTIVE_TOOL_NAMES, isLineNumbered, stripLineNumbers */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _redact_engine__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7472);


/** Removes trailing Unicode whitespace (a loop: an anchored regex backtracks on long space runs). */
function trimEnd(s) {
    let end = s.length;
    while (end > 0 && (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .isWhitespace */ .Yv)(s.charCodeAt(end - 1)))
        end--;
    return end === s.length ? s : s.slice(0, end);
}
/** 2.2: trimmed, lowercased role label → normalised role, or undefined. */
function normalizeRoleLabel(label) {
    if (typeof label !== 'string')
        return undefined;
    switch ((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(label).toLowerCase()) {
        case 'user':
        case 'human':
            return 'user';
        case 'assistant':
        case 'agent':
        case 'model':
        case 'gemini':
            return 'assistant';
        case 'system':
            return 'system';
        case 'thinking':
        case 'reasoning':
        case 'thought':
            return 'thinking';
        default:
            return undefined;
    }
}
const INTERACTIVE_TOOL_NAMES = new Set([
    'request_user_input',
    'ask_followup_question',
    'ask_follow_up_question',
    'ask_user',
    'request_human_input',
    'request_user_response',
]);
/** 2.3: trimmed, lowercased, cut to the text after the last `.`. */
function baseToolName(name) {
    const lower = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(name).toLowerCase();
    const dot = lower.lastIndexOf('.');
    return dot >= 0 ? lower.slice(dot + 1) : lower;
}
function isInteractiveTool(name) {
    return INTERACTIVE_TOOL_NAMES.has(baseToolName(name));
}
/** 2.3: `request_user_input` for an interactive name, else the trimmed name. */
function canonicalToolName(name) {
    return isInteractiveTool(name) ? 'request_user_input' : (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(name);
}
const FILE_READ = new Set([
    'read',
    'read_file',
    'view',
    'cat',
    'open',
    'fileread',
    'readfile',
    'list_dir',
    'ls',
    'read_many_files',
    'list_directory',
    'list_files',
]);
const FILE_WRITE = new Set([
    'edit',
    'write',
    'create',
    'delete',
    'apply_patch',
    'str_replace_editor',
    'edit_file',
    'reapply',
    'write_file',
    'fileedit',
    'multiedit',
    'notebookedit',
    'replace',
    'create_file',
    'write_to_file',
    'replace_in_file',
    'insert_content',
    'apply_diff',
    'search_and_replace',
]);
const SHELL = new Set([
    'bash',
    'shell',
    'exec_command',
    'run_terminal_cmd',
    'execute_command',
    'run_shell_command',
    'spawn_process',
    'terminal',
]);
const SEARCH = new Set([
    'grep',
    'search',
    'code_search',
    'grep_search',
    'file_search',
    'glob',
    'find',
    'search_file_content',
    'search_files',
    'find_references',
]);
const kindCache = new Map();
/** 2.4: tool kind from the base name; first matching row wins. Remembered per name (a log uses few). */
function inferToolKind(name) {
    let kind = kindCache.get(name);
    if (kind === undefined) {
        if (kindCache.size >= 256)
            kindCache.clear();
        kind = toolKindOf(name);
        kindCache.set(name, kind);
    }
    return kind;
}
function toolKindOf(name) {
    const base = baseToolName(name);
    if (INTERACTIVE_TOOL_NAMES.has(base))
        return 'interactive';
    if (base === '')
        return 'other';
    if (FILE_READ.has(base))
        return 'file_read';
    if (FILE_WRITE.has(base))
        return 'file_write';
    if (SHELL.has(base))
        return 'shell';
    if (SEARCH.has(base))
        return 'search';
    if (base.startsWith('web') || base === 'fetch' || base === 'browser' || base === 'google_web_search')
        return 'web';
    if (base.includes('task') || base.includes('subagent') || base === 'agent')
        return 'task';
    return 'other';
}
const SYSTEM_REMINDER = /<system-reminder>[\s\S]*?<\/system-reminder>/g;
/** 2.5: removes every `<system-reminder>…</system-reminder>` span, then trims. */
function stripSystemReminders(text) {
    if (!text.includes('<system-reminder>'))
        return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(text);
    return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(text.replace(SYSTEM_REMINDER, ''));
}
/** Text content: exactly one Text block, even for an empty string. */
function textContent(text) {
    return { blocks: [{ type: 'Text', text }] };
}
function emptyContent() {
    return { blocks: [] };
}
const LINE_NUMBERED_PROBE = /^ *\d+[→|]/;
const READ_TOOL_NAMES = new Set(['Read', 'read_file', 'read', 'view']);
/** 2.6: true when ≥ 60 % of the first 5 lines are numbered or blank. */
function isLineNumbered(text) {
    const lines = text.split('\n', 5);
    let hits = 0;
    for (const line of lines)
        if (LINE_NUMBERED_PROBE.test(line) || (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(line) === '')
            hits++;
    return hits * 100 >= lines.length * 60;
}
/**
 * 2.6: strips `   N→` prefixes; returns the code and the first line number. A scan that does what
 * `/^ *(\d+)(?:→|\| ?)(.*)$/` matches on each `\n`-separated line (`.` stops at `\r`, U+2028 and U+2029, so a line
 * holding one does not match), without a match array and substring per line.
 */
function stripLineNumbers(text) {
    let code = '';
    let any = false;
    let startLine;
    const n = text.length;
    let pos = 0;
    // next `\r`, U+2028 and U+2029 at or after `rest` (n when none), each found by native indexOf only when
    // the scan has passed it: text without them is not scanned char by char, and the search stays linear
    let cr = -1;
    let ls = -1;
    let ps = -1;
    for (;;) {
        let end = text.indexOf('\n', pos);
        if (end < 0)
            end = n;
        let p = pos;
        while (p < end && text.charCodeAt(p) === 0x20)
            p++;
        const digits = p;
        while (p < end && isAsciiDigit(text.charCodeAt(p)))
            p++;
        let rest = -1;
        if (p > digits && p < end) {
            const c = text.charCodeAt(p);
            if (c === 0x2192 /* → */)
                rest = p + 1;
            else if (c === 0x7c /* | */)
                rest = p + 1 < end && text.charCodeAt(p + 1) === 0x20 ? p + 2 : p + 1;
        }
        let piece;
        if (rest >= 0) {
            if (cr < rest)
                cr = indexOrEnd(text, '\r', rest, n);
            if (ls < rest)
                ls = indexOrEnd(text, '\u2028', rest, n);
            if (ps < rest)
                ps = indexOrEnd(text, '\u2029', rest, n);
        }
        if (rest >= 0 && cr >= end && ls >= end && ps >= end) {
            if (startLine === undefined)
                startLine = Number(text.slice(digits, p));
            piece = text.slice(rest, end);
        }
        else if (allWhitespace(text, pos, end)) {
            piece = '';
        }
        if (piece !== undefined) {
            code = any ? code + '\n' + piece : piece;
            any = true;
        }
        if (end >= n)
            break;
        pos = end + 1;
    }
    return { code: trimEnd(code), startLine };
}
function isAsciiDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function indexOrEnd(text, c, from, n) {
    const i = text.indexOf(c, from);
    return i < 0 ? n : i;
}
function allWhitespace(text, from, to) {
    for (let i = from; i < to; i++)
        if (!(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .isWhitespace */ .Yv)(text.charCodeAt(i)))
            return false;
    return true;
}
/** 2.6 `buildToolResultContent(raw, {name, filePath})`. */
function buildToolResultContent(raw, opts = {}) {
    if (raw === '')
        return emptyContent();
    const text = stripSystemReminders(raw);
    if (text === '')
        return emptyContent();
    if (opts.name !== undefined && READ_TOOL_NAMES.has(opts.name) && isLineNumbered(text)) {
        const { code, startLine } = stripLineNumbers(text);
        const block = { type: 'Code', code };
        const language = opts.filePath !== undefined ? detectLanguage(opts.filePath) : undefined;
        if (language !== undefined)
            block.language = language;
        if (startLine !== undefined && startLine <= 0xffffffff)
            block.start_line = startLine;
        return { blocks: [block] };
    }
    return textContent(text);
}
const LANGUAGE_BY_EXT = {
    ts: 'typescript',
    tsx: 'typescript',
    js: 'javascript',
    jsx: 'javascript',
    py: 'python',
    rs: 'rust',
    go: 'go',
    java: 'java',
    kt: 'kotlin',
    gradle: 'kotlin',
    kts: 'kotlin',
    swift: 'swift',
    rb: 'ruby',
    cpp: 'cpp',
    c: 'cpp',
    h: 'cpp',
    hpp: 'cpp',
    cs: 'csharp',
    css: 'css',
    scss: 'css',
    html: 'html',
    svelte: 'html',
    vue: 'html',
    xml: 'xml',
    json: 'json',
    yaml: 'yaml',
    yml: 'yaml',
    toml: 'toml',
    md: 'markdown',
    sql: 'sql',
    sh: 'bash',
    bash: 'bash',
    zsh: 'bash',
    diff: 'diff',
    properties: 'properties',
};
/** 2.7: language from a file path (basename rules, then lowercased extension). */
function detectLanguage(path) {
    const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    const base = path.slice(slash + 1);
    if (base === 'Dockerfile' || base === 'Makefile')
        return 'bash';
    if (base === 'Cargo.toml' || base === 'pyproject.toml')
        return 'toml';
    const dot = base.lastIndexOf('.');
    if (dot < 0)
        return undefined;
    const ext = base.slice(dot + 1).toLowerCase();
    return Object.prototype.hasOwnProperty.call(LANGUAGE_BY_EXT, ext) ? LANGUAGE_BY_EXT[ext] : undefined;
}
/** 2.8: trimmed text between the first `<tag>` and the first `</tag>` after it; undefined when missing or empty. */
function extractTagContent(text, tag) {
    const open = `<${tag}>`;
    const start = text.indexOf(open);
    if (start < 0)
        return undefined;
    const from = start + open.length;
    const end = text.indexOf(`</${tag}>`, from);
    if (end < 0)
        return undefined;
    const inner = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(text.slice(from, end));
    return inner === '' ? undefined : inner;
}
/**
 * 2.9: trim; more than 80 code points → first 77 code points + `...`. The title is redacted first
 * (amendments-2 A1.3): a secret cut short no longer matches its rule, so it could never be redacted later.
 */
function applyTitleRule(text) {
    const t = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)((0,_redact_engine__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(text), {}));
    if (t.length <= 80 || Array.from(t).length <= 80)
        return t;
    return (0,_redact_engine__WEBPACK_IMPORTED_MODULE_1__/* .redactCutTail */ .ib)(Array.from(t).slice(0, 77).join('') + '...', {});
}
/** File name without its last extension (`a.hail.jsonl` → `a.hail`). */
function fileStem(filePath) {
    const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
    const base = filePath.slice(slash + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(0, dot) : base;
}
/** First non-blank (trimmed) string among the values; undefined otherwise. */
function firstSet(...values) {
    for (const v of values) {
        if (typeof v === 'string') {
            const t = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(v);
            if (t !== '')
                return t;
        }
    }
    return undefined;
}
/** A plain JSON object (not null, not an array). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 2536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bl: () => (/* binding */ SECOND_NS),
/* harmony export */   pc: () => (/* binding */ durationMs),
/* harmony export */   r1: () => (/* binding */ parseNativeTimestamp),
/* harmony export */   vZ: () => (/* binding */ parseEpochMs),
/* harmony export */   x8: () => (/* binding */ toEpochMs)
/* harmony export */ });
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9823);
// Native timestamp reader of parsers.md 2.10 and small Timestamp helpers (bigint nanoseconds, UTC).

const NS_PER_MS = 1000000n;
const NS_PER_S = 1000000000n;
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function daysInMonth(y, m) {
    if (m === 2)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
const NATIVE_TS = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/;
/**
 * 2.10 native reader: RFC 3339 with `Z`/`z` or `±hh:mm` (separator `T`, `t` or space), or a naive
 * `YYYY-MM-DDTHH:MM:SS[.fraction]` taken as UTC. Up to 9 fractional digits are kept.
 */
function parseNativeTimestamp(value) {
    if (typeof value !== 'string')
        return undefined;
    const fast = (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .parseCommonForm */ .XQ)(value);
    if (fast !== undefined)
        return fast;
    const m = NATIVE_TS.exec(value);
    if (!m)
        return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const hour = Number(m[4]);
    const minute = Number(m[5]);
    const second = Number(m[6]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hour > 23 || minute > 59 || second > 59)
        return undefined;
    let offsetMinutes = 0;
    if (m[9] !== undefined) {
        const oh = Number(m[10]);
        const om = Number(m[11]);
        if (oh > 23 || om > 59)
            return undefined;
        offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
    } // no offset at all: a naive time, taken as UTC
    const fraction = m[7] ?? '';
    const nanos = fraction === '' ? 0 : Number((fraction + '00000000').slice(0, 9));
    const seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return BigInt(seconds) * NS_PER_S + BigInt(nanos);
}
/** Epoch milliseconds (a JSON number or a string of ASCII digits) → Timestamp. */
function parseEpochMs(value) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return undefined;
        return BigInt(Math.trunc(value)) * NS_PER_MS;
    }
    if (typeof value === 'string' && /^\d+$/.test(value))
        return BigInt(value) * NS_PER_MS;
    return undefined;
}
/** Milliseconds since the epoch, floored. */
function toEpochMs(ts) {
    const q = ts / NS_PER_MS;
    return ts < 0n && q * NS_PER_MS !== ts ? q - 1n : q;
}
/** Whole milliseconds between two timestamps (b − a), floored, never negative. */
function durationMs(a, b) {
    if (b <= a)
        return 0;
    return Number((b - a) / NS_PER_MS);
}
const SECOND_NS = NS_PER_S;


/***/ }),

/***/ 8506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ exitCodeFromText),
/* harmony export */   M1: () => (/* binding */ diffFromToolInput),
/* harmony export */   Ux: () => (/* binding */ addTokenAttributes),
/* harmony export */   jA: () => (/* binding */ CallTracker),
/* harmony export */   jG: () => (/* binding */ shellEventType),
/* harmony export */   jt: () => (/* binding */ tokenCount),
/* harmony export */   ob: () => (/* binding */ setAttr),
/* harmony export */   t4: () => (/* binding */ toExitCode)
/* harmony export */ });
/* unused harmony exports editPairs, synthesizeDiff, countDiffLines */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2198);


/**
 * Open/closed bookkeeping for tool calls. A result without a call id pairs with the most recent call
 * that has no result yet, else with the most recent call; with no call at all it is unpaired.
 */
class CallTracker {
    calls = new Map();
    order = [];
    last;
    /** Registers a call; a repeated id replaces the earlier entry and re-opens it. */
    open(info) {
        this.calls.set(info.callId, { info, done: false });
        this.order.push(info.callId);
        this.last = info;
    }
    /** The call with this id, without marking it answered. */
    get(callId) {
        return this.calls.get(callId)?.info;
    }
    /** Marks the call answered and returns it; undefined when the id is unknown. */
    closeById(callId) {
        const entry = this.calls.get(callId);
        if (!entry)
            return undefined;
        entry.done = true;
        return entry.info;
    }
    /** Pairs a result that carries no call id (2.12); undefined when there is no call at all. */
    closeLatest() {
        while (this.order.length > 0) {
            const id = this.order[this.order.length - 1];
            const entry = this.calls.get(id);
            if (entry && !entry.done && entry.info.callId === id) {
                entry.done = true;
                this.order.pop();
                return entry.info;
            }
            this.order.pop();
        }
        return this.last;
    }
    /** Pairs by id when given and known, else (no id) by recency. `undefined` id → closeLatest. */
    resolve(callId) {
        if (callId !== undefined)
            return this.closeById(callId);
        return this.closeLatest();
    }
}
function positiveInt(v) {
    if (v === undefined || !Number.isFinite(v))
        return undefined;
    const n = Math.trunc(v);
    return n > 0 ? n : undefined;
}
/** A token count field as written: a finite number truncated to an integer, else 0. */
function tokenCount(v) {
    return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0;
}
const TOKEN_ATTRIBUTES = [
    ['input', 'input_tokens'],
    ['output', 'output_tokens'],
    ['cacheRead', 'cache_read_input_tokens'],
    ['cacheCreation', 'cache_creation_input_tokens'],
    ['inputTotal', 'input_tokens_total'],
    ['outputTotal', 'output_tokens_total'],
];
/** Writes token attributes (only values > 0, as integers). Returns true when anything was written. */
function addTokenAttributes(attrs, t) {
    let any = false;
    for (const [field, attr] of TOKEN_ATTRIBUTES) {
        const n = positiveInt(t[field]);
        if (n !== undefined) {
            attrs[attr] = n;
            any = true;
        }
    }
    return any;
}
// ---------------------------------------------------------------- diffs (2.14)
const OLD_KEYS = ['old_string', 'old_str', 'oldString'];
const NEW_KEYS = ['new_string', 'new_str', 'newString'];
function pairOf(obj) {
    let oldText;
    let newText;
    for (const k of OLD_KEYS)
        if (typeof obj[k] === 'string') {
            oldText = obj[k];
            break;
        }
    for (const k of NEW_KEYS)
        if (typeof obj[k] === 'string') {
            newText = obj[k];
            break;
        }
    return oldText !== undefined && newText !== undefined ? [oldText, newText] : undefined;
}
/** Old/new string pairs of a tool input: the input's own pair, then `edits[]` items. */
function editPairs(input) {
    if (!(0,_rules__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(input))
        return [];
    const pairs = [];
    const own = pairOf(input);
    if (own)
        pairs.push(own);
    if (Array.isArray(input.edits)) {
        for (const item of input.edits) {
            if ((0,_rules__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(item)) {
                const p = pairOf(item);
                if (p)
                    pairs.push(p);
            }
        }
    }
    return pairs;
}
/** 2.14 synthesised diff; undefined when there is no pair. */
function synthesizeDiff(path, pairs) {
    if (pairs.length === 0)
        return undefined;
    const q = path.startsWith('/') ? path.slice(1) : path;
    const lines = [`--- a/${q}`, `+++ b/${q}`];
    for (const [oldText, newText] of pairs) {
        if (oldText !== '')
            for (const l of oldText.split('\n'))
                lines.push(`-${l}`);
        if (newText !== '')
            for (const l of newText.split('\n'))
                lines.push(`+${l}`);
    }
    return lines.join('\n');
}
/** Diff for a tool input with old/new strings (own pair or `edits[]`), else undefined. */
function diffFromToolInput(path, input) {
    return synthesizeDiff(path, editPairs(input));
}
/** 2.14 stats rule, for tests and summaries: [added, removed]. */
function countDiffLines(diff) {
    let added = 0;
    let removed = 0;
    for (let line of diff.split('\n')) {
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (line.startsWith('+') && !line.startsWith('+++'))
            added++;
        else if (line.startsWith('-') && !line.startsWith('---'))
            removed++;
    }
    return [added, removed];
}
// ---------------------------------------------------------------- shell (2.15)
const EXIT_CODE = /^(?:Process exited with code|Exit code:)\s*(-?\d+)\s*$/im;
/** 2.15: exit code from plain-text tool output (first matching line), as a signed 32-bit integer. */
function exitCodeFromText(text) {
    if (!text.includes('xit'))
        return undefined;
    const m = EXIT_CODE.exec(text);
    if (!m)
        return undefined;
    return toExitCode(Number(m[1]));
}
/** A signed 32-bit integer, else undefined. */
function toExitCode(v) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < -2147483648 || v > 2147483647)
        return undefined;
    return v;
}
/**
 * 2.15: `ShellCommand{command}` when the command is non-empty after trimming, else `ToolCall{name}`
 * (the caller then uses `Json(<tool input>)` as content). `shell` says which one was chosen.
 */
function shellEventType(command, toolName) {
    if (command !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(command) !== '') {
        return { eventType: { type: 'ShellCommand', data: { command } }, shell: true };
    }
    return { eventType: { type: 'ToolCall', data: { name: toolName } }, shell: false };
}
/** Sets a string attribute only when it is non-empty after trimming (1: shared attribute keys). */
function setAttr(attrs, key, value) {
    if (value === undefined || value.length === 0)
        return;
    const c = value.charCodeAt(0);
    // Common case: starts with a visible character, so it is non-empty after trimming.
    if ((c > 0x20 && c < 0x7f) || (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(value) !== '')
        attrs[key] = value;
}


/***/ })

};
;