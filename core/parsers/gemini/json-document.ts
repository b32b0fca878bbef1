// Streaming reader for JSON-document agent logs (Gemini JSON, Cline, Amp; parsers.md 2.16, 2.17, 9).
// The @streamparser/json tokenizer only finds byte boundaries; each top-level member and each element of
// the main array is sliced out and parsed with the lossless HAIL parser, so numbers keep the HAIL model
// and memory holds one element at a time. Shared by the gemini, cline and amp parsers.
import * as fs from 'fs';
import { Tokenizer } from '@streamparser/json';
import type { JsonValue } from '../../hail/types';
import { parseJsonLossless } from '../../hail/json';
import { MAX_RECORD_BYTES } from '../common/lines';

// TokenType values of @streamparser/json (utils/types/tokenType).
const LEFT_BRACE = 0;
const RIGHT_BRACE = 1;
const LEFT_BRACKET = 2;
const RIGHT_BRACKET = 3;
const COLON = 4;
const COMMA = 5;
const STRING = 9;

export type JsonKindName = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** Top-level failure of a JSON document: not UTF-8, or not well-formed JSON. */
export class JsonDocumentError extends Error {
  constructor(
    readonly kind: 'utf8' | 'syntax',
    message: string,
  ) {
    super(message);
    this.name = 'JsonDocumentError';
  }
}

/** One element of the main array; `value` is absent when the element is not valid JSON/UTF-8 or oversized. */
export interface DocumentElement {
  /** 1-based position in the main array (`message <k>` in warnings). */
  index: number;
  value?: JsonValue;
  oversized?: boolean;
}

export interface DocumentScan {
  rootKind: JsonKindName | 'none';
  /** Top-level members of an object root (the main array excluded), parsed losslessly. */
  members: Map<string, JsonValue>;
  /** Kind of every top-level member, including the main array. */
  memberKinds: Map<string, JsonKindName>;
}

export interface DocumentOptions {
  /** Key of the main array inside an object root; absent → the root itself is the main array. */
  arrayKey?: string;
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

function kindOfToken(token: number, value: unknown): JsonKindName {
  switch (token) {
    case LEFT_BRACE:
      return 'object';
    case LEFT_BRACKET:
      return 'array';
    case STRING:
      return 'string';
    default:
      if (typeof value === 'number') return 'number';
      if (typeof value === 'boolean') return 'boolean';
      return 'null';
  }
}

function parseSlice(bytes: Buffer): JsonValue | undefined {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
  try {
    return parseJsonLossless(text);
  } catch {
    return undefined;
  }
}

/**
 * Walks one JSON document. `wantElements` decides whether elements of the main array are materialised
 * (pass 2) or skipped (pass 1, which materialises the other top-level members instead).
 */
class DocumentWalker {
  private readonly tokenizer = new Tokenizer();
  private depth = 0;
  rootKind: JsonKindName | 'none' = 'none';
  readonly members = new Map<string, JsonValue>();
  readonly memberKinds = new Map<string, JsonKindName>();
  readonly elements: DocumentElement[] = [];
  private error: Error | undefined;
  private rootEnd: number | undefined;
  private expectKey = false;
  private expect: 'member' | 'element' | undefined;
  private memberKey = '';
  private inArray = false;
  private arrayDepth = -1;
  private elementIndex = 0;
  // capture of the value being sliced
  private capture:
    { start: number; kind: 'member' | 'element'; key: string; index: number; oversized: boolean } | undefined;
  private chunks: { base: number; buf: Buffer }[] = [];
  private base = 0;

  constructor(
    private readonly opts: DocumentOptions,
    private readonly wantElements: boolean,
  ) {
    this.tokenizer.onToken = (info) => this.onToken(info.token as number, info.value, info.offset);
    this.tokenizer.onError = (err) => {
      if (this.error === undefined) this.error = err;
    };
  }

  write(chunk: Buffer): void {
    // A UTF-8 BOM at file start is ignored; stripping it here keeps token offsets equal to byte positions.
    if (this.base === 0 && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
      chunk = chunk.subarray(3);
    const chunkBase = this.base;
    this.chunks.push({ base: chunkBase, buf: chunk });
    this.base += chunk.length;
    if (this.error === undefined && !this.tokenizer.isEnded) this.tokenizer.write(chunk);
    if (this.error !== undefined) throw new JsonDocumentError('syntax', this.error.message);
    if (this.rootEnd !== undefined) {
      // only whitespace may follow the top-level value
      for (let i = Math.max(0, this.rootEnd - chunkBase); i < chunk.length; i++) {
        const c = chunk[i];
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
          throw new JsonDocumentError('syntax', 'unexpected data after the document');
      }
    }
    this.trimChunks();
  }

  end(): void {
    if (this.error === undefined && !this.tokenizer.isEnded) this.tokenizer.end();
    if (this.error !== undefined) throw new JsonDocumentError('syntax', this.error.message);
    if (this.rootKind === 'none') throw new JsonDocumentError('syntax', 'empty document');
    if (this.depth !== 0) throw new JsonDocumentError('syntax', 'unexpected end of document');
  }

  private trimChunks(): void {
    const cap = this.capture;
    if (cap === undefined || cap.oversized) {
      this.chunks = [];
      return;
    }
    if (this.base - cap.start > MAX_RECORD_BYTES) {
      cap.oversized = true;
      this.chunks = [];
      return;
    }
    while (this.chunks.length > 0 && this.chunks[0].base + this.chunks[0].buf.length <= cap.start) this.chunks.shift();
  }

  private slice(start: number, end: number): Buffer {
    const parts: Buffer[] = [];
    for (const { base, buf } of this.chunks) {
      const from = Math.max(start, base);
      const to = Math.min(end, base + buf.length);
      if (to > from) parts.push(buf.subarray(from - base, to - base));
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  private startCapture(kind: 'member' | 'element', offset: number): void {
    this.capture = { start: offset, kind, key: this.memberKey, index: this.elementIndex, oversized: false };
  }

  private endCapture(offset: number): void {
    const cap = this.capture;
    this.capture = undefined;
    if (cap === undefined) return;
    const oversized = cap.oversized || offset - cap.start > MAX_RECORD_BYTES;
    if (cap.kind === 'element') {
      if (oversized) this.elements.push({ index: cap.index, oversized: true });
      else this.elements.push({ index: cap.index, value: parseSlice(this.slice(cap.start, offset)) });
    } else if (!oversized && !this.members.has(cap.key)) {
      const value = parseSlice(this.slice(cap.start, offset));
      if (value !== undefined) this.members.set(cap.key, value);
    }
  }

  private onToken(token: number, value: unknown, offset: number): void {
    if (this.rootEnd !== undefined) {
      this.error ??= new Error('unexpected data after the document');
      return;
    }
    if (this.rootKind === 'none') {
      this.rootKind = kindOfToken(token, value);
      if (token === LEFT_BRACE) {
        this.depth = 1;
        this.expectKey = true;
      } else if (token === LEFT_BRACKET) {
        this.depth = 1;
        if (this.opts.arrayKey === undefined) {
          this.inArray = true;
          this.arrayDepth = 1;
          this.expect = 'element';
        }
      }
      return;
    }
    if (this.expect !== undefined) {
      const kind = this.expect;
      this.expect = undefined;
      if (!(kind === 'element' && token === RIGHT_BRACKET)) {
        if (kind === 'member') {
          this.memberKinds.set(this.memberKey, kindOfToken(token, value));
          if (this.memberKey === this.opts.arrayKey && token === LEFT_BRACKET && !this.inArray && this.arrayDepth < 0) {
            this.inArray = true;
            this.depth++;
            this.arrayDepth = this.depth;
            this.expect = 'element';
            return;
          }
          if (!this.wantElements) this.startCapture('member', offset);
        } else {
          this.elementIndex++;
          if (this.wantElements) this.startCapture('element', offset);
        }
      }
    }
    switch (token) {
      case LEFT_BRACE:
      case LEFT_BRACKET:
        this.depth++;
        return;
      case RIGHT_BRACE:
      case RIGHT_BRACKET:
        this.depth--;
        if (this.inArray && this.depth === this.arrayDepth - 1) {
          this.endCapture(offset);
          this.inArray = false;
        } else if (this.depth === 0) {
          this.endCapture(offset);
        }
        if (this.depth === 0) this.rootEnd ??= offset + 1;
        return;
      case COMMA:
        if (this.inArray && this.depth === this.arrayDepth) {
          this.endCapture(offset);
          this.expect = 'element';
        } else if (this.rootKind === 'object' && this.depth === 1) {
          this.endCapture(offset);
          this.expectKey = true;
        }
        return;
      case STRING:
        if (this.rootKind === 'object' && this.depth === 1 && this.expectKey) {
          this.memberKey = value as string;
          this.expectKey = false;
        }
        return;
      case COLON:
        if (this.rootKind === 'object' && this.depth === 1 && !this.inArray) this.expect = 'member';
        return;
      default:
        return;
    }
  }
}

async function* readChunks(filePath: string): AsyncGenerator<Buffer> {
  const stream = fs.createReadStream(filePath, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } finally {
    stream.destroy();
  }
}

/**
 * Pass 1: checks strict UTF-8 and JSON syntax of the whole file and returns the root kind and the
 * top-level members (without materialising the main array). Throws JsonDocumentError.
 */
export async function scanJsonDocument(filePath: string, opts: DocumentOptions = {}): Promise<DocumentScan> {
  const walker = new DocumentWalker(opts, false);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of readChunks(filePath)) {
    try {
      utf8.decode(chunk, { stream: true });
    } catch {
      throw new JsonDocumentError('utf8', 'input is not valid UTF-8 text');
    }
    walker.write(chunk);
  }
  try {
    utf8.decode();
  } catch {
    throw new JsonDocumentError('utf8', 'input is not valid UTF-8 text');
  }
  walker.end();
  return { rootKind: walker.rootKind, members: walker.members, memberKinds: walker.memberKinds };
}

/**
 * Pass 2: calls `onElement` for every element of the main array, in order, one at a time.
 * Call after scanJsonDocument succeeded.
 */
export async function streamJsonElements(
  filePath: string,
  opts: DocumentOptions,
  onElement: (element: DocumentElement) => void | Promise<void>,
): Promise<void> {
  const walker = new DocumentWalker(opts, true);
  for await (const chunk of readChunks(filePath)) {
    walker.write(chunk);
    while (walker.elements.length > 0) await onElement(walker.elements.shift()!);
  }
  walker.end();
  while (walker.elements.length > 0) await onElement(walker.elements.shift()!);
}
