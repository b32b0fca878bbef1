"use strict";
exports.id = 4966;
exports.ids = [4966,2287];
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
    const { parseWithProfile } = await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(2365), __webpack_require__.e(5469)]).then(__webpack_require__.bind(__webpack_require__, 2365));
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

/***/ 6316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ writeUtf8)
/* harmony export */ });
// UTF-8 encoding into preallocated buffers, for the writers that stream lines into byte chunks.
/**
 * Writes `text` as UTF-8 into `buf` at `offset` and returns the number of bytes written (the caller
 * makes room: up to 3 bytes per UTF-16 unit). Lone surrogates become U+FFFD, as with Buffer#write.
 * Node's own `utf8Write` is used when present: `Buffer#write(text, offset)` goes through argument
 * handling that costs several times the encoding itself on short strings.
 */
const writeUtf8 = typeof Buffer.prototype.utf8Write === 'function'
    ? (buf, text, offset) => buf.utf8Write(text, offset)
    : (buf, text, offset) => buf.write(text, offset);


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


/***/ }),

/***/ 2287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ canonicalizeBytes),
  dR: () => (/* reexport */ encode/* encodeEventLine */.dR),
  S4: () => (/* reexport */ encode/* encodeHeaderLine */.S4),
  yO: () => (/* reexport */ encode/* encodeStatsLine */.yO),
  fg: () => (/* binding */ sha256Hex),
  CY: () => (/* binding */ toHailJsonl),
  xP: () => (/* binding */ toWholeSessionJson)
});

// UNUSED EXPORTS: canonicalize, eventToObject

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./core/hail/bytes.ts
var bytes = __webpack_require__(6316);
// EXTERNAL MODULE: ./core/hail/encode.ts
var encode = __webpack_require__(9437);
// EXTERNAL MODULE: ./core/hail/json.ts
var json = __webpack_require__(393);
// EXTERNAL MODULE: ./core/hail/reader.ts
var reader = __webpack_require__(4632);
// EXTERNAL MODULE: ./core/hail/timestamp.ts
var timestamp = __webpack_require__(9823);
;// CONCATENATED MODULE: ./core/hail/splice.ts
// Canonical event lines spliced from their input text (canonicalizeBytes' hot path).
//
// Most HAIL input is already canonical, or nearly: the fields are written compactly with JSON.stringify's
// escapes and only their order, a timestamp or the attribute key order differs. Re-encoding such a line
// costs a JSON.stringify of the whole line; here the line's top-level members are located in the text
// and each member whose text is already what the encoder writes is copied as is (a slice), in the
// encoder's field order. Anything this module cannot prove identical makes it return undefined, and
// the caller uses the encoder (encode.ts). The result is only used for UTF-8 output: a lone surrogate
// copied as is and the encoder's U+FFFD give the same bytes.


// ---------------------------------------------------------------------------------------------
// Scanner: top-level member spans of a line JSON.parse has accepted (so the syntax is valid).
/** Cleared by the scanner when the value it just passed is not in JSON.stringify's form. */
let canon = true;
/** Position of the next backslash at or after the scan position (-1: none), cached per line. */
let nextBackslash = -1;
/** Index after the string starting at `i` (its opening quote). `\u` and `\/` escapes are not canonical. */
function skipString(s, i) {
    let p = i + 1;
    for (;;) {
        const q = s.indexOf('"', p);
        if (nextBackslash >= 0 && nextBackslash < p)
            nextBackslash = s.indexOf('\\', p);
        const b = nextBackslash;
        if (b < 0 || b > q)
            return q + 1;
        const e = s.charCodeAt(b + 1);
        if (e === 0x75 /* u */ || e === 0x2f /* / */)
            canon = false;
        p = b + 2;
    }
}
/** Index after the number at `i`. A float lexeme is canonical only when it is JavaScript's own text. */
function skipNumber(s, i) {
    let p = i;
    let float = false;
    for (;;) {
        const c = s.charCodeAt(p);
        if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b)
            p++;
        else if (c === 0x2e || c === 0x65 || c === 0x45) {
            float = true;
            p++;
        }
        else
            break;
    }
    if (float) {
        const lexeme = s.slice(i, p);
        if (String(Number(lexeme)) !== lexeme)
            canon = false;
    }
    return p;
}
/** Index after the value starting at `i`; clears `canon` on whitespace or a non-canonical token. */
function skipValue(s, i) {
    let c = s.charCodeAt(i);
    if (c === 0x22)
        return skipString(s, i);
    if (c !== 0x7b && c !== 0x5b) {
        if (c === 0x74 || c === 0x6e)
            return i + 4; // true, null
        if (c === 0x66)
            return i + 5; // false
        return skipNumber(s, i);
    }
    let depth = 0;
    let p = i;
    for (;;) {
        c = s.charCodeAt(p);
        switch (c) {
            case 0x22:
                p = skipString(s, p);
                break;
            case 0x7b:
            case 0x5b:
                depth++;
                p++;
                break;
            case 0x7d:
            case 0x5d:
                p++;
                if (--depth === 0)
                    return p;
                break;
            case 0x2c:
            case 0x3a:
                p++;
                break;
            case 0x74:
            case 0x6e:
                p += 4;
                break;
            case 0x66:
                p += 5;
                break;
            default:
                if ((c >= 0x30 && c <= 0x39) || c === 0x2d)
                    p = skipNumber(s, p);
                else {
                    canon = false; // whitespace
                    p++;
                }
        }
    }
}
// One entry per event field the splicer knows, in EVENT_SHAPE order (shape.ts).
const FIELDS = ['event_id', 'timestamp', 'event_type', 'task_id', 'content', 'duration_ms', 'attributes'];
const FIELD_INDEX = Object.create(null);
FIELDS.forEach((f, i) => (FIELD_INDEX[f] = i));
/** Per field: start of its `"key"`, start of its value, end of its value (-1: absent), canonical text. */
const memberStart = new Int32Array(FIELDS.length);
const valueStart = new Int32Array(FIELDS.length);
const valueEnd = new Int32Array(FIELDS.length);
const memberCanon = new Uint8Array(FIELDS.length);
/** Fills the member tables for a compact top-level object; false when the line is not compact. */
function scanMembers(s) {
    valueEnd.fill(-1);
    nextBackslash = s.indexOf('\\');
    if (s.charCodeAt(0) !== 0x7b)
        return false;
    let p = 1;
    if (s.charCodeAt(p) === 0x7d)
        return p + 1 === s.length;
    for (;;) {
        if (s.charCodeAt(p) !== 0x22)
            return false;
        const keyStart = p;
        canon = true;
        p = skipString(s, p);
        const keyCanon = canon;
        if (s.charCodeAt(p) !== 0x3a)
            return false;
        const vStart = p + 1;
        p = skipValue(s, vStart);
        const field = keyCanon ? FIELD_INDEX[s.slice(keyStart + 1, vStart - 2)] : undefined;
        if (field !== undefined) {
            memberStart[field] = keyStart;
            valueStart[field] = vStart;
            valueEnd[field] = p;
            memberCanon[field] = canon ? 1 : 0;
        }
        const c = s.charCodeAt(p);
        if (c === 0x2c)
            p++;
        else
            return c === 0x7d && p + 1 === s.length;
    }
}
// ---------------------------------------------------------------------------------------------
// Which members are written as they are
function isEmpty(o) {
    for (const k in o)
        if (Object.prototype.hasOwnProperty.call(o, k))
            return false;
    return true;
}
/** Same own keys in the same order (the reader builds typed records in write order). */
function sameKeys(raw, typed) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return false;
    const a = Object.keys(raw);
    const b = Object.keys(typed);
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** The raw event_type is the reader's one, key for key (so JSON.stringify writes both alike). */
function eventTypeAsRead(raw, typed) {
    if (!sameKeys(raw, typed))
        return false;
    return !('data' in typed) || sameKeys(raw.data, typed.data);
}
/** The raw content is the reader's one, key for key; Json blocks' data already canonical. */
function contentAsRead(raw, typed) {
    if (!sameKeys(raw, typed))
        return false;
    const rawBlocks = raw.blocks;
    const blocks = typed.blocks;
    for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i];
        if (!sameKeys(rawBlocks[i], b))
            return false;
        // a Json block's data sits at depth 4 (line, content, blocks, block), as the encoder writes it
        if (b.type === 'Json' && (0,json/* plainCanonicalAt */.Kt)(b.data, 4) !== b.data)
            return false;
    }
    return true;
}
// The spliced line, as pieces: a slice [start, end) of the input line, or a text (start = -1).
let pieceCount = 0;
const pieceStart = [];
const pieceEnd = [];
const pieceText = [];
function addSlice(start, end) {
    const last = pieceCount - 1;
    if (last >= 0 && pieceStart[last] >= 0 && pieceEnd[last] === start) {
        pieceEnd[last] = end; // continues the previous slice
        return;
    }
    pieceStart[pieceCount] = start;
    pieceEnd[pieceCount] = end;
    pieceCount++;
}
function addText(text) {
    pieceStart[pieceCount] = -1;
    pieceText[pieceCount] = text;
    pieceCount++;
}
/**
 * Writes the pieces of the last spliceEventLine call that returned SPLICED through `write` (text
 * pieces and line slices, in order).
 */
function forEachPiece(line, write) {
    for (let i = 0; i < pieceCount; i++) {
        const start = pieceStart[i];
        write(start < 0 ? pieceText[i] : line.slice(start, pieceEnd[i]));
    }
}
/** An upper bound on the UTF-16 units of the last spliced line. */
function splicedLength(line) {
    let n = line.length;
    for (let i = 0; i < pieceCount; i++)
        if (pieceStart[i] < 0)
            n += pieceText[i].length;
    return n;
}
/** spliceEventLine's answer when the canonical line is made of pieces (see forEachPiece). */
const SPLICED = Symbol('spliced');
/**
 * The canonical line of an event the reader just built from `line` (whose JSON.parse value is `raw`),
 * made of slices of `line` where they already hold the canonical text: `line` itself when it is
 * canonical as a whole, SPLICED when the line is made of pieces (forEachPiece; the closing brace is
 * the caller's), undefined when some member needs the encoder. `"type":"event"` always leads;
 * unknown members are left out, as the encoder does.
 */
function spliceEventLine(line, raw, e) {
    if (!scanMembers(line))
        return undefined;
    pieceCount = 0;
    // while the pieces so far are the input's own text in order, `pos` is where the input continues
    let pos = -1;
    if (line.startsWith('{"type":"event"')) {
        pos = 15;
        addSlice(0, 15);
    }
    else
        addText('{"type":"event"');
    for (let f = 0; f < FIELDS.length; f++) {
        const name = FIELDS[f];
        const v = e[name];
        let asIs = false;
        let text;
        if (v === undefined)
            continue;
        const end = valueEnd[f];
        const present = end >= 0;
        const rawCanon = present && memberCanon[f] === 1;
        switch (name) {
            case 'event_id':
            case 'task_id':
            case 'duration_ms':
                // typed value is the raw string or integer itself
                if (!rawCanon)
                    return undefined;
                asIs = true;
                break;
            case 'timestamp': {
                const ts = (0,timestamp/* formatTsZ */.ju)(e.timestamp);
                const vs = valueStart[f];
                asIs = rawCanon && end - vs === ts.length + 2 && line.startsWith(ts, vs + 1);
                if (!asIs)
                    text = '"' + ts + '"';
                break;
            }
            case 'event_type':
                if (!rawCanon || !eventTypeAsRead(raw.event_type, e.event_type))
                    return undefined;
                asIs = true;
                break;
            case 'content':
                if (!rawCanon || !contentAsRead(raw.content, e.content))
                    return undefined;
                asIs = true;
                break;
            case 'attributes': {
                const a = e.attributes;
                if (isEmpty(a))
                    continue; // written only when non-empty
                // attributes sit at depth 1 in the line, as the encoder writes them
                const plain = (0,json/* plainCanonicalAt */.Kt)(a, 1);
                if (plain === json/* NOT_PLAIN */.HV)
                    return undefined;
                asIs = rawCanon && plain === a;
                if (!asIs)
                    text = (0,json/* stringifyCanonicalAt */.t)(a, 1);
                break;
            }
        }
        if (asIs) {
            const start = memberStart[f];
            if (pos >= 0 && line.charCodeAt(pos) === 0x2c && start === pos + 1)
                pos = end;
            else
                pos = -1;
            // members after the first follow a comma in the input: take it along
            if (line.charCodeAt(start - 1) === 0x2c)
                addSlice(start - 1, end);
            else {
                addText(',');
                addSlice(start, end);
            }
        }
        else {
            pos = -1;
            addText(',"' + name + '":' + text);
        }
    }
    // the whole line was already canonical: hand back the input itself, no copy
    if (pos === line.length - 1)
        return line;
    return SPLICED;
}

// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(143);
;// CONCATENATED MODULE: ./core/hail/writer.ts
// HAIL JSONL writer, canonical bytes and hash (hail-and-store.md sections 4.3, 4.4).








/** Joins lines into one string, in 256 KiB chunks (fewer, larger joins than one per line). */
class StringLineSink {
    chunks = [];
    buf = [];
    size = 0;
    push(line) {
        this.buf.push(line);
        this.size += line.length;
        if (this.size >= 262144)
            this.flush();
    }
    flush() {
        if (this.buf.length === 0)
            return;
        this.buf.push('');
        this.chunks.push(this.buf.join('\n'));
        this.buf = [];
        this.size = 0;
    }
    finish() {
        this.flush();
        return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
    }
}
/**
 * Encodes lines straight into UTF-8 bytes: one pass, no intermediate UTF-16 string of the whole file.
 * The first buffer is sized from the input (canonical output is about as long as its input), so
 * the usual result is a view of it with no final copy: on this kind of machine touching fresh memory
 * costs more than encoding, and a copy touches the whole output a second time.
 */
class ByteLineSink {
    static CHUNK = 1 << 20;
    chunks = [];
    cur;
    off = 0;
    constructor(expectedBytes) {
        this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, expectedBytes));
    }
    push(line) {
        const max = line.length * 3 + 1; // UTF-8 needs at most 3 bytes per UTF-16 unit
        if (this.off + max > this.cur.length)
            this.spill(max);
        this.off += (0,bytes/* writeUtf8 */.b)(this.cur, line, this.off);
        this.cur[this.off++] = 0x0a;
    }
    /** The line spliceEventLine just made of pieces of `line`, each written as it is: no joined string. */
    pushSpliced(line) {
        const max = splicedLength(line) * 3 + 2;
        if (this.off + max > this.cur.length)
            this.spill(max);
        forEachPiece(line, this.writePiece);
        this.cur[this.off++] = 0x7d; // }
        this.cur[this.off++] = 0x0a;
    }
    writePiece = (text) => {
        this.off += (0,bytes/* writeUtf8 */.b)(this.cur, text, this.off);
    };
    spill(max) {
        this.chunks.push(this.cur.subarray(0, this.off));
        this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, max));
        this.off = 0;
    }
    finish() {
        this.chunks.push(this.cur.subarray(0, this.off));
        return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    }
}
/** Header line, event lines, stats line; compact JSON, LF after every line (section 4.3). */
function toHailJsonl(session) {
    const sink = new StringLineSink();
    sink.push((0,encode/* encodeHeaderLine */.S4)(session));
    for (const e of session.events)
        sink.push((0,encode/* encodeEvent */.r9)(e, true));
    sink.push((0,encode/* encodeStats */.Mm)(session.stats, true));
    return sink.finish();
}
/**
 * Canonical HAIL text of any HAIL input: toHailJsonl(withRecomputedStats(parseHail(text))), with
 * the same errors. Streams line by line (each event is encoded as soon as it is read) instead of
 * materialising the session: the output is identical, and short-lived event objects keep GC cheap.
 */
function canonicalize(text) {
    return canonicalizeInto(text, new StringLineSink(), undefined);
}
/** The canonical bytes (UTF-8) of any HAIL input; what `register` hashes and stores. */
function canonicalizeBytes(text) {
    // a tenth more than one byte per UTF-16 unit covers mostly-ASCII text; more spills into new chunks
    const sink = new ByteLineSink(text.length + (text.length >> 3) + 65536);
    return canonicalizeInto(text, sink, sink);
}
/**
 * `splice` (the byte sink, when given): event lines may be spliced from their input text (splice.ts), which is exact for UTF-8
 * output only (a lone surrogate copied as is encodes like the encoder's U+FFFD).
 */
function canonicalizeInto(text, sink, splice) {
    const acc = new stats/* StatsAccumulator */.qX();
    let headerSeen = false;
    (0,reader/* forEachHailLine */.Vs)(text, (line, lineNo) => {
        const parsed = (0,reader/* parseHailLine */.e6)(line, lineNo);
        if (!headerSeen) {
            if (parsed.kind !== 'header') {
                throw new reader/* HailParseError */.cJ(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
            }
            sink.push((0,encode/* encodeHeaderLine */.S4)(parsed.header));
            headerSeen = true;
            return;
        }
        if (parsed.kind === 'event') {
            const raw = splice !== undefined ? (0,reader/* lastFastParsedValue */.Fr)() : undefined;
            const spliced = raw !== undefined ? spliceEventLine(line, raw, parsed.event) : undefined;
            if (spliced === SPLICED)
                splice.pushSpliced(line);
            else
                sink.push(spliced ?? (0,encode/* encodeReaderEventLine */.SJ)(parsed.event));
            acc.add(parsed.event);
        }
        else if (parsed.kind === 'header') {
            throw new reader/* HailParseError */.cJ(`Unexpected line type at line ${lineNo}: duplicate header`, lineNo);
        }
        // an input stats line is validated by parseHailLine and otherwise discarded: stats are recomputed
    });
    if (!headerSeen)
        throw new reader/* HailParseError */.cJ('Missing header line', undefined);
    sink.push((0,encode/* encodeStats */.Mm)(acc.result(), true));
    return sink.finish();
}
/** sha256 hex of a string's UTF-8 bytes (or of raw bytes). */
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** Whole-session JSON text (2.9): compact, or pretty with `indent` spaces. */
function toWholeSessionJson(session, indent = 0) {
    return (0,json/* stringifyOrdered */.Vd)((0,reader/* toWholeSessionObject */.M2)(session), indent);
}


/***/ })

};
;