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
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20265);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91509);
/* harmony import */ var _toml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14653);
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

/***/ 14653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* unused harmony export TomlError */
// A TOML 1.0 reader for the package's config files (`.opensession/config.toml`, cleanup config, daemon config).
// Dates and times are returned as their source text; integers beyond 2^53 as bigint.
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
const BARE_KEY = /[A-Za-z0-9_-]/;
class Parser {
    src;
    pos = 0;
    root = Object.create(null);
    /** Tables created by a header or dotted keys, and whether they may still be opened by a header. */
    explicit = new Set();
    implicitByDotted = new Set();
    inline = new Set();
    staticArrays = new Set();
    constructor(src) {
        this.src = src;
    }
    fail(message, at = this.pos) {
        let line = 1;
        let col = 1;
        for (let i = 0; i < at && i < this.src.length; i++) {
            if (this.src[i] === '\n') {
                line++;
                col = 1;
            }
            else
                col++;
        }
        throw new TomlError(message, line, col);
    }
    peek(o = 0) {
        return this.src[this.pos + o] ?? '';
    }
    skipWs() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    skipComment() {
        if (this.peek() !== '#')
            return;
        while (this.pos < this.src.length && this.peek() !== '\n') {
            const c = this.src.charCodeAt(this.pos);
            if ((c < 0x20 && c !== 0x09) || c === 0x7f) {
                if (!(c === 0x0d && this.peek(1) === '\n'))
                    this.fail('control character in comment');
            }
            this.pos++;
        }
    }
    expectLineEnd() {
        this.skipWs();
        this.skipComment();
        if (this.pos >= this.src.length)
            return;
        if (this.peek() === '\n') {
            this.pos++;
            return;
        }
        if (this.peek() === '\r' && this.peek(1) === '\n') {
            this.pos += 2;
            return;
        }
        this.fail('expected end of line');
    }
    parse() {
        let current = this.root;
        if (this.src.charCodeAt(0) === 0xfeff)
            this.pos = 1;
        while (this.pos < this.src.length) {
            this.skipWs();
            const c = this.peek();
            if (c === '\n' || (c === '\r' && this.peek(1) === '\n') || c === '#') {
                this.expectLineEnd();
                continue;
            }
            if (c === '')
                break;
            if (c === '[')
                current = this.header();
            else
                this.keyValue(current);
            this.expectLineEnd();
        }
        return this.root;
    }
    key() {
        const parts = [];
        for (;;) {
            this.skipWs();
            const c = this.peek();
            if (c === '"')
                parts.push(this.basicString());
            else if (c === "'")
                parts.push(this.literalString());
            else {
                const start = this.pos;
                while (BARE_KEY.test(this.peek()))
                    this.pos++;
                if (this.pos === start)
                    this.fail('expected a key');
                parts.push(this.src.slice(start, this.pos));
            }
            this.skipWs();
            if (this.peek() !== '.')
                return parts;
            this.pos++;
        }
    }
    header() {
        const array = this.peek(1) === '[';
        this.pos += array ? 2 : 1;
        const key = this.key();
        if (this.peek() !== ']' || (array && this.peek(1) !== ']'))
            this.fail('expected ]');
        this.pos += array ? 2 : 1;
        let table = this.root;
        for (let i = 0; i < key.length - 1; i++)
            table = this.descend(table, key[i], false);
        const last = key[key.length - 1];
        if (array) {
            let arr = table[last];
            if (arr === undefined) {
                arr = [];
                table[last] = arr;
            }
            else if (!Array.isArray(arr) || this.staticArrays.has(arr))
                this.fail(`cannot redefine key \`${key.join('.')}\` as an array of tables`);
            const t = Object.create(null);
            arr.push(t);
            this.explicit.add(t);
            return t;
        }
        const existing = table[last];
        if (existing === undefined) {
            const t = Object.create(null);
            table[last] = t;
            this.explicit.add(t);
            return t;
        }
        if (!isTable(existing) ||
            this.explicit.has(existing) ||
            this.implicitByDotted.has(existing) ||
            this.inline.has(existing)) {
            this.fail(`duplicate table \`${key.join('.')}\``);
        }
        this.explicit.add(existing);
        return existing;
    }
    /** Walks into (or creates) a sub-table; arrays of tables resolve to their last element. */
    descend(table, k, dotted) {
        const v = table[k];
        if (v === undefined) {
            const t = Object.create(null);
            table[k] = t;
            if (dotted)
                this.implicitByDotted.add(t);
            return t;
        }
        if (Array.isArray(v)) {
            if (dotted || this.staticArrays.has(v))
                this.fail(`cannot extend key \`${k}\``);
            const last = v[v.length - 1];
            if (!isTable(last))
                this.fail(`cannot extend key \`${k}\``);
            return last;
        }
        if (!isTable(v) || this.inline.has(v) || (dotted && this.explicit.has(v)))
            this.fail(`cannot extend key \`${k}\``);
        return v;
    }
    keyValue(table) {
        const key = this.key();
        if (this.peek() !== '=')
            this.fail('expected =');
        this.pos++;
        this.skipWs();
        const value = this.value();
        let t = table;
        for (let i = 0; i < key.length - 1; i++)
            t = this.descend(t, key[i], true);
        const last = key[key.length - 1];
        if (Object.prototype.hasOwnProperty.call(t, last))
            this.fail(`duplicate key \`${key.join('.')}\``);
        t[last] = value;
    }
    value() {
        const c = this.peek();
        if (c === '"')
            return this.peek(1) === '"' && this.peek(2) === '"' ? this.mlBasicString() : this.basicString();
        if (c === "'")
            return this.peek(1) === "'" && this.peek(2) === "'" ? this.mlLiteralString() : this.literalString();
        if (c === '[')
            return this.array();
        if (c === '{')
            return this.inlineTable();
        if (this.src.startsWith('true', this.pos) && !BARE_KEY.test(this.peek(4))) {
            this.pos += 4;
            return true;
        }
        if (this.src.startsWith('false', this.pos) && !BARE_KEY.test(this.peek(5))) {
            this.pos += 5;
            return false;
        }
        return this.scalar();
    }
    escape() {
        const c = this.peek();
        this.pos++;
        const simple = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
        if (c in simple)
            return simple[c];
        if (c === 'u' || c === 'U') {
            const n = c === 'u' ? 4 : 8;
            const hex = this.src.slice(this.pos, this.pos + n);
            if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex))
                this.fail('invalid unicode escape');
            const cp = parseInt(hex, 16);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                this.fail('invalid unicode scalar');
            this.pos += n;
            return String.fromCodePoint(cp);
        }
        return this.fail('invalid escape', this.pos - 2);
    }
    checkChar(c, allowNewline) {
        const code = c.charCodeAt(0);
        if ((code < 0x20 && code !== 0x09 && !(allowNewline && (code === 0x0a || code === 0x0d))) || code === 0x7f)
            this.fail('control character in string');
    }
    basicString() {
        this.pos++;
        let out = '';
        for (;;) {
            const c = this.peek();
            if (c === '')
                this.fail('unterminated string');
            if (c === '"') {
                this.pos++;
                return out;
            }
            if (c === '\\') {
                this.pos++;
                out += this.escape();
                continue;
            }
            this.checkChar(c, false);
            out += c;
            this.pos++;
        }
    }
    literalString() {
        this.pos++;
        const start = this.pos;
        for (;;) {
            const c = this.peek();
            if (c === '')
                this.fail('unterminated string');
            if (c === "'") {
                this.pos++;
                return this.src.slice(start, this.pos - 1);
            }
            this.checkChar(c, false);
            this.pos++;
        }
    }
    skipFirstNewline() {
        if (this.peek() === '\n')
            this.pos++;
        else if (this.peek() === '\r' && this.peek(1) === '\n')
            this.pos += 2;
    }
    mlBasicString() {
        this.pos += 3;
        this.skipFirstNewline();
        let out = '';
        for (;;) {
            const c = this.peek();
            if (c === '')
                this.fail('unterminated string');
            if (this.src.startsWith('"""', this.pos)) {
                let n = 3;
                while (this.peek(n) === '"' && n < 5)
                    n++;
                out += '"'.repeat(n - 3);
                this.pos += n;
                return out;
            }
            if (c === '\\') {
                const m = /^\\[ \t]*\r?\n[\s]*/.exec(this.src.slice(this.pos, this.pos + 4096));
                if (m !== null) {
                    this.pos += m[0].length;
                    continue;
                }
                this.pos++;
                out += this.escape();
                continue;
            }
            if (c === '\r' && this.peek(1) !== '\n')
                this.fail('bare carriage return');
            this.checkChar(c, true);
            out += c;
            this.pos++;
        }
    }
    mlLiteralString() {
        this.pos += 3;
        this.skipFirstNewline();
        const start = this.pos;
        for (;;) {
            if (this.peek() === '')
                this.fail('unterminated string');
            if (this.src.startsWith("'''", this.pos)) {
                let n = 3;
                while (this.peek(n) === "'" && n < 5)
                    n++;
                const out = this.src.slice(start, this.pos) + "'".repeat(n - 3);
                this.pos += n;
                return out;
            }
            if (this.peek() === '\r' && this.peek(1) !== '\n')
                this.fail('bare carriage return');
            this.checkChar(this.peek(), true);
            this.pos++;
        }
    }
    skipWsCommentsNewlines() {
        for (;;) {
            this.skipWs();
            this.skipComment();
            if (this.peek() === '\n')
                this.pos++;
            else if (this.peek() === '\r' && this.peek(1) === '\n')
                this.pos += 2;
            else
                return;
        }
    }
    array() {
        this.pos++;
        const out = [];
        this.staticArrays.add(out);
        for (;;) {
            this.skipWsCommentsNewlines();
            if (this.peek() === ']') {
                this.pos++;
                return out;
            }
            out.push(this.value());
            this.skipWsCommentsNewlines();
            if (this.peek() === ',') {
                this.pos++;
                continue;
            }
            if (this.peek() === ']') {
                this.pos++;
                return out;
            }
            this.fail('expected , or ] in array');
        }
    }
    inlineTable() {
        this.pos++;
        const t = Object.create(null);
        this.skipWs();
        if (this.peek() === '}') {
            this.pos++;
            this.inline.add(t);
            return t;
        }
        for (;;) {
            this.keyValue(t);
            this.skipWs();
            if (this.peek() === ',') {
                this.pos++;
                this.skipWs();
                continue;
            }
            if (this.peek() === '}') {
                this.pos++;
                this.inline.add(t);
                return t;
            }
            this.fail('expected , or } in inline table');
        }
    }
    scalar() {
        const start = this.pos;
        // Dates/times may contain one space between date and time.
        const m = /^(\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}:\d{2}(\.\d+)?)/.exec(this.src.slice(start, start + 64));
        if (m !== null) {
            this.pos += m[0].length;
            return m[0];
        }
        while (this.pos < this.src.length && /[0-9A-Za-z_+\-.]/.test(this.peek()))
            this.pos++;
        const tok = this.src.slice(start, this.pos);
        if (tok === '')
            this.fail('expected a value');
        if (/^[+-]?(inf|nan)$/.test(tok))
            return tok.endsWith('inf') ? (tok.startsWith('-') ? -Infinity : Infinity) : NaN;
        if (/^0x[0-9A-Fa-f](_?[0-9A-Fa-f])*$/.test(tok))
            return toInt(BigInt(tok.replace(/_/g, '')));
        if (/^0o[0-7](_?[0-7])*$/.test(tok))
            return toInt(BigInt(tok.replace(/_/g, '')));
        if (/^0b[01](_?[01])*$/.test(tok))
            return toInt(BigInt(tok.replace(/_/g, '')));
        if (/^[+-]?(0|[1-9](_?\d)*)$/.test(tok))
            return toInt(BigInt(tok.replace(/_/g, '')));
        if (/^[+-]?(0|[1-9](_?\d)*)(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?$/.test(tok))
            return Number(tok.replace(/_/g, ''));
        return this.fail(`invalid value \`${tok}\``, start);
    }
}
function toInt(b) {
    return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}
function isTable(v) {
    return v !== undefined && typeof v === 'object' && !Array.isArray(v);
}
/** Parses a TOML document; throws `TomlError` (message ends with `at line L, column C`). */
function parseToml(text) {
    return new Parser(text).parse();
}


/***/ })

};
;