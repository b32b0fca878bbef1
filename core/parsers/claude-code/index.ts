// Claude Code entry point (parsers.md 4.2): main file with merged subagent logs, or a standalone
// subagent file marked auxiliary.
import type { HailEvent, JsonObject, Timestamp } from '../../hail/types';
import { SessionBuilder, fileStem, readLines, readFirstNonBlankLine, runLineParser } from '../common';
import { parseJsonObjectLine, type LineEvent } from '../common/lines';
import type { EventSink, LineParser, ParseResult, ParserContext, ParserModule } from '../types';
import { isAuxiliarySessionPath as isAuxiliaryPath } from '../select';
import { ClaudeLineParser, firstLineInfo, type FirstLineInfo } from './parser';
import { ClaudeMergeStage, findSubagentFiles, prepareSubagents, type SubagentBlock } from './subagents';

async function readFirstInfo(filePath: string): Promise<FirstLineInfo | undefined> {
  const line = await readFirstNonBlankLine(filePath);
  const v = line === undefined ? undefined : parseJsonObjectLine(line);
  return v === undefined ? undefined : firstLineInfo(v);
}

class FoundSignal extends Error {}

/** First non-blank `sessionId` of any record (the parent id for the merge), reading only as far as needed. */
async function scanSessionId(filePath: string): Promise<string | undefined> {
  let found: string | undefined;
  try {
    await readLines(filePath, (line) => {
      if (line.kind !== 'text' || !line.text.includes('"sessionId"')) return;
      const v = parseJsonObjectLine(line.text); // a malformed line is counted by the real pass
      if (v !== undefined && typeof v.sessionId === 'string' && v.sessionId.trim() !== '') {
        found = v.sessionId.trim();
        throw new FoundSignal();
      }
    });
  } catch (e) {
    if (!(e instanceof FoundSignal)) throw e;
  }
  return found;
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
    const first = await readFirstInfo(filePath);
    const auxiliary = isAuxiliaryPath(filePath) || first?.isSidechain === true;
    const subWarnings: string[] = [];
    let blocks: SubagentBlock[] = [];
    if (!auxiliary) {
      const parentId = (await scanSessionId(filePath)) ?? fileStem(filePath);
      blocks = prepareSubagents(await findSubagentFiles(filePath, parentId), ctx, subWarnings);
    }
    try {
      return await runLineParser(filePath, new ClaudeEntryParser(ctx, sink, blocks, subWarnings));
    } finally {
      for (const b of blocks) b.close();
    }
  },
  createLineParser: (sink, ctx) => new ClaudeEntryParser(ctx, sink, 'deferred'),
};
