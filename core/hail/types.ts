// The HAIL session model (shared/spec/hail-and-store.md, section 2).
// Every other module (parsers, ledger, review, server) builds and reads these types.

/**
 * A float whose value is integral (`1.0`, `1e2`) and must stay a float when written back.
 * Non-integral floats are plain `number`s; safe integers are plain `number`s; integers beyond
 * 2^53 are `bigint`s. See `isFloat`/`jsonKind` in json.ts.
 */
export class JsonFloat {
  constructor(readonly value: number) {}
}

export type JsonValue = null | boolean | string | number | bigint | JsonFloat | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Nanoseconds since the Unix epoch, UTC. Years 0000..9999 fit easily. */
export type Timestamp = bigint;

export interface Agent {
  provider: string;
  model: string;
  tool: string;
  tool_version?: string;
}

export interface SessionContext {
  title?: string;
  description?: string;
  tags: string[];
  created_at: Timestamp;
  updated_at: Timestamp;
  related_session_ids: string[];
  attributes: JsonObject;
}

export type EventType =
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

export type EventTypeName = EventType['type'];

/** All 21 variant names in spec table order (used in `unknown variant` messages). */
export const EVENT_TYPE_NAMES: readonly EventTypeName[] = [
  'UserMessage',
  'AgentMessage',
  'SystemMessage',
  'Thinking',
  'ToolCall',
  'ToolResult',
  'FileRead',
  'CodeSearch',
  'FileSearch',
  'FileEdit',
  'FileCreate',
  'FileDelete',
  'ShellCommand',
  'ImageGenerate',
  'VideoGenerate',
  'AudioGenerate',
  'WebSearch',
  'WebFetch',
  'TaskStart',
  'TaskEnd',
  'Custom',
];

export type ContentBlock =
  | { type: 'Text'; text: string }
  | { type: 'Code'; code: string; language?: string; start_line?: number }
  | { type: 'Image'; url: string; alt?: string; mime: string }
  | { type: 'Video'; url: string; mime: string }
  | { type: 'Audio'; url: string; mime: string }
  | { type: 'File'; path: string; content?: string }
  | { type: 'Json'; data: JsonValue }
  | { type: 'Reference'; uri: string; media_type: string };

export interface HailEvent {
  event_id: string;
  timestamp: Timestamp;
  event_type: EventType;
  task_id?: string;
  content: { blocks: ContentBlock[] };
  duration_ms?: number;
  attributes: JsonObject;
}

export interface Stats {
  event_count: number;
  message_count: number;
  tool_call_count: number;
  task_count: number;
  duration_seconds: number;
  total_input_tokens: number;
  total_output_tokens: number;
  user_message_count: number;
  files_changed: number;
  lines_added: number;
  lines_removed: number;
}

export interface Session {
  version: string;
  session_id: string;
  agent: Agent;
  context: SessionContext;
  events: HailEvent[];
  stats: Stats;
}

export const HAIL_VERSION = 'hail-1.0.0';
