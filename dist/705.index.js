"use strict";
exports.id = 705;
exports.ids = [705,2524,255];
exports.modules = {

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

/***/ 3086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   redactForLedger: () => (/* binding */ redactForLedger),
/* harmony export */   storeBlob: () => (/* binding */ storeBlob),
/* harmony export */   storeSession: () => (/* binding */ storeSession),
/* harmony export */   storedAtOf: () => (/* binding */ storedAtOf)
/* harmony export */ });
/* harmony import */ var _hail__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(251);
/* harmony import */ var _hail_stats__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
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
    const { session: redacted, bytes, counts, } = options.redacted ?? redactForLedger(session, options.stripHomePaths ?? true);
    const paths = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .sessionPaths */ .NE)(session.session_id);
    const newLinks = cleanLinks(links);
    let finalCommits = [];
    // A9: an unreadable ledger ref fails before any object is written, so nothing is left dangling.
    await (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerCommit */ .rx)(repo, (0,_update__WEBPACK_IMPORTED_MODULE_7__.storeFor)(repo), ref);
    const hailOid = await (0,_update__WEBPACK_IMPORTED_MODULE_7__.storeFor)(repo).writeBlob(bytes);
    const result = await (options.update ?? _update__WEBPACK_IMPORTED_MODULE_7__.updateRef)(repo, ref, async (tree) => {
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
    const result = await (0,_update__WEBPACK_IMPORTED_MODULE_7__.updateRef)(repo, ref, async (tree) => tree.setBlob(path, await tree.store.writeBlob(bytes)), message, options);
    return { oid: result.oid, committed: result.committed };
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





/***/ })

};
;