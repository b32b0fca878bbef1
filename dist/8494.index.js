"use strict";
exports.id = 8494;
exports.ids = [8494];
exports.modules = {

/***/ 8960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ loadDaemonConfig),
/* harmony export */   f: () => (/* binding */ effectiveSettings)
/* harmony export */ });
/* unused harmony export parseDaemonConfig */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5586);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7428);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
/* harmony import */ var _core_ledger_sanitize__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6193);
// `~/.config/opensession/opensession.toml` (daemon-and-server.md §2.3) and the per-repo project config (§2.4),
// parsed with smol-toml and validated with one zod schema each; errors name the key.






const OBSOLETE = {
    daemon: [
        'auto_publish',
        'publish_on',
        'debounce_secs',
        'max_retries',
        'health_check_interval_secs',
        'realtime_debounce_ms',
        'detail_realtime_preview_enabled',
        'detail_auto_expand_selected_event',
    ],
    server: ['url', 'api_key'],
    git_storage: ['method', 'token'],
};
const obsoleteKeys = (table) => Object.fromEntries((OBSOLETE[table] ?? []).map((k) => [k, zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J().optional()]));
const nonEmpty = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1, 'must not be empty');
const customPath = nonEmpty.refine((p) => p.startsWith('/') || p.startsWith('~/') || /^[A-Za-z]:[\\/]/.test(p), {
    message: 'must be an absolute path or start with ~/',
});
const GlobalConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    daemon: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        capture: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['ledger', 'off']).optional(),
        debounce_ms: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(200).max(60000).optional(),
        ...obsoleteKeys('daemon'),
    })
        .optional(),
    watchers: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ custom_paths: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(customPath).max(64).optional() }).optional(),
    privacy: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        strip_paths: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
        strip_env_vars: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
        exclude_patterns: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).optional(),
        exclude_tools: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).optional(),
    })
        .optional(),
    identity: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ nickname: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional() }).optional(),
    server: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ ...obsoleteKeys('server') }).optional(),
    git_storage: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        retention: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
            enabled: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
            keep_days: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(1).max(36500).optional(),
            interval_secs: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(60).max(31536000).optional(),
        })
            .optional(),
        ...obsoleteKeys('git_storage'),
    })
        .optional(),
});
function tomlMessage(file, err) {
    if (err instanceof smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .TomlError */ .zx) {
        const first = err.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
        return `invalid config ${file}: ${first} (line ${err.line}, column ${err.column})`;
    }
    return `invalid config ${file}: ${err instanceof Error ? err.message : String(err)}`;
}
/** Parses and validates the global config text; `file` only names it in messages. */
function parseDaemonConfig(text, file, home) {
    let raw;
    try {
        raw = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(tomlMessage(file, err));
    }
    const res = GlobalConfigSchema.safeParse(raw);
    if (!res.success)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid config ${file}:\n${zod__WEBPACK_IMPORTED_MODULE_6__/* .prettifyError */ .S1(res.error)}`);
    const c = res.data;
    const warnings = [];
    let sqliteOptOut = false;
    for (const [table, keys] of Object.entries(OBSOLETE)) {
        const t = c[table];
        for (const k of keys) {
            if (t?.[k] === undefined)
                continue;
            if (table === 'git_storage' && k === 'method' && t[k] === 'sqlite' && c.daemon?.capture === undefined) {
                sqliteOptOut = true;
                warnings.push('config key git_storage.method is obsolete; treating "sqlite" as daemon.capture = "off"');
            }
            else
                warnings.push(`config key ${table}.${k} is obsolete and ignored`);
        }
    }
    let customPaths;
    if (c.watchers?.custom_paths !== undefined) {
        customPaths = [];
        for (const p of c.watchers.custom_paths) {
            const abs = p.startsWith('~/') ? path__WEBPACK_IMPORTED_MODULE_1__.join(home, p.slice(2)) : p;
            if (!customPaths.includes(abs))
                customPaths.push(abs);
        }
    }
    return {
        config: {
            capture: c.daemon?.capture ?? (sqliteOptOut ? 'off' : 'ledger'),
            debounceMs: c.daemon?.debounce_ms ?? 1000,
            customPaths,
            stripPaths: c.privacy?.strip_paths ?? true,
            excludePatterns: c.privacy?.exclude_patterns ?? [..._core_ledger_sanitize__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_EXCLUDE_PATTERNS */ .f_],
            excludeTools: c.privacy?.exclude_tools ?? [],
            retention: {
                enabled: c.git_storage?.retention?.enabled ?? false,
                keepDays: c.git_storage?.retention?.keep_days ?? 30,
                intervalSecs: c.git_storage?.retention?.interval_secs ?? 86400,
            },
        },
        warnings,
    };
}
/** Reads the global config; a missing file means all defaults. */
function loadDaemonConfig(file, home) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return parseDaemonConfig('', file, home);
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid config ${file}: could not read it (${err.code})`);
    }
    return parseDaemonConfig(text, file, home);
}
// Project files (§2.4): unknown keys are ignored (other commands own them); known keys are checked.
const ProjectSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    privacy: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
        strip_paths: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
        strip_env_vars: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
        exclude_patterns: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).optional(),
        exclude_tools: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(nonEmpty).optional(),
    })
        .optional(),
    identity: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({ nickname: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional() }).optional(),
    daemon: zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({ capture: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['ledger', 'off']).optional() }).optional(),
});
function readProjectLayer(file) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid project config ${file}: could not read it`);
    }
    let raw;
    try {
        raw = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid project config ${file}: ${tomlMessage(file, err).split(': ').slice(1).join(': ')}`);
    }
    const res = ProjectSchema.safeParse(raw);
    if (!res.success)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid project config ${file}: ${zod__WEBPACK_IMPORTED_MODULE_6__/* .prettifyError */ .S1(res.error).replace(/\n/g, ' ')}`);
    return res.data;
}
/** §2.4 merge of global, `.opensession/config.toml` and `.opensession/config.local.toml`; throws when a file is invalid. */
function effectiveSettings(global, repoRoot) {
    const shared = readProjectLayer(path__WEBPACK_IMPORTED_MODULE_1__.join(repoRoot, '.opensession', 'config.toml'));
    const local = readProjectLayer(path__WEBPACK_IMPORTED_MODULE_1__.join(repoRoot, '.opensession', 'config.local.toml'));
    const union = (lists) => {
        const out = [];
        for (const l of lists)
            for (const x of l ?? [])
                if (!out.includes(x))
                    out.push(x);
        return out;
    };
    const capture = global.capture === 'off' ? 'off' : (local?.daemon?.capture ?? shared?.daemon?.capture ?? 'ledger');
    return {
        capture,
        stripPaths: local?.privacy?.strip_paths ?? shared?.privacy?.strip_paths ?? global.stripPaths,
        excludePatterns: union([
            global.excludePatterns,
            shared?.privacy?.exclude_patterns,
            local?.privacy?.exclude_patterns,
        ]),
        excludeTools: union([global.excludeTools, shared?.privacy?.exclude_tools, local?.privacy?.exclude_tools]),
    };
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   bo: () => (/* binding */ captureFile),
/* harmony export */   parseAndCapture: () => (/* binding */ parseAndCapture)
/* harmony export */ });
/* unused harmony exports parseAgentFile, isAuxiliary */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_hail_stats__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(143);
/* harmony import */ var _core_ledger_checkout__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(490);
/* harmony import */ var _core_ledger_refs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9608);
/* harmony import */ var _core_ledger_repo__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6790);
/* harmony import */ var _core_ledger_sanitize__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6193);
/* harmony import */ var _core_ledger_store__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(705);
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1509);
/* harmony import */ var _config__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8960);
/* harmony import */ var _parse_worker__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8234);
// The per-file capture pipeline (daemon-and-server.md §2.7): hash → parse → skip auxiliary / no repo / capture off /
// excluded tool → sanitize and redact → dedupe by canonical hash → ledger write (§2.8) → registry.













async function hashFiles(files) {
    const h = crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256');
    for (const f of files) {
        try {
            await new Promise((resolve, reject) => {
                const s = fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(f);
                s.on('data', (b) => h.update(b));
                s.on('end', resolve);
                s.on('error', reject);
            });
        }
        catch (err) {
            if (f !== files[0] && err.code === 'ENOENT')
                continue; // no -wal file
            throw err;
        }
    }
    return h.digest('hex');
}
/** §2.7 step 2: SHA-256 of the file (Cursor: the DB, then its `-wal` when present), streamed. */
function contentHash(file, profile) {
    return hashFiles(profile === 'cursor' ? [file, `${file}-wal`] : [file]);
}
/** Cursor DBs are parsed from a private copy so Cursor's files are never locked (§2.7 step 3). */
async function withCursorCopy(db, fn) {
    const tmp = await fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdtemp(path__WEBPACK_IMPORTED_MODULE_3__.join(os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'opensession-cursor-'));
    try {
        await fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(tmp, 0o700);
        const norm = db.replace(/\\/g, '/');
        const ws = /^(.*)\/workspaceStorage\/([^/]+)\/state\.vscdb$/.exec(norm);
        let target = path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, 'User', 'globalStorage', 'state.vscdb');
        const copies = [];
        if (ws !== null) {
            target = path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, 'User', 'workspaceStorage', ws[2], 'state.vscdb');
            const globalDb = path__WEBPACK_IMPORTED_MODULE_3__.join(ws[1], 'globalStorage', 'state.vscdb');
            copies.push([globalDb, path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, 'User', 'globalStorage', 'state.vscdb')]);
        }
        copies.push([db, target]);
        for (const [from, to] of copies) {
            await fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(path__WEBPACK_IMPORTED_MODULE_3__.dirname(to), { recursive: true });
            for (const suffix of ['', '-wal']) {
                try {
                    await fs__WEBPACK_IMPORTED_MODULE_1__.promises.copyFile(from + suffix, to + suffix);
                }
                catch (err) {
                    if (suffix === '' && from === db)
                        throw err;
                }
            }
        }
        return await fn(target);
    }
    finally {
        await fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { recursive: true, force: true });
    }
}
/** Parses one agent log with its selected parser into a session. */
async function parseAgentFile(file, profile) {
    const { parseWithProfile } = await Promise.all(/* import() */[__webpack_require__.e(3564), __webpack_require__.e(4025)]).then(__webpack_require__.bind(__webpack_require__, 4025));
    const run = async (p) => {
        const events = [];
        const outcome = await parseWithProfile(p, profile, { push: (e) => void events.push(e) }, {
            displayPath: file,
            sourcePath: file,
        });
        return {
            version: outcome.header.version ?? 'hail-1.0.0',
            session_id: outcome.header.session_id,
            agent: outcome.header.agent,
            context: outcome.header.context,
            events,
            stats: (0,_core_hail_stats__WEBPACK_IMPORTED_MODULE_4__/* .recomputeStats */ .Qf)({ events }),
        };
    };
    return profile === 'cursor' ? withCursorCopy(file, run) : run(file);
}
/** §2.7 step 4.1: session_role, then related ids, then parent id. */
function isAuxiliary(session) {
    const a = session.context.attributes ?? {};
    const role = typeof a.session_role === 'string' ? (0,_core_text__WEBPACK_IMPORTED_MODULE_10__/* .asciiLower */ .F)(a.session_role.trim()) : '';
    if (role === 'primary')
        return false;
    if (role === 'auxiliary')
        return true;
    if ((session.context.related_session_ids ?? []).length > 0)
        return true;
    return (0,_core_text__WEBPACK_IMPORTED_MODULE_10__/* .setString */ .gQ)(a.parent_session_id) !== undefined;
}
function workingDirectory(session) {
    const a = session.context.attributes ?? {};
    return (0,_core_text__WEBPACK_IMPORTED_MODULE_10__/* .setString */ .gQ)(a.cwd) ?? (0,_core_text__WEBPACK_IMPORTED_MODULE_10__/* .setString */ .gQ)(a.working_directory);
}
function realRoot(dir) {
    const root = (0,_core_ledger_repo__WEBPACK_IMPORTED_MODULE_7__.findRepoRoot)(dir);
    if (root === undefined)
        return undefined;
    try {
        return fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(root);
    }
    catch {
        return root;
    }
}
/** Runs steps 1–4 of §2.7 for one file; never throws for per-session problems (they become outcomes). */
async function captureFile(file, profile, ctx) {
    let st;
    try {
        st = await fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(file);
    }
    catch {
        return { sessions: [] };
    }
    let sha;
    try {
        sha = await contentHash(file, profile);
    }
    catch {
        return { sessions: [] }; // vanished while reading
    }
    const base = { sha256: sha, size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
    if (ctx.knownSha === sha)
        return { ...base, unchanged: true, sessions: [] };
    if (ctx.worker !== undefined && (0,_parse_worker__WEBPACK_IMPORTED_MODULE_12__/* .needsWorker */ .CO)(profile, st.size)) {
        const { runInWorker } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8234));
        const job = { file, profile, config: ctx.config, known: ctx.worker.known };
        return { ...base, sessions: await runInWorker(job, ctx.env, ctx.worker.onStart) };
    }
    return { ...base, sessions: await parseAndCapture(file, profile, ctx) };
}
/** Steps 3–4 of §2.7 (parse, then each session): in the daemon, or in the parse worker for big files and DBs. */
async function parseAndCapture(file, profile, ctx) {
    let session;
    try {
        session = await parseAgentFile(file, profile);
    }
    catch (err) {
        throw new Error(`failed to parse ${file} with ${profile}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return [await captureSession(session, ctx)];
}
async function captureSession(session, ctx) {
    const id = session.session_id;
    if (isAuxiliary(session))
        return { kind: 'skipped', reason: 'auxiliary', sessionId: id };
    const cwd = workingDirectory(session);
    const root = cwd === undefined ? undefined : realRoot(cwd);
    if (cwd === undefined || root === undefined)
        return { kind: 'skipped', reason: 'no_repository', sessionId: id };
    let settings;
    try {
        settings = (0,_config__WEBPACK_IMPORTED_MODULE_11__/* .effectiveSettings */ .f)(ctx.config, root);
    }
    catch (err) {
        return { kind: 'error', message: err.message };
    }
    if (settings.capture === 'off')
        return { kind: 'skipped', reason: 'capture_off', sessionId: id };
    const excluded = settings.excludeTools.map((t) => (0,_core_text__WEBPACK_IMPORTED_MODULE_10__/* .asciiLower */ .F)(t.trim()));
    if (excluded.includes((0,_core_text__WEBPACK_IMPORTED_MODULE_10__/* .asciiLower */ .F)(session.agent.tool)))
        return { kind: 'skipped', reason: 'excluded_tool', sessionId: id };
    const sanitized = (0,_core_ledger_sanitize__WEBPACK_IMPORTED_MODULE_8__/* .applyExcludePatterns */ .Qd)(session, settings.excludePatterns);
    const { bytes } = (0,_core_ledger_store__WEBPACK_IMPORTED_MODULE_9__.redactForLedger)(sanitized, settings.stripPaths);
    const hash = crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(bytes).digest('hex');
    const repo = (0,_core_ledger_repo__WEBPACK_IMPORTED_MODULE_7__.openRepo)(root);
    const head = (0,_core_ledger_repo__WEBPACK_IMPORTED_MODULE_7__.readHead)(repo);
    const ref = (0,_core_ledger_refs__WEBPACK_IMPORTED_MODULE_6__.ledgerRef)((0,_core_ledger_refs__WEBPACK_IMPORTED_MODULE_6__.resolveLedgerBranch)(head.branch, head.head));
    const key = `${root}\n${ref}\n${id}`;
    if (ctx.knownSession(key) === hash)
        return { kind: 'skipped', reason: 'unchanged', sessionId: id };
    try {
        const written = await (0,_core_ledger_checkout__WEBPACK_IMPORTED_MODULE_5__/* .storeSessionForCheckout */ .Z)(sanitized, cwd, {
            stripHomePaths: settings.stripPaths,
            env: ctx.env,
        });
        if (written === undefined)
            return { kind: 'skipped', reason: 'no_repository', sessionId: id };
        return { kind: 'captured', sessionId: id, tool: session.agent.tool, repo: root, ref: written.ref, key, hash };
    }
    catch (err) {
        return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
    }
}


/***/ }),

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   L6: () => (/* binding */ TimestampError),
/* harmony export */   P9: () => (/* binding */ timestampFromMillis),
/* harmony export */   UZ: () => (/* binding */ formatTsOffset),
/* harmony export */   XQ: () => (/* binding */ parseCommonForm),
/* harmony export */   ju: () => (/* binding */ formatTsZ),
/* harmony export */   z_: () => (/* binding */ tryParseTimestamp)
/* harmony export */ });
/* unused harmony exports timestampToMillis, compareTimestamps */
// HAIL timestamps (hail-and-store.md section 2.7): bigint nanoseconds since the Unix epoch, UTC.
// Hand-written because Date keeps only milliseconds and Date.parse accepts non-RFC forms.
const NS_PER_SEC = 1000000000n;
const SECONDS_PER_DAY = 86400;
/** Seconds from 0000-01-01T00:00:00Z to the epoch (negative) and from the epoch to 10000-01-01. */
const MIN_SECONDS = -62167219200; // 0000-01-01T00:00:00Z
const MAX_SECONDS_EXCL = 253402300800; // 10000-01-01T00:00:00Z
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;
/** Days since 1970-01-01 of a proleptic Gregorian civil date (H. Hinnant's algorithm). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (m + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function civilFromDays(z) {
    z += 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
function daysInMonth(y, m) {
    if (m === 2)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
class TimestampError extends Error {
    value;
    constructor(value) {
        super(`invalid timestamp \`${value}\``);
        this.value = value;
        this.name = 'TimestampError';
    }
}
/** Parses the RFC 3339 read grammar of section 2.7. Throws TimestampError (``invalid timestamp `{value}` ``). */
function parseTimestamp(s) {
    const fast = parseCommonForm(s);
    if (fast !== undefined)
        return fast;
    const m = TIMESTAMP_RE.exec(s);
    if (m === null)
        throw new TimestampError(s);
    const year = +m[1];
    const month = +m[2];
    const day = +m[3];
    const hh = +m[4];
    const mm = +m[5];
    const ss = +m[6];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hh > 23 || mm > 59 || ss > 59) {
        throw new TimestampError(s);
    }
    let offset = 0;
    if (m[8] !== undefined) {
        const oh = +m[9];
        const om = +m[10];
        if (oh > 23 || om > 59)
            throw new TimestampError(s);
        offset = (oh * 60 + om) * 60;
        if (m[8] === '-')
            offset = -offset;
    }
    const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss - offset;
    if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS_EXCL)
        throw new TimestampError(s);
    let nanos = 0;
    const frac = m[7];
    if (frac !== undefined) {
        // digits beyond the 9th are dropped, not rounded
        nanos = frac.length >= 9 ? +frac.slice(0, 9) : +frac * 10 ** (9 - frac.length);
    }
    return BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
}
function digit(s, i) {
    const d = s.charCodeAt(i) - 0x30;
    return d >= 0 && d <= 9 ? d : -1000000;
}
/**
 * Hand-rolled parse of the common `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z` form (no regex, no captures);
 * undefined for anything else, which then takes the general path.
 */
function parseCommonForm(s) {
    const len = s.length;
    if (len < 20 || s.charCodeAt(len - 1) !== 0x5a /* Z */)
        return undefined;
    if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || s.charCodeAt(10) !== 0x54)
        return undefined;
    if (s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a)
        return undefined;
    const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    const month = digit(s, 5) * 10 + digit(s, 6);
    const day = digit(s, 8) * 10 + digit(s, 9);
    const hh = digit(s, 11) * 10 + digit(s, 12);
    const mm = digit(s, 14) * 10 + digit(s, 15);
    const ss = digit(s, 17) * 10 + digit(s, 18);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59)
        return undefined;
    let nanos = 0;
    let fracLen = 0;
    if (len > 20) {
        if (s.charCodeAt(19) !== 0x2e || len > 30)
            return undefined;
        fracLen = len - 21;
        if (fracLen < 1)
            return undefined;
        for (let i = 20; i < len - 1; i++) {
            const d = digit(s, i);
            if (d < 0)
                return undefined;
            nanos = nanos * 10 + d;
        }
        nanos *= 10 ** (9 - fracLen);
    }
    const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss;
    const t = BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
    // remember an input already in tsZ form: writers usually format the value they have just read
    if (fracLen === 0 || ((fracLen === 3 || fracLen === 6 || fracLen === 9) && !s.endsWith('000Z'))) {
        lastValue = t;
        lastText = s;
    }
    return t;
}
let lastValue;
let lastText = '';
/** Same as parseTimestamp but returns undefined instead of throwing. */
function tryParseTimestamp(s) {
    try {
        return parseTimestamp(s);
    }
    catch {
        return undefined;
    }
}
function pad2(n) {
    return n < 10 ? '0' + n : String(n);
}
function formatDigits(t) {
    let secs = t / NS_PER_SEC;
    let nanos = Number(t - secs * NS_PER_SEC);
    if (nanos < 0) {
        nanos += 1_000_000_000;
        secs -= 1n;
    }
    const s = Number(secs);
    const days = Math.floor(s / SECONDS_PER_DAY);
    const sod = s - days * SECONDS_PER_DAY;
    const [y, mo, d] = civilFromDays(days);
    const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
    let out = ys +
        '-' +
        pad2(mo) +
        '-' +
        pad2(d) +
        'T' +
        pad2(Math.floor(sod / 3600)) +
        ':' +
        pad2(Math.floor(sod / 60) % 60) +
        ':' +
        pad2(sod % 60);
    if (nanos !== 0) {
        if (nanos % 1_000_000 === 0)
            out += '.' + String(nanos / 1_000_000).padStart(3, '0');
        else if (nanos % 1000 === 0)
            out += '.' + String(nanos / 1000).padStart(6, '0');
        else
            out += '.' + String(nanos).padStart(9, '0');
    }
    return out;
}
/** `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`. */
function formatTsZ(t) {
    if (t === lastValue)
        return lastText;
    // events of one record share its timestamp: format each value once
    if (t !== lastFormatted) {
        lastFormattedText = formatDigits(t) + 'Z';
        lastFormatted = t;
    }
    return lastFormattedText;
}
let lastFormatted;
let lastFormattedText = '';
/** Same digits as formatTsZ with `+00:00` instead of `Z`. */
function formatTsOffset(t) {
    return formatDigits(t) + '+00:00';
}
/** Timestamp from epoch milliseconds (fractional milliseconds are truncated toward negative infinity). */
function timestampFromMillis(ms) {
    const whole = Math.floor(ms);
    return BigInt(whole) * 1000000n;
}
/** Epoch milliseconds of a timestamp (floored). */
function timestampToMillis(t) {
    const ms = t / 1000000n;
    return Number(t < 0n && ms * 1000000n !== t ? ms - 1n : ms);
}
function compareTimestamps(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
;