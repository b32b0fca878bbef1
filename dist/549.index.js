"use strict";
exports.id = 549;
exports.ids = [549,409];
exports.modules = {

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit),
/* harmony export */   i: () => (/* binding */ runGitRaw)
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ base64UrlEncode),
/* harmony export */   DH: () => (/* binding */ ledgerRef),
/* harmony export */   JL: () => (/* binding */ normalizeRepoName),
/* harmony export */   LO: () => (/* binding */ LEDGER_REF_PREFIX),
/* harmony export */   PH: () => (/* binding */ stripCredentials),
/* harmony export */   Wf: () => (/* binding */ resolveLedgerBranch),
/* harmony export */   ZY: () => (/* binding */ base64UrlDecode),
/* harmony export */   h_: () => (/* binding */ ledgerToken),
/* harmony export */   iR: () => (/* binding */ branchOfLedgerRef),
/* harmony export */   sD: () => (/* binding */ NOTES_REF)
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
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8843);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9608);
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
/** §2.4: credential-stripped URL of `origin` (else of `fallbackRemote`) and its repo name. */
async function readRepoFacts(repo, fallbackRemote) {
    const urlOf = async (name) => {
        if (name.includes('://') || /^[^\s/@:]+@[^\s/:]+:/.test(name))
            return name;
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .E)(['config', '--get', `remote.${name}.url`], { cwd: repo.root });
        const url = res.stdout.trim();
        return res.code === 0 && url !== '' ? url : undefined;
    };
    let url = await urlOf('origin');
    if (url === undefined && fallbackRemote !== undefined && fallbackRemote !== '')
        url = await urlOf(fallbackRemote);
    if (url === undefined)
        return {};
    const remote = (0,_refs__WEBPACK_IMPORTED_MODULE_4__/* .stripCredentials */ .PH)(url);
    const facts = { remote };
    const name = (0,_refs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeRepoName */ .JL)(remote);
    if (name !== undefined)
        facts.repo_name = name;
    return facts;
}


/***/ }),

/***/ 84:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   pl: () => (/* binding */ addCount),
/* harmony export */   wv: () => (/* binding */ totalCount),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* unused harmony exports regexSpans, ruleSpans, stripHomePaths, mergeCounts */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3171);
// Secret redaction of one string (hail-and-store.md 6.3) and home-path stripping (6.4).


/** An existing marker; such spans are taken as already accepted (6.3 step 1). */
const MARKER = /\[REDACTED:[a-z0-9_]+\]/g;
function marker(ruleId) {
    return `[REDACTED:${ruleId}]`;
}
/** Spans of `rule` by running its normative pattern with the spec's scanning loop (6.3 step 2). */
function regexSpans(rule, text) {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('d') ? rule.pattern.flags : rule.pattern.flags + 'd');
    const spans = [];
    let m;
    while ((m = re.exec(text)) !== null) {
        if (rule.accept !== undefined && !rule.accept(m)) {
            re.lastIndex = m.index + 1;
            continue;
        }
        if (m[0].length === 0)
            re.lastIndex++; // never for the baseline rules; guards added rules
        if (rule.spanGroups === undefined) {
            spans.push({ start: m.index, end: m.index + m[0].length });
        }
        else {
            for (const g of rule.spanGroups) {
                const range = m.indices?.[g];
                if (range !== undefined) {
                    spans.push({ start: range[0], end: range[1] });
                    break;
                }
            }
        }
    }
    return spans;
}
/** Spans of one rule over `text` (its linear scanner when it has one). */
function ruleSpans(rule, text) {
    return rule.scan !== undefined ? rule.scan(text) : regexSpans(rule, text);
}
const compiledCache = new WeakMap();
function compile(rules) {
    let c = compiledCache.get(rules);
    if (c === undefined) {
        const everyRuleHinted = rules.every((r) => r.hint !== undefined);
        const anyHint = everyRuleHinted ? new RegExp(rules.map((r) => `(?:${r.hint.source})`).join('|'), 'i') : null;
        c = { rules, anyHint };
        compiledCache.set(rules, c);
    }
    return c;
}
/** Adds `n` to `counts[id]` (an own property, also for the id `__proto__`). */
function addCount(counts, id, n) {
    (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .setOwn */ .P5)(counts, id, (Object.hasOwn(counts, id) ? counts[id] : 0) + n);
}
/**
 * Replaces secrets in `text` by `[REDACTED:<rule>]` markers, adding to `counts`. Exported for rule sets that extend
 * the baseline; `redactText` is the public entry point.
 */
function redactSecrets(text, counts, rules = _rules__WEBPACK_IMPORTED_MODULE_1__/* .REDACTION_RULES */ .iz) {
    const compiled = compile(rules);
    if (compiled.anyHint !== null && !compiled.anyHint.test(text))
        return text;
    const candidates = [];
    for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        if (rule.hint !== undefined && !rule.hint.test(text))
            continue;
        for (const s of ruleSpans(rule, text))
            candidates.push({ start: s.start, end: s.end, priority: i });
    }
    if (candidates.length === 0)
        return text;
    const markers = [];
    if (text.includes('[REDACTED:')) {
        for (const m of text.matchAll(MARKER))
            markers.push({ start: m.index, end: m.index + m[0].length, priority: -1 });
    }
    const all = markers.length > 0 ? candidates.concat(markers) : candidates;
    all.sort((a, b) => a.start - b.start || a.priority - b.priority);
    // Single sweep (6.3 step 3). Markers take part as accepted spans that win ties; a rule span that starts before a
    // marker and reaches into it covers it (extended to the marker's end so no marker is ever cut in half).
    const parts = [];
    let lastEnd = 0; // end of the previously accepted span
    let copied = 0; // text copied to `parts` up to here
    let mi = 0; // next marker that could be cut by an accepted rule span
    for (const c of all) {
        if (c.start < lastEnd)
            continue;
        if (c.priority < 0) {
            lastEnd = c.end;
            continue;
        }
        let end = c.end;
        while (mi < markers.length && markers[mi].end <= c.start)
            mi++;
        for (let k = mi; k < markers.length && markers[k].start < end; k++) {
            if (markers[k].end > end)
                end = markers[k].end;
        }
        const id = rules[c.priority].id;
        parts.push(text.slice(copied, c.start), marker(id));
        copied = end;
        lastEnd = end;
        addCount(counts, id, 1);
    }
    if (parts.length === 0)
        return text;
    parts.push(text.slice(copied));
    return parts.join('');
}
/** 6.4: `/home/<user>`, `/Users/<user>`, `C:\Users\<user>` at a path boundary. */
// eslint-disable-next-line no-useless-escape -- verbatim from the spec
const HOME_PATH = /(?<![A-Za-z0-9_.-])(?:\/home\/|\/Users\/|[Cc]:\\[Uu][Ss][Ee][Rr][Ss]\\)[^\s\/\\"'`<>|:;,()\[\]{}]+/g;
/** Replaces every home directory prefix by `~` (section 6.4). */
function stripHomePaths(text) {
    if (!text.includes('/home/') && !text.includes('/Users/') && !text.includes(':\\'))
        return text;
    return text.replace(HOME_PATH, '~');
}
/**
 * Redacts secrets (6.3), then strips home paths when `stripHomePaths` is on (6.4). `counts` has an entry only for
 * rules that replaced something; home-path stripping is not counted.
 */
function redactText(text, opts) {
    const counts = {};
    let out = redactSecrets(text, counts);
    if (opts.stripHomePaths)
        out = stripHomePaths(out);
    return { text: out, counts };
}
/** Sums per-rule counts into a new object (rules in first-seen order). */
function mergeCounts(...parts) {
    const out = {};
    for (const p of parts)
        for (const [id, n] of Object.entries(p))
            if (n !== 0)
                addCount(out, id, n);
    return out;
}
/** Total number of replacements in `counts`. */
function totalCount(counts) {
    let n = 0;
    for (const v of Object.values(counts))
        n += v;
    return n;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ isSecretKeyName),
/* harmony export */   aY: () => (/* binding */ isExcludedSecretValue),
/* harmony export */   iz: () => (/* binding */ REDACTION_RULES)
/* harmony export */ });
/* unused harmony exports SECRET_KEY_SUFFIXES, scanKeyValueSecrets, CONNECTION_STRING_SCHEMES, REDACTION_RULE_IDS */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// The secret-redaction rule table (hail-and-store.md section 6.3). This is the single place where rules are
// defined; the engine (engine.ts) only knows the generic `RedactionRule` shape.
//
// Each rule's `pattern` is the normative JS regex of the spec, verbatim (flags `g` + `d`, plus `i` where the spec
// has it). Two families get a hand-written `scan` that returns exactly the spans the pattern would produce under the
// spec's scanning loop (a match failing the rule's condition resumes at match start + 1) but in linear time: the spec
// regexes for `key_value_secret` and for URL credentials backtrack quadratically over long runs of key/scheme
// characters (a 300 KB base64url blob took ~4 s). Differential tests in __tests__/core/redact pin `scan` to `pattern`.
//
// Extending: a maintained rule set appends rules after these (lower priority) via `[...REDACTION_RULES, extra]`;
// the baseline entries and their order must not change.

// ---------------------------------------------------------------------------------------------
// key_value_secret key and value tests
/** Suffixes of the key test (key ASCII-lowercased with `_`, `-`, `.` removed). */
const SECRET_KEY_SUFFIXES = [
    'password',
    'passwd',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'accesskey',
    'secretkey',
    'privatekey',
    'accountkey',
    'authkey',
    'credential',
    'credentials',
];
const MAX_SUFFIX_LENGTH = Math.max(...SECRET_KEY_SUFFIXES.map((s) => s.length));
function endsWithSecretSuffix(condensedLower) {
    for (const suffix of SECRET_KEY_SUFFIXES)
        if (condensedLower.endsWith(suffix))
            return true;
    return false;
}
/** Key test of `key_value_secret` (also used for structured secrets in attributes and `Json` data). */
function isSecretKeyName(key) {
    return endsWithSecretSuffix((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(key).replace(/[-_.]/g, ''));
}
const EXCLUDED_WORDS = new Set(['true', 'false', 'null', 'none', 'undefined']);
/**
 * Value test: true when the value is an excluded value (`true`/`false`/`null`/`none`/`undefined` in any ASCII case,
 * a value starting with `$` or `<`, or a value consisting only of `*`). The empty string consists only of `*`
 * (vacuously), so it is excluded too; text matches are never empty.
 */
function isExcludedSecretValue(value) {
    if (value.length === 0)
        return true;
    const c = value.charCodeAt(0);
    if (c === 0x24 /* $ */ || c === 0x3c /* < */)
        return true;
    if (value.length <= 9 && EXCLUDED_WORDS.has((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(value)))
        return true;
    for (let i = 0; i < value.length; i++)
        if (value.charCodeAt(i) !== 0x2a /* * */)
            return false;
    return true;
}
// ---------------------------------------------------------------------------------------------
// Character classes used by the scanners
function isAsciiLetter(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
/** `[A-Za-z_]` */
function isKeyStart(c) {
    return isAsciiLetter(c) || c === 0x5f;
}
/** `[A-Za-z0-9_.-]` */
function isKeyChar(c) {
    return isAsciiLetter(c) || isDigit(c) || c === 0x5f || c === 0x2e || c === 0x2d;
}
/** `[A-Za-z0-9_.]` (the key lookbehind) */
function isKeyLookbehindChar(c) {
    return isAsciiLetter(c) || isDigit(c) || c === 0x5f || c === 0x2e;
}
/** JS regex `\w` without the `u` flag */
function isWordChar(c) {
    return isAsciiLetter(c) || isDigit(c) || c === 0x5f;
}
/** `[A-Za-z0-9+.-]` (URL scheme characters) */
function isSchemeChar(c) {
    return isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2e || c === 0x2d;
}
/** JS regex `\s` */
function isJsSpace(c) {
    return ((c >= 0x09 && c <= 0x0d) ||
        c === 0x20 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Line terminators (what `.` does not match without the `s` flag). */
function isLineTerminator(c) {
    return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
/** Characters excluded from the unquoted value `[^\s"'`,;&\]}]`. */
function endsUnquotedValue(c) {
    return (isJsSpace(c) ||
        c === 0x22 ||
        c === 0x27 ||
        c === 0x60 ||
        c === 0x2c ||
        c === 0x3b ||
        c === 0x26 ||
        c === 0x5d ||
        c === 0x7d);
}
/** The value part of rule 15 at `v` (after `[=:][ \t]*`): the three alternatives, in regex order. */
function matchValue(text, v) {
    const n = text.length;
    if (v >= n)
        return null;
    const first = text.charCodeAt(v);
    if (first === 0x22 /* " */) {
        // "((?:[^"\\\r\n]|\\.)+)"
        let k = v + 1;
        for (;;) {
            if (k >= n)
                return null;
            const c = text.charCodeAt(k);
            if (c === 0x22)
                break;
            if (c === 0x5c /* \ */) {
                if (k + 1 >= n || isLineTerminator(text.charCodeAt(k + 1)))
                    return null;
                k += 2;
            }
            else if (c === 0x0a || c === 0x0d) {
                return null;
            }
            else {
                k++;
            }
        }
        return k > v + 1 ? { start: v + 1, end: k, matchEnd: k + 1 } : null;
    }
    if (first === 0x27 /* ' */) {
        // '([^'\r\n]+)'
        let k = v + 1;
        while (k < n) {
            const c = text.charCodeAt(k);
            if (c === 0x27 || c === 0x0a || c === 0x0d)
                break;
            k++;
        }
        if (k >= n || text.charCodeAt(k) !== 0x27 || k === v + 1)
            return null;
        return { start: v + 1, end: k, matchEnd: k + 1 };
    }
    // ([^\s"'`,;&\]}]+)
    let k = v;
    while (k < n && !endsUnquotedValue(text.charCodeAt(k)))
        k++;
    return k > v ? { start: v, end: k, matchEnd: k } : null;
}
/** Condensed (lowercased, `_-.` removed) key `text[start, end)` ends with a secret suffix; reads at most the tail. */
function keyTailIsSecret(text, start, end) {
    let tail = '';
    for (let k = end - 1; k >= start && tail.length < MAX_SUFFIX_LENGTH; k--) {
        const c = text.charCodeAt(k);
        if (c === 0x5f || c === 0x2d || c === 0x2e)
            continue;
        tail = String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 32 : c) + tail;
    }
    return endsWithSecretSuffix(tail);
}
function nextSeparator(text, from, cache) {
    if (cache.eq !== -1 && cache.eq < from)
        cache.eq = text.indexOf('=', from);
    if (cache.colon !== -1 && cache.colon < from)
        cache.colon = text.indexOf(':', from);
    if (cache.eq === -1)
        return cache.colon;
    if (cache.colon === -1)
        return cache.eq;
    return Math.min(cache.eq, cache.colon);
}
/**
 * Spans of rule 15, equal to scanning KEY_VALUE_PATTERN with the key and value tests. A match is anchored at its
 * `[=:]`; the key before it is always the maximal run of key characters (a shorter key would be followed by a key
 * character, which is neither the closing quote, `[ \t]` nor `[=:]`), so the candidate match starts for one
 * separator are the run start and every key start right after a `-` (the only key character outside the
 * lookbehind class). They all share the value, and since shorter keys are suffixes of longer ones, the leftmost
 * start at or after the scan position passes the key test whenever any does.
 */
function scanKeyValueSecrets(text) {
    const spans = [];
    const cache = { eq: -2, colon: -2 };
    cache.eq = text.indexOf('=');
    cache.colon = text.indexOf(':');
    let last = 0; // lastIndex of the emulated regex
    for (let c = nextSeparator(text, 0, cache); c !== -1; c = nextSeparator(text, c + 1, cache)) {
        let i = c;
        while (i > 0) {
            const s = text.charCodeAt(i - 1);
            if (s !== 0x20 && s !== 0x09)
                break;
            i--;
        }
        if (i === 0)
            continue;
        const before = text.charCodeAt(i - 1);
        let keyEnd;
        let quote = -1;
        if (before === 0x22 || before === 0x27) {
            quote = before;
            keyEnd = i - 1;
        }
        else if (isKeyChar(before)) {
            keyEnd = i;
        }
        else {
            continue;
        }
        let runStart = keyEnd;
        while (runStart > 0 && isKeyChar(text.charCodeAt(runStart - 1)))
            runStart--;
        if (runStart === keyEnd)
            continue;
        let keyStart = -1;
        if (quote !== -1) {
            // (["']) key \1 : the opening quote sits right before the run
            const q = runStart - 1;
            if (q >= last &&
                text.charCodeAt(q) === quote &&
                isKeyStart(text.charCodeAt(runStart)) &&
                (q === 0 || !isKeyLookbehindChar(text.charCodeAt(q - 1)))) {
                keyStart = runStart;
            }
        }
        else {
            for (let s = Math.max(runStart, last); s < keyEnd; s++) {
                if (!isKeyStart(text.charCodeAt(s)))
                    continue;
                if (s > runStart && text.charCodeAt(s - 1) !== 0x2d /* - */)
                    continue;
                keyStart = s;
                break;
            }
        }
        if (keyStart === -1 || !keyTailIsSecret(text, keyStart, keyEnd))
            continue;
        let v = c + 1;
        while (v < text.length) {
            const s = text.charCodeAt(v);
            if (s !== 0x20 && s !== 0x09)
                break;
            v++;
        }
        // Cheap exclusion first: a value starting with `$` or `<` fails whatever its extent.
        const first = text.charCodeAt(v);
        const contentFirst = first === 0x22 || first === 0x27 ? text.charCodeAt(v + 1) : first;
        if (contentFirst === 0x24 || contentFirst === 0x3c)
            continue;
        const value = matchValue(text, v);
        if (value === null || isExcludedSecretValue(text.slice(value.start, value.end)))
            continue;
        spans.push({ start: value.start, end: value.end });
        last = value.matchEnd;
    }
    return spans;
}
// ---------------------------------------------------------------------------------------------
// URL credential scanner (rules 11 and 12)
/** Schemes of rule 11 (`connection_string`), compared ASCII-lowercased. */
const CONNECTION_STRING_SCHEMES = [
    'postgres',
    'postgresql',
    'mysql',
    'mariadb',
    'mongodb',
    'mongodb+srv',
    'redis',
    'rediss',
    'amqp',
    'amqps',
    'mssql',
    'sqlserver',
];
const CONNECTION_SCHEME_SET = new Set(CONNECTION_STRING_SCHEMES);
const MAX_SCHEME_LENGTH = Math.max(...CONNECTION_STRING_SCHEMES.map((s) => s.length));
function isConnectionScheme(scheme) {
    return scheme.length <= MAX_SCHEME_LENGTH && CONNECTION_SCHEME_SET.has((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(scheme));
}
/** The part of the URL pattern after the scheme; sticky, anchored at the `:` of `://`. */
const URL_TAIL = /:\/\/[^\s:@/?#]+:([^\s/?#]+)@/dy;
/**
 * Spans of the URL pattern whose scheme passes `wantConnectionScheme` (rule 11) or fails it (rule 12). The scheme
 * is the whole run of scheme characters before `://` from some word-boundary letter on; the rest of the match does
 * not depend on where the scheme starts, so each `://` is parsed once.
 */
function scanUrlPasswords(text, wantConnectionScheme) {
    const spans = [];
    let last = 0;
    for (let c = text.indexOf('://'); c !== -1; c = text.indexOf('://', c + 1)) {
        if (c <= last)
            continue;
        URL_TAIL.lastIndex = c;
        const m = URL_TAIL.exec(text);
        if (m === null)
            continue;
        let runStart = c;
        while (runStart > last && isSchemeChar(text.charCodeAt(runStart - 1)))
            runStart--;
        for (let s = runStart; s < c; s++) {
            if (!isAsciiLetter(text.charCodeAt(s)))
                continue;
            if (s > 0 && isWordChar(text.charCodeAt(s - 1)))
                continue; // \b
            const isConn = c - s <= MAX_SCHEME_LENGTH && isConnectionScheme(text.slice(s, c));
            if (isConn !== wantConnectionScheme)
                continue;
            const [start, end] = m.indices[1];
            spans.push({ start, end });
            last = URL_TAIL.lastIndex;
            break;
        }
    }
    return spans;
}
// ---------------------------------------------------------------------------------------------
// The table
const URL_PATTERN_SOURCE = String.raw `\b([A-Za-z][A-Za-z0-9+.-]*):\/\/[^\s:@\/?#]+:([^\s\/?#]+)@`;
/** Keyword skeleton shared by every secret key suffix (`pass`, `secret`, `token`, `key`, `cred`), `_-.` allowed between letters. */
const KEY_NAME_HINT = /p[-_.]*a[-_.]*s[-_.]*s|s[-_.]*e[-_.]*c[-_.]*r[-_.]*e[-_.]*t|t[-_.]*o[-_.]*k[-_.]*e[-_.]*n|k[-_.]*e[-_.]*y|c[-_.]*r[-_.]*e[-_.]*d/i;
/** The 15 baseline rules of section 6.3, in priority order. */
const REDACTION_RULES = Object.freeze([
    {
        id: 'private_key',
        pattern: /-----BEGIN[ A-Z0-9]*PRIVATE KEY-----[\s\S]*?(?:-----END[ A-Z0-9]*PRIVATE KEY-----|$)/dg,
        hint: /-----BEGIN/,
    },
    {
        id: 'anthropic_api_key',
        pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/dg,
        hint: /sk-ant-/,
    },
    {
        id: 'openai_api_key',
        pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/dg,
        hint: /sk-/,
    },
    {
        id: 'github_token',
        pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/dg,
        hint: /gh[pousr]_|github_pat_/,
    },
    {
        id: 'gitlab_token',
        pattern: /\bgl(?:pat|dt|ptt|rt|cbt|oas|ft|imt|soat|agent)-[A-Za-z0-9_-]{20,}/dg,
        hint: /gl(?:pat|dt|ptt|rt|cbt|oas|ft|imt|soat|agent)-/,
    },
    {
        id: 'aws_access_key_id',
        pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/dg,
        hint: /AKIA|ASIA|ABIA|ACCA/,
    },
    {
        id: 'google_api_key',
        pattern: /\bAIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/dg,
        hint: /AIza/,
    },
    {
        id: 'slack_token',
        pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/dg,
        hint: /xox[abposr]-/,
    },
    {
        id: 'stripe_key',
        pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/dg,
        hint: /[sr]k_(?:live|test)_/,
    },
    {
        id: 'jwt',
        pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/dg,
        hint: /eyJ/,
    },
    {
        id: 'connection_string',
        pattern: new RegExp(URL_PATTERN_SOURCE, 'dg'),
        spanGroups: [2],
        accept: (m) => isConnectionScheme(m[1]),
        hint: /:\/\//,
        scan: (text) => scanUrlPasswords(text, true),
    },
    {
        id: 'url_credentials',
        pattern: new RegExp(URL_PATTERN_SOURCE, 'dg'),
        spanGroups: [2],
        accept: (m) => !isConnectionScheme(m[1]),
        hint: /:\/\//,
        scan: (text) => scanUrlPasswords(text, false),
    },
    {
        id: 'connection_string',
        pattern: /(?<![A-Za-z0-9_])(?:password|pwd|accountkey|sharedaccesskey)[ \t]*=[ \t]*([^;\r\n]+)(?=;)/dgi,
        spanGroups: [1],
        hint: /password|pwd|accountkey|sharedaccesskey/i,
    },
    {
        id: 'bearer_token',
        // eslint-disable-next-line no-useless-escape -- verbatim from the spec
        pattern: /\bbearer[ \t]+((?=[A-Za-z._~+\/-]*[0-9])[A-Za-z0-9._~+\/-]{16,}=*)/dgi,
        spanGroups: [1],
        hint: /bearer/i,
    },
    {
        id: 'key_value_secret',
        pattern: /(?<![A-Za-z0-9_.])(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*[=:][ \t]*(?:"((?:[^"\\\r\n]|\\.)+)"|'([^'\r\n]+)'|([^\s"'`,;&\]}]+))/dg,
        spanGroups: [3, 4, 5],
        accept: (m) => isSecretKeyName(m[2]) && !isExcludedSecretValue(m[3] ?? m[4] ?? m[5]),
        hint: KEY_NAME_HINT,
        scan: scanKeyValueSecrets,
    },
]);
/** Distinct rule ids in priority order (first occurrence); `connection_string` is shared by rules 11 and 13. */
const REDACTION_RULE_IDS = Object.freeze([...new Set(REDACTION_RULES.map((r) => r.id))]);


/***/ })

};
;