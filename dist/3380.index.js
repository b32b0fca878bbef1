"use strict";
exports.id = 3380;
exports.ids = [3380,2871,7850];
exports.modules = {

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