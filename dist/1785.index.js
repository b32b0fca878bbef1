"use strict";
exports.id = 1785;
exports.ids = [1785,7850,5469];
exports.modules = {

/***/ 1785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerCommand: () => (/* binding */ registerCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _core_hail__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(251);
/* harmony import */ var _core_io__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7850);
/* harmony import */ var _core_store__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(502);
/* harmony import */ var _output__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5338);
// `opensession register <FILE> [--quiet] [--json]` (hail-and-store.md 10.1)







/**
 * The `parse` command that converts FILE: with the profile of the first agent-log parser that reads it
 * (auto-detection, as `parse` would do), or without `--profile` when none does.
 */
async function parseCommandFor(full, file) {
    let profile;
    try {
        // loaded only on this error path: register itself never needs the parsers
        const { parseAuto } = await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(1183), __webpack_require__.e(7472), __webpack_require__.e(2365)]).then(__webpack_require__.bind(__webpack_require__, 2365));
        const outcome = await parseAuto(full, { push: () => undefined });
        if (outcome.parserUsed !== 'hail')
            profile = outcome.parserUsed;
    }
    catch {
        profile = undefined; // no parser reads it: let `parse` report why
    }
    const flag = profile === undefined ? '' : `--profile ${profile} `;
    return `opensession parse ${flag}${file} --out ./session.hail.jsonl`;
}
function registerCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('register')
        .description('canonicalize a HAIL JSONL session and store it in the local object store')
        .argument('<file>', 'HAIL JSONL file')
        .option('--quiet', 'print only the source URI')
        .option('--json', 'print a JSON object')
        .action(async (file, opts) => {
        let text;
        try {
            text = await (0,_core_io__WEBPACK_IMPORTED_MODULE_4__/* .readUtf8Strict */ .VF)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, file));
        }
        catch (err) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`failed to read input file \`${file}\`: ${(0,_core_io__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorText */ .f9)(err)}`, [
                `check file path and permissions: ${file}`,
                'run `opensession register --help`',
            ]);
        }
        let canonical;
        (0,_core_hail__WEBPACK_IMPORTED_MODULE_3__/* .takeDepthLimitWarning */ .gQ)();
        try {
            canonical = (0,_core_hail__WEBPACK_IMPORTED_MODULE_3__/* .canonicalizeBytes */ ._)(text);
        }
        catch (err) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`register expects canonical HAIL JSONL: ${err.message}`, [
                `convert source logs first: \`${await parseCommandFor(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.cwd, file), file)}\``,
                'retry register with the canonical file: `opensession register ./session.hail.jsonl`',
            ], 'docs/hail.md');
        }
        const depthWarning = (0,_core_hail__WEBPACK_IMPORTED_MODULE_3__/* .takeDepthLimitWarning */ .gQ)(); // A6: too-deep values are kept as "[depth limit]"
        if (depthWarning !== undefined)
            ctx.stderr(`warning: ${depthWarning}\n`);
        const stored = await (0,_core_store__WEBPACK_IMPORTED_MODULE_5__/* .storeLocalObject */ .AU)(canonical, (0,_output__WEBPACK_IMPORTED_MODULE_6__/* .storeSettings */ .lj)(ctx));
        if (opts.json) {
            (0,_output__WEBPACK_IMPORTED_MODULE_6__/* .writeJson */ .GF)(ctx, { bytes: stored.bytes, hash: stored.sha256, store_path: stored.path, uri: stored.uri });
        }
        else if (opts.quiet) {
            ctx.stdout(`${stored.uri}\n`);
        }
        else {
            ctx.stdout(`${stored.uri}\nstored_at: ${stored.path}\nbytes: ${stored.bytes}\n`);
        }
    });
}


/***/ }),

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
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4632);
/* harmony import */ var _writer__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2287);
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


/***/ })

};
;