"use strict";
exports.id = 4714;
exports.ids = [4714,4849];
exports.modules = {

/***/ 5879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UI: () => (/* binding */ plainRemoteUrl),
/* harmony export */   eS: () => (/* binding */ gitConfigMayHave)
/* harmony export */ });
/* unused harmony export gitConfigFiles */
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


/***/ }),

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pb: () => (/* binding */ HINT_SLACK_SECONDS),
/* harmony export */   T8: () => (/* binding */ checkedOutBranchAt),
/* harmony export */   Vj: () => (/* binding */ sessionWindow),
/* harmony export */   j$: () => (/* binding */ reflogLinks),
/* harmony export */   sd: () => (/* binding */ withHintLink)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
// Linking sessions to commits: the session window, HEAD reflog links and the hint link (§5.1-5.3).


const NS_PER_S = 1000000000n;
function floorDiv(a, b) {
    const q = a / b;
    return a % b !== 0n && a < 0n ? q - 1n : q;
}
function ceilDiv(a, b) {
    const q = a / b;
    return a % b !== 0n && a > 0n ? q + 1n : q;
}
/** §5.1: `[floor(min(created, updated)), ceil(max(created, updated))]` in unix seconds. */
function sessionWindow(session) {
    const a = session.context.created_at;
    const b = session.context.updated_at;
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    return [Number(floorDiv(lo, NS_PER_S)), Number(ceilDiv(hi, NS_PER_S))];
}
/** §5.2: new-shas of `logs/HEAD` entries inside the window, file order, de-duplicated. */
function reflogLinks(gitDir, window) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'logs', 'HEAD'), 'utf8');
    }
    catch {
        return [];
    }
    const out = [];
    const seen = new Set();
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        const tab = line.indexOf('\t');
        const left = tab === -1 ? line : line.slice(0, tab);
        const tokens = left.split(/\s+/).filter((t) => t !== '');
        if (tokens.length < 4)
            continue;
        const sha = tokens[1];
        if (!/^[0-9a-fA-F]{7,}$/.test(sha))
            continue;
        const ts = Number(tokens[tokens.length - 2]);
        if (!Number.isInteger(ts) || ts < window[0] || ts > window[1])
            continue;
        if (seen.has(sha))
            continue;
        seen.add(sha);
        out.push(sha);
    }
    return out;
}
const HINT_SLACK_SECONDS = 21_600;
/** §5.3: appends the hint when it is set, not listed, and committed within the window ± 6 h. */
async function withHintLink(store, links, hint, window) {
    const out = [...links];
    const h = (hint ?? '').trim();
    if (h === '' || /^0+$/.test(h) || out.includes(h))
        return out;
    try {
        const { committerTime } = await store.readCommit(h);
        if (committerTime >= window[0] - HINT_SLACK_SECONDS && committerTime <= window[1] + HINT_SLACK_SECONDS)
            out.push(h);
    }
    catch {
        // an unreadable hint is not linked
    }
    return out;
}
/**
 * A8: the branch checked out in a worktree at unix time `at`, from its `logs/HEAD` checkout entries
 * (`checkout: moving from <a> to <b>`): the target of the last checkout at or before `at`, else the source of
 * the first one after it; undefined when the reflog names no checkout (the caller then uses the current branch).
 */
function checkedOutBranchAt(gitDir, at) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'logs', 'HEAD'), 'utf8');
    }
    catch {
        return undefined;
    }
    let before;
    for (const line of text.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab === -1)
            continue;
        const m = /^checkout: moving from (.+) to (.+)$/.exec(line.slice(tab + 1));
        if (m === null)
            continue;
        const tokens = line
            .slice(0, tab)
            .split(/\s+/)
            .filter((t) => t !== '');
        const ts = Number(tokens[tokens.length - 2]);
        if (!Number.isInteger(ts))
            continue;
        if (ts <= at)
            before = m[2];
        else
            return before ?? m[1];
    }
    return before;
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ readLedgerTip),
/* harmony export */   rx: () => (/* binding */ readLedgerCommit)
/* harmony export */ });
/* unused harmony export assertLedgerTipIsCommit */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
// Ledger refs that exist but cannot be read (amendments-2 A9): an empty or unparsable ref file, or a ref that points
// at something other than a commit, is an error naming the ref with the steps to repair it, never "absent" (treating
// it as absent would start a new root commit and orphan every earlier session of that branch).




const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The last new value recorded in the ref's reflog: the tip before it broke, when git kept a log. */
function lastReflogTip(repo, ref) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'logs', ref), 'utf8');
    }
    catch {
        return undefined;
    }
    const lines = text.split('\n').filter((l) => l !== '');
    for (let i = lines.length - 1; i >= 0; i--) {
        const next = lines[i].split(' ')[1];
        if (next !== undefined && OID.test(next) && !/^0+$/.test(next))
            return next;
    }
    return undefined;
}
function brokenRefError(repo, ref, problem, removable) {
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    const last = lastReflogTip(repo, ref);
    const steps = [
        removable
            ? `remove the broken ref: \`git update-ref -d ${ref}\``
            : `remove the broken ref file (git cannot delete a ref it cannot read): \`rm ${file}\``,
        last !== undefined
            ? `put back the last tip its reflog recorded: \`git update-ref ${ref} ${last}\``
            : `find the earlier ledger commits: \`git fsck --lost-found\` (dangling commits by opensession), then \`git update-ref ${ref} <commit>\``,
        'retry the command',
    ];
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`ledger ref ${ref} is unreadable: ${problem}; nothing was written`, steps);
}
/**
 * The tip of a ledger ref, strictly: undefined only when the ref does not exist; a GuidedError when its file is
 * empty or not an object id (A9). Packed refs and symbolic refs read as `readRef` reads them.
 */
function readLedgerTip(repo, ref) {
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        // absent (or a directory): fall through to readRef, which reports I/O errors
    }
    if (text !== undefined) {
        const value = text.trim();
        if (value === '')
            throw brokenRefError(repo, ref, `${file} is empty`, false);
        if (OID.test(value))
            return value; // the common case: a loose ref holding an id
        if (!value.startsWith('ref:'))
            throw brokenRefError(repo, ref, `${file} does not hold an object id`, false);
    }
    return (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
}
/** Fails with the A9 error unless `oid` (the tip of `ref`) is a commit in the object database. */
async function assertLedgerTipIsCommit(repo, store, ref, oid) {
    const type = await store.objectType(oid);
    if (type === 'commit')
        return;
    const problem = type === undefined
        ? `it points at ${oid}, which is not in the object database`
        : `it points at a ${type} (${oid}), not a commit`;
    throw brokenRefError(repo, ref, problem, type !== undefined);
}
/** `readLedgerTip` plus the commit check: the tip to build on, or undefined for a ledger that does not exist yet. */
async function readLedgerCommit(repo, store, ref) {
    const tip = readLedgerTip(repo, ref);
    if (tip !== undefined)
        await assertLedgerTipIsCommit(repo, store, ref, tip);
    return tip;
}


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addToRepoRegistry: () => (/* binding */ addToRepoRegistry)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
// The repo registry (daemon-and-server.md §2.13): every ledger writer lists its repository for retention.


/**
 * §5.5 step 7 / daemon-and-server.md §2.13: `~/.config/opensession/repo-registry.json` lists the repo root
 * (realpaths, sorted byte-wise), updated under `repo-registry.json.lock`. Best effort: never fails the sync.
 */
function addToRepoRegistry(root, env) {
    const home = env.HOME ?? env.USERPROFILE;
    if (home === undefined || home === '')
        return;
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.config', 'opensession', 'repo-registry.json');
    const lock = `${file}.lock`;
    let real = root;
    try {
        real = fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
    }
    catch {
        // keep as given
    }
    // Already listed (every write after the first): nothing to change, so no lock and no write.
    try {
        const doc = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
        if (Array.isArray(doc.repos) && doc.repos.includes(real))
            return;
    }
    catch {
        // missing or unreadable: the locked path below creates or repairs it
    }
    try {
        fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
        try {
            if (Date.now() - fs__WEBPACK_IMPORTED_MODULE_0__.statSync(lock).mtimeMs > 30_000)
                fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(lock);
        }
        catch {
            // no lock
        }
        fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fs__WEBPACK_IMPORTED_MODULE_0__.openSync(lock, 'wx'));
    }
    catch {
        return; // another writer holds the lock; the next write adds the repo
    }
    try {
        let repos = [];
        if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file)) {
            try {
                const doc = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
                if (!Array.isArray(doc.repos))
                    throw new Error('no repos array');
                repos = doc.repos.filter((r) => typeof r === 'string');
            }
            catch {
                fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(file, `${file}.corrupt-${Date.now()}`);
            }
        }
        if (repos.includes(real))
            return;
        repos = [...new Set([...repos, real])].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
        fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, JSON.stringify({ repos }, null, 2) + '\n');
        fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, file);
    }
    catch {
        // best effort
    }
    finally {
        try {
            fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(lock);
        }
        catch {
            // already gone
        }
    }
}


/***/ }),

/***/ 6193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ applyExcludePatterns),
/* harmony export */   Qg: () => (/* binding */ effectivePrivacy),
/* harmony export */   f_: () => (/* binding */ DEFAULT_EXCLUDE_PATTERNS)
/* harmony export */ });
/* unused harmony exports DEFAULT_PRIVACY, globMatches */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4653);
// Privacy settings of a repository and the exclude_patterns sanitizer (daemon-and-server.md §2.3, §2.4, §2.7),
// applied by the hook's branch sync before redaction (git-native.md §5.5 step 2 and 6).




const DEFAULT_EXCLUDE_PATTERNS = ['*.env', '*secret*', '*credential*'];
const DEFAULT_PRIVACY = {
    stripPaths: true,
    excludeTools: [],
    excludePatterns: DEFAULT_EXCLUDE_PATTERNS,
};
function privacyTable(file) {
    try {
        const p = (0,_toml__WEBPACK_IMPORTED_MODULE_3__/* .parseToml */ .M)(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8')).privacy;
        return p !== undefined && typeof p === 'object' && !Array.isArray(p) ? p : undefined;
    }
    catch {
        return undefined; // unreadable or invalid files count as absent (§5.5 step 2)
    }
}
const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x !== '') : undefined;
/** Global `~/.config/opensession/opensession.toml`, then `.opensession/config.toml`, then `config.local.toml`. */
function effectivePrivacy(repoRoot, env) {
    const home = env.HOME ?? env.USERPROFILE ?? '';
    const layers = [
        home !== '' ? privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.config', 'opensession', 'opensession.toml')) : undefined,
        privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(repoRoot, '.opensession', 'config.toml')),
        privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(repoRoot, '.opensession', 'config.local.toml')),
    ];
    let stripPaths = true;
    for (const l of layers)
        if (typeof l?.strip_paths === 'boolean')
            stripPaths = l.strip_paths;
    const union = (key, globalDefault) => {
        const out = [];
        layers.forEach((l, i) => {
            const list = strings(l?.[key]) ?? (i === 0 ? globalDefault : []);
            for (const x of list)
                if (!out.includes(x))
                    out.push(x);
        });
        return out;
    };
    return {
        stripPaths,
        excludeTools: union('exclude_tools', []),
        excludePatterns: union('exclude_patterns', DEFAULT_EXCLUDE_PATTERNS),
    };
}
/** `*` any run (including `/`), `?` one character, case-insensitive. */
function globMatches(pattern, value) {
    const re = new RegExp('^' +
        [...pattern]
            .map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
            .join('') +
        '$', 'i');
    return re.test(value) || re.test((0,_text__WEBPACK_IMPORTED_MODULE_2__/* .asciiLower */ .F)(value));
}
function eventPaths(e) {
    const out = [];
    const t = e.event_type;
    if (t.type === 'FileRead' || t.type === 'FileEdit' || t.type === 'FileCreate' || t.type === 'FileDelete')
        out.push(t.data.path);
    for (const b of e.content.blocks)
        if (b.type === 'File')
            out.push(b.path);
    return out;
}
const EXCLUDED = '[REDACTED:excluded_path]';
/** Replaces the file contents of events that name an excluded path (the path itself is kept). */
function applyExcludePatterns(session, patterns) {
    if (patterns.length === 0)
        return session;
    const hit = (p) => patterns.some((g) => globMatches(g, p) || globMatches(g, path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(p.replace(/\\/g, '/'))));
    const events = session.events.map((e) => {
        if (!eventPaths(e).some(hit))
            return e;
        const blocks = e.content.blocks.map((b) => {
            if (b.type === 'File')
                return b.content !== undefined ? { ...b, content: EXCLUDED } : b;
            if (b.type === 'Text')
                return { ...b, text: EXCLUDED };
            if (b.type === 'Code')
                return { ...b, code: EXCLUDED };
            return b;
        });
        const t = e.event_type;
        const event_type = t.type === 'FileEdit' && t.data.diff !== undefined ? { ...t, data: { ...t.data, diff: EXCLUDED } } : t;
        return { ...e, event_type, content: { ...e.content, blocks } };
    });
    return { ...session, events };
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