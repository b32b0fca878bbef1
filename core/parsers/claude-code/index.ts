// Claude Code entry point (parsers.md 4.2): main file with merged subagent logs, or a standalone
// subagent file marked auxiliary.
import type { HailEvent, JsonObject, Timestamp } from '../../hail/types';
import {
  SessionBuilder,
  fileStem,
  readLines,
  readFirstNonBlankLine,
  readSmallFileLines,
  runLineParser,
  runLineParserOnLines,
} from '../common';
import { isBlankLine, parseJsonObjectLine, type LineEvent } from '../common/lines';
import type { EventSink, LineParser, ParseResult, ParserContext, ParserModule } from '../types';
import { isAuxiliarySessionPath as isAuxiliaryPath } from '../select';
import { ClaudeLineParser, firstLineInfo, type FirstLineInfo } from './parser';
import { ClaudeMergeStage, findSubagentFiles, prepareSubagents, type SubagentBlock } from './subagents';

async function readFirstInfo(filePath: string): Promise<FirstLineInfo | undefined> {
  return infoOfFirstLine(await readFirstNonBlankLine(filePath));
}

function infoOfFirstLine(line: string | undefined): FirstLineInfo | undefined {
  const v = line === undefined ? undefined : parseJsonObjectLine(line);
  return v === undefined ? undefined : firstLineInfo(v);
}

class FoundSignal extends Error {}

/** The non-blank `sessionId` a record carries (a malformed line is counted by the real pass). */
function lineSessionId(line: LineEvent): string | undefined {
  if (line.kind !== 'text' || !line.text.includes('"sessionId"')) return undefined;
  const v = parseJsonObjectLine(line.text);
  return v !== undefined && typeof v.sessionId === 'string' && v.sessionId.trim() !== ''
    ? v.sessionId.trim()
    : undefined;
}

/** First non-blank `sessionId` of any record (the parent id for the merge), reading only as far as needed. */
async function scanSessionId(filePath: string): Promise<string | undefined> {
  let found: string | undefined;
  try {
    await readLines(filePath, (line) => {
      found = lineSessionId(line);
      if (found !== undefined) throw new FoundSignal();
    });
  } catch (e) {
    if (!(e instanceof FoundSignal)) throw e;
  }
  return found;
}

/** {@link readFirstInfo} over lines already read. */
function firstInfoOf(lines: readonly LineEvent[]): FirstLineInfo | undefined {
  const first = lines.find((l) => l.kind === 'text' && !isBlankLine(l.text));
  return infoOfFirstLine(first?.kind === 'text' ? first.text : undefined);
}

/** {@link scanSessionId} over lines already read. */
function sessionIdOf(lines: readonly LineEvent[]): string | undefined {
  for (const line of lines) {
    const id = lineSessionId(line);
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * Full parse: `blocks` are the prepared subagent logs (merged on the fly). Incremental parse
 * (`blocks === 'deferred'`): main events are kept and merged with the subagent logs at finish.
 */
class ClaudeEntryParser implements LineParser {
  readonly parser: ClaudeLineParser;
  private readonly collected: HailEvent[] | undefined;

  constructor(
    private readonly ctx: ParserContext,
    private readonly sink: EventSink,
    blocks: SubagentBlock[] | 'deferred',
    private readonly subWarnings: string[] = [],
  ) {
    const common = {
      mtime: ctx.mtime,
      sourcePath: ctx.sourcePath,
      displayPath: ctx.displayPath,
      auxiliaryPath: isAuxiliaryPath(ctx.path),
    };
    if (blocks === 'deferred') {
      const list: HailEvent[] = [];
      this.collected = list;
      this.parser = new ClaudeLineParser({ ...common, sink: { push: (e) => void list.push(e) } });
    } else {
      this.parser = new ClaudeLineParser({
        ...common,
        sink,
        stage: blocks.length > 0 ? (next) => new ClaudeMergeStage(next, blocks) : undefined,
      });
    }
  }

  feedLine(line: LineEvent): void {
    this.parser.feedLine(line);
  }

  takePending(): Promise<void> | undefined {
    return this.parser.builder.takePending();
  }

  async finish(): Promise<ParseResult> {
    const p = this.parser;
    p.endEvents();
    await p.builder.drain();
    const warnings = p.warnings.render();
    if (this.collected === undefined) {
      warnings.push(...this.subWarnings);
      return {
        header: this.header(p.builder.firstTimestamp, p.builder.lastTimestamp),
        eventCount: p.builder.eventCount,
        warnings,
      };
    }
    const subWarnings: string[] = [];
    let blocks: SubagentBlock[] = [];
    if (!p.isAuxiliary)
      blocks = prepareSubagents(
        await findSubagentFiles(this.ctx.path, p.sessionId ?? fileStem(this.ctx.path)),
        this.ctx,
        subWarnings,
      );
    try {
      const out = new SessionBuilder({
        sink: this.sink,
        tool: 'claude-code',
        mtime: this.ctx.mtime,
        sourcePath: this.ctx.sourcePath,
      });
      if (blocks.length > 0) out.use((next) => new ClaudeMergeStage(next, blocks));
      for (const ev of this.collected) {
        out.emit(ev);
        const pending = out.takePending();
        if (pending) await pending;
      }
      out.flush();
      await out.drain();
      warnings.push(...subWarnings);
      return { header: this.header(out.firstTimestamp, out.lastTimestamp), eventCount: out.eventCount, warnings };
    } finally {
      for (const b of blocks) b.close();
    }
  }

  private header(firstTs: Timestamp | undefined, lastTs: Timestamp | undefined): ParseResult['header'] {
    const p = this.parser;
    const attributes: JsonObject = {};
    if (p.cwd !== undefined) attributes.cwd = p.cwd;
    if (p.gitBranch !== undefined) attributes.git_branch = p.gitBranch;
    if (p.allCwds.length > 1) attributes.all_cwds = [...p.allCwds];
    let sessionId = p.sessionId ?? fileStem(this.ctx.path);
    let parentId: string | undefined;
    if (p.isAuxiliary) {
      const f = p.first;
      parentId = f?.parentSessionId ?? f?.sessionId;
      if (parentId !== undefined)
        sessionId =
          f?.sessionId !== undefined && f.sessionId !== parentId
            ? f.sessionId
            : `${parentId}-${fileStem(this.ctx.path)}`;
    }
    const agent = {
      provider: 'anthropic',
      model: p.model ?? 'unknown',
      tool: 'claude-code',
      ...(p.version !== undefined ? { tool_version: p.version } : {}),
    };
    return p.builder.header({
      sessionId,
      agent,
      title: p.title,
      attributes,
      role: p.isAuxiliary ? 'auxiliary' : 'primary',
      parentSessionId: parentId,
      createdAt: firstTs,
      updatedAt: lastTs,
    });
  }
}

export const claudeCodeParser: ParserModule = {
  id: 'claude-code',
  parse: async (filePath, sink, ctx) => {
    const lines = readSmallFileLines(filePath);
    const first = lines !== undefined ? firstInfoOf(lines) : await readFirstInfo(filePath);
    const auxiliary = isAuxiliaryPath(filePath) || first?.isSidechain === true;
    const subWarnings: string[] = [];
    let blocks: SubagentBlock[] = [];
    if (!auxiliary) {
      const parentId = (lines !== undefined ? sessionIdOf(lines) : await scanSessionId(filePath)) ?? fileStem(filePath);
      blocks = prepareSubagents(await findSubagentFiles(filePath, parentId), ctx, subWarnings);
    }
    try {
      const parser = new ClaudeEntryParser(ctx, sink, blocks, subWarnings);
      return await (lines !== undefined ? runLineParserOnLines(lines, parser) : runLineParser(filePath, parser));
    } finally {
      for (const b of blocks) b.close();
    }
  },
  createLineParser: (sink, ctx) => new ClaudeEntryParser(ctx, sink, 'deferred'),
};
