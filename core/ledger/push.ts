// Pushing a ledger (or notes) ref; on a rejected push: fetch, union merge, push again (§6).
import { OpenSessionError } from '../errors';
import { runGit } from './git-cli';
import { EMPTY_TREE } from './objects';
import { readRef, Repo } from './repo';
import { setRef, storeFor, updateRef } from './update';
import { isConfiguredRemote, trackingRefOf, tracksRef } from './remotes';
export { isConfiguredRemote, trackingRefOf } from './remotes';

export const MAX_MERGE_ROUNDS = 3;

export interface PushResult {
  pushed: boolean;
  /** Ledger-merge commits written before the successful push. */
  merges: number;
  /** The local tip that reached the remote. */
  oid: string | undefined;
  /** True when the local ref was fast-forwarded to the remote tip (nothing to push). */
  fastForwarded: boolean;
}

export interface PushOptions {
  env?: Record<string, string | undefined>;
  /** Delay before the single retry of a failed push (1 s per §6.1; tests may shorten it). */
  retryDelayMs?: number;
}

function pushEnv(options: PushOptions): Record<string, string | undefined> {
  return { ...(options.env ?? {}), OPENSESSION_INTERNAL_PUSH: '1', LC_ALL: 'C' };
}

type PushAttempt = { kind: 'ok' } | { kind: 'moved' } | { kind: 'failed'; stderr: string };

async function pushOnce(repo: Repo, target: string, ref: string, options: PushOptions): Promise<PushAttempt> {
  const res = await runGit(['push', '--porcelain', '--no-verify', target, `${ref}:${ref}`], {
    cwd: repo.root,
    env: pushEnv(options),
  });
  for (const line of res.stdout.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 3 || cols[0] !== '!' || cols[1] !== `${ref}:${ref}`) continue;
    const summary = cols[2].trim();
    if (summary.startsWith('[rejected] (non-fast-forward)') || summary.startsWith('[rejected] (fetch first)'))
      return { kind: 'moved' };
  }
  if (res.code === 0) return { kind: 'ok' };
  return { kind: 'failed', stderr: res.stderr.trim() || res.stdout.trim() };
}

let scratchCounter = 0;

/** §6.2: fetches the remote tip of `ref` into the tracking ref (named remotes) or a scratch ref. */
async function fetchRemoteTip(
  repo: Repo,
  target: string,
  ref: string,
  named: boolean,
  options: PushOptions,
): Promise<{ dest: string; tip: string | undefined; scratch: boolean }> {
  const scratch = !(named && tracksRef(ref));
  const dest = scratch
    ? `refs/opensession/scratch/merge-${process.pid}-${++scratchCounter}`
    : trackingRefOf(target, ref);
  const res = await runGit(['fetch', '--no-tags', target, `+${ref}:${dest}`], {
    cwd: repo.root,
    env: pushEnv(options),
  });
  if (res.code !== 0) {
    throw new OpenSessionError(`git push failed: could not fetch ${ref} from ${target} to merge: ${res.stderr.trim()}`);
  }
  return { dest, tip: readRef(repo.commonDir, dest), scratch };
}

/** Merge kind: ledger trees by session, notes trees by annotated commit. */
export type MergeKind = 'ledger' | 'notes';

/**
 * §6.3: merges the remote tip `remote` into the local `ref`. Returns 'fast-forward' when the local ref
 * moved to the remote tip, 'merged' when a merge commit was written, 'none' when the remote is already contained.
 */
export async function mergeRemoteTip(
  repo: Repo,
  ref: string,
  remote: string,
  kind: MergeKind = 'ledger',
): Promise<'none' | 'fast-forward' | 'merged'> {
  const store = storeFor(repo);
  for (let round = 0; round < 10; round++) {
    const local = readRef(repo.commonDir, ref);
    if (local === remote) return 'none';
    if (local !== undefined && (await store.isDescendent(local, remote))) return 'none';
    if (local === undefined || (await store.isDescendent(remote, local))) {
      if (await setRef(repo, ref, local, remote, `ledger-merge: fast-forward to ${remote}`)) return 'fast-forward';
      continue;
    }
    let outcome: 'none' | 'merged' = 'none';
    // Loaded only when a push was rejected and the histories diverged (the hook's push does not need it).
    const { applyFlat, flattenTree, mergeLedgerFlat, mergeNotesFlat } = await import('./merge');
    const result = await updateRef(
      repo,
      ref,
      async (tree, tip) => {
        if (tip === undefined) return false;
        if (tip === remote || (await store.isDescendent(tip, remote))) return false;
        const baseCommit = await store.findMergeBase(tip, remote);
        const baseTree = baseCommit === undefined ? EMPTY_TREE : (await store.readCommit(baseCommit)).tree;
        const localFlat = await flattenTree(store, tree.baseOid);
        const remoteFlat = await flattenTree(store, (await store.readCommit(remote)).tree);
        const merged =
          kind === 'ledger'
            ? await mergeLedgerFlat(store, await flattenTree(store, baseTree), localFlat, remoteFlat)
            : await mergeNotesFlat(store, localFlat, remoteFlat);
        await applyFlat(tree, localFlat, merged);
        outcome = 'merged';
        return true; // a merge commit is written even when the union equals the local tree
      },
      `${kind === 'ledger' ? 'ledger-merge' : 'notes-merge'}: remote=${remote}\n`,
      { extraParents: () => [remote] },
    );
    if (result.committed) return 'merged';
    if (outcome === 'none') continue; // the tip changed under us and already contains the remote
  }
  return 'none';
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** `pushRef(repoRoot, target, ref)` (§6.1) for ledger refs; `kind: 'notes'` for `refs/notes/opensession`. */
export async function pushRef(
  repo: Repo,
  target: string,
  ref: string,
  options: PushOptions & { kind?: MergeKind } = {},
): Promise<PushResult> {
  const named = await isConfiguredRemote(repo, target);
  let merges = 0;
  let retried = false;
  for (;;) {
    const attempt = await pushOnce(repo, target, ref, options);
    if (attempt.kind === 'ok') {
      const tip = readRef(repo.commonDir, ref);
      if (named && tracksRef(ref) && tip !== undefined) {
        const tracking = trackingRefOf(target, ref);
        await setRef(repo, tracking, readRef(repo.commonDir, tracking), tip, `update by push`).catch(() => false);
      }
      return { pushed: true, merges, oid: tip, fastForwarded: false };
    }
    if (attempt.kind === 'moved') {
      if (merges >= MAX_MERGE_ROUNDS) {
        throw new OpenSessionError(
          `git push failed: remote ref ${ref} kept changing during ${MAX_MERGE_ROUNDS} merge attempts`,
        );
      }
      const fetched = await fetchRemoteTip(repo, target, ref, named, options);
      try {
        if (fetched.tip === undefined)
          throw new OpenSessionError(
            `git push failed: could not fetch ${ref} from ${target} to merge: remote ref is missing`,
          );
        const outcome = await mergeRemoteTip(
          repo,
          ref,
          fetched.tip,
          options.kind ?? (ref.startsWith('refs/notes/') ? 'notes' : 'ledger'),
        );
        if (outcome === 'fast-forward') return { pushed: true, merges, oid: fetched.tip, fastForwarded: true };
        merges++;
      } finally {
        if (fetched.scratch) await runGit(['update-ref', '-d', fetched.dest], { cwd: repo.root });
      }
      continue;
    }
    if (retried) throw new OpenSessionError(`git push failed: ${attempt.stderr}`);
    retried = true;
    await sleep(options.retryDelayMs ?? 1000);
  }
}

export interface PushRefsResult {
  /** Refs that reached the remote (or were already there). */
  pushed: string[];
  /** Refs that could not be pushed, with the reason. */
  failed: Array<{ ref: string; message: string }>;
  /** `git push` processes run (1 when nothing was rejected). */
  pushes: number;
}

/**
 * A8: pushes every ref in ONE `git push` (ledger refs and, in notes mode, the notes ref). Refs rejected because
 * the remote moved are fetched, union-merged (§6.3) and pushed again together; other failures get one retry.
 */
export async function pushRefs(
  repo: Repo,
  target: string,
  refs: readonly string[],
  options: PushOptions = {},
): Promise<PushRefsResult> {
  const out: PushRefsResult = { pushed: [], failed: [], pushes: 0 };
  if (refs.length === 0) return out;
  const named = await isConfiguredRemote(repo, target, options.env);
  const merges = new Map<string, number>();
  let retried = false;
  let pending = [...new Set(refs)];
  while (pending.length > 0) {
    const res = await runGit(['push', '--porcelain', '--no-verify', target, ...pending.map((r) => `${r}:${r}`)], {
      cwd: repo.root,
      env: pushEnv(options),
    });
    out.pushes++;
    const status = new Map<string, PushAttempt>();
    for (const line of res.stdout.split('\n')) {
      const cols = line.split('\t');
      if (cols.length < 3) continue;
      const ref = cols[1].slice(0, cols[1].indexOf(':'));
      if (cols[0] !== '!') status.set(ref, { kind: 'ok' });
      else if (cols[2].startsWith('[rejected] (non-fast-forward)') || cols[2].startsWith('[rejected] (fetch first)'))
        status.set(ref, { kind: 'moved' });
      else status.set(ref, { kind: 'failed', stderr: cols[2].trim() });
    }
    const moved: string[] = [];
    const failed: Array<{ ref: string; message: string }> = [];
    const tracking: Array<Promise<unknown>> = [];
    for (const ref of pending) {
      const st = status.get(ref) ?? (res.code === 0 ? { kind: 'ok' } : { kind: 'failed', stderr: res.stderr.trim() });
      if (st.kind === 'ok') {
        out.pushed.push(ref);
        const tip = readRef(repo.commonDir, ref);
        if (named && tracksRef(ref) && tip !== undefined) {
          const tr = trackingRefOf(target, ref);
          tracking.push(setRef(repo, tr, readRef(repo.commonDir, tr), tip, 'update by push').catch(() => false));
        }
      } else if (st.kind === 'moved') moved.push(ref);
      else failed.push({ ref, message: st.stderr || res.stdout.trim() });
    }
    await Promise.all(tracking); // different refs: their updates do not contend
    const next: string[] = [];
    for (const ref of moved) {
      const n = merges.get(ref) ?? 0;
      if (n >= MAX_MERGE_ROUNDS) {
        out.failed.push({ ref, message: `remote ref ${ref} kept changing during ${MAX_MERGE_ROUNDS} merge attempts` });
        continue;
      }
      try {
        const fetched = await fetchRemoteTip(repo, target, ref, named, options);
        try {
          if (fetched.tip === undefined) throw new OpenSessionError(`could not fetch ${ref} from ${target} to merge`);
          const outcome = await mergeRemoteTip(
            repo,
            ref,
            fetched.tip,
            ref.startsWith('refs/notes/') ? 'notes' : 'ledger',
          );
          if (outcome === 'fast-forward') {
            out.pushed.push(ref);
            continue;
          }
          merges.set(ref, n + 1);
          next.push(ref);
        } finally {
          if (fetched.scratch) await runGit(['update-ref', '-d', fetched.dest], { cwd: repo.root });
        }
      } catch (err) {
        out.failed.push({ ref, message: (err as Error).message });
      }
    }
    if (failed.length > 0) {
      if (retried) out.failed.push(...failed);
      else {
        retried = true;
        await sleep(options.retryDelayMs ?? 1000);
        next.push(...failed.map((f) => f.ref));
      }
    }
    pending = next;
  }
  return out;
}
