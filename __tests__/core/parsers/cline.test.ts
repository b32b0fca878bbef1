// Cline parser (parsers.md 4.6): task folders, user-text rules, tool typing, pairing, timestamps, title.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { clineParser } from '../../../core/parsers/cline';
import { byId, expectFailure, expectGolden, expectValid, FIXTURES, runParser } from './part2/harness';

const TASKS = path.join(FIXTURES, 'cline', 'data', 'tasks');
const MAIN = path.join(TASKS, '1767225600000', 'api_conversation_history.json');
const golden = (name: string): string => path.join(FIXTURES, 'cline', 'golden', `${name}.hail.jsonl`);
const MS = 1_000_000n;

describe('cline parser', () => {
  it('matches the golden HAIL and validates', async () => {
    const r = await runParser(clineParser, MAIN, { sourcePath: null, displayPath: 'api_conversation_history.json' });
    expectValid(r.session);
    expectGolden(r.hail, golden('task-1767225600000'));
  });

  it('maps the session: id, title from taskHistory, model, ui timestamps', async () => {
    const r = await runParser(clineParser, MAIN, { displayPath: 'api_conversation_history.json' });
    const { header, warnings } = r.outcome;
    expect(header.session_id).toBe('1767225600000');
    expect(header.agent).toEqual({ provider: 'anthropic', model: 'claude-sonnet-4-5', tool: 'cline' });
    expect(header.context.title).toBe('Fix the login bug in src/auth.ts');
    expect(header.context.created_at).toBe(1767225601000n * MS);
    expect(header.context.updated_at).toBe(1767225900000n * MS);
    expect(header.context.attributes).toEqual({ session_role: 'primary', source_path: fs.realpathSync(MAIN) });
    expect(warnings).toEqual(['skipped 2 malformed record(s) in api_conversation_history.json (first at message 13)']);
    // every event of message i gets base + i × 100 ms (base = first ui ts)
    expect(byId(r.events, 'cline-1').timestamp).toBe(1767225601000n * MS);
    expect(byId(r.events, 'cline-4').timestamp).toBe(1767225601100n * MS);
    expect(byId(r.events, 'cline-27').timestamp).toBe(1767225601000n * MS + 14n * 100n * MS);
  });

  it('applies the user-text rules', async () => {
    const { events } = await runParser(clineParser, MAIN, { sourcePath: null });
    const users = events
      .filter((e) => e.event_type.type === 'UserMessage')
      .map((e) => (e.content.blocks[0] as { text: string }).text);
    // <task> content; <environment_details> and "# task_progress" skipped; <user_message>; reminders stripped
    expect(users).toEqual(['Fix the login bug in src/auth.ts', 'Yes, and add a test', 'Looks good', 'Plain follow-up']);
    expect(events.every((e) => e.event_id.startsWith('cline-'))).toBe(true);
  });

  it('maps tool uses and pairs results', async () => {
    const { events } = await runParser(clineParser, MAIN, { sourcePath: null });
    expect(byId(events, 'cline-2').event_type).toEqual({ type: 'Thinking' });
    expect(byId(events, 'cline-4')).toMatchObject({
      event_type: { type: 'FileRead', data: { path: 'src/auth.ts' } },
      content: { blocks: [{ type: 'Json', data: { path: 'src/auth.ts' } }] },
      attributes: { 'semantic.call_id': 'toolu_01', 'semantic.tool_kind': 'file_read' },
    });
    // text result prefix pairs with the open call of the same name; Read output → Code block
    expect(byId(events, 'cline-5')).toMatchObject({
      event_type: { type: 'ToolResult', data: { name: 'read_file', is_error: false, call_id: 'toolu_01' } },
      content: {
        blocks: [
          {
            type: 'Code',
            code: 'export function login() {\n\n  return false;\n}',
            language: 'typescript',
            start_line: 1,
          },
        ],
      },
    });
    // tool_use without id → C = the event id
    expect(byId(events, 'cline-6')).toMatchObject({
      event_type: { type: 'FileEdit', data: { path: 'src/auth.ts' } },
      attributes: { 'semantic.call_id': 'cline-6', 'semantic.tool_kind': 'file_write' },
    });
    // tool_result with an unknown id: name of the last tool_use, call_id as given
    expect(byId(events, 'cline-7').event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'replace_in_file', is_error: false, call_id: 'toolu_99' },
    });
    expect(byId(events, 'cline-8')).toMatchObject({
      event_type: { type: 'ShellCommand', data: { command: 'npm test' } },
      content: { blocks: [{ type: 'Code', code: 'npm test', language: 'bash' }] },
    });
    expect(byId(events, 'cline-9').event_type).toEqual({ type: 'FileCreate', data: { path: 'src/new.ts' } });
    expect(byId(events, 'cline-10').event_type).toEqual({ type: 'CodeSearch', data: { query: 'login' } });
    expect(byId(events, 'cline-11').event_type).toEqual({ type: 'FileSearch', data: { pattern: '.' } });
    expect(byId(events, 'cline-12').event_type).toEqual({ type: 'ToolCall', data: { name: 'use_mcp_tool' } });
    // exit code in tool output → exit_code attr and is_error
    expect(byId(events, 'cline-13')).toMatchObject({
      event_type: { type: 'ToolResult', data: { name: 'execute_command', is_error: true, call_id: 'toolu_03' } },
      attributes: { exit_code: 1 },
    });
    // only a system reminder → empty content
    expect(byId(events, 'cline-14').content).toEqual({ blocks: [] });
    // tool_result without id → most recent open call (2.12); non-text content → compact JSON
    expect(byId(events, 'cline-15')).toMatchObject({
      event_type: { type: 'ToolResult', data: { name: 'use_mcp_tool', call_id: 'toolu_07' } },
      content: { blocks: [{ type: 'Text', text: '{"matches":2}' }] },
    });
    // text result with no open call of that name → unpaired
    const unpaired = byId(events, 'cline-17');
    expect(unpaired.event_type).toEqual({ type: 'ToolResult', data: { name: 'use_mcp_tool', is_error: false } });
    expect(unpaired.attributes['semantic.call_id']).toBeUndefined();
    // interactive tool → request_user_input with questions (options from a JSON-array string)
    expect(byId(events, 'cline-18')).toMatchObject({
      event_type: { type: 'ToolCall', data: { name: 'request_user_input' } },
      content: {
        blocks: [
          {
            type: 'Json',
            data: {
              questions: [{ id: 'question', question: 'Should I also update the tests?', options: ['Yes', 'No'] }],
            },
          },
        ],
      },
      attributes: { 'semantic.tool_kind': 'interactive', 'semantic.call_id': 'toolu_08' },
    });
    expect(byId(events, 'cline-19').event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'request_user_input', is_error: false, call_id: 'toolu_08' },
    });
    // plan_mode_respond / attempt_completion → AgentMessage, no call
    expect(byId(events, 'cline-21')).toMatchObject({
      event_type: { type: 'AgentMessage' },
      content: { blocks: [{ type: 'Text', text: 'Here is the plan.' }] },
    });
    expect(byId(events, 'cline-26')).toMatchObject({
      event_type: { type: 'AgentMessage' },
      content: { blocks: [{ type: 'Text', text: 'Fixed the login bug.' }] },
    });
    expect(byId(events, 'cline-26').attributes).toEqual({});
    // blank command → ToolCall with Json(input)
    expect(byId(events, 'cline-24')).toMatchObject({
      event_type: { type: 'ToolCall', data: { name: 'execute_command' } },
      content: { blocks: [{ type: 'Json', data: { command: '  ' } }] },
    });
  });

  it('falls back to the task dir name and the ui model', async () => {
    const r2 = await runParser(clineParser, path.join(TASKS, '1767312000000', 'api_conversation_history.json'), {
      sourcePath: null,
    });
    expectValid(r2.session);
    expect(r2.events.map((e) => e.timestamp)).toEqual([1767312000000n * MS, 1767312000100n * MS]);
    expect(r2.outcome.header.agent).toEqual({ provider: 'unknown', model: 'unknown', tool: 'cline' });
    expect(r2.outcome.header.context.title).toBeUndefined();
    expect(r2.outcome.header.context.updated_at).toBe(1767312000100n * MS);
    const r3 = await runParser(clineParser, path.join(TASKS, 'task-named', 'api_conversation_history.json'), {
      sourcePath: null,
    });
    expect(r3.outcome.header.agent).toEqual({ provider: 'openrouter', model: 'qwen3-coder', tool: 'cline' });
    expect(r3.events[0].timestamp).toBe(1767400000000n * MS);
  });

  it('uses the file mtime when neither ui messages nor a numeric dir name exist', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cline-test-'));
    try {
      const file = path.join(tmp, 'api_conversation_history.json');
      fs.writeFileSync(file, '[{"role":"user","content":[{"type":"text","text":"hi"}]}]');
      fs.utimesSync(file, new Date('2026-05-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'));
      const r = await runParser(clineParser, file, { sourcePath: null });
      expect(r.events[0].timestamp).toBe(BigInt(Date.parse('2026-05-01T00:00:00Z')) * MS);
      fs.writeFileSync(file, Buffer.from('[{"role":"user","content":[{"type":"text","text":"caf\xe9"}]}]', 'latin1'));
      await expectFailure(clineParser, file, 'input is not valid UTF-8 text');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('fails when the top level is not an array', async () => {
    for (const dir of ['bad-top', 'bad-json']) {
      await expectFailure(
        clineParser,
        path.join(TASKS, dir, 'api_conversation_history.json'),
        'Failed to parse api_conversation_history.json',
      );
    }
  });
});
