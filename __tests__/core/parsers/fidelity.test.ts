// Parser fidelity (amendments-2 A2–A5) through the bundled CLI: `opensession parse` on real-shaped fixtures written
// from each agent's public format, then `register` accepts what `parse` wrote.
import * as fs from 'fs';
import * as path from 'path';
import type { HailEvent } from '../../../core/hail/types';
import { runBundled } from '../../support/cli';
import { cleanupTempDirs, isolateGitEnv, makeTempDir } from '../../support/git';
import { FIXTURES } from './support/harness';

let home: string;
beforeAll(() => {
  home = isolateGitEnv();
});
afterAll(() => cleanupTempDirs());

interface Parsed {
  header: { session_id: string; context: { title?: string } };
  events: Array<Omit<HailEvent, 'timestamp'> & { timestamp: string }>;
  stats: Record<string, number>;
}

/** Copies a fixture tree into a temp dir (parsers read beside the file) and runs `parse` on one file of it. */
function parse(rel: string, extra: string[] = [], copyRoot?: string): { parsed: Parsed; stderr: string; out: string } {
  const root = copyRoot ?? path.dirname(rel);
  const tmp = makeTempDir('os-fid-');
  fs.cpSync(path.join(FIXTURES, root), path.join(tmp, path.basename(root)), { recursive: true });
  const file = path.join(tmp, path.basename(root), path.relative(root, rel));
  const out = path.join(tmp, 'out.hail.jsonl');
  const r = runBundled(['parse', file, '--validate', '--out', out, ...extra], { cwd: tmp, env: { HOME: home } });
  expect(r.stderr).not.toMatch(/^Error:/m);
  expect(r.code).toBe(0);
  const lines = fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  // what parse wrote, register accepts
  const reg = runBundled(['register', out], { cwd: tmp, env: { HOME: home } });
  expect(reg.stderr).toBe('');
  expect(reg.code).toBe(0);
  return {
    parsed: {
      header: lines[0] as unknown as Parsed['header'],
      events: lines.filter((l) => l.type === 'event') as unknown as Parsed['events'],
      stats: lines[lines.length - 1] as Record<string, number>,
    },
    stderr: r.stderr,
    out,
  };
}

const byId = (p: Parsed, id: string) => {
  const e = p.events.find((x) => x.event_id === id);
  if (e === undefined) throw new Error(`no event ${id}`);
  return e;
};

describe('A2 Claude Code', () => {
  const SID = '7c3e9a10-5b2d-4f8e-a1c3-2e9d0b4f6a71';
  let p: Parsed;
  beforeAll(() => {
    p = parse(`claude-code/fidelity/${SID}.jsonl`, ['--profile', 'claude-code']).parsed;
  });

  test('Write keeps the file body as Code (language from the path, start line 1) and counts its lines', () => {
    const w = byId(p, 'toolu_f_write');
    expect(w.event_type).toEqual({ type: 'FileCreate', data: { path: '/home/dev/shop/src/price.ts' } });
    const body = 'export function price(cents: number): string {\n  return `$${(cents / 100).toFixed(2)}`;\n}\n';
    expect(w.content.blocks[0]).toEqual({ type: 'Code', code: body, language: 'typescript', start_line: 1 });
    expect(p.stats.lines_added).toBe(3);
  });

  test('every call keeps its whole input as Json after the mapped content', () => {
    expect(byId(p, 'toolu_f_glob').content.blocks.at(-1)).toEqual({
      type: 'Json',
      data: { pattern: '**/*.ts', path: '/home/dev/shop/src' },
    });
    expect(byId(p, 'toolu_f_read').content.blocks.at(-1)).toEqual({
      type: 'Json',
      data: { file_path: '/home/dev/shop/src/cart.ts', offset: 40, limit: 60 },
    });
    const bash = byId(p, 'toolu_f_bash');
    expect(bash.event_type).toEqual({ type: 'ShellCommand', data: { command: 'npm run dev' } });
    expect(bash.content.blocks.at(-1)).toEqual({
      type: 'Json',
      data: { command: 'npm run dev', description: 'Start the dev server', timeout: 120000, run_in_background: true },
    });
    expect(byId(p, `e1f2a3b4:toolu_fs_grep`).content.blocks.at(-1)).toMatchObject({
      type: 'Json',
      data: { path: '/home/dev/shop/src', output_mode: 'content', '-n': true },
    });
  });

  test('bash mode: typed input is a user ShellCommand, its output a SystemMessage; neither is a UserMessage', () => {
    expect(byId(p, 'f-u7').event_type).toEqual({ type: 'ShellCommand', data: { command: 'git status --short' } });
    expect(byId(p, 'f-u7').attributes).toMatchObject({ actor: 'user' });
    expect(byId(p, 'f-u8').event_type).toEqual({ type: 'SystemMessage' });
    expect(byId(p, 'f-u8').content.blocks).toEqual([{ type: 'Text', text: ' M src/cart.ts\n?? src/price.ts' }]);
    const users = p.events.filter((e) => e.event_type.type === 'UserMessage').map((e) => e.event_id);
    expect(users).toEqual(['f-u1']);
    expect(p.stats.user_message_count).toBe(1);
  });

  test("a subagent's prompt is a SystemMessage with source subagent_prompt (merged and standalone)", () => {
    const prompt = byId(p, 'e1f2a3b4:fs-u1');
    expect(prompt.event_type).toEqual({ type: 'SystemMessage' });
    expect(prompt.attributes).toMatchObject({ source: 'subagent_prompt' });
    const standalone = parse(
      `claude-code/fidelity/${SID}/subagents/agent-e1f2a3b4.jsonl`,
      ['--profile', 'claude-code'],
      'claude-code/fidelity',
    ).parsed;
    expect(byId(standalone, 'fs-u1').event_type).toEqual({ type: 'SystemMessage' });
    expect(byId(standalone, 'fs-u1').attributes).toEqual({ source: 'subagent_prompt' });
    expect(standalone.events.some((e) => e.event_type.type === 'UserMessage')).toBe(false);
  });
});

describe('A3 Codex', () => {
  test('reasoning and message copies 13.7 s and 25.2 s apart are one event each (120 s window)', () => {
    const { parsed } = parse('codex/fidelity/rollout-2026-03-02T08-00-00-0199b0a1-0000-7000-8000-00000000a3a3.jsonl');
    expect(parsed.events.map((e) => e.event_type.type)).toEqual(['UserMessage', 'Thinking', 'AgentMessage']);
  });

  test('`codex exec --json` output is detected and mapped like the rollout', () => {
    const { parsed, stderr } = parse('codex/exec/exec-json.jsonl', ['--preview']);
    expect(stderr).toContain('codex');
    expect(parsed.header.session_id).toBe('0199a213-81c0-7800-8aa1-bbab2a035a53');
    const types = parsed.events.map((e) => [e.event_type.type, (e.event_type as { data?: unknown }).data ?? null]);
    expect(types).toEqual([
      ['Thinking', null],
      ['ShellCommand', { command: "bash -lc 'npm test'" }],
      ['ToolResult', { name: 'exec_command', is_error: true, call_id: 'item_1' }],
      ['FileEdit', { path: 'src/sum.ts' }],
      ['FileCreate', { path: 'src/sum.notes.md' }],
      ['ToolCall', { name: 'docs.search' }],
      ['ToolResult', { name: 'docs.search', is_error: false, call_id: 'item_4' }],
      ['WebSearch', { query: 'vitest toBe vs toEqual' }],
      ['ShellCommand', { command: "bash -lc 'npm test'" }],
      ['ToolResult', { name: 'exec_command', is_error: false, call_id: 'item_6' }],
      ['ToolCall', { name: 'update_plan' }],
      ['AgentMessage', null],
      ['Custom', { kind: 'token_count' }],
      ['SystemMessage', null],
      ['SystemMessage', null],
    ]);
    expect(parsed.events[2].attributes).toMatchObject({ exit_code: 1 });
    expect(parsed.stats.total_input_tokens).toBe(24763);
    expect(parsed.stats.total_output_tokens).toBe(122);
  });
});

describe('A4 OpenCode flat legacy parts', () => {
  test('storage/part/prt_*.json are grouped by messageID; parts of other sessions stay out', () => {
    const { parsed } = parse('opencode/legacy/storage/session/proj_legacy/ses_legacy.json', [], 'opencode/legacy');
    const kinds = parsed.events.map((e) => e.event_type.type);
    expect(kinds.filter((k) => k === 'UserMessage')).toHaveLength(1);
    expect(kinds).toEqual(expect.arrayContaining(['CodeSearch', 'FileEdit', 'ShellCommand', 'AgentMessage']));
    expect(parsed.stats.tool_call_count).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(parsed.events)).not.toContain('not this session');
    expect(byId(parsed, 'prt_l2c-call').event_type).toMatchObject({
      type: 'FileEdit',
      data: { path: '/home/dev/legacy/src/page.ts' },
    });
  });
});

describe('A5 foreign files never succeed', () => {
  const foreign = [
    'foreign/droid/sessions/-home-dev-shop/4b0c7e2a-droid.jsonl',
    'foreign/qwen/tmp/5f2d9c/chats/session-2026-03-03T10-00-5f2d9c01.jsonl',
    'foreign/grok/chat-2026-03-03.jsonl',
  ];
  test.each(foreign)('%s: auto and every native profile exit 1, no output written', (rel) => {
    const tmp = makeTempDir('os-foreign-');
    const file = path.join(tmp, path.basename(rel));
    fs.copyFileSync(path.join(FIXTURES, rel), file);
    for (const profile of ['auto', 'claude-code', 'codex', 'gemini']) {
      const out = path.join(tmp, `${profile}.hail.jsonl`);
      const r = runBundled(['parse', file, '--profile', profile, '--out', out], { cwd: tmp, env: { HOME: home } });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^Error: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  test('before A5 such a file read as Claude Code made only system messages: now "produced no events"', () => {
    const tmp = makeTempDir('os-foreign-');
    const file = path.join(tmp, 'q.jsonl');
    fs.copyFileSync(path.join(FIXTURES, foreign[1]), file);
    const r = runBundled(['parse', file, '--profile', 'claude-code'], { cwd: tmp, env: { HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('produced no events');
  });
});
