"use strict";
exports.id = 8354;
exports.ids = [8354,2871,3137,5879];
exports.modules = {

/***/ 1319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   q: () => (/* binding */ writeJsonAtomic)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
// Atomic JSON/text writes (§1): `<file>.tmp-<pid>-<random>` in the same directory, then rename over the target.



function writeFileAtomic(file, text, dirMode = 0o700) {
    fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true, mode: dirMode });
    const tmp = `${file}.tmp-${process.pid}-${crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes(4).toString('hex')}`;
    try {
        fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, text);
        fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
    }
    catch (err) {
        fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
        throw err;
    }
}
/** Pretty (2-space) JSON + `\n`, written atomically. */
function writeJsonAtomic(file, value) {
    writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
}


/***/ }),

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

/***/ 6215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDaemon: () => (/* binding */ runDaemon)
});

// UNUSED EXPORTS: CaptureDaemon

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./core/parsers/select.ts
var parsers_select = __webpack_require__(2871);
// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./cli/daemon/config.ts
var config = __webpack_require__(8960);
;// CONCATENATED MODULE: ./cli/daemon/log.ts
const RANK = { ERROR: 0, WARN: 1, INFO: 2, DEBUG: 3 };
function createLogger(env, write) {
    const raw = (env.OPENSESSION_LOG ?? '').trim().toUpperCase();
    const valid = raw === '' || raw in RANK;
    const max = RANK[(valid && raw !== '' ? raw : 'INFO')];
    const emit = (level, msg) => {
        if (RANK[level] <= max)
            write(`${new Date().toISOString()} ${level.padEnd(5)} ${msg}\n`);
    };
    const log = {
        error: (m) => emit('ERROR', m),
        warn: (m) => emit('WARN', m),
        info: (m) => emit('INFO', m),
        debug: (m) => emit('DEBUG', m),
    };
    if (!valid)
        log.warn(`OPENSESSION_LOG=${env.OPENSESSION_LOG} is not one of error, warn, info, debug; using info`);
    return log;
}

// EXTERNAL MODULE: ./cli/daemon/paths.ts
var paths = __webpack_require__(6388);
// EXTERNAL MODULE: ./cli/daemon/pidfile.ts
var pidfile = __webpack_require__(1003);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(6982);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(2524);
// EXTERNAL MODULE: ./core/ledger/checkout.ts
var checkout = __webpack_require__(490);
// EXTERNAL MODULE: ./core/ledger/refs.ts
var refs = __webpack_require__(9608);
// EXTERNAL MODULE: ./core/ledger/repo.ts
var ledger_repo = __webpack_require__(6790);
// EXTERNAL MODULE: ./core/ledger/sanitize.ts
var sanitize = __webpack_require__(6193);
// EXTERNAL MODULE: ./core/ledger/store.ts
var store = __webpack_require__(705);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
;// CONCATENATED MODULE: ./cli/daemon/pipeline.ts
// The per-file capture pipeline (daemon-and-server.md §2.7): hash → parse → skip auxiliary / no repo / capture off /
// excluded tool → sanitize and redact → dedupe by canonical hash → ledger write (§2.8) → registry.












async function hashFiles(files) {
    const h = external_crypto_.createHash('sha256');
    for (const f of files) {
        try {
            await new Promise((resolve, reject) => {
                const s = external_fs_.createReadStream(f);
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
/** Cursor DBs are parsed from a private copy so Cursor's files are never locked (§2.7 step 3). */
async function withCursorCopy(db, fn) {
    const tmp = await external_fs_.promises.mkdtemp(external_path_.join(external_os_.tmpdir(), 'opensession-cursor-'));
    try {
        await external_fs_.promises.chmod(tmp, 0o700);
        const norm = db.replace(/\\/g, '/');
        const ws = /^(.*)\/workspaceStorage\/([^/]+)\/state\.vscdb$/.exec(norm);
        let target = external_path_.join(tmp, 'User', 'globalStorage', 'state.vscdb');
        const copies = [];
        if (ws !== null) {
            target = external_path_.join(tmp, 'User', 'workspaceStorage', ws[2], 'state.vscdb');
            const globalDb = external_path_.join(ws[1], 'globalStorage', 'state.vscdb');
            copies.push([globalDb, external_path_.join(tmp, 'User', 'globalStorage', 'state.vscdb')]);
        }
        copies.push([db, target]);
        for (const [from, to] of copies) {
            await external_fs_.promises.mkdir(external_path_.dirname(to), { recursive: true });
            for (const suffix of ['', '-wal']) {
                try {
                    await external_fs_.promises.copyFile(from + suffix, to + suffix);
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
        await external_fs_.promises.rm(tmp, { recursive: true, force: true });
    }
}
/** Parses one agent log with its selected parser into a session. */
async function parseAgentFile(file, profile) {
    const { parseWithProfile } = await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(5497), __webpack_require__.e(3482), __webpack_require__.e(7850)]).then(__webpack_require__.bind(__webpack_require__, 3482));
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
            stats: (0,stats/* recomputeStats */.Qf)({ events }),
        };
    };
    return profile === 'cursor' ? withCursorCopy(file, run) : run(file);
}
/** §2.7 step 4.1: session_role, then related ids, then parent id. */
function isAuxiliary(session) {
    const a = session.context.attributes ?? {};
    const role = typeof a.session_role === 'string' ? (0,core_text/* asciiLower */.F)(a.session_role.trim()) : '';
    if (role === 'primary')
        return false;
    if (role === 'auxiliary')
        return true;
    if ((session.context.related_session_ids ?? []).length > 0)
        return true;
    return (0,core_text/* setString */.gQ)(a.parent_session_id) !== undefined;
}
function workingDirectory(session) {
    const a = session.context.attributes ?? {};
    return (0,core_text/* setString */.gQ)(a.cwd) ?? (0,core_text/* setString */.gQ)(a.working_directory);
}
function realRoot(dir) {
    const root = (0,ledger_repo.findRepoRoot)(dir);
    if (root === undefined)
        return undefined;
    try {
        return external_fs_.realpathSync(root);
    }
    catch {
        return root;
    }
}
/** Runs steps 1–4 of §2.7 for one file; never throws for per-session problems (they become outcomes). */
async function captureFile(file, profile, ctx) {
    let st;
    try {
        st = await external_fs_.promises.stat(file);
    }
    catch {
        return { sessions: [] };
    }
    const hashed = profile === 'cursor' ? [file, `${file}-wal`] : [file];
    let sha;
    try {
        sha = await hashFiles(hashed);
    }
    catch {
        return { sessions: [] }; // vanished while reading
    }
    const base = { sha256: sha, size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
    if (ctx.knownSha === sha)
        return { ...base, unchanged: true, sessions: [] };
    let session;
    try {
        session = await parseAgentFile(file, profile);
    }
    catch (err) {
        throw new Error(`failed to parse ${file} with ${profile}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return { ...base, sessions: [await captureSession(session, ctx)] };
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
        settings = (0,config/* effectiveSettings */.f)(ctx.config, root);
    }
    catch (err) {
        return { kind: 'error', message: err.message };
    }
    if (settings.capture === 'off')
        return { kind: 'skipped', reason: 'capture_off', sessionId: id };
    const excluded = settings.excludeTools.map((t) => (0,core_text/* asciiLower */.F)(t.trim()));
    if (excluded.includes((0,core_text/* asciiLower */.F)(session.agent.tool)))
        return { kind: 'skipped', reason: 'excluded_tool', sessionId: id };
    const sanitized = (0,sanitize/* applyExcludePatterns */.Qd)(session, settings.excludePatterns);
    const { bytes } = (0,store/* redactForLedger */.mT)(sanitized, settings.stripPaths);
    const hash = external_crypto_.createHash('sha256').update(bytes).digest('hex');
    const repo = (0,ledger_repo.openRepo)(root);
    const head = (0,ledger_repo.readHead)(repo);
    const ref = (0,refs/* ledgerRef */.DH)((0,refs/* resolveLedgerBranch */.Wf)(head.branch, head.head));
    const key = `${root}\n${ref}\n${id}`;
    if (ctx.knownSession(key) === hash)
        return { kind: 'skipped', reason: 'unchanged', sessionId: id };
    try {
        const written = await (0,checkout/* storeSessionForCheckout */.Z)(sanitized, cwd, {
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

;// CONCATENATED MODULE: ./cli/daemon/roots.ts
// Watched directories (daemon-and-server.md §2.5): the default agent folders, their watch depths, and the
// path mapping applied to every event before parser selection.



/** The default directories of §2.5, in table order (`~/` expanded, env roots first where set). */
function defaultRoots(home, env, platform = process.platform) {
    const data = (0,parsers_select/* envRoot */.Uf)(env, 'XDG_DATA_HOME') ?? external_path_.join(home, '.local', 'share');
    const out = [];
    const claudeEnv = (0,parsers_select/* envRoot */.Uf)(env, 'CLAUDE_CONFIG_DIR');
    if (claudeEnv !== undefined)
        out.push({ agent: 'claude-code', path: external_path_.join(claudeEnv, 'projects'), depth: 4 });
    out.push({ agent: 'claude-code', path: external_path_.join(home, '.claude', 'projects'), depth: 4 });
    const codexEnv = (0,parsers_select/* envRoot */.Uf)(env, 'CODEX_HOME');
    if (codexEnv !== undefined)
        out.push({ agent: 'codex', path: external_path_.join(codexEnv, 'sessions'), depth: 4 });
    out.push({ agent: 'codex', path: external_path_.join(home, '.codex', 'sessions'), depth: 4 });
    out.push({ agent: 'opencode', path: external_path_.join(data, 'opencode', 'storage', 'session'), depth: 2 });
    out.push({ agent: 'cline', path: external_path_.join(home, '.cline', 'data', 'tasks'), depth: 2 });
    out.push({ agent: 'amp', path: external_path_.join(data, 'amp', 'threads'), depth: 2 });
    out.push({ agent: 'gemini', path: external_path_.join(home, '.gemini', 'tmp'), depth: 3 });
    if (platform === 'darwin')
        out.push({
            agent: 'cursor',
            path: external_path_.join(home, 'Library', 'Application Support', 'Cursor', 'User'),
            depth: 3,
        });
    else
        out.push({
            agent: 'cursor',
            path: external_path_.join((0,parsers_select/* envRoot */.Uf)(env, 'XDG_CONFIG_HOME') ?? external_path_.join(home, '.config'), 'Cursor', 'User'),
            depth: 3,
        });
    return out;
}
/** Custom paths: default depth when the path is a default directory, else 6. */
function rootsFor(customPaths, home, env) {
    const defaults = defaultRoots(home, env);
    if (customPaths === undefined)
        return defaults;
    return customPaths.map((p) => {
        const known = defaults.find((d) => external_path_.resolve(d.path) === external_path_.resolve(p));
        return known ?? { agent: 'custom', path: p, depth: 6 };
    });
}
/**
 * §2.5 path mapping: Cursor WAL/SHM/journal → the DB; a Claude Code sub-agent log → its parent session file
 * when that exists (undefined: drop the event).
 */
function mapEventPath(p) {
    const norm = p.replace(/\\/g, '/');
    const m = /^(.*\/state\.vscdb)-(wal|shm|journal)$/.exec(norm);
    if (m !== null)
        return p.slice(0, m[1].length);
    const sub = /^(.*)\/([^/]+)\/subagents\/[^/]+\.jsonl$/.exec(norm);
    if (sub !== null && (norm.includes('.claude/projects/') || norm.includes('/projects/'))) {
        const parent = external_path_.join(sub[1], `${sub[2]}.jsonl`);
        return external_fs_.existsSync(parent) ? parent : undefined;
    }
    return p;
}

// EXTERNAL MODULE: ./cli/daemon/atomic.ts
var atomic = __webpack_require__(1319);
;// CONCATENATED MODULE: ./cli/daemon/state.ts
// Processed state (daemon-and-server.md §2.9): file hashes and per-session hashes, so restarts never duplicate.


function emptyState(now = new Date()) {
    return { version: 1, baseline_at: now.toISOString(), files: {}, sessions: {}, retention_last_run_at: null };
}
function isState(v) {
    const s = v;
    return (typeof s === 'object' &&
        s !== null &&
        s.version === 1 &&
        typeof s.baseline_at === 'string' &&
        typeof s.files === 'object' &&
        s.files !== null &&
        typeof s.sessions === 'object' &&
        s.sessions !== null);
}
/** Loads state; a corrupt file is renamed aside with a WARN and an empty state starts (baseline now). */
function loadState(file, log) {
    let text;
    try {
        text = external_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return emptyState();
        text = '';
    }
    try {
        const v = JSON.parse(text);
        if (isState(v))
            return { ...v, retention_last_run_at: v.retention_last_run_at ?? null };
    }
    catch {
        // corrupt: below
    }
    const aside = `${file}.corrupt-${Date.now()}`;
    try {
        external_fs_.renameSync(file, aside);
    }
    catch {
        // could not move it; it is overwritten on the next save
    }
    log.warn(`state file ${file} is corrupt; moved to ${aside} and starting with an empty state`);
    return emptyState();
}
function saveState(file, state) {
    (0,atomic/* writeJsonAtomic */.q)(file, state);
}
const sessionKey = (repoRoot, ref, id) => `${repoRoot}\n${ref}\n${id}`;

// EXTERNAL MODULE: ./cli/daemon/status-file.ts
var status_file = __webpack_require__(1103);
;// CONCATENATED MODULE: ./cli/daemon/daemon.ts
// The capture daemon (daemon-and-server.md §2.6-2.16): chokidar watchers on the agent folders, per-path debounce,
// a one-at-a-time job queue running the capture pipeline, processed state, status file and graceful shutdown.
// It never fetches or pushes: publishing the ledger is the pre-push hook's job.












const MISSING_RECHECK_MS = 60_000;
const POLL_INTERVAL_MS = 30_000;
const CURSOR_MIN_DEBOUNCE_MS = 2_000;
const CURSOR_WINDOW_MS = 30_000;
const SHUTDOWN_DEADLINE_MS = 10_000;
class CaptureDaemon {
    o;
    log;
    paths;
    config;
    state;
    roots = [];
    timers = new Map();
    queue = [];
    queued = new Set();
    rerun = new Set();
    cursorLast = new Map();
    running;
    draining;
    recheckTimer;
    retentionTimer;
    stopping = false;
    startedAt = new Date().toISOString();
    captured = 0;
    skipped = {
        auxiliary: 0,
        no_repository: 0,
        capture_off: 0,
        excluded_tool: 0,
        unchanged: 0,
    };
    filesFailed = 0;
    lastCapture = null;
    lastError = null;
    constructor(o) {
        this.o = o;
        this.paths = (0,paths/* daemonPaths */.b)(o.env);
        this.log = createLogger(o.env, o.write);
    }
    /** §2.10 startup order; resolves once the daemon is running. Throws for config and lock errors. */
    async start() {
        const loaded = (0,config/* loadDaemonConfig */.Fp)(this.paths.configFile, this.paths.home);
        this.config = loaded.config;
        (0,pidfile/* acquirePidfile */.sQ)(this.paths.pidfile);
        for (const w of loaded.warnings)
            this.log.warn(w);
        external_fs_.mkdirSync(this.paths.dataDir, { recursive: true, mode: 0o700 });
        this.state = loadState(this.paths.stateFile, this.log);
        if (!external_fs_.existsSync(this.paths.stateFile))
            saveState(this.paths.stateFile, this.state);
        if (this.config.capture === 'ledger') {
            for (const root of rootsFor(this.config.customPaths, this.paths.home, this.o.env))
                this.roots.push({ root, state: 'missing' });
            for (const r of this.roots)
                await this.openRoot(r, true);
            this.scheduleRecheck();
        }
        this.scheduleRetention();
        this.writeStatus('running');
        const watching = this.roots.filter((r) => r.state === 'watching' || r.state === 'polling').length;
        this.log.info(`opensession daemon started (pid ${process.pid}, version ${this.o.version}, capture ${this.config.capture}, watching ${watching} of ${this.roots.length} directories)`);
    }
    // ---- watchers -------------------------------------------------------------------------------------------
    async openRoot(r, initial) {
        let isDir = false;
        try {
            isDir = external_fs_.statSync(r.root.path).isDirectory();
        }
        catch {
            isDir = false;
        }
        if (!isDir) {
            if (r.state !== 'missing' || initial)
                this.log.debug(`watch root ${r.root.path} is missing`);
            r.state = 'missing';
            this.watchAncestor(r);
            return;
        }
        r.ancestor?.close();
        r.ancestor = undefined;
        await this.startWatcher(r, false);
        if (r.state === 'watching' || r.state === 'polling')
            await this.catchUp(r.root);
        if (!initial)
            this.writeStatus('running');
    }
    async startWatcher(r, polling) {
        const { watch } = await __webpack_require__.e(/* import() */ 9518).then(__webpack_require__.bind(__webpack_require__, 9518));
        const watcher = watch(r.root.path, {
            ignoreInitial: true,
            depth: r.root.depth,
            ignorePermissionErrors: true,
            usePolling: polling,
            interval: POLL_INTERVAL_MS,
            binaryInterval: POLL_INTERVAL_MS,
        });
        r.watcher = watcher;
        r.state = polling ? 'polling' : 'watching';
        const onFile = (p) => this.onEvent(p);
        watcher.on('add', onFile);
        watcher.on('change', onFile);
        watcher.on('unlinkDir', (p) => {
            if (external_path_.resolve(p) === external_path_.resolve(r.root.path))
                void this.rootGone(r);
        });
        watcher.on('error', (err) => {
            const code = err.code;
            if (code === 'ENOSPC' && !polling) {
                this.log.warn(`watch limit reached for ${r.root.path}; polling every 30s (raise fs.inotify.max_user_watches)`);
                void watcher.close().then(() => this.startWatcher(r, true));
                return;
            }
            this.log.warn(`watch error on ${r.root.path}: ${err.message}`);
            r.state = 'error';
            this.writeStatus('running');
        });
        await new Promise((resolve) => watcher.once('ready', () => resolve()));
    }
    async rootGone(r) {
        await r.watcher?.close();
        r.watcher = undefined;
        r.state = 'missing';
        this.log.info(`watch root ${r.root.path} disappeared`);
        this.watchAncestor(r);
        this.writeStatus('running');
    }
    watchAncestor(r) {
        if (r.ancestor !== undefined || this.stopping)
            return;
        let dir = external_path_.dirname(external_path_.resolve(r.root.path));
        while (!external_fs_.existsSync(dir) && external_path_.dirname(dir) !== dir)
            dir = external_path_.dirname(dir);
        try {
            r.ancestor = external_fs_.watch(dir, { persistent: false }, () => {
                if (this.stopping || r.state !== 'missing')
                    return;
                // Something appeared on the way to the root: re-check (a deeper ancestor may now exist).
                r.ancestor?.close();
                r.ancestor = undefined;
                void this.openRoot(r, false);
            });
            r.ancestor.on('error', () => {
                r.ancestor?.close();
                r.ancestor = undefined;
            });
        }
        catch {
            r.ancestor = undefined; // the 60 s re-check still finds it
        }
    }
    scheduleRecheck() {
        if (!this.roots.some((r) => r.state === 'missing') || this.stopping)
            return;
        this.recheckTimer = setTimeout(() => {
            this.recheckTimer = undefined;
            void (async () => {
                for (const r of this.roots)
                    if (r.state === 'missing')
                        await this.openRoot(r, false);
                this.scheduleRecheck();
            })();
        }, MISSING_RECHECK_MS);
        this.recheckTimer.unref();
    }
    // ---- events, debounce, queue (§2.6) ------------------------------------------------------------------------
    select(raw) {
        const mapped = mapEventPath(raw);
        if (mapped === undefined)
            return undefined;
        const profile = (0,parsers_select/* parserForPath */.gG)(mapped, this.o.env);
        return profile === null ? undefined : { file: mapped, profile };
    }
    onEvent(raw) {
        if (this.stopping)
            return;
        const sel = this.select(raw);
        if (sel === undefined)
            return;
        if (this.running === sel.file) {
            this.rerun.add(sel.file);
            return;
        }
        this.arm(sel.file, sel.profile);
    }
    arm(file, profile) {
        const old = this.timers.get(file);
        if (old !== undefined)
            clearTimeout(old);
        const fresh = old === undefined;
        let delay = this.config.debounceMs;
        if (profile === 'cursor') {
            delay = Math.max(delay, CURSOR_MIN_DEBOUNCE_MS);
            const last = this.cursorLast.get(file);
            if (last !== undefined)
                delay = Math.max(delay, last + CURSOR_WINDOW_MS - Date.now());
        }
        this.timers.set(file, setTimeout(() => {
            this.timers.delete(file);
            this.enqueue(file);
        }, delay));
        if (fresh)
            this.writeStatus('running'); // `pending` in status shows the change is seen
    }
    enqueue(file) {
        if (this.queued.has(file))
            return;
        this.queued.add(file);
        this.queue.push(file);
        this.drain();
    }
    drain() {
        if (this.draining !== undefined)
            return;
        this.draining = (async () => {
            while (this.queue.length > 0) {
                const file = this.queue.shift();
                this.queued.delete(file);
                this.running = file;
                try {
                    await this.runJob(file);
                }
                finally {
                    this.running = undefined;
                }
                if (this.rerun.delete(file) && !this.stopping) {
                    const sel = this.select(file);
                    if (sel !== undefined)
                        this.arm(sel.file, sel.profile);
                }
            }
        })().finally(() => {
            this.draining = undefined;
        });
    }
    async runJob(file) {
        const profile = (0,parsers_select/* parserForPath */.gG)(file, this.o.env);
        if (profile === null)
            return;
        if (profile === 'cursor')
            this.cursorLast.set(file, Date.now());
        const known = this.state.files[file];
        try {
            const out = await captureFile(file, profile, {
                config: this.config,
                env: this.o.env,
                knownSha: known?.sha256,
                knownSession: (key) => this.state.sessions[key],
            });
            if (out.sha256 === undefined)
                return; // gone
            let blocked = false;
            for (const s of out.sessions) {
                if (s.kind === 'captured') {
                    this.captured++;
                    this.state.sessions[s.key] = s.hash;
                    this.lastCapture = { at: new Date().toISOString(), session_id: s.sessionId, repo: s.repo, ref: s.ref };
                    this.log.info(`captured session ${s.sessionId} (${s.tool}) into ${s.repo} ${s.ref}`);
                }
                else if (s.kind === 'skipped') {
                    this.skipped[s.reason]++;
                    this.log.debug(`skipped session ${s.sessionId} from ${file}: ${s.reason}`);
                }
                else {
                    blocked = true; // retried on the next change (and after a restart)
                    this.recordError(file, s.message);
                }
            }
            if (!blocked)
                this.state.files[file] = {
                    size: out.size,
                    mtime_ms: out.mtimeMs,
                    sha256: out.sha256,
                    processed_at: new Date().toISOString(),
                };
        }
        catch (err) {
            this.filesFailed++;
            this.recordError(file, (0,errors/* formatErrorChain */.jf)(err, false));
            try {
                const st = external_fs_.statSync(file);
                const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6982, 23));
                this.state.files[file] = {
                    size: st.size,
                    mtime_ms: Math.floor(st.mtimeMs),
                    sha256: createHash('sha256').update(external_fs_.readFileSync(file)).digest('hex'),
                    processed_at: new Date().toISOString(),
                };
            }
            catch {
                // gone
            }
        }
        this.persist();
    }
    recordError(file, message) {
        this.log.error(message);
        this.lastError = { at: new Date().toISOString(), path: file, message };
    }
    // ---- catch-up (§2.9) ------------------------------------------------------------------------------------------
    async catchUp(root) {
        const baseline = Date.parse(this.state.baseline_at);
        let changed = false;
        const visit = async (dir, level) => {
            let entries;
            try {
                entries = await external_fs_.promises.readdir(dir, { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const e of entries) {
                const full = external_path_.join(dir, e.name);
                if (e.isDirectory()) {
                    if (level < root.depth)
                        await visit(full, level + 1);
                    continue;
                }
                if (!e.isFile())
                    continue;
                const sel = this.select(full);
                if (sel === undefined || sel.file !== full)
                    continue;
                let st;
                try {
                    st = await external_fs_.promises.stat(full);
                }
                catch {
                    continue;
                }
                const mtime = Math.floor(st.mtimeMs);
                const known = this.state.files[full];
                if (known !== undefined) {
                    if (known.size !== st.size || known.mtime_ms !== mtime)
                        this.enqueue(full);
                }
                else if (mtime > baseline)
                    this.enqueue(full);
                else {
                    this.state.files[full] = { size: st.size, mtime_ms: mtime, sha256: null, processed_at: null };
                    changed = true;
                }
            }
        };
        await visit(root.path, 0);
        if (changed)
            this.persist();
    }
    // ---- retention (§2.12) ----------------------------------------------------------------------------------------
    scheduleRetention() {
        const r = this.config.retention;
        if (!r.enabled || this.stopping)
            return;
        const last = this.state.retention_last_run_at === null ? NaN : Date.parse(this.state.retention_last_run_at);
        const due = Number.isNaN(last) || Date.now() - last >= r.intervalSecs * 1000
            ? Date.now() + 60_000
            : last + r.intervalSecs * 1000;
        this.retentionTimer = setTimeout(() => void this.runRetention(), Math.max(0, due - Date.now()));
        this.retentionTimer.unref();
    }
    async runRetention() {
        this.retentionTimer = undefined;
        const { pruneRegisteredRepos } = await __webpack_require__.e(/* import() */ 8170).then(__webpack_require__.bind(__webpack_require__, 8170));
        const { pruned, refs } = await pruneRegisteredRepos(this.paths.home, this.config.retention.keepDays, this.log);
        this.state.retention_last_run_at = new Date().toISOString();
        this.log.info(`retention: pruned ${pruned} sessions from ${refs} refs`);
        this.persist();
        this.scheduleRetention();
    }
    // ---- status, state, shutdown ----------------------------------------------------------------------------------
    persist() {
        try {
            saveState(this.paths.stateFile, this.state);
        }
        catch (err) {
            this.log.error(`could not write ${this.paths.stateFile}: ${err.message}`);
        }
        this.writeStatus('running');
    }
    writeStatus(state) {
        try {
            (0,status_file/* writeStatusFile */.E)(this.paths.statusFile, {
                state,
                pid: process.pid,
                version: this.o.version,
                started_at: this.startedAt,
                capture: this.config?.capture ?? 'ledger',
                watched_dirs: this.roots.map((r) => ({ agent: r.root.agent, path: r.root.path, state: r.state })),
                pending: this.timers.size + this.queue.length + (this.running !== undefined ? 1 : 0),
                sessions_captured: this.captured,
                sessions_skipped: { ...this.skipped },
                files_failed: this.filesFailed,
                last_capture: this.lastCapture,
                last_error: this.lastError,
                updated_at: new Date().toISOString(),
            });
        }
        catch (err) {
            this.log.error(`could not write ${this.paths.statusFile}: ${err.message}`);
        }
    }
    /** §2.10 graceful shutdown: close watchers, flush pending debounces, drain (10 s), save, release the lock. */
    async stop() {
        this.stopping = true;
        if (this.recheckTimer !== undefined)
            clearTimeout(this.recheckTimer);
        if (this.retentionTimer !== undefined)
            clearTimeout(this.retentionTimer);
        for (const r of this.roots) {
            r.ancestor?.close();
            await r.watcher?.close();
        }
        for (const [file, t] of this.timers) {
            clearTimeout(t);
            this.queue.push(file);
            this.queued.add(file);
        }
        this.timers.clear();
        this.drain();
        const deadline = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DEADLINE_MS).unref());
        await Promise.race([this.draining ?? Promise.resolve(), deadline]);
        this.queue.length = 0; // not started by the deadline: left for catch-up
        try {
            saveState(this.paths.stateFile, this.state);
        }
        catch {
            // logged by persist before
        }
        this.writeStatus('stopped');
        (0,pidfile/* releasePidfile */.t0)(this.paths.pidfile);
        this.log.info('opensession daemon stopped');
    }
    /** Fatal error path: status `failed`, pidfile removed. */
    fail(err) {
        const message = err instanceof Error ? err.message : String(err);
        this.log.error(`opensession daemon fatal error: ${message}`);
        this.lastError = { at: new Date().toISOString(), path: null, message };
        this.writeStatus('failed');
        (0,pidfile/* releasePidfile */.t0)(this.paths.pidfile);
    }
}
/** `opensession daemon run` / `opensession-daemon [run]`: runs until SIGTERM/SIGINT/SIGHUP; returns the exit code. */
async function runDaemon(o) {
    const daemon = new CaptureDaemon(o);
    await daemon.start(); // config, home and lock errors propagate as `Error: <message>`, exit 1
    // Watchers and timers are unref'd or may not exist (no roots yet): this handle keeps the process alive until a
    // signal, without waking it (about once every 12 days).
    const keepAlive = setInterval(() => undefined, 2 ** 30);
    return new Promise((resolve) => {
        let shuttingDown = false;
        const onSignal = () => {
            if (shuttingDown) {
                (0,pidfile/* releasePidfile */.t0)((0,paths/* daemonPaths */.b)(o.env).pidfile);
                process.exit(130);
            }
            shuttingDown = true;
            void daemon.stop().then(() => {
                clearInterval(keepAlive);
                resolve(0);
            });
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
        process.on('SIGHUP', onSignal);
        const fatal = (err) => {
            daemon.fail(err);
            process.exit(1);
        };
        process.on('uncaughtException', fatal);
        process.on('unhandledRejection', fatal);
    });
}


/***/ }),

/***/ 6388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ daemonPaths)
/* harmony export */ });
/* unused harmony export resolveHome */
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
// Where the daemon keeps its files (daemon-and-server.md §1, §2.2): one place, resolved from HOME once.


/** §1: HOME, else USERPROFILE; neither set (or empty) is fatal. */
function resolveHome(env) {
    for (const key of ['HOME', 'USERPROFILE']) {
        const v = env[key];
        if (v !== undefined && v.trim() !== '')
            return v;
    }
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .OpenSessionError */ .RL('could not determine home directory');
}
function daemonPaths(env) {
    const home = resolveHome(env);
    const configDir = path__WEBPACK_IMPORTED_MODULE_0__.join(home, '.config', 'opensession');
    const dataDir = path__WEBPACK_IMPORTED_MODULE_0__.join(home, '.local', 'share', 'opensession', 'daemon');
    return {
        home,
        configDir,
        configFile: path__WEBPACK_IMPORTED_MODULE_0__.join(configDir, 'opensession.toml'),
        pidfile: path__WEBPACK_IMPORTED_MODULE_0__.join(configDir, 'daemon.pid'),
        dataDir,
        stateFile: path__WEBPACK_IMPORTED_MODULE_0__.join(dataDir, 'state.json'),
        statusFile: path__WEBPACK_IMPORTED_MODULE_0__.join(dataDir, 'status.json'),
        logFile: path__WEBPACK_IMPORTED_MODULE_0__.join(dataDir, 'daemon.log'),
    };
}


/***/ }),

/***/ 1003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ readPidfile),
/* harmony export */   sQ: () => (/* binding */ acquirePidfile),
/* harmony export */   si: () => (/* binding */ isDaemonAlive),
/* harmony export */   t0: () => (/* binding */ releasePidfile)
/* harmony export */ });
/* unused harmony export alreadyRunning */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
// The pidfile is the single-instance lock (daemon-and-server.md §2.10): exclusive create, race-safe stale cleanup.



function readPidfile(file) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { kind: 'missing' };
        return { kind: 'unreadable' };
    }
    const t = text.trim();
    return /^[1-9][0-9]*$/.test(t) ? { kind: 'pid', pid: Number(t) } : { kind: 'unreadable' };
}
/** `kill(pid, 0)` (EPERM counts as alive); on Linux a readable cmdline without `opensession` means pid reuse. */
function isDaemonAlive(pid) {
    try {
        process.kill(pid, 0);
    }
    catch (err) {
        if (err.code !== 'EPERM')
            return false;
    }
    if (process.platform === 'linux') {
        try {
            const cmdline = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
            if (!cmdline.includes('opensession'))
                return false;
        }
        catch {
            // unreadable: trust kill()
        }
    }
    return true;
}
function alreadyRunning(pid) {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`opensession daemon is already running (pid ${pid})`);
}
/** §2.10 lock acquisition; throws `already running` when another live daemon holds it. */
function acquirePidfile(file, pid = process.pid) {
    fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true, mode: 0o700 });
    for (let round = 0; round < 3; round++) {
        try {
            const fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'wx', 0o644);
            try {
                fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, `${pid}\n`);
            }
            finally {
                fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
            }
            return;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        let content = '';
        try {
            content = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
        }
        catch {
            continue; // removed meanwhile: retry the create
        }
        const held = readPidContent(content);
        if (held !== undefined && held !== pid && isDaemonAlive(held))
            throw alreadyRunning(held);
        const stale = `${file}.stale-${pid}`;
        try {
            fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(file, stale);
        }
        catch {
            continue;
        }
        let moved = '';
        try {
            moved = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(stale, 'utf8');
        }
        catch {
            // gone
        }
        if (moved !== content) {
            // Another starter won the race and wrote a fresh pidfile: put it back and give up.
            try {
                fs__WEBPACK_IMPORTED_MODULE_0__.linkSync(stale, file);
            }
            catch {
                // a pidfile exists again
            }
            fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(stale, { force: true });
            const winner = readPidContent(moved);
            throw alreadyRunning(winner ?? 0);
        }
        fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(stale, { force: true });
    }
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`could not take the daemon lock ${file}; another daemon may be starting`);
}
function readPidContent(text) {
    const t = text.trim();
    return /^[1-9][0-9]*$/.test(t) ? Number(t) : undefined;
}
/** Removes the pidfile only while it still names `pid`. */
function releasePidfile(file, pid = process.pid) {
    const r = readPidfile(file);
    if (r.kind === 'pid' && r.pid === pid)
        fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(file, { force: true });
}


/***/ }),

/***/ 1103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ writeStatusFile),
/* harmony export */   z: () => (/* binding */ readStatusFile)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _atomic__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1319);
// `status.json` (daemon-and-server.md §2.11): what the running daemon reports about itself.


function writeStatusFile(file, status) {
    (0,_atomic__WEBPACK_IMPORTED_MODULE_1__/* .writeJsonAtomic */ .q)(file, status);
}
function readStatusFile(file) {
    try {
        const v = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
        return typeof v === 'object' && v !== null && typeof v.pid === 'number' ? v : undefined;
    }
    catch {
        return undefined;
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
    return formatDigits(t) + 'Z';
}
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

/***/ 4344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ toHailJsonl),
/* harmony export */   S4: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.S4),
/* harmony export */   _: () => (/* binding */ canonicalizeBytes),
/* harmony export */   dR: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.dR),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   xP: () => (/* binding */ toWholeSessionJson),
/* harmony export */   yO: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.yO)
/* harmony export */ });
/* unused harmony export canonicalize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9437);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(393);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4632);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2524);
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
/** Encodes lines straight into UTF-8 buffers: one pass, no intermediate UTF-16 string of the whole file. */
class ByteLineSink {
    static CHUNK = 1 << 20;
    chunks = [];
    cur = Buffer.allocUnsafe(ByteLineSink.CHUNK);
    off = 0;
    push(line) {
        const max = line.length * 3 + 1; // UTF-8 needs at most 3 bytes per UTF-16 unit
        if (this.off + max > this.cur.length) {
            this.chunks.push(this.cur.subarray(0, this.off));
            this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, max));
            this.off = 0;
        }
        this.off += this.cur.write(line, this.off);
        this.cur[this.off++] = 0x0a;
    }
    finish() {
        this.chunks.push(this.cur.subarray(0, this.off));
        return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    }
}
/** Header line, event lines, stats line; compact JSON, LF after every line (section 4.3). */
function toHailJsonl(session) {
    const sink = new StringLineSink();
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeHeaderLine */ .S4)(session));
    for (const e of session.events)
        sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeEvent */ .r9)(e, true));
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeStats */ .Mm)(session.stats, true));
    return sink.finish();
}
/**
 * Canonical HAIL text of any HAIL input: toHailJsonl(withRecomputedStats(parseHail(text))), with
 * the same errors. Streams line by line (each event is encoded as soon as it is read) instead of
 * materialising the session: the output is identical, and short-lived event objects keep GC cheap.
 */
function canonicalize(text) {
    return canonicalizeInto(text, new StringLineSink());
}
/** The canonical bytes (UTF-8) of any HAIL input; what `register` hashes and stores. */
function canonicalizeBytes(text) {
    return canonicalizeInto(text, new ByteLineSink());
}
function canonicalizeInto(text, sink) {
    const acc = new _stats__WEBPACK_IMPORTED_MODULE_4__/* .StatsAccumulator */ .qX();
    let headerSeen = false;
    (0,_reader__WEBPACK_IMPORTED_MODULE_3__/* .forEachHailLine */ .Vs)(text, (line, lineNo) => {
        const parsed = (0,_reader__WEBPACK_IMPORTED_MODULE_3__/* .parseHailLine */ .e6)(line, lineNo);
        if (!headerSeen) {
            if (parsed.kind !== 'header') {
                throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
            }
            sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeHeaderLine */ .S4)(parsed.header));
            headerSeen = true;
            return;
        }
        if (parsed.kind === 'event') {
            sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeReaderEventLine */ .SJ)(parsed.event));
            acc.add(parsed.event);
        }
        else if (parsed.kind === 'header') {
            throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ(`Unexpected line type at line ${lineNo}: duplicate header`, lineNo);
        }
        // an input stats line is validated by parseHailLine and otherwise discarded: stats are recomputed
    });
    if (!headerSeen)
        throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ('Missing header line', undefined);
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeStats */ .Mm)(acc.result(), true));
    return sink.finish();
}
/** sha256 hex of a string's UTF-8 bytes (or of raw bytes). */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Whole-session JSON text (2.9): compact, or pretty with `indent` spaces. */
function toWholeSessionJson(session, indent = 0) {
    return (0,_json__WEBPACK_IMPORTED_MODULE_2__/* .stringifyOrdered */ .Vd)((0,_reader__WEBPACK_IMPORTED_MODULE_3__/* .toWholeSessionObject */ .M2)(session), indent);
}


/***/ }),

/***/ 5879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UI: () => (/* binding */ plainRemoteUrl),
/* harmony export */   eS: () => (/* binding */ gitConfigMayHave)
/* harmony export */ });
/* unused harmony export gitConfigFiles */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
// A fast answer to "could git's config set this key?" without starting `git`: read the config files git
// would read and look for the key's name. Only when one of them mentions it (or includes other files, or the
// environment injects config) does the caller need to ask `git config` itself.



/** The files `git config --get` reads, in git's order: system, global (XDG then ~/.gitconfig), local, worktree. */
function gitConfigFiles(commonDir, gitDir, env) {
    const files = [];
    if (env.GIT_CONFIG_NOSYSTEM === undefined || ['', '0', 'false', 'no'].includes(env.GIT_CONFIG_NOSYSTEM)) {
        files.push(env.GIT_CONFIG_SYSTEM ?? '/etc/gitconfig');
    }
    const home = env.HOME ?? os__WEBPACK_IMPORTED_MODULE_1__.homedir();
    if (env.GIT_CONFIG_GLOBAL !== undefined)
        files.push(env.GIT_CONFIG_GLOBAL);
    else {
        files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(env.XDG_CONFIG_HOME || path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.config'), 'git', 'config'));
        files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.gitconfig'));
    }
    files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config'), path__WEBPACK_IMPORTED_MODULE_2__.join(gitDir, 'config.worktree'));
    return files;
}
/**
 * False when no config file git would read can give `key` (`section.name`; the name is matched
 * case-insensitively on any line) a value that `couldMatch` accepts, so the caller may skip asking git;
 * true when git must be asked (an include, config from the environment, or a line that might match).
 */
function gitConfigMayHave(commonDir, gitDir, key, couldMatch, env) {
    if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
        return true;
    }
    const name = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    for (const file of gitConfigFiles(commonDir, gitDir, env)) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8').toLowerCase();
        }
        catch {
            continue; // a missing file sets nothing
        }
        if (text.includes('[include'))
            return true;
        if (!text.includes(name))
            continue;
        for (const line of text.split('\n')) {
            const m = /^\s*([a-z0-9-]+)\s*(?:=(.*))?$/.exec(line);
            if (m === null) {
                if (line.includes(name))
                    return true; // a form this scan does not read (e.g. `[core] name = x`)
                continue;
            }
            if (m[1] !== name)
                continue;
            const value = (m[2] ?? 'true')
                .replace(/\s[#;].*$/, '')
                .trim()
                .replace(/^"(.*)"$/, '$1');
            if (value.endsWith('\\') || couldMatch(value))
                return true;
        }
    }
    return false;
}
/**
 * `git remote get-url <name>` without starting git, when the answer is plain: the remote's first `url` in the
 * repository's own config, and no config file that could rewrite or add to it (`insteadOf`, includes,
 * config from the environment, a global `remote.<name>` section). Undefined means "ask git".
 */
function plainRemoteUrl(commonDir, gitDir, name, env) {
    if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
        return undefined;
    }
    const local = path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config');
    let url;
    for (const file of gitConfigFiles(commonDir, gitDir, env)) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
        }
        catch {
            continue;
        }
        const lower = text.toLowerCase();
        if (lower.includes('[include') || lower.includes('insteadof'))
            return undefined;
        let inRemote = false;
        for (const line of text.split('\n')) {
            const section = /^\s*\[([^\]]*)\]\s*$/.exec(line);
            if (section === null && /^\s*\[/.test(line))
                return undefined; // `[section] key = v` on one line
            if (section !== null) {
                inRemote = section[1] === `remote "${name}"`;
                if (inRemote && file !== local)
                    return undefined; // defined outside the repository: let git merge it
                continue;
            }
            if (!inRemote)
                continue;
            const kv = /^\s*url\s*=\s*(.*?)\s*$/i.exec(line);
            if (kv === null)
                continue;
            if (/["\\;#]/.test(kv[1]) || kv[1] === '')
                return undefined; // quoting, escapes, comments: git knows best
            url ??= kv[1];
        }
    }
    return url;
}


/***/ }),

/***/ 2871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ WATCHED_EXTENSIONS),
/* harmony export */   Uf: () => (/* binding */ envRoot),
/* harmony export */   Yy: () => (/* binding */ isAuxiliarySessionPath),
/* harmony export */   gG: () => (/* binding */ parserForPath)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Path-based parser selection (parsers.md 3.4), used by watchers and discovery-based flows.

/** An environment root: a non-blank absolute path (POSIX or Windows), normalised to `/`, else undefined. */
function envRoot(env, name) {
    const raw = env[name];
    if (raw === undefined)
        return undefined;
    const v = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(raw);
    if (v === '')
        return undefined;
    const isAbs = v.startsWith('/') || v.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(v);
    return isAbs ? v : undefined;
}
function under(normPath, root, sub) {
    if (root === undefined)
        return false;
    let r = root.replace(/\\/g, '/');
    if (!r.endsWith('/'))
        r += '/';
    return normPath.startsWith(r + sub);
}
/** Auxiliary (subagent) path of 3.4. */
function isAuxiliarySessionPath(p) {
    const norm = p.replace(/\\/g, '/');
    if (norm.includes('/subagents/'))
        return true;
    const name = norm.slice(norm.lastIndexOf('/') + 1).toLowerCase();
    return (name.startsWith('agent-') ||
        name.startsWith('agent_') ||
        name.startsWith('subagent-') ||
        name.startsWith('subagent_'));
}
/** Extensions watchers must forward (3.4). */
const WATCHED_EXTENSIONS = ['jsonl', 'json', 'vscdb'];
/** parserForPath (3.4): the first matching rule wins; null when none matches. */
function parserForPath(p, env = process.env) {
    const norm = p.replace(/\\/g, '/');
    const name = norm.slice(norm.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
    if (ext === 'jsonl' &&
        (norm.includes('.codex/sessions/') ||
            norm.includes('codex/sessions/') ||
            under(norm, envRoot(env, 'CODEX_HOME'), 'sessions/')))
        return 'codex';
    if (ext === 'json' && norm.includes('opencode') && norm.includes('/storage/session/'))
        return 'opencode';
    if (name === 'api_conversation_history.json' &&
        (norm.includes('.cline/data/tasks/') || norm.includes('cline/data/tasks/')))
        return 'cline';
    if (ext === 'json' && norm.includes('amp/threads/'))
        return 'amp';
    if (ext === 'vscdb')
        return 'cursor';
    if ((ext === 'json' || ext === 'jsonl') && norm.includes('.gemini/tmp/') && norm.includes('/chats/session-'))
        return 'gemini';
    if (ext === 'jsonl' &&
        !isAuxiliarySessionPath(norm) &&
        (norm.includes('.claude/projects/') || under(norm, envRoot(env, 'CLAUDE_CONFIG_DIR'), 'projects/')))
        return 'claude-code';
    return null;
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
/* harmony export */   kc: () => (/* binding */ webRoute),
/* harmony export */   x4: () => (/* binding */ isValidOwnerRepoSegment),
/* harmony export */   z3: () => (/* binding */ normalizeSourceUri)
/* harmony export */ });
/* unused harmony exports isRemoteSource, localHash, artifactHash, parseWebRoute */
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