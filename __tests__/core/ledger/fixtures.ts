// Session fixtures for ledger tests.
import type { HailEvent, Session } from '../../../core/hail/types';

const NS = 1_000_000_000n;

export interface FixtureOptions {
  createdAt?: number; // unix seconds
  updatedAt?: number;
  text?: string;
  title?: string;
  cwd?: string;
}

/** A small valid session with one user message and one agent message. */
export function makeSession(id: string, options: FixtureOptions = {}): Session {
  const created = BigInt(options.createdAt ?? 1772239200);
  const updated = BigInt(options.updatedAt ?? Number(created) + 125);
  const events: HailEvent[] = [
    {
      event_id: 'e1',
      timestamp: created * NS,
      event_type: { type: 'UserMessage' },
      content: { blocks: [{ type: 'Text', text: options.text ?? `please fix the greeting (${id})` }] },
      attributes: {},
    },
    {
      event_id: 'e2',
      timestamp: updated * NS,
      event_type: { type: 'AgentMessage' },
      content: { blocks: [{ type: 'Text', text: 'done' }] },
      attributes: {},
    },
  ];
  return {
    version: 'hail-1.0.0',
    session_id: id,
    agent: { provider: 'anthropic', model: 'claude-opus-4-6', tool: 'claude-code' },
    context: {
      title: options.title ?? 'Fix greeting',
      tags: [],
      created_at: created * NS,
      updated_at: updated * NS,
      related_session_ids: [],
      attributes: options.cwd !== undefined ? { cwd: options.cwd } : {},
    },
    events,
    stats: {
      event_count: 2,
      message_count: 2,
      tool_call_count: 0,
      task_count: 0,
      duration_seconds: Number(updated - created),
      total_input_tokens: 0,
      total_output_tokens: 0,
      user_message_count: 1,
      files_changed: 0,
      lines_added: 0,
      lines_removed: 0,
    },
  };
}
