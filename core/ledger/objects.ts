// Object reads and writes (§4.1, §17): loose objects are read and written here directly (native zlib and
// SHA-1, synchronous small-file I/O: a cold append touches a handful of objects); packed objects and history
// walks go through isomorphic-git, loaded only when needed. Plus an editable tree that loads subtrees lazily
// and rewrites only the directories that changed.
import { createHash } from 'crypto';
import * as nodeFs from 'fs';
import * as path from 'path';
import { deflateSync, inflateSync } from 'zlib';
import { OpenSessionError } from '../errors';

type IsoGit = typeof import('isomorphic-git').default;
let isoGit: IsoGit | undefined;
/** isomorphic-git, for packed objects and graph walks only (loading it costs more than a whole loose write). */
async function iso(): Promise<IsoGit> {
  isoGit ??= (await import('isomorphic-git')).default;
  return isoGit;
}

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
export const BLOB_MODE = '100644';
export const TREE_MODE = '040000';

let tmpCounter = 0;

/** The fs client handed to isomorphic-git (reads only: every object write goes through `writeLoose`). */
const objectFs = { promises: nodeFs.promises };

export function gitError(err: unknown): OpenSessionError {
  if (err instanceof OpenSessionError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new OpenSessionError(`git error: ${message}`);
}

export interface TreeEntryRecord {
  mode: string;
  oid: string;
}

export interface Signature {
  name: string;
  email: string;
  timestamp: number;
  timezoneOffset: number;
}

export interface CommitInfo {
  oid: string;
  tree: string;
  parents: string[];
  committerTime: number;
  message: string;
}

// Trees and commits are immutable, so entries read once can be reused by every later write in this process.
const TREE_CACHE_LIMIT = 4096;
const treeCache = new Map<string, ReadonlyMap<string, TreeEntryRecord>>();
const commitCache = new Map<string, CommitInfo>();

/** Drops the in-process tree and commit caches (tests; callers that rewrite history by other means). */
export function resetObjectCaches(): void {
  treeCache.clear();
  commitCache.clear();
}

function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  if (map.size >= limit) {
    const first = map.keys().next();
    if (first.done !== true) map.delete(first.value);
  }
  map.set(key, value);
}

/** The raw tree object body. */
export function renderTree(entries: ReadonlyMap<string, TreeEntryRecord>): Buffer {
  // Git's tree order: names compared byte-wise, a tree's name as if followed by `/`. Sort keys are built
  // once per entry (a 1,000-entry index directory is rewritten on every append).
  const keyed: Array<{ key: Buffer; name: string; e: TreeEntryRecord }> = [];
  let size = 0;
  for (const [name, e] of entries) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
      throw new OpenSessionError(`git error: invalid tree entry name: ${name}`);
    }
    const key = Buffer.from(e.mode === TREE_MODE ? `${name}/` : name, 'utf8');
    keyed.push({ key, name, e });
    size += (e.mode === TREE_MODE ? 5 : e.mode.length) + key.length + 22;
  }
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const { key, e } of keyed) {
    at += out.write(e.mode === TREE_MODE ? '40000 ' : `${e.mode} `, at, 'latin1');
    at += key.copy(out, at, 0, e.mode === TREE_MODE ? key.length - 1 : key.length);
    out[at++] = 0;
    at += out.write(e.oid, at, 'hex');
  }
  return out.subarray(0, at);
}

type ObjectType = 'blob' | 'tree' | 'commit';

/** The loose-object bytes of an object: header + body, SHA-1 named, zlib-deflated. */
function looseObject(type: ObjectType, body: Uint8Array): { oid: string; object: Buffer } {
  const wrapped = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  return { oid: createHash('sha1').update(wrapped).digest('hex'), object: deflateSync(wrapped, { level: 1 }) };
}

/** `<n> <email> <ts> <+hhmm>` as git writes it (`timezoneOffset` is minutes west of UTC, like Date's). */
function formatPerson(who: Signature): string {
  const east = -who.timezoneOffset;
  const abs = Math.abs(east);
  const tz = `${east < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return `${who.name} <${who.email}> ${who.timestamp} ${tz}`;
}

/** The raw commit object body. */
export function renderCommit(tree: string, parents: readonly string[], message: string, who: Signature): Buffer {
  let head = `tree ${tree}\n`;
  for (const p of parents) head += `parent ${p}\n`;
  const person = formatPerson(who);
  // Git's message normalisation (as isomorphic-git and `git commit-tree` store it): no CR, no leading blank
  // lines, exactly one trailing newline.
  const body = `${message.replace(/\r/g, '').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
  return Buffer.from(`${head}author ${person}\ncommitter ${person}\n\n${body}`, 'utf8');
}

function parseTree(body: Buffer): Map<string, TreeEntryRecord> {
  const entries = new Map<string, TreeEntryRecord>();
  let i = 0;
  while (i < body.length) {
    const sp = body.indexOf(0x20, i);
    const nul = body.indexOf(0, sp);
    if (sp < 0 || nul < 0 || nul + 21 > body.length) throw new OpenSessionError('git error: corrupt tree object');
    const rawMode = body.toString('latin1', i, sp);
    const mode = rawMode === '40000' ? TREE_MODE : rawMode.padStart(6, '0');
    entries.set(body.toString('utf8', sp + 1, nul), { mode, oid: body.toString('hex', nul + 1, nul + 21) });
    i = nul + 21;
  }
  return entries;
}

function parseCommit(oid: string, body: Buffer): CommitInfo {
  const text = body.toString('utf8');
  const end = text.indexOf('\n\n');
  const headers = (end < 0 ? text : text.slice(0, end)).split('\n');
  let tree = '';
  const parents: string[] = [];
  let committerTime = 0;
  for (const h of headers) {
    if (h.startsWith('tree ')) tree = h.slice(5);
    else if (h.startsWith('parent ')) parents.push(h.slice(7));
    else if (h.startsWith('committer ')) committerTime = Number(/ (-?\d+) [+-]\d{4}$/.exec(h)?.[1] ?? 0);
  }
  if (!/^[0-9a-f]{40}$/.test(tree)) throw new OpenSessionError(`git error: corrupt commit object ${oid}`);
  return { oid, tree, parents, committerTime, message: end < 0 ? '' : text.slice(end + 2) };
}

/** One repository's object database (the common dir). */
export class ObjectStore {
  readonly gitdir: string;
  private readonly cache: object = {};
  private readonly madeDirs = new Set<string>();

  constructor(commonDir: string) {
    this.gitdir = commonDir;
  }

  private loosePath(oid: string): string {
    return path.join(this.gitdir, 'objects', oid.slice(0, 2), oid.slice(2));
  }

  /** Writes a loose object unless it exists: temp file + rename, so concurrent readers never see half of it. */
  private writeLoose(type: ObjectType, body: Uint8Array): string {
    const { oid, object } = looseObject(type, body);
    const file = this.loosePath(oid);
    if (nodeFs.existsSync(file)) return oid;
    const dir = path.dirname(file);
    const tmp = path.join(dir, `tmp_obj_${process.pid}_${++tmpCounter}`);
    try {
      if (!this.madeDirs.has(dir)) {
        nodeFs.mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      try {
        nodeFs.writeFileSync(tmp, object, { mode: 0o444 });
      } catch (err) {
        // `git gc` removes fan-out directories it emptied: make the directory again and retry once
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        nodeFs.mkdirSync(dir, { recursive: true });
        nodeFs.writeFileSync(tmp, object, { mode: 0o444 });
      }
      try {
        nodeFs.renameSync(tmp, file);
      } catch (err) {
        nodeFs.rmSync(tmp, { force: true });
        throw err;
      }
    } catch (err) {
      throw gitError(err);
    }
    return oid;
  }

  /** An object's type and body: loose objects here, packed ones through isomorphic-git. */
  private async readObject(oid: string): Promise<{ type: string; body: Buffer }> {
    let raw: Buffer | undefined;
    try {
      raw = inflateSync(nodeFs.readFileSync(this.loosePath(oid)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw gitError(err);
    }
    if (raw !== undefined) {
      const nul = raw.indexOf(0);
      const sp = raw.indexOf(0x20);
      if (nul < 0 || sp < 0 || sp > nul) throw new OpenSessionError(`git error: corrupt object ${oid}`);
      return { type: raw.toString('latin1', 0, sp), body: raw.subarray(nul + 1) };
    }
    try {
      const git = await iso();
      const r = await git.readObject({ fs: objectFs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache });
      return { type: r.type, body: Buffer.from(r.object as Uint8Array) };
    } catch (err) {
      throw gitError(err);
    }
  }

  private async readTyped(oid: string, type: ObjectType): Promise<Buffer> {
    const obj = await this.readObject(oid);
    if (obj.type !== type) throw new OpenSessionError(`git error: object ${oid} is a ${obj.type}, not a ${type}`);
    return obj.body;
  }

  async writeBlob(bytes: Uint8Array): Promise<string> {
    return this.writeLoose('blob', bytes);
  }

  async readBlob(oid: string): Promise<Buffer> {
    return this.readTyped(oid, 'blob');
  }

  async readTree(oid: string): Promise<ReadonlyMap<string, TreeEntryRecord>> {
    if (oid === EMPTY_TREE) return new Map();
    const hit = treeCache.get(oid);
    if (hit !== undefined) return hit;
    const entries = parseTree(await this.readTyped(oid, 'tree'));
    remember(treeCache, oid, entries, TREE_CACHE_LIMIT);
    return entries;
  }

  async writeTree(entries: ReadonlyMap<string, TreeEntryRecord>): Promise<string> {
    if (entries.size === 0) return EMPTY_TREE;
    const oid = this.writeLoose('tree', renderTree(entries));
    remember(treeCache, oid, new Map(entries), TREE_CACHE_LIMIT);
    return oid;
  }

  async writeCommit(tree: string, parents: string[], message: string, who: Signature): Promise<string> {
    return this.writeLoose('commit', renderCommit(tree, parents, message, who));
  }

  async readCommit(oid: string): Promise<CommitInfo> {
    const hit = commitCache.get(oid);
    if (hit !== undefined) return hit;
    const info = parseCommit(oid, await this.readTyped(oid, 'commit'));
    remember(commitCache, oid, info, TREE_CACHE_LIMIT);
    return info;
  }

  /** `commit`, `tree`, `blob` or `tag`; undefined when the object is not in the database. */
  async objectType(oid: string): Promise<string | undefined> {
    if (commitCache.has(oid)) return 'commit';
    if (nodeFs.existsSync(this.loosePath(oid))) return (await this.readObject(oid)).type;
    try {
      const git = await iso();
      const r = await git.readObject({ fs: objectFs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache });
      return r.type;
    } catch (err) {
      if ((err as { code?: string }).code === 'NotFoundError') return undefined;
      throw gitError(err);
    }
  }

  async hasObject(oid: string): Promise<boolean> {
    if (nodeFs.existsSync(this.loosePath(oid))) return true;
    try {
      const git = await iso();
      await git.readObject({ fs: objectFs, gitdir: this.gitdir, oid, format: 'deflated', cache: this.cache });
      return true;
    } catch {
      return false;
    }
  }

  async isDescendent(oid: string, ancestor: string): Promise<boolean> {
    if (oid === ancestor) return true;
    try {
      const git = await iso();
      return await git.isDescendent({
        fs: objectFs,
        gitdir: this.gitdir,
        oid,
        ancestor,
        depth: -1,
        cache: this.cache,
      });
    } catch (err) {
      throw gitError(err);
    }
  }

  async findMergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      const git = await iso();
      const bases = (await git.findMergeBase({
        fs: objectFs,
        gitdir: this.gitdir,
        oids: [a, b],
        cache: this.cache,
      })) as string[];
      return bases.length > 0 ? bases[0] : undefined;
    } catch (err) {
      throw gitError(err);
    }
  }
}

interface NodeEntry extends TreeEntryRecord {
  child?: TreeNode;
}

class TreeNode {
  dirty = false;
  constructor(
    public oid: string | undefined,
    public readonly entries: Map<string, NodeEntry>,
  ) {}
}

/** Splits a `/`-separated tree path into segments; rejects empty, `.` and `..` segments. */
export function splitPath(p: string): string[] {
  const parts = p.split('/');
  for (const part of parts) {
    if (part === '' || part === '.' || part === '..') throw new OpenSessionError(`git error: invalid tree path: ${p}`);
  }
  return parts;
}

/**
 * An editable view of a tree. Subtrees are read on first access; `write()` writes only the
 * directories on changed paths and reuses every other subtree by oid.
 */
export class EditableTree {
  private rootNode: TreeNode | undefined;

  constructor(
    readonly store: ObjectStore,
    readonly baseOid: string,
  ) {}

  private async root(): Promise<TreeNode> {
    if (this.rootNode === undefined) this.rootNode = await this.load(this.baseOid);
    return this.rootNode;
  }

  private async load(oid: string): Promise<TreeNode> {
    const entries = await this.store.readTree(oid);
    // Copy the records: the cached map is shared and node entries are mutated on write.
    const own = new Map<string, NodeEntry>();
    for (const [name, e] of entries) own.set(name, { mode: e.mode, oid: e.oid });
    return new TreeNode(oid, own);
  }

  private async childNode(node: TreeNode, name: string): Promise<TreeNode | undefined> {
    const entry = node.entries.get(name);
    if (entry === undefined || entry.mode !== TREE_MODE) return undefined;
    if (entry.child === undefined) entry.child = await this.load(entry.oid);
    return entry.child;
  }

  /** The directory node at `segments`, optionally creating missing directories (which marks the path dirty). */
  private async dir(segments: readonly string[], create: boolean): Promise<TreeNode[] | undefined> {
    const chain = [await this.root()];
    for (const name of segments) {
      const parent = chain[chain.length - 1];
      let child = await this.childNode(parent, name);
      if (child === undefined) {
        if (!create) return undefined;
        child = new TreeNode(undefined, new Map());
        child.dirty = true;
        parent.entries.set(name, { mode: TREE_MODE, oid: '', child });
      }
      chain.push(child);
    }
    return chain;
  }

  /** The entry at `p` (blob or tree), if any. */
  async get(p: string): Promise<TreeEntryRecord | undefined> {
    const segs = splitPath(p);
    const chain = await this.dir(segs.slice(0, -1), false);
    if (chain === undefined) return undefined;
    const e = chain[chain.length - 1].entries.get(segs[segs.length - 1]);
    return e === undefined ? undefined : { mode: e.mode, oid: e.oid };
  }

  async readBlob(p: string): Promise<Buffer | undefined> {
    const e = await this.get(p);
    if (e === undefined || e.mode === TREE_MODE) return undefined;
    return this.store.readBlob(e.oid);
  }

  /** Entries of the directory `p` (`''` = root), in no particular order; empty when missing. */
  async list(p: string): Promise<Array<[string, TreeEntryRecord]>> {
    const chain = await this.dir(p === '' ? [] : splitPath(p), false);
    if (chain === undefined) return [];
    return [...chain[chain.length - 1].entries]
      .filter(([, e]) => !(e.child !== undefined && e.child.entries.size === 0 && e.child.dirty))
      .map(([name, e]) => [name, { mode: e.mode, oid: e.oid }]);
  }

  /** Upserts a blob entry; returns false when the same blob was already there. */
  async setBlob(p: string, oid: string, mode: string = BLOB_MODE): Promise<boolean> {
    const segs = splitPath(p);
    const chain = await this.dir(segs.slice(0, -1), true);
    const node = chain![chain!.length - 1];
    const name = segs[segs.length - 1];
    const cur = node.entries.get(name);
    if (cur !== undefined && cur.mode === mode && cur.oid === oid) return false;
    node.entries.set(name, { mode, oid });
    for (const n of chain!) n.dirty = true;
    return true;
  }

  /** Removes the entry at `p` (blob or whole subtree); returns false when nothing was there. */
  async remove(p: string): Promise<boolean> {
    const segs = splitPath(p);
    const chain = await this.dir(segs.slice(0, -1), false);
    if (chain === undefined) return false;
    const node = chain[chain.length - 1];
    if (!node.entries.delete(segs[segs.length - 1])) return false;
    for (const n of chain) n.dirty = true;
    return true;
  }

  /** Writes the changed directories bottom-up and returns the root tree oid (empty directories vanish). */
  async write(): Promise<string> {
    const root = await this.root();
    return (await this.writeNode(root)) ?? EMPTY_TREE;
  }

  private async writeNode(node: TreeNode): Promise<string | undefined> {
    if (!node.dirty && node.oid !== undefined) return node.entries.size === 0 ? undefined : node.oid;
    // Changed sibling subtrees are written concurrently (independent files; overlaps fs latency).
    const written = new Map<string, string | undefined>();
    await Promise.all(
      [...node.entries]
        .filter(([, e]) => e.child !== undefined)
        .map(async ([name, e]) => written.set(name, await this.writeNode(e.child!))),
    );
    const out = new Map<string, TreeEntryRecord>();
    for (const [name, e] of node.entries) {
      if (e.child !== undefined) {
        const oid = written.get(name);
        if (oid === undefined) continue;
        e.oid = oid;
        out.set(name, { mode: TREE_MODE, oid });
      } else {
        out.set(name, { mode: e.mode, oid: e.oid });
      }
    }
    if (out.size === 0) {
      node.oid = undefined;
      return undefined;
    }
    const oid = await this.store.writeTree(out);
    node.oid = oid;
    node.dirty = false;
    return oid;
  }
}
