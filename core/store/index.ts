// The local content-addressed object store (hail-and-store.md section 8).
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  promises as fs,
  mkdirSync,
  openSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { GuidedError, OpenSessionError } from '../errors';

export interface StoreSettings {
  /** Process working directory; store paths are relative to it, never to an input file. */
  cwd: string;
  /** `HOME`, else `USERPROFILE`, as read by the caller; undefined when neither is set. */
  home: string | undefined;
}

export interface StoredObject {
  uri: string;
  sha256: string;
  path: string;
  bytes: number;
  /** false when identical bytes were already stored (nothing written). */
  created: boolean;
}

const HEX64 = /^[0-9a-fA-F]{64}$/;

/** Section 8: no HOME/USERPROFILE where the global store is needed. */
function noHomeError(): GuidedError {
  return new GuidedError('could not determine home directory', [
    'set HOME to your home directory, or run the command inside a git repository',
  ]);
}

/** Home from an environment map: HOME, else USERPROFILE (empty counts as unset). */
export function homeFromEnv(env: Record<string, string | undefined>): string | undefined {
  return env.HOME || env.USERPROFILE || undefined;
}

/** The first directory at or above `cwd` (its parent if it names a file) holding an entry `.git`. */
export function findRepoRoot(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  try {
    if (!statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    // a missing cwd is walked up like a directory
  }
  for (;;) {
    try {
      statSync(path.join(dir, '.git'));
      return dir;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
}

export interface StoreRoots {
  repoRoot?: string;
  /** `<repo>/.opensession/<kind>` inside a repo. */
  repoStore?: string;
  /** `<home>/.local/share/opensession/<kind>`, when a home is known. */
  globalStore?: string;
}

function rootsFor(kind: 'objects' | 'artifacts', settings: StoreSettings): StoreRoots {
  const repoRoot = findRepoRoot(settings.cwd);
  return {
    repoRoot,
    repoStore: repoRoot ? path.join(repoRoot, '.opensession', kind) : undefined,
    globalStore: settings.home ? path.join(settings.home, '.local', 'share', 'opensession', kind) : undefined,
  };
}

/** Roots to read from, in order: repo store (inside a repo), then the global store. */
export function candidateRoots(kind: 'objects' | 'artifacts', settings: StoreSettings): string[] {
  const roots = rootsFor(kind, settings);
  const out: string[] = [];
  if (roots.repoStore) out.push(roots.repoStore);
  if (roots.globalStore) out.push(roots.globalStore);
  else if (!roots.repoStore) throw noHomeError();
  return out;
}

export function objectPath(root: string, sha256: string, ext = '.jsonl'): string {
  return path.join(root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}${ext}`);
}

/** The write root of `kind`: the repo store inside a repo, else the global store (section 8, 11.1). */
export function defaultRoot(kind: 'objects' | 'artifacts', settings: StoreSettings): { root: string; inRepo: boolean } {
  const { repoStore, globalStore } = rootsFor(kind, settings);
  const root = repoStore ?? globalStore;
  if (!root) throw noHomeError();
  return { root, inRepo: root === repoStore };
}

/** Writes `<dir>/.gitignore` = `*\n` (for a store inside a repo) when none exists yet. */
export async function ensureRepoGitignore(storeDir: string): Promise<void> {
  await fs.mkdir(storeDir, { recursive: true });
  try {
    await fs.writeFile(path.join(storeDir, '.gitignore'), '*\n', { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/**
 * Creates `target` with `bytes` atomically and only if it does not exist: write a temp file in the
 * same directory, then hard-link it into place (link fails with EEXIST rather than replacing).
 * Returns false when the target already existed.
 */
export async function createFileAtomically(target: string, bytes: string | Uint8Array): Promise<boolean> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
  try {
    return await linkIntoPlace(tmp, target);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/**
 * Hard-links the finished temp file `tmp` to `target` (same filesystem); false when `target` already
 * existed. The caller removes `tmp`.
 */
async function linkIntoPlace(tmp: string, target: string): Promise<boolean> {
  try {
    await fs.link(tmp, target);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Filesystems without hard links: fall back to rename when the target is still absent.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
      try {
        await fs.access(target);
        return false;
      } catch {
        await fs.rename(tmp, target);
        return true;
      }
    }
    throw err;
  }
}

/**
 * Stores canonical bytes under their sha256 (never overwrites) in the write root: the repo store inside
 * a repo, else the global store.
 */
export function storeLocalObject(bytes: Uint8Array, settings: StoreSettings): Promise<StoredObject> {
  return storeLocalObjectStream((consume) => consume(bytes), settings);
}

/** Bytes made as a stream: `produce` hands every chunk, in order, to `consume` and returns when done. */
export type ByteProducer = (consume: (chunk: Uint8Array) => void) => void;

function writeAll(fd: number, chunk: Uint8Array): void {
  for (let off = 0; off < chunk.length;) off += writeSync(fd, chunk, off, chunk.length - off);
}

/**
 * storeLocalObject for bytes made as a stream (`register`): each chunk is hashed and appended to a
 * temp file in the write root as it comes, so the object is never whole in memory; the file is then
 * linked into place under its sha256. Errors come in the order they would if the bytes were made
 * first: an error thrown by `produce` (bad input) wins over any store error, including a missing
 * home. When anything fails, the temp file and the directories this call created are removed.
 */
export async function storeLocalObjectStream(produce: ByteProducer, settings: StoreSettings): Promise<StoredObject> {
  const { repoStore, globalStore } = rootsFor('objects', settings);
  const root = repoStore ?? globalStore;
  const hash = createHash('sha256');
  let bytes = 0;
  let made: string | undefined; // the topmost directory this call created
  let tmp: string | undefined;
  let fd: number | undefined;
  let storeError: unknown;
  let ok = false;
  if (root) {
    try {
      made = mkdirSync(root, { recursive: true });
      const name = path.join(root, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
      fd = openSync(name, 'wx', 0o644);
      tmp = name;
    } catch (err) {
      storeError = err;
    }
  }
  const consume = (chunk: Uint8Array): void => {
    hash.update(chunk);
    bytes += chunk.length;
    if (fd === undefined || storeError !== undefined) return;
    try {
      writeAll(fd, chunk);
    } catch (err) {
      storeError = err; // reported once `produce` is done: an input error comes first
    }
  };
  try {
    produce(consume);
    if (!root) throw noHomeError();
    if (storeError !== undefined) throw storeError;
    closeSync(fd as number);
    fd = undefined;
    if (root === repoStore) await ensureRepoGitignore(root);
    const sha256 = hash.digest('hex');
    const target = objectPath(root, sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const created = await linkIntoPlace(tmp as string, target);
    ok = true;
    return { uri: `os://src/local/${sha256}`, sha256, path: target, bytes, created };
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (tmp !== undefined) rmSync(tmp, { force: true });
    if (!ok && made !== undefined && root) removeEmptyDirs(root, made);
  }
}

/** Removes `dir` and its parents up to and including `top` while they are empty. */
function removeEmptyDirs(dir: string, top: string): void {
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return; // not empty (someone else wrote there) or already gone
    }
    if (d === top || path.dirname(d) === d) return;
  }
}

export interface LoadedObject {
  sha256: string;
  path: string;
  bytes: Buffer;
}

/** The files that may hold object `hash`, in lookup order (repo store, then the user-wide one). */
function objectCandidates(hash: string, settings: StoreSettings): { sha256: string; files: string[] } {
  if (!HEX64.test(hash)) throw new OpenSessionError(`invalid hash: ${hash}`);
  const sha256 = hash.toLowerCase();
  return { sha256, files: candidateRoots('objects', settings).map((root) => objectPath(root, sha256)) };
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Reads a stored object from the first candidate root that has it. */
export async function readLocalObject(hash: string, settings: StoreSettings): Promise<LoadedObject> {
  const { sha256, files } = objectCandidates(hash, settings);
  for (const file of files) {
    try {
      return { sha256, path: file, bytes: await fs.readFile(file) };
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }
  throw new OpenSessionError(`object not found: ${sha256}`);
}

/**
 * `readLocalObject` with synchronous reads, for a one-shot command that reads one object and has nothing to
 * overlap with it (`share`): no thread-pool start-up and round trips.
 */
export function readLocalObjectSync(hash: string, settings: StoreSettings): LoadedObject {
  const { sha256, files } = objectCandidates(hash, settings);
  for (const file of files) {
    try {
      return { sha256, path: file, bytes: readFileSync(file) };
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }
  throw new OpenSessionError(`object not found: ${sha256}`);
}
