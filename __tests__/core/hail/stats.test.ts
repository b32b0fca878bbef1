import { HailEvent, JsonFloat, JsonObject, Session, emptyStats, recomputeStats } from '../../../core/hail';
import { EventType } from '../../../core/hail/types';

let n = 0;
function event(et: EventType, opts: { task_id?: string; attributes?: JsonObject; ts?: bigint } = {}): HailEvent {
  const e: HailEvent = {
    event_id: `e${n++}`,
    timestamp: opts.ts ?? 0n,
    event_type: et,
    content: { blocks: [] },
    attributes: opts.attributes ?? {},
  };
  if (opts.task_id !== undefined) e.task_id = opts.task_id;
  return e;
}
const stats = (events: HailEvent[]) => recomputeStats({ events } as Pick<Session, 'events'>);

describe('recomputeStats (section 3)', () => {
  test('no events', () => {
    expect(stats([])).toEqual(emptyStats());
  });

  test('message and tool counts', () => {
    const s = stats([
      event({ type: 'UserMessage' }),
      event({ type: 'AgentMessage' }),
      event({ type: 'SystemMessage' }),
      event({ type: 'Thinking' }),
      event({ type: 'TaskEnd', data: { summary: ' done ' } }),
      event({ type: 'TaskEnd', data: { summary: ' \u3000\u0085' } }),
      event({ type: 'TaskEnd', data: {} }),
      event({ type: 'ToolCall', data: { name: 'x' } }),
      event({ type: 'FileRead', data: { path: 'a' } }),
      event({ type: 'CodeSearch', data: { query: 'q' } }),
      event({ type: 'FileSearch', data: { pattern: 'p' } }),
      event({ type: 'ShellCommand', data: { command: 'c' } }),
      event({ type: 'ToolResult', data: { name: 'x', is_error: false } }),
      event({ type: 'WebSearch', data: { query: 'q' } }),
      event({ type: 'WebFetch', data: { url: 'u' } }),
      event({ type: 'UserMessage' }),
    ]);
    expect(s.event_count).toBe(16);
    expect(s.message_count).toBe(4);
    expect(s.user_message_count).toBe(2);
    expect(s.tool_call_count).toBe(4);
  });

  test('task_count: distinct trimmed non-empty task ids', () => {
    const s = stats([
      event({ type: 'Thinking' }, { task_id: 't1' }),
      event({ type: 'Thinking' }, { task_id: ' t1 ' }),
      event({ type: 'Thinking' }, { task_id: '' }),
      event({ type: 'Thinking' }, { task_id: '  ' }),
      event({ type: 'Thinking' }, { task_id: 't2' }),
      event({ type: 'Thinking' }),
    ]);
    expect(s.task_count).toBe(2);
  });

  test('files_changed and diff lines', () => {
    const s = stats([
      event({ type: 'FileEdit', data: { path: 'a', diff: '--- a\n+++ b\n+x\r\n-y\r\n++z\n--w\n +n\n+++\n---\n+\n-' } }),
      event({ type: 'FileEdit', data: { path: 'a' } }),
      event({ type: 'FileCreate', data: { path: 'b' } }),
      event({ type: 'FileDelete', data: { path: 'c' } }),
      event({ type: 'FileRead', data: { path: 'd' } }),
      event({ type: 'FileCreate', data: { path: 'a ' } }),
    ]);
    expect(s.files_changed).toBe(4);
    expect(s.lines_added).toBe(3);
    expect(s.lines_removed).toBe(3);
  });

  test('tokens: sum of non-negative integers', () => {
    const s = stats([
      event({ type: 'Thinking' }, { attributes: { input_tokens: 10, output_tokens: 1 } }),
      event({ type: 'Thinking' }, { attributes: { input_tokens: new JsonFloat(10), output_tokens: 2.5 } }),
      event({ type: 'Thinking' }, { attributes: { input_tokens: '10', output_tokens: -3 } }),
      event({ type: 'Thinking' }, { attributes: { input_tokens: 2n ** 60n, output_tokens: 4 } }),
      event({ type: 'Thinking' }, { attributes: { input_tokens: 5, output_tokens: null } }),
    ]);
    expect(s.total_input_tokens).toBe(15);
    expect(s.total_output_tokens).toBe(5);
  });

  test('tokens: *_total max replaces the sum when any event has the key', () => {
    const s = stats([
      event({ type: 'Thinking' }, { attributes: { input_tokens: 1000, input_tokens_total: 50, output_tokens: 7 } }),
      event({ type: 'Thinking' }, { attributes: { input_tokens_total: 40 } }),
      event({ type: 'Thinking' }, { attributes: { input_tokens_total: new JsonFloat(90) } }),
      event({ type: 'Thinking' }, { attributes: { output_tokens: 3 } }),
    ]);
    expect(s.total_input_tokens).toBe(50);
    expect(s.total_output_tokens).toBe(10);
    const t = stats([event({ type: 'Thinking' }, { attributes: { output_tokens: 9, output_tokens_total: null } })]);
    expect(t.total_output_tokens).toBe(0);
  });

  test('token sums saturate at 2^53-1', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const s = stats([
      event({ type: 'Thinking' }, { attributes: { input_tokens: max } }),
      event({ type: 'Thinking' }, { attributes: { input_tokens: max } }),
      event({ type: 'Thinking' }, { attributes: { input_tokens: 1 } }),
    ]);
    expect(s.total_input_tokens).toBe(max);
  });

  test('duration: last minus first in list order, truncated, clamped', () => {
    const sec = 1_000_000_000n;
    expect(
      stats([event({ type: 'Thinking' }, { ts: 0n }), event({ type: 'Thinking' }, { ts: 2n * sec - 1n })])
        .duration_seconds,
    ).toBe(1);
    expect(
      stats([
        event({ type: 'Thinking' }, { ts: 5n * sec }),
        event({ type: 'Thinking' }, { ts: 100n * sec }),
        event({ type: 'Thinking' }, { ts: 7n * sec }),
      ]).duration_seconds,
    ).toBe(2);
    expect(
      stats([event({ type: 'Thinking' }, { ts: 9n * sec }), event({ type: 'Thinking' }, { ts: 1n * sec })])
        .duration_seconds,
    ).toBe(0);
    expect(stats([event({ type: 'Thinking' }, { ts: 9n * sec })]).duration_seconds).toBe(0);
  });
});
