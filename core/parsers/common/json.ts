// JSON helpers for agent records: fast JSON.parse per record, with a lossless re-parse (HAIL number
// model, parsers.md 9) only when a value is copied verbatim into output and the text holds a number
// that JSON.parse would change (a float lexeme or an integer of 16+ digits).
import { MAX_DEPTH, parseJsonLossless } from '../../hail/json';
import type { JsonValue } from '../../hail/types';

const LOSSY_NUMBER = /[:,[]\s*-?(?:\d+[.eE]|\d{16})/;

/** True when JSON.parse might lose number information for this JSON text (may be a false positive). */
function mayLoseNumbers(text: string): boolean {
  return LOSSY_NUMBER.test(text);
}

/**
 * JSON text → JsonValue with the HAIL number model. Falls back to JSON.parse when the strict parser
 * rejects it (agent logs may repeat keys); undefined when it is not JSON at all.
 */
export function parseJsonValue(text: string): JsonValue | undefined {
  if (!mayLoseNumbers(text)) {
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      return undefined;
    }
  }
  try {
    return parseJsonLossless(text);
  } catch {
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      return undefined;
    }
  }
}

/**
 * One JSONL record: `value` from JSON.parse (fast path for reading fields) and `lossless()`, the same
 * document with exact numbers, parsed only on demand. Navigate both with the same keys.
 */
export class JsonRecord {
  private exact: Record<string, unknown> | undefined;

  constructor(
    readonly text: string,
    readonly value: Record<string, unknown>,
  ) {}

  lossless(): Record<string, unknown> {
    if (this.exact === undefined) {
      this.exact = this.value;
      if (mayLoseNumbers(this.text)) {
        try {
          const v = parseJsonLossless(this.text);
          if (typeof v === 'object' && v !== null && !Array.isArray(v)) this.exact = v as Record<string, unknown>;
        } catch {
          // keep the JSON.parse value
        }
      }
    }
    return this.exact;
  }

  /** The value at `path` with exact numbers (for Json blocks and raw copies). */
  verbatim(...path: Array<string | number>): JsonValue | undefined {
    if (this.exact === undefined) {
      // A value holding no number reads the same from JSON.parse as from the lossless parser (which
      // only differs in numbers, in cutting values nested deeper than MAX_DEPTH, and in rejecting what
      // JSON.parse accepts, where the JSON.parse value is kept anyway): skip the re-parse of the line.
      let fast: unknown = this.value;
      for (const key of path) {
        if (fast === null || typeof fast !== 'object') return undefined;
        fast = (fast as Record<string | number, unknown>)[key];
      }
      if (fast === undefined || !holdsNumber(fast, path.length)) return fast as JsonValue | undefined;
    }
    let cur: unknown = this.lossless();
    for (const key of path) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string | number, unknown>)[key];
    }
    return cur as JsonValue | undefined;
  }
}

/**
 * True when `v` (nested at `depth` in its line) holds a number, or a container deeper than MAX_DEPTH
 * (where the lossless parser would cut it): then only the lossless parse gives its exact value.
 */
function holdsNumber(v: unknown, depth: number): boolean {
  if (typeof v === 'number') return true;
  if (typeof v !== 'object' || v === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'number' || (typeof x === 'object' && x !== null && holdsNumber(x, depth + 1))) return true;
    }
    return false;
  }
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if (typeof x === 'number' || (typeof x === 'object' && x !== null && holdsNumber(x, depth + 1))) return true;
  }
  return false;
}
