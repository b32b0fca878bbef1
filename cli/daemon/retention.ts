// Retention prune over every registered repository (daemon-and-server.md §2.12, §2.13).
import * as fs from 'fs';
import * as path from 'path';
import { runGit } from '../../core/ledger/git-cli';
import { pruneLedger } from '../../core/ledger/prune';
import { openRepo } from '../../core/ledger/repo';
import type { Logger } from './log';

export function registeredRepos(home: string): string[] {
  try {
    const doc = JSON.parse(
      fs.readFileSync(path.join(home, '.config', 'opensession', 'repo-registry.json'), 'utf8'),
    ) as { repos?: unknown };
    return Array.isArray(doc.repos) ? doc.repos.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}

export async function pruneRegisteredRepos(
  home: string,
  keepDays: number,
  log: Logger,
  now: Date = new Date(),
): Promise<{ pruned: number; refs: number }> {
  let pruned = 0;
  let refs = 0;
  for (const root of registeredRepos(home)) {
    if (!fs.existsSync(path.join(root, '.git'))) continue; // listed but gone: skipped, not removed
    const list = await runGit(['for-each-ref', '--format=%(refname)', 'refs/opensession/branches/'], { cwd: root });
    for (const ref of list.stdout.split('\n').filter((l) => l !== '')) {
      try {
        const r = await pruneLedger(openRepo(root), ref, keepDays, now);
        if (r.committed) {
          pruned += r.expired;
          refs++;
        }
      } catch (err) {
        log.warn(`retention: could not prune ${ref} in ${root}: ${(err as Error).message}`);
      }
    }
  }
  return { pruned, refs };
}
