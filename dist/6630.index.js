"use strict";
exports.id = 6630;
exports.ids = [6630,6790,8843,4409,9608,408];
exports.modules = {

/***/ 6630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configCommand: () => (/* binding */ configCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _core_config_share__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(408);
/* harmony import */ var _core_ledger_repo__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6790);
/* harmony import */ var _output__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5338);
// `opensession config init [--base-url <url>]` and `opensession config show` (git-native.md §12).




function configFile(ctx) {
    return (0,_core_config_share__WEBPACK_IMPORTED_MODULE_1__.shareConfigPath)((0,_core_ledger_repo__WEBPACK_IMPORTED_MODULE_2__.findRepoRoot)(ctx.cwd) ?? ctx.cwd);
}
function configCommand(ctx) {
    const config = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('config').description('repository config (.opensession/config.toml)');
    config
        .command('init')
        .description('create or update share.base_url, keeping the rest of the file')
        .option('--base-url <url>', 'web viewer base URL (default: https://opensession.io)')
        .action((flags) => {
        const file = configFile(ctx);
        const { url } = (0,_core_config_share__WEBPACK_IMPORTED_MODULE_1__/* .initShareConfig */ .AJ)(file, flags.baseUrl);
        ctx.stdout(`config: ${file}\nbase_url: ${url}\n`);
    });
    config
        .command('show')
        .description('print the config path and share.base_url')
        .option('--json', 'print a JSON object: {"base_url", "config"}')
        .action((flags) => {
        const file = configFile(ctx);
        const url = (0,_core_config_share__WEBPACK_IMPORTED_MODULE_1__.loadShareBaseUrl)(file);
        if (flags.json)
            (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, { base_url: url, config: file });
        else
            ctx.stdout(`config: ${file}\nbase_url: ${url}\n`);
    });
    return config;
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

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGit: () => (/* binding */ runGit),
/* harmony export */   runGitRaw: () => (/* binding */ runGitRaw)
/* harmony export */ });
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
// The system `git` CLI, for network operations and the few reads the spec routes through it (§1, §17).

/** Runs `git <args>` without a shell and returns stdout as bytes; rejects only when git cannot start. */
function runGitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const env = {};
        for (const [k, v] of Object.entries({ ...(options.baseEnv ?? process.env), ...(options.env ?? {}) })) {
            if (v !== undefined)
                env[k] = v;
        }
        env.LC_ALL = 'C';
        const child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', reject);
        child.on('close', (code) => {
            resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Runs `git <args>` without a shell; never throws for a non-zero exit (only when git cannot start). */
async function runGit(args, options) {
    const r = await runGitRaw(args, options);
    return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
}


/***/ }),

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEDGER_REF_PREFIX: () => (/* binding */ LEDGER_REF_PREFIX),
/* harmony export */   NOTES_REF: () => (/* binding */ NOTES_REF),
/* harmony export */   base64UrlDecode: () => (/* binding */ base64UrlDecode),
/* harmony export */   base64UrlEncode: () => (/* binding */ base64UrlEncode),
/* harmony export */   branchOfLedgerRef: () => (/* binding */ branchOfLedgerRef),
/* harmony export */   ledgerRef: () => (/* binding */ ledgerRef),
/* harmony export */   ledgerToken: () => (/* binding */ ledgerToken),
/* harmony export */   normalizeRepoName: () => (/* binding */ normalizeRepoName),
/* harmony export */   resolveLedgerBranch: () => (/* binding */ resolveLedgerBranch),
/* harmony export */   stripCredentials: () => (/* binding */ stripCredentials)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _uri_encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _uri_remote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(819);
// Ledger ref names, branch resolution and repository facts (git-native.md §2).



const LEDGER_REF_PREFIX = 'refs/opensession/branches/';
const NOTES_REF = 'refs/notes/opensession';
/** Unpadded base64url of the UTF-8 bytes (RFC 4648 §5). */
function base64UrlEncode(value) {
    return (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(value);
}
/** Strict decoder: rejects padding, `+`, `/`, non-zero trailing bits and non-UTF-8 results (§2.2). */
function base64UrlDecode(token) {
    const bytes = (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlDecodeBytesStrict */ .tS)(token);
    return bytes === undefined ? undefined : (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8Strict */ .h0)(bytes);
}
function ledgerToken(branch) {
    return base64UrlEncode(branch);
}
function ledgerRef(branch) {
    return LEDGER_REF_PREFIX + ledgerToken(branch);
}
/** The branch a ledger ref belongs to, or undefined when the ref is not a valid ledger ref. */
function branchOfLedgerRef(ref) {
    if (!ref.startsWith(LEDGER_REF_PREFIX))
        return undefined;
    return base64UrlDecode(ref.slice(LEDGER_REF_PREFIX.length));
}
/** §2.3: the branch name, else `detached@<8 hex of head>`, else `detached`. */
function resolveLedgerBranch(branch, head) {
    const b = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(branch ?? '');
    if (b !== '' && b.toUpperCase() !== 'HEAD')
        return b;
    const hex = (head ?? '').replace(/[^0-9a-fA-F]/g, '');
    if (hex.length >= 8)
        return `detached@${hex.slice(0, 8)}`;
    return 'detached';
}
const SCP_LIKE = /^[^\s/@:]+@([^\s/:]+):(.+)$/;
/** §10.5 credential stripping: http(s) loses the whole userinfo, other schemes only the password. */
function stripCredentials(url) {
    return (0,_uri_remote__WEBPACK_IMPORTED_MODULE_2__/* .stripUrlCredentials */ .um)(url);
}
/** §2.4 `normalizeRepoName(url)`: `owner/repo` style path of a remote URL, or undefined. */
function normalizeRepoName(url) {
    const u = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(url);
    let path;
    const scheme = /^(https?|ssh):\/\/(.*)$/is.exec(u);
    if (scheme !== null) {
        const slash = scheme[2].indexOf('/');
        path = slash === -1 ? undefined : scheme[2].slice(slash + 1);
    }
    else if (!u.includes('://')) {
        const scp = SCP_LIKE.exec(u);
        if (scp !== null)
            path = scp[2];
    }
    if (path === undefined)
        return undefined;
    if (path.endsWith('.git'))
        path = path.slice(0, -4);
    return path.includes('/') ? path : undefined;
}


/***/ }),

/***/ 6790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZERO_OID: () => (/* binding */ ZERO_OID),
/* harmony export */   discoverRepo: () => (/* binding */ discoverRepo),
/* harmony export */   findRepoRoot: () => (/* binding */ findRepoRoot),
/* harmony export */   openRepo: () => (/* binding */ openRepo),
/* harmony export */   readHead: () => (/* binding */ readHead),
/* harmony export */   readRef: () => (/* binding */ readRef),
/* harmony export */   readRepoFacts: () => (/* binding */ readRepoFacts)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5879);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8843);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9608);
// Repository discovery and ref reads without git (§1, §4.2 step 1): repo root, git dir, common dir.






const ZERO_OID = '0000000000000000000000000000000000000000';
/** Walks up from `start` to the first directory with a `.git` entry (file or directory). */
function findRepoRoot(start) {
    let dir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(start);
    for (;;) {
        if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
            return dir;
        const parent = path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Opens the repository whose root is `root` (it must contain `.git`). */
function openRepo(root) {
    const abs = path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const dotGit = path__WEBPACK_IMPORTED_MODULE_1__.join(abs, '.git');
    let st;
    try {
        st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dotGit);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${abs}`);
    }
    let gitDir = dotGit;
    if (st.isFile()) {
        const text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(dotGit, 'utf8');
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
        if (m === null)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${abs}`);
        gitDir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(abs, m[1]);
    }
    let commonDir = gitDir;
    try {
        const common = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'commondir'), 'utf8').trim();
        if (common !== '')
            commonDir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(gitDir, common);
    }
    catch {
        // no commondir file: the git dir is the common dir
    }
    return { root: abs, gitDir, commonDir };
}
/** Opens the repository containing `start` (walk-up), or throws `not a git repository`. */
function discoverRepo(start) {
    const root = findRepoRoot(start);
    if (root === undefined)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${path__WEBPACK_IMPORTED_MODULE_1__.resolve(start)}`);
    return openRepo(root);
}
function readPackedRef(dir, ref) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'packed-refs'), 'utf8');
    }
    catch {
        return undefined;
    }
    for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#') || line.startsWith('^'))
            continue;
        const sp = line.indexOf(' ');
        if (sp > 0 && line.slice(sp + 1).trimEnd() === ref)
            return line.slice(0, sp);
    }
    return undefined;
}
/** The value of `ref`: loose file, else `packed-refs`, else undefined. Follows symbolic refs. */
function readRef(dir, ref, depth = 0) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ref), 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err.message}`);
        }
    }
    if (text !== undefined) {
        const value = text.trim();
        if (value.startsWith('ref:')) {
            if (depth > 5)
                return undefined;
            return readRef(dir, value.slice(4).trim(), depth + 1);
        }
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value))
            return value;
        return undefined;
    }
    return readPackedRef(dir, ref);
}
/** Reads `HEAD` of the worktree git dir (§2.3 inputs). */
function readHead(repo) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.gitDir, 'HEAD'), 'utf8').trim();
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err.message}`);
    }
    if (text.startsWith('ref:')) {
        const target = text.slice(4).trim();
        const branch = target.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : target;
        return { branch, head: readRef(repo.commonDir, target) };
    }
    return { branch: 'HEAD', head: /^[0-9a-f]{40}/.test(text) ? text : undefined };
}
/**
 * §2.4: credential-stripped URL of `origin` (else of `fallbackRemote`) and its repo name. With `env`, plain
 * config files are read directly instead of starting `git config` (git is asked whenever they are not plain).
 */
async function readRepoFacts(repo, fallbackRemote, env) {
    const urlOf = async (name) => {
        if (name.includes('://') || /^[^\s/@:]+@[^\s/:]+:/.test(name))
            return name;
        const plain = env !== undefined ? (0,_git_config__WEBPACK_IMPORTED_MODULE_3__/* .plainConfigGet */ .l3)(repo.commonDir, repo.gitDir, 'remote', name, 'url', env) : undefined;
        if (plain !== undefined)
            return plain.value !== undefined && plain.value !== '' ? plain.value : undefined;
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_4__.runGit)(['config', '--get', `remote.${name}.url`], { cwd: repo.root });
        const url = res.stdout.trim();
        return res.code === 0 && url !== '' ? url : undefined;
    };
    let url = await urlOf('origin');
    if (url === undefined && fallbackRemote !== undefined && fallbackRemote !== '')
        url = await urlOf(fallbackRemote);
    if (url === undefined)
        return {};
    const remote = (0,_refs__WEBPACK_IMPORTED_MODULE_5__.stripCredentials)(url);
    const facts = { remote };
    const name = (0,_refs__WEBPACK_IMPORTED_MODULE_5__.normalizeRepoName)(remote);
    if (name !== undefined)
        facts.repo_name = name;
    return facts;
}


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ storeLocalObject),
/* harmony export */   F9: () => (/* binding */ readLocalObject),
/* harmony export */   Fh: () => (/* binding */ ensureRepoGitignore),
/* harmony export */   Gn: () => (/* binding */ findRepoRoot),
/* harmony export */   IZ: () => (/* binding */ createFileAtomically),
/* harmony export */   V0: () => (/* binding */ homeFromEnv),
/* harmony export */   _M: () => (/* binding */ readLocalObjectSync),
/* harmony export */   cc: () => (/* binding */ defaultRoot),
/* harmony export */   du: () => (/* binding */ objectPath),
/* harmony export */   eJ: () => (/* binding */ storeLocalObjectStream),
/* harmony export */   zA: () => (/* binding */ candidateRoots)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
// The local content-addressed object store (hail-and-store.md section 8).




const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Section 8: no HOME/USERPROFILE where the global store is needed. */
function noHomeError() {
    return new _errors__WEBPACK_IMPORTED_MODULE_3__/* .GuidedError */ .FQ('could not determine home directory', [
        'set HOME to your home directory, or run the command inside a git repository',
    ]);
}
/** Home from an environment map: HOME, else USERPROFILE (empty counts as unset). */
function homeFromEnv(env) {
    return env.HOME || env.USERPROFILE || undefined;
}
/** The first directory at or above `cwd` (its parent if it names a file) holding an entry `.git`. */
function findRepoRoot(cwd) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir).isDirectory())
            dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
    }
    catch {
        // a missing cwd is walked up like a directory
    }
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, '.git'));
            return dir;
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
            if (parent === dir)
                return undefined;
            dir = parent;
        }
    }
}
function rootsFor(kind, settings) {
    const repoRoot = findRepoRoot(settings.cwd);
    return {
        repoRoot,
        repoStore: repoRoot ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(repoRoot, '.opensession', kind) : undefined,
        globalStore: settings.home ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(settings.home, '.local', 'share', 'opensession', kind) : undefined,
    };
}
/** Roots to read from, in order: repo store (inside a repo), then the global store. */
function candidateRoots(kind, settings) {
    const roots = rootsFor(kind, settings);
    const out = [];
    if (roots.repoStore)
        out.push(roots.repoStore);
    if (roots.globalStore)
        out.push(roots.globalStore);
    else if (!roots.repoStore)
        throw noHomeError();
    return out;
}
function objectPath(root, sha256, ext = '.jsonl') {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}${ext}`);
}
/** The write root of `kind`: the repo store inside a repo, else the global store (section 8, 11.1). */
function defaultRoot(kind, settings) {
    const { repoStore, globalStore } = rootsFor(kind, settings);
    const root = repoStore ?? globalStore;
    if (!root)
        throw noHomeError();
    return { root, inRepo: root === repoStore };
}
/** Writes `<dir>/.gitignore` = `*\n` (for a store inside a repo) when none exists yet. */
async function ensureRepoGitignore(storeDir) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(storeDir, { recursive: true });
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(storeDir, '.gitignore'), '*\n', { flag: 'wx' });
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw err;
    }
}
/**
 * Creates `target` with `bytes` atomically and only if it does not exist: write a temp file in the
 * same directory, then hard-link it into place (link fails with EEXIST rather than replacing).
 * Returns false when the target already existed.
 */
async function createFileAtomically(target, bytes) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
    try {
        return await linkIntoPlace(tmp, target);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
    }
}
/**
 * Hard-links the finished temp file `tmp` to `target` (same filesystem); false when `target` already
 * existed. The caller removes `tmp`.
 */
async function linkIntoPlace(tmp, target) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.link(tmp, target);
        return true;
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return false;
        // Filesystems without hard links: fall back to rename when the target is still absent.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
            try {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(target);
                return false;
            }
            catch {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, target);
                return true;
            }
        }
        throw err;
    }
}
/**
 * Stores canonical bytes under their sha256 (never overwrites) in the write root: the repo store inside
 * a repo, else the global store.
 */
function storeLocalObject(bytes, settings) {
    return storeLocalObjectStream((consume) => consume(bytes), settings);
}
function writeAll(fd, chunk) {
    for (let off = 0; off < chunk.length;)
        off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, chunk, off, chunk.length - off);
}
/**
 * storeLocalObject for bytes made as a stream (`register`): each chunk is hashed and appended to a
 * temp file in the write root as it comes, so the object is never whole in memory; the file is then
 * linked into place under its sha256. Errors come in the order they would if the bytes were made
 * first: an error thrown by `produce` (bad input) wins over any store error, including a missing
 * home. When anything fails, the temp file and the directories this call created are removed.
 */
async function storeLocalObjectStream(produce, settings) {
    const { repoStore, globalStore } = rootsFor('objects', settings);
    const root = repoStore ?? globalStore;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let made; // the topmost directory this call created
    let tmp;
    let fd;
    let storeError;
    let ok = false;
    if (root) {
        try {
            made = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(root, { recursive: true });
            const name = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, `.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(name, 'wx', 0o644);
            tmp = name;
        }
        catch (err) {
            storeError = err;
        }
    }
    const consume = (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
        if (fd === undefined || storeError !== undefined)
            return;
        try {
            writeAll(fd, chunk);
        }
        catch (err) {
            storeError = err; // reported once `produce` is done: an input error comes first
        }
    };
    try {
        produce(consume);
        if (!root)
            throw noHomeError();
        if (storeError !== undefined)
            throw storeError;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        fd = undefined;
        if (root === repoStore)
            await ensureRepoGitignore(root);
        const sha256 = hash.digest('hex');
        const target = objectPath(root, sha256);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
        const created = await linkIntoPlace(tmp, target);
        ok = true;
        return { uri: `os://src/local/${sha256}`, sha256, path: target, bytes, created };
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        if (tmp !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        if (!ok && made !== undefined && root)
            removeEmptyDirs(root, made);
    }
}
/** Removes `dir` and its parents up to and including `top` while they are empty. */
function removeEmptyDirs(dir, top) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(d);
        }
        catch {
            return; // not empty (someone else wrote there) or already gone
        }
        if (d === top || node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d) === d)
            return;
    }
}
/** The files that may hold object `hash`, in lookup order (repo store, then the user-wide one). */
function objectCandidates(hash, settings) {
    if (!HEX64.test(hash))
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid hash: ${hash}`);
    const sha256 = hash.toLowerCase();
    return { sha256, files: candidateRoots('objects', settings).map((root) => objectPath(root, sha256)) };
}
function isMissing(err) {
    const code = err.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** Reads a stored object from the first candidate root that has it. */
async function readLocalObject(hash, settings) {
    const { sha256, files } = objectCandidates(hash, settings);
    for (const file of files) {
        try {
            return { sha256, path: file, bytes: await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file) };
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`object not found: ${sha256}`);
}
/**
 * `readLocalObject` with synchronous reads, for a one-shot command that reads one object and has nothing to
 * overlap with it (`share`): no thread-pool start-up and round trips.
 */
function readLocalObjectSync(hash, settings) {
    const { sha256, files } = objectCandidates(hash, settings);
    for (const file of files) {
        try {
            return { sha256, path: file, bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file) };
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`object not found: ${sha256}`);
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