// OpenCode parser (parsers.md 4.4): storage tree, parts, tool tasks, patches, tokens, EOF task ends.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { opencodeParser } from '../../../core/parsers/opencode';
import { byId, expectFailure, expectGolden, expectValid, FIXTURES, runParser } from './part2/harness';

const STORAGE = path.join(FIXTURES, 'opencode', 'storage');
const SESSIONS = path.join(STORAGE, 'session', 'proj1');
const MAIN = path.join(SESSIONS, 'ses_main.json');
const golden = (name: string): string => path.join(FIXTURES, 'opencode', 'golden', `${name}.hail.jsonl`);

describe('opencode parser', () => {
  it('matches the golden HAIL and validates', async () => {
    const r = await runParser(opencodeParser, MAIN, {
      sourcePath: null,
      displayPath: 'storage/session/proj1/ses_main.json',
    });
    expectValid(r.session);
    expectGolden(r.hail, golden('ses_main'));
  });

  it('maps session info, model and warnings', async () => {
    const r = await runParser(opencodeParser, MAIN, { displayPath: 'storage/session/proj1/ses_main.json' });
    const { header, warnings } = r.outcome;
    expect(header.session_id).toBe('ses_main');
    expect(header.agent).toEqual({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      tool: 'opencode',
      tool_version: '0.15.2',
    });
    expect(header.context.title).toBe(
      'Refactor the parser module so that every agent log format shares one streamin...',
    );
    expect(Array.from(header.context.title!)).toHaveLength(80);
    expect(header.context.attributes).toEqual({
      cwd: '/home/dev/oc',
      session_role: 'primary',
      source_path: fs.realpathSync(MAIN),
    });
    expect(header.context.created_at).toBe(1767600000000n * 1_000_000n);
    expect(header.context.updated_at).toBe(1767600100000n * 1_000_000n);
    expect(warnings).toEqual([
      'skipped 2 malformed record(s) in storage/message/ses_main (first at message 7)',
      'skipped 1 malformed record(s) in storage/part/msg_002 (first at message 22)',
    ]);
  });

  it('maps parts: text, file, reasoning, tools, patches, tokens', async () => {
    const { events, session } = await runParser(opencodeParser, MAIN, { sourcePath: null });
    // parts sorted by time.start, then file name; empty text part skipped
    expect(events.slice(0, 2).map((e) => e.event_id)).toEqual(['prt_001a', 'prt_001b']);
    expect(byId(events, 'prt_001a')).toMatchObject({ event_type: { type: 'UserMessage' }, duration_ms: 50 });
    expect(byId(events, 'prt_001a').attributes).toEqual({
      'source.schema_version': '0.15.2',
      'source.raw_type': 'part:text',
      'semantic.group_id': 'msg_001',
    });
    expect(byId(events, 'prt_001b').content.blocks).toEqual([{ type: 'Text', text: 'Attached file: src/parser.ts' }]);
    // tokens on the message's first event: input = input + cache.read + cache.write
    const reasoning = byId(events, 'prt_002b');
    expect(reasoning.content.blocks).toEqual([{ type: 'Text', text: 'Let me read the parser first.' }]);
    expect(reasoning.attributes).toMatchObject({
      input_tokens: 130,
      output_tokens: 50,
      cache_read_input_tokens: 100,
      cache_creation_input_tokens: 20,
      reasoning_tokens: 5,
    });
    expect(byId(events, 'prt_002c').content.blocks).toEqual([{ type: 'Text', text: 'Encrypted reasoning' }]);
    expect(events.find((e) => e.event_id === 'prt_002d')).toBeUndefined();

    // tool part: TaskStart, call, result, TaskEnd, all with task_id = callID
    const ids = events.filter((e) => e.event_id.startsWith('prt_002f')).map((e) => e.event_id);
    expect(ids).toEqual(['prt_002f-task-start', 'prt_002f-call', 'prt_002f-result', 'prt_002f-task-end']);
    expect(events.filter((e) => e.event_id.startsWith('prt_002f')).every((e) => e.task_id === 'toolu_bash1')).toBe(
      true,
    );
    expect(byId(events, 'prt_002f-task-start').event_type).toEqual({ type: 'TaskStart', data: { title: 'npm test' } });
    const bash = byId(events, 'prt_002f-call');
    expect(bash.event_type).toEqual({ type: 'ShellCommand', data: { command: 'npm test', exit_code: 1 } });
    expect(bash.content.blocks).toEqual([{ type: 'Code', code: 'npm test', language: 'bash' }]);
    expect(bash.duration_ms).toBe(5000);
    const bashResult = byId(events, 'prt_002f-result');
    expect(bashResult.event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'bash', is_error: true, call_id: 'toolu_bash1' },
    });
    expect(bashResult.attributes).toEqual({
      exit_code: 1,
      'semantic.call_id': 'toolu_bash1',
      'semantic.group_id': 'msg_002',
      'source.raw_type': 'part:tool-result',
      'source.schema_version': '0.15.2',
    });
    expect(byId(events, 'prt_002f-task-end').attributes).toEqual({
      'semantic.group_id': 'msg_002',
      'source.raw_type': 'part:tool-task-end',
      'source.schema_version': '0.15.2',
    });

    // edit with metadata.diff kept verbatim; edit without it → synthesised from old/new; nested path search
    const edit = byId(events, 'prt_002g-call');
    expect(edit.event_type).toMatchObject({ type: 'FileEdit', data: { path: '/home/dev/oc/src/parser.ts' } });
    expect((edit.event_type as { data: { diff: string } }).data.diff).toContain(
      '@@ -1,1 +1,1 @@\n-export {}\n+export const x = 1;\n',
    );
    const synth = byId(events, 'prt_002h-call');
    expect(synth.event_type).toEqual({
      type: 'FileEdit',
      data: { path: 'src/util.ts', diff: '--- a/src/util.ts\n+++ b/src/util.ts\n-a\n-b\n+c' },
    });
    // blank callID → C = <part>-call, task id opencode-task-<part>, no semantic.call_id on TaskStart
    expect(synth.attributes['semantic.call_id']).toBe('prt_002h-call');
    expect(synth.task_id).toBe('opencode-task-prt_002h');
    expect(synth.duration_ms).toBe(0);
    expect(byId(events, 'prt_002h-task-start').attributes['semantic.call_id']).toBeUndefined();
    expect(byId(events, 'prt_002h-result').content.blocks).toEqual([{ type: 'Text', text: 'edited' }]);
    expect(byId(events, 'prt_002h-task-end').event_type).toEqual({
      type: 'TaskEnd',
      data: { summary: 'str_replace_editor done' },
    });

    // error status: result from state.error, `<tool> failed` summary
    expect(byId(events, 'prt_002i-call').event_type).toEqual({ type: 'FileCreate', data: { path: '/etc/passwd' } });
    expect(byId(events, 'prt_002i-result').event_type).toMatchObject({ data: { is_error: true } });
    expect(byId(events, 'prt_002i-result').content.blocks).toEqual([{ type: 'Text', text: 'permission denied' }]);
    expect(byId(events, 'prt_002i-task-end').event_type).toEqual({
      type: 'TaskEnd',
      data: { summary: 'write failed' },
    });
    // non-string output → compact JSON; grep query fallback
    expect(byId(events, 'prt_002j-call').event_type).toEqual({ type: 'CodeSearch', data: { query: 'TODO' } });
    expect(byId(events, 'prt_002j-result').content.blocks).toEqual([
      { type: 'Text', text: '{"matches":3,"ratio":0.5}' },
    ]);
    // cancelled: no result, TaskEnd `<tool> cancelled`
    expect(events.find((e) => e.event_id === 'prt_002k-result')).toBeUndefined();
    expect(byId(events, 'prt_002k-call').event_type).toEqual({ type: 'FileSearch', data: { pattern: '**/*.md' } });
    expect(byId(events, 'prt_002k-task-end').event_type).toEqual({
      type: 'TaskEnd',
      data: { summary: 'glob cancelled' },
    });
    expect(byId(events, 'prt_002l-call').event_type).toEqual({
      type: 'WebFetch',
      data: { url: 'https://example.com/docs' },
    });
    expect(byId(events, 'prt_002l-task-end').event_type).toEqual({
      type: 'TaskEnd',
      data: { summary: 'webfetch failed' },
    });
    expect(byId(events, 'prt_002m-call').event_type).toEqual({
      type: 'WebSearch',
      data: { query: 'opencode storage layout' },
    });
    expect(byId(events, 'prt_002n-call').event_type).toEqual({ type: 'ToolCall', data: { name: 'task' } });
    // command found by depth-first search
    expect(byId(events, 'prt_002o-call').event_type).toEqual({ type: 'ShellCommand', data: { command: 'make lint' } });

    // patches: 1–8 files → FileEdit each; 0 or > 8 → Custom summary
    expect(byId(events, 'prt_002p-patch-1')).toMatchObject({
      event_type: { type: 'FileEdit', data: { path: '/home/dev/oc/src/parser.ts' } },
      content: { blocks: [] },
      attributes: { 'patch.hash': 'abc123', 'semantic.tool_kind': 'file_write', 'source.raw_type': 'part:patch:file' },
    });
    expect(byId(events, 'prt_002p-patch-2').event_type).toEqual({
      type: 'FileEdit',
      data: { path: '/home/dev/oc/src/util.ts' },
    });
    expect(byId(events, 'prt_002q-patch').content.blocks).toEqual([
      { type: 'Json', data: { file_count: 0, hash: 'def456' } },
    ]);
    expect(byId(events, 'prt_002r-patch').content.blocks).toEqual([
      {
        type: 'Json',
        data: {
          file_count: 10,
          files_preview: ['f1.ts', 'f2.ts', 'f3.ts', 'f4.ts', 'f5.ts', 'f6.ts', 'f7.ts', 'f8.ts'],
          truncated: true,
        },
      },
    ]);

    // assistant message without parts → token carrier; user message without parts → empty UserMessage
    expect(byId(events, 'msg_003-usage')).toMatchObject({
      event_type: { type: 'Custom', data: { kind: 'token_count' } },
      content: { blocks: [] },
      attributes: { input_tokens: 7, output_tokens: 3 },
    });
    expect(byId(events, 'msg_004')).toMatchObject({ event_type: { type: 'UserMessage' }, content: { blocks: [] } });
    expect(byId(events, 'msg_004').attributes['source.raw_type']).toBe('message:no-parts');
    // part directory aliases: part/msg_<id> and part/<id without msg_>
    expect(byId(events, 'prt_005a').event_type).toEqual({ type: 'UserMessage' });
    expect(byId(events, 'prt_006a').event_type).toEqual({ type: 'AgentMessage' });

    // EOF: still-open tasks closed in opening order at the last event's timestamp
    const tail = events.slice(-2);
    expect(tail.map((e) => e.event_id)).toEqual(['prt_002n-task-end-eof', 'prt_002o-task-end-eof']);
    expect(tail[0]).toMatchObject({
      event_type: { type: 'TaskEnd', data: { summary: 'closed at EOF' } },
      task_id: 'toolu_task1',
      timestamp: byId(events, 'prt_006a').timestamp,
      attributes: {
        'source.schema_version': '0.15.2',
        'source.raw_type': 'synthetic:task-end',
        'semantic.group_id': 'toolu_task1',
        'semantic.tool_kind': 'task',
      },
    });
    expect(session.stats).toMatchObject({ total_input_tokens: 137, total_output_tokens: 53, task_count: 11 });
  });

  it('marks child sessions auxiliary (parent alias keys; own id is not a parent)', async () => {
    const child = await runParser(opencodeParser, path.join(SESSIONS, 'ses_child.json'), { sourcePath: null });
    expectValid(child.session);
    expect(child.outcome.header.context.attributes).toEqual({
      parent_session_id: 'ses_main',
      session_role: 'auxiliary',
    });
    expect(child.outcome.header.context.related_session_ids).toEqual(['ses_main']);
    expect(child.outcome.header.agent).toEqual({
      provider: 'unknown',
      model: 'unknown',
      tool: 'opencode',
      tool_version: '0.15.2',
    });
    const self = await runParser(opencodeParser, path.join(SESSIONS, 'ses_self.json'), { sourcePath: null });
    expect(self.outcome.header.context.attributes).toEqual({ session_role: 'primary' });
    expect(self.events[0].attributes['source.schema_version']).toBe('opencode-unknown');
    expect(self.outcome.header.agent.tool_version).toBeUndefined();
  });

  it('fails on bad info files and paths', async () => {
    for (const name of ['bad_info.json', 'no_id.json']) {
      const file = path.join(SESSIONS, name);
      await expectFailure(opencodeParser, file, `Failed to parse OpenCode session info: ${file}`);
    }
    // The library resolves the real path first; call the module directly with a root-level path.
    await expect(
      opencodeParser.parse(
        '/ses_x.json',
        { push: () => undefined },
        { path: '/ses_x.json', displayPath: '/ses_x.json', sourcePath: null, mtime: 0n, options: {} },
      ),
    ).rejects.toMatchObject({ name: 'ParserFailed', message: 'Invalid info path structure' });
  });

  it('rejects a non-UTF-8 info file', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opencode-test-'));
    try {
      const file = path.join(tmp, 'storage', 'session', 'p', 'ses_bad.json');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, Buffer.from('{"id":"ses_bad","title":"caf\xe9"}', 'latin1'));
      await expectFailure(opencodeParser, file, 'input is not valid UTF-8 text');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('is deterministic', async () => {
    const a = await runParser(opencodeParser, MAIN);
    const b = await runParser(opencodeParser, MAIN);
    expect(a.hail).toBe(b.hail);
  });
});
