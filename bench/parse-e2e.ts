// `opensession parse --out` as users run it (the bundled CLI, a fresh process) on 200 MB real-shaped
// Claude Code and Codex logs, against the fastest fair reading of the same bytes in a fresh process
// (bench/baselines/json-lines.js: 1 MiB Buffer chunks, split on '\n', JSON.parse per line). CPU time of the
// whole process (user + system) is compared: wall time on 2 shared cores mostly measures the neighbours.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { type Bench, type Figures, MB, median, ROOT, round, runBundledCli } from './harness';
import { generateClaudeCodeLog, generateCodexRollout } from './parsers';

const REPS = 3;

/** CPU and peak RSS of the baseline reader in a fresh process. */
function baselineRun(file: string, work: string): { cpuMs: number; rssMb: number } {
  const stats = path.join(work, '.baseline-stats');
  const r = spawnSync(
    process.execPath,
    [
      '--require',
      path.join(ROOT, 'bench', 'rss-reporter.js'),
      path.join(ROOT, 'bench', 'baselines', 'json-lines.js'),
      file,
    ],
    { env: { ...process.env, OPENSESSION_BENCH_RSS_FILE: stats }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`baseline failed: ${r.stderr}`);
  const [rssKb, cpuMs] = readFileSync(stats, 'utf8').split(' ').map(Number);
  rmSync(stats, { force: true });
  return { cpuMs, rssMb: rssKb / 1024 };
}

function measure(
  profile: string,
  file: string,
  work: string,
): { subject: number[]; baseline: number[]; rss: number[] } {
  const out = path.join(work, `${profile}.hail.jsonl`);
  const subject: number[] = [];
  const baseline: number[] = [];
  const rss: number[] = [];
  // Alternate subject and baseline so both see the same machine load.
  for (let i = 0; i < REPS; i++) {
    baseline.push(round(baselineRun(file, work).cpuMs));
    const run = runBundledCli(['parse', '--profile', profile, file, '--out', out], work);
    subject.push(round(run.cpuMs));
    rss.push(round(run.rssMb));
    rmSync(out, { force: true });
  }
  return { subject, baseline, rss };
}

export const parseE2eBench: Bench = {
  name: 'parse',
  goals: { parse_e2e_ratio_claude: '<= 2.5', parse_e2e_ratio_codex: '<= 2.5', parse_peak_rss_mb: '< 300' },
  run: (work): Figures => {
    const figures: Figures = {};
    let peak = 0;
    const logs: Array<[string, string, (dir: string, bytes: number) => string]> = [
      ['claude', 'claude-code', generateClaudeCodeLog],
      ['codex', 'codex', generateCodexRollout],
    ];
    for (const [name, profile, generate] of logs) {
      const dir = path.join(work, `parse-${name}`);
      mkdirSync(dir, { recursive: true });
      const file = generate(dir, 200 * MB);
      const m = measure(profile, file, work);
      rmSync(file, { force: true });
      figures[`parse_e2e_ratio_${name}`] = {
        value: round(median(m.subject) / median(m.baseline), 2),
        raw: m.subject,
        baseline: m.baseline,
      };
      figures[`parse_e2e_cpu_ms_${name}`] = median(m.subject);
      figures[`parse_baseline_cpu_ms_${name}`] = median(m.baseline);
      peak = Math.max(peak, ...m.rss);
    }
    figures.parse_peak_rss_mb = round(peak);
    return figures;
  },
};
