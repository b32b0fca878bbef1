// Amp parser (parsers.md 4.7): thread JSON `{id, created, messages[]}`, messages streamed one at a time.
import type { ContentBlock, EventType, JsonObject, JsonValue, Timestamp } from '../../hail/types';
import { stringifyOrdered } from '../../hail/json';
import { trim } from '../../text';
import { FileWarnings, SessionBuilder, type DraftEvent } from '../common/builder';
import { emptyContent, firstSet, inferToolKind, isObject, textContent } from '../common/rules';
import { parseEpochMs } from '../common/time';
import {
  addTokenAttributes,
  CallTracker,
  diffFromToolInput,
  exitCodeFromText,
  shellEventType,
  tokenCount,
} from '../common/tools';
import { ParserFailed, type EventSink, type ParserContext, type ParserModule, type ParseResult } from '../types';
import { JsonDocumentError, scanJsonDocument, streamJsonElements } from '../common/jsondoc';

type Obj = Record<string, unknown>;
const MS = 1_000_000n;

/** Provider inferred from a model name (4.7). */
export function ampProvider(model: string): string {
  const m = model.toLowerCase();
  if (m.includes('claude')) return 'anthropic';
  if (m.includes('gpt') || m.includes('o1') || m.includes('o3')) return 'openai';
  if (m.includes('gemini')) return 'google';
  return 'unknown';
}

/** 4.7 tool_use typing. */
function typeAmpTool(name: string, input: unknown): { eventType: EventType; content: { blocks: ContentBlock[] } } {
  const a: Obj = isObject(input) ? input : {};
  const json = { blocks: [{ type: 'Json', data: (input ?? {}) as JsonValue } as ContentBlock] };
  const filePath = (): string => firstSet(a.path, a.file_path) ?? 'unknown';
  switch (name) {
    case 'Bash':
    case 'bash':
    case 'Terminal': {
      const command =
        typeof a.cmd === 'string' && trim(a.cmd) !== ''
          ? a.cmd
          : typeof a.command === 'string'
            ? a.command
            : typeof a.cmd === 'string'
              ? a.cmd
              : undefined;
      const shell = shellEventType(command, name);
      return shell.shell
        ? { eventType: shell.eventType, content: { blocks: [{ type: 'Code', code: command!, language: 'bash' }] } }
        : { eventType: shell.eventType, content: json };
    }
    case 'Edit':
    case 'edit':
    case 'edit_file':
    case 'str_replace_editor': {
      const p = filePath();
      const diff = diffFromToolInput(p, input);
      const data: { path: string; diff?: string } = { path: p };
      if (diff !== undefined) data.diff = diff;
      return { eventType: { type: 'FileEdit', data }, content: json };
    }
    case 'Write':
    case 'write':
    case 'create_file':
      return { eventType: { type: 'FileCreate', data: { path: filePath() } }, content: json };
    case 'Read':
    case 'read':
      return { eventType: { type: 'FileRead', data: { path: filePath() } }, content: json };
    case 'Grep':
    case 'grep':
      return { eventType: { type: 'CodeSearch', data: { query: firstSet(a.pattern, a.query) ?? '' } }, content: json };
    case 'Glob':
    case 'glob':
      return {
        eventType: { type: 'FileSearch', data: { pattern: firstSet(a.filePattern, a.pattern) ?? '*' } },
        content: json,
      };
    case 'WebFetch':
    case 'web_fetch':
    case 'read_web_page':
      return { eventType: { type: 'WebFetch', data: { url: firstSet(a.url) ?? '' } }, content: json };
    case 'WebSearch':
    case 'web_search':
      return { eventType: { type: 'WebSearch', data: { query: firstSet(a.query) ?? '' } }, content: json };
    case 'todo_write':
    case 'TodoWrite':
      return { eventType: { type: 'ToolCall', data: { name: 'todo_write' } }, content: json };
    default:
      return { eventType: { type: 'ToolCall', data: { name } }, content: json };
  }
}

function resultText(result: unknown): string {
  if (typeof result === 'string') return result;
  if (isObject(result) && typeof result.content === 'string') return result.content;
  return result === undefined ? '' : stringifyOrdered(result as JsonValue);
}

class AmpMapper {
  private n = 0;
  private readonly tracker = new CallTracker();
  private lastToolName: string | undefined;
  model: string | undefined;
  title: string | undefined;

  constructor(
    private readonly builder: SessionBuilder,
    private readonly created: Timestamp | undefined,
  ) {}

  private nextId(): string {
    this.n++;
    return `amp-${this.n}`;
  }

  map(msg: Obj): void {
    const role = msg.role;
    const meta = isObject(msg.meta) ? msg.meta : {};
    let ts = parseEpochMs(meta.sentAt);
    if (
      ts === undefined &&
      this.created !== undefined &&
      typeof msg.messageId === 'number' &&
      Number.isFinite(msg.messageId)
    ) {
      ts = this.created + BigInt(Math.trunc(msg.messageId)) * 1000n * MS;
    }
    const usage = isObject(msg.usage) ? msg.usage : undefined;
    if (usage !== undefined) this.model ??= firstSet(usage.model);
    const events: DraftEvent[] = [];
    const make = (
      id: string,
      eventType: EventType,
      content: { blocks: ContentBlock[] },
      attributes: JsonObject = {},
    ): void => {
      const ev: DraftEvent = { event_id: id, event_type: eventType, content, attributes };
      if (ts !== undefined) ev.timestamp = ts;
      events.push(ev);
    };
    for (const block of msg.content as unknown[]) {
      if (!isObject(block)) continue;
      switch (block.type) {
        case 'text': {
          if (typeof block.text !== 'string' || trim(block.text) === '') break;
          if (role === 'user') {
            make(this.nextId(), { type: 'UserMessage' }, textContent(block.text));
            this.title ??= block.text;
          } else if (role === 'assistant') {
            make(this.nextId(), { type: 'AgentMessage' }, textContent(block.text));
          }
          break;
        }
        case 'thinking':
          if (typeof block.thinking === 'string' && trim(block.thinking) !== '')
            make(this.nextId(), { type: 'Thinking' }, textContent(block.thinking));
          break;
        case 'tool_use': {
          const name = firstSet(block.name) ?? 'unknown';
          const counterId = this.nextId();
          const id = firstSet(block.id) ?? counterId;
          this.tracker.open({ callId: id, name });
          this.lastToolName = name;
          const typing = typeAmpTool(name, block.input);
          make(id, typing.eventType, typing.content, {
            'semantic.call_id': id,
            'semantic.tool_kind': inferToolKind(name),
          });
          break;
        }
        case 'tool_result': {
          const useId = firstSet(block.toolUseID);
          const known = useId !== undefined ? this.tracker.closeById(useId) : undefined;
          const paired = useId === undefined ? this.tracker.closeLatest() : known;
          const name = known?.name ?? this.lastToolName ?? 'unknown';
          const callId = useId ?? paired?.callId;
          const run = isObject(block.run) ? block.run : {};
          const text = resultText(run.result);
          const exitCode = exitCodeFromText(text);
          const data: { name: string; is_error: boolean; call_id?: string } = {
            name,
            is_error: run.status === 'error' || (exitCode !== undefined && exitCode !== 0),
          };
          const attrs: JsonObject = {};
          if (callId !== undefined) {
            data.call_id = callId;
            attrs['semantic.call_id'] = callId;
          }
          if (exitCode !== undefined) attrs.exit_code = exitCode;
          make(this.nextId(), { type: 'ToolResult', data }, textContent(text), attrs);
          break;
        }
        default:
          break;
      }
    }
    if (usage !== undefined) {
      const cacheRead = tokenCount(usage.cacheReadInputTokens);
      const cacheCreation = tokenCount(usage.cacheCreationInputTokens);
      const counts = {
        input: tokenCount(usage.inputTokens) + cacheRead + cacheCreation,
        output: tokenCount(usage.outputTokens),
        cacheRead,
        cacheCreation,
      };
      if (events.length > 0) addTokenAttributes(events[0].attributes, counts);
      else {
        const attrs: JsonObject = {};
        if (addTokenAttributes(attrs, counts))
          make(this.nextId(), { type: 'Custom', data: { kind: 'token_count' } }, emptyContent(), attrs);
      }
    }
    for (const ev of events) this.builder.emit(ev);
  }
}

export const ampParser: ParserModule = {
  id: 'amp',
  async parse(_path: string, sink: EventSink, ctx: ParserContext): Promise<ParseResult> {
    const failure = (): ParserFailed => new ParserFailed('amp', `Failed to parse Amp thread: ${ctx.displayPath}`);
    let scan;
    try {
      scan = await scanJsonDocument(ctx.path, { arrayKey: 'messages' });
    } catch (err) {
      if (err instanceof JsonDocumentError && err.kind === 'utf8') throw new ParserFailed('amp', err.message);
      throw failure();
    }
    const id = scan.members.get('id');
    if (scan.rootKind !== 'object' || typeof id !== 'string' || scan.memberKinds.get('messages') !== 'array')
      throw failure();
    const created = parseEpochMs(scan.members.get('created'));

    const warnings = new FileWarnings(ctx.displayPath, 'message');
    const builder = new SessionBuilder({ sink, tool: 'amp', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
    const mapper = new AmpMapper(builder, created);
    await streamJsonElements(ctx.path, { arrayKey: 'messages' }, (el) => {
      if (el.oversized) warnings.oversizedAt(el.index);
      else if (!isObject(el.value) || !Array.isArray(el.value.content)) warnings.malformedAt(el.index);
      else mapper.map(el.value);
      return builder.takePending();
    });
    builder.flush(created);
    await builder.drain();
    const model = mapper.model ?? 'unknown';
    const header = builder.header({
      sessionId: id,
      agent: { provider: mapper.model !== undefined ? ampProvider(model) : 'unknown', model, tool: 'amp' },
      title: mapper.title,
      createdAt: created,
      sessionStart: created,
    });
    return { header, eventCount: builder.eventCount, warnings: warnings.render() };
  },
};
