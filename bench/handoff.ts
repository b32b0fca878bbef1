// `handoff build` of a large session through the bundled CLI, against `register` of the same file in the
// same run (both fresh processes, each in its own repo): the summary, the record with the raw session and
// the pretty JSON cost this much on top of canonicalising and storing the session.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateHail } from './hail-gen';
import { type Bench, MB, median, round, runBundledCli } from './harness';

export const handoffBench: Bench = {
  name: 'handoff',
  goals: { handoff_build_ratio: '<= 4', handoff_build_rss_mb: '< 600' },
  run: (work) => {
    const file = path.join(work, 'handoff.hail.jsonl');
    writeFileSync(file, generateHail(20 * MB, 7));
    const repo = () => {
      const dir = mkdtempSync(path.join(work, 'repo-'));
      spawnSync('git', ['init', '-q', dir]);
      return dir;
    };
    const base: number[] = [];
    const subject: number[] = [];
    let rss = 0;
    // Alternate baseline and subject so both see the same machine load; fresh repos so both write.
    for (let i = 0; i < 3; i++) {
      base.push(runBundledCli(['register', file, '--quiet'], repo()).ms);
      const built = runBundledCli(['handoff', 'build', file], repo());
      subject.push(built.ms);
      rss = Math.max(rss, built.rssMb);
    }
    const b = median(base);
    const s = median(subject);
    return {
      handoff_input_mb: 20,
      handoff_register_ms: Math.round(b),
      handoff_build_ms: Math.round(s),
      handoff_build_ratio: round(s / b, 2),
      handoff_build_rss_mb: Math.round(rss),
    };
  },
};
