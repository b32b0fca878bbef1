// Codex parser (parsers.md 4.1) and its test vectors (TV1, TV2, TV10, TV12).
import * as fs from 'fs';
import * as path from 'path';
import { formatTsZ } from '../../../core/hail/timestamp';
import type { HailEvent } from '../../../core/hail/types';
import { IncrementalParser, parserContext } from '../../../core/parsers';
import { findGitField, parsePatchSections } from '../../../core/parsers/codex';
import { normalizeForDedupe, equivalentTexts } from '../../../core/parsers/codex/dedupe';
import { FIXTURES, byId, expectGolden, expectValid, parseFile, render, tmpDir, writeLines } from './support/harness';

const DIR = path.join(FIXTURES, 'codex');
const ROLLOUT = path.join(
  DIR,
  'sessions/2025/10/20/rollout-2025-10-20T14-02-11-0199f3a1-5b7c-7d20-9e41-2a6c8b0d4f13.jsonl',
);
const SUBAGENT = path.join(DIR, 'sessions/2025/10/20/rollout-2025-10-21T08-00-00-subagent.jsonl');
const LEGACY = path.join(DIR, 'legacy-cli.jsonl');

const ids = (events: HailEvent[]): string[] => events.map((e) => e.event_id);

describe('codex parser', () => {
  test('TV1: minimal rollout', async () => {
    const dir = tmpDir();
    const file = writeLines(path.join(dir, 'raw-session.jsonl'), [
      '{"timestamp":"2026-02-16T09:00:00Z","type":"session_meta"}',
      '{"timestamp":"2026-02-16T09:00:01.250Z","type":"response_item","payload":{"type":"message","role":"user","content":"hello"}}',
    ]);
    const { text } = await parseFile(file, 'codex');
    const abs = fs.realpathSync(dir);
    expect(text).toBe(
      `{"type":"header","version":"hail-1.0.0","session_id":"raw-session","agent":{"provider":"openai","model":"unknown","tool":"codex"},"context":{"title":"hello","tags":["codex"],"created_at":"2026-02-16T09:00:01.250Z","updated_at":"2026-02-16T09:00:01.250Z","attributes":{"session_role":"primary","source_path":"${abs}/raw-session.jsonl"}}}\n` +
        '{"type":"event","event_id":"codex-1","timestamp":"2026-02-16T09:00:01.250Z","event_type":{"type":"UserMessage"},"content":{"blocks":[{"type":"Text","text":"hello"}]},"attributes":{"source":"response_fallback","source.raw_type":"response_fallback","source.schema_version":"codex-desktop-v1"}}\n' +
        '{"type":"stats","event_count":1,"message_count":1,"tool_call_count":0,"task_count":0,"duration_seconds":0,"total_input_tokens":0,"total_output_tokens":0,"user_message_count":1,"files_changed":0,"lines_added":0,"lines_removed":0}\n',
    );
  });

  describe('TV2: dedupe of event_msg and response_item copies', () => {
    const meta = '{"timestamp":"2026-02-16T09:59:00Z","type":"session_meta","payload":{"id":"s"}}';
    const item =
      '{"timestamp":"2026-02-16T10:00:00.000Z","type":"response_item","payload":{"type":"message","role":"user","content":[{"type":"input_text","text":"Fix the bug"}]}}';
    const event =
      '{"timestamp":"2026-02-16T10:00:00.400Z","type":"event_msg","payload":{"type":"user_message","message":"Fix the bug"}}';

    test('event_msg after the response item replaces it', async () => {
      const file = writeLines(path.join(tmpDir(), 'a.jsonl'), [meta, item, event]);
      const { events } = await parseFile(file, 'codex');
      expect(ids(events)).toEqual(['codex-2']);
      expect(events[0].attributes.source).toBe('event_msg');
    });

    test('swapped: the event_msg stays, the response item is skipped', async () => {
      const file = writeLines(path.join(tmpDir(), 'b.jsonl'), [meta, event, item]);
      const { events } = await parseFile(file, 'codex');
      expect(ids(events)).toEqual(['codex-1']);
      expect(events[0].attributes.source).toBe('event_msg');
    });

    test('A3: copies 13.7 s and 25.2 s apart are one message (120 s window)', async () => {
      for (const at of ['10:00:13.700Z', '10:00:25.200Z', '10:01:59.900Z']) {
        const late = event.replace('10:00:00.400Z', at);
        const file = writeLines(path.join(tmpDir(), 'c.jsonl'), [meta, item, late]);
        const { events } = await parseFile(file, 'codex');
        expect(ids(events)).toEqual(['codex-2']);
      }
    });

    test('A3: copies more than 120 s apart are both kept', async () => {
      const late = event.replace('10:00:00.400Z', '10:02:00.500Z');
      const file = writeLines(path.join(tmpDir(), 'c.jsonl'), [meta, item, late]);
      const { events } = await parseFile(file, 'codex');
      expect(ids(events)).toEqual(['codex-1', 'codex-2']);
    });

    test('A3: with turns known, equal texts of two turns are two messages', async () => {
      const turn = (t: string) => `{"timestamp":"${t}","type":"turn_context","payload":{"cwd":"/w","model":"gpt-5"}}`;
      const again = event.replace('10:00:00.400Z', '10:00:30.000Z');
      const file = writeLines(path.join(tmpDir(), 'd.jsonl'), [
        meta,
        turn('2026-02-16T09:59:59Z'),
        item,
        event,
        turn('2026-02-16T10:00:20Z'),
        again,
      ]);
      const { events } = await parseFile(file, 'codex');
      expect(events.map((e) => [e.timestamp, e.attributes.source])).toEqual([
        [1771236000400000000n, 'event_msg'],
        [1771236030000000000n, 'event_msg'],
      ]);
    });

    test('equivalence normalises placeholders, whitespace and case; containment needs 16 chars', () => {
      expect(normalizeForDedupe('  Fix\n<image>\n\n  the   BUG ')).toBe('fix the bug');
      expect(equivalentTexts('abc', 'abcd')).toBe(false);
      expect(equivalentTexts('please fix the login bug', 'please fix the login bug now')).toBe(true);
    });
  });

  test('TV10: apply_patch sections become FileEdit/FileCreate/FileDelete with diffs', async () => {
    const input =
      '*** Begin Patch\n*** Update File: src/a.ts\n@@\n-const a = 1;\n+const a = 2;\n*** Add File: src/b.ts\n+export const b = 1;\n*** Delete File: src/c.ts\n*** End Patch';
    const file = writeLines(path.join(tmpDir(), 'p.jsonl'), [
      { timestamp: '2026-02-16T10:00:00Z', type: 'session_meta', payload: { id: 'p' } },
      {
        timestamp: '2026-02-16T10:00:01Z',
        type: 'response_item',
        payload: { type: 'custom_tool_call', name: 'apply_patch', call_id: 'c1', input },
      },
    ]);
    const { events, text } = await parseFile(file, 'codex');
    expect(events.map((e) => e.event_type)).toEqual([
      {
        type: 'FileEdit',
        data: { path: 'src/a.ts', diff: '--- a/src/a.ts\n+++ b/src/a.ts\n@@\n-const a = 1;\n+const a = 2;' },
      },
      { type: 'FileCreate', data: { path: 'src/b.ts' } },
      { type: 'FileDelete', data: { path: 'src/c.ts' } },
    ]);
    expect(
      events.every(
        (e) => e.attributes['semantic.call_id'] === 'c1' && e.attributes['semantic.tool_kind'] === 'file_write',
      ),
    ).toBe(true);
    expect(events[1].content).toEqual({
      blocks: [{ type: 'Text', text: '*** Add File: src/b.ts\n+export const b = 1;' }],
    });
    expect(text).toContain('"files_changed":3,"lines_added":1,"lines_removed":1}');
  });

  test('patch without sections falls back to one FileEdit on args.path', () => {
    expect(parsePatchSections('no patch here')).toEqual([]);
    expect(
      parsePatchSections("*** Update File: '/abs/x.ts'\n context\n*** End Patch\n+ignored").map((s) => [
        s.kind,
        s.path,
        s.lines,
      ]),
    ).toEqual([['Update', '/abs/x.ts', ["*** Update File: '/abs/x.ts'", ' context']]]);
  });

  describe('desktop rollout fixture', () => {
    let parsed: Awaited<ReturnType<typeof parseFile>>;
    beforeAll(async () => {
      parsed = await parseFile(ROLLOUT, 'codex');
    });

    test('golden output, valid HAIL', () => {
      expectGolden(path.join(DIR, 'rollout.golden.hail.jsonl'), parsed.text);
      expectValid(parsed.text);
    });

    test('session metadata: id, model, provider, git, cwd, originator, title', () => {
      const h = parsed.outcome.header;
      expect(h.session_id).toBe('0199f3a1-5b7c-7d20-9e41-2a6c8b0d4f13');
      expect(h.agent).toEqual({ provider: 'openai', model: 'gpt-5-codex', tool: 'codex', tool_version: '0.46.0' });
      expect(h.context.title).toBe('Fix the failing add() test and run the suite');
      expect(h.context.tags).toEqual(['codex']);
      expect(h.context.attributes).toMatchObject({
        cwd: '/home/dev/demo-app',
        originator: 'codex_cli_rs',
        git_branch: 'main',
        git_commit: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
        git_remote: 'git@github.com:dev/demo-app.git',
        session_role: 'primary',
      });
      expect(formatTsZ(h.context.created_at)).toBe('2025-10-20T14:02:15.020Z');
    });

    test('injected environment context and duplicate copies are dropped', () => {
      const texts = parsed.events
        .filter((e) => e.event_type.type === 'UserMessage')
        .map((e) => (e.content.blocks[0] as { text: string }).text);
      expect(texts.some((t) => t.includes('environment_context'))).toBe(false);
      expect(parsed.events.filter((e) => e.event_type.type === 'Thinking')).toHaveLength(1);
      expect(parsed.events.filter((e) => e.event_type.type === 'AgentMessage').map((e) => e.event_id)).toEqual([
        'codex-24',
      ]);
    });

    test('shell commands pair with results; exit codes from metadata and plain text', () => {
      const cat = byId(parsed.events, 'codex-6');
      expect(cat.event_type).toEqual({ type: 'ShellCommand', data: { command: 'cat src/math.ts' } });
      const r1 = byId(parsed.events, 'codex-7');
      expect(r1.event_type).toEqual({
        type: 'ToolResult',
        data: { name: 'shell', is_error: false, call_id: 'call_A1' },
      });
      expect(r1.duration_ms).toBe(100);
      expect(r1.attributes.exit_code).toBe(0);
      const failing = byId(parsed.events, 'codex-9');
      expect(failing.event_type).toEqual({
        type: 'ToolResult',
        data: { name: 'exec_command', is_error: true, call_id: 'call_B2' },
      });
      expect(failing.attributes.exit_code).toBe(1);
      expect(byId(parsed.events, 'codex-18').attributes.exit_code).toBe(0);
    });

    test('token_count carries sampled and cumulative tokens; info:null lines produce nothing', () => {
      const tc = parsed.events.filter(
        (e) => e.event_type.type === 'Custom' && e.event_type.data.kind === 'token_count',
      );
      expect(tc).toHaveLength(1);
      expect(tc[0].attributes).toMatchObject({
        input_tokens: 12480,
        output_tokens: 402,
        input_tokens_total: 24210,
        output_tokens_total: 812,
      });
      expect(parsed.text).toContain('"total_input_tokens":24210,"total_output_tokens":812');
    });

    test('web search and open_page', () => {
      expect(byId(parsed.events, 'codex-15').event_type).toEqual({
        type: 'WebSearch',
        data: { query: 'vitest toBe vs toEqual' },
      });
      expect(byId(parsed.events, 'codex-15').attributes['semantic.call_id']).toBe('codex-15');
      expect(byId(parsed.events, 'codex-16').event_type).toEqual({
        type: 'WebFetch',
        data: { url: 'https://vitest.dev/api/expect' },
      });
    });

    test('interactive question and answers', () => {
      const q = byId(parsed.events, 'codex-20');
      expect(q.content.blocks).toEqual([
        { type: 'Text', text: '- commit (Commit): Commit the fix now?\n- scope: (no question text)' },
      ]);
      const a = byId(parsed.events, 'codex-21');
      expect(a.event_type.type).toBe('UserMessage');
      expect(a.content.blocks).toEqual([{ type: 'Text', text: 'commit: yes\nscope: only math | {"other":1.5}' }]);
      expect(a.attributes.source).toBe('interactive');
    });

    test('task boundaries: start/complete, synthetic end at EOF', () => {
      const tasks = parsed.events.filter((e) => e.event_type.type === 'TaskStart' || e.event_type.type === 'TaskEnd');
      expect(tasks.map((e) => [e.event_type, e.task_id])).toEqual([
        [{ type: 'TaskStart', data: {} }, 'turn-1'],
        [{ type: 'TaskEnd', data: { summary: 'Fixed `add` and the suite passes.' } }, 'turn-1'],
        [{ type: 'TaskStart', data: { title: 'Follow-up' } }, 'turn-2'],
        [{ type: 'TaskEnd', data: { summary: 'synthetic end (missing task_complete)' } }, 'turn-2'],
      ]);
      const last = parsed.events[parsed.events.length - 1];
      expect(last.content.blocks).toEqual([{ type: 'Text', text: 'Follow-up' }]);
      expect(parsed.text).toContain('"task_count":2');
    });

    test('malformed line reported with its line number', () => {
      expect(parsed.outcome.warnings).toEqual([`skipped 1 malformed record(s) in ${ROLLOUT} (first at line 13)`]);
    });

    test('TV12: parsing twice gives identical bytes', async () => {
      const again = await parseFile(ROLLOUT, 'codex');
      expect(again.text).toBe(parsed.text);
    });
  });

  test('legacy CLI layout: header id/git, flat items, JSON output metadata, pairing without call ids', async () => {
    const { events, outcome, text } = await parseFile(LEGACY, 'codex');
    expectGolden(path.join(DIR, 'legacy-cli.golden.hail.jsonl'), text);
    expectValid(text);
    expect(outcome.header.session_id).toBe('5c2a1e77-1b2c-4d3e-8f90-a1b2c3d4e5f6');
    expect(outcome.header.context.attributes.git_branch).toBe('feature/x');
    expect(events[0].attributes).toEqual({}); // not desktop mode: no origin attributes
    expect(byId(events, 'codex-3').event_type).toEqual({
      type: 'ShellCommand',
      data: { command: 'npm test -- --runInBand' },
    });
    expect(byId(events, 'codex-4').event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'shell', is_error: true, call_id: 'call_1' },
    });
    expect(byId(events, 'codex-4').duration_ms).toBe(1250);
    expect(byId(events, 'codex-6').event_type).toEqual({
      type: 'ToolResult',
      data: { name: 'shell', is_error: false, call_id: 'codex-5' },
    });
    expect(byId(events, 'codex-7').event_type).toEqual({ type: 'ToolCall', data: { name: 'exec' } });
    expect(byId(events, 'codex-7').content.blocks).toEqual([{ type: 'Json', data: null }]);
  });

  test('subagent rollout is auxiliary with its parent; provider inferred when model_provider is auto', async () => {
    const { outcome, text } = await parseFile(SUBAGENT, 'codex');
    expectValid(text);
    expect(outcome.header.agent.provider).toBe('anthropic');
    expect(outcome.header.context.attributes).toMatchObject({
      session_role: 'auxiliary',
      parent_session_id: '0199f3a1-5b7c-7d20-9e41-2a6c8b0d4f13',
    });
    expect(outcome.header.context.related_session_ids).toEqual(['0199f3a1-5b7c-7d20-9e41-2a6c8b0d4f13']);
    expect(outcome.header.context.title).toBe('List TODO comments');
  });

  test('git fields: depth-first search, own keys before nested objects', () => {
    expect(findGitField({ info: { branch: 'nested' }, ref: 'own' }, ['branch', 'ref'])).toBe('own');
    expect(findGitField({ b: { branch: 'second' }, a: { branch: 'first' } }, ['branch'])).toBe('first');
  });

  test('exec_command with an empty command becomes a ToolCall with Json(args)', async () => {
    const file = writeLines(path.join(tmpDir(), 'e.jsonl'), [
      {
        timestamp: '2026-02-16T10:00:00Z',
        type: 'response_item',
        payload: { type: 'function_call', name: 'functions.exec_command', arguments: '{"cmd":"  "}', call_id: 'x' },
      },
    ]);
    const { events } = await parseFile(file, 'codex');
    expect(events[0].event_type).toEqual({ type: 'ToolCall', data: { name: 'functions.exec_command' } });
    expect(events[0].attributes['semantic.tool_kind']).toBe('shell');
    expect(events[0].content.blocks).toEqual([{ type: 'Json', data: { cmd: '  ' } }]);
  });

  test('Json(args) keeps exact numbers whether or not the arguments text needed a second, lossless parse', async () => {
    const call = (n: number, name: string, args: string): object => ({
      timestamp: `2026-02-16T10:00:0${n}Z`,
      type: 'response_item',
      payload: { type: 'function_call', name, arguments: args, call_id: `c${n}` },
    });
    const file = writeLines(path.join(tmpDir(), 'args.jsonl'), [
      call(
        1,
        'update_plan',
        '{"plan":[{"step":"a","status":"done"}],"weight":1.50,"big":12345678901234567890,"e":1e3}',
      ),
      call(2, 'view_image', '{"path":"/tmp/a.png","n":3}'),
      call(3, 'mcp__x', '[1.0, 2]'),
      call(4, 'mcp__y', '{"a":1,"a":2.0}'),
      call(5, 'mcp__z', '{not json'),
    ]);
    const { text } = await parseFile(file, 'codex');
    const blocks = text
      .split('\n')
      .filter((l) => l.startsWith('{"type":"event"'))
      .map((l) => l.slice(l.indexOf('"content":'), l.indexOf(',"attributes"')));
    expect(blocks).toEqual([
      '"content":{"blocks":[{"type":"Json","data":{"big":12345678901234567890,"e":1000.0,"plan":[{"status":"done","step":"a"}],"weight":1.5}}]}',
      '"content":{"blocks":[{"type":"Json","data":{"n":3,"path":"/tmp/a.png"}}]}',
      '"content":{"blocks":[{"type":"Json","data":[1.0,2]}]}',
      '"content":{"blocks":[{"type":"Json","data":{"a":2}}]}',
      '"content":{"blocks":[{"type":"Json","data":null}]}',
    ]);
  });

  test('section 5: any chunking of the bytes gives the full-parse output', async () => {
    const bytes = fs.readFileSync(ROLLOUT);
    const full = await parseFile(ROLLOUT, 'codex');
    for (const size of [1, 7, 100, 4096]) {
      const events: HailEvent[] = [];
      const inc = new IncrementalParser('codex', await parserContext(ROLLOUT, { displayPath: ROLLOUT }), {
        push: (e) => void events.push(e),
      });
      for (let i = 0; i < bytes.length; i += size) await inc.feed(bytes.subarray(i, i + size));
      const result = await inc.finish();
      expect(render({ parserUsed: 'codex', ...result }, events)).toBe(full.text);
    }
  });

  test('section 5: snapshot equals finish for the bytes seen so far, without consuming state', async () => {
    const bytes = fs.readFileSync(ROLLOUT);
    const cut = bytes.indexOf('"task_started","turn_id":"turn-2"');
    const lineEnd = bytes.indexOf(0x0a, cut) + 1;
    const dir = tmpDir();
    const partial = path.join(dir, 'partial.jsonl');
    fs.writeFileSync(partial, bytes.subarray(0, lineEnd));
    const expected = await parseFile(partial, 'codex');
    const events: HailEvent[] = [];
    const inc = new IncrementalParser('codex', await parserContext(partial, { displayPath: partial }), {
      push: (e) => void events.push(e),
    });
    await inc.feed(bytes.subarray(0, lineEnd));
    const snap = await inc.snapshot();
    expect(render({ parserUsed: 'codex', ...snap.result }, snap.events)).toBe(expected.text);
    expect(snap.events[snap.events.length - 1].event_type).toEqual({
      type: 'TaskEnd',
      data: { summary: 'synthetic end (missing task_complete)' },
    });
    const result = await inc.finish();
    expect(render({ parserUsed: 'codex', ...result }, events)).toBe(expected.text);
  });
});
