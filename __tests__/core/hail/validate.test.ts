import { HailEvent, Session, emptyStats, validateSession, validationWarnings } from '../../../core/hail';
import { EventType } from '../../../core/hail/types';

function ev(id: string, et: EventType, ts = 0n): HailEvent {
  return { event_id: id, timestamp: ts, event_type: et, content: { blocks: [] }, attributes: {} };
}
function session(over: Partial<Session> = {}): Session {
  return {
    version: 'hail-1.0.0',
    session_id: 's',
    agent: { provider: 'p', model: 'm', tool: 't' },
    context: { tags: [], created_at: 0n, updated_at: 0n, related_session_ids: [], attributes: {} },
    events: [ev('e1', { type: 'UserMessage' })],
    stats: emptyStats(),
    ...over,
  };
}

describe('validateSession (section 5)', () => {
  test('valid session', () => {
    expect(validateSession(session())).toEqual([]);
    expect(validateSession(session({ agent: { provider: 'p', model: '', tool: 't' } }))).toEqual([]);
  });

  test('every message, in order', () => {
    const s = session({
      version: 'v1',
      session_id: '',
      agent: { provider: '', model: '', tool: '' },
      events: [
        ev('', { type: 'ToolCall', data: { name: '' } }, 5n),
        ev('a', { type: 'ToolCall', data: { name: '' } }, 4n),
        ev('b', { type: 'ToolResult', data: { name: '', is_error: true } }, 4n),
        ev('c', { type: 'FileEdit', data: { path: '' } }),
        ev('d', { type: 'FileCreate', data: { path: '' } }),
        ev('e', { type: 'FileDelete', data: { path: '' } }),
        ev('f', { type: 'FileRead', data: { path: '' } }),
        ev('g', { type: 'ShellCommand', data: { command: '' } }),
        ev('a', { type: 'FileSearch', data: { pattern: '' } }),
        ev('a', { type: 'UserMessage' }),
        ev('h', { type: 'ShellCommand', data: { command: ' ' } }),
      ],
    });
    expect(validateSession(s)).toEqual([
      "invalid version: v1, expected prefix 'hail-'",
      'missing required field: session_id',
      'missing required field: agent.provider',
      'missing required field: agent.tool',
      'invalid event at index 0: missing required field: event_id',
      'invalid event at index 1: missing required field: event_type.name',
      'invalid event at index 2: missing required field: event_type.name',
      'invalid event at index 3: missing required field: event_type.path',
      'invalid event at index 4: missing required field: event_type.path',
      'invalid event at index 5: missing required field: event_type.path',
      'invalid event at index 6: missing required field: event_type.path',
      'invalid event at index 7: missing required field: event_type.command',
      'duplicate event_id: a',
      'duplicate event_id: a',
    ]);
    // A7: time order is a warning, never an error
    expect(validationWarnings(s)).toEqual([
      'event at index 1 is earlier than the event before it',
      'event at index 3 is earlier than the event before it',
    ]);
  });

  test('empty session', () => {
    expect(validateSession(session({ events: [] }))).toEqual(['empty session: no events']);
  });

  test('first failing rule only per event', () => {
    expect(validateSession(session({ events: [ev('', { type: 'ShellCommand', data: { command: '' } })] }))).toEqual([
      'invalid event at index 0: missing required field: event_id',
    ]);
  });
});
