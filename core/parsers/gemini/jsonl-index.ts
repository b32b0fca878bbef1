// Gemini JSONL replay (parsers.md 4.3, 9 "Two-pass Gemini JSONL"): pass 1 reads every line once and keeps,
// per message, only where its latest record lives (byte offset and length of the line, or a `$set` line
// plus the element index) in replay order; pass 2 reads those records back by offset, in final order.
import * as fs from 'fs';
import type { JsonValue } from '../../hail/types';
import { parseJsonValue } from '../common/json';
import { MAX_RECORD_BYTES, isBlankLine } from '../common/lines';
import { isObject } from '../common/rules';
import type { FileWarnings } from '../common/builder';

const MESSAGE_TYPES = new Set(['user', 'gemini', 'info', 'error', 'warning']);
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Where the latest record of one message lives. */
export interface MessageRef {
  id: string | undefined;
  lineNo: number;
  start: number;
  length: number;
  /** Element index inside `$set.messages` when the message came from a `$set` line. */
  element?: number;
}

export interface ReplayIndex {
  messages: MessageRef[];
  /** Shallow-merged session metadata (header lines and `$set`, without `messages`). */
  meta: Record<string, unknown>;
}

/** Decodes one physical line (without its `\n`): drops one trailing `\r` and a BOM on line 1; strict UTF-8. */
function decodeLine(bytes: Buffer, lineNo: number): string | undefined {
  let b = bytes;
  if (b.length > 0 && b[b.length - 1] === 0x0d) b = b.subarray(0, b.length - 1);
  if (lineNo === 1 && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  try {
    return strictDecoder.decode(b);
  } catch {
    return undefined;
  }
}

/** Splits a file into physical lines with byte offsets; lines over the cap are reported without bytes. */
async function forEachLine(
  filePath: string,
  onLine: (lineNo: number, start: number, length: number, bytes: Buffer | undefined) => void | 'stop',
): Promise<void> {
  const stream = fs.createReadStream(filePath, { highWaterMark: 1 << 20 });
  let parts: Buffer[] = [];
  let partBytes = 0;
  let oversized = false;
  let lineStart = 0;
  let lineLength = 0;
  let pos = 0;
  let lineNo = 0;
  let stop = false;
  const deliver = (): void => {
    lineNo++;
    const bytes = oversized ? undefined : parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
    if (onLine(lineNo, lineStart, lineLength, bytes) === 'stop') stop = true;
    parts = [];
    partBytes = 0;
    oversized = false;
    lineLength = 0;
  };
  const append = (chunk: Buffer, from: number, to: number): void => {
    lineLength += to - from;
    if (oversized || to <= from) return;
    if (partBytes + (to - from) > MAX_RECORD_BYTES) {
      oversized = true;
      parts = [];
      partBytes = 0;
      return;
    }
    parts.push(chunk.subarray(from, to));
    partBytes += to - from;
  };
  try {
    for await (const raw of stream) {
      const chunk = raw as Buffer;
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(0x0a, from);
        if (nl < 0) {
          append(chunk, from, chunk.length);
          break;
        }
        append(chunk, from, nl);
        deliver();
        if (stop) return;
        lineStart = pos + nl + 1;
        from = nl + 1;
      }
      pos += chunk.length;
    }
    if (lineLength > 0) deliver();
  } finally {
    stream.destroy();
  }
}

/** Pass 1: replays the JSONL records (4.3 rules 1–5) into a message index. Malformed lines are counted. */
export async function buildReplayIndex(filePath: string, warnings: FileWarnings): Promise<ReplayIndex> {
  const messages: MessageRef[] = [];
  const positions = new Map<string, number>();
  const meta: Record<string, unknown> = {};
  const reindex = (): void => {
    positions.clear();
    messages.forEach((m, i) => {
      if (m.id !== undefined && !positions.has(m.id)) positions.set(m.id, i);
    });
  };
  await forEachLine(filePath, (lineNo, start, length, bytes) => {
    if (bytes === undefined) {
      warnings.oversizedAt(lineNo);
      return;
    }
    const text = decodeLine(bytes, lineNo);
    if (text === undefined) {
      warnings.malformedAt(lineNo);
      return;
    }
    if (isBlankLine(text)) return;
    const value = parseJsonValue(text);
    if (!isObject(value)) {
      warnings.malformedAt(lineNo);
      return;
    }
    if (typeof value.$rewindTo === 'string') {
      const at = positions.get(value.$rewindTo);
      messages.length = at ?? 0;
      reindex();
      return;
    }
    if (isObject(value.$set)) {
      for (const [k, v] of Object.entries(value.$set)) {
        if (k === 'messages' && Array.isArray(v)) continue;
        meta[k] = v;
      }
      const list = value.$set.messages;
      if (Array.isArray(list)) {
        messages.length = 0;
        list.forEach((item, element) => {
          const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
          messages.push({ id, lineNo, start, length, element });
        });
        reindex();
      }
      return;
    }
    if (typeof value.id === 'string' && typeof value.type === 'string' && MESSAGE_TYPES.has(value.type)) {
      const ref: MessageRef = { id: value.id, lineNo, start, length };
      const at = positions.get(value.id);
      if (at !== undefined) messages[at] = ref;
      else {
        positions.set(value.id, messages.length);
        messages.push(ref);
      }
      return;
    }
    if (typeof value.sessionId === 'string') {
      for (const [k, v] of Object.entries(value)) meta[k] = v;
    }
  });
  return { messages, meta };
}

/** Pass 2: reads the indexed records back in final order. The last `$set` line read is cached. */
export async function* readIndexedMessages(
  filePath: string,
  index: ReplayIndex,
): AsyncGenerator<{ ref: MessageRef; value: JsonValue | undefined }> {
  const handle = await fs.promises.open(filePath, 'r');
  let cachedStart = -1;
  let cachedValue: JsonValue | undefined;
  try {
    for (const ref of index.messages) {
      let value: JsonValue | undefined;
      if (ref.element !== undefined && cachedStart === ref.start) {
        value = cachedValue;
      } else {
        const buf = Buffer.alloc(ref.length);
        await handle.read(buf, 0, ref.length, ref.start);
        const text = decodeLine(buf, ref.lineNo);
        value = text === undefined ? undefined : parseJsonValue(text);
        if (ref.element !== undefined) {
          cachedStart = ref.start;
          cachedValue = value;
        }
      }
      if (ref.element !== undefined) {
        const list = isObject(value) && isObject(value.$set) ? value.$set.messages : undefined;
        yield { ref, value: Array.isArray(list) ? (list[ref.element] as JsonValue) : undefined };
      } else {
        yield { ref, value };
      }
    }
  } finally {
    await handle.close();
  }
}

/** First non-blank line of a file parses as a complete JSON object (layout fallback of 4.3). */
export async function firstLineIsJsonObject(filePath: string): Promise<boolean> {
  let result: boolean | undefined;
  try {
    await forEachLine(filePath, (lineNo, _start, _length, bytes) => {
      const text = bytes === undefined ? undefined : decodeLine(bytes, lineNo);
      if (text !== undefined && isBlankLine(text)) return;
      result = text !== undefined && isObject(parseJsonValue(text));
      return 'stop';
    });
  } catch {
    return false;
  }
  return result === true;
}
