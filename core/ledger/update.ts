// The single local write primitive: build a child commit and swap the ref with git's lock-file
// protocol, retrying on contention (§4.2).
import * as fs from 'fs';
import * as path from 'path';
import { OpenSessionError } from '../errors';
import { gitConfigMayHave } from './git-config';
import { runGit } from './git-cli';
import { EditableTree, EMPTY_TREE, ObjectStore, Signature } from './objects';
import { readLedgerCommit, readLedgerTip } from './ref-health';
import { Repo, ZERO_OID } from './repo';

export const LEDGER_AUTHOR = { name: 'opensession', email: 'cli@opensession.io' };
export const MAX_ATTEMPTS = 10;

/** A mutation of the tip tree; returns false when nothing changed (no commit is written). */
export type TreeMutation = (tree: EditableTree, tip: string | undefined) => Promise<boolean>;

export interface UpdateResult {
  /** The new tip, or the unchanged old tip (undefined when the ref still does not exist). */
  oid: string | undefined;
  committed: boolean;
  attempts: number;
}

export interface UpdateOptions {
  now?: () => Date;
  /** Extra parents after the current tip (merge commits). */
  extraParents?: (tip: string | undefined) => string[];
}

const stores = new Map<string, ObjectStore>();

/** The object store of a repository, shared within this process so its tree cache is reused. */
export function storeFor(repo: Repo): ObjectStore {
  let s = stores.get(repo.commonDir);
  if (s === undefined) {
    s = new ObjectStore(repo.commonDir);
    stores.set(repo.commonDir, s);
  }
  return s;
}

const mutexes = new Map<string, Promise<unknown>>();

/** Serializes writes to one (common dir, ref) within this process. */
export async function withRefMutex<T>(repo: Repo, ref: string, fn: () => Promise<T>): Promise<T> {
  const key = `${repo.commonDir}\n${ref}`;
  const prev = mutexes.get(key) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const tail = run.catch(() => undefined);
  mutexes.set(key, tail);
  try {
    return await run;
  } finally {
    if (mutexes.get(key) === tail) mutexes.delete(key);
  }
}

export function signatureAt(date: Date): Signature {
  return {
    ...LEDGER_AUTHOR,
    timestamp: Math.floor(date.getTime() / 1000),
    timezoneOffset: date.getTimezoneOffset(),
  };
}

function formatOffset(minutesWest: number): string {
  const east = -minutesWest;
  const sign = east < 0 ? '-' : '+';
  const abs = Math.abs(east);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}

const logAllCache = new Map<string, { mtime: number; always: boolean }>();

async function logAllRefUpdatesAlways(
  repo: Repo,
  env: Record<string, string | undefined> = process.env,
): Promise<boolean> {
  let mtime = -1;
  try {
    mtime = fs.statSync(path.join(repo.commonDir, 'config')).mtimeMs;
  } catch {
    // no config file
  }
  const hit = logAllCache.get(repo.commonDir);
  if (hit !== undefined && hit.mtime === mtime) return hit.always;
  // Starting git costs more than the whole write: ask it only when some config file could set the key.
  const mayBeAlways = (v: string) => v.toLowerCase() === 'always';
  if (!gitConfigMayHave(repo.commonDir, repo.gitDir, 'core.logAllRefUpdates', mayBeAlways, env)) {
    logAllCache.set(repo.commonDir, { mtime, always: false });
    return false;
  }
  const res = await runGit(['config', '--get', 'core.logAllRefUpdates'], { cwd: repo.root });
  const always = res.code === 0 && res.stdout.trim().toLowerCase() === 'always';
  logAllCache.set(repo.commonDir, { mtime, always });
  return always;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

let backoffScale = 1;

/**
 * Test-only: multiplies the §4.2 backoff (0 = retry at once, still 10 attempts), so a test of the busy path
 * need not wait out ~4.6 s. Returns the previous factor. Never set outside tests.
 */
export function setBackoffScale(scale: number): number {
  const prev = backoffScale;
  backoffScale = scale;
  return prev;
}

/** §4.2 step 6: min(1000, 25·2^(attempt−1)) ms plus 0–25 ms jitter. */
function backoffMs(attempt: number): number {
  return (Math.min(1000, 25 * 2 ** (attempt - 1)) + Math.random() * 25) * backoffScale;
}

function backoff(attempt: number): Promise<void> {
  return sleep(backoffMs(attempt));
}

function ioError(err: unknown): OpenSessionError {
  return new OpenSessionError(`io error: ${err instanceof Error ? err.message : String(err)}`);
}

type SwapOutcome = 'swapped' | 'busy';

// The lock and ref files are a few bytes: synchronous calls, so a write costs no thread-pool round trips.
interface RefLock {
  refPath: string;
  lockPath: string;
  fd: number;
}

/** A lock older than this whose writer is gone is broken (amendments-2 A9). */
export const STALE_LOCK_MS = 60_000;

let lockWarning: (message: string) => void = (m) => process.stderr.write(`[opensession] Warning: ${m}\n`);

/** Where the "broke a stale lock" warning goes (stderr by default). Returns the previous sink. */
export function setLockWarningSink(sink: (message: string) => void): (message: string) => void {
  const prev = lockWarning;
  lockWarning = sink;
  return prev;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `lockPath` when it is older than 60 s and the process that wrote it is gone (our locks hold
 * `pid <n>` until the new value is written; a lock without a pid is taken as abandoned once it is that old).
 */
function breakStaleLock(lockPath: string, ref: string): boolean {
  let stat: fs.Stats;
  let text: string;
  try {
    stat = fs.statSync(lockPath);
    text = fs.readFileSync(lockPath, 'utf8');
  } catch {
    return false;
  }
  const age = Date.now() - stat.mtimeMs;
  if (age <= STALE_LOCK_MS) return false;
  const pid = /^pid (\d+)/.exec(text);
  if (pid !== null && processIsAlive(Number(pid[1]))) return false;
  try {
    fs.unlinkSync(lockPath);
  } catch {
    return false;
  }
  const who = pid !== null ? `process ${pid[1]}, which is gone` : 'a writer that is gone';
  lockWarning(`removed a stale lock on ${ref} (${lockPath}, ${Math.round(age / 1000)} s old, left by ${who})`);
  return true;
}

/** Creates `<common dir>/<ref>.lock` exclusively; undefined when another writer holds it. */
function acquireLock(repo: Repo, ref: string): RefLock | undefined {
  const refPath = path.join(repo.commonDir, ref);
  const lockPath = `${refPath}.lock`;
  for (let tries = 0; ; tries++) {
    let fd: number | undefined;
    try {
      try {
        fd = fs.openSync(lockPath, 'wx');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        fs.mkdirSync(path.dirname(refPath), { recursive: true }); // first ref in this directory
        fd = fs.openSync(lockPath, 'wx');
      }
      fs.writeSync(fd, `pid ${process.pid}\n`, 0);
      return { refPath, lockPath, fd };
    } catch (err) {
      if (fd !== undefined) releaseLock({ refPath, lockPath, fd });
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(err);
      if (tries > 0 || !breakStaleLock(lockPath, ref)) return undefined;
    }
  }
}

/** Tries to take the lock, polling every few milliseconds for up to `waitMs`. */
async function acquireLockWithin(repo: Repo, ref: string, waitMs: number): Promise<RefLock | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const lock = acquireLock(repo, ref);
    if (lock !== undefined || Date.now() >= deadline) return lock;
    await sleep(2 + Math.random() * 4);
  }
}

function releaseLock(lock: RefLock): void {
  try {
    if (lock.fd >= 0) fs.closeSync(lock.fd);
  } catch {
    // already closed
  }
  try {
    fs.unlinkSync(lock.lockPath);
  } catch {
    // already gone
  }
}

/** §4.2 step 4-5 with the lock held: re-check, write, fsync, rename, reflog. Always consumes the lock. */
async function commitLocked(
  repo: Repo,
  ref: string,
  lock: RefLock,
  old: string | undefined,
  next: string,
  reflogMessage: string,
  now: Date,
): Promise<SwapOutcome> {
  let renamed = false;
  try {
    const current = readLedgerTip(repo, ref);
    if (current !== old) return 'busy';
    fs.ftruncateSync(lock.fd, 0);
    fs.writeSync(lock.fd, `${next}\n`, 0);
    fs.fsyncSync(lock.fd);
    fs.closeSync(lock.fd);
    lock.fd = -1;
    fs.renameSync(lock.lockPath, lock.refPath);
    renamed = true;
  } catch (err) {
    throw err instanceof OpenSessionError ? err : ioError(err);
  } finally {
    if (!renamed) releaseLock(lock);
  }
  const logPath = path.join(repo.commonDir, 'logs', ref);
  if (fs.existsSync(logPath) || (await logAllRefUpdatesAlways(repo))) {
    const who = signatureAt(now);
    const line = `${old ?? ZERO_OID} ${next} ${LEDGER_AUTHOR.name} <${LEDGER_AUTHOR.email}> ${who.timestamp} ${formatOffset(who.timezoneOffset)}\t${firstLine(reflogMessage)}\n`;
    try {
      fs.mkdirSync(path.dirname(logPath), { recursive: true });
      fs.appendFileSync(logPath, line);
    } catch {
      // a reflog line is best effort, like git's own
    }
  }
  return 'swapped';
}

async function swapRef(
  repo: Repo,
  ref: string,
  old: string | undefined,
  next: string,
  reflogMessage: string,
  now: Date,
): Promise<SwapOutcome> {
  const lock = acquireLock(repo, ref);
  if (lock === undefined) return 'busy';
  return commitLocked(repo, ref, lock, old, next, reflogMessage, now);
}

/** From this attempt on, the lock is taken before reading the tip, so a writer that keeps losing the race still progresses. */
const LOCK_FIRST_ATTEMPT = 3;

export function busyError(repo: Repo, ref: string): OpenSessionError {
  const lockPath = path.join(repo.commonDir, `${ref}.lock`);
  return new OpenSessionError(
    `ledger ref \`${ref}\` is busy: ${lockPath} exists or the ref keeps changing; if no other opensession or git process is running, remove the lock file and retry`,
  );
}

/**
 * `updateRef(repo, ref, mutate, message)`: applies `mutate` to the tip tree and commits the result as a
 * child of the tip, with compare-and-swap and up to 10 attempts.
 */
export async function updateRef(
  repo: Repo,
  ref: string,
  mutate: TreeMutation,
  message: string | ((tip: string | undefined) => string),
  options: UpdateOptions = {},
): Promise<UpdateResult> {
  return withRefMutex(repo, ref, async () => {
    const store = storeFor(repo);
    const clock = options.now ?? (() => new Date());
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      let lock: RefLock | undefined;
      if (attempt >= LOCK_FIRST_ATTEMPT) {
        // Poll for the lock during this attempt's backoff window instead of sleeping through it.
        lock = await acquireLockWithin(repo, ref, attempt < MAX_ATTEMPTS ? backoffMs(attempt) : 0);
        if (lock === undefined) continue;
      }
      let outcome: SwapOutcome;
      let commit: string;
      try {
        const old = await readLedgerCommit(repo, store, ref);
        const baseTree = old === undefined ? EMPTY_TREE : (await store.readCommit(old)).tree;
        const tree = new EditableTree(store, baseTree);
        const changed = await mutate(tree, old);
        const treeOid = changed ? await tree.write() : baseTree;
        const extra = changed ? (options.extraParents?.(old) ?? []) : [];
        if (!changed || (treeOid === baseTree && old !== undefined && extra.length === 0)) {
          return { oid: old, committed: false, attempts: attempt }; // the finally block releases the lock
        }
        const now = clock();
        const text = typeof message === 'function' ? message(old) : message;
        const full = text.endsWith('\n') ? text : `${text}\n`;
        commit = await store.writeCommit(treeOid, old === undefined ? extra : [old, ...extra], full, signatureAt(now));
        if (lock !== undefined) {
          const held = lock;
          lock = undefined; // commitLocked always consumes the lock
          outcome = await commitLocked(repo, ref, held, old, commit, full, now);
        } else {
          outcome = await swapRef(repo, ref, old, commit, full, now);
        }
      } finally {
        if (lock !== undefined) releaseLock(lock);
      }
      if (outcome === 'swapped') return { oid: commit, committed: true, attempts: attempt };
      if (attempt < MAX_ATTEMPTS) await backoff(attempt);
    }
    throw busyError(repo, ref);
  });
}

/** Moves `ref` from `old` to `next` with the lock-file protocol and no retry (fast-forwards, tracking refs). */
export async function setRef(
  repo: Repo,
  ref: string,
  old: string | undefined,
  next: string,
  reflogMessage: string,
): Promise<boolean> {
  return withRefMutex(
    repo,
    ref,
    async () => (await swapRef(repo, ref, old, next, reflogMessage, new Date())) === 'swapped',
  );
}

/**
 * The commit `updateRef` would swap in, built on `base` without touching the ref: the batched writer of the
 * pre-push hook (sync.ts) stacks several writes per ref this way and moves every ref in one transaction.
 * Undefined when the mutation changes nothing.
 */
export async function buildRefCommit(
  repo: Repo,
  base: string | undefined,
  mutate: TreeMutation,
  message: string | ((tip: string | undefined) => string),
  options: UpdateOptions = {},
): Promise<string | undefined> {
  const store = storeFor(repo);
  const baseTree = base === undefined ? EMPTY_TREE : (await store.readCommit(base)).tree;
  const tree = new EditableTree(store, baseTree);
  const changed = await mutate(tree, base);
  const treeOid = changed ? await tree.write() : baseTree;
  const extra = changed ? (options.extraParents?.(base) ?? []) : [];
  if (!changed || (treeOid === baseTree && base !== undefined && extra.length === 0)) return undefined;
  const text = typeof message === 'function' ? message(base) : message;
  const full = text.endsWith('\n') ? text : `${text}\n`;
  const now = (options.now ?? (() => new Date()))();
  return store.writeCommit(treeOid, base === undefined ? extra : [base, ...extra], full, signatureAt(now));
}
