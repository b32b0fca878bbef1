// The daemon's parse worker, parent side: how a worker that dies before it takes its job is reported. The daemon's
// end-to-end test kills a worker the moment it is reported, which raced with sending the job (EPIPE).
import * as path from 'path';
import { runInWorker, type WorkerJob } from '../../../cli/daemon/parse-worker';

const BIN = path.resolve(import.meta.dirname, '../../../bin/opensession.js');

describe('runInWorker', () => {
  it('reports a worker killed before it takes its job as killed, not as a failed send', async () => {
    const saved = process.argv[1];
    process.argv[1] = BIN; // the worker is started from the script this process runs
    try {
      for (let i = 0; i < 3; i++) {
        const job = { file: `/nonexistent/${i}.jsonl` } as unknown as WorkerJob;
        await expect(runInWorker(job, { ...process.env }, (pid) => process.kill(pid, 'SIGKILL'))).rejects.toThrow(
          `parse worker for /nonexistent/${i}.jsonl was killed by SIGKILL`,
        );
      }
    } finally {
      process.argv[1] = saved;
    }
  });
});
