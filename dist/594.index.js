"use strict";
exports.id = 594;
exports.ids = [594];
exports.modules = {

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pb: () => (/* binding */ HINT_SLACK_SECONDS),
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


/***/ }),

/***/ 4849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ addToRepoRegistry)
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

/***/ 5594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncBranch: () => (/* binding */ syncBranch)
});

// UNUSED EXPORTS: MAX_BRANCH_COMMITS, MAX_CANDIDATES, scanCachePath

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./core/hail/timestamp.ts
var timestamp = __webpack_require__(9823);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(2524);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/ledger/git-cli.ts
var git_cli = __webpack_require__(8843);
// EXTERNAL MODULE: ./core/ledger/links.ts
var ledger_links = __webpack_require__(7577);
// EXTERNAL MODULE: ./core/ledger/refs.ts
var refs = __webpack_require__(9608);
// EXTERNAL MODULE: ./core/ledger/repo.ts
var ledger_repo = __webpack_require__(6790);
// EXTERNAL MODULE: ./core/ledger/registry.ts
var registry = __webpack_require__(4849);
// EXTERNAL MODULE: ./core/toml/index.ts
var toml = __webpack_require__(4653);
;// CONCATENATED MODULE: ./core/ledger/sanitize.ts
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
        const p = (0,toml/* parseToml */.M)(external_fs_.readFileSync(file, 'utf8')).privacy;
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
        home !== '' ? privacyTable(external_path_.join(home, '.config', 'opensession', 'opensession.toml')) : undefined,
        privacyTable(external_path_.join(repoRoot, '.opensession', 'config.toml')),
        privacyTable(external_path_.join(repoRoot, '.opensession', 'config.local.toml')),
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
    return re.test(value) || re.test((0,core_text/* asciiLower */.F)(value));
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
    const hit = (p) => patterns.some((g) => globMatches(g, p) || globMatches(g, external_path_.posix.basename(p.replace(/\\/g, '/'))));
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

;// CONCATENATED MODULE: ./core/ledger/sync.ts
// Branch sync used by the pre-push hook (git-native.md §5.4-5.6): discovered agent sessions of this
// repository, linked to the pushed branch's commits, stored into `ledgerRef(<remote branch>)`.











const MAX_CANDIDATES = 128;
const MAX_BRANCH_COMMITS = 4096;
function scanCachePath(env) {
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg !== undefined && xdg.trim() !== '' ? xdg : external_path_.join(env.HOME ?? env.USERPROFILE ?? '', '.cache');
    return external_path_.join(base, 'opensession', 'session-scan.json');
}
function readCache(file) {
    try {
        const v = JSON.parse(external_fs_.readFileSync(file, 'utf8'));
        if (v.version === 1 && v.entries !== null && typeof v.entries === 'object')
            return v;
    }
    catch {
        // missing or invalid: replaced on write
    }
    return { entries: {}, version: 1 };
}
function writeCache(file, cache) {
    for (const p of Object.keys(cache.entries))
        if (!external_fs_.existsSync(p))
            delete cache.entries[p];
    const sorted = {};
    for (const k of Object.keys(cache.entries).sort())
        sorted[k] = cache.entries[k];
    external_fs_.mkdirSync(external_path_.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    external_fs_.writeFileSync(tmp, JSON.stringify({ entries: sorted, version: 1 }, null, 2) + '\n');
    external_fs_.renameSync(tmp, file);
}
function realCommonDir(start) {
    const root = (0,ledger_repo.findRepoRoot)(start);
    if (root === undefined)
        return undefined;
    try {
        return external_fs_.realpathSync((0,ledger_repo.openRepo)(root).commonDir);
    }
    catch {
        return undefined;
    }
}
function cwdOf(session) {
    const a = session.context.attributes ?? {};
    return (0,core_text/* setString */.gQ)(a.cwd) ?? (0,core_text/* setString */.gQ)(a.working_directory);
}
/** Parses one agent log with the default parsers (HAIL JSONL last), loaded on demand. */
async function parseSessionFile(file, hint) {
    const parsers = await Promise.all(/* import() */[__webpack_require__.e(183), __webpack_require__.e(497), __webpack_require__.e(632), __webpack_require__.e(424)]).then(__webpack_require__.bind(__webpack_require__, 1424));
    const events = [];
    const sink = {
        push: (e) => {
            events.push(e);
        },
        reset: () => {
            events.length = 0;
        },
    };
    const outcome = await parsers.parseAuto(file, sink, parsers.isProfileId(hint ?? '') ? { hint: hint } : {});
    const session = {
        version: outcome.header.version ?? 'hail-1.0.0',
        session_id: outcome.header.session_id,
        agent: outcome.header.agent,
        context: outcome.header.context,
        events,
        stats: (0,stats/* recomputeStats */.Qf)({ events }),
    };
    return session;
}
/** §5.5 for one pushed update (remote branch `branch`, pushed tip `tip`). */
async function syncBranch(repo, remote, branch, tip, options) {
    const ref = (0,refs/* ledgerRef */.DH)(branch);
    const discover = options.discover ??
        (async () => {
            // Only the discovery module: the parsers load later, and only when a candidate must be parsed.
            const { discoverSessions } = await Promise.all(/* import() */[__webpack_require__.e(183), __webpack_require__.e(440)]).then(__webpack_require__.bind(__webpack_require__, 3440));
            return (await discoverSessions({ env: options.env })).map((d) => ({
                path: d.path,
                tool: d.tool,
            }));
        });
    const found = await discover();
    const withStat = [];
    for (const f of found) {
        try {
            const st = external_fs_.statSync(f.path);
            withStat.push({ ...f, size: st.size, mtimeMs: Math.floor(st.mtimeMs) });
        }
        catch {
            // vanished
        }
    }
    withStat.sort((a, b) => b.mtimeMs - a.mtimeMs);
    const candidates = withStat.slice(0, MAX_CANDIDATES);
    if (candidates.length === 0)
        return { stored: 0, skipped: 0, ref };
    const privacy = options.privacy ?? effectivePrivacy(repo.root, options.env);
    const excluded = new Set(privacy.excludeTools.map((t) => (0,core_text/* asciiLower */.F)(t.trim())));
    const branchCommits = await (0,git_cli/* runGit */.E)(['rev-list', `--max-count=${MAX_BRANCH_COMMITS}`, tip], { cwd: repo.root });
    const onBranch = new Set(branchCommits.code === 0 ? branchCommits.stdout.split('\n').filter((l) => l !== '') : []);
    const myCommon = external_fs_.realpathSync(repo.commonDir);
    const cacheFile = scanCachePath(options.env);
    const cache = readCache(cacheFile);
    const taken = new Set();
    const facts = await (0,ledger_repo.readRepoFacts)(repo, remote);
    let stored = 0;
    let skipped = 0;
    let cacheDirty = false;
    for (const c of candidates) {
        let entry = cache.entries[c.path];
        let parsed;
        if (entry === undefined || entry.size !== c.size || entry.mtime_ms !== c.mtimeMs) {
            try {
                parsed = await parseSessionFile(c.path, c.tool);
            }
            catch {
                skipped++;
                continue;
            }
            entry = {
                created_at: (0,timestamp/* formatTsZ */.ju)(parsed.context.created_at),
                cwd: cwdOf(parsed) ?? null,
                mtime_ms: c.mtimeMs,
                recorded: {},
                session_id: parsed.session_id,
                size: c.size,
                tool: parsed.agent.tool,
                updated_at: (0,timestamp/* formatTsZ */.ju)(parsed.context.updated_at),
            };
            cache.entries[c.path] = entry;
            cacheDirty = true;
        }
        if (entry.cwd === null ||
            realCommonDir(entry.cwd) !== myCommon ||
            excluded.has((0,core_text/* asciiLower */.F)(entry.tool)) ||
            taken.has(entry.session_id)) {
            skipped++;
            continue;
        }
        taken.add(entry.session_id);
        const created = (0,timestamp/* tryParseTimestamp */.z_)(entry.created_at);
        const updated = (0,timestamp/* tryParseTimestamp */.z_)(entry.updated_at);
        if (created === undefined || updated === undefined) {
            skipped++;
            continue;
        }
        const window = (0,ledger_links/* sessionWindow */.Vj)({ context: { created_at: created, updated_at: updated } });
        const sessionRepoRoot = (0,ledger_repo.findRepoRoot)(entry.cwd);
        const gitDir = sessionRepoRoot !== undefined ? (0,ledger_repo.openRepo)(sessionRepoRoot).gitDir : repo.gitDir;
        const { storeFor } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(255)]).then(__webpack_require__.bind(__webpack_require__, 255));
        const links = await (0,ledger_links/* withHintLink */.sd)(storeFor(repo), (0,ledger_links/* reflogLinks */.j$)(gitDir, window).filter((sha) => onBranch.has(sha)), tip, window);
        if (links.length === 0) {
            skipped++;
            continue;
        }
        const rec = entry.recorded[ref];
        if (rec !== undefined &&
            rec.size === c.size &&
            rec.mtime_ms === c.mtimeMs &&
            links.every((l) => rec.commits.includes(l))) {
            skipped++;
            continue;
        }
        try {
            parsed ??= await parseSessionFile(c.path, c.tool);
        }
        catch {
            skipped++;
            continue;
        }
        const { storeSession } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(632), __webpack_require__.e(255), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 705));
        const res = await storeSession(repo, ref, applyExcludePatterns(parsed, privacy.excludePatterns), links, { branch, remote: facts.remote, repo_name: facts.repo_name }, { stripHomePaths: privacy.stripPaths, headIsLastCommit: true, now: options.now });
        if (res.committed)
            stored++;
        entry.recorded[ref] = { commits: res.commits, mtime_ms: c.mtimeMs, size: c.size };
        cacheDirty = true;
    }
    if (cacheDirty) {
        try {
            writeCache(cacheFile, cache);
        }
        catch {
            // the cache is an optimisation only
        }
    }
    if (stored > 0)
        (0,registry/* addToRepoRegistry */.U)(repo.root, options.env);
    return { stored, skipped, ref };
}


/***/ }),

/***/ 4653:
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