// Three-way union merge of two ledger trees (§6.3) and of two notes trees (§8.4).
import { tryParseTimestamp } from '../hail/timestamp';
import { compareBytewise } from '../text';
import { EditableTree, EMPTY_TREE, ObjectStore, TREE_MODE, TreeEntryRecord } from './objects';
import { INDEX_DIR, shardOf } from './layout';

export type FlatTree = Map<string, TreeEntryRecord>;

/** Every blob of a tree by full path. */
export async function flattenTree(
  store: ObjectStore,
  oid: string,
  prefix = '',
  out: FlatTree = new Map(),
): Promise<FlatTree> {
  if (oid === EMPTY_TREE) return out;
  for (const [name, e] of await store.readTree(oid)) {
    const p = prefix === '' ? name : `${prefix}/${name}`;
    if (e.mode === TREE_MODE) await flattenTree(store, e.oid, p, out);
    else out.set(p, e);
  }
  return out;
}

const SESSION_FILE = /^v1\/([^/]+)\/([^/]+)\.(hail\.jsonl|meta\.json)$/;
const INDEX_FILE = /^v1\/index\/commits\/([^/]+)\/([^/]+)\.json$/;

interface Version {
  hail?: string;
  meta?: string;
}

function sessionVersions(flat: FlatTree): Map<string, Version> {
  const out = new Map<string, Version>();
  for (const [p, e] of flat) {
    const m = SESSION_FILE.exec(p);
    if (m === null || m[1] === 'index') continue;
    const key = `${m[1]}/${m[2]}`;
    const v = out.get(key) ?? {};
    if (m[3] === 'hail.jsonl') v.hail = e.oid;
    else v.meta = e.oid;
    out.set(key, v);
  }
  return out;
}

const sameVersion = (a: Version | undefined, b: Version | undefined): boolean =>
  a !== undefined && b !== undefined && a.hail === b.hail && a.meta === b.meta;

async function timestampField(store: ObjectStore, oid: string | undefined, field: string): Promise<bigint | undefined> {
  if (oid === undefined) return undefined;
  try {
    const v = (JSON.parse((await store.readBlob(oid)).toString('utf8')) as Record<string, unknown>)[field];
    return typeof v === 'string' ? tryParseTimestamp(v) : undefined;
  } catch {
    return undefined;
  }
}

/** True when `a` wins over `b`: later timestamp, then the greater blob sha; an unparsable time loses. */
async function newerWins(
  store: ObjectStore,
  aOid: string | undefined,
  bOid: string | undefined,
  field: string,
): Promise<boolean> {
  const ta = await timestampField(store, aOid, field);
  const tb = await timestampField(store, bOid, field);
  if (ta !== undefined && tb === undefined) return true;
  if (ta === undefined && tb !== undefined) return false;
  if (ta !== undefined && tb !== undefined && ta !== tb) return ta > tb;
  return compareBytewise(aOid ?? '', bOid ?? '') > 0;
}

function sessionKeyOfIndex(p: string): string | undefined {
  const m = INDEX_FILE.exec(p);
  if (m === null) return undefined;
  return `${shardOf(m[2])}/${m[2]}`;
}

/** Three-way rule for paths without special keys: changed side wins; both changed → remote. */
function mergeOther(
  base: TreeEntryRecord | undefined,
  local: TreeEntryRecord | undefined,
  remote: TreeEntryRecord | undefined,
): TreeEntryRecord | undefined {
  const eq = (a?: TreeEntryRecord, b?: TreeEntryRecord): boolean => a?.oid === b?.oid && a?.mode === b?.mode;
  if (eq(local, remote)) return local;
  if (local === undefined) return eq(base, remote) ? undefined : remote;
  if (remote === undefined) return eq(base, local) ? undefined : local;
  if (eq(base, local)) return remote;
  if (eq(base, remote)) return local;
  return remote;
}

/** The merged flat tree of a ledger (§6.3 rules 1-3). */
export async function mergeLedgerFlat(
  store: ObjectStore,
  base: FlatTree,
  local: FlatTree,
  remote: FlatTree,
): Promise<FlatTree> {
  const vb = sessionVersions(base);
  const vl = sessionVersions(local);
  const vr = sessionVersions(remote);
  const winner = new Map<string, 'local' | 'remote' | 'same'>();
  const removed = new Set<string>();
  for (const key of new Set([...vl.keys(), ...vr.keys()])) {
    const l = vl.get(key);
    const r = vr.get(key);
    if (sameVersion(l, r)) winner.set(key, 'same');
    else if (l === undefined) {
      if (sameVersion(vb.get(key), r)) removed.add(key);
      else winner.set(key, 'remote');
    } else if (r === undefined) {
      if (sameVersion(vb.get(key), l)) removed.add(key);
      else winner.set(key, 'local');
    } else {
      winner.set(key, (await newerWins(store, l.meta, r.meta, 'stored_at')) ? 'local' : 'remote');
    }
  }
  for (const key of vb.keys()) if (!vl.has(key) && !vr.has(key)) removed.add(key);

  const out: FlatTree = new Map();
  const paths = new Set([...local.keys(), ...remote.keys()]);
  for (const p of paths) {
    const l = local.get(p);
    const r = remote.get(p);
    const s = SESSION_FILE.exec(p);
    if (s !== null && s[1] !== 'index') {
      const key = `${s[1]}/${s[2]}`;
      const w = winner.get(key);
      if (w === undefined) continue; // removed
      const pick = w === 'remote' ? r : w === 'local' ? l : (l ?? r);
      if (pick !== undefined) out.set(p, pick);
      continue;
    }
    const key = p.startsWith(`${INDEX_DIR}/`) ? sessionKeyOfIndex(p) : undefined;
    if (key !== undefined && (winner.has(key) || removed.has(key))) {
      if (removed.has(key)) continue;
      if (l === undefined || r === undefined || l.oid === r.oid) {
        out.set(p, (l ?? r)!);
        continue;
      }
      const w = winner.get(key);
      if (w === 'local') out.set(p, l);
      else if (w === 'remote') out.set(p, r);
      else out.set(p, (await newerWins(store, l.oid, r.oid, 'stored_at')) ? l : r);
      continue;
    }
    const merged = mergeOther(base.get(p), l, r);
    if (merged !== undefined) out.set(p, merged);
  }
  return out;
}

/** Rewrites `tree` (the local tip tree) into `target`, touching only differing paths. */
export async function applyFlat(tree: EditableTree, current: FlatTree, target: FlatTree): Promise<boolean> {
  let changed = false;
  for (const p of current.keys()) if (!target.has(p)) changed = (await tree.remove(p)) || changed;
  for (const [p, e] of target) {
    const c = current.get(p);
    if (c?.oid !== e.oid || c?.mode !== e.mode) changed = (await tree.setBlob(p, e.oid, e.mode)) || changed;
  }
  return changed;
}

/** Notes keyed by annotated commit (fan-out paths collapsed); later `generated_at` wins (§8.4). */
export async function mergeNotesFlat(store: ObjectStore, local: FlatTree, remote: FlatTree): Promise<FlatTree> {
  const byKey = (flat: FlatTree): Map<string, [string, TreeEntryRecord]> => {
    const m = new Map<string, [string, TreeEntryRecord]>();
    for (const [p, e] of flat) m.set(p.replace(/\//g, ''), [p, e]);
    return m;
  };
  const kl = byKey(local);
  const kr = byKey(remote);
  const out: FlatTree = new Map();
  for (const key of new Set([...kl.keys(), ...kr.keys()])) {
    const l = kl.get(key);
    const r = kr.get(key);
    if (l === undefined) out.set(r![0], r![1]);
    else if (r === undefined || l[1].oid === r[1].oid) out.set(l[0], l[1]);
    else {
      const lt = await noteTime(store, l[1].oid);
      const rt = await noteTime(store, r[1].oid);
      let localWins: boolean;
      if (lt !== undefined && rt === undefined) localWins = true;
      else if (lt === undefined && rt !== undefined) localWins = false;
      else if (lt !== undefined && rt !== undefined && lt !== rt) localWins = lt > rt;
      else localWins = compareBytewise(l[1].oid, r[1].oid) > 0;
      out.set(l[0], localWins ? l[1] : r[1]);
    }
  }
  return out;
}

async function noteTime(store: ObjectStore, oid: string): Promise<bigint | undefined> {
  try {
    const m = /^generated_at: (.+)$/m.exec((await store.readBlob(oid)).toString('utf8'));
    return m === null ? undefined : tryParseTimestamp(m[1].trim());
  } catch {
    return undefined;
  }
}
