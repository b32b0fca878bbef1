"use strict";
exports.id = 6764;
exports.ids = [6764,6790,8843,4409,9608];
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
/* harmony import */ var _core_ledger_store__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3086);
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
    const { parseWithProfile } = await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(3440), __webpack_require__.e(4025)]).then(__webpack_require__.bind(__webpack_require__, 4025));
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

/***/ 490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ storeSessionForCheckout)
/* harmony export */ });
/* harmony import */ var _links__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7577);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9608);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7230);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
/* harmony import */ var _store__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3086);





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


/***/ })

};
;