"use strict";
exports.id = 713;
exports.ids = [713];
exports.modules = {

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

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yU: () => (/* reexport */ redactSession),
  Rd: () => (/* reexport */ engine/* redactText */.Rd),
  wv: () => (/* reexport */ engine/* totalCount */.wv)
});

// UNUSED EXPORTS: CONNECTION_STRING_SCHEMES, REDACTION_RULES, REDACTION_RULE_IDS, SECRET_KEY_SUFFIXES, isExcludedSecretValue, isSecretKeyName, marker, mergeCounts, redactSecrets, stripHomePaths

// EXTERNAL MODULE: ./core/redact/engine.ts
var engine = __webpack_require__(84);
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
    const range = await (0,_range__WEBPACK_IMPORTED_MODULE_3__/* .computeRange */ .T8)(git, opts.base, opts.head);
    const headSha = (await git.run(['rev-parse', '--verify', '--quiet', `${opts.head}^{commit}`])).stdout.trim() || opts.head;
    let baseSha;
    if (opts.base !== undefined) {
        const r = await git.run(['rev-parse', '--verify', '--quiet', `${opts.base}^{commit}`]);
        baseSha = r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : opts.base;
    }
    const discovery = await (0,_discover__WEBPACK_IMPORTED_MODULE_0__/* .discoverSessions */ .re)(git, {
        commits: range.commits,
        headLedgerRef: opts.headLedgerRef,
        mergeBaseTime: await (0,_discover__WEBPACK_IMPORTED_MODULE_0__/* .mergeBaseTime */ .VB)(git, opts.base, opts.head),
        ledgerPrefixes: opts.ledgerPrefixes,
    });
    const qa = await (0,_qa__WEBPACK_IMPORTED_MODULE_2__/* .buildQaDigest */ .Jg)(discovery.sessions, hailReader(git));
    return { baseSha, headSha, range, discovery, qa };
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
    for (const ref of scanRefs) {
        const isHead = ref === H;
        const entries = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_3__/* .listIndexEntries */ .n3)(git, ref);
        const wanted = entries.filter((e) => isHead || bySanitized.has(e.commitDir));
        if (wanted.length === 0)
            continue;
        const blobs = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_3__/* .readBlobs */ .b4)(git, wanted.map((e) => e.oid));
        for (const e of wanted) {
            const bytes = blobs.get(e.oid);
            if (bytes === undefined)
                continue;
            const rec = parseIndexRecord(bytes, ref, isHead);
            if (rec === undefined)
                continue;
            const commit = bySanitized.get(e.commitDir);
            const recent = isHead && cutoffNs !== undefined && rec.storedNs !== undefined && rec.storedNs >= cutoffNs;
            if (commit === undefined && !recent)
                continue;
            if (commit !== undefined) {
                let set = linked.get(rec.sessionId);
                if (set === undefined)
                    linked.set(rec.sessionId, (set = new Set()));
                set.add(commit);
            }
            const cur = chosen.get(rec.sessionId);
            if (cur === undefined || better(rec, cur))
                chosen.set(rec.sessionId, rec);
        }
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
            result.set(spec, Buffer.from(buf.subarray(pos, pos + size)));
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
function extractEvents(text) {
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
        if (line.trim() === '')
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
            for (const p of sessionPairs(extractEvents(text))) {
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
    let commits = [];
    let usedBase = false;
    if (base !== undefined) {
        const r = await git.run(['rev-list', `${base}..${head}`]);
        if (r.code === 0) {
            commits = lines(r.stdout);
            usedBase = true;
        }
    }
    if (commits.length === 0) {
        commits = [(await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(git, head)) ?? head];
    }
    if (commits.length > MAX_RANGE_COMMITS)
        commits = commits.slice(0, MAX_RANGE_COMMITS);
    let files;
    if (base !== undefined && usedBase) {
        const r = await git.run(['diff', '--name-only', '--no-renames', `${base}...${head}`]);
        if (r.code === 0)
            files = lines(r.stdout);
    }
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
/* harmony export */   Cs: () => (/* binding */ normalizeBody),
/* harmony export */   Ll: () => (/* binding */ STICKY_MARKER),
/* harmony export */   YE: () => (/* binding */ FINAL_MARKER),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony exports BODY_LIMIT, MAX_LINKED_SESSIONS, NO_LEDGER_TEXT, NO_QA_TEXT, NO_SESSIONS_TEXT */
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(764);

const STICKY_MARKER = '<!-- opensession-session-review -->';
const FINAL_MARKER = '<!-- opensession-session-review-final -->';
/** GitHub rejects bodies over 65,536 characters; GitLab's note limit (1,000,000) is larger. */
const BODY_LIMIT = 65_000;
const MAX_LINKED_SESSIONS = 50;
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
    return lines.join('\n');
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
    const entries = discovery.sessions.slice(0, MAX_LINKED_SESSIONS).map((s) => sessionEntry(s, input, links));
    return fit([...head, ...middle, ...lists], { total: discovery.sessions.length, entries });
}
/**
 * Applies the length cap: Linked sessions entries are dropped from the end (adjusting `...and <k> more
 * sessions.`) until the body fits. Should the rest still be too long (pathological paths), list items and
 * finally the text itself are cut, so an API call is never rejected for length.
 */
function fit(blocks, linked) {
    if (linked !== undefined) {
        const prefixLen = blocks.join('\n\n').length + 2;
        const sums = [0];
        for (const e of linked.entries)
            sums.push(sums[sums.length - 1] + e.length);
        let n = linked.entries.length;
        while (n > 0 && prefixLen + linkedBlockLength(linked.total, n, sums[n]) + 1 > BODY_LIMIT)
            n--;
        blocks = [...blocks, linkedSessionsBlock(linked.total, linked.entries.slice(0, n))];
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
/** Normalises a body for the unchanged check (§10.1 step 5). */
function normalizeBody(body) {
    return body
        .replace(/\r\n/g, '\n')
        .split('\n')
        .filter((l) => !l.startsWith('- **Updated at (UTC):** '))
        .map((l) => l.replace(/[ \t]+$/, ''))
        .join('\n')
        .replace(/\s+$/, '');
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
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
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
/* harmony export */   x4: () => (/* binding */ isValidOwnerRepoSegment),
/* harmony export */   z3: () => (/* binding */ normalizeSourceUri)
/* harmony export */ });
/* unused harmony exports isRemoteSource, localHash, artifactHash, webRoute, parseWebRoute */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(143);
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

/***/ 143:
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