// The short-lived parse worker (daemon-and-server.md §2.7 step 3, §2.15): files of 8 MiB or more and every Cursor
// DB are parsed, redacted and written by a child process (`node <entry> daemon parse-worker`), so the parse heap
// (and SQLite) never lives in the daemon. One job per child; the result comes back over IPC; 120 s timeout.
import { fork } from 'child_process';
import * as fs from 'fs';
import type { ProfileId } from '../../core/parsers/types';
import type { DaemonConfig } from './config';
import type { Env } from './paths';
import type { SessionOutcome } from './pipeline';

export const WORKER_MIN_BYTES = 8 * 1024 * 1024;
export const WORKER_TIMEOUT_MS = 120_000;

export interface WorkerJob {
  file: string;
  profile: ProfileId;
  config: DaemonConfig;
  /** `state.sessions` of the daemon: canonical hash per session key (unchanged sessions are not rewritten). */
  known: Record<string, string>;
}

export type WorkerReply = { ok: true; sessions: SessionOutcome[] } | { ok: false; message: string };

/** §2.7: the worker runs steps 3–4 for Cursor DBs and for files of `WORKER_MIN_BYTES` or more. */
export function needsWorker(profile: ProfileId, size: number): boolean {
  return profile === 'cursor' || size >= WORKER_MIN_BYTES;
}

/**
 * The entry the worker is started with: the script this process runs (either bin accepts `daemon parse-worker`),
 * resolved so an npm bin symlink still points at the package.
 */
export function workerEntry(argv1: string | undefined = process.argv[1]): string {
  if (argv1 === undefined || argv1 === '') throw new Error('cannot start the parse worker: no entry script');
  try {
    return fs.realpathSync(argv1);
  } catch {
    return argv1;
  }
}

/** Parent side: one child per job; rejects when the child fails, crashes, or runs past the timeout. */
export function runInWorker(
  job: WorkerJob,
  env: Env,
  onStart: (pid: number) => void,
  timeoutMs = WORKER_TIMEOUT_MS,
): Promise<SessionOutcome[]> {
  return new Promise((resolve, reject) => {
    const child = fork(workerEntry(), ['daemon', 'parse-worker'], {
      execArgv: ['--max-old-space-size=1024'],
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => {
      stderr = (stderr + b.toString('utf8')).slice(-2000);
    });
    let reply: WorkerReply | undefined;
    let timedOut = false;
    let sendFailed: Error | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('message', (m: WorkerReply) => {
      reply = m;
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`parse worker for ${job.file} could not start: ${err.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return reject(new Error(`parse worker for ${job.file} timed out after ${timeoutMs / 1000} s`));
      if (reply?.ok === true) return resolve(reply.sessions);
      if (reply?.ok === false) return reject(new Error(reply.message));
      if (sendFailed !== undefined)
        return reject(new Error(`parse worker for ${job.file} did not take its job: ${sendFailed.message}`));
      const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
      const last = stderr.trim().split('\n').pop();
      reject(new Error(`parse worker for ${job.file} ${how}${last ? `: ${last}` : ''}`));
    });
    if (child.pid !== undefined) onStart(child.pid);
    // A failed send is reported to this callback, not as 'error': a worker that dies before it takes the job (EPIPE)
    // is reported by 'exit' with how it died; one that lives on without the job is stopped and says so.
    child.send(job, (err) => {
      if (err === null) return;
      // Most often the worker is already dying: give its 'exit' a moment before stopping it ourselves.
      setTimeout(() => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        sendFailed = err;
        child.kill('SIGKILL');
      }, 1000).unref();
    });
  });
}

/** Child side (`daemon parse-worker`): reads one job from IPC, runs it, replies, exits. */
export async function runParseWorker(env: Env): Promise<void> {
  if (process.send === undefined) throw new Error('daemon parse-worker is internal: it needs an IPC channel');
  const job = await new Promise<WorkerJob>((resolve) => process.once('message', (m) => resolve(m as WorkerJob)));
  let reply: WorkerReply;
  try {
    const { parseAndCapture } = await import('./pipeline');
    const sessions = await parseAndCapture(job.file, job.profile, {
      config: job.config,
      env,
      knownSession: (key) => job.known[key],
    });
    reply = { ok: true, sessions };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  await new Promise<void>((resolve) => process.send!(reply, () => resolve()));
  process.disconnect?.();
}
