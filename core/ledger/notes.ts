// `git_notes` fanout mode: marker notes on `refs/notes/opensession` (§8).
import { EditableTree } from './objects';
import { NOTES_REF } from './refs';
import type { Repo } from './repo';
import { storeFor, updateRef } from './update';

export { parseFanoutMode, readFanoutMode } from './fanout-mode';
export type { FanoutMode, FanoutSetting } from './fanout-mode';

/** Tree path of the note for `sha`: flat, `ab/cdef…` or `ab/cd/ef…` (§8.3). */
export async function findNotePath(tree: EditableTree, sha: string): Promise<string | undefined> {
  for (const p of [
    sha,
    `${sha.slice(0, 2)}/${sha.slice(2)}`,
    `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha.slice(4)}`,
  ]) {
    if ((await tree.get(p)) !== undefined) return p;
  }
  return undefined;
}

export interface NoteFields {
  branch: string;
  localRef: string;
  commit: string;
  copiedFrom?: string;
  ledgerRef: string;
  generatedAt: Date;
}

export function renderNote(f: NoteFields): string {
  const at = f.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    'opensession fanout mode: git_notes',
    `branch: ${f.branch}`,
    `local_ref: ${f.localRef}`,
    `commit: ${f.commit}`,
    ...(f.copiedFrom !== undefined ? [`copied_from: ${f.copiedFrom}`] : []),
    `ledger_ref: ${f.ledgerRef}`,
    `generated_at: ${at}`,
    '',
  ].join('\n');
}

export type NoteOutcome = 'unchanged' | 'fresh' | 'copied';

/** §8.2 for one pushed tip `T`. */
export async function noteTip(
  repo: Repo,
  args: { branch: string; localRef: string; tip: string; ledgerRef: string },
  now: () => Date = () => new Date(),
): Promise<NoteOutcome> {
  const store = storeFor(repo);
  const parents = (await store.readCommit(args.tip)).parents;
  const order = [...parents.slice(1), ...parents.slice(0, 1)];
  let outcome: NoteOutcome = 'unchanged';
  await updateRef(
    repo,
    NOTES_REF,
    async (tree) => {
      outcome = 'unchanged';
      if ((await findNotePath(tree, args.tip)) !== undefined) return false;
      let copiedFrom: string | undefined;
      for (const p of order) {
        if ((await findNotePath(tree, p)) !== undefined) {
          copiedFrom = p;
          break;
        }
      }
      const body = renderNote({ ...args, commit: args.tip, copiedFrom, generatedAt: now() });
      await tree.setBlob(args.tip, await store.writeBlob(Buffer.from(body, 'utf8')));
      outcome = copiedFrom === undefined ? 'fresh' : 'copied';
      return true;
    },
    `note: ${args.tip}\n`,
    { now },
  );
  return outcome;
}
