// Cursor parser (parsers.md 4.5): state.vscdb read-only via node-sqlite3-wasm; composer collection,
// selection, bubbles, tool tasks, model inference, failures. Databases are built in a temp dir.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cursorDatabaseHasComposerData, cursorParser, cursorProvider } from '../../../core/parsers/cursor';
import { buildCursorFixtures, CREATED, type CursorFixtures } from '../../fixtures/cursor/make-fixtures';
import { byId, expectFailure, expectGolden, expectValid, FIXTURES, runParser } from './part2/harness';

const golden = (name: string): string => path.join(FIXTURES, 'cursor', 'golden', `${name}.hail.jsonl`);
const MS = 1_000_000n;
let tmp: string;
let fx: CursorFixtures;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cursor-test-'));
  fx = buildCursorFixtures(tmp);
  fs.utimesSync(fx.itemOnly, new Date('2026-01-09T00:00:00Z'), new Date('2026-01-09T00:00:00Z'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe('cursor parser', () => {
  it('parses the latest conversation of a global database (golden) without touching the directory', async () => {
    const before = listing(path.dirname(fx.global));
    const bytes = fs.readFileSync(fx.global);
    const r = await runParser(cursorParser, fx.global, { sourcePath: null, displayPath: 'state.vscdb' });
    expectValid(r.session);
    expectGolden(r.hail, golden('global-c-new'));
    expect(listing(path.dirname(fx.global))).toEqual(before); // no .lock dir, no journal
    expect(fs.readFileSync(fx.global).equals(bytes)).toBe(true);
    expect(r.outcome.warnings).toEqual([
      '2 conversations in state.vscdb; parsed c-new; use --session-id to choose another',
    ]);
  });

  it('maps the header', async () => {
    const r = await runParser(cursorParser, fx.global);
    const h = r.outcome.header;
    expect(h.session_id).toBe('c-new');
    // first non-blank modelType wins
    expect(h.agent).toEqual({ provider: 'anthropic', model: 'claude-4.5-sonnet', tool: 'cursor' });
    expect(h.context.title).toBe('Add dark mode');
    expect(h.context.created_at).toBe(BigInt(CREATED) * MS);
    expect(h.context.updated_at).toBe(BigInt(CREATED + 600000) * MS);
    expect(h.context.attributes).toEqual({
      is_agentic: true,
      session_role: 'primary',
      source_path: fs.realpathSync(fx.global),
    });
  });

  it('maps bubbles and tool tasks', async () => {
    const { events } = await runParser(cursorParser, fx.global, { sourcePath: null });
    // user bubble: trimmed text, created + c × 100 ms
    expect(byId(events, 'b1-user')).toMatchObject({
      timestamp: BigInt(CREATED + 100) * MS,
      content: { blocks: [{ type: 'Text', text: 'Add dark mode to the settings page' }] },
      attributes: {
        'source.schema_version': 'cursor-v3',
        'source.raw_type': 'bubble:user_message',
        'semantic.group_id': 'b1',
      },
    });
    expect(byId(events, 'b2-thinking')).toMatchObject({
      event_type: { type: 'Thinking' },
      attributes: { signature: 'c2lnbmF0dXJl' },
    });
    // tool bubble: TaskStart, call, result, TaskEnd with task_id cursor-task-<bid>; timing from timingInfo
    const b3 = events.filter((e) => e.attributes['semantic.group_id'] === 'b3');
    expect(b3.map((e) => e.event_id)).toEqual(['b3-task-start', 'b3-call', 'b3-result', 'b3-task-end']);
    expect(
      b3.every(
        (e) => e.task_id === 'cursor-task-b3' && e.timestamp === BigInt(CREATED + 250) * MS && e.duration_ms === 400,
      ),
    ).toBe(true);
    expect(byId(events, 'b3-task-start').event_type).toEqual({ type: 'TaskStart', data: { title: 'read_file' } });
    expect(byId(events, 'b3-call')).toMatchObject({
      event_type: { type: 'FileRead', data: { path: 'src/settings.tsx' } },
      attributes: { 'semantic.call_id': 'b3-call', 'semantic.tool_kind': 'file_read', status: 'completed' },
    });
    expect(byId(events, 'b3-result').event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'read_file', is_error: false, call_id: 'b3-call' },
    });
    expect(byId(events, 'b3-task-end').event_type).toEqual({
      type: 'TaskEnd',
      data: { summary: 'read_file completed' },
    });
    // end before start → no duration; diff result → [Text("Applied"), Json(diff)]; user_decision attr
    expect(byId(events, 'b4-call').duration_ms).toBeUndefined();
    expect(byId(events, 'b4-call')).toMatchObject({
      event_type: { type: 'FileEdit', data: { path: 'src/theme.ts' } },
      attributes: { user_decision: 'accepted' },
    });
    expect(byId(events, 'b4-result').content.blocks).toEqual([
      { type: 'Text', text: 'Applied' },
      { type: 'Json', data: { chunks: [{ diffString: '+export const dark = true;' }] } },
    ]);
    // shell: Code(command); output string → Code(output, "text") with its exit code
    expect(byId(events, 'b5-call')).toMatchObject({
      event_type: { type: 'ShellCommand', data: { command: 'npm test' } },
      content: { blocks: [{ type: 'Code', code: 'npm test', language: 'bash' }] },
    });
    expect(byId(events, 'b5-result')).toMatchObject({
      content: { blocks: [{ type: 'Code', code: 'ok\nExit code: 0', language: 'text' }] },
      attributes: { exit_code: 0 },
    });
    // status error with a blank result → ToolResult with is_error and empty content
    expect(byId(events, 'b6-call').event_type).toEqual({ type: 'CodeSearch', data: { query: 'theme' } });
    expect(byId(events, 'b6-result')).toMatchObject({
      event_type: { data: { is_error: true } },
      content: { blocks: [] },
    });
    expect(byId(events, 'b6-task-end').event_type).toEqual({ type: 'TaskEnd', data: { summary: 'grep_search error' } });
    // list_dir name; no result and blank status → no ToolResult, "<tool> finished"
    expect(byId(events, 'b7-call').event_type).toEqual({ type: 'ToolCall', data: { name: 'list_dir: src' } });
    expect(events.find((e) => e.event_id === 'b7-result')).toBeUndefined();
    expect(byId(events, 'b7-task-end').event_type).toEqual({ type: 'TaskEnd', data: { summary: 'list_dir finished' } });
    // unknown tool id → name; rawArgs not JSON → {raw}; plain text result trimmed; no AgentMessage
    expect(byId(events, 'b8-call')).toMatchObject({
      event_type: { type: 'ToolCall', data: { name: 'mcp_custom' } },
      content: { blocks: [{ type: 'Json', data: { raw: 'not json' } }] },
    });
    expect(byId(events, 'b8-result').content.blocks).toEqual([{ type: 'Text', text: 'plain text result' }]);
    expect(events.find((e) => e.event_id === 'b8-agent')).toBeUndefined();
    expect(byId(events, 'b9-call').event_type).toEqual({ type: 'FileSearch', data: { pattern: 'theme.ts' } });
    expect(byId(events, 'b10-result')).toMatchObject({
      event_type: { data: { is_error: true } },
      attributes: { exit_code: 3 },
    });
    expect(byId(events, 'b11-result')).toMatchObject({
      event_type: { data: { name: 'reapply', is_error: true } },
      content: { blocks: [{ type: 'Json', data: { error: 'conflict' } }] },
    });
    // no tool id and no name → unknown_tool; blank rawArgs → Json(null); bubble text as result
    expect(byId(events, 'b12-call')).toMatchObject({
      event_type: { type: 'ToolCall', data: { name: 'unknown_tool' } },
      content: { blocks: [{ type: 'Json', data: null }] },
    });
    expect(byId(events, 'b12-result').content.blocks).toEqual([{ type: 'Text', text: 'fallback text as result' }]);
    // blank terminal command → ToolCall
    expect(byId(events, 'b13-call').event_type).toEqual({ type: 'ToolCall', data: { name: 'run_terminal_cmd' } });
    // missing and unparseable bubbles skipped; agent bubbles carry model
    expect(byId(events, 'b14-agent')).toMatchObject({
      event_type: { type: 'AgentMessage' },
      attributes: { model: 'claude-4.5-sonnet', 'source.raw_type': 'bubble:agent_message' },
    });
    expect(events.find((e) => e.event_id.startsWith('b15'))).toBeUndefined();
    expect(byId(events, 'b16-agent').attributes.model).toBe('gpt-5');
  });

  it('selects another conversation with --session-id and infers the model from a thinking signature', async () => {
    const r = await runParser(cursorParser, fx.global, { sourcePath: null, sessionId: 'c-old' });
    expectValid(r.session);
    expect(r.outcome.header.session_id).toBe('c-old');
    expect(r.outcome.header.agent).toEqual({ provider: 'google', model: 'gemini-2.5-pro', tool: 'cursor' });
    expect(r.events.map((e) => e.event_id)).toEqual(['o1-user', 'bubble-2-thinking', 'bubble-3-agent']);
    expect(r.events[0].attributes['source.schema_version']).toBe('cursor-v2');
    expect(r.outcome.header.context.created_at).toBe(BigInt(Date.parse('2026-01-05T10:00:00Z')) * MS);
    await expectFailure(cursorParser, fx.global, `conversation nope not found in ${fx.global}`, { sessionId: 'nope' });
  });

  it('reads workspace composer data and fills conversations from the global database', async () => {
    const r = await runParser(cursorParser, fx.workspace, { sourcePath: null, displayPath: 'ws/state.vscdb' });
    expectValid(r.session);
    // c-new (global, latest) beats the inline workspace conversation
    expect(r.outcome.header.session_id).toBe('c-new');
    expect(r.outcome.header.context.title).toBe('Add dark mode');
    expect(r.outcome.warnings).toEqual([
      '2 conversations in ws/state.vscdb; parsed c-new; use --session-id to choose another',
    ]);
    const w = await runParser(cursorParser, fx.workspace, { sourcePath: null, sessionId: 'w-inline' });
    expect(w.outcome.header).toMatchObject({
      session_id: 'w-inline',
      agent: { provider: 'google', model: 'gemini-2.5-pro' },
    });
    expect(w.outcome.header.context.title).toBe('Workspace chat');
    expect(w.events.map((e) => e.event_id)).toEqual(['bubble-1-user', 'bubble-2-agent']);
  });

  it('falls back to ItemTable rows and the database mtime', async () => {
    const r = await runParser(cursorParser, fx.itemOnly, { sourcePath: null });
    expectValid(r.session);
    const mtime = BigInt(Date.parse('2026-01-09T00:00:00Z')) * MS;
    expect(r.outcome.header.context.created_at).toBe(mtime);
    expect(r.outcome.header.context.updated_at).toBe(mtime);
    expect(r.outcome.header.agent).toEqual({ provider: 'meta', model: 'llama-3', tool: 'cursor' });
    expect(r.events.map((e) => e.timestamp)).toEqual([mtime + 100n * MS, mtime + 200n * MS]);
    expect(r.outcome.warnings).toEqual([]);
  });

  it('reads WAL-mode databases (header journal mode 2)', async () => {
    expect([...fs.readFileSync(fx.walMode).subarray(18, 20)]).toEqual([2, 2]);
    const r = await runParser(cursorParser, fx.walMode, { sourcePath: null });
    expectValid(r.session);
    expect(r.outcome.header.session_id).toBe('wal-1');
    expect(r.events.map((e) => e.event_id)).toEqual(['bubble-1-user']);
    expect(fs.readdirSync(path.dirname(fx.walMode))).toEqual(['state.vscdb']);
  });

  it('offers a discovery filter that opens read-only', () => {
    expect(cursorDatabaseHasComposerData(fx.global)).toBe(true);
    expect(cursorDatabaseHasComposerData(fx.workspace)).toBe(true);
    expect(cursorDatabaseHasComposerData(fx.walMode)).toBe(true);
    expect(cursorDatabaseHasComposerData(fx.noTables)).toBe(false);
    expect(cursorDatabaseHasComposerData(fx.notSqlite)).toBe(false);
    expect(cursorDatabaseHasComposerData(path.join(tmp, 'missing.vscdb'))).toBe(false);
    expect(fs.existsSync(path.join(tmp, 'missing.vscdb'))).toBe(false);
  });

  it('infers providers from model names', () => {
    expect(cursorProvider('claude-4-opus')).toBe('anthropic');
    expect(cursorProvider('Anthropic thing')).toBe('anthropic');
    expect(cursorProvider('gpt-4.1')).toBe('openai');
    expect(cursorProvider('o1-preview')).toBe('openai');
    expect(cursorProvider('gemini-2.5')).toBe('google');
    expect(cursorProvider('llama-3')).toBe('meta');
    expect(cursorProvider('deepseek-r1')).toBe('deepseek');
    expect(cursorProvider('grok')).toBe('unknown');
  });

  it('reports top-level failures', async () => {
    await expectFailure(cursorParser, fx.noTables, 'No cursorDiskKV or ItemTable table found in database');
    await expectFailure(cursorParser, fx.noComposers, `No composer conversations found in ${fx.noComposers}`);
    const ctxFail = cursorParser.parse(
      fx.notSqlite,
      { push: () => undefined },
      {
        path: fx.notSqlite,
        displayPath: 'not-sqlite/state.vscdb',
        sourcePath: null,
        mtime: 0n,
        options: {},
      },
    );
    await expect(ctxFail).rejects.toMatchObject({
      name: 'ParserFailed',
      message: 'cannot open cursor database not-sqlite/state.vscdb: file is not a database',
    });
  });
});
