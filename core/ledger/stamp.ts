// The per-repository fanout stamp (amendments A8): written after a successful hook run so that the managed hook's
// POSIX sh part can exit without starting Node when nothing changed since (see PRE_PUSH_TEMPLATE in hooks.ts).
import * as fs from 'fs';
import * as path from 'path';
import { runGit } from './git-cli';
import type { Repo } from './repo';

/** The refs whose `%(objectname) %(refname)` listing the stamp holds; the hook script lists the same. */
export const STAMP_REF_PATTERNS = ['refs/opensession/branches/', 'refs/notes/opensession'] as const;

export function fanoutStampPath(repo: Repo): string {
  return path.join(repo.commonDir, 'opensession', 'hook-stamp');
}

/**
 * Content = the ledger ref listing after the fanout; mtime = when the hook run started, so an agent log written
 * during the run still counts as new next time. Best effort: a missing stamp only means Node runs.
 */
export async function writeFanoutStamp(repo: Repo, startedAt: Date): Promise<void> {
  const file = fanoutStampPath(repo);
  try {
    const res = await runGit(['for-each-ref', '--format=%(objectname) %(refname)', ...STAMP_REF_PATTERNS], {
      cwd: repo.root,
    });
    if (res.code !== 0) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, res.stdout);
    fs.utimesSync(tmp, startedAt, startedAt);
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(file, { force: true });
  }
}
