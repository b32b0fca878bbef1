// `npm run bench -- --only daemon`: the capture daemon (latency, idle CPU, RSS) and the A8 pre-push hook (no-op
// overhead against a bare `node -e 0` start, and a 50-new-branch push against the same push without the hook),
// all with the bundled CLI in fresh processes and baselines from the same run.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Bench, type Figures, isolatedEnv, median, nodeStartMs, ROOT, round } from './harness';

const DAEMON_BIN = path.join(ROOT, 'bin', 'opensession-daemon.js');
const CLI_BIN = path.join(ROOT, 'bin', 'opensession.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function gitIn(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function newRepo(dir: string, env: NodeJS.ProcessEnv): void {
  mkdirSync(dir, { recursive: true });
  gitIn(dir, env, 'init', '-q', '-b', 'main');
  gitIn(dir, env, 'config', 'user.name', 'bench');
  gitIn(dir, env, 'config', 'user.email', 'bench@example.com');
  gitIn(dir, env, 'config', 'gc.auto', '0');
  gitIn(dir, env, 'commit', '-q', '--allow-empty', '-m', 'init');
}

function claudeLines(id: string, cwd: string, n: number, from: Date): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const ts = new Date(from.getTime() + i * 1000).toISOString();
    const user = i % 2 === 0;
    out +=
      JSON.stringify({
        parentUuid: i === 0 ? null : `u${i - 1}`,
        isSidechain: false,
        cwd,
        sessionId: id,
        version: '1.0.80',
        type: user ? 'user' : 'assistant',
        message: user
          ? { role: 'user', content: `step ${i}: please change the code` }
          : {
              id: `m${i}`,
              role: 'assistant',
              model: 'claude-sonnet-4-5',
              content: [{ type: 'text', text: `done ${i}` }],
            },
        uuid: `u${i}`,
        timestamp: ts,
      }) + '\n';
  }
  return out;
}

function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in clock ticks (USER_HZ = 100)
}

function rssMbOf(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m === null ? NaN : Number(m[1]) / 1024;
}

function looseRefMtime(repo: string, ref: string): number | undefined {
  try {
    return statSync(path.join(repo, '.git', ref)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function daemonFigures(work: string): Promise<Figures> {
  const home = path.join(work, 'daemon-home');
  const env = isolatedEnv(home);
  const repo = path.join(work, 'daemon-repo');
  newRepo(repo, env);
  const projects = path.join(home, '.claude', 'projects', 'bench');
  mkdirSync(projects, { recursive: true });
  const child = spawn(process.execPath, [DAEMON_BIN, 'run'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const statusFile = path.join(home, '.local', 'share', 'opensession', 'daemon', 'status.json');
  try {
    for (let i = 0; ; i++) {
      try {
        const s = JSON.parse(readFileSync(statusFile, 'utf8'));
        if (s.pid === child.pid && s.state === 'running') break;
      } catch {
        // not yet
      }
      if (i > 200) throw new Error(`daemon did not start: ${log}`);
      await sleep(50);
    }
    const ref = 'refs/opensession/branches/bWFpbg';
    const latencies: number[] = [];
    for (let k = 0; k < 5; k++) {
      // An agent writing a session: ~60 lines over ~1.2 s, then quiet; latency = last write -> ledger ref updated.
      const file = path.join(projects, `session-${k}.jsonl`);
      const lines = claudeLines(`bench-${k}`, repo, 60, new Date())
        .split('\n')
        .filter((l) => l !== '');
      const before = looseRefMtime(repo, ref);
      for (let j = 0; j < lines.length; j += 5) {
        appendFileSync(file, lines.slice(j, j + 5).join('\n') + '\n');
        await sleep(100);
      }
      const lastWrite = Date.now();
      for (;;) {
        const m = looseRefMtime(repo, ref);
        if (m !== undefined && m !== before) break;
        if (Date.now() - lastWrite > 20000) throw new Error(`capture did not happen: ${log}`);
        await sleep(10);
      }
      latencies.push(Date.now() - lastWrite);
    }
    // Idle: nothing changes for 30 s.
    await sleep(1500);
    const cpu0 = cpuMsOf(child.pid!);
    const t0 = Date.now();
    await sleep(30000);
    const idleCpuPct = ((cpuMsOf(child.pid!) - cpu0) / (Date.now() - t0)) * 100;
    const rss = rssMbOf(child.pid!);
    latencies.sort((a, b) => a - b);
    return {
      daemon_capture_latency_ms: { value: latencies[latencies.length - 1], raw: latencies },
      daemon_capture_latency_median_ms: median(latencies),
      daemon_idle_cpu_pct: round(idleCpuPct, 2),
      daemon_rss_mb: round(rss, 1),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function setupHookRepo(dir: string, env: NodeJS.ProcessEnv): { repo: string } {
  const repo = path.join(dir, 'repo');
  newRepo(repo, env);
  const r = spawnSync(process.execPath, [CLI_BIN, 'doctor', '--fix', '--yes', '--fanout-mode', 'hidden_ref'], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`doctor --fix failed: ${r.stderr}`);
  return { repo };
}

function timed(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Push with nothing to record, minus the same push without the hook, against a bare `node -e 0`. */
export function hookNoop(work: string): Figures {
  const dir = path.join(work, 'hook-noop');
  const home = path.join(dir, 'home');
  const env = isolatedEnv(home);
  mkdirSync(home, { recursive: true });
  const { repo } = setupHookRepo(dir, env);
  const remote = path.join(dir, 'remote.git');
  spawnSync('git', ['init', '-q', '--bare', remote], { env });
  gitIn(repo, env, 'remote', 'add', 'origin', remote);
  // A session of another repository already in the scan cache, as in the latency budget's setup (§9.9).
  const other = path.join(dir, 'other');
  newRepo(other, env);
  const proj = path.join(home, '.claude', 'projects', 'other');
  mkdirSync(proj, { recursive: true });
  writeFileSync(path.join(proj, 's.jsonl'), claudeLines('other-1', other, 6, new Date(Date.now() - 600_000)));
  const past = new Date(Date.now() - 300_000);
  utimesSync(path.join(proj, 's.jsonl'), past, past);
  gitIn(repo, env, 'push', '-q', 'origin', 'main'); // creates main on the remote: the CLI runs and stamps
  const noHooks = path.join(dir, 'no-hooks');
  mkdirSync(noHooks);
  const push = (withHook: boolean): number => {
    gitIn(repo, env, 'commit', '-q', '--allow-empty', '-m', 'next');
    const args = withHook
      ? ['push', '-q', 'origin', 'main']
      : ['-c', `core.hooksPath=${noHooks}`, 'push', '-q', 'origin', 'main'];
    return timed(() => gitIn(repo, env, ...args));
  };
  push(true);
  push(false);
  const withHook: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < 9; i++) {
    withHook.push(push(true));
    without.push(push(false));
  }
  const node = nodeStartMs(9);
  const overhead = Math.max(0, median(withHook) - median(without));
  return {
    hook_noop_push_ms: { value: round(median(withHook), 1), raw: withHook.map((x) => round(x, 1)) },
    hook_noop_push_baseline_ms: { value: round(median(without), 1), raw: without.map((x) => round(x, 1)) },
    hook_noop_node_start_ms: node,
    hook_noop_ratio: round(overhead / node.value, 2),
  };
}

/** 50 new branches, one session each recorded during the push, all ledger refs in one push; ÷ the same push without. */
export function hook50(work: string): Figures {
  const dir = path.join(work, 'hook-50');
  const home = path.join(dir, 'home');
  const env = isolatedEnv(home);
  mkdirSync(home, { recursive: true });
  const { repo } = setupHookRepo(dir, env);
  const proj = path.join(home, '.claude', 'projects', 'repo');
  mkdirSync(proj, { recursive: true });
  const branches: string[] = [];
  const base = Math.floor(Date.now() / 1000) - 200 * 3600;
  for (let i = 0; i < 50; i++) {
    const t = base + i * 3600;
    const e = { ...env, GIT_COMMITTER_DATE: `@${t} +0000`, GIT_AUTHOR_DATE: `@${t} +0000` };
    const b = `feature-${i}`;
    branches.push(b);
    gitIn(repo, { ...e, GIT_COMMITTER_DATE: `@${t - 1200} +0000` }, 'checkout', '-q', '-b', b, 'main');
    gitIn(repo, e, 'commit', '-q', '--allow-empty', '-m', `work ${i}`);
    gitIn(repo, { ...e, GIT_COMMITTER_DATE: `@${t + 1200} +0000` }, 'checkout', '-q', 'main');
    writeFileSync(path.join(proj, `s-${i}.jsonl`), claudeLines(`s-${i}`, repo, 8, new Date((t - 300) * 1000)));
  }
  let n = 0;
  const freshRemote = (): string => {
    const remote = path.join(dir, `remote-${n++}.git`);
    spawnSync('git', ['init', '-q', '--bare', remote], { env });
    return remote;
  };
  const reset = (): void => {
    // Forget what a previous trial recorded, so every trial records and pushes the same 50 ledgers.
    const refs = gitIn(repo, env, 'for-each-ref', '--format=%(refname)', 'refs/opensession/', 'refs/remotes/');
    for (const r of refs.split('\n').filter((x) => x !== '')) gitIn(repo, env, 'update-ref', '-d', r);
    rmSync(path.join(home, '.cache', 'opensession'), { recursive: true, force: true });
    rmSync(path.join(repo, '.git', 'opensession'), { recursive: true, force: true });
  };
  const withHook: number[] = [];
  const without: number[] = [];
  const cpuWith: number[] = [];
  const cpuWithout: number[] = [];
  const cpuFile = path.join(dir, 'push-cpu.txt');
  /** The push under `/usr/bin/time`: CPU seconds of git and everything it waited for (hook, Node, receive-pack). */
  const cpuPush = (args: string[]): number => {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, 'git', ...args], { cwd: repo, env });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    const [u, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    return (u + sys) * 1000;
  };
  for (let i = 0; i < 3; i++) {
    reset();
    let remote = freshRemote();
    without.push(timed(() => cpuWithout.push(cpuPush(['push', '-q', '--no-verify', remote, ...branches]))));
    remote = freshRemote();
    withHook.push(timed(() => cpuWith.push(cpuPush(['push', '-q', remote, ...branches]))));
    const pushed = spawnSync('git', ['for-each-ref', 'refs/opensession/branches/'], {
      cwd: remote,
      env,
      encoding: 'utf8',
    });
    if (pushed.stdout.trim().split('\n').length !== 50)
      throw new Error(`expected 50 ledger refs on the remote: ${pushed.stdout}`);
  }
  return {
    hook_50_branches_push_ms: { value: round(median(withHook)), raw: withHook.map((x) => round(x)) },
    hook_50_branches_baseline_ms: { value: round(median(without)), raw: without.map((x) => round(x)) },
    hook_50_branches_ratio: round(median(withHook) / median(without), 2),
    // The same pushes in CPU time (user + sys of the whole process tree): steadier than wall time on a busy machine.
    hook_50_branches_cpu_ms: { value: round(median(cpuWith)), raw: cpuWith.map((x) => round(x)) },
    hook_50_branches_cpu_baseline_ms: { value: round(median(cpuWithout)), raw: cpuWithout.map((x) => round(x)) },
    hook_50_branches_cpu_ratio: round(median(cpuWith) / median(cpuWithout), 2),
  };
}

export const daemonBench: Bench = {
  name: 'daemon',
  goals: {
    daemon_capture_latency_ms: '< 2000',
    daemon_idle_cpu_pct: '< 1',
    daemon_rss_mb: '< 100',
    hook_noop_ratio: '<= 0.5',
    hook_50_branches_ratio: '<= 3',
  },
  // `OPENSESSION_BENCH_ONLY=hook50` runs only the 50-branch push (a focused loop for hook work); the default runs all.
  run: async (work) =>
    process.env.OPENSESSION_BENCH_ONLY === 'hook50'
      ? hook50(work)
      : { ...(await daemonFigures(work)), ...hookNoop(work), ...hook50(work) },
};
