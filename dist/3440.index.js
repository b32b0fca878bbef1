"use strict";
exports.id = 3440;
exports.ids = [3440];
exports.modules = {

/***/ 5682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ walkFiles),
/* harmony export */   P3: () => (/* binding */ runLineParserOnLines),
/* harmony export */   lm: () => (/* binding */ siblingDisplay),
/* harmony export */   nG: () => (/* binding */ runLineParser),
/* harmony export */   ol: () => (/* binding */ listDir),
/* harmony export */   yI: () => (/* binding */ fileMtimeSync)
/* harmony export */ });
/* unused harmony export fileMtime */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _lines__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7242);
// File-system helpers for parsers and discovery (read-only).




/** Modification time with millisecond precision (2.10 step 5). */
async function fileMtime(filePath) {
    const st = await fs.promises.stat(filePath, { bigint: true });
    return (st.mtimeNs / 1000000n) * 1000000n;
}
function fileMtimeSync(filePath) {
    const st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(filePath, { bigint: true });
    return (st.mtimeNs / 1000000n) * 1000000n;
}
/** Feeds every line of a JSONL file to a line parser and finishes it. */
async function runLineParser(filePath, parser) {
    await (0,_lines__WEBPACK_IMPORTED_MODULE_3__/* .readLines */ .Se)(filePath, (line) => {
        parser.feedLine(line);
        return parser.takePending();
    });
    return parser.finish();
}
/** {@link runLineParser} over lines already read (the same calls in the same order as one read chunk). */
async function runLineParserOnLines(lines, parser) {
    const pending = [];
    for (const line of lines) {
        parser.feedLine(line);
        const p = parser.takePending();
        if (p !== undefined)
            pending.push(p);
    }
    while (pending.length > 0)
        await pending.shift();
    return parser.finish();
}
/** Directory entries, or [] when the directory is missing or unreadable. */
async function listDir(dir) {
    try {
        return await fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** Recursively lists files under `root` accepted by `accept(fullPath, name)`; unreadable dirs skipped. */
async function walkFiles(root, accept) {
    const out = [];
    const stack = [root];
    while (stack.length > 0) {
        const dir = stack.pop();
        for (const ent of await listDir(dir)) {
            const full = path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ent.name);
            if (ent.isDirectory())
                stack.push(full);
            else if ((ent.isFile() || ent.isSymbolicLink()) && accept(full, ent.name))
                out.push(full);
        }
    }
    return out.sort(_text__WEBPACK_IMPORTED_MODULE_2__/* .compareBytewise */ .GV);
}
/** Display path of a file next to the entry file (`rel` relative to the entry's directory). */
function siblingDisplay(ctx, rel) {
    return path__WEBPACK_IMPORTED_MODULE_1__.join(path__WEBPACK_IMPORTED_MODULE_1__.dirname(ctx.displayPath), rel);
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ readFirstNonBlankLine),
/* harmony export */   RS: () => (/* binding */ readSmallFileLines),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   ZT: () => (/* binding */ SyncLineReader),
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   j_: () => (/* binding */ parseJsonObjectLine),
/* harmony export */   pB: () => (/* binding */ isBlankLine),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES)
/* harmony export */ });
/* unused harmony export SMALL_FILE_BYTES */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(181);
/* harmony import */ var buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
// Streaming JSONL line reader (parsers.md 2.16, 2.17, 9): Buffer chunks split on 0x0A, 64 MiB line cap,
// strict UTF-8 decoding, one trailing `\r` dropped, a UTF-8 BOM at file start ignored.



const MAX_RECORD_BYTES = 64 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });
function decodeStrict(bytes) {
    if (typeof buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8 === 'function')
        return (0,buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes) ? bytes.toString('utf8') : undefined;
    try {
        return decoder.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** A blank line (only whitespace) is not a record (2.16). */
function isBlankLine(text) {
    return (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .trim */ .Bq)(text) === '';
}
/**
 * Splits a byte stream into lines. Feed chunks with `push`; call `end` once. A final line without a
 * newline is delivered by `end` (full parse) or kept (`pendingBytes`) for incremental consumers.
 */
class LineSplitter {
    onLine;
    parts = [];
    partBytes = 0;
    oversized = false;
    lineNo = 0;
    constructor(onLine) {
        this.onLine = onLine;
    }
    /** Number of complete lines delivered so far. */
    get linesDelivered() {
        return this.lineNo;
    }
    get pendingBytes() {
        return this.partBytes;
    }
    push(chunk) {
        let start = 0;
        if (this.partBytes > 0 || this.oversized) {
            // Finish the line carried over from earlier chunks.
            const nl = chunk.indexOf(0x0a);
            if (nl < 0) {
                this.append(chunk, 0, chunk.length);
                return;
            }
            this.append(chunk, 0, nl);
            this.deliver();
            start = nl + 1;
        }
        const last = chunk.lastIndexOf(0x0a);
        if (last >= start) {
            // The complete lines of this chunk, decoded line by line: V8 decodes short lines far faster than
            // one large string with non-ASCII text, and ASCII lines stay one-byte.
            this.deliverBlock(chunk, start, last);
            start = last + 1;
        }
        this.append(chunk, start, chunk.length);
    }
    end() {
        if (this.partBytes > 0 || this.oversized)
            this.deliver();
    }
    /**
     * Every line of `chunk[start..last]` (`last` is a newline). Decoding turns invalid UTF-8 into U+FFFD,
     * so only a line whose text holds U+FFFD needs its bytes checked (no separate validation pass).
     */
    deliverBlock(chunk, start, last) {
        let pos = start;
        for (;;) {
            const nl = chunk.indexOf(0x0a, pos);
            let from = pos;
            let to = nl;
            const lineNo = ++this.lineNo;
            if (to > from && chunk[to - 1] === 0x0d)
                to--;
            if (lineNo === 1 &&
                to - from >= 3 &&
                chunk[from] === 0xef &&
                chunk[from + 1] === 0xbb &&
                chunk[from + 2] === 0xbf)
                from += 3;
            const text = chunk.toString('utf8', from, to);
            if (text.indexOf('\ufffd') >= 0 && !isUtf8Block(chunk.subarray(from, to)))
                this.onLine({ kind: 'invalid-utf8', lineNo });
            else
                this.onLine({ kind: 'text', lineNo, text });
            if (nl >= last)
                return;
            pos = nl + 1;
        }
    }
    append(chunk, from, to) {
        if (to <= from || this.oversized)
            return;
        if (this.partBytes + (to - from) > MAX_RECORD_BYTES) {
            this.oversized = true;
            this.parts = [];
            this.partBytes = 0;
            return;
        }
        // Copy: callers may reuse their chunk buffers.
        this.parts.push(Buffer.from(chunk.subarray(from, to)));
        this.partBytes += to - from;
    }
    deliver() {
        const lineNo = ++this.lineNo;
        if (this.oversized) {
            this.oversized = false;
            this.onLine({ kind: 'oversized', lineNo });
            return;
        }
        let bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.partBytes);
        this.parts = [];
        this.partBytes = 0;
        if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d)
            bytes = bytes.subarray(0, bytes.length - 1);
        // A UTF-8 BOM at file start is ignored (checked on the assembled line, so chunking does not matter).
        if (lineNo === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
            bytes = bytes.subarray(3);
        const text = decodeStrict(bytes);
        if (text === undefined)
            this.onLine({ kind: 'invalid-utf8', lineNo });
        else
            this.onLine({ kind: 'text', lineNo, text });
    }
}
function isUtf8Block(bytes) {
    if (typeof buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8 === 'function')
        return (0,buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes);
    try {
        decoder.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Reads a file line by line and calls `handler` for every line (blank lines included, so line numbers
 * stay physical). The handler runs synchronously, in order; a promise it returns is only awaited for
 * back-pressure (after the current chunk), so handlers must not depend on it for ordering.
 */
async function readLines(filePath, handler, opts = {}) {
    const pending = [];
    const splitter = new LineSplitter((line) => {
        const r = handler(line);
        if (r !== undefined)
            pending.push(r);
    });
    // One reused chunk buffer (the splitter copies what it keeps): a fresh 1 MiB buffer per chunk, as a
    // read stream allocates, costs page faults and array-buffer sweeps in every scavenge.
    const size = opts.highWaterMark ?? 1 << 20;
    // `end` is inclusive, as for fs.createReadStream
    let left = opts.end === undefined ? Infinity : Math.max(0, opts.end + 1);
    const handle = await fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(filePath, 'r');
    try {
        const buf = Buffer.allocUnsafe(size);
        while (left > 0) {
            const { bytesRead } = await handle.read(buf, 0, Math.min(size, left), null);
            if (bytesRead === 0)
                break;
            left -= bytesRead;
            splitter.push(buf.subarray(0, bytesRead));
            while (pending.length > 0)
                await pending.shift();
        }
        splitter.end();
        while (pending.length > 0)
            await pending.shift();
    }
    finally {
        await handle.close();
    }
}
/** Files up to this size are read into memory at once by {@link readSmallFileLines}. */
const SMALL_FILE_BYTES = 1 << 20;
/**
 * The lines of a file of at most {@link SMALL_FILE_BYTES}, read with one `read` (a caller that scans a small log
 * several times reads it once); undefined for a larger file, which callers stream with {@link readLines}.
 */
function readSmallFileLines(filePath) {
    const fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(filePath, 'r');
    try {
        const size = fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size;
        if (size > SMALL_FILE_BYTES)
            return undefined;
        // One byte more than the size: a file that grew since the stat is streamed instead (read as it is then).
        const buf = Buffer.allocUnsafe(size + 1);
        let n = 0;
        for (;;) {
            const r = fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, n, buf.length - n, null);
            if (r === 0)
                break;
            n += r;
            if (n === buf.length)
                return undefined;
        }
        const lines = [];
        const splitter = new LineSplitter((line) => void lines.push(line));
        splitter.push(buf.subarray(0, n));
        splitter.end();
        return lines;
    }
    finally {
        fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/**
 * Parses a JSONL text line into an object; undefined when it is not valid JSON or not an object
 * (a malformed record, 2.16).
 */
function parseJsonObjectLine(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/** The first non-blank line of a file (BOM and one trailing `\r` removed), or undefined. */
async function readFirstNonBlankLine(filePath) {
    let found;
    const splitter = new LineSplitter((line) => {
        if (found === undefined && line.kind === 'text' && !isBlankLine(line.text))
            found = line.text;
    });
    const stream = fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream(filePath, { highWaterMark: 1 << 16 });
    try {
        for await (const chunk of stream) {
            splitter.push(chunk);
            if (found !== undefined)
                return found;
        }
        splitter.end();
    }
    finally {
        stream.destroy();
    }
    return found;
}
/**
 * Pull-based synchronous line reader (for merging several files in timestamp order without
 * holding them in memory). Call `close()` when done; `next()` returns undefined at EOF.
 */
class SyncLineReader {
    fd;
    queue = [];
    qHead = 0;
    splitter;
    buf;
    eof = false;
    closed = false;
    constructor(filePath, chunkSize = 1 << 20) {
        this.fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(filePath, 'r');
        this.buf = Buffer.allocUnsafe(chunkSize);
        this.splitter = new LineSplitter((line) => this.queue.push(line));
    }
    next() {
        while (this.qHead >= this.queue.length) {
            this.queue.length = 0;
            this.qHead = 0;
            if (this.eof)
                return undefined;
            const n = fs__WEBPACK_IMPORTED_MODULE_0__.readSync(this.fd, this.buf, 0, this.buf.length, null);
            if (n === 0) {
                this.eof = true;
                this.splitter.end();
                this.close();
            }
            else {
                this.splitter.push(this.buf.subarray(0, n));
            }
        }
        return this.queue[this.qHead++];
    }
    close() {
        if (!this.closed) {
            this.closed = true;
            fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(this.fd);
        }
    }
}


/***/ }),

/***/ 3440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ homeDirectory),
/* harmony export */   X: () => (/* binding */ cursorDbHasConversations),
/* harmony export */   discoverSessions: () => (/* binding */ discoverSessions)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _sqlite_wasm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4183);
/* harmony import */ var _common_fs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5682);
/* harmony import */ var _select__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2871);
// Default discovery locations (parsers.md 3.5). Read-only; missing or unreadable directories are skipped.







/** Home directory: HOME, else USERPROFILE, else os.homedir(). */
function homeDirectory(env) {
    for (const key of ['HOME', 'USERPROFILE']) {
        const v = env[key];
        if (v !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(v) !== '')
            return v;
    }
    return os__WEBPACK_IMPORTED_MODULE_1__.homedir();
}
/** Files matching `dir/*\/name-filter` one level down (`<dir>/<child>/<file>`). */
async function filesOneLevelDown(dir, accept, subPath = []) {
    const out = [];
    for (const child of await (0,_common_fs__WEBPACK_IMPORTED_MODULE_5__/* .listDir */ .ol)(dir)) {
        if (!child.isDirectory() && !child.isSymbolicLink())
            continue;
        const base = path__WEBPACK_IMPORTED_MODULE_2__.join(dir, child.name, ...subPath);
        for (const ent of await (0,_common_fs__WEBPACK_IMPORTED_MODULE_5__/* .listDir */ .ol)(base)) {
            if ((ent.isFile() || ent.isSymbolicLink()) && accept(ent.name))
                out.push(path__WEBPACK_IMPORTED_MODULE_2__.join(base, ent.name));
        }
    }
    return out;
}
async function filesIn(dir, accept) {
    const out = [];
    for (const ent of await (0,_common_fs__WEBPACK_IMPORTED_MODULE_5__/* .listDir */ .ol)(dir))
        if ((ent.isFile() || ent.isSymbolicLink()) && accept(ent.name))
            out.push(path__WEBPACK_IMPORTED_MODULE_2__.join(dir, ent.name));
    return out;
}
async function uniqueSorted(paths) {
    const seen = new Set();
    const out = [];
    for (const p of paths) {
        let key = p;
        try {
            key = await fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(p);
        }
        catch {
            key = path__WEBPACK_IMPORTED_MODULE_2__.resolve(p);
        }
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(p);
    }
    return out.sort(_text__WEBPACK_IMPORTED_MODULE_3__/* .compareBytewise */ .GV);
}
/** True when a Cursor DB opens read-only and holds composer data (3.5 filter). */
function cursorDbHasConversations(dbPath) {
    try {
        const { Database } = (0,_sqlite_wasm__WEBPACK_IMPORTED_MODULE_4__/* .loadSqliteWasm */ .v)();
        const db = new Database(dbPath, { readOnly: true, fileMustExist: true });
        try {
            const tables = new Set(db
                .all("SELECT name FROM sqlite_master WHERE type='table'")
                .map((r) => String(r.name)));
            for (const table of ['cursorDiskKV', 'ItemTable']) {
                if (!tables.has(table))
                    continue;
                const row = db.get(`SELECT 1 AS found FROM ${table} WHERE key LIKE 'composerData:%' OR key = 'composer.composerData' LIMIT 1`);
                if (row !== null)
                    return true;
            }
            return false;
        }
        finally {
            db.close();
        }
    }
    catch {
        return false;
    }
}
function cursorUserDir(home, env, platform) {
    if (platform === 'darwin')
        return path__WEBPACK_IMPORTED_MODULE_2__.join(home, 'Library', 'Application Support', 'Cursor', 'User');
    if (platform === 'win32') {
        const appData = env.APPDATA !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(env.APPDATA) !== '' ? env.APPDATA : path__WEBPACK_IMPORTED_MODULE_2__.join(home, 'AppData', 'Roaming');
        return path__WEBPACK_IMPORTED_MODULE_2__.join(appData, 'Cursor', 'User');
    }
    const config = (0,_select__WEBPACK_IMPORTED_MODULE_6__/* .envRoot */ .Uf)(env, 'XDG_CONFIG_HOME') ?? path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.config');
    return path__WEBPACK_IMPORTED_MODULE_2__.join(config, 'Cursor', 'User');
}
/** discoverSessions (3.5): tools in order claude-code, codex, opencode, cline, amp, cursor, gemini. */
async function discoverSessions(opts = {}) {
    const env = opts.env ?? process.env;
    const home = opts.homeDir ?? homeDirectory(env);
    const platform = opts.platform ?? process.platform;
    const data = (0,_select__WEBPACK_IMPORTED_MODULE_6__/* .envRoot */ .Uf)(env, 'XDG_DATA_HOME') ?? path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.local', 'share');
    const out = [];
    const add = (tool, paths) => {
        for (const p of paths)
            out.push({ tool, path: p });
    };
    const claudeRoots = [(0,_select__WEBPACK_IMPORTED_MODULE_6__/* .envRoot */ .Uf)(env, 'CLAUDE_CONFIG_DIR'), path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.claude')].filter((r) => r !== undefined);
    const claude = [];
    for (const root of claudeRoots)
        claude.push(...(await (0,_common_fs__WEBPACK_IMPORTED_MODULE_5__/* .walkFiles */ .Fv)(path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'projects'), (full, name) => name.endsWith('.jsonl') && !(0,_select__WEBPACK_IMPORTED_MODULE_6__/* .isAuxiliarySessionPath */ .Yy)(full))));
    add('claude-code', await uniqueSorted(claude));
    const codexRoots = [(0,_select__WEBPACK_IMPORTED_MODULE_6__/* .envRoot */ .Uf)(env, 'CODEX_HOME'), path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.codex')].filter((r) => r !== undefined);
    const codex = [];
    const isRollout = (name) => {
        const n = name.toLowerCase();
        return n === 'rollout.jsonl' || (n.startsWith('rollout-') && n.endsWith('.jsonl'));
    };
    for (const root of codexRoots)
        codex.push(...(await (0,_common_fs__WEBPACK_IMPORTED_MODULE_5__/* .walkFiles */ .Fv)(path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'sessions'), (_full, name) => isRollout(name))));
    add('codex', await uniqueSorted(codex));
    add('opencode', await uniqueSorted(await filesOneLevelDown(path__WEBPACK_IMPORTED_MODULE_2__.join(data, 'opencode', 'storage', 'session'), (n) => n.endsWith('.json'))));
    add('cline', await uniqueSorted(await filesOneLevelDown(path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.cline', 'data', 'tasks'), (n) => n === 'api_conversation_history.json')));
    add('amp', await uniqueSorted(await filesIn(path__WEBPACK_IMPORTED_MODULE_2__.join(data, 'amp', 'threads'), (n) => n.endsWith('.json'))));
    const userDir = cursorUserDir(home, env, platform);
    const check = opts.cursorHasConversations ?? cursorDbHasConversations;
    const cursor = [];
    const globalDb = path__WEBPACK_IMPORTED_MODULE_2__.join(userDir, 'globalStorage', 'state.vscdb');
    if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(globalDb))
        cursor.push(globalDb);
    cursor.push(...(await filesOneLevelDown(path__WEBPACK_IMPORTED_MODULE_2__.join(userDir, 'workspaceStorage'), (n) => n === 'state.vscdb')));
    add('cursor', await uniqueSorted(cursor.filter((p) => check(p))));
    const geminiTmp = path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.gemini', 'tmp');
    const gemini = [
        ...(await filesOneLevelDown(geminiTmp, (n) => n.startsWith('session-') && n.endsWith('.json'), ['chats'])),
        ...(await filesOneLevelDown(geminiTmp, (n) => n.startsWith('session-') && n.endsWith('.jsonl'), ['chats'])),
    ];
    add('gemini', await uniqueSorted(gemini));
    return out;
}


/***/ }),

/***/ 2871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ WATCHED_EXTENSIONS),
/* harmony export */   Uf: () => (/* binding */ envRoot),
/* harmony export */   Yy: () => (/* binding */ isAuxiliarySessionPath),
/* harmony export */   gG: () => (/* binding */ parserForPath)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Path-based parser selection (parsers.md 3.4), used by watchers and discovery-based flows.

/** An environment root: a non-blank absolute path (POSIX or Windows), normalised to `/`, else undefined. */
function envRoot(env, name) {
    const raw = env[name];
    if (raw === undefined)
        return undefined;
    const v = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(raw);
    if (v === '')
        return undefined;
    const isAbs = v.startsWith('/') || v.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(v);
    return isAbs ? v : undefined;
}
function under(normPath, root, sub) {
    if (root === undefined)
        return false;
    let r = root.replace(/\\/g, '/');
    if (!r.endsWith('/'))
        r += '/';
    return normPath.startsWith(r + sub);
}
/** Auxiliary (subagent) path of 3.4. */
function isAuxiliarySessionPath(p) {
    const norm = p.replace(/\\/g, '/');
    if (norm.includes('/subagents/'))
        return true;
    const name = norm.slice(norm.lastIndexOf('/') + 1).toLowerCase();
    return (name.startsWith('agent-') ||
        name.startsWith('agent_') ||
        name.startsWith('subagent-') ||
        name.startsWith('subagent_'));
}
/** Extensions watchers must forward (3.4). */
const WATCHED_EXTENSIONS = ['jsonl', 'json', 'vscdb'];
/** parserForPath (3.4): the first matching rule wins; null when none matches. */
function parserForPath(p, env = process.env) {
    const norm = p.replace(/\\/g, '/');
    const name = norm.slice(norm.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
    if (ext === 'jsonl' &&
        (norm.includes('.codex/sessions/') ||
            norm.includes('codex/sessions/') ||
            under(norm, envRoot(env, 'CODEX_HOME'), 'sessions/')))
        return 'codex';
    if (ext === 'json' && norm.includes('opencode') && norm.includes('/storage/session/'))
        return 'opencode';
    if (name === 'api_conversation_history.json' &&
        (norm.includes('.cline/data/tasks/') || norm.includes('cline/data/tasks/')))
        return 'cline';
    if (ext === 'json' && norm.includes('amp/threads/'))
        return 'amp';
    if (ext === 'vscdb')
        return 'cursor';
    if ((ext === 'json' || ext === 'jsonl') && norm.includes('.gemini/tmp/') && norm.includes('/chats/session-'))
        return 'gemini';
    if (ext === 'jsonl' &&
        !isAuxiliarySessionPath(norm) &&
        (norm.includes('.claude/projects/') || under(norm, envRoot(env, 'CLAUDE_CONFIG_DIR'), 'projects/')))
        return 'claude-code';
    return null;
}


/***/ }),

/***/ 4183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ loadSqliteWasm)
/* harmony export */ });
function loadSqliteWasm() {
    // Native ESM (the tests) has no `require`; in CommonJS this test is constant and ncc bundles the package below.
    if (false)
        {}
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return __webpack_require__(1183);
}


/***/ })

};
;