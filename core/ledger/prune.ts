// Retention prune: a normal child commit that removes expired sessions and their index entries (§7).
import { tryParseTimestamp, timestampFromMillis } from '../hail/timestamp';
import { runGit } from './git-cli';
import { EditableTree, EMPTY_TREE, TREE_MODE } from './objects';
import { INDEX_DIR } from './layout';
import { readRef, Repo } from './repo';
import { updateRef } from './update';

export interface PruneResult {
  scanned: number;
  expired: number;
  committed: boolean;
}

const NS_PER_DAY = 86_400n * 1_000_000_000n;

async function timeOfBlob(tree: EditableTree, oid: string): Promise<bigint | undefined> {
  try {
    const v = (JSON.parse((await tree.store.readBlob(oid)).toString('utf8')) as Record<string, unknown>).stored_at;
    return typeof v === 'string' ? tryParseTimestamp(v) : undefined;
  } catch {
    return undefined;
  }
}

interface Expiry {
  scanned: number;
  expired: Array<{ dir: string; sid: string }>;
}

async function findExpired(tree: EditableTree, cutoff: bigint): Promise<Expiry> {
  const sessions: Array<{ dir: string; sid: string; metaOid: string }> = [];
  for (const [shard, e] of await tree.list('v1')) {
    if (e.mode !== TREE_MODE || shard === 'index') continue;
    for (const [name, f] of await tree.list(`v1/${shard}`)) {
      if (f.mode !== TREE_MODE && name.endsWith('.meta.json')) {
        sessions.push({ dir: `v1/${shard}`, sid: name.slice(0, -'.meta.json'.length), metaOid: f.oid });
      }
    }
  }
  let indexBySid: Map<string, string[]> | undefined;
  const expired: Expiry['expired'] = [];
  for (const s of sessions) {
    let t = await timeOfBlob(tree, s.metaOid);
    if (t === undefined) {
      if (indexBySid === undefined) {
        indexBySid = new Map();
        for (const [sha, d] of await tree.list(INDEX_DIR)) {
          if (d.mode !== TREE_MODE) continue;
          for (const [file, f] of await tree.list(`${INDEX_DIR}/${sha}`)) {
            if (!file.endsWith('.json')) continue;
            const sid = file.slice(0, -'.json'.length);
            indexBySid.set(sid, [...(indexBySid.get(sid) ?? []), f.oid]);
          }
        }
      }
      for (const oid of indexBySid.get(s.sid) ?? []) {
        const it = await timeOfBlob(tree, oid);
        if (it !== undefined && (t === undefined || it > t)) t = it;
      }
    }
    if (t !== undefined && t <= cutoff) expired.push({ dir: s.dir, sid: s.sid });
  }
  return { scanned: sessions.length, expired };
}

/** `pruneLedger(repo, ref, keepDays, now)`. */
export async function pruneLedger(
  repo: Repo,
  ref: string,
  keepDays: number,
  now: Date = new Date(),
): Promise<PruneResult> {
  if (readRef(repo.commonDir, ref) === undefined) return { scanned: 0, expired: 0, committed: false };
  const cutoff = timestampFromMillis(now.getTime()) - BigInt(Math.floor(keepDays)) * NS_PER_DAY;
  let last: Expiry = { scanned: 0, expired: [] };
  const result = await updateRef(
    repo,
    ref,
    async (tree) => {
      last = await findExpired(tree, cutoff);
      if (last.expired.length === 0) return false;
      const sids = new Set(last.expired.map((e) => e.sid));
      for (const e of last.expired) {
        await tree.remove(`${e.dir}/${e.sid}.hail.jsonl`);
        await tree.remove(`${e.dir}/${e.sid}.meta.json`);
      }
      for (const [sha, d] of await tree.list(INDEX_DIR)) {
        if (d.mode !== TREE_MODE) continue;
        for (const [file] of await tree.list(`${INDEX_DIR}/${sha}`)) {
          if (file.endsWith('.json') && sids.has(file.slice(0, -'.json'.length)))
            await tree.remove(`${INDEX_DIR}/${sha}/${file}`);
        }
      }
      // When every session expired the commit's tree is the empty tree, which the object store never writes (git and isomorphic-git treat it as virtual, but fsck reports it missing): it is stored before the commit.
      // `git hash-object -w` writes it for real (a no-op when it is already stored).
      const w = await runGit(['hash-object', '-w', '-t', 'tree', '--stdin'], { cwd: repo.commonDir, input: '' });
      if (w.code !== 0 || w.stdout.trim() !== EMPTY_TREE)
        throw new Error(`could not write the empty tree: ${w.stderr.trim()}`);
      return true;
    },
    () => `retention-prune: keep_days=${keepDays} expired=${last.expired.length}\n`,
    { now: () => now },
  );
  return { scanned: last.scanned, expired: last.expired.length, committed: result.committed };
}
