// HAIL JSONL writer, canonical bytes and hash (hail-and-store.md sections 4.3, 4.4).

import { createHash } from 'node:crypto';
import { writeUtf8 } from './bytes';
import { encodeEvent, encodeHeaderLine, encodeReaderEventLine, encodeStats } from './encode';
import { stringifyOrdered } from './json';
import {
  HailParseError,
  forEachHailLine,
  lastFastParsedValue,
  parseHailLine,
  parseHailLineScanned,
  toWholeSessionObject,
} from './reader';
import { SPLICED, forEachPiece, scanLine, spliceEventLine, splicedLength } from './splice';
import { StatsAccumulator } from './stats';
import { Session } from './types';

export { encodeHeaderLine, encodeEventLine, encodeStatsLine, eventToObject } from './encode';

/**
 * Collects output lines and joins them into ~256K-character chunks as it goes: chunks that size are
 * allocated outside V8's young generation, so the retained output is not copied by every scavenge.
 */
interface LineSink<T> {
  push(line: string): void;
  /** Every line followed by `\n`. */
  finish(): T;
}

/** Joins lines into one string, in 256 KiB chunks (fewer, larger joins than one per line). */
class StringLineSink implements LineSink<string> {
  private readonly chunks: string[] = [];
  private buf: string[] = [];
  private size = 0;

  push(line: string): void {
    this.buf.push(line);
    this.size += line.length;
    if (this.size >= 262144) this.flush();
  }

  private flush(): void {
    if (this.buf.length === 0) return;
    this.buf.push('');
    this.chunks.push(this.buf.join('\n'));
    this.buf = [];
    this.size = 0;
  }

  finish(): string {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
  }
}

/**
 * Encodes lines straight into UTF-8 bytes: one pass, no intermediate UTF-16 string of the whole file.
 *
 * Without `flushTo`, the first buffer is sized from the input (canonical output is about as long as
 * its input), so the usual result is a view of it with no final copy. With `flushTo`, each filled
 * chunk is handed over and its memory reused for the next one: on this kind of machine touching
 * fresh memory (page faults) costs about as much as the encoding, and a streaming consumer (hash +
 * file write) never needs the whole output at once.
 */
class ByteLineSink implements LineSink<Buffer> {
  private static readonly CHUNK = 1 << 20;
  /** Chunk size when streaming: large enough that the consumer's per-call cost vanishes. */
  static readonly STREAM_CHUNK = 4 << 20;
  private readonly chunks: Buffer[] = [];
  private cur: Buffer;
  private off = 0;
  /** Bytes handed to `flushTo` so far. */
  flushed = 0;

  constructor(
    expectedBytes: number,
    private readonly flushTo?: (chunk: Buffer) => void,
  ) {
    this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, expectedBytes));
  }

  push(line: string): void {
    const max = line.length * 3 + 1; // UTF-8 needs at most 3 bytes per UTF-16 unit
    if (this.off + max > this.cur.length) this.spill(max);
    this.off += writeUtf8(this.cur, line, this.off);
    this.cur[this.off++] = 0x0a;
  }

  /** The line spliceEventLine just made of pieces of `line`, each written as it is: no joined string. */
  pushSpliced(line: string): void {
    const max = splicedLength(line) * 3 + 2;
    if (this.off + max > this.cur.length) this.spill(max);
    forEachPiece(line, this.writePiece);
    this.cur[this.off++] = 0x7d; // }
    this.cur[this.off++] = 0x0a;
  }

  private readonly writePiece = (text: string): void => {
    this.off += writeUtf8(this.cur, text, this.off);
  };

  private spill(max: number): void {
    if (this.flushTo !== undefined) {
      this.flush();
      if (max > this.cur.length) this.cur = Buffer.allocUnsafe(max); // a line longer than a chunk
      return;
    }
    this.chunks.push(this.cur.subarray(0, this.off));
    this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, max));
    this.off = 0;
  }

  private flush(): void {
    if (this.off === 0) return;
    const chunk = this.cur.subarray(0, this.off);
    this.flushed += this.off;
    this.off = 0;
    (this.flushTo as (chunk: Buffer) => void)(chunk);
  }

  /** The whole output; when streaming, the rest is flushed and the result is empty. */
  finish(): Buffer {
    if (this.flushTo !== undefined) {
      this.flush();
      return Buffer.alloc(0);
    }
    this.chunks.push(this.cur.subarray(0, this.off));
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
  }
}

/** Header line, event lines, stats line; compact JSON, LF after every line (section 4.3). */
export function toHailJsonl(session: Session): string {
  const sink = new StringLineSink();
  sink.push(encodeHeaderLine(session));
  for (const e of session.events) sink.push(encodeEvent(e, true));
  sink.push(encodeStats(session.stats, true));
  return sink.finish();
}

/**
 * Canonical HAIL text of any HAIL input: toHailJsonl(withRecomputedStats(parseHail(text))), with
 * the same errors. Streams line by line (each event is encoded as soon as it is read) instead of
 * materialising the session: the output is identical, and short-lived event objects keep GC cheap.
 */
export function canonicalize(text: string): string {
  return canonicalizeInto(text, new StringLineSink(), undefined);
}

/** The canonical bytes (UTF-8) of any HAIL input; what `register` hashes and stores. */
export function canonicalizeBytes(text: string): Buffer {
  // a tenth more than one byte per UTF-16 unit covers mostly-ASCII text; more spills into new chunks
  const sink = new ByteLineSink(text.length + (text.length >> 3) + 65536);
  return canonicalizeInto(text, sink, sink);
}

/**
 * The canonical bytes of any HAIL input (the same bytes as canonicalizeBytes, the same errors), handed
 * to `consume` in chunks of a few MiB as they fill; returns the total byte count. A chunk's memory is
 * reused once `consume` returns, so `consume` uses it at once (`register` hashes it and appends it to
 * a temp file). On an error, some chunks may already have been consumed.
 */
export function canonicalizeChunks(text: string, consume: (chunk: Buffer) => void): number {
  const sink = new ByteLineSink(ByteLineSink.STREAM_CHUNK, consume);
  canonicalizeInto(text, sink, sink);
  return sink.flushed;
}

/**
 * `splice` (the byte sink, when given): event lines may be spliced from their input text (splice.ts), which is exact for UTF-8
 * output only (a lone surrogate copied as is encodes like the encoder's U+FFFD).
 */
function canonicalizeInto<T>(text: string, sink: LineSink<T>, splice: ByteLineSink | undefined): T {
  const acc = new StatsAccumulator();
  let headerSeen = false;
  forEachHailLine(text, (line, lineNo) => {
    // the byte sink's lines are scanned once, for the reader's checks and the splicer's member spans
    const parsed = splice !== undefined ? parseHailLineScanned(line, lineNo, scanLine) : parseHailLine(line, lineNo);
    if (!headerSeen) {
      if (parsed.kind !== 'header') {
        throw new HailParseError(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
      }
      sink.push(encodeHeaderLine(parsed.header));
      headerSeen = true;
      return;
    }
    if (parsed.kind === 'event') {
      const raw = splice !== undefined ? lastFastParsedValue() : undefined;
      const spliced =
        raw !== undefined ? spliceEventLine(line, raw as Record<string, unknown>, parsed.event) : undefined;
      if (spliced === SPLICED) (splice as ByteLineSink).pushSpliced(line);
      else sink.push(spliced ?? encodeReaderEventLine(parsed.event));
      acc.add(parsed.event);
    } else if (parsed.kind === 'header') {
      throw new HailParseError(`Unexpected line type at line ${lineNo}: duplicate header`, lineNo);
    }
    // an input stats line is validated by parseHailLine and otherwise discarded: stats are recomputed
  });
  if (!headerSeen) throw new HailParseError('Missing header line', undefined);
  sink.push(encodeStats(acc.result(), true));
  return sink.finish();
}

/** sha256 hex of a string's UTF-8 bytes (or of raw bytes). */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Whole-session JSON text (2.9): compact, or pretty with `indent` spaces. */
export function toWholeSessionJson(session: Session, indent = 0): string {
  return stringifyOrdered(toWholeSessionObject(session), indent);
}
