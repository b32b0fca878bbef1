"use strict";
exports.id = 9149;
exports.ids = [9149,6790,4409,8843,1552,9608,2464,4849];
exports.modules = {

/***/ 490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ storeSessionForCheckout)
/* harmony export */ });
/* harmony import */ var _links__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7577);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9608);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7230);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
/* harmony import */ var _store__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(705);





/**
 * Stores `session` for the checkout containing `cwd`; undefined when `cwd` is not inside a repository.
 * Redaction (and home-path stripping per `options.stripHomePaths`) happens inside `storeSession`.
 */
async function storeSessionForCheckout(session, cwd, options = {}) {
    const root = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.findRepoRoot)(cwd);
    if (root === undefined)
        return undefined;
    const repo = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.openRepo)(root);
    const head = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readHead)(repo);
    const branch = (0,_refs__WEBPACK_IMPORTED_MODULE_1__.resolveLedgerBranch)(head.branch, head.head);
    let links = (0,_links__WEBPACK_IMPORTED_MODULE_0__/* .reflogLinks */ .j$)(repo.gitDir, (0,_links__WEBPACK_IMPORTED_MODULE_0__/* .sessionWindow */ .Vj)(session));
    if (links.length === 0 && head.head !== undefined)
        links = [head.head];
    const facts = await (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRepoFacts)(repo);
    const result = await (0,_store__WEBPACK_IMPORTED_MODULE_4__.storeSession)(repo, (0,_refs__WEBPACK_IMPORTED_MODULE_1__.ledgerRef)(branch), session, links, { branch, head: head.head, ...facts }, options);
    (0,_registry__WEBPACK_IMPORTED_MODULE_2__.addToRepoRegistry)(repo.root, options.env ?? process.env);
    return { ...result, repoRoot: repo.root, branch };
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

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ reflogLinksIn),
/* harmony export */   Pb: () => (/* binding */ HINT_SLACK_SECONDS),
/* harmony export */   T8: () => (/* binding */ checkedOutBranchAt),
/* harmony export */   Vj: () => (/* binding */ sessionWindow),
/* harmony export */   j$: () => (/* binding */ reflogLinks),
/* harmony export */   kq: () => (/* binding */ readHeadReflog),
/* harmony export */   lY: () => (/* binding */ checkedOutBranchIn),
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
/** Reads and splits a worktree's `logs/HEAD` once; undefined when it cannot be read. */
function readHeadReflog(gitDir) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'logs', 'HEAD'), 'utf8');
    }
    catch {
        return undefined;
    }
    const out = [];
    for (const line of text.split('\n')) {
        if (line === '')
            continue;
        const tab = line.indexOf('\t');
        const left = tab === -1 ? line : line.slice(0, tab);
        const tokens = left.split(/\s+/).filter((t) => t !== '');
        const entry = {
            sha: tokens.length >= 4 && /^[0-9a-fA-F]{7,}$/.test(tokens[1]) ? tokens[1] : undefined,
            ts: tokens.length >= 2 ? Number(tokens[tokens.length - 2]) : NaN,
        };
        if (tab !== -1) {
            const m = /^checkout: moving from (.+) to (.+)$/.exec(line.slice(tab + 1));
            if (m !== null)
                entry.checkout = [m[1], m[2]];
        }
        out.push(entry);
    }
    return out;
}
/** §5.2: new-shas of `logs/HEAD` entries inside the window, file order, de-duplicated. */
function reflogLinks(gitDir, window) {
    return reflogLinksIn(readHeadReflog(gitDir), window);
}
/** {@link reflogLinks} over a reflog read once with {@link readHeadReflog}. */
function reflogLinksIn(entries, window) {
    const out = [];
    if (entries === undefined)
        return out;
    const seen = new Set();
    for (const e of entries) {
        if (e.sha === undefined || !Number.isInteger(e.ts) || e.ts < window[0] || e.ts > window[1])
            continue;
        if (seen.has(e.sha))
            continue;
        seen.add(e.sha);
        out.push(e.sha);
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
    return checkedOutBranchIn(readHeadReflog(gitDir), at);
}
/** {@link checkedOutBranchAt} over a reflog read once with {@link readHeadReflog}. */
function checkedOutBranchIn(entries, at) {
    if (entries === undefined)
        return undefined;
    let before;
    for (const e of entries) {
        if (e.checkout === undefined || !Number.isInteger(e.ts))
            continue;
        if (e.ts <= at)
            before = e.checkout[1];
        else
            return before ?? e.checkout[0];
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