// Ledger refs that exist but cannot be read (amendments-2 A9): an empty or unparsable ref file, or a ref that points
// at something other than a commit, is an error naming the ref with the steps to repair it, never "absent" (treating
// it as absent would start a new root commit and orphan every earlier session of that branch).
import * as fs from 'fs';
import * as path from 'path';
import { GuidedError } from '../errors';
import type { ObjectStore } from './objects';
import { readRef, type Repo } from './repo';

const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The last new value recorded in the ref's reflog: the tip before it broke, when git kept a log. */
function lastReflogTip(repo: Repo, ref: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(repo.commonDir, 'logs', ref), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n').filter((l) => l !== '');
  for (let i = lines.length - 1; i >= 0; i--) {
    const next = lines[i].split(' ')[1];
    if (next !== undefined && OID.test(next) && !/^0+$/.test(next)) return next;
  }
  return undefined;
}

function brokenRefError(repo: Repo, ref: string, problem: string, removable: boolean): GuidedError {
  const file = path.join(repo.commonDir, ref);
  const last = lastReflogTip(repo, ref);
  const steps = [
    removable
      ? `remove the broken ref: \`git update-ref -d ${ref}\``
      : `remove the broken ref file (git cannot delete a ref it cannot read): \`rm ${file}\``,
    last !== undefined
      ? `put back the last tip its reflog recorded: \`git update-ref ${ref} ${last}\``
      : `find the earlier ledger commits: \`git fsck --lost-found\` (dangling commits by opensession), then \`git update-ref ${ref} <commit>\``,
    'retry the command',
  ];
  return new GuidedError(`ledger ref ${ref} is unreadable: ${problem}; nothing was written`, steps);
}

/**
 * The tip of a ledger ref, strictly: undefined only when the ref does not exist; a GuidedError when its file is
 * empty or not an object id (A9). Packed refs and symbolic refs read as `readRef` reads them.
 */
export function readLedgerTip(repo: Repo, ref: string): string | undefined {
  const file = path.join(repo.commonDir, ref);
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    // absent (or a directory): fall through to readRef, which reports I/O errors
  }
  if (text !== undefined) {
    const value = text.trim();
    if (value === '') throw brokenRefError(repo, ref, `${file} is empty`, false);
    if (OID.test(value)) return value; // the common case: a loose ref holding an id
    if (!value.startsWith('ref:')) throw brokenRefError(repo, ref, `${file} does not hold an object id`, false);
  }
  return readRef(repo.commonDir, ref);
}

/** Fails with the A9 error unless `oid` (the tip of `ref`) is a commit in the object database. */
export async function assertLedgerTipIsCommit(repo: Repo, store: ObjectStore, ref: string, oid: string): Promise<void> {
  const type = await store.objectType(oid);
  if (type === 'commit') return;
  const problem =
    type === undefined
      ? `it points at ${oid}, which is not in the object database`
      : `it points at a ${type} (${oid}), not a commit`;
  throw brokenRefError(repo, ref, problem, type !== undefined);
}

/** `readLedgerTip` plus the commit check: the tip to build on, or undefined for a ledger that does not exist yet. */
export async function readLedgerCommit(repo: Repo, store: ObjectStore, ref: string): Promise<string | undefined> {
  const tip = readLedgerTip(repo, ref);
  if (tip !== undefined) await assertLedgerTipIsCommit(repo, store, ref, tip);
  return tip;
}
