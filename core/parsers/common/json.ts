// JSON helpers for agent records: fast JSON.parse per record, with a lossless re-parse (HAIL number
// model, parsers.md 9) only when a value is copied verbatim into output and the text holds a number
// that JSON.parse would change (a float lexeme or an integer of 16+ digits).
import { parseJsonLossless } from '../../hail/json';
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
    let cur: unknown = this.lossless();
    for (const key of path) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string | number, unknown>)[key];
    }
    return cur as JsonValue | undefined;
  }
}
