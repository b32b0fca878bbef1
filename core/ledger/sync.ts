// Branch sync used by the pre-push hook (git-native.md §5.4-5.6): discovered agent sessions of this
// repository, linked to the pushed branch's commits, stored into `ledgerRef(<remote branch>)`.
import * as fs from 'fs';
import * as path from 'path';
import type { Session } from '../hail/types';
import { formatTsZ, tryParseTimestamp } from '../hail/timestamp';
import { asciiLower, setString } from '../text';
import { branchCommitSets, type BranchCommitsOf } from './branch-commits';
import { gitConfigMayHave } from './git-config';
import { readLedgerCommit } from './ref-health';
import { checkedOutBranchIn, readHeadReflog, ReflogEntry, reflogLinksIn, sessionWindow, withHintLink } from './links';
import { ledgerRef } from './refs';
import { findRepoRoot, openRepo, readHead, readRepoFacts, Repo } from './repo';
import { addToRepoRegistry } from './registry';
import { applyExcludePatterns, effectivePrivacy, PrivacySettings } from './sanitize';
export type { PrivacySettings } from './sanitize';

export { MAX_BRANCH_COMMITS } from './branch-commits';
const SYNC_CONCURRENCY = 8;
const PARSE_CONCURRENCY = 8;
/** Objects written by one run from which they are also packed before the push (git's receive.unpackLimit). */
const PACK_MIN_OBJECTS = 100;

/** `fn` over `items` with at most `limit` calls in flight; results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

interface RecordedEntry {
  commits: string[];
  mtime_ms: number;
  size: number;
}

interface CacheEntry {
  created_at: string;
  cwd: string | null;
  mtime_ms: number;
  recorded: Record<string, RecordedEntry>;
  session_id: string;
  size: number;
  tool: string;
  updated_at: string;
}

interface ScanCache {
  entries: Record<string, CacheEntry>;
  version: 1;
}

export function scanCachePath(env: Record<string, string | undefined>): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg !== undefined && xdg.trim() !== '' ? xdg : path.join(env.HOME ?? env.USERPROFILE ?? '', '.cache');
  return path.join(base, 'opensession', 'session-scan.json');
}

function readCache(file: string): ScanCache {
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')) as ScanCache;
    if (v.version === 1 && v.entries !== null && typeof v.entries === 'object') return v;
  } catch {
    // missing or invalid: replaced on write
  }
  return { entries: {}, version: 1 };
}

function writeCache(file: string, cache: ScanCache): void {
  for (const p of Object.keys(cache.entries)) if (!fs.existsSync(p)) delete cache.entries[p];
  const sorted: Record<string, CacheEntry> = {};
  for (const k of Object.keys(cache.entries).sort()) sorted[k] = cache.entries[k];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify({ entries: sorted, version: 1 }, null, 2) + '\n');
  fs.renameSync(tmp, file);
}

function realCommonDir(start: string): string | undefined {
  const root = findRepoRoot(start);
  if (root === undefined) return undefined;
  try {
    return fs.realpathSync(openRepo(root).commonDir);
  } catch {
    return undefined;
  }
}

function cwdOf(session: Pick<Session, 'context'>): string | undefined {
  const a = session.context.attributes ?? {};
  return setString(a.cwd) ?? setString(a.working_directory);
}

/** Parses one agent log with the default parsers (HAIL JSONL last), loaded on demand. */
async function parseSessionFile(file: string, hint?: string): Promise<Session> {
  const parsers = await import('../parsers');
  return parsers.parseSessionInMemory(file, parsers.isProfileId(hint ?? '') ? { hint: hint as never } : {});
}

/** Agent logs on this machine (the parsers' discovery locations), the default `SyncOptions.discover`. */
export async function discoverSessionFiles(
  env: Record<string, string | undefined>,
): Promise<Array<{ path: string; tool: string }>> {
  // Only the discovery module: the parsers load later, and only when a candidate must be parsed.
  const { discoverSessions } = await import('../parsers/discover');
  return (await discoverSessions({ env })).map((d) => ({ path: d.path, tool: d.tool as string }));
}

type ParseResult = { ok: true; session: Session } | { ok: false };

/** A parse begun ahead of the sync (while the hook's secret scan waits for git), for the file as it was then. */
export interface EarlyParse {
  size: number;
  mtimeMs: number;
  result: Promise<ParseResult>;
}

async function parseResultOf(file: string, tool: string): Promise<ParseResult> {
  try {
    return { ok: true, session: await parseSessionFile(file, tool) };
  } catch {
    return { ok: false };
  }
}

/**
 * Starts parsing every one of `files` the scan cache does not hold as it is now (what the sync will parse), with
 * the sync's concurrency, and returns the parses by path; the sync uses one only when the file has not changed
 * since. Reads only (nothing is written before the sync itself runs); never fails. Setting `stop.stopped` ends
 * the work early (the sync must then not be run with these parses).
 */
export async function startEarlyParses(
  env: Record<string, string | undefined>,
  files: ReadonlyArray<{ path: string; tool: string }>,
  stop: { stopped: boolean } = { stopped: false },
): Promise<Map<string, EarlyParse>> {
  const out = new Map<string, EarlyParse>();
  try {
    const cache = readCache(scanCachePath(env));
    const stale: Array<{ path: string; tool: string; size: number; mtimeMs: number }> = [];
    for (const f of files) {
      const st = fs.statSync(f.path, { throwIfNoEntry: false });
      if (st === undefined) continue;
      const e = cache.entries[f.path];
      const mtimeMs = Math.floor(st.mtimeMs);
      if (e === undefined || e.size !== st.size || e.mtime_ms !== mtimeMs) stale.push({ ...f, size: st.size, mtimeMs });
    }
    if (stale.length === 0) return out;
    // Newest first, as the sync orders them.
    stale.sort((a, b) => b.mtimeMs - a.mtimeMs);
    // The modules the sync will need: compiled while the first parses wait for their files.
    const modules = Promise.all([import('./update'), import('./batch'), import('./store')]);
    modules.catch(() => undefined);
    await import('../parsers');
    // `stop.stopped` (the push was refused): the files not begun yet are left alone.
    const all = mapLimit(stale, PARSE_CONCURRENCY, async (c): Promise<ParseResult> =>
      stop.stopped ? { ok: false } : parseResultOf(c.path, c.tool),
    );
    stale.forEach((c, i) => out.set(c.path, { size: c.size, mtimeMs: c.mtimeMs, result: all.then((r) => r[i]) }));
  } catch {
    // only a head start: the sync parses what it needs itself
  }
  return out;
}

export interface SyncOptions {
  env: Record<string, string | undefined>;
  privacy?: PrivacySettings;
  /** Candidate session files (default: parsers' discovery locations). */
  discover?: () => Promise<Array<{ path: string; tool: string }>>;
  now?: () => Date;
  /** Phase timing marks (`OPENSESSION_TIMING`). */
  mark?: (phase: string) => void;
  /** Parses begun ahead of the sync ({@link startEarlyParses}), by path. */
  earlyParses?: () => Promise<Map<string, EarlyParse>>;
  /**
   * The branch commits of the targets' tips, begun by the caller ({@link branchCommitSets} over the same tips): the
   * hook starts that `git log` with its first git process, while the process is still small and quick to fork.
   */
  branchCommits?: Promise<BranchCommitsOf>;
}

export interface SyncResult {
  stored: number;
  skipped: number;
  ref: string;
}

/** One pushed update: remote branch `branch` (its ledger), pushed tip `tip`, local branch name when known. */
export interface SyncTarget {
  branch: string;
  tip: string;
  localBranch?: string;
}

/** §5.5 for one pushed update (remote branch `branch`, pushed tip `tip`). */
export async function syncBranch(
  repo: Repo,
  remote: string,
  branch: string,
  tip: string,
  options: SyncOptions,
): Promise<SyncResult> {
  const [r] = await syncBranches(repo, remote, [{ branch, tip }], options);
  if (r.error !== undefined) throw r.error;
  return r;
}

interface Candidate {
  path: string;
  tool: string;
  size: number;
  mtimeMs: number;
  entry: CacheEntry;
  parsed?: Session;
  parsing?: Promise<Session>;
  window: [number, number];
  /** Every reflog link of the session's worktree inside its window (no branch filter). */
  reflog: string[];
  /** The branch checked out in the session's worktree at its end (A8), when known. */
  branchAtEnd: string | undefined;
}

/**
 * §5.5 as amended by A8, for every pushed update at once: discovery, stat and parse happen once (no newest-N
 * cap); a session with reflog links lands only on branches containing one of them; the pushed-tip hint applies
 * only to a session without any link whose worktree had the pushed branch checked out at the session's end.
 */
export async function syncBranches(
  repo: Repo,
  remote: string,
  targets: readonly SyncTarget[],
  options: SyncOptions,
): Promise<Array<SyncResult & { error?: unknown }>> {
  const discover = options.discover ?? (() => discoverSessionFiles(options.env));
  const results = targets.map(
    (t) =>
      ({ stored: 0, skipped: 0, ref: ledgerRef(t.branch) }) as SyncResult & {
        error?: unknown;
      },
  );
  const mark = options.mark ?? (() => undefined);
  const found = await discover();
  mark(`sync: discover (${found.length} files)`);
  if (found.length === 0) return results;
  const withStat: Array<{ path: string; tool: string; size: number; mtimeMs: number }> = [];
  for (const f of found) {
    try {
      const st = fs.statSync(f.path);
      withStat.push({ ...f, size: st.size, mtimeMs: Math.floor(st.mtimeMs) });
    } catch {
      // vanished
    }
  }
  withStat.sort((a, b) => b.mtimeMs - a.mtimeMs); // newest first: the newest file wins a duplicated id
  const privacy = options.privacy ?? effectivePrivacy(repo.root, options.env);
  const excluded = new Set(privacy.excludeTools.map((t) => asciiLower(t.trim())));
  const myCommon = fs.realpathSync(repo.commonDir);
  const cacheFile = scanCachePath(options.env);
  const cache = readCache(cacheFile);
  const taken = new Set<string>();
  let cacheDirty = false;
  const commonOf = new Map<string, string | undefined>();
  const worktreeOf = new Map<string, Repo>();
  /** Each worktree's `logs/HEAD`, read and split once for every session that ran in it. */
  const reflogOf = new Map<string, ReflogEntry[] | undefined>();
  const candidates: Candidate[] = [];
  let skippedEarly = 0;
  // Git facts and the branch-commit walk do not depend on the scan: start them now, await them when needed.
  const factsP = readRepoFacts(repo, remote, options.env);
  const branchCommitsP =
    options.branchCommits ??
    branchCommitSets(
      repo,
      targets.map((t) => t.tip),
    );
  factsP.catch(() => undefined); // awaited below when a candidate exists; unobserved otherwise
  branchCommitsP.catch(() => undefined);
  // Every log whose cached scan is stale is parsed once, several at once (file reads overlap the parsing).
  const stale = withStat.filter((c) => {
    const e = cache.entries[c.path];
    return e === undefined || e.size !== c.size || e.mtime_ms !== c.mtimeMs;
  });
  const early = options.earlyParses !== undefined ? await options.earlyParses() : new Map<string, EarlyParse>();
  const parsedOf = await mapLimit(stale, PARSE_CONCURRENCY, async (c) => {
    const e = early.get(c.path);
    // Begun ahead for the file as it is now (same size and mtime): its result; else parsed now.
    if (e !== undefined && e.size === c.size && e.mtimeMs === c.mtimeMs) return e.result;
    return parseResultOf(c.path, c.tool);
  });
  const parseResult = new Map(stale.map((c, i) => [c.path, parsedOf[i]]));
  for (const c of withStat) {
    let entry = cache.entries[c.path];
    let parsed: Session | undefined;
    const fresh = parseResult.get(c.path);
    if (fresh !== undefined) {
      if (!fresh.ok) {
        skippedEarly++;
        continue;
      }
      parsed = fresh.session;
      entry = {
        created_at: formatTsZ(parsed.context.created_at),
        cwd: cwdOf(parsed) ?? null,
        mtime_ms: c.mtimeMs,
        recorded: {},
        session_id: parsed.session_id,
        size: c.size,
        tool: parsed.agent.tool,
        updated_at: formatTsZ(parsed.context.updated_at),
      };
      cache.entries[c.path] = entry;
      cacheDirty = true;
    }
    if (entry.cwd === null) {
      skippedEarly++;
      continue;
    }
    if (!commonOf.has(entry.cwd)) commonOf.set(entry.cwd, realCommonDir(entry.cwd));
    if (commonOf.get(entry.cwd) !== myCommon || excluded.has(asciiLower(entry.tool)) || taken.has(entry.session_id)) {
      skippedEarly++;
      continue;
    }
    taken.add(entry.session_id);
    const created = tryParseTimestamp(entry.created_at);
    const updated = tryParseTimestamp(entry.updated_at);
    if (created === undefined || updated === undefined) {
      skippedEarly++;
      continue;
    }
    const window = sessionWindow({ context: { created_at: created, updated_at: updated } as Session['context'] });
    let worktree = worktreeOf.get(entry.cwd);
    if (worktree === undefined) {
      const sessionRepoRoot = findRepoRoot(entry.cwd);
      worktree = sessionRepoRoot !== undefined ? openRepo(sessionRepoRoot) : repo;
      worktreeOf.set(entry.cwd, worktree);
    }
    if (!reflogOf.has(worktree.gitDir)) reflogOf.set(worktree.gitDir, readHeadReflog(worktree.gitDir));
    const reflog = reflogOf.get(worktree.gitDir);
    let branchAtEnd = checkedOutBranchIn(reflog, window[1]);
    if (branchAtEnd === undefined) {
      try {
        branchAtEnd = readHead(worktree).branch ?? undefined;
      } catch {
        branchAtEnd = undefined;
      }
    }
    candidates.push({
      ...c,
      entry,
      parsed,
      window,
      reflog: reflogLinksIn(reflog, window),
      branchAtEnd,
    });
  }
  for (const r of results) r.skipped += skippedEarly;
  mark(`sync: scan (${candidates.length} candidates)`);
  if (candidates.length > 0) {
    const [facts, branchCommitsOf, update, batch, { storeSession, redactForLedger }] = await Promise.all([
      factsP,
      branchCommitsP,
      import('./update'),
      import('./batch'),
      import('./store'),
    ]);
    const store = update.storeFor(repo);
    /** Per ledger ref of the batch: the tip read once, and the tip after the commits built on it in memory. */
    const refState = new Map<string, { old: string | undefined; tip: string | undefined }>();
    /** The batch's ref update: the child commit is built on the ref's pending tip; no ref moves yet. */
    const deferredUpdate: typeof update.updateRef = async (r, ref, mutate, message, opts) => {
      let st = refState.get(ref);
      if (st === undefined) {
        const old = await readLedgerCommit(r, store, ref);
        st = { old, tip: old };
        refState.set(ref, st);
      }
      const commit = await update.buildRefCommit(r, st.tip, mutate, message, opts);
      if (commit === undefined) return { oid: st.tip, committed: false, attempts: 1 };
      st.tip = commit;
      return { oid: commit, committed: true, attempts: 1 };
    };
    const redactedOf = new Map<Candidate, ReturnType<typeof redactForLedger>>();
    let recordings: Array<() => void> = [];
    const syncTarget = async (i: number, batched: boolean): Promise<void> => {
      const t = targets[i];
      const res = results[i];
      try {
        const onBranch = branchCommitsOf(t.tip);
        const pushedBranch = t.localBranch ?? t.branch;
        for (const c of candidates) {
          let links: string[];
          if (c.reflog.length > 0) links = c.reflog.filter((sha) => onBranch.has(sha));
          else if (c.branchAtEnd === pushedBranch) links = await withHintLink(store, [], t.tip, c.window);
          else links = [];
          if (links.length === 0) {
            res.skipped++;
            continue;
          }
          const rec = c.entry.recorded[res.ref];
          if (
            rec !== undefined &&
            rec.size === c.size &&
            rec.mtime_ms === c.mtimeMs &&
            links.every((l) => rec.commits.includes(l))
          ) {
            res.skipped++;
            continue;
          }
          try {
            // One parse per log, however many branches (and concurrent workers) need it.
            c.parsing ??= c.parsed !== undefined ? Promise.resolve(c.parsed) : parseSessionFile(c.path, c.tool);
            c.parsed = await c.parsing;
          } catch {
            res.skipped++;
            continue;
          }
          const session = applyExcludePatterns(c.parsed, privacy.excludePatterns);
          // One redaction per log, however many branches it lands on.
          let redacted = redactedOf.get(c);
          if (redacted === undefined) {
            redacted = redactForLedger(session, privacy.stripPaths);
            redactedOf.set(c, redacted);
          }
          const stored = await storeSession(
            repo,
            res.ref,
            session,
            links,
            { branch: t.branch, remote: facts.remote, repo_name: facts.repo_name },
            {
              stripHomePaths: privacy.stripPaths,
              headIsLastCommit: true,
              now: options.now,
              redacted,
              update: batched ? deferredUpdate : undefined,
            },
          );
          if (stored.committed) res.stored++;
          const record = (): void => {
            c.entry.recorded[res.ref] = { commits: stored.commits, mtime_ms: c.mtimeMs, size: c.size };
            cacheDirty = true;
          };
          if (batched) recordings.push(record);
          else record();
        }
      } catch (err) {
        res.error = err;
      }
    };
    // Branches write to different ledger refs: several at once hide the file-system latency of the object writes.
    const runAll = async (batched: boolean): Promise<void> => {
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < targets.length) await syncTarget(next++, batched);
      };
      await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, targets.length) }, worker));
    };
    mark('sync: facts and branch commits');
    // Batched (A8 speed): every ledger commit of the run is built in memory, its objects written at once (one
    // pack when there are many, like git's receive.unpackLimit), then every ledger ref moves in ONE
    // compare-and-swap transaction. When that cannot be done, the per-ref path below runs instead.
    let done = false;
    store.pending = new Map();
    try {
      await runAll(true);
      mark(`sync: build (${store.pending.size} objects)`);
      const moves = [...refState]
        .filter(([, st]) => st.tip !== undefined && st.tip !== st.old)
        .map(([ref, st]) => ({ ref, old: st.old, next: st.tip! }));
      if (moves.length > 0 && !reflogsWanted(repo, moves, options.env, gitConfigMayHave)) {
        if (store.pending.size >= PACK_MIN_OBJECTS) {
          await batch.packObjectsAsync(repo.commonDir, store.pending);
          store.pending = undefined;
        } else store.writePendingLoose();
        mark('sync: objects');
        done = await batch.moveRefsAtomically(repo.root, moves);
        mark(`sync: refs (${moves.length} in one transaction)`);
      } else done = moves.length === 0;
    } catch {
      done = false; // the per-ref path below redoes the work
    } finally {
      try {
        // Still held after a failure: written loose, so nothing another writer of this process made is lost.
        if (store.pending !== undefined) store.writePendingLoose();
      } catch {
        store.pending = undefined;
      }
    }
    if (done) for (const record of recordings) record();
    else {
      recordings = [];
      for (const r of results) {
        r.stored = 0;
        r.skipped = skippedEarly;
        delete r.error;
      }
      await runAll(false);
      mark('sync: store (per ref)');
    }
  }
  if (cacheDirty) {
    try {
      writeCache(cacheFile, cache);
    } catch {
      // the cache is an optimisation only
    }
  }
  if (results.some((r) => r.stored > 0)) addToRepoRegistry(repo.root, options.env);
  return results;
}

/**
 * True when a moved ledger ref keeps a reflog (its log file exists, or `core.logAllRefUpdates` may be
 * `always`): the per-ref path writes one reflog line per commit, which one transaction cannot.
 */
function reflogsWanted(
  repo: Repo,
  moves: ReadonlyArray<{ ref: string }>,
  env: Record<string, string | undefined>,
  mayHave: typeof gitConfigMayHave,
): boolean {
  if (moves.some((m) => fs.existsSync(path.join(repo.commonDir, 'logs', m.ref)))) return true;
  return mayHave(repo.commonDir, repo.gitDir, 'core.logAllRefUpdates', (v) => v.toLowerCase() === 'always', env);
}
