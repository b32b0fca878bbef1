// Parser benchmarks (parsers.md 2.17, 8 "Memory acceptance"): synthetic Claude Code / Codex logs, parse time
// against bare JSON.parse of each line, and peak RSS of a 200 MB parse in a child process.
// Functions are called by bench/run.ts; `npx tsx bench/parsers.ts [MB]` prints the figures directly.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeEventLine } from '../core/hail/writer';
import { parseWithProfile, type ProfileId } from '../core/parsers';

const MB = 1024 * 1024;
const ROOT = path.resolve(__dirname, '..');

/** Writes lines produced by `next(i)` until the file reaches `targetBytes`. */
function writeUntil(file: string, targetBytes: number, head: string[], next: (i: number) => string[]): string {
  const fd = fs.openSync(file, 'w');
  let written = 0;
  let buf: string[] = [];
  let bufLen = 0;
  const put = (line: string): void => {
    buf.push(line, '\n');
    bufLen += line.length + 1;
    if (bufLen > 4 * MB) {
      const s = buf.join('');
      fs.writeSync(fd, s);
      written += Buffer.byteLength(s);
      buf = [];
      bufLen = 0;
    }
  };
  head.forEach(put);
  for (let i = 0; written + bufLen < targetBytes; i++) next(i).forEach(put);
  fs.writeSync(fd, buf.join(''));
  fs.closeSync(fd);
  return file;
}

function iso(baseMs: number, offsetMs: number): string {
  return new Date(baseMs + offsetMs).toISOString();
}

// Real prompts and answers carry non-ASCII text (dashes, accents, CJK, check marks): keep some in every record.
const FILLER = 'The quick brown fox jumps over the lazy dog — tests run, files change, diffs grow (café, 日本語, ✓). ';

/** A Claude Code project log of about `bytes` bytes: prompts, thinking, tool calls with results, usage. */
export function generateClaudeCodeLog(dir: string, bytes: number): string {
  const sid = '11111111-2222-4333-8444-555555555555';
  const base = Date.UTC(2026, 0, 5, 10, 0, 0);
  const common = {
    isSidechain: false,
    userType: 'external',
    cwd: '/home/dev/app',
    sessionId: sid,
    version: '2.0.14',
    gitBranch: 'main',
  };
  const usage = (o: number) => ({
    input_tokens: 4,
    cache_creation_input_tokens: 300,
    cache_read_input_tokens: 14000,
    output_tokens: o,
    service_tier: 'standard',
  });
  return writeUntil(path.join(dir, `${sid}.jsonl`), bytes, [], (i) => {
    const t = i * 10_000;
    const mid = `msg_${i}`;
    const file = `/home/dev/app/src/module${i % 50}.ts`;
    const code = Array.from(
      { length: 40 },
      (_, k) => `${String(k + 1).padStart(6)}→  const v${k} = compute(${k}, "${FILLER.slice(0, 30)}");`,
    ).join('\n');
    return [
      JSON.stringify({
        parentUuid: null,
        ...common,
        type: 'user',
        message: { role: 'user', content: `Step ${i}: please refactor ${file}. ${FILLER.repeat(2)}` },
        uuid: `u${i}a`,
        timestamp: iso(base, t),
      }),
      JSON.stringify({
        parentUuid: `u${i}a`,
        ...common,
        type: 'assistant',
        message: {
          id: mid,
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-5-20250929',
          content: [{ type: 'thinking', thinking: FILLER.repeat(3), signature: 'x'.repeat(200) }],
          usage: usage(10),
        },
        uuid: `a${i}a`,
        timestamp: iso(base, t + 1000),
      }),
      JSON.stringify({
        parentUuid: `a${i}a`,
        ...common,
        type: 'assistant',
        message: {
          id: mid,
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-5-20250929',
          content: [{ type: 'tool_use', id: `toolu_${i}r`, name: 'Read', input: { file_path: file } }],
          usage: usage(40),
        },
        uuid: `a${i}b`,
        timestamp: iso(base, t + 1500),
      }),
      JSON.stringify({
        parentUuid: `a${i}b`,
        ...common,
        type: 'user',
        message: { role: 'user', content: [{ tool_use_id: `toolu_${i}r`, type: 'tool_result', content: code }] },
        uuid: `u${i}b`,
        timestamp: iso(base, t + 2000),
        toolUseResult: { type: 'text', file: { filePath: file, numLines: 40 } },
      }),
      JSON.stringify({
        parentUuid: `u${i}b`,
        ...common,
        type: 'assistant',
        message: {
          id: `${mid}e`,
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-5-20250929',
          content: [
            {
              type: 'tool_use',
              id: `toolu_${i}e`,
              name: 'Edit',
              input: {
                file_path: file,
                old_string: `const v1 = compute(1);\n${FILLER}`,
                new_string: `const v1 = compute(2);\n${FILLER}`,
              },
            },
          ],
          usage: usage(90),
        },
        uuid: `a${i}c`,
        timestamp: iso(base, t + 4000),
      }),
      JSON.stringify({
        parentUuid: `a${i}c`,
        ...common,
        type: 'user',
        message: {
          role: 'user',
          content: [{ tool_use_id: `toolu_${i}e`, type: 'tool_result', content: `The file ${file} has been updated.` }],
        },
        uuid: `u${i}c`,
        timestamp: iso(base, t + 4500),
      }),
      JSON.stringify({
        parentUuid: `u${i}c`,
        ...common,
        type: 'assistant',
        message: {
          id: `${mid}b`,
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-5-20250929',
          content: [
            {
              type: 'tool_use',
              id: `toolu_${i}b`,
              name: 'Bash',
              input: { command: 'npm test', description: 'Run tests' },
            },
          ],
          usage: usage(30),
        },
        uuid: `a${i}d`,
        timestamp: iso(base, t + 5000),
      }),
      JSON.stringify({
        parentUuid: `a${i}d`,
        ...common,
        type: 'user',
        message: {
          role: 'user',
          content: [
            {
              tool_use_id: `toolu_${i}b`,
              type: 'tool_result',
              content: `PASS src/module${i % 50}.test.ts\n${FILLER.repeat(4)}`,
              is_error: false,
            },
          ],
        },
        uuid: `u${i}d`,
        timestamp: iso(base, t + 8000),
      }),
      JSON.stringify({
        parentUuid: `u${i}d`,
        ...common,
        type: 'assistant',
        message: {
          id: `${mid}t`,
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-5-20250929',
          content: [{ type: 'text', text: `Done with step ${i}. ${FILLER}` }],
          usage: usage(25),
        },
        uuid: `a${i}e`,
        timestamp: iso(base, t + 9000),
      }),
    ];
  });
}

/** A Codex Desktop rollout of about `bytes` bytes, with duplicated event_msg/response_item records. */
export function generateCodexRollout(dir: string, bytes: number): string {
  const id = '0199f3a1-0000-7000-8000-000000000000';
  const base = Date.UTC(2025, 9, 20, 14, 0, 0);
  const line = (ms: number, type: string, payload: unknown): string =>
    JSON.stringify({ timestamp: iso(base, ms), type, payload });
  const head = [
    line(0, 'session_meta', {
      id,
      timestamp: iso(base, 0),
      cwd: '/home/dev/app',
      originator: 'codex_cli_rs',
      cli_version: '0.46.0',
      source: 'cli',
      model_provider: 'openai',
      git: { commit_hash: 'abc', branch: 'main', repository_url: 'git@github.com:dev/app.git' },
    }),
    line(1, 'turn_context', {
      cwd: '/home/dev/app',
      approval_policy: 'on-request',
      model: 'gpt-5-codex',
      effort: 'medium',
    }),
  ];
  return writeUntil(path.join(dir, `rollout-2025-10-20T14-00-00-${id}.jsonl`), bytes, head, (i) => {
    const t = 10 + i * 20_000;
    const prompt = `Turn ${i}: update module ${i % 40}. ${FILLER.repeat(2)}`;
    const reasoning = `**Planning turn ${i}**\n\n${FILLER.repeat(3)}`;
    const answer = `Turn ${i} done. ${FILLER.repeat(2)}`;
    const output = `Wall time: 1.2 seconds\nProcess exited with code ${i % 7 === 0 ? 1 : 0}\nOutput:\n${FILLER.repeat(12)}`;
    const patch = `*** Begin Patch\n*** Update File: src/m${i % 40}.ts\n@@\n-const a = ${i};\n+const a = ${i + 1};\n${' ctx line\n'.repeat(10)}*** End Patch\n`;
    return [
      line(t, 'event_msg', { type: 'task_started', turn_id: `turn-${i}`, model_context_window: 272000 }),
      line(t + 1, 'response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: prompt }] }),
      line(t + 2, 'event_msg', { type: 'user_message', message: prompt, kind: 'plain', images: [] }),
      line(t + 1000, 'response_item', {
        type: 'reasoning',
        summary: [{ type: 'summary_text', text: reasoning }],
        content: null,
        encrypted_content: 'gAAAA' + 'x'.repeat(600),
      }),
      line(t + 1001, 'event_msg', { type: 'agent_reasoning', text: reasoning }),
      line(t + 2000, 'response_item', {
        type: 'function_call',
        name: 'exec_command',
        arguments: JSON.stringify({ cmd: `npm test -- m${i % 40}`, yield_time_ms: 10000 }),
        call_id: `call_${i}a`,
      }),
      line(t + 4000, 'response_item', { type: 'function_call_output', call_id: `call_${i}a`, output }),
      line(t + 5000, 'response_item', {
        type: 'custom_tool_call',
        status: 'completed',
        call_id: `call_${i}b`,
        name: 'apply_patch',
        input: patch,
      }),
      line(t + 5200, 'response_item', {
        type: 'custom_tool_call_output',
        call_id: `call_${i}b`,
        output: JSON.stringify({
          output: `Success. Updated the following files:\nM src/m${i % 40}.ts\n`,
          metadata: { exit_code: 0, duration_seconds: 0.1 },
        }),
      }),
      line(t + 6000, 'event_msg', {
        type: 'token_count',
        info: {
          total_token_usage: {
            input_tokens: 1000 * i,
            cached_input_tokens: 800 * i,
            output_tokens: 50 * i,
            reasoning_output_tokens: 10 * i,
            total_tokens: 1050 * i,
          },
          last_token_usage: {
            input_tokens: 1000,
            cached_input_tokens: 800,
            output_tokens: 50,
            reasoning_output_tokens: 10,
            total_tokens: 1050,
          },
          model_context_window: 272000,
        },
        rate_limits: { primary: { used_percent: 3.0, window_minutes: 300 } },
      }),
      line(t + 7000, 'response_item', {
        type: 'message',
        role: 'assistant',
        content: [{ type: 'output_text', text: answer }],
      }),
      line(t + 7001, 'event_msg', { type: 'agent_message', message: answer }),
      line(t + 7002, 'event_msg', { type: 'task_complete', turn_id: `turn-${i}`, last_agent_message: answer }),
    ];
  });
}

export interface RatioFigures {
  input_mb: number;
  lines: number;
  events: number;
  /** Reading the file and JSON.parse of every line. */
  baseline_ms: number;
  /** parseWithProfile with a sink that only counts events. */
  parse_ms: number;
  ratio: number;
  /** parseWithProfile with a sink that also serialises every event line (what `parse` spools). */
  parse_encode_ms: number;
  encode_ratio: number;
  /** The same three runs in CPU time (user + system), steadier than wall time on a shared machine. */
  baseline_cpu_ms: number;
  parse_cpu_ms: number;
  cpu_ratio: number;
  parse_encode_cpu_ms: number;
  encode_cpu_ratio: number;
}

/** Best wall time and best CPU time (ms) over `reps` runs. */
async function bestOf(reps: number, fn: () => Promise<void> | void): Promise<{ wall: number; cpu: number }> {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

/** parse vs bare JSON.parse of each line, best of `reps` (goal: ratio <= 2.5 at 100 MB). */
export async function benchParseRatio(file: string, profile: ProfileId, reps = 5): Promise<RatioFigures> {
  let lines = 0;
  const baseline = (): void => {
    const text = fs.readFileSync(file, 'utf8');
    let start = 0;
    lines = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      if (nl > start) {
        JSON.parse(text.slice(start, nl));
        lines++;
      }
      start = nl + 1;
    }
  };
  let events = 0;
  const parse = async (): Promise<void> => {
    events = 0;
    await parseWithProfile(file, profile, { push: () => void events++ }, { sourcePath: null });
  };
  let bytes = 0;
  const parseEncode = async (): Promise<void> => {
    bytes = 0;
    await parseWithProfile(
      file,
      profile,
      { push: (e) => void (bytes += encodeEventLine(e).length) },
      { sourcePath: null },
    );
  };
  baseline();
  await parse();
  const baseMs = await bestOf(reps, baseline);
  const parseMs = await bestOf(reps, parse);
  const encMs = await bestOf(reps, parseEncode);
  return {
    input_mb: Math.round((fs.statSync(file).size / MB) * 10) / 10,
    lines,
    events,
    baseline_ms: Math.round(baseMs.wall),
    parse_ms: Math.round(parseMs.wall),
    ratio: round2(parseMs.wall / baseMs.wall),
    parse_encode_ms: Math.round(encMs.wall),
    encode_ratio: round2(encMs.wall / baseMs.wall),
    baseline_cpu_ms: Math.round(baseMs.cpu),
    parse_cpu_ms: Math.round(parseMs.cpu),
    cpu_ratio: round2(parseMs.cpu / baseMs.cpu),
    parse_encode_cpu_ms: Math.round(encMs.cpu),
    encode_cpu_ratio: round2(encMs.cpu / baseMs.cpu),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export interface RssFigures {
  input_mb: number;
  rss_mb: number;
  ms: number;
  /** The constrained run (`--max-old-space-size`) wrote the same bytes as an unconstrained one. */
  same_bytes?: boolean;
}

/**
 * Runs `opensession parse --profile <p> <file> --out <tmp>` in a child process (via tsx, so no bundle is
 * needed) under `--max-old-space-size` and reports its peak RSS (goal < 300 MB for 200 MB).
 */
export function measureParsePeakRss(
  file: string,
  profile: ProfileId,
  opts: { maxOldSpaceMb?: number; compareUnconstrained?: boolean } = {},
): RssFigures {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'os-bench-rss-'));
  const runOnce = (heapMb: number | undefined, out: string): { ms: number; rssMb: number } => {
    const rssFile = path.join(work, `rss-${heapMb ?? 'free'}`);
    const args = [
      ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
      '--require',
      path.join(ROOT, 'bench', 'rss-reporter.js'),
      '--import',
      'tsx',
      path.join(ROOT, 'bench', 'parsers-child.ts'),
      profile,
      file,
      out,
    ];
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, OPENSESSION_BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`child parse failed (${r.status}): ${r.stderr}`);
    return { ms, rssMb: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 };
  };
  try {
    const outA = path.join(work, 'a.hail.jsonl');
    const a = runOnce(opts.maxOldSpaceMb ?? 256, outA);
    const figures: RssFigures = {
      input_mb: Math.round((fs.statSync(file).size / MB) * 10) / 10,
      rss_mb: Math.round(a.rssMb),
      ms: Math.round(a.ms),
    };
    if (opts.compareUnconstrained) {
      const outB = path.join(work, 'b.hail.jsonl');
      runOnce(undefined, outB);
      figures.same_bytes = filesEqual(outA, outB);
    }
    return figures;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function filesEqual(a: string, b: string): boolean {
  const sa = fs.statSync(a).size;
  if (sa !== fs.statSync(b).size) return false;
  const fa = fs.openSync(a, 'r');
  const fb = fs.openSync(b, 'r');
  try {
    const ba = Buffer.alloc(MB);
    const bb = Buffer.alloc(MB);
    for (;;) {
      const na = fs.readSync(fa, ba, 0, MB, null);
      const nb = fs.readSync(fb, bb, 0, MB, null);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    fs.closeSync(fa);
    fs.closeSync(fb);
  }
}

async function main(): Promise<void> {
  const ratioMb = Number(process.argv[2] ?? 100);
  const rssMb = Number(process.argv[3] ?? 200);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'os-bench-parsers-'));
  try {
    for (const [profile, gen] of [
      ['claude-code', generateClaudeCodeLog],
      ['codex', generateCodexRollout],
    ] as const) {
      const dir = fs.mkdtempSync(path.join(work, profile + '-'));
      const file = gen(dir, ratioMb * MB);
      process.stdout.write(`${profile} ratio: ${JSON.stringify(await benchParseRatio(file, profile))}\n`);
      if (rssMb > 0) {
        const big = rssMb === ratioMb ? file : gen(fs.mkdtempSync(path.join(work, profile + '-big-')), rssMb * MB);
        process.stdout.write(
          `${profile} rss: ${JSON.stringify(measureParsePeakRss(big, profile, { compareUnconstrained: true }))}\n`,
        );
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
