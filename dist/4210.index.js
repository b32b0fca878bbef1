"use strict";
exports.id = 4210;
exports.ids = [4210,6790,8843,4409,9608,2524];
exports.modules = {

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ withRecomputedStats),
/* harmony export */   Qf: () => (/* binding */ recomputeStats),
/* harmony export */   qX: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony export emptyStats */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Stats fold (hail-and-store.md section 3). Folded event by event so streaming writers need no event list.

const MAX = Number.MAX_SAFE_INTEGER;
/** A token value counts only when it is a non-negative JSON integer ≤ 2^53−1 (floats like 10.0 count 0). */
function tokenValue(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
}
/** amendments-2 A2: the lines of a created file's body (its first `Code` block) count as added lines. */
function createdLines(event) {
    const code = event.content.blocks.find((b) => b.type === 'Code');
    if (code === undefined || code.type !== 'Code' || code.code === '')
        return 0;
    const n = code.code.split('\n').length;
    return code.code.endsWith('\n') ? n - 1 : n;
}
function countDiff(diff, acc) {
    // split on \n; a trailing \r never changes the first characters, so it needs no stripping here
    let start = 0;
    const n = diff.length;
    while (start <= n) {
        let end = diff.indexOf('\n', start);
        if (end < 0)
            end = n;
        const c = diff.charCodeAt(start);
        if (c === 0x2b /* + */) {
            if (!(diff.charCodeAt(start + 1) === 0x2b && diff.charCodeAt(start + 2) === 0x2b && start + 2 < end)) {
                acc.added++;
            }
        }
        else if (c === 0x2d /* - */) {
            if (!(diff.charCodeAt(start + 1) === 0x2d && diff.charCodeAt(start + 2) === 0x2d && start + 2 < end)) {
                acc.removed++;
            }
        }
        start = end + 1;
    }
}
/** Incremental form of recomputeStats: `add` each event in file order, then `result()`. */
class StatsAccumulator {
    eventCount = 0;
    messageCount = 0;
    userMessageCount = 0;
    toolCallCount = 0;
    tasks = new Set();
    paths = new Set();
    lines = { added: 0, removed: 0 };
    inputSum = 0;
    outputSum = 0;
    inputMax = 0;
    outputMax = 0;
    hasInputTotal = false;
    hasOutputTotal = false;
    first;
    last;
    add(event) {
        this.eventCount++;
        if (this.first === undefined)
            this.first = event.timestamp;
        this.last = event.timestamp;
        const et = event.event_type;
        switch (et.type) {
            case 'UserMessage':
                this.userMessageCount++;
                this.messageCount++;
                break;
            case 'AgentMessage':
                this.messageCount++;
                break;
            case 'TaskEnd':
                if (et.data.summary !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(et.data.summary).length > 0)
                    this.messageCount++;
                break;
            case 'ToolCall':
            case 'FileRead':
            case 'CodeSearch':
            case 'FileSearch':
                this.toolCallCount++;
                break;
            case 'FileEdit':
                this.paths.add(et.data.path);
                if (et.data.diff !== undefined)
                    countDiff(et.data.diff, this.lines);
                break;
            case 'FileCreate':
                this.paths.add(et.data.path);
                this.lines.added += createdLines(event);
                break;
            case 'FileDelete':
                this.paths.add(et.data.path);
                break;
            default:
                break;
        }
        if (event.task_id !== undefined) {
            const t = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(event.task_id);
            if (t.length > 0)
                this.tasks.add(t);
        }
        const a = event.attributes;
        const own = Object.prototype.hasOwnProperty;
        if (own.call(a, 'input_tokens_total')) {
            this.hasInputTotal = true;
            const v = tokenValue(a.input_tokens_total);
            if (v > this.inputMax)
                this.inputMax = v;
        }
        if (own.call(a, 'output_tokens_total')) {
            this.hasOutputTotal = true;
            const v = tokenValue(a.output_tokens_total);
            if (v > this.outputMax)
                this.outputMax = v;
        }
        if (own.call(a, 'input_tokens'))
            this.inputSum = Math.min(this.inputSum + tokenValue(a.input_tokens), MAX);
        if (own.call(a, 'output_tokens'))
            this.outputSum = Math.min(this.outputSum + tokenValue(a.output_tokens), MAX);
    }
    result() {
        let duration = 0;
        if (this.first !== undefined && this.last !== undefined && this.last > this.first) {
            duration = Number((this.last - this.first) / 1000000000n);
        }
        return {
            event_count: this.eventCount,
            message_count: this.messageCount,
            tool_call_count: this.toolCallCount,
            task_count: this.tasks.size,
            duration_seconds: duration,
            total_input_tokens: this.hasInputTotal ? this.inputMax : this.inputSum,
            total_output_tokens: this.hasOutputTotal ? this.outputMax : this.outputSum,
            user_message_count: this.userMessageCount,
            files_changed: this.paths.size,
            lines_added: this.lines.added,
            lines_removed: this.lines.removed,
        };
    }
}
/** Stats of a session computed from its events (section 3). */
function recomputeStats(session) {
    const acc = new StatsAccumulator();
    for (const e of session.events)
        acc.add(e);
    return acc.result();
}
/** A shallow copy of the session with recomputed stats. */
function withRecomputedStats(session) {
    return { ...session, stats: recomputeStats(session) };
}
/** A stats value with every field 0. */
function emptyStats() {
    return {
        event_count: 0,
        message_count: 0,
        tool_call_count: 0,
        task_count: 0,
        duration_seconds: 0,
        total_input_tokens: 0,
        total_output_tokens: 0,
        user_message_count: 0,
        files_changed: 0,
        lines_added: 0,
        lines_removed: 0,
    };
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

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yU: () => (/* reexport */ redactSession),
  Rd: () => (/* reexport */ engine/* redactText */.Rd),
  wv: () => (/* reexport */ engine/* totalCount */.wv)
});

// UNUSED EXPORTS: CONNECTION_STRING_SCHEMES, REDACTION_RULES, REDACTION_RULE_IDS, SECRET_KEY_SUFFIXES, isExcludedSecretValue, isSecretKeyName, marker, mergeCounts, redactSecrets, stripHomePaths

// EXTERNAL MODULE: ./core/redact/engine.ts + 1 modules
var engine = __webpack_require__(7472);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(143);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/redact/rules.ts
var rules = __webpack_require__(3171);
;// CONCATENATED MODULE: ./core/redact/session.ts
// Redaction of a whole HAIL session (hail-and-store.md 6.2).




/** `event_type.data` fields that are structural (never redacted), per variant. */
const STRUCTURAL_DATA_FIELDS = {
    ToolCall: new Set(['name']),
    ToolResult: new Set(['name', 'call_id']),
    Custom: new Set(['kind']),
};
const NO_FIELDS = new Set();
/** Content block fields that are structural; `Json` `data` is visited as JSON. */
const STRUCTURAL_BLOCK_FIELDS = new Set(['type', 'mime', 'media_type', 'language']);
const KEY_VALUE_MARKER = (0,engine/* marker */.xL)('key_value_secret');
const WHOLE_MARKER = /^\[REDACTED:[a-z0-9_]+\]$/;
/** Strings up to this length are memoised per session (repeated cwd, tool output, ...). */
const MEMO_MAX_LENGTH = 4096;
class SessionRedactor {
    opts;
    counts = {};
    memo = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    text(s) {
        const memoable = s.length <= MEMO_MAX_LENGTH;
        if (memoable) {
            const hit = this.memo.get(s);
            if (hit !== undefined) {
                if (hit.counts !== null)
                    for (const [id, n] of Object.entries(hit.counts))
                        (0,engine/* addCount */.pl)(this.counts, id, n);
                return hit.text;
            }
        }
        const { text: out, counts: local } = (0,engine/* redactText */.Rd)(s, this.opts);
        const entries = Object.entries(local);
        for (const [id, n] of entries)
            (0,engine/* addCount */.pl)(this.counts, id, n);
        if (memoable)
            this.memo.set(s, { text: out, counts: entries.length > 0 ? local : null });
        return out;
    }
    json(v) {
        if (typeof v === 'string')
            return this.text(v);
        if (v === null || typeof v !== 'object')
            return v;
        if (Array.isArray(v))
            return v.map((x) => this.json(x));
        if (!isPlainJsonObject(v))
            return v; // JsonFloat (immutable)
        return this.object(v);
    }
    /** A JSON object: structured secrets by key, everything else visited recursively. Keys are kept. */
    object(o) {
        const out = {};
        for (const [key, value] of Object.entries(o)) {
            let next;
            if (typeof value === 'string' &&
                (0,rules/* isSecretKeyName */.NN)(key) &&
                !(0,rules/* isExcludedSecretValue */.aY)(value) &&
                !WHOLE_MARKER.test(value)) {
                next = KEY_VALUE_MARKER;
                (0,engine/* addCount */.pl)(this.counts, 'key_value_secret', 1);
            }
            else {
                next = this.json(value);
            }
            (0,core_text/* setOwn */.P5)(out, key, next);
        }
        return out;
    }
    eventType(et) {
        const data = et.data;
        if (data === undefined || data === null)
            return { ...et };
        const structural = STRUCTURAL_DATA_FIELDS[et.type] ?? NO_FIELDS;
        const out = {};
        for (const [k, v] of Object.entries(data)) {
            (0,core_text/* setOwn */.P5)(out, k, typeof v === 'string' && !structural.has(k) ? this.text(v) : v);
        }
        return { type: et.type, data: out };
    }
    block(b) {
        const out = {};
        for (const [k, v] of Object.entries(b)) {
            let next = v;
            if (b.type === 'Json' && k === 'data')
                next = this.json(v);
            else if (typeof v === 'string' && !STRUCTURAL_BLOCK_FIELDS.has(k))
                next = this.text(v);
            (0,core_text/* setOwn */.P5)(out, k, next);
        }
        return out;
    }
    event(e) {
        return {
            ...e,
            event_type: this.eventType(e.event_type),
            content: { ...e.content, blocks: e.content.blocks.map((b) => this.block(b)) },
            attributes: e.attributes === undefined ? e.attributes : this.object(e.attributes),
        };
    }
    session(s) {
        const context = { ...s.context };
        if (context.title !== undefined)
            context.title = this.text(context.title);
        if (context.description !== undefined)
            context.description = this.text(context.description);
        if (s.context.tags !== undefined)
            context.tags = s.context.tags.map((t) => this.text(t));
        if (s.context.related_session_ids !== undefined)
            context.related_session_ids = [...s.context.related_session_ids];
        if (s.context.attributes !== undefined)
            context.attributes = this.object(s.context.attributes);
        const events = s.events.map((e) => this.event(e));
        const out = { ...s, agent: { ...s.agent }, context, events, stats: s.stats };
        out.stats = (0,stats/* recomputeStats */.Qf)(out);
        return out;
    }
}
function isPlainJsonObject(v) {
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
/**
 * Redacts every string of the session except the structural fields of 6.2 (ids, timestamps, agent, tool names,
 * call ids, `Custom.kind`, block `type`/`mime`/`media_type`/`language`); attribute values and `Json` data are
 * visited recursively with structured secrets by key. Keys, numbers, booleans and `null` are never changed. Returns
 * a new session with recomputed stats; the input is not modified.
 */
function redactSession(session, opts) {
    const r = new SessionRedactor(opts);
    const out = r.session(session);
    return { session: out, counts: r.counts };
}

;// CONCATENATED MODULE: ./core/redact/index.ts
// Secret redaction and home-path stripping (hail-and-store.md section 6).





/***/ }),

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine),
/* harmony export */   h: () => (/* binding */ createGitRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ledger_git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
// The system `git` for review reads and CI network steps (ci-automation.md §16): no shell, no prompts, stable stderr.


/** Builds a runner for `cwd`. `env` is the complete base environment (the caller's, never read here). */
function createGitRunner(cwd, env) {
    const runRaw = (args, options = {}) => (0,_ledger_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGitRaw)(args, { cwd, baseEnv: env, env: { ...options.env, GIT_TERMINAL_PROMPT: '0' }, input: options.input });
    return {
        cwd,
        runRaw,
        spawnStream(args) {
            // The same environment as runGitRaw gives a call (ledger/git-cli.ts).
            const full = {};
            for (const [k, v] of Object.entries({ ...env, GIT_TERMINAL_PROMPT: '0' }))
                if (v !== undefined)
                    full[k] = v;
            full.LC_ALL = 'C';
            return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { cwd, env: full, stdio: ['pipe', 'pipe', 'pipe'] });
        },
        async run(args, options) {
            const r = await runRaw(args, options);
            return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
        },
    };
}
/** The first non-empty line of git's stderr (or stdout), for warnings. */
function firstLine(text) {
    for (const line of text.split(/\r?\n/)) {
        const t = line.trim();
        if (t !== '')
            return t;
    }
    return '';
}


/***/ }),

/***/ 764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ truncateCodePoints),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   YB: () => (/* binding */ encPath),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fk: () => (/* binding */ enc),
/* harmony export */   md: () => (/* binding */ md)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _uri_encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
// Markdown text safety (ci-automation.md §7.4) and the strict URL encoders (§1).


/** Strict percent-encoder: everything but ASCII letters, digits and `-_.~`. */
function enc(s) {
    return (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(s);
}
/** `enc` per `/`-separated segment. */
function encPath(p) {
    return (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(p);
}
/** Free text for markdown: whitespace collapsed, markdown metacharacters escaped, mentions neutralised. */
function md(s) {
    return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(s)
        .replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c)
        .replace(/@/g, '@\u200b');
}
/** A code span; a text holding backticks gets a fence one longer than its longest backtick run, space-padded. */
function code(s) {
    if (!s.includes('`'))
        return '`' + s + '`';
    let longest = 0;
    for (const run of s.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    return `${fence} ${s} ${fence}`;
}
/** At most `max` code points: the first `max - 1` plus `…` when longer. */
function truncateCodePoints(s, max) {
    const cps = Array.from(s);
    if (cps.length <= max)
        return s;
    return cps.slice(0, max - 1).join('') + '…';
}
/** `1 modified file` / `2 modified files`. */
function plural(n, singular, pluralForm) {
    return `${n} ${n === 1 ? singular : pluralForm}`;
}


/***/ }),

/***/ 8467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ errorLine),
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4794);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1237);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(764);
// Redaction of every free text before it reaches a comment, a log line or an artifact (ci-automation.md §7.4, §15).



function redact(text) {
    return (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(text, { stripHomePaths: false }).text;
}
/** An embedded error for annotations and the comment: first line, redacted, at most 300 characters. */
function errorLine(err) {
    const raw = err instanceof Error ? err.message : String(err);
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .truncateCodePoints */ .Bm)(redact((0,_git__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .T)(raw)), 300);
}


/***/ })

};
;