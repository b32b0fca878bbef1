// Real-shaped agent logs for the parse benchmark (bench/parse-e2e.ts): synthetic Claude Code and Codex logs
// of a chosen size, with non-ASCII text in every record.
import * as fs from 'node:fs';
import * as path from 'node:path';

const MB = 1024 * 1024;

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
