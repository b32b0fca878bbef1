// Claude Code JSONL line parser (parsers.md 4.2): one file, no merge. The entry point (index.ts) adds
// the subagent merge for a main file and the auxiliary marking for a standalone subagent file.
import { stringifyOrdered } from '../../hail/json';
import type { ContentBlock, EventType, JsonObject, JsonValue, Timestamp } from '../../hail/types';
import { setString, trim } from '../../text';
import { FileWarnings, SessionBuilder, type DraftEvent, type EventStage } from '../common/builder';
import { JsonRecord } from '../common/json';
import { isBlankLine, parseJsonObjectLine } from '../common/lines';
import {
  buildToolResultContent,
  detectLanguage,
  emptyContent,
  extractTagContent,
  firstSet,
  inferToolKind,
  isObject,
  stripSystemReminders,
  textContent,
} from '../common/rules';
import { parseNativeTimestamp, toEpochMs } from '../common/time';
import { CallTracker, diffFromToolInput, exitCodeFromText, setAttr, type CallInfo } from '../common/tools';
import type { LineEvent } from '../common/lines';
import type { EventSink } from '../types';

const SCHEMA = 'claude-code-jsonl-v1';

type Obj = Record<string, unknown>;

const PREAMBLES = ['This session is', 'Here is the conversation so far', "Here's the conversation so far"];

function isContinuationPreamble(text: string): boolean {
  return PREAMBLES.some((p) => text.startsWith(p));
}

/** Title candidate of a user text (4.2 Title), or undefined when the entry is skipped. */
export function claudeTitleFrom(text: string): string | undefined {
  const t = stripSystemReminders(text);
  if (t === '' || isContinuationPreamble(t) || bashModeOutput(t) !== undefined) return undefined;
  const bash = bashModeInput(t);
  if (bash !== undefined) return bash;
  const command = extractTagContent(t, 'command-name');
  if (command !== undefined) {
    const args = extractTagContent(t, 'command-args');
    return args !== undefined ? `${command} ${args}` : command;
  }
  return t;
}

/** `<bash-input>X</bash-input>` (the whole text): X, else undefined. */
export function bashModeInput(text: string): string | undefined {
  if (!text.startsWith('<bash-input>') || !text.endsWith('</bash-input>')) return undefined;
  const x = text.slice('<bash-input>'.length, -'</bash-input>'.length);
  return trim(x) === '' || x.includes('<bash-input>') ? undefined : x;
}

/** Text made of `<bash-stdout>`/`<bash-stderr>` parts: their contents (stdout, then stderr), else undefined. */
export function bashModeOutput(text: string): string | undefined {
  if (!text.startsWith('<bash-stdout>') && !text.startsWith('<bash-stderr>')) return undefined;
  const parts: string[] = [];
  const re = /<bash-(stdout|stderr)>([\s\S]*?)<\/bash-\1>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (trim(m[2]) !== '') parts.push(m[2]);
  return parts.join('\n');
}

type ToolInfo = CallInfo;

interface UsageMax {
  input: number;
  cacheCreation: number;
  cacheRead: number;
  output: number;
}

function count(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

const FILE_PATH_TOOLS = new Set(['Read', 'Write', 'Edit', 'MultiEdit', 'NotebookEdit', 'create_file']);

/** First-line fields used for subagent merge and standalone subagent files. */
export interface FirstLineInfo {
  sessionId?: string;
  parentSessionId?: string;
  agentId?: string;
  slug?: string;
  isSidechain: boolean;
}

export function firstLineInfo(v: Obj): FirstLineInfo {
  return {
    sessionId: setString(v.sessionId),
    parentSessionId: firstSet(v.parentSessionId, v.parentID, v.parentId),
    agentId: firstSet(v.agentId),
    slug: firstSet(v.slug),
    isSidechain: v.isSidechain === true,
  };
}

export interface ClaudeParserOptions {
  sink: EventSink;
  mtime: Timestamp;
  sourcePath: string | null;
  displayPath: string;
  /** The file path is an auxiliary (subagent) path (3.4). */
  auxiliaryPath: boolean;
  /** Optional stage between timestamp resolution and the sink (subagent merge). */
  stage?: (next: EventStage) => EventStage;
}

export class ClaudeLineParser {
  readonly builder: SessionBuilder;
  readonly warnings: FileWarnings;
  private readonly seenUuids = new Set<string>();
  private readonly calls = new CallTracker();
  private readonly usage = new Map<string, UsageMax>();
  sessionId: string | undefined;
  version: string | undefined;
  cwd: string | undefined;
  gitBranch: string | undefined;
  model: string | undefined;
  readonly allCwds: string[] = [];
  title: string | undefined;
  private titleDone = false;
  /** uuid of the first user entry with text (a subagent file's prompt). */
  private firstUserUuid: string | undefined;
  first: FirstLineInfo | undefined;

  constructor(private readonly opts: ClaudeParserOptions) {
    this.builder = new SessionBuilder({
      sink: opts.sink,
      tool: 'claude-code',
      mtime: opts.mtime,
      sourcePath: opts.sourcePath,
    });
    if (opts.stage) this.builder.use(opts.stage);
    this.warnings = new FileWarnings(opts.displayPath, 'line');
  }

  /** A subagent log: auxiliary path, or first line with `isSidechain: true` (4.2). */
  get isAuxiliary(): boolean {
    return this.opts.auxiliaryPath || this.first?.isSidechain === true;
  }

  feedLine(line: LineEvent): void {
    if (line.kind === 'oversized') return this.warnings.oversizedAt(line.lineNo);
    if (line.kind === 'invalid-utf8') return this.warnings.malformedAt(line.lineNo);
    if (isBlankLine(line.text)) return;
    const value = parseJsonObjectLine(line.text);
    if (value === undefined) return this.warnings.malformedAt(line.lineNo);
    if (this.first === undefined) this.first = firstLineInfo(value);
    this.handle(new JsonRecord(line.text, value), line.lineNo);
  }

  private readMeta(v: Obj): void {
    if (this.sessionId === undefined) this.sessionId = setString(v.sessionId);
    if (this.version === undefined) this.version = setString(v.version);
    if (this.cwd === undefined) this.cwd = setString(v.cwd);
    if (this.gitBranch === undefined) this.gitBranch = setString(v.gitBranch);
  }

  private handle(rec: JsonRecord, lineNo: number): void {
    const v = rec.value;
    switch (v.type) {
      case 'user':
      case 'assistant':
        return this.handleMessage(rec, lineNo);
      case 'system':
      case 'progress':
      case 'queue-operation':
      case 'summary':
        this.readMeta(v);
        return this.handleOther(v);
      default:
        return;
    }
  }

  // ---------------------------------------------------------------- user / assistant

  private handleMessage(rec: JsonRecord, lineNo: number): void {
    const v = rec.value;
    const msg = v.message;
    if (
      typeof v.uuid !== 'string' ||
      typeof v.timestamp !== 'string' ||
      !isObject(msg) ||
      typeof msg.role !== 'string' ||
      !('content' in msg)
    ) {
      return this.warnings.malformedAt(lineNo);
    }
    const ts = parseNativeTimestamp(v.timestamp);
    if (ts === undefined) return this.warnings.badTimestampAt(lineNo);
    const uuid = v.uuid;
    const seen = this.seenUuids.size;
    this.seenUuids.add(uuid);
    if (this.seenUuids.size === seen) return; // a uuid already read
    this.readMeta(v);
    const cwd = setString(v.cwd);
    if (cwd !== undefined && !this.allCwds.includes(cwd)) this.allCwds.push(cwd);
    this.builder.observeTimestamp(ts);
    if (v.type === 'user') this.handleUser(v, msg, uuid, ts);
    else this.handleAssistant(rec, msg, uuid, ts);
  }

  private userTextEvent(v: Obj, text: string, id: string, ts: Timestamp, uuid: string): void {
    const cleaned = stripSystemReminders(text);
    if (cleaned === '') return;
    // A2 bash mode: `!cmd` typed by the person, and its output written back by the CLI
    const bashInput = bashModeInput(cleaned);
    if (bashInput !== undefined) {
      this.builder.emit({
        event_id: id,
        timestamp: ts,
        event_type: { type: 'ShellCommand', data: { command: bashInput } },
        content: { blocks: [{ type: 'Code', code: bashInput, language: 'bash' }] },
        attributes: { actor: 'user', 'source.raw_type': 'bash_input' },
      });
      return;
    }
    let type: EventType = { type: 'UserMessage' };
    let body = cleaned;
    const attributes: JsonObject = {};
    const bashOutput = bashModeOutput(cleaned);
    if (bashOutput !== undefined) {
      type = { type: 'SystemMessage' };
      body = bashOutput;
      attributes['source.raw_type'] = 'bash_output';
    } else if (v.isMeta === true) {
      type = { type: 'SystemMessage' };
      attributes['source.raw_type'] = 'meta';
    } else if (cleaned.startsWith('<local-command-stdout>') || cleaned.startsWith('<local-command-stderr>')) {
      type = { type: 'SystemMessage' };
      attributes['source.raw_type'] = 'local_command';
    } else if (this.isAuxiliary && (this.firstUserUuid === undefined || this.firstUserUuid === uuid)) {
      // A2: the first user entry of a subagent file is the parent agent's prompt, not the person's
      this.firstUserUuid = uuid;
      type = { type: 'SystemMessage' };
      attributes.source = 'subagent_prompt';
    } else if (!this.isAuxiliary && v.isSidechain === true) {
      type = { type: 'SystemMessage' };
      attributes['source.raw_type'] = 'sidechain';
    } else if (isContinuationPreamble(cleaned)) {
      type = { type: 'SystemMessage' };
    }
    if (body === '') return;
    this.builder.emit({ event_id: id, timestamp: ts, event_type: type, content: textContent(body), attributes });
  }

  private considerTitle(text: string): void {
    if (this.titleDone) return;
    const t = claudeTitleFrom(text);
    if (t === undefined) return;
    this.title = t;
    this.titleDone = true;
  }

  private handleUser(v: Obj, msg: Obj, uuid: string, ts: Timestamp): void {
    const content = msg.content;
    if (typeof content === 'string') {
      this.considerTitle(content);
      this.userTextEvent(v, content, uuid, ts, uuid);
      return;
    }
    if (!Array.isArray(content)) return;
    let titleSeen = false;
    for (const block of content) {
      if (!isObject(block)) continue;
      if (block.type === 'text') {
        if (typeof block.text !== 'string') continue;
        if (!titleSeen) {
          titleSeen = true;
          this.considerTitle(block.text);
        }
        this.userTextEvent(v, block.text, `${uuid}-text`, ts, uuid);
      } else if (block.type === 'tool_result') {
        this.toolResult(block, uuid, ts);
      }
    }
  }

  private toolResult(block: Obj, uuid: string, ts: Timestamp): void {
    const c = block.content;
    if (c !== undefined && c !== null && typeof c !== 'string' && !Array.isArray(c)) return;
    if (block.is_error !== undefined && typeof block.is_error !== 'boolean') return;
    if (block.tool_use_id !== undefined && block.tool_use_id !== null && typeof block.tool_use_id !== 'string') return;
    let text = '';
    if (typeof c === 'string') text = c;
    else if (Array.isArray(c)) {
      const parts: string[] = [];
      for (const item of c)
        if (isObject(item) && item.type === 'text' && typeof item.text === 'string') parts.push(item.text);
      text = parts.join('\n');
    }
    const ownId = setString(block.tool_use_id) !== undefined ? (block.tool_use_id as string) : undefined;
    let info: ToolInfo | undefined;
    if (ownId !== undefined) {
      // the tracker holds the latest call registered under each id (what a separate id map would hold)
      info = this.calls.closeById(ownId) ?? this.pairLatest();
    } else {
      info = this.pairLatest();
    }
    const name = info?.name ?? 'unknown';
    const callId = ownId ?? info?.callId;
    const exitCode = exitCodeFromText(text);
    const isError = block.is_error === true || (exitCode !== undefined && exitCode !== 0);
    const data: { name: string; is_error: boolean; call_id?: string } = { name, is_error: isError };
    if (callId !== undefined) data.call_id = callId;
    // attributes are inserted in canonical (sorted) order, so the encoder writes them without a sorted copy
    const attributes: JsonObject = {};
    if (exitCode !== undefined) attributes.exit_code = exitCode;
    setAttr(attributes, 'semantic.call_id', callId);
    setAttr(attributes, 'semantic.group_id', uuid);
    attributes['semantic.tool_kind'] = inferToolKind(name);
    attributes['source.raw_type'] = 'tool_result';
    attributes['source.schema_version'] = SCHEMA;
    this.builder.emit({
      event_id: `${uuid}-result-${callId ?? 'fallback'}`,
      timestamp: ts,
      event_type: { type: 'ToolResult', data },
      content: buildToolResultContent(text, { name, filePath: info?.filePath }),
      attributes,
    });
  }

  private pairLatest(): ToolInfo | undefined {
    return this.calls.closeLatest();
  }

  private usageIncrease(
    rec: JsonRecord,
    msg: Obj,
    uuid: string,
  ): { input: number; output: number; cacheRead: number; cacheCreation: number } | undefined {
    const u = isObject(msg.usage) ? msg.usage : isObject(rec.value.usage) ? rec.value.usage : undefined;
    if (!u) return undefined;
    const identity = typeof msg.id === 'string' && trim(msg.id) !== '' ? msg.id : uuid;
    let max = this.usage.get(identity);
    if (!max) {
      max = { input: 0, cacheCreation: 0, cacheRead: 0, output: 0 };
      this.usage.set(identity, max);
    }
    // Each counter contributes only its increase over the running maximum for this message.
    let v = count(u.input_tokens);
    const input = v > max.input ? v - max.input : 0;
    if (v > max.input) max.input = v;
    v = count(u.cache_creation_input_tokens);
    const cacheCreation = v > max.cacheCreation ? v - max.cacheCreation : 0;
    if (v > max.cacheCreation) max.cacheCreation = v;
    v = count(u.cache_read_input_tokens);
    const cacheRead = v > max.cacheRead ? v - max.cacheRead : 0;
    if (v > max.cacheRead) max.cacheRead = v;
    v = count(u.output_tokens);
    const output = v > max.output ? v - max.output : 0;
    if (v > max.output) max.output = v;
    if (input + cacheCreation + cacheRead + output === 0) return undefined;
    return { input: input + cacheCreation + cacheRead, output, cacheRead, cacheCreation };
  }

  private handleAssistant(rec: JsonRecord, msg: Obj, uuid: string, ts: Timestamp): void {
    const model = typeof msg.model === 'string' ? msg.model : undefined;
    if (this.model === undefined && model !== undefined && trim(model) !== '' && model !== '<synthetic>')
      this.model = model;
    const tokens = this.usageIncrease(rec, msg, uuid);
    const events: DraftEvent[] = [];
    const content = msg.content;
    if (Array.isArray(content)) {
      for (let i = 0; i < content.length; i++) {
        const block = content[i];
        if (!isObject(block)) continue;
        if (block.type === 'text') {
          if (typeof block.text !== 'string') continue;
          const text = stripSystemReminders(block.text);
          if (text !== '')
            events.push({
              event_id: `${uuid}-text`,
              timestamp: ts,
              event_type: { type: 'AgentMessage' },
              content: textContent(text),
              attributes: model !== undefined ? { model } : {},
            });
        } else if (block.type === 'thinking') {
          if (block.thinking !== undefined && typeof block.thinking !== 'string') continue;
          const text = stripSystemReminders(typeof block.thinking === 'string' ? block.thinking : '');
          if (text !== '')
            events.push({
              event_id: `${uuid}-thinking`,
              timestamp: ts,
              event_type: { type: 'Thinking' },
              content: textContent(text),
              attributes: model !== undefined ? { model } : {},
            });
        } else if (block.type === 'tool_use') {
          const ev = this.toolUse(rec, block, i, uuid, ts, model);
          if (ev) events.push(ev);
        }
      }
    }
    if (tokens !== undefined) {
      if (events.length > 0) events[0].attributes = withTokens(events[0].attributes, tokens);
      else {
        events.push({
          event_id: `${uuid}-usage`,
          timestamp: ts,
          event_type: { type: 'Custom', data: { kind: 'token_count' } },
          content: emptyContent(),
          attributes: withTokens({}, tokens),
        });
      }
    }
    for (const ev of events) this.builder.emit(ev);
  }

  private toolUse(
    rec: JsonRecord,
    block: Obj,
    index: number,
    uuid: string,
    ts: Timestamp,
    model: string | undefined,
  ): DraftEvent | undefined {
    if (typeof block.name !== 'string' || !('input' in block)) return undefined;
    if (block.id !== undefined && block.id !== null && typeof block.id !== 'string') return undefined;
    const name = block.name;
    const input = isObject(block.input) ? block.input : {};
    const toolId = setString(block.id) !== undefined ? (block.id as string) : undefined;
    const eventId = toolId ?? `${uuid}-tool`;
    const callId = toolId ?? eventId;
    let filePath: string | undefined;
    if (FILE_PATH_TOOLS.has(name)) filePath = str(input.file_path) ?? str(input.notebook_path) ?? str(input.path);
    else if (name === 'Grep') filePath = str(input.path);
    this.calls.open({ callId, name, filePath });
    let et: EventType;
    let content: { blocks: ContentBlock[] };
    switch (name) {
      case 'Read': {
        const p = nonEmpty(input.file_path) ?? 'unknown';
        et = { type: 'FileRead', data: { path: p } };
        content = textContent(p);
        break;
      }
      case 'Write':
      case 'create_file': {
        // A2: the body is kept as Code (it is the only copy of what the agent wrote)
        const p = nonEmpty(input.file_path) ?? nonEmpty(input.path) ?? 'unknown';
        et = { type: 'FileCreate', data: { path: p } };
        const body = typeof input.content === 'string' ? input.content : undefined;
        if (body !== undefined) {
          const language = detectLanguage(p);
          // fields in write order (code, language, start_line)
          const code: ContentBlock =
            language !== undefined
              ? { type: 'Code', code: body, language, start_line: 1 }
              : { type: 'Code', code: body, start_line: 1 };
          content = { blocks: [code] };
        } else {
          content = textContent(p);
        }
        break;
      }
      case 'Edit':
      case 'MultiEdit': {
        const p =
          (name === 'Edit'
            ? (nonEmpty(input.file_path) ?? nonEmpty(input.notebook_path))
            : nonEmpty(input.file_path)) ?? 'unknown';
        const diff = diffFromToolInput(p, input);
        et = { type: 'FileEdit', data: diff !== undefined ? { path: p, diff } : { path: p } };
        content = textContent(p);
        break;
      }
      case 'NotebookEdit': {
        const p = nonEmpty(input.file_path) ?? nonEmpty(input.notebook_path) ?? 'unknown';
        et = { type: 'FileEdit', data: { path: p } };
        content = jsonInput(rec, block, index);
        break;
      }
      case 'Bash': {
        const command = typeof input.command === 'string' ? input.command : '';
        if (trim(command) !== '') {
          et = { type: 'ShellCommand', data: { command } };
          const blocks: ContentBlock[] = [];
          const description = typeof input.description === 'string' ? input.description : '';
          if (description !== '') blocks.push({ type: 'Text', text: description });
          blocks.push({ type: 'Code', code: command, language: 'bash' });
          content = { blocks };
        } else {
          et = { type: 'ToolCall', data: { name } };
          content = jsonInput(rec, block, index);
        }
        break;
      }
      case 'Grep': {
        const pattern = typeof input.pattern === 'string' ? input.pattern : '';
        et = { type: 'CodeSearch', data: { query: pattern } };
        content = textContent(pattern);
        break;
      }
      case 'Glob': {
        const pattern = nonEmpty(input.pattern) ?? '*';
        et = { type: 'FileSearch', data: { pattern } };
        content = textContent(pattern);
        break;
      }
      case 'WebSearch':
        et = { type: 'WebSearch', data: { query: typeof input.query === 'string' ? input.query : '' } };
        content = jsonInput(rec, block, index);
        break;
      case 'WebFetch':
        et = { type: 'WebFetch', data: { url: typeof input.url === 'string' ? input.url : '' } };
        content = jsonInput(rec, block, index);
        break;
      case 'Task':
      case 'Agent': {
        et = { type: 'ToolCall', data: { name } };
        const blocks: ContentBlock[] = [];
        const parts: string[] = [];
        const agentName = nonEmpty(input.name);
        if (agentName !== undefined) parts.push(`agent: ${agentName}`);
        const subType = nonEmpty(input.subagent_type);
        if (subType !== undefined) parts.push(`type: ${subType}`);
        const team = nonEmpty(input.team_name);
        if (team !== undefined) parts.push(`team: ${team}`);
        const mode = nonEmpty(input.mode);
        if (mode !== undefined) parts.push(`mode: ${mode}`);
        if (input.run_in_background === true) parts.push('background');
        if (parts.length > 0) blocks.push({ type: 'Text', text: `[${parts.join(', ')}]` });
        const description = typeof input.description === 'string' ? input.description : '';
        if (description !== '') blocks.push({ type: 'Text', text: description });
        const prompt = typeof input.prompt === 'string' ? input.prompt : '';
        if (prompt !== '') blocks.push({ type: 'Text', text: prompt });
        content = blocks.length > 0 ? { blocks } : jsonInput(rec, block, index);
        break;
      }
      default:
        et = { type: 'ToolCall', data: { name } };
        content = jsonInput(rec, block, index);
    }
    // A2: every call keeps its whole input (Glob `path`, Bash `timeout`, Read `limit`, ...) after the mapped content.
    const last = content.blocks[content.blocks.length - 1];
    if (last === undefined || last.type !== 'Json') content.blocks.push(jsonInput(rec, block, index).blocks[0]); // a fresh list
    const attributes: JsonObject = model !== undefined ? { model } : {};
    setAttr(attributes, 'semantic.call_id', callId);
    setAttr(attributes, 'semantic.group_id', uuid);
    attributes['semantic.tool_kind'] = inferToolKind(name);
    attributes['source.raw_type'] = 'tool_use';
    attributes['source.schema_version'] = SCHEMA;
    setAttr(attributes, 'tool_use_id', toolId);
    setAttr(attributes, 'tool_use_name', name);
    return { event_id: eventId, timestamp: ts, event_type: et, content, attributes };
  }

  // ---------------------------------------------------------------- other entry types

  private handleOther(v: Obj): void {
    const ts = parseNativeTimestamp(v.timestamp);
    if (ts !== undefined) this.builder.observeTimestamp(ts);
    const uuid = setString(v.uuid);
    const attributes: JsonObject = { 'source.schema_version': SCHEMA };
    let text: string;
    let id: string | undefined;
    let prefix: string;
    let suffix = '';
    switch (v.type) {
      case 'system': {
        const c = typeof v.content === 'string' ? trim(v.content) : '';
        text = c !== '' ? c : `System event: ${nonEmpty(v.subtype) ?? 'unknown'}`;
        id = uuid;
        prefix = 'system';
        attributes['source.raw_type'] = 'system';
        setAttr(attributes, 'semantic.group_id', uuid);
        setAttr(attributes, 'system.subtype', str(v.subtype));
        setAttr(attributes, 'system.level', str(v.level));
        break;
      }
      case 'progress': {
        const data = v.data;
        if (!isObject(data)) text = 'Progress update';
        else if (data.type === 'hook_progress') {
          const hook = nonEmpty(data.hookEvent) ?? nonEmpty(data.hook) ?? '';
          const hookName = firstSet(data.hookName);
          text = `Hook progress: ${hook}${hookName !== undefined ? ` (${hookName})` : ''}`;
        } else if (data.message !== undefined && data.message !== null) {
          text = `Progress: ${typeof data.message === 'string' ? data.message : stringifyOrdered(data.message as JsonValue)}`;
        } else {
          text = `Progress: ${nonEmpty(data.type) ?? 'progress'}`;
        }
        id = uuid;
        prefix = 'progress';
        attributes['source.raw_type'] = 'progress';
        setAttr(attributes, 'semantic.group_id', uuid);
        if (isObject(data)) setAttr(attributes, 'progress.type', str(data.type));
        setAttr(attributes, 'semantic.call_id', str(v.toolUseID) ?? str(v.toolUseId));
        setAttr(attributes, 'progress.parent_tool_use_id', str(v.parentToolUseID) ?? str(v.parentToolUseId));
        break;
      }
      case 'queue-operation': {
        const op = nonEmpty(v.operation);
        const c = firstSet(v.content);
        text =
          op === 'enqueue' && c !== undefined
            ? `Queued input: ${v.content as string}`
            : `Queue operation: ${op ?? 'unknown'}`;
        prefix = 'queue';
        suffix = `-${op ?? 'unknown'}`;
        attributes['source.raw_type'] = 'queue-operation';
        setAttr(attributes, 'queue.operation', str(v.operation));
        break;
      }
      default: {
        // summary
        const s = typeof v.summary === 'string' ? v.summary : '';
        text = s !== '' ? `Summary: ${s}` : 'Summary';
        const leaf = firstSet(v.leafUuid);
        id = uuid ?? leaf;
        prefix = 'summary';
        attributes['source.raw_type'] = 'summary';
        setAttr(attributes, 'semantic.group_id', uuid ?? leaf);
        setAttr(attributes, 'summary.leaf_uuid', str(v.leafUuid));
      }
    }
    const ev: DraftEvent = {
      event_id: id ?? '',
      timestamp: ts,
      event_type: { type: 'SystemMessage' },
      content: textContent(text),
      attributes,
    };
    if (id === undefined) ev.makeId = (t) => `${prefix}-${toEpochMs(t)}${suffix}`;
    this.builder.emit(ev);
  }

  /** End of input: held events take the file mtime (no session start in this format). */
  endEvents(): void {
    this.builder.flush();
  }
}

/** `Json(input)` with exact numbers (lossless re-parse only when the line needs it). */
function jsonInput(rec: JsonRecord, block: Obj, index: number): { blocks: ContentBlock[] } {
  const data = rec.verbatim('message', 'content', index, 'input') ?? (block.input as JsonValue);
  return { blocks: [{ type: 'Json', data }] };
}

/**
 * `attrs` with the token counts of 2.13 (only values > 0), keys in sorted order: the counts and `model`
 * sort before every other attribute an assistant event carries (`semantic.*`, `source.*`, `tool_use_*`).
 */
function withTokens(
  attrs: JsonObject,
  t: { input: number; output: number; cacheRead: number; cacheCreation: number },
): JsonObject {
  const out: JsonObject = {};
  if (t.cacheCreation > 0) out.cache_creation_input_tokens = t.cacheCreation;
  if (t.cacheRead > 0) out.cache_read_input_tokens = t.cacheRead;
  if (t.input > 0) out.input_tokens = t.input;
  if (attrs.model !== undefined) out.model = attrs.model;
  if (t.output > 0) out.output_tokens = t.output;
  for (const k in attrs) if (k !== 'model') out[k] = attrs[k];
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A string that is non-empty (as written); `||` semantics of the spec tables. */
function nonEmpty(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
