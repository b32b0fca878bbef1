// HAIL JSONL writer, canonical bytes and hash (hail-and-store.md sections 4.3, 4.4).

import { createHash } from 'node:crypto';
import { encodeEvent, encodeHeaderLine, encodeReaderEventLine, encodeStats } from './encode';
import { stringifyOrdered } from './json';
import { HailParseError, forEachHailLine, parseHailLine, toWholeSessionObject } from './reader';
import { StatsAccumulator } from './stats';
import { Session } from './types';

export { encodeHeaderLine, encodeEventLine, encodeStatsLine, eventToObject } from './encode';

/**
 * Collects output lines and joins them into ~256K-character chunks as it goes: chunks that size are
 * allocated outside V8's young generation, so the retained output is not copied by every scavenge.
 */
class LineSink {
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

  /** Every line followed by `\n`. */
  finish(): string {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
  }
}

/** Header line, event lines, stats line; compact JSON, LF after every line (section 4.3). */
export function toHailJsonl(session: Session): string {
  const sink = new LineSink();
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
  const sink = new LineSink();
  const acc = new StatsAccumulator();
  let headerSeen = false;
  forEachHailLine(text, (line, lineNo) => {
    const parsed = parseHailLine(line, lineNo);
    if (!headerSeen) {
      if (parsed.kind !== 'header') {
        throw new HailParseError(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
      }
      sink.push(encodeHeaderLine(parsed.header));
      headerSeen = true;
      return;
    }
    if (parsed.kind === 'event') {
      sink.push(encodeReaderEventLine(parsed.event));
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
