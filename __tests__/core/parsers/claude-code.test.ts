// Claude Code parser (parsers.md 4.2) and its test vectors (TV5, TV6, TV7, TV11).
import * as fs from 'fs';
import * as path from 'path';
import type { HailEvent } from '../../../core/hail/types';
import { IncrementalParser, parserContext } from '../../../core/parsers';
import { claudeCodeParser } from '../../../core/parsers/claude-code';
import { claudeTitleFrom } from '../../../core/parsers/claude-code/parser';
import { FIXTURES, byId, expectGolden, expectValid, parseFile, render, tmpDir, writeLines } from './support/harness';

const PROJECT = path.join(FIXTURES, 'claude-code/projects/-home-dev-demo-app');
const MAIN = path.join(PROJECT, '4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23.jsonl');
const SUB = path.join(PROJECT, '4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23/subagents/agent-a7f3c1e2.jsonl');
const DEMO = path.resolve(FIXTURES, '../../samples/claude-code/demo-session.jsonl');

const ids = (events: HailEvent[]): string[] => events.map((e) => e.event_id);

describe('claude-code parser', () => {
  test('TV5: usage counted once per message id, on the first event of each line', async () => {
    const file = writeLines(path.join(tmpDir(), 'tv5.jsonl'), [
      '{"type":"assistant","uuid":"a1","timestamp":"2026-01-05T10:00:00.000Z","sessionId":"S","message":{"id":"msg_1","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"Looking."}],"usage":{"input_tokens":2,"cache_creation_input_tokens":10,"cache_read_input_tokens":100,"output_tokens":5}}}',
      '{"type":"assistant","uuid":"a2","timestamp":"2026-01-05T10:00:01.000Z","sessionId":"S","message":{"id":"msg_1","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"tool_use","id":"toolu_1","name":"Bash","input":{"command":"ls","description":"List"}}],"usage":{"input_tokens":2,"cache_creation_input_tokens":10,"cache_read_input_tokens":100,"output_tokens":90}}}',
    ]);
    const { events, text } = await parseFile(file, 'claude-code');
    expect(ids(events)).toEqual(['a1-text', 'toolu_1']);
    expect(events[0].attributes).toEqual({
      cache_creation_input_tokens: 10,
      cache_read_input_tokens: 100,
      input_tokens: 112,
      model: 'claude-sonnet-4-5',
      output_tokens: 5,
    });
    expect(events[1].event_type).toEqual({ type: 'ShellCommand', data: { command: 'ls' } });
    expect(events[1].content.blocks).toEqual([
      { type: 'Text', text: 'List' },
      { type: 'Code', code: 'ls', language: 'bash' },
      { type: 'Json', data: { command: 'ls', description: 'List' } }, // A2: the whole input
    ]);
    expect(events[1].attributes).toEqual({
      model: 'claude-sonnet-4-5',
      output_tokens: 85,
      'semantic.call_id': 'toolu_1',
      'semantic.group_id': 'a2',
      'semantic.tool_kind': 'shell',
      'source.raw_type': 'tool_use',
      'source.schema_version': 'claude-code-jsonl-v1',
      tool_use_id: 'toolu_1',
      tool_use_name: 'Bash',
    });
    expect(text).toContain('"total_input_tokens":112,"total_output_tokens":90');
  });

  test('TV6: title rule counts code points', async () => {
    const dir = tmpDir();
    const mk = (name: string, text: string): string =>
      writeLines(path.join(dir, name), [
        {
          type: 'user',
          uuid: 'u',
          timestamp: '2026-01-05T10:00:00Z',
          sessionId: 'S',
          message: { role: 'user', content: text },
        },
      ]);
    expect((await parseFile(mk('a.jsonl', 'a'.repeat(81)), 'claude-code')).outcome.header.context.title).toBe(
      'a'.repeat(77) + '...',
    );
    const emoji = '😀'.repeat(80);
    expect((await parseFile(mk('b.jsonl', emoji), 'claude-code')).outcome.header.context.title).toBe(emoji);
  });

  test('TV7: Read output becomes a Code block with language and start line', async () => {
    const file = writeLines(path.join(tmpDir(), 'tv7.jsonl'), [
      {
        type: 'assistant',
        uuid: 'a1',
        timestamp: '2026-01-05T10:00:00Z',
        message: {
          role: 'assistant',
          content: [{ type: 'tool_use', id: 't1', name: 'Read', input: { file_path: 'src/app.py' } }],
        },
      },
      {
        type: 'user',
        uuid: 'u1',
        timestamp: '2026-01-05T10:00:01Z',
        message: {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 't1', content: '     1→import x\n     2→\n     3→print(x)' }],
        },
      },
    ]);
    const { events } = await parseFile(file, 'claude-code');
    const result = byId(events, 'u1-result-t1');
    expect(result.event_type).toEqual({ type: 'ToolResult', data: { name: 'Read', is_error: false, call_id: 't1' } });
    expect(result.content.blocks).toEqual([
      { type: 'Code', code: 'import x\n\nprint(x)', language: 'python', start_line: 1 },
    ]);
  });

  test('TV11: subagent merge and the standalone subagent file', async () => {
    const dir = tmpDir();
    const main = writeLines(path.join(dir, 'P.jsonl'), [
      {
        type: 'user',
        uuid: 'm1',
        timestamp: '2026-01-05T10:00:00Z',
        sessionId: 'P',
        message: { role: 'user', content: 'start' },
      },
      {
        type: 'assistant',
        uuid: 'm2',
        timestamp: '2026-01-05T10:00:10Z',
        sessionId: 'P',
        message: { role: 'assistant', model: 'claude-opus-4-5', content: [{ type: 'text', text: 'done' }] },
      },
    ]);
    const sub = writeLines(path.join(dir, 'P/subagents/agent-x1.jsonl'), [
      {
        type: 'user',
        uuid: 'u1',
        timestamp: '2026-01-05T10:00:02Z',
        sessionId: 'P',
        agentId: 'x1',
        slug: 'quick-fox',
        isSidechain: true,
        message: { role: 'user', content: 'sub task' },
      },
      {
        type: 'assistant',
        uuid: 'a1',
        timestamp: '2026-01-05T10:00:05Z',
        sessionId: 'P',
        agentId: 'x1',
        slug: 'quick-fox',
        isSidechain: true,
        message: { role: 'assistant', model: 'claude-haiku-4-5', content: [{ type: 'text', text: 'sub done' }] },
      },
    ]);
    const { events, text } = await parseFile(main, 'claude-code');
    expectValid(text);
    expect(ids(events)).toEqual(['m1', 'x1-start', 'x1:u1', 'x1:a1-text', 'x1-end', 'm2-text']);
    expect(byId(events, 'x1-start').event_type).toEqual({ type: 'TaskStart', data: { title: 'quick-fox' } });
    expect(byId(events, 'x1-end').event_type).toEqual({
      type: 'TaskEnd',
      data: { summary: '2 events, claude-haiku-4-5' },
    });
    expect(byId(events, 'x1-end').duration_ms).toBe(3000);
    expect(events.filter((e) => e.task_id === 'x1')).toHaveLength(4);
    // A2: a subagent's first user entry is the parent agent's prompt
    expect(byId(events, 'x1:u1').event_type.type).toBe('SystemMessage');
    expect(byId(events, 'x1:u1').attributes).toEqual({
      merged_subagent: true,
      subagent_id: 'x1',
      source: 'subagent_prompt',
    });

    const standalone = await parseFile(sub, 'claude-code');
    expect(standalone.outcome.header.session_id).toBe('P-agent-x1');
    expect(standalone.outcome.header.context.attributes).toMatchObject({
      session_role: 'auxiliary',
      parent_session_id: 'P',
    });
    expect(standalone.outcome.header.context.related_session_ids).toEqual(['P']);
    expect(ids(standalone.events)).toEqual(['u1', 'a1-text']);
  });

  test('subagent logs in all three places; a main log over 1 MiB (streamed, not read at once) parses the same', async () => {
    const dir = tmpDir();
    const rec = (uuid: string, sec: number, extra: object, text: string, role: 'user' | 'assistant'): object => ({
      type: role,
      uuid,
      timestamp: `2026-01-05T10:00:${String(sec).padStart(2, '0')}Z`,
      sessionId: 'P',
      ...extra,
      message:
        role === 'user'
          ? { role, content: text }
          : { role, model: 'claude-haiku-4-5', content: [{ type: 'text', text }] },
    });
    const sub = (agentId: string, sec: number, sessionId = 'P'): object[] => [
      { ...rec(`${agentId}u`, sec, { agentId, isSidechain: true }, 'sub task', 'user'), sessionId },
      { ...rec(`${agentId}a`, sec + 1, { agentId, isSidechain: true }, 'sub done', 'assistant'), sessionId },
    ];
    const mainLines = [rec('m1', 0, {}, 'start', 'user'), rec('m2', 30, {}, 'done', 'assistant')];
    const main = writeLines(path.join(dir, 'P.jsonl'), mainLines);
    writeLines(path.join(dir, 'P/subagents/agent-x1.jsonl'), sub('x1', 2)); // current layout
    writeLines(path.join(dir, 'subagents/agent-y1.jsonl'), sub('y1', 6)); // shared folder, names P
    writeLines(path.join(dir, 'subagents/agent-q1.jsonl'), sub('q1', 8, 'Q')); // shared folder, another session
    writeLines(path.join(dir, 'agent-z1.jsonl'), sub('z1', 10)); // legacy file next to the main log
    const mtime = new Date('2026-01-05T11:00:00Z');
    fs.utimesSync(main, mtime, mtime);
    const small = await parseFile(main, 'claude-code');
    const tasks = [...new Set(small.events.map((e) => e.task_id).filter((t) => t !== undefined))];
    expect(tasks).toEqual(['x1', 'y1', 'z1']);
    expect(ids(small.events)[0]).toBe('m1');
    expect(ids(small.events).at(-1)).toBe('m2-text');

    // The same records after a blank first line of 1.1 MiB (not a record): the streamed path finds the same first
    // line, the same session id for the merge and the same events.
    fs.writeFileSync(
      main,
      ' '.repeat(1.1 * 1024 * 1024) + '\n' + mainLines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    );
    fs.utimesSync(main, mtime, mtime);
    expect(fs.statSync(main).size).toBeGreaterThan(1 << 20);
    const big = await parseFile(main, 'claude-code');
    expect(big.events).toEqual(small.events);
    expect(big.outcome.header).toEqual(small.outcome.header);
  });

  describe('project fixture (current layout, legacy agent-*.jsonl, edge cases)', () => {
    let parsed: Awaited<ReturnType<typeof parseFile>>;
    beforeAll(async () => {
      parsed = await parseFile(MAIN, 'claude-code');
    });

    test('golden output, valid HAIL, deterministic', async () => {
      expectGolden(path.join(FIXTURES, 'claude-code/main.golden.hail.jsonl'), parsed.text);
      expectValid(parsed.text);
      expect((await parseFile(MAIN, 'claude-code')).text).toBe(parsed.text);
    });

    test('session header', () => {
      const h = parsed.outcome.header;
      expect(h.session_id).toBe('4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23');
      expect(h.agent).toEqual({
        provider: 'anthropic',
        model: 'claude-sonnet-4-5-20250929',
        tool: 'claude-code',
        tool_version: '2.0.14',
      });
      expect(h.context.attributes).toMatchObject({
        cwd: '/home/dev/demo-app',
        git_branch: 'main',
        all_cwds: ['/home/dev/demo-app', '/home/dev/demo-app/docs'],
        session_role: 'primary',
      });
    });

    test('user entries: meta, local command and preamble are SystemMessages; reminders stripped', () => {
      expect(byId(parsed.events, 'u-meta').event_type.type).toBe('SystemMessage');
      expect(byId(parsed.events, 'u-meta').attributes).toEqual({ 'source.raw_type': 'meta' });
      expect(byId(parsed.events, 'u-lcl').attributes).toEqual({ 'source.raw_type': 'local_command' });
      expect(byId(parsed.events, 'u-cmd').event_type.type).toBe('UserMessage');
      expect(byId(parsed.events, 'u-0104').event_type.type).toBe('SystemMessage');
      expect(byId(parsed.events, 'u-0104').attributes).toEqual({});
      expect(byId(parsed.events, 'u-0100-text').content.blocks).toEqual([
        { type: 'Text', text: 'Also document add() in README.md, then check other callers.' },
      ]);
    });

    test('tool calls pair with results by id and, without an id, with the latest open call', () => {
      expect(byId(parsed.events, 'u-0002-result-toolu_01Read').event_type).toEqual({
        type: 'ToolResult',
        data: { name: 'Read', is_error: false, call_id: 'toolu_01Read' },
      });
      expect(byId(parsed.events, 'u-0102-result-toolu_01Grep').event_type).toEqual({
        type: 'ToolResult',
        data: { name: 'Grep', is_error: false, call_id: 'toolu_01Grep' },
      });
      expect(byId(parsed.events, 'u-0103-result-toolu_01Task').attributes['semantic.tool_kind']).toBe('task');
    });

    test('shell commands: failing then passing test run', () => {
      const runs = parsed.events.filter((e) => e.event_type.type === 'ShellCommand');
      expect(runs.map((e) => e.event_type)).toEqual([
        { type: 'ShellCommand', data: { command: 'npm test' } },
        { type: 'ShellCommand', data: { command: 'npm test' } },
      ]);
      expect(byId(parsed.events, 'u-0003-result-toolu_01Test1').event_type).toEqual({
        type: 'ToolResult',
        data: { name: 'Bash', is_error: true, call_id: 'toolu_01Test1' },
      });
      expect(byId(parsed.events, 'u-0005-result-toolu_01Test2').event_type).toEqual({
        type: 'ToolResult',
        data: { name: 'Bash', is_error: false, call_id: 'toolu_01Test2' },
      });
    });

    test('file edits carry synthesised diffs (Edit, MultiEdit); Write is a FileCreate', () => {
      expect(byId(parsed.events, 'toolu_01Edit').event_type).toEqual({
        type: 'FileEdit',
        data: {
          path: '/home/dev/demo-app/src/math.ts',
          diff: '--- a/home/dev/demo-app/src/math.ts\n+++ b/home/dev/demo-app/src/math.ts\n-  return a - b;\n+  return a + b;',
        },
      });
      expect(byId(parsed.events, 'toolu_01Multi').event_type).toEqual({
        type: 'FileEdit',
        data: {
          path: '/home/dev/demo-app/README.md',
          diff: '--- a/home/dev/demo-app/README.md\n+++ b/home/dev/demo-app/README.md\n-## API\n+## API\n+\n+- `add(a, b)` returns the sum\n-TODO',
        },
      });
      expect(byId(parsed.events, 'toolu_01Write').event_type).toEqual({
        type: 'FileCreate',
        data: { path: '/home/dev/demo-app/CHANGELOG.md' },
      });
      // A2: the body is kept, and its line counts as added
      expect(byId(parsed.events, 'toolu_01Write').content.blocks).toEqual([
        { type: 'Code', code: '- fix add()\n', language: 'markdown', start_line: 1 },
        { type: 'Json', data: { file_path: '/home/dev/demo-app/CHANGELOG.md', content: '- fix add()\n' } },
      ]);
      expect(parsed.text).toContain('"files_changed":3,"lines_added":5,"lines_removed":3}');
    });

    test('other tools: Grep, Glob, Task, WebFetch, TodoWrite (lossless Json)', () => {
      expect(byId(parsed.events, 'toolu_01Grep').event_type).toEqual({ type: 'CodeSearch', data: { query: 'add\\(' } });
      expect(byId(parsed.events, 'toolu_01Glob').event_type).toEqual({
        type: 'FileSearch',
        data: { pattern: '**/*.test.ts' },
      });
      expect(byId(parsed.events, 'toolu_01Task').content.blocks).toEqual([
        { type: 'Text', text: '[type: Explore]' },
        { type: 'Text', text: 'Check other callers' },
        { type: 'Text', text: 'Find every caller of add() and report them.' },
        {
          type: 'Json',
          data: {
            description: 'Check other callers',
            prompt: 'Find every caller of add() and report them.',
            subagent_type: 'Explore',
          },
        },
      ]);
      expect(byId(parsed.events, 'toolu_01Fetch').event_type).toEqual({
        type: 'WebFetch',
        data: { url: 'https://example.com/docs' },
      });
      expect(parsed.text).toContain('"status":"completed","weight":1.0}');
    });

    test('tokens: increases per message id; usage-only line gets a token_count carrier', () => {
      expect(byId(parsed.events, 'a-0001-thinking').attributes).toMatchObject({
        input_tokens: 13863,
        output_tokens: 6,
      });
      expect(byId(parsed.events, 'a-0002-text').attributes).toEqual({ model: 'claude-sonnet-4-5-20250929' });
      expect(byId(parsed.events, 'toolu_01Read').attributes.output_tokens).toBe(86);
      expect(byId(parsed.events, 'a-0104-usage').event_type).toEqual({ type: 'Custom', data: { kind: 'token_count' } });
      expect(parsed.text).toContain('"total_input_tokens":139492,"total_output_tokens":740');
    });

    test('subagents: current layout and legacy file merged as tasks; other sessions ignored', () => {
      const starts = parsed.events.filter((e) => e.event_type.type === 'TaskStart');
      expect(starts.map((e) => [e.event_id, e.event_type])).toEqual([
        ['a7f3c1e2-start', { type: 'TaskStart', data: { title: 'quiet-harbor' } }],
        ['b19e-start', { type: 'TaskStart', data: { title: 'b19e' } }],
      ]);
      expect(byId(parsed.events, 'a7f3c1e2-end').event_type).toEqual({
        type: 'TaskEnd',
        data: { summary: '4 events, claude-haiku-4-5-20251001' },
      });
      // interleaved by timestamp: the subagent runs between the Task call and its result
      const order = ids(parsed.events);
      expect(order.indexOf('toolu_01Task')).toBeLessThan(order.indexOf('a7f3c1e2-start'));
      expect(order.indexOf('a7f3c1e2-end')).toBeLessThan(order.indexOf('u-0103-result-toolu_01Task'));
      expect(order.some((id) => id.startsWith('zz'))).toBe(false);
    });

    test('other entry types: summary (undated, takes the next timestamp), system, progress, queue', () => {
      expect(parsed.events[0].event_id).toBe('a-0008');
      expect(parsed.events[0].content.blocks).toEqual([{ type: 'Text', text: 'Summary: Fix add() and run tests' }]);
      expect(parsed.events[0].timestamp).toBe(byId(parsed.events, 'u-meta').timestamp);
      expect(byId(parsed.events, 's-0001').attributes).toMatchObject({
        'system.subtype': 'compact_boundary',
        'system.level': 'info',
      });
      expect(byId(parsed.events, 'p-0001').content.blocks).toEqual([
        { type: 'Text', text: 'Hook progress: PostToolUse (PostToolUse:Edit)' },
      ]);
      expect(byId(parsed.events, 'p-0001').attributes['semantic.call_id']).toBe('toolu_01Edit');
      expect(byId(parsed.events, 'queue-1767607231000-enqueue').content.blocks).toEqual([
        { type: 'Text', text: 'Queued input: also update the README' },
      ]);
    });

    test('duplicate uuid skipped; malformed and bad-timestamp lines reported with line numbers', () => {
      expect(ids(parsed.events).filter((id) => id === 'u-0001')).toHaveLength(1);
      expect(parsed.outcome.warnings).toEqual([
        `skipped 2 malformed record(s) in ${MAIN} (first at line 20)`,
        `skipped 1 record(s) with an unparseable timestamp in ${MAIN} (first at line 22)`,
      ]);
    });

    test('title follows the first user entry yielding text', () => {
      expect(parsed.outcome.header.context.title).toBe(
        'Caveat: The messages below were generated by the user while running local com...',
      );
      expect(claudeTitleFrom('<command-name>/model</command-name>\n<command-args>sonnet</command-args>')).toBe(
        '/model sonnet',
      );
      expect(claudeTitleFrom('<command-name>/clear</command-name><command-args></command-args>')).toBe('/clear');
      expect(claudeTitleFrom("Here's the conversation so far")).toBeUndefined();
    });
  });

  test('standalone subagent from the fixture: auxiliary, distinct id', async () => {
    const { outcome, text } = await parseFile(SUB, 'claude-code');
    expectValid(text);
    expect(outcome.header.session_id).toBe('4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23-agent-a7f3c1e2');
    expect(outcome.header.agent.model).toBe('claude-haiku-4-5-20251001');
  });

  test('demo sample parses: read, edit with diff, failing then passing tests, tokens', async () => {
    const { text, events } = await parseFile(DEMO, 'auto');
    expectValid(text);
    expect(events.map((e) => e.event_type.type)).toEqual(
      expect.arrayContaining(['FileRead', 'FileEdit', 'ShellCommand', 'ToolResult']),
    );
    expect(text).toMatch(/"total_input_tokens":[1-9]\d*,"total_output_tokens":[1-9]\d*/);
  });

  test('section 5: chunked incremental parse equals the full parse (merge applied at finish)', async () => {
    const bytes = fs.readFileSync(MAIN);
    const full = await parseFile(MAIN, 'claude-code');
    for (const size of [3, 64, 1 << 16]) {
      const events: HailEvent[] = [];
      const inc = new IncrementalParser('claude-code', await parserContext(MAIN, { displayPath: MAIN }), {
        push: (e) => void events.push(e),
      });
      for (let i = 0; i < bytes.length; i += size) await inc.feed(bytes.subarray(i, i + size));
      const result = await inc.finish();
      expect(render({ parserUsed: 'claude-code', ...result }, events)).toBe(full.text);
    }
  });

  test('undated first records take the file mtime only when nothing later is dated', async () => {
    const dir = tmpDir();
    const file = writeLines(path.join(dir, 's.jsonl'), [
      { type: 'summary', summary: 'only a summary', leafUuid: 'l1' },
    ]);
    const mtime = new Date('2025-01-02T03:04:05.500Z'); // exactly representable as float seconds
    fs.utimesSync(file, mtime, mtime);
    // A5: a file of only system entries is not a session...
    await expect(parseFile(file, 'claude-code')).rejects.toThrow("parser 'claude-code' produced no events");
    // ...but the parser itself still dates the undated record from the file
    const events: HailEvent[] = [];
    await claudeCodeParser.parse(file, { push: (e) => void events.push(e) }, await parserContext(file));
    expect(events[0].timestamp).toBe(1735787045500000000n);
  });
});
