// Public types of the parsers package (parsers.md section 6).
import type { Agent, HailEvent, SessionContext, Timestamp } from '../hail/types';
import type { LineEvent } from './common/lines';

export const PROFILE_IDS = ['hail', 'codex', 'claude-code', 'gemini', 'amp', 'cline', 'cursor', 'opencode'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export function isProfileId(value: string): value is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(value);
}

export interface Candidate {
  id: ProfileId;
  confidence: number;
  reason: string;
}

export interface ParseOptions {
  /** Cursor conversation selection (`--session-id`). */
  sessionId?: string;
  /** Overrides `source_path`; `null` omits it. Default: the real path of the entry file. */
  sourcePath?: string | null;
  /** Path used in messages and warnings (default: the path as given). */
  displayPath?: string;
}

/** Session-level fields; complete only after the last event was pushed. */
export interface SessionHeader {
  /** Only HAIL passthrough sets it (the input's version); default `hail-1.0.0`. */
  version?: string;
  session_id: string;
  agent: Agent;
  context: SessionContext;
}

export interface ParseOutcome {
  parserUsed: ProfileId;
  header: SessionHeader;
  eventCount: number;
  warnings: string[];
}

/**
 * Receives events in final order. May be discarded (auto mode retries with a new sink), so a sink
 * must not have side effects that outlive a failed attempt. `push` may return a promise for back-pressure.
 */
export interface EventSink {
  push(event: HailEvent): void | Promise<void>;
}

/** A parser rejected the input at top level (`<err>` of parsers.md 3.3 is `message`). */
export class ParserFailed extends Error {
  constructor(
    readonly profile: ProfileId,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ParserFailed';
  }
}

/** A parser ran without a top-level failure but emitted no event. */
export class NoEvents extends Error {
  constructor(readonly profile: ProfileId) {
    super(`parser '${profile}' produced no events`);
    this.name = 'NoEvents';
  }
}

export interface SelectionAttempt {
  profile: ProfileId;
  /** `ParserFailed` message, or undefined for "produced no events". */
  error?: string;
  hinted: boolean;
}

/** Auto selection found no candidate, or every candidate failed. */
export class SelectionFailed extends Error {
  constructor(
    readonly candidates: Candidate[],
    readonly attempts: SelectionAttempt[],
    readonly warnings: string[],
  ) {
    super(
      candidates.length === 0
        ? 'could not determine parser from source'
        : 'auto-detection failed; choose a parser and retry',
    );
    this.name = 'SelectionFailed';
  }
}

/** What a parser module gets besides the sink (resolved by the library before calling it). */
export interface ParserContext {
  /** Real path of the entry file (symlinks resolved); use it for all I/O and sibling lookups. */
  path: string;
  /** Path used in warnings and messages. */
  displayPath: string;
  /** Value for the `source_path` attribute; null omits it (2.18, section 6). */
  sourcePath: string | null;
  /** Modification time of the entry file, ms precision (2.10 step 5). */
  mtime: Timestamp;
  options: ParseOptions;
}

export interface ParseResult {
  header: SessionHeader;
  eventCount: number;
  /** 2.16 warnings in order (use FileWarnings.render per file). */
  warnings: string[];
}

/** One agent parser, listed in registry.ts. */
export interface ParserModule {
  id: ProfileId;
  /**
   * Parses the entry file, pushing events to `sink` in final order. Throws ParserFailed for a
   * top-level failure (message = the `<err>` text of 7.3); never throws for bad records.
   */
  parse(path: string, sink: EventSink, ctx: ParserContext): Promise<ParseResult>;
  /** JSONL parsers only (section 5): a line-fed state machine for incremental parsing. */
  createLineParser?(sink: EventSink, ctx: ParserContext): LineParser;
}

/** Section 5: a parser fed one complete line at a time. */
export interface LineParser {
  /** Feeds one complete line (without its `\n`), with its 1-based physical line number. */
  feedLine(line: LineEvent): void;
  /** End of input: EOF rules, then the session header. */
  finish(): Promise<ParseResult>;
  /** Promise for pending sink writes, if any. */
  takePending(): Promise<void> | undefined;
}
