// Child process for the concurrency test: appends N sessions to one ledger ref.
// Usage: tsx append-worker.ts <repo root> <ref> <worker id> <count>
import { openRepo } from '../../../../core/ledger/repo';
import { storeSession } from '../../../../core/ledger/store';
import { makeSession } from '../fixtures';

async function main(): Promise<void> {
  const [root, ref, worker, count] = process.argv.slice(2);
  const repo = openRepo(root);
  for (let i = 0; i < Number(count); i++) {
    await storeSession(repo, ref, makeSession(`w${worker}-s${i}`), [], { branch: 'main' });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
