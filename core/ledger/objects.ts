// Object reads and writes through isomorphic-git's object API (§4.1, §17), plus an editable tree
// that loads subtrees lazily and rewrites only the directories that changed.
import { createHash } from 'crypto';
import * as nodeFs from 'fs';
import * as path from 'path';
import { deflateSync } from 'zlib';
import git from 'isomorphic-git';
import { OpenSessionError } from '../errors';

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
export const BLOB_MODE = '100644';
export const TREE_MODE = '040000';

let tmpCounter = 0;

/**
 * The fs client handed to isomorphic-git. Loose objects are written to a temp file and renamed into
 * place, so a concurrent reader (another process appending to the same ledger) never sees half an object.
 */
const atomicObjectFs = {
  promises: {
    ...nodeFs.promises,
    async writeFile(file: string, data: Uint8Array | string, options?: nodeFs.WriteFileOptions): Promise<void> {
      if (!/[\\/]objects[\\/][0-9a-f]{2}[\\/][0-9a-f]{38}$/.test(file)) {
        await nodeFs.promises.writeFile(file, data, options);
        return;
      }
      const tmp = path.join(path.dirname(file), `tmp_obj_${process.pid}_${++tmpCounter}`);
      await nodeFs.promises.writeFile(tmp, data, { mode: 0o444 });
      try {
        await nodeFs.promises.rename(tmp, file);
      } catch (err) {
        await nodeFs.promises.unlink(tmp).catch(() => undefined);
        throw err;
      }
    },
  },
};

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

/** Git's tree order: names compared byte-wise, a tree's name as if followed by `/`. */
function treeOrder(a: [string, TreeEntryRecord], b: [string, TreeEntryRecord]): number {
  const ka = Buffer.from(a[1].mode === TREE_MODE ? `${a[0]}/` : a[0], 'utf8');
  const kb = Buffer.from(b[1].mode === TREE_MODE ? `${b[0]}/` : b[0], 'utf8');
  return Buffer.compare(ka, kb);
}

/** The raw tree object body. */
export function renderTree(entries: ReadonlyMap<string, TreeEntryRecord>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, e] of [...entries].sort(treeOrder)) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
      throw new OpenSessionError(`git error: invalid tree entry name: ${name}`);
    }
    parts.push(Buffer.from(`${e.mode === TREE_MODE ? '40000' : e.mode} ${name}\0`, 'utf8'), Buffer.from(e.oid, 'hex'));
  }
  return Buffer.concat(parts);
}

/**
 * Hashes and deflates an object here (synchronous zlib and SHA-1 are several times faster than the
 * stream-based defaults for small objects) and hands the result to isomorphic-git's `writeObject`.
 */
function deflatedObject(type: 'blob' | 'tree', body: Uint8Array): { oid: string; object: Buffer } {
  const wrapped = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  return { oid: createHash('sha1').update(wrapped).digest('hex'), object: deflateSync(wrapped, { level: 1 }) };
}

/** One repository's object database (the common dir). */
export class ObjectStore {
  readonly gitdir: string;
  private readonly cache: object = {};

  constructor(commonDir: string) {
    this.gitdir = commonDir;
  }

  async writeBlob(bytes: Uint8Array): Promise<string> {
    return this.writeDeflated('blob', bytes);
  }

  private async writeDeflated(type: 'blob' | 'tree', body: Uint8Array): Promise<string> {
    const { oid, object } = deflatedObject(type, body);
    try {
      await git.writeObject({ fs: atomicObjectFs, gitdir: this.gitdir, type, object, format: 'deflated', oid });
    } catch (err) {
      throw gitError(err);
    }
    return oid;
  }

  async readBlob(oid: string): Promise<Buffer> {
    try {
      const { blob } = await git.readBlob({ fs: atomicObjectFs, gitdir: this.gitdir, oid, cache: this.cache });
      return Buffer.from(blob);
    } catch (err) {
      throw gitError(err);
    }
  }

  async readTree(oid: string): Promise<ReadonlyMap<string, TreeEntryRecord>> {
    if (oid === EMPTY_TREE) return new Map();
    const hit = treeCache.get(oid);
    if (hit !== undefined) return hit;
    let entries: ReadonlyMap<string, TreeEntryRecord>;
    try {
      const { tree } = await git.readTree({ fs: atomicObjectFs, gitdir: this.gitdir, oid, cache: this.cache });
      entries = new Map(tree.map((e) => [e.path, { mode: e.mode, oid: e.oid }]));
    } catch (err) {
      throw gitError(err);
    }
    remember(treeCache, oid, entries, TREE_CACHE_LIMIT);
    return entries;
  }

  async writeTree(entries: ReadonlyMap<string, TreeEntryRecord>): Promise<string> {
    if (entries.size === 0) return EMPTY_TREE;
    const oid = await this.writeDeflated('tree', renderTree(entries));
    remember(treeCache, oid, new Map(entries), TREE_CACHE_LIMIT);
    return oid;
  }

  async writeCommit(tree: string, parents: string[], message: string, who: Signature): Promise<string> {
    try {
      return await git.writeCommit({
        fs: atomicObjectFs,
        gitdir: this.gitdir,
        commit: { tree, parent: parents, author: who, committer: who, message },
      });
    } catch (err) {
      throw gitError(err);
    }
  }

  async readCommit(oid: string): Promise<CommitInfo> {
    const hit = commitCache.get(oid);
    if (hit !== undefined) return hit;
    try {
      const { commit } = await git.readCommit({ fs: atomicObjectFs, gitdir: this.gitdir, oid, cache: this.cache });
      const info: CommitInfo = {
        oid,
        tree: commit.tree,
        parents: commit.parent,
        committerTime: commit.committer.timestamp,
        message: commit.message,
      };
      remember(commitCache, oid, info, TREE_CACHE_LIMIT);
      return info;
    } catch (err) {
      throw gitError(err);
    }
  }

  /** `commit`, `tree`, `blob` or `tag`; undefined when the object is not in the database. */
  async objectType(oid: string): Promise<string | undefined> {
    if (commitCache.has(oid)) return 'commit';
    try {
      const r = await git.readObject({
        fs: atomicObjectFs,
        gitdir: this.gitdir,
        oid,
        format: 'content',
        cache: this.cache,
      });
      return r.type;
    } catch (err) {
      if ((err as { code?: string }).code === 'NotFoundError') return undefined;
      throw gitError(err);
    }
  }

  async hasObject(oid: string): Promise<boolean> {
    try {
      await git.readObject({ fs: atomicObjectFs, gitdir: this.gitdir, oid, format: 'deflated', cache: this.cache });
      return true;
    } catch {
      return false;
    }
  }

  async isDescendent(oid: string, ancestor: string): Promise<boolean> {
    if (oid === ancestor) return true;
    try {
      return await git.isDescendent({
        fs: atomicObjectFs,
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
      const bases = (await git.findMergeBase({
        fs: atomicObjectFs,
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
