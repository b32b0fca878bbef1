// Streaming reader for JSON documents (parsers.md 2.17): one element of the main array is materialised
// at a time (as raw text, so callers can parse it losslessly), plus small top-level members.
// A byte-level structural scanner; it does not validate JSON beyond structure (elements are parsed
// by the caller, which counts a bad element as malformed).
import * as fs from 'fs';
import { MAX_RECORD_BYTES } from './lines';

export interface JsonDocumentOptions {
  /** Top-level key whose array elements are streamed; omit to stream a top-level array's elements. */
  arrayKey?: string;
  /** Called for each element of the main array with its raw JSON text and 1-based index. */
  onElement(text: string | undefined, index: number, problem?: 'oversized' | 'invalid-utf8'): void | Promise<void>;
  /** Called for every other top-level member whose raw value is at most `memberLimit` bytes. */
  onMember?(key: string, rawValue: string): void;
  memberLimit?: number;
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

/** Streams a JSON document from `filePath`. Throws only for I/O errors. */
export async function streamJsonDocument(filePath: string, opts: JsonDocumentOptions): Promise<JsonDocumentShape> {
  const memberLimit = opts.memberLimit ?? 1 << 20;
  const shape: JsonDocumentShape = { top: 'other', complete: false, foundArray: false };
  let started = false;
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

  const stream = fs.createReadStream(filePath, { highWaterMark: 1 << 20 });
  try {
    for await (const raw of stream) {
      const chunk = raw as Buffer;
      if (capturing) capStart = capOversized ? -1 : 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i];
        if (inString) {
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
          memberIsTarget = opts.arrayKey !== undefined && currentKey === opts.arrayKey && c === 0x5b;
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
      if (shape.top === 'other' || trailingGarbage) break;
    }
  } finally {
    stream.destroy();
  }
  if (trailingGarbage) shape.complete = false;
  return shape;
}
