"use strict";
exports.id = 734;
exports.ids = [734];
exports.modules = {

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ JsonRecord),
/* harmony export */   Z: () => (/* binding */ parseJsonValue)
/* harmony export */ });
/* harmony import */ var _hail_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
// JSON helpers for agent records: fast JSON.parse per record, with a lossless re-parse (HAIL number
// model, parsers.md 9) only when a value is copied verbatim into output and the text holds a number
// that JSON.parse would change (a float lexeme or an integer of 16+ digits).

const LOSSY_NUMBER = /[:,[]\s*-?(?:\d+[.eE]|\d{16})/;
/** True when JSON.parse might lose number information for this JSON text (may be a false positive). */
function mayLoseNumbers(text) {
    return LOSSY_NUMBER.test(text);
}
/**
 * JSON text → JsonValue with the HAIL number model. Falls back to JSON.parse when the strict parser
 * rejects it (agent logs may repeat keys); undefined when it is not JSON at all.
 */
function parseJsonValue(text) {
    if (!mayLoseNumbers(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
    try {
        return (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonLossless */ .KK)(text);
    }
    catch {
        try {
            return JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
}
/**
 * One JSONL record: `value` from JSON.parse (fast path for reading fields) and `lossless()`, the same
 * document with exact numbers, parsed only on demand. Navigate both with the same keys.
 */
class JsonRecord {
    text;
    value;
    exact;
    constructor(text, value) {
        this.text = text;
        this.value = value;
    }
    lossless() {
        if (this.exact === undefined) {
            this.exact = this.value;
            if (mayLoseNumbers(this.text)) {
                try {
                    const v = (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonLossless */ .KK)(this.text);
                    if (typeof v === 'object' && v !== null && !Array.isArray(v))
                        this.exact = v;
                }
                catch {
                    // keep the JSON.parse value
                }
            }
        }
        return this.exact;
    }
    /** The value at `path` with exact numbers (for Json blocks and raw copies). */
    verbatim(...path) {
        if (this.exact === undefined) {
            // A value holding no number reads the same from JSON.parse as from the lossless parser (which
            // only differs in numbers, in cutting values nested deeper than MAX_DEPTH, and in rejecting what
            // JSON.parse accepts, where the JSON.parse value is kept anyway): skip the re-parse of the line.
            let fast = this.value;
            for (const key of path) {
                if (fast === null || typeof fast !== 'object')
                    return undefined;
                fast = fast[key];
            }
            if (fast === undefined || !holdsNumber(fast, path.length))
                return fast;
        }
        let cur = this.lossless();
        for (const key of path) {
            if (cur === null || typeof cur !== 'object')
                return undefined;
            cur = cur[key];
        }
        return cur;
    }
}
/**
 * True when `v` (nested at `depth` in its line) holds a number, or a container deeper than MAX_DEPTH
 * (where the lossless parser would cut it): then only the lossless parse gives its exact value.
 */
function holdsNumber(v, depth) {
    if (typeof v === 'number')
        return true;
    if (typeof v !== 'object' || v === null)
        return false;
    if (depth > _hail_json__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DEPTH */ .lr)
        return true;
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x === 'number' || (typeof x === 'object' && x !== null && holdsNumber(x, depth + 1)))
                return true;
        }
        return false;
    }
    for (const k in v) {
        const x = v[k];
        if (typeof x === 'number' || (typeof x === 'object' && x !== null && holdsNumber(x, depth + 1)))
            return true;
    }
    return false;
}


/***/ }),

/***/ 734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cursorDatabaseHasComposerData: () => (/* binding */ cursorDatabaseHasComposerData),
/* harmony export */   cursorParser: () => (/* binding */ cursorParser),
/* harmony export */   cursorProvider: () => (/* binding */ cursorProvider)
/* harmony export */ });
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _sqlite_wasm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4183);
/* harmony import */ var _common_builder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9238);
/* harmony import */ var _common_json__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4659);
/* harmony import */ var _common_rules__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2198);
/* harmony import */ var _common_time__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2536);
/* harmony import */ var _common_tools__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8506);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7862);
// Cursor parser (parsers.md 4.5): `state.vscdb` SQLite read-only through node-sqlite3-wasm (pages are read
// on demand, so large global databases stay within bounded memory). One composer conversation per parse.

// the default import: the real fs module object, not a (read-only) namespace (see withoutLockDir)









const MS = 1000000n;
const TOOL_NAMES = {
    3: 'grep_search',
    5: 'read_file',
    6: 'list_dir',
    7: 'edit_file',
    8: 'file_search',
    12: 'reapply',
    15: 'run_terminal_cmd',
    18: 'web_search',
};
const RESULT_STATUSES = new Set(['completed', 'error', 'failed', 'done']);
const BASE64ISH = /^[A-Za-z0-9+/]+={0,2}$/;
/**
 * node-sqlite3-wasm's file VFS "locks" by creating and removing a `<db>.lock` directory beside the
 * database, even for reads. Parsers must not write next to agent files (2.1), and Cursor's own SQLite
 * never looks at that directory, so the lock is a no-op for us: while a (synchronous) SQLite call runs,
 * mkdir/rmdir of exactly that path are skipped. `nodeFs` is the real module object the package uses.
 */
function withoutLockDir(lockDir, fn) {
    const { mkdirSync, rmdirSync } = (fs__WEBPACK_IMPORTED_MODULE_1___default());
    (fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync) = ((p, ...rest) => String(p) === lockDir
        ? undefined
        : mkdirSync(p, ...rest));
    (fs__WEBPACK_IMPORTED_MODULE_1___default().rmdirSync) = ((p, ...rest) => String(p) === lockDir
        ? undefined
        : rmdirSync(p, ...rest));
    try {
        return fn();
    }
    finally {
        (fs__WEBPACK_IMPORTED_MODULE_1___default().mkdirSync) = mkdirSync;
        (fs__WEBPACK_IMPORTED_MODULE_1___default().rmdirSync) = rmdirSync;
    }
}
/** An open, read-only Cursor database and the tables it has. */
class CursorDb {
    lockDir;
    db;
    tables;
    constructor(lockDir, db) {
        this.lockDir = lockDir;
        this.db = db;
        // Exclusive locking mode before the first read keeps SQLite from using shared memory for the
        // wal-index, so WAL-mode databases (with a live -wal file) are readable through the wasm VFS.
        this.guard(() => db.exec('PRAGMA locking_mode=EXCLUSIVE'));
        const rows = this.guard(() => db.all("SELECT name FROM sqlite_master WHERE type = 'table'"));
        this.tables = new Set(rows.map((r) => r.name).filter((n) => n === 'cursorDiskKV' || n === 'ItemTable'));
    }
    /** Opens read-only; throws with SQLite's reason (a non-database file fails at the first query). */
    static open(file) {
        const lockDir = `${path__WEBPACK_IMPORTED_MODULE_0__.resolve(file)}.lock`;
        const { Database: Db } = (0,_sqlite_wasm__WEBPACK_IMPORTED_MODULE_3__/* .loadSqliteWasm */ .v)();
        const db = withoutLockDir(lockDir, () => new Db(file, { readOnly: true }));
        try {
            return new CursorDb(lockDir, db);
        }
        catch (err) {
            withoutLockDir(lockDir, () => db.close());
            throw err;
        }
    }
    guard(fn) {
        return withoutLockDir(this.lockDir, fn);
    }
    close() {
        this.guard(() => this.db.close());
    }
    get(table, key) {
        if (!this.tables.has(table))
            return undefined;
        const row = this.guard(() => this.db.get(`SELECT value FROM ${table} WHERE key = ?`, [key]));
        return row ? decodeValue(row.value) : undefined;
    }
    hasComposerKeys() {
        for (const table of this.tables) {
            const row = this.guard(() => this.db.get(`SELECT 1 AS found FROM ${table} WHERE key LIKE 'composerData:%' OR key = 'composer.composerData' LIMIT 1`));
            if (row !== null)
                return true;
        }
        return false;
    }
    /** Iterates `composerData:%` rows one at a time. */
    *composerRows(table) {
        if (!this.tables.has(table))
            return;
        const stmt = this.guard(() => this.db.prepare(`SELECT value FROM ${table} WHERE key LIKE 'composerData:%' ORDER BY key`));
        try {
            const rows = this.guard(() => stmt.iterate());
            for (;;) {
                const next = this.guard(() => rows.next());
                if (next.done)
                    break;
                yield decodeValue(next.value.value);
            }
        }
        finally {
            this.guard(() => stmt.finalize());
        }
    }
}
function decodeValue(v) {
    if (typeof v === 'string')
        return (0,_common_json__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonValue */ .Z)(v);
    if (v instanceof Uint8Array)
        return (0,_common_json__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonValue */ .Z)(Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8'));
    return undefined;
}
/** RFC 3339, naive UTC, or epoch ms (number or digit string). */
function instantOf(v) {
    return (0,_common_time__WEBPACK_IMPORTED_MODULE_7__/* .parseEpochMs */ .vZ)(v) ?? (0,_common_time__WEBPACK_IMPORTED_MODULE_7__/* .parseNativeTimestamp */ .r1)(v);
}
function describe(value, source) {
    const composerId = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(value.composerId);
    if (composerId === undefined)
        return undefined;
    const version = typeof value._v === 'number' ? value._v : 0;
    const headers = Array.isArray(value.fullConversationHeadersOnly) ? value.fullConversationHeadersOnly : undefined;
    const inline = Array.isArray(value.conversation) ? value.conversation : [];
    const bubbleCount = version >= 3 && headers !== undefined ? headers.length : inline.length;
    return {
        composerId,
        name: typeof value.name === 'string' ? value.name : undefined,
        createdAt: value.createdAt ?? undefined,
        lastUpdatedAt: value.lastUpdatedAt ?? undefined,
        isAgentic: typeof value.isAgentic === 'boolean' ? value.isAgentic : undefined,
        version,
        bubbleCount,
        source,
    };
}
/** Step 1: full conversations from `composerData:<id>` rows. */
function readComposerRows(db, into, only) {
    const tables = db.tables.has('cursorDiskKV') ? ['cursorDiskKV'] : ['ItemTable'];
    let found = 0;
    const read = (table) => {
        for (const value of db.composerRows(table)) {
            if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(value))
                continue;
            const conv = describe(value, { db, table });
            if (conv === undefined || into.has(conv.composerId) || (only !== undefined && !only.has(conv.composerId)))
                continue;
            into.set(conv.composerId, conv);
            found++;
        }
    };
    for (const t of tables)
        read(t);
    if (found === 0 && tables[0] === 'cursorDiskKV' && db.tables.has('ItemTable'))
        read('ItemTable');
}
function readIndex(db) {
    const value = db.get('cursorDiskKV', 'composer.composerData') ?? db.get('ItemTable', 'composer.composerData');
    if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(value) || !Array.isArray(value.allComposers))
        return [];
    const seen = new Set();
    const out = [];
    for (const entry of value.allComposers) {
        if (!(0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(entry))
            continue;
        const id = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(entry.composerId);
        if (id === undefined || seen.has(id))
            continue;
        seen.add(id);
        out.push(entry);
    }
    return out;
}
/** `<User>/globalStorage/state.vscdb` for a `<User>/workspaceStorage/<hash>/state.vscdb` path. */
function globalDbFor(file) {
    const hashDir = path__WEBPACK_IMPORTED_MODULE_0__.dirname(file);
    const ws = path__WEBPACK_IMPORTED_MODULE_0__.dirname(hashDir);
    if (path__WEBPACK_IMPORTED_MODULE_0__.basename(ws) !== 'workspaceStorage')
        return undefined;
    return path__WEBPACK_IMPORTED_MODULE_0__.join(path__WEBPACK_IMPORTED_MODULE_0__.dirname(ws), 'globalStorage', 'state.vscdb');
}
/**
 * Discovery filter (3.5): opens read-only (no lock directory, WAL-mode databases included) and reports
 * whether `cursorDiskKV` or `ItemTable` holds a `composerData:%` or `composer.composerData` key.
 */
function cursorDatabaseHasComposerData(file) {
    let db;
    try {
        db = CursorDb.open(file);
        return db.hasComposerKeys();
    }
    catch {
        return false;
    }
    finally {
        db?.close();
    }
}
/** Provider from a model name (4.5). */
function cursorProvider(model) {
    const m = model.toLowerCase();
    if (m.includes('claude') || m.includes('anthropic'))
        return 'anthropic';
    if (m.includes('gpt') || m.includes('o1') || m.includes('o3'))
        return 'openai';
    if (m.includes('gemini'))
        return 'google';
    if (m.includes('llama'))
        return 'meta';
    if (m.includes('deepseek'))
        return 'deepseek';
    return 'unknown';
}
function toolName(tfd) {
    const name = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(tfd.name);
    if (typeof tfd.tool === 'number')
        return TOOL_NAMES[tfd.tool] ?? name ?? `tool_${tfd.tool}`;
    return name ?? 'unknown_tool';
}
function parseArgs(raw) {
    if (typeof raw !== 'string' || (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .trim */ .Bq)(raw) === '')
        return null;
    const parsed = (0,_common_json__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonValue */ .Z)(raw);
    return parsed !== undefined ? parsed : { raw };
}
function callEvent(tool, args) {
    const a = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(args) ? args : {};
    const json = { blocks: [{ type: 'Json', data: args }] };
    switch (tool) {
        case 'edit_file':
        case 'reapply':
            return { eventType: { type: 'FileEdit', data: { path: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(a.target_file) ?? 'unknown' } }, content: json };
        case 'read_file':
            return {
                eventType: { type: 'FileRead', data: { path: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(a.target_file, a.file_path) ?? 'unknown' } },
                content: json,
            };
        case 'list_dir':
            return {
                eventType: {
                    type: 'ToolCall',
                    data: { name: `list_dir: ${(0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(a.relative_workspace_path, a.path) ?? '.'}` },
                },
                content: json,
            };
        case 'run_terminal_cmd': {
            const command = typeof a.command === 'string' ? a.command : undefined;
            const shell = (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .shellEventType */ .jG)(command, tool);
            return shell.shell
                ? { eventType: shell.eventType, content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] } }
                : { eventType: shell.eventType, content: json };
        }
        case 'grep_search':
            return {
                eventType: { type: 'CodeSearch', data: { query: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(a.query, a.search_term) ?? '' } },
                content: json,
            };
        case 'file_search':
            return {
                eventType: { type: 'FileSearch', data: { pattern: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(a.query, a.pattern) ?? '*' } },
                content: json,
            };
        case 'web_search':
            return {
                eventType: { type: 'WebSearch', data: { query: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(a.query, a.search_query) ?? '' } },
                content: json,
            };
        default:
            return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
    }
}
/** 4.5 tool result content (and an exit code read from plain text or `output`). */
function resultContent(raw) {
    if ((0,_text__WEBPACK_IMPORTED_MODULE_2__/* .trim */ .Bq)(raw) === '')
        return { content: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .emptyContent */ .jg)() };
    const parsed = (0,_common_json__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonValue */ .Z)(raw);
    if (parsed === undefined)
        return { content: (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)((0,_text__WEBPACK_IMPORTED_MODULE_2__/* .trim */ .Bq)(raw)), exitCode: (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .exitCodeFromText */ .Lc)(raw) };
    if ((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(parsed) && parsed.diff !== undefined) {
        const blocks = [];
        if (parsed.isApplied === true)
            blocks.push({ type: 'Text', text: 'Applied' });
        blocks.push({ type: 'Json', data: parsed.diff });
        return { content: { blocks } };
    }
    if ((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(parsed) && typeof parsed.output === 'string') {
        return {
            content: { blocks: [{ type: 'Code', code: parsed.output, language: 'text' }] },
            exitCode: (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .exitCodeFromText */ .Lc)(parsed.output),
        };
    }
    return { content: { blocks: [{ type: 'Json', data: parsed }] } };
}
class CursorMapper {
    builder;
    schema;
    created;
    model;
    signatureModel;
    c = 0;
    constructor(builder, schema, created) {
        this.builder = builder;
        this.schema = schema;
        this.created = created;
    }
    map(bubble) {
        this.c++;
        const bid = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(bubble.bubbleId) ?? `bubble-${this.c}`;
        const timing = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(bubble.timingInfo) ? bubble.timingInfo : {};
        const start = (0,_common_time__WEBPACK_IMPORTED_MODULE_7__/* .parseEpochMs */ .vZ)(timing.clientStartTime) ?? (0,_common_time__WEBPACK_IMPORTED_MODULE_7__/* .parseEpochMs */ .vZ)(timing.startTime);
        const end = (0,_common_time__WEBPACK_IMPORTED_MODULE_7__/* .parseEpochMs */ .vZ)(timing.clientEndTime) ?? (0,_common_time__WEBPACK_IMPORTED_MODULE_7__/* .parseEpochMs */ .vZ)(timing.endTime);
        const ts = start ?? this.created + BigInt(this.c) * 100n * MS;
        const duration = start !== undefined && end !== undefined && end > start ? Number((end - start) / MS) : undefined;
        this.model ??= (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(bubble.modelType);
        const emit = (id, eventType, content, rawType, extra = {}, taskId) => {
            const attributes = {
                'source.schema_version': this.schema,
                'source.raw_type': rawType,
                'semantic.group_id': bid,
                ...extra,
            };
            const ev = { event_id: id, timestamp: ts, event_type: eventType, content, attributes };
            if (taskId !== undefined)
                ev.task_id = taskId;
            if (duration !== undefined && duration > 0)
                ev.duration_ms = duration;
            this.builder.emit(ev);
            return ev;
        };
        const text = typeof bubble.text === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .trim */ .Bq)(bubble.text) : '';
        if (bubble.type === 1) {
            if (text !== '')
                emit(`${bid}-user`, { type: 'UserMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(text), 'bubble:user_message');
            return;
        }
        if (bubble.type !== 2)
            return;
        const thinking = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(bubble.thinking) ? bubble.thinking : undefined;
        if (thinking !== undefined) {
            const signature = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(thinking.signature);
            if (signature !== undefined &&
                this.signatureModel === undefined &&
                Array.from(signature).length <= 64 &&
                !BASE64ISH.test(signature)) {
                this.signatureModel = signature;
            }
            const thinkingText = typeof thinking.text === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .trim */ .Bq)(thinking.text) : '';
            if (thinkingText !== '') {
                const extra = {};
                (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .setAttr */ .ob)(extra, 'signature', signature);
                emit(`${bid}-thinking`, { type: 'Thinking' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(thinkingText), 'bubble:thinking', extra);
            }
        }
        const tfd = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(bubble.toolFormerData) ? bubble.toolFormerData : undefined;
        if (tfd !== undefined) {
            const tool = toolName(tfd);
            const name = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(tfd.name);
            const status = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(tfd.status);
            const args = parseArgs(tfd.rawArgs);
            const taskId = `cursor-task-${bid}`;
            const callId = `${bid}-call`;
            const kind = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .inferToolKind */ .D0)(tool);
            emit(`${bid}-task-start`, { type: 'TaskStart', data: { title: name ?? tool } }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .emptyContent */ .jg)(), 'bubble:tool-task-start', {}, taskId);
            const typing = callEvent(tool, args);
            const callAttrs = { 'semantic.call_id': callId, 'semantic.tool_kind': kind };
            (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .setAttr */ .ob)(callAttrs, 'status', status);
            (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .setAttr */ .ob)(callAttrs, 'user_decision', (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(tfd.userDecision));
            emit(callId, typing.eventType, typing.content, 'bubble:tool-call', callAttrs, taskId);
            const rawResult = typeof tfd.result === 'string' && (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .trim */ .Bq)(tfd.result) !== '' ? tfd.result : text;
            if ((0,_text__WEBPACK_IMPORTED_MODULE_2__/* .trim */ .Bq)(rawResult) !== '' || (status !== undefined && RESULT_STATUSES.has(status))) {
                const { content, exitCode } = resultContent(rawResult);
                const isError = status === 'error' || status === 'failed' || (exitCode !== undefined && exitCode !== 0);
                const resultAttrs = { 'semantic.call_id': callId };
                if (exitCode !== undefined)
                    resultAttrs.exit_code = exitCode;
                emit(`${bid}-result`, { type: 'ToolResult', data: { name: tool, is_error: isError, call_id: callId } }, content, 'bubble:tool-result', resultAttrs, taskId);
            }
            const summary = status !== undefined ? `${tool} ${status}` : `${tool} finished`;
            emit(`${bid}-task-end`, { type: 'TaskEnd', data: { summary } }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .emptyContent */ .jg)(), 'bubble:tool-task-end', {}, taskId);
            return;
        }
        if (text !== '') {
            const extra = {};
            (0,_common_tools__WEBPACK_IMPORTED_MODULE_8__/* .setAttr */ .ob)(extra, 'model', (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(bubble.modelType));
            emit(`${bid}-agent`, { type: 'AgentMessage' }, (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .textContent */ .P_)(text), 'bubble:agent_message', extra);
        }
    }
}
/** Bubbles of the selected conversation, one at a time. */
function* bubblesOf(conv) {
    let value;
    if ('inline' in conv.source)
        value = conv.source.inline;
    else {
        const v = conv.source.db.get(conv.source.table, `composerData:${conv.composerId}`);
        value = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(v) ? v : undefined;
    }
    if (value === undefined)
        return;
    const headers = Array.isArray(value.fullConversationHeadersOnly) ? value.fullConversationHeadersOnly : undefined;
    if (conv.version >= 3 && headers !== undefined && !('inline' in conv.source)) {
        const { db, table } = conv.source;
        for (const h of headers) {
            const bubbleId = (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(h) ? (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(h.bubbleId) : undefined;
            if (bubbleId === undefined)
                continue;
            const bubble = db.get(table, `bubbleId:${conv.composerId}:${bubbleId}`);
            if ((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(bubble))
                yield bubble;
        }
        return;
    }
    if (Array.isArray(value.conversation))
        for (const b of value.conversation)
            if ((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .isObject */ .Gv)(b))
                yield b;
}
function compareConversations(a, b) {
    const ta = instantOf(a.lastUpdatedAt ?? a.createdAt);
    const tb = instantOf(b.lastUpdatedAt ?? b.createdAt);
    if (ta !== tb) {
        if (ta === undefined)
            return -1;
        if (tb === undefined)
            return 1;
        return ta < tb ? -1 : 1;
    }
    if (a.bubbleCount !== b.bubbleCount)
        return a.bubbleCount - b.bubbleCount;
    // composerId ascending wins, so the larger id ranks lower
    return a.composerId < b.composerId ? 1 : a.composerId > b.composerId ? -1 : 0;
}
const cursorParser = {
    id: 'cursor',
    async parse(_path, sink, ctx) {
        const display = ctx.displayPath;
        let db;
        try {
            db = CursorDb.open(ctx.path);
        }
        catch (err) {
            throw new _types__WEBPACK_IMPORTED_MODULE_9__/* .ParserFailed */ .Rb('cursor', `cannot open cursor database ${display}: ${err instanceof Error ? err.message : String(err)}`);
        }
        const others = [];
        try {
            if (db.tables.size === 0)
                throw new _types__WEBPACK_IMPORTED_MODULE_9__/* .ParserFailed */ .Rb('cursor', 'No cursorDiskKV or ItemTable table found in database');
            const conversations = new Map();
            readComposerRows(db, conversations);
            const index = readIndex(db);
            for (const entry of index) {
                const inline = Array.isArray(entry.conversation) ? entry.conversation : [];
                if (inline.length === 0)
                    continue;
                const conv = describe(entry, { inline: entry });
                if (conv !== undefined && !conversations.has(conv.composerId))
                    conversations.set(conv.composerId, conv);
            }
            const globalPath = globalDbFor(ctx.path);
            if (globalPath !== undefined && index.length > 0) {
                const missing = new Set(index.map((e) => (0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(e.composerId)).filter((id) => !conversations.has(id)));
                if (missing.size > 0 && fs__WEBPACK_IMPORTED_MODULE_1___default().existsSync(globalPath)) {
                    try {
                        const g = CursorDb.open(globalPath);
                        others.push(g);
                        readComposerRows(g, conversations, missing);
                    }
                    catch {
                        // an unreadable global database only loses the conversations it would have added
                    }
                }
            }
            for (const entry of index) {
                const conv = conversations.get((0,_common_rules__WEBPACK_IMPORTED_MODULE_6__/* .firstSet */ .v)(entry.composerId));
                if (conv === undefined)
                    continue;
                if (conv.name === undefined && typeof entry.name === 'string')
                    conv.name = entry.name;
                conv.createdAt ??= entry.createdAt ?? undefined;
                conv.lastUpdatedAt ??= entry.lastUpdatedAt ?? undefined;
            }
            const candidates = [...conversations.values()].filter((c) => c.bubbleCount > 0);
            if (candidates.length === 0)
                throw new _types__WEBPACK_IMPORTED_MODULE_9__/* .ParserFailed */ .Rb('cursor', `No composer conversations found in ${display}`);
            let selected;
            const wanted = ctx.options.sessionId;
            if (wanted !== undefined) {
                selected = candidates.find((c) => c.composerId === wanted);
                if (selected === undefined)
                    throw new _types__WEBPACK_IMPORTED_MODULE_9__/* .ParserFailed */ .Rb('cursor', `conversation ${wanted} not found in ${display}`);
            }
            else {
                selected = candidates.reduce((best, c) => (compareConversations(c, best) > 0 ? c : best));
            }
            const warnings = new _common_builder__WEBPACK_IMPORTED_MODULE_4__/* .FileWarnings */ .a(display, 'message');
            if (candidates.length > 1) {
                warnings.add(`${candidates.length} conversations in ${display}; parsed ${selected.composerId}; use --session-id to choose another`);
            }
            const created = instantOf(selected.createdAt) ?? ctx.mtime;
            const updated = instantOf(selected.lastUpdatedAt) ?? created;
            const builder = new _common_builder__WEBPACK_IMPORTED_MODULE_4__/* .SessionBuilder */ .Q({ sink, tool: 'cursor', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
            const mapper = new CursorMapper(builder, selected.version >= 3 ? 'cursor-v3' : 'cursor-v2', created);
            for (const bubble of bubblesOf(selected)) {
                mapper.map(bubble);
                await builder.drain();
            }
            builder.flush(created);
            await builder.drain();
            const model = mapper.model ?? mapper.signatureModel ?? 'unknown';
            const attributes = {};
            if (selected.isAgentic !== undefined)
                attributes.is_agentic = selected.isAgentic;
            const header = builder.header({
                sessionId: selected.composerId,
                agent: { provider: cursorProvider(model), model, tool: 'cursor' },
                title: selected.name,
                attributes,
                createdAt: created,
                updatedAt: updated,
                sessionStart: created,
            });
            return { header, eventCount: builder.eventCount, warnings: warnings.render() };
        }
        finally {
            db.close();
            for (const o of others)
                o.close();
        }
    },
};


/***/ })

};
;