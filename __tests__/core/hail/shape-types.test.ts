// The types derived from the shape table (shape.ts) are exactly the model of hail-and-store.md 2.2-2.6.
import type {
  Agent,
  ContentBlock,
  EventType,
  HailEvent,
  JsonObject,
  JsonValue,
  SessionContext,
  Stats,
  Timestamp,
} from '../../../core/hail';
import { EVENT_TYPE_NAMES } from '../../../core/hail';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

type ExpectedEventType =
  | { type: 'UserMessage' }
  | { type: 'AgentMessage' }
  | { type: 'SystemMessage' }
  | { type: 'Thinking' }
  | { type: 'ToolCall'; data: { name: string } }
  | { type: 'ToolResult'; data: { name: string; is_error: boolean; call_id?: string } }
  | { type: 'FileRead'; data: { path: string } }
  | { type: 'CodeSearch'; data: { query: string } }
  | { type: 'FileSearch'; data: { pattern: string } }
  | { type: 'FileEdit'; data: { path: string; diff?: string } }
  | { type: 'FileCreate'; data: { path: string } }
  | { type: 'FileDelete'; data: { path: string } }
  | { type: 'ShellCommand'; data: { command: string; exit_code?: number } }
  | { type: 'ImageGenerate'; data: { prompt: string } }
  | { type: 'VideoGenerate'; data: { prompt: string } }
  | { type: 'AudioGenerate'; data: { prompt: string } }
  | { type: 'WebSearch'; data: { query: string } }
  | { type: 'WebFetch'; data: { url: string } }
  | { type: 'TaskStart'; data: { title?: string } }
  | { type: 'TaskEnd'; data: { summary?: string } }
  | { type: 'Custom'; data: { kind: string } };

type ExpectedBlock =
  | { type: 'Text'; text: string }
  | { type: 'Code'; code: string; language?: string; start_line?: number }
  | { type: 'Image'; url: string; alt?: string; mime: string }
  | { type: 'Video'; url: string; mime: string }
  | { type: 'Audio'; url: string; mime: string }
  | { type: 'File'; path: string; content?: string }
  | { type: 'Json'; data: JsonValue }
  | { type: 'Reference'; uri: string; media_type: string };

describe('types derived from the shape table', () => {
  test('match the model field for field (checked by tsc; the test fails to compile otherwise)', () => {
    assertType<Equal<EventType, ExpectedEventType>>();
    assertType<Equal<ContentBlock, ExpectedBlock>>();
    assertType<Equal<Agent, { provider: string; model: string; tool: string; tool_version?: string }>>();
    assertType<
      Equal<
        SessionContext,
        {
          title?: string;
          description?: string;
          tags: string[];
          created_at: Timestamp;
          updated_at: Timestamp;
          related_session_ids: string[];
          attributes: JsonObject;
        }
      >
    >();
    assertType<
      Equal<
        HailEvent,
        {
          event_id: string;
          timestamp: Timestamp;
          event_type: EventType;
          task_id?: string;
          content: { blocks: ContentBlock[] };
          duration_ms?: number;
          attributes: JsonObject;
        }
      >
    >();
    assertType<
      Equal<
        keyof Stats,
        | 'event_count'
        | 'message_count'
        | 'tool_call_count'
        | 'task_count'
        | 'duration_seconds'
        | 'total_input_tokens'
        | 'total_output_tokens'
        | 'user_message_count'
        | 'files_changed'
        | 'lines_added'
        | 'lines_removed'
      >
    >();
    assertType<Equal<Stats[keyof Stats], number>>();
    expect(EVENT_TYPE_NAMES).toHaveLength(21);
    expect(EVENT_TYPE_NAMES[0]).toBe('UserMessage');
    expect(EVENT_TYPE_NAMES[20]).toBe('Custom');
  });
});
