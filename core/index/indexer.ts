// Fills and refreshes the session index from ledger refs of known repos and from the object stores
// (daemon-and-server.md §3.5). Only changed sources are re-read: ref tips and file (size, mtime) are compared
// with what was indexed.
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHail } from '../hail/reader';
import type { Session } from '../hail/types';
import { createGitRunner, type GitRunner } from '../review/git';
import { readBlobs } from '../review/ledger-read';
import { compareBytewise } from '../text';
import type { IndexBatch, IndexStorage, ScannedRef, SourceRow } from './storage';
import { buildSummary, sortKeyOfIso, type MetaGit, type SourceInfo, type SessionRow, type LinkRow } from './summary';

export interface IndexerSettings {
  /** Home directory (registry and global object store live under it). */
  home: string;
  /** `--repo` paths and the repo of the current directory. */
  extraRepos: string[];
  /** Environment for git child processes. */
  env: Record<string, string | undefined>;
  /** WARN lines (one per failing file version). */
  warn: (message: string) => void;
}

interface Found {
  row: SourceRow;
  /** Set when the source was (re)read during this refresh. */
  session?: Session;
  git?: MetaGit;
}

const HAIL_PATH = /^v1\/[^/]+\/[^/]+\.hail\.jsonl$/;
const SHARE_PATH = /^sessions\/[^/]+\.jsonl$/;
const INDEX_ENTRY = /^v1\/index\/commits\/[^/]+\/[^/]+\.json$/;
const REMOTE_LEDGER = /^refs\/remotes\/[^/]+\/opensession\/branches\//;

export function ledgerLocation(repo: string, ref: string, treePath: string): string {
  return `ledger:${repo}\n${ref}\n${treePath}`;
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Registry (§2.13) ∪ extra repos; entries without `.git` are skipped. */
export function indexedRepos(settings: Pick<IndexerSettings, 'home' | 'extraRepos'>): string[] {
  const out = new Set<string>();
  const file = path.join(settings.home, '.config', 'opensession', 'repo-registry.json');
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { repos?: unknown };
    if (Array.isArray(doc.repos)) for (const r of doc.repos) if (typeof r === 'string') out.add(r);
  } catch {
    // missing or unreadable registry: no registered repos
  }
  for (const r of settings.extraRepos) out.add(realpathOr(r));
  return [...out].filter((r) => fs.existsSync(path.join(r, '.git'))).sort(compareBytewise);
}

/** Newest stored_at wins; tie → ledger before object store; then the byte-wise smaller location. */
export function compareWinner(a: SourceRow, b: SourceRow): number {
  if (a.stored_sort !== b.stored_sort) return a.stored_sort > b.stored_sort ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'ledger' ? -1 : 1;
  return compareBytewise(a.location, b.location);
}

function sourceInfo(row: SourceRow): SourceInfo {
  return { kind: row.kind as SourceInfo['kind'], repo_root: row.repo_root, ref: row.ref, path: row.path };
}

export class Indexer {
  private readonly runners = new Map<string, GitRunner>();
  private readonly warned = new Set<string>();
  private lastFinished = 0;
  private inFlight: Promise<void> | undefined;
  /** Resolves after the first full scan. */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;

  constructor(
    readonly storage: IndexStorage,
    private readonly settings: IndexerSettings,
  ) {
    this.ready = new Promise((r) => (this.resolveReady = r));
  }

  private git(repo: string): GitRunner {
    let g = this.runners.get(repo);
    if (g === undefined) {
      g = createGitRunner(repo, this.settings.env);
      this.runners.set(repo, g);
    }
    return g;
  }

  /** Single-flight refresh; `maxAgeMs` skips it when the previous one finished recently (§3.5 freshness). */
  refresh(maxAgeMs = 0): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.lastFinished > 0 && Date.now() - this.lastFinished < maxAgeMs) return Promise.resolve();
    this.inFlight = this.scan()
      .catch((err: unknown) => this.settings.warn(`index refresh failed: ${(err as Error).message}`))
      .finally(() => {
        this.lastFinished = Date.now();
        this.inFlight = undefined;
        this.resolveReady();
      });
    return this.inFlight;
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.settings.warn(message);
  }

  private parse(text: string, where: string, version: string): Session | undefined {
    try {
      return parseHail(text);
    } catch (err) {
      this.warnOnce(`${where}@${version}`, `skipping ${where.replace(/\n/g, ' ')}: ${(err as Error).message}`);
      return undefined;
    }
  }

  /** Sources, visible ids and scanned tips as last written: loaded once, then kept in step with every batch. */
  private cache:
    { sources: Map<string, SourceRow>; visible: Set<string>; scanned: Map<string, ScannedRef> } | undefined;
  /** Roots this process has indexed (a shared PostgreSQL index also holds other servers' sources). */
  private readonly ownRoots = new Set<string>();

  private owns(location: string): boolean {
    if (this.storage.backend === 'sqlite') return true;
    for (const root of this.ownRoots) if (location.startsWith(root)) return true;
    return false;
  }

  private async loadCache(): Promise<NonNullable<Indexer['cache']>> {
    if (this.cache === undefined) {
      const sources = new Map((await this.storage.loadSources()).map((r) => [r.location, r]));
      const visible = new Set((await this.storage.sessionLocations()).keys());
      const scanned = new Map((await this.storage.loadScannedRefs()).map((r) => [`${r.repo_root}\n${r.ref}`, r]));
      this.cache = { sources, visible, scanned };
    }
    return this.cache;
  }

  private async scan(): Promise<void> {
    const storage = this.storage;
    const cache = await this.loadCache();
    const repos = indexedRepos(this.settings);
    const objectRoots = [path.join(this.settings.home, '.local', 'share', 'opensession', 'objects')];
    for (const repo of repos) objectRoots.push(path.join(repo, '.opensession', 'objects'));
    for (const repo of repos) this.ownRoots.add(ledgerLocation(repo, '', '').slice(0, -1));
    for (const root of objectRoots) this.ownRoots.add(`object:${root}${path.sep}`);
    const prev = new Map([...cache.sources].filter(([loc]) => this.owns(loc)));
    const scannedList = [...cache.scanned.values()].filter((r) => this.owns(ledgerLocation(r.repo_root, r.ref, '')));
    const scanned = new Map(scannedList.map((r) => [`${r.repo_root}\n${r.ref}`, r.tip]));
    const deleted = await storage.loadDeleted();
    const current = cache.visible;
    const found = new Map<string, Found>();
    const batch: IndexBatch = {
      removeSources: [],
      upsertSources: [],
      removeSessions: [],
      upsertSessions: [],
      removeScannedRefs: [],
      upsertScannedRefs: [],
    };
    const seenRefs = new Set<string>();
    for (const repo of repos) await this.scanRepo(repo, prev, scanned, found, batch, seenRefs);
    for (const root of objectRoots) await this.scanObjects(root, prev, found);
    for (const s of scannedList) {
      if (!seenRefs.has(`${s.repo_root}\n${s.ref}`)) batch.removeScannedRefs.push(s);
    }

    // Which session ids need their winner recomputed.
    const affected = new Set<string>();
    for (const [loc, old] of prev) {
      const now = found.get(loc);
      if (now === undefined) {
        batch.removeSources.push(loc);
        affected.add(old.session_id);
      }
    }
    const byId = new Map<string, Found[]>();
    for (const f of found.values()) {
      const old = prev.get(f.row.location);
      const changed =
        old === undefined ||
        old.version !== f.row.version ||
        old.stored_sort !== f.row.stored_sort ||
        old.session_id !== f.row.session_id;
      if (changed) {
        batch.upsertSources.push(f.row);
        affected.add(f.row.session_id);
        if (old !== undefined) affected.add(old.session_id);
      }
      let list = byId.get(f.row.session_id);
      if (list === undefined) byId.set(f.row.session_id, (list = []));
      list.push(f);
    }
    // A visible session whose row vanished (or a hidden one whose tombstone is now older than a source) is re-checked.
    for (const id of byId.keys()) if (!current.has(id)) affected.add(id);

    for (const id of affected) {
      const candidates = (byId.get(id) ?? []).sort((a, b) => compareWinner(a.row, b.row));
      const tomb = deleted.get(id);
      const tombSort = tomb === undefined ? undefined : sortKeyOfIso(tomb);
      let built: { row: SessionRow; links: LinkRow[] } | undefined;
      for (const cand of candidates) {
        if (tombSort !== undefined && cand.row.stored_sort <= tombSort) break;
        const session = cand.session ?? (await this.readSource(cand.row));
        if (session === undefined || session.session_id !== id) continue;
        if (cand.session === undefined) cand.git = await this.metaGitOf(cand.row);
        const b = buildSummary(session, sourceInfo(cand.row), cand.row.location, cand.row.stored_at, cand.git);
        built = { row: b.row, links: b.links };
        break;
      }
      if (built === undefined) {
        if (current.has(id)) batch.removeSessions.push(id);
      } else {
        batch.upsertSessions.push(built);
      }
    }
    await storage.apply(batch);
    for (const loc of batch.removeSources) cache.sources.delete(loc);
    for (const row of batch.upsertSources) cache.sources.set(row.location, row);
    for (const id of batch.removeSessions) cache.visible.delete(id);
    for (const { row } of batch.upsertSessions) cache.visible.add(row.id);
    for (const r of batch.removeScannedRefs) cache.scanned.delete(`${r.repo_root}\n${r.ref}`);
    for (const r of batch.upsertScannedRefs) cache.scanned.set(`${r.repo_root}\n${r.ref}`, r);
  }

  private async scanRepo(
    repo: string,
    prev: Map<string, SourceRow>,
    scanned: Map<string, string>,
    found: Map<string, Found>,
    batch: IndexBatch,
    seenRefs: Set<string>,
  ): Promise<void> {
    const git = this.git(repo);
    const r = await git.run([
      'for-each-ref',
      '--format=%(objectname) %(objecttype) %(refname)',
      'refs/opensession/branches/',
      'refs/remotes/',
    ]);
    if (r.code !== 0) {
      this.warnOnce(`repo:${repo}`, `cannot read refs of ${repo}: ${r.stderr.trim()}`);
      return;
    }
    for (const line of r.stdout.split('\n')) {
      const m = /^([0-9a-f]+) (\w+) (.+)$/.exec(line);
      if (!m || m[2] !== 'commit') continue;
      const [, tip, , ref] = m;
      if (!ref.startsWith('refs/opensession/branches/') && !REMOTE_LEDGER.test(ref)) continue;
      const key = `${repo}\n${ref}`;
      seenRefs.add(key);
      const prefix = ledgerLocation(repo, ref, '');
      if (scanned.get(key) === tip) {
        for (const [loc, row] of prev) if (loc.startsWith(prefix)) found.set(loc, { row });
        continue;
      }
      await this.scanLedgerTip(git, repo, ref, tip, prev, found);
      batch.upsertScannedRefs.push({ repo_root: repo, ref, tip } satisfies ScannedRef);
    }
  }

  private async scanLedgerTip(
    git: GitRunner,
    repo: string,
    ref: string,
    tip: string,
    prev: Map<string, SourceRow>,
    found: Map<string, Found>,
  ): Promise<void> {
    const ls = await git.runRaw(['ls-tree', '-r', '-z', '--full-tree', tip]);
    if (ls.code !== 0) {
      this.warnOnce(`tree:${repo}:${tip}`, `cannot read ${ref} in ${repo}: ${ls.stderr.trim()}`);
      return;
    }
    const sessionFiles: Array<{ path: string; oid: string }> = [];
    const metas = new Map<string, string>();
    const indexOids: string[] = [];
    for (const rec of ls.stdout.toString('utf8').split('\0')) {
      const tab = rec.indexOf('\t');
      if (tab < 0) continue;
      const [, type, oid] = rec.slice(0, tab).split(' ');
      const p = rec.slice(tab + 1);
      if (type !== 'blob') continue;
      if (INDEX_ENTRY.test(p)) indexOids.push(oid);
      else if (HAIL_PATH.test(p) && !p.startsWith('v1/index/')) sessionFiles.push({ path: p, oid });
      else if (SHARE_PATH.test(p)) sessionFiles.push({ path: p, oid });
      else if (/^v1\/[^/]+\/[^/]+\.meta\.json$/.test(p)) metas.set(p, oid);
    }
    // stored_at per session id: newest among its index entries, else the tip commit time.
    const storedById = new Map<string, string>();
    const indexBlobs = await readBlobs(git, indexOids);
    for (const bytes of indexBlobs.values()) {
      try {
        const e = JSON.parse(bytes.toString('utf8')) as { session_id?: unknown; stored_at?: unknown };
        if (typeof e.session_id !== 'string' || typeof e.stored_at !== 'string') continue;
        const sort = sortKeyOfIso(e.stored_at);
        const had = storedById.get(e.session_id);
        if (sort !== undefined && (had === undefined || sort > (sortKeyOfIso(had) ?? ''))) {
          storedById.set(e.session_id, e.stored_at);
        }
      } catch {
        // an unreadable index entry only loses its stored_at
      }
    }
    const ct = await git.run(['show', '-s', '--format=%ct', tip]);
    const tipTime = new Date(Number(ct.stdout.trim()) * 1000).toISOString();

    const toRead = sessionFiles.filter((f) => {
      const old = prev.get(ledgerLocation(repo, ref, f.path));
      return old === undefined || old.version !== f.oid;
    });
    const metaOids = toRead
      .map((f) => metas.get(f.path.replace(/\.hail\.jsonl$/, '.meta.json')))
      .filter((o): o is string => o !== undefined);
    const blobs = await readBlobs(git, [...toRead.map((f) => f.oid), ...metaOids]);
    for (const f of sessionFiles) {
      const loc = ledgerLocation(repo, ref, f.path);
      const old = prev.get(loc);
      let session: Session | undefined;
      let sid: string;
      let metaGit: MetaGit | undefined;
      if (old !== undefined && old.version === f.oid) {
        sid = old.session_id;
      } else {
        const bytes = blobs.get(f.oid);
        if (bytes === undefined) continue;
        session = this.parse(bytes.toString('utf8'), loc, f.oid);
        if (session === undefined) continue;
        sid = session.session_id;
      }
      const metaOid = metas.get(f.path.replace(/\.hail\.jsonl$/, '.meta.json'));
      if (session !== undefined && metaOid !== undefined) metaGit = readMetaGit(blobs.get(metaOid));
      const storedAt = storedById.get(sid) ?? tipTime;
      const row: SourceRow = {
        location: loc,
        session_id: sid,
        kind: 'ledger',
        repo_root: repo,
        ref,
        path: f.path,
        version: f.oid,
        stored_at: storedAt,
        stored_sort: sortKeyOfIso(storedAt) ?? sortKeyOfIso(tipTime)!,
      };
      found.set(loc, { row, session, git: metaGit });
    }
  }

  private async scanObjects(root: string, prev: Map<string, SourceRow>, found: Map<string, Found>): Promise<void> {
    const base = path.join(root, 'sha256');
    const files: string[] = [];
    // Synchronous on purpose: thousands of small awaited directory reads cost far more than the syscalls.
    const walk = (dir: string, depth: number): void => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory() && depth < 4) walk(p, depth + 1);
        else if (e.isFile() && /^[0-9a-f]{64}\.jsonl$/.test(e.name)) files.push(p);
      }
    };
    walk(base, 0);
    for (const file of files) {
      let st: fs.Stats;
      try {
        st = fs.statSync(file); // 10,000 awaited stats cost far more than the syscalls
      } catch {
        continue;
      }
      const loc = `object:${file}`;
      const version = `${st.size}:${Math.floor(st.mtimeMs)}`;
      const storedAt = new Date(Math.floor(st.mtimeMs)).toISOString();
      const old = prev.get(loc);
      if (old !== undefined && old.version === version) {
        found.set(loc, { row: old });
        continue;
      }
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8'); // small files: a synchronous read beats an awaited one 10,000 times
      } catch {
        continue;
      }
      const session = this.parse(text, file, version);
      if (session === undefined) continue;
      const row: SourceRow = {
        location: loc,
        session_id: session.session_id,
        kind: 'object',
        repo_root: null,
        ref: null,
        path: file,
        version,
        stored_at: storedAt,
        stored_sort: sortKeyOfIso(storedAt)!,
      };
      found.set(loc, { row, session });
    }
  }

  /** Reads and parses one source; undefined when it vanished or no longer parses. */
  async readSource(row: SourceRow): Promise<Session | undefined> {
    const bytes = await this.readSourceBytes(row);
    if (bytes === undefined) return undefined;
    return this.parse(bytes.toString('utf8'), row.location, row.version);
  }

  /** Raw bytes of a source; undefined when it is gone. Throws on an I/O or git failure. */
  async readSourceBytes(row: SourceRow): Promise<Buffer | undefined> {
    if (row.kind === 'object') {
      try {
        return await fsp.readFile(row.path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    }
    const git = this.git(row.repo_root ?? '.');
    const blobs = await readBlobs(git, [row.version]);
    return blobs.get(row.version);
  }

  /** The current source row of a location. */
  sourceAt(location: string): Promise<SourceRow | undefined> {
    return this.storage.getSource(location);
  }

  /** The git facts of a ledger source's `.meta.json` (read at the ref's current tip). */
  private async metaGitOf(row: SourceRow): Promise<MetaGit | undefined> {
    if (row.kind !== 'ledger' || row.ref === null || !row.path.endsWith('.hail.jsonl')) return undefined;
    const spec = `${row.ref}:${row.path.replace(/\.hail\.jsonl$/, '.meta.json')}`;
    const blobs = await readBlobs(this.git(row.repo_root ?? '.'), [spec]);
    return readMetaGit(blobs.get(spec));
  }
}

function readMetaGit(bytes: Buffer | undefined): MetaGit | undefined {
  if (bytes === undefined) return undefined;
  try {
    const meta = JSON.parse(bytes.toString('utf8')) as { git?: Record<string, unknown> };
    const g = meta.git;
    if (g === undefined || g === null || typeof g !== 'object') return undefined;
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    return { remote: str(g.remote), branch: str(g.branch), head: str(g.head), repo_name: str(g.repo_name) };
  } catch {
    return undefined;
  }
}
