// One `git cat-file --batch` for every object a review reads (ci-automation.md §7.2): revisions, ledger trees,
// index, meta and hail blobs, and the merge-base commit. Requests are pipelined through one long-lived process,
// so a review pays for one spawn instead of one per step, and blobs are asked for by object id (a `<ref>:<path>`
// spec makes git decode every tree on the path again for each object).
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { GitRunner } from './git';

export interface GitObject {
  oid: string;
  type: string;
  data: Buffer;
}

export interface ObjectReader {
  /** Objects by spec (anything `cat-file` accepts: `<oid>`, `<rev>^{commit}`, `<ref>:<path>`); missing ones absent. */
  read(specs: readonly string[]): Promise<Map<string, GitObject>>;
  /** Ends the process (idempotent); later reads start a new one. */
  close(): void;
}

export interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
}

/** A spec `cat-file --batch` can take on one line. */
function sendable(spec: string): boolean {
  return spec !== '' && !spec.includes('\n');
}

/**
 * Parses `cat-file --batch` answers to `specs[next..]` (request order) from `buf` at `pos` into `out`. Returns the
 * position after the last complete answer and the index of the first spec still unanswered.
 */
function parseAnswers(
  buf: Buffer,
  pos: number,
  specs: readonly string[],
  next: number,
  out: Map<string, GitObject>,
): { pos: number; next: number } {
  while (next < specs.length) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = buf.toString('latin1', pos, nl);
    const parts = header.split(' ');
    if (parts.length !== 3 || !/^[0-9]+$/.test(parts[2])) {
      // `<spec> missing` / `<spec> ambiguous`: no body follows
      pos = nl + 1;
      next++;
      continue;
    }
    const size = Number(parts[2]);
    if (buf.length < nl + 1 + size + 1) break;
    out.set(specs[next], { oid: parts[0], type: parts[1], data: buf.subarray(nl + 1, nl + 1 + size) });
    pos = nl + 1 + size + 1;
    next++;
  }
  return { pos, next };
}

/** Bytes of the answer at the start of `buf` (header, body, newline) once its header is complete. */
function answerLength(buf: Buffer): number | undefined {
  const nl = buf.indexOf(0x0a);
  if (nl < 0) return undefined;
  const parts = buf.toString('latin1', 0, nl).split(' ');
  return parts.length === 3 && /^[0-9]+$/.test(parts[2]) ? nl + 1 + Number(parts[2]) + 1 : nl + 1;
}

interface Pending {
  specs: string[];
  out: Map<string, GitObject>;
  resolve: (m: Map<string, GitObject>) => void;
  reject: (e: Error) => void;
}

interface BatchProcess {
  request(specs: string[]): Promise<Map<string, GitObject>>;
  end(): void;
}

/** One `cat-file --batch` process with its own queue of requests, fed request by request. */
function startBatch(spawn: (args: readonly string[]) => ChildProcessWithoutNullStreams): BatchProcess {
  const queue: Pending[] = [];
  let head = 0; // answers of queue[0] already parsed
  let chunks: Buffer[] = [];
  let buffered = 0;
  let need = 1; // bytes wanted before parsing again

  const finishAll = (err?: Error): void => {
    for (const p of queue.splice(0)) {
      if (err === undefined) p.resolve(p.out);
      else p.reject(err);
    }
    head = 0;
    chunks = [];
    buffered = 0;
    need = 1;
  };

  /** Removes the first `n` buffered bytes as one buffer, copying only when they span several reads. */
  const take = (n: number): Buffer => {
    buffered -= n;
    const first = chunks[0];
    if (first.length >= n) {
      if (first.length === n) chunks.shift();
      else chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const parts: Buffer[] = [];
    for (let left = n; left > 0;) {
      const c = chunks[0];
      if (c.length <= left) {
        parts.push(c);
        chunks.shift();
        left -= c.length;
      } else {
        parts.push(c.subarray(0, left));
        chunks[0] = c.subarray(left);
        left = 0;
      }
    }
    return Buffer.concat(parts, n);
  };

  const drain = (): void => {
    while (queue.length > 0 && buffered > 0 && buffered >= need) {
      // `need` > 1: the next answer is known to be complete now; join just its bytes, then parse the rest in place.
      const buf = take(need > 1 ? need : buffered);
      let pos = 0;
      while (queue.length > 0) {
        const p = queue[0];
        const r = parseAnswers(buf, pos, p.specs, head, p.out);
        pos = r.pos;
        head = r.next;
        if (head < p.specs.length) break;
        queue.shift();
        head = 0;
        p.resolve(p.out);
      }
      need = 1;
      if (pos < buf.length) {
        // A partial answer: wait until all of it is here instead of re-parsing on every read.
        const rest = buf.subarray(pos);
        chunks.unshift(rest);
        buffered += rest.length;
        need = answerLength(rest) ?? buffered + 1;
      }
    }
  };

  const c = spawn(['cat-file', '--batch']);
  c.stdout.on('data', (b: Buffer) => {
    chunks.push(b);
    buffered += b.length;
    drain();
  });
  c.stderr.resume();
  c.stdin.on('error', () => undefined);
  // Once git is gone, later requests get what a new `cat-file` call there would: nothing (or the spawn error).
  let ended: { error?: Error } | undefined;
  c.on('error', (e) => {
    ended = { error: e };
    finishAll(e);
  });
  c.on('close', () => {
    ended ??= {};
    drain();
    finishAll(); // git ended early (not a repository, killed): what was not answered is missing
  });
  return {
    request(specs) {
      if (ended !== undefined) {
        return ended.error !== undefined ? Promise.reject(ended.error) : Promise.resolve(new Map());
      }
      return new Promise((resolve, reject) => {
        queue.push({ specs, out: new Map(), resolve, reject });
        c.stdin.write(specs.join('\n') + '\n');
      });
    },
    end() {
      c.stdin.end();
    },
  };
}

/** A reader over a `cat-file --batch` process started on first use. */
function streamingReader(spawn: (args: readonly string[]) => ChildProcessWithoutNullStreams): ObjectReader {
  let proc: BatchProcess | undefined;
  return {
    read(specs) {
      const unique = [...new Set(specs)].filter(sendable);
      if (unique.length === 0) return Promise.resolve(new Map());
      proc ??= startBatch(spawn);
      return proc.request(unique);
    },
    close() {
      proc?.end();
      proc = undefined;
    },
  };
}

/** A reader for runners without a streaming spawn: one `cat-file --batch` call per read. */
function callingReader(git: GitRunner): ObjectReader {
  return {
    async read(specs) {
      const unique = [...new Set(specs)].filter(sendable);
      const out = new Map<string, GitObject>();
      if (unique.length === 0) return out;
      const r = await git.runRaw(['cat-file', '--batch'], { input: unique.join('\n') + '\n' });
      parseAnswers(r.stdout, 0, unique, 0, out);
      return out;
    },
    close() {},
  };
}

/** Opens a reader for `git`'s repository; close it when done. */
export function openObjectReader(git: GitRunner): ObjectReader {
  const spawn = git.spawnStream;
  return spawn !== undefined ? streamingReader((args) => spawn.call(git, args)) : callingReader(git);
}

/** Runs `work` with the caller's reader, or with one opened for it and closed afterwards. */
export async function withObjectReader<T>(
  git: GitRunner,
  reader: ObjectReader | undefined,
  work: (reader: ObjectReader) => Promise<T>,
): Promise<T> {
  if (reader !== undefined) return work(reader);
  const own = openObjectReader(git);
  try {
    return await work(own);
  } finally {
    own.close();
  }
}

/** Entries of a tree object (`<mode> <name>\0<raw oid>`...), in tree order; `oidHex` is the id length in hex. */
export function parseTree(data: Buffer, oidHex: number): TreeEntry[] {
  const raw = oidHex / 2;
  const out: TreeEntry[] = [];
  let pos = 0;
  while (pos < data.length) {
    const sp = data.indexOf(0x20, pos);
    const nul = sp < 0 ? -1 : data.indexOf(0, sp + 1);
    if (sp < 0 || nul < 0 || nul + 1 + raw > data.length) break;
    out.push({
      mode: data.toString('latin1', pos, sp),
      name: data.toString('utf8', sp + 1, nul),
      oid: data.toString('hex', nul + 1, nul + 1 + raw),
    });
    pos = nul + 1 + raw;
  }
  return out;
}

/** The entries of tree objects read through `reader` (non-trees are absent). */
export function treeEntries(obj: GitObject | undefined): TreeEntry[] | undefined {
  return obj === undefined || obj.type !== 'tree' ? undefined : parseTree(obj.data, obj.oid.length);
}

/** Whether a tree entry names a blob (a file or a symlink; not a tree or a submodule commit). */
export function isBlobMode(mode: string): boolean {
  return mode !== '40000' && mode !== '040000' && mode !== '160000';
}

/** `<ref>:v1/<dir>/<file>` as the tree to read (`<ref>:v1/<dir>`) and the entry name; undefined for other shapes. */
function splitLedgerPath(path: string): { dir: string; name: string } | undefined {
  const parts = path.split('/');
  if (parts.length !== 3 || parts.some((p) => p === '' || p.includes('\n'))) return undefined;
  return { dir: `${parts[0]}/${parts[1]}`, name: parts[2] };
}

const dirCache = new WeakMap<ObjectReader, Map<string, Map<string, TreeEntry>>>();

/**
 * Blobs at `<ref>:<path>` (keys as given, `<ref>:<path>`; missing or non-blob ones absent), the same objects
 * `cat-file` would give for those specs. `v1/<dir>/<file>` paths are looked up in their directory tree, read
 * once per ledger and directory, and the blobs fetched by id; other paths go to git as they are.
 */
export async function readLedgerBlobs(
  reader: ObjectReader,
  items: ReadonlyArray<{ ref: string; path: string }>,
): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  const dirSpecs = new Set<string>();
  const direct: string[] = [];
  const split: Array<{ key: string; dirSpec: string; name: string }> = [];
  for (const { ref, path } of items) {
    const key = `${ref}:${path}`;
    if (!sendable(key)) continue;
    const s = splitLedgerPath(path);
    if (s === undefined) {
      direct.push(key);
      continue;
    }
    const dirSpec = `${ref}:${s.dir}`;
    dirSpecs.add(dirSpec);
    split.push({ key, dirSpec, name: s.name });
  }
  // Directory trees are kept per reader: the meta and hail files of a ledger share one (`v1/<shard>`).
  let byDir = dirCache.get(reader);
  if (byDir === undefined) dirCache.set(reader, (byDir = new Map()));
  const cache = byDir;
  const toRead = [...dirSpecs].filter((d) => !cache.has(d));
  const trees = await reader.read(toRead);
  for (const spec of toRead) {
    const names = new Map<string, TreeEntry>();
    for (const e of treeEntries(trees.get(spec)) ?? []) if (!names.has(e.name)) names.set(e.name, e);
    cache.set(spec, names);
  }
  const oidOf = new Map<string, string>();
  for (const s of split) {
    const e = cache.get(s.dirSpec)?.get(s.name);
    // A submodule entry names a commit git does not have here: as with `<ref>:<path>`, it is missing.
    if (e !== undefined && e.mode !== '40000' && e.mode !== '040000') oidOf.set(s.key, e.oid);
  }
  const objects = await reader.read([...oidOf.values(), ...direct]);
  for (const [key, oid] of oidOf) {
    const o = objects.get(oid);
    if (o !== undefined && o.type === 'blob') result.set(key, o.data);
  }
  for (const key of direct) {
    const o = objects.get(key);
    if (o !== undefined && o.type === 'blob') result.set(key, o.data);
  }
  return result;
}

/** The committer time (seconds) in a commit object, or undefined when the line does not parse. */
export function commitCommitterTime(data: Buffer): number | undefined {
  const text = data.toString('utf8');
  const end = text.indexOf('\n\n');
  for (const line of (end < 0 ? text : text.slice(0, end)).split('\n')) {
    if (!line.startsWith('committer ')) continue;
    const m = /> ([0-9]+) [+-][0-9]{4}$/.exec(line);
    if (m === null) return undefined;
    const t = Number(m[1]);
    return Number.isSafeInteger(t) ? t : undefined;
  }
  return undefined;
}
