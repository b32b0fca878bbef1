// `codex exec --json` output (amendments-2 A3): `thread.started`, `turn.started|completed|failed`,
// `item.started|updated|completed`, `error`. The public source of the shapes is codex-rs/exec/src/exec_events.rs in
// openai/codex. Items are mapped to the same HAIL events as the rollout format; the lines carry no timestamps, so
// the builder dates them from the file (2.x held-event rule).
import type { ContentBlock, EventType, JsonObject, JsonValue } from '../../hail/types';
import { trim } from '../../text';
import { emptyContent, inferToolKind, isObject, textContent } from '../common/rules';
import { addTokenAttributes, setAttr, toExitCode } from '../common/tools';

type Obj = Record<string, unknown>;

export const EXEC_JSON_SCHEMA = 'codex-exec-json-v1';

const EXEC_TYPES = new Set<unknown>([
  'thread.started',
  'turn.started',
  'turn.completed',
  'turn.failed',
  'item.started',
  'item.updated',
  'item.completed',
  'item.plan.delta',
  'request_user_input',
  'error',
]);

/** Top-level `type` values of exec output (one set lookup per line: rollout lines pass through here too). */
export function isExecEventType(type: unknown): boolean {
  return EXEC_TYPES.has(type);
}

export interface ExecDraft {
  type: EventType;
  content: { blocks: ContentBlock[] };
  attributes: JsonObject;
  /** A message push that the dedupe stage may fold (agent text, reasoning). */
  message?: 'AgentMessage' | 'Thinking';
  text?: string;
}

export interface ExecSink {
  threadId(id: string): void;
  turnStarted(): void;
  emit(draft: ExecDraft): void;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function attrs(rawType: string, itemId?: string): JsonObject {
  const a: JsonObject = { 'source.raw_type': rawType, 'source.schema_version': EXEC_JSON_SCHEMA };
  setAttr(a, 'semantic.call_id', itemId);
  return a;
}

/**
 * Maps exec events. Items are emitted once, when they reach a terminal state (`item.completed`); an item that only
 * ever started or updated (the stream was cut) is emitted at the end from its last state.
 */
export class ExecJsonMapper {
  private readonly open = new Map<string, Obj>();

  constructor(private readonly sink: ExecSink) {}

  handle(line: Obj): void {
    switch (line.type) {
      case 'thread.started':
        if (str(line.thread_id) !== '') this.sink.threadId(line.thread_id as string);
        return;
      case 'turn.started':
        this.sink.turnStarted();
        return;
      case 'turn.completed': {
        const u = isObject(line.usage) ? line.usage : {};
        const a = attrs('turn.completed');
        const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
        if (
          addTokenAttributes(a, {
            input: n(u.input_tokens),
            output: n(u.output_tokens),
            cacheRead: n(u.cached_input_tokens),
          })
        )
          this.sink.emit({
            type: { type: 'Custom', data: { kind: 'token_count' } },
            content: emptyContent(),
            attributes: a,
          });
        return;
      }
      case 'turn.failed': {
        const e = isObject(line.error) ? line.error : {};
        this.system(`Turn failed: ${str(e.message) || 'unknown error'}`, 'turn.failed');
        return;
      }
      case 'error':
        this.system(`Error: ${str(line.message) || 'unknown error'}`, 'error');
        return;
      case 'item.started':
      case 'item.updated':
      case 'item.completed': {
        const item = line.item;
        if (!isObject(item) || str(item.id) === '') return;
        if (line.type === 'item.completed') {
          this.open.delete(item.id as string);
          this.item(item);
        } else {
          this.open.set(item.id as string, item);
        }
        return;
      }
      default:
        return;
    }
  }

  /** End of input: items that never completed, in the order they started. */
  end(): void {
    for (const item of this.open.values()) this.item(item);
    this.open.clear();
  }

  private system(text: string, rawType: string): void {
    this.sink.emit({ type: { type: 'SystemMessage' }, content: textContent(text), attributes: attrs(rawType) });
  }

  private item(item: Obj): void {
    const id = item.id as string;
    switch (item.type) {
      case 'agent_message':
      case 'plan': {
        const t = trim(str(item.text));
        if (t !== '')
          this.sink.emit({
            type: { type: 'AgentMessage' },
            content: textContent(t),
            attributes: attrs(`item:${item.type as string}`),
            message: 'AgentMessage',
            text: t,
          });
        return;
      }
      case 'reasoning': {
        const t = trim(str(item.text));
        if (t !== '')
          this.sink.emit({
            type: { type: 'Thinking' },
            content: textContent(t),
            attributes: attrs('item:reasoning'),
            message: 'Thinking',
            text: t,
          });
        return;
      }
      case 'command_execution': {
        const command = str(item.command);
        const call = attrs('item:command_execution', id);
        call['semantic.tool_kind'] = 'shell';
        this.sink.emit(
          trim(command) !== ''
            ? {
                type: { type: 'ShellCommand', data: { command } },
                content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
                attributes: call,
              }
            : {
                type: { type: 'ToolCall', data: { name: 'exec_command' } },
                content: { blocks: [{ type: 'Json', data: item as JsonValue }] },
                attributes: call,
              },
        );
        const exitCode = toExitCode(item.exit_code);
        if (
          exitCode === undefined &&
          item.status !== 'failed' &&
          item.status !== 'declined' &&
          item.status !== 'completed'
        )
          return;
        const isError =
          (exitCode !== undefined && exitCode !== 0) || item.status === 'failed' || item.status === 'declined';
        const res = attrs('item:command_execution', id);
        res['semantic.tool_kind'] = 'shell';
        if (exitCode !== undefined) res.exit_code = exitCode;
        this.sink.emit({
          type: { type: 'ToolResult', data: { name: 'exec_command', is_error: isError, call_id: id } },
          content: textContent(str(item.aggregated_output)),
          attributes: res,
        });
        return;
      }
      case 'file_change': {
        const changes = Array.isArray(item.changes) ? item.changes : [];
        for (const c of changes) {
          if (!isObject(c) || str(c.path) === '') continue;
          const path = c.path as string;
          const type: EventType =
            c.kind === 'add'
              ? { type: 'FileCreate', data: { path } }
              : c.kind === 'delete'
                ? { type: 'FileDelete', data: { path } }
                : { type: 'FileEdit', data: { path } };
          const a = attrs('item:file_change', id);
          a['semantic.tool_kind'] = 'file_write';
          if (typeof item.status === 'string') a.status = item.status;
          this.sink.emit({ type, content: textContent(path), attributes: a });
        }
        return;
      }
      case 'mcp_tool_call': {
        const name = `${str(item.server) || 'mcp'}.${str(item.tool) || 'unknown'}`;
        const a = attrs('item:mcp_tool_call', id);
        a['semantic.tool_kind'] = inferToolKind(name);
        const args = item.arguments === undefined ? {} : (item.arguments as JsonValue);
        this.sink.emit({
          type: { type: 'ToolCall', data: { name } },
          content: { blocks: [{ type: 'Json', data: args }] },
          attributes: a,
        });
        const error = isObject(item.error) ? str(item.error.message) : '';
        const result = isObject(item.result) ? item.result : undefined;
        if (error === '' && result === undefined) return;
        const parts: string[] = [];
        if (result !== undefined && Array.isArray(result.content))
          for (const b of result.content) if (isObject(b) && typeof b.text === 'string') parts.push(b.text);
        const r = attrs('item:mcp_tool_call', id);
        r['semantic.tool_kind'] = a['semantic.tool_kind'];
        this.sink.emit({
          type: { type: 'ToolResult', data: { name, is_error: error !== '' || item.status === 'failed', call_id: id } },
          content: textContent(error !== '' ? error : parts.join('\n')),
          attributes: r,
        });
        return;
      }
      case 'web_search':
        this.sink.emit({
          type: { type: 'WebSearch', data: { query: str(item.query) } },
          content: { blocks: [{ type: 'Json', data: item as JsonValue }] },
          attributes: attrs('item:web_search', id),
        });
        return;
      case 'todo_list': {
        const a = attrs('item:todo_list', id);
        a['semantic.tool_kind'] = inferToolKind('update_plan');
        this.sink.emit({
          type: { type: 'ToolCall', data: { name: 'update_plan' } },
          content: {
            blocks: [{ type: 'Json', data: { items: (Array.isArray(item.items) ? item.items : []) as JsonValue } }],
          },
          attributes: a,
        });
        return;
      }
      case 'error':
        this.system(`Error: ${str(item.message) || 'unknown error'}`, 'item:error');
        return;
      default:
        return;
    }
  }
}
