"use strict";
exports.id = 3901;
exports.ids = [3901];
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

/***/ 3901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DaemonExit: () => (/* binding */ DaemonExit),
/* harmony export */   daemonStatus: () => (/* binding */ daemonStatus),
/* harmony export */   installService: () => (/* binding */ installService),
/* harmony export */   renderStatus: () => (/* binding */ renderStatus),
/* harmony export */   startDaemon: () => (/* binding */ startDaemon),
/* harmony export */   stopDaemon: () => (/* binding */ stopDaemon)
/* harmony export */ });
/* unused harmony exports entryScript, SYSTEMD_UNIT_NAME, LAUNCHD_LABEL, systemdUnit, launchdPlist */
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
/* harmony import */ var _atomic__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1319);
/* harmony import */ var _config__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8960);
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6388);
/* harmony import */ var _pidfile__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1003);
/* harmony import */ var _status_file__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1103);
// `opensession daemon start|stop|status|install` (daemon-and-server.md §2.1, §2.11): managing the background daemon.









/** A non-zero exit whose output was already printed (status states, `already running` for start is exit 0). */
class DaemonExit extends _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL {
    exitCode;
    silent = true;
    constructor(exitCode) {
        super(`daemon command exited ${exitCode}`);
        this.exitCode = exitCode;
        this.name = 'DaemonExit';
    }
}
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The node script to re-run for `daemon run`: the running CLI's entry (bin/opensession.js in a package). */
function entryScript() {
    const main = process.argv[1] ?? '';
    try {
        return fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(main);
    }
    catch {
        return path__WEBPACK_IMPORTED_MODULE_2__.resolve(main);
    }
}
function runArgs(entry) {
    return path__WEBPACK_IMPORTED_MODULE_2__.basename(entry).startsWith('opensession-daemon') ? ['run'] : ['daemon', 'run'];
}
function tail(file, lines) {
    try {
        const all = fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'utf8').split('\n');
        if (all[all.length - 1] === '')
            all.pop();
        return all.slice(-lines).join('\n');
    }
    catch {
        return '';
    }
}
async function startDaemon(env, out) {
    const p = (0,_paths__WEBPACK_IMPORTED_MODULE_6__/* .daemonPaths */ .b)(env);
    const pid = (0,_pidfile__WEBPACK_IMPORTED_MODULE_7__/* .readPidfile */ .G6)(p.pidfile);
    if (pid.kind === 'pid' && (0,_pidfile__WEBPACK_IMPORTED_MODULE_7__/* .isDaemonAlive */ .si)(pid.pid)) {
        out(`opensession daemon is already running (pid ${pid.pid})\n`);
        return;
    }
    (0,_config__WEBPACK_IMPORTED_MODULE_5__/* .loadDaemonConfig */ .Fp)(p.configFile, p.home); // config mistakes show in this terminal
    fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(p.dataDir, { recursive: true, mode: 0o700 });
    try {
        if (fs__WEBPACK_IMPORTED_MODULE_1__.statSync(p.logFile).size > LOG_ROTATE_BYTES)
            fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(p.logFile, `${p.logFile}.1`);
    }
    catch {
        // no log yet
    }
    const fd = fs__WEBPACK_IMPORTED_MODULE_1__.openSync(p.logFile, 'a', 0o600);
    const entry = entryScript();
    const childEnv = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            childEnv[k] = v;
    const child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [entry, ...runArgs(entry)], {
        detached: true,
        windowsHide: true,
        stdio: ['ignore', fd, fd],
        env: childEnv,
    });
    fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
    let exited = false;
    child.on('exit', () => {
        exited = true;
    });
    child.on('error', () => {
        exited = true;
    });
    child.unref();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !exited) {
        const s = (0,_status_file__WEBPACK_IMPORTED_MODULE_8__/* .readStatusFile */ .z)(p.statusFile);
        if (s !== undefined && s.pid === child.pid && s.state === 'running') {
            out(`opensession daemon started (pid ${child.pid})\n`);
            return;
        }
        await sleep(100);
    }
    if (!exited) {
        try {
            process.kill(child.pid, 'SIGTERM');
        }
        catch {
            // already gone
        }
    }
    const last = tail(p.logFile, 20);
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`opensession daemon failed to start; see ${p.logFile}${last !== '' ? `\n${last}` : ''}`);
}
async function stopDaemon(env, out) {
    const p = (0,_paths__WEBPACK_IMPORTED_MODULE_6__/* .daemonPaths */ .b)(env);
    const r = (0,_pidfile__WEBPACK_IMPORTED_MODULE_7__/* .readPidfile */ .G6)(p.pidfile);
    if (r.kind === 'missing') {
        out('opensession daemon is not running\n');
        return;
    }
    if (r.kind === 'unreadable')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`pidfile ${p.pidfile} is unreadable; remove it if no daemon is running`);
    if (!(0,_pidfile__WEBPACK_IMPORTED_MODULE_7__/* .isDaemonAlive */ .si)(r.pid)) {
        fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(p.pidfile, { force: true });
        out('opensession daemon is not running (removed stale pidfile)\n');
        return;
    }
    process.kill(r.pid, 'SIGTERM');
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
        await sleep(100);
        if (!(0,_pidfile__WEBPACK_IMPORTED_MODULE_7__/* .isDaemonAlive */ .si)(r.pid)) {
            out(`opensession daemon stopped (pid ${r.pid})\n`);
            return;
        }
    }
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`opensession daemon (pid ${r.pid}) did not stop within 15s`);
}
function rssBytes(pid) {
    if (process.platform === 'linux') {
        try {
            const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(`/proc/${pid}/status`, 'utf8'));
            return m === null ? null : Number(m[1]) * 1024;
        }
        catch {
            return null;
        }
    }
    try {
        // Native ESM (the tests) has no `require`; process.getBuiltinModule is Node 20.16+, the bundle keeps `require`.
        const { execFileSync } = ( true
            ? __webpack_require__(5317) // eslint-disable-line @typescript-eslint/no-require-imports
            : 0);
        const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
        return Number.isFinite(kb) && kb > 0 ? kb * 1024 : null;
    }
    catch {
        return null;
    }
}
/** §2.11: pidfile + status.json, read-only. */
function daemonStatus(env, now = new Date()) {
    const p = (0,_paths__WEBPACK_IMPORTED_MODULE_6__/* .daemonPaths */ .b)(env);
    const r = (0,_pidfile__WEBPACK_IMPORTED_MODULE_7__/* .readPidfile */ .G6)(p.pidfile);
    let state;
    let pid = null;
    if (r.kind === 'missing')
        state = 'not_running';
    else if (r.kind === 'unreadable')
        state = 'unreadable';
    else {
        pid = r.pid;
        state = (0,_pidfile__WEBPACK_IMPORTED_MODULE_7__/* .isDaemonAlive */ .si)(r.pid) ? 'running' : 'stale';
    }
    const s = state === 'running' ? (0,_status_file__WEBPACK_IMPORTED_MODULE_8__/* .readStatusFile */ .z)(p.statusFile) : undefined;
    const live = s !== undefined && s.pid === pid && s.state === 'running' ? s : undefined;
    const json = {
        state,
        pid,
        version: live?.version ?? null,
        started_at: live?.started_at ?? null,
        uptime_secs: live ? Math.max(0, Math.floor((now.getTime() - Date.parse(live.started_at)) / 1000)) : null,
        capture: live?.capture ?? null,
        watched_dirs: live?.watched_dirs ?? [],
        pending: live?.pending ?? null,
        sessions_captured: live?.sessions_captured ?? null,
        sessions_skipped: live?.sessions_skipped ?? null,
        files_failed: live?.files_failed ?? null,
        last_capture: live?.last_capture ?? null,
        last_error: live?.last_error ?? null,
        rss_bytes: state === 'running' && pid !== null ? rssBytes(pid) : null,
        pidfile: p.pidfile,
        log_file: p.logFile,
    };
    const exit = { running: 0, stale: 1, not_running: 3, unreadable: 4 }[state];
    return { json, exit };
}
function uptime(secs) {
    const h = Math.floor(secs / 3600);
    const m = Math.floor((secs % 3600) / 60);
    if (h > 0)
        return `${h}h ${String(m).padStart(2, '0')}m`;
    if (m > 0)
        return `${m}m ${String(secs % 60).padStart(2, '0')}s`;
    return `${secs}s`;
}
function renderStatus(j) {
    if (j.state === 'not_running')
        return 'opensession daemon: not running\n';
    if (j.state === 'stale')
        return `opensession daemon: not running (stale pidfile, pid ${j.pid})\n`;
    if (j.state === 'unreadable')
        return `opensession daemon: unknown (unreadable pidfile ${j.pidfile})\n`;
    const lines = [
        `opensession daemon: running (pid ${j.pid}${j.uptime_secs !== null ? `, up ${uptime(j.uptime_secs)}` : ''})`,
    ];
    if (j.capture !== null) {
        const watching = j.watched_dirs.filter((d) => d.state === 'watching' || d.state === 'polling').length;
        lines.push(`capture: ${j.capture}`);
        lines.push(`watching: ${watching} of ${j.watched_dirs.length} directories`);
        const last = j.last_capture !== null ? ` (last: ${j.last_capture.session_id} at ${j.last_capture.at})` : '';
        lines.push(`sessions captured: ${j.sessions_captured ?? 0} since start${last}`);
        lines.push(`last error: ${j.last_error === null ? 'none' : `${j.last_error.message} (at ${j.last_error.at})`}`);
    }
    return lines.join('\n') + '\n';
}
// ---- install (systemd user unit / launchd plist) ------------------------------------------------------------------
const SYSTEMD_UNIT_NAME = 'opensession-daemon.service';
const LAUNCHD_LABEL = 'io.opensession.daemon';
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** systemd ExecStart quoting: double quotes, with `\` `"` escaped and `%` doubled (specifier). */
const sd = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%')}"`;
function systemdUnit(node, entry) {
    return `# opensession-managed
[Unit]
Description=OpenSession capture daemon (records coding-agent sessions into git ledger refs)

[Service]
Type=simple
ExecStart=${[node, entry, ...runArgs(entry)].map(sd).join(' ')}
Restart=on-failure
RestartSec=5

[Install]
WantedBy=default.target
`;
}
function launchdPlist(node, entry, logFile) {
    const args = [node, entry, ...runArgs(entry)].map((a) => `    <string>${xml(a)}</string>`).join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!-- opensession-managed -->
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>${LAUNCHD_LABEL}</string>
  <key>ProgramArguments</key>
  <array>
${args}
  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <dict>
    <key>SuccessfulExit</key>
    <false/>
  </dict>
  <key>StandardOutPath</key>
  <string>${xml(logFile)}</string>
  <key>StandardErrorPath</key>
  <string>${xml(logFile)}</string>
</dict>
</plist>
`;
}
function installService(env, platform, out, node = process.execPath, entry = entryScript()) {
    const p = (0,_paths__WEBPACK_IMPORTED_MODULE_6__/* .daemonPaths */ .b)(env);
    if (platform === 'darwin') {
        const file = path__WEBPACK_IMPORTED_MODULE_2__.join(p.home, 'Library', 'LaunchAgents', `${LAUNCHD_LABEL}.plist`);
        (0,_atomic__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(file, launchdPlist(node, entry, p.logFile), 0o755);
        out(`wrote ${file}\n`);
        out(`next: launchctl bootstrap gui/$(id -u) ${file}\n`);
        return file;
    }
    const xdg = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME.trim() !== '' ? env.XDG_CONFIG_HOME : undefined;
    const file = path__WEBPACK_IMPORTED_MODULE_2__.join(xdg ?? path__WEBPACK_IMPORTED_MODULE_2__.join(p.home, '.config'), 'systemd', 'user', SYSTEMD_UNIT_NAME);
    (0,_atomic__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Z)(file, systemdUnit(node, entry), 0o755);
    out(`wrote ${file}\n`);
    out(`next: systemctl --user daemon-reload && systemctl --user enable --now ${SYSTEMD_UNIT_NAME}\n`);
    return file;
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

/***/ 6193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ applyExcludePatterns),
/* harmony export */   Qg: () => (/* binding */ effectivePrivacy),
/* harmony export */   f_: () => (/* binding */ DEFAULT_EXCLUDE_PATTERNS)
/* harmony export */ });
/* unused harmony exports DEFAULT_PRIVACY, globMatches */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4653);
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
        const p = (0,_toml__WEBPACK_IMPORTED_MODULE_3__/* .parseToml */ .M)(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8')).privacy;
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
        home !== '' ? privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.config', 'opensession', 'opensession.toml')) : undefined,
        privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(repoRoot, '.opensession', 'config.toml')),
        privacyTable(path__WEBPACK_IMPORTED_MODULE_1__.join(repoRoot, '.opensession', 'config.local.toml')),
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
    return re.test(value) || re.test((0,_text__WEBPACK_IMPORTED_MODULE_2__/* .asciiLower */ .F)(value));
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
    const hit = (p) => patterns.some((g) => globMatches(g, p) || globMatches(g, path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(p.replace(/\\/g, '/'))));
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


/***/ }),

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* unused harmony export TomlError */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
// TOML 1.0 for the package's config files (`.opensession/config.toml`, cleanup and daemon config):
// read by smol-toml (a maintained, spec-complete reader) and adapted to the shapes callers use.
// Dates and times come back as text; integers beyond 2^53 as bigint; errors as TomlError.

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
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
/** The 1-based line where an integer literal of value `n` is written (1 when it cannot be found). */
function lineOfInteger(text, n) {
    const at = text.replace(/_/g, '').indexOf(n.toString().replace(/^-/, ''));
    return at < 0 ? 1 : text.replace(/_/g, '').slice(0, at).split('\n').length;
}
/**
 * Dates as their text, and 64-bit range checked for integers (TOML 1.0: an integer that does not fit
 * is an error), walked with an explicit stack.
 */
function adapt(root, text) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        for (const key of Object.keys(node)) {
            const v = node[key];
            if (v instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlDate */ .PJ)
                node[key] = v.toISOString();
            else if (typeof v === 'bigint' && (v < I64_MIN || v > I64_MAX)) {
                throw new TomlError(`integer ${v} does not fit in 64 bits`, lineOfInteger(text, v), 1);
            }
            else if (typeof v === 'object' && v !== null)
                stack.push(v);
        }
    }
    return root;
}
/** Parses a TOML document. Throws TomlError (`<what> at line L, column C`). */
function parseToml(text) {
    try {
        return adapt((0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { integersAsBigInt: 'asNeeded' }), text);
    }
    catch (e) {
        if (e instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const what = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new TomlError(what, e.line, e.column);
        }
        throw e;
    }
}


/***/ })

};
;