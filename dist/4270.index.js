"use strict";
exports.id = 4270;
exports.ids = [4270,4409];
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

/***/ 3972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ indexPath),
/* harmony export */   DQ: () => (/* binding */ INDEX_DIR),
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   J2: () => (/* binding */ sessionCommitMessage),
/* harmony export */   LX: () => (/* binding */ safeSegment),
/* harmony export */   NE: () => (/* binding */ sessionPaths),
/* harmony export */   PX: () => (/* binding */ parseJsonBlob),
/* harmony export */   Y9: () => (/* binding */ prettySorted),
/* harmony export */   ZH: () => (/* binding */ sessionRole),
/* harmony export */   a9: () => (/* binding */ JsonBlobError),
/* harmony export */   aW: () => (/* binding */ renderMeta),
/* harmony export */   di: () => (/* binding */ sortKeys),
/* harmony export */   pP: () => (/* binding */ compactSorted),
/* harmony export */   vl: () => (/* binding */ renderIndexEntry),
/* harmony export */   yR: () => (/* binding */ buildMeta)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
// The v1 ledger tree: paths, meta blob and index blob shapes (§3).


/** §3.1: every code point outside `[A-Za-z0-9._-]` becomes `_`; all-dot or empty results become underscores. */
function safeSegment(id) {
    let out = '';
    for (const ch of id)
        out += /^[A-Za-z0-9._-]$/.test(ch) ? ch : '_';
    if (out === '')
        return '_';
    if (out === '.' || out === '..')
        return '_'.repeat(out.length);
    return out;
}
/**
 * First two characters of the sid (or all of a one-character sid). A shard of `..` (from ids such as
 * `...x`) is not a valid git tree entry name, so all-dot shards become underscores.
 */
function shardOf(sid) {
    const shard = sid.length <= 1 ? sid : sid.slice(0, 2);
    return /^\.+$/.test(shard) ? '_'.repeat(shard.length) : shard;
}
function sessionPaths(sessionId) {
    const sid = safeSegment(sessionId);
    const shard = shardOf(sid);
    return { sid, shard, hail: `v1/${shard}/${sid}.hail.jsonl`, meta: `v1/${shard}/${sid}.meta.json` };
}
const INDEX_DIR = 'v1/index/commits';
function indexPath(commitSha, sid) {
    return `${INDEX_DIR}/${safeSegment(commitSha)}/${sid}.json`;
}
/** Recursively re-creates objects with keys in byte-wise order (undefined members dropped). */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((v) => sortKeys(v));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort(_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)) {
            const v = sortKeys(value[k]);
            if (v !== undefined)
                out[k] = v;
        }
        return out;
    }
    return value;
}
/** Pretty JSON with sorted keys and no trailing newline (meta blob). */
function prettySorted(value) {
    return JSON.stringify(sortKeys(value), null, 2);
}
/** Compact JSON with sorted keys (index blob). */
function compactSorted(value) {
    return JSON.stringify(sortKeys(value));
}
/** HAIL role rule (hail-and-store.md §2.2). */
function sessionRole(session) {
    const attrs = session.context.attributes ?? {};
    const explicit = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setString */ .gQ)(attrs.session_role);
    if (explicit !== undefined) {
        const v = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .asciiLower */ .F)(explicit);
        if (v === 'primary' || v === 'auxiliary')
            return v;
    }
    if (session.context.related_session_ids.length > 0)
        return 'auxiliary';
    if ((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setString */ .gQ)(attrs.parent_session_id) !== undefined)
        return 'auxiliary';
    return 'primary';
}
function cleanGit(git) {
    if (git === undefined)
        return undefined;
    const out = {};
    const str = (v) => (v !== undefined && v.trim() !== '' ? v : undefined);
    if (str(git.branch) !== undefined)
        out.branch = git.branch;
    if (git.commits !== undefined && git.commits.length > 0)
        out.commits = [...git.commits];
    if (str(git.head) !== undefined)
        out.head = git.head;
    if (str(git.remote) !== undefined)
        out.remote = git.remote;
    if (str(git.repo_name) !== undefined)
        out.repo_name = git.repo_name;
    return Object.keys(out).length > 0 ? out : undefined;
}
const STAT_KEYS = [
    'duration_seconds',
    'event_count',
    'files_changed',
    'lines_added',
    'lines_removed',
    'message_count',
    'task_count',
    'tool_call_count',
    'total_input_tokens',
    'total_output_tokens',
    'user_message_count',
];
function buildMeta(session, git, storedAt) {
    const stats = {};
    for (const k of STAT_KEYS)
        stats[k] = session.stats[k];
    const meta = {
        model: session.agent.model,
        schema_version: 2,
        session_id: session.session_id,
        session_role: sessionRole(session),
        stats,
        stored_at: storedAt,
        title: session.context.title ?? null,
        tool: session.agent.tool,
    };
    const g = cleanGit(git);
    if (g !== undefined)
        meta.git = g;
    return meta;
}
function renderMeta(meta) {
    return prettySorted(meta);
}
function renderIndexEntry(entry) {
    return compactSorted(entry);
}
/** `session: <id>` with control characters replaced by `_`. */
function sessionCommitMessage(sessionId) {
    return `session: ${sessionId.replace(/[\u0000-\u001f\u007f-\u009f]/g, '_')}\n`;
}
/** Parses a meta/index blob; throws `json error: ...` on invalid JSON. */
function parseJsonBlob(bytes, where) {
    try {
        const v = JSON.parse(bytes.toString('utf8'));
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            throw new Error('expected a JSON object');
        return v;
    }
    catch (err) {
        throw new JsonBlobError(`json error: ${where}: ${err.message}`);
    }
}
class JsonBlobError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    constructor(message) {
        super(message);
        this.name = 'JsonBlobError';
    }
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
var stats = __webpack_require__(2524);
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

/***/ 4349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ buildReviewData)
/* harmony export */ });
/* unused harmony export hailReader */
/* harmony import */ var _discover__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(642);
/* harmony import */ var _ledger_read__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3549);
/* harmony import */ var _qa__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1819);
/* harmony import */ var _range__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7688);
/* harmony import */ var _session_detail__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9399);
/* harmony import */ var _share__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3870);






/** Reads hail blobs of a batch of sessions from their chosen ledgers (one `cat-file --batch`). */
function hailReader(git) {
    return async (batch) => {
        const specs = batch.map((s) => `${s.ledgerRef}:${s.hailPath}`);
        const blobs = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_1__/* .readBlobs */ .b4)(git, specs);
        const out = new Map();
        for (const s of batch) {
            const b = blobs.get(`${s.ledgerRef}:${s.hailPath}`);
            if (b !== undefined)
                out.set(s.sessionId, b.toString('utf8'));
        }
        return out;
    };
}
async function buildReviewData(git, opts) {
    const verify = (rev) => git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    // Independent git reads run side by side: each spawn costs more than the work it does.
    const [range, headR, baseR, mbTime, diff] = await Promise.all([
        (0,_range__WEBPACK_IMPORTED_MODULE_3__/* .computeRange */ .T8)(git, opts.base, opts.head),
        verify(opts.head),
        opts.base !== undefined ? verify(opts.base) : undefined,
        (0,_discover__WEBPACK_IMPORTED_MODULE_0__/* .mergeBaseTime */ .VB)(git, opts.base, opts.head),
        (0,_share__WEBPACK_IMPORTED_MODULE_5__/* .readPrDiff */ .ML)(git, opts.base, opts.head),
    ]);
    const headSha = headR.stdout.trim() || opts.head;
    let baseSha;
    if (opts.base !== undefined && baseR !== undefined) {
        baseSha = baseR.code === 0 && baseR.stdout.trim() !== '' ? baseR.stdout.trim() : opts.base;
    }
    const discovery = await (0,_discover__WEBPACK_IMPORTED_MODULE_0__/* .discoverSessions */ .re)(git, {
        commits: range.commits,
        headLedgerRef: opts.headLedgerRef,
        mergeBaseTime: mbTime,
        ledgerPrefixes: opts.ledgerPrefixes,
        base: range.usedBase ? opts.base : undefined,
    });
    // Every linked session's hail is read once (one cat-file), then shared by the Q&A digest and the details.
    const hails = await hailReader(git)(discovery.sessions);
    const qa = await (0,_qa__WEBPACK_IMPORTED_MODULE_2__/* .buildQaDigest */ .Jg)(discovery.sessions, async () => hails, Number.MAX_SAFE_INTEGER);
    const details = new Map();
    for (const s of discovery.sessions) {
        const text = hails.get(s.sessionId);
        if (text !== undefined)
            details.set(s.sessionId, (0,_session_detail__WEBPACK_IMPORTED_MODULE_4__/* .readSessionDetail */ .E_)(text));
    }
    const agentShare = (0,_share__WEBPACK_IMPORTED_MODULE_5__/* .computeAgentShare */ .Uo)(range.usedBase ? diff : await (0,_share__WEBPACK_IMPORTED_MODULE_5__/* .readPrDiff */ .ML)(git, undefined, opts.head), details);
    return { baseSha, headSha, range, discovery, qa, details, agentShare };
}


/***/ }),

/***/ 642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VB: () => (/* binding */ mergeBaseTime),
/* harmony export */   re: () => (/* binding */ discoverSessions)
/* harmony export */ });
/* unused harmony exports parseIndexRecord, parseMeta */
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9823);
/* harmony import */ var _ledger_layout__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3972);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _ledger_read__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3549);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(764);
/* harmony import */ var _safety__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8467);
// Which sessions belong to a PR/MR (ci-automation.md §7.2): the per-commit index across every ledger ref, plus
// recent sessions of the head branch's ledger; merged by session id, primary sessions only.






const HAIL_PATH = /^v1\/[^/]+\/[^/]+\.hail\.jsonl$/;
const META_PATH = /^v1\/[^/]+\/[^/]+\.meta\.json$/;
/** A blob holding one JSON object, or undefined. */
function jsonObject(bytes) {
    let v;
    try {
        v = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    return v === null || typeof v !== 'object' || Array.isArray(v) ? undefined : v;
}
/** An index blob, or undefined when rejected (§7.2 rule 3). */
function parseIndexRecord(bytes, ref, isHead) {
    const o = jsonObject(bytes);
    if (o === undefined)
        return undefined;
    const sessionId = typeof o.session_id === 'string' ? o.session_id : '';
    const hailPath = typeof o.hail_path === 'string' ? o.hail_path : '';
    const metaPath = typeof o.meta_path === 'string' ? o.meta_path : '';
    if (sessionId === '' || !HAIL_PATH.test(hailPath) || !META_PATH.test(metaPath))
        return undefined;
    const storedAt = typeof o.stored_at === 'string' ? o.stored_at : '';
    return { sessionId, hailPath, metaPath, storedAt, storedNs: (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(storedAt), ref, isHead };
}
/** Copy priority: the head ledger first, then the newest `stored_at`, then the lowest ref name. */
function better(a, b) {
    if (a.isHead !== b.isHead)
        return a.isHead;
    const an = a.storedNs;
    const bn = b.storedNs;
    if (an !== bn) {
        if (an === undefined)
            return false;
        if (bn === undefined)
            return true;
        return an > bn;
    }
    return (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .compareBytewise */ .GV)(a.ref, b.ref) < 0;
}
/** §7.2 rule 5: meta fields; a missing or unreadable meta counts as primary with empty fields. */
function parseMeta(bytes) {
    const empty = { primary: true, title: null, tool: null, filesChanged: 0 };
    const o = bytes === undefined ? undefined : jsonObject(bytes);
    if (o === undefined)
        return empty;
    const role = typeof o.session_role === 'string' ? o.session_role.trim().toLowerCase() : '';
    let title = null;
    if (typeof o.title === 'string') {
        const t = (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .collapse */ .ap)((0,_safety__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E)(o.title));
        title = t === '' ? null : (0,_markdown__WEBPACK_IMPORTED_MODULE_4__/* .truncateCodePoints */ .Bm)(t, 96);
    }
    const tool = typeof o.tool === 'string' && o.tool.trim() !== '' ? o.tool.trim() : null;
    const stats = o.stats !== null && typeof o.stats === 'object' ? o.stats : {};
    const fc = stats.files_changed;
    const filesChanged = typeof fc === 'number' && Number.isFinite(fc) && fc >= 0 ? fc : 0;
    return { primary: role !== 'auxiliary', title, tool, filesChanged };
}
/**
 * The 40/64-hex commit names of `dirs` that exist here but are not ancestors of the base: commits of this branch
 * that a rebase or squash replaced. Commits absent here are left to rule 2 (stored after the merge-base).
 */
async function notInBase(git, base, dirs) {
    const shas = dirs.filter((d) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(d));
    const out = new Set();
    if (shas.length === 0)
        return out;
    const check = await git.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
        input: shas.join('\n') + '\n',
    });
    const present = [];
    const lines = check.stdout.split('\n');
    shas.forEach((sha, i) => {
        if ((lines[i] ?? '').endsWith(' commit'))
            present.push(sha);
    });
    if (present.length === 0)
        return out;
    // Commits reachable from the given ones but not from the base: a given commit is listed iff it is not an ancestor.
    const r = await git.run(['rev-list', '--stdin'], { input: `^${base}\n${present.join('\n')}\n` });
    if (r.code === 0) {
        const listed = new Set(r.stdout.split('\n').map((l) => l.trim()));
        for (const sha of present)
            if (listed.has(sha))
                out.add(sha);
    }
    return out;
}
async function discoverSessions(git, opts) {
    const refs = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_3__/* .listLedgerRefs */ ._h)(git, opts.ledgerPrefixes);
    const H = opts.headLedgerRef;
    const ledgerFound = refs.includes(H) || (await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_3__/* .refExists */ .SJ)(git, H));
    const rangeOrder = new Map();
    const bySanitized = new Map();
    opts.commits.forEach((c, i) => {
        rangeOrder.set(c, i);
        bySanitized.set((0,_ledger_layout__WEBPACK_IMPORTED_MODULE_1__/* .safeSegment */ .LX)(c), c);
    });
    const cutoffNs = opts.mergeBaseTime === undefined ? undefined : BigInt(opts.mergeBaseTime) * 1000000000n;
    const chosen = new Map();
    const linked = new Map();
    const scanRefs = ledgerFound && !refs.includes(H) ? [...refs, H] : refs;
    // One tree read per ledger (side by side), then one cat-file for every wanted index blob.
    const listed = await Promise.all(scanRefs.map((ref) => (0,_ledger_read__WEBPACK_IMPORTED_MODULE_3__/* .listIndexEntries */ .n3)(git, ref)));
    const wanted = [];
    scanRefs.forEach((ref, i) => {
        const isHead = ref === H;
        for (const e of listed[i])
            if (isHead || bySanitized.has(e.commitDir))
                wanted.push({ ref, isHead, ...e });
    });
    const blobs = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_3__/* .readBlobs */ .b4)(git, wanted.map((e) => e.oid));
    const late = [];
    const take = (rec) => {
        const cur = chosen.get(rec.sessionId);
        if (cur === undefined || better(rec, cur))
            chosen.set(rec.sessionId, rec);
    };
    for (const e of wanted) {
        const bytes = blobs.get(e.oid);
        if (bytes === undefined)
            continue;
        const rec = parseIndexRecord(bytes, e.ref, e.isHead);
        if (rec === undefined)
            continue;
        const commit = bySanitized.get(e.commitDir);
        const recent = e.isHead && cutoffNs !== undefined && rec.storedNs !== undefined && rec.storedNs >= cutoffNs;
        if (commit === undefined && !recent) {
            if (e.isHead && opts.base !== undefined)
                late.push({ rec, commitDir: e.commitDir });
            continue;
        }
        if (commit !== undefined) {
            let set = linked.get(rec.sessionId);
            if (set === undefined)
                linked.set(rec.sessionId, (set = new Set()));
            set.add(commit);
        }
        take(rec);
    }
    if (late.length > 0 && opts.base !== undefined) {
        const gone = await notInBase(git, opts.base, [...new Set(late.map((l) => l.commitDir))]);
        for (const l of late)
            if (gone.has(l.commitDir))
                take(l.rec);
    }
    // Meta of every chosen copy, read in one batch per ledger.
    const metaSpecs = [...chosen.values()].map((r) => `${r.ref}:${r.metaPath}`);
    const metas = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_3__/* .readBlobs */ .b4)(git, metaSpecs);
    const sessions = [];
    for (const rec of chosen.values()) {
        const meta = parseMeta(metas.get(`${rec.ref}:${rec.metaPath}`));
        if (!meta.primary)
            continue;
        const commits = [...(linked.get(rec.sessionId) ?? [])].sort((a, b) => rangeOrder.get(a) - rangeOrder.get(b));
        sessions.push({
            sessionId: rec.sessionId,
            ledgerRef: rec.ref,
            hailPath: rec.hailPath,
            metaPath: rec.metaPath,
            storedAt: rec.storedAt,
            commits,
            title: meta.title,
            tool: meta.tool,
            filesChanged: meta.filesChanged,
        });
    }
    sessions.sort((a, b) => b.filesChanged - a.filesChanged ||
        b.commits.length - a.commits.length ||
        (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .compareBytewise */ .GV)(a.sessionId, b.sessionId));
    const others = new Set(sessions.map((s) => s.ledgerRef).filter((r) => r !== H));
    return { ledgerRef: H, ledgerFound, ledgerRefs: refs, sessions, otherLedgerRefs: others.size };
}
/** Committer time of merge-base(base, head), or undefined. */
async function mergeBaseTime(git, base, head) {
    if (base === undefined)
        return undefined;
    const mb = await git.run(['merge-base', base, head]);
    if (mb.code !== 0 || mb.stdout.trim() === '')
        return undefined;
    return (0,_ledger_read__WEBPACK_IMPORTED_MODULE_3__/* .committerTime */ .Mw)(git, mb.stdout.trim());
}


/***/ }),

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine),
/* harmony export */   h: () => (/* binding */ createGitRunner)
/* harmony export */ });
/* harmony import */ var _ledger_git_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8843);
// The system `git` for review reads and CI network steps (ci-automation.md §16): no shell, no prompts, stable stderr.

/** Builds a runner for `cwd`. `env` is the complete base environment (the caller's, never read here). */
function createGitRunner(cwd, env) {
    const runRaw = (args, options = {}) => (0,_ledger_git_cli__WEBPACK_IMPORTED_MODULE_0__/* .runGitRaw */ .i)(args, { cwd, baseEnv: env, env: { ...options.env, GIT_TERMINAL_PROMPT: '0' }, input: options.input });
    return {
        cwd,
        runRaw,
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

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ reviewId),
/* harmony export */   Sg: () => (/* binding */ artifactBranchName),
/* harmony export */   ZU: () => (/* binding */ parseChangeNumber),
/* harmony export */   g_: () => (/* binding */ changeHeadSource),
/* harmony export */   gp: () => (/* binding */ reviewHeadRef)
/* harmony export */ });
/* unused harmony export slug */
// Review ids and artifact branch names (ci-automation.md §1).
/** Lowercase; each run of characters outside [a-z0-9] becomes one `-`; leading/trailing `-` trimmed. */
function slug(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** `gh-<slug(owner)>-<slug(repo)>-pr<N>-<head7>` or `gl-<slug(project)>-mr<IID>-<head7>`. */
function reviewId(platform, repo, number, headSha) {
    const head7 = headSha.slice(0, 7);
    if (platform === 'github') {
        const slash = repo.indexOf('/');
        const owner = slash < 0 ? repo : repo.slice(0, slash);
        const name = slash < 0 ? '' : repo.slice(slash + 1);
        return `gh-${slug(owner)}-${slug(name)}-pr${number}-${head7}`;
    }
    return `gl-${slug(repo)}-mr${number}-${head7}`;
}
/** The trimmed archive branch when configured, else `opensession/pr-<N>-sessions` / `opensession/mr-<IID>-sessions`. */
function artifactBranchName(platform, number, archiveBranch) {
    const archive = (archiveBranch ?? '').trim();
    if (archive !== '')
        return archive;
    return platform === 'github' ? `opensession/pr-${number}-sessions` : `opensession/mr-${number}-sessions`;
}
/** Where a platform publishes the head of PR/MR `number`: `refs/pull/<N>/head` or `refs/merge-requests/<IID>/head`. */
function changeHeadSource(kind, number) {
    return kind === 'mr' ? `refs/merge-requests/${number}/head` : `refs/pull/${number}/head`;
}
/** The local ref a review fetches that head into. */
function reviewHeadRef(kind, number) {
    return `refs/opensession/review/${kind}/${number}/head`;
}
/** A PR/MR number from text: all digits and positive, else undefined (treated as absent, §6.3). */
function parseChangeNumber(value) {
    const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (!/^[0-9]+$/.test(s))
        return undefined;
    const n = Number(s);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}


/***/ }),

/***/ 3549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ committerTime),
/* harmony export */   SJ: () => (/* binding */ refExists),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   _h: () => (/* binding */ listLedgerRefs),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   n3: () => (/* binding */ listIndexEntries)
/* harmony export */ });
/* harmony import */ var _ledger_layout__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3972);
/* harmony import */ var _ledger_refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9608);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
// Read-only ledger access through the system git (ci-automation.md §7.2): one `ls-tree` per ledger ref for the
// per-commit index and one `cat-file --batch` per group of blobs, so shallow CI clones and packed refs just work.



const INDEX_PREFIX = `${_ledger_layout__WEBPACK_IMPORTED_MODULE_0__/* .INDEX_DIR */ .DQ}/`;
/** Every local ref under the ledger prefixes (default `refs/opensession/branches/`), sorted byte-wise. */
async function listLedgerRefs(git, prefixes = [_ledger_refs__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_REF_PREFIX */ .LO]) {
    const r = await git.run(['for-each-ref', '--format=%(refname)', ...prefixes]);
    if (r.code !== 0)
        return [];
    return r.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => prefixes.some((p) => l.startsWith(p)))
        .sort(_text__WEBPACK_IMPORTED_MODULE_2__/* .compareBytewise */ .GV);
}
async function refExists(git, ref) {
    const r = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.code === 0;
}
/** The commit `rev` names, or undefined. */
async function resolveCommit(git, rev) {
    const r = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
}
/** Every `v1/index/commits/<dir>/<file>.json` blob of a ledger tip tree (one tree read). */
async function listIndexEntries(git, ref) {
    const r = await git.run(['ls-tree', '-r', '-z', '--full-tree', ref, '--', INDEX_PREFIX]);
    if (r.code !== 0)
        return [];
    const out = [];
    for (const rec of r.stdout.split('\0')) {
        if (rec === '')
            continue;
        const tab = rec.indexOf('\t');
        if (tab < 0)
            continue;
        const [, type, oid] = rec.slice(0, tab).split(' ');
        const path = rec.slice(tab + 1);
        if (type !== 'blob' || !path.startsWith(INDEX_PREFIX) || !path.endsWith('.json'))
            continue;
        const rest = path.slice(INDEX_PREFIX.length).split('/');
        if (rest.length !== 2)
            continue;
        out.push({ commitDir: rest[0], path, oid });
    }
    return out;
}
/**
 * Reads many objects with one `git cat-file --batch`. Keys are anything `cat-file` accepts (`<oid>`,
 * `<ref>:<path>`); missing objects are absent from the result.
 */
async function readBlobs(git, specs) {
    const result = new Map();
    const unique = [...new Set(specs)].filter((s) => s !== '' && !s.includes('\n'));
    if (unique.length === 0)
        return result;
    const r = await git.runRaw(['cat-file', '--batch'], { input: unique.join('\n') + '\n' });
    const buf = r.stdout;
    let pos = 0;
    for (const spec of unique) {
        const nl = buf.indexOf(0x0a, pos);
        if (nl < 0)
            break;
        const header = buf.subarray(pos, nl).toString('utf8');
        pos = nl + 1;
        const parts = header.split(' ');
        if (parts.length !== 3 || !/^[0-9]+$/.test(parts[2]))
            continue; // `<spec> missing` / `ambiguous`
        const size = Number(parts[2]);
        if (parts[1] === 'blob')
            result.set(spec, buf.subarray(pos, pos + size));
        pos += size + 1;
    }
    return result;
}
/** The committer time (seconds) of a commit, or undefined. */
async function committerTime(git, rev) {
    const r = await git.run(['show', '-s', '--format=%ct', rev]);
    const t = Number(r.stdout.trim());
    return r.code === 0 && r.stdout.trim() !== '' && Number.isFinite(t) ? t : undefined;
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

/***/ 1819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ buildQaDigest)
/* harmony export */ });
/* unused harmony exports MAX_QA_PAIRS, QA_TEXT_MAX, MISSING_QUESTION, extractEvents, sessionPairs */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(764);
/* harmony import */ var _safety__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8467);
// Q&A digest (ci-automation.md §7.3): interactive questions and answers of primary sessions, paired per session.



const MAX_QA_PAIRS = 6;
const QA_TEXT_MAX = 220;
const MISSING_QUESTION = '(interactive question missing)';
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function asEvent(v) {
    return isObj(v) && 'event_type' in v && 'content' in v ? v : undefined;
}
/** The events of a hail file: a whole-JSON `{events: [...]}` document, else JSONL lines (or their `data`/`event`). */
function extractEvents(text, lineFilter) {
    try {
        const whole = JSON.parse(text);
        if (isObj(whole) && Array.isArray(whole.events))
            return whole.events.filter(isObj);
    }
    catch {
        // not one JSON document: read it as JSONL
    }
    const events = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '' || (lineFilter !== undefined && !line.includes(lineFilter)))
            continue;
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!isObj(v))
            continue;
        const ev = asEvent(v) ?? asEvent(v.data) ?? asEvent(v.event);
        if (ev !== undefined)
            events.push(ev);
    }
    return events;
}
function firstText(ev) {
    const content = ev.content;
    if (!isObj(content) || !Array.isArray(content.blocks))
        return '';
    for (const b of content.blocks) {
        if (isObj(b) && b.type === 'Text' && typeof b.text === 'string')
            return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(b.text);
    }
    return '';
}
function stringList(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
/** Collapse, redact, then truncate (redacting first so a cut never leaves half a secret behind). */
function finish(text) {
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .truncateCodePoints */ .Bm)((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)((0,_safety__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(text)), QA_TEXT_MAX);
}
/** Pairs of one session's events, in event order; still-pending questions are appended unanswered. */
function sessionPairs(events) {
    const pending = [];
    const out = [];
    for (const ev of events) {
        const attrs = isObj(ev.attributes) ? ev.attributes : {};
        const source = typeof attrs.source === 'string' ? attrs.source.trim() : '';
        if (source === 'interactive_question') {
            let text = firstText(ev);
            const meta = Array.isArray(attrs.question_meta) ? attrs.question_meta.filter(isObj) : [];
            if (text === '') {
                text = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(meta
                    .map((m) => {
                    const q = typeof m.question === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(m.question) : '';
                    if (q !== '')
                        return q;
                    return typeof m.header === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(m.header) : '';
                })
                    .filter((s) => s !== '')
                    .join(' / '));
            }
            if (text === '')
                continue;
            const ids = new Set([
                ...stringList(attrs.question_ids),
                ...meta.map((m) => m.id).filter((x) => typeof x === 'string'),
            ]);
            pending.push({ text: finish(text), ids });
        }
        else if (source === 'interactive') {
            const text = firstText(ev);
            if (text === '')
                continue;
            const answerIds = stringList(attrs.question_ids);
            let idx = pending.findIndex((p) => answerIds.some((id) => p.ids.has(id)));
            if (idx < 0 && pending.length > 0)
                idx = 0;
            const question = idx >= 0 ? pending.splice(idx, 1)[0].text : MISSING_QUESTION;
            out.push({ question, answer: finish(text) });
        }
    }
    for (const p of pending)
        out.push({ question: p.text });
    return out;
}
/**
 * Walks sessions in order until 6 distinct pairs are found. Hail files are read in batches through
 * `readHails` (session id → text), so a long session list costs a few git calls, not one per session.
 */
async function buildQaDigest(sessions, readHails, batchSize = 32) {
    const pairs = [];
    const seen = new Set();
    for (let start = 0; start < sessions.length && pairs.length < MAX_QA_PAIRS; start += batchSize) {
        const batch = sessions.slice(start, start + batchSize);
        const texts = await readHails(batch);
        for (const s of batch) {
            if (pairs.length >= MAX_QA_PAIRS)
                break;
            const text = texts.get(s.sessionId);
            if (text === undefined)
                continue;
            for (const p of sessionPairs(extractEvents(text, 'interactive'))) {
                const key = JSON.stringify([p.question, p.answer ?? null]);
                if (seen.has(key))
                    continue;
                seen.add(key);
                pairs.push({ question: p.question, answer: p.answer, sessionId: s.sessionId, commit: s.commits[0] });
                if (pairs.length >= MAX_QA_PAIRS)
                    break;
            }
        }
    }
    return pairs;
}


/***/ }),

/***/ 7688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ computeRange)
/* harmony export */ });
/* unused harmony exports MAX_RANGE_COMMITS, isTestFile, areaOf, countAreas, normalizeFiles */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _ledger_read__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3549);
// Commit range, changed files, test files and areas of a PR/MR (ci-automation.md §7.1).


const MAX_RANGE_COMMITS = 1000;
const TEST_SUFFIXES = [
    '.test.ts',
    '.test.tsx',
    '.test.js',
    '.test.jsx',
    '.spec.ts',
    '.spec.tsx',
    '.spec.js',
    '.spec.jsx',
    '_test.rs',
    '_spec.rs',
    '_test.py',
];
function isTestFile(file) {
    const n = '/' + file.replace(/\\/g, '/').toLowerCase();
    if (n.includes('/tests/') || n.includes('/test/') || n.includes('/__tests__/'))
        return true;
    return TEST_SUFFIXES.some((s) => n.endsWith(s));
}
function areaOf(file) {
    const slash = file.indexOf('/');
    return slash < 0 ? '(root)' : file.slice(0, slash);
}
/** Files per area, count descending then name byte-wise. */
function countAreas(files) {
    const counts = new Map();
    for (const f of files)
        counts.set(areaOf(f), (counts.get(areaOf(f)) ?? 0) + 1);
    return [...counts]
        .map(([area, count]) => ({ area, count }))
        .sort((a, b) => b.count - a.count || (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV)(a.area, b.area));
}
function lines(text) {
    return text
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .filter((l) => l !== '');
}
/** Sorted, deduplicated, non-empty file list. */
function normalizeFiles(list) {
    return [...new Set(list.filter((f) => f !== ''))].sort(_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV);
}
/** §7.1 with a usable base (`base` undefined → head only). */
async function computeRange(git, base, head) {
    // rev-list and the name diff are independent: run them side by side.
    const [list, names] = await Promise.all([
        base !== undefined ? git.run(['rev-list', `${base}..${head}`]) : undefined,
        base !== undefined ? git.run(['diff', '--name-only', '--no-renames', `${base}...${head}`]) : undefined,
    ]);
    let commits = [];
    let usedBase = false;
    if (list !== undefined && list.code === 0) {
        commits = lines(list.stdout);
        usedBase = true;
    }
    if (commits.length === 0) {
        commits = [(await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(git, head)) ?? head];
    }
    if (commits.length > MAX_RANGE_COMMITS)
        commits = commits.slice(0, MAX_RANGE_COMMITS);
    let files;
    if (usedBase && names !== undefined && names.code === 0)
        files = lines(names.stdout);
    if (files === undefined) {
        const r = await git.run(['show', '--name-only', '--pretty=format:', head]);
        files = r.code === 0 ? lines(r.stdout) : [];
    }
    const changedFiles = normalizeFiles(files);
    return {
        commits,
        usedBase,
        changedFiles,
        testFiles: changedFiles.filter(isTestFile),
        areas: countAreas(changedFiles),
    };
}


/***/ }),

/***/ 2653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ STICKY_MARKER),
/* harmony export */   YE: () => (/* binding */ FINAL_MARKER),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony exports BODY_LIMIT, MAX_LINKED_SESSIONS, NO_LEDGER_TEXT, NO_QA_TEXT, NO_SESSIONS_TEXT, groupDigits, formatDuration */
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(764);

const STICKY_MARKER = '<!-- opensession-session-review -->';
const FINAL_MARKER = '<!-- opensession-session-review-final -->';
/** GitHub rejects bodies over 65,536 characters; GitLab's note limit (1,000,000) is larger. */
const BODY_LIMIT = 65_000;
/** Sessions shown with their full block; later ones get one line each while the body fits (A11). */
const MAX_LINKED_SESSIONS = 50;
const MAX_FILES_LISTED = 10;
const MAX_COMMANDS_LISTED = 5;
const NO_LEDGER_TEXT = 'No ledger ref found for this branch yet. Push at least one tracked session and retry.';
const NO_QA_TEXT = 'No interactive Q&A excerpts were captured from primary sessions.';
const NO_SESSIONS_TEXT = 'No indexed sessions matched this commit range.';
function hostOf(url) {
    if (url === undefined)
        return '';
    try {
        return new URL(url).host.toLowerCase();
    }
    catch {
        return '';
    }
}
function buildLinks(input) {
    const { target, artifact, reviewId } = input;
    const gl = target.platform === 'gitlab';
    const repoUrl = target.repoUrl?.replace(/\/+$/, '');
    const dash = gl ? '/-' : '';
    const commit = (sha) => repoUrl === undefined ? (0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(sha.slice(0, 7)) : `[${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(sha.slice(0, 7))}](${repoUrl}${dash}/commit/${sha})`;
    const changeUrl = repoUrl !== undefined && target.number !== undefined
        ? gl
            ? `${repoUrl}/-/merge_requests/${target.number}`
            : `${repoUrl}/pull/${target.number}`
        : undefined;
    const b = artifact.branch;
    const treePrefix = repoUrl !== undefined && b !== undefined ? `${repoUrl}${dash}/tree/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(b)}` : undefined;
    const blobPrefix = repoUrl !== undefined && b !== undefined ? `${repoUrl}${dash}/blob/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(b)}` : undefined;
    const web = (hailPath) => {
        const base = target.webBaseUrl.replace(/\/+$/, '');
        if (base === '' || !artifact.published || b === undefined || reviewId === undefined || repoUrl === undefined)
            return undefined;
        const host = hostOf(repoUrl);
        const tail = `/ref/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .enc */ .fk)(b)}/path/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(`reviews/${reviewId}/${hailPath}`)}`;
        if (!gl && host === 'github.com') {
            const [owner, name] = target.repo.split('/');
            return `${base}/src/gh/${owner}/${name}${tail}`;
        }
        if (gl && host === 'gitlab.com')
            return `${base}/src/gl/${Buffer.from(target.repo, 'utf8').toString('base64url')}${tail}`;
        return `${base}/src/git/${Buffer.from(`${repoUrl}.git`, 'utf8').toString('base64url')}${tail}`;
    };
    return { commit, changeUrl, treePrefix, blobPrefix, web };
}
function subjectOf(input) {
    const n = input.target.number;
    if (n !== undefined)
        return input.target.platform === 'gitlab' ? `MR !${n}` : `PR #${n}`;
    if (input.baseSha !== undefined)
        return `range ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${input.baseSha.slice(0, 7)}..${input.headSha.slice(0, 7)}`)}`;
    return `commit ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.headSha.slice(0, 7))}`;
}
function moreSuffix(total, shown) {
    return total > shown ? `, +${total - shown} more` : '';
}
function digestBlock(input, links) {
    const { target, range, discovery, qa, artifact, reviewId } = input;
    const gl = target.platform === 'gitlab';
    const lines = ['#### Reviewer Quick Digest'];
    lines.push(`- **Comment type:** ${input.mode === 'final' ? 'final snapshot' : 'sticky update'}`);
    if (reviewId !== undefined)
        lines.push(`- **Review ID:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(reviewId)}`);
    lines.push(`- **Updated at (UTC):** ${input.updatedAt}`);
    const k = discovery.otherLedgerRefs;
    const others = k > 0 ? ` (+${k} other ledger ${k === 1 ? 'ref' : 'refs'})` : '';
    lines.push(discovery.ledgerFound
        ? `- **Ledger:** available on ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(discovery.ledgerRef)}${others}`
        : `- **Ledger:** missing (${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(discovery.ledgerRef)})${others}`);
    if (input.baseSha !== undefined) {
        lines.push(`- **Range:** ${links.commit(input.baseSha)} -> ${links.commit(input.headSha)}`);
    }
    else {
        lines.push(`- **Head:** ${links.commit(input.headSha)}`);
    }
    const sessions = discovery.sessions.length;
    const commits = range.commits.length;
    const perCommit = commits === 0 ? '0.0' : (sessions / commits).toFixed(1);
    lines.push(`- **Coverage:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(qa.length, 'Q&A excerpt', 'Q&A excerpts')}, ` +
        `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(range.areas.length, 'changed area', 'changed areas')}, ` +
        `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(range.changedFiles.length, 'modified file', 'modified files')}, ` +
        `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(range.testFiles.length, 'added or updated test file', 'added or updated test files')}, ` +
        `${perCommit} sessions per commit.`);
    if (input.agentShare !== undefined) {
        const a = input.agentShare;
        lines.push(`- **Agent share:** ${a.traced} of ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(a.added, 'added line', 'added lines')} (${a.percent}%) traced to session edits`);
    }
    if (range.areas.length > 0) {
        const shown = range.areas.slice(0, 4).map((a) => `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.area)} (${a.count})`);
        lines.push(`- **Top areas:** ${shown.join(', ')}${moreSuffix(range.areas.length, shown.length)}`);
    }
    if (sessions > 0) {
        const shown = discovery.sessions.slice(0, 3).map((s) => (0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.title ?? s.sessionId));
        lines.push(`- **Linked session titles:** ${shown.join(', ')}${moreSuffix(sessions, shown.length)}`);
    }
    const quick = [];
    if (links.changeUrl !== undefined) {
        quick.push(gl ? `[Changes](${links.changeUrl}/diffs)` : `[Files changed](${links.changeUrl}/files)`);
        quick.push(`[Commits](${links.changeUrl}/commits)`);
    }
    const repoUrl = target.repoUrl?.replace(/\/+$/, '');
    if (input.baseSha !== undefined && repoUrl !== undefined) {
        quick.push(`[Compare](${repoUrl}${gl ? '/-' : ''}/compare/${input.baseSha}...${input.headSha})`);
    }
    if (quick.length > 0)
        lines.push(`- **Quick links:** ${quick.join(' · ')}`);
    if (links.changeUrl !== undefined) {
        lines.push(`- **Local replay:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`opensession review ${links.changeUrl}`)}`);
        lines.push(`- **${gl ? 'MR URL' : 'PR URL'}:** ${links.changeUrl}`);
    }
    if (artifact.branch !== undefined) {
        let policy;
        if (artifact.published) {
            policy = artifact.persistent
                ? 'persistent archive branch'
                : gl
                    ? 'ephemeral branch (deleted on MR merge or by the janitor)'
                    : 'ephemeral branch (deleted on PR close)';
        }
        else {
            policy = artifact.persistent
                ? 'not published in this run; persistent archive branch is configured'
                : 'not published in this run; ephemeral cleanup policy applies';
        }
        let part = (0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(artifact.branch);
        if (artifact.published &&
            reviewId !== undefined &&
            links.treePrefix !== undefined &&
            links.blobPrefix !== undefined) {
            const root = `reviews/${reviewId}`;
            part = `[${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(artifact.branch)}](${links.treePrefix}/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(root)}) · [manifest.json](${links.blobPrefix}/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(`${root}/manifest.json`)}), root ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(root)}`;
        }
        lines.push(`- **Artifact storage:** ${policy} on ${part}`);
    }
    if (artifact.attempted && !artifact.published && artifact.error !== undefined) {
        lines.push(`- **Artifact publish:** failed (${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(artifact.error)})`);
    }
    return lines.join('\n');
}
function qaBlocks(qa, links) {
    if (qa.length === 0)
        return [`#### Interactive Q&A\n${NO_QA_TEXT}`];
    const blocks = qa.map((p) => {
        const on = p.commit !== undefined ? ` on ${links.commit(p.commit)}` : '';
        return [
            `- **Session:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.sessionId)}${on}\\`,
            `  **Question:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(p.question)}\\`,
            `  **Answer:** ${p.answer !== undefined ? (0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(p.answer) : '_No answer captured yet._'}`,
        ].join('\n');
    });
    blocks[0] = `#### Interactive Q&A\n${blocks[0]}`;
    return blocks;
}
function details(title, total, items, more) {
    const lines = ['<details>', `<summary>${title} (${total})</summary>`, '', ...items.map((i) => `- ${i}`)];
    if (more !== undefined)
        lines.push(`- ${more}`);
    lines.push('</details>');
    return lines.join('\n');
}
function listBlock(title, all, max, fmt) {
    if (all.length === 0)
        return undefined;
    const shown = all.slice(0, max).map(fmt);
    return details(title, all.length, shown, all.length > max ? `...and ${all.length - max} more` : undefined);
}
function sessionEntry(s, input, links) {
    const lines = [`- **${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(s.title ?? s.sessionId)}**\\`];
    lines.push(`  Session ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.sessionId)} via ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.tool ?? '-')}, ` +
        `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.filesChanged, 'file changed', 'files changed')}, ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.commits.length, 'commit linked', 'commits linked')}.\\`);
    if (s.commits.length === 0) {
        lines.push('  Commits: none in this range (recorded on the head branch ledger)\\');
    }
    else {
        const extra = s.commits.length > 3 ? ` +${s.commits.length - 3}` : '';
        lines.push(`  Commits: ${s.commits.slice(0, 3).map(links.commit).join(', ')}${extra}\\`);
    }
    const art = [];
    const web = links.web(s.hailPath);
    if (web !== undefined)
        art.push(`[web](${web})`);
    if (input.artifact.published && input.reviewId !== undefined && links.blobPrefix !== undefined) {
        const root = `reviews/${input.reviewId}`;
        art.push(`[jsonl](${links.blobPrefix}/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(`${root}/${s.hailPath}`)})`);
        art.push(`[meta](${links.blobPrefix}/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(`${root}/${s.metaPath}`)})`);
    }
    if (art.length > 0) {
        lines.push(`  Artifact links: ${art.join(' · ')}`);
    }
    else {
        lines.push('  Artifact links: -\\');
        lines.push(`  Meta path: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.metaPath)}`);
    }
    const detail = input.details?.get(s.sessionId);
    if (detail !== undefined) {
        lines[lines.length - 1] += '\\';
        lines.push(...detailLines(detail, input.agentShare?.sessions.get(s.sessionId)?.files ?? []));
    }
    return lines.join('\n');
}
/** `12,345` without depending on the runtime's locale data. */
function groupDigits(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `45s`, `4m 12s`, `2h 05m`. */
function formatDuration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
    return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
function listWithMore(items, max) {
    if (items.length === 0)
        return 'none';
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown}, +${items.length - max} more` : shown;
}
function commandItem(c) {
    return `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.command)} (${c.exitCode === undefined ? 'exit code not recorded' : `exit ${c.exitCode}`})`;
}
/** The A11 block of one session, as continuation lines of its list item. */
function detailLines(d, files) {
    const started = d.startedAt === null
        ? 'start not recorded'
        : `${d.startedAt}${d.durationSeconds !== null ? `, ran ${formatDuration(d.durationSeconds)}` : ''}`;
    const later = d.laterPrompts > 0 ? ` (${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(d.laterPrompts, 'later prompt', 'later prompts')} followed)` : '';
    const out = [
        `  Agent: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(d.tool ?? '-')}, model ${d.model !== null ? (0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(d.model) : 'not recorded'}\\`,
        `  Started: ${started}\\`,
        `  Tokens: ${groupDigits(d.tokensIn)} in / ${groupDigits(d.tokensOut)} out\\`,
    ];
    if (d.firstPrompt === null)
        out.push('  First prompt: none recorded\\');
    else
        out.push(`  First prompt${later}:`, '', `  > ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(d.firstPrompt)}`, '');
    const fileItems = files.map((f) => `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(f.path)} (${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(f.tracedLines, 'traced line', 'traced lines')})`);
    out.push(`  PR files changed: ${listWithMore(fileItems, MAX_FILES_LISTED)}\\`);
    out.push(`  Failed shell commands: ${listWithMore(d.failedCommands.map(commandItem), MAX_COMMANDS_LISTED)}\\`);
    out.push(`  Test commands: ${listWithMore(d.testCommands.map(commandItem), MAX_COMMANDS_LISTED)}`);
    return out;
}
/** A session collapsed to one line (A11): sessions beyond the full blocks while the body fits. */
function shortEntry(s, input) {
    const share = input.agentShare?.sessions.get(s.sessionId);
    const traced = share !== undefined ? `, ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(share.tracedLines, 'traced line', 'traced lines')}` : '';
    const tool = input.details?.get(s.sessionId)?.tool ?? s.tool ?? '-';
    return `- ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(s.title ?? s.sessionId)}: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.sessionId)} via ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(tool)}${traced}`;
}
function linkedSessionsBlock(total, entries) {
    const lines = ['<details>', `<summary>Linked sessions (${total})</summary>`, '', ...entries];
    if (total > entries.length)
        lines.push(`- ...and ${total - entries.length} more sessions.`);
    lines.push('</details>');
    return lines.join('\n');
}
/** Exact length of `linkedSessionsBlock(total, entries.slice(0, n))` given prefix sums of entry lengths. */
function linkedBlockLength(total, n, entryChars) {
    const headLen = `<details>\n<summary>Linked sessions (${total})</summary>\n\n`.length;
    const more = total > n ? `- ...and ${total - n} more sessions.\n`.length : 0;
    return headLen + entryChars + n + more + '</details>'.length;
}
function join(blocks) {
    return blocks.join('\n\n') + '\n';
}
/** Renders the comment body. Never longer than BODY_LIMIT characters. */
function renderComment(input) {
    const links = buildLinks(input);
    const head = [
        `${input.mode === 'final' ? FINAL_MARKER : STICKY_MARKER}\n### OpenSession Review${input.mode === 'final' ? ' (final snapshot)' : ''}`,
        `Snapshot for ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.target.repo)} ${subjectOf(input)}.\nSession scope is primary only (auxiliary filtered).`,
        digestBlock(input, links),
    ];
    const { discovery, range } = input;
    if (discovery.sessions.length === 0 && !discovery.ledgerFound)
        return fit([...head, NO_LEDGER_TEXT], undefined);
    const middle = [...qaBlocks(input.qa, links)];
    const lists = [
        listBlock('Changed paths', range.changedFiles, 12, _markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY),
        listBlock('Added/updated tests', range.testFiles, 12, _markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY),
        listBlock('Commit trail', range.commits, 20, links.commit),
    ].filter((b) => b !== undefined);
    if (discovery.sessions.length === 0)
        return fit([...head, ...middle, ...lists, NO_SESSIONS_TEXT], undefined);
    const full = discovery.sessions.slice(0, MAX_LINKED_SESSIONS).map((s) => sessionEntry(s, input, links));
    // Without A11 details the §9.1 rule holds: at most 50 entries, no one-line tail.
    const short = input.details !== undefined ? discovery.sessions.map((s) => shortEntry(s, input)) : [];
    return fit([...head, ...middle, ...lists], { total: discovery.sessions.length, full, short });
}
/**
 * Applies the length cap: Linked sessions entries are dropped from the end (adjusting `...and <k> more
 * sessions.`) until the body fits. Should the rest still be too long (pathological paths), list items and
 * finally the text itself are cut, so an API call is never rejected for length.
 */
function fit(blocks, linked) {
    if (linked !== undefined) {
        const prefixLen = blocks.join('\n\n').length + 2;
        const fullSums = [0];
        for (const e of linked.full)
            fullSums.push(fullSums[fullSums.length - 1] + e.length);
        const shortSums = [0];
        for (const e of linked.short)
            shortSums.push(shortSums[shortSums.length - 1] + e.length);
        const fits = (f, k) => {
            const chars = fullSums[f] + (k === 0 ? 0 : shortSums[f + k] - shortSums[f]);
            return prefixLen + linkedBlockLength(linked.total, f + k, chars) + 1 <= BODY_LIMIT;
        };
        // Full blocks first while they fit, then one line per further session, then `...and <k> more sessions.`
        let f = linked.full.length;
        while (f > 0 && !fits(f, 0))
            f--;
        let k = 0;
        const room = Math.max(0, linked.short.length - f);
        let lo = 0;
        let hi = room;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (fits(f, mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        k = lo;
        const entries = [...linked.full.slice(0, f), ...linked.short.slice(f, f + k)];
        blocks = [...blocks, linkedSessionsBlock(linked.total, entries)];
    }
    let body = join(blocks);
    if (body.length <= BODY_LIMIT)
        return body;
    // Pathological (huge paths): cut every over-long line, then the tail.
    body = join(blocks.map((b) => b
        .split('\n')
        .map((l) => (l.length > 1000 ? Array.from(l).slice(0, 999).join('') + '…' : l))
        .join('\n')));
    if (body.length <= BODY_LIMIT)
        return body;
    return (Array.from(body)
        .slice(0, BODY_LIMIT - 2)
        .join('')
        .replace(/[\uD800-\uDBFF]$/, '') + '…\n');
}
/** Kept here for callers of the review API; the sticky upsert in core/providers owns it. */



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


/***/ }),

/***/ 9399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ readSessionDetail),
/* harmony export */   zz: () => (/* binding */ traceKey)
/* harmony export */ });
/* unused harmony exports FIRST_PROMPT_MAX, MIN_TRACE_CHARS, isTestCommand */
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9823);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(764);
/* harmony import */ var _safety__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8467);
// What one linked session did (amendments-2 A11): agent and model, start and duration, tokens, the first prompt,
// the lines it wrote per path (FileEdit diffs and FileCreate bodies) and the shell and test commands it ran.
// Read straight from the ledger's hail text; lines that cannot matter are skipped before JSON parsing.




const FIRST_PROMPT_MAX = 500;
/** A written line is compared trimmed and must carry at least this many non-space characters. */
const MIN_TRACE_CHARS = 4;
const MAX_COMMANDS = 20;
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A line worth tracing: trimmed, with at least four non-space characters. */
function traceKey(line) {
    const t = line.trim();
    if (t.length < MIN_TRACE_CHARS)
        return undefined;
    let n = 0;
    for (let i = 0; i < t.length && n < MIN_TRACE_CHARS; i++)
        if (t.charCodeAt(i) > 32)
            n++;
    return n >= MIN_TRACE_CHARS ? t : undefined;
}
const TEST_COMMAND = /(^|[\s;&|(/])(jest|vitest|mocha|ava|pytest|py\.test|tox|nox|rspec|phpunit|ctest|nextest|playwright test|(npm|pnpm|yarn|bun|deno)( run)? test\S*|(cargo|go|dotnet|mix|swift|gradle|\.\/gradlew|mvn|make|bazel|zig) test\S*|python3? -m (pytest|unittest))(\s|$)/;
function isTestCommand(command) {
    return TEST_COMMAND.test(command);
}
function blocksOf(ev) {
    const c = ev.content;
    return isObj(c) && Array.isArray(c.blocks) ? c.blocks.filter(isObj) : [];
}
function textOf(ev) {
    const parts = [];
    for (const b of blocksOf(ev))
        if (b.type === 'Text' && typeof b.text === 'string')
            parts.push(b.text);
    return parts.join('\n');
}
/** Lines of a FileCreate body: Code/Text/File blocks and a Json tool input's `content`; `+` of Codex patches dropped. */
function createdLines(ev, path) {
    const out = [];
    for (const b of blocksOf(ev)) {
        let text;
        if (b.type === 'Code' && typeof b.code === 'string')
            text = b.code;
        else if (b.type === 'Text' && typeof b.text === 'string' && b.text !== path)
            text = b.text;
        else if (b.type === 'File' && typeof b.content === 'string')
            text = b.content;
        else if (b.type === 'Json' && isObj(b.data)) {
            const d = b.data;
            text = typeof d.content === 'string' ? d.content : typeof d.file_text === 'string' ? d.file_text : undefined;
        }
        if (text === undefined)
            continue;
        const lines = text.split('\n');
        const patch = lines[0]?.startsWith('*** Add File');
        for (let i = patch ? 1 : 0; i < lines.length; i++)
            out.push(patch ? lines[i].replace(/^\+/, '') : lines[i]);
    }
    return out;
}
/** Added lines of a unified diff (`+x`, not `+++ b/...`). */
function diffAddedLines(diff) {
    const out = [];
    for (const l of diff.split('\n'))
        if (l.startsWith('+') && !l.startsWith('+++'))
            out.push(l.slice(1));
    return out;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function isoOf(v) {
    if (typeof v !== 'string')
        return undefined;
    const ns = (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(v);
    if (ns === undefined)
        return undefined;
    return { iso: new Date(Number(ns / 1000000n)).toISOString().replace('.000Z', 'Z'), ns };
}
/** A getter computing `make()` once, on first read: redaction is the costly part and most sessions of a long list
 * are only shown as one line (A11 collapse), so their prompt and commands are never redacted or rendered. */
function lazy(obj, key, make) {
    let done = false;
    let value;
    Object.defineProperty(obj, key, {
        enumerable: true,
        configurable: true,
        get: () => {
            if (!done) {
                value = make();
                done = true;
            }
            return value;
        },
    });
}
function commandText(s) {
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .truncateCodePoints */ .Bm)((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .collapse */ .ap)((0,_safety__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(s)), 200);
}
// Cheap pre-filter: only these lines are parsed.
const WANTED = /"(header|stats|UserMessage|FileEdit|FileCreate|ShellCommand|ToolResult)"/;
function eventOf(v) {
    if (!isObj(v))
        return undefined;
    for (const c of [v, v.data, v.event])
        if (isObj(c) && 'event_type' in c)
            return c;
    return undefined;
}
/** Reads the detail of one hail file (JSONL, or one JSON document with `events`). */
function readSessionDetail(text) {
    const d = {
        tool: null,
        model: null,
        startedAt: null,
        durationSeconds: null,
        tokensIn: 0,
        tokensOut: 0,
        firstPrompt: null,
        laterPrompts: 0,
        written: new Map(),
        failedCommands: [],
        testCommands: [],
    };
    let records = [];
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
        try {
            const whole = JSON.parse(text);
            if (isObj(whole) && Array.isArray(whole.events)) {
                records = [{ type: 'header', ...whole }, ...whole.events.filter(isObj)];
                if (isObj(whole.stats))
                    records.push({ type: 'stats', ...whole.stats });
            }
        }
        catch {
            records = [];
        }
    }
    if (records.length === 0) {
        for (const line of text.split('\n')) {
            if (line.length < 2 || !WANTED.test(line))
                continue;
            try {
                const v = JSON.parse(line);
                if (isObj(v))
                    records.push(v);
            }
            catch {
                // an unreadable line is skipped, as in the Q&A digest
            }
        }
    }
    let rawPrompt;
    let created;
    let updated;
    let first;
    let last;
    let statsDuration;
    let statsIn;
    let statsOut;
    let sumIn = 0;
    let sumOut = 0;
    const shells = new Map();
    const runs = [];
    const addWritten = (path, lines) => {
        let set = d.written.get(path);
        if (set === undefined)
            d.written.set(path, (set = new Set()));
        for (const l of lines) {
            const k = traceKey(l);
            if (k !== undefined)
                set.add(k);
        }
    };
    for (const rec of records) {
        if (rec.type === 'header') {
            const agent = isObj(rec.agent) ? rec.agent : {};
            if (typeof agent.tool === 'string' && agent.tool.trim() !== '')
                d.tool = agent.tool.trim();
            if (typeof agent.model === 'string' && agent.model.trim() !== '')
                d.model = agent.model.trim();
            const ctx = isObj(rec.context) ? rec.context : {};
            created = isoOf(ctx.created_at);
            updated = isoOf(ctx.updated_at);
            continue;
        }
        if (rec.type === 'stats') {
            statsDuration = num(rec.duration_seconds);
            statsIn = num(rec.total_input_tokens);
            statsOut = num(rec.total_output_tokens);
            continue;
        }
        const ev = eventOf(rec);
        if (ev === undefined || !isObj(ev.event_type))
            continue;
        const et = ev.event_type;
        const data = isObj(et.data) ? et.data : {};
        const attrs = isObj(ev.attributes) ? ev.attributes : {};
        const ts = isoOf(ev.timestamp);
        if (ts !== undefined) {
            if (first === undefined || ts.ns < first.ns)
                first = ts;
            if (last === undefined || ts.ns > last)
                last = ts.ns;
        }
        sumIn += num(attrs.input_tokens) ?? 0;
        sumOut += num(attrs.output_tokens) ?? 0;
        switch (et.type) {
            case 'UserMessage': {
                const source = typeof attrs.source === 'string' ? attrs.source.trim() : '';
                if (source === 'interactive')
                    break; // an answer to the agent's question, not a prompt
                const t = textOf(ev);
                if (!/\S/.test(t))
                    break;
                // Only the head of a long prompt can reach the comment; redaction handles a secret cut at the edge.
                if (rawPrompt === undefined)
                    rawPrompt = t.slice(0, FIRST_PROMPT_MAX * 8);
                else
                    d.laterPrompts++;
                break;
            }
            case 'FileEdit':
                if (typeof data.path === 'string')
                    addWritten(data.path, typeof data.diff === 'string' ? diffAddedLines(data.diff) : []);
                break;
            case 'FileCreate':
                if (typeof data.path === 'string')
                    addWritten(data.path, createdLines(ev, data.path));
                break;
            case 'ShellCommand': {
                if (typeof data.command !== 'string' || data.command.trim() === '')
                    break;
                const exitCode = num(data.exit_code);
                const raw = data.command;
                const run = {
                    command: '',
                    exitCode,
                    failed: exitCode !== undefined && exitCode !== 0,
                    test: isTestCommand((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .collapse */ .ap)(data.command)),
                };
                lazy(run, 'command', () => commandText(raw));
                runs.push(run);
                for (const k of [attrs['semantic.call_id'], ev.event_id])
                    if (typeof k === 'string')
                        shells.set(k, run);
                break;
            }
            case 'ToolResult': {
                const callId = typeof data.call_id === 'string' ? data.call_id : attrs['semantic.call_id'];
                const run = typeof callId === 'string' ? shells.get(callId) : undefined;
                if (run !== undefined && run.exitCode === undefined && data.is_error === true)
                    run.failed = true;
                break;
            }
            default:
                break;
        }
    }
    // The header's created/updated times bound the session; events (only the parsed kinds) are the fallback.
    const start = created ?? first;
    d.startedAt = start?.iso ?? null;
    if (statsDuration !== undefined && statsDuration > 0)
        d.durationSeconds = Math.round(statsDuration);
    else if (start !== undefined && updated !== undefined && updated.ns >= start.ns)
        d.durationSeconds = Number((updated.ns - start.ns) / 1000000000n);
    else if (first !== undefined && last !== undefined)
        d.durationSeconds = Number((last - first.ns) / 1000000000n);
    d.tokensIn = statsIn ?? sumIn;
    d.tokensOut = statsOut ?? sumOut;
    const strip = (r) => {
        const out = r.exitCode === undefined
            ? { command: '', failed: r.failed }
            : { command: '', exitCode: r.exitCode, failed: r.failed };
        lazy(out, 'command', () => r.command);
        return out;
    };
    if (rawPrompt !== undefined) {
        const text = rawPrompt;
        lazy(d, 'firstPrompt', () => (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .truncateCodePoints */ .Bm)((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .collapse */ .ap)((0,_safety__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(text)), FIRST_PROMPT_MAX));
    }
    d.failedCommands = runs
        .filter((r) => r.failed && !r.test)
        .slice(0, MAX_COMMANDS)
        .map(strip);
    d.testCommands = runs
        .filter((r) => r.test)
        .slice(0, MAX_COMMANDS)
        .map(strip);
    return d;
}


/***/ }),

/***/ 3870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ readPrDiff),
/* harmony export */   Uo: () => (/* binding */ computeAgentShare)
/* harmony export */ });
/* unused harmony exports parsePrDiff, matchPrPath */
/* harmony import */ var parse_diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2673);
/* harmony import */ var parse_diff__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(parse_diff__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _session_detail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9399);
// Agent share (amendments-2 A11): the added lines of the PR diff (base...head, per path) that equal a line a linked
// session wrote on the same path — an added line of a FileEdit diff or a line of a FileCreate body.


/** Parses `git diff` text into added lines per path. */
function parsePrDiff(text) {
    const added = new Map();
    let totalAdded = 0;
    for (const f of parse_diff__WEBPACK_IMPORTED_MODULE_0___default()(text)) {
        const path = f.to !== undefined && f.to !== '/dev/null' ? f.to : undefined;
        if (path === undefined)
            continue;
        const lines = added.get(path) ?? [];
        for (const c of f.chunks)
            for (const ch of c.changes)
                if (ch.type === 'add')
                    lines.push(ch.content.slice(1));
        totalAdded += lines.length - (added.get(path)?.length ?? 0);
        added.set(path, lines);
    }
    return { added, totalAdded };
}
/** The PR diff (`base...head`, or the head commit alone without a usable base); empty when git cannot give it. */
async function readPrDiff(git, base, head) {
    const common = ['-c', 'core.quotePath=false'];
    const opts = ['--no-color', '--no-ext-diff', '--no-renames', '--unified=0'];
    let r = base !== undefined
        ? await git.run([...common, 'diff', ...opts, `${base}...${head}`])
        : { code: 1, stdout: '', stderr: '' };
    if (r.code !== 0)
        r = await git.run([...common, 'show', ...opts, '--pretty=format:', head]);
    return r.code === 0 ? parsePrDiff(r.stdout) : { added: new Map(), totalAdded: 0 };
}
/**
 * Which PR path a session path names: the same path, or an absolute/longer path ending in `/<pr path>` (agents
 * record absolute paths). The longest PR path wins.
 */
function matchPrPath(sessionPath, prPaths, bySuffix) {
    const p = sessionPath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (prPaths.has(p))
        return p;
    const base = p.slice(p.lastIndexOf('/') + 1);
    let best;
    for (const cand of bySuffix.get(base) ?? []) {
        if (p.endsWith('/' + cand) && (best === undefined || cand.length > best.length))
            best = cand;
    }
    return best;
}
/** The share of the PR's added lines traced to the linked sessions, overall and per session. */
function computeAgentShare(diff, details) {
    const prPaths = new Set(diff.added.keys());
    const bySuffix = new Map();
    for (const p of prPaths) {
        const base = p.slice(p.lastIndexOf('/') + 1);
        const list = bySuffix.get(base) ?? [];
        list.push(p);
        bySuffix.set(base, list);
    }
    // PR path → session id → the session's written lines there (several session paths may map to one PR path).
    const perPath = new Map();
    for (const [id, d] of details) {
        for (const [sp, lines] of d.written) {
            const pr = matchPrPath(sp, prPaths, bySuffix);
            if (pr === undefined)
                continue;
            let m = perPath.get(pr);
            if (m === undefined)
                perPath.set(pr, (m = new Map()));
            const cur = m.get(id);
            if (cur === undefined)
                m.set(id, new Set(lines));
            else
                for (const l of lines)
                    cur.add(l);
        }
    }
    let traced = 0;
    const sessions = new Map();
    for (const id of details.keys())
        sessions.set(id, { files: [], tracedLines: 0 });
    for (const [path, lines] of diff.added) {
        const writers = perPath.get(path);
        if (writers === undefined)
            continue;
        const perSession = new Map();
        for (const id of writers.keys())
            perSession.set(id, 0);
        for (const line of lines) {
            const k = (0,_session_detail__WEBPACK_IMPORTED_MODULE_1__/* .traceKey */ .zz)(line);
            if (k === undefined)
                continue;
            let hit = false;
            for (const [id, set] of writers) {
                if (set.has(k)) {
                    hit = true;
                    perSession.set(id, perSession.get(id) + 1);
                }
            }
            if (hit)
                traced++;
        }
        for (const [id, n] of perSession) {
            const s = sessions.get(id);
            s.files.push({ path, tracedLines: n });
            s.tracedLines += n;
        }
    }
    const added = diff.totalAdded;
    return { traced, added, percent: added === 0 ? 0 : Math.round((traced * 100) / added), sessions };
}


/***/ })

};
;