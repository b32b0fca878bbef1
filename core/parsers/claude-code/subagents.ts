// Claude Code subagent logs (parsers.md 4.2 "Subagent merge"): discovery, a first pass for counts and
// model, and a k-way timestamp merge that streams each log a second time (no log held in memory).
import type { Dirent } from 'fs';
import * as path from 'path';
import { systemErrorText } from '../../io';
import type { HailEvent, JsonObject, Timestamp } from '../../hail/types';
import { compareBytewise } from '../../text';
import {
  SyncLineReader,
  durationMs,
  fileMtimeSync,
  fileStem,
  listDir,
  parseJsonObjectLine,
  siblingDisplay,
  textContent,
  type EventStage,
} from '../common';
import type { ParserContext } from '../types';
import { ClaudeLineParser, firstLineInfo, type FirstLineInfo } from './parser';

const LEGACY_PREFIXES = ['agent-', 'agent_', 'subagent-', 'subagent_'];

function firstLineOf(filePath: string): FirstLineInfo | undefined {
  let reader: SyncLineReader | undefined;
  try {
    reader = new SyncLineReader(filePath, 1 << 16);
    for (let line = reader.next(); line !== undefined; line = reader.next()) {
      if (line.kind !== 'text') return undefined;
      if (line.text.trim() === '') continue;
      const v = parseJsonObjectLine(line.text);
      return v === undefined ? undefined : firstLineInfo(v);
    }
  } catch {
    return undefined;
  } finally {
    reader?.close();
  }
  return undefined;
}

function namesParent(filePath: string, parentId: string): boolean {
  let reader: SyncLineReader | undefined;
  try {
    reader = new SyncLineReader(filePath, 1 << 16);
    for (let line = reader.next(); line !== undefined; line = reader.next()) {
      if (line.kind !== 'text') return false;
      if (line.text.trim() === '') continue;
      const v = JSON.parse(line.text) as Record<string, unknown>;
      if (typeof v !== 'object' || v === null) return false;
      return [v.sessionId, v.parentSessionId, v.parentID, v.parentId].some((x) => x === parentId);
    }
  } catch {
    return false;
  } finally {
    reader?.close();
  }
  return false;
}

function jsonlFilesOf(dir: string, entries: readonly Dirent[]): string[] {
  const out: string[] = [];
  for (const ent of entries) {
    if (ent.name.startsWith('.') || !ent.name.endsWith('.jsonl')) continue;
    if (ent.isFile() || ent.isSymbolicLink()) out.push(path.join(dir, ent.name));
  }
  return out;
}

async function jsonlFilesIn(dir: string): Promise<string[]> {
  return jsonlFilesOf(dir, await listDir(dir));
}

/**
 * Whether a directory listing can rule out the entry `name`: it must hold `mainName` (else the listing failed or
 * raced), and a name that is not plain ASCII is always looked up (file systems may fold case or normalise it).
 */
function listingRulesOut(lowerNames: ReadonlySet<string>, mainName: string, name: string): boolean {
  const ascii = /^[\x00-\x7f]*$/;
  return lowerNames.has(mainName.toLowerCase()) && ascii.test(name) && !lowerNames.has(name.toLowerCase());
}

/**
 * Candidate subagent logs of a main file, in byte-wise path order (4.2, three locations). The main file's folder
 * is listed once: the two `subagents` folders are read only when that listing shows they can exist.
 */
export async function findSubagentFiles(mainPath: string, parentId: string): Promise<string[]> {
  const dir = path.dirname(mainPath);
  const stemDir = mainPath.endsWith('.jsonl') ? mainPath.slice(0, -'.jsonl'.length) : mainPath;
  const entries = await listDir(dir);
  const lowerNames = new Set(entries.map((e) => e.name.toLowerCase()));
  const mainName = path.basename(mainPath);
  const files = new Set<string>();
  if (!listingRulesOut(lowerNames, mainName, path.basename(stemDir)))
    for (const f of await jsonlFilesIn(path.join(stemDir, 'subagents'))) files.add(f);
  const shared = path.join(dir, 'subagents');
  if (
    path.resolve(shared) !== path.resolve(stemDir, 'subagents') &&
    !listingRulesOut(lowerNames, mainName, 'subagents')
  ) {
    for (const f of await jsonlFilesIn(shared)) if (namesParent(f, parentId)) files.add(f);
  }
  // Legacy logs next to the main one: only names with a legacy prefix are joined into paths and opened.
  const legacy = entries.filter((e) => {
    const name = e.name.toLowerCase();
    return LEGACY_PREFIXES.some((p) => name.startsWith(p));
  });
  for (const f of jsonlFilesOf(dir, legacy)) {
    if (f === mainPath) continue;
    if (namesParent(f, parentId)) files.add(f);
  }
  return [...files].sort(compareBytewise);
}

/** One prepared subagent log: first-pass facts plus a lazily opened second pass. */
export class SubagentBlock {
  private reader: SyncLineReader | undefined;
  private parser: ClaudeLineParser | undefined;
  private readonly queue: HailEvent[] = [];
  private qHead = 0;
  private state: 'start' | 'body' | 'end' | 'done' = 'start';
  /** The next event of this block in its own order (undefined when exhausted). */
  head: HailEvent | undefined;

  constructor(
    readonly filePath: string,
    readonly displayPath: string,
    readonly taskId: string,
    readonly title: string,
    readonly model: string,
    readonly count: number,
    readonly firstTs: Timestamp,
    readonly lastTs: Timestamp,
    private readonly mtime: Timestamp,
  ) {}

  private marks(): JsonObject {
    return { merged_subagent: true, subagent_id: this.taskId };
  }

  start(): void {
    this.advance();
  }

  advance(): void {
    for (;;) {
      switch (this.state) {
        case 'start': {
          this.state = 'body';
          const attributes = this.marks();
          if (this.model !== 'unknown') attributes.model = this.model;
          this.head = {
            event_id: `${this.taskId}-start`,
            timestamp: this.firstTs,
            event_type: { type: 'TaskStart', data: { title: this.title } },
            task_id: this.taskId,
            content: textContent(''),
            attributes,
          };
          return;
        }
        case 'body': {
          const ev = this.nextSubEvent();
          if (ev === undefined) {
            this.state = 'end';
            continue;
          }
          ev.event_id = `${this.taskId}:${ev.event_id}`;
          ev.task_id = this.taskId;
          ev.attributes = { ...ev.attributes, ...this.marks() };
          this.head = ev;
          return;
        }
        case 'end':
          this.state = 'done';
          this.head = {
            event_id: `${this.taskId}-end`,
            timestamp: this.lastTs,
            event_type: { type: 'TaskEnd', data: { summary: `${this.count} events, ${this.model}` } },
            task_id: this.taskId,
            content: textContent(''),
            duration_ms: durationMs(this.firstTs, this.lastTs),
            attributes: this.marks(),
          };
          return;
        default:
          this.head = undefined;
          this.close();
          return;
      }
    }
  }

  private nextSubEvent(): HailEvent | undefined {
    if (this.parser === undefined) {
      const queue = this.queue;
      this.reader = new SyncLineReader(this.filePath);
      this.parser = new ClaudeLineParser({
        sink: { push: (e) => void queue.push(e) },
        mtime: this.mtime,
        sourcePath: null,
        displayPath: this.displayPath,
        auxiliaryPath: true,
      });
    }
    while (this.qHead >= this.queue.length) {
      this.queue.length = 0;
      this.qHead = 0;
      if (this.reader === undefined) return undefined;
      const line = this.reader.next();
      if (line === undefined) {
        this.reader = undefined;
        this.parser.endEvents();
        if (this.queue.length === 0) return undefined;
      } else {
        this.parser.feedLine(line);
      }
    }
    return this.queue[this.qHead++];
  }

  close(): void {
    this.reader?.close();
    this.reader = undefined;
  }
}

function displayPathFor(ctx: ParserContext, filePath: string): string {
  return siblingDisplay(ctx, path.relative(path.dirname(ctx.path), filePath));
}

/**
 * First pass over each candidate: events, model, first/last timestamps. Unreadable files add
 * `skipped subagent log <file>: <reason>`; files with 0 events are skipped.
 */
export function prepareSubagents(files: string[], ctx: ParserContext, warnings: string[]): SubagentBlock[] {
  const blocks: SubagentBlock[] = [];
  for (const file of files) {
    const display = displayPathFor(ctx, file);
    let reader: SyncLineReader | undefined;
    try {
      const mtime = fileMtimeSync(file);
      let count = 0;
      let firstTs: Timestamp | undefined;
      let lastTs: Timestamp | undefined;
      const parser = new ClaudeLineParser({
        sink: {
          push: (e) => {
            count++;
            firstTs ??= e.timestamp;
            lastTs = e.timestamp;
          },
        },
        mtime,
        sourcePath: null,
        displayPath: display,
        auxiliaryPath: true,
      });
      reader = new SyncLineReader(file);
      for (let line = reader.next(); line !== undefined; line = reader.next()) parser.feedLine(line);
      parser.endEvents();
      warnings.push(...parser.warnings.render());
      if (count === 0 || firstTs === undefined || lastTs === undefined) continue;
      const first = parser.first ?? firstLineOf(file);
      const taskId = first?.agentId ?? fileStem(file);
      blocks.push(
        new SubagentBlock(
          file,
          display,
          taskId,
          first?.slug ?? taskId,
          parser.model ?? 'unknown',
          count,
          firstTs,
          lastTs,
          mtime,
        ),
      );
    } catch (e) {
      warnings.push(`skipped subagent log ${display}: ${systemErrorText(e)}`);
    } finally {
      reader?.close();
    }
  }
  return blocks;
}

/** k-way merge by timestamp of the main stream (index 0) and each block (1…n); ties to the lower index. */
export class ClaudeMergeStage implements EventStage {
  private started = false;

  constructor(
    private readonly next: EventStage,
    private readonly blocks: SubagentBlock[],
  ) {}

  private ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    for (const b of this.blocks) b.start();
  }

  /** Emits block heads strictly earlier than `limit` (all of them when limit is undefined). */
  private emitUntil(limit: Timestamp | undefined): void {
    for (;;) {
      let best: SubagentBlock | undefined;
      for (const b of this.blocks) {
        if (b.head === undefined) continue;
        if (best === undefined || b.head.timestamp < best.head!.timestamp) best = b;
      }
      if (best === undefined) return;
      if (limit !== undefined && best.head!.timestamp >= limit) return;
      const ev = best.head!;
      best.advance();
      this.next.push(ev);
    }
  }

  push(event: HailEvent): void {
    this.ensureStarted();
    this.emitUntil(event.timestamp);
    this.next.push(event);
  }

  end(): void {
    this.ensureStarted();
    this.emitUntil(undefined);
    this.next.end();
  }
}
