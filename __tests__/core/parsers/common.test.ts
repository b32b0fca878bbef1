// Shared parser rules (parsers.md section 2) and the streaming line reader (section 9).
import { formatTsZ } from '../../../core/hail/timestamp';
import {
  CallTracker,
  FileWarnings,
  LineSplitter,
  MAX_RECORD_BYTES,
  addTokenAttributes,
  applyTitleRule,
  baseToolName,
  buildToolResultContent,
  canonicalToolName,
  countDiffLines,
  detectLanguage,
  diffFromToolInput,
  exitCodeFromText,
  extractTagContent,
  fileStem,
  inferToolKind,
  normalizeRoleLabel,
  parseEpochMs,
  parseNativeTimestamp,
  shellEventType,
  stripSystemReminders,
  synthesizeDiff,
  type LineEvent,
} from '../../../core/parsers/common';
import { SessionBuilder } from '../../../core/parsers/common/builder';
import type { HailEvent, JsonObject } from '../../../core/hail/types';

describe('2.2 normalizeRoleLabel', () => {
  test.each([
    [' User ', 'user'],
    ['HUMAN', 'user'],
    ['assistant', 'assistant'],
    ['agent', 'assistant'],
    ['model', 'assistant'],
    ['gemini', 'assistant'],
    ['system', 'system'],
    ['Thinking', 'thinking'],
    ['reasoning', 'thinking'],
    ['thought', 'thinking'],
    ['tool', undefined],
    [42, undefined],
  ])('%p → %p', (label, role) => expect(normalizeRoleLabel(label)).toBe(role));
});

describe('2.3 / 2.4 tool names and kinds', () => {
  test('base and canonical names', () => {
    expect(baseToolName(' Functions.Exec_Command ')).toBe('exec_command');
    expect(canonicalToolName('mcp.ask_followup_question')).toBe('request_user_input');
    expect(canonicalToolName('  Functions.Shell ')).toBe('Functions.Shell');
  });
  test.each([
    ['ask_user', 'interactive'],
    ['', 'other'],
    ['Read', 'file_read'],
    ['list_directory', 'file_read'],
    ['MultiEdit', 'file_write'],
    ['apply_patch', 'file_write'],
    ['functions.exec_command', 'shell'],
    ['Bash', 'shell'],
    ['Grep', 'search'],
    ['glob', 'search'],
    ['WebFetch', 'web'],
    ['google_web_search', 'web'],
    ['fetch', 'web'],
    ['Task', 'task'],
    ['Agent', 'task'],
    ['spawn_subagent', 'task'],
    ['TodoWrite', 'other'],
    ['mcp__github__create_issue', 'other'],
  ])('%p → %p', (name, kind) => expect(inferToolKind(name)).toBe(kind));
});

describe('2.5 / 2.6 reminders and tool result content', () => {
  test('reminders removed across lines, then trimmed', () => {
    expect(
      stripSystemReminders('a <system-reminder>x\ny</system-reminder> b <system-reminder>z</system-reminder>\n'),
    ).toBe('a  b');
  });
  test('empty and reminder-only results are empty content', () => {
    expect(buildToolResultContent('')).toEqual({ blocks: [] });
    expect(buildToolResultContent('<system-reminder>only</system-reminder>')).toEqual({ blocks: [] });
  });
  test('line-numbered Read output becomes Code; other tools stay Text', () => {
    const raw = '    10→const a = 1;\n    11|const b = 2;\n    12| \n\n';
    expect(buildToolResultContent(raw, { name: 'Read', filePath: '/x/y.ts' })).toEqual({
      blocks: [{ type: 'Code', code: 'const a = 1;\nconst b = 2;', language: 'typescript', start_line: 10 }],
    });
    expect(buildToolResultContent(raw, { name: 'Bash' })).toEqual({ blocks: [{ type: 'Text', text: raw.trim() }] });
    expect(buildToolResultContent('plain text\nmore', { name: 'Read', filePath: 'a.py' })).toEqual({
      blocks: [{ type: 'Text', text: 'plain text\nmore' }],
    });
  });
});

describe('2.7 detectLanguage', () => {
  test.each([
    ['Dockerfile', 'bash'],
    ['a/Makefile', 'bash'],
    ['Cargo.toml', 'toml'],
    ['x.TSX', 'typescript'],
    ['k.kts', 'kotlin'],
    ['v.vue', 'html'],
    ['p.properties', 'properties'],
    ['README', undefined],
    ['x.unknown', undefined],
    ['C:\\src\\main.go', 'go'],
  ])('%p → %p', (p, lang) => expect(detectLanguage(p)).toBe(lang));
});

describe('2.8 / 2.9 tags and titles', () => {
  test('extractTagContent', () => {
    expect(extractTagContent('x <a> hi </a> <a>2</a>', 'a')).toBe('hi');
    expect(extractTagContent('<a>  </a>', 'a')).toBeUndefined();
    expect(extractTagContent('<a>open', 'a')).toBeUndefined();
  });
  test('title rule: 80 code points kept, 81 cut to 77 + ...', () => {
    expect(applyTitleRule('  ' + 'b'.repeat(80) + '\n')).toBe('b'.repeat(80));
    expect(applyTitleRule('😀'.repeat(81))).toBe('😀'.repeat(77) + '...');
  });
  test('file stem', () => {
    expect(fileStem('/a/rollout-1.jsonl')).toBe('rollout-1');
    expect(fileStem('a.hail.jsonl')).toBe('a.hail');
  });
});

describe('2.10 timestamps', () => {
  test.each([
    ['2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z'],
    ['2026-01-05t10:00:00.5z', '2026-01-05T10:00:00.500Z'],
    ['2026-01-05 12:00:00+02:00', '2026-01-05T10:00:00Z'],
    ['2026-01-05T10:00:00.1234567891Z', '2026-01-05T10:00:00.123456789Z'],
    ['2026-01-05T10:00:00.123456', '2026-01-05T10:00:00.123456Z'],
  ])('%p', (input, out) => expect(formatTsZ(parseNativeTimestamp(input)!)).toBe(out));
  test.each(['2026-02-30T00:00:00Z', '2026-01-05', 'yesterday', '2026-01-05T24:00:00Z', '2026-01-05T10:00:60Z'])(
    '%p is unusable',
    (input) => expect(parseNativeTimestamp(input)).toBeUndefined(),
  );
  test('epoch ms', () => {
    expect(formatTsZ(parseEpochMs(1767607231000)!)).toBe('2026-01-05T10:00:31Z');
    expect(formatTsZ(parseEpochMs('1767607231001')!)).toBe('2026-01-05T10:00:31.001Z');
    expect(parseEpochMs('12a')).toBeUndefined();
  });
});

describe('2.10 / 2.11 SessionBuilder', () => {
  const ev = (id: string, ts?: bigint): Omit<HailEvent, 'timestamp'> & { timestamp?: bigint } => ({
    event_id: id,
    timestamp: ts,
    event_type: { type: 'SystemMessage' },
    content: { blocks: [] },
    attributes: {},
  });
  test('undated events take the previous, else the next dated record, else the session start / mtime; ids made unique', () => {
    const out: HailEvent[] = [];
    const b = new SessionBuilder({ sink: { push: (e) => void out.push(e) }, tool: 't', mtime: 5n, sourcePath: null });
    b.emit(ev('a'));
    b.emit(ev('a'));
    b.observeTimestamp(100n);
    b.emit(ev('a-2', 200n));
    b.emit(ev('x'));
    b.flush(1n);
    expect(out.map((e) => [e.event_id, e.timestamp])).toEqual([
      ['a', 100n],
      ['a-2', 100n],
      ['a-2-2', 200n],
      ['x', 200n],
    ]);
    const held: HailEvent[] = [];
    const b2 = new SessionBuilder({ sink: { push: (e) => void held.push(e) }, tool: 't', mtime: 5n, sourcePath: null });
    b2.emit({ ...ev('y'), makeId: (t) => `y-${t}` });
    b2.flush();
    expect(held.map((e) => [e.event_id, e.timestamp])).toEqual([['y-5', 5n]]);
  });
  test('header: 2.18 attributes, tags, auxiliary parent link', () => {
    const b = new SessionBuilder({
      sink: { push: () => undefined },
      tool: 'codex',
      mtime: 7n,
      sourcePath: '/real/x.jsonl',
    });
    const h = b.header({
      sessionId: 's',
      agent: { provider: 'p', model: 'm', tool: 'codex' },
      role: 'auxiliary',
      parentSessionId: 'parent',
      title: '  t  ',
    });
    expect(h.context).toEqual({
      title: 't',
      tags: ['codex'],
      created_at: 7n,
      updated_at: 7n,
      related_session_ids: ['parent'],
      attributes: { session_role: 'auxiliary', source_path: '/real/x.jsonl', parent_session_id: 'parent' },
    });
  });
});

describe('2.12 CallTracker', () => {
  test('id pairing, most recent open call, else most recent call, else unpaired', () => {
    const t = new CallTracker();
    expect(t.closeLatest()).toBeUndefined();
    t.open({ callId: 'a', name: 'A' });
    t.open({ callId: 'b', name: 'B' });
    expect(t.closeById('a')?.name).toBe('A');
    expect(t.closeLatest()?.name).toBe('B');
    expect(t.closeLatest()?.name).toBe('B'); // every call answered: the most recent call
    expect(t.closeById('zzz')).toBeUndefined();
  });
});

describe('2.13 tokens', () => {
  test('only positive integers are written', () => {
    const attrs: JsonObject = {};
    expect(addTokenAttributes(attrs, { input: 0, output: 5, cacheRead: -1, cacheCreation: 3 })).toBe(true);
    expect(attrs).toEqual({ output_tokens: 5, cache_creation_input_tokens: 3 });
    expect(addTokenAttributes({}, { input: 0 })).toBe(false);
  });
});

describe('2.14 diffs', () => {
  test('synthesised diff per pair; empty strings contribute no lines', () => {
    expect(
      synthesizeDiff('/src/a.ts', [
        ['x\ny', 'z'],
        ['', 'new'],
      ]),
    ).toBe('--- a/src/a.ts\n+++ b/src/a.ts\n-x\n-y\n+z\n+new');
    expect(diffFromToolInput('a', { old_str: 'o', new_str: 'n' })).toBe('--- a/a\n+++ b/a\n-o\n+n');
    expect(diffFromToolInput('a', { oldString: 'o', newString: 5 })).toBeUndefined();
    expect(diffFromToolInput('a', { edits: [{ old_string: 'p', new_string: 'q' }, 'junk'] })).toBe(
      '--- a/a\n+++ b/a\n-p\n+q',
    );
    expect(countDiffLines('--- a/x\n+++ b/x\n-1\n+2\n+3\r')).toEqual([2, 1]);
  });
});

describe('2.15 shell', () => {
  test('exit codes from plain text', () => {
    expect(exitCodeFromText('Wall time: 1s\nProcess exited with code 2\nOutput:')).toBe(2);
    expect(exitCodeFromText('exit code: -1')).toBe(-1);
    expect(exitCodeFromText('Exit code 1')).toBeUndefined();
    expect(exitCodeFromText('Process exited with code 99999999999')).toBeUndefined();
  });
  test('empty command → ToolCall', () => {
    expect(shellEventType('  ', 'Bash').eventType).toEqual({ type: 'ToolCall', data: { name: 'Bash' } });
    expect(shellEventType('ls', 'Bash').eventType).toEqual({ type: 'ShellCommand', data: { command: 'ls' } });
  });
});

describe('2.16 warnings', () => {
  test('exact texts and order', () => {
    const w = new FileWarnings('logs/a.json', 'message');
    w.add('skipped subagent log x: reason');
    w.badTimestampAt(9);
    w.oversizedAt(4);
    w.malformedAt(3);
    w.malformedAt(7);
    expect(w.render()).toEqual([
      'skipped 2 malformed record(s) in logs/a.json (first at message 3)',
      'skipped 1 oversized record(s) in logs/a.json (first at message 4; limit 64 MiB)',
      'skipped 1 record(s) with an unparseable timestamp in logs/a.json (first at message 9)',
      'skipped subagent log x: reason',
    ]);
  });
});

describe('9 LineSplitter', () => {
  const split = (chunks: Buffer[]): LineEvent[] => {
    const out: LineEvent[] = [];
    const s = new LineSplitter((l) => out.push(l));
    for (const c of chunks) s.push(c);
    s.end();
    return out;
  };
  test('BOM, CRLF, final line without newline, invalid UTF-8; chunking does not matter', () => {
    const bytes = Buffer.concat([
      Buffer.from('\ufeff{"a":1}\r\n\n'),
      Buffer.from([0xff, 0xfe, 0x0a]),
      Buffer.from('é'),
    ]);
    const whole = split([bytes]);
    expect(whole).toEqual([
      { kind: 'text', lineNo: 1, text: '{"a":1}' },
      { kind: 'text', lineNo: 2, text: '' },
      { kind: 'invalid-utf8', lineNo: 3 },
      { kind: 'text', lineNo: 4, text: 'é' },
    ]);
    const bytewise = split([...bytes].map((b) => Buffer.from([b])));
    expect(bytewise).toEqual(whole);
  });
  test('lines over 64 MiB are reported as oversized, the rest of the stream continues', () => {
    const big = Buffer.alloc(MAX_RECORD_BYTES + 10, 0x61);
    const out = split([Buffer.from('x\n'), big, Buffer.from('\ny\n')]);
    expect(out).toEqual([
      { kind: 'text', lineNo: 1, text: 'x' },
      { kind: 'oversized', lineNo: 2 },
      { kind: 'text', lineNo: 3, text: 'y' },
    ]);
  });
});
