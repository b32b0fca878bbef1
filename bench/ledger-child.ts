// Child of bench/ledger.ts: one cold append in a fresh process. Modules are loaded first (not timed);
// the figure is the write itself with nothing cached: open the repo, store one session, move the ref.
import { openRepo } from '../core/ledger/repo';
import { storeSession } from '../core/ledger/store';
import { benchSession, commitOf } from './ledger';

const [dir, ref, n] = process.argv.slice(2);
const session = benchSession(Number(n));
const t0 = process.hrtime.bigint();
storeSession(openRepo(dir), ref, session, [commitOf(Number(n))], { branch: 'main' })
  .then((r) => {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (!r.committed) throw new Error('nothing committed');
    process.stdout.write(`${ms}\n`);
  })
  .catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });
