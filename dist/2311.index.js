"use strict";
exports.id = 2311;
exports.ids = [2311,5879];
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

/***/ 4344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ toHailJsonl),
/* harmony export */   S4: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.S4),
/* harmony export */   _: () => (/* binding */ canonicalizeBytes),
/* harmony export */   dR: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.dR),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   xP: () => (/* binding */ toWholeSessionJson),
/* harmony export */   yO: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.yO)
/* harmony export */ });
/* unused harmony export canonicalize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9437);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(393);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4632);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2524);
// HAIL JSONL writer, canonical bytes and hash (hail-and-store.md sections 4.3, 4.4).






/** Joins lines into one string, in 256 KiB chunks (fewer, larger joins than one per line). */
class StringLineSink {
    chunks = [];
    buf = [];
    size = 0;
    push(line) {
        this.buf.push(line);
        this.size += line.length;
        if (this.size >= 262144)
            this.flush();
    }
    flush() {
        if (this.buf.length === 0)
            return;
        this.buf.push('');
        this.chunks.push(this.buf.join('\n'));
        this.buf = [];
        this.size = 0;
    }
    finish() {
        this.flush();
        return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
    }
}
/** Encodes lines straight into UTF-8 buffers: one pass, no intermediate UTF-16 string of the whole file. */
class ByteLineSink {
    static CHUNK = 1 << 20;
    chunks = [];
    cur = Buffer.allocUnsafe(ByteLineSink.CHUNK);
    off = 0;
    push(line) {
        const max = line.length * 3 + 1; // UTF-8 needs at most 3 bytes per UTF-16 unit
        if (this.off + max > this.cur.length) {
            this.chunks.push(this.cur.subarray(0, this.off));
            this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, max));
            this.off = 0;
        }
        this.off += this.cur.write(line, this.off);
        this.cur[this.off++] = 0x0a;
    }
    finish() {
        this.chunks.push(this.cur.subarray(0, this.off));
        return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    }
}
/** Header line, event lines, stats line; compact JSON, LF after every line (section 4.3). */
function toHailJsonl(session) {
    const sink = new StringLineSink();
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeHeaderLine */ .S4)(session));
    for (const e of session.events)
        sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeEvent */ .r9)(e, true));
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeStats */ .Mm)(session.stats, true));
    return sink.finish();
}
/**
 * Canonical HAIL text of any HAIL input: toHailJsonl(withRecomputedStats(parseHail(text))), with
 * the same errors. Streams line by line (each event is encoded as soon as it is read) instead of
 * materialising the session: the output is identical, and short-lived event objects keep GC cheap.
 */
function canonicalize(text) {
    return canonicalizeInto(text, new StringLineSink());
}
/** The canonical bytes (UTF-8) of any HAIL input; what `register` hashes and stores. */
function canonicalizeBytes(text) {
    return canonicalizeInto(text, new ByteLineSink());
}
function canonicalizeInto(text, sink) {
    const acc = new _stats__WEBPACK_IMPORTED_MODULE_4__/* .StatsAccumulator */ .qX();
    let headerSeen = false;
    (0,_reader__WEBPACK_IMPORTED_MODULE_3__/* .forEachHailLine */ .Vs)(text, (line, lineNo) => {
        const parsed = (0,_reader__WEBPACK_IMPORTED_MODULE_3__/* .parseHailLine */ .e6)(line, lineNo);
        if (!headerSeen) {
            if (parsed.kind !== 'header') {
                throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
            }
            sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeHeaderLine */ .S4)(parsed.header));
            headerSeen = true;
            return;
        }
        if (parsed.kind === 'event') {
            sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeReaderEventLine */ .SJ)(parsed.event));
            acc.add(parsed.event);
        }
        else if (parsed.kind === 'header') {
            throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ(`Unexpected line type at line ${lineNo}: duplicate header`, lineNo);
        }
        // an input stats line is validated by parseHailLine and otherwise discarded: stats are recomputed
    });
    if (!headerSeen)
        throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ('Missing header line', undefined);
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeStats */ .Mm)(acc.result(), true));
    return sink.finish();
}
/** sha256 hex of a string's UTF-8 bytes (or of raw bytes). */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Whole-session JSON text (2.9): compact, or pretty with `indent` spaces. */
function toWholeSessionJson(session, indent = 0) {
    return (0,_json__WEBPACK_IMPORTED_MODULE_2__/* .stringifyOrdered */ .Vd)((0,_reader__WEBPACK_IMPORTED_MODULE_3__/* .toWholeSessionObject */ .M2)(session), indent);
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





/***/ })

};
;