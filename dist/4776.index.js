"use strict";
exports.id = 4776;
exports.ids = [4776,8234];
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

/***/ 4327:
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
;// CONCATENATED MODULE: ./cli/daemon/clock.ts
const REAL = { now: () => Date.now(), delay: (ms) => ms };
function daemonClock(env, warn) {
    const raw = env.OPENSESSION_TEST_CLOCK?.trim();
    if (raw === undefined || raw === '')
        return REAL;
    const m = /^offset_secs=(-?\d{1,12}),speed=(\d{1,7})$/.exec(raw);
    if (m === null || Number(m[2]) < 1) {
        warn(`OPENSESSION_TEST_CLOCK=${raw} is not offset_secs=<n>,speed=<k>; using the real clock`);
        return REAL;
    }
    const offsetMs = Number(m[1]) * 1000;
    const speed = Number(m[2]);
    return { now: () => Date.now() + offsetMs, delay: (ms) => ms / speed, test: raw };
}

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
// EXTERNAL MODULE: ./cli/daemon/pipeline.ts
var pipeline = __webpack_require__(6764);
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
    clock;
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
        this.clock = daemonClock(o.env, (m) => this.log.warn(m));
    }
    /** §2.10 startup order; resolves once the daemon is running. Throws for config and lock errors. */
    async start() {
        const loaded = (0,config/* loadDaemonConfig */.Fp)(this.paths.configFile, this.paths.home);
        this.config = loaded.config;
        (0,pidfile/* acquirePidfile */.sQ)(this.paths.pidfile);
        for (const w of loaded.warnings)
            this.log.warn(w);
        if (this.clock.test !== undefined)
            this.log.warn(`test clock in effect: OPENSESSION_TEST_CLOCK=${this.clock.test}`);
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
            const out = await (0,pipeline/* captureFile */.bo)(file, profile, {
                config: this.config,
                env: this.o.env,
                knownSha: known?.sha256,
                knownSession: (key) => this.state.sessions[key],
                worker: {
                    known: this.state.sessions,
                    onStart: (pid) => this.log.debug(`parse worker ${pid} started for ${file}`),
                },
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
                const sha256 = await (0,pipeline/* contentHash */.Ae)(file, profile); // streamed: a big file never sits in the daemon's heap
                this.state.files[file] = {
                    size: st.size,
                    mtime_ms: Math.floor(st.mtimeMs),
                    sha256,
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
        const now = this.clock.now();
        const last = this.state.retention_last_run_at === null ? NaN : Date.parse(this.state.retention_last_run_at);
        const wait = Number.isNaN(last) || now - last >= r.intervalSecs * 1000 ? 60_000 : last + r.intervalSecs * 1000 - now;
        this.retentionTimer = setTimeout(() => void this.runRetention(), this.clock.delay(Math.max(0, wait)));
        this.retentionTimer.unref();
    }
    async runRetention() {
        this.retentionTimer = undefined;
        const { pruneRegisteredRepos } = await __webpack_require__.e(/* import() */ 8170).then(__webpack_require__.bind(__webpack_require__, 8170));
        const now = new Date(this.clock.now());
        const { pruned, refs } = await pruneRegisteredRepos(this.paths.home, this.config.retention.keepDays, this.log, now);
        this.state.retention_last_run_at = now.toISOString();
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

/***/ 8234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ needsWorker),
/* harmony export */   runInWorker: () => (/* binding */ runInWorker),
/* harmony export */   runParseWorker: () => (/* binding */ runParseWorker)
/* harmony export */ });
/* unused harmony exports WORKER_MIN_BYTES, WORKER_TIMEOUT_MS, workerEntry */
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
// The short-lived parse worker (daemon-and-server.md §2.7 step 3, §2.15): files of 8 MiB or more and every Cursor
// DB are parsed, redacted and written by a child process (`node <entry> daemon parse-worker`), so the parse heap
// (and SQLite) never lives in the daemon. One job per child; the result comes back over IPC; 120 s timeout.


const WORKER_MIN_BYTES = 8 * 1024 * 1024;
const WORKER_TIMEOUT_MS = 120_000;
/** §2.7: the worker runs steps 3–4 for Cursor DBs and for files of `WORKER_MIN_BYTES` or more. */
function needsWorker(profile, size) {
    return profile === 'cursor' || size >= WORKER_MIN_BYTES;
}
/**
 * The entry the worker is started with: the script this process runs (either bin accepts `daemon parse-worker`),
 * resolved so an npm bin symlink still points at the package.
 */
function workerEntry(argv1 = process.argv[1]) {
    if (argv1 === undefined || argv1 === '')
        throw new Error('cannot start the parse worker: no entry script');
    try {
        return fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(argv1);
    }
    catch {
        return argv1;
    }
}
/** Parent side: one child per job; rejects when the child fails, crashes, or runs past the timeout. */
function runInWorker(job, env, onStart, timeoutMs = WORKER_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
        const child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.fork)(workerEntry(), ['daemon', 'parse-worker'], {
            execArgv: ['--max-old-space-size=1024'],
            env: env,
            stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
            serialization: 'advanced',
        });
        let stderr = '';
        child.stderr?.on('data', (b) => {
            stderr = (stderr + b.toString('utf8')).slice(-2000);
        });
        let reply;
        let timedOut = false;
        let sendFailed;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, timeoutMs);
        child.on('message', (m) => {
            reply = m;
        });
        child.once('error', (err) => {
            clearTimeout(timer);
            reject(new Error(`parse worker for ${job.file} could not start: ${err.message}`));
        });
        child.once('exit', (code, signal) => {
            clearTimeout(timer);
            if (timedOut)
                return reject(new Error(`parse worker for ${job.file} timed out after ${timeoutMs / 1000} s`));
            if (reply?.ok === true)
                return resolve(reply.sessions);
            if (reply?.ok === false)
                return reject(new Error(reply.message));
            if (sendFailed !== undefined)
                return reject(new Error(`parse worker for ${job.file} did not take its job: ${sendFailed.message}`));
            const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
            const last = stderr.trim().split('\n').pop();
            reject(new Error(`parse worker for ${job.file} ${how}${last ? `: ${last}` : ''}`));
        });
        if (child.pid !== undefined)
            onStart(child.pid);
        // A failed send is reported to this callback, not as 'error': a worker that dies before it takes the job (EPIPE)
        // is reported by 'exit' with how it died; one that lives on without the job is stopped and says so.
        child.send(job, (err) => {
            if (err === null)
                return;
            // Most often the worker is already dying: give its 'exit' a moment before stopping it ourselves.
            setTimeout(() => {
                if (child.exitCode !== null || child.signalCode !== null)
                    return;
                sendFailed = err;
                child.kill('SIGKILL');
            }, 1000).unref();
        });
    });
}
/** Child side (`daemon parse-worker`): reads one job from IPC, runs it, replies, exits. */
async function runParseWorker(env) {
    if (process.send === undefined)
        throw new Error('daemon parse-worker is internal: it needs an IPC channel');
    const job = await new Promise((resolve) => process.once('message', (m) => resolve(m)));
    let reply;
    try {
        const { parseAndCapture } = await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3137), __webpack_require__.e(9036), __webpack_require__.e(705), __webpack_require__.e(9202), __webpack_require__.e(6764)]).then(__webpack_require__.bind(__webpack_require__, 6764));
        const sessions = await parseAndCapture(job.file, job.profile, {
            config: job.config,
            env,
            knownSession: (key) => job.known[key],
        });
        reply = { ok: true, sessions };
    }
    catch (err) {
        reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    await new Promise((resolve) => process.send(reply, () => resolve()));
    process.disconnect?.();
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


/***/ })

};
;