// `opensession share --git` as users run it: a fresh process of the bundled CLI storing one registered
// session into a branch ledger that already holds 1,000 sessions, next to a bare `node -e 0` start measured
// in the same run (goal: share ≤ 2 × node start).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { toHailJsonl } from '../core/hail';
import { type Bench, type Figures, isolatedEnv, median, nodeStartMs, round, runBundledCli } from './harness';
import { benchSession, seededLedger } from './ledger';

export const shareBench: Bench = {
  name: 'share',
  goals: { share_git_node_start_ratio: '<= 2' },
  run: async (work): Promise<Figures> => {
    const { dir } = await seededLedger(work); // ledger of branch `main` (refs/opensession/branches/bWFpbg)
    const env = isolatedEnv(path.join(work, 'share-home'));
    const git = (...args: string[]) => spawnSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' });
    git('init', '-q', '--bare', path.join(work, 'share-remote.git'));
    git('remote', 'add', 'origin', path.join(work, 'share-remote.git'));
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '--allow-empty', '-m', 'init');
    const uris: string[] = [];
    for (let i = 0; i < 8; i++) {
      const file = path.join(work, `share-${i}.hail.jsonl`);
      writeFileSync(file, toHailJsonl(benchSession(5000 + i)));
      const reg = runBundledCli(['register', file, '--quiet'], dir, env);
      uris.push(reg.stdout.trim().split('\n').pop()!);
    }
    const share: number[] = [];
    const start: number[] = [];
    runBundledCli(['share', uris[0], '--git', '--remote', 'origin'], dir, env); // warm the OS file cache once
    for (const uri of uris.slice(1)) {
      share.push(round(runBundledCli(['share', uri, '--git', '--remote', 'origin'], dir, env).ms, 1));
      start.push(nodeStartMs(1).value);
    }
    return {
      share_git_ms: { value: median(share), raw: share },
      node_start_ms: { value: median(start), raw: start },
      share_git_node_start_ratio: { value: round(median(share) / median(start), 2), raw: share, baseline: start },
    };
  },
};
