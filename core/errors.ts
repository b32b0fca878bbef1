// Typed errors shared by every command (hail-and-store.md section 9).
// Handlers throw these; only the CLI entry point turns them into `Error: ...` and an exit code.

import { asciiLower, trim } from './text';

/** A command error (exit 1). `cause` forms the error chain printed as `outer: root` (or the full chain in debug). */
export class OpenSessionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OpenSessionError';
  }
}

/** A usage error (exit 2): bad flags, missing arguments, invalid enum values. */
export class UsageError extends OpenSessionError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An error with `next:` steps and an optional docs pointer. */
export class GuidedError extends OpenSessionError {
  readonly reason: string;
  readonly steps: string[];
  readonly docs?: string;
  constructor(reason: string, steps: string[], docs?: string, options?: { cause?: unknown }) {
    super(renderGuided(reason, steps, docs), options);
    this.name = 'GuidedError';
    this.reason = reason;
    this.steps = steps;
    this.docs = docs;
  }
}

export function renderGuided(reason: string, steps: string[], docs?: string): string {
  // `trim` of section 1 (Unicode White_Space: strips U+0085, keeps U+FEFF), not String.prototype.trim
  let kept = steps.map((s) => trim(s)).filter((s) => s.length > 0);
  if (kept.length === 0) kept = ['run `opensession --help`'];
  const lines = [trim(reason), 'next:', ...kept.map((s) => `- ${s}`)];
  if (docs !== undefined && docs !== '') lines.push(`docs: ${docs}`);
  return lines.join('\n');
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * The text printed after `Error: `. By default the outermost message plus `: {root cause}`;
 * with debug on, every layer of the chain.
 */
export function formatErrorChain(err: unknown, debug: boolean): string {
  const chain: string[] = [messageOf(err)];
  let cur: unknown = err instanceof Error ? err.cause : undefined;
  let guard = 0;
  while (cur !== undefined && cur !== null && guard++ < 32) {
    chain.push(messageOf(cur));
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  if (chain.length === 1) return chain[0];
  if (debug) return chain.join(': ');
  return `${chain[0]}: ${chain[chain.length - 1]}`;
}

/** `OPENSESSION_DEBUG` is on for 1/true/yes/on (ASCII case-insensitive, trimmed). */
export function isDebugValue(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = asciiLower(trim(value));
  return v === '1' || v === 'true' || v === 'yes' || v === 'on';
}
