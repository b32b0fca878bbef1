// Gemini CLI parser (parsers.md 4.3): JSON layout (streamed `messages`) and JSONL layout (replayed).
import * as path from 'path';
import type { ContentBlock, EventType, JsonObject, JsonValue, Timestamp } from '../../hail/types';
import { trim } from '../../text';
import { FileWarnings, SessionBuilder, type DraftEvent } from '../common/builder';
import {
  applyTitleRule,
  emptyContent,
  fileStem,
  firstSet,
  inferToolKind,
  isObject,
  normalizeRoleLabel,
  textContent,
} from '../common/rules';
import { parseNativeTimestamp } from '../common/time';
import { addTokenAttributes, diffFromToolInput, exitCodeFromText, setAttr, tokenCount } from '../common/tools';
import { ParserFailed, type EventSink, type ParserContext, type ParserModule, type ParseResult } from '../types';
import { JsonDocumentError, scanJsonDocument, streamJsonElements } from '../common/jsondoc';
import { buildReplayIndex, firstLineIsJsonObject, readIndexedMessages } from './jsonl-index';

type Obj = Record<string, unknown>;

/** 4.3 "Content text": string, part array or single part; text parts trimmed, empties dropped, joined by `\n`. */
function geminiContentText(content: unknown): string {
  if (typeof content === 'string') return content;
  const parts = Array.isArray(content) ? content : isObject(content) ? [content] : [];
  const out: string[] = [];
  for (const part of parts) {
    let text: string | undefined;
    if (typeof part === 'string') text = part;
    else if (
      isObject(part) &&
      typeof part.text === 'string' &&
      (part.type === undefined || part.type === 'text') &&
      part.thought !== true
    ) {
      text = part.text;
    }
    if (text === undefined) continue;
    const t = trim(text);
    if (t !== '') out.push(t);
  }
  return out.join('\n');
}

function schemaVersion(m: Obj): string {
  if (m.toolCalls !== undefined && m.toolCalls !== null) return 'gemini-json-v3-toolcalls';
  if (Array.isArray(m.content) || isObject(m.content)) return 'gemini-json-v2-parts';
  return 'gemini-json-v1';
}

interface ToolTyping {
  eventType: EventType;
  content: { blocks: ContentBlock[] };
}

function argsContent(args: unknown): { blocks: ContentBlock[] } {
  return args === undefined ? emptyContent() : { blocks: [{ type: 'Json', data: args as JsonValue }] };
}

/** 4.3 tool call typing table. */
function typeGeminiToolCall(name: string, args: unknown): ToolTyping {
  const a: Obj = isObject(args) ? args : {};
  const json = argsContent(args);
  switch (name) {
    case 'run_shell_command': {
      const command = typeof a.command === 'string' ? a.command : '';
      if (trim(command) !== '') {
        return {
          eventType: { type: 'ShellCommand', data: { command } },
          content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
        };
      }
      return { eventType: { type: 'ToolCall', data: { name } }, content: json };
    }
    case 'read_file':
      return {
        eventType: { type: 'FileRead', data: { path: firstSet(a.absolute_path, a.file_path, a.path) ?? 'unknown' } },
        content: json,
      };
    case 'write_file':
      return {
        eventType: { type: 'FileCreate', data: { path: firstSet(a.file_path, a.path) ?? 'unknown' } },
        content: json,
      };
    case 'replace':
    case 'edit': {
      const p = firstSet(a.file_path, a.path) ?? 'unknown';
      const diff = diffFromToolInput(p, a);
      const data: { path: string; diff?: string } = { path: p };
      if (diff !== undefined) data.diff = diff;
      return { eventType: { type: 'FileEdit', data }, content: json };
    }
    case 'glob':
      return { eventType: { type: 'FileSearch', data: { pattern: firstSet(a.pattern) ?? '*' } }, content: json };
    case 'search_file_content':
    case 'grep':
    case 'grep_search':
      return { eventType: { type: 'CodeSearch', data: { query: firstSet(a.pattern) ?? '' } }, content: json };
    case 'google_web_search':
    case 'web_search':
      return { eventType: { type: 'WebSearch', data: { query: firstSet(a.query) ?? '' } }, content: json };
    case 'web_fetch': {
      const url = firstSet(a.url);
      if (url !== undefined) return { eventType: { type: 'WebFetch', data: { url } }, content: json };
      break;
    }
    default:
      break;
  }
  return { eventType: { type: 'ToolCall', data: { name } }, content: json };
}

/** 4.3 tool result content and exit code. */
function geminiToolResult(result: unknown): { content: { blocks: ContentBlock[] }; exitCode?: number } {
  if (result === undefined || result === null) return { content: emptyContent() };
  if (typeof result === 'string') {
    const t = trim(result);
    return { content: t === '' ? emptyContent() : textContent(t), exitCode: exitCodeFromText(result) };
  }
  const parts = Array.isArray(result) ? result : isObject(result) ? [result] : undefined;
  if (parts === undefined) return { content: { blocks: [{ type: 'Json', data: result as JsonValue }] } };
  const payloads: JsonValue[] = [];
  const texts: string[] = [];
  let exitCode: number | undefined;
  for (const part of parts) {
    if (!isObject(part)) continue;
    const fr = isObject(part.functionResponse)
      ? part.functionResponse
      : isObject(part.function_response)
        ? part.function_response
        : undefined;
    if (fr !== undefined) {
      const payload = (fr.response !== undefined ? fr.response : fr.result !== undefined ? fr.result : fr) as JsonValue;
      payloads.push(payload);
      if (exitCode === undefined && isObject(payload) && typeof payload.output === 'string')
        exitCode = exitCodeFromText(payload.output);
    } else if (typeof part.text === 'string') {
      texts.push(part.text);
    }
  }
  if (payloads.length === 1) return { content: { blocks: [{ type: 'Json', data: payloads[0] }] }, exitCode };
  if (payloads.length > 1) return { content: { blocks: [{ type: 'Json', data: payloads }] }, exitCode };
  if (texts.length > 0) {
    const text = texts.join('\n');
    return { content: textContent(text), exitCode: exitCodeFromText(text) };
  }
  return { content: { blocks: [{ type: 'Json', data: result as JsonValue }] } };
}

/** Maps Gemini messages (final order) to events; keeps only counters and first-wins slots. */
class GeminiMapper {
  private n = 0;
  model: string | undefined;
  title: string | undefined;

  constructor(private readonly builder: SessionBuilder) {}

  private nextId(): string {
    this.n++;
    return `gemini-${this.n}`;
  }

  map(m: Obj): void {
    const type = m.type as string;
    const id = typeof m.id === 'string' && trim(m.id) !== '' ? m.id : undefined;
    const ts: Timestamp | undefined = parseNativeTimestamp(m.timestamp);
    const base: JsonObject = {};
    setAttr(base, 'source.schema_version', schemaVersion(m));
    setAttr(base, 'source.raw_type', type);
    const role = type === 'user' || type === 'gemini' ? normalizeRoleLabel(type) : undefined;
    if (role !== undefined) base['semantic.role'] = role;
    setAttr(base, 'semantic.group_id', id);
    const events: DraftEvent[] = [];
    const make = (
      eventId: string,
      eventType: EventType,
      content: { blocks: ContentBlock[] },
      extra?: JsonObject,
    ): DraftEvent => {
      const ev: DraftEvent = {
        event_id: eventId,
        event_type: eventType,
        content,
        attributes: { ...base, ...(extra ?? {}) },
      };
      if (ts !== undefined) ev.timestamp = ts;
      events.push(ev);
      return ev;
    };
    const text = geminiContentText(m.content);
    const hasText = trim(text) !== '';

    if (type === 'user') {
      if (hasText) {
        const eventId = this.nextId();
        make(id ?? eventId, { type: 'UserMessage' }, textContent(text));
        if (this.title === undefined) this.title = text;
      }
    } else if (type === 'gemini') {
      if (this.model === undefined) this.model = firstSet(m.model);
      if (Array.isArray(m.thoughts)) {
        for (const th of m.thoughts) {
          if (!isObject(th)) continue;
          const subject = firstSet(th.subject);
          const description = firstSet(th.description);
          const body =
            subject !== undefined && description !== undefined
              ? `**${subject}**\n${description}`
              : (subject ?? description);
          if (body === undefined) continue;
          make(this.nextId(), { type: 'Thinking' }, textContent(body));
        }
      }
      if (Array.isArray(m.toolCalls)) {
        m.toolCalls.forEach((tc, i) => {
          if (!isObject(tc)) return;
          const name = firstSet(tc.name) ?? 'unknown';
          const callEventId = this.nextId();
          const callId = firstSet(tc.id) ?? `${id ?? events[0]?.event_id ?? callEventId}-call-${i + 1}`;
          const kind = inferToolKind(name);
          const typing = typeGeminiToolCall(name, tc.args);
          const callAttrs: JsonObject = { 'semantic.call_id': callId, 'semantic.tool_kind': kind };
          make(callEventId, typing.eventType, typing.content, callAttrs);
          const { content, exitCode } = geminiToolResult(tc.result);
          const status = tc.status;
          const isError =
            (status !== undefined && status !== null && status !== 'success') ||
            (exitCode !== undefined && exitCode !== 0);
          const resultAttrs: JsonObject = { ...callAttrs };
          if (exitCode !== undefined) resultAttrs.exit_code = exitCode;
          make(
            this.nextId(),
            { type: 'ToolResult', data: { name, is_error: isError, call_id: callId } },
            content,
            resultAttrs,
          );
        });
      }
      if (hasText) make(this.nextId(), { type: 'AgentMessage' }, textContent(text));
    } else if (type === 'error') {
      if (hasText) make(this.nextId(), { type: 'AgentMessage' }, textContent(text), { error: true });
    } else {
      return;
    }

    const tokens = isObject(m.tokens) ? m.tokens : undefined;
    if (tokens !== undefined) {
      const counts = {
        input: tokenCount(tokens.input),
        output: tokenCount(tokens.output) + tokenCount(tokens.thoughts),
        cacheRead: tokenCount(tokens.cached),
      };
      if (events.length > 0) {
        addTokenAttributes(events[0].attributes, counts);
      } else if (type === 'gemini') {
        const carrier: JsonObject = {};
        if (addTokenAttributes(carrier, counts))
          make(this.nextId(), { type: 'Custom', data: { kind: 'token_count' } }, emptyContent(), carrier);
      }
    }
    for (const ev of events) this.builder.emit(ev);
  }
}

function failure(ctx: ParserContext): ParserFailed {
  return new ParserFailed('gemini', `Failed to parse Gemini session: ${ctx.displayPath}`);
}

interface SessionMeta {
  sessionId?: unknown;
  startTime?: unknown;
  lastUpdated?: unknown;
  kind?: unknown;
  directories?: unknown;
}

async function finish(
  ctx: ParserContext,
  builder: SessionBuilder,
  mapper: GeminiMapper,
  meta: SessionMeta,
  warnings: FileWarnings,
): Promise<ParseResult> {
  const start = parseNativeTimestamp(meta.startTime);
  builder.flush(start);
  await builder.drain();
  const attributes: JsonObject = {};
  if (Array.isArray(meta.directories)) {
    const cwd = firstSet(...meta.directories);
    if (cwd !== undefined) attributes.cwd = cwd;
  }
  const auxiliary = meta.kind === 'subagent';
  let parentSessionId: string | undefined;
  if (auxiliary) {
    const parentDir = path.basename(path.dirname(ctx.path));
    if (parentDir !== 'chats' && parentDir !== '') parentSessionId = parentDir;
  }
  const sessionId =
    typeof meta.sessionId === 'string' && trim(meta.sessionId) !== '' ? meta.sessionId : fileStem(ctx.path);
  const header = builder.header({
    sessionId,
    agent: { provider: 'google', model: mapper.model ?? 'unknown', tool: 'gemini' },
    title: mapper.title !== undefined ? applyTitleRule(mapper.title) : undefined,
    attributes,
    role: auxiliary ? 'auxiliary' : 'primary',
    parentSessionId,
    createdAt: start,
    updatedAt: parseNativeTimestamp(meta.lastUpdated),
    sessionStart: start,
  });
  return { header, eventCount: builder.eventCount, warnings: warnings.render() };
}

async function parseJsonLayout(ctx: ParserContext, sink: EventSink): Promise<ParseResult> {
  let scan;
  try {
    scan = await scanJsonDocument(ctx.path, { arrayKey: 'messages' });
  } catch (err) {
    if (err instanceof JsonDocumentError && err.kind === 'utf8') throw new ParserFailed('gemini', err.message);
    throw failure(ctx);
  }
  if (
    scan.rootKind !== 'object' ||
    typeof scan.members.get('sessionId') !== 'string' ||
    scan.memberKinds.get('messages') !== 'array'
  ) {
    throw failure(ctx);
  }
  const meta = Object.fromEntries(scan.members) as SessionMeta;
  const warnings = new FileWarnings(ctx.displayPath, 'message');
  const builder = new SessionBuilder({ sink, tool: 'gemini', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
  const mapper = new GeminiMapper(builder);
  await streamJsonElements(ctx.path, { arrayKey: 'messages' }, (el) => {
    if (el.oversized) warnings.oversizedAt(el.index);
    else if (!isObject(el.value) || typeof el.value.type !== 'string') warnings.malformedAt(el.index);
    else mapper.map(el.value);
    return builder.takePending();
  });
  return finish(ctx, builder, mapper, meta, warnings);
}

async function parseJsonlLayout(ctx: ParserContext, sink: EventSink): Promise<ParseResult> {
  const warnings = new FileWarnings(ctx.displayPath, 'line');
  const index = await buildReplayIndex(ctx.path, warnings);
  const builder = new SessionBuilder({ sink, tool: 'gemini', mtime: ctx.mtime, sourcePath: ctx.sourcePath });
  const mapper = new GeminiMapper(builder);
  for await (const { value } of readIndexedMessages(ctx.path, index)) {
    if (isObject(value) && typeof value.type === 'string') mapper.map(value);
    const p = builder.takePending();
    if (p !== undefined) await p;
  }
  return finish(ctx, builder, mapper, index.meta as SessionMeta, warnings);
}

/** Gemini CLI session file (JSON or JSONL layout, 4.3). */
export const geminiParser: ParserModule = {
  id: 'gemini',
  async parse(_path: string, sink: EventSink, ctx: ParserContext): Promise<ParseResult> {
    if (ctx.path.toLowerCase().endsWith('.jsonl')) return parseJsonlLayout(ctx, sink);
    try {
      return await parseJsonLayout(ctx, sink);
    } catch (err) {
      if (err instanceof ParserFailed && (await firstLineIsJsonObject(ctx.path))) return parseJsonlLayout(ctx, sink);
      throw err;
    }
  },
};
