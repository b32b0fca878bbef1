"use strict";
exports.id = 408;
exports.ids = [408];
exports.modules = {

/***/ 408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ initShareConfig),
/* harmony export */   loadShareBaseUrl: () => (/* binding */ loadShareBaseUrl),
/* harmony export */   shareConfigPath: () => (/* binding */ shareConfigPath)
/* harmony export */ });
/* unused harmony exports DEFAULT_BASE_URL, normalizeBaseUrl */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _toml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4653);
// `.opensession/config.toml` `[share] base_url` (git-native.md §12): loading, normalizing and the text edit
// of `config init` that keeps every other byte of the file.





const DEFAULT_BASE_URL = 'https://opensession.io';
const INIT_STEPS = [
    'initialize config: `opensession config init --base-url https://opensession.io`',
    'verify config: `opensession config show`',
];
/** `<repo root or cwd>/.opensession/config.toml`. */
function shareConfigPath(root) {
    return path__WEBPACK_IMPORTED_MODULE_1__.join(root, '.opensession', 'config.toml');
}
function invalid(file, err) {
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`invalid config: ${file}: ${err instanceof Error ? err.message : String(err)}`, [
        `fix the TOML syntax in ${file}`,
        'inspect file content and retry: `opensession config show`',
    ]);
}
/** §12.1 loading: F16 missing, F17 invalid TOML, F18 absent/not a string, F19 whitespace-only. */
function loadShareBaseUrl(file) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`missing config: ${file}`, INIT_STEPS, 'README.md#Share');
    }
    let doc;
    try {
        doc = (0,_toml__WEBPACK_IMPORTED_MODULE_4__/* .parseToml */ .M)(text);
    }
    catch (err) {
        throw invalid(file, err);
    }
    const share = doc.share;
    const value = share !== undefined && typeof share === 'object' && !Array.isArray(share)
        ? share.base_url
        : undefined;
    if (typeof value !== 'string')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`missing config: share.base_url is not set in ${file}`, INIT_STEPS, 'README.md#Share');
    const t = (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(value);
    if (t === '') {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`invalid config: share.base_url is empty (${file})`, [
            'set a valid base URL: `opensession config init --base-url https://opensession.io`',
            'inspect file content and retry: `opensession config show`',
        ]);
    }
    return t.replace(/\/+$/, '');
}
/** §12.2 normalization; throws the guided errors for empty and non-http(s) values. */
function normalizeBaseUrl(raw) {
    const v = (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(raw).replace(/\/+$/, '');
    const steps = ['example: `opensession config init --base-url https://opensession.io`'];
    if (v === '')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ('base_url cannot be empty', steps);
    const lower = (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .asciiLower */ .F)(v);
    if (!lower.startsWith('http://') && !lower.startsWith('https://'))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ('base_url must start with http:// or https://', steps);
    return v;
}
function tomlBasicString(s) {
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
/** §12.2: writes `share.base_url` into the file, preserving all other bytes. Returns the chosen URL. */
function initShareConfig(file, baseUrl) {
    let text = '';
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        text = '';
    }
    let doc;
    try {
        doc = (0,_toml__WEBPACK_IMPORTED_MODULE_4__/* .parseToml */ .M)(text);
    }
    catch (err) {
        throw invalid(file, err);
    }
    let url;
    if (baseUrl !== undefined)
        url = normalizeBaseUrl(baseUrl);
    else {
        const share = doc.share;
        const existing = share !== undefined && typeof share === 'object' && !Array.isArray(share) ? share.base_url : undefined;
        try {
            url = typeof existing === 'string' ? normalizeBaseUrl(existing) : DEFAULT_BASE_URL;
        }
        catch {
            url = DEFAULT_BASE_URL;
        }
    }
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const line = `base_url = ${tomlBasicString(url)}`;
    const lines = text.split('\n');
    const headerIdx = lines.findIndex((l) => /^\s*\[\s*share\s*\]\s*(#.*)?$/.test(l.replace(/\r$/, '')));
    let next;
    if (headerIdx >= 0) {
        let end = lines.length;
        for (let i = headerIdx + 1; i < lines.length; i++) {
            if (/^\s*\[\[?[^\]]+\]\]?\s*(#.*)?$/.test(lines[i].replace(/\r$/, ''))) {
                end = i;
                break;
            }
        }
        const cr = (i) => (lines[i].endsWith('\r') ? '\r' : '');
        let replaced = false;
        for (let i = headerIdx + 1; i < end; i++) {
            if (/^\s*base_url\s*=/.test(lines[i])) {
                lines[i] = line + cr(i);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            lines.splice(headerIdx + 1, 0, line + (eol === '\r\n' ? '\r' : ''));
        next = lines.join('\n');
    }
    else if (doc.share !== undefined) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`cannot update share.base_url in ${file}: it is not defined in a [share] table`, [
            'move it into a `[share]` table, then retry `opensession config init`',
        ]);
    }
    else {
        let prefix = text;
        if (prefix !== '' && !prefix.endsWith('\n'))
            prefix += eol;
        if (prefix !== '')
            prefix += eol;
        next = `${prefix}[share]${eol}${line}${eol}`;
    }
    let check;
    try {
        check = (0,_toml__WEBPACK_IMPORTED_MODULE_4__/* .parseToml */ .M)(next);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`failed to update ${file} safely; edit share.base_url manually`, []);
    }
    if (check.share?.base_url !== url)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`failed to update ${file} safely; edit share.base_url manually`, []);
    if (next === text && fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
        return { url, changed: false };
    fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, next);
    fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, file);
    return { url, changed: true };
}


/***/ }),

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* unused harmony export TomlError */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
// TOML 1.0 for the package's config files (`.opensession/config.toml`, cleanup and daemon config):
// read by smol-toml (a maintained, spec-complete reader) and adapted to the shapes callers use.
// Dates and times come back as text; integers beyond 2^53 as bigint; errors as TomlError.

class TomlError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(`${message} at line ${line}, column ${column}`);
        this.line = line;
        this.column = column;
        this.name = 'TomlError';
    }
}
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
/** The 1-based line where an integer literal of value `n` is written (1 when it cannot be found). */
function lineOfInteger(text, n) {
    const at = text.replace(/_/g, '').indexOf(n.toString().replace(/^-/, ''));
    return at < 0 ? 1 : text.replace(/_/g, '').slice(0, at).split('\n').length;
}
/**
 * Dates as their text, and 64-bit range checked for integers (TOML 1.0: an integer that does not fit
 * is an error), walked with an explicit stack.
 */
function adapt(root, text) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        for (const key of Object.keys(node)) {
            const v = node[key];
            if (v instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlDate */ .PJ)
                node[key] = v.toISOString();
            else if (typeof v === 'bigint' && (v < I64_MIN || v > I64_MAX)) {
                throw new TomlError(`integer ${v} does not fit in 64 bits`, lineOfInteger(text, v), 1);
            }
            else if (typeof v === 'object' && v !== null)
                stack.push(v);
        }
    }
    return root;
}
/** Parses a TOML document. Throws TomlError (`<what> at line L, column C`). */
function parseToml(text) {
    try {
        return adapt((0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { integersAsBigInt: 'asNeeded' }), text);
    }
    catch (e) {
        if (e instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const what = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new TomlError(what, e.line, e.column);
        }
        throw e;
    }
}


/***/ })

};
;