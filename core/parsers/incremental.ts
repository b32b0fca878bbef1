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
  private readonly parser: LineParser;
  private readonly splitter: LineSplitter;
  private pending: Array<Promise<void>> = [];
  private bytes = 0;
  private finished = false;

  constructor(
    readonly profile: ProfileId,
    private readonly ctx: ParserContext,
    sink: EventSink,
  ) {
    const mod = getParser(profile);
    if (!mod?.createLineParser) throw new Error(`profile '${profile}' cannot be parsed incrementally`);
    this.parser = mod.createLineParser(sink, ctx);
    this.splitter = new LineSplitter((line) => {
      this.parser.feedLine(line);
      const p = this.parser.takePending();
      if (p) this.pending.push(p);
    });
  }

  /** Bytes fed so far (complete lines plus a held-back partial line). */
  get bytesConsumed(): number {
    return this.bytes;
  }

  /** Feeds appended bytes; complete lines are parsed, a trailing partial line is held back. */
  async feed(chunk: Buffer): Promise<void> {
    if (this.finished) throw new Error('parser already finished');
    this.bytes += chunk.length;
    this.splitter.push(chunk);
    while (this.pending.length > 0) await this.pending.shift();
  }

  /** End of input (a held partial line is parsed as the last record). */
  async finish(): Promise<ParseResult> {
    this.finished = true;
    this.splitter.end();
    while (this.pending.length > 0) await this.pending.shift();
    return this.parser.finish();
  }

  /**
   * What finish() would return for the bytes seen so far, without consuming this state: the same
   * bytes are parsed again by a fresh state (EOF rules apply to the snapshot only).
   */
  async snapshot(): Promise<{ result: ParseResult; events: HailEvent[] }> {
    const events: HailEvent[] = [];
    const mod = getParser(this.profile)!;
    const fresh = mod.createLineParser!({ push: (e) => void events.push(e) }, this.ctx);
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
