// Deterministic generator of realistic HAIL JSONL for benchmarks (mixed events, prose, code, diffs,
// nested attributes, a few floats), so every run measures the same bytes.
import { prng } from '../__tests__/support/random';

const WORDS =
  'the parser reads each line and keeps the session canonical so hashes agree across machines while tests run ' +
  'fix update refactor module function return value error handling token stream commit branch ledger review ' +
  'résumé naïve 日本語 emoji 🚀 quoted "text" with \\ backslash and\ttab';
const WORD_LIST = WORDS.split(' ');

function words(rand: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORD_LIST[Math.floor(rand() * WORD_LIST.length)]);
  return out.join(' ');
}

function ts(base: number, i: number): string {
  const ms = base + i * 1370;
  const iso = new Date(ms).toISOString(); // 2025-01-01T00:00:00.000Z
  return i % 5 === 0 ? iso.replace('.000Z', 'Z') : iso;
}

/** One session of roughly `targetBytes` bytes (header, events, stats). */
export function generateHail(targetBytes: number, seed = 42): string {
  const rand = prng(seed);
  const base = Date.UTC(2025, 0, 1);
  const lines: string[] = [];
  lines.push(
    JSON.stringify({
      type: 'header',
      version: 'hail-1.0.0',
      session_id: 'bench-session',
      agent: { provider: 'anthropic', model: 'claude-opus-4-6', tool: 'claude-code', tool_version: '2.1.0' },
      context: {
        title: 'Benchmark session',
        tags: ['bench'],
        created_at: ts(base, 0),
        updated_at: ts(base, 1),
        attributes: { cwd: '/work/project', git: { branch: 'main', commit: 'a'.repeat(40) } },
      },
    }),
  );
  let size = lines[0].length;
  let i = 0;
  while (size < targetBytes) {
    i++;
    const kind = i % 8;
    const common = { type: 'event', event_id: `e${i}`, timestamp: ts(base, i), task_id: `t${Math.floor(i / 50)}` };
    let line: string;
    switch (kind) {
      case 0:
        line = JSON.stringify({
          ...common,
          event_type: { type: 'UserMessage' },
          content: { blocks: [{ type: 'Text', text: words(rand, 40 + Math.floor(rand() * 80)) }] },
          attributes: { 'source.raw_type': 'user', input_tokens: Math.floor(rand() * 5000) },
        });
        break;
      case 1:
        line = JSON.stringify({
          ...common,
          event_type: { type: 'AgentMessage' },
          content: { blocks: [{ type: 'Text', text: words(rand, 100 + Math.floor(rand() * 200)) }] },
          attributes: { output_tokens: Math.floor(rand() * 3000), 'semantic.group_id': `g${i % 7}` },
        });
        break;
      case 2:
        line = JSON.stringify({
          ...common,
          event_type: { type: 'ToolCall', data: { name: 'Read' } },
          content: { blocks: [{ type: 'Json', data: { file_path: `/work/project/src/m${i % 97}.ts`, limit: 200 } }] },
          attributes: { 'semantic.call_id': `call_${i}`, 'semantic.tool_kind': 'file_read' },
        });
        break;
      case 3:
        line = JSON.stringify({
          ...common,
          event_type: { type: 'ToolResult', data: { name: 'Read', is_error: false, call_id: `call_${i - 1}` } },
          content: {
            blocks: [
              {
                type: 'Code',
                code: `export function f${i}(x: number): number {\n  return x * ${i};\n}\n`.repeat(6),
                language: 'typescript',
                start_line: 1,
              },
            ],
          },
          duration_ms: Math.floor(rand() * 900),
        });
        break;
      case 4:
        line = JSON.stringify({
          ...common,
          event_type: {
            type: 'FileEdit',
            data: {
              path: `src/m${i % 97}.ts`,
              diff: `--- a/src/m${i % 97}.ts\n+++ b/src/m${i % 97}.ts\n@@ -1,3 +1,3 @@\n-  return x;\n+  return x * 2;\n ${words(rand, 12)}\n`,
            },
          },
          content: { blocks: [] },
        });
        break;
      case 5:
        line = JSON.stringify({
          ...common,
          event_type: {
            type: 'ShellCommand',
            data: { command: 'npm test -- --runInBand', exit_code: i % 3 === 0 ? 1 : 0 },
          },
          content: { blocks: [{ type: 'Text', text: `PASS src/m${i}.test.ts\n` + words(rand, 30) }] },
          duration_ms: 1200 + (i % 400),
          attributes: { score: 0.25 + (i % 4), ratio: 1.5, nested: { z: 1, a: [1, 2, { k: 'v' }], m: null } },
        });
        break;
      case 6:
        line = JSON.stringify({
          ...common,
          event_type: { type: 'Thinking' },
          content: { blocks: [{ type: 'Text', text: words(rand, 60) }] },
        });
        break;
      default:
        line = JSON.stringify({
          ...common,
          event_type: { type: 'TaskEnd', data: { summary: words(rand, 15) } },
          content: { blocks: [] },
          attributes: { input_tokens_total: i * 100, output_tokens_total: i * 40 },
        });
    }
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n') + '\n';
}
