// Test support for the daemon: a temp HOME, the bundled daemon as a real child process, agent logs written the
// way agents write them (one JSON line at a time).
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../../support/cli';
import { makeTempDir } from '../../support/git';

export const DAEMON_BIN = path.join(REPO_ROOT, 'bin', 'opensession-daemon.js');
export const CLI_BIN = path.join(REPO_ROOT, 'bin', 'opensession.js');

export function daemonEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    OPENSESSION_LOG: 'debug',
    ...extra,
  };
}

export function makeHome(config?: string): string {
  const home = makeTempDir('os-daemon-home-');
  if (config !== undefined) {
    fs.mkdirSync(path.join(home, '.config', 'opensession'), { recursive: true });
    fs.writeFileSync(path.join(home, '.config', 'opensession', 'opensession.toml'), config);
  }
  return home;
}

export function statusPath(home: string): string {
  return path.join(home, '.local', 'share', 'opensession', 'daemon', 'status.json');
}

export function pidfilePath(home: string): string {
  return path.join(home, '.config', 'opensession', 'daemon.pid');
}

export async function waitFor<T>(what: string, fn: () => T | undefined | false, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface RunningDaemon {
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
  stop: () => Promise<number | null>;
}

export function readStatus(home: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(fs.readFileSync(statusPath(home), 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Starts `opensession-daemon run` (bundled) and waits until its status file says running. */
export async function startDaemon(home: string, extra: Record<string, string> = {}): Promise<RunningDaemon> {
  const child = spawn(process.execPath, [DAEMON_BIN, 'run'], { env: daemonEnv(home, extra), stdio: 'pipe' });
  let log = '';
  child.stderr!.on('data', (b: Buffer) => (log += b.toString('utf8')));
  child.stdout!.on('data', (b: Buffer) => (log += b.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  await waitFor(`daemon start\n${log}`, () => {
    if (done) throw new Error(`daemon exited early:\n${log}`);
    const s = readStatus(home);
    return s !== undefined && s.pid === child.pid && s.state === 'running';
  });
  return {
    child,
    log: () => log,
    exited,
    stop: async () => {
      if (!done) child.kill('SIGTERM');
      return exited;
    },
  };
}

export function cli(args: string[], home: string, cwd = home, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd, env: daemonEnv(home, extra), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One Claude Code log line (the shape Claude Code appends). */
export function claudeLine(
  sessionId: string,
  cwd: string,
  kind: 'user' | 'assistant',
  text: string,
  at: Date,
  n: number,
): string {
  const base = { parentUuid: n === 0 ? null : `u${n - 1}`, isSidechain: false, cwd, sessionId, version: '1.0.80' };
  const entry =
    kind === 'user'
      ? { ...base, type: 'user', message: { role: 'user', content: text }, uuid: `u${n}`, timestamp: at.toISOString() }
      : {
          ...base,
          type: 'assistant',
          message: {
            id: `msg_${n}`,
            role: 'assistant',
            model: 'claude-sonnet-4-5',
            content: [{ type: 'text', text }],
            usage: { input_tokens: 3, output_tokens: 4 },
          },
          uuid: `u${n}`,
          timestamp: at.toISOString(),
        };
  return JSON.stringify(entry) + '\n';
}

/** An agent session being written: `append` adds one exchange line at a time, like the agent does. */
export class ClaudeLog {
  readonly file: string;
  private n = 0;
  constructor(
    home: string,
    readonly sessionId: string,
    readonly cwd: string,
    project = 'proj',
  ) {
    this.file = path.join(home, '.claude', 'projects', project, `${sessionId}.jsonl`);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
  }
  append(kind: 'user' | 'assistant', text: string, at = new Date()): void {
    fs.appendFileSync(this.file, claudeLine(this.sessionId, this.cwd, kind, text, at, this.n++));
  }
}
