// Streaming JSONL line reader (parsers.md 2.16, 2.17, 9): Buffer chunks split on 0x0A, 64 MiB line cap,
// strict UTF-8 decoding, one trailing `\r` dropped, a UTF-8 BOM at file start ignored.
import * as fs from 'fs';
import { isUtf8 } from 'buffer';
import { trim } from '../../text';

export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export type LineEvent =
  | { kind: 'text'; lineNo: number; text: string }
  | { kind: 'invalid-utf8'; lineNo: number }
  | { kind: 'oversized'; lineNo: number };

export type LineHandler = (line: LineEvent) => void | Promise<void>;

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeStrict(bytes: Buffer): string | undefined {
  if (typeof isUtf8 === 'function') return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A blank line (only whitespace) is not a record (2.16). */
export function isBlankLine(text: string): boolean {
  return trim(text) === '';
}

/**
 * Splits a byte stream into lines. Feed chunks with `push`; call `end` once. A final line without a
 * newline is delivered by `end` (full parse) or kept (`pendingBytes`) for incremental consumers.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private oversized = false;
  private lineNo = 0;

  constructor(private readonly onLine: (line: LineEvent) => void) {}

  /** Number of complete lines delivered so far. */
  get linesDelivered(): number {
    return this.lineNo;
  }

  get pendingBytes(): number {
    return this.partBytes;
  }

  push(chunk: Buffer): void {
    let start = 0;
    if (this.partBytes > 0 || this.oversized) {
      // Finish the line carried over from earlier chunks.
      const nl = chunk.indexOf(0x0a);
      if (nl < 0) {
        this.append(chunk, 0, chunk.length);
        return;
      }
      this.append(chunk, 0, nl);
      this.deliver();
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(0x0a);
    if (last >= start) {
      // The complete lines of this chunk, decoded line by line: V8 decodes short lines far faster than
      // one large string with non-ASCII text, and ASCII lines stay one-byte.
      this.deliverBlock(chunk, start, last);
      start = last + 1;
    }
    this.append(chunk, start, chunk.length);
  }

  end(): void {
    if (this.partBytes > 0 || this.oversized) this.deliver();
  }

  /**
   * Every line of `chunk[start..last]` (`last` is a newline). Decoding turns invalid UTF-8 into U+FFFD,
   * so only a line whose text holds U+FFFD needs its bytes checked (no separate validation pass).
   */
  private deliverBlock(chunk: Buffer, start: number, last: number): void {
    let pos = start;
    for (;;) {
      const nl = chunk.indexOf(0x0a, pos);
      let from = pos;
      let to = nl;
      const lineNo = ++this.lineNo;
      if (to > from && chunk[to - 1] === 0x0d) to--;
      if (
        lineNo === 1 &&
        to - from >= 3 &&
        chunk[from] === 0xef &&
        chunk[from + 1] === 0xbb &&
        chunk[from + 2] === 0xbf
      )
        from += 3;
      const text = chunk.toString('utf8', from, to);
      if (text.indexOf('\ufffd') >= 0 && !isUtf8Block(chunk.subarray(from, to)))
        this.onLine({ kind: 'invalid-utf8', lineNo });
      else this.onLine({ kind: 'text', lineNo, text });
      if (nl >= last) return;
      pos = nl + 1;
    }
  }

  private append(chunk: Buffer, from: number, to: number): void {
    if (to <= from || this.oversized) return;
    if (this.partBytes + (to - from) > MAX_RECORD_BYTES) {
      this.oversized = true;
      this.parts = [];
      this.partBytes = 0;
      return;
    }
    // Copy: callers may reuse their chunk buffers.
    this.parts.push(Buffer.from(chunk.subarray(from, to)));
    this.partBytes += to - from;
  }

  private deliver(): void {
    const lineNo = ++this.lineNo;
    if (this.oversized) {
      this.oversized = false;
      this.onLine({ kind: 'oversized', lineNo });
      return;
    }
    let bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.partBytes);
    this.parts = [];
    this.partBytes = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    // A UTF-8 BOM at file start is ignored (checked on the assembled line, so chunking does not matter).
    if (lineNo === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      bytes = bytes.subarray(3);
    const text = decodeStrict(bytes);
    if (text === undefined) this.onLine({ kind: 'invalid-utf8', lineNo });
    else this.onLine({ kind: 'text', lineNo, text });
  }
}

function isUtf8Block(bytes: Buffer): boolean {
  if (typeof isUtf8 === 'function') return isUtf8(bytes);
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a file line by line and calls `handler` for every line (blank lines included, so line numbers
 * stay physical). The handler runs synchronously, in order; a promise it returns is only awaited for
 * back-pressure (after the current chunk), so handlers must not depend on it for ordering.
 */
export async function readLines(
  filePath: string,
  handler: LineHandler,
  opts: { highWaterMark?: number; end?: number } = {},
): Promise<void> {
  const pending: Array<Promise<void>> = [];
  const splitter = new LineSplitter((line) => {
    const r = handler(line);
    if (r !== undefined) pending.push(r);
  });
  // One reused chunk buffer (the splitter copies what it keeps): a fresh 1 MiB buffer per chunk, as a
  // read stream allocates, costs page faults and array-buffer sweeps in every scavenge.
  const size = opts.highWaterMark ?? 1 << 20;
  // `end` is inclusive, as for fs.createReadStream
  let left = opts.end === undefined ? Infinity : Math.max(0, opts.end + 1);
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buf = Buffer.allocUnsafe(size);
    while (left > 0) {
      const { bytesRead } = await handle.read(buf, 0, Math.min(size, left), null);
      if (bytesRead === 0) break;
      left -= bytesRead;
      splitter.push(buf.subarray(0, bytesRead));
      while (pending.length > 0) await pending.shift();
    }
    splitter.end();
    while (pending.length > 0) await pending.shift();
  } finally {
    await handle.close();
  }
}

/** Files up to this size are read into memory at once by {@link readSmallFileLines}. */
export const SMALL_FILE_BYTES = 1 << 20;

/**
 * The lines of a file of at most {@link SMALL_FILE_BYTES}, read with one `read` (a caller that scans a small log
 * several times reads it once); undefined for a larger file, which callers stream with {@link readLines}.
 */
export function readSmallFileLines(filePath: string): LineEvent[] | undefined {
  const fd = fs.openSync(filePath, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > SMALL_FILE_BYTES) return undefined;
    // One byte more than the size: a file that grew since the stat is streamed instead (read as it is then).
    const buf = Buffer.allocUnsafe(size + 1);
    let n = 0;
    for (;;) {
      const r = fs.readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n === buf.length) return undefined;
    }
    const lines: LineEvent[] = [];
    const splitter = new LineSplitter((line) => void lines.push(line));
    splitter.push(buf.subarray(0, n));
    splitter.end();
    return lines;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Parses a JSONL text line into an object; undefined when it is not valid JSON or not an object
 * (a malformed record, 2.16).
 */
export function parseJsonObjectLine(text: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The first non-blank line of a file (BOM and one trailing `\r` removed), or undefined. */
export async function readFirstNonBlankLine(filePath: string): Promise<string | undefined> {
  let found: string | undefined;
  const splitter = new LineSplitter((line) => {
    if (found === undefined && line.kind === 'text' && !isBlankLine(line.text)) found = line.text;
  });
  const stream = fs.createReadStream(filePath, { highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) {
      splitter.push(chunk as Buffer);
      if (found !== undefined) return found;
    }
    splitter.end();
  } finally {
    stream.destroy();
  }
  return found;
}

/**
 * Pull-based synchronous line reader (for merging several files in timestamp order without
 * holding them in memory). Call `close()` when done; `next()` returns undefined at EOF.
 */
export class SyncLineReader {
  private readonly fd: number;
  private readonly queue: LineEvent[] = [];
  private qHead = 0;
  private readonly splitter: LineSplitter;
  private readonly buf: Buffer;
  private eof = false;
  private closed = false;

  constructor(filePath: string, chunkSize = 1 << 20) {
    this.fd = fs.openSync(filePath, 'r');
    this.buf = Buffer.allocUnsafe(chunkSize);
    this.splitter = new LineSplitter((line) => this.queue.push(line));
  }

  next(): LineEvent | undefined {
    while (this.qHead >= this.queue.length) {
      this.queue.length = 0;
      this.qHead = 0;
      if (this.eof) return undefined;
      const n = fs.readSync(this.fd, this.buf, 0, this.buf.length, null);
      if (n === 0) {
        this.eof = true;
        this.splitter.end();
        this.close();
      } else {
        this.splitter.push(this.buf.subarray(0, n));
      }
    }
    return this.queue[this.qHead++];
  }

  close(): void {
    if (!this.closed) {
      this.closed = true;
      fs.closeSync(this.fd);
    }
  }
}
