// Cline parser (parsers.md 4.6): `<task dir>/api_conversation_history.json` streamed one message at a
// time, plus `ui_messages.json` (timestamps, model fallback) and `taskHistory.json` (title).
import * as fs from 'fs';
import * as path from 'path';
import type { ContentBlock, EventType, JsonObject, JsonValue, Timestamp } from '../../hail/types';
import { stringifyOrdered } from '../../hail/json';
import { trim } from '../../text';
import { FileWarnings, SessionBuilder, type DraftEvent } from '../common/builder';
import { parseJsonValue } from '../common/json';
import {
  buildToolResultContent,
  canonicalToolName,
  extractTagContent,
  firstSet,
  inferToolKind,
  isInteractiveTool,
  isObject,
  stripSystemReminders,
  textContent,
} from '../common/rules';
import { parseEpochMs } from '../common/time';
import { exitCodeFromText, shellEventType } from '../common/tools';
import { ParserFailed, type EventSink, type ParserContext, type ParserModule, type ParseResult } from '../types';
import { JsonDocumentError, scanJsonDocument, streamJsonElements } from '../common/jsondoc';

type Obj = Record<string, unknown>;

const RESULT_PREFIX = /^\[(\w+)(?: for '([^']*)')?\]\s+Result:\n?/;
const PATH_TOOLS = new Set([
  'read_file',
  'write_to_file',
  'insert_content',
  'apply_diff',
  'replace_in_file',
  'search_and_replace',
]);
const EDIT_TOOLS = new Set(['insert_content', 'apply_diff', 'replace_in_file', 'search_and_replace']);
const MS = 1_000_000n;

interface CallRecord {
  callId: string;
  name: string;
  path?: string;
  open: boolean;
}

interface UiSummary {
  first?: Timestamp;
  last?: Timestamp;
  provider?: string;
  model?: string;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.promises.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Streams `ui_messages.json`: first/last `ts` and the first `modelInfo`. Unreadable → empty summary. */
async function readUiMessages(file: string): Promise<UiSummary> {
  const summary: UiSummary = {};
  if (!(await exists(file))) return summary;
  try {
    const scan = await scanJsonDocument(file);
    if (scan.rootKind !== 'array') return summary;
    await streamJsonElements(file, {}, (el) => {
      if (!isObject(el.value)) return;
      const ts = parseEpochMs(el.value.ts);
      if (ts !== undefined) {
        if (summary.first === undefined) summary.first = ts;
        summary.last = ts;
      }
      const mi = el.value.modelInfo;
      if (isObject(mi)) {
        summary.provider ??= firstSet(mi.providerId);
        summary.model ??= firstSet(mi.modelId);
      }
    });
  } catch {
    return {};
  }
  return summary;
}

/** Title from `taskHistory.json` (`<tasks>/../../state/`, then `<tasks>/../state/`). */
async function readTaskTitle(taskDir: string): Promise<string | undefined> {
  const tasks = path.dirname(taskDir);
  const id = path.basename(taskDir);
  for (const file of [
    path.join(tasks, '..', '..', 'state', 'taskHistory.json'),
    path.join(tasks, '..', 'state', 'taskHistory.json'),
  ]) {
    if (!(await exists(file))) continue;
    let title: string | undefined;
    try {
      const scan = await scanJsonDocument(file);
      if (scan.rootKind !== 'array') continue;
      await streamJsonElements(file, {}, (el) => {
        if (title === undefined && isObject(el.value) && el.value.id === id && typeof el.value.task === 'string')
          title = el.value.task;
      });
    } catch {
      continue;
    }
    if (title !== undefined) return title;
  }
  return undefined;
}

function toolResultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    const texts = content
      .filter((c) => isObject(c) && c.type === 'text' && typeof c.text === 'string')
      .map((c) => (c as Obj).text as string);
    if (texts.length > 0) return texts.join('\n');
  }
  return content === undefined ? '' : stringifyOrdered(content as JsonValue);
}

function optionsOf(v: unknown): JsonValue | undefined {
  if (Array.isArray(v)) return v as JsonValue;
  if (typeof v === 'string') {
    const parsed = parseJsonValue(v);
    if (Array.isArray(parsed)) return parsed;
  }
  return undefined;
}

class ClineMapper {
  private n = 0;
  private readonly calls: CallRecord[] = [];
  private readonly byId = new Map<string, CallRecord>();
  private lastToolName: string | undefined;
  provider: string | undefined;
  model: string | undefined;

  constructor(private readonly builder: SessionBuilder) {}

  private nextId(): string {
    this.n++;
    return `cline-${this.n}`;
  }

  private emit(
    ts: Timestamp,
    eventType: EventType,
    content: { blocks: ContentBlock[] },
    attributes: JsonObject = {},
    id?: string,
  ): void {
    const ev: DraftEvent = { event_id: id ?? this.nextId(), timestamp: ts, event_type: eventType, content, attributes };
    this.builder.emit(ev);
  }

  private result(
    ts: Timestamp,
    name: string,
    call: CallRecord | undefined,
    callIdOverride: string | undefined,
    raw: string,
    filePath: string | undefined,
  ): void {
    const callId = callIdOverride ?? call?.callId;
    const exitCode = exitCodeFromText(raw);
    const data: { name: string; is_error: boolean; call_id?: string } = {
      name,
      is_error: exitCode !== undefined && exitCode !== 0,
    };
    const attrs: JsonObject = {};
    if (callId !== undefined) {
      data.call_id = callId;
      attrs['semantic.call_id'] = callId;
    }
    if (exitCode !== undefined) attrs.exit_code = exitCode;
    this.emit(ts, { type: 'ToolResult', data }, buildToolResultContent(raw, { name, filePath }), attrs);
  }

  /** 2.12 for a result without a usable id: most recent open call, else the most recent call. */
  private latestCall(): CallRecord | undefined {
    for (let i = this.calls.length - 1; i >= 0; i--) if (this.calls[i].open) return this.calls[i];
    return this.calls[this.calls.length - 1];
  }

  map(msg: Obj, ts: Timestamp): void {
    const role = msg.role;
    const content = msg.content as unknown[];
    if (isObject(msg.modelInfo)) {
      this.provider ??= firstSet(msg.modelInfo.providerId);
      this.model ??= firstSet(msg.modelInfo.modelId);
    }
    for (const block of content) {
      if (!isObject(block)) continue;
      if (role === 'user') this.mapUserBlock(block, ts);
      else if (role === 'assistant') this.mapAssistantBlock(block, ts);
    }
  }

  private mapUserBlock(block: Obj, ts: Timestamp): void {
    if (block.type === 'tool_result') {
      const id = firstSet(block.tool_use_id);
      const known = id !== undefined ? this.byId.get(id) : undefined;
      const call = id !== undefined ? known : this.latestCall();
      if (call !== undefined) call.open = false;
      const name = known?.name ?? this.lastToolName ?? 'unknown';
      this.result(
        ts,
        name,
        call,
        id,
        toolResultText(block.content),
        known?.path ?? (id === undefined ? call?.path : undefined),
      );
      return;
    }
    if (block.type !== 'text' || typeof block.text !== 'string') return;
    const text = block.text;
    if (trim(text) === '' || text.startsWith('<environment_details>') || text.includes('# task_progress')) return;
    if (text.startsWith('<task>')) {
      const task = extractTagContent(text, 'task');
      if (task !== undefined) this.emit(ts, { type: 'UserMessage' }, textContent(task));
      return;
    }
    const m = RESULT_PREFIX.exec(text);
    if (m) {
      const tool = m[1];
      if (tool === 'plan_mode_respond' || text.includes('<user_message>')) {
        const um = extractTagContent(text, 'user_message');
        if (um !== undefined) this.emit(ts, { type: 'UserMessage' }, textContent(um));
        return;
      }
      const name = canonicalToolName(tool);
      let call: CallRecord | undefined;
      for (let i = this.calls.length - 1; i >= 0; i--) {
        if (this.calls[i].open && this.calls[i].name === name) {
          call = this.calls[i];
          break;
        }
      }
      if (call !== undefined) call.open = false;
      this.result(ts, name, call, undefined, text.slice(m[0].length), m[2]);
      return;
    }
    if (text.includes('<user_message>')) {
      const um = extractTagContent(text, 'user_message');
      if (um !== undefined) this.emit(ts, { type: 'UserMessage' }, textContent(um));
      return;
    }
    const cleaned = stripSystemReminders(text);
    if (cleaned !== '') this.emit(ts, { type: 'UserMessage' }, textContent(cleaned));
  }

  private mapAssistantBlock(block: Obj, ts: Timestamp): void {
    if (block.type === 'text') {
      if (typeof block.text === 'string' && trim(block.text) !== '')
        this.emit(ts, { type: 'AgentMessage' }, textContent(block.text));
      return;
    }
    if (block.type === 'thinking') {
      if (typeof block.thinking === 'string' && trim(block.thinking) !== '')
        this.emit(ts, { type: 'Thinking' }, textContent(block.thinking));
      return;
    }
    if (block.type !== 'tool_use') return;
    const rawName = typeof block.name === 'string' ? trim(block.name) : '';
    const input: Obj = isObject(block.input) ? block.input : {};
    const inputJson = (block.input ?? {}) as JsonValue;
    if (rawName === 'attempt_completion' || rawName === 'plan_mode_respond') {
      const text = rawName === 'attempt_completion' ? input.result : input.response;
      if (typeof text === 'string' && trim(text) !== '') this.emit(ts, { type: 'AgentMessage' }, textContent(text));
      return;
    }
    const name = canonicalToolName(rawName) || 'unknown';
    const eventId = this.nextId();
    const callId = firstSet(block.id) ?? eventId;
    const filePath = PATH_TOOLS.has(rawName) ? (firstSet(input.path) ?? 'unknown') : undefined;
    const record: CallRecord = { callId, name, path: filePath, open: true };
    this.calls.push(record);
    this.byId.set(callId, record);
    this.lastToolName = name;
    const attrs: JsonObject = { 'semantic.call_id': callId, 'semantic.tool_kind': inferToolKind(rawName) };
    const json = { blocks: [{ type: 'Json', data: inputJson } as ContentBlock] };
    let eventType: EventType;
    let content = json;
    if (rawName === 'execute_command' || rawName === 'spawn_process') {
      const command = typeof input.command === 'string' ? input.command : undefined;
      const shell = shellEventType(command, name);
      eventType = shell.eventType;
      if (shell.shell) content = { blocks: [{ type: 'Code', code: command!, language: 'bash' }] };
    } else if (rawName === 'write_to_file') {
      eventType = { type: 'FileCreate', data: { path: filePath! } };
    } else if (EDIT_TOOLS.has(rawName)) {
      eventType = { type: 'FileEdit', data: { path: filePath! } };
    } else if (rawName === 'read_file') {
      eventType = { type: 'FileRead', data: { path: filePath! } };
    } else if (rawName === 'search_files' || rawName === 'find_references') {
      eventType = { type: 'CodeSearch', data: { query: firstSet(input.regex, input.content_pattern) ?? '' } };
    } else if (rawName === 'list_files') {
      eventType = { type: 'FileSearch', data: { pattern: firstSet(input.path) ?? '.' } };
    } else if (isInteractiveTool(rawName)) {
      eventType = { type: 'ToolCall', data: { name: 'request_user_input' } };
      const question: JsonObject = {
        id: 'question',
        question: typeof input.question === 'string' ? input.question : '',
      };
      const options = optionsOf(input.options);
      if (options !== undefined) question.options = options;
      content = { blocks: [{ type: 'Json', data: { questions: [question] } }] };
    } else {
      eventType = { type: 'ToolCall', data: { name } };
    }
    this.emit(ts, eventType, content, attrs, eventId);
  }
}

export const clineParser: ParserModule = {
  id: 'cline',
  async parse(_path: string, sink: EventSink, ctx: ParserContext): Promise<ParseResult> {
    let scan;
    try {
      scan = await scanJsonDocument(ctx.path);
    } catch (err) {
      if (err instanceof JsonDocumentError && err.kind === 'utf8') throw new ParserFailed('cline', err.message);
      throw new ParserFailed('cline', 'Failed to parse api_conversation_history.json');
    }
    if (scan.rootKind !== 'array') throw new ParserFailed('cline', 'Failed to parse api_conversation_history.json');

    const taskDir = path.dirname(ctx.path);
    const taskId = path.basename(taskDir);
    const ui = await readUiMessages(path.join(taskDir, 'ui_messages.json'));
    const title = await readTaskTitle(taskDir);
    const base = ui.first ?? (/^\d+$/.test(taskId) ? BigInt(taskId) * MS : ctx.mtime);

    const warnings = new FileWarnings(ctx.displayPath, 'message');
    const builder = new SessionBuilder({ sink, tool: 'cline', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
    const mapper = new ClineMapper(builder);
    await streamJsonElements(ctx.path, {}, (el) => {
      if (el.oversized) warnings.oversizedAt(el.index);
      else if (!isObject(el.value) || !Array.isArray(el.value.content)) warnings.malformedAt(el.index);
      else mapper.map(el.value, base + BigInt(el.index - 1) * 100n * MS);
      return builder.takePending();
    });
    builder.flush();
    await builder.drain();

    const header = builder.header({
      sessionId: taskId,
      agent: {
        provider: mapper.provider ?? ui.provider ?? 'unknown',
        model: mapper.model ?? ui.model ?? 'unknown',
        tool: 'cline',
      },
      title,
      createdAt: ui.first,
      updatedAt: ui.last,
    });
    return { header, eventCount: builder.eventCount, warnings: warnings.render() };
  },
};
