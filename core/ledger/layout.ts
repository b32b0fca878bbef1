// The v1 ledger tree: paths, meta blob and index blob shapes (§3).
import { OpenSessionError } from '../errors';
import type { Session, Stats } from '../hail/types';
import { asciiLower, compareBytewise, setString } from '../text';

/** §3.1: every code point outside `[A-Za-z0-9._-]` becomes `_`; all-dot or empty results become underscores. */
export function safeSegment(id: string): string {
  let out = '';
  for (const ch of id) out += /^[A-Za-z0-9._-]$/.test(ch) ? ch : '_';
  if (out === '') return '_';
  if (out === '.' || out === '..') return '_'.repeat(out.length);
  return out;
}

/**
 * First two characters of the sid (or all of a one-character sid). A shard of `..` (from ids such as
 * `...x`) is not a valid git tree entry name, so all-dot shards become underscores.
 */
export function shardOf(sid: string): string {
  const shard = sid.length <= 1 ? sid : sid.slice(0, 2);
  return /^\.+$/.test(shard) ? '_'.repeat(shard.length) : shard;
}

export interface SessionPaths {
  sid: string;
  shard: string;
  hail: string;
  meta: string;
}

export function sessionPaths(sessionId: string): SessionPaths {
  const sid = safeSegment(sessionId);
  const shard = shardOf(sid);
  return { sid, shard, hail: `v1/${shard}/${sid}.hail.jsonl`, meta: `v1/${shard}/${sid}.meta.json` };
}

export const INDEX_DIR = 'v1/index/commits';

export function indexPath(commitSha: string, sid: string): string {
  return `${INDEX_DIR}/${safeSegment(commitSha)}/${sid}.json`;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json | undefined };

/** Recursively re-creates objects with keys in byte-wise order (undefined members dropped). */
export function sortKeys(value: Json | undefined): Json | undefined {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v) as Json);
  if (value !== null && typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(value).sort(compareBytewise)) {
      const v = sortKeys(value[k]);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  return value;
}

/** Pretty JSON with sorted keys and no trailing newline (meta blob). */
export function prettySorted(value: Json): string {
  return JSON.stringify(sortKeys(value), null, 2);
}

/** Compact JSON with sorted keys (index blob). */
export function compactSorted(value: Json): string {
  return JSON.stringify(sortKeys(value));
}

export interface GitFacts {
  branch?: string;
  commits?: string[];
  head?: string;
  remote?: string;
  repo_name?: string;
}

export interface LedgerMeta {
  git?: GitFacts;
  model: string;
  schema_version: number;
  session_id: string;
  session_role: 'primary' | 'auxiliary';
  stats: Stats;
  stored_at: string;
  title: string | null;
  tool: string;
}

/** HAIL role rule (hail-and-store.md §2.2). */
export function sessionRole(session: Session): 'primary' | 'auxiliary' {
  const attrs = session.context.attributes ?? {};
  const explicit = setString(attrs.session_role);
  if (explicit !== undefined) {
    const v = asciiLower(explicit);
    if (v === 'primary' || v === 'auxiliary') return v;
  }
  if (session.context.related_session_ids.length > 0) return 'auxiliary';
  if (setString(attrs.parent_session_id) !== undefined) return 'auxiliary';
  return 'primary';
}

function cleanGit(git: GitFacts | undefined): GitFacts | undefined {
  if (git === undefined) return undefined;
  const out: GitFacts = {};
  const str = (v: string | undefined): string | undefined => (v !== undefined && v.trim() !== '' ? v : undefined);
  if (str(git.branch) !== undefined) out.branch = git.branch;
  if (git.commits !== undefined && git.commits.length > 0) out.commits = [...git.commits];
  if (str(git.head) !== undefined) out.head = git.head;
  if (str(git.remote) !== undefined) out.remote = git.remote;
  if (str(git.repo_name) !== undefined) out.repo_name = git.repo_name;
  return Object.keys(out).length > 0 ? out : undefined;
}

const STAT_KEYS: readonly (keyof Stats)[] = [
  'duration_seconds',
  'event_count',
  'files_changed',
  'lines_added',
  'lines_removed',
  'message_count',
  'task_count',
  'tool_call_count',
  'total_input_tokens',
  'total_output_tokens',
  'user_message_count',
];

export function buildMeta(session: Session, git: GitFacts | undefined, storedAt: string): LedgerMeta {
  const stats = {} as Stats;
  for (const k of STAT_KEYS) stats[k] = session.stats[k];
  const meta: LedgerMeta = {
    model: session.agent.model,
    schema_version: 2,
    session_id: session.session_id,
    session_role: sessionRole(session),
    stats,
    stored_at: storedAt,
    title: session.context.title ?? null,
    tool: session.agent.tool,
  };
  const g = cleanGit(git);
  if (g !== undefined) meta.git = g;
  return meta;
}

export function renderMeta(meta: LedgerMeta): string {
  return prettySorted(meta as unknown as Json);
}

export interface IndexEntry {
  hail_path: string;
  meta_path: string;
  session_id: string;
  stored_at: string;
}

export function renderIndexEntry(entry: IndexEntry): string {
  return compactSorted(entry as unknown as Json);
}

/** `session: <id>` with control characters replaced by `_`. */
export function sessionCommitMessage(sessionId: string): string {
  return `session: ${sessionId.replace(/[\u0000-\u001f\u007f-\u009f]/g, '_')}\n`;
}

/** Parses a meta/index blob; throws `json error: ...` on invalid JSON. */
export function parseJsonBlob(bytes: Buffer, where: string): Record<string, unknown> {
  try {
    const v = JSON.parse(bytes.toString('utf8')) as unknown;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('expected a JSON object');
    return v as Record<string, unknown>;
  } catch (err) {
    throw new JsonBlobError(`json error: ${where}: ${(err as Error).message}`);
  }
}

export class JsonBlobError extends OpenSessionError {
  constructor(message: string) {
    super(message);
    this.name = 'JsonBlobError';
  }
}
