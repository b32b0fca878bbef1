// Tool-invocation rules shared by every parser: pairing (2.12), tokens (2.13), diffs (2.14), shell (2.15).
import type { EventType, JsonObject } from '../../hail/types';
import { trim } from '../../text';
import { isObject } from './rules';

// ---------------------------------------------------------------- pairing (2.12)

export interface CallInfo {
  /** The correlation id `C` written as `semantic.call_id`. */
  callId: string;
  name: string;
  filePath?: string;
}

/**
 * Open/closed bookkeeping for tool calls. A result without a call id pairs with the most recent call
 * that has no result yet, else with the most recent call; with no call at all it is unpaired.
 */
export class CallTracker {
  private readonly calls = new Map<string, { info: CallInfo; done: boolean }>();
  private readonly order: string[] = [];
  private last: CallInfo | undefined;

  /** Registers a call; a repeated id replaces the earlier entry and re-opens it. */
  open(info: CallInfo): void {
    this.calls.set(info.callId, { info, done: false });
    this.order.push(info.callId);
    this.last = info;
  }

  /** The call with this id, without marking it answered. */
  get(callId: string): CallInfo | undefined {
    return this.calls.get(callId)?.info;
  }

  /** Marks the call answered and returns it; undefined when the id is unknown. */
  closeById(callId: string): CallInfo | undefined {
    const entry = this.calls.get(callId);
    if (!entry) return undefined;
    entry.done = true;
    return entry.info;
  }

  /** Pairs a result that carries no call id (2.12); undefined when there is no call at all. */
  closeLatest(): CallInfo | undefined {
    while (this.order.length > 0) {
      const id = this.order[this.order.length - 1];
      const entry = this.calls.get(id);
      if (entry && !entry.done && entry.info.callId === id) {
        entry.done = true;
        this.order.pop();
        return entry.info;
      }
      this.order.pop();
    }
    return this.last;
  }

  /** Pairs by id when given and known, else (no id) by recency. `undefined` id → closeLatest. */
  resolve(callId: string | undefined): CallInfo | undefined {
    if (callId !== undefined) return this.closeById(callId);
    return this.closeLatest();
  }
}

// ---------------------------------------------------------------- tokens (2.13)

export interface TokenCounts {
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheCreation?: number;
  inputTotal?: number;
  outputTotal?: number;
}

function positiveInt(v: number | undefined): number | undefined {
  if (v === undefined || !Number.isFinite(v)) return undefined;
  const n = Math.trunc(v);
  return n > 0 ? n : undefined;
}

/** A token count field as written: a finite number truncated to an integer, else 0. */
export function tokenCount(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0;
}

const TOKEN_ATTRIBUTES: ReadonlyArray<[keyof TokenCounts, string]> = [
  ['input', 'input_tokens'],
  ['output', 'output_tokens'],
  ['cacheRead', 'cache_read_input_tokens'],
  ['cacheCreation', 'cache_creation_input_tokens'],
  ['inputTotal', 'input_tokens_total'],
  ['outputTotal', 'output_tokens_total'],
];

/** Writes token attributes (only values > 0, as integers). Returns true when anything was written. */
export function addTokenAttributes(attrs: JsonObject, t: TokenCounts): boolean {
  let any = false;
  for (const [field, attr] of TOKEN_ATTRIBUTES) {
    const n = positiveInt(t[field]);
    if (n !== undefined) {
      attrs[attr] = n;
      any = true;
    }
  }
  return any;
}

// ---------------------------------------------------------------- diffs (2.14)

const OLD_KEYS = ['old_string', 'old_str', 'oldString'];
const NEW_KEYS = ['new_string', 'new_str', 'newString'];

function pairOf(obj: Record<string, unknown>): [string, string] | undefined {
  let oldText: string | undefined;
  let newText: string | undefined;
  for (const k of OLD_KEYS)
    if (typeof obj[k] === 'string') {
      oldText = obj[k] as string;
      break;
    }
  for (const k of NEW_KEYS)
    if (typeof obj[k] === 'string') {
      newText = obj[k] as string;
      break;
    }
  return oldText !== undefined && newText !== undefined ? [oldText, newText] : undefined;
}

/** Old/new string pairs of a tool input: the input's own pair, then `edits[]` items. */
export function editPairs(input: unknown): Array<[string, string]> {
  if (!isObject(input)) return [];
  const pairs: Array<[string, string]> = [];
  const own = pairOf(input);
  if (own) pairs.push(own);
  if (Array.isArray(input.edits)) {
    for (const item of input.edits) {
      if (isObject(item)) {
        const p = pairOf(item);
        if (p) pairs.push(p);
      }
    }
  }
  return pairs;
}

/** 2.14 synthesised diff; undefined when there is no pair. */
export function synthesizeDiff(path: string, pairs: Array<[string, string]>): string | undefined {
  if (pairs.length === 0) return undefined;
  const q = path.startsWith('/') ? path.slice(1) : path;
  const lines = [`--- a/${q}`, `+++ b/${q}`];
  for (const [oldText, newText] of pairs) {
    if (oldText !== '') for (const l of oldText.split('\n')) lines.push(`-${l}`);
    if (newText !== '') for (const l of newText.split('\n')) lines.push(`+${l}`);
  }
  return lines.join('\n');
}

/** Diff for a tool input with old/new strings (own pair or `edits[]`), else undefined. */
export function diffFromToolInput(path: string, input: unknown): string | undefined {
  return synthesizeDiff(path, editPairs(input));
}

/** 2.14 stats rule, for tests and summaries: [added, removed]. */
export function countDiffLines(diff: string): [number, number] {
  let added = 0;
  let removed = 0;
  for (let line of diff.split('\n')) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.startsWith('+') && !line.startsWith('+++')) added++;
    else if (line.startsWith('-') && !line.startsWith('---')) removed++;
  }
  return [added, removed];
}

// ---------------------------------------------------------------- shell (2.15)

const EXIT_CODE = /^(?:Process exited with code|Exit code:)\s*(-?\d+)\s*$/im;

/** 2.15: exit code from plain-text tool output (first matching line), as a signed 32-bit integer. */
export function exitCodeFromText(text: string): number | undefined {
  if (!text.includes('xit')) return undefined;
  const m = EXIT_CODE.exec(text);
  if (!m) return undefined;
  return toExitCode(Number(m[1]));
}

/** A signed 32-bit integer, else undefined. */
export function toExitCode(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < -2147483648 || v > 2147483647) return undefined;
  return v;
}

/**
 * 2.15: `ShellCommand{command}` when the command is non-empty after trimming, else `ToolCall{name}`
 * (the caller then uses `Json(<tool input>)` as content). `shell` says which one was chosen.
 */
export function shellEventType(
  command: string | undefined,
  toolName: string,
): { eventType: EventType; shell: boolean } {
  if (command !== undefined && trim(command) !== '') {
    return { eventType: { type: 'ShellCommand', data: { command } }, shell: true };
  }
  return { eventType: { type: 'ToolCall', data: { name: toolName } }, shell: false };
}

/** Sets a string attribute only when it is non-empty after trimming (1: shared attribute keys). */
export function setAttr(attrs: JsonObject, key: string, value: string | undefined): void {
  if (value === undefined || value.length === 0) return;
  const c = value.charCodeAt(0);
  // Common case: starts with a visible character, so it is non-empty after trimming.
  if ((c > 0x20 && c < 0x7f) || trim(value) !== '') attrs[key] = value;
}
