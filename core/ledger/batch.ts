// Packs the objects one hook run wrote (A8 speed): the sync writes every ledger object loose (safe at each ref
// update); before the one ledger push they are copied into a single pack + index, so `git push`'s pack-objects
// reuses their compressed bytes instead of opening, inflating and deflating hundreds of loose files.
// Best effort: the loose objects stay valid (`git gc` removes them later); a failure only means a slower push.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { crc32, deflateSync, inflateSync } from 'zlib';
import { runGit } from './git-cli';
import { type ObjectStore, renderCommit, renderTree, type Signature, type TreeEntryRecord } from './objects';

const TYPE_CODE: Record<string, number> = { commit: 1, tree: 2, blob: 3, tag: 4 };

/** Bodies kept in memory for packing up to this size; bigger objects are read back from their loose file. */
const KEEP_BODY_MAX = 64 * 1024;

export interface WrittenObject {
  type: 'blob' | 'tree' | 'commit';
  body?: Buffer;
}

/** Records the objects written through `store` until `stop()` (ids; small bodies too, so packing reads nothing). */
export function recordWrites(store: ObjectStore): {
  oids: Set<string>;
  objects: Map<string, WrittenObject>;
  stop: () => void;
} {
  const objects = new Map<string, WrittenObject>();
  const oids = new Set<string>();
  type Method = (...a: never[]) => Promise<string>;
  const s = store as unknown as Record<'writeBlob' | 'writeTree' | 'writeCommit', Method>;
  const render: Record<keyof typeof s, [WrittenObject['type'], (...a: never[]) => Buffer | undefined]> = {
    writeBlob: ['blob', (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
    writeTree: [
      'tree',
      (entries: ReadonlyMap<string, TreeEntryRecord>) => (entries.size === 0 ? undefined : renderTree(entries)),
    ],
    writeCommit: [
      'commit',
      (tree: string, parents: string[], message: string, who: Signature) => renderCommit(tree, parents, message, who),
    ],
  };
  const names = Object.keys(render) as Array<keyof typeof s>;
  const own = names.map((n) => Object.prototype.hasOwnProperty.call(s, n));
  const originals = names.map((n) => s[n]);
  names.forEach((n, i) => {
    s[n] = (async (...a: never[]) => {
      const oid = await originals[i].apply(store, a);
      oids.add(oid);
      const [type, body] = render[n];
      const b = body(...a);
      if (b !== undefined || type !== 'tree')
        objects.set(oid, { type, body: b !== undefined && b.length <= KEEP_BODY_MAX ? b : undefined });
      return oid;
    }) as Method;
  });
  // Trees edited in place (EditableTree) are written as raw bodies, synchronously.
  const t = store as unknown as { writeTreeBody: (body: Buffer) => string };
  const ownTreeBody = Object.prototype.hasOwnProperty.call(t, 'writeTreeBody');
  const writeTreeBody = t.writeTreeBody;
  t.writeTreeBody = (body: Buffer): string => {
    const oid = writeTreeBody.call(store, body);
    oids.add(oid);
    if (body.length > 0) objects.set(oid, { type: 'tree', body: body.length <= KEEP_BODY_MAX ? body : undefined });
    return oid;
  };
  return {
    oids,
    objects,
    stop: () => {
      names.forEach((n, i) => {
        if (own[i]) s[n] = originals[i];
        else delete (s as Record<string, unknown>)[n];
      });
      if (ownTreeBody) t.writeTreeBody = writeTreeBody;
      else delete (t as Record<string, unknown>).writeTreeBody;
    },
  };
}

/** Pack entry header: type and size, 7 bits at a time (pack-format.txt). */
function entryHeader(type: number, size: number): Buffer {
  const out: number[] = [];
  let c = (type << 4) | (size & 0x0f);
  size = Math.floor(size / 16);
  while (size > 0) {
    out.push(c | 0x80);
    c = size & 0x7f;
    size = Math.floor(size / 128);
  }
  out.push(c);
  return Buffer.from(out);
}

/** One undeltified pack entry. Level 1 (as the loose objects are written) with the zlib window and hash table
 * sized to the body: small objects (most of a ledger) do not allocate the default 256 KiB of state each. */
function packEntry(type: number, body: Buffer): Buffer {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(body.length + 262))));
  return Buffer.concat([
    entryHeader(type, body.length),
    deflateSync(body, { level: 1, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)) }),
  ]);
}

/**
 * Writes the loose objects among `oids` into `objects/pack/pack-<sha>.{pack,idx}` (version 2, no deltas).
 * Returns the pack path, or undefined when there was nothing loose to pack.
 */
export function packLooseObjects(
  commonDir: string,
  oids: Iterable<string>,
  known: ReadonlyMap<string, WrittenObject> = new Map(),
): string | undefined {
  const objectsDir = path.join(commonDir, 'objects');
  const entries: PackInput[] = [];
  for (const oid of new Set(oids)) {
    if (!/^[0-9a-f]{40}$/.test(oid)) continue; // SHA-1 repositories only
    const k = known.get(oid);
    if (k?.body !== undefined) {
      entries.push({ oid: Buffer.from(oid, 'hex'), data: packEntry(TYPE_CODE[k.type], k.body) });
      continue;
    }
    let raw: Buffer;
    try {
      raw = inflateSync(fs.readFileSync(path.join(objectsDir, oid.slice(0, 2), oid.slice(2))));
    } catch {
      continue; // already packed (or the virtual empty tree)
    }
    const sp = raw.indexOf(0x20);
    const nul = raw.indexOf(0);
    const type = TYPE_CODE[raw.toString('latin1', 0, sp)];
    if (sp < 0 || nul < sp || type === undefined) continue;
    const body = raw.subarray(nul + 1);
    entries.push({ oid: Buffer.from(oid, 'hex'), data: packEntry(type, body) });
  }
  return writePack(commonDir, entries);
}

interface PackInput {
  oid: Buffer;
  data: Buffer;
}

/**
 * Writes objects held in memory (id -> type and body) as one pack + index, fsynced, and returns the pack
 * path (undefined when there is nothing to write). The hook's batched writer stores nothing loose.
 */
export function packObjects(
  commonDir: string,
  objects: ReadonlyMap<string, { type: string; body: Buffer }>,
): string | undefined {
  const entries: PackInput[] = [];
  for (const [oid, o] of objects) {
    if (!/^[0-9a-f]{40}$/.test(oid) || TYPE_CODE[o.type] === undefined) throw new Error(`cannot pack object ${oid}`);
    entries.push({ oid: Buffer.from(oid, 'hex'), data: packEntry(TYPE_CODE[o.type], o.body) });
  }
  return writePack(commonDir, entries, true);
}

function writePack(commonDir: string, entries: PackInput[], durable = false): string | undefined {
  const objectsDir = path.join(commonDir, 'objects');
  if (entries.length === 0) return undefined;
  const head = Buffer.alloc(12);
  head.write('PACK', 0, 'latin1');
  head.writeUInt32BE(2, 4);
  head.writeUInt32BE(entries.length, 8);
  const offsets: number[] = [];
  let offset = head.length;
  for (const e of entries) {
    offsets.push(offset);
    offset += e.data.length;
  }
  const packBody = Buffer.concat([head, ...entries.map((e) => e.data)]);
  const packSum = createHash('sha1').update(packBody).digest();
  // Index v2: fan-out, sorted ids, CRC-32 of each packed entry, 31-bit offsets, pack and index checksums.
  const order = entries.map((_, i) => i).sort((a, b) => Buffer.compare(entries[a].oid, entries[b].oid));
  const fanout = Buffer.alloc(256 * 4);
  const counts = new Array<number>(256).fill(0);
  for (const e of entries) counts[e.oid[0]]++;
  let running = 0;
  for (let b = 0; b < 256; b++) {
    running += counts[b];
    fanout.writeUInt32BE(running, b * 4);
  }
  const ids = Buffer.concat(order.map((i) => entries[i].oid));
  const crcs = Buffer.alloc(entries.length * 4);
  const offs = Buffer.alloc(entries.length * 4);
  order.forEach((i, k) => {
    crcs.writeUInt32BE(crc32(entries[i].data) >>> 0, k * 4);
    if (offsets[i] >= 0x80000000) throw new Error('pack too large for 31-bit offsets');
    offs.writeUInt32BE(offsets[i], k * 4);
  });
  const idxBody = Buffer.concat([Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]), fanout, ids, crcs, offs, packSum]);
  const idx = Buffer.concat([idxBody, createHash('sha1').update(idxBody).digest()]);
  const packDir = path.join(objectsDir, 'pack');
  fs.mkdirSync(packDir, { recursive: true });
  const base = path.join(packDir, `pack-${packSum.toString('hex')}`);
  // The pack first, the index last: git only looks at packs that have an index.
  for (const [file, bytes] of [
    [`${base}.pack`, Buffer.concat([packBody, packSum])],
    [`${base}.idx`, idx],
  ] as const) {
    const tmp = `${file}.tmp-${process.pid}`;
    if (durable) {
      // The only copy of these objects (git fsyncs its packs too): on disk before a ref can point at them.
      const fd = fs.openSync(tmp, 'w', 0o444);
      try {
        fs.writeSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    } else fs.writeFileSync(tmp, bytes, { mode: 0o444 });
    fs.renameSync(tmp, file);
  }
  return `${base}.pack`;
}

/** One ref move of a transaction: `old` undefined = the ref must not exist yet. */
export interface RefMove {
  ref: string;
  old: string | undefined;
  next: string;
}

/**
 * Moves every ref in ONE `git update-ref --stdin` transaction, each checked against its old value
 * (compare-and-swap): all move or none does. Returns false when git refused (a ref moved meanwhile).
 */
export async function moveRefsAtomically(cwd: string, moves: readonly RefMove[]): Promise<boolean> {
  if (moves.length === 0) return true;
  const zero = '0'.repeat(40);
  const input = moves.map((m) => `update ${m.ref} ${m.next} ${m.old ?? zero}\n`).join('');
  const res = await runGit(['update-ref', '--stdin'], { cwd, input });
  return res.code === 0;
}
