// Incremental parsing (parsers.md section 5) for the JSONL parsers (codex, claude-code, hail).
import type { HailEvent } from '../hail/types';
import { LineSplitter, readLines } from './common/lines';
import type { EventSink, LineParser, ParseResult, ParserContext, ProfileId } from './types';
import { getParser } from './registry';

export const INCREMENTAL_PROFILES: readonly ProfileId[] = ['codex', 'claude-code', 'hail'];

/**
 * A parser state fed with appended bytes. Events reach `sink` as soon as they are final; `finish()`
 * after the last chunk equals a full parse of the same bytes. A consumer following a growing file
 * keeps `bytesConsumed` and discards the state when the file shrinks or its first line changes.
 */
export class IncrementalParser {
  /** Created on first use: the parser module loads on demand (registry.ts). */
  private parser: LineParser | undefined;
  private readonly splitter: LineSplitter;
  private pending: Array<Promise<void>> = [];
  private bytes = 0;
  private finished = false;

  constructor(
    readonly profile: ProfileId,
    private readonly ctx: ParserContext,
    private readonly sink: EventSink,
  ) {
    if (!INCREMENTAL_PROFILES.includes(profile)) throw new Error(`profile '${profile}' cannot be parsed incrementally`);
    this.splitter = new LineSplitter((line) => {
      const parser = this.parser!;
      parser.feedLine(line);
      const p = parser.takePending();
      if (p) this.pending.push(p);
    });
  }

  private async lineParser(): Promise<LineParser> {
    this.parser ??= await this.createLineParser(this.sink);
    return this.parser;
  }

  private async createLineParser(sink: EventSink): Promise<LineParser> {
    const mod = await getParser(this.profile);
    if (!mod?.createLineParser) throw new Error(`profile '${this.profile}' cannot be parsed incrementally`);
    return mod.createLineParser(sink, this.ctx);
  }

  /** Bytes fed so far (complete lines plus a held-back partial line). */
  get bytesConsumed(): number {
    return this.bytes;
  }

  /** Feeds appended bytes; complete lines are parsed, a trailing partial line is held back. */
  async feed(chunk: Buffer): Promise<void> {
    if (this.finished) throw new Error('parser already finished');
    await this.lineParser();
    this.bytes += chunk.length;
    this.splitter.push(chunk);
    while (this.pending.length > 0) await this.pending.shift();
  }

  /** End of input (a held partial line is parsed as the last record). */
  async finish(): Promise<ParseResult> {
    this.finished = true;
    const parser = await this.lineParser();
    this.splitter.end();
    while (this.pending.length > 0) await this.pending.shift();
    return parser.finish();
  }

  /**
   * What finish() would return for the bytes seen so far, without consuming this state: the same
   * bytes are parsed again by a fresh state (EOF rules apply to the snapshot only).
   */
  async snapshot(): Promise<{ result: ParseResult; events: HailEvent[] }> {
    const events: HailEvent[] = [];
    const fresh = await this.createLineParser({ push: (e) => void events.push(e) });
    if (this.bytes > 0) {
      await readLines(
        this.ctx.path,
        (line) => {
          fresh.feedLine(line);
        },
        { end: this.bytes - 1 },
      );
    }
    const result = await fresh.finish();
    return { result, events };
  }
}
