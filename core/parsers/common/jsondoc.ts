// The one streaming reader of JSON documents (parsers.md 2.16, 2.17), hand-written over bytes:
// - JsonSyntaxScanner checks the whole grammar (what JSON.parse accepts) with an explicit stack and keeps
//   only top-level keys, member kinds and small member values: pass 1 of the Gemini JSON, Cline and Amp
//   parsers (scanJsonDocument, with a strict UTF-8 check) and candidate detection (detect.ts).
// - streamJsonDocument finds element boundaries of the main array (structure only, no validation) and
//   hands out one element at a time as raw text: pass 2 (streamJsonElements) and the whole-session HAIL
//   parser, both of which run after a validating pass.
import { isUtf8 } from 'buffer';
import * as fs from 'fs';
import type { JsonValue } from '../../hail/types';
import { parseJsonLossless } from '../../hail/json';
import { MAX_RECORD_BYTES } from './lines';

export interface JsonDocumentOptions {
  /** Top-level key whose array elements are streamed; omit to stream a top-level array's elements. */
  arrayKey?: string;
  /** Called for each element of the main array with its raw JSON text and 1-based index. */
  onElement(text: string | undefined, index: number, problem?: 'oversized' | 'invalid-utf8'): void | Promise<void>;
  /** Called for every other top-level member whose raw value is at most `memberLimit` bytes. */
  onMember?(key: string, rawValue: string): void;
  memberLimit?: number;
  /** Read size in bytes (default 1 MiB); tests use tiny reads to put chunk boundaries everywhere. */
  readBytes?: number;
  /** Stream only the first `arrayKey` member with an array value (later duplicates are skipped). */
  firstArrayOnly?: boolean;
}

export interface JsonDocumentShape {
  /** `{`, `[`, or `other` (empty, scalar, garbage) for the first non-whitespace byte. */
  top: 'object' | 'array' | 'other';
  /** The top-level container was closed and only whitespace followed. */
  complete: boolean;
  /** The main array was found (arrayKey present with an array value, or a top-level array). */
  foundArray: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

const BOM = [0xef, 0xbb, 0xbf];

/** Streams a JSON document from `filePath`. Throws only for I/O errors. */
export async function streamJsonDocument(filePath: string, opts: JsonDocumentOptions): Promise<JsonDocumentShape> {
  const memberLimit = opts.memberLimit ?? 1 << 20;
  const shape: JsonDocumentShape = { top: 'other', complete: false, foundArray: false };
  let started = false;
  let bomAt = 0; // BOM bytes seen at file start; -1 once past it
  let depth = 0;
  let inString = false;
  let escape = false;
  let trailingGarbage = false;
  // Depth-1 object bookkeeping.
  let expectKey = false;
  let keyParts: number[] | undefined;
  let currentKey = '';
  let memberActive = false; // a depth-1 member value is being read
  let memberIsTarget = false;
  let elementArrayDepth = -1; // depth of the container whose elements are streamed
  // Capture of the current element / member value.
  let capParts: Buffer[] = [];
  let capBytes = 0;
  let capStart = -1; // index in the current chunk, -1 when not capturing in this chunk
  let capturing = false;
  let capOversized = false;
  let capKind: 'element' | 'member' = 'element';
  let elementIndex = 0;
  let elementPending = false; // inside the main array, waiting for the next element's first byte
  const pending: Array<Promise<void>> = [];

  const startCapture = (kind: 'element' | 'member', at: number): void => {
    capturing = true;
    capKind = kind;
    capParts = [];
    capBytes = 0;
    capStart = at;
    capOversized = false;
  };
  const finishCapture = (chunk: Buffer, end: number): void => {
    if (!capturing) return;
    capturing = false;
    if (capStart >= 0 && end > capStart && !capOversized) {
      capParts.push(chunk.subarray(capStart, end));
      capBytes += end - capStart;
    }
    capStart = -1;
    const limit = capKind === 'element' ? MAX_RECORD_BYTES : memberLimit;
    if (capOversized || capBytes > limit) {
      if (capKind === 'element') {
        const r = opts.onElement(undefined, elementIndex, 'oversized');
        if (r) pending.push(r);
      }
      capParts = [];
      return;
    }
    let text: string | undefined;
    try {
      text = decoder.decode(capParts.length === 1 ? capParts[0] : Buffer.concat(capParts, capBytes));
    } catch {
      text = undefined;
    }
    capParts = [];
    if (capKind === 'element') {
      const r = opts.onElement(
        text === undefined ? undefined : text.trimEnd(),
        elementIndex,
        text === undefined ? 'invalid-utf8' : undefined,
      );
      if (r) pending.push(r);
    } else if (text !== undefined && opts.onMember) {
      opts.onMember(currentKey, text.trimEnd());
    }
  };

  const stream = fs.createReadStream(filePath, { highWaterMark: opts.readBytes ?? 1 << 20 });
  try {
    for await (const raw of stream) {
      const chunk = raw as Buffer;
      if (capturing) capStart = capOversized ? -1 : 0;
      // A UTF-8 BOM at file start is not part of the document (parsers.md 2.16), even split across reads.
      let i = 0;
      while (bomAt >= 0 && bomAt < 3 && i < chunk.length) {
        if (chunk[i] !== BOM[bomAt]) break;
        bomAt++;
        i++;
      }
      if (i < chunk.length) bomAt = -1;
      const len = chunk.length;
      for (; i < len; i++) {
        let c = chunk[i];
        if (inString) {
          // Most bytes are string content: skip to the next quote or backslash in a tight loop.
          if (keyParts === undefined && !escape) {
            while (c !== 0x22 && c !== 0x5c) {
              if (++i === len) break;
              c = chunk[i];
            }
            if (i === len) break;
          }
          if (keyParts !== undefined && !(c === 0x22 && !escape)) keyParts.push(c);
          if (escape) escape = false;
          else if (c === 0x5c) escape = true;
          else if (c === 0x22) {
            inString = false;
            if (keyParts !== undefined) {
              try {
                currentKey = JSON.parse('"' + decoder.decode(Uint8Array.from(keyParts)) + '"') as string;
              } catch {
                currentKey = '';
              }
              keyParts = undefined;
            }
          }
          continue;
        }
        if (isWs(c)) continue;
        if (!started) {
          started = true;
          shape.top = c === 0x7b ? 'object' : c === 0x5b ? 'array' : 'other';
          if (shape.top === 'other') break;
          depth = 1;
          if (shape.top === 'object') expectKey = true;
          else if (opts.arrayKey === undefined) {
            shape.foundArray = true;
            elementArrayDepth = 1;
            elementPending = true;
          }
          continue;
        }
        if (depth === 0) {
          trailingGarbage = true;
          break;
        }
        // Start of an element of the main array.
        if (elementPending && depth === elementArrayDepth && c !== 0x5d && c !== 0x2c) {
          elementPending = false;
          elementIndex++;
          startCapture('element', i);
        }
        // Start of a depth-1 member value.
        if (
          shape.top === 'object' &&
          depth === 1 &&
          !expectKey &&
          !memberActive &&
          c !== 0x3a &&
          c !== 0x2c &&
          c !== 0x7d
        ) {
          memberActive = true;
          memberIsTarget =
            opts.arrayKey !== undefined &&
            currentKey === opts.arrayKey &&
            c === 0x5b &&
            !(opts.firstArrayOnly === true && shape.foundArray);
          if (memberIsTarget) {
            shape.foundArray = true;
            elementArrayDepth = 2;
            elementPending = true;
          } else if (opts.onMember) {
            startCapture('member', i);
          }
        }
        switch (c) {
          case 0x22: // "
            inString = true;
            if (shape.top === 'object' && depth === 1 && expectKey) keyParts = [];
            break;
          case 0x7b: // {
          case 0x5b: // [
            depth++;
            break;
          case 0x7d: // }
          case 0x5d: // ]
            if (depth === elementArrayDepth && elementArrayDepth > 0) {
              finishCapture(chunk, i);
              elementPending = false;
              if (elementArrayDepth === 2) elementArrayDepth = -1;
            }
            if (shape.top === 'object' && depth === 1 && memberActive) {
              if (!memberIsTarget) finishCapture(chunk, i);
              memberActive = false;
            }
            depth--;
            if (depth === 0) shape.complete = true;
            break;
          case 0x2c: // ,
            if (depth === elementArrayDepth) {
              finishCapture(chunk, i);
              elementPending = true;
            } else if (shape.top === 'object' && depth === 1) {
              if (memberActive && !memberIsTarget) finishCapture(chunk, i);
              memberActive = false;
              memberIsTarget = false;
              expectKey = true;
            }
            break;
          case 0x3a: // :
            if (shape.top === 'object' && depth === 1) expectKey = false;
            break;
          default:
            break;
        }
      }
      if (capturing && capStart >= 0 && !capOversized) {
        const part = chunk.subarray(capStart);
        if (capBytes + part.length > (capKind === 'element' ? MAX_RECORD_BYTES : memberLimit)) {
          capOversized = true;
          capParts = [];
        } else {
          capParts.push(part);
          capBytes += part.length;
        }
        capStart = -1;
      }
      while (pending.length > 0) await pending.shift();
      if ((started && shape.top === 'other') || trailingGarbage) break;
    }
  } finally {
    stream.destroy();
  }
  if (trailingGarbage) shape.complete = false;
  return shape;
}

// ---------------------------------------------------------------------------------------------------
// Validating scanner: the JSON grammar (RFC 8259, what JSON.parse accepts) checked byte by byte with an
// explicit container stack, so nesting depth costs memory, not call stack. It materialises nothing but
// the top-level keys and, on request, the raw text of small top-level members. Used for the first pass of
// the document parsers (scanJsonDocument) and by candidate detection (parsers.md 3.2).

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

// Scanner states.
const S_START = 0; // before the root value
const S_VALUE = 1; // a value is required (after `:` or `,` in an array)
const S_ARRAY_FIRST = 2; // after `[`: a value or `]`
const S_OBJECT_FIRST = 3; // after `{`: a key or `}`
const S_KEY = 4; // after `,` in an object: a key
const S_COLON = 5;
const S_AFTER_VALUE = 6; // `,` or the closing bracket of the current container
const S_DONE = 7; // the root value ended: only whitespace may follow
const S_STRING = 8;
const S_ESCAPE = 9;
const S_UNICODE = 10; // inside \uXXXX (hexLeft digits to go)
const S_MINUS = 11; // after `-`: a digit
const S_ZERO = 12; // leading `0`: `.`, `e`, or the end of the number
const S_INT = 13;
const S_DOT = 14; // after `.`: a digit
const S_FRACTION = 15;
const S_EXP = 16; // after `e`: sign or digit
const S_EXP_SIGN = 17; // after the exponent sign: a digit
const S_EXP_DIGITS = 18;
const S_LITERAL = 19; // inside true / false / null

const LITERALS: Record<number, Buffer> = {
  0x74: Buffer.from('true'),
  0x66: Buffer.from('false'),
  0x6e: Buffer.from('null'),
};

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function kindOfFirstByte(c: number): JsonKindName {
  if (c === 0x7b) return 'object';
  if (c === 0x5b) return 'array';
  if (c === 0x22) return 'string';
  if (c === 0x74 || c === 0x66) return 'boolean';
  if (c === 0x6e) return 'null';
  return 'number';
}

function describeByte(c: number): string {
  return c >= 0x21 && c <= 0x7e ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}

export interface JsonScannerOptions {
  /** Key of the main array in an object root: its value is neither captured nor reported as a member. */
  arrayKey?: string;
  /** Receives the raw bytes of each top-level member value (object root) of at most MAX_RECORD_BYTES. */
  onMember?(key: string, raw: Buffer): void;
}

/**
 * Push-style validating JSON scanner. `write` each chunk, then `end`; both throw JsonDocumentError
 * (kind `syntax`) at the first byte that breaks the grammar, naming its offset in the input.
 */
export class JsonSyntaxScanner {
  rootKind: JsonKindName | 'none' = 'none';
  /** Top-level keys of an object root, in document order (duplicates once). */
  readonly keys = new Set<string>();
  /** Kind of every top-level member of an object root, including the main array (last one wins). */
  readonly memberKinds = new Map<string, JsonKindName>();
  /** The main array (arrayKey) was found with an array value. */
  foundArray = false;

  private state = S_START;
  private bomAt = 0; // BOM bytes matched at input start; -1 once past it
  private stack = new Uint8Array(64); // 0 object, 1 array
  private depth = 0;
  private base = 0; // input offset of the current chunk
  private afterString = S_AFTER_VALUE; // state after the current string ends (S_COLON for keys)
  private hexLeft = 0;
  private literal: Buffer = LITERALS[0x74];
  private literalAt = 0;
  // top-level key being read (object root, depth 1)
  private keyParts: Buffer[] | undefined;
  private keyBytes = 0;
  private keyStart = -1;
  private currentKey = '';
  // top-level member value being captured
  private capParts: Buffer[] | undefined;
  private capBytes = 0;
  private capStart = -1;
  private capOversized = false;

  constructor(private readonly opts: JsonScannerOptions = {}) {}

  /** Bytes consumed so far. */
  get offset(): number {
    return this.base;
  }

  private fail(c: number | undefined, at: number): never {
    if (c === undefined) throw new JsonDocumentError('syntax', 'unexpected end of document');
    if (this.state === S_DONE)
      throw new JsonDocumentError('syntax', `unexpected data after the document at byte ${at}`);
    throw new JsonDocumentError('syntax', `unexpected ${describeByte(c)} at byte ${at}`);
  }

  private push(kind: number): void {
    if (this.depth === this.stack.length) {
      const grown = new Uint8Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[this.depth++] = kind;
  }

  private valueEnded(): void {
    this.state = this.depth === 0 ? S_DONE : S_AFTER_VALUE;
  }

  private endKey(chunk: Buffer, end: number): void {
    const parts = this.keyParts!;
    if (this.keyStart >= 0) {
      parts.push(chunk.subarray(this.keyStart, end));
      this.keyBytes += end - this.keyStart;
    }
    this.keyParts = undefined;
    this.keyStart = -1;
    if (this.keyBytes > MAX_RECORD_BYTES) {
      this.currentKey = '';
      return;
    }
    // Invalid UTF-8 decodes to U+FFFD (detection does not require UTF-8); escapes were checked above.
    const text = (parts.length === 1 ? parts[0] : Buffer.concat(parts)).toString('utf8');
    this.currentKey = text.includes('\\') ? (JSON.parse('"' + text + '"') as string) : text;
    this.keys.add(this.currentKey);
  }

  private startMember(c: number, at: number): void {
    const key = this.currentKey;
    this.memberKinds.set(key, kindOfFirstByte(c));
    if (c === 0x5b && this.opts.arrayKey !== undefined && key === this.opts.arrayKey && !this.foundArray) {
      this.foundArray = true;
      return;
    }
    if (this.opts.onMember === undefined) return;
    this.capParts = [];
    this.capBytes = 0;
    this.capStart = at;
    this.capOversized = false;
  }

  private endMember(chunk: Buffer, end: number): void {
    const parts = this.capParts;
    if (parts === undefined) return;
    this.capParts = undefined;
    if (this.capStart >= 0 && !this.capOversized) {
      parts.push(chunk.subarray(this.capStart, end));
      this.capBytes += end - this.capStart;
    }
    this.capStart = -1;
    if (this.capOversized || this.capBytes > MAX_RECORD_BYTES) return;
    this.opts.onMember!(this.currentKey, parts.length === 1 ? parts[0] : Buffer.concat(parts));
  }

  write(chunk: Buffer): void {
    let i = 0;
    const n = chunk.length;
    // A UTF-8 BOM at input start is skipped, even split across chunks; a partial one is an error.
    while (this.bomAt >= 0 && i < n) {
      if (chunk[i] !== BOM[this.bomAt]) {
        if (this.bomAt > 0) this.fail(chunk[i], this.base + i);
        this.bomAt = -1;
        break;
      }
      i++;
      if (++this.bomAt === 3) this.bomAt = -1;
    }
    if (this.keyParts !== undefined) this.keyStart = 0;
    if (this.capParts !== undefined) this.capStart = this.capOversized ? -1 : 0;
    const base = this.base;
    for (; i < n; i++) {
      let c = chunk[i];
      switch (this.state) {
        case S_STRING:
          for (;;) {
            if (c === 0x22) {
              if (this.keyParts !== undefined) this.endKey(chunk, i);
              if (this.afterString === S_COLON) this.state = S_COLON;
              else this.valueEnded();
              break;
            }
            if (c === 0x5c) {
              this.state = S_ESCAPE;
              break;
            }
            if (c < 0x20) this.fail(c, base + i);
            if (++i === n) break;
            c = chunk[i];
          }
          continue;
        case S_ESCAPE:
          if (c === 0x75) {
            this.state = S_UNICODE;
            this.hexLeft = 4;
          } else if (
            c === 0x22 ||
            c === 0x5c ||
            c === 0x2f ||
            c === 0x62 ||
            c === 0x66 ||
            c === 0x6e ||
            c === 0x72 ||
            c === 0x74
          ) {
            this.state = S_STRING;
          } else this.fail(c, base + i);
          continue;
        case S_UNICODE:
          if (!isHex(c)) this.fail(c, base + i);
          if (--this.hexLeft === 0) this.state = S_STRING;
          continue;
        case S_MINUS:
          if (c === 0x30) this.state = S_ZERO;
          else if (isDigit(c)) this.state = S_INT;
          else this.fail(c, base + i);
          continue;
        case S_INT:
        case S_ZERO:
          if (this.state === S_INT) {
            while (isDigit(c)) {
              if (++i === n) break;
              c = chunk[i];
            }
            if (i === n) continue;
          }
          if (c === 0x2e) this.state = S_DOT;
          else if (c === 0x65 || c === 0x45) this.state = S_EXP;
          else {
            this.valueEnded();
            i--; // the byte after the number is read in the new state
          }
          continue;
        case S_DOT:
          if (isDigit(c)) this.state = S_FRACTION;
          else this.fail(c, base + i);
          continue;
        case S_FRACTION:
          if (isDigit(c)) continue;
          if (c === 0x65 || c === 0x45) this.state = S_EXP;
          else {
            this.valueEnded();
            i--;
          }
          continue;
        case S_EXP:
          if (c === 0x2b || c === 0x2d) this.state = S_EXP_SIGN;
          else if (isDigit(c)) this.state = S_EXP_DIGITS;
          else this.fail(c, base + i);
          continue;
        case S_EXP_SIGN:
          if (isDigit(c)) this.state = S_EXP_DIGITS;
          else this.fail(c, base + i);
          continue;
        case S_EXP_DIGITS:
          if (isDigit(c)) continue;
          this.valueEnded();
          i--;
          continue;
        case S_LITERAL:
          if (c !== this.literal[this.literalAt]) this.fail(c, base + i);
          if (++this.literalAt === this.literal.length) this.valueEnded();
          continue;
        default:
          break;
      }
      // Structural states: whitespace is skipped everywhere.
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      switch (this.state) {
        case S_START:
        case S_VALUE:
        case S_ARRAY_FIRST:
          if (c === 0x5d && this.state === S_ARRAY_FIRST) {
            this.close(chunk, i);
            continue;
          }
          if (this.state === S_START) this.rootKind = kindOfFirstByte(c);
          else if (this.depth === 1 && this.stack[0] === 0) this.startMember(c, i);
          this.startValue(c, base + i);
          continue;
        case S_OBJECT_FIRST:
        case S_KEY:
          if (c === 0x7d && this.state === S_OBJECT_FIRST) {
            this.close(chunk, i);
            continue;
          }
          if (c !== 0x22) this.fail(c, base + i);
          this.state = S_STRING;
          this.afterString = S_COLON;
          if (this.depth === 1) {
            this.keyParts = [];
            this.keyBytes = 0;
            this.keyStart = i + 1;
          }
          continue;
        case S_COLON:
          if (c !== 0x3a) this.fail(c, base + i);
          this.state = S_VALUE;
          continue;
        case S_AFTER_VALUE:
          if (c === 0x2c) {
            const inObject = this.stack[this.depth - 1] === 0;
            if (inObject && this.depth === 1) this.endMember(chunk, i);
            this.state = inObject ? S_KEY : S_VALUE;
          } else if (
            (c === 0x7d && this.stack[this.depth - 1] === 0) ||
            (c === 0x5d && this.stack[this.depth - 1] === 1)
          ) {
            this.close(chunk, i);
          } else this.fail(c, base + i);
          continue;
        default:
          this.fail(c, base + i); // S_DONE: data after the root value
      }
    }
    if (this.keyParts !== undefined && this.keyStart >= 0) {
      if (this.keyBytes <= MAX_RECORD_BYTES) this.keyParts.push(chunk.subarray(this.keyStart));
      this.keyBytes += n - this.keyStart;
      this.keyStart = -1;
    }
    if (this.capParts !== undefined && this.capStart >= 0 && !this.capOversized) {
      const part = chunk.subarray(this.capStart);
      if (this.capBytes + part.length > MAX_RECORD_BYTES) {
        this.capOversized = true;
        this.capParts = [];
      } else {
        this.capParts.push(part);
        this.capBytes += part.length;
      }
      this.capStart = -1;
    }
    this.base += n;
  }

  private startValue(c: number, at: number): void {
    switch (c) {
      case 0x7b:
        this.push(0);
        this.state = S_OBJECT_FIRST;
        return;
      case 0x5b:
        this.push(1);
        this.state = S_ARRAY_FIRST;
        return;
      case 0x22:
        this.state = S_STRING;
        this.afterString = S_AFTER_VALUE;
        return;
      case 0x2d:
        this.state = S_MINUS;
        return;
      case 0x30:
        this.state = S_ZERO;
        return;
      case 0x74:
      case 0x66:
      case 0x6e:
        this.literal = LITERALS[c];
        this.literalAt = 1;
        this.state = S_LITERAL;
        return;
      default:
        if (c >= 0x31 && c <= 0x39) {
          this.state = S_INT;
          return;
        }
        this.fail(c, at);
    }
  }

  private close(chunk: Buffer, i: number): void {
    this.depth--;
    if (this.depth === 0 && this.stack[0] === 0) this.endMember(chunk, i);
    this.valueEnded();
  }

  /** End of input: the root value must be complete. */
  end(): void {
    switch (this.state) {
      case S_DONE:
        return;
      case S_ZERO:
      case S_INT:
      case S_FRACTION:
      case S_EXP_DIGITS:
        if (this.depth === 0) return;
        break;
      case S_START:
        throw new JsonDocumentError('syntax', 'empty document');
      default:
        break;
    }
    this.fail(undefined, this.base);
  }
}

/** Streaming strict UTF-8 check: a sequence split across chunks is carried to the next one. */
export class Utf8Validator {
  private carry: Buffer | undefined;

  /** False when the bytes so far are not UTF-8. */
  write(chunk: Buffer): boolean {
    const data = this.carry !== undefined ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = undefined;
    // A lead byte among the last three whose sequence is not complete yet waits for the next chunk.
    let cut = data.length;
    for (let k = 1; k <= 3 && k <= data.length; k++) {
      const b = data[data.length - k];
      if (b < 0x80) break;
      if (b >= 0xc0) {
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        if (need > k) cut = data.length - k;
        break;
      }
    }
    if (cut < data.length) this.carry = Buffer.from(data.subarray(cut));
    return isUtf8(cut === data.length ? data : data.subarray(0, cut));
  }

  /** False when the input ended inside a sequence. */
  end(): boolean {
    return this.carry === undefined;
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
  /** Read size in bytes (default 1 MiB). */
  readBytes?: number;
}

const NOT_UTF8 = 'input is not valid UTF-8 text';

/**
 * Pass 1 of the document parsers (Gemini JSON, Cline, Amp): checks strict UTF-8 and JSON syntax of the
 * whole file and returns the root kind and the top-level members, without materialising the main array.
 * Throws JsonDocumentError. Each read is checked for UTF-8 before its syntax.
 */
export async function scanJsonDocument(filePath: string, opts: DocumentOptions = {}): Promise<DocumentScan> {
  const members = new Map<string, JsonValue>();
  const scanner = new JsonSyntaxScanner({
    arrayKey: opts.arrayKey,
    onMember: (key, raw) => {
      if (members.has(key)) return; // the first member that parses wins
      try {
        members.set(key, parseJsonLossless(raw.toString('utf8')));
      } catch {
        // a value the lossless model refuses (duplicate key, lone surrogate) is left out
      }
    },
  });
  const utf8 = new Utf8Validator();
  const stream = fs.createReadStream(filePath, { highWaterMark: opts.readBytes ?? 1 << 20 });
  try {
    for await (const chunk of stream) {
      if (!utf8.write(chunk as Buffer)) throw new JsonDocumentError('utf8', NOT_UTF8);
      scanner.write(chunk as Buffer);
    }
  } finally {
    stream.destroy();
  }
  if (!utf8.end()) throw new JsonDocumentError('utf8', NOT_UTF8);
  scanner.end();
  return { rootKind: scanner.rootKind, members, memberKinds: scanner.memberKinds };
}

/**
 * Pass 2: calls `onElement` for every element of the main array, in order, one at a time, parsed
 * losslessly. Call after scanJsonDocument succeeded (this pass checks structure only).
 */
export async function streamJsonElements(
  filePath: string,
  opts: DocumentOptions,
  onElement: (element: DocumentElement) => void | Promise<void>,
): Promise<void> {
  await streamJsonDocument(filePath, {
    arrayKey: opts.arrayKey,
    readBytes: opts.readBytes,
    firstArrayOnly: true,
    onElement: (text, index, problem) => {
      if (problem === 'oversized') return onElement({ index, oversized: true });
      let value: JsonValue | undefined;
      if (text !== undefined) {
        try {
          value = parseJsonLossless(text);
        } catch {
          value = undefined;
        }
      }
      return onElement({ index, value });
    },
  });
}
