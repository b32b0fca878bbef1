// The streaming JSON reader of document agent logs (Gemini JSON, Cline, Amp; core/parsers/common/jsondoc.ts)
// against the fairest baseline there is: reading the whole file and `JSON.parse` on it, native code that
// also checks every byte of the grammar but must hold the whole document (which a 200 MB log cannot,
// parsers.md 2.17). The reader runs as the parsers run it: pass 1 checks UTF-8 and syntax and keeps the
// top-level members, pass 2 hands out each element of the main array parsed losslessly. Same file, same
// run, CPU time of this process (best of 3 each, interleaved). Then what users run: the bundled CLI's
// `parse --profile gemini` in a fresh process against a fresh `node` that reads and JSON.parses the file.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanJsonDocument, streamJsonElements } from '../core/parsers/common/jsondoc';
import { type Bench, MB, ROOT, round, runBundledCli } from './harness';

/** CPU ms and peak RSS (MB) of a fresh `node -e <script>`, measured the way runBundledCli measures the CLI. */
function runNodeScript(script: string, cwd: string): { cpuMs: number; rssMb: number } {
  const statsFile = path.join(cwd, `.bench-node-stats-${process.pid}`);
  const r = spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench', 'rss-reporter.js'), '-e', script], {
    cwd,
    env: { ...process.env, OPENSESSION_BENCH_RSS_FILE: statsFile },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`baseline node script failed (${r.status}): ${r.stderr}`);
  const [rssKb, cpuMs] = fs.readFileSync(statsFile, 'utf8').split(' ').map(Number);
  fs.rmSync(statsFile, { force: true });
  return { cpuMs, rssMb: rssKb / 1024 };
}
function writeDocument(file: string, targetBytes: number): number {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '{"sessionId":"bench","startTime":"2026-01-01T00:00:00Z","messages":[');
  let bytes = 0;
  let n = 0;
  while (bytes < targetBytes) {
    const m = JSON.stringify({
      id: `m${n}`,
      type: n % 2 === 0 ? 'user' : 'gemini',
      content: `message ${n} ` + 'lorem ipsum "quoted" \\ '.repeat(24),
      toolCalls: [{ name: 'read_file', args: { path: `/src/f${n}.ts`, limits: [1, 2.5, { deep: [true, null] }] } }],
      timestamp: '2026-01-01T00:00:00Z',
    });
    fs.writeSync(fd, (n === 0 ? '' : ',') + m);
    bytes += m.length + 1;
    n++;
  }
  fs.writeSync(fd, ']}');
  fs.closeSync(fd);
  return n;
}

/** Best of `reps` runs of `fn`: CPU milliseconds (user + system) of this process, and wall milliseconds. */
async function bestOfAsync(reps: number, fn: () => Promise<void>): Promise<{ cpu: number; wall: number }> {
  let cpu = Infinity;
  let wall = Infinity;
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    const used = process.cpuUsage(c0);
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e6);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { cpu, wall };
}

export const jsonDocumentsBench: Bench = {
  name: 'json-documents',
  goals: {},
  run: async (work) => {
    const file = path.join(work, 'bench.gemini.json');
    const expected = writeDocument(file, 40 * MB);
    let seen = 0;
    const jsonParse = async (): Promise<void> => {
      const doc = JSON.parse(await fs.promises.readFile(file, 'utf8')) as { messages: unknown[] };
      seen = doc.messages.length;
    };
    const scanOnly = async (): Promise<void> => {
      const scan = await scanJsonDocument(file, { arrayKey: 'messages' });
      if (scan.memberKinds.get('messages') !== 'array') throw new Error('scan did not find the messages array');
    };
    const reader = async (): Promise<void> => {
      seen = 0;
      await scanOnly();
      await streamJsonElements(file, { arrayKey: 'messages' }, (e) => {
        if (e.value !== undefined) seen++;
      });
    };
    await jsonParse(); // warm up, and check both see every element
    if (seen !== expected) throw new Error(`JSON.parse saw ${seen} of ${expected} elements`);
    await reader();
    if (seen !== expected) throw new Error(`the reader saw ${seen} of ${expected} elements`);
    const best = { parse: { cpu: Infinity, wall: Infinity }, scan: { cpu: Infinity, wall: Infinity } };
    let read = { cpu: Infinity, wall: Infinity };
    const min = (a: { cpu: number; wall: number }, b: { cpu: number; wall: number }) => ({
      cpu: Math.min(a.cpu, b.cpu),
      wall: Math.min(a.wall, b.wall),
    });
    for (let i = 0; i < 3; i++) {
      best.parse = min(best.parse, await bestOfAsync(1, jsonParse));
      best.scan = min(best.scan, await bestOfAsync(1, scanOnly));
      read = min(read, await bestOfAsync(1, reader));
    }
    // The bundled CLI in a fresh process, against a fresh process doing JSON.parse of the whole file.
    const out = path.join(work, 'out.hail.jsonl');
    const baselineScript = `const d = JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'));
      if (d.messages.length !== ${expected}) process.exit(3);`;
    let cli = { cpuMs: Infinity, rssMb: Infinity };
    let node = { cpuMs: Infinity, rssMb: Infinity };
    for (let i = 0; i < 3; i++) {
      const c = runBundledCli(['parse', file, '--profile', 'gemini', '--out', out], work);
      cli = { cpuMs: Math.min(cli.cpuMs, c.cpuMs), rssMb: Math.min(cli.rssMb, c.rssMb) };
      const n = runNodeScript(baselineScript, work);
      node = { cpuMs: Math.min(node.cpuMs, n.cpuMs), rssMb: Math.min(node.rssMb, n.rssMb) };
    }
    return {
      json_documents_input_mb: round(fs.statSync(file).size / MB, 1),
      json_documents_cli_parse_cpu_ms: Math.round(cli.cpuMs),
      json_documents_node_json_parse_cpu_ms: Math.round(node.cpuMs),
      json_documents_cli_parse_vs_json_parse: round(cli.cpuMs / node.cpuMs, 2),
      json_documents_cli_parse_rss_mb: Math.round(cli.rssMb),
      json_documents_node_json_parse_rss_mb: Math.round(node.rssMb),
      json_documents_json_parse_cpu_ms: Math.round(best.parse.cpu),
      json_documents_scan_cpu_ms: Math.round(best.scan.cpu),
      json_documents_reader_cpu_ms: Math.round(read.cpu),
      json_documents_reader_wall_ms: Math.round(read.wall),
      json_documents_scan_vs_json_parse: round(best.scan.cpu / best.parse.cpu, 2),
      json_documents_reader_vs_json_parse: round(read.cpu / best.parse.cpu, 2),
    };
  },
};
