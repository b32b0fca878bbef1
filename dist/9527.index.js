"use strict";
exports.id = 9527;
exports.ids = [9527,7850,5469];
exports.modules = {

/***/ 251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony export */   _: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__._),
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

/***/ 9527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LR: () => (/* reexport */ buildArtifact),
  ff: () => (/* reexport */ checkAlias),
  wn: () => (/* reexport */ listArtifacts),
  Ck: () => (/* reexport */ loadRecord),
  bG: () => (/* reexport */ removeArtifact),
  yI: () => (/* reexport */ removePin),
  x3: () => (/* reexport */ renderArtifact),
  Ux: () => (/* reexport */ resolveArtifactId),
  oc: () => (/* reexport */ verifyArtifact),
  hV: () => (/* reexport */ writePin)
});

// UNUSED EXPORTS: canonicalJsonl, readPins, summarize, summarizeSession, validateSummary

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./core/errors.ts
var core_errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/hail/index.ts
var hail = __webpack_require__(251);
// EXTERNAL MODULE: ./core/io.ts
var io = __webpack_require__(7850);
// EXTERNAL MODULE: ./core/parsers/index.ts + 24 modules
var parsers = __webpack_require__(2365);
// EXTERNAL MODULE: ./core/store/index.ts
var store = __webpack_require__(502);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/uri/index.ts
var core_uri = __webpack_require__(7849);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./core/hail/json.ts
var json = __webpack_require__(393);
;// CONCATENATED MODULE: ./core/handoff/records.ts
// Artifact records and pins on disk (hail-and-store.md 11.1, 11.3, 11.5, 11.9).
// Records are content-addressed and never overwritten; pins are replaced atomically (temp file + rename).









const HEX64 = /^[0-9a-fA-F]{64}$/;
const ALIAS = /^[A-Za-z0-9._-]+$/;
/** Shortest hash prefix accepted as an identifier (enough to pick the fan-out directories). */
const MIN_PREFIX = 4;
const LIST_HINT = 'list stored artifacts and their pins: `opensession handoff artifacts list`';
/** `trim(alias)`, checked against the alias rule of 11.2. */
function checkAlias(alias) {
    const a = (0,core_text/* trim */.Bq)(alias);
    const steps = [
        'an alias uses letters, digits, `.`, `_` and `-`, e.g. `opensession handoff artifacts pin latest <ID>`',
    ];
    if (a.length === 0)
        throw new core_errors/* GuidedError */.FQ('alias cannot be empty', steps);
    if (!ALIAS.test(a) || a === '.' || a === '..')
        throw new core_errors/* GuidedError */.FQ('alias contains invalid characters', steps);
    return a;
}
function isValidAlias(alias) {
    const a = (0,core_text/* trim */.Bq)(alias);
    return a.length > 0 && ALIAS.test(a) && a !== '.' && a !== '..';
}
function artifactsRoot(settings) {
    return (0,store/* defaultRoot */.cc)('artifacts', settings).root;
}
function pinsDir(settings) {
    return external_node_path_.join(artifactsRoot(settings), 'pins');
}
/** Pretty record text, keys in the order of 11.5 (no trailing newline). */
function encodeRecord(record) {
    const obj = {
        version: record.version,
        sha256: record.sha256,
        created_at: record.created_at,
        source_uris: record.source_uris,
        canonical_jsonl: record.canonical_jsonl,
        raw_sessions: record.raw_sessions,
        validation_reports: record.validation_reports,
    };
    if (printsLikeJsonStringify(obj)) {
        const text = JSON.stringify(obj, null, 2);
        if (!json/* ESCAPED_SURROGATE */.hX.test(text))
            return text;
    }
    return (0,hail/* stringifyOrdered */.Vd)(obj, 2);
}
/** The ordered writer sorts an object with a key starting with a digit (JS lists integer-like keys first). */
const DIGIT_KEY = /^[0-9]/;
/**
 * True when `JSON.stringify` writes `v` exactly as the HAIL writer would: no big integers or integral floats
 * (`1.0`), no non-integral float below 1e-5 (JS switches to exponent form earlier than 4.1 does), and no
 * object key starting with a digit (JS lists integer-like keys first; the ordered writer then sorts).
 * Large records take the fast path.
 */
function printsLikeJsonStringify(v) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean')
        return true;
    if (typeof v === 'number')
        return Number.isSafeInteger(v) || Math.abs(v) >= 1e-5;
    if (Array.isArray(v)) {
        for (const x of v)
            if (!printsLikeJsonStringify(x))
                return false;
        return true;
    }
    if (typeof v !== 'object' || v instanceof hail/* JsonFloat */.Xg)
        return false;
    for (const k in v) {
        if (DIGIT_KEY.test(k) || !printsLikeJsonStringify(v[k]))
            return false;
    }
    return true;
}
function fieldError(name, what) {
    throw new Error(`field \`${name}\`: expected ${what}`);
}
/** Checks the shape of a parsed record (11.5); extra keys are ignored. */
function decodeRecord(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new Error('expected a JSON object');
    const v = value;
    const has = (k) => Object.prototype.hasOwnProperty.call(v, k);
    for (const k of ['version', 'sha256', 'created_at', 'source_uris', 'canonical_jsonl', 'raw_sessions']) {
        if (!has(k))
            throw new Error(`missing field \`${k}\``);
    }
    if (v.version !== 'v1')
        fieldError('version', '"v1"');
    if (typeof v.sha256 !== 'string')
        fieldError('sha256', 'a string');
    if (typeof v.created_at !== 'string')
        fieldError('created_at', 'a string');
    if (!Array.isArray(v.source_uris) || v.source_uris.some((u) => typeof u !== 'string')) {
        fieldError('source_uris', 'an array of strings');
    }
    if (typeof v.canonical_jsonl !== 'string')
        fieldError('canonical_jsonl', 'a string');
    if (!Array.isArray(v.raw_sessions))
        fieldError('raw_sessions', 'an array');
    const reports = has('validation_reports') ? v.validation_reports : null;
    if (reports !== null && !Array.isArray(reports))
        fieldError('validation_reports', 'an array');
    return {
        version: 'v1',
        sha256: v.sha256,
        created_at: v.created_at,
        source_uris: v.source_uris,
        canonical_jsonl: v.canonical_jsonl,
        raw_sessions: v.raw_sessions,
        validation_reports: (reports ?? []),
    };
}
/** Reads and checks one record file; undefined when it does not exist. */
async function readRecordFile(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new core_errors/* OpenSessionError */.RL(`read ${file}`, { cause: err });
    }
    try {
        return decodeRecord((0,hail/* parseJsonLossless */.KK)(text.replace(/\n$/, '')));
    }
    catch (err) {
        throw new core_errors/* GuidedError */.FQ(`parse ${file}: ${err.message}`, [
            `the record is damaged; remove it: \`opensession handoff artifacts rm ${external_node_path_.basename(file, '.json')}\``,
            'rebuild it from its sessions with `opensession handoff build`',
        ]);
    }
}
/** Loads the record of `hash` from the first candidate root holding it (11.3). */
async function loadRecord(hash, settings) {
    for (const root of (0,store/* candidateRoots */.zA)('artifacts', settings)) {
        const file = (0,store/* objectPath */.du)(root, hash, '.json');
        const record = await readRecordFile(file);
        if (record)
            return { path: file, record };
    }
    throw new core_errors/* GuidedError */.FQ(`artifact not found: ${hash}`, [LIST_HINT, 'build one: `opensession handoff build <FILE>`']);
}
/** Stores a record in the default root when absent. Returns its path and whether it was written. */
async function storeRecord(record, settings) {
    const { root, inRepo } = (0,store/* defaultRoot */.cc)('artifacts', settings);
    if (inRepo)
        await (0,store/* ensureRepoGitignore */.Fh)(root);
    const file = (0,store/* objectPath */.du)(root, record.sha256, '.json');
    return { path: file, created: await (0,store/* createFileAtomically */.IZ)(file, encodeRecord(record)) };
}
/** Every pin of the default root whose trimmed content is 64 hex digits: alias -> lowercase hash. */
async function readPins(settings) {
    const dir = pinsDir(settings);
    const pins = new Map();
    let names;
    try {
        names = await external_node_fs_.promises.readdir(dir);
    }
    catch {
        return pins;
    }
    for (const name of names.sort(core_text/* compareBytewise */.GV)) {
        if (name.startsWith('.tmp-'))
            continue;
        const file = external_node_path_.join(dir, name);
        try {
            if (!(await external_node_fs_.promises.lstat(file)).isFile())
                continue;
            const hash = (0,core_text/* trim */.Bq)(await external_node_fs_.promises.readFile(file, 'utf8'));
            if (HEX64.test(hash))
                pins.set(name, hash.toLowerCase());
        }
        catch {
            // a pin that vanished or cannot be read does not count
        }
    }
    return pins;
}
async function aliasesOf(hash, settings) {
    const pins = await readPins(settings);
    return [...pins.entries()]
        .filter(([, h]) => h === hash)
        .map(([a]) => a)
        .sort(core_text/* compareBytewise */.GV);
}
/** Writes `<pins>/<alias>` = `<hash>\n` atomically (a reader sees the old pin or the new one). */
async function writePin(alias, hash, settings) {
    const { root, inRepo } = (0,store/* defaultRoot */.cc)('artifacts', settings);
    if (inRepo)
        await (0,store/* ensureRepoGitignore */.Fh)(root);
    const dir = external_node_path_.join(root, 'pins');
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const tmp = external_node_path_.join(dir, `.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    try {
        await external_node_fs_.promises.writeFile(tmp, `${hash}\n`, { flag: 'wx', mode: 0o644 });
        await external_node_fs_.promises.rename(tmp, external_node_path_.join(dir, alias));
    }
    finally {
        await external_node_fs_.promises.rm(tmp, { force: true });
    }
}
/** Removes a pin; false when there was none. */
async function removePin(alias, settings) {
    try {
        await external_node_fs_.promises.unlink(external_node_path_.join(pinsDir(settings), alias));
        return true;
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return false;
        throw err;
    }
}
async function readPin(alias, settings) {
    try {
        const hash = (0,core_text/* trim */.Bq)(await external_node_fs_.promises.readFile(external_node_path_.join(pinsDir(settings), (0,core_text/* trim */.Bq)(alias)), 'utf8'));
        return HEX64.test(hash) ? hash.toLowerCase() : undefined;
    }
    catch {
        return undefined;
    }
}
/** Hashes of stored records (all candidate roots) starting with `prefix` (lowercase hex, >= 4 digits). */
async function hashesWithPrefix(prefix, settings) {
    const found = new Set();
    for (const root of (0,store/* candidateRoots */.zA)('artifacts', settings)) {
        const dir = external_node_path_.join(root, 'sha256', prefix.slice(0, 2), prefix.slice(2, 4));
        let names = [];
        try {
            names = await external_node_fs_.promises.readdir(dir);
        }
        catch {
            continue;
        }
        for (const n of names) {
            const stem = n.endsWith('.json') ? n.slice(0, -5) : '';
            if (HEX64.test(stem) && stem.startsWith(prefix))
                found.add(stem.toLowerCase());
        }
    }
    return [...found].sort(core_text/* compareBytewise */.GV);
}
/**
 * Resolves ID_OR_URI to a hash (11.3): an `os://artifact/` URI, 64 hex digits, a pin alias, or (beyond
 * the spec) a unique hash prefix of at least 4 hex digits among the stored records.
 */
async function resolveArtifactId(input, settings) {
    if (input.startsWith('os://')) {
        let uri;
        try {
            uri = (0,core_uri/* parseSourceUri */.Lf)(input);
        }
        catch (err) {
            throw new core_errors/* GuidedError */.FQ(err.message, ['artifact URIs look like `os://artifact/<sha256>`', LIST_HINT]);
        }
        if (uri.kind !== 'artifact') {
            throw new core_errors/* GuidedError */.FQ('uri is not an artifact uri', [
                'artifact URIs look like `os://artifact/<sha256>`',
                LIST_HINT,
            ]);
        }
        return uri.sha256.toLowerCase();
    }
    if (HEX64.test(input))
        return input.toLowerCase();
    if (isValidAlias(input)) {
        const pinned = await readPin(input, settings);
        if (pinned !== undefined)
            return pinned;
    }
    if (/^[0-9a-fA-F]+$/.test(input) && input.length >= MIN_PREFIX) {
        const matches = await hashesWithPrefix(input.toLowerCase(), settings);
        if (matches.length === 1)
            return matches[0];
        if (matches.length > 1) {
            throw new core_errors/* GuidedError */.FQ(`artifact prefix ${input} matches ${matches.length} artifacts: ${matches.join(', ')}`, [
                'use more digits of the hash, or the whole `os://artifact/<sha256>` URI',
                LIST_HINT,
            ]);
        }
    }
    throw new core_errors/* GuidedError */.FQ(`invalid artifact identifier: ${input}`, [
        'use `os://artifact/<sha256>`, a 64-digit hash, a unique hash prefix, or a pin alias',
        LIST_HINT,
    ]);
}
/** Rows of `artifacts list` (11.9): every loadable record of the default root, by hash. */
async function listArtifacts(settings) {
    const root = artifactsRoot(settings);
    const hashes = new Set();
    const sub = async (dir) => {
        try {
            return await external_node_fs_.promises.readdir(dir);
        }
        catch {
            return [];
        }
    };
    const base = external_node_path_.join(root, 'sha256');
    for (const a of await sub(base)) {
        for (const b of await sub(external_node_path_.join(base, a))) {
            for (const n of await sub(external_node_path_.join(base, a, b))) {
                const stem = n.endsWith('.json') ? n.slice(0, -5) : '';
                if (HEX64.test(stem))
                    hashes.add(stem.toLowerCase());
            }
        }
    }
    const pins = await readPins(settings);
    const rows = [];
    for (const hash of [...hashes].sort(core_text/* compareBytewise */.GV)) {
        let loaded;
        try {
            loaded = await loadRecord(hash, settings);
        }
        catch {
            continue; // unloadable records are skipped
        }
        rows.push({
            created_at: loaded.record.created_at,
            hash,
            path: loaded.path,
            pins: [...pins.entries()]
                .filter(([, h]) => h === hash)
                .map(([alias]) => alias)
                .sort(core_text/* compareBytewise */.GV),
            sources: loaded.record.source_uris.length,
            uri: `os://artifact/${hash}`,
        });
    }
    return rows;
}
/** Deletes the record of `hash` from the default root (11.9 `rm`); refuses pinned artifacts. */
async function removeArtifact(hash, settings) {
    const aliases = await aliasesOf(hash, settings);
    if (aliases.length > 0) {
        throw new core_errors/* GuidedError */.FQ(`artifact is pinned by aliases: ${aliases.join(', ')} (unpin first)`, aliases.map((a) => `unpin it: \`opensession handoff artifacts unpin ${a}\``));
    }
    const file = (0,store/* objectPath */.du)(artifactsRoot(settings), hash, '.json');
    try {
        await external_node_fs_.promises.unlink(file);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            throw new core_errors/* GuidedError */.FQ(`artifact not found: ${hash}`, [LIST_HINT]);
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./core/handoff/summary.ts
// The per-session handoff summary (hail-and-store.md 11.6). These rules decide the artifact hash, so
// every string below is part of the contract: change one and every artifact URI changes.


const OBJECTIVE_UNAVAILABLE = '(objective unavailable)';
const OBJECTIVE_UNDEFINED_REASON = 'No user prompt, task title/summary, or session title could be used to infer objective.';
const NO_COMMIT_SIGNAL = 'No committed change signal found in events.';
const NO_EVIDENCE = 'No objective/task/decision evidence could be mapped to source events.';
const ROLLBACK_HINT = 'Use `git revert <commit>` for committed changes, then re-run verification.';
const NO_VERIFICATION_AFTER_EDITS = 'No verification command found after file modifications.';
const DEFINE_COMPLETION = 'Define completion criteria and run at least one verification command.';
/** `text(event)`: the first Text block non-empty after trim, trimmed. */
function eventText(e) {
    for (const b of e.content.blocks) {
        if (b.type === 'Text') {
            const t = (0,core_text/* trim */.Bq)(b.text);
            if (t.length > 0)
                return t;
        }
    }
    return undefined;
}
function attr(e, key) {
    return Object.prototype.hasOwnProperty.call(e.attributes, key) ? e.attributes[key] : undefined;
}
function attrString(e, key) {
    return (0,core_text/* setString */.gQ)(attr(e, key));
}
/** Call id of an event (2.8). */
function callIdOf(e) {
    const semantic = attrString(e, 'semantic.call_id');
    if (semantic !== undefined)
        return semantic;
    if (e.event_type.type === 'ToolResult') {
        const own = (0,core_text/* setString */.gQ)(e.event_type.data.call_id);
        if (own !== undefined)
            return own;
    }
    return attrString(e, 'call_id');
}
function sourceType(e) {
    const raw = attrString(e, 'source.raw_type');
    if (raw !== undefined)
        return raw;
    return e.event_type.type === 'Custom' ? `Custom:${e.event_type.data.kind}` : e.event_type.type;
}
function keepEnds(list, limit, head, tail) {
    return list.length <= limit ? list : [...list.slice(0, head), ...list.slice(list.length - tail)];
}
function quotedList(items) {
    const shown = items
        .slice(0, 3)
        .map((s) => `\`${s}\``)
        .join(', ');
    return items.length > 3 ? `${shown} (+${items.length - 3} more)` : shown;
}
function objectiveOf(session) {
    const events = session.events;
    for (const e of events) {
        if (e.event_type.type !== 'UserMessage')
            continue;
        const t = eventText(e);
        if (t !== undefined)
            return { text: (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(t), 200), event: e };
    }
    for (const e of events) {
        if (e.event_type.type === 'TaskStart' && e.event_type.data.title !== undefined) {
            const t = (0,core_text/* trim */.Bq)(e.event_type.data.title);
            if (t.length > 0)
                return { text: (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(t), 200), event: e };
        }
    }
    for (const e of events) {
        if (e.event_type.type === 'TaskEnd') {
            const s = (0,core_text/* setString */.gQ)(e.event_type.data.summary);
            if (s !== undefined)
                return { text: (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(s), 200), event: e };
        }
    }
    const title = (0,core_text/* setString */.gQ)(session.context.title);
    if (title !== undefined)
        return { text: (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(title), 200) };
    return { text: OBJECTIVE_UNAVAILABLE };
}
function filesOf(events) {
    const changes = new Map();
    const reads = [];
    for (const e of events) {
        const et = e.event_type;
        if (et.type === 'FileCreate')
            changes.set(et.data.path, 'created');
        else if (et.type === 'FileEdit') {
            if (!changes.has(et.data.path))
                changes.set(et.data.path, 'edited');
        }
        else if (et.type === 'FileDelete')
            changes.set(et.data.path, 'deleted');
        else if (et.type === 'FileRead')
            reads.push(et.data.path);
    }
    const modified = [...changes.keys()].sort(core_text/* compareBytewise */.GV).map((p) => ({ path: p, action: changes.get(p) }));
    const read = (0,core_text/* dedupe */.Qq)(reads)
        .filter((p) => !changes.has(p))
        .sort(core_text/* compareBytewise */.GV);
    return { modified, read };
}
function errorsOf(events) {
    const out = [];
    for (const e of events) {
        const et = e.event_type;
        if (et.type === 'ShellCommand' && et.data.exit_code !== undefined && et.data.exit_code !== 0) {
            out.push(`Shell: \`${(0,core_text/* truncate */.xv)(et.data.command, 80)}\` \u2192 exit ${et.data.exit_code}`);
        }
        else if (et.type === 'ToolResult' && et.data.is_error) {
            const t = eventText(e);
            out.push(t === undefined ? `Tool error: ${et.data.name}` : `Tool error: ${et.data.name} \u2014 ${(0,core_text/* truncate */.xv)(t, 80)}`);
        }
    }
    return out;
}
function taskSummariesOf(events) {
    const seen = new Set();
    const out = [];
    for (const e of events) {
        if (e.event_type.type !== 'TaskEnd' || (0,core_text/* setString */.gQ)(e.event_type.data.summary) === undefined)
            continue;
        const n = (0,core_text/* collapse */.ap)(e.event_type.data.summary);
        if ((0,core_text/* asciiLower */.F)(n) === 'synthetic end (missing task_complete)')
            continue;
        if (seen.has(n))
            continue;
        seen.add(n);
        out.push((0,core_text/* truncate */.xv)(n, 180));
    }
    return out;
}
function conversationsOf(events) {
    const msgs = events.filter((e) => e.event_type.type === 'UserMessage' || e.event_type.type === 'AgentMessage');
    const out = [];
    for (let i = 0; i + 1 < msgs.length; i++) {
        if (msgs[i].event_type.type !== 'UserMessage' || msgs[i + 1].event_type.type !== 'AgentMessage')
            continue;
        const user = eventText(msgs[i]);
        const agent = eventText(msgs[i + 1]);
        if (user !== undefined && agent !== undefined)
            out.push({ user: (0,core_text/* truncate */.xv)(user, 300), agent: (0,core_text/* truncate */.xv)(agent, 300) });
    }
    return keepEnds(out, 12, 2, 10);
}
function verificationOf(events) {
    const callErrors = new Map();
    for (const e of events) {
        if (e.event_type.type !== 'ToolResult')
            continue;
        const id = callIdOf(e);
        if (id !== undefined && !callErrors.has(id))
            callErrors.set(id, e.event_type.data.is_error);
    }
    const runs = [];
    let anyShell = false;
    let anyFileChange = false;
    for (const e of events) {
        const et = e.event_type;
        if (et.type === 'FileEdit' || et.type === 'FileCreate' || et.type === 'FileDelete')
            anyFileChange = true;
        if (et.type !== 'ShellCommand')
            continue;
        anyShell = true;
        const command = (0,core_text/* collapse */.ap)(et.data.command);
        const code = et.data.exit_code;
        if (code !== undefined) {
            runs.push({ command, status: code === 0 ? 'passed' : 'failed', exit_code: code, event_id: e.event_id });
            continue;
        }
        const id = attrString(e, 'semantic.call_id') ?? attrString(e, 'call_id');
        const isError = id === undefined ? undefined : callErrors.get(id);
        const status = isError === undefined ? 'unknown' : isError ? 'failed' : 'passed';
        runs.push({ command, status, exit_code: null, event_id: e.event_id });
    }
    // a failed run is resolved by a later passing run of the same command: one backward pass
    const passedLater = new Set();
    const unresolvedReversed = [];
    for (let k = runs.length - 1; k >= 0; k--) {
        const r = runs[k];
        if (r.status === 'passed')
            passedLater.add(r.command);
        else if (r.status === 'failed' && !passedLater.has(r.command))
            unresolvedReversed.push(r.command);
    }
    const unresolved = (0,core_text/* dedupe */.Qq)(unresolvedReversed.reverse());
    const required = unresolved.map((c) => `Unresolved failed check: \`${c}\``);
    if (anyFileChange && !anyShell)
        required.push(NO_VERIFICATION_AFTER_EDITS);
    return {
        verification: {
            checks_run: runs,
            checks_passed: (0,core_text/* dedupe */.Qq)(runs.filter((r) => r.status === 'passed').map((r) => r.command)),
            checks_failed: (0,core_text/* dedupe */.Qq)(runs.filter((r) => r.status === 'failed').map((r) => r.command)),
            required_checks_missing: required,
        },
        unresolved,
    };
}
function uncertaintyOf(events, objective, requiredMissing) {
    const texts = new Map();
    const asked = [];
    const askedIds = new Set();
    const answered = new Set();
    const ask = (id, e) => {
        if (askedIds.has(id))
            return;
        askedIds.add(id);
        asked.push({ id, event: e });
    };
    const aborts = [];
    for (const e of events) {
        if (e.event_type.type === 'Custom' && e.event_type.data.kind === 'turn_aborted') {
            aborts.push({ text: `Turn aborted: ${attrString(e, 'reason') ?? 'turn aborted'}`, source: e });
        }
        const source = attrString(e, 'source');
        const meta = attr(e, 'question_meta');
        const ids = attr(e, 'question_ids');
        if (source === 'interactive_question') {
            if (Array.isArray(meta)) {
                for (const item of meta) {
                    if (item === null || typeof item !== 'object' || Array.isArray(item))
                        continue;
                    const obj = item;
                    const id = Object.prototype.hasOwnProperty.call(obj, 'id') ? (0,core_text/* setString */.gQ)(obj.id) : undefined;
                    if (id === undefined)
                        continue;
                    const q = Object.prototype.hasOwnProperty.call(obj, 'question') ? (0,core_text/* setString */.gQ)(obj.question) : undefined;
                    const h = Object.prototype.hasOwnProperty.call(obj, 'header') ? (0,core_text/* setString */.gQ)(obj.header) : undefined;
                    texts.set(id, q ?? h ?? id);
                    ask(id, e);
                }
            }
            else if (Array.isArray(ids)) {
                for (const raw of ids) {
                    const id = (0,core_text/* setString */.gQ)(raw);
                    if (id === undefined)
                        continue;
                    if (!texts.has(id))
                        texts.set(id, id);
                    ask(id, e);
                }
            }
        }
        else if (source === 'interactive' && Array.isArray(ids)) {
            for (const raw of ids) {
                const id = (0,core_text/* setString */.gQ)(raw);
                if (id !== undefined)
                    answered.add(id);
            }
        }
    }
    const open = asked
        .filter((q) => !answered.has(q.id))
        .map((q) => ({ text: `${q.id}: ${texts.get(q.id)}`, source: q.event }));
    const all = [
        ...aborts,
        ...requiredMissing.map((text) => ({ text })),
        ...open.map((q) => ({ text: `Resolve open question: ${q.text}`, source: q.source })),
    ];
    const seen = new Set();
    const decisions = all.filter((d) => (seen.has(d.text) ? false : (seen.add(d.text), true)));
    return {
        uncertainty: {
            assumptions: objective === OBJECTIVE_UNAVAILABLE
                ? ['Objective inferred as unavailable; downstream agent must restate objective.']
                : [],
            open_questions: open.map((q) => q.text),
            decision_required: decisions.map((d) => d.text),
        },
        decisions,
    };
}
function evidenceOf(events, objective, taskSummaries, decisions) {
    const out = [];
    const add = (claim, e) => out.push({
        id: `evidence-${out.length + 1}`,
        claim,
        event_id: e.event_id,
        timestamp: (0,hail/* formatTsOffset */.UZ)(e.timestamp),
        source_type: sourceType(e),
    });
    if (objective.event)
        add(`objective: ${objective.text}`, objective.event);
    if (taskSummaries.length > 0) {
        const firstEnd = new Map();
        for (const ev of events) {
            if (ev.event_type.type !== 'TaskEnd' || ev.event_type.data.summary === undefined)
                continue;
            const key = (0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(ev.event_type.data.summary), 180);
            if (!firstEnd.has(key))
                firstEnd.set(key, ev);
        }
        for (const s of taskSummaries) {
            const e = firstEnd.get(s);
            if (e)
                add(`task_done: ${s}`, e);
        }
    }
    for (const d of decisions)
        if (d.source)
            add(`decision_required: ${d.text}`, d.source);
    return out;
}
function defaultTitle(id) {
    return id === 'main' ? 'Main flow' : `Task ${id}`;
}
function packageKey(e) {
    const task = e.task_id === undefined ? '' : (0,core_text/* trim */.Bq)(e.task_id);
    if (task.length > 0)
        return task;
    return attrString(e, 'semantic.group_id') ?? 'main';
}
function workPackagesOf(events, evidence) {
    const evidenceByEvent = new Map();
    for (const ev of evidence)
        evidenceByEvent.set(ev.event_id, [...(evidenceByEvent.get(ev.event_id) ?? []), ev.id]);
    const byKey = new Map();
    events.forEach((e, index) => {
        const key = packageKey(e);
        let p = byKey.get(key);
        if (!p) {
            p = {
                id: key,
                firstTs: e.timestamp,
                firstIndex: index,
                status: 'pending',
                files: new Set(),
                commands: [],
                evidenceRefs: [],
            };
            byKey.set(key, p);
        }
        const refs = evidenceByEvent.get(e.event_id);
        if (refs)
            p.evidenceRefs.push(...refs);
        const et = e.event_type;
        if (et.type === 'TaskStart') {
            const t = et.data.title === undefined ? '' : (0,core_text/* trim */.Bq)(et.data.title);
            if (t.length > 0)
                p.title = t;
            if (p.status !== 'completed')
                p.status = 'in_progress';
        }
        else if (et.type === 'TaskEnd') {
            p.status = 'completed';
            p.completedTs = e.timestamp;
            const outcome = et.data.summary === undefined ? '' : (0,core_text/* collapse */.ap)(et.data.summary);
            if (outcome.length > 0) {
                p.outcome = outcome;
                if (p.title === undefined)
                    p.title = (0,core_text/* truncate */.xv)(outcome, 160);
            }
        }
        else if (et.type === 'FileEdit' || et.type === 'FileCreate' || et.type === 'FileDelete') {
            p.files.add(et.data.path);
            if (p.status === 'pending')
                p.status = 'in_progress';
        }
        else if (et.type === 'ShellCommand') {
            p.commands.push((0,core_text/* collapse */.ap)(et.data.command));
            if (p.status === 'pending')
                p.status = 'in_progress';
        }
    });
    const ordered = [...byKey.values()].sort((a, b) => a.firstTs !== b.firstTs
        ? a.firstTs < b.firstTs
            ? -1
            : 1
        : a.firstIndex !== b.firstIndex
            ? a.firstIndex - b.firstIndex
            : (0,core_text/* compareBytewise */.GV)(a.id, b.id));
    const deps = new Map();
    ordered.forEach((p, i) => {
        const list = [];
        if (p.files.size > 0) {
            for (let j = i - 1; j >= 0; j--) {
                if ([...ordered[j].files].some((f) => p.files.has(f))) {
                    list.push(ordered[j].id);
                    break;
                }
            }
        }
        deps.set(p.id, list);
    });
    const title = (p) => p.title ?? defaultTitle(p.id);
    const material = (p) => p.files.size > 0 ||
        p.commands.length > 0 ||
        p.outcome !== undefined ||
        (p.id === 'main' ? p.status !== 'pending' : title(p) !== defaultTitle(p.id)) ||
        (p.status === 'completed' && p.evidenceRefs.length > 0);
    const kept = new Set(ordered.filter((p) => p.id === 'main' || material(p)).map((p) => p.id));
    const packages = [];
    const materialIds = new Set();
    ordered.forEach((p, i) => {
        if (material(p))
            materialIds.add(p.id);
        if (!kept.has(p.id))
            return;
        const wp = {
            id: p.id,
            title: title(p),
            status: p.status,
            sequence: i + 1,
            started_at: (0,hail/* formatTsOffset */.UZ)(p.firstTs),
            depends_on: deps.get(p.id).filter((d) => kept.has(d)),
            files: [...p.files].sort(core_text/* compareBytewise */.GV),
            commands: (0,core_text/* dedupe */.Qq)(p.commands),
            evidence_refs: (0,core_text/* dedupe */.Qq)(p.evidenceRefs),
        };
        if (p.completedTs !== undefined)
            wp.completed_at = (0,hail/* formatTsOffset */.UZ)(p.completedTs);
        if (p.outcome !== undefined)
            wp.outcome = p.outcome;
        packages.push(wp);
    });
    return { packages, materialIds };
}
function executionContractOf(session, packages, materialIds, taskSummaries, verification, unresolved, openQuestions, filesModified) {
    const steps = packages
        .filter((p) => materialIds.has(p.id))
        .map((p) => {
        const step = {
            sequence: p.sequence,
            work_package_id: p.id,
            title: p.title,
            status: p.status,
            depends_on: p.depends_on,
            started_at: p.started_at,
            evidence_refs: p.evidence_refs,
        };
        if (p.completed_at !== undefined)
            step.completed_at = p.completed_at;
        return step;
    });
    const byId = new Map(packages.map((p) => [p.id, p]));
    let done = [];
    for (const s of steps) {
        if (s.status !== 'completed')
            continue;
        const p = byId.get(s.work_package_id);
        const at = s.completed_at ?? s.started_at ?? 'time-unavailable';
        const footprint = [
            p.files.length > 0 ? `files: ${p.files.length}` : '',
            p.commands.length > 0 ? `commands: ${p.commands.length}` : '',
        ]
            .filter((x) => x)
            .join(', ');
        const details = [p.outcome !== undefined ? `outcome: ${(0,core_text/* truncate */.xv)(p.outcome, 140)}` : '', footprint]
            .filter((x) => x)
            .join('; ');
        done.push(details
            ? `[${s.sequence}] Completed \`${s.title}\` at ${at} (${details}).`
            : `[${s.sequence}] Completed \`${s.title}\` at ${at}.`);
    }
    if (verification.checks_passed.length > 0)
        done.push(`Verification passed: ${quotedList(verification.checks_passed)}.`);
    if (filesModified.length > 0) {
        done.push(`Changed ${filesModified.length} file(s): ${quotedList(filesModified.map((f) => f.path))}.`);
    }
    if (done.length === 0)
        done = taskSummaries.slice(0, 5);
    done = (0,core_text/* dedupe */.Qq)(done);
    let next = [
        ...unresolved.map((c) => `Fix and re-run \`${c}\` until the check passes.`),
        ...verification.required_checks_missing.map((m) => `Add/restore verification check: ${m}`),
    ];
    const parallel = [];
    for (const s of steps) {
        if (s.status === 'completed')
            continue;
        if (s.depends_on.length > 0) {
            next.push(`[${s.sequence}] After dependencies [${s.depends_on.join(', ')}], execute \`${s.title}\` (${s.work_package_id}).`);
        }
        else if (s.work_package_id !== 'main') {
            parallel.push(`[${s.sequence}] \`${s.title}\` (${s.work_package_id}) \u2014 start: ${s.started_at ?? 'time-unavailable'}`);
        }
    }
    next.push(...openQuestions.map((q) => `Resolve open question: ${q}`));
    if (done.length === 0 && next.length === 0 && parallel.length === 0 && steps.length === 0)
        next = [DEFINE_COMPLETION];
    const listed = new Set(unresolved);
    const ordered = [...unresolved];
    for (const e of session.events) {
        if (e.event_type.type !== 'ShellCommand')
            continue;
        const c = (0,core_text/* collapse */.ap)(e.event_type.data.command);
        if (!listed.has(c)) {
            listed.add(c);
            ordered.push(c);
        }
    }
    const committed = session.events.some((e) => e.event_type.type === 'ShellCommand' && (0,core_text/* asciiLower */.F)(e.event_type.data.command).includes('git commit'));
    const contract = {
        done_definition: done,
        next_actions: (0,core_text/* dedupe */.Qq)(next),
        parallel_actions: (0,core_text/* dedupe */.Qq)(parallel),
        ordered_steps: steps,
        ordered_commands: ordered,
        rollback_hint: committed ? ROLLBACK_HINT : null,
    };
    if (!committed) {
        contract.rollback_hint_missing_reason = NO_COMMIT_SIGNAL;
        contract.rollback_hint_undefined_reason = NO_COMMIT_SIGNAL;
    }
    return contract;
}
/** The handoff summary of a session whose stats were already recomputed. */
function summarizeSession(session) {
    const events = session.events;
    const objective = objectiveOf(session);
    const objectiveAvailable = (0,core_text/* trim */.Bq)(objective.text).length > 0 && objective.text !== OBJECTIVE_UNAVAILABLE;
    const files = filesOf(events);
    const taskSummaries = taskSummariesOf(events);
    const { verification, unresolved } = verificationOf(events);
    const { uncertainty, decisions } = uncertaintyOf(events, objective.text, verification.required_checks_missing);
    const evidence = evidenceOf(events, objective, taskSummaries, decisions);
    const { packages, materialIds } = workPackagesOf(events, evidence);
    const contract = executionContractOf(session, packages, materialIds, taskSummaries, verification, unresolved, uncertainty.open_questions, files.modified);
    const userMessages = [];
    for (const e of events) {
        if (e.event_type.type !== 'UserMessage')
            continue;
        const t = eventText(e);
        if (t !== undefined)
            userMessages.push((0,core_text/* truncate */.xv)((0,core_text/* collapse */.ap)(t), 240));
    }
    const undefinedFields = [];
    if (!objectiveAvailable)
        undefinedFields.push({ path: 'objective', undefined_reason: OBJECTIVE_UNDEFINED_REASON });
    if (contract.rollback_hint === null) {
        undefinedFields.push({ path: 'execution_contract.rollback_hint', undefined_reason: NO_COMMIT_SIGNAL });
    }
    if (evidence.length === 0)
        undefinedFields.push({ path: 'evidence', undefined_reason: NO_EVIDENCE });
    const summary = {
        source_session_id: session.session_id,
        objective: objective.text,
        tool: session.agent.tool,
        model: session.agent.model,
        duration_seconds: session.stats.duration_seconds,
        stats: (0,hail/* statsToObject */.ge)(session.stats),
        files_modified: files.modified,
        files_read: files.read,
        shell_commands: events.flatMap((e) => e.event_type.type === 'ShellCommand'
            ? [{ command: e.event_type.data.command, exit_code: e.event_type.data.exit_code ?? null }]
            : []),
        errors: errorsOf(events),
        task_summaries: taskSummaries,
        key_conversations: conversationsOf(events),
        user_messages: keepEnds(userMessages, 18, 3, 15),
        execution_contract: contract,
        uncertainty,
        verification,
        evidence,
        work_packages: packages,
        undefined_fields: undefinedFields,
    };
    if (!objectiveAvailable)
        summary.objective_undefined_reason = OBJECTIVE_UNDEFINED_REASON;
    return {
        summary,
        objectiveAvailable,
        unresolvedFailedChecks: unresolved,
        anyMaterialPackage: materialIds.size > 0,
    };
}

;// CONCATENATED MODULE: ./core/handoff/validate.ts
// Validation reports of handoff summaries (hail-and-store.md 11.7).

function hasCycle(packages) {
    const deps = new Map(packages.map((p) => [p.id, p.depends_on]));
    const state = new Map(); // 1 = on the stack, 2 = done
    const visit = (id) => {
        const s = state.get(id);
        if (s === 1)
            return true;
        if (s === 2)
            return false;
        state.set(id, 1);
        for (const d of deps.get(id) ?? [])
            if (deps.has(d) && visit(d))
                return true;
        state.set(id, 2);
        return false;
    };
    return packages.some((p) => visit(p.id));
}
function stepsInconsistent(result) {
    const { ordered_steps: steps } = result.summary.execution_contract;
    const ids = new Set(result.summary.work_packages.map((p) => p.id));
    for (let i = 0; i < steps.length; i++) {
        if (!ids.has(steps[i].work_package_id))
            return true;
        if (i === 0)
            continue;
        if (steps[i].sequence <= steps[i - 1].sequence)
            return true;
        const a = steps[i - 1].started_at;
        const b = steps[i].started_at;
        if (a !== undefined && b !== undefined) {
            const ta = (0,hail/* tryParseTimestamp */.z_)(a);
            const tb = (0,hail/* tryParseTimestamp */.z_)(b);
            if (ta === undefined || tb === undefined || tb < ta)
                return true;
        }
    }
    return false;
}
function validateSummary(result) {
    const s = result.summary;
    const findings = [];
    const add = (code, severity, message) => findings.push({ code, severity, message });
    if (!result.objectiveAvailable)
        add('objective_missing', 'warning', 'Objective is unavailable.');
    const failedRuns = s.verification.checks_run.some((r) => r.status === 'failed');
    if (failedRuns && result.unresolvedFailedChecks.length > 0 && s.execution_contract.next_actions.length === 0) {
        add('next_actions_missing', 'warning', 'Unresolved failed checks exist but no next action was generated.');
    }
    if (s.files_modified.length > 0 && s.verification.checks_run.length === 0) {
        add('verification_missing', 'warning', 'Files were modified but no verification check was recorded.');
    }
    if (s.evidence.length === 0)
        add('evidence_missing', 'warning', 'No evidence references were generated.');
    else if (result.objectiveAvailable && !s.evidence.some((e) => e.claim.startsWith('objective:'))) {
        add('objective_evidence_missing', 'warning', 'Objective exists but objective evidence is missing.');
    }
    if (hasCycle(s.work_packages))
        add('work_package_cycle', 'error', 'work_packages.depends_on contains a cycle.');
    if (result.anyMaterialPackage && s.execution_contract.ordered_steps.length === 0) {
        add('ordered_steps_missing', 'warning', 'Material work packages exist but execution_contract.ordered_steps is empty.');
    }
    else if (stepsInconsistent(result)) {
        add('ordered_steps_inconsistent', 'error', 'execution_contract.ordered_steps is not temporally or referentially consistent.');
    }
    return { session_id: s.source_session_id, passed: findings.length === 0, findings };
}

;// CONCATENATED MODULE: ./core/handoff/build.ts
// `handoff build` (hail-and-store.md 11.4): collect sessions, summarise, hash, store the record.












/** Sessions parsed from an agent log: header plus events, stats recomputed. */
async function parseAgentLog(file, display) {
    try {
        return await (0,parsers.parseSessionInMemory)(file, { displayPath: display });
    }
    catch (err) {
        if (err instanceof parsers.SelectionFailed) {
            throw new core_errors/* GuidedError */.FQ(`unsupported input format for ${display} (use \`opensession parse --profile ...\` first)`, [
                `convert it: \`opensession parse --profile <profile> ${display} --out ./session.hail.jsonl\``,
                'then build from the converted file: `opensession handoff build ./session.hail.jsonl`',
            ]);
        }
        throw err;
    }
}
/**
 * One positional input (11.4 1a): HAIL if it reads as HAIL, else an agent log. Beyond the spec, bytes that are
 * not UTF-8 still go to the parsers (Cursor's `state.vscdb` is SQLite); only when none reads them is the
 * file reported as not UTF-8.
 */
async function collectFile(cwd, file) {
    const full = external_node_path_.resolve(cwd, file);
    let bytes;
    try {
        bytes = await external_node_fs_.promises.readFile(full);
    }
    catch (err) {
        throw readError(file, err);
    }
    let text;
    try {
        text = (0,io/* decodeUtf8Strict */.h0)(bytes);
    }
    catch {
        text = undefined;
    }
    let session;
    if (text !== undefined) {
        try {
            session = (0,hail/* withRecomputedStats */.KH)((0,hail/* parseHail */.iL)(text));
        }
        catch {
            session = undefined;
        }
    }
    if (session === undefined) {
        try {
            session = await parseAgentLog(full, file);
        }
        catch (err) {
            if (text === undefined && err instanceof core_errors/* GuidedError */.FQ)
                throw readError(file, new io/* InvalidUtf8Error */.tJ());
            throw err;
        }
    }
    return { session, canonical: Buffer.from((0,hail/* toHailJsonl */.CY)(session), 'utf8') };
}
function readError(file, err) {
    return new core_errors/* GuidedError */.FQ(`read ${file}: ${(0,io/* plainErrorText */.Mh)(err)}`, [
        `check the path and permissions of ${file}`,
        'inputs are HAIL JSONL files or agent logs; see `opensession handoff build --help`',
    ]);
}
/** One `--from` URI (11.4 1b): a stored local object, not re-stored. */
async function collectUri(input, settings) {
    let uri;
    try {
        uri = (0,core_uri/* parseSourceUri */.Lf)(input);
    }
    catch (err) {
        throw new core_errors/* GuidedError */.FQ(err.message, ['local session URIs look like `os://src/local/<sha256>`']);
    }
    if (uri.kind !== 'local') {
        throw new core_errors/* GuidedError */.FQ('object not found: uri is not a local source object', [
            'store the session first: `opensession register <FILE>`, then pass the `os://src/local/<sha256>` it prints',
        ]);
    }
    let bytes;
    try {
        bytes = (await (0,store/* readLocalObject */.F9)(uri.sha256, settings)).bytes;
    }
    catch (err) {
        throw new core_errors/* GuidedError */.FQ(err.message, [
            'store the session first: `opensession register <FILE>`',
            'or pass the file itself: `opensession handoff build <FILE>`',
        ]);
    }
    try {
        const session = (0,hail/* withRecomputedStats */.KH)((0,hail/* parseHail */.iL)((0,io/* decodeUtf8Strict */.h0)(bytes)));
        return { session, uri: (0,core_uri/* formatSourceUri */.Du)(uri) };
    }
    catch (err) {
        throw new core_errors/* GuidedError */.FQ(`parse source uri as HAIL JSONL: ${err.message}`, [
            `the stored object is damaged; register its session again: \`opensession register <FILE>\``,
        ]);
    }
}
/**
 * The local session index for `--last`: the HAIL objects of the candidate object stores, newest
 * `created_at` first, each pointing back at its agent log through the `source_path` context attribute.
 */
async function indexedSourcePaths(settings) {
    const entries = [];
    const walk = async (dir, depth) => {
        let names;
        try {
            names = await external_node_fs_.promises.readdir(dir);
        }
        catch {
            return;
        }
        for (const n of names) {
            const p = external_node_path_.join(dir, n);
            if (depth < 2)
                await walk(p, depth + 1);
            else if (/^[0-9a-f]{64}\.jsonl$/.test(n)) {
                try {
                    const header = (0,hail/* readHailHeader */.m1)((0,io/* decodeUtf8Strict */.h0)(await external_node_fs_.promises.readFile(p)));
                    const attrs = header.context.attributes;
                    const sp = Object.prototype.hasOwnProperty.call(attrs, 'source_path')
                        ? (0,core_text/* setString */.gQ)(attrs.source_path)
                        : undefined;
                    if (sp !== undefined)
                        entries.push({ created: header.context.created_at, sourcePath: sp, key: p });
                }
                catch {
                    // objects that do not read as HAIL are not in the index
                }
            }
        }
    };
    for (const root of (0,store/* candidateRoots */.zA)('objects', settings))
        await walk(external_node_path_.join(root, 'sha256'), 0);
    entries.sort((a, b) => (a.created !== b.created ? (a.created > b.created ? -1 : 1) : (0,core_text/* compareBytewise */.GV)(a.key, b.key)));
    return (0,core_text/* dedupe */.Qq)(entries.map((e) => e.sourcePath));
}
async function exists(file) {
    try {
        return (await external_node_fs_.promises.stat(file)).isFile();
    }
    catch {
        return false;
    }
}
/** canonical_jsonl (11.4 step 5): summaries stable-sorted by session id, compact JSON with sorted keys. */
function canonicalJsonl(summaries) {
    const sorted = summaries
        .map((s, i) => ({ s, i }))
        .sort((a, b) => (0,core_text/* compareBytewise */.GV)(a.s.source_session_id, b.s.source_session_id) || a.i - b.i);
    return sorted.map(({ s }) => (0,hail/* stringifyCanonical */.qY)(s) + '\n').join('');
}
/** Summaries and reports of sessions whose stats are recomputed. */
function summarize(sessions) {
    const results = sessions.map(summarizeSession);
    return { summaries: results.map((r) => r.summary), reports: results.map(validateSummary) };
}
async function buildArtifact(opts, settings, now) {
    const alias = opts.pin === undefined ? undefined : checkAlias(opts.pin);
    if (opts.last === 0) {
        throw new core_errors/* GuidedError */.FQ('--last must be greater than zero', ['ask for at least one session: `--last 1`']);
    }
    // Everything is read and parsed before anything is stored, so a bad input leaves the stores as they were.
    const collected = [];
    for (const input of opts.inputs)
        collected.push(await collectFile(settings.cwd, input));
    for (const uri of opts.from)
        collected.push(await collectUri(uri, settings));
    if (opts.last !== undefined) {
        let wanted = opts.last;
        for (const sourcePath of await indexedSourcePaths(settings)) {
            if (wanted === 0)
                break;
            if (!(await exists(sourcePath)))
                continue;
            collected.push(await collectFile(settings.cwd, sourcePath));
            wanted--;
        }
    }
    if (collected.length === 0) {
        throw new core_errors/* GuidedError */.FQ('no sessions provided (use inputs, --from, or --last)', [
            'pass a session file: `opensession handoff build ./session.hail.jsonl`',
            'or a stored session: `opensession handoff build --from os://src/local/<sha256>`',
        ]);
    }
    const uris = [];
    for (const c of collected) {
        if (c.canonical)
            c.uri = (await (0,store/* storeLocalObject */.AU)(c.canonical, settings)).uri;
        uris.push(c.uri);
    }
    const sessions = collected.map((c) => c.session);
    const { summaries, reports } = summarize(sessions);
    if (opts.validate) {
        const errors = reports.flatMap((r) => r.findings).filter((f) => f.severity === 'error').length;
        if (errors > 0) {
            const steps = reports.flatMap((r) => r.findings
                .filter((f) => f.severity === 'error')
                .map((f) => `fix session ${r.session_id}: ${f.message} (${f.code})`));
            throw new core_errors/* GuidedError */.FQ(`handoff validation failed: ${errors} error-level findings`, steps);
        }
    }
    const canonical = canonicalJsonl(summaries);
    const sha256 = (0,hail/* sha256Hex */.fg)(canonical);
    const record = {
        version: 'v1',
        sha256,
        created_at: (0,hail/* formatTsOffset */.UZ)((0,hail/* timestampFromMillis */.P9)(now.getTime())),
        source_uris: (0,core_text/* dedupe */.Qq)(uris).sort(core_text/* compareBytewise */.GV),
        canonical_jsonl: canonical,
        raw_sessions: sessions.map(hail/* toWholeSessionObject */.M2),
        validation_reports: reports.map((r) => (0,hail/* sortJsonKeys */.Po)(r)),
    };
    const stored = await storeRecord(record, settings);
    if (alias !== undefined)
        await writePin(alias, sha256, settings);
    return { uri: `os://artifact/${sha256}`, sha256, path: stored.path, created: stored.created, record, pinned: alias };
}

;// CONCATENATED MODULE: ./core/handoff/verify.ts
// `artifacts verify` and `artifacts get` (hail-and-store.md 11.8, 11.9).



function rawSessions(record) {
    return record.raw_sessions.map((raw, i) => {
        try {
            return (0,hail/* fromWholeSessionJson */.MW)(raw);
        }
        catch (err) {
            throw new core_errors/* GuidedError */.FQ(`artifact raw session ${i} is unreadable: ${err.message}`, [
                'rebuild the artifact from its sessions: `opensession handoff build <FILE>...`',
            ]);
        }
    });
}
/** `get` output (11.8). */
function renderArtifact(record, format, encoding) {
    if (format === 'canonical') {
        if (encoding === 'jsonl')
            return record.canonical_jsonl;
        const lines = record.canonical_jsonl
            .split('\n')
            .filter((l) => l.replace(/[ \t\r]/g, '') !== '')
            .map((l) => (0,hail/* parseJsonLossless */.KK)(l));
        return (0,hail/* stringifyCanonical */.qY)(lines, 2) + '\n';
    }
    const objects = rawSessions(record).map(hail/* toWholeSessionObject */.M2);
    if (encoding === 'json')
        return (0,hail/* stringifyOrdered */.Vd)(objects, 2) + '\n';
    return objects.map((o) => (0,hail/* stringifyOrdered */.Vd)(o) + '\n').join('');
}
function show(v) {
    if (v === undefined)
        return '(absent)';
    const s = (0,hail/* stringifyCanonical */.qY)(v);
    return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
/** The first path at which two JSON values differ, as a mismatch (`line 2 objective`, ...). */
function firstDifference(prefix, expected, found) {
    const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if (Array.isArray(expected) && Array.isArray(found)) {
        for (let i = 0; i < Math.max(expected.length, found.length); i++) {
            const d = firstDifference(`${prefix}[${i}]`, expected[i], found[i]);
            if (d)
                return d;
        }
        return undefined;
    }
    if (isObj(expected) && isObj(found)) {
        const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
        for (const k of keys) {
            const d = firstDifference(prefix ? `${prefix}.${k}` : k, Object.hasOwn(expected, k) ? expected[k] : undefined, Object.hasOwn(found, k) ? found[k] : undefined);
            if (d)
                return d;
        }
        return undefined;
    }
    const a = expected === undefined ? undefined : (0,hail/* stringifyCanonical */.qY)(expected);
    const b = found === undefined ? undefined : (0,hail/* stringifyCanonical */.qY)(found);
    return a === b ? undefined : { field: prefix, expected: show(expected), found: show(found) };
}
function describe(list) {
    return list.map((m) => `${m.field}: expected ${m.expected}, found ${m.found}`).join('; ');
}
/**
 * Recomputes everything an artifact claims (11.9 `verify`, extended): the hash of canonical_jsonl and
 * the record's own hash, each raw session's validity, the summaries and validation reports recomputed
 * from the raw sessions, and the source list's order. Throws a guided error naming each mismatch.
 */
function verifyArtifact(resolvedHash, loaded) {
    const { record } = loaded;
    const rebuild = [
        'rebuild the artifact from its sessions: `opensession handoff build <FILE>...` (or `--from <os://src/local/...>`)',
        `remove the damaged record: \`opensession handoff artifacts rm ${resolvedHash}\``,
    ];
    const hashes = [];
    if (record.sha256 !== resolvedHash)
        hashes.push({ field: 'sha256', expected: resolvedHash, found: record.sha256 });
    const actual = (0,hail/* sha256Hex */.fg)(record.canonical_jsonl);
    if (actual !== record.sha256) {
        hashes.push({ field: 'sha256 of canonical_jsonl', expected: record.sha256, found: actual });
    }
    if (hashes.length > 0)
        throw new core_errors/* GuidedError */.FQ(`artifact hash mismatch: ${describe(hashes)}`, rebuild);
    const sessions = rawSessions(record);
    for (const s of sessions) {
        const errors = (0,hail/* validateSession */.wH)(s);
        if (errors.length > 0) {
            throw new core_errors/* GuidedError */.FQ(`artifact raw session validation failed: ${errors.join('; ')}`, [
                `session ${s.session_id} cannot be handed off as stored; fix it and rebuild: \`opensession handoff build <FILE>\``,
            ]);
        }
    }
    const recomputed = sessions.map(hail/* withRecomputedStats */.KH);
    const { summaries, reports } = summarize(recomputed);
    const expectedJsonl = canonicalJsonl(summaries);
    if (expectedJsonl !== record.canonical_jsonl) {
        const exp = expectedJsonl.split('\n').filter((l) => l !== '');
        const got = record.canonical_jsonl.split('\n').filter((l) => l !== '');
        let m;
        for (let i = 0; i < Math.max(exp.length, got.length) && !m; i++) {
            const parse = (l) => {
                if (l === undefined)
                    return undefined;
                try {
                    return (0,hail/* parseJsonLossless */.KK)(l);
                }
                catch {
                    return l;
                }
            };
            m = firstDifference(`canonical_jsonl line ${i + 1}`, parse(exp[i]), parse(got[i]));
            if (!m && exp[i] !== got[i])
                m = { field: `canonical_jsonl line ${i + 1}`, expected: show(exp[i]), found: show(got[i]) };
        }
        m ??= { field: 'canonical_jsonl', expected: show(expectedJsonl), found: show(record.canonical_jsonl) };
        throw new core_errors/* GuidedError */.FQ(`artifact summaries do not match raw_sessions: ${describe([m])}`, rebuild);
    }
    const expectedReports = reports.map((r) => (0,hail/* sortJsonKeys */.Po)(r));
    // validation_reports is optional on read (11.5): an old record without it is not a mismatch.
    const reportDiff = record.validation_reports.length === 0
        ? undefined
        : firstDifference('validation_reports', expectedReports, record.validation_reports);
    if (reportDiff)
        throw new core_errors/* GuidedError */.FQ(`artifact validation reports do not match raw_sessions: ${describe([reportDiff])}`, rebuild);
    return `os://artifact/${resolvedHash}`;
}

;// CONCATENATED MODULE: ./core/handoff/index.ts
// Handoff artifacts (hail-and-store.md section 11): summaries, records, pins.







/***/ }),

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mh: () => (/* binding */ plainErrorText),
/* harmony export */   VF: () => (/* binding */ readUtf8Strict),
/* harmony export */   f9: () => (/* binding */ systemErrorText),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   tJ: () => (/* binding */ InvalidUtf8Error)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// File reading with the strictness the spec asks for (strict UTF-8, OS error texts).

/** The error text for an fs error, in this project's words (amendments A14), else its message. */
function systemErrorText(err) {
    return plainErrorText(err);
}
class InvalidUtf8Error extends Error {
    constructor() {
        super('file is not valid UTF-8');
        this.name = 'InvalidUtf8Error';
    }
}
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes bytes as strict UTF-8 (a BOM is kept for the HAIL reader to remove). */
function decodeUtf8Strict(bytes) {
    try {
        return strictDecoder.decode(bytes);
    }
    catch {
        throw new InvalidUtf8Error();
    }
}
/** Reads a whole file as strict UTF-8; throws the fs error or InvalidUtf8Error. */
async function readUtf8Strict(file) {
    return decodeUtf8Strict(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file));
}
const PLAIN_ERRNO_TEXT = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'file name too long',
    EMFILE: 'too many open files',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EIO: 'input/output error',
};
/** A file error in this project's words (amendments A14): `no such file`, never `(os error 2)`. */
function plainErrorText(err) {
    const e = err;
    if (e && typeof e.code === 'string' && PLAIN_ERRNO_TEXT[e.code])
        return PLAIN_ERRNO_TEXT[e.code];
    return e instanceof Error ? e.message : String(err);
}


/***/ })

};
;