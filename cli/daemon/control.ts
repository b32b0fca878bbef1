// `opensession daemon start|stop|status|install` (daemon-and-server.md §2.1, §2.11): managing the background daemon.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { OpenSessionError } from '../../core/errors';
import { writeFileAtomic } from './atomic';
import { loadDaemonConfig } from './config';
import { daemonPaths, Env } from './paths';
import { isDaemonAlive, readPidfile } from './pidfile';
import { readStatusFile, StatusFile } from './status-file';

/** A non-zero exit whose output was already printed (status states, `already running` for start is exit 0). */
export class DaemonExit extends OpenSessionError {
  readonly silent = true;
  constructor(readonly exitCode: number) {
    super(`daemon command exited ${exitCode}`);
    this.name = 'DaemonExit';
  }
}

const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The node script to re-run for `daemon run`: the running CLI's entry (bin/opensession.js in a package). */
export function entryScript(): string {
  const main = process.argv[1] ?? '';
  try {
    return fs.realpathSync(main);
  } catch {
    return path.resolve(main);
  }
}

function runArgs(entry: string): string[] {
  return path.basename(entry).startsWith('opensession-daemon') ? ['run'] : ['daemon', 'run'];
}

function tail(file: string, lines: number): string {
  try {
    const all = fs.readFileSync(file, 'utf8').split('\n');
    if (all[all.length - 1] === '') all.pop();
    return all.slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export async function startDaemon(env: Env, out: (s: string) => void): Promise<void> {
  const p = daemonPaths(env);
  const pid = readPidfile(p.pidfile);
  if (pid.kind === 'pid' && isDaemonAlive(pid.pid)) {
    out(`opensession daemon is already running (pid ${pid.pid})\n`);
    return;
  }
  loadDaemonConfig(p.configFile, p.home); // config mistakes show in this terminal
  fs.mkdirSync(p.dataDir, { recursive: true, mode: 0o700 });
  try {
    if (fs.statSync(p.logFile).size > LOG_ROTATE_BYTES) fs.renameSync(p.logFile, `${p.logFile}.1`);
  } catch {
    // no log yet
  }
  const fd = fs.openSync(p.logFile, 'a', 0o600);
  const entry = entryScript();
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  const child = spawn(process.execPath, [entry, ...runArgs(entry)], {
    detached: true,
    windowsHide: true,
    stdio: ['ignore', fd, fd],
    env: childEnv,
  });
  fs.closeSync(fd);
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
    const s = readStatusFile(p.statusFile);
    if (s !== undefined && s.pid === child.pid && s.state === 'running') {
      out(`opensession daemon started (pid ${child.pid})\n`);
      return;
    }
    await sleep(100);
  }
  if (!exited) {
    try {
      process.kill(child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const last = tail(p.logFile, 20);
  throw new OpenSessionError(`opensession daemon failed to start; see ${p.logFile}${last !== '' ? `\n${last}` : ''}`);
}

export async function stopDaemon(env: Env, out: (s: string) => void): Promise<void> {
  const p = daemonPaths(env);
  const r = readPidfile(p.pidfile);
  if (r.kind === 'missing') {
    out('opensession daemon is not running\n');
    return;
  }
  if (r.kind === 'unreadable')
    throw new OpenSessionError(`pidfile ${p.pidfile} is unreadable; remove it if no daemon is running`);
  if (!isDaemonAlive(r.pid)) {
    fs.rmSync(p.pidfile, { force: true });
    out('opensession daemon is not running (removed stale pidfile)\n');
    return;
  }
  process.kill(r.pid, 'SIGTERM');
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    await sleep(100);
    if (!isDaemonAlive(r.pid)) {
      out(`opensession daemon stopped (pid ${r.pid})\n`);
      return;
    }
  }
  throw new OpenSessionError(`opensession daemon (pid ${r.pid}) did not stop within 15s`);
}

export interface DaemonStatusJson {
  state: 'running' | 'stale' | 'not_running' | 'unreadable';
  pid: number | null;
  version: string | null;
  started_at: string | null;
  uptime_secs: number | null;
  capture: string | null;
  watched_dirs: StatusFile['watched_dirs'];
  pending: number | null;
  sessions_captured: number | null;
  sessions_skipped: StatusFile['sessions_skipped'] | null;
  files_failed: number | null;
  last_capture: StatusFile['last_capture'];
  last_error: StatusFile['last_error'];
  rss_bytes: number | null;
  pidfile: string;
  log_file: string;
}

function rssBytes(pid: number): number | null {
  if (process.platform === 'linux') {
    try {
      const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m === null ? null : Number(m[1]) * 1024;
    } catch {
      return null;
    }
  }
  try {
    // Native ESM (the tests) has no `require`; process.getBuiltinModule is Node 20.16+, the bundle keeps `require`.
    const { execFileSync } = (
      typeof require === 'function'
        ? require('child_process') // eslint-disable-line @typescript-eslint/no-require-imports
        : process.getBuiltinModule('child_process')
    ) as typeof import('child_process');
    const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    return Number.isFinite(kb) && kb > 0 ? kb * 1024 : null;
  } catch {
    return null;
  }
}

/** §2.11: pidfile + status.json, read-only. */
export function daemonStatus(env: Env, now: Date = new Date()): { json: DaemonStatusJson; exit: number } {
  const p = daemonPaths(env);
  const r = readPidfile(p.pidfile);
  let state: DaemonStatusJson['state'];
  let pid: number | null = null;
  if (r.kind === 'missing') state = 'not_running';
  else if (r.kind === 'unreadable') state = 'unreadable';
  else {
    pid = r.pid;
    state = isDaemonAlive(r.pid) ? 'running' : 'stale';
  }
  const s = state === 'running' ? readStatusFile(p.statusFile) : undefined;
  const live = s !== undefined && s.pid === pid && s.state === 'running' ? s : undefined;
  const json: DaemonStatusJson = {
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

function uptime(secs: number): string {
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(secs % 60).padStart(2, '0')}s`;
  return `${secs}s`;
}

export function renderStatus(j: DaemonStatusJson): string {
  if (j.state === 'not_running') return 'opensession daemon: not running\n';
  if (j.state === 'stale') return `opensession daemon: not running (stale pidfile, pid ${j.pid})\n`;
  if (j.state === 'unreadable') return `opensession daemon: unknown (unreadable pidfile ${j.pidfile})\n`;
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

export const SYSTEMD_UNIT_NAME = 'opensession-daemon.service';
export const LAUNCHD_LABEL = 'io.opensession.daemon';

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** systemd ExecStart quoting: double quotes, with `\` `"` escaped and `%` doubled (specifier). */
const sd = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%')}"`;

export function systemdUnit(node: string, entry: string): string {
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

export function launchdPlist(node: string, entry: string, logFile: string): string {
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

export function installService(
  env: Env,
  platform: 'linux' | 'darwin',
  out: (s: string) => void,
  node: string = process.execPath,
  entry: string = entryScript(),
): string {
  const p = daemonPaths(env);
  if (platform === 'darwin') {
    const file = path.join(p.home, 'Library', 'LaunchAgents', `${LAUNCHD_LABEL}.plist`);
    writeFileAtomic(file, launchdPlist(node, entry, p.logFile), 0o755);
    out(`wrote ${file}\n`);
    out(`next: launchctl bootstrap gui/$(id -u) ${file}\n`);
    return file;
  }
  const xdg = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME.trim() !== '' ? env.XDG_CONFIG_HOME : undefined;
  const file = path.join(xdg ?? path.join(p.home, '.config'), 'systemd', 'user', SYSTEMD_UNIT_NAME);
  writeFileAtomic(file, systemdUnit(node, entry), 0o755);
  out(`wrote ${file}\n`);
  out(`next: systemctl --user daemon-reload && systemctl --user enable --now ${SYSTEMD_UNIT_NAME}\n`);
  return file;
}
