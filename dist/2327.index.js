"use strict";
exports.id = 2327;
exports.ids = [2327,8843];
exports.modules = {

/***/ 251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.Br),
/* harmony export */   CY: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.CY),
/* harmony export */   KH: () => (/* reexport safe */ _stats__WEBPACK_IMPORTED_MODULE_3__.KH),
/* harmony export */   KK: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.KK),
/* harmony export */   M2: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.M2),
/* harmony export */   MW: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.MW),
/* harmony export */   P9: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.P9),
/* harmony export */   Po: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.Po),
/* harmony export */   UZ: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.UZ),
/* harmony export */   Vd: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.Vd),
/* harmony export */   Xg: () => (/* reexport safe */ _types__WEBPACK_IMPORTED_MODULE_0__.Xg),
/* harmony export */   fg: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.fg),
/* harmony export */   gQ: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.gQ),
/* harmony export */   ge: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_6__.ge),
/* harmony export */   iL: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.iL),
/* harmony export */   ju: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.ju),
/* harmony export */   m1: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.m1),
/* harmony export */   qY: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.qY),
/* harmony export */   wH: () => (/* reexport safe */ _validate__WEBPACK_IMPORTED_MODULE_7__.dk),
/* harmony export */   z_: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.z_)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1022);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4632);
/* harmony import */ var _writer__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2287);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9437);
/* harmony import */ var _validate__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4849);
// Public API of the HAIL core (hail-and-store.md sections 2-5).










/***/ }),

/***/ 4849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ validateSession),
/* harmony export */   n5: () => (/* binding */ orderWarning)
/* harmony export */ });
/* unused harmony export validationWarnings */
// Session validation (hail-and-store.md section 5): every error, in the specified order; time order
// is only a warning (amendments A7).
function eventError(e) {
    if (e.event_id.length === 0)
        return 'missing required field: event_id';
    const et = e.event_type;
    switch (et.type) {
        case 'ToolCall':
        case 'ToolResult':
            if (et.data.name.length === 0)
                return 'missing required field: event_type.name';
            break;
        case 'FileEdit':
        case 'FileCreate':
        case 'FileDelete':
        case 'FileRead':
            if (et.data.path.length === 0)
                return 'missing required field: event_type.path';
            break;
        case 'ShellCommand':
            if (et.data.command.length === 0)
                return 'missing required field: event_type.command';
            break;
        default:
            break;
    }
    return undefined;
}
/** All validation errors of a session (empty = valid). */
function validateSession(session) {
    const errors = [];
    if (!session.version.startsWith('hail-')) {
        errors.push(`invalid version: ${session.version}, expected prefix 'hail-'`);
    }
    if (session.session_id.length === 0)
        errors.push('missing required field: session_id');
    if (session.agent.provider.length === 0)
        errors.push('missing required field: agent.provider');
    if (session.agent.tool.length === 0)
        errors.push('missing required field: agent.tool');
    const events = session.events;
    if (events.length === 0)
        errors.push('empty session: no events');
    for (let i = 0; i < events.length; i++) {
        const inner = eventError(events[i]);
        if (inner !== undefined)
            errors.push(`invalid event at index ${i}: ${inner}`);
    }
    const seen = new Set();
    for (const e of events) {
        if (seen.has(e.event_id))
            errors.push(`duplicate event_id: ${e.event_id}`);
        else
            seen.add(e.event_id);
    }
    return errors;
}
/** The warning for an event earlier than the one before it. */
function orderWarning(index) {
    return `event at index ${index} is earlier than the event before it`;
}
/**
 * Validation warnings (A7, amending section 5 rule 6): real logs are in causal (file) order, not time
 * order, so an event earlier than its predecessor is reported here and never as an error.
 */
function validationWarnings(session) {
    const warnings = [];
    const events = session.events;
    for (let i = 1; i < events.length; i++) {
        if (events[i].timestamp < events[i - 1].timestamp)
            warnings.push(orderWarning(i));
    }
    return warnings;
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

/***/ 2327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isValidFullRef: () => (/* binding */ isValidFullRef),
/* harmony export */   pushCommandText: () => (/* binding */ pushCommandText),
/* harmony export */   redactObjectBytes: () => (/* binding */ redactObjectBytes),
/* harmony export */   sharePathProblem: () => (/* binding */ sharePathProblem),
/* harmony export */   shellArg: () => (/* binding */ shellArg)
/* harmony export */ });
/* harmony import */ var _hail__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(251);
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4794);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8843);
// Helpers of `share --git` (git-native.md §10.2-10.5): ref/path validation, push command text, redaction.



/** F8a: a full ref name under `refs/` that git's check-ref-format accepts. */
async function isValidFullRef(repo, ref) {
    if (!ref.startsWith('refs/'))
        return false;
    return (await (0,_git_cli__WEBPACK_IMPORTED_MODULE_2__.runGit)(['check-ref-format', ref], { cwd: repo.root })).code === 0;
}
/** F9a/F9b: `undefined` when valid, else the reason. */
function sharePathProblem(p) {
    if (p === '' || p.startsWith('/'))
        return 'path must be repository-relative';
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.' || seg === '..' || seg.includes('\\'))
            return `path contains invalid segment: \`${seg}\``;
    }
    return undefined;
}
/** Single-quotes an argument containing characters outside `A–Z a–z 0–9 @ % + = : , . / _ -`. */
function shellArg(s) {
    return /^[A-Za-z0-9@%+=:,./_-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function pushCommandText(target, ref) {
    return `git push ${shellArg(target)} ${shellArg(`${ref}:${ref}`)}`;
}
/** Redacts a stored object: canonical HAIL through the session redactor, anything else as text. */
function redactObjectBytes(bytes, stripHomePaths = true) {
    const text = bytes.toString('utf8');
    try {
        const { session, counts } = (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .redactSession */ .yU)((0,_hail__WEBPACK_IMPORTED_MODULE_0__/* .parseHail */ .iL)(text), { stripHomePaths });
        return { bytes: Buffer.from((0,_hail__WEBPACK_IMPORTED_MODULE_0__/* .toHailJsonl */ .CY)(session), 'utf8'), redactions: (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .totalCount */ .wv)(counts) };
    }
    catch {
        const { text: out, counts } = (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(text, { stripHomePaths });
        return { bytes: Buffer.from(out, 'utf8'), redactions: (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .totalCount */ .wv)(counts) };
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





/***/ })

};
;