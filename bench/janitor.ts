// Janitor benchmark: `opensession cleanup run --json` (dry run, the bundled CLI in a fresh process) against a local
// bare remote holding 10,000 stale ledger refs, and the git processes it starts (GIT_TRACE) at 1,000 and 10,000
// refs, which must be equal. Baseline: a bare `git ls-remote` of the same remote in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Bench, type Figures, elapsedMs, isolatedEnv, round, runBundledCli } from './harness';

function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** A work repo whose `origin` holds `n` stale ledger refs (one fast-import), a live branch and 1% artifact branches. */
function setup(dir: string, n: number, env: NodeJS.ProcessEnv): string {
  const remote = path.join(dir, 'remote.git');
  const work = path.join(dir, 'work');
  mkdirSync(work, { recursive: true });
  git(dir, env, 'init', '-q', '--bare', remote);
  git(work, env, 'init', '-q', '-b', 'main');
  git(work, env, 'config', 'user.name', 'bench');
  git(work, env, 'config', 'user.email', 'bench@example.com');
  git(work, env, 'commit', '-q', '--allow-empty', '-m', 'init');
  git(work, env, 'remote', 'add', 'origin', remote);
  git(work, env, 'push', '-q', 'origin', 'main');
  const now = Math.floor(Date.now() / 1000);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const ref =
      i % 100 === 0
        ? `refs/heads/opensession/pr-${i}-sessions`
        : 'refs/opensession/branches/' + Buffer.from(`gone/topic-${i}`).toString('base64url');
    parts.push(`commit ${ref}\ncommitter B <b@e> ${now - (10 + (i % 50)) * 86400} +0000\ndata 2\n${i % 10}\n\n`);
  }
  const r = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: remote,
    env,
    input: parts.join(''),
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`fast-import: ${r.stderr}`);
  runBundledCli(['cleanup', 'init', '--yes', '--provider', 'generic'], work, env);
  return work;
}

/** git processes started by one dry run (every git built-in writes one `built-in` trace line). */
function gitSpawns(work: string, env: NodeJS.ProcessEnv, dir: string): number {
  const trace = path.join(dir, 'git-trace.log');
  writeFileSync(trace, '');
  runBundledCli(['cleanup', 'run', '--json'], work, { ...env, GIT_TRACE: trace });
  const lines = readFileSync(trace, 'utf8').split('\n');
  return lines.filter((l) => l.includes('trace: built-in: git ')).length;
}

export const janitorBench: Bench = {
  name: 'janitor',
  goals: { janitor_10k_ms: '< 20000', janitor_git_spawns_10k: '= janitor_git_spawns_1k' },
  run: (work) => {
    const figures: Figures = {};
    const home = path.join(work, 'janitor-home');
    mkdirSync(home, { recursive: true });
    const env = isolatedEnv(home);
    for (const n of [1_000, 10_000]) {
      const dir = path.join(work, `janitor-${n}`);
      const repo = setup(dir, n, env);
      const label = n === 1_000 ? '1k' : '10k';
      figures[`janitor_git_spawns_${label}`] = gitSpawns(repo, env, dir);
      if (n === 10_000) {
        const runs: number[] = [];
        const base: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t0 = process.hrtime.bigint();
          git(repo, env, 'ls-remote', 'origin');
          base.push(elapsedMs(t0));
          const out = runBundledCli(['cleanup', 'run', '--json'], repo, env);
          runs.push(out.ms);
          const summary = JSON.parse(out.stdout) as { hidden_candidates: string[]; artifact_candidates: string[] };
          if (summary.hidden_candidates.length + summary.artifact_candidates.length === 0)
            throw new Error('janitor bench: expected candidates');
        }
        const best = Math.min(...runs);
        figures.janitor_10k_ms = {
          value: Math.round(best),
          raw: runs.map((x) => round(x)),
          baseline: base.map((x) => round(x)),
        };
        figures.janitor_ls_remote_10k_ms = Math.round(Math.min(...base));
        figures.janitor_10k_ratio = round(best / Math.min(...base), 1);
      }
      rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};
