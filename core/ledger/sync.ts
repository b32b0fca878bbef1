// Branch sync used by the pre-push hook (git-native.md §5.4-5.6): discovered agent sessions of this
// repository, linked to the pushed branch's commits, stored into `ledgerRef(<remote branch>)`.
import * as fs from 'fs';
import * as path from 'path';
import type { HailEvent, Session } from '../hail/types';
import { formatTsZ, tryParseTimestamp } from '../hail/timestamp';
import { recomputeStats } from '../hail/stats';
import { asciiLower, setString } from '../text';
import { runGit } from './git-cli';
import { reflogLinks, sessionWindow, withHintLink } from './links';
import { ledgerRef } from './refs';
import { findRepoRoot, openRepo, readRepoFacts, Repo } from './repo';
import { addToRepoRegistry } from './registry';
import { applyExcludePatterns, effectivePrivacy, PrivacySettings } from './sanitize';
export type { PrivacySettings } from './sanitize';

export const MAX_CANDIDATES = 128;
export const MAX_BRANCH_COMMITS = 4096;

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
  const events: HailEvent[] = [];
  const sink = {
    push: (e: HailEvent) => {
      events.push(e);
    },
    reset: () => {
      events.length = 0;
    },
  };
  const outcome = await parsers.parseAuto(file, sink, parsers.isProfileId(hint ?? '') ? { hint: hint as never } : {});
  const session: Session = {
    version: outcome.header.version ?? 'hail-1.0.0',
    session_id: outcome.header.session_id,
    agent: outcome.header.agent,
    context: outcome.header.context,
    events,
    stats: recomputeStats({ events }),
  };
  return session;
}

export interface SyncOptions {
  env: Record<string, string | undefined>;
  privacy?: PrivacySettings;
  /** Candidate session files (default: parsers' discovery locations). */
  discover?: () => Promise<Array<{ path: string; tool: string }>>;
  now?: () => Date;
}

export interface SyncResult {
  stored: number;
  skipped: number;
  ref: string;
}

/** §5.5 for one pushed update (remote branch `branch`, pushed tip `tip`). */
export async function syncBranch(
  repo: Repo,
  remote: string,
  branch: string,
  tip: string,
  options: SyncOptions,
): Promise<SyncResult> {
  const ref = ledgerRef(branch);
  const discover =
    options.discover ??
    (async () => {
      // Only the discovery module: the parsers load later, and only when a candidate must be parsed.
      const { discoverSessions } = await import('../parsers/discover');
      return (await discoverSessions({ env: options.env })).map((d) => ({
        path: d.path,
        tool: d.tool as string,
      }));
    });
  const found = await discover();
  const withStat: Array<{ path: string; tool: string; size: number; mtimeMs: number }> = [];
  for (const f of found) {
    try {
      const st = fs.statSync(f.path);
      withStat.push({ ...f, size: st.size, mtimeMs: Math.floor(st.mtimeMs) });
    } catch {
      // vanished
    }
  }
  withStat.sort((a, b) => b.mtimeMs - a.mtimeMs);
  const candidates = withStat.slice(0, MAX_CANDIDATES);
  if (candidates.length === 0) return { stored: 0, skipped: 0, ref };
  const privacy = options.privacy ?? effectivePrivacy(repo.root, options.env);
  const excluded = new Set(privacy.excludeTools.map((t) => asciiLower(t.trim())));
  const branchCommits = await runGit(['rev-list', `--max-count=${MAX_BRANCH_COMMITS}`, tip], { cwd: repo.root });
  const onBranch = new Set(branchCommits.code === 0 ? branchCommits.stdout.split('\n').filter((l) => l !== '') : []);
  const myCommon = fs.realpathSync(repo.commonDir);
  const cacheFile = scanCachePath(options.env);
  const cache = readCache(cacheFile);
  const taken = new Set<string>();
  const facts = await readRepoFacts(repo, remote);
  let stored = 0;
  let skipped = 0;
  let cacheDirty = false;
  for (const c of candidates) {
    let entry = cache.entries[c.path];
    let parsed: Session | undefined;
    if (entry === undefined || entry.size !== c.size || entry.mtime_ms !== c.mtimeMs) {
      try {
        parsed = await parseSessionFile(c.path, c.tool);
      } catch {
        skipped++;
        continue;
      }
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
    if (
      entry.cwd === null ||
      realCommonDir(entry.cwd) !== myCommon ||
      excluded.has(asciiLower(entry.tool)) ||
      taken.has(entry.session_id)
    ) {
      skipped++;
      continue;
    }
    taken.add(entry.session_id);
    const created = tryParseTimestamp(entry.created_at);
    const updated = tryParseTimestamp(entry.updated_at);
    if (created === undefined || updated === undefined) {
      skipped++;
      continue;
    }
    const window = sessionWindow({ context: { created_at: created, updated_at: updated } as Session['context'] });
    const sessionRepoRoot = findRepoRoot(entry.cwd);
    const gitDir = sessionRepoRoot !== undefined ? openRepo(sessionRepoRoot).gitDir : repo.gitDir;
    const { storeFor } = await import('./update');
    const links = await withHintLink(
      storeFor(repo),
      reflogLinks(gitDir, window).filter((sha) => onBranch.has(sha)),
      tip,
      window,
    );
    if (links.length === 0) {
      skipped++;
      continue;
    }
    const rec = entry.recorded[ref];
    if (
      rec !== undefined &&
      rec.size === c.size &&
      rec.mtime_ms === c.mtimeMs &&
      links.every((l) => rec.commits.includes(l))
    ) {
      skipped++;
      continue;
    }
    try {
      parsed ??= await parseSessionFile(c.path, c.tool);
    } catch {
      skipped++;
      continue;
    }
    const { storeSession } = await import('./store');
    const res = await storeSession(
      repo,
      ref,
      applyExcludePatterns(parsed, privacy.excludePatterns),
      links,
      { branch, remote: facts.remote, repo_name: facts.repo_name },
      { stripHomePaths: privacy.stripPaths, headIsLastCommit: true, now: options.now },
    );
    if (res.committed) stored++;
    entry.recorded[ref] = { commits: res.commits, mtime_ms: c.mtimeMs, size: c.size };
    cacheDirty = true;
  }
  if (cacheDirty) {
    try {
      writeCache(cacheFile, cache);
    } catch {
      // the cache is an optimisation only
    }
  }
  if (stored > 0) addToRepoRegistry(repo.root, options.env);
  return { stored, skipped, ref };
}
