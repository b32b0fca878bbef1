"use strict";
exports.id = 77;
exports.ids = [77];
exports.modules = {

/***/ 8077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectCommand: () => (/* binding */ inspectCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/hail/index.ts
var hail = __webpack_require__(251);
// EXTERNAL MODULE: ./core/io.ts
var io = __webpack_require__(7850);
// EXTERNAL MODULE: ./core/store/index.ts
var store = __webpack_require__(502);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(5586);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var core_errors = __webpack_require__(7428);
;// CONCATENATED MODULE: ./core/store/artifacts.ts
// Handoff artifact records on disk (hail-and-store.md 11.1, 11.3, 11.5): loading only; building comes with handoff.




const artifactRecordSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz('v1'),
    sha256: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    source_uris: schemas/* array */.YOg(schemas/* string */.YjP()),
    canonical_jsonl: schemas/* string */.YjP(),
    raw_sessions: schemas/* array */.YOg(schemas/* unknown */.L5J()),
    validation_reports: schemas/* array */.YOg(schemas/* unknown */.L5J()).default([]),
});
/** Reads the record of `hash` (lowercase hex) from the first candidate artifact root that has it. */
async function loadArtifactRecord(hash, settings) {
    for (const root of (0,store/* candidateRoots */.zA)('artifacts', settings)) {
        const file = (0,store/* objectPath */.du)(root, hash, '.json');
        let text;
        try {
            text = await external_node_fs_.promises.readFile(file, 'utf8');
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                continue;
            throw new errors/* OpenSessionError */.RL(`read ${file}`, { cause: err });
        }
        try {
            const parsed = artifactRecordSchema.safeParse(JSON.parse(text));
            if (!parsed.success)
                throw new Error(core_errors/* prettifyError */.S1(parsed.error));
            return { path: file, record: parsed.data };
        }
        catch (err) {
            throw new errors/* OpenSessionError */.RL(`parse ${file}`, { cause: err });
        }
    }
    throw new errors/* OpenSessionError */.RL(`artifact not found: ${hash}`);
}

// EXTERNAL MODULE: ./core/uri/index.ts
var core_uri = __webpack_require__(7849);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
;// CONCATENATED MODULE: ./cli/commands/inspect.ts
// `opensession inspect <URI> [--json]` (hail-and-store.md 10.3)








function inspectCommand(ctx) {
    return new esm/* Command */.uB('inspect')
        .description('Summarize a stored local session or handoff artifact')
        .argument('<uri>', 'os://src/local/<sha256> or os://artifact/<sha256>')
        .option('--json', 'print a JSON object')
        .action(async (uri, opts) => {
        const parsed = (0,core_uri/* parseSourceUri */.Lf)(uri);
        const settings = (0,output/* storeSettings */.lj)(ctx);
        if (parsed.kind === 'artifact') {
            const { path, record } = await loadArtifactRecord(parsed.sha256, settings);
            const view = {
                uri: `os://artifact/${record.sha256}`,
                path,
                created_at: record.created_at,
                source_count: record.source_uris.length,
                raw_session_count: record.raw_sessions.length,
                validation_report_count: record.validation_reports.length,
            };
            if (opts.json)
                return (0,output/* writeJson */.GF)(ctx, view);
            ctx.stdout([
                `uri: ${view.uri}`,
                `path: ${view.path}`,
                `created_at: ${view.created_at}`,
                `source_count: ${view.source_count}`,
                `raw_session_count: ${view.raw_session_count}`,
                `validation_reports: ${view.validation_report_count}`,
            ].join('\n') + '\n');
            return;
        }
        if (parsed.kind !== 'local')
            throw new errors/* OpenSessionError */.RL('object not found: uri is not a local source object');
        const obj = await (0,store/* readLocalObject */.F9)(parsed.sha256, settings);
        let session;
        try {
            session = (0,hail/* parseHail */.iL)((0,io/* decodeUtf8Strict */.h0)(obj.bytes));
        }
        catch (err) {
            throw new errors/* OpenSessionError */.RL('parse local object as HAIL JSONL', { cause: err });
        }
        const { stats } = session;
        const view = {
            uri: `os://src/local/${obj.sha256}`,
            path: obj.path,
            session_id: session.session_id,
            tool: session.agent.tool,
            model: session.agent.model,
            event_count: stats.event_count,
            message_count: stats.message_count,
            task_count: stats.task_count,
            duration_seconds: stats.duration_seconds,
            total_input_tokens: stats.total_input_tokens,
            total_output_tokens: stats.total_output_tokens,
        };
        if (opts.json)
            return (0,output/* writeJson */.GF)(ctx, view);
        ctx.stdout([
            `uri: ${view.uri}`,
            `path: ${view.path}`,
            `session_id: ${view.session_id}`,
            `tool: ${view.tool}`,
            `model: ${view.model}`,
            `event_count: ${view.event_count}`,
            `message_count: ${view.message_count}`,
            `task_count: ${view.task_count}`,
            `duration_seconds: ${view.duration_seconds}`,
            `total_tokens: in=${view.total_input_tokens} out=${view.total_output_tokens}`,
        ].join('\n') + '\n');
    });
}


/***/ }),

/***/ 251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_4__.CY),
/* harmony export */   _: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_4__._),
/* harmony export */   iL: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_3__.iL)
/* harmony export */ });
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9823);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4632);
/* harmony import */ var _writer__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4344);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9437);
// Public API of the HAIL core (hail-and-store.md sections 2-5).










/***/ }),

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VF: () => (/* binding */ readUtf8Strict),
/* harmony export */   f9: () => (/* binding */ systemErrorText),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict)
/* harmony export */ });
/* unused harmony export InvalidUtf8Error */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// File reading with the strictness the spec asks for (strict UTF-8, OS error texts).

const ERRNO_TEXT = {
    ENOENT: 'No such file or directory',
    EACCES: 'Permission denied',
    EPERM: 'Operation not permitted',
    EISDIR: 'Is a directory',
    ENOTDIR: 'Not a directory',
    ELOOP: 'Too many levels of symbolic links',
    ENAMETOOLONG: 'File name too long',
    EMFILE: 'Too many open files',
    ENOSPC: 'No space left on device',
    EROFS: 'Read-only file system',
    EEXIST: 'File exists',
    EIO: 'Input/output error',
};
/** The system error text for an fs error (`No such file or directory (os error 2)`), else its message. */
function systemErrorText(err) {
    const e = err;
    if (e && typeof e.code === 'string' && ERRNO_TEXT[e.code]) {
        return typeof e.errno === 'number' ? `${ERRNO_TEXT[e.code]} (os error ${Math.abs(e.errno)})` : ERRNO_TEXT[e.code];
    }
    return e instanceof Error ? e.message : String(err);
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


/***/ })

};
;