"use strict";
exports.id = 785;
exports.ids = [785];
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







function registerCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('register')
        .description('Canonicalize a HAIL JSONL session and store it in the local object store')
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
        try {
            canonical = (0,_core_hail__WEBPACK_IMPORTED_MODULE_3__/* .canonicalizeBytes */ ._)(text);
        }
        catch (err) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`register expects canonical HAIL JSONL: ${err.message}`, [
                `convert source logs first: \`opensession parse --profile codex ${file} --out ./session.hail.jsonl\``,
                'retry register with the canonical file: `opensession register ./session.hail.jsonl`',
            ], 'docs.md#Getting Started');
        }
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