// Store a session (§4.3) and store a blob (§4.4) on a ledger ref. Redaction happens here, before any
// byte is written to the object database.
import { toHailJsonl } from '../hail';
import { recomputeStats } from '../hail/stats';
import { formatTsZ, timestampFromMillis } from '../hail/timestamp';
import type { Session } from '../hail/types';
import { redactSession } from '../redact';
import { dedupe } from '../text';
import {
  buildMeta,
  GitFacts,
  indexPath,
  LedgerMeta,
  parseJsonBlob,
  renderIndexEntry,
  renderMeta,
  sessionCommitMessage,
  sessionPaths,
} from './layout';
import { readLedgerCommit } from './ref-health';
import type { Repo } from './repo';
import { storeFor, updateRef } from './update';

export interface StoreSessionOptions {
  /** Home-path stripping (`privacy.strip_paths`, default true). Secret redaction always runs. */
  stripHomePaths?: boolean;
  /** `head` in meta = last entry of the accumulated commits list (hook writes, §5.5 step 6). */
  headIsLastCommit?: boolean;
  now?: () => Date;
  /** The ref update (default `updateRef`); the hook's batched writer passes one that defers the swap. */
  update?: typeof updateRef;
  /** The session already redacted for the ledger (`redactForLedger` with the same `stripHomePaths`). */
  redacted?: ReturnType<typeof redactForLedger>;
}

export interface StoreSessionResult {
  ref: string;
  /** Ledger tip after the write (unchanged tip when nothing was committed). */
  oid: string | undefined;
  committed: boolean;
  hailPath: string;
  metaPath: string;
  /** Redaction counts per rule. */
  redactions: Record<string, number>;
  /** The commits listed in the stored meta. */
  commits: string[];
}

/** HAIL timestamp text of a wall-clock instant (milliseconds, `Z`). */
export function storedAtOf(date: Date): string {
  return formatTsZ(timestampFromMillis(date.getTime()));
}

function cleanLinks(links: readonly string[]): string[] {
  return dedupe(links.map((l) => l.trim()).filter((l) => l !== '' && !/^0+$/.test(l)));
}

/** The canonical HAIL bytes of the redacted session, and that session (stats recomputed). */
export function redactForLedger(
  session: Session,
  stripHomePaths: boolean,
): { session: Session; bytes: Buffer; counts: Record<string, number> } {
  const { session: redacted, counts } = redactSession(session, { stripHomePaths });
  const final: Session = { ...redacted, stats: recomputeStats(redacted) };
  return { session: final, bytes: Buffer.from(toHailJsonl(final), 'utf8'), counts: { ...counts } };
}

/** `storeSession(repo, ref, session, links, gitFacts)` (§4.3). */
export async function storeSession(
  repo: Repo,
  ref: string,
  session: Session,
  links: readonly string[],
  gitFacts: GitFacts = {},
  options: StoreSessionOptions = {},
): Promise<StoreSessionResult> {
  const clock = options.now ?? (() => new Date());
  const {
    session: redacted,
    bytes,
    counts,
  } = options.redacted ?? redactForLedger(session, options.stripHomePaths ?? true);
  const paths = sessionPaths(session.session_id);
  const newLinks = cleanLinks(links);
  let finalCommits: string[] = [];
  // A9: an unreadable ledger ref fails before any object is written, so nothing is left dangling.
  await readLedgerCommit(repo, storeFor(repo), ref);
  const hailOid = await storeFor(repo).writeBlob(bytes);
  const result = await (options.update ?? updateRef)(
    repo,
    ref,
    async (tree) => {
      const store = tree.store;
      let existing: Record<string, unknown> | undefined;
      const metaEntry = await tree.get(paths.meta);
      if (metaEntry !== undefined) {
        try {
          existing = parseJsonBlob(await store.readBlob(metaEntry.oid), paths.meta);
        } catch {
          existing = undefined; // an unreadable meta is rewritten
        }
      }
      const oldGit = existing?.git as { commits?: unknown } | undefined;
      const oldCommits = Array.isArray(oldGit?.commits)
        ? oldGit.commits.filter((c): c is string => typeof c === 'string')
        : [];
      const commits = dedupe([...oldCommits, ...newLinks]);
      finalCommits = commits;
      const git: GitFacts = { ...gitFacts, commits };
      if (options.headIsLastCommit === true) git.head = commits.length > 0 ? commits[commits.length - 1] : undefined;
      const storedAt = storedAtOf(clock());
      const meta: LedgerMeta = buildMeta(redacted, git, storedAt);
      const metaText = renderMeta(meta);
      // Unchanged: same HAIL blob, same meta apart from stored_at, and an index entry for every commit.
      const hailEntry = await tree.get(paths.hail);
      if (hailEntry?.oid === hailOid && existing !== undefined && typeof existing.stored_at === 'string') {
        const sameMeta =
          renderMeta({ ...meta, stored_at: existing.stored_at }) ===
          (await store.readBlob(metaEntry!.oid)).toString('utf8');
        if (sameMeta) {
          let allIndexed = true;
          for (const c of commits) {
            if ((await tree.get(indexPath(c, paths.sid))) === undefined) {
              allIndexed = false;
              break;
            }
          }
          if (allIndexed) return false;
        }
      }
      const indexBlob = Buffer.from(
        renderIndexEntry({
          hail_path: paths.hail,
          meta_path: paths.meta,
          session_id: session.session_id,
          stored_at: storedAt,
        }),
        'utf8',
      );
      const [metaOid, indexOid] = await Promise.all([
        store.writeBlob(Buffer.from(metaText, 'utf8')),
        commits.length > 0 ? store.writeBlob(indexBlob) : Promise.resolve(''),
      ]);
      await tree.setBlob(paths.hail, hailOid);
      await tree.setBlob(paths.meta, metaOid);
      for (const c of commits) await tree.setBlob(indexPath(c, paths.sid), indexOid);
      return true;
    },
    sessionCommitMessage(session.session_id),
    { now: clock },
  );
  return {
    ref,
    oid: result.oid,
    committed: result.committed,
    hailPath: paths.hail,
    metaPath: paths.meta,
    redactions: counts,
    commits: finalCommits,
  };
}

/** `storeBlob(repo, ref, path, bytes, message)` (§4.4): upsert one blob; unchanged when already there. */
export async function storeBlob(
  repo: Repo,
  ref: string,
  path: string,
  bytes: Uint8Array,
  message: string,
  options: { now?: () => Date } = {},
): Promise<{ oid: string | undefined; committed: boolean }> {
  const result = await updateRef(
    repo,
    ref,
    async (tree) => tree.setBlob(path, await tree.store.writeBlob(bytes)),
    message,
    options,
  );
  return { oid: result.oid, committed: result.committed };
}
