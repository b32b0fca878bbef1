"use strict";
exports.id = 2365;
exports.ids = [2365,3440];
exports.modules = {

/***/ 5682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ fileMtime),
/* harmony export */   Fv: () => (/* binding */ walkFiles),
/* harmony export */   lm: () => (/* binding */ siblingDisplay),
/* harmony export */   nG: () => (/* binding */ runLineParser),
/* harmony export */   ol: () => (/* binding */ listDir),
/* harmony export */   yI: () => (/* binding */ fileMtimeSync)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _lines__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7242);
// File-system helpers for parsers and discovery (read-only).




/** Modification time with millisecond precision (2.10 step 5). */
async function fileMtime(filePath) {
    const st = await fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(filePath, { bigint: true });
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
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   ZT: () => (/* binding */ SyncLineReader),
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   j_: () => (/* binding */ parseJsonObjectLine),
/* harmony export */   pB: () => (/* binding */ isBlankLine),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES)
/* harmony export */ });
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
    const stream = fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream(filePath, { highWaterMark: opts.highWaterMark ?? 1 << 20, end: opts.end });
    try {
        for await (const chunk of stream) {
            splitter.push(chunk);
            while (pending.length > 0)
                await pending.shift();
        }
        splitter.end();
        while (pending.length > 0)
            await pending.shift();
    }
    finally {
        stream.destroy();
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
/* harmony import */ var _common_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5682);
/* harmony import */ var _select__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2871);
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
    for (const child of await (0,_common_fs__WEBPACK_IMPORTED_MODULE_4__/* .listDir */ .ol)(dir)) {
        if (!child.isDirectory() && !child.isSymbolicLink())
            continue;
        const base = path__WEBPACK_IMPORTED_MODULE_2__.join(dir, child.name, ...subPath);
        for (const ent of await (0,_common_fs__WEBPACK_IMPORTED_MODULE_4__/* .listDir */ .ol)(base)) {
            if ((ent.isFile() || ent.isSymbolicLink()) && accept(ent.name))
                out.push(path__WEBPACK_IMPORTED_MODULE_2__.join(base, ent.name));
        }
    }
    return out;
}
async function filesIn(dir, accept) {
    const out = [];
    for (const ent of await (0,_common_fs__WEBPACK_IMPORTED_MODULE_4__/* .listDir */ .ol)(dir))
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
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { Database } = __webpack_require__(1183);
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
    const config = (0,_select__WEBPACK_IMPORTED_MODULE_5__/* .envRoot */ .Uf)(env, 'XDG_CONFIG_HOME') ?? path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.config');
    return path__WEBPACK_IMPORTED_MODULE_2__.join(config, 'Cursor', 'User');
}
/** discoverSessions (3.5): tools in order claude-code, codex, opencode, cline, amp, cursor, gemini. */
async function discoverSessions(opts = {}) {
    const env = opts.env ?? process.env;
    const home = opts.homeDir ?? homeDirectory(env);
    const platform = opts.platform ?? process.platform;
    const data = (0,_select__WEBPACK_IMPORTED_MODULE_5__/* .envRoot */ .Uf)(env, 'XDG_DATA_HOME') ?? path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.local', 'share');
    const out = [];
    const add = (tool, paths) => {
        for (const p of paths)
            out.push({ tool, path: p });
    };
    const claudeRoots = [(0,_select__WEBPACK_IMPORTED_MODULE_5__/* .envRoot */ .Uf)(env, 'CLAUDE_CONFIG_DIR'), path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.claude')].filter((r) => r !== undefined);
    const claude = [];
    for (const root of claudeRoots)
        claude.push(...(await (0,_common_fs__WEBPACK_IMPORTED_MODULE_4__/* .walkFiles */ .Fv)(path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'projects'), (full, name) => name.endsWith('.jsonl') && !(0,_select__WEBPACK_IMPORTED_MODULE_5__/* .isAuxiliarySessionPath */ .Yy)(full))));
    add('claude-code', await uniqueSorted(claude));
    const codexRoots = [(0,_select__WEBPACK_IMPORTED_MODULE_5__/* .envRoot */ .Uf)(env, 'CODEX_HOME'), path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.codex')].filter((r) => r !== undefined);
    const codex = [];
    const isRollout = (name) => {
        const n = name.toLowerCase();
        return n === 'rollout.jsonl' || (n.startsWith('rollout-') && n.endsWith('.jsonl'));
    };
    for (const root of codexRoots)
        codex.push(...(await (0,_common_fs__WEBPACK_IMPORTED_MODULE_4__/* .walkFiles */ .Fv)(path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'sessions'), (_full, name) => isRollout(name))));
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

/***/ 2365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INCREMENTAL_PROFILES: () => (/* reexport */ INCREMENTAL_PROFILES),
  IncrementalParser: () => (/* reexport */ IncrementalParser),
  NoEvents: () => (/* reexport */ NoEvents),
  PROFILE_IDS: () => (/* reexport */ PROFILE_IDS),
  ParserFailed: () => (/* reexport */ ParserFailed),
  SelectionFailed: () => (/* reexport */ SelectionFailed),
  WATCHED_EXTENSIONS: () => (/* reexport */ parsers_select/* WATCHED_EXTENSIONS */.G4),
  collectingSink: () => (/* binding */ collectingSink),
  cursorDbHasConversations: () => (/* reexport */ discover/* cursorDbHasConversations */.X),
  detectCandidates: () => (/* reexport */ detectCandidates),
  discoverSessions: () => (/* reexport */ discover.discoverSessions),
  formatCandidates: () => (/* reexport */ formatCandidates),
  getParser: () => (/* reexport */ getParser),
  homeDirectory: () => (/* reexport */ discover/* homeDirectory */.R),
  isAuxiliarySessionPath: () => (/* reexport */ parsers_select/* isAuxiliarySessionPath */.Yy),
  isProfileId: () => (/* reexport */ isProfileId),
  parseAuto: () => (/* binding */ parseAuto),
  parseSessionInMemory: () => (/* binding */ parseSessionInMemory),
  parseWithProfile: () => (/* binding */ parseWithProfile),
  parserContext: () => (/* binding */ parserContext),
  parserForPath: () => (/* reexport */ parsers_select/* parserForPath */.gG),
  probeFile: () => (/* reexport */ probeFile),
  registeredParsers: () => (/* reexport */ registeredParsers)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(143);
// EXTERNAL MODULE: ./core/hail/types.ts
var types = __webpack_require__(1022);
// EXTERNAL MODULE: ./core/parsers/common/fs.ts
var fs = __webpack_require__(5682);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: external "buffer"
var external_buffer_ = __webpack_require__(181);
// EXTERNAL MODULE: ./core/hail/json.ts
var json = __webpack_require__(393);
// EXTERNAL MODULE: ./core/parsers/common/lines.ts
var lines = __webpack_require__(7242);
;// CONCATENATED MODULE: ./core/parsers/common/jsondoc.ts
// The one streaming reader of JSON documents (parsers.md 2.16, 2.17), hand-written over bytes:
// - JsonSyntaxScanner checks the whole grammar (what JSON.parse accepts) with an explicit stack and keeps
//   only top-level keys, member kinds and small member values: pass 1 of the Gemini JSON, Cline and Amp
//   parsers (scanJsonDocument, with a strict UTF-8 check) and candidate detection (detect.ts).
// - streamJsonDocument finds element boundaries of the main array (structure only, no validation) and
//   hands out one element at a time as raw text: pass 2 (streamJsonElements) and the whole-session HAIL
//   parser, both of which run after a validating pass.




const decoder = new TextDecoder('utf-8', { fatal: true });
function isWs(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
const BOM = [0xef, 0xbb, 0xbf];
/** Streams a JSON document from `filePath`. Throws only for I/O errors. */
async function streamJsonDocument(filePath, opts) {
    const memberLimit = opts.memberLimit ?? 1 << 20;
    const shape = { top: 'other', complete: false, foundArray: false };
    let started = false;
    let bomAt = 0; // BOM bytes seen at file start; -1 once past it
    let depth = 0;
    let inString = false;
    let escape = false;
    let trailingGarbage = false;
    // Depth-1 object bookkeeping.
    let expectKey = false;
    let keyParts;
    let currentKey = '';
    let memberActive = false; // a depth-1 member value is being read
    let memberIsTarget = false;
    let elementArrayDepth = -1; // depth of the container whose elements are streamed
    // Capture of the current element / member value.
    let capParts = [];
    let capBytes = 0;
    let capStart = -1; // index in the current chunk, -1 when not capturing in this chunk
    let capturing = false;
    let capOversized = false;
    let capKind = 'element';
    let elementIndex = 0;
    let elementPending = false; // inside the main array, waiting for the next element's first byte
    const pending = [];
    const startCapture = (kind, at) => {
        capturing = true;
        capKind = kind;
        capParts = [];
        capBytes = 0;
        capStart = at;
        capOversized = false;
    };
    const finishCapture = (chunk, end) => {
        if (!capturing)
            return;
        capturing = false;
        if (capStart >= 0 && end > capStart && !capOversized) {
            capParts.push(chunk.subarray(capStart, end));
            capBytes += end - capStart;
        }
        capStart = -1;
        const limit = capKind === 'element' ? lines/* MAX_RECORD_BYTES */.xR : memberLimit;
        if (capOversized || capBytes > limit) {
            if (capKind === 'element') {
                const r = opts.onElement(undefined, elementIndex, 'oversized');
                if (r)
                    pending.push(r);
            }
            capParts = [];
            return;
        }
        let text;
        try {
            text = decoder.decode(capParts.length === 1 ? capParts[0] : Buffer.concat(capParts, capBytes));
        }
        catch {
            text = undefined;
        }
        capParts = [];
        if (capKind === 'element') {
            const r = opts.onElement(text === undefined ? undefined : text.trimEnd(), elementIndex, text === undefined ? 'invalid-utf8' : undefined);
            if (r)
                pending.push(r);
        }
        else if (text !== undefined && opts.onMember) {
            opts.onMember(currentKey, text.trimEnd());
        }
    };
    const stream = external_fs_.createReadStream(filePath, { highWaterMark: opts.readBytes ?? 1 << 20 });
    try {
        for await (const raw of stream) {
            const chunk = raw;
            if (capturing)
                capStart = capOversized ? -1 : 0;
            // A UTF-8 BOM at file start is not part of the document (parsers.md 2.16), even split across reads.
            let i = 0;
            while (bomAt >= 0 && bomAt < 3 && i < chunk.length) {
                if (chunk[i] !== BOM[bomAt])
                    break;
                bomAt++;
                i++;
            }
            if (i < chunk.length)
                bomAt = -1;
            const len = chunk.length;
            for (; i < len; i++) {
                let c = chunk[i];
                if (inString) {
                    // Most bytes are string content: skip to the next quote or backslash in a tight loop.
                    if (keyParts === undefined && !escape) {
                        while (c !== 0x22 && c !== 0x5c) {
                            if (++i === len)
                                break;
                            c = chunk[i];
                        }
                        if (i === len)
                            break;
                    }
                    if (keyParts !== undefined && !(c === 0x22 && !escape))
                        keyParts.push(c);
                    if (escape)
                        escape = false;
                    else if (c === 0x5c)
                        escape = true;
                    else if (c === 0x22) {
                        inString = false;
                        if (keyParts !== undefined) {
                            try {
                                currentKey = JSON.parse('"' + decoder.decode(Uint8Array.from(keyParts)) + '"');
                            }
                            catch {
                                currentKey = '';
                            }
                            keyParts = undefined;
                        }
                    }
                    continue;
                }
                if (isWs(c))
                    continue;
                if (!started) {
                    started = true;
                    shape.top = c === 0x7b ? 'object' : c === 0x5b ? 'array' : 'other';
                    if (shape.top === 'other')
                        break;
                    depth = 1;
                    if (shape.top === 'object')
                        expectKey = true;
                    else if (opts.arrayKey === undefined) {
                        shape.foundArray = true;
                        elementArrayDepth = 1;
                        elementPending = true;
                    }
                    continue;
                }
                if (depth === 0) {
                    trailingGarbage = true;
                    break;
                }
                // Start of an element of the main array.
                if (elementPending && depth === elementArrayDepth && c !== 0x5d && c !== 0x2c) {
                    elementPending = false;
                    elementIndex++;
                    startCapture('element', i);
                }
                // Start of a depth-1 member value.
                if (shape.top === 'object' &&
                    depth === 1 &&
                    !expectKey &&
                    !memberActive &&
                    c !== 0x3a &&
                    c !== 0x2c &&
                    c !== 0x7d) {
                    memberActive = true;
                    memberIsTarget =
                        opts.arrayKey !== undefined &&
                            currentKey === opts.arrayKey &&
                            c === 0x5b &&
                            !(opts.firstArrayOnly === true && shape.foundArray);
                    if (memberIsTarget) {
                        shape.foundArray = true;
                        elementArrayDepth = 2;
                        elementPending = true;
                    }
                    else if (opts.onMember) {
                        startCapture('member', i);
                    }
                }
                switch (c) {
                    case 0x22: // "
                        inString = true;
                        if (shape.top === 'object' && depth === 1 && expectKey)
                            keyParts = [];
                        break;
                    case 0x7b: // {
                    case 0x5b: // [
                        depth++;
                        break;
                    case 0x7d: // }
                    case 0x5d: // ]
                        if (depth === elementArrayDepth && elementArrayDepth > 0) {
                            finishCapture(chunk, i);
                            elementPending = false;
                            if (elementArrayDepth === 2)
                                elementArrayDepth = -1;
                        }
                        if (shape.top === 'object' && depth === 1 && memberActive) {
                            if (!memberIsTarget)
                                finishCapture(chunk, i);
                            memberActive = false;
                        }
                        depth--;
                        if (depth === 0)
                            shape.complete = true;
                        break;
                    case 0x2c: // ,
                        if (depth === elementArrayDepth) {
                            finishCapture(chunk, i);
                            elementPending = true;
                        }
                        else if (shape.top === 'object' && depth === 1) {
                            if (memberActive && !memberIsTarget)
                                finishCapture(chunk, i);
                            memberActive = false;
                            memberIsTarget = false;
                            expectKey = true;
                        }
                        break;
                    case 0x3a: // :
                        if (shape.top === 'object' && depth === 1)
                            expectKey = false;
                        break;
                    default:
                        break;
                }
            }
            if (capturing && capStart >= 0 && !capOversized) {
                const part = chunk.subarray(capStart);
                if (capBytes + part.length > (capKind === 'element' ? lines/* MAX_RECORD_BYTES */.xR : memberLimit)) {
                    capOversized = true;
                    capParts = [];
                }
                else {
                    capParts.push(part);
                    capBytes += part.length;
                }
                capStart = -1;
            }
            while (pending.length > 0)
                await pending.shift();
            if ((started && shape.top === 'other') || trailingGarbage)
                break;
        }
    }
    finally {
        stream.destroy();
    }
    if (trailingGarbage)
        shape.complete = false;
    return shape;
}
/** Top-level failure of a JSON document: not UTF-8, or not well-formed JSON. */
class JsonDocumentError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'JsonDocumentError';
    }
}
// Scanner states.
const S_START = 0; // before the root value
const S_VALUE = 1; // a value is required (after `:` or `,` in an array)
const S_ARRAY_FIRST = 2; // after `[`: a value or `]`
const S_OBJECT_FIRST = 3; // after `{`: a key or `}`
const S_KEY = 4; // after `,` in an object: a key
const S_COLON = 5;
const S_AFTER_VALUE = 6; // `,` or the closing bracket of the current container
const S_DONE = 7; // the root value ended: only whitespace may follow
const S_STRING = 8;
const S_ESCAPE = 9;
const S_UNICODE = 10; // inside \uXXXX (hexLeft digits to go)
const S_MINUS = 11; // after `-`: a digit
const S_ZERO = 12; // leading `0`: `.`, `e`, or the end of the number
const S_INT = 13;
const S_DOT = 14; // after `.`: a digit
const S_FRACTION = 15;
const S_EXP = 16; // after `e`: sign or digit
const S_EXP_SIGN = 17; // after the exponent sign: a digit
const S_EXP_DIGITS = 18;
const S_LITERAL = 19; // inside true / false / null
const LITERALS = {
    0x74: Buffer.from('true'),
    0x66: Buffer.from('false'),
    0x6e: Buffer.from('null'),
};
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isHex(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function kindOfFirstByte(c) {
    if (c === 0x7b)
        return 'object';
    if (c === 0x5b)
        return 'array';
    if (c === 0x22)
        return 'string';
    if (c === 0x74 || c === 0x66)
        return 'boolean';
    if (c === 0x6e)
        return 'null';
    return 'number';
}
function describeByte(c) {
    return c >= 0x21 && c <= 0x7e ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}
/**
 * Push-style validating JSON scanner. `write` each chunk, then `end`; both throw JsonDocumentError
 * (kind `syntax`) at the first byte that breaks the grammar, naming its offset in the input.
 */
class JsonSyntaxScanner {
    opts;
    rootKind = 'none';
    /** Top-level keys of an object root, in document order (duplicates once). */
    keys = new Set();
    /** Kind of every top-level member of an object root, including the main array (last one wins). */
    memberKinds = new Map();
    /** The main array (arrayKey) was found with an array value. */
    foundArray = false;
    state = S_START;
    bomAt = 0; // BOM bytes matched at input start; -1 once past it
    stack = new Uint8Array(64); // 0 object, 1 array
    depth = 0;
    base = 0; // input offset of the current chunk
    afterString = S_AFTER_VALUE; // state after the current string ends (S_COLON for keys)
    hexLeft = 0;
    literal = LITERALS[0x74];
    literalAt = 0;
    // top-level key being read (object root, depth 1)
    keyParts;
    keyBytes = 0;
    keyStart = -1;
    currentKey = '';
    // top-level member value being captured
    capParts;
    capBytes = 0;
    capStart = -1;
    capOversized = false;
    constructor(opts = {}) {
        this.opts = opts;
    }
    /** Bytes consumed so far. */
    get offset() {
        return this.base;
    }
    fail(c, at) {
        if (c === undefined)
            throw new JsonDocumentError('syntax', 'unexpected end of document');
        if (this.state === S_DONE)
            throw new JsonDocumentError('syntax', `unexpected data after the document at byte ${at}`);
        throw new JsonDocumentError('syntax', `unexpected ${describeByte(c)} at byte ${at}`);
    }
    push(kind) {
        if (this.depth === this.stack.length) {
            const grown = new Uint8Array(this.stack.length * 2);
            grown.set(this.stack);
            this.stack = grown;
        }
        this.stack[this.depth++] = kind;
    }
    valueEnded() {
        this.state = this.depth === 0 ? S_DONE : S_AFTER_VALUE;
    }
    endKey(chunk, end) {
        const parts = this.keyParts;
        if (this.keyStart >= 0) {
            parts.push(chunk.subarray(this.keyStart, end));
            this.keyBytes += end - this.keyStart;
        }
        this.keyParts = undefined;
        this.keyStart = -1;
        if (this.keyBytes > lines/* MAX_RECORD_BYTES */.xR) {
            this.currentKey = '';
            return;
        }
        // Invalid UTF-8 decodes to U+FFFD (detection does not require UTF-8); escapes were checked above.
        const text = (parts.length === 1 ? parts[0] : Buffer.concat(parts)).toString('utf8');
        this.currentKey = text.includes('\\') ? JSON.parse('"' + text + '"') : text;
        this.keys.add(this.currentKey);
    }
    startMember(c, at) {
        const key = this.currentKey;
        this.memberKinds.set(key, kindOfFirstByte(c));
        if (c === 0x5b && this.opts.arrayKey !== undefined && key === this.opts.arrayKey && !this.foundArray) {
            this.foundArray = true;
            return;
        }
        if (this.opts.onMember === undefined)
            return;
        this.capParts = [];
        this.capBytes = 0;
        this.capStart = at;
        this.capOversized = false;
    }
    endMember(chunk, end) {
        const parts = this.capParts;
        if (parts === undefined)
            return;
        this.capParts = undefined;
        if (this.capStart >= 0 && !this.capOversized) {
            parts.push(chunk.subarray(this.capStart, end));
            this.capBytes += end - this.capStart;
        }
        this.capStart = -1;
        if (this.capOversized || this.capBytes > lines/* MAX_RECORD_BYTES */.xR)
            return;
        this.opts.onMember(this.currentKey, parts.length === 1 ? parts[0] : Buffer.concat(parts));
    }
    write(chunk) {
        let i = 0;
        const n = chunk.length;
        // A UTF-8 BOM at input start is skipped, even split across chunks; a partial one is an error.
        while (this.bomAt >= 0 && i < n) {
            if (chunk[i] !== BOM[this.bomAt]) {
                if (this.bomAt > 0)
                    this.fail(chunk[i], this.base + i);
                this.bomAt = -1;
                break;
            }
            i++;
            if (++this.bomAt === 3)
                this.bomAt = -1;
        }
        if (this.keyParts !== undefined)
            this.keyStart = 0;
        if (this.capParts !== undefined)
            this.capStart = this.capOversized ? -1 : 0;
        const base = this.base;
        for (; i < n; i++) {
            let c = chunk[i];
            switch (this.state) {
                case S_STRING:
                    for (;;) {
                        if (c === 0x22) {
                            if (this.keyParts !== undefined)
                                this.endKey(chunk, i);
                            if (this.afterString === S_COLON)
                                this.state = S_COLON;
                            else
                                this.valueEnded();
                            break;
                        }
                        if (c === 0x5c) {
                            this.state = S_ESCAPE;
                            break;
                        }
                        if (c < 0x20)
                            this.fail(c, base + i);
                        if (++i === n)
                            break;
                        c = chunk[i];
                    }
                    continue;
                case S_ESCAPE:
                    if (c === 0x75) {
                        this.state = S_UNICODE;
                        this.hexLeft = 4;
                    }
                    else if (c === 0x22 ||
                        c === 0x5c ||
                        c === 0x2f ||
                        c === 0x62 ||
                        c === 0x66 ||
                        c === 0x6e ||
                        c === 0x72 ||
                        c === 0x74) {
                        this.state = S_STRING;
                    }
                    else
                        this.fail(c, base + i);
                    continue;
                case S_UNICODE:
                    if (!isHex(c))
                        this.fail(c, base + i);
                    if (--this.hexLeft === 0)
                        this.state = S_STRING;
                    continue;
                case S_MINUS:
                    if (c === 0x30)
                        this.state = S_ZERO;
                    else if (isDigit(c))
                        this.state = S_INT;
                    else
                        this.fail(c, base + i);
                    continue;
                case S_INT:
                case S_ZERO:
                    if (this.state === S_INT) {
                        while (isDigit(c)) {
                            if (++i === n)
                                break;
                            c = chunk[i];
                        }
                        if (i === n)
                            continue;
                    }
                    if (c === 0x2e)
                        this.state = S_DOT;
                    else if (c === 0x65 || c === 0x45)
                        this.state = S_EXP;
                    else {
                        this.valueEnded();
                        i--; // the byte after the number is read in the new state
                    }
                    continue;
                case S_DOT:
                    if (isDigit(c))
                        this.state = S_FRACTION;
                    else
                        this.fail(c, base + i);
                    continue;
                case S_FRACTION:
                    if (isDigit(c))
                        continue;
                    if (c === 0x65 || c === 0x45)
                        this.state = S_EXP;
                    else {
                        this.valueEnded();
                        i--;
                    }
                    continue;
                case S_EXP:
                    if (c === 0x2b || c === 0x2d)
                        this.state = S_EXP_SIGN;
                    else if (isDigit(c))
                        this.state = S_EXP_DIGITS;
                    else
                        this.fail(c, base + i);
                    continue;
                case S_EXP_SIGN:
                    if (isDigit(c))
                        this.state = S_EXP_DIGITS;
                    else
                        this.fail(c, base + i);
                    continue;
                case S_EXP_DIGITS:
                    if (isDigit(c))
                        continue;
                    this.valueEnded();
                    i--;
                    continue;
                case S_LITERAL:
                    if (c !== this.literal[this.literalAt])
                        this.fail(c, base + i);
                    if (++this.literalAt === this.literal.length)
                        this.valueEnded();
                    continue;
                default:
                    break;
            }
            // Structural states: whitespace is skipped everywhere.
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                continue;
            switch (this.state) {
                case S_START:
                case S_VALUE:
                case S_ARRAY_FIRST:
                    if (c === 0x5d && this.state === S_ARRAY_FIRST) {
                        this.close(chunk, i);
                        continue;
                    }
                    if (this.state === S_START)
                        this.rootKind = kindOfFirstByte(c);
                    else if (this.depth === 1 && this.stack[0] === 0)
                        this.startMember(c, i);
                    this.startValue(c, base + i);
                    continue;
                case S_OBJECT_FIRST:
                case S_KEY:
                    if (c === 0x7d && this.state === S_OBJECT_FIRST) {
                        this.close(chunk, i);
                        continue;
                    }
                    if (c !== 0x22)
                        this.fail(c, base + i);
                    this.state = S_STRING;
                    this.afterString = S_COLON;
                    if (this.depth === 1) {
                        this.keyParts = [];
                        this.keyBytes = 0;
                        this.keyStart = i + 1;
                    }
                    continue;
                case S_COLON:
                    if (c !== 0x3a)
                        this.fail(c, base + i);
                    this.state = S_VALUE;
                    continue;
                case S_AFTER_VALUE:
                    if (c === 0x2c) {
                        const inObject = this.stack[this.depth - 1] === 0;
                        if (inObject && this.depth === 1)
                            this.endMember(chunk, i);
                        this.state = inObject ? S_KEY : S_VALUE;
                    }
                    else if ((c === 0x7d && this.stack[this.depth - 1] === 0) ||
                        (c === 0x5d && this.stack[this.depth - 1] === 1)) {
                        this.close(chunk, i);
                    }
                    else
                        this.fail(c, base + i);
                    continue;
                default:
                    this.fail(c, base + i); // S_DONE: data after the root value
            }
        }
        if (this.keyParts !== undefined && this.keyStart >= 0) {
            if (this.keyBytes <= lines/* MAX_RECORD_BYTES */.xR)
                this.keyParts.push(chunk.subarray(this.keyStart));
            this.keyBytes += n - this.keyStart;
            this.keyStart = -1;
        }
        if (this.capParts !== undefined && this.capStart >= 0 && !this.capOversized) {
            const part = chunk.subarray(this.capStart);
            if (this.capBytes + part.length > lines/* MAX_RECORD_BYTES */.xR) {
                this.capOversized = true;
                this.capParts = [];
            }
            else {
                this.capParts.push(part);
                this.capBytes += part.length;
            }
            this.capStart = -1;
        }
        this.base += n;
    }
    startValue(c, at) {
        switch (c) {
            case 0x7b:
                this.push(0);
                this.state = S_OBJECT_FIRST;
                return;
            case 0x5b:
                this.push(1);
                this.state = S_ARRAY_FIRST;
                return;
            case 0x22:
                this.state = S_STRING;
                this.afterString = S_AFTER_VALUE;
                return;
            case 0x2d:
                this.state = S_MINUS;
                return;
            case 0x30:
                this.state = S_ZERO;
                return;
            case 0x74:
            case 0x66:
            case 0x6e:
                this.literal = LITERALS[c];
                this.literalAt = 1;
                this.state = S_LITERAL;
                return;
            default:
                if (c >= 0x31 && c <= 0x39) {
                    this.state = S_INT;
                    return;
                }
                this.fail(c, at);
        }
    }
    close(chunk, i) {
        this.depth--;
        if (this.depth === 0 && this.stack[0] === 0)
            this.endMember(chunk, i);
        this.valueEnded();
    }
    /** End of input: the root value must be complete. */
    end() {
        switch (this.state) {
            case S_DONE:
                return;
            case S_ZERO:
            case S_INT:
            case S_FRACTION:
            case S_EXP_DIGITS:
                if (this.depth === 0)
                    return;
                break;
            case S_START:
                throw new JsonDocumentError('syntax', 'empty document');
            default:
                break;
        }
        this.fail(undefined, this.base);
    }
}
/** Streaming strict UTF-8 check: a sequence split across chunks is carried to the next one. */
class Utf8Validator {
    carry;
    /** False when the bytes so far are not UTF-8. */
    write(chunk) {
        const data = this.carry !== undefined ? Buffer.concat([this.carry, chunk]) : chunk;
        this.carry = undefined;
        // A lead byte among the last three whose sequence is not complete yet waits for the next chunk.
        let cut = data.length;
        for (let k = 1; k <= 3 && k <= data.length; k++) {
            const b = data[data.length - k];
            if (b < 0x80)
                break;
            if (b >= 0xc0) {
                const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                if (need > k)
                    cut = data.length - k;
                break;
            }
        }
        if (cut < data.length)
            this.carry = Buffer.from(data.subarray(cut));
        return (0,external_buffer_.isUtf8)(cut === data.length ? data : data.subarray(0, cut));
    }
    /** False when the input ended inside a sequence. */
    end() {
        return this.carry === undefined;
    }
}
const NOT_UTF8 = 'input is not valid UTF-8 text';
/**
 * Pass 1 of the document parsers (Gemini JSON, Cline, Amp): checks strict UTF-8 and JSON syntax of the
 * whole file and returns the root kind and the top-level members, without materialising the main array.
 * Throws JsonDocumentError. Each read is checked for UTF-8 before its syntax.
 */
async function scanJsonDocument(filePath, opts = {}) {
    const members = new Map();
    const scanner = new JsonSyntaxScanner({
        arrayKey: opts.arrayKey,
        onMember: (key, raw) => {
            if (members.has(key))
                return; // the first member that parses wins
            try {
                members.set(key, (0,json/* parseJsonLossless */.KK)(raw.toString('utf8')));
            }
            catch {
                // a value the lossless model refuses (duplicate key, lone surrogate) is left out
            }
        },
    });
    const utf8 = new Utf8Validator();
    const stream = external_fs_.createReadStream(filePath, { highWaterMark: opts.readBytes ?? 1 << 20 });
    try {
        for await (const chunk of stream) {
            if (!utf8.write(chunk))
                throw new JsonDocumentError('utf8', NOT_UTF8);
            scanner.write(chunk);
        }
    }
    finally {
        stream.destroy();
    }
    if (!utf8.end())
        throw new JsonDocumentError('utf8', NOT_UTF8);
    scanner.end();
    return { rootKind: scanner.rootKind, members, memberKinds: scanner.memberKinds };
}
/**
 * Pass 2: calls `onElement` for every element of the main array, in order, one at a time, parsed
 * losslessly. Call after scanJsonDocument succeeded (this pass checks structure only).
 */
async function streamJsonElements(filePath, opts, onElement) {
    await streamJsonDocument(filePath, {
        arrayKey: opts.arrayKey,
        readBytes: opts.readBytes,
        firstArrayOnly: true,
        onElement: (text, index, problem) => {
            if (problem === 'oversized')
                return onElement({ index, oversized: true });
            let value;
            if (text !== undefined) {
                try {
                    value = (0,json/* parseJsonLossless */.KK)(text);
                }
                catch {
                    value = undefined;
                }
            }
            return onElement({ index, value });
        },
    });
}

;// CONCATENATED MODULE: ./core/parsers/detect.ts
// Candidate detection (parsers.md 3.2): filename rules, then content rules, in one streaming pass.



const CONTENT_PATTERNS = [
    '"type":"session_meta"',
    '"type": "session_meta"',
    '"type":"response_item"',
    '"type":"event_msg"',
    '"type":"thread.started"',
    '"type":"turn.started"',
    '"type":"item.completed"',
    '"type":"user"',
    '"type":"assistant"',
    '"message"',
    '"messages"',
    '"session_id"',
    '"sessionId"',
    '"agentMode"',
    '"tool_use"',
    '"providerID"',
    '"providerId"',
    '"modelID"',
    '"modelId"',
];
/** Filename rules of 3.2, in table order. */
function filenameRules(fileNameLower) {
    const out = [];
    if (fileNameLower.endsWith('.hail.jsonl'))
        out.push({ id: 'hail', confidence: 95, reason: 'filename ends with .hail.jsonl' });
    if (fileNameLower.endsWith('.jsonl')) {
        const reason = 'filename ends with .jsonl';
        out.push({ id: 'hail', confidence: 70, reason }, { id: 'codex', confidence: 64, reason }, { id: 'claude-code', confidence: 62, reason }, { id: 'gemini', confidence: 50, reason });
    }
    if (fileNameLower.endsWith('.json')) {
        const reason = 'filename ends with .json';
        out.push({ id: 'gemini', confidence: 56, reason }, { id: 'amp', confidence: 46, reason }, { id: 'opencode', confidence: 44, reason }, { id: 'hail', confidence: 34, reason });
    }
    if (fileNameLower.endsWith('.vscdb'))
        out.push({ id: 'cursor', confidence: 92, reason: 'filename ends with .vscdb' });
    if (fileNameLower.endsWith('api_conversation_history.json'))
        out.push({ id: 'cline', confidence: 88, reason: 'filename is api_conversation_history.json' });
    return out;
}
/** Content rules of 3.2, in table order. */
function contentRules(p) {
    const out = [];
    if (p.sqliteHeader)
        out.push({ id: 'cursor', confidence: 90, reason: 'sqlite database header' });
    const first = p.firstLineObject;
    if (first && first.type === 'header' && 'version' in first && 'session_id' in first) {
        out.push({ id: 'hail', confidence: 100, reason: 'first line is a HAIL header' });
    }
    const keys = p.documentKeys;
    if (keys && ['version', 'session_id', 'agent', 'context', 'events'].every((k) => keys.has(k))) {
        out.push({ id: 'hail', confidence: 86, reason: 'document is a HAIL session object' });
    }
    if (p.contains('"type":"session_meta"') ||
        p.contains('"type": "session_meta"') ||
        p.contains('"type":"response_item"') ||
        p.contains('"type":"event_msg"')) {
        out.push({ id: 'codex', confidence: 90, reason: 'codex rollout markers' });
    }
    if (p.contains('"type":"thread.started"') ||
        (p.contains('"type":"turn.started"') && p.contains('"type":"item.completed"'))) {
        out.push({ id: 'codex', confidence: 89, reason: 'codex exec --json markers' });
    }
    if ((p.contains('"type":"user"') || p.contains('"type":"assistant"')) && p.contains('"message"')) {
        out.push({ id: 'claude-code', confidence: 88, reason: 'claude code message markers' });
    }
    if (p.contains('"messages"') && (p.contains('"session_id"') || p.contains('"sessionId"'))) {
        out.push({ id: 'gemini', confidence: 84, reason: 'gemini session markers' });
    }
    if (p.contains('"agentMode"') || (p.contains('"messages"') && p.contains('"tool_use"'))) {
        out.push({ id: 'amp', confidence: 66, reason: 'amp thread markers' });
    }
    if (p.contains('"providerID"') || p.contains('"providerId"') || p.contains('"modelID"') || p.contains('"modelId"')) {
        out.push({ id: 'opencode', confidence: 60, reason: 'opencode model markers' });
    }
    return out;
}
/** Applies rules in order (an id is replaced only by a strictly higher confidence), then ranks. */
function rankCandidates(rules) {
    const byId = new Map();
    for (const r of rules) {
        const prev = byId.get(r.id);
        if (!prev || r.confidence > prev.confidence)
            byId.set(r.id, { id: r.id, confidence: r.confidence, reason: r.reason });
    }
    return [...byId.values()].sort((a, b) => b.confidence - a.confidence || (0,core_text/* compareBytewise */.GV)(a.id, b.id));
}
/** One streaming pass over the file computing the probe (3.2; bytes, carry-over between chunks). */
async function probeFile(filePath) {
    const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
    const fileNameLower = filePath.slice(slash + 1).toLowerCase();
    const patterns = CONTENT_PATTERNS.map((p) => Buffer.from(p, 'utf8'));
    const found = new Set();
    const carryLen = Math.max(...patterns.map((p) => p.length)) - 1;
    let carry = Buffer.alloc(0);
    let head = Buffer.alloc(0);
    let firstLine;
    let firstLineBytes = 0;
    let firstLineDone = false;
    let seenNonBlank = false;
    // The whole file as one well-formed JSON object (UTF-8 is not required here; keys decode leniently).
    const scanner = new JsonSyntaxScanner();
    let wellFormed = true;
    let total = 0;
    const stream = external_fs_.createReadStream(filePath, { highWaterMark: 1 << 20 });
    try {
        for await (const raw of stream) {
            const chunk = raw;
            total += chunk.length;
            if (head.length < 16)
                head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
            const hay = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
            for (let i = 0; i < patterns.length; i++) {
                if (!found.has(CONTENT_PATTERNS[i]) && hay.indexOf(patterns[i]) >= 0)
                    found.add(CONTENT_PATTERNS[i]);
            }
            carry = Buffer.from(hay.subarray(Math.max(0, hay.length - carryLen)));
            if (!firstLineDone) {
                let start = 0;
                if (!seenNonBlank) {
                    if (total === chunk.length && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                        start = 3;
                    while (start < chunk.length &&
                        (chunk[start] === 0x20 ||
                            chunk[start] === 0x09 ||
                            chunk[start] === 0x0a ||
                            chunk[start] === 0x0d ||
                            chunk[start] === 0x0b ||
                            chunk[start] === 0x0c))
                        start++;
                    if (start < chunk.length) {
                        seenNonBlank = true;
                        firstLine = [];
                    }
                }
                if (seenNonBlank && firstLine) {
                    const nl = chunk.indexOf(0x0a, start);
                    const end = nl < 0 ? chunk.length : nl;
                    if (firstLineBytes + (end - start) > 64 * 1024 * 1024) {
                        firstLineDone = true;
                        firstLine = undefined;
                    }
                    else {
                        firstLine.push(chunk.subarray(start, end));
                        firstLineBytes += end - start;
                        if (nl >= 0)
                            firstLineDone = true;
                    }
                }
            }
            if (wellFormed) {
                try {
                    scanner.write(chunk);
                }
                catch {
                    wellFormed = false;
                }
            }
        }
    }
    finally {
        stream.destroy();
    }
    if (wellFormed) {
        try {
            scanner.end();
        }
        catch {
            wellFormed = false;
        }
    }
    const sqliteHeader = head.length >= 16 && head.equals(Buffer.from('SQLite format 3\0', 'latin1'));
    let firstLineObject;
    if (firstLine && firstLine.length > 0) {
        try {
            const text = (0,core_text/* trim */.Bq)(Buffer.concat(firstLine)
                .toString('utf8')
                .replace(/^\ufeff/, ''));
            const v = JSON.parse(text);
            if (typeof v === 'object' && v !== null && !Array.isArray(v))
                firstLineObject = v;
        }
        catch {
            firstLineObject = undefined;
        }
    }
    return {
        fileNameLower,
        sqliteHeader,
        firstLineObject,
        documentKeys: wellFormed && scanner.rootKind === 'object' ? scanner.keys : undefined,
        contains: (p) => found.has(p),
    };
}
/** detectCandidates(path): filename rules then content rules, ranked (3.2). */
async function detectCandidates(filePath) {
    const probe = await probeFile(filePath);
    return rankCandidates([...filenameRules(probe.fileNameLower), ...contentRules(probe)]);
}
/** Renders `codex (90), hail (70)` or `none`. */
function formatCandidates(candidates) {
    return candidates.length === 0 ? 'none' : candidates.map((c) => `${c.id} (${c.confidence})`).join(', ');
}

// EXTERNAL MODULE: ./core/hail/reader.ts
var reader = __webpack_require__(4632);
// EXTERNAL MODULE: ./core/redact/engine.ts + 1 modules
var engine = __webpack_require__(7472);
;// CONCATENATED MODULE: ./core/parsers/common/rules.ts


/** Removes trailing Unicode whitespace (a loop: an anchored regex backtracks on long space runs). */
function trimEnd(s) {
    let end = s.length;
    while (end > 0 && (0,core_text/* isWhitespace */.Yv)(s.charCodeAt(end - 1)))
        end--;
    return end === s.length ? s : s.slice(0, end);
}
/** 2.2: trimmed, lowercased role label → normalised role, or undefined. */
function normalizeRoleLabel(label) {
    if (typeof label !== 'string')
        return undefined;
    switch ((0,core_text/* trim */.Bq)(label).toLowerCase()) {
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
    const lower = (0,core_text/* trim */.Bq)(name).toLowerCase();
    const dot = lower.lastIndexOf('.');
    return dot >= 0 ? lower.slice(dot + 1) : lower;
}
function isInteractiveTool(name) {
    return INTERACTIVE_TOOL_NAMES.has(baseToolName(name));
}
/** 2.3: `request_user_input` for an interactive name, else the trimmed name. */
function canonicalToolName(name) {
    return isInteractiveTool(name) ? 'request_user_input' : (0,core_text/* trim */.Bq)(name);
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
        return (0,core_text/* trim */.Bq)(text);
    return (0,core_text/* trim */.Bq)(text.replace(SYSTEM_REMINDER, ''));
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
        if (LINE_NUMBERED_PROBE.test(line) || (0,core_text/* trim */.Bq)(line) === '')
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
        if (rest >= 0 && !hasLineTerminator(text, rest, end)) {
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
/** A character `.` does not match (besides `\n`, which never occurs inside a line here). */
function hasLineTerminator(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0d || c === 0x2028 || c === 0x2029)
            return true;
    }
    return false;
}
function allWhitespace(text, from, to) {
    for (let i = from; i < to; i++)
        if (!(0,core_text/* isWhitespace */.Yv)(text.charCodeAt(i)))
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
    const inner = (0,core_text/* trim */.Bq)(text.slice(from, end));
    return inner === '' ? undefined : inner;
}
/**
 * 2.9: trim; more than 80 code points → first 77 code points + `...`. The title is redacted first
 * (amendments-2 A1.3): a secret cut short no longer matches its rule, so it could never be redacted later.
 */
function applyTitleRule(text) {
    const t = (0,core_text/* trim */.Bq)((0,engine/* redactSecrets */.fp)((0,core_text/* trim */.Bq)(text), {}));
    if (t.length <= 80 || Array.from(t).length <= 80)
        return t;
    return (0,engine/* redactCutTail */.ib)(Array.from(t).slice(0, 77).join('') + '...', {});
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
            const t = (0,core_text/* trim */.Bq)(v);
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

// EXTERNAL MODULE: ./core/hail/timestamp.ts
var timestamp = __webpack_require__(9823);
;// CONCATENATED MODULE: ./core/parsers/common/time.ts
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
    const fast = (0,timestamp/* parseCommonForm */.XQ)(value);
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

;// CONCATENATED MODULE: ./core/parsers/common/tools.ts


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
    if (!isObject(input))
        return [];
    const pairs = [];
    const own = pairOf(input);
    if (own)
        pairs.push(own);
    if (Array.isArray(input.edits)) {
        for (const item of input.edits) {
            if (isObject(item)) {
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
    if (command !== undefined && (0,core_text/* trim */.Bq)(command) !== '') {
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
    if ((c > 0x20 && c < 0x7f) || (0,core_text/* trim */.Bq)(value) !== '')
        attrs[key] = value;
}

;// CONCATENATED MODULE: ./core/parsers/common/json.ts
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
        return (0,json/* parseJsonLossless */.KK)(text);
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
                    const v = (0,json/* parseJsonLossless */.KK)(this.text);
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
    if (depth > json/* MAX_DEPTH */.lr)
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

;// CONCATENATED MODULE: ./core/parsers/common/builder.ts

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
            const t = applyTitleRule(fields.title);
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

;// CONCATENATED MODULE: ./core/parsers/common/index.ts
// Shared parser helpers (parsers.md section 2 and 9). Parser modules import from here.









;// CONCATENATED MODULE: ./core/parsers/types.ts
const PROFILE_IDS = ['hail', 'codex', 'claude-code', 'gemini', 'amp', 'cline', 'cursor', 'opencode'];
function isProfileId(value) {
    return PROFILE_IDS.includes(value);
}
/** A parser rejected the input at top level (`<err>` of parsers.md 3.3 is `message`). */
class ParserFailed extends Error {
    profile;
    constructor(profile, message, options) {
        super(message, options);
        this.profile = profile;
        this.name = 'ParserFailed';
    }
}
/** A parser ran without a top-level failure but emitted no event. */
class NoEvents extends Error {
    profile;
    constructor(profile) {
        super(`parser '${profile}' produced no events`);
        this.profile = profile;
        this.name = 'NoEvents';
    }
}
/** Auto selection found no candidate, or every candidate failed. */
class SelectionFailed extends Error {
    candidates;
    attempts;
    warnings;
    constructor(candidates, attempts, warnings) {
        super(candidates.length === 0
            ? 'could not determine parser from source'
            : 'auto-detection failed; choose a parser and retry');
        this.candidates = candidates;
        this.attempts = attempts;
        this.warnings = warnings;
        this.name = 'SelectionFailed';
    }
}

;// CONCATENATED MODULE: ./core/parsers/hail/index.ts
// HAIL passthrough (parsers.md 4.8): HAIL JSONL read line by line with the HAIL reader rules, or one
// whole-session JSON object whose `events` are streamed. Events pass through unchanged.






const NEITHER = 'input is neither HAIL JSONL nor HAIL JSON';
function failed(message) {
    return new ParserFailed('hail', message);
}
/** HAIL JSONL as a line-fed state machine (section 5). */
class HailLineParser {
    builder;
    header;
    sawNonBlank = false;
    constructor(sink, ctx) {
        this.builder = new SessionBuilder({ sink, tool: 'hail', mtime: ctx.mtime, sourcePath: null, uniqueIds: false });
    }
    takePending() {
        return this.builder.takePending();
    }
    feedLine(line) {
        if (line.kind === 'invalid-utf8')
            throw failed('input is not valid UTF-8 text');
        if (line.kind === 'oversized')
            throw failed(`JSON error at line ${line.lineNo}: record larger than 64 MiB`);
        if ((0,reader/* isBlankLine */.pB)(line.text))
            return;
        let parsed;
        try {
            parsed = (0,reader/* parseHailLine */.e6)(line.text, line.lineNo);
        }
        catch (e) {
            if (e instanceof reader/* HailParseError */.cJ)
                throw failed(e.message);
            throw e;
        }
        if (!this.sawNonBlank) {
            this.sawNonBlank = true;
            if (parsed.kind !== 'header')
                throw failed(`Unexpected line type at line ${line.lineNo}: expected header`);
            this.header = parsed.header;
            return;
        }
        if (parsed.kind === 'header')
            throw failed(`Unexpected line type at line ${line.lineNo}: duplicate header`);
        if (parsed.kind === 'event')
            this.builder.emit(parsed.event);
    }
    async finish() {
        if (this.header === undefined)
            throw failed('Missing header line');
        this.builder.flush();
        await this.builder.drain();
        const h = this.header;
        return {
            header: { session_id: h.session_id, agent: h.agent, context: h.context, version: h.version },
            eventCount: this.builder.eventCount,
            warnings: [],
        };
    }
}
/** True when the first non-blank line is a JSON object with `type == "header"`. */
async function firstLineIsHeader(path) {
    const first = await (0,lines/* readFirstNonBlankLine */.IF)(path);
    return first !== undefined && (0,lines/* parseJsonObjectLine */.j_)(first)?.type === 'header';
}
async function parseWholeSession(path, sink, ctx) {
    const probe = await probeFile(path);
    const keys = probe.documentKeys;
    if (!keys || !['version', 'session_id', 'agent', 'context', 'events'].every((k) => keys.has(k)))
        throw failed(NEITHER);
    const builder = new SessionBuilder({ sink, tool: 'hail', mtime: ctx.mtime, sourcePath: null, uniqueIds: false });
    const members = {};
    let problem;
    await streamJsonDocument(path, {
        arrayKey: 'events',
        memberLimit: 64 * 1024 * 1024,
        onMember: (key, raw) => {
            if (key === 'version' || key === 'session_id' || key === 'agent' || key === 'context') {
                try {
                    members[key] = (0,json/* parseJsonLossless */.KK)(raw);
                }
                catch {
                    problem ??= NEITHER;
                }
            }
        },
        onElement: (text, index) => {
            if (problem !== undefined)
                return;
            if (text === undefined) {
                problem = NEITHER;
                return;
            }
            try {
                const value = (0,json/* parseJsonLossless */.KK)(text);
                if (typeof value !== 'object' || value === null || Array.isArray(value))
                    throw new Error('invalid type: expected an object');
                const rest = { ...value };
                delete rest.type;
                const body = (0,json/* stringifyOrdered */.Vd)(rest);
                const parsed = (0,reader/* parseHailLine */.e6)('{"type":"event"' + (body === '{}' ? '}' : ',' + body.slice(1)), index);
                if (parsed.kind === 'event')
                    builder.emit(parsed.event);
            }
            catch (e) {
                const detail = e instanceof reader/* HailParseError */.cJ && e.detail !== undefined ? e.detail : e instanceof Error ? e.message : String(e);
                problem = `invalid session JSON: ${detail}`;
            }
            return builder.takePending();
        },
    });
    if (problem !== undefined)
        throw failed(problem);
    builder.flush();
    await builder.drain();
    let header;
    try {
        const s = (0,reader/* fromWholeSessionJson */.MW)({ ...members, events: [] });
        header = { version: s.version, session_id: s.session_id, agent: s.agent, context: s.context };
    }
    catch (e) {
        if (e instanceof reader/* HailParseError */.cJ)
            throw failed(e.message);
        throw e;
    }
    return {
        header: { session_id: header.session_id, agent: header.agent, context: header.context, version: header.version },
        eventCount: builder.eventCount,
        warnings: [],
    };
}
const hailParser = {
    id: 'hail',
    parse: async (path, sink, ctx) => {
        if (await firstLineIsHeader(path)) {
            const parser = new HailLineParser(sink, ctx);
            await (0,lines/* readLines */.Se)(path, (line) => {
                parser.feedLine(line);
                return parser.takePending();
            });
            return parser.finish();
        }
        return parseWholeSession(path, sink, ctx);
    },
    createLineParser: (sink, ctx) => new HailLineParser(sink, ctx),
};

;// CONCATENATED MODULE: ./core/parsers/codex/dedupe.ts


/** amendments-2 A3: real logs carry reasoning copies 13.7 s and 25.2 s apart. */
const DEDUPE_WINDOW_NS = 120n * SECOND_NS;
const WINDOW_NS = DEDUPE_WINDOW_NS;
const SAME_ORIGIN_NS = 2n * SECOND_NS;
const MAX_HELD = 1024;
const PLACEHOLDER_LINES = new Set(['<image>', '<file>', '<audio>', '<video>', '[image]', '[file]']);
/** Unicode White_Space as `trim` and `collapse` of core/text see it; ASCII answered without a set lookup. */
function ws(c) {
    return c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0x85 && (0,core_text/* isWhitespace */.Yv)(c);
}
/**
 * Normalised form used for equivalence: lines trimmed, blank and placeholder lines dropped, the rest joined
 * with one space, whitespace runs collapsed to one space, lowercased. One pass over the text: a line that
 * holds no run to collapse is copied as one slice (messages are mostly such lines).
 */
function normalizeForDedupe(text) {
    let out = '';
    const len = text.length;
    let lineStart = 0;
    while (lineStart <= len) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = len;
        let s = lineStart;
        let e = lineEnd;
        lineStart = lineEnd + 1;
        while (s < e && ws(text.charCodeAt(s)))
            s++;
        while (e > s && ws(text.charCodeAt(e - 1)))
            e--;
        if (s === e)
            continue;
        if ((e - s === 6 || e - s === 7) && PLACEHOLDER_LINES.has(text.slice(s, e).toLowerCase()))
            continue;
        if (out !== '')
            out += ' ';
        // Copy [s, e) with every whitespace run as one space; clean stretches are copied whole.
        let from = s;
        for (let i = s; i < e; i++) {
            const c = text.charCodeAt(i);
            if (!ws(c))
                continue;
            if (c === 0x20 && !ws(text.charCodeAt(i + 1)))
                continue; // a lone space stays as it is
            out += text.slice(from, i) + ' ';
            i++;
            while (ws(text.charCodeAt(i)))
                i++;
            from = i;
            i--;
        }
        out += from === s ? (s === 0 && e === len ? text : text.slice(s, e)) : text.slice(from, e);
    }
    return out.toLowerCase();
}
function codePointLength(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0xd800 || c > 0xdbff)
            n++;
    }
    return n;
}
function equivalentTexts(a, b) {
    if (a === b)
        return true;
    const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
    return codePointLength(shorter) >= 16 && longer.includes(shorter);
}
/**
 * A message push held by the stage (tagged before it was emitted). Other events are held as they are: only
 * messages are compared or removed, so only they carry this state.
 */
class Held {
    event;
    origin;
    text;
    /** Turn number when turns are known (`turn_context` seen), else 0; set when pushed. */
    turn = 0;
    norm = undefined;
    /** Code points of `norm`, exact below 32 UTF-16 units (only `>= 16` is asked: equivalentTexts' floor). */
    normCodePoints = 0;
    /** Character counters of `text` (dedupeSignature), computed on first comparison. */
    sig = undefined;
    removed = false;
    /** The bucket of its kind, once pushed. */
    bucket = undefined;
    constructor(event, origin, text) {
        this.event = event;
        this.origin = origin;
        this.text = text;
    }
}
function normOf(h) {
    if (h.norm === undefined) {
        const norm = normalizeForDedupe(h.text);
        h.norm = norm;
        // At least 16 code points for sure from 32 UTF-16 units on; count only in between.
        h.normCodePoints = norm.length >= 32 || norm.length < 16 ? norm.length : codePointLength(norm);
    }
    return h.norm;
}
/**
 * Characters that normalisation keeps exactly once per occurrence: ASCII digits, punctuation other than the
 * placeholder brackets `<>[]`, and the letters that are in no placeholder word and that no other character
 * lowercases to (case folded). Each maps to one of 16 counters; -1 elsewhere.
 */
const SIG_BUCKET = (() => {
    const table = new Int8Array(128).fill(-1);
    const kept = '0123456789!"#$%&\'()*+,-./:;=?@\\^_`{|}~bchjnpqrstwxyz';
    for (let i = 0; i < kept.length; i++) {
        const c = kept.charCodeAt(i);
        table[c] = c & 15;
        if (c >= 0x61 && c <= 0x7a)
            table[c - 0x20] = c & 15;
    }
    return table;
})();
/** The 16 counters of a raw text; equal to those of its normal form (see SIG_BUCKET). */
function dedupeSignature(text) {
    const sig = new Uint32Array(16);
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 128) {
            const b = SIG_BUCKET[c];
            if (b >= 0)
                sig[b]++;
        }
    }
    return sig;
}
function sigOf(h) {
    return (h.sig ??= dedupeSignature(h.text));
}
/**
 * False when neither signature is covered by the other: then neither normal form can equal or contain the
 * other (a substring never holds more of a character), and normalising both would be wasted work.
 */
function mayBeEquivalent(a, b) {
    let aFits = true;
    let bFits = true;
    for (let i = 0; i < 16; i++) {
        if (a[i] > b[i])
            aFits = false;
        else if (a[i] < b[i])
            bFits = false;
    }
    return aFits || bFits;
}
/** Equivalence of two held texts (equivalentTexts of their normal forms); identical raw texts need no normalisation. */
function sameText(a, b) {
    if (a.text === b.text)
        return true;
    if (!mayBeEquivalent(sigOf(a), sigOf(b)))
        return false;
    const na = normOf(a);
    const nb = normOf(b);
    if (na === nb)
        return true;
    return na.length <= nb.length ? a.normCodePoints >= 16 && nb.includes(na) : b.normCodePoints >= 16 && na.includes(nb);
}
function sameTurn(a, b) {
    return a.turn === 0 || b.turn === 0 || a.turn === b.turn;
}
/**
 * The dedupe stage; `tag` marks an event as a message push with an origin before it is emitted. A pushed
 * message is compared only with the held messages of its own kind (the bucket), never with every held event.
 */
class CodexDedupeStage {
    next;
    /** Held events in push order from `head`: plain events, or Held for message pushes. */
    buffer = [];
    head = 0;
    newest;
    /**
     * Tags of events not yet pushed, in emit order. The builder hands events to this stage in the order they
     * were emitted (undated ones are held, never reordered), so a tagged event is always the oldest entry.
     */
    tags = [];
    tagHead = 0;
    buckets = new Map();
    turn = 0;
    constructor(next) {
        this.next = next;
    }
    /** Marks an event (before it is emitted) as a message push with an origin. */
    tag(event, origin, text) {
        this.tags.push(new Held(event, origin, text));
    }
    /** A new turn starts: copies are equivalent only within one turn (A3), still within the window. */
    newTurn() {
        this.turn++;
    }
    push(event) {
        const ts = event.timestamp;
        const held = this.tagHead < this.tags.length ? this.tags[this.tagHead] : undefined;
        if (held !== undefined && held.event === event) {
            this.tags[this.tagHead++] = undefined;
            if (this.tagHead === this.tags.length) {
                this.tags = [];
                this.tagHead = 0;
            }
            held.turn = this.turn;
            const kind = event.event_type.type;
            let bucket = this.buckets.get(kind);
            if (bucket === undefined)
                this.buckets.set(kind, (bucket = { list: [], head: 0 }));
            const list = bucket.list;
            // |h - ts| <= window as bounds on h, computed once per push (no BigInt arithmetic per comparison).
            const lo = ts - WINDOW_NS;
            const hi = ts + WINDOW_NS;
            const loSame = ts - SAME_ORIGIN_NS;
            const hiSame = ts + SAME_ORIGIN_NS;
            if (held.origin === 'event_msg') {
                for (let i = bucket.head; i < list.length; i++) {
                    const h = list[i];
                    const hts = h.event.timestamp;
                    if (!h.removed &&
                        h.origin === 'response_fallback' &&
                        sameTurn(h, held) &&
                        hts >= lo &&
                        hts <= hi &&
                        sameText(h, held)) {
                        h.removed = true;
                    }
                }
            }
            for (let i = bucket.head; i < list.length; i++) {
                const h = list[i];
                if (h.removed || !sameTurn(h, held))
                    continue;
                const hts = h.event.timestamp;
                const inWindow = h.origin === held.origin ? hts >= loSame && hts <= hiSame : hts >= lo && hts <= hi;
                if (inWindow && sameText(h, held))
                    return; // skipped
            }
            held.bucket = bucket;
            list.push(held);
            this.buffer.push(held);
        }
        else {
            this.buffer.push(event);
        }
        if (this.newest === undefined || ts > this.newest)
            this.newest = ts;
        this.release(false);
    }
    end() {
        this.release(true);
        this.next.end();
    }
    /** Passes on, in order, the events that are 120 s older than the newest one (or past MAX_HELD). */
    release(all) {
        const buffer = this.buffer;
        if (this.head === buffer.length)
            return;
        // An event at ts stays while newest <= ts + 120 s, i.e. while ts >= newest - 120 s.
        const limit = this.newest - WINDOW_NS;
        while (this.head < buffer.length) {
            const x = buffer[this.head];
            const message = x instanceof Held;
            const ev = (message ? x.event : x);
            if (!all && buffer.length - this.head <= MAX_HELD && ev.timestamp >= limit)
                break;
            buffer[this.head++] = undefined;
            if (!message)
                this.next.push(ev);
            else {
                this.unbucket(x);
                if (!x.removed)
                    this.next.push(ev);
            }
        }
        if (this.head > 4096 && this.head * 2 > buffer.length) {
            this.buffer = buffer.slice(this.head);
            this.head = 0;
        }
    }
    /** A released message leaves its bucket; it is the bucket's oldest, since both release in push order. */
    unbucket(h) {
        const bucket = h.bucket;
        bucket.list[bucket.head++] = undefined;
        if (bucket.head > 1024 && bucket.head * 2 > bucket.list.length) {
            bucket.list = bucket.list.slice(bucket.head);
            bucket.head = 0;
        }
    }
}

;// CONCATENATED MODULE: ./core/parsers/codex/exec-json.ts



const EXEC_JSON_SCHEMA = 'codex-exec-json-v1';
const EXEC_TYPES = new Set([
    'thread.started',
    'turn.started',
    'turn.completed',
    'turn.failed',
    'item.started',
    'item.updated',
    'item.completed',
    'item.plan.delta',
    'request_user_input',
    'error',
]);
/** Top-level `type` values of exec output (one set lookup per line: rollout lines pass through here too). */
function isExecEventType(type) {
    return EXEC_TYPES.has(type);
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function attrs(rawType, itemId) {
    const a = { 'source.raw_type': rawType, 'source.schema_version': EXEC_JSON_SCHEMA };
    setAttr(a, 'semantic.call_id', itemId);
    return a;
}
/**
 * Maps exec events. Items are emitted once, when they reach a terminal state (`item.completed`); an item that only
 * ever started or updated (the stream was cut) is emitted at the end from its last state.
 */
class ExecJsonMapper {
    sink;
    open = new Map();
    constructor(sink) {
        this.sink = sink;
    }
    handle(line) {
        switch (line.type) {
            case 'thread.started':
                if (str(line.thread_id) !== '')
                    this.sink.threadId(line.thread_id);
                return;
            case 'turn.started':
                this.sink.turnStarted();
                return;
            case 'turn.completed': {
                const u = isObject(line.usage) ? line.usage : {};
                const a = attrs('turn.completed');
                const n = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
                if (addTokenAttributes(a, {
                    input: n(u.input_tokens),
                    output: n(u.output_tokens),
                    cacheRead: n(u.cached_input_tokens),
                }))
                    this.sink.emit({
                        type: { type: 'Custom', data: { kind: 'token_count' } },
                        content: emptyContent(),
                        attributes: a,
                    });
                return;
            }
            case 'turn.failed': {
                const e = isObject(line.error) ? line.error : {};
                this.system(`Turn failed: ${str(e.message) || 'unknown error'}`, 'turn.failed');
                return;
            }
            case 'error':
                this.system(`Error: ${str(line.message) || 'unknown error'}`, 'error');
                return;
            case 'item.started':
            case 'item.updated':
            case 'item.completed': {
                const item = line.item;
                if (!isObject(item) || str(item.id) === '')
                    return;
                if (line.type === 'item.completed') {
                    this.open.delete(item.id);
                    this.item(item);
                }
                else {
                    this.open.set(item.id, item);
                }
                return;
            }
            default:
                return;
        }
    }
    /** End of input: items that never completed, in the order they started. */
    end() {
        for (const item of this.open.values())
            this.item(item);
        this.open.clear();
    }
    system(text, rawType) {
        this.sink.emit({ type: { type: 'SystemMessage' }, content: textContent(text), attributes: attrs(rawType) });
    }
    item(item) {
        const id = item.id;
        switch (item.type) {
            case 'agent_message':
            case 'plan': {
                const t = (0,core_text/* trim */.Bq)(str(item.text));
                if (t !== '')
                    this.sink.emit({
                        type: { type: 'AgentMessage' },
                        content: textContent(t),
                        attributes: attrs(`item:${item.type}`),
                        message: 'AgentMessage',
                        text: t,
                    });
                return;
            }
            case 'reasoning': {
                const t = (0,core_text/* trim */.Bq)(str(item.text));
                if (t !== '')
                    this.sink.emit({
                        type: { type: 'Thinking' },
                        content: textContent(t),
                        attributes: attrs('item:reasoning'),
                        message: 'Thinking',
                        text: t,
                    });
                return;
            }
            case 'command_execution': {
                const command = str(item.command);
                const call = attrs('item:command_execution', id);
                call['semantic.tool_kind'] = 'shell';
                this.sink.emit((0,core_text/* trim */.Bq)(command) !== ''
                    ? {
                        type: { type: 'ShellCommand', data: { command } },
                        content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
                        attributes: call,
                    }
                    : {
                        type: { type: 'ToolCall', data: { name: 'exec_command' } },
                        content: { blocks: [{ type: 'Json', data: item }] },
                        attributes: call,
                    });
                const exitCode = toExitCode(item.exit_code);
                if (exitCode === undefined &&
                    item.status !== 'failed' &&
                    item.status !== 'declined' &&
                    item.status !== 'completed')
                    return;
                const isError = (exitCode !== undefined && exitCode !== 0) || item.status === 'failed' || item.status === 'declined';
                const res = attrs('item:command_execution', id);
                res['semantic.tool_kind'] = 'shell';
                if (exitCode !== undefined)
                    res.exit_code = exitCode;
                this.sink.emit({
                    type: { type: 'ToolResult', data: { name: 'exec_command', is_error: isError, call_id: id } },
                    content: textContent(str(item.aggregated_output)),
                    attributes: res,
                });
                return;
            }
            case 'file_change': {
                const changes = Array.isArray(item.changes) ? item.changes : [];
                for (const c of changes) {
                    if (!isObject(c) || str(c.path) === '')
                        continue;
                    const path = c.path;
                    const type = c.kind === 'add'
                        ? { type: 'FileCreate', data: { path } }
                        : c.kind === 'delete'
                            ? { type: 'FileDelete', data: { path } }
                            : { type: 'FileEdit', data: { path } };
                    const a = attrs('item:file_change', id);
                    a['semantic.tool_kind'] = 'file_write';
                    if (typeof item.status === 'string')
                        a.status = item.status;
                    this.sink.emit({ type, content: textContent(path), attributes: a });
                }
                return;
            }
            case 'mcp_tool_call': {
                const name = `${str(item.server) || 'mcp'}.${str(item.tool) || 'unknown'}`;
                const a = attrs('item:mcp_tool_call', id);
                a['semantic.tool_kind'] = inferToolKind(name);
                const args = item.arguments === undefined ? {} : item.arguments;
                this.sink.emit({
                    type: { type: 'ToolCall', data: { name } },
                    content: { blocks: [{ type: 'Json', data: args }] },
                    attributes: a,
                });
                const error = isObject(item.error) ? str(item.error.message) : '';
                const result = isObject(item.result) ? item.result : undefined;
                if (error === '' && result === undefined)
                    return;
                const parts = [];
                if (result !== undefined && Array.isArray(result.content))
                    for (const b of result.content)
                        if (isObject(b) && typeof b.text === 'string')
                            parts.push(b.text);
                const r = attrs('item:mcp_tool_call', id);
                r['semantic.tool_kind'] = a['semantic.tool_kind'];
                this.sink.emit({
                    type: { type: 'ToolResult', data: { name, is_error: error !== '' || item.status === 'failed', call_id: id } },
                    content: textContent(error !== '' ? error : parts.join('\n')),
                    attributes: r,
                });
                return;
            }
            case 'web_search':
                this.sink.emit({
                    type: { type: 'WebSearch', data: { query: str(item.query) } },
                    content: { blocks: [{ type: 'Json', data: item }] },
                    attributes: attrs('item:web_search', id),
                });
                return;
            case 'todo_list': {
                const a = attrs('item:todo_list', id);
                a['semantic.tool_kind'] = inferToolKind('update_plan');
                this.sink.emit({
                    type: { type: 'ToolCall', data: { name: 'update_plan' } },
                    content: {
                        blocks: [{ type: 'Json', data: { items: (Array.isArray(item.items) ? item.items : []) } }],
                    },
                    attributes: a,
                });
                return;
            }
            case 'error':
                this.system(`Error: ${str(item.message) || 'unknown error'}`, 'item:error');
                return;
            default:
                return;
        }
    }
}

;// CONCATENATED MODULE: ./core/parsers/codex/index.ts











const JSONL_V1 = 'codex-jsonl-v1';
const DESKTOP_V1 = 'codex-desktop-v1';
/** JSON.parse or undefined (values only read, never copied verbatim). */
function parseFast(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Code of the first non-blank character (`trim` semantics), or -1 for a blank string. */
function firstNonBlank(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c > 0x20 && c < 0x85) || !(0,core_text/* isWhitespace */.Yv)(c))
            return c;
    }
    return -1;
}
function codex_str(v) {
    return typeof v === 'string' ? v : undefined;
}
/** Injected user text (4.1): harness instructions, environment context, aborted-turn markers. */
function isInjectedUserText(text) {
    const t = (0,core_text/* trim */.Bq)(text).toLowerCase();
    if (t.includes('apply_patch was requested via exec_command') && t.includes('use the apply_patch tool instead'))
        return true;
    if (t === 'agents.md instructions' || t.startsWith('# agents.md instructions'))
        return true;
    return [
        '<instructions>',
        '</instructions>',
        '<environment_context>',
        '</environment_context>',
        '<turn_aborted>',
        '</turn_aborted>',
    ].some((m) => t.includes(m));
}
/** Provider inferred from a model name (4.1 Session). */
function inferCodexProvider(model) {
    const m = model.toLowerCase();
    if (m.includes('claude'))
        return 'anthropic';
    if (m.includes('gemini'))
        return 'google';
    return 'openai';
}
const GIT_KEYS = {
    git_branch: ['branch', 'git_branch', 'current_branch', 'ref', 'head'],
    git_repo_name: ['repo_name', 'repository', 'repo', 'name'],
    git_commit: ['commit_hash', 'commit', 'sha', 'head_sha'],
    git_remote: ['repository_url', 'remote_url', 'remote', 'url'],
};
/** Depth-first search for the first non-blank string under `keys` (own keys first, then nested objects). */
function findGitField(obj, keys) {
    if (!isObject(obj))
        return undefined;
    for (const k of keys) {
        const v = firstSet(obj[k]);
        if (v !== undefined)
            return v;
    }
    for (const k of Object.keys(obj).sort(core_text/* compareBytewise */.GV)) {
        const child = obj[k];
        if (isObject(child)) {
            const v = findGitField(child, keys);
            if (v !== undefined)
                return v;
        }
    }
    return undefined;
}
const SECTION_HEADER = /^\*\*\* (Update|Add|Delete) File:(.*)$/;
function parsePatchSections(patch) {
    const sections = [];
    let cur;
    for (const line of patch.split('\n')) {
        // Only a line whose first non-blank character is `*` can be a header or the end marker.
        if (firstNonBlank(line) !== 0x2a) {
            if (cur)
                cur.lines.push(line);
            continue;
        }
        const t = (0,core_text/* trim */.Bq)(line);
        const m = SECTION_HEADER.exec(t);
        if (m) {
            let p = (0,core_text/* trim */.Bq)(m[2]);
            if (p.length >= 2 && (p[0] === '"' || p[0] === "'") && p[p.length - 1] === p[0])
                p = p.slice(1, -1);
            else
                p = p.replace(/^["']|["']$/g, '');
            cur = { kind: m[1], path: p, lines: [line] };
            sections.push(cur);
            continue;
        }
        if (t.startsWith('*** End Patch')) {
            cur = undefined;
            continue;
        }
        if (cur)
            cur.lines.push(line);
    }
    return sections;
}
function patchDiff(path, lines) {
    const q = path.startsWith('/') ? path.slice(1) : path;
    const out = [`--- a/${q}`, `+++ b/${q}`];
    for (let i = 1; i < lines.length; i++) {
        const l = lines[i];
        if (l.startsWith('@@') || l.startsWith('+') || l.startsWith('-') || l.startsWith(' '))
            out.push(l);
    }
    return out.join('\n');
}
/** A token count: a non-negative integer, else undefined. */
function count(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}
// Key lists of the token counts, first match wins; written out as property reads (inline-cached) rather than
// a loop over key names, since every token_count line probes up to four objects for each list.
function inputCount(o) {
    return (count(o.input_tokens) ??
        count(o.prompt_tokens) ??
        count(o.inputTokens) ??
        count(o.promptTokens) ??
        count(o.token_input) ??
        count(o.tokenInput));
}
function outputCount(o) {
    return (count(o.output_tokens) ??
        count(o.completion_tokens) ??
        count(o.outputTokens) ??
        count(o.completionTokens) ??
        count(o.token_output) ??
        count(o.tokenOutput));
}
/** The first of `objs` (objects only) that holds a count under one of the keys of `pick`. */
function firstCount(pick, a, b, c, d) {
    return ((isObject(a) ? pick(a) : undefined) ??
        (isObject(b) ? pick(b) : undefined) ??
        (isObject(c) ? pick(c) : undefined) ??
        (isObject(d) ? pick(d) : undefined));
}
class CodexLineParser {
    ctx;
    builder;
    dedupe;
    warnings;
    n = 0;
    desktop = false;
    metaId;
    legacyId;
    sessionStart;
    metaGit;
    legacyGit;
    metaCwd;
    turnCwd;
    cliVersion;
    originator;
    modelProvider;
    model;
    auxiliary = false;
    parentId;
    titlePrimary;
    titleFallback;
    calls = new CallTracker();
    lastFunctionName = 'unknown';
    questions = new Map();
    openTasks = new Map();
    /** Set once a `codex exec --json` line is seen (A3). */
    exec;
    execThreadId;
    constructor(ctx, sink) {
        this.ctx = ctx;
        // Ids are `codex-<n>` from one counter, so they cannot repeat (2.11 holds by construction).
        this.builder = new SessionBuilder({
            sink,
            tool: 'codex',
            mtime: ctx.mtime,
            sourcePath: ctx.sourcePath,
            uniqueIds: 'by-construction',
        });
        let stage;
        this.builder.use((next) => (stage = new CodexDedupeStage(next)));
        this.dedupe = stage;
        this.warnings = new FileWarnings(ctx.displayPath, 'line');
    }
    takePending() {
        return this.builder.takePending();
    }
    feedLine(line) {
        if (line.kind === 'oversized')
            return this.warnings.oversizedAt(line.lineNo);
        if (line.kind === 'invalid-utf8')
            return this.warnings.malformedAt(line.lineNo);
        if ((0,lines/* isBlankLine */.pB)(line.text))
            return;
        const value = (0,lines/* parseJsonObjectLine */.j_)(line.text);
        if (value === undefined)
            return this.warnings.malformedAt(line.lineNo);
        this.handleRecord(new JsonRecord(line.text, value));
    }
    // ------------------------------------------------------------------ dispatch
    lineTs;
    handleRecord(rec) {
        const line = rec.value;
        if ('record_type' in line)
            return;
        const own = parseNativeTimestamp(line.timestamp);
        if (!('type' in line)) {
            // Legacy CLI header.
            if (this.legacyId === undefined)
                this.legacyId = firstSet(line.id);
            if (this.sessionStart === undefined)
                this.sessionStart = own;
            if (line.git !== undefined && line.git !== null)
                this.legacyGit = rec.verbatim('git');
            if (own !== undefined)
                this.builder.observeTimestamp(own);
            return;
        }
        const type = line.type;
        if (isExecEventType(type))
            return this.handleExecLine(line);
        if (type === 'session_meta') {
            this.desktop = true;
            const p = line.payload;
            if (isObject(p))
                this.readSessionMeta(rec, p);
        }
        this.lineTs = own ?? this.sessionStart;
        if (own !== undefined)
            this.builder.observeTimestamp(own);
        switch (type) {
            case 'session_meta':
                return;
            case 'response_item':
                if (isObject(line.payload))
                    this.handleItem(line.payload, rec, ['payload']);
                return;
            case 'event_msg':
                if (isObject(line.payload))
                    this.handleEvent(line.payload);
                return;
            case 'turn_context': {
                this.dedupe.newTurn();
                const p = line.payload;
                if (isObject(p)) {
                    if (this.model === undefined)
                        this.model = firstSet(p.model);
                    if (this.turnCwd === undefined)
                        this.turnCwd = firstSet(p.cwd);
                }
                return;
            }
            default:
                this.handleItem(line, rec, []);
        }
    }
    readSessionMeta(rec, p) {
        if (this.metaId === undefined)
            this.metaId = firstSet(p.id);
        if (this.sessionStart === undefined)
            this.sessionStart = parseNativeTimestamp(p.timestamp);
        if (this.metaGit === undefined && p.git !== undefined && p.git !== null)
            this.metaGit = rec.verbatim('payload', 'git');
        if (this.metaCwd === undefined)
            this.metaCwd = firstSet(p.cwd);
        if (this.cliVersion === undefined)
            this.cliVersion = firstSet(p.cli_version);
        if (this.originator === undefined)
            this.originator = firstSet(p.originator);
        if (this.modelProvider === undefined)
            this.modelProvider = firstSet(p.model_provider);
        const source = p.source;
        const role = typeof p.agent_role === 'string' ? p.agent_role.toLowerCase() : '';
        if ((isObject(source) && 'subagent' in source) || ['awaiter', 'worker', 'explorer', 'subagent'].includes(role)) {
            this.auxiliary = true;
        }
        if (this.parentId === undefined) {
            const sub = isObject(source) ? source.subagent : undefined;
            const spawn = isObject(sub) ? sub.thread_spawn : undefined;
            this.parentId = firstSet(isObject(spawn) ? spawn.parent_thread_id : undefined, isObject(sub) ? sub.parent_thread_id : undefined, isObject(source) ? source.parent_thread_id : undefined, p.parent_thread_id);
        }
    }
    /** A `codex exec --json` line (A3), mapped to the rollout's HAIL events; messages go through the dedupe stage. */
    handleExecLine(line) {
        this.exec ??= new ExecJsonMapper({
            threadId: (id) => {
                this.execThreadId ??= id;
            },
            turnStarted: () => this.dedupe.newTurn(),
            emit: (d) => {
                const ev = this.newEvent(d.type, d.content, d.attributes);
                if (d.text !== undefined && d.message === 'AgentMessage')
                    this.dedupe.tag(ev, 'event_msg', d.text);
                this.emit(ev);
            },
        });
        this.exec.handle(line);
    }
    // ------------------------------------------------------------------ events
    newEvent(eventType, content, attributes = {}) {
        this.n++;
        return { event_id: `codex-${this.n}`, timestamp: this.lineTs, event_type: eventType, content, attributes };
    }
    emit(ev) {
        this.builder.emit(ev);
    }
    /** Message push (4.1): trims, tags the origin for the dedupe stage, emits. */
    pushMessage(kind, text, origin, attrs) {
        const t = (0,core_text/* trim */.Bq)(text);
        if (t === '')
            return;
        let attributes = attrs ?? {};
        if (kind !== 'Thinking' && origin !== undefined) {
            // Keys in canonical (sorted) order: the writer then uses the object as it is instead of a sorted copy.
            attributes = { source: origin, 'source.raw_type': origin, 'source.schema_version': DESKTOP_V1 };
        }
        const ev = this.newEvent({ type: kind }, textContent(t), attributes);
        if (origin !== undefined) {
            // Timestamps are resolved by the builder before the dedupe stage sees the event.
            this.dedupe.tag(ev, origin, t);
        }
        this.emit(ev);
    }
    messageText(content) {
        if (typeof content === 'string')
            return (0,core_text/* trim */.Bq)(content);
        if (!Array.isArray(content))
            return '';
        const parts = [];
        for (const el of content) {
            const s = typeof el === 'string' ? el : isObject(el) && typeof el.text === 'string' ? el.text : undefined;
            if (s === undefined)
                continue;
            const t = (0,core_text/* trim */.Bq)(s);
            if (t !== '')
                parts.push(t);
        }
        return parts.join('\n');
    }
    handleItem(item, rec, base) {
        switch (item.type) {
            case 'message': {
                const role = item.role;
                if (role !== 'user' && role !== 'assistant')
                    return;
                const text = this.messageText(item.content);
                if (text === '')
                    return;
                if (role === 'user') {
                    if (this.desktop && isInjectedUserText(text))
                        return;
                    if (this.desktop)
                        this.titleFallback ??= text;
                    else
                        this.titlePrimary ??= text;
                }
                this.pushMessage(role === 'user' ? 'UserMessage' : 'AgentMessage', text, this.desktop ? 'response_fallback' : undefined);
                return;
            }
            case 'reasoning': {
                const parts = [];
                if (Array.isArray(item.summary)) {
                    for (const s of item.summary)
                        if (isObject(s) && s.type === 'summary_text' && typeof s.text === 'string')
                            parts.push(s.text);
                }
                const text = parts.join('\n');
                if ((0,core_text/* trim */.Bq)(text) === '')
                    return;
                const attrs = { 'source.raw_type': 'reasoning', 'source.schema_version': JSONL_V1 };
                if (this.desktop)
                    this.pushMessage('Thinking', text, 'response_fallback', attrs);
                else
                    this.emit(this.newEvent({ type: 'Thinking' }, textContent(text), attrs));
                return;
            }
            case 'function_call':
            case 'custom_tool_call':
                return this.handleCall(item, rec, base);
            case 'function_call_output':
            case 'custom_tool_call_output':
                return this.handleOutput(item, rec, base);
            case 'web_search_call':
                return this.handleWebSearch(item);
            default:
                return;
        }
    }
    handleCall(item, rec, base) {
        const custom = item.type === 'custom_tool_call';
        const rawName = firstSet(item.name) !== undefined ? item.name : 'unknown';
        const name = canonicalToolName(rawName);
        const n = baseToolName(name);
        let args;
        let rawInput = '';
        const a = item.arguments;
        if (custom) {
            rawInput = typeof item.input === 'string' ? item.input : '';
            args = { input: rawInput };
        }
        else if (a === undefined || a === null)
            args = {};
        else if (typeof a === 'string')
            args = parseFast(a);
        else
            args = a;
        const argObj = isObject(args) ? args : {};
        // Json(args) keeps exact numbers: the arguments text is parsed again (losslessly) only when such a block is
        // written and the text holds a number JSON.parse would change; otherwise the object read above is the block.
        const exactArgs = () => {
            if (custom || a === undefined || a === null)
                return args;
            if (typeof a === 'string')
                return isObject(args) ? new JsonRecord(a, args).lossless() : (parseJsonValue(a) ?? null);
            return rec.verbatim(...base, 'arguments') ?? null;
        };
        const callIdOwn = firstSet(item.call_id) !== undefined ? item.call_id : undefined;
        const defaultContent = () => custom ? textContent(rawInput) : { blocks: [{ type: 'Json', data: exactArgs() }] };
        const drafts = [];
        switch (n) {
            case 'exec_command':
            case 'shell': {
                let command = '';
                if (typeof argObj.cmd === 'string')
                    command = argObj.cmd;
                else if (Array.isArray(argObj.command)) {
                    const parts = argObj.command.filter((x) => typeof x === 'string');
                    command = parts.length >= 3 ? parts.slice(2).join(' ') : parts.join(' ');
                }
                else if (typeof argObj.command === 'string')
                    command = argObj.command;
                if ((0,core_text/* trim */.Bq)(command) !== '')
                    drafts.push({
                        type: { type: 'ShellCommand', data: { command } },
                        content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
                    });
                else
                    drafts.push({
                        type: { type: 'ToolCall', data: { name } },
                        content: { blocks: [{ type: 'Json', data: exactArgs() }] },
                    });
                break;
            }
            case 'write_stdin':
                drafts.push({ type: { type: 'ToolCall', data: { name: 'write_stdin' } }, content: defaultContent() });
                break;
            case 'apply_patch':
            case 'apply_diff': {
                let sections = [];
                for (const key of ['input', 'patch']) {
                    if (typeof argObj[key] === 'string')
                        sections = parsePatchSections(argObj[key]);
                    if (sections.length > 0)
                        break;
                }
                if (sections.length === 0) {
                    const path = firstSet(argObj.path, argObj.file, argObj.file_path) ?? 'unknown';
                    drafts.push({ type: { type: 'FileEdit', data: { path } }, content: defaultContent() });
                }
                for (const s of sections) {
                    const content = textContent(s.lines.join('\n'));
                    if (s.kind === 'Update')
                        drafts.push({
                            type: { type: 'FileEdit', data: { path: s.path, diff: patchDiff(s.path, s.lines) } },
                            content,
                        });
                    else if (s.kind === 'Add')
                        drafts.push({ type: { type: 'FileCreate', data: { path: s.path } }, content });
                    else
                        drafts.push({ type: { type: 'FileDelete', data: { path: s.path } }, content });
                }
                break;
            }
            case 'create_file':
            case 'write_file':
                drafts.push({
                    type: { type: 'FileCreate', data: { path: firstSet(argObj.path, argObj.file_path) ?? 'unknown' } },
                    content: defaultContent(),
                });
                break;
            case 'read_file':
                drafts.push({
                    type: { type: 'FileRead', data: { path: firstSet(argObj.path, argObj.file_path) ?? 'unknown' } },
                    content: defaultContent(),
                });
                break;
            default:
                drafts.push({ type: { type: 'ToolCall', data: { name: canonicalToolName(n) } }, content: defaultContent() });
        }
        let callId = callIdOwn;
        for (const d of drafts) {
            const ev = this.newEvent(d.type, d.content);
            callId ??= ev.event_id;
            ev.attributes = {
                'semantic.call_id': callId,
                'semantic.tool_kind': inferToolKind(name),
                'source.raw_type': custom ? 'custom_tool_call' : 'function_call',
                'source.schema_version': JSONL_V1,
            };
            this.emit(ev);
        }
        this.calls.open({ callId: callId, name });
        this.lastFunctionName = name;
        if (name === 'request_user_input' && Array.isArray(argObj.questions)) {
            const metas = [];
            for (const q of argObj.questions) {
                if (!isObject(q))
                    continue;
                const meta = { id: typeof q.id === 'string' && q.id !== '' ? q.id : 'question' };
                if (typeof q.header === 'string')
                    meta.header = q.header;
                if (typeof q.question === 'string')
                    meta.question = q.question;
                metas.push(meta);
            }
            this.questions.set(callId, metas);
        }
    }
    handleOutput(item, rec, base) {
        const custom = item.type === 'custom_tool_call_output';
        let raw = '';
        if (typeof item.output === 'string')
            raw = item.output;
        else if (item.output !== undefined)
            raw = (0,json/* stringifyOrdered */.Vd)(rec.verbatim(...base, 'output') ?? null);
        let text = raw;
        let exitCode;
        let durationMs;
        let parsedOutput;
        if (firstNonBlank(raw) === 0x7b /* { */)
            parsedOutput = parseFast(raw);
        if (isObject(parsedOutput)) {
            const o = parsedOutput;
            if (typeof o.output === 'string')
                text = o.output;
            const meta = o.metadata;
            if (isObject(meta)) {
                exitCode = toExitCode(typeof meta.exit_code === 'number' ? meta.exit_code : undefined);
                const ds = meta.duration_seconds;
                if (typeof ds === 'number' && Number.isFinite(ds) && ds >= 0)
                    durationMs = Math.floor(ds * 1000);
            }
        }
        else {
            exitCode = exitCodeFromText(text);
        }
        const ownId = firstSet(item.call_id) !== undefined ? item.call_id : undefined;
        let name;
        let callId;
        if (ownId !== undefined) {
            const info = this.calls.closeById(ownId);
            name = info ? info.name : this.lastFunctionName;
            callId = ownId;
        }
        else {
            const info = this.calls.closeLatest();
            name = info ? info.name : this.lastFunctionName;
            callId = info?.callId;
        }
        if (name === 'request_user_input')
            this.interactiveAnswers(text, callId);
        const isError = exitCode !== undefined && exitCode !== 0;
        const data = { name, is_error: isError };
        if (callId !== undefined)
            data.call_id = callId;
        const ev = this.newEvent({ type: 'ToolResult', data }, textContent(text));
        if (durationMs !== undefined && Number.isSafeInteger(durationMs))
            ev.duration_ms = durationMs;
        // Keys inserted in canonical (sorted) order, so the writer needs no sorted copy.
        const attrs = {};
        if (exitCode !== undefined)
            attrs.exit_code = exitCode;
        if (callId !== undefined)
            setAttr(attrs, 'semantic.call_id', callId);
        attrs['semantic.tool_kind'] = inferToolKind(name);
        attrs['source.raw_type'] = custom ? 'custom_tool_call_output' : 'function_call_output';
        attrs['source.schema_version'] = JSONL_V1;
        ev.attributes = attrs;
        this.emit(ev);
    }
    interactiveAnswers(text, callId) {
        const parsed = parseJsonValue(text);
        if (!isObject(parsed))
            return;
        const answers = parsed.answers;
        if (!isObject(answers) || Object.keys(answers).length === 0)
            return;
        const ids = Object.keys(answers).sort(core_text/* compareBytewise */.GV);
        const lines = [];
        for (const id of ids) {
            const entry = answers[id];
            const picks = [];
            if (isObject(entry) && Array.isArray(entry.answers)) {
                for (const item of entry.answers) {
                    if (typeof item === 'string')
                        picks.push((0,core_text/* trim */.Bq)(item));
                    else if (isObject(item) && typeof item.value === 'string')
                        picks.push(item.value);
                    else
                        picks.push((0,json/* stringifyOrdered */.Vd)(item));
                }
            }
            else if (typeof entry === 'string') {
                picks.push(entry);
            }
            else if (entry !== null && entry !== undefined) {
                picks.push((0,json/* stringifyOrdered */.Vd)(entry));
            }
            lines.push(picks.length > 0 ? `${id}: ${picks.join(' | ')}` : `${id}: (no answer)`);
        }
        const metas = callId !== undefined ? this.questions.get(callId) : undefined;
        if (metas !== undefined) {
            const qLines = metas.map((m) => `- ${m.id}${m.header !== undefined && m.header !== '' ? ` (${m.header})` : ''}: ${m.question !== undefined && m.question !== '' ? m.question : '(no question text)'}`);
            const attrs = {
                source: 'interactive_question',
                question_ids: metas.map((m) => m.id),
                question_meta: metas.map((m) => {
                    const o = { id: m.id };
                    if (m.header !== undefined)
                        o.header = m.header;
                    if (m.question !== undefined)
                        o.question = m.question;
                    return o;
                }),
            };
            if (callId !== undefined)
                attrs.call_id = callId;
            this.emit(this.newEvent({ type: 'SystemMessage' }, textContent(qLines.join('\n')), attrs));
        }
        const rendered = lines.join('\n');
        this.titlePrimary ??= rendered;
        const attrs = { source: 'interactive', question_ids: ids, raw_answers: parsed };
        if (callId !== undefined)
            attrs.call_id = callId;
        this.emit(this.newEvent({ type: 'UserMessage' }, textContent(rendered), attrs));
    }
    handleWebSearch(item) {
        const action = isObject(item.action) ? item.action : {};
        const type = typeof action.type === 'string' ? (0,core_text/* trim */.Bq)(action.type) : '';
        const queries = [];
        if (Array.isArray(action.queries))
            for (const q of action.queries)
                if (typeof q === 'string' && (0,core_text/* trim */.Bq)(q) !== '')
                    queries.push((0,core_text/* trim */.Bq)(q));
        const single = typeof action.query === 'string' ? (0,core_text/* trim */.Bq)(action.query) : '';
        if (single !== '' && !queries.includes(single))
            queries.unshift(single);
        const url = firstSet(action.url);
        const pattern = firstSet(action.pattern);
        let et;
        let content;
        const search = () => {
            et = { type: 'WebSearch', data: { query: queries[0] } };
            content = textContent(queries.join(' | '));
        };
        if (type === 'search') {
            if (queries.length > 0)
                search();
        }
        else if (type === 'open_page' || type === 'openPage') {
            if (url !== undefined) {
                et = { type: 'WebFetch', data: { url } };
                content = textContent(url);
            }
            else {
                et = { type: 'ToolCall', data: { name: 'web_search' } };
                content = textContent('open_page');
            }
        }
        else if (type === 'find_in_page' || type === 'findInPage') {
            if (url !== undefined) {
                et = { type: 'WebFetch', data: { url } };
                content = textContent(pattern !== undefined ? `${url}\npattern: ${pattern}` : url);
            }
            else if (pattern !== undefined) {
                et = { type: 'ToolCall', data: { name: 'web_search' } };
                content = textContent(`find_in_page: ${pattern}`);
            }
        }
        else if (queries.length > 0)
            search();
        else if (url !== undefined) {
            et = { type: 'WebFetch', data: { url } };
            content = textContent(url);
        }
        else if (pattern !== undefined) {
            et = { type: 'ToolCall', data: { name: 'web_search' } };
            content = textContent(pattern);
        }
        if (et === undefined || content === undefined)
            return;
        const ev = this.newEvent(et, content);
        const attrs = {
            'semantic.call_id': firstSet(item.id) !== undefined ? item.id : ev.event_id,
            'semantic.tool_kind': 'web',
            'source.raw_type': type === '' ? 'web_search_call' : `web_search_call:${type}`,
            'source.schema_version': JSONL_V1,
        };
        setAttr(attrs, 'web_search.status', codex_str(item.status));
        if (queries.length > 0)
            attrs['web_search.queries'] = queries;
        setAttr(attrs, 'web_search.pattern', pattern);
        ev.attributes = attrs;
        this.emit(ev);
    }
    handleEvent(p) {
        const type = p.type;
        // Only task, token and marker events carry a turn id (kept off the message hot path).
        const turnId = type === 'user_message' || type === 'agent_message' || type === 'agent_reasoning'
            ? undefined
            : firstSet(p.turn_id, p.task_id);
        switch (type) {
            case 'user_message': {
                const text = typeof p.message === 'string' ? (0,core_text/* trim */.Bq)(p.message) : '';
                if (text === '' || isInjectedUserText(text))
                    return;
                this.titlePrimary ??= text;
                this.pushMessage('UserMessage', text, 'event_msg');
                return;
            }
            case 'agent_message': {
                const text = codex_str(p.message) ?? codex_str(p.text) ?? codex_str(p.content) ?? '';
                this.pushMessage('AgentMessage', text, 'event_msg');
                return;
            }
            case 'agent_reasoning':
            case 'agent_reasoning_raw_content': {
                const text = (0,core_text/* trim */.Bq)(codex_str(p.message) ?? codex_str(p.text) ?? codex_str(p.content) ?? '');
                if (text === '')
                    return;
                this.pushMessage('Thinking', text, 'event_msg', {
                    'source.raw_type': `event_msg:${p.type}`,
                    'source.schema_version': DESKTOP_V1,
                });
                return;
            }
            case 'token_count': {
                const info = isObject(p.info) ? p.info : undefined;
                const last = info ? (info.last_token_usage ?? info.lastTokenUsage) : undefined;
                const total = info ? (info.total_token_usage ?? info.totalTokenUsage) : undefined;
                const usage = p.usage;
                const input = firstCount(inputCount, p, usage, last, total);
                const output = firstCount(outputCount, p, usage, last, total);
                const inputTotal = firstCount(inputCount, total);
                const outputTotal = firstCount(outputCount, total);
                if (input === undefined && output === undefined && inputTotal === undefined && outputTotal === undefined)
                    return;
                const attrs = { 'source.raw_type': 'event_msg:token_count', 'source.schema_version': DESKTOP_V1 };
                addTokenAttributes(attrs, { input, output, inputTotal, outputTotal });
                const ev = this.newEvent({ type: 'Custom', data: { kind: 'token_count' } }, emptyContent(), attrs);
                if (turnId !== undefined)
                    ev.task_id = turnId;
                this.emit(ev);
                return;
            }
            case 'context_compacted': {
                const ev = this.newEvent({ type: 'Custom', data: { kind: 'context_compacted' } }, textContent('context compacted'), {
                    'source.raw_type': 'event_msg:context_compacted',
                    'source.schema_version': DESKTOP_V1,
                });
                if (turnId !== undefined)
                    ev.task_id = turnId;
                this.emit(ev);
                return;
            }
            case 'item_completed': {
                const it = p.item;
                if (!isObject(it) || typeof it.type !== 'string' || it.type.toLowerCase() !== 'plan')
                    return;
                let firstLine = 'plan completed';
                if (typeof it.text === 'string') {
                    for (const l of it.text.split('\n')) {
                        if ((0,core_text/* trim */.Bq)(l) !== '') {
                            firstLine = (0,core_text/* trim */.Bq)(l);
                            break;
                        }
                    }
                }
                const attrs = {
                    'source.raw_type': 'event_msg:item_completed',
                    'source.schema_version': DESKTOP_V1,
                };
                setAttr(attrs, 'plan_id', codex_str(it.id));
                setAttr(attrs, 'turn_id', codex_str(p.turn_id));
                const ev = this.newEvent({ type: 'Custom', data: { kind: 'plan_completed' } }, textContent(`Plan completed: ${firstLine}`), attrs);
                if (turnId !== undefined)
                    ev.task_id = turnId;
                this.emit(ev);
                return;
            }
            case 'turn_aborted': {
                const attrs = {};
                setAttr(attrs, 'reason', codex_str(p.reason) ?? codex_str(p.message) ?? codex_str(p.error));
                const ev = this.newEvent({ type: 'Custom', data: { kind: 'turn_aborted' } }, textContent('turn aborted'), attrs);
                const tid = firstSet(p.turn_id);
                if (tid !== undefined)
                    ev.task_id = tid;
                this.emit(ev);
                return;
            }
            case 'task_started': {
                if (turnId === undefined)
                    return;
                const title = firstSet(p.title, p.task, p.name) ?? '';
                const data = {};
                if (title !== '')
                    data.title = title;
                const ev = this.newEvent({ type: 'TaskStart', data }, textContent(title !== '' ? title : 'task started'));
                ev.task_id = turnId;
                this.openTasks.set(turnId, title);
                this.emit(ev);
                return;
            }
            case 'task_complete':
            case 'task_completed':
            case 'task_finished': {
                if (turnId === undefined)
                    return;
                const summary = firstSet(p.last_agent_message, p.summary, p.message) ?? '';
                if (summary !== '')
                    this.pushMessage('AgentMessage', summary, 'event_msg');
                const data = {};
                if (summary !== '')
                    data.summary = summary;
                const ev = this.newEvent({ type: 'TaskEnd', data }, textContent(summary !== '' ? summary : 'task completed'));
                ev.task_id = turnId;
                this.openTasks.delete(turnId);
                this.emit(ev);
                return;
            }
            default:
                return;
        }
    }
    // ------------------------------------------------------------------ end
    async finish() {
        this.exec?.end();
        this.builder.flush(this.sessionStart);
        const final = this.builder.finalStage;
        const ids = [...this.openTasks.keys()].sort(core_text/* compareBytewise */.GV);
        for (const id of ids) {
            const title = this.openTasks.get(id);
            this.n++;
            const ts = this.builder.lastTimestamp ?? this.sessionStart ?? this.builder.mtime;
            final.push({
                event_id: `codex-${this.n}`,
                timestamp: ts,
                event_type: { type: 'TaskEnd', data: { summary: 'synthetic end (missing task_complete)' } },
                task_id: id,
                content: textContent(title !== '' ? title : 'synthetic task end'),
                attributes: {},
            });
        }
        this.openTasks.clear();
        await this.builder.drain();
        const model = this.model ?? 'unknown';
        const mp = this.modelProvider !== undefined ? this.modelProvider.toLowerCase() : undefined;
        const provider = mp !== undefined && mp !== 'auto' ? mp : inferCodexProvider(model);
        const attributes = {};
        const git = this.metaGit ?? this.legacyGit;
        if (git !== undefined && git !== null) {
            attributes.git = git;
            for (const [key, names] of Object.entries(GIT_KEYS))
                setAttr(attributes, key, findGitField(git, names));
        }
        setAttr(attributes, 'cwd', this.metaCwd ?? this.turnCwd);
        setAttr(attributes, 'originator', this.originator);
        const agent = {
            provider,
            model,
            tool: 'codex',
            ...(this.cliVersion !== undefined ? { tool_version: this.cliVersion } : {}),
        };
        const header = this.builder.header({
            sessionId: this.metaId ?? this.legacyId ?? this.execThreadId ?? fileStem(this.ctx.path),
            agent,
            title: this.titlePrimary ?? this.titleFallback,
            attributes,
            role: this.auxiliary ? 'auxiliary' : 'primary',
            parentSessionId: this.parentId,
            sessionStart: this.sessionStart,
        });
        return { header, eventCount: this.builder.eventCount, warnings: this.warnings.render() };
    }
}
function createCodexLineParser(sink, ctx) {
    return new CodexLineParser(ctx, sink);
}
const codexParser = {
    id: 'codex',
    parse: (path, sink, ctx) => (0,fs/* runLineParser */.nG)(path, new CodexLineParser(ctx, sink)),
    createLineParser: createCodexLineParser,
};

// EXTERNAL MODULE: ./core/parsers/select.ts
var parsers_select = __webpack_require__(2871);
;// CONCATENATED MODULE: ./core/parsers/claude-code/parser.ts
// Claude Code JSONL line parser (parsers.md 4.2): one file, no merge. The entry point (index.ts) adds
// the subagent merge for a main file and the auxiliary marking for a standalone subagent file.








const SCHEMA = 'claude-code-jsonl-v1';
const PREAMBLES = ['This session is', 'Here is the conversation so far', "Here's the conversation so far"];
function isContinuationPreamble(text) {
    return PREAMBLES.some((p) => text.startsWith(p));
}
/** Title candidate of a user text (4.2 Title), or undefined when the entry is skipped. */
function claudeTitleFrom(text) {
    const t = stripSystemReminders(text);
    if (t === '' || isContinuationPreamble(t) || bashModeOutput(t) !== undefined)
        return undefined;
    const bash = bashModeInput(t);
    if (bash !== undefined)
        return bash;
    const command = extractTagContent(t, 'command-name');
    if (command !== undefined) {
        const args = extractTagContent(t, 'command-args');
        return args !== undefined ? `${command} ${args}` : command;
    }
    return t;
}
/** `<bash-input>X</bash-input>` (the whole text): X, else undefined. */
function bashModeInput(text) {
    if (!text.startsWith('<bash-input>') || !text.endsWith('</bash-input>'))
        return undefined;
    const x = text.slice('<bash-input>'.length, -'</bash-input>'.length);
    return (0,core_text/* trim */.Bq)(x) === '' || x.includes('<bash-input>') ? undefined : x;
}
/** Text made of `<bash-stdout>`/`<bash-stderr>` parts: their contents (stdout, then stderr), else undefined. */
function bashModeOutput(text) {
    if (!text.startsWith('<bash-stdout>') && !text.startsWith('<bash-stderr>'))
        return undefined;
    const parts = [];
    const re = /<bash-(stdout|stderr)>([\s\S]*?)<\/bash-\1>/g;
    let m;
    while ((m = re.exec(text)) !== null)
        if ((0,core_text/* trim */.Bq)(m[2]) !== '')
            parts.push(m[2]);
    return parts.join('\n');
}
function parser_count(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}
const FILE_PATH_TOOLS = new Set(['Read', 'Write', 'Edit', 'MultiEdit', 'NotebookEdit', 'create_file']);
function firstLineInfo(v) {
    return {
        sessionId: (0,core_text/* setString */.gQ)(v.sessionId),
        parentSessionId: firstSet(v.parentSessionId, v.parentID, v.parentId),
        agentId: firstSet(v.agentId),
        slug: firstSet(v.slug),
        isSidechain: v.isSidechain === true,
    };
}
class ClaudeLineParser {
    opts;
    builder;
    warnings;
    seenUuids = new Set();
    calls = new CallTracker();
    usage = new Map();
    sessionId;
    version;
    cwd;
    gitBranch;
    model;
    allCwds = [];
    title;
    titleDone = false;
    /** uuid of the first user entry with text (a subagent file's prompt). */
    firstUserUuid;
    first;
    constructor(opts) {
        this.opts = opts;
        this.builder = new SessionBuilder({
            sink: opts.sink,
            tool: 'claude-code',
            mtime: opts.mtime,
            sourcePath: opts.sourcePath,
        });
        if (opts.stage)
            this.builder.use(opts.stage);
        this.warnings = new FileWarnings(opts.displayPath, 'line');
    }
    /** A subagent log: auxiliary path, or first line with `isSidechain: true` (4.2). */
    get isAuxiliary() {
        return this.opts.auxiliaryPath || this.first?.isSidechain === true;
    }
    feedLine(line) {
        if (line.kind === 'oversized')
            return this.warnings.oversizedAt(line.lineNo);
        if (line.kind === 'invalid-utf8')
            return this.warnings.malformedAt(line.lineNo);
        if ((0,lines/* isBlankLine */.pB)(line.text))
            return;
        const value = (0,lines/* parseJsonObjectLine */.j_)(line.text);
        if (value === undefined)
            return this.warnings.malformedAt(line.lineNo);
        if (this.first === undefined)
            this.first = firstLineInfo(value);
        this.handle(new JsonRecord(line.text, value), line.lineNo);
    }
    readMeta(v) {
        if (this.sessionId === undefined)
            this.sessionId = (0,core_text/* setString */.gQ)(v.sessionId);
        if (this.version === undefined)
            this.version = (0,core_text/* setString */.gQ)(v.version);
        if (this.cwd === undefined)
            this.cwd = (0,core_text/* setString */.gQ)(v.cwd);
        if (this.gitBranch === undefined)
            this.gitBranch = (0,core_text/* setString */.gQ)(v.gitBranch);
    }
    handle(rec, lineNo) {
        const v = rec.value;
        switch (v.type) {
            case 'user':
            case 'assistant':
                return this.handleMessage(rec, lineNo);
            case 'system':
            case 'progress':
            case 'queue-operation':
            case 'summary':
                this.readMeta(v);
                return this.handleOther(v);
            default:
                return;
        }
    }
    // ---------------------------------------------------------------- user / assistant
    handleMessage(rec, lineNo) {
        const v = rec.value;
        const msg = v.message;
        if (typeof v.uuid !== 'string' ||
            typeof v.timestamp !== 'string' ||
            !isObject(msg) ||
            typeof msg.role !== 'string' ||
            !('content' in msg)) {
            return this.warnings.malformedAt(lineNo);
        }
        const ts = parseNativeTimestamp(v.timestamp);
        if (ts === undefined)
            return this.warnings.badTimestampAt(lineNo);
        const uuid = v.uuid;
        const seen = this.seenUuids.size;
        this.seenUuids.add(uuid);
        if (this.seenUuids.size === seen)
            return; // a uuid already read
        this.readMeta(v);
        const cwd = (0,core_text/* setString */.gQ)(v.cwd);
        if (cwd !== undefined && !this.allCwds.includes(cwd))
            this.allCwds.push(cwd);
        this.builder.observeTimestamp(ts);
        if (v.type === 'user')
            this.handleUser(v, msg, uuid, ts);
        else
            this.handleAssistant(rec, msg, uuid, ts);
    }
    userTextEvent(v, text, id, ts, uuid) {
        const cleaned = stripSystemReminders(text);
        if (cleaned === '')
            return;
        // A2 bash mode: `!cmd` typed by the person, and its output written back by the CLI
        const bashInput = bashModeInput(cleaned);
        if (bashInput !== undefined) {
            this.builder.emit({
                event_id: id,
                timestamp: ts,
                event_type: { type: 'ShellCommand', data: { command: bashInput } },
                content: { blocks: [{ type: 'Code', code: bashInput, language: 'bash' }] },
                attributes: { actor: 'user', 'source.raw_type': 'bash_input' },
            });
            return;
        }
        let type = { type: 'UserMessage' };
        let body = cleaned;
        const attributes = {};
        const bashOutput = bashModeOutput(cleaned);
        if (bashOutput !== undefined) {
            type = { type: 'SystemMessage' };
            body = bashOutput;
            attributes['source.raw_type'] = 'bash_output';
        }
        else if (v.isMeta === true) {
            type = { type: 'SystemMessage' };
            attributes['source.raw_type'] = 'meta';
        }
        else if (cleaned.startsWith('<local-command-stdout>') || cleaned.startsWith('<local-command-stderr>')) {
            type = { type: 'SystemMessage' };
            attributes['source.raw_type'] = 'local_command';
        }
        else if (this.isAuxiliary && (this.firstUserUuid === undefined || this.firstUserUuid === uuid)) {
            // A2: the first user entry of a subagent file is the parent agent's prompt, not the person's
            this.firstUserUuid = uuid;
            type = { type: 'SystemMessage' };
            attributes.source = 'subagent_prompt';
        }
        else if (!this.isAuxiliary && v.isSidechain === true) {
            type = { type: 'SystemMessage' };
            attributes['source.raw_type'] = 'sidechain';
        }
        else if (isContinuationPreamble(cleaned)) {
            type = { type: 'SystemMessage' };
        }
        if (body === '')
            return;
        this.builder.emit({ event_id: id, timestamp: ts, event_type: type, content: textContent(body), attributes });
    }
    considerTitle(text) {
        if (this.titleDone)
            return;
        const t = claudeTitleFrom(text);
        if (t === undefined)
            return;
        this.title = t;
        this.titleDone = true;
    }
    handleUser(v, msg, uuid, ts) {
        const content = msg.content;
        if (typeof content === 'string') {
            this.considerTitle(content);
            this.userTextEvent(v, content, uuid, ts, uuid);
            return;
        }
        if (!Array.isArray(content))
            return;
        let titleSeen = false;
        for (const block of content) {
            if (!isObject(block))
                continue;
            if (block.type === 'text') {
                if (typeof block.text !== 'string')
                    continue;
                if (!titleSeen) {
                    titleSeen = true;
                    this.considerTitle(block.text);
                }
                this.userTextEvent(v, block.text, `${uuid}-text`, ts, uuid);
            }
            else if (block.type === 'tool_result') {
                this.toolResult(block, uuid, ts);
            }
        }
    }
    toolResult(block, uuid, ts) {
        const c = block.content;
        if (c !== undefined && c !== null && typeof c !== 'string' && !Array.isArray(c))
            return;
        if (block.is_error !== undefined && typeof block.is_error !== 'boolean')
            return;
        if (block.tool_use_id !== undefined && block.tool_use_id !== null && typeof block.tool_use_id !== 'string')
            return;
        let text = '';
        if (typeof c === 'string')
            text = c;
        else if (Array.isArray(c)) {
            const parts = [];
            for (const item of c)
                if (isObject(item) && item.type === 'text' && typeof item.text === 'string')
                    parts.push(item.text);
            text = parts.join('\n');
        }
        const ownId = (0,core_text/* setString */.gQ)(block.tool_use_id) !== undefined ? block.tool_use_id : undefined;
        let info;
        if (ownId !== undefined) {
            // the tracker holds the latest call registered under each id (what a separate id map would hold)
            info = this.calls.closeById(ownId) ?? this.pairLatest();
        }
        else {
            info = this.pairLatest();
        }
        const name = info?.name ?? 'unknown';
        const callId = ownId ?? info?.callId;
        const exitCode = exitCodeFromText(text);
        const isError = block.is_error === true || (exitCode !== undefined && exitCode !== 0);
        const data = { name, is_error: isError };
        if (callId !== undefined)
            data.call_id = callId;
        // attributes are inserted in canonical (sorted) order, so the encoder writes them without a sorted copy
        const attributes = {};
        if (exitCode !== undefined)
            attributes.exit_code = exitCode;
        setAttr(attributes, 'semantic.call_id', callId);
        setAttr(attributes, 'semantic.group_id', uuid);
        attributes['semantic.tool_kind'] = inferToolKind(name);
        attributes['source.raw_type'] = 'tool_result';
        attributes['source.schema_version'] = SCHEMA;
        this.builder.emit({
            event_id: `${uuid}-result-${callId ?? 'fallback'}`,
            timestamp: ts,
            event_type: { type: 'ToolResult', data },
            content: buildToolResultContent(text, { name, filePath: info?.filePath }),
            attributes,
        });
    }
    pairLatest() {
        return this.calls.closeLatest();
    }
    usageIncrease(rec, msg, uuid) {
        const u = isObject(msg.usage) ? msg.usage : isObject(rec.value.usage) ? rec.value.usage : undefined;
        if (!u)
            return undefined;
        const identity = typeof msg.id === 'string' && (0,core_text/* trim */.Bq)(msg.id) !== '' ? msg.id : uuid;
        let max = this.usage.get(identity);
        if (!max) {
            max = { input: 0, cacheCreation: 0, cacheRead: 0, output: 0 };
            this.usage.set(identity, max);
        }
        // Each counter contributes only its increase over the running maximum for this message.
        let v = parser_count(u.input_tokens);
        const input = v > max.input ? v - max.input : 0;
        if (v > max.input)
            max.input = v;
        v = parser_count(u.cache_creation_input_tokens);
        const cacheCreation = v > max.cacheCreation ? v - max.cacheCreation : 0;
        if (v > max.cacheCreation)
            max.cacheCreation = v;
        v = parser_count(u.cache_read_input_tokens);
        const cacheRead = v > max.cacheRead ? v - max.cacheRead : 0;
        if (v > max.cacheRead)
            max.cacheRead = v;
        v = parser_count(u.output_tokens);
        const output = v > max.output ? v - max.output : 0;
        if (v > max.output)
            max.output = v;
        if (input + cacheCreation + cacheRead + output === 0)
            return undefined;
        return { input: input + cacheCreation + cacheRead, output, cacheRead, cacheCreation };
    }
    handleAssistant(rec, msg, uuid, ts) {
        const model = typeof msg.model === 'string' ? msg.model : undefined;
        if (this.model === undefined && model !== undefined && (0,core_text/* trim */.Bq)(model) !== '' && model !== '<synthetic>')
            this.model = model;
        const tokens = this.usageIncrease(rec, msg, uuid);
        const events = [];
        const content = msg.content;
        if (Array.isArray(content)) {
            for (let i = 0; i < content.length; i++) {
                const block = content[i];
                if (!isObject(block))
                    continue;
                if (block.type === 'text') {
                    if (typeof block.text !== 'string')
                        continue;
                    const text = stripSystemReminders(block.text);
                    if (text !== '')
                        events.push({
                            event_id: `${uuid}-text`,
                            timestamp: ts,
                            event_type: { type: 'AgentMessage' },
                            content: textContent(text),
                            attributes: model !== undefined ? { model } : {},
                        });
                }
                else if (block.type === 'thinking') {
                    if (block.thinking !== undefined && typeof block.thinking !== 'string')
                        continue;
                    const text = stripSystemReminders(typeof block.thinking === 'string' ? block.thinking : '');
                    if (text !== '')
                        events.push({
                            event_id: `${uuid}-thinking`,
                            timestamp: ts,
                            event_type: { type: 'Thinking' },
                            content: textContent(text),
                            attributes: model !== undefined ? { model } : {},
                        });
                }
                else if (block.type === 'tool_use') {
                    const ev = this.toolUse(rec, block, i, uuid, ts, model);
                    if (ev)
                        events.push(ev);
                }
            }
        }
        if (tokens !== undefined) {
            if (events.length > 0)
                events[0].attributes = withTokens(events[0].attributes, tokens);
            else {
                events.push({
                    event_id: `${uuid}-usage`,
                    timestamp: ts,
                    event_type: { type: 'Custom', data: { kind: 'token_count' } },
                    content: emptyContent(),
                    attributes: withTokens({}, tokens),
                });
            }
        }
        for (const ev of events)
            this.builder.emit(ev);
    }
    toolUse(rec, block, index, uuid, ts, model) {
        if (typeof block.name !== 'string' || !('input' in block))
            return undefined;
        if (block.id !== undefined && block.id !== null && typeof block.id !== 'string')
            return undefined;
        const name = block.name;
        const input = isObject(block.input) ? block.input : {};
        const toolId = (0,core_text/* setString */.gQ)(block.id) !== undefined ? block.id : undefined;
        const eventId = toolId ?? `${uuid}-tool`;
        const callId = toolId ?? eventId;
        let filePath;
        if (FILE_PATH_TOOLS.has(name))
            filePath = parser_str(input.file_path) ?? parser_str(input.notebook_path) ?? parser_str(input.path);
        else if (name === 'Grep')
            filePath = parser_str(input.path);
        this.calls.open({ callId, name, filePath });
        let et;
        let content;
        switch (name) {
            case 'Read': {
                const p = nonEmpty(input.file_path) ?? 'unknown';
                et = { type: 'FileRead', data: { path: p } };
                content = textContent(p);
                break;
            }
            case 'Write':
            case 'create_file': {
                // A2: the body is kept as Code (it is the only copy of what the agent wrote)
                const p = nonEmpty(input.file_path) ?? nonEmpty(input.path) ?? 'unknown';
                et = { type: 'FileCreate', data: { path: p } };
                const body = typeof input.content === 'string' ? input.content : undefined;
                if (body !== undefined) {
                    const language = detectLanguage(p);
                    // fields in write order (code, language, start_line)
                    const code = language !== undefined
                        ? { type: 'Code', code: body, language, start_line: 1 }
                        : { type: 'Code', code: body, start_line: 1 };
                    content = { blocks: [code] };
                }
                else {
                    content = textContent(p);
                }
                break;
            }
            case 'Edit':
            case 'MultiEdit': {
                const p = (name === 'Edit'
                    ? (nonEmpty(input.file_path) ?? nonEmpty(input.notebook_path))
                    : nonEmpty(input.file_path)) ?? 'unknown';
                const diff = diffFromToolInput(p, input);
                et = { type: 'FileEdit', data: diff !== undefined ? { path: p, diff } : { path: p } };
                content = textContent(p);
                break;
            }
            case 'NotebookEdit': {
                const p = nonEmpty(input.file_path) ?? nonEmpty(input.notebook_path) ?? 'unknown';
                et = { type: 'FileEdit', data: { path: p } };
                content = jsonInput(rec, block, index);
                break;
            }
            case 'Bash': {
                const command = typeof input.command === 'string' ? input.command : '';
                if ((0,core_text/* trim */.Bq)(command) !== '') {
                    et = { type: 'ShellCommand', data: { command } };
                    const blocks = [];
                    const description = typeof input.description === 'string' ? input.description : '';
                    if (description !== '')
                        blocks.push({ type: 'Text', text: description });
                    blocks.push({ type: 'Code', code: command, language: 'bash' });
                    content = { blocks };
                }
                else {
                    et = { type: 'ToolCall', data: { name } };
                    content = jsonInput(rec, block, index);
                }
                break;
            }
            case 'Grep': {
                const pattern = typeof input.pattern === 'string' ? input.pattern : '';
                et = { type: 'CodeSearch', data: { query: pattern } };
                content = textContent(pattern);
                break;
            }
            case 'Glob': {
                const pattern = nonEmpty(input.pattern) ?? '*';
                et = { type: 'FileSearch', data: { pattern } };
                content = textContent(pattern);
                break;
            }
            case 'WebSearch':
                et = { type: 'WebSearch', data: { query: typeof input.query === 'string' ? input.query : '' } };
                content = jsonInput(rec, block, index);
                break;
            case 'WebFetch':
                et = { type: 'WebFetch', data: { url: typeof input.url === 'string' ? input.url : '' } };
                content = jsonInput(rec, block, index);
                break;
            case 'Task':
            case 'Agent': {
                et = { type: 'ToolCall', data: { name } };
                const blocks = [];
                const parts = [];
                const agentName = nonEmpty(input.name);
                if (agentName !== undefined)
                    parts.push(`agent: ${agentName}`);
                const subType = nonEmpty(input.subagent_type);
                if (subType !== undefined)
                    parts.push(`type: ${subType}`);
                const team = nonEmpty(input.team_name);
                if (team !== undefined)
                    parts.push(`team: ${team}`);
                const mode = nonEmpty(input.mode);
                if (mode !== undefined)
                    parts.push(`mode: ${mode}`);
                if (input.run_in_background === true)
                    parts.push('background');
                if (parts.length > 0)
                    blocks.push({ type: 'Text', text: `[${parts.join(', ')}]` });
                const description = typeof input.description === 'string' ? input.description : '';
                if (description !== '')
                    blocks.push({ type: 'Text', text: description });
                const prompt = typeof input.prompt === 'string' ? input.prompt : '';
                if (prompt !== '')
                    blocks.push({ type: 'Text', text: prompt });
                content = blocks.length > 0 ? { blocks } : jsonInput(rec, block, index);
                break;
            }
            default:
                et = { type: 'ToolCall', data: { name } };
                content = jsonInput(rec, block, index);
        }
        // A2: every call keeps its whole input (Glob `path`, Bash `timeout`, Read `limit`, ...) after the mapped content.
        const last = content.blocks[content.blocks.length - 1];
        if (last === undefined || last.type !== 'Json')
            content.blocks.push(jsonInput(rec, block, index).blocks[0]); // a fresh list
        const attributes = model !== undefined ? { model } : {};
        setAttr(attributes, 'semantic.call_id', callId);
        setAttr(attributes, 'semantic.group_id', uuid);
        attributes['semantic.tool_kind'] = inferToolKind(name);
        attributes['source.raw_type'] = 'tool_use';
        attributes['source.schema_version'] = SCHEMA;
        setAttr(attributes, 'tool_use_id', toolId);
        setAttr(attributes, 'tool_use_name', name);
        return { event_id: eventId, timestamp: ts, event_type: et, content, attributes };
    }
    // ---------------------------------------------------------------- other entry types
    handleOther(v) {
        const ts = parseNativeTimestamp(v.timestamp);
        if (ts !== undefined)
            this.builder.observeTimestamp(ts);
        const uuid = (0,core_text/* setString */.gQ)(v.uuid);
        const attributes = { 'source.schema_version': SCHEMA };
        let text;
        let id;
        let prefix;
        let suffix = '';
        switch (v.type) {
            case 'system': {
                const c = typeof v.content === 'string' ? (0,core_text/* trim */.Bq)(v.content) : '';
                text = c !== '' ? c : `System event: ${nonEmpty(v.subtype) ?? 'unknown'}`;
                id = uuid;
                prefix = 'system';
                attributes['source.raw_type'] = 'system';
                setAttr(attributes, 'semantic.group_id', uuid);
                setAttr(attributes, 'system.subtype', parser_str(v.subtype));
                setAttr(attributes, 'system.level', parser_str(v.level));
                break;
            }
            case 'progress': {
                const data = v.data;
                if (!isObject(data))
                    text = 'Progress update';
                else if (data.type === 'hook_progress') {
                    const hook = nonEmpty(data.hookEvent) ?? nonEmpty(data.hook) ?? '';
                    const hookName = firstSet(data.hookName);
                    text = `Hook progress: ${hook}${hookName !== undefined ? ` (${hookName})` : ''}`;
                }
                else if (data.message !== undefined && data.message !== null) {
                    text = `Progress: ${typeof data.message === 'string' ? data.message : (0,json/* stringifyOrdered */.Vd)(data.message)}`;
                }
                else {
                    text = `Progress: ${nonEmpty(data.type) ?? 'progress'}`;
                }
                id = uuid;
                prefix = 'progress';
                attributes['source.raw_type'] = 'progress';
                setAttr(attributes, 'semantic.group_id', uuid);
                if (isObject(data))
                    setAttr(attributes, 'progress.type', parser_str(data.type));
                setAttr(attributes, 'semantic.call_id', parser_str(v.toolUseID) ?? parser_str(v.toolUseId));
                setAttr(attributes, 'progress.parent_tool_use_id', parser_str(v.parentToolUseID) ?? parser_str(v.parentToolUseId));
                break;
            }
            case 'queue-operation': {
                const op = nonEmpty(v.operation);
                const c = firstSet(v.content);
                text =
                    op === 'enqueue' && c !== undefined
                        ? `Queued input: ${v.content}`
                        : `Queue operation: ${op ?? 'unknown'}`;
                prefix = 'queue';
                suffix = `-${op ?? 'unknown'}`;
                attributes['source.raw_type'] = 'queue-operation';
                setAttr(attributes, 'queue.operation', parser_str(v.operation));
                break;
            }
            default: {
                // summary
                const s = typeof v.summary === 'string' ? v.summary : '';
                text = s !== '' ? `Summary: ${s}` : 'Summary';
                const leaf = firstSet(v.leafUuid);
                id = uuid ?? leaf;
                prefix = 'summary';
                attributes['source.raw_type'] = 'summary';
                setAttr(attributes, 'semantic.group_id', uuid ?? leaf);
                setAttr(attributes, 'summary.leaf_uuid', parser_str(v.leafUuid));
            }
        }
        const ev = {
            event_id: id ?? '',
            timestamp: ts,
            event_type: { type: 'SystemMessage' },
            content: textContent(text),
            attributes,
        };
        if (id === undefined)
            ev.makeId = (t) => `${prefix}-${toEpochMs(t)}${suffix}`;
        this.builder.emit(ev);
    }
    /** End of input: held events take the file mtime (no session start in this format). */
    endEvents() {
        this.builder.flush();
    }
}
/** `Json(input)` with exact numbers (lossless re-parse only when the line needs it). */
function jsonInput(rec, block, index) {
    const data = rec.verbatim('message', 'content', index, 'input') ?? block.input;
    return { blocks: [{ type: 'Json', data }] };
}
/**
 * `attrs` with the token counts of 2.13 (only values > 0), keys in sorted order: the counts and `model`
 * sort before every other attribute an assistant event carries (`semantic.*`, `source.*`, `tool_use_*`).
 */
function withTokens(attrs, t) {
    const out = {};
    if (t.cacheCreation > 0)
        out.cache_creation_input_tokens = t.cacheCreation;
    if (t.cacheRead > 0)
        out.cache_read_input_tokens = t.cacheRead;
    if (t.input > 0)
        out.input_tokens = t.input;
    if (attrs.model !== undefined)
        out.model = attrs.model;
    if (t.output > 0)
        out.output_tokens = t.output;
    for (const k in attrs)
        if (k !== 'model')
            out[k] = attrs[k];
    return out;
}
function parser_str(v) {
    return typeof v === 'string' ? v : undefined;
}
/** A string that is non-empty (as written); `||` semantics of the spec tables. */
function nonEmpty(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}

// EXTERNAL MODULE: ./core/io.ts
var io = __webpack_require__(7850);
;// CONCATENATED MODULE: ./core/parsers/claude-code/subagents.ts
// Claude Code subagent logs (parsers.md 4.2 "Subagent merge"): discovery, a first pass for counts and
// model, and a k-way timestamp merge that streams each log a second time (no log held in memory).





const LEGACY_PREFIXES = ['agent-', 'agent_', 'subagent-', 'subagent_'];
function firstLineOf(filePath) {
    let reader;
    try {
        reader = new lines/* SyncLineReader */.ZT(filePath, 1 << 16);
        for (let line = reader.next(); line !== undefined; line = reader.next()) {
            if (line.kind !== 'text')
                return undefined;
            if (line.text.trim() === '')
                continue;
            const v = (0,lines/* parseJsonObjectLine */.j_)(line.text);
            return v === undefined ? undefined : firstLineInfo(v);
        }
    }
    catch {
        return undefined;
    }
    finally {
        reader?.close();
    }
    return undefined;
}
function namesParent(filePath, parentId) {
    let reader;
    try {
        reader = new lines/* SyncLineReader */.ZT(filePath, 1 << 16);
        for (let line = reader.next(); line !== undefined; line = reader.next()) {
            if (line.kind !== 'text')
                return false;
            if (line.text.trim() === '')
                continue;
            const v = JSON.parse(line.text);
            if (typeof v !== 'object' || v === null)
                return false;
            return [v.sessionId, v.parentSessionId, v.parentID, v.parentId].some((x) => x === parentId);
        }
    }
    catch {
        return false;
    }
    finally {
        reader?.close();
    }
    return false;
}
async function jsonlFilesIn(dir) {
    const out = [];
    for (const ent of await (0,fs/* listDir */.ol)(dir)) {
        if (ent.name.startsWith('.') || !ent.name.endsWith('.jsonl'))
            continue;
        if (ent.isFile() || ent.isSymbolicLink())
            out.push(external_path_.join(dir, ent.name));
    }
    return out;
}
/** Candidate subagent logs of a main file, in byte-wise path order (4.2, three locations). */
async function findSubagentFiles(mainPath, parentId) {
    const dir = external_path_.dirname(mainPath);
    const stemDir = mainPath.endsWith('.jsonl') ? mainPath.slice(0, -'.jsonl'.length) : mainPath;
    const files = new Set(await jsonlFilesIn(external_path_.join(stemDir, 'subagents')));
    const shared = external_path_.join(dir, 'subagents');
    if (external_path_.resolve(shared) !== external_path_.resolve(stemDir, 'subagents')) {
        for (const f of await jsonlFilesIn(shared))
            if (namesParent(f, parentId))
                files.add(f);
    }
    for (const f of await jsonlFilesIn(dir)) {
        const name = external_path_.basename(f).toLowerCase();
        if (f === mainPath || !LEGACY_PREFIXES.some((p) => name.startsWith(p)))
            continue;
        if (namesParent(f, parentId))
            files.add(f);
    }
    return [...files].sort(core_text/* compareBytewise */.GV);
}
/** One prepared subagent log: first-pass facts plus a lazily opened second pass. */
class SubagentBlock {
    filePath;
    displayPath;
    taskId;
    title;
    model;
    count;
    firstTs;
    lastTs;
    mtime;
    reader;
    parser;
    queue = [];
    qHead = 0;
    state = 'start';
    /** The next event of this block in its own order (undefined when exhausted). */
    head;
    constructor(filePath, displayPath, taskId, title, model, count, firstTs, lastTs, mtime) {
        this.filePath = filePath;
        this.displayPath = displayPath;
        this.taskId = taskId;
        this.title = title;
        this.model = model;
        this.count = count;
        this.firstTs = firstTs;
        this.lastTs = lastTs;
        this.mtime = mtime;
    }
    marks() {
        return { merged_subagent: true, subagent_id: this.taskId };
    }
    start() {
        this.advance();
    }
    advance() {
        for (;;) {
            switch (this.state) {
                case 'start': {
                    this.state = 'body';
                    const attributes = this.marks();
                    if (this.model !== 'unknown')
                        attributes.model = this.model;
                    this.head = {
                        event_id: `${this.taskId}-start`,
                        timestamp: this.firstTs,
                        event_type: { type: 'TaskStart', data: { title: this.title } },
                        task_id: this.taskId,
                        content: textContent(''),
                        attributes,
                    };
                    return;
                }
                case 'body': {
                    const ev = this.nextSubEvent();
                    if (ev === undefined) {
                        this.state = 'end';
                        continue;
                    }
                    ev.event_id = `${this.taskId}:${ev.event_id}`;
                    ev.task_id = this.taskId;
                    ev.attributes = { ...ev.attributes, ...this.marks() };
                    this.head = ev;
                    return;
                }
                case 'end':
                    this.state = 'done';
                    this.head = {
                        event_id: `${this.taskId}-end`,
                        timestamp: this.lastTs,
                        event_type: { type: 'TaskEnd', data: { summary: `${this.count} events, ${this.model}` } },
                        task_id: this.taskId,
                        content: textContent(''),
                        duration_ms: durationMs(this.firstTs, this.lastTs),
                        attributes: this.marks(),
                    };
                    return;
                default:
                    this.head = undefined;
                    this.close();
                    return;
            }
        }
    }
    nextSubEvent() {
        if (this.parser === undefined) {
            const queue = this.queue;
            this.reader = new lines/* SyncLineReader */.ZT(this.filePath);
            this.parser = new ClaudeLineParser({
                sink: { push: (e) => void queue.push(e) },
                mtime: this.mtime,
                sourcePath: null,
                displayPath: this.displayPath,
                auxiliaryPath: true,
            });
        }
        while (this.qHead >= this.queue.length) {
            this.queue.length = 0;
            this.qHead = 0;
            if (this.reader === undefined)
                return undefined;
            const line = this.reader.next();
            if (line === undefined) {
                this.reader = undefined;
                this.parser.endEvents();
                if (this.queue.length === 0)
                    return undefined;
            }
            else {
                this.parser.feedLine(line);
            }
        }
        return this.queue[this.qHead++];
    }
    close() {
        this.reader?.close();
        this.reader = undefined;
    }
}
function displayPathFor(ctx, filePath) {
    return (0,fs/* siblingDisplay */.lm)(ctx, external_path_.relative(external_path_.dirname(ctx.path), filePath));
}
/**
 * First pass over each candidate: events, model, first/last timestamps. Unreadable files add
 * `skipped subagent log <file>: <reason>`; files with 0 events are skipped.
 */
function prepareSubagents(files, ctx, warnings) {
    const blocks = [];
    for (const file of files) {
        const display = displayPathFor(ctx, file);
        let reader;
        try {
            const mtime = (0,fs/* fileMtimeSync */.yI)(file);
            let count = 0;
            let firstTs;
            let lastTs;
            const parser = new ClaudeLineParser({
                sink: {
                    push: (e) => {
                        count++;
                        firstTs ??= e.timestamp;
                        lastTs = e.timestamp;
                    },
                },
                mtime,
                sourcePath: null,
                displayPath: display,
                auxiliaryPath: true,
            });
            reader = new lines/* SyncLineReader */.ZT(file);
            for (let line = reader.next(); line !== undefined; line = reader.next())
                parser.feedLine(line);
            parser.endEvents();
            warnings.push(...parser.warnings.render());
            if (count === 0 || firstTs === undefined || lastTs === undefined)
                continue;
            const first = parser.first ?? firstLineOf(file);
            const taskId = first?.agentId ?? fileStem(file);
            blocks.push(new SubagentBlock(file, display, taskId, first?.slug ?? taskId, parser.model ?? 'unknown', count, firstTs, lastTs, mtime));
        }
        catch (e) {
            warnings.push(`skipped subagent log ${display}: ${(0,io/* systemErrorText */.f9)(e)}`);
        }
        finally {
            reader?.close();
        }
    }
    return blocks;
}
/** k-way merge by timestamp of the main stream (index 0) and each block (1…n); ties to the lower index. */
class ClaudeMergeStage {
    next;
    blocks;
    started = false;
    constructor(next, blocks) {
        this.next = next;
        this.blocks = blocks;
    }
    ensureStarted() {
        if (this.started)
            return;
        this.started = true;
        for (const b of this.blocks)
            b.start();
    }
    /** Emits block heads strictly earlier than `limit` (all of them when limit is undefined). */
    emitUntil(limit) {
        for (;;) {
            let best;
            for (const b of this.blocks) {
                if (b.head === undefined)
                    continue;
                if (best === undefined || b.head.timestamp < best.head.timestamp)
                    best = b;
            }
            if (best === undefined)
                return;
            if (limit !== undefined && best.head.timestamp >= limit)
                return;
            const ev = best.head;
            best.advance();
            this.next.push(ev);
        }
    }
    push(event) {
        this.ensureStarted();
        this.emitUntil(event.timestamp);
        this.next.push(event);
    }
    end() {
        this.ensureStarted();
        this.emitUntil(undefined);
        this.next.end();
    }
}

;// CONCATENATED MODULE: ./core/parsers/claude-code/index.ts





async function readFirstInfo(filePath) {
    const line = await (0,lines/* readFirstNonBlankLine */.IF)(filePath);
    const v = line === undefined ? undefined : (0,lines/* parseJsonObjectLine */.j_)(line);
    return v === undefined ? undefined : firstLineInfo(v);
}
class FoundSignal extends Error {
}
/** First non-blank `sessionId` of any record (the parent id for the merge), reading only as far as needed. */
async function scanSessionId(filePath) {
    let found;
    try {
        await (0,lines/* readLines */.Se)(filePath, (line) => {
            if (line.kind !== 'text' || !line.text.includes('"sessionId"'))
                return;
            const v = (0,lines/* parseJsonObjectLine */.j_)(line.text); // a malformed line is counted by the real pass
            if (v !== undefined && typeof v.sessionId === 'string' && v.sessionId.trim() !== '') {
                found = v.sessionId.trim();
                throw new FoundSignal();
            }
        });
    }
    catch (e) {
        if (!(e instanceof FoundSignal))
            throw e;
    }
    return found;
}
/**
 * Full parse: `blocks` are the prepared subagent logs (merged on the fly). Incremental parse
 * (`blocks === 'deferred'`): main events are kept and merged with the subagent logs at finish.
 */
class ClaudeEntryParser {
    ctx;
    sink;
    subWarnings;
    parser;
    collected;
    constructor(ctx, sink, blocks, subWarnings = []) {
        this.ctx = ctx;
        this.sink = sink;
        this.subWarnings = subWarnings;
        const common = {
            mtime: ctx.mtime,
            sourcePath: ctx.sourcePath,
            displayPath: ctx.displayPath,
            auxiliaryPath: (0,parsers_select/* isAuxiliarySessionPath */.Yy)(ctx.path),
        };
        if (blocks === 'deferred') {
            const list = [];
            this.collected = list;
            this.parser = new ClaudeLineParser({ ...common, sink: { push: (e) => void list.push(e) } });
        }
        else {
            this.parser = new ClaudeLineParser({
                ...common,
                sink,
                stage: blocks.length > 0 ? (next) => new ClaudeMergeStage(next, blocks) : undefined,
            });
        }
    }
    feedLine(line) {
        this.parser.feedLine(line);
    }
    takePending() {
        return this.parser.builder.takePending();
    }
    async finish() {
        const p = this.parser;
        p.endEvents();
        await p.builder.drain();
        const warnings = p.warnings.render();
        if (this.collected === undefined) {
            warnings.push(...this.subWarnings);
            return {
                header: this.header(p.builder.firstTimestamp, p.builder.lastTimestamp),
                eventCount: p.builder.eventCount,
                warnings,
            };
        }
        const subWarnings = [];
        let blocks = [];
        if (!p.isAuxiliary)
            blocks = prepareSubagents(await findSubagentFiles(this.ctx.path, p.sessionId ?? fileStem(this.ctx.path)), this.ctx, subWarnings);
        try {
            const out = new SessionBuilder({
                sink: this.sink,
                tool: 'claude-code',
                mtime: this.ctx.mtime,
                sourcePath: this.ctx.sourcePath,
            });
            if (blocks.length > 0)
                out.use((next) => new ClaudeMergeStage(next, blocks));
            for (const ev of this.collected) {
                out.emit(ev);
                const pending = out.takePending();
                if (pending)
                    await pending;
            }
            out.flush();
            await out.drain();
            warnings.push(...subWarnings);
            return { header: this.header(out.firstTimestamp, out.lastTimestamp), eventCount: out.eventCount, warnings };
        }
        finally {
            for (const b of blocks)
                b.close();
        }
    }
    header(firstTs, lastTs) {
        const p = this.parser;
        const attributes = {};
        if (p.cwd !== undefined)
            attributes.cwd = p.cwd;
        if (p.gitBranch !== undefined)
            attributes.git_branch = p.gitBranch;
        if (p.allCwds.length > 1)
            attributes.all_cwds = [...p.allCwds];
        let sessionId = p.sessionId ?? fileStem(this.ctx.path);
        let parentId;
        if (p.isAuxiliary) {
            const f = p.first;
            parentId = f?.parentSessionId ?? f?.sessionId;
            if (parentId !== undefined)
                sessionId =
                    f?.sessionId !== undefined && f.sessionId !== parentId
                        ? f.sessionId
                        : `${parentId}-${fileStem(this.ctx.path)}`;
        }
        const agent = {
            provider: 'anthropic',
            model: p.model ?? 'unknown',
            tool: 'claude-code',
            ...(p.version !== undefined ? { tool_version: p.version } : {}),
        };
        return p.builder.header({
            sessionId,
            agent,
            title: p.title,
            attributes,
            role: p.isAuxiliary ? 'auxiliary' : 'primary',
            parentSessionId: parentId,
            createdAt: firstTs,
            updatedAt: lastTs,
        });
    }
}
const claudeCodeParser = {
    id: 'claude-code',
    parse: async (filePath, sink, ctx) => {
        const first = await readFirstInfo(filePath);
        const auxiliary = (0,parsers_select/* isAuxiliarySessionPath */.Yy)(filePath) || first?.isSidechain === true;
        const subWarnings = [];
        let blocks = [];
        if (!auxiliary) {
            const parentId = (await scanSessionId(filePath)) ?? fileStem(filePath);
            blocks = prepareSubagents(await findSubagentFiles(filePath, parentId), ctx, subWarnings);
        }
        try {
            return await (0,fs/* runLineParser */.nG)(filePath, new ClaudeEntryParser(ctx, sink, blocks, subWarnings));
        }
        finally {
            for (const b of blocks)
                b.close();
        }
    },
    createLineParser: (sink, ctx) => new ClaudeEntryParser(ctx, sink, 'deferred'),
};

;// CONCATENATED MODULE: ./core/parsers/gemini/jsonl-index.ts
// Gemini JSONL replay (parsers.md 4.3, 9 "Two-pass Gemini JSONL"): pass 1 reads every line once and keeps,
// per message, only where its latest record lives (byte offset and length of the line, or a `$set` line
// plus the element index) in replay order; pass 2 reads those records back by offset, in final order.




const MESSAGE_TYPES = new Set(['user', 'gemini', 'info', 'error', 'warning']);
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
/** Decodes one physical line (without its `\n`): drops one trailing `\r` and a BOM on line 1; strict UTF-8. */
function decodeLine(bytes, lineNo) {
    let b = bytes;
    if (b.length > 0 && b[b.length - 1] === 0x0d)
        b = b.subarray(0, b.length - 1);
    if (lineNo === 1 && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        b = b.subarray(3);
    try {
        return strictDecoder.decode(b);
    }
    catch {
        return undefined;
    }
}
/** Splits a file into physical lines with byte offsets; lines over the cap are reported without bytes. */
async function forEachLine(filePath, onLine) {
    const stream = external_fs_.createReadStream(filePath, { highWaterMark: 1 << 20 });
    let parts = [];
    let partBytes = 0;
    let oversized = false;
    let lineStart = 0;
    let lineLength = 0;
    let pos = 0;
    let lineNo = 0;
    let stop = false;
    const deliver = () => {
        lineNo++;
        const bytes = oversized ? undefined : parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
        if (onLine(lineNo, lineStart, lineLength, bytes) === 'stop')
            stop = true;
        parts = [];
        partBytes = 0;
        oversized = false;
        lineLength = 0;
    };
    const append = (chunk, from, to) => {
        lineLength += to - from;
        if (oversized || to <= from)
            return;
        if (partBytes + (to - from) > lines/* MAX_RECORD_BYTES */.xR) {
            oversized = true;
            parts = [];
            partBytes = 0;
            return;
        }
        parts.push(chunk.subarray(from, to));
        partBytes += to - from;
    };
    try {
        for await (const raw of stream) {
            const chunk = raw;
            let from = 0;
            for (;;) {
                const nl = chunk.indexOf(0x0a, from);
                if (nl < 0) {
                    append(chunk, from, chunk.length);
                    break;
                }
                append(chunk, from, nl);
                deliver();
                if (stop)
                    return;
                lineStart = pos + nl + 1;
                from = nl + 1;
            }
            pos += chunk.length;
        }
        if (lineLength > 0)
            deliver();
    }
    finally {
        stream.destroy();
    }
}
/** Pass 1: replays the JSONL records (4.3 rules 1–5) into a message index. Malformed lines are counted. */
async function buildReplayIndex(filePath, warnings) {
    const messages = [];
    const positions = new Map();
    const meta = {};
    const reindex = () => {
        positions.clear();
        messages.forEach((m, i) => {
            if (m.id !== undefined && !positions.has(m.id))
                positions.set(m.id, i);
        });
    };
    await forEachLine(filePath, (lineNo, start, length, bytes) => {
        if (bytes === undefined) {
            warnings.oversizedAt(lineNo);
            return;
        }
        const text = decodeLine(bytes, lineNo);
        if (text === undefined) {
            warnings.malformedAt(lineNo);
            return;
        }
        if ((0,lines/* isBlankLine */.pB)(text))
            return;
        const value = parseJsonValue(text);
        if (!isObject(value)) {
            warnings.malformedAt(lineNo);
            return;
        }
        if (typeof value.$rewindTo === 'string') {
            const at = positions.get(value.$rewindTo);
            messages.length = at ?? 0;
            reindex();
            return;
        }
        if (isObject(value.$set)) {
            for (const [k, v] of Object.entries(value.$set)) {
                if (k === 'messages' && Array.isArray(v))
                    continue;
                meta[k] = v;
            }
            const list = value.$set.messages;
            if (Array.isArray(list)) {
                messages.length = 0;
                list.forEach((item, element) => {
                    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
                    messages.push({ id, lineNo, start, length, element });
                });
                reindex();
            }
            return;
        }
        if (typeof value.id === 'string' && typeof value.type === 'string' && MESSAGE_TYPES.has(value.type)) {
            const ref = { id: value.id, lineNo, start, length };
            const at = positions.get(value.id);
            if (at !== undefined)
                messages[at] = ref;
            else {
                positions.set(value.id, messages.length);
                messages.push(ref);
            }
            return;
        }
        if (typeof value.sessionId === 'string') {
            for (const [k, v] of Object.entries(value))
                meta[k] = v;
        }
    });
    return { messages, meta };
}
/** Pass 2: reads the indexed records back in final order. The last `$set` line read is cached. */
async function* readIndexedMessages(filePath, index) {
    const handle = await external_fs_.promises.open(filePath, 'r');
    let cachedStart = -1;
    let cachedValue;
    try {
        for (const ref of index.messages) {
            let value;
            if (ref.element !== undefined && cachedStart === ref.start) {
                value = cachedValue;
            }
            else {
                const buf = Buffer.alloc(ref.length);
                await handle.read(buf, 0, ref.length, ref.start);
                const text = decodeLine(buf, ref.lineNo);
                value = text === undefined ? undefined : parseJsonValue(text);
                if (ref.element !== undefined) {
                    cachedStart = ref.start;
                    cachedValue = value;
                }
            }
            if (ref.element !== undefined) {
                const list = isObject(value) && isObject(value.$set) ? value.$set.messages : undefined;
                yield { ref, value: Array.isArray(list) ? list[ref.element] : undefined };
            }
            else {
                yield { ref, value };
            }
        }
    }
    finally {
        await handle.close();
    }
}
/** First non-blank line of a file parses as a complete JSON object (layout fallback of 4.3). */
async function firstLineIsJsonObject(filePath) {
    let result;
    try {
        await forEachLine(filePath, (lineNo, _start, _length, bytes) => {
            const text = bytes === undefined ? undefined : decodeLine(bytes, lineNo);
            if (text !== undefined && (0,lines/* isBlankLine */.pB)(text))
                return;
            result = text !== undefined && isObject(parseJsonValue(text));
            return 'stop';
        });
    }
    catch {
        return false;
    }
    return result === true;
}

;// CONCATENATED MODULE: ./core/parsers/gemini/index.ts
// Gemini CLI parser (parsers.md 4.3): JSON layout (streamed `messages`) and JSONL layout (replayed).









/** 4.3 "Content text": string, part array or single part; text parts trimmed, empties dropped, joined by `\n`. */
function geminiContentText(content) {
    if (typeof content === 'string')
        return content;
    const parts = Array.isArray(content) ? content : isObject(content) ? [content] : [];
    const out = [];
    for (const part of parts) {
        let text;
        if (typeof part === 'string')
            text = part;
        else if (isObject(part) &&
            typeof part.text === 'string' &&
            (part.type === undefined || part.type === 'text') &&
            part.thought !== true) {
            text = part.text;
        }
        if (text === undefined)
            continue;
        const t = (0,core_text/* trim */.Bq)(text);
        if (t !== '')
            out.push(t);
    }
    return out.join('\n');
}
function schemaVersion(m) {
    if (m.toolCalls !== undefined && m.toolCalls !== null)
        return 'gemini-json-v3-toolcalls';
    if (Array.isArray(m.content) || isObject(m.content))
        return 'gemini-json-v2-parts';
    return 'gemini-json-v1';
}
function argsContent(args) {
    return args === undefined ? emptyContent() : { blocks: [{ type: 'Json', data: args }] };
}
/** 4.3 tool call typing table. */
function typeGeminiToolCall(name, args) {
    const a = isObject(args) ? args : {};
    const json = argsContent(args);
    switch (name) {
        case 'run_shell_command': {
            const command = typeof a.command === 'string' ? a.command : '';
            if ((0,core_text/* trim */.Bq)(command) !== '') {
                return {
                    eventType: { type: 'ShellCommand', data: { command } },
                    content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
                };
            }
            return { eventType: { type: 'ToolCall', data: { name } }, content: json };
        }
        case 'read_file':
            return {
                eventType: { type: 'FileRead', data: { path: firstSet(a.absolute_path, a.file_path, a.path) ?? 'unknown' } },
                content: json,
            };
        case 'write_file':
            return {
                eventType: { type: 'FileCreate', data: { path: firstSet(a.file_path, a.path) ?? 'unknown' } },
                content: json,
            };
        case 'replace':
        case 'edit': {
            const p = firstSet(a.file_path, a.path) ?? 'unknown';
            const diff = diffFromToolInput(p, a);
            const data = { path: p };
            if (diff !== undefined)
                data.diff = diff;
            return { eventType: { type: 'FileEdit', data }, content: json };
        }
        case 'glob':
            return { eventType: { type: 'FileSearch', data: { pattern: firstSet(a.pattern) ?? '*' } }, content: json };
        case 'search_file_content':
        case 'grep':
        case 'grep_search':
            return { eventType: { type: 'CodeSearch', data: { query: firstSet(a.pattern) ?? '' } }, content: json };
        case 'google_web_search':
        case 'web_search':
            return { eventType: { type: 'WebSearch', data: { query: firstSet(a.query) ?? '' } }, content: json };
        case 'web_fetch': {
            const url = firstSet(a.url);
            if (url !== undefined)
                return { eventType: { type: 'WebFetch', data: { url } }, content: json };
            break;
        }
        default:
            break;
    }
    return { eventType: { type: 'ToolCall', data: { name } }, content: json };
}
/** 4.3 tool result content and exit code. */
function geminiToolResult(result) {
    if (result === undefined || result === null)
        return { content: emptyContent() };
    if (typeof result === 'string') {
        const t = (0,core_text/* trim */.Bq)(result);
        return { content: t === '' ? emptyContent() : textContent(t), exitCode: exitCodeFromText(result) };
    }
    const parts = Array.isArray(result) ? result : isObject(result) ? [result] : undefined;
    if (parts === undefined)
        return { content: { blocks: [{ type: 'Json', data: result }] } };
    const payloads = [];
    const texts = [];
    let exitCode;
    for (const part of parts) {
        if (!isObject(part))
            continue;
        const fr = isObject(part.functionResponse)
            ? part.functionResponse
            : isObject(part.function_response)
                ? part.function_response
                : undefined;
        if (fr !== undefined) {
            const payload = (fr.response !== undefined ? fr.response : fr.result !== undefined ? fr.result : fr);
            payloads.push(payload);
            if (exitCode === undefined && isObject(payload) && typeof payload.output === 'string')
                exitCode = exitCodeFromText(payload.output);
        }
        else if (typeof part.text === 'string') {
            texts.push(part.text);
        }
    }
    if (payloads.length === 1)
        return { content: { blocks: [{ type: 'Json', data: payloads[0] }] }, exitCode };
    if (payloads.length > 1)
        return { content: { blocks: [{ type: 'Json', data: payloads }] }, exitCode };
    if (texts.length > 0) {
        const text = texts.join('\n');
        return { content: textContent(text), exitCode: exitCodeFromText(text) };
    }
    return { content: { blocks: [{ type: 'Json', data: result }] } };
}
/** Maps Gemini messages (final order) to events; keeps only counters and first-wins slots. */
class GeminiMapper {
    builder;
    n = 0;
    model;
    title;
    constructor(builder) {
        this.builder = builder;
    }
    nextId() {
        this.n++;
        return `gemini-${this.n}`;
    }
    map(m) {
        const type = m.type;
        const id = typeof m.id === 'string' && (0,core_text/* trim */.Bq)(m.id) !== '' ? m.id : undefined;
        const ts = parseNativeTimestamp(m.timestamp);
        const base = {};
        setAttr(base, 'source.schema_version', schemaVersion(m));
        setAttr(base, 'source.raw_type', type);
        const role = type === 'user' || type === 'gemini' ? normalizeRoleLabel(type) : undefined;
        if (role !== undefined)
            base['semantic.role'] = role;
        setAttr(base, 'semantic.group_id', id);
        const events = [];
        const make = (eventId, eventType, content, extra) => {
            const ev = {
                event_id: eventId,
                event_type: eventType,
                content,
                attributes: { ...base, ...(extra ?? {}) },
            };
            if (ts !== undefined)
                ev.timestamp = ts;
            events.push(ev);
            return ev;
        };
        const text = geminiContentText(m.content);
        const hasText = (0,core_text/* trim */.Bq)(text) !== '';
        if (type === 'user') {
            if (hasText) {
                const eventId = this.nextId();
                make(id ?? eventId, { type: 'UserMessage' }, textContent(text));
                if (this.title === undefined)
                    this.title = text;
            }
        }
        else if (type === 'gemini') {
            if (this.model === undefined)
                this.model = firstSet(m.model);
            if (Array.isArray(m.thoughts)) {
                for (const th of m.thoughts) {
                    if (!isObject(th))
                        continue;
                    const subject = firstSet(th.subject);
                    const description = firstSet(th.description);
                    const body = subject !== undefined && description !== undefined
                        ? `**${subject}**\n${description}`
                        : (subject ?? description);
                    if (body === undefined)
                        continue;
                    make(this.nextId(), { type: 'Thinking' }, textContent(body));
                }
            }
            if (Array.isArray(m.toolCalls)) {
                m.toolCalls.forEach((tc, i) => {
                    if (!isObject(tc))
                        return;
                    const name = firstSet(tc.name) ?? 'unknown';
                    const callEventId = this.nextId();
                    const callId = firstSet(tc.id) ?? `${id ?? events[0]?.event_id ?? callEventId}-call-${i + 1}`;
                    const kind = inferToolKind(name);
                    const typing = typeGeminiToolCall(name, tc.args);
                    const callAttrs = { 'semantic.call_id': callId, 'semantic.tool_kind': kind };
                    make(callEventId, typing.eventType, typing.content, callAttrs);
                    const { content, exitCode } = geminiToolResult(tc.result);
                    const status = tc.status;
                    const isError = (status !== undefined && status !== null && status !== 'success') ||
                        (exitCode !== undefined && exitCode !== 0);
                    const resultAttrs = { ...callAttrs };
                    if (exitCode !== undefined)
                        resultAttrs.exit_code = exitCode;
                    make(this.nextId(), { type: 'ToolResult', data: { name, is_error: isError, call_id: callId } }, content, resultAttrs);
                });
            }
            if (hasText)
                make(this.nextId(), { type: 'AgentMessage' }, textContent(text));
        }
        else if (type === 'error') {
            if (hasText)
                make(this.nextId(), { type: 'AgentMessage' }, textContent(text), { error: true });
        }
        else {
            return;
        }
        const tokens = isObject(m.tokens) ? m.tokens : undefined;
        if (tokens !== undefined) {
            const counts = {
                input: tokenCount(tokens.input),
                output: tokenCount(tokens.output) + tokenCount(tokens.thoughts),
                cacheRead: tokenCount(tokens.cached),
            };
            if (events.length > 0) {
                addTokenAttributes(events[0].attributes, counts);
            }
            else if (type === 'gemini') {
                const carrier = {};
                if (addTokenAttributes(carrier, counts))
                    make(this.nextId(), { type: 'Custom', data: { kind: 'token_count' } }, emptyContent(), carrier);
            }
        }
        for (const ev of events)
            this.builder.emit(ev);
    }
}
function failure(ctx) {
    return new ParserFailed('gemini', `Failed to parse Gemini session: ${ctx.displayPath}`);
}
async function finish(ctx, builder, mapper, meta, warnings) {
    const start = parseNativeTimestamp(meta.startTime);
    builder.flush(start);
    await builder.drain();
    const attributes = {};
    if (Array.isArray(meta.directories)) {
        const cwd = firstSet(...meta.directories);
        if (cwd !== undefined)
            attributes.cwd = cwd;
    }
    const auxiliary = meta.kind === 'subagent';
    let parentSessionId;
    if (auxiliary) {
        const parentDir = external_path_.basename(external_path_.dirname(ctx.path));
        if (parentDir !== 'chats' && parentDir !== '')
            parentSessionId = parentDir;
    }
    const sessionId = typeof meta.sessionId === 'string' && (0,core_text/* trim */.Bq)(meta.sessionId) !== '' ? meta.sessionId : fileStem(ctx.path);
    const header = builder.header({
        sessionId,
        agent: { provider: 'google', model: mapper.model ?? 'unknown', tool: 'gemini' },
        title: mapper.title !== undefined ? applyTitleRule(mapper.title) : undefined,
        attributes,
        role: auxiliary ? 'auxiliary' : 'primary',
        parentSessionId,
        createdAt: start,
        updatedAt: parseNativeTimestamp(meta.lastUpdated),
        sessionStart: start,
    });
    return { header, eventCount: builder.eventCount, warnings: warnings.render() };
}
async function parseJsonLayout(ctx, sink) {
    let scan;
    try {
        scan = await scanJsonDocument(ctx.path, { arrayKey: 'messages' });
    }
    catch (err) {
        if (err instanceof JsonDocumentError && err.kind === 'utf8')
            throw new ParserFailed('gemini', err.message);
        throw failure(ctx);
    }
    if (scan.rootKind !== 'object' ||
        typeof scan.members.get('sessionId') !== 'string' ||
        scan.memberKinds.get('messages') !== 'array') {
        throw failure(ctx);
    }
    const meta = Object.fromEntries(scan.members);
    const warnings = new FileWarnings(ctx.displayPath, 'message');
    const builder = new SessionBuilder({ sink, tool: 'gemini', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
    const mapper = new GeminiMapper(builder);
    await streamJsonElements(ctx.path, { arrayKey: 'messages' }, (el) => {
        if (el.oversized)
            warnings.oversizedAt(el.index);
        else if (!isObject(el.value) || typeof el.value.type !== 'string')
            warnings.malformedAt(el.index);
        else
            mapper.map(el.value);
        return builder.takePending();
    });
    return finish(ctx, builder, mapper, meta, warnings);
}
async function parseJsonlLayout(ctx, sink) {
    const warnings = new FileWarnings(ctx.displayPath, 'line');
    const index = await buildReplayIndex(ctx.path, warnings);
    const builder = new SessionBuilder({ sink, tool: 'gemini', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
    const mapper = new GeminiMapper(builder);
    for await (const { value } of readIndexedMessages(ctx.path, index)) {
        if (isObject(value) && typeof value.type === 'string')
            mapper.map(value);
        const p = builder.takePending();
        if (p !== undefined)
            await p;
    }
    return finish(ctx, builder, mapper, index.meta, warnings);
}
/** Gemini CLI session file (JSON or JSONL layout, 4.3). */
const geminiParser = {
    id: 'gemini',
    async parse(_path, sink, ctx) {
        if (ctx.path.toLowerCase().endsWith('.jsonl'))
            return parseJsonlLayout(ctx, sink);
        try {
            return await parseJsonLayout(ctx, sink);
        }
        catch (err) {
            if (err instanceof ParserFailed && (await firstLineIsJsonObject(ctx.path)))
                return parseJsonlLayout(ctx, sink);
            throw err;
        }
    },
};

;// CONCATENATED MODULE: ./core/parsers/opencode/index.ts
// OpenCode parser (parsers.md 4.4): session info JSON plus its storage tree
// (`message/<sessionID>/*.json`, `part/<messageID>/*.json`). Child sessions are marked, not merged.











const PARENT_KEYS = [
    'parentID',
    'parentId',
    'parent_id',
    'parentUUID',
    'parent_uuid',
    'parentSessionID',
    'parentSessionId',
    'parentSessionUuid',
    'parent_session_uuid',
];
const PATH_KEYS = [
    'path',
    'file_path',
    'filePath',
    'filepath',
    'target_file',
    'targetFile',
    'target_path',
    'targetPath',
    'file',
    'filename',
];
const RESULT_STATUSES = new Set(['completed', 'complete', 'done', 'error', 'failed']);
const TERMINAL_STATUSES = new Set([...RESULT_STATUSES, 'cancelled', 'canceled']);
const MAX_PATCH_FILES = 8;
const opencode_strictDecoder = new TextDecoder('utf-8', { fatal: true });
/** Reads a small JSON file; `undefined` when unreadable, not UTF-8 or not JSON. */
async function readJsonFile(file) {
    let bytes;
    try {
        bytes = await external_fs_.promises.readFile(file);
    }
    catch {
        return {};
    }
    let text;
    try {
        text = opencode_strictDecoder.decode(bytes);
    }
    catch {
        return { utf8Error: true };
    }
    return { value: parseJsonValue(text) };
}
/** `*.json` file names of a directory, sorted byte-wise; undefined when the directory is missing. */
async function listJson(dir) {
    let names;
    try {
        const entries = await external_fs_.promises.readdir(dir, { withFileTypes: true });
        names = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
    }
    catch {
        return undefined;
    }
    return names.sort(core_text/* compareBytewise */.GV);
}
function timeOf(obj, key) {
    return isObject(obj) ? parseEpochMs(obj[key]) : undefined;
}
/** Depth-first search for the first non-blank string under one of `keys` (checked per object in order). */
function findString(value, match, keys) {
    if (Array.isArray(value)) {
        for (const item of value) {
            const found = findString(item, match, keys);
            if (found !== undefined)
                return found;
        }
        return undefined;
    }
    if (!isObject(value))
        return undefined;
    if (keys !== undefined) {
        for (const k of keys) {
            const v = firstSet(value[k]);
            if (v !== undefined)
                return v;
        }
    }
    else {
        for (const [k, v] of Object.entries(value)) {
            if (match(k)) {
                const s = firstSet(v);
                if (s !== undefined)
                    return s;
            }
        }
    }
    for (const v of Object.values(value)) {
        if (typeof v === 'object' && v !== null) {
            const found = findString(v, match, keys);
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
/** 4.4 path search: the listed keys first, then any key containing `path` or named `file`/`filename`. */
function opencodePath(input) {
    return (findString(input, () => false, PATH_KEYS) ??
        findString(input, (k) => k.toLowerCase().includes('path') || k === 'file' || k === 'filename') ??
        'unknown');
}
function outputText(v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string')
        return (0,core_text/* trim */.Bq)(v) === '' ? undefined : (0,core_text/* trim */.Bq)(v);
    return (0,json/* stringifyOrdered */.Vd)(v);
}
function durationOf(part, state) {
    for (const t of [part.time, state?.time]) {
        if (!isObject(t))
            continue;
        const start = parseEpochMs(t.start);
        const end = parseEpochMs(t.end);
        if (start !== undefined && end !== undefined)
            return durationMs(start, end);
    }
    return undefined;
}
/** 4.4 tool typing for a tool part. */
function toolCallEvent(tool, state) {
    const input = state.input;
    const a = isObject(input) ? input : {};
    const json = input === undefined ? emptyContent() : { blocks: [{ type: 'Json', data: input }] };
    const metadata = isObject(state.metadata) ? state.metadata : {};
    switch (tool) {
        case 'bash':
        case 'shell': {
            const command = findString(input, () => false, ['command', 'cmd', 'script']);
            if (command === undefined)
                return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
            const data = { command };
            const exit = toExitCode(metadata.exit);
            if (exit !== undefined)
                data.exit_code = exit;
            const content = typeof a.command === 'string' ? { blocks: [{ type: 'Code', code: a.command, language: 'bash' }] } : json;
            return { eventType: { type: 'ShellCommand', data }, content };
        }
        case 'edit':
        case 'str_replace_editor': {
            const p = opencodePath(input);
            const diff = typeof metadata.diff === 'string' && metadata.diff !== '' ? metadata.diff : diffFromToolInput(p, input);
            const data = { path: p };
            if (diff !== undefined)
                data.diff = diff;
            return { eventType: { type: 'FileEdit', data }, content: json };
        }
        case 'write':
        case 'create':
            return { eventType: { type: 'FileCreate', data: { path: opencodePath(input) } }, content: json };
        case 'read':
        case 'view':
            return { eventType: { type: 'FileRead', data: { path: opencodePath(input) } }, content: json };
        case 'grep':
        case 'search':
            return {
                eventType: { type: 'CodeSearch', data: { query: firstSet(a.pattern, a.query, a.text, a.regex) ?? '' } },
                content: json,
            };
        case 'glob':
        case 'find':
            return {
                eventType: { type: 'FileSearch', data: { pattern: firstSet(a.pattern, a.path, a.glob) ?? '*' } },
                content: json,
            };
        case 'webfetch':
        case 'web_fetch':
            return { eventType: { type: 'WebFetch', data: { url: firstSet(a.url, a.link) ?? '' } }, content: json };
        case 'websearch':
        case 'web_search':
            return { eventType: { type: 'WebSearch', data: { query: firstSet(a.query, a.q, a.text) ?? '' } }, content: json };
        default:
            return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
    }
}
class OpencodeMapper {
    schema;
    provider;
    model;
    openTasks = [];
    constructor(schema) {
        this.schema = schema;
    }
    base(msgId, rawType) {
        const attrs = {};
        setAttr(attrs, 'source.schema_version', this.schema);
        setAttr(attrs, 'source.raw_type', rawType);
        setAttr(attrs, 'semantic.group_id', msgId);
        return attrs;
    }
    noteModel(msg) {
        if (this.provider === undefined)
            this.provider = msg.provider;
        if (this.model === undefined)
            this.model = msg.model;
    }
    /** Events for one message; `parts` undefined = no part directory. */
    mapMessage(msg, parts) {
        const events = [];
        const msgTs = msg.created;
        const make = (id, eventType, content, rawType, ts, extra) => {
            const ev = {
                event_id: id,
                event_type: eventType,
                content,
                attributes: { ...this.base(msg.id, rawType), ...(extra ?? {}) },
            };
            if (ts !== undefined)
                ev.timestamp = ts;
            events.push(ev);
            return ev;
        };
        const messageType = () => msg.role === 'user' ? { type: 'UserMessage' } : msg.role === 'assistant' ? { type: 'AgentMessage' } : undefined;
        if (parts === undefined) {
            if (msg.role === 'user')
                make(msg.id, { type: 'UserMessage' }, emptyContent(), 'message:no-parts', msgTs);
        }
        else {
            for (const part of parts) {
                const partId = typeof part.id === 'string' ? part.id : '';
                const state = isObject(part.state) ? part.state : undefined;
                const ts = timeOf(part.time, 'start') ?? timeOf(state?.time, 'start') ?? msgTs;
                switch (part.type) {
                    case 'text': {
                        const text = typeof part.text === 'string' ? part.text : '';
                        const et = messageType();
                        if ((0,core_text/* trim */.Bq)(text) === '' || et === undefined)
                            break;
                        const ev = make(partId, et, textContent(text), 'part:text', ts);
                        const d = durationOf(part, state);
                        if (d !== undefined)
                            ev.duration_ms = d;
                        break;
                    }
                    case 'reasoning': {
                        let text = typeof part.text === 'string' ? (0,core_text/* trim */.Bq)(part.text) : '';
                        if (text === '') {
                            const md = isObject(part.metadata) && isObject(part.metadata.openai) ? part.metadata.openai : undefined;
                            if (md !== undefined && firstSet(md.reasoningEncryptedContent) !== undefined)
                                text = 'Encrypted reasoning';
                        }
                        if (text !== '')
                            make(partId, { type: 'Thinking' }, textContent(text), 'part:reasoning', ts);
                        break;
                    }
                    case 'file': {
                        const et = messageType();
                        if (et === undefined)
                            break;
                        const name = firstSet(part.filename, part.url, part.text) ?? 'attached file';
                        make(partId, et, textContent(`Attached file: ${name}`), 'part:file', ts);
                        break;
                    }
                    case 'tool':
                        this.mapTool(part, partId, state ?? {}, ts, make);
                        break;
                    case 'patch': {
                        const files = Array.isArray(part.files)
                            ? part.files.map((f) => (typeof f === 'string' ? (0,core_text/* trim */.Bq)(f) : '')).filter((f) => f !== '')
                            : [];
                        const hash = firstSet(part.hash);
                        if (files.length >= 1 && files.length <= MAX_PATCH_FILES) {
                            files.forEach((file, i) => {
                                const extra = { 'semantic.tool_kind': 'file_write' };
                                if (hash !== undefined)
                                    extra['patch.hash'] = hash;
                                make(`${partId}-patch-${i + 1}`, { type: 'FileEdit', data: { path: file } }, emptyContent(), 'part:patch:file', ts, extra);
                            });
                        }
                        else {
                            const data = { file_count: files.length };
                            if (hash !== undefined)
                                data.hash = hash;
                            if (files.length > 0)
                                data.files_preview = files.slice(0, MAX_PATCH_FILES);
                            if (files.length > MAX_PATCH_FILES)
                                data.truncated = true;
                            make(`${partId}-patch`, { type: 'Custom', data: { kind: 'patch' } }, { blocks: [{ type: 'Json', data }] }, 'part:patch:summary', ts);
                        }
                        break;
                    }
                    default:
                        break;
                }
            }
        }
        if (msg.role === 'assistant' && isObject(msg.tokens)) {
            const t = msg.tokens;
            const cache = isObject(t.cache) ? t.cache : {};
            const attrs = {};
            addTokenAttributes(attrs, {
                input: tokenCount(t.input) + tokenCount(cache.read) + tokenCount(cache.write),
                output: tokenCount(t.output),
                cacheRead: tokenCount(cache.read),
                cacheCreation: tokenCount(cache.write),
            });
            if (tokenCount(t.reasoning) > 0)
                attrs.reasoning_tokens = tokenCount(t.reasoning);
            if (Object.keys(attrs).length > 0) {
                if (events.length > 0)
                    Object.assign(events[0].attributes, attrs);
                else
                    make(`${msg.id}-usage`, { type: 'Custom', data: { kind: 'token_count' } }, emptyContent(), 'message:usage', msgTs, attrs);
            }
        }
        return events;
    }
    mapTool(part, partId, state, ts, make) {
        const tool = firstSet(part.tool) ?? 'unknown';
        const status = firstSet(state.status)?.toLowerCase() ?? 'unknown';
        const call = firstSet(part.callID);
        const callId = call ?? `${partId}-call`;
        const taskId = call ?? `opencode-task-${partId}`;
        const kind = inferToolKind(tool);
        const title = firstSet(state.title);
        const start = make(`${partId}-task-start`, { type: 'TaskStart', data: { title: title ?? tool } }, emptyContent(), 'part:tool-task-start', ts, {
            'semantic.tool_kind': kind,
        });
        setAttr(start.attributes, 'semantic.call_id', call);
        start.task_id = taskId;
        const typing = toolCallEvent(tool, state);
        const callEv = make(`${partId}-call`, typing.eventType, typing.content, 'part:tool-call', ts, {
            'semantic.call_id': callId,
            'semantic.tool_kind': kind,
        });
        callEv.task_id = taskId;
        const d = durationOf(part, state);
        if (d !== undefined)
            callEv.duration_ms = d;
        if (RESULT_STATUSES.has(status)) {
            const metadata = isObject(state.metadata) ? state.metadata : {};
            const output = outputText(state.output) ?? outputText(state.error) ?? outputText(metadata.output) ?? '';
            const exit = toExitCode(metadata.exit);
            const isError = status === 'error' || status === 'failed' || (exit !== undefined && exit !== 0);
            const extra = { 'semantic.call_id': callId };
            if (exit !== undefined)
                extra.exit_code = exit;
            const res = make(`${partId}-result`, { type: 'ToolResult', data: { name: tool, is_error: isError, call_id: callId } }, textContent(output), 'part:tool-result', ts, extra);
            res.task_id = taskId;
        }
        if (TERMINAL_STATUSES.has(status)) {
            const summary = title ?? (status === 'error' || status === 'failed' ? `${tool} failed` : `${tool} ${status}`);
            const end = make(`${partId}-task-end`, { type: 'TaskEnd', data: { summary } }, emptyContent(), 'part:tool-task-end', ts);
            end.task_id = taskId;
        }
        else {
            this.openTasks.push({ partId, taskId });
        }
    }
}
function partSortKey(part) {
    return timeOf(part.time, 'start') ?? timeOf(isObject(part.state) ? part.state.time : undefined, 'start') ?? 0n;
}
async function readParts(dir, display) {
    const warnings = new FileWarnings(display, 'message');
    const names = (await listJson(dir)) ?? [];
    const parts = [];
    for (let i = 0; i < names.length; i++) {
        const { value } = await readJsonFile(external_path_.join(dir, names[i]));
        if (!isObject(value)) {
            warnings.malformedAt(i + 1);
            continue;
        }
        parts.push({ part: value, name: names[i], key: partSortKey(value) });
    }
    parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : (0,core_text/* compareBytewise */.GV)(a.name, b.name)));
    return { parts: parts.map((p) => p.part), warnings };
}
async function isDir(p) {
    try {
        return (await external_fs_.promises.stat(p)).isDirectory();
    }
    catch {
        return false;
    }
}
/** 4.4 parts directory: `part/<id>`, else `part/<id without msg_>` or `part/msg_<id>`. */
async function partsDirFor(storage, msgId) {
    const primary = external_path_.join(storage, 'part', msgId);
    if (await isDir(primary))
        return primary;
    const alt = external_path_.join(storage, 'part', msgId.startsWith('msg_') ? msgId.slice(4) : `msg_${msgId}`);
    if (await isDir(alt))
        return alt;
    return undefined;
}
/**
 * amendments-2 A4: the older layout keeps parts flat as `storage/part/prt_*.json`; they are grouped by their
 * `messageID` (only those of this session when a part names its `sessionID`), each group in part order.
 */
async function readFlatParts(storage, sessionId, display) {
    const dir = external_path_.join(storage, 'part');
    const names = ((await listJson(dir)) ?? []).filter((n) => n.startsWith('prt_'));
    const warnings = new FileWarnings(display, 'message');
    const groups = new Map();
    for (let i = 0; i < names.length; i++) {
        const { value } = await readJsonFile(external_path_.join(dir, names[i]));
        if (!isObject(value) || typeof value.messageID !== 'string') {
            warnings.malformedAt(i + 1);
            continue;
        }
        if (typeof value.sessionID === 'string' && value.sessionID !== sessionId)
            continue;
        let g = groups.get(value.messageID);
        if (g === undefined)
            groups.set(value.messageID, (g = []));
        g.push({ part: value, name: names[i], key: partSortKey(value) });
    }
    const byMessage = new Map();
    for (const [id, g] of groups) {
        g.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : (0,core_text/* compareBytewise */.GV)(a.name, b.name)));
        byMessage.set(id, g.map((p) => p.part));
    }
    return { byMessage, warnings: warnings.render() };
}
const opencodeParser = {
    id: 'opencode',
    async parse(_path, sink, ctx) {
        const dir = external_path_.dirname(ctx.path);
        const parent = external_path_.dirname(dir);
        const storage = external_path_.dirname(parent);
        if (parent === dir || storage === parent)
            throw new ParserFailed('opencode', 'Invalid info path structure');
        const infoRead = await readJsonFile(ctx.path);
        if (infoRead.utf8Error)
            throw new ParserFailed('opencode', 'input is not valid UTF-8 text');
        const info = infoRead.value;
        if (!isObject(info) || typeof info.id !== 'string') {
            throw new ParserFailed('opencode', `Failed to parse OpenCode session info: ${ctx.displayPath}`);
        }
        const sessionId = info.id;
        const version = firstSet(info.version);
        const schema = version ?? 'opencode-unknown';
        const created = timeOf(info.time, 'created');
        const updated = timeOf(info.time, 'updated');
        const builder = new SessionBuilder({ sink, tool: 'opencode', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
        const mapper = new OpencodeMapper(schema);
        const allWarnings = [];
        // Messages: small metadata records, sorted by time.created then file name.
        const messageDir = external_path_.join(storage, 'message', sessionId);
        const messageDisplay = (0,fs/* siblingDisplay */.lm)(ctx, external_path_.join('..', '..', 'message', sessionId));
        const messageWarnings = new FileWarnings(messageDisplay, 'message');
        const names = (await listJson(messageDir)) ?? [];
        const messages = [];
        for (let i = 0; i < names.length; i++) {
            const { value } = await readJsonFile(external_path_.join(messageDir, names[i]));
            if (!isObject(value) || typeof value.id !== 'string') {
                messageWarnings.malformedAt(i + 1);
                continue;
            }
            const createdAt = timeOf(value.time, 'created');
            const nested = isObject(value.model) ? value.model : {};
            messages.push({
                id: value.id,
                role: typeof value.role === 'string' ? value.role : '',
                created: createdAt,
                sortKey: createdAt ?? 0n,
                fileName: names[i],
                provider: firstSet(value.providerID, value.providerId) ?? firstSet(nested.providerID, nested.providerId),
                model: firstSet(value.modelID, value.modelId) ?? firstSet(nested.modelID, nested.modelId),
                tokens: isObject(value.tokens) ? value.tokens : undefined,
            });
        }
        messages.sort((a, b) => a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : (0,core_text/* compareBytewise */.GV)(a.fileName, b.fileName));
        allWarnings.push(...messageWarnings.render());
        const flat = await readFlatParts(storage, sessionId, (0,fs/* siblingDisplay */.lm)(ctx, external_path_.join('..', '..', 'part')));
        allWarnings.push(...flat.warnings);
        for (const msg of messages) {
            mapper.noteModel(msg);
            const partsDir = await partsDirFor(storage, msg.id);
            let parts = flat.byMessage.get(msg.id);
            if (partsDir !== undefined && parts === undefined) {
                const read = await readParts(partsDir, (0,fs/* siblingDisplay */.lm)(ctx, external_path_.join('..', '..', 'part', external_path_.basename(partsDir))));
                parts = read.parts;
                allWarnings.push(...read.warnings.render());
            }
            for (const ev of mapper.mapMessage(msg, parts))
                builder.emit(ev);
            await builder.drain();
        }
        builder.flush(created);
        const lastTs = builder.lastTimestamp;
        for (const task of mapper.openTasks) {
            const ev = {
                event_id: `${task.partId}-task-end-eof`,
                event_type: { type: 'TaskEnd', data: { summary: 'closed at EOF' } },
                task_id: task.taskId,
                content: emptyContent(),
                attributes: {
                    'source.schema_version': schema,
                    'source.raw_type': 'synthetic:task-end',
                    'semantic.group_id': task.taskId,
                    'semantic.tool_kind': 'task',
                },
            };
            if (lastTs !== undefined)
                ev.timestamp = lastTs;
            builder.emit(ev);
        }
        await builder.drain();
        const attributes = {};
        setAttr(attributes, 'cwd', firstSet(info.directory));
        let parentId;
        for (const k of PARENT_KEYS) {
            parentId = firstSet(info[k]);
            if (parentId !== undefined)
                break;
        }
        const auxiliary = parentId !== undefined && parentId !== sessionId;
        const agent = {
            provider: mapper.provider ?? 'unknown',
            model: mapper.model ?? 'unknown',
            tool: 'opencode',
        };
        if (version !== undefined)
            agent.tool_version = version;
        const header = builder.header({
            sessionId,
            agent,
            title: typeof info.title === 'string' ? info.title : undefined,
            attributes,
            role: auxiliary ? 'auxiliary' : 'primary',
            parentSessionId: auxiliary ? parentId : undefined,
            createdAt: created,
            updatedAt: updated,
            sessionStart: created,
        });
        return { header, eventCount: builder.eventCount, warnings: allWarnings };
    },
};

;// CONCATENATED MODULE: ./core/parsers/cursor/index.ts
// Cursor parser (parsers.md 4.5): `state.vscdb` SQLite read-only through node-sqlite3-wasm (pages are read
// on demand, so large global databases stay within bounded memory). One composer conversation per parse.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the real fs module object (see withoutLockDir)
const nodeFs = __webpack_require__(9896);







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
const cursor_RESULT_STATUSES = new Set(['completed', 'error', 'failed', 'done']);
const BASE64ISH = /^[A-Za-z0-9+/]+={0,2}$/;
/**
 * node-sqlite3-wasm's file VFS "locks" by creating and removing a `<db>.lock` directory beside the
 * database, even for reads. Parsers must not write next to agent files (2.1), and Cursor's own SQLite
 * never looks at that directory, so the lock is a no-op for us: while a (synchronous) SQLite call runs,
 * mkdir/rmdir of exactly that path are skipped. `nodeFs` is the real module object the package uses.
 */
function withoutLockDir(lockDir, fn) {
    const { mkdirSync, rmdirSync } = nodeFs;
    nodeFs.mkdirSync = ((p, ...rest) => String(p) === lockDir
        ? undefined
        : mkdirSync(p, ...rest));
    nodeFs.rmdirSync = ((p, ...rest) => String(p) === lockDir
        ? undefined
        : rmdirSync(p, ...rest));
    try {
        return fn();
    }
    finally {
        nodeFs.mkdirSync = mkdirSync;
        nodeFs.rmdirSync = rmdirSync;
    }
}
/** Loaded on first use, so bundles that never parse Cursor do not need the .wasm file. */
function loadSqlite() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return __webpack_require__(1183);
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
        const lockDir = `${external_path_.resolve(file)}.lock`;
        const { Database: Db } = loadSqlite();
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
        return parseJsonValue(v);
    if (v instanceof Uint8Array)
        return parseJsonValue(Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8'));
    return undefined;
}
/** RFC 3339, naive UTC, or epoch ms (number or digit string). */
function instantOf(v) {
    return parseEpochMs(v) ?? parseNativeTimestamp(v);
}
function describe(value, source) {
    const composerId = firstSet(value.composerId);
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
            if (!isObject(value))
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
    if (!isObject(value) || !Array.isArray(value.allComposers))
        return [];
    const seen = new Set();
    const out = [];
    for (const entry of value.allComposers) {
        if (!isObject(entry))
            continue;
        const id = firstSet(entry.composerId);
        if (id === undefined || seen.has(id))
            continue;
        seen.add(id);
        out.push(entry);
    }
    return out;
}
/** `<User>/globalStorage/state.vscdb` for a `<User>/workspaceStorage/<hash>/state.vscdb` path. */
function globalDbFor(file) {
    const hashDir = external_path_.dirname(file);
    const ws = external_path_.dirname(hashDir);
    if (external_path_.basename(ws) !== 'workspaceStorage')
        return undefined;
    return external_path_.join(external_path_.dirname(ws), 'globalStorage', 'state.vscdb');
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
    const name = firstSet(tfd.name);
    if (typeof tfd.tool === 'number')
        return TOOL_NAMES[tfd.tool] ?? name ?? `tool_${tfd.tool}`;
    return name ?? 'unknown_tool';
}
function parseArgs(raw) {
    if (typeof raw !== 'string' || (0,core_text/* trim */.Bq)(raw) === '')
        return null;
    const parsed = parseJsonValue(raw);
    return parsed !== undefined ? parsed : { raw };
}
function callEvent(tool, args) {
    const a = isObject(args) ? args : {};
    const json = { blocks: [{ type: 'Json', data: args }] };
    switch (tool) {
        case 'edit_file':
        case 'reapply':
            return { eventType: { type: 'FileEdit', data: { path: firstSet(a.target_file) ?? 'unknown' } }, content: json };
        case 'read_file':
            return {
                eventType: { type: 'FileRead', data: { path: firstSet(a.target_file, a.file_path) ?? 'unknown' } },
                content: json,
            };
        case 'list_dir':
            return {
                eventType: {
                    type: 'ToolCall',
                    data: { name: `list_dir: ${firstSet(a.relative_workspace_path, a.path) ?? '.'}` },
                },
                content: json,
            };
        case 'run_terminal_cmd': {
            const command = typeof a.command === 'string' ? a.command : undefined;
            const shell = shellEventType(command, tool);
            return shell.shell
                ? { eventType: shell.eventType, content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] } }
                : { eventType: shell.eventType, content: json };
        }
        case 'grep_search':
            return {
                eventType: { type: 'CodeSearch', data: { query: firstSet(a.query, a.search_term) ?? '' } },
                content: json,
            };
        case 'file_search':
            return {
                eventType: { type: 'FileSearch', data: { pattern: firstSet(a.query, a.pattern) ?? '*' } },
                content: json,
            };
        case 'web_search':
            return {
                eventType: { type: 'WebSearch', data: { query: firstSet(a.query, a.search_query) ?? '' } },
                content: json,
            };
        default:
            return { eventType: { type: 'ToolCall', data: { name: tool } }, content: json };
    }
}
/** 4.5 tool result content (and an exit code read from plain text or `output`). */
function resultContent(raw) {
    if ((0,core_text/* trim */.Bq)(raw) === '')
        return { content: emptyContent() };
    const parsed = parseJsonValue(raw);
    if (parsed === undefined)
        return { content: textContent((0,core_text/* trim */.Bq)(raw)), exitCode: exitCodeFromText(raw) };
    if (isObject(parsed) && parsed.diff !== undefined) {
        const blocks = [];
        if (parsed.isApplied === true)
            blocks.push({ type: 'Text', text: 'Applied' });
        blocks.push({ type: 'Json', data: parsed.diff });
        return { content: { blocks } };
    }
    if (isObject(parsed) && typeof parsed.output === 'string') {
        return {
            content: { blocks: [{ type: 'Code', code: parsed.output, language: 'text' }] },
            exitCode: exitCodeFromText(parsed.output),
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
        const bid = firstSet(bubble.bubbleId) ?? `bubble-${this.c}`;
        const timing = isObject(bubble.timingInfo) ? bubble.timingInfo : {};
        const start = parseEpochMs(timing.clientStartTime) ?? parseEpochMs(timing.startTime);
        const end = parseEpochMs(timing.clientEndTime) ?? parseEpochMs(timing.endTime);
        const ts = start ?? this.created + BigInt(this.c) * 100n * MS;
        const duration = start !== undefined && end !== undefined && end > start ? Number((end - start) / MS) : undefined;
        this.model ??= firstSet(bubble.modelType);
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
        const text = typeof bubble.text === 'string' ? (0,core_text/* trim */.Bq)(bubble.text) : '';
        if (bubble.type === 1) {
            if (text !== '')
                emit(`${bid}-user`, { type: 'UserMessage' }, textContent(text), 'bubble:user_message');
            return;
        }
        if (bubble.type !== 2)
            return;
        const thinking = isObject(bubble.thinking) ? bubble.thinking : undefined;
        if (thinking !== undefined) {
            const signature = firstSet(thinking.signature);
            if (signature !== undefined &&
                this.signatureModel === undefined &&
                Array.from(signature).length <= 64 &&
                !BASE64ISH.test(signature)) {
                this.signatureModel = signature;
            }
            const thinkingText = typeof thinking.text === 'string' ? (0,core_text/* trim */.Bq)(thinking.text) : '';
            if (thinkingText !== '') {
                const extra = {};
                setAttr(extra, 'signature', signature);
                emit(`${bid}-thinking`, { type: 'Thinking' }, textContent(thinkingText), 'bubble:thinking', extra);
            }
        }
        const tfd = isObject(bubble.toolFormerData) ? bubble.toolFormerData : undefined;
        if (tfd !== undefined) {
            const tool = toolName(tfd);
            const name = firstSet(tfd.name);
            const status = firstSet(tfd.status);
            const args = parseArgs(tfd.rawArgs);
            const taskId = `cursor-task-${bid}`;
            const callId = `${bid}-call`;
            const kind = inferToolKind(tool);
            emit(`${bid}-task-start`, { type: 'TaskStart', data: { title: name ?? tool } }, emptyContent(), 'bubble:tool-task-start', {}, taskId);
            const typing = callEvent(tool, args);
            const callAttrs = { 'semantic.call_id': callId, 'semantic.tool_kind': kind };
            setAttr(callAttrs, 'status', status);
            setAttr(callAttrs, 'user_decision', firstSet(tfd.userDecision));
            emit(callId, typing.eventType, typing.content, 'bubble:tool-call', callAttrs, taskId);
            const rawResult = typeof tfd.result === 'string' && (0,core_text/* trim */.Bq)(tfd.result) !== '' ? tfd.result : text;
            if ((0,core_text/* trim */.Bq)(rawResult) !== '' || (status !== undefined && cursor_RESULT_STATUSES.has(status))) {
                const { content, exitCode } = resultContent(rawResult);
                const isError = status === 'error' || status === 'failed' || (exitCode !== undefined && exitCode !== 0);
                const resultAttrs = { 'semantic.call_id': callId };
                if (exitCode !== undefined)
                    resultAttrs.exit_code = exitCode;
                emit(`${bid}-result`, { type: 'ToolResult', data: { name: tool, is_error: isError, call_id: callId } }, content, 'bubble:tool-result', resultAttrs, taskId);
            }
            const summary = status !== undefined ? `${tool} ${status}` : `${tool} finished`;
            emit(`${bid}-task-end`, { type: 'TaskEnd', data: { summary } }, emptyContent(), 'bubble:tool-task-end', {}, taskId);
            return;
        }
        if (text !== '') {
            const extra = {};
            setAttr(extra, 'model', firstSet(bubble.modelType));
            emit(`${bid}-agent`, { type: 'AgentMessage' }, textContent(text), 'bubble:agent_message', extra);
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
        value = isObject(v) ? v : undefined;
    }
    if (value === undefined)
        return;
    const headers = Array.isArray(value.fullConversationHeadersOnly) ? value.fullConversationHeadersOnly : undefined;
    if (conv.version >= 3 && headers !== undefined && !('inline' in conv.source)) {
        const { db, table } = conv.source;
        for (const h of headers) {
            const bubbleId = isObject(h) ? firstSet(h.bubbleId) : undefined;
            if (bubbleId === undefined)
                continue;
            const bubble = db.get(table, `bubbleId:${conv.composerId}:${bubbleId}`);
            if (isObject(bubble))
                yield bubble;
        }
        return;
    }
    if (Array.isArray(value.conversation))
        for (const b of value.conversation)
            if (isObject(b))
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
            throw new ParserFailed('cursor', `cannot open cursor database ${display}: ${err instanceof Error ? err.message : String(err)}`);
        }
        const others = [];
        try {
            if (db.tables.size === 0)
                throw new ParserFailed('cursor', 'No cursorDiskKV or ItemTable table found in database');
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
                const missing = new Set(index.map((e) => firstSet(e.composerId)).filter((id) => !conversations.has(id)));
                if (missing.size > 0 && nodeFs.existsSync(globalPath)) {
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
                const conv = conversations.get(firstSet(entry.composerId));
                if (conv === undefined)
                    continue;
                if (conv.name === undefined && typeof entry.name === 'string')
                    conv.name = entry.name;
                conv.createdAt ??= entry.createdAt ?? undefined;
                conv.lastUpdatedAt ??= entry.lastUpdatedAt ?? undefined;
            }
            const candidates = [...conversations.values()].filter((c) => c.bubbleCount > 0);
            if (candidates.length === 0)
                throw new ParserFailed('cursor', `No composer conversations found in ${display}`);
            let selected;
            const wanted = ctx.options.sessionId;
            if (wanted !== undefined) {
                selected = candidates.find((c) => c.composerId === wanted);
                if (selected === undefined)
                    throw new ParserFailed('cursor', `conversation ${wanted} not found in ${display}`);
            }
            else {
                selected = candidates.reduce((best, c) => (compareConversations(c, best) > 0 ? c : best));
            }
            const warnings = new FileWarnings(display, 'message');
            if (candidates.length > 1) {
                warnings.add(`${candidates.length} conversations in ${display}; parsed ${selected.composerId}; use --session-id to choose another`);
            }
            const created = instantOf(selected.createdAt) ?? ctx.mtime;
            const updated = instantOf(selected.lastUpdatedAt) ?? created;
            const builder = new SessionBuilder({ sink, tool: 'cursor', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
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

;// CONCATENATED MODULE: ./core/parsers/cline/index.ts
// Cline parser (parsers.md 4.6): `<task dir>/api_conversation_history.json` streamed one message at a
// time, plus `ui_messages.json` (timestamps, model fallback) and `taskHistory.json` (title).











const RESULT_PREFIX = /^\[(\w+)(?: for '([^']*)')?\]\s+Result:\n?/;
const PATH_TOOLS = new Set([
    'read_file',
    'write_to_file',
    'insert_content',
    'apply_diff',
    'replace_in_file',
    'search_and_replace',
]);
const EDIT_TOOLS = new Set(['insert_content', 'apply_diff', 'replace_in_file', 'search_and_replace']);
const cline_MS = 1000000n;
async function exists(p) {
    try {
        await external_fs_.promises.access(p);
        return true;
    }
    catch {
        return false;
    }
}
/** Streams `ui_messages.json`: first/last `ts` and the first `modelInfo`. Unreadable → empty summary. */
async function readUiMessages(file) {
    const summary = {};
    if (!(await exists(file)))
        return summary;
    try {
        const scan = await scanJsonDocument(file);
        if (scan.rootKind !== 'array')
            return summary;
        await streamJsonElements(file, {}, (el) => {
            if (!isObject(el.value))
                return;
            const ts = parseEpochMs(el.value.ts);
            if (ts !== undefined) {
                if (summary.first === undefined)
                    summary.first = ts;
                summary.last = ts;
            }
            const mi = el.value.modelInfo;
            if (isObject(mi)) {
                summary.provider ??= firstSet(mi.providerId);
                summary.model ??= firstSet(mi.modelId);
            }
        });
    }
    catch {
        return {};
    }
    return summary;
}
/** Title from `taskHistory.json` (`<tasks>/../../state/`, then `<tasks>/../state/`). */
async function readTaskTitle(taskDir) {
    const tasks = external_path_.dirname(taskDir);
    const id = external_path_.basename(taskDir);
    for (const file of [
        external_path_.join(tasks, '..', '..', 'state', 'taskHistory.json'),
        external_path_.join(tasks, '..', 'state', 'taskHistory.json'),
    ]) {
        if (!(await exists(file)))
            continue;
        let title;
        try {
            const scan = await scanJsonDocument(file);
            if (scan.rootKind !== 'array')
                continue;
            await streamJsonElements(file, {}, (el) => {
                if (title === undefined && isObject(el.value) && el.value.id === id && typeof el.value.task === 'string')
                    title = el.value.task;
            });
        }
        catch {
            continue;
        }
        if (title !== undefined)
            return title;
    }
    return undefined;
}
function toolResultText(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content)) {
        const texts = content
            .filter((c) => isObject(c) && c.type === 'text' && typeof c.text === 'string')
            .map((c) => c.text);
        if (texts.length > 0)
            return texts.join('\n');
    }
    return content === undefined ? '' : (0,json/* stringifyOrdered */.Vd)(content);
}
function optionsOf(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string') {
        const parsed = parseJsonValue(v);
        if (Array.isArray(parsed))
            return parsed;
    }
    return undefined;
}
class ClineMapper {
    builder;
    n = 0;
    calls = [];
    byId = new Map();
    lastToolName;
    provider;
    model;
    constructor(builder) {
        this.builder = builder;
    }
    nextId() {
        this.n++;
        return `cline-${this.n}`;
    }
    emit(ts, eventType, content, attributes = {}, id) {
        const ev = { event_id: id ?? this.nextId(), timestamp: ts, event_type: eventType, content, attributes };
        this.builder.emit(ev);
    }
    result(ts, name, call, callIdOverride, raw, filePath) {
        const callId = callIdOverride ?? call?.callId;
        const exitCode = exitCodeFromText(raw);
        const data = {
            name,
            is_error: exitCode !== undefined && exitCode !== 0,
        };
        const attrs = {};
        if (callId !== undefined) {
            data.call_id = callId;
            attrs['semantic.call_id'] = callId;
        }
        if (exitCode !== undefined)
            attrs.exit_code = exitCode;
        this.emit(ts, { type: 'ToolResult', data }, buildToolResultContent(raw, { name, filePath }), attrs);
    }
    /** 2.12 for a result without a usable id: most recent open call, else the most recent call. */
    latestCall() {
        for (let i = this.calls.length - 1; i >= 0; i--)
            if (this.calls[i].open)
                return this.calls[i];
        return this.calls[this.calls.length - 1];
    }
    map(msg, ts) {
        const role = msg.role;
        const content = msg.content;
        if (isObject(msg.modelInfo)) {
            this.provider ??= firstSet(msg.modelInfo.providerId);
            this.model ??= firstSet(msg.modelInfo.modelId);
        }
        for (const block of content) {
            if (!isObject(block))
                continue;
            if (role === 'user')
                this.mapUserBlock(block, ts);
            else if (role === 'assistant')
                this.mapAssistantBlock(block, ts);
        }
    }
    mapUserBlock(block, ts) {
        if (block.type === 'tool_result') {
            const id = firstSet(block.tool_use_id);
            const known = id !== undefined ? this.byId.get(id) : undefined;
            const call = id !== undefined ? known : this.latestCall();
            if (call !== undefined)
                call.open = false;
            const name = known?.name ?? this.lastToolName ?? 'unknown';
            this.result(ts, name, call, id, toolResultText(block.content), known?.path ?? (id === undefined ? call?.path : undefined));
            return;
        }
        if (block.type !== 'text' || typeof block.text !== 'string')
            return;
        const text = block.text;
        if ((0,core_text/* trim */.Bq)(text) === '' || text.startsWith('<environment_details>') || text.includes('# task_progress'))
            return;
        if (text.startsWith('<task>')) {
            const task = extractTagContent(text, 'task');
            if (task !== undefined)
                this.emit(ts, { type: 'UserMessage' }, textContent(task));
            return;
        }
        const m = RESULT_PREFIX.exec(text);
        if (m) {
            const tool = m[1];
            if (tool === 'plan_mode_respond' || text.includes('<user_message>')) {
                const um = extractTagContent(text, 'user_message');
                if (um !== undefined)
                    this.emit(ts, { type: 'UserMessage' }, textContent(um));
                return;
            }
            const name = canonicalToolName(tool);
            let call;
            for (let i = this.calls.length - 1; i >= 0; i--) {
                if (this.calls[i].open && this.calls[i].name === name) {
                    call = this.calls[i];
                    break;
                }
            }
            if (call !== undefined)
                call.open = false;
            this.result(ts, name, call, undefined, text.slice(m[0].length), m[2]);
            return;
        }
        if (text.includes('<user_message>')) {
            const um = extractTagContent(text, 'user_message');
            if (um !== undefined)
                this.emit(ts, { type: 'UserMessage' }, textContent(um));
            return;
        }
        const cleaned = stripSystemReminders(text);
        if (cleaned !== '')
            this.emit(ts, { type: 'UserMessage' }, textContent(cleaned));
    }
    mapAssistantBlock(block, ts) {
        if (block.type === 'text') {
            if (typeof block.text === 'string' && (0,core_text/* trim */.Bq)(block.text) !== '')
                this.emit(ts, { type: 'AgentMessage' }, textContent(block.text));
            return;
        }
        if (block.type === 'thinking') {
            if (typeof block.thinking === 'string' && (0,core_text/* trim */.Bq)(block.thinking) !== '')
                this.emit(ts, { type: 'Thinking' }, textContent(block.thinking));
            return;
        }
        if (block.type !== 'tool_use')
            return;
        const rawName = typeof block.name === 'string' ? (0,core_text/* trim */.Bq)(block.name) : '';
        const input = isObject(block.input) ? block.input : {};
        const inputJson = (block.input ?? {});
        if (rawName === 'attempt_completion' || rawName === 'plan_mode_respond') {
            const text = rawName === 'attempt_completion' ? input.result : input.response;
            if (typeof text === 'string' && (0,core_text/* trim */.Bq)(text) !== '')
                this.emit(ts, { type: 'AgentMessage' }, textContent(text));
            return;
        }
        const name = canonicalToolName(rawName) || 'unknown';
        const eventId = this.nextId();
        const callId = firstSet(block.id) ?? eventId;
        const filePath = PATH_TOOLS.has(rawName) ? (firstSet(input.path) ?? 'unknown') : undefined;
        const record = { callId, name, path: filePath, open: true };
        this.calls.push(record);
        this.byId.set(callId, record);
        this.lastToolName = name;
        const attrs = { 'semantic.call_id': callId, 'semantic.tool_kind': inferToolKind(rawName) };
        const json = { blocks: [{ type: 'Json', data: inputJson }] };
        let eventType;
        let content = json;
        if (rawName === 'execute_command' || rawName === 'spawn_process') {
            const command = typeof input.command === 'string' ? input.command : undefined;
            const shell = shellEventType(command, name);
            eventType = shell.eventType;
            if (shell.shell)
                content = { blocks: [{ type: 'Code', code: command, language: 'bash' }] };
        }
        else if (rawName === 'write_to_file') {
            eventType = { type: 'FileCreate', data: { path: filePath } };
        }
        else if (EDIT_TOOLS.has(rawName)) {
            eventType = { type: 'FileEdit', data: { path: filePath } };
        }
        else if (rawName === 'read_file') {
            eventType = { type: 'FileRead', data: { path: filePath } };
        }
        else if (rawName === 'search_files' || rawName === 'find_references') {
            eventType = { type: 'CodeSearch', data: { query: firstSet(input.regex, input.content_pattern) ?? '' } };
        }
        else if (rawName === 'list_files') {
            eventType = { type: 'FileSearch', data: { pattern: firstSet(input.path) ?? '.' } };
        }
        else if (isInteractiveTool(rawName)) {
            eventType = { type: 'ToolCall', data: { name: 'request_user_input' } };
            const question = {
                id: 'question',
                question: typeof input.question === 'string' ? input.question : '',
            };
            const options = optionsOf(input.options);
            if (options !== undefined)
                question.options = options;
            content = { blocks: [{ type: 'Json', data: { questions: [question] } }] };
        }
        else {
            eventType = { type: 'ToolCall', data: { name } };
        }
        this.emit(ts, eventType, content, attrs, eventId);
    }
}
const clineParser = {
    id: 'cline',
    async parse(_path, sink, ctx) {
        let scan;
        try {
            scan = await scanJsonDocument(ctx.path);
        }
        catch (err) {
            if (err instanceof JsonDocumentError && err.kind === 'utf8')
                throw new ParserFailed('cline', err.message);
            throw new ParserFailed('cline', 'Failed to parse api_conversation_history.json');
        }
        if (scan.rootKind !== 'array')
            throw new ParserFailed('cline', 'Failed to parse api_conversation_history.json');
        const taskDir = external_path_.dirname(ctx.path);
        const taskId = external_path_.basename(taskDir);
        const ui = await readUiMessages(external_path_.join(taskDir, 'ui_messages.json'));
        const title = await readTaskTitle(taskDir);
        const base = ui.first ?? (/^\d+$/.test(taskId) ? BigInt(taskId) * cline_MS : ctx.mtime);
        const warnings = new FileWarnings(ctx.displayPath, 'message');
        const builder = new SessionBuilder({ sink, tool: 'cline', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
        const mapper = new ClineMapper(builder);
        await streamJsonElements(ctx.path, {}, (el) => {
            if (el.oversized)
                warnings.oversizedAt(el.index);
            else if (!isObject(el.value) || !Array.isArray(el.value.content))
                warnings.malformedAt(el.index);
            else
                mapper.map(el.value, base + BigInt(el.index - 1) * 100n * cline_MS);
            return builder.takePending();
        });
        builder.flush();
        await builder.drain();
        const header = builder.header({
            sessionId: taskId,
            agent: {
                provider: mapper.provider ?? ui.provider ?? 'unknown',
                model: mapper.model ?? ui.model ?? 'unknown',
                tool: 'cline',
            },
            title,
            createdAt: ui.first,
            updatedAt: ui.last,
        });
        return { header, eventCount: builder.eventCount, warnings: warnings.render() };
    },
};

;// CONCATENATED MODULE: ./core/parsers/amp/index.ts








const amp_MS = 1000000n;
/** Provider inferred from a model name (4.7). */
function ampProvider(model) {
    const m = model.toLowerCase();
    if (m.includes('claude'))
        return 'anthropic';
    if (m.includes('gpt') || m.includes('o1') || m.includes('o3'))
        return 'openai';
    if (m.includes('gemini'))
        return 'google';
    return 'unknown';
}
/** 4.7 tool_use typing. */
function typeAmpTool(name, input) {
    const a = isObject(input) ? input : {};
    const json = { blocks: [{ type: 'Json', data: (input ?? {}) }] };
    const filePath = () => firstSet(a.path, a.file_path) ?? 'unknown';
    switch (name) {
        case 'Bash':
        case 'bash':
        case 'Terminal': {
            const command = typeof a.cmd === 'string' && (0,core_text/* trim */.Bq)(a.cmd) !== ''
                ? a.cmd
                : typeof a.command === 'string'
                    ? a.command
                    : typeof a.cmd === 'string'
                        ? a.cmd
                        : undefined;
            const shell = shellEventType(command, name);
            return shell.shell
                ? { eventType: shell.eventType, content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] } }
                : { eventType: shell.eventType, content: json };
        }
        case 'Edit':
        case 'edit':
        case 'edit_file':
        case 'str_replace_editor': {
            const p = filePath();
            const diff = diffFromToolInput(p, input);
            const data = { path: p };
            if (diff !== undefined)
                data.diff = diff;
            return { eventType: { type: 'FileEdit', data }, content: json };
        }
        case 'Write':
        case 'write':
        case 'create_file':
            return { eventType: { type: 'FileCreate', data: { path: filePath() } }, content: json };
        case 'Read':
        case 'read':
            return { eventType: { type: 'FileRead', data: { path: filePath() } }, content: json };
        case 'Grep':
        case 'grep':
            return { eventType: { type: 'CodeSearch', data: { query: firstSet(a.pattern, a.query) ?? '' } }, content: json };
        case 'Glob':
        case 'glob':
            return {
                eventType: { type: 'FileSearch', data: { pattern: firstSet(a.filePattern, a.pattern) ?? '*' } },
                content: json,
            };
        case 'WebFetch':
        case 'web_fetch':
        case 'read_web_page':
            return { eventType: { type: 'WebFetch', data: { url: firstSet(a.url) ?? '' } }, content: json };
        case 'WebSearch':
        case 'web_search':
            return { eventType: { type: 'WebSearch', data: { query: firstSet(a.query) ?? '' } }, content: json };
        case 'todo_write':
        case 'TodoWrite':
            return { eventType: { type: 'ToolCall', data: { name: 'todo_write' } }, content: json };
        default:
            return { eventType: { type: 'ToolCall', data: { name } }, content: json };
    }
}
function resultText(result) {
    if (typeof result === 'string')
        return result;
    if (isObject(result) && typeof result.content === 'string')
        return result.content;
    return result === undefined ? '' : (0,json/* stringifyOrdered */.Vd)(result);
}
class AmpMapper {
    builder;
    created;
    n = 0;
    tracker = new CallTracker();
    lastToolName;
    model;
    title;
    constructor(builder, created) {
        this.builder = builder;
        this.created = created;
    }
    nextId() {
        this.n++;
        return `amp-${this.n}`;
    }
    map(msg) {
        const role = msg.role;
        const meta = isObject(msg.meta) ? msg.meta : {};
        let ts = parseEpochMs(meta.sentAt);
        if (ts === undefined &&
            this.created !== undefined &&
            typeof msg.messageId === 'number' &&
            Number.isFinite(msg.messageId)) {
            ts = this.created + BigInt(Math.trunc(msg.messageId)) * 1000n * amp_MS;
        }
        const usage = isObject(msg.usage) ? msg.usage : undefined;
        if (usage !== undefined)
            this.model ??= firstSet(usage.model);
        const events = [];
        const make = (id, eventType, content, attributes = {}) => {
            const ev = { event_id: id, event_type: eventType, content, attributes };
            if (ts !== undefined)
                ev.timestamp = ts;
            events.push(ev);
        };
        for (const block of msg.content) {
            if (!isObject(block))
                continue;
            switch (block.type) {
                case 'text': {
                    if (typeof block.text !== 'string' || (0,core_text/* trim */.Bq)(block.text) === '')
                        break;
                    if (role === 'user') {
                        make(this.nextId(), { type: 'UserMessage' }, textContent(block.text));
                        this.title ??= block.text;
                    }
                    else if (role === 'assistant') {
                        make(this.nextId(), { type: 'AgentMessage' }, textContent(block.text));
                    }
                    break;
                }
                case 'thinking':
                    if (typeof block.thinking === 'string' && (0,core_text/* trim */.Bq)(block.thinking) !== '')
                        make(this.nextId(), { type: 'Thinking' }, textContent(block.thinking));
                    break;
                case 'tool_use': {
                    const name = firstSet(block.name) ?? 'unknown';
                    const counterId = this.nextId();
                    const id = firstSet(block.id) ?? counterId;
                    this.tracker.open({ callId: id, name });
                    this.lastToolName = name;
                    const typing = typeAmpTool(name, block.input);
                    make(id, typing.eventType, typing.content, {
                        'semantic.call_id': id,
                        'semantic.tool_kind': inferToolKind(name),
                    });
                    break;
                }
                case 'tool_result': {
                    const useId = firstSet(block.toolUseID);
                    const known = useId !== undefined ? this.tracker.closeById(useId) : undefined;
                    const paired = useId === undefined ? this.tracker.closeLatest() : known;
                    const name = known?.name ?? this.lastToolName ?? 'unknown';
                    const callId = useId ?? paired?.callId;
                    const run = isObject(block.run) ? block.run : {};
                    const text = resultText(run.result);
                    const exitCode = exitCodeFromText(text);
                    const data = {
                        name,
                        is_error: run.status === 'error' || (exitCode !== undefined && exitCode !== 0),
                    };
                    const attrs = {};
                    if (callId !== undefined) {
                        data.call_id = callId;
                        attrs['semantic.call_id'] = callId;
                    }
                    if (exitCode !== undefined)
                        attrs.exit_code = exitCode;
                    make(this.nextId(), { type: 'ToolResult', data }, textContent(text), attrs);
                    break;
                }
                default:
                    break;
            }
        }
        if (usage !== undefined) {
            const cacheRead = tokenCount(usage.cacheReadInputTokens);
            const cacheCreation = tokenCount(usage.cacheCreationInputTokens);
            const counts = {
                input: tokenCount(usage.inputTokens) + cacheRead + cacheCreation,
                output: tokenCount(usage.outputTokens),
                cacheRead,
                cacheCreation,
            };
            if (events.length > 0)
                addTokenAttributes(events[0].attributes, counts);
            else {
                const attrs = {};
                if (addTokenAttributes(attrs, counts))
                    make(this.nextId(), { type: 'Custom', data: { kind: 'token_count' } }, emptyContent(), attrs);
            }
        }
        for (const ev of events)
            this.builder.emit(ev);
    }
}
const ampParser = {
    id: 'amp',
    async parse(_path, sink, ctx) {
        const failure = () => new ParserFailed('amp', `Failed to parse Amp thread: ${ctx.displayPath}`);
        let scan;
        try {
            scan = await scanJsonDocument(ctx.path, { arrayKey: 'messages' });
        }
        catch (err) {
            if (err instanceof JsonDocumentError && err.kind === 'utf8')
                throw new ParserFailed('amp', err.message);
            throw failure();
        }
        const id = scan.members.get('id');
        if (scan.rootKind !== 'object' || typeof id !== 'string' || scan.memberKinds.get('messages') !== 'array')
            throw failure();
        const created = parseEpochMs(scan.members.get('created'));
        const warnings = new FileWarnings(ctx.displayPath, 'message');
        const builder = new SessionBuilder({ sink, tool: 'amp', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
        const mapper = new AmpMapper(builder, created);
        await streamJsonElements(ctx.path, { arrayKey: 'messages' }, (el) => {
            if (el.oversized)
                warnings.oversizedAt(el.index);
            else if (!isObject(el.value) || !Array.isArray(el.value.content))
                warnings.malformedAt(el.index);
            else
                mapper.map(el.value);
            return builder.takePending();
        });
        builder.flush(created);
        await builder.drain();
        const model = mapper.model ?? 'unknown';
        const header = builder.header({
            sessionId: id,
            agent: { provider: mapper.model !== undefined ? ampProvider(model) : 'unknown', model, tool: 'amp' },
            title: mapper.title,
            createdAt: created,
            sessionStart: created,
        });
        return { header, eventCount: builder.eventCount, warnings: warnings.render() };
    },
};

;// CONCATENATED MODULE: ./core/parsers/registry.ts








const PARSERS = [
    hailParser,
    codexParser,
    claudeCodeParser,
    geminiParser,
    opencodeParser,
    cursorParser,
    clineParser,
    ampParser,
];
function getParser(id) {
    return PARSERS.find((p) => p.id === id);
}
function registeredParsers() {
    return PARSERS;
}

// EXTERNAL MODULE: ./core/parsers/discover.ts
var discover = __webpack_require__(3440);
;// CONCATENATED MODULE: ./core/parsers/incremental.ts


const INCREMENTAL_PROFILES = ['codex', 'claude-code', 'hail'];
/**
 * A parser state fed with appended bytes. Events reach `sink` as soon as they are final; `finish()`
 * after the last chunk equals a full parse of the same bytes. A consumer following a growing file
 * keeps `bytesConsumed` and discards the state when the file shrinks or its first line changes.
 */
class IncrementalParser {
    profile;
    ctx;
    parser;
    splitter;
    pending = [];
    bytes = 0;
    finished = false;
    constructor(profile, ctx, sink) {
        this.profile = profile;
        this.ctx = ctx;
        const mod = getParser(profile);
        if (!mod?.createLineParser)
            throw new Error(`profile '${profile}' cannot be parsed incrementally`);
        this.parser = mod.createLineParser(sink, ctx);
        this.splitter = new lines/* LineSplitter */.g3((line) => {
            this.parser.feedLine(line);
            const p = this.parser.takePending();
            if (p)
                this.pending.push(p);
        });
    }
    /** Bytes fed so far (complete lines plus a held-back partial line). */
    get bytesConsumed() {
        return this.bytes;
    }
    /** Feeds appended bytes; complete lines are parsed, a trailing partial line is held back. */
    async feed(chunk) {
        if (this.finished)
            throw new Error('parser already finished');
        this.bytes += chunk.length;
        this.splitter.push(chunk);
        while (this.pending.length > 0)
            await this.pending.shift();
    }
    /** End of input (a held partial line is parsed as the last record). */
    async finish() {
        this.finished = true;
        this.splitter.end();
        while (this.pending.length > 0)
            await this.pending.shift();
        return this.parser.finish();
    }
    /**
     * What finish() would return for the bytes seen so far, without consuming this state: the same
     * bytes are parsed again by a fresh state (EOF rules apply to the snapshot only).
     */
    async snapshot() {
        const events = [];
        const mod = getParser(this.profile);
        const fresh = mod.createLineParser({ push: (e) => void events.push(e) }, this.ctx);
        if (this.bytes > 0) {
            await (0,lines/* readLines */.Se)(this.ctx.path, (line) => {
                fresh.feedLine(line);
            }, { end: this.bytes - 1 });
        }
        const result = await fresh.finish();
        return { result, events };
    }
}

;// CONCATENATED MODULE: ./core/parsers/index.ts
// Library interface of the parsers package (parsers.md section 6).














/** Resolves the paths and mtime a parser module needs. Throws fs errors (unreadable input). */
async function parserContext(filePath, o = {}) {
    const real = await external_fs_.promises.realpath(external_path_.resolve(filePath));
    return {
        path: real,
        displayPath: o.displayPath ?? filePath,
        sourcePath: o.sourcePath === null ? null : (o.sourcePath ?? real),
        mtime: await (0,fs/* fileMtime */.Dw)(real),
        options: o,
    };
}
function isFsError(e) {
    return (typeof e?.code === 'string' && typeof e?.syscall === 'string');
}
/** Event types that make a native parse a match (A5): messages of a person or agent, and every kind of tool call. */
const SUBSTANTIVE = new Set([
    'UserMessage',
    'AgentMessage',
    'ToolCall',
    'ShellCommand',
    'FileRead',
    'FileEdit',
    'FileCreate',
    'FileDelete',
    'CodeSearch',
    'FileSearch',
    'WebSearch',
    'WebFetch',
    'ImageGenerate',
    'VideoGenerate',
    'AudioGenerate',
]);
async function runProfile(profile, ctx, sink) {
    const mod = getParser(profile);
    if (!mod)
        throw new ParserFailed(profile, `no parser registered for profile '${profile}'`);
    // A5: a native parser matches only when it found something a person or an agent did (a user or agent message,
    // or a tool call); a foreign file read as only system messages and thinking "produced no events".
    let substantive = profile === 'hail';
    const counting = {
        push: (event) => {
            if (!substantive && SUBSTANTIVE.has(event.event_type.type))
                substantive = true;
            return sink.push(event);
        },
    };
    let result;
    try {
        result = await mod.parse(ctx.path, counting, ctx);
    }
    catch (e) {
        if (e instanceof ParserFailed || isFsError(e))
            throw e;
        // A parser bug on odd input must not abort auto selection; it reads as that parser failing.
        throw new ParserFailed(profile, e instanceof Error ? e.message : String(e), { cause: e });
    }
    if (result.eventCount === 0 || !substantive)
        throw new NoEvents(profile);
    return { parserUsed: profile, header: result.header, eventCount: result.eventCount, warnings: result.warnings };
}
/**
 * Runs one parser (explicit profile). Throws ParserFailed (top-level failure), NoEvents (zero
 * events) or an fs error (unreadable input).
 */
async function parseWithProfile(filePath, profile, sink, o = {}) {
    return runProfile(profile, await parserContext(filePath, o), sink);
}
/**
 * Ranked auto-detection (3.3), optionally hinted. Each unsuccessful attempt adds a warning; the sink's
 * `reset()` (when present) is called before every retry. Throws SelectionFailed when nothing succeeds.
 */
async function parseAuto(filePath, sink, o = {}) {
    const ctx = await parserContext(filePath, o);
    const warnings = [];
    const attempts = [];
    let dirty = false;
    const attempt = async (profile, hinted) => {
        if (dirty && sink.reset)
            await sink.reset();
        dirty = true;
        const label = hinted ? 'parser_hint' : 'parser';
        try {
            const outcome = await runProfile(profile, ctx, sink);
            return { ...outcome, warnings: [...warnings, ...outcome.warnings] };
        }
        catch (e) {
            if (e instanceof ParserFailed) {
                warnings.push(`${label} '${profile}' failed: ${e.message}`);
                attempts.push({ profile, error: e.message, hinted });
                return undefined;
            }
            if (e instanceof NoEvents) {
                warnings.push(`${label} '${profile}' produced no events`);
                attempts.push({ profile, hinted });
                return undefined;
            }
            throw e;
        }
    };
    if (o.hint !== undefined) {
        const r = await attempt(o.hint, true);
        if (r)
            return r;
    }
    const candidates = await detectCandidates(ctx.path);
    for (const c of candidates) {
        if (c.id === o.hint)
            continue;
        const r = await attempt(c.id, false);
        if (r)
            return r;
    }
    throw new SelectionFailed(candidates, attempts, warnings);
}
/** A sink that keeps every event in memory (and forgets them when auto-selection retries). */
function collectingSink() {
    const events = [];
    return { events, sink: { push: (e) => void events.push(e), reset: () => void (events.length = 0) } };
}
/** An agent log parsed into a whole in-memory session (auto-detected, optionally hinted), stats recomputed. */
async function parseSessionInMemory(filePath, o = {}) {
    const { sink, events } = collectingSink();
    const h = (await parseAuto(filePath, sink, o)).header;
    return {
        version: h.version ?? types/* HAIL_VERSION */.c$,
        session_id: h.session_id,
        agent: h.agent,
        context: h.context,
        events,
        stats: (0,stats/* recomputeStats */.Qf)({ events }),
    };
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


/***/ })

};
;