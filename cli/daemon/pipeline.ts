// The per-file capture pipeline (daemon-and-server.md §2.7): hash → parse → skip auxiliary / no repo / capture off /
// excluded tool → sanitize and redact → dedupe by canonical hash → ledger write (§2.8) → registry.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { recomputeStats } from '../../core/hail/stats';
import type { HailEvent, Session } from '../../core/hail/types';
import { storeSessionForCheckout } from '../../core/ledger/checkout';
import { ledgerRef, resolveLedgerBranch } from '../../core/ledger/refs';
import { findRepoRoot, openRepo, readHead } from '../../core/ledger/repo';
import { applyExcludePatterns } from '../../core/ledger/sanitize';
import { redactForLedger } from '../../core/ledger/store';
import type { ProfileId } from '../../core/parsers/types';
import { asciiLower, setString } from '../../core/text';
import { DaemonConfig, effectiveSettings } from './config';
import { needsWorker } from './parse-worker';
import type { Env } from './paths';

export type SkipReason = 'auxiliary' | 'no_repository' | 'capture_off' | 'excluded_tool' | 'unchanged';

export type SessionOutcome =
  | { kind: 'captured'; sessionId: string; tool: string; repo: string; ref: string; key: string; hash: string }
  | { kind: 'skipped'; reason: SkipReason; sessionId: string }
  | { kind: 'error'; message: string };

export interface FileOutcome {
  /** Undefined when the file vanished before it was read. */
  sha256?: string;
  size?: number;
  mtimeMs?: number;
  /** True when the file bytes equal the recorded hash (nothing else ran). */
  unchanged?: boolean;
  sessions: SessionOutcome[];
}

export interface PipelineContext {
  config: DaemonConfig;
  env: Env;
  /** Recorded hash of this file (state.files), if any. */
  knownSha?: string | null;
  /** Recorded canonical hash of a session key (state.sessions). */
  knownSession: (key: string) => string | undefined;
  /** Set in the daemon: Cursor DBs and files of 8 MiB or more go to a parse worker (§2.15). */
  worker?: { known: Record<string, string>; onStart: (pid: number) => void };
}

async function hashFiles(files: string[]): Promise<string> {
  const h = crypto.createHash('sha256');
  for (const f of files) {
    try {
      await new Promise<void>((resolve, reject) => {
        const s = fs.createReadStream(f);
        s.on('data', (b) => h.update(b));
        s.on('end', resolve);
        s.on('error', reject);
      });
    } catch (err) {
      if (f !== files[0] && (err as NodeJS.ErrnoException).code === 'ENOENT') continue; // no -wal file
      throw err;
    }
  }
  return h.digest('hex');
}

/** §2.7 step 2: SHA-256 of the file (Cursor: the DB, then its `-wal` when present), streamed. */
export function contentHash(file: string, profile: ProfileId): Promise<string> {
  return hashFiles(profile === 'cursor' ? [file, `${file}-wal`] : [file]);
}

/** Cursor DBs are parsed from a private copy so Cursor's files are never locked (§2.7 step 3). */
async function withCursorCopy<T>(db: string, fn: (copy: string) => Promise<T>): Promise<T> {
  const tmp = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'opensession-cursor-'));
  try {
    await fs.promises.chmod(tmp, 0o700);
    const norm = db.replace(/\\/g, '/');
    const ws = /^(.*)\/workspaceStorage\/([^/]+)\/state\.vscdb$/.exec(norm);
    let target = path.join(tmp, 'User', 'globalStorage', 'state.vscdb');
    const copies: Array<[string, string]> = [];
    if (ws !== null) {
      target = path.join(tmp, 'User', 'workspaceStorage', ws[2], 'state.vscdb');
      const globalDb = path.join(ws[1], 'globalStorage', 'state.vscdb');
      copies.push([globalDb, path.join(tmp, 'User', 'globalStorage', 'state.vscdb')]);
    }
    copies.push([db, target]);
    for (const [from, to] of copies) {
      await fs.promises.mkdir(path.dirname(to), { recursive: true });
      for (const suffix of ['', '-wal']) {
        try {
          await fs.promises.copyFile(from + suffix, to + suffix);
        } catch (err) {
          if (suffix === '' && from === db) throw err;
        }
      }
    }
    return await fn(target);
  } finally {
    await fs.promises.rm(tmp, { recursive: true, force: true });
  }
}

/** Parses one agent log with its selected parser into a session. */
export async function parseAgentFile(file: string, profile: ProfileId): Promise<Session> {
  const { parseWithProfile } = await import('../../core/parsers');
  const run = async (p: string): Promise<Session> => {
    const events: HailEvent[] = [];
    const outcome = await parseWithProfile(
      p,
      profile,
      { push: (e: HailEvent) => void events.push(e) },
      {
        displayPath: file,
        sourcePath: file,
      },
    );
    return {
      version: outcome.header.version ?? 'hail-1.0.0',
      session_id: outcome.header.session_id,
      agent: outcome.header.agent,
      context: outcome.header.context,
      events,
      stats: recomputeStats({ events }),
    };
  };
  return profile === 'cursor' ? withCursorCopy(file, run) : run(file);
}

/** §2.7 step 4.1: session_role, then related ids, then parent id. */
export function isAuxiliary(session: Session): boolean {
  const a = session.context.attributes ?? {};
  const role = typeof a.session_role === 'string' ? asciiLower(a.session_role.trim()) : '';
  if (role === 'primary') return false;
  if (role === 'auxiliary') return true;
  if ((session.context.related_session_ids ?? []).length > 0) return true;
  return setString(a.parent_session_id) !== undefined;
}

function workingDirectory(session: Session): string | undefined {
  const a = session.context.attributes ?? {};
  return setString(a.cwd) ?? setString(a.working_directory);
}

function realRoot(dir: string): string | undefined {
  const root = findRepoRoot(dir);
  if (root === undefined) return undefined;
  try {
    return fs.realpathSync(root);
  } catch {
    return root;
  }
}

/** Runs steps 1–4 of §2.7 for one file; never throws for per-session problems (they become outcomes). */
export async function captureFile(file: string, profile: ProfileId, ctx: PipelineContext): Promise<FileOutcome> {
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(file);
  } catch {
    return { sessions: [] };
  }
  let sha: string;
  try {
    sha = await contentHash(file, profile);
  } catch {
    return { sessions: [] }; // vanished while reading
  }
  const base = { sha256: sha, size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
  if (ctx.knownSha === sha) return { ...base, unchanged: true, sessions: [] };
  if (ctx.worker !== undefined && needsWorker(profile, st.size)) {
    const { runInWorker } = await import('./parse-worker');
    const job = { file, profile, config: ctx.config, known: ctx.worker.known };
    return { ...base, sessions: await runInWorker(job, ctx.env, ctx.worker.onStart) };
  }
  return { ...base, sessions: await parseAndCapture(file, profile, ctx) };
}

/** Steps 3–4 of §2.7 (parse, then each session): in the daemon, or in the parse worker for big files and DBs. */
export async function parseAndCapture(
  file: string,
  profile: ProfileId,
  ctx: Omit<PipelineContext, 'knownSha' | 'worker'>,
): Promise<SessionOutcome[]> {
  let session: Session;
  try {
    session = await parseAgentFile(file, profile);
  } catch (err) {
    throw new Error(`failed to parse ${file} with ${profile}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return [await captureSession(session, ctx)];
}

async function captureSession(
  session: Session,
  ctx: Omit<PipelineContext, 'knownSha' | 'worker'>,
): Promise<SessionOutcome> {
  const id = session.session_id;
  if (isAuxiliary(session)) return { kind: 'skipped', reason: 'auxiliary', sessionId: id };
  const cwd = workingDirectory(session);
  const root = cwd === undefined ? undefined : realRoot(cwd);
  if (cwd === undefined || root === undefined) return { kind: 'skipped', reason: 'no_repository', sessionId: id };
  let settings;
  try {
    settings = effectiveSettings(ctx.config, root);
  } catch (err) {
    return { kind: 'error', message: (err as Error).message };
  }
  if (settings.capture === 'off') return { kind: 'skipped', reason: 'capture_off', sessionId: id };
  const excluded = settings.excludeTools.map((t) => asciiLower(t.trim()));
  if (excluded.includes(asciiLower(session.agent.tool)))
    return { kind: 'skipped', reason: 'excluded_tool', sessionId: id };
  const sanitized = applyExcludePatterns(session, settings.excludePatterns);
  const { bytes } = redactForLedger(sanitized, settings.stripPaths);
  const hash = crypto.createHash('sha256').update(bytes).digest('hex');
  const repo = openRepo(root);
  const head = readHead(repo);
  const ref = ledgerRef(resolveLedgerBranch(head.branch, head.head));
  const key = `${root}\n${ref}\n${id}`;
  if (ctx.knownSession(key) === hash) return { kind: 'skipped', reason: 'unchanged', sessionId: id };
  try {
    const written = await storeSessionForCheckout(sanitized, cwd, {
      stripHomePaths: settings.stripPaths,
      env: ctx.env,
    });
    if (written === undefined) return { kind: 'skipped', reason: 'no_repository', sessionId: id };
    return { kind: 'captured', sessionId: id, tool: session.agent.tool, repo: root, ref: written.ref, key, hash };
  } catch (err) {
    return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}
