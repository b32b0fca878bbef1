// Amp parser (parsers.md 4.7): thread JSON, block mapping, tool typing and pairing, tokens, provider.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ampParser, ampProvider } from '../../../core/parsers/amp';
import { byId, expectFailure, expectGolden, expectValid, FIXTURES, runParser } from './part2/harness';

const THREADS = path.join(FIXTURES, 'amp', 'threads');
const MAIN = path.join(THREADS, 'T-0a1b2c3d-0000-4000-8000-000000000001.json');
const golden = (name: string): string => path.join(FIXTURES, 'amp', 'golden', `${name}.hail.jsonl`);
const MS = 1_000_000n;
const CREATED = 1767700000000n;

describe('amp parser', () => {
  it('matches the golden HAIL and validates', async () => {
    const r = await runParser(ampParser, MAIN, { sourcePath: null, displayPath: 'T-1.json' });
    expectValid(r.session);
    expectGolden(r.hail, golden('thread-1'));
  });

  it('maps the session header', async () => {
    const r = await runParser(ampParser, MAIN, { displayPath: 'T-1.json' });
    const { header, warnings } = r.outcome;
    expect(header.session_id).toBe('T-0a1b2c3d-0000-4000-8000-000000000001');
    expect(header.agent).toEqual({ provider: 'anthropic', model: 'claude-sonnet-4-5-20250929', tool: 'amp' });
    expect(header.context.title).toBe('Add a health check endpoint');
    expect(header.context.created_at).toBe(CREATED * MS);
    expect(header.context.updated_at).toBe(r.events[r.events.length - 1].timestamp);
    expect(header.context.attributes).toEqual({ session_role: 'primary', source_path: fs.realpathSync(MAIN) });
    expect(warnings).toEqual(['skipped 2 malformed record(s) in T-1.json (first at message 8)']);
  });

  it('maps blocks, tools, results and tokens', async () => {
    const { events, session } = await runParser(ampParser, MAIN, { sourcePath: null });
    // meta.sentAt, else created + messageId × 1000 ms
    expect(byId(events, 'amp-1').timestamp).toBe((CREATED + 500n) * MS);
    expect(byId(events, 'amp-2').timestamp).toBe((CREATED + 1000n) * MS);
    // tokens on the message's first event (a Thinking); input includes cache reads (2.13)
    expect(byId(events, 'amp-2')).toMatchObject({
      event_type: { type: 'Thinking' },
      attributes: { input_tokens: 2500, output_tokens: 200, cache_read_input_tokens: 1000 },
    });
    // tool_use ids are the block ids; the counter still advances
    expect(byId(events, 'toolu_a1')).toMatchObject({
      event_type: { type: 'FileRead', data: { path: '/repo/src/server.ts' } },
      attributes: { 'semantic.call_id': 'toolu_a1', 'semantic.tool_kind': 'file_read' },
    });
    expect(byId(events, 'toolu_a2')).toMatchObject({
      event_type: { type: 'ShellCommand', data: { command: 'npm test' } },
      content: { blocks: [{ type: 'Code', code: 'npm test', language: 'bash' }] },
    });
    expect(byId(events, 'amp-5')).toMatchObject({
      event_type: { type: 'ToolResult', data: { name: 'Read', is_error: false, call_id: 'toolu_a1' } },
      content: { blocks: [{ type: 'Text', text: 'export const app = 1;' }] },
    });
    expect(byId(events, 'amp-6')).toMatchObject({
      event_type: { type: 'ToolResult', data: { name: 'Bash', is_error: true, call_id: 'toolu_a2' } },
      content: { blocks: [{ type: 'Text', text: '{"output":"1 failing","exitCode":1}' }] },
    });
    expect(byId(events, 'toolu_a3').event_type).toEqual({
      type: 'FileEdit',
      data: {
        path: '/repo/src/server.ts',
        diff: '--- a/repo/src/server.ts\n+++ b/repo/src/server.ts\n-const app = 1;\n+const app = 1;\n+export const health = () => "ok";',
      },
    });
    expect(byId(events, 'toolu_a4').event_type).toEqual({
      type: 'FileCreate',
      data: { path: '/repo/src/health.test.ts' },
    });
    expect(byId(events, 'toolu_a5').event_type).toEqual({ type: 'CodeSearch', data: { query: 'health' } });
    expect(byId(events, 'toolu_a6').event_type).toEqual({ type: 'FileSearch', data: { pattern: '**/*.test.ts' } });
    expect(byId(events, 'toolu_a7').event_type).toEqual({
      type: 'WebFetch',
      data: { url: 'https://example.com/health' },
    });
    expect(byId(events, 'toolu_a8').event_type).toEqual({
      type: 'WebSearch',
      data: { query: 'health check best practice' },
    });
    expect(byId(events, 'toolu_a9').event_type).toEqual({ type: 'ToolCall', data: { name: 'todo_write' } });
    // tool_use without id → amp-<n>, which is also C
    expect(byId(events, 'amp-14')).toMatchObject({
      event_type: { type: 'ToolCall', data: { name: 'mermaid' } },
      attributes: { 'semantic.call_id': 'amp-14' },
    });
    // blank shell command → ToolCall{name} with Json(input)
    expect(byId(events, 'toolu_a11')).toMatchObject({
      event_type: { type: 'ToolCall', data: { name: 'Bash' } },
      content: { blocks: [{ type: 'Json', data: { cmd: ' ' } }] },
    });
    // result JSON compacted with floats kept
    expect(byId(events, 'amp-16').content.blocks).toEqual([{ type: 'Text', text: '{"diff":"+x","lines":2.0}' }]);
    // no toolUseID → most recent open call; exit code read from the text
    expect(byId(events, 'amp-17')).toMatchObject({
      event_type: { type: 'ToolResult', data: { name: 'Bash', is_error: false, call_id: 'toolu_a11' } },
      attributes: { exit_code: 0, 'semantic.call_id': 'toolu_a11' },
    });
    // unknown toolUseID → last tool_use name, call_id as given
    expect(byId(events, 'amp-18').event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'Bash', is_error: false, call_id: 'toolu_zz' },
    });
    // message with usage and no event → token_count carrier
    expect(byId(events, 'amp-19')).toMatchObject({
      event_type: { type: 'Custom', data: { kind: 'token_count' } },
      content: { blocks: [] },
      attributes: { input_tokens: 50 },
    });
    expect(byId(events, 'amp-20').event_type).toEqual({ type: 'AgentMessage' });
    expect(session.stats).toMatchObject({ total_input_tokens: 4550, total_output_tokens: 500 });
  });

  it('infers the provider from the model', async () => {
    expect(ampProvider('claude-opus-4')).toBe('anthropic');
    expect(ampProvider('gpt-5')).toBe('openai');
    expect(ampProvider('o3-mini')).toBe('openai');
    expect(ampProvider('gemini-2.5-pro')).toBe('google');
    expect(ampProvider('mystery-1')).toBe('unknown');
    const r = await runParser(ampParser, path.join(THREADS, 'T-0a1b2c3d-0000-4000-8000-000000000002.json'), {
      sourcePath: null,
    });
    expectValid(r.session);
    expect(r.outcome.header.agent).toEqual({ provider: 'unknown', model: 'mystery-1', tool: 'amp' });
    expect(r.events.map((e) => e.timestamp)).toEqual([CREATED * MS, (CREATED + 1000n) * MS]);
  });

  it('fails on invalid threads', async () => {
    for (const name of ['T-bad-no-id.json', 'T-bad-messages.json', 'T-bad-json.json']) {
      const file = path.join(THREADS, name);
      await expectFailure(ampParser, file, `Failed to parse Amp thread: ${file}`);
    }
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'amp-test-'));
    try {
      const file = path.join(tmp, 'T-x.json');
      fs.writeFileSync(
        file,
        Buffer.from('{"id":"T-x","messages":[{"role":"user","content":[{"type":"text","text":"caf\xe9"}]}]}', 'latin1'),
      );
      await expectFailure(ampParser, file, 'input is not valid UTF-8 text');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
