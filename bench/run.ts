// `npm run bench` (table) / `npm run bench -- --json` (one JSON object of named figures).
// Every figure is a ratio against a baseline measured in the same run, or an absolute figure with its goal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { canonicalize } from '../core/hail';
import { generateHail } from './hail-gen';

type Figures = Record<string, number>;
interface Bench {
  name: string;
  goals: Record<string, string>;
  run: (work: string) => Promise<Figures> | Figures;
}

const ROOT = path.resolve(__dirname, '..');
const MB = 1024 * 1024;

/** Best of `reps` runs, in milliseconds (the minimum is the least noisy estimate on a shared machine). */
function bestOf(reps: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms < best) best = ms;
  }
  return best;
}

/** Runs the bundled CLI once; returns wall time and peak RSS. */
function runBundledCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { ms: number; rssMb: number } {
  const rssFile = path.join(cwd, `.rss-${process.pid}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--require', path.join(ROOT, 'bench', 'rss-reporter.js'), path.join(ROOT, 'bin', 'opensession.js'), ...args],
    { cwd, env: { ...process.env, ...env, OPENSESSION_BENCH_RSS_FILE: rssFile }, maxBuffer: 64 * MB },
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`opensession ${args.join(' ')} failed: ${r.stderr}`);
  const rssKb = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { ms, rssMb: rssKb / 1024 };
}

const benches: Bench[] = [
  {
    name: 'canonicalize',
    goals: { canonicalize_ratio: '<= 2.0' },
    run: (work) => {
      const text = generateHail(50 * MB);
      writeFileSync(path.join(work, 'bench.hail.jsonl'), text);
      const lines = text.split('\n').filter((l) => l.length > 0);
      let sink = 0;
      const baseline = () => {
        for (const l of lines) sink += JSON.stringify(JSON.parse(l)).length;
      };
      const subject = () => {
        sink += canonicalize(text).length;
      };
      baseline(); // warm both paths up once
      subject();
      const baseMs = bestOf(3, baseline);
      const subjMs = bestOf(3, subject);
      if (sink === 0) throw new Error('unreachable');
      return {
        canonicalize_input_mb: Math.round((Buffer.byteLength(text) / MB) * 10) / 10,
        canonicalize_baseline_ms: Math.round(baseMs),
        canonicalize_ms: Math.round(subjMs),
        canonicalize_ratio: Math.round((subjMs / baseMs) * 100) / 100,
      };
    },
  },
  {
    name: 'register',
    goals: {},
    run: (work) => {
      const file = path.join(work, 'bench.hail.jsonl');
      const repo = mkdtempSync(path.join(work, 'repo-'));
      spawnSync('git', ['init', '-q', repo]);
      const first = runBundledCli(['register', file, '--quiet'], repo);
      const again = runBundledCli(['register', file, '--quiet'], repo); // content-addressed: nothing new written
      return {
        register_ms: Math.round(first.ms),
        register_rss_mb: Math.round(first.rssMb),
        register_again_ms: Math.round(again.ms),
      };
    },
  },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyIdx = args.indexOf('--only');
  const only = onlyIdx >= 0 ? new Set(args[onlyIdx + 1].split(',')) : undefined;
  const work = mkdtempSync(path.join(os.tmpdir(), 'opensession-bench-'));
  const figures: Figures = {};
  try {
    for (const bench of benches) {
      if (only && !only.has(bench.name)) continue;
      if (!json) process.stderr.write(`running ${bench.name}...\n`);
      Object.assign(figures, await bench.run(work));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (json) {
    process.stdout.write(JSON.stringify(figures) + '\n');
    return;
  }
  const goals: Record<string, string> = Object.assign({}, ...benches.map((b) => b.goals));
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  process.stdout.write(`${'figure'.padEnd(width)}  value      goal\n`);
  for (const [k, v] of Object.entries(figures)) {
    process.stdout.write(`${k.padEnd(width)}  ${String(v).padEnd(9)}  ${goals[k] ?? ''}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
