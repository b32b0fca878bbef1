// The capture daemon (daemon-and-server.md §2.6-2.16): chokidar watchers on the agent folders, per-path debounce,
// a one-at-a-time job queue running the capture pipeline, processed state, status file and graceful shutdown.
// It never fetches or pushes: publishing the ledger is the pre-push hook's job.
import * as fs from 'fs';
import * as path from 'path';
import type { FSWatcher } from 'chokidar';
import { parserForPath } from '../../core/parsers/select';
import type { ProfileId } from '../../core/parsers/types';
import { formatErrorChain } from '../../core/errors';
import { daemonClock, DaemonClock } from './clock';
import { DaemonConfig, loadDaemonConfig } from './config';
import { createLogger, Logger } from './log';
import { DaemonPaths, daemonPaths, Env } from './paths';
import { acquirePidfile, releasePidfile } from './pidfile';
import { captureFile, contentHash, SkipReason } from './pipeline';
import { mapEventPath, rootsFor, WatchRoot } from './roots';
import { DaemonState, loadState, saveState } from './state';
import { RootState, StatusFile, writeStatusFile } from './status-file';

const MISSING_RECHECK_MS = 60_000;
const POLL_INTERVAL_MS = 30_000;
const CURSOR_MIN_DEBOUNCE_MS = 2_000;
const CURSOR_WINDOW_MS = 30_000;
const SHUTDOWN_DEADLINE_MS = 10_000;

interface RootWatch {
  root: WatchRoot;
  state: RootState;
  watcher?: FSWatcher;
  /** Watches the nearest existing ancestor of a missing root, so a folder created later is seen at once. */
  ancestor?: fs.FSWatcher;
}

export interface DaemonOptions {
  env: Env;
  version: string;
  /** Log sink (stderr for `run`). */
  write: (line: string) => void;
}

export class CaptureDaemon {
  private readonly log: Logger;
  private readonly paths: DaemonPaths;
  private readonly clock: DaemonClock;
  private config!: DaemonConfig;
  private state!: DaemonState;
  private readonly roots: RootWatch[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private readonly rerun = new Set<string>();
  private readonly cursorLast = new Map<string, number>();
  private running: string | undefined;
  private draining: Promise<void> | undefined;
  private recheckTimer: NodeJS.Timeout | undefined;
  private retentionTimer: NodeJS.Timeout | undefined;
  private stopping = false;
  private readonly startedAt = new Date().toISOString();
  private captured = 0;
  private readonly skipped: Record<SkipReason, number> = {
    auxiliary: 0,
    no_repository: 0,
    capture_off: 0,
    excluded_tool: 0,
    unchanged: 0,
  };
  private filesFailed = 0;
  private lastCapture: StatusFile['last_capture'] = null;
  private lastError: StatusFile['last_error'] = null;

  constructor(private readonly o: DaemonOptions) {
    this.paths = daemonPaths(o.env);
    this.log = createLogger(o.env, o.write);
    this.clock = daemonClock(o.env, (m) => this.log.warn(m));
  }

  /** §2.10 startup order; resolves once the daemon is running. Throws for config and lock errors. */
  async start(): Promise<void> {
    const loaded = loadDaemonConfig(this.paths.configFile, this.paths.home);
    this.config = loaded.config;
    acquirePidfile(this.paths.pidfile);
    for (const w of loaded.warnings) this.log.warn(w);
    if (this.clock.test !== undefined) this.log.warn(`test clock in effect: OPENSESSION_TEST_CLOCK=${this.clock.test}`);
    fs.mkdirSync(this.paths.dataDir, { recursive: true, mode: 0o700 });
    this.state = loadState(this.paths.stateFile, this.log);
    if (!fs.existsSync(this.paths.stateFile)) saveState(this.paths.stateFile, this.state);
    if (this.config.capture === 'ledger') {
      for (const root of rootsFor(this.config.customPaths, this.paths.home, this.o.env))
        this.roots.push({ root, state: 'missing' });
      for (const r of this.roots) await this.openRoot(r, true);
      this.scheduleRecheck();
    }
    this.scheduleRetention();
    this.writeStatus('running');
    const watching = this.roots.filter((r) => r.state === 'watching' || r.state === 'polling').length;
    this.log.info(
      `opensession daemon started (pid ${process.pid}, version ${this.o.version}, capture ${this.config.capture}, watching ${watching} of ${this.roots.length} directories)`,
    );
  }

  // ---- watchers -------------------------------------------------------------------------------------------

  private async openRoot(r: RootWatch, initial: boolean): Promise<void> {
    let isDir = false;
    try {
      isDir = fs.statSync(r.root.path).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      if (r.state !== 'missing' || initial) this.log.debug(`watch root ${r.root.path} is missing`);
      r.state = 'missing';
      this.watchAncestor(r);
      return;
    }
    r.ancestor?.close();
    r.ancestor = undefined;
    await this.startWatcher(r, false);
    if (r.state === 'watching' || r.state === 'polling') await this.catchUp(r.root);
    if (!initial) this.writeStatus('running');
  }

  private async startWatcher(r: RootWatch, polling: boolean): Promise<void> {
    const { watch } = await import('chokidar');
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
    const onFile = (p: string): void => this.onEvent(p);
    watcher.on('add', onFile);
    watcher.on('change', onFile);
    watcher.on('unlinkDir', (p: string) => {
      if (path.resolve(p) === path.resolve(r.root.path)) void this.rootGone(r);
    });
    watcher.on('error', (err: unknown) => {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' && !polling) {
        this.log.warn(`watch limit reached for ${r.root.path}; polling every 30s (raise fs.inotify.max_user_watches)`);
        void watcher.close().then(() => this.startWatcher(r, true));
        return;
      }
      this.log.warn(`watch error on ${r.root.path}: ${(err as Error).message}`);
      r.state = 'error';
      this.writeStatus('running');
    });
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  private async rootGone(r: RootWatch): Promise<void> {
    await r.watcher?.close();
    r.watcher = undefined;
    r.state = 'missing';
    this.log.info(`watch root ${r.root.path} disappeared`);
    this.watchAncestor(r);
    this.writeStatus('running');
  }

  private watchAncestor(r: RootWatch): void {
    if (r.ancestor !== undefined || this.stopping) return;
    let dir = path.dirname(path.resolve(r.root.path));
    while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    try {
      r.ancestor = fs.watch(dir, { persistent: false }, () => {
        if (this.stopping || r.state !== 'missing') return;
        // Something appeared on the way to the root: re-check (a deeper ancestor may now exist).
        r.ancestor?.close();
        r.ancestor = undefined;
        void this.openRoot(r, false);
      });
      r.ancestor.on('error', () => {
        r.ancestor?.close();
        r.ancestor = undefined;
      });
    } catch {
      r.ancestor = undefined; // the 60 s re-check still finds it
    }
  }

  private scheduleRecheck(): void {
    if (!this.roots.some((r) => r.state === 'missing') || this.stopping) return;
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = undefined;
      void (async () => {
        for (const r of this.roots) if (r.state === 'missing') await this.openRoot(r, false);
        this.scheduleRecheck();
      })();
    }, MISSING_RECHECK_MS);
    this.recheckTimer.unref();
  }

  // ---- events, debounce, queue (§2.6) ------------------------------------------------------------------------

  private select(raw: string): { file: string; profile: ProfileId } | undefined {
    const mapped = mapEventPath(raw);
    if (mapped === undefined) return undefined;
    const profile = parserForPath(mapped, this.o.env);
    return profile === null ? undefined : { file: mapped, profile };
  }

  private onEvent(raw: string): void {
    if (this.stopping) return;
    const sel = this.select(raw);
    if (sel === undefined) return;
    if (this.running === sel.file) {
      this.rerun.add(sel.file);
      return;
    }
    this.arm(sel.file, sel.profile);
  }

  private arm(file: string, profile: ProfileId): void {
    const old = this.timers.get(file);
    if (old !== undefined) clearTimeout(old);
    const fresh = old === undefined;
    let delay = this.config.debounceMs;
    if (profile === 'cursor') {
      delay = Math.max(delay, CURSOR_MIN_DEBOUNCE_MS);
      const last = this.cursorLast.get(file);
      if (last !== undefined) delay = Math.max(delay, last + CURSOR_WINDOW_MS - Date.now());
    }
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        this.enqueue(file);
      }, delay),
    );
    if (fresh) this.writeStatus('running'); // `pending` in status shows the change is seen
  }

  private enqueue(file: string): void {
    if (this.queued.has(file)) return;
    this.queued.add(file);
    this.queue.push(file);
    this.drain();
  }

  private drain(): void {
    if (this.draining !== undefined) return;
    this.draining = (async () => {
      while (this.queue.length > 0) {
        const file = this.queue.shift()!;
        this.queued.delete(file);
        this.running = file;
        try {
          await this.runJob(file);
        } finally {
          this.running = undefined;
        }
        if (this.rerun.delete(file) && !this.stopping) {
          const sel = this.select(file);
          if (sel !== undefined) this.arm(sel.file, sel.profile);
        }
      }
    })().finally(() => {
      this.draining = undefined;
    });
  }

  private async runJob(file: string): Promise<void> {
    const profile = parserForPath(file, this.o.env);
    if (profile === null) return;
    if (profile === 'cursor') this.cursorLast.set(file, Date.now());
    const known = this.state.files[file];
    try {
      const out = await captureFile(file, profile, {
        config: this.config,
        env: this.o.env,
        knownSha: known?.sha256,
        knownSession: (key) => this.state.sessions[key],
        worker: {
          known: this.state.sessions,
          onStart: (pid) => this.log.debug(`parse worker ${pid} started for ${file}`),
        },
      });
      if (out.sha256 === undefined) return; // gone
      let blocked = false;
      for (const s of out.sessions) {
        if (s.kind === 'captured') {
          this.captured++;
          this.state.sessions[s.key] = s.hash;
          this.lastCapture = { at: new Date().toISOString(), session_id: s.sessionId, repo: s.repo, ref: s.ref };
          this.log.info(`captured session ${s.sessionId} (${s.tool}) into ${s.repo} ${s.ref}`);
        } else if (s.kind === 'skipped') {
          this.skipped[s.reason]++;
          this.log.debug(`skipped session ${s.sessionId} from ${file}: ${s.reason}`);
        } else {
          blocked = true; // retried on the next change (and after a restart)
          this.recordError(file, s.message);
        }
      }
      if (!blocked)
        this.state.files[file] = {
          size: out.size!,
          mtime_ms: out.mtimeMs!,
          sha256: out.sha256,
          processed_at: new Date().toISOString(),
        };
    } catch (err) {
      this.filesFailed++;
      this.recordError(file, formatErrorChain(err, false));
      try {
        const st = fs.statSync(file);
        const sha256 = await contentHash(file, profile); // streamed: a big file never sits in the daemon's heap
        this.state.files[file] = {
          size: st.size,
          mtime_ms: Math.floor(st.mtimeMs),
          sha256,
          processed_at: new Date().toISOString(),
        };
      } catch {
        // gone
      }
    }
    this.persist();
  }

  private recordError(file: string | null, message: string): void {
    this.log.error(message);
    this.lastError = { at: new Date().toISOString(), path: file, message };
  }

  // ---- catch-up (§2.9) ------------------------------------------------------------------------------------------

  private async catchUp(root: WatchRoot): Promise<void> {
    const baseline = Date.parse(this.state.baseline_at);
    let changed = false;
    const visit = async (dir: string, level: number): Promise<void> => {
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (level < root.depth) await visit(full, level + 1);
          continue;
        }
        if (!e.isFile()) continue;
        const sel = this.select(full);
        if (sel === undefined || sel.file !== full) continue;
        let st: fs.Stats;
        try {
          st = await fs.promises.stat(full);
        } catch {
          continue;
        }
        const mtime = Math.floor(st.mtimeMs);
        const known = this.state.files[full];
        if (known !== undefined) {
          if (known.size !== st.size || known.mtime_ms !== mtime) this.enqueue(full);
        } else if (mtime > baseline) this.enqueue(full);
        else {
          this.state.files[full] = { size: st.size, mtime_ms: mtime, sha256: null, processed_at: null };
          changed = true;
        }
      }
    };
    await visit(root.path, 0);
    if (changed) this.persist();
  }

  // ---- retention (§2.12) ----------------------------------------------------------------------------------------

  private scheduleRetention(): void {
    const r = this.config.retention;
    if (!r.enabled || this.stopping) return;
    const now = this.clock.now();
    const last = this.state.retention_last_run_at === null ? NaN : Date.parse(this.state.retention_last_run_at);
    const wait =
      Number.isNaN(last) || now - last >= r.intervalSecs * 1000 ? 60_000 : last + r.intervalSecs * 1000 - now;
    this.retentionTimer = setTimeout(() => void this.runRetention(), this.clock.delay(Math.max(0, wait)));
    this.retentionTimer.unref();
  }

  private async runRetention(): Promise<void> {
    this.retentionTimer = undefined;
    const { pruneRegisteredRepos } = await import('./retention');
    const now = new Date(this.clock.now());
    const { pruned, refs } = await pruneRegisteredRepos(this.paths.home, this.config.retention.keepDays, this.log, now);
    this.state.retention_last_run_at = now.toISOString();
    this.log.info(`retention: pruned ${pruned} sessions from ${refs} refs`);
    this.persist();
    this.scheduleRetention();
  }

  // ---- status, state, shutdown ----------------------------------------------------------------------------------

  private persist(): void {
    try {
      saveState(this.paths.stateFile, this.state);
    } catch (err) {
      this.log.error(`could not write ${this.paths.stateFile}: ${(err as Error).message}`);
    }
    this.writeStatus('running');
  }

  writeStatus(state: StatusFile['state']): void {
    try {
      writeStatusFile(this.paths.statusFile, {
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
    } catch (err) {
      this.log.error(`could not write ${this.paths.statusFile}: ${(err as Error).message}`);
    }
  }

  /** §2.10 graceful shutdown: close watchers, flush pending debounces, drain (10 s), save, release the lock. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.recheckTimer !== undefined) clearTimeout(this.recheckTimer);
    if (this.retentionTimer !== undefined) clearTimeout(this.retentionTimer);
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
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_DEADLINE_MS).unref());
    await Promise.race([this.draining ?? Promise.resolve(), deadline]);
    this.queue.length = 0; // not started by the deadline: left for catch-up
    try {
      saveState(this.paths.stateFile, this.state);
    } catch {
      // logged by persist before
    }
    this.writeStatus('stopped');
    releasePidfile(this.paths.pidfile);
    this.log.info('opensession daemon stopped');
  }

  /** Fatal error path: status `failed`, pidfile removed. */
  fail(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.log.error(`opensession daemon fatal error: ${message}`);
    this.lastError = { at: new Date().toISOString(), path: null, message };
    this.writeStatus('failed');
    releasePidfile(this.paths.pidfile);
  }
}

/** `opensession daemon run` / `opensession-daemon [run]`: runs until SIGTERM/SIGINT/SIGHUP; returns the exit code. */
export async function runDaemon(o: DaemonOptions): Promise<number> {
  const daemon = new CaptureDaemon(o);
  await daemon.start(); // config, home and lock errors propagate as `Error: <message>`, exit 1
  // Watchers and timers are unref'd or may not exist (no roots yet): this handle keeps the process alive until a
  // signal, without waking it (about once every 12 days).
  const keepAlive = setInterval(() => undefined, 2 ** 30);
  return new Promise<number>((resolve) => {
    let shuttingDown = false;
    const onSignal = (): void => {
      if (shuttingDown) {
        releasePidfile(daemonPaths(o.env).pidfile);
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
    const fatal = (err: unknown): void => {
      daemon.fail(err);
      process.exit(1);
    };
    process.on('uncaughtException', fatal);
    process.on('unhandledRejection', fatal);
  });
}
