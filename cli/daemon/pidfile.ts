// The pidfile is the single-instance lock (daemon-and-server.md §2.10): exclusive create, race-safe stale cleanup.
import * as fs from 'fs';
import * as path from 'path';
import { OpenSessionError } from '../../core/errors';

export type PidfileRead = { kind: 'missing' } | { kind: 'unreadable' } | { kind: 'pid'; pid: number };

export function readPidfile(file: string): PidfileRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable' };
  }
  const t = text.trim();
  return /^[1-9][0-9]*$/.test(t) ? { kind: 'pid', pid: Number(t) } : { kind: 'unreadable' };
}

/** `kill(pid, 0)` (EPERM counts as alive); on Linux a readable cmdline without `opensession` means pid reuse. */
export function isDaemonAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform === 'linux') {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('opensession')) return false;
    } catch {
      // unreadable: trust kill()
    }
  }
  return true;
}

export function alreadyRunning(pid: number): OpenSessionError {
  return new OpenSessionError(`opensession daemon is already running (pid ${pid})`);
}

/** §2.10 lock acquisition; throws `already running` when another live daemon holds it. */
export function acquirePidfile(file: string, pid: number = process.pid): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  for (let round = 0; round < 3; round++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      try {
        fs.writeSync(fd, `${pid}\n`);
      } finally {
        fs.closeSync(fd);
      }
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let content = '';
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch {
      continue; // removed meanwhile: retry the create
    }
    const held = readPidContent(content);
    if (held !== undefined && held !== pid && isDaemonAlive(held)) throw alreadyRunning(held);
    const stale = `${file}.stale-${pid}`;
    try {
      fs.renameSync(file, stale);
    } catch {
      continue;
    }
    let moved = '';
    try {
      moved = fs.readFileSync(stale, 'utf8');
    } catch {
      // gone
    }
    if (moved !== content) {
      // Another starter won the race and wrote a fresh pidfile: put it back and give up.
      try {
        fs.linkSync(stale, file);
      } catch {
        // a pidfile exists again
      }
      fs.rmSync(stale, { force: true });
      const winner = readPidContent(moved);
      throw alreadyRunning(winner ?? 0);
    }
    fs.rmSync(stale, { force: true });
  }
  throw new OpenSessionError(`could not take the daemon lock ${file}; another daemon may be starting`);
}

function readPidContent(text: string): number | undefined {
  const t = text.trim();
  return /^[1-9][0-9]*$/.test(t) ? Number(t) : undefined;
}

/** Removes the pidfile only while it still names `pid`. */
export function releasePidfile(file: string, pid: number = process.pid): void {
  const r = readPidfile(file);
  if (r.kind === 'pid' && r.pid === pid) fs.rmSync(file, { force: true });
}
