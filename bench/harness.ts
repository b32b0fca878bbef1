// The bench harness's shared pieces: the Bench contract every bench/<name>.ts exports, and helpers that
// time what users run (the bundled CLI in a fresh process) against a baseline measured in the same run.
import { type ChildProcessByStdio, spawnSync } from 'node:child_process';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** A figure: a bare number, or a number with the raw samples it was computed from. */
export interface Measurement {
  value: number;
  /** Raw samples of the subject (milliseconds unless the figure's name says otherwise). */
  raw?: number[];
  /** Raw samples of the baseline the figure is compared against, same unit. */
  baseline?: number[];
}
export type Figures = Record<string, number | Measurement>;

export interface Bench {
  /** Selected with `npm run bench -- --only <name>,<name>`. */
  name: string;
  /**
   * Goal per figure: `< 20000`, `<= 0.5`, `>= 1`, or `= other_figure` (equal to another figure of the
   * same run). Figures without a goal are reported only.
   */
  goals: Record<string, string>;
  /** `work` is a fresh temp folder that is removed after the run. */
  run: (work: string) => Promise<Figures> | Figures;
}

export const ROOT = path.resolve(__dirname, '..');
export const BUNDLED_CLI = path.join(ROOT, 'bin', 'opensession.js');
export const MB = 1024 * 1024;

export function elapsedMs(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Best of `reps` runs, in milliseconds (the minimum is the least noisy estimate on a shared machine). */
export function bestOf(reps: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, elapsedMs(t0));
  }
  return best;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export const round = (x: number, digits = 0): number => Math.round(x * 10 ** digits) / 10 ** digits;

export interface CliRun {
  /** Wall time of the whole process, milliseconds. */
  ms: number;
  /** User + system CPU of the process, milliseconds. */
  cpuMs: number;
  rssMb: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI once in a fresh process, as a user does; fails on a non-zero exit. */
export function runBundledCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const statsFile = path.join(cwd, `.bench-stats-${process.pid}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--require', path.join(ROOT, 'bench', 'rss-reporter.js'), BUNDLED_CLI, ...args],
    {
      cwd,
      env: { ...process.env, ...env, OPENSESSION_BENCH_RSS_FILE: statsFile },
      maxBuffer: 256 * MB,
      encoding: 'utf8',
    },
  );
  const ms = elapsedMs(t0);
  if (r.status !== 0) throw new Error(`opensession ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const [rssKb, cpuMs] = readFileSync(statsFile, 'utf8').split(' ').map(Number);
  rmSync(statsFile, { force: true });
  return { ms, cpuMs, rssMb: rssKb / 1024, stdout: r.stdout, stderr: r.stderr };
}

/** Wall time of a bare `node -e 0` (the floor of any CLI start), median of `reps`. */
export function nodeStartMs(reps = 9): Measurement {
  const raw: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    raw.push(elapsedMs(t0));
  }
  return { value: round(median(raw), 1), raw: raw.map((x) => round(x, 1)) };
}

/** An environment for git and the CLI that ignores the user's own config (temp HOME). */
export function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
  };
  delete env.OPENSESSION_INTERNAL_PUSH;
  return env;
}

/** Writes `count` HAIL sessions straight into the user-wide object store under `home` (setup, not measured). */
export function seedGlobalObjectStore(home: string, count: number, sessionText: (n: number) => string): void {
  const root = path.join(home, '.local', 'share', 'opensession', 'objects', 'sha256');
  for (let n = 0; n < count; n++) {
    const text = sessionText(n);
    const hash = createHash('sha256').update(text).digest('hex');
    const dir = path.join(root, hash.slice(0, 2), hash.slice(2, 4));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${hash}.jsonl`), text);
  }
}

/** The URL a spawned `opensession serve` prints once it listens (rejects if it exits first). */
export function serveUrl(child: ChildProcessByStdio<null, Readable, null>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      const m = /listening on (http:\/\/\S+)\n/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}
