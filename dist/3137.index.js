"use strict";
exports.id = 3137;
exports.ids = [3137];
exports.modules = {

/***/ 5879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ plainLocalConfigGet),
/* harmony export */   UI: () => (/* binding */ plainRemoteUrl),
/* harmony export */   eS: () => (/* binding */ gitConfigMayHave),
/* harmony export */   l3: () => (/* binding */ plainConfigGet)
/* harmony export */ });
/* unused harmony exports gitConfigFiles, plainConfigValues */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
// A fast answer to "could git's config set this key?" without starting `git`: read the config files git
// would read and look for the key's name. Only when one of them mentions it (or includes other files, or the
// environment injects config) does the caller need to ask `git config` itself.



/** The files `git config --get` reads, in git's order: system, global (XDG then ~/.gitconfig), local, worktree. */
function gitConfigFiles(commonDir, gitDir, env) {
    const files = [];
    if (env.GIT_CONFIG_NOSYSTEM === undefined || ['', '0', 'false', 'no'].includes(env.GIT_CONFIG_NOSYSTEM)) {
        files.push(env.GIT_CONFIG_SYSTEM ?? '/etc/gitconfig');
    }
    const home = env.HOME ?? os__WEBPACK_IMPORTED_MODULE_1__.homedir();
    if (env.GIT_CONFIG_GLOBAL !== undefined)
        files.push(env.GIT_CONFIG_GLOBAL);
    else {
        files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(env.XDG_CONFIG_HOME || path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.config'), 'git', 'config'));
        files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.gitconfig'));
    }
    files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config'), path__WEBPACK_IMPORTED_MODULE_2__.join(gitDir, 'config.worktree'));
    return files;
}
/**
 * False when no config file git would read can give `key` (`section.name`; the name is matched
 * case-insensitively on any line) a value that `couldMatch` accepts, so the caller may skip asking git;
 * true when git must be asked (an include, config from the environment, or a line that might match).
 */
function gitConfigMayHave(commonDir, gitDir, key, couldMatch, env) {
    if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
        return true;
    }
    const name = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    for (const file of gitConfigFiles(commonDir, gitDir, env)) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8').toLowerCase();
        }
        catch {
            continue; // a missing file sets nothing
        }
        if (text.includes('[include'))
            return true;
        if (!text.includes(name))
            continue;
        for (const line of text.split('\n')) {
            const m = /^\s*([a-z0-9-]+)\s*(?:=(.*))?$/.exec(line);
            if (m === null) {
                if (line.includes(name))
                    return true; // a form this scan does not read (e.g. `[core] name = x`)
                continue;
            }
            if (m[1] !== name)
                continue;
            const value = (m[2] ?? 'true')
                .replace(/\s[#;].*$/, '')
                .trim()
                .replace(/^"(.*)"$/, '$1');
            if (value.endsWith('\\') || couldMatch(value))
                return true;
        }
    }
    return false;
}
/**
 * `git remote get-url <name>` without starting git, when the answer is plain: the remote's first `url` in the
 * repository's own config, and no config file that could rewrite or add to it (`insteadOf`, includes,
 * config from the environment, a global `remote.<name>` section). Undefined means "ask git".
 */
function plainRemoteUrl(commonDir, gitDir, name, env) {
    if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
        return undefined;
    }
    const local = path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config');
    let url;
    for (const file of gitConfigFiles(commonDir, gitDir, env)) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
        }
        catch {
            continue;
        }
        const lower = text.toLowerCase();
        if (lower.includes('[include') || lower.includes('insteadof'))
            return undefined;
        let inRemote = false;
        for (const line of text.split('\n')) {
            const section = /^\s*\[([^\]]*)\]\s*$/.exec(line);
            if (section === null && /^\s*\[/.test(line))
                return undefined; // `[section] key = v` on one line
            if (section !== null) {
                inRemote = section[1] === `remote "${name}"`;
                if (inRemote && file !== local)
                    return undefined; // defined outside the repository: let git merge it
                continue;
            }
            if (!inRemote)
                continue;
            const kv = /^\s*url\s*=\s*(.*?)\s*$/i.exec(line);
            if (kv === null)
                continue;
            if (/["\\;#]/.test(kv[1]) || kv[1] === '')
                return undefined; // quoting, escapes, comments: git knows best
            url ??= kv[1];
        }
    }
    return url;
}
const ENV_CONFIG = (env) => env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined;
/**
 * Every value of `<section>[.<subsection>].<name>` in `files` (git's order), read without starting git — or
 * undefined when git must be asked: the files use a form this reader does not parse (includes, quoting, escapes,
 * line continuations, comments or whitespace inside the value, CRLF, a key without `=`, `[section.sub]`), or a
 * file exists but cannot be read. Section and name match case-insensitively, the subsection exactly (as git).
 */
function plainConfigValues(files, section, subsection, name) {
    const sec = section.toLowerCase();
    const key = name.toLowerCase();
    const values = [];
    for (const file of files) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                continue; // a missing file sets nothing
            return undefined;
        }
        if (text.includes('\r') || text.charCodeAt(0) === 0xfeff)
            return undefined;
        let inSection = false;
        for (const raw of text.split('\n')) {
            const line = raw.trim();
            if (line === '' || line.startsWith('#') || line.startsWith(';'))
                continue;
            if (line.endsWith('\\'))
                return undefined; // continued on the next line
            if (line.startsWith('[')) {
                const m = /^\[([A-Za-z0-9.-]+)(?:\s+"([^"\\]*)")?\]\s*(?:[#;].*)?$/.exec(line);
                if (m === null || m[1].includes('.'))
                    return undefined;
                const s = m[1].toLowerCase();
                if (s === 'include' || s === 'includeif')
                    return undefined;
                inSection = s === sec && m[2] === subsection;
                continue;
            }
            if (!inSection)
                continue;
            const kv = /^([A-Za-z][A-Za-z0-9-]*)\s*(=\s*(.*))?$/.exec(line);
            if (kv === null)
                return undefined;
            if (kv[1].toLowerCase() !== key)
                continue;
            const value = kv[3];
            if (kv[2] === undefined || value === undefined || /["\\#;\s]/.test(value))
                return undefined;
            values.push(value);
        }
    }
    return values;
}
/** `git config --get <key>` (every scope) when the files answer it plainly (see {@link plainConfigValues}). */
function plainConfigGet(commonDir, gitDir, section, subsection, name, env) {
    if (ENV_CONFIG(env) || fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_2__.join(gitDir, 'config.worktree')))
        return undefined;
    if (subsection !== undefined && !/^[\x21-\x7e]+$/.test(subsection))
        return undefined;
    const values = plainConfigValues(gitConfigFiles(commonDir, gitDir, env), section, subsection, name);
    return values === undefined ? undefined : { value: values[values.length - 1] };
}
/** `git config --local --get <key>` when the repository's config file answers it plainly. */
function plainLocalConfigGet(commonDir, section, name, env) {
    if (env.GIT_CONFIG !== undefined)
        return undefined;
    const values = plainConfigValues([path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config')], section, undefined, name);
    return values === undefined ? undefined : { value: values[values.length - 1] };
}


/***/ }),

/***/ 1456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ percentEncodeSegment),
/* harmony export */   E9: () => (/* binding */ base64UrlDecodeStrict),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   Se: () => (/* binding */ base64UrlEncodeString),
/* harmony export */   YZ: () => (/* binding */ percentDecode),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   tS: () => (/* binding */ base64UrlDecodeBytesStrict)
/* harmony export */ });
/* unused harmony export base64UrlEncode */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);
// Encodings used by source URIs (hail-and-store.md 7.2) and ledger ref names (git-native.md 2.2).

const UTF8_ENCODER = new TextEncoder();
// ignoreBOM: keep a leading U+FEFF in the output (the default decoder silently drops it).
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const HEX = '0123456789ABCDEF';
function isUnreserved(b) {
    return ((b >= 0x30 && b <= 0x39) || // 0-9
        (b >= 0x41 && b <= 0x5a) || // A-Z
        (b >= 0x61 && b <= 0x7a) || // a-z
        b === 0x2d || // -
        b === 0x5f || // _
        b === 0x2e || // .
        b === 0x7e // ~
    );
}
/** Decodes UTF-8 bytes strictly; `undefined` when they are not valid UTF-8. A leading BOM is kept. */
function decodeUtf8Strict(bytes) {
    try {
        return UTF8_DECODER.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * Percent-encodes every UTF-8 byte of `s` except ASCII letters, digits and `-_.~` (uppercase hex).
 * Unlike `encodeURIComponent` this also escapes `! ' ( ) *`. A lone surrogate is encoded as U+FFFD
 * (it has no UTF-8 form).
 */
function percentEncodeSegment(s) {
    const bytes = UTF8_ENCODER.encode(s);
    let out = '';
    for (const b of bytes) {
        if (isUnreserved(b))
            out += String.fromCharCode(b);
        else
            out += '%' + HEX[b >> 4] + HEX[b & 0x0f];
    }
    return out;
}
/** Splits `path` on `/`, encodes each segment with `percentEncodeSegment`, joins with `/`. */
function encodePath(path) {
    return path.split('/').map(percentEncodeSegment).join('/');
}
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x41 + 10;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x61 + 10;
    return -1;
}
/**
 * Percent-decodes `s`: `%XX` (hex digits of either case) becomes byte XX; a malformed escape (`%zz`, a lone
 * or truncated `%`) stays literal; `+` stays `+`; every other character contributes its UTF-8 bytes.
 * Returns `undefined` when the resulting bytes are not valid UTF-8 (or `s` itself holds a lone surrogate).
 */
function percentDecode(s) {
    if (!s.isWellFormed())
        return undefined;
    if (s.indexOf('%') < 0)
        return s;
    const out = [];
    let i = 0;
    while (i < s.length) {
        const c = s.charCodeAt(i);
        if (c === 0x25 && i + 2 < s.length) {
            const hi = hexValue(s.charCodeAt(i + 1));
            const lo = hexValue(s.charCodeAt(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.push((hi << 4) | lo);
                i += 3;
                continue;
            }
        }
        // Copy one code point (1 or 2 UTF-16 units) as UTF-8.
        const cp = s.codePointAt(i);
        const len = cp > 0xffff ? 2 : 1;
        for (const b of UTF8_ENCODER.encode(s.slice(i, i + len)))
            out.push(b);
        i += len;
    }
    return decodeUtf8Strict(Uint8Array.from(out));
}
/** base64url (RFC 4648 section 5 alphabet) without padding. */
function base64UrlEncode(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}
/** base64url without padding over the UTF-8 bytes of `s` (ledger ref tokens, `project_b64`, `remote_b64`). */
function base64UrlEncodeString(s) {
    return Buffer.from(s, 'utf8').toString('base64url');
}
const B64URL_CHARS = /^[A-Za-z0-9_-]*$/;
const B64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * Strict base64url decoding to bytes, or `undefined`: padding `=`, `+`, `/` and any other character outside
 * `A-Z a-z 0-9 - _` are rejected, as are a length ≡ 1 (mod 4) and non-zero trailing bits.
 */
function base64UrlDecodeBytesStrict(s) {
    if (!B64URL_CHARS.test(s))
        return undefined;
    const rem = s.length % 4;
    if (rem === 1)
        return undefined;
    if (rem !== 0) {
        const last = B64URL_ALPHABET.indexOf(s[s.length - 1]);
        // rem 2: 12 bits carry 8 → low 4 bits unused; rem 3: 18 bits carry 16 → low 2 bits unused.
        const unusedMask = rem === 2 ? 0x0f : 0x03;
        if ((last & unusedMask) !== 0)
            return undefined;
    }
    return new Uint8Array(Buffer.from(s, 'base64url'));
}
/**
 * Strict base64url decoding to a UTF-8 string (hail-and-store.md 7.2; git-native.md 2.2). Throws
 * `UriError` (`InvalidBase64`, `invalid base64url segment: {s}`) on any rejection, including invalid UTF-8.
 */
function base64UrlDecodeStrict(s) {
    const bytes = base64UrlDecodeBytesStrict(s);
    const text = bytes === undefined ? undefined : decodeUtf8Strict(bytes);
    if (text === undefined)
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .UriError */ .h('InvalidBase64', `invalid base64url segment: ${s}`);
    return text;
}


/***/ }),

/***/ 7778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ formatSourceUri),
/* harmony export */   Lf: () => (/* binding */ parseSourceUri),
/* harmony export */   kc: () => (/* binding */ webRoute),
/* harmony export */   x4: () => (/* binding */ isValidOwnerRepoSegment),
/* harmony export */   z3: () => (/* binding */ normalizeSourceUri)
/* harmony export */ });
/* unused harmony exports isRemoteSource, localHash, artifactHash, parseWebRoute */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
// Parsing, formatting and web routes of source URIs (hail-and-store.md 7.3–7.5).



const SCHEME = 'os://';
const HEX64 = /^[0-9A-Fa-f]{64}$/;
const OWNER_REPO = /^[A-Za-z0-9._-]{1,200}$/;
const GH_SHAPE = 'os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>';
const GL_SHAPE = 'os://src/gl/<project_b64>/ref/<ref>/path/<path...>';
const GIT_SHAPE = 'os://src/git/<remote_b64>/ref/<ref>/path/<path...>';
const REF_PATH_SHAPE = '/ref/<ref>/path/<path...>';
function structure(detail) {
    return new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidStructure', `invalid uri structure: ${detail}`);
}
/** The gh owner/repo rule of 7.3 (also used by 7.6): `^[A-Za-z0-9._-]{1,200}$` and not `.` or `..`. */
function isValidOwnerRepoSegment(value) {
    return OWNER_REPO.test(value) && value !== '.' && value !== '..';
}
function parseHash(value) {
    if (!HEX64.test(value))
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidHash', `invalid sha256: ${value}`);
    return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(value);
}
function decodeRef(enc) {
    const decoded = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentDecode */ .YZ)(enc);
    const ref = decoded === undefined ? '' : (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(decoded);
    if (ref.length === 0)
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidRefEncoding', `invalid ref encoding: ${enc}`);
    return ref;
}
/**
 * 7.3 step 5. Each segment is percent-decoded and split on `/`; every piece is trimmed and must then be
 * non-empty, not `.`/`..` and free of `\`. Trimming each piece (not only the whole segment) keeps
 * `parse(format(u)) = u`: `a%2F%20b` reads as `a/b`, and `a%2F%20..` is rejected like `a/..`.
 */
function decodePath(segs) {
    if (segs.length === 0)
        throw structure('path segment is required');
    const pieces = [];
    for (const enc of segs) {
        const decoded = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentDecode */ .YZ)(enc);
        if (decoded === undefined)
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidPathEncoding', `invalid path encoding: ${enc}`);
        for (const raw of decoded.split('/')) {
            const piece = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(raw);
            if (piece.length === 0 || piece === '.' || piece === '..' || piece.includes('\\')) {
                throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidPathEncoding', `invalid path encoding: ${enc}`);
            }
            pieces.push(piece);
        }
    }
    return pieces.join('/');
}
/** Parses an `os://` URI (hail-and-store.md 7.3). Throws `UriError` with the spec's message. */
function parseSourceUri(s) {
    if (!s.startsWith(SCHEME))
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidScheme', 'uri must start with os://');
    const rest = s.slice(SCHEME.length);
    if (rest.startsWith('artifact/')) {
        return { kind: 'artifact', sha256: parseHash(rest.slice('artifact/'.length)) };
    }
    const segs = rest.split('/').filter((p) => p.length > 0);
    if (segs.length < 2)
        throw structure('expected os://src/<provider>/...');
    if (segs[0] !== 'src')
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('UnsupportedKind', `unsupported uri kind: ${segs[0]}`);
    const provider = segs[1];
    const r = segs.slice(2);
    switch (provider) {
        case 'local':
            if (r.length !== 1)
                throw structure('local uri must be os://src/local/<sha256>');
            return { kind: 'local', sha256: parseHash(r[0]) };
        case 'gh': {
            if (r.length < 6)
                throw structure(`gh uri must be ${GH_SHAPE}`);
            if (r[2] !== 'ref' || r[4] !== 'path')
                throw structure(`gh uri must contain ${REF_PATH_SHAPE}`);
            for (const v of [r[0], r[1]]) {
                if (!isValidOwnerRepoSegment(v))
                    throw structure(`invalid owner/repo segment: ${v}`);
            }
            return { kind: 'gh', owner: r[0], repo: r[1], ref: decodeRef(r[3]), path: decodePath(r.slice(5)) };
        }
        case 'gl':
        case 'git': {
            if (r.length < 5)
                throw structure(`${provider} uri must be ${provider === 'gl' ? GL_SHAPE : GIT_SHAPE}`);
            if (r[1] !== 'ref' || r[3] !== 'path')
                throw structure(`${provider} uri must contain ${REF_PATH_SHAPE}`);
            const name = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlDecodeStrict */ .E9)(r[0]); // `invalid base64url segment: {seg}` (7.3 step 6)
            const ref = decodeRef(r[2]);
            const path = decodePath(r.slice(4));
            return provider === 'gl' ? { kind: 'gl', project: name, ref, path } : { kind: 'git', remote: name, ref, path };
        }
        default:
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('UnsupportedKind', `unsupported uri kind: ${provider}`);
    }
}
/**
 * Formats a source URI (hail-and-store.md 7.4). No validation: `parse(format(u)) = u` holds for every valid
 * value (see `normalizeSourceUri` to validate and canonicalise an arbitrary value).
 */
function formatSourceUri(u) {
    switch (u.kind) {
        case 'artifact':
            return `${SCHEME}artifact/${(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(u.sha256)}`;
        case 'local':
            return `${SCHEME}src/local/${(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(u.sha256)}`;
        case 'gh':
            return `${SCHEME}src/gh/${u.owner}/${u.repo}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
        case 'gl':
            return `${SCHEME}src/gl/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(u.project)}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
        case 'git':
            return `${SCHEME}src/git/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(u.remote)}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
    }
}
/**
 * `parseSourceUri(formatSourceUri(u))`: validates a value and returns its canonical form, or throws `UriError`.
 * Empty fields (which would format to an empty, dropped segment) are reported as the field's own error, in the
 * parser's order: owner/repo `invalid uri structure: invalid owner/repo segment: `, project/remote
 * `invalid base64url segment: `, ref `invalid ref encoding: `, path `invalid uri structure: path segment is required`.
 */
function normalizeSourceUri(u) {
    if (isRemoteSource(u)) {
        if (u.kind === 'gh') {
            for (const v of [u.owner, u.repo]) {
                if (!isValidOwnerRepoSegment(v))
                    throw structure(`invalid owner/repo segment: ${v}`);
            }
        }
        else if ((u.kind === 'gl' ? u.project : u.remote) === '') {
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidBase64', 'invalid base64url segment: ');
        }
        if (u.ref === '')
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidRefEncoding', 'invalid ref encoding: ');
        if (u.path.split('/').every((p) => p === ''))
            throw structure('path segment is required');
    }
    return parseSourceUri(formatSourceUri(u));
}
function isRemoteSource(u) {
    return u.kind === 'gh' || u.kind === 'gl' || u.kind === 'git';
}
/** The sha256 of an `os://src/local/…` URI, else `undefined`. */
function localHash(u) {
    return u.kind === 'local' ? asciiLower(u.sha256) : undefined;
}
/** The sha256 of an `os://artifact/…` URI, else `undefined`. */
function artifactHash(u) {
    return u.kind === 'artifact' ? asciiLower(u.sha256) : undefined;
}
/** The web route of a remote source (the formatted URI with `os://` replaced by `/`); `undefined` for local/artifact. */
function webRoute(u) {
    if (!isRemoteSource(u))
        return undefined;
    return '/' + formatSourceUri(u).slice(SCHEME.length);
}
/**
 * Reads a web route (hail-and-store.md 7.5) back to a source URI.
 *
 * - Anything from the first `?` or `#` on (query, fragment) is ignored; the route must start with `/`
 *   (else `InvalidScheme`, `web route must start with /`).
 * - The route is split on `/` and empty pieces are dropped, as in 7.3. Only `/src/gh|gl|git/...` are routes:
 *   another first piece or provider (including `local` and `artifact`) ⇒ `unsupported uri kind: {piece}`.
 * - Hand-written refs with an unencoded `/`: when the piece after the owner/repo (gh) or `*_b64` (gl/git) is
 *   `ref`, the ref is every piece between it and the first later piece equal to `path`, searched only after at
 *   least one ref piece (so a ref named `path` works); those pieces are joined with `%2F`. A `path` inside a
 *   ref can be written `%70ath`. Formatted routes have a single ref piece, so nothing changes for them.
 * - The result is then parsed exactly as `os://` + the pieces, with the errors and messages of 7.3 (which name
 *   the `os://` form).
 */
function parseWebRoute(route) {
    const cut = route.search(/[?#]/);
    const p = cut >= 0 ? route.slice(0, cut) : route;
    if (!p.startsWith('/'))
        throw new UriError('InvalidScheme', 'web route must start with /');
    let pieces = p.split('/').filter((x) => x.length > 0);
    if (pieces.length >= 2) {
        if (pieces[0] !== 'src')
            throw new UriError('UnsupportedKind', `unsupported uri kind: ${pieces[0]}`);
        const provider = pieces[1];
        if (provider !== 'gh' && provider !== 'gl' && provider !== 'git') {
            throw new UriError('UnsupportedKind', `unsupported uri kind: ${provider}`);
        }
        const refAt = provider === 'gh' ? 4 : 3;
        if (pieces[refAt] === 'ref') {
            const pathAt = pieces.indexOf('path', refAt + 2);
            if (pathAt > refAt + 2) {
                const refEnc = pieces.slice(refAt + 1, pathAt).join('%2F');
                pieces = [...pieces.slice(0, refAt + 1), refEnc, ...pieces.slice(pathAt)];
            }
        }
    }
    return parseSourceUri(SCHEME + pieces.join('/'));
}


/***/ }),

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ remoteUrlToSourceUri),
/* harmony export */   P0: () => (/* binding */ cleanRemotePath),
/* harmony export */   py: () => (/* binding */ remoteHostAndPath),
/* harmony export */   um: () => (/* binding */ stripUrlCredentials)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7778);
// Remote URL → source URI (hail-and-store.md 7.6; git-native.md 10.5).


/**
 * Removes credentials from a remote URL. `http://`/`https://` (scheme compared ASCII case-insensitively): the
 * whole userinfo (`user[:password]@`) is removed. Other `scheme://` URLs: only `:password` is removed. The
 * userinfo is everything up to the last `@` before the first `/` after `://`. Text without `://` (scp form
 * `user@host:path`, local paths) is returned unchanged.
 */
function stripUrlCredentials(url) {
    const sep = url.indexOf('://');
    if (sep < 0)
        return url;
    const scheme = url.slice(0, sep);
    const rest = url.slice(sep + 3);
    const slash = rest.indexOf('/');
    const authority = slash < 0 ? rest : rest.slice(0, slash);
    const tail = rest.slice(authority.length);
    const at = authority.lastIndexOf('@');
    if (at < 0)
        return url;
    const userinfo = authority.slice(0, at);
    const hostPort = authority.slice(at + 1);
    const lower = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(scheme);
    if (lower === 'http' || lower === 'https')
        return `${scheme}://${hostPort}${tail}`;
    const colon = userinfo.indexOf(':');
    if (colon < 0)
        return url;
    const user = userinfo.slice(0, colon);
    // `ssh://:secret@host` has no user left: drop the now-empty userinfo with its `@`.
    return user.length > 0 ? `${scheme}://${user}@${hostPort}${tail}` : `${scheme}://${hostPort}${tail}`;
}
/**
 * 7.6 step 1: (host, path) of a remote URL, or `undefined` when it has no host (local paths).
 * scp form: no `://`, `user@host:path` with `user`, `host` and `path` non-empty and no `/` before the `:`.
 * `scheme://` form: drop up to the last `@` before the first `/`, split at the first `/`, drop `:port`
 * (for a bracketed IPv6 host, everything after `]`).
 */
function remoteHostAndPath(url) {
    const sep = url.indexOf('://');
    if (sep < 0) {
        const colon = url.indexOf(':');
        if (colon < 0)
            return undefined;
        const before = url.slice(0, colon);
        const path = url.slice(colon + 1);
        const at = before.lastIndexOf('@');
        if (at <= 0 || before.includes('/'))
            return undefined;
        const host = before.slice(at + 1);
        if (host.length === 0 || path.length === 0)
            return undefined;
        return { host, path };
    }
    const rest = url.slice(sep + 3);
    const slash = rest.indexOf('/');
    let authority = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : rest.slice(slash);
    const at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.slice(at + 1);
    let host;
    if (authority.startsWith('[')) {
        const close = authority.indexOf(']');
        host = close < 0 ? authority : authority.slice(0, close + 1);
    }
    else {
        const colon = authority.indexOf(':');
        host = colon < 0 ? authority : authority.slice(0, colon);
    }
    return { host, path };
}
/**
 * 7.6 step 2: the path without leading `/`s and with trailing `.git` removed repeatedly. Trailing `/`s are
 * removed too (interleaved with `.git`), so `group/repo.git/` and `group/repo/` clean to `group/repo`.
 */
function cleanRemotePath(path) {
    let p = path.replace(/^\/+/, '');
    for (;;) {
        const before = p;
        p = p.replace(/\/+$/, '');
        if (p.endsWith('.git'))
            p = p.slice(0, -4);
        if (p === before)
            return p;
    }
}
/**
 * Names a file at (remote URL, ref, path) as a source URI (hail-and-store.md 7.6). The URL is trimmed first.
 * github.com (≥ 2 segments passing the gh owner/repo rule) → gh; gitlab.com (≥ 1 segment) → gl with the
 * cleaned path as project; anything else → git with the credential-stripped URL as remote. The result is
 * validated and canonicalised through `parse(format(·))`, so an empty ref or a `..` path throws the `UriError`
 * of 7.3 and every returned value formats to a parseable URI.
 */
function remoteUrlToSourceUri(remoteUrl, ref, path) {
    const url = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(remoteUrl);
    const hp = remoteHostAndPath(url);
    if (hp !== undefined) {
        const host = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(hp.host);
        const cleaned = cleanRemotePath(hp.path);
        const segments = cleaned.split('/').filter((s) => s.length > 0);
        if (host === 'github.com' &&
            segments.length >= 2 &&
            (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwnerRepoSegment */ .x4)(segments[0]) &&
            (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwnerRepoSegment */ .x4)(segments[1])) {
            return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'gh', owner: segments[0], repo: segments[1], ref, path });
        }
        if (host === 'gitlab.com' && segments.length >= 1) {
            return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'gl', project: cleaned, ref, path });
        }
    }
    return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'git', remote: stripUrlCredentials(url), ref, path });
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ UriError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
// Source URI model (hail-and-store.md 7.1). `ref`, `path`, `project` and `remote` are stored decoded;
// hashes are stored lowercase.

/** A source-URI error (hail-and-store.md 7.3). `message` is the spec text; `kind` classifies it. */
class UriError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'UriError';
        this.kind = kind;
    }
}


/***/ })

};
;