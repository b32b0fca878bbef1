// The pre-push hook's cost: `git push` with the managed hook and nothing to fan out, minus the same push
// without it (median of alternating runs, so both see the same machine load).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import * as path from 'node:path';
import { type Bench, type Figures, ROOT } from './harness';

/**
 * `git push` with the managed pre-push hook and nothing to fan out, minus the same push without it
 * (median of alternating runs, so both see the same machine load).
 */
export function hookOverhead(work: string): Figures {
  const dir = mkdtempSync(path.join(work, 'hook-'));
  const home = path.join(dir, 'home');
  const repo = path.join(dir, 'repo');
  const remote = path.join(dir, 'remote.git');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
  };
  delete env.OPENSESSION_INTERNAL_PUSH;
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  mkdirSync(home, { recursive: true });
  mkdirSync(repo, { recursive: true });
  spawnSync('git', ['init', '-q', '--bare', remote], { env });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'bench');
  git('config', 'user.email', 'bench@example.com');
  git('remote', 'add', 'origin', remote);
  git('commit', '-q', '--allow-empty', '-m', 'init');
  const setup = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'opensession.js'), 'doctor', '--fix', '--yes', '--fanout-mode', 'hidden_ref'],
    { cwd: repo, env, encoding: 'utf8' },
  );
  if (setup.status !== 0) throw new Error(`doctor --fix failed: ${setup.stderr}`);
  const push = (withHook: boolean): number => {
    git('commit', '-q', '--allow-empty', '-m', 'next');
    const args = withHook
      ? ['push', '-q', 'origin', 'main']
      : ['-c', `core.hooksPath=${path.join(dir, 'no-hooks')}`, 'push', '-q', 'origin', 'main'];
    const t0 = process.hrtime.bigint();
    git(...args);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const withHook: number[] = [];
  const without: number[] = [];
  push(true);
  push(false);
  for (let i = 0; i < 9; i++) {
    withHook.push(push(true));
    without.push(push(false));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    hook_push_ms: Math.round(median(withHook)),
    hook_push_baseline_ms: Math.round(median(without)),
    hook_overhead_ms: Math.round(median(withHook) - median(without)),
  };
}

export const hookBench: Bench = {
  name: 'hook',
  goals: { hook_overhead_ms: '< 150' },
  run: (work) => hookOverhead(work),
};
