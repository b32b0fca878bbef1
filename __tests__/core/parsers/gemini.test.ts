// Gemini CLI parser (parsers.md 4.3): JSON and JSONL layouts, replay, typing, tokens, failures.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { geminiParser } from '../../../core/parsers/gemini';
import { NoEvents, parseWithProfile } from '../../../core/parsers';
import { byId, expectFailure, expectGolden, expectValid, FIXTURES, runParser } from './part2/harness';

const DIR = path.join(FIXTURES, 'gemini');
const CHATS = path.join(DIR, 'tmp', 'proj-a', 'chats');
const JSON_SESSION = path.join(CHATS, 'session-2026-01-10T09-00-aaaa1111.json');
const TV9 = path.join(CHATS, 'session-2026-02-01T10-00-s1s1s1s1.jsonl');
const TV9_REWIND = path.join(CHATS, 'session-2026-02-01T10-05-s1rewind.jsonl');
const REPLAY = path.join(CHATS, 'session-2026-02-02T08-00-s2s2s2s2.jsonl');
const golden = (name: string): string => path.join(DIR, 'golden', `${name}.hail.jsonl`);

describe('gemini parser: JSON layout', () => {
  it('matches the golden HAIL and validates', async () => {
    const r = await runParser(geminiParser, JSON_SESSION, { sourcePath: null, displayPath: 'session.json' });
    expectValid(r.session);
    expectGolden(r.hail, golden('json-session'));
  });

  it('maps session fields, tokens and tool calls', async () => {
    const r = await runParser(geminiParser, JSON_SESSION, { displayPath: 'session.json' });
    const { header, warnings } = r.outcome;
    expect(header.session_id).toBe('aaaa1111-2222-3333-4444-555566667777');
    expect(header.agent).toEqual({ provider: 'google', model: 'gemini-2.5-pro', tool: 'gemini' });
    expect(header.context.title).toBe('Fix the failing build in src/app.ts');
    expect(header.context.tags).toEqual(['gemini']);
    expect(header.context.attributes).toEqual({
      cwd: '/home/dev/proj-a',
      session_role: 'primary',
      source_path: fs.realpathSync(JSON_SESSION),
    });
    // created/updated from startTime/lastUpdated
    expect(r.hail).toContain('"created_at":"2026-01-10T09:00:00Z","updated_at":"2026-01-10T09:05:00Z"');
    // malformed elements: "not a message" (5) and the element without `type` (6)
    expect(warnings).toEqual(['skipped 2 malformed record(s) in session.json (first at message 5)']);

    // message id as UserMessage id; counter ids otherwise; tokens on the first event (a Thinking)
    expect(r.events[0].event_id).toBe('m-user-1');
    const thinking = byId(r.events, 'gemini-2');
    expect(thinking.event_type).toEqual({ type: 'Thinking' });
    expect(thinking.content.blocks).toEqual([
      { type: 'Text', text: '**Reading the code**\nI should look at src/app.ts first.' },
    ]);
    expect(thinking.attributes).toMatchObject({
      input_tokens: 1200,
      output_tokens: 120,
      cache_read_input_tokens: 1000,
    });
    expect(byId(r.events, 'gemini-3').content.blocks).toEqual([{ type: 'Text', text: 'Then run the build.' }]);
    expect(byId(r.events, 'gemini-4').content.blocks).toEqual([{ type: 'Text', text: 'Only a subject' }]);

    const read = byId(r.events, 'gemini-5');
    expect(read.event_type).toEqual({ type: 'FileRead', data: { path: '/home/dev/proj-a/src/app.ts' } });
    expect(read.attributes).toMatchObject({
      'semantic.call_id': 'read_file-1',
      'semantic.tool_kind': 'file_read',
      'semantic.group_id': 'm-gem-1',
    });
    expect(byId(r.events, 'gemini-6').event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'read_file', is_error: false, call_id: 'read_file-1' },
    });

    const shell = byId(r.events, 'gemini-7');
    expect(shell.event_type).toEqual({ type: 'ShellCommand', data: { command: 'npm run build' } });
    expect(shell.content.blocks).toEqual([{ type: 'Code', code: 'npm run build', language: 'bash' }]);
    const shellResult = byId(r.events, 'gemini-8');
    expect(shellResult.event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'run_shell_command', is_error: true, call_id: 'run_shell_command-2' },
    });
    expect(shellResult.attributes.exit_code).toBe(2);

    // call without id: <message id>-call-<k>; replace → FileEdit with a synthesised diff
    const edit = byId(r.events, 'gemini-9');
    expect(edit.event_type).toEqual({
      type: 'FileEdit',
      data: {
        path: '/home/dev/proj-a/src/app.ts',
        diff: '--- a/home/dev/proj-a/src/app.ts\n+++ b/home/dev/proj-a/src/app.ts\n-export const a: string = 1;\n+export const a: number = 1;\n+export const b = 2;',
      },
    });
    expect(edit.attributes['semantic.call_id']).toBe('m-gem-2-call-1');
    expect(edit.attributes).toMatchObject({
      input_tokens: 1500,
      output_tokens: 120,
      'source.schema_version': 'gemini-json-v3-toolcalls',
    });
    expect(byId(r.events, 'gemini-11').event_type).toEqual({
      type: 'FileCreate',
      data: { path: '/home/dev/proj-a/NOTES.md' },
    });
    expect(byId(r.events, 'gemini-12').content.blocks).toEqual([{ type: 'Text', text: 'Wrote NOTES.md' }]);
    expect(byId(r.events, 'gemini-13').event_type).toEqual({ type: 'FileSearch', data: { pattern: 'src/**/*.ts' } });
    // several functionResponse payloads → Json array (`response`, else `result`)
    expect(byId(r.events, 'gemini-14').content.blocks).toEqual([
      { type: 'Json', data: [{ output: 'src/app.ts' }, { count: 1 }] },
    ]);
    expect(byId(r.events, 'gemini-15').event_type).toEqual({ type: 'CodeSearch', data: { query: 'TODO' } });
    // status other than success → is_error; text parts joined
    const grepResult = byId(r.events, 'gemini-16');
    expect(grepResult.event_type).toMatchObject({ data: { is_error: true } });
    expect(grepResult.content.blocks).toEqual([{ type: 'Text', text: 'No matches\nfor TODO' }]);
    expect(byId(r.events, 'gemini-17').event_type).toEqual({ type: 'WebSearch', data: { query: 'typescript TS2322' } });
    expect(r.hail).toContain('"data":{"score":1.0,"unexpected":true}'); // Json(result), float kept
    expect(byId(r.events, 'gemini-19').event_type).toEqual({
      type: 'WebFetch',
      data: { url: 'https://example.com/ts2322' },
    });
    expect(byId(r.events, 'gemini-20').content).toEqual({ blocks: [] }); // no result → empty content
    expect(byId(r.events, 'gemini-21').event_type).toEqual({ type: 'ToolCall', data: { name: 'web_fetch' } });
    expect(byId(r.events, 'gemini-22').content).toEqual({ blocks: [] }); // blank string result
    // blank shell command → ToolCall with Json(args)
    expect(byId(r.events, 'gemini-23').event_type).toEqual({ type: 'ToolCall', data: { name: 'run_shell_command' } });
    expect(byId(r.events, 'gemini-23').content.blocks).toEqual([{ type: 'Json', data: { command: '   ' } }]);
    // tool without args → empty content; function_response alias
    expect(byId(r.events, 'gemini-25').content).toEqual({ blocks: [] });
    expect(byId(r.events, 'gemini-26').content.blocks).toEqual([{ type: 'Json', data: { output: 'src\nNOTES.md' } }]);
    // content parts: thought parts and non-text parts dropped
    expect(byId(r.events, 'gemini-27').content.blocks).toEqual([
      { type: 'Text', text: 'I will fix the type error.\nand rebuild' },
    ]);
    // gemini message with tokens but no event → token_count carrier (output includes thoughts)
    const carrier = byId(r.events, 'gemini-28');
    expect(carrier.event_type).toEqual({ type: 'Custom', data: { kind: 'token_count' } });
    expect(carrier.content).toEqual({ blocks: [] });
    expect(carrier.attributes).toMatchObject({ input_tokens: 50, output_tokens: 5 });
    // error → AgentMessage with error:true and no semantic.role
    const err = byId(r.events, 'gemini-29');
    expect(err.event_type).toEqual({ type: 'AgentMessage' });
    expect(err.attributes.error).toBe(true);
    expect(err.attributes['semantic.role']).toBeUndefined();
    // user message without id/timestamp: counter id, previous event's timestamp, v2 parts schema
    const lateUser = byId(r.events, 'gemini-30');
    expect(lateUser.timestamp).toBe(err.timestamp);
    expect(lateUser.attributes['source.schema_version']).toBe('gemini-json-v2-parts');
    expect(r.session.stats).toMatchObject({
      total_input_tokens: 2760,
      total_output_tokens: 248,
      files_changed: 2,
      lines_added: 2,
      lines_removed: 1,
    });
  });

  it('is deterministic', async () => {
    const a = await runParser(geminiParser, JSON_SESSION);
    const b = await runParser(geminiParser, JSON_SESSION);
    expect(a.hail).toBe(b.hail);
  });

  it('fails on documents that are not a Gemini session', async () => {
    for (const name of ['truncated.json', 'array-top.json', 'no-session-id.json']) {
      const file = path.join(DIR, name);
      await expectFailure(geminiParser, file, `Failed to parse Gemini session: ${file}`);
    }
    await expectFailure(geminiParser, path.join(DIR, 'latin1.json'), 'input is not valid UTF-8 text');
  });

  it('falls back to JSONL when a .json file holds JSONL', async () => {
    const a = await runParser(geminiParser, path.join(DIR, 'jsonl-in-json.json'), { sourcePath: null });
    const b = await runParser(geminiParser, TV9, { sourcePath: null });
    expect(a.hail).toBe(b.hail);
  });

  it('uses the session start for undated leading messages and the file stem without a session id', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gemini-test-'));
    try {
      const file = path.join(tmp, 'session-x.jsonl');
      fs.writeFileSync(
        file,
        '{"projectHash":"h","startTime":"2026-03-01T00:00:00Z"}\n{"id":"a","type":"user","content":"undated"}\n',
      );
      // no sessionId anywhere → the file stem is the session id
      const r1 = await runParser(geminiParser, file, { sourcePath: null });
      expect(r1.outcome.header.session_id).toBe('session-x');
      fs.writeFileSync(
        file,
        '{"sessionId":"s","startTime":"2026-03-01T00:00:00Z"}\n{"id":"a","type":"user","content":"undated"}\n',
      );
      const r2 = await runParser(geminiParser, file, { sourcePath: null });
      expect(r2.hail).toContain('"event_id":"a","timestamp":"2026-03-01T00:00:00Z"');
      // undated events wait for the next dated record
      fs.writeFileSync(
        file,
        '{"sessionId":"s"}\n{"id":"a","type":"user","content":"undated"}\n{"id":"b","timestamp":"2026-03-02T00:00:00Z","type":"gemini","content":"dated"}\n',
      );
      const held = await runParser(geminiParser, file, { sourcePath: null });
      expect(held.events.map((e) => [e.event_id, e.timestamp])).toEqual([
        ['a', BigInt(Date.parse('2026-03-02T00:00:00Z')) * 1_000_000n],
        ['gemini-2', BigInt(Date.parse('2026-03-02T00:00:00Z')) * 1_000_000n],
      ]);
      fs.writeFileSync(file, '{"sessionId":"s"}\n{"id":"a","type":"user","content":"undated"}\n');
      fs.utimesSync(file, new Date('2026-04-01T00:00:00.500Z'), new Date('2026-04-01T00:00:00.500Z'));
      const r3 = await runParser(geminiParser, file, { sourcePath: null });
      expect(r3.hail).toContain('"event_id":"a","timestamp":"2026-04-01T00:00:00.500Z"');
      expect(r3.outcome.header.context.created_at).toBe(r3.events[0].timestamp);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('gemini parser: JSONL layout', () => {
  it('TV9: replays records by id and attaches tokens to the first event', async () => {
    const r = await runParser(geminiParser, TV9, { sourcePath: null });
    expectValid(r.session);
    expectGolden(r.hail, golden('tv9'));
    expect(r.events.map((e) => e.event_id)).toEqual(['u1', 'gemini-2', 'gemini-3', 'gemini-4']);
    expect(r.events[0].event_type).toEqual({ type: 'UserMessage' });
    expect(r.events[1].event_type).toEqual({ type: 'ShellCommand', data: { command: 'ls' } });
    expect(r.events[1].attributes).toMatchObject({ input_tokens: 120, output_tokens: 8 });
    expect(r.events[2].event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'run_shell_command', is_error: false, call_id: 'c1' },
    });
    expect(r.events[2].attributes.exit_code).toBe(0);
    expect(r.events[3].content.blocks).toEqual([{ type: 'Text', text: 'Found a.txt' }]);
    // `$set` lastUpdated → updated_at
    expect(r.outcome.header.context.updated_at).toBe(BigInt(Date.parse('2026-02-01T10:00:09Z')) * 1_000_000n);
  });

  it('TV9: $rewindTo drops the message and everything after it', async () => {
    const r = await runParser(geminiParser, TV9_REWIND, { sourcePath: null });
    expect(r.events.map((e) => e.event_id)).toEqual(['u1', 'gemini-2', 'gemini-3']);
  });

  it('handles BOM, CRLF, malformed lines, $set messages, metadata merges and rewinds', async () => {
    const r = await runParser(geminiParser, REPLAY, { sourcePath: null, displayPath: 'replay.jsonl' });
    expectValid(r.session);
    expectGolden(r.hail, golden('replay'));
    expect(r.outcome.warnings).toEqual(['skipped 3 malformed record(s) in replay.jsonl (first at line 6)']);
    expect(r.outcome.header.session_id).toBe('s2-final'); // later metadata line shallow-merged
    expect(r.outcome.header.context.attributes.cwd).toBe('/work/s2');
    expect(r.outcome.header.context.title).toBe('replaced prompt');
    expect(r.events.map((e) => e.event_id)).toEqual(['y1', 'gemini-2', 'gemini-3', 'y6']);
  });

  it('unknown rewind target drops every message (zero events → NoEvents)', async () => {
    const file = path.join(CHATS, 'session-2026-02-03T08-00-s3s3s3s3.jsonl');
    const r = await runParser(geminiParser, file, { sourcePath: null });
    expect(r.events).toHaveLength(0);
    await expect(parseWithProfile(file, 'gemini', { push: () => undefined })).rejects.toBeInstanceOf(NoEvents);
  });

  it('marks subagent sessions auxiliary with the parent directory as parent id', async () => {
    const r = await runParser(geminiParser, path.join(CHATS, 's1', 'sub-0001.jsonl'), { sourcePath: null });
    expectValid(r.session);
    const ctx = r.outcome.header.context;
    expect(ctx.attributes).toEqual({ session_role: 'auxiliary', parent_session_id: 's1' });
    expect(ctx.related_session_ids).toEqual(['s1']);
    expect(r.events[1].attributes).toMatchObject({ input_tokens: 30, cache_read_input_tokens: 10, output_tokens: 6 });
  });

  it('is selected through the library with parserUsed gemini', async () => {
    const outcome = await parseWithProfile(TV9, 'gemini', { push: () => undefined });
    expect(outcome.parserUsed).toBe('gemini');
    expect(outcome.eventCount).toBe(4);
  });
});

describe('gemini parser: oversized records', () => {
  it('skips records over 64 MiB and reports them with their position', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gemini-big-'));
    try {
      const big = 'x'.repeat(64 * 1024 * 1024 + 10);
      const jsonl = path.join(tmp, 'session-big.jsonl');
      fs.writeFileSync(
        jsonl,
        `{"sessionId":"b"}\n{"id":"u1","timestamp":"2026-01-01T00:00:00Z","type":"user","content":"${big}"}\n{"id":"u2","timestamp":"2026-01-01T00:00:01Z","type":"user","content":"small"}\n`,
      );
      const r1 = await runParser(geminiParser, jsonl, { sourcePath: null, displayPath: 'big.jsonl' });
      expect(r1.outcome.warnings).toEqual([
        'skipped 1 oversized record(s) in big.jsonl (first at line 2; limit 64 MiB)',
      ]);
      expect(r1.events.map((e) => e.event_id)).toEqual(['u2']);
      const json = path.join(tmp, 'session-big.json');
      fs.writeFileSync(
        json,
        `{"sessionId":"b","messages":[{"id":"u1","type":"user","content":"small","timestamp":"2026-01-01T00:00:00Z"},{"id":"u2","type":"user","content":"${big}"}]}`,
      );
      const r2 = await runParser(geminiParser, json, { sourcePath: null, displayPath: 'big.json' });
      expect(r2.outcome.warnings).toEqual([
        'skipped 1 oversized record(s) in big.json (first at message 2; limit 64 MiB)',
      ]);
      expect(r2.events.map((e) => e.event_id)).toEqual(['u1']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
