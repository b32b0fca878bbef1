// Library interface of the parsers package (parsers.md section 6).
import * as fs from 'fs';
import * as path from 'path';
import { recomputeStats } from '../hail/stats';
import { HAIL_VERSION, type HailEvent, type Session } from '../hail/types';
import { fileMtimeSync } from './common/fs';
import { detectCandidates } from './detect';
import { getParser } from './registry';
import {
  NoEvents,
  ParserFailed,
  SelectionFailed,
  type Candidate,
  type EventSink,
  type ParseOptions,
  type ParseOutcome,
  type ParserContext,
  type ProfileId,
  type SelectionAttempt,
} from './types';

export * from './types';
export { detectCandidates, formatCandidates, probeFile } from './detect';
export { parserForPath, isAuxiliarySessionPath, WATCHED_EXTENSIONS } from './select';
export {
  discoverSessions,
  homeDirectory,
  cursorDbHasConversations,
  type DiscoverOptions,
  type DiscoveredSession,
} from './discover';
export { IncrementalParser, INCREMENTAL_PROFILES } from './incremental';
export { getParser, registeredParsers } from './registry';

/** A sink that can be reset between auto-selection attempts (optional). */
export interface ResettableSink extends EventSink {
  /** Called before a new attempt after an unsuccessful one: drop everything pushed so far. */
  reset?(): void | Promise<void>;
}

/** Resolves the paths and mtime a parser module needs. Throws fs errors (unreadable input). */
export async function parserContext(filePath: string, o: ParseOptions = {}): Promise<ParserContext> {
  // Synchronous calls: two quick system calls, without a thread-pool round trip each (the hook parses many small logs).
  const real = fs.realpathSync.native(path.resolve(filePath));
  return {
    path: real,
    displayPath: o.displayPath ?? filePath,
    sourcePath: o.sourcePath === null ? null : (o.sourcePath ?? real),
    mtime: fileMtimeSync(real),
    options: o,
  };
}

function isFsError(e: unknown): boolean {
  return (
    typeof (e as NodeJS.ErrnoException)?.code === 'string' && typeof (e as NodeJS.ErrnoException)?.syscall === 'string'
  );
}

/** Event types that make a native parse a match (A5): messages of a person or agent, and every kind of tool call. */
const SUBSTANTIVE: ReadonlySet<string> = new Set([
  'UserMessage',
  'AgentMessage',
  'ToolCall',
  'ShellCommand',
  'FileRead',
  'FileEdit',
  'FileCreate',
  'FileDelete',
  'CodeSearch',
  'FileSearch',
  'WebSearch',
  'WebFetch',
  'ImageGenerate',
  'VideoGenerate',
  'AudioGenerate',
]);

async function runProfile(profile: ProfileId, ctx: ParserContext, sink: EventSink): Promise<ParseOutcome> {
  const mod = await getParser(profile);
  if (!mod) throw new ParserFailed(profile, `no parser registered for profile '${profile}'`);
  // A5: a native parser matches only when it found something a person or an agent did (a user or agent message,
  // or a tool call); a foreign file read as only system messages and thinking "produced no events".
  let substantive = profile === 'hail';
  const counting: EventSink = {
    push: (event) => {
      if (!substantive && SUBSTANTIVE.has(event.event_type.type)) substantive = true;
      return sink.push(event);
    },
  };
  let result;
  try {
    result = await mod.parse(ctx.path, counting, ctx);
  } catch (e) {
    if (e instanceof ParserFailed || isFsError(e)) throw e;
    // A parser bug on odd input must not abort auto selection; it reads as that parser failing.
    throw new ParserFailed(profile, e instanceof Error ? e.message : String(e), { cause: e });
  }
  if (result.eventCount === 0 || !substantive) throw new NoEvents(profile);
  return { parserUsed: profile, header: result.header, eventCount: result.eventCount, warnings: result.warnings };
}

/**
 * Runs one parser (explicit profile). Throws ParserFailed (top-level failure), NoEvents (zero
 * events) or an fs error (unreadable input).
 */
export async function parseWithProfile(
  filePath: string,
  profile: ProfileId,
  sink: EventSink,
  o: ParseOptions = {},
): Promise<ParseOutcome> {
  return runProfile(profile, await parserContext(filePath, o), sink);
}

/**
 * Ranked auto-detection (3.3), optionally hinted. Each unsuccessful attempt adds a warning; the sink's
 * `reset()` (when present) is called before every retry. Throws SelectionFailed when nothing succeeds.
 */
export async function parseAuto(
  filePath: string,
  sink: ResettableSink,
  o: ParseOptions & { hint?: ProfileId } = {},
): Promise<ParseOutcome> {
  const ctx = await parserContext(filePath, o);
  const warnings: string[] = [];
  const attempts: SelectionAttempt[] = [];
  let dirty = false;
  const attempt = async (profile: ProfileId, hinted: boolean): Promise<ParseOutcome | undefined> => {
    if (dirty && sink.reset) await sink.reset();
    dirty = true;
    const label = hinted ? 'parser_hint' : 'parser';
    try {
      const outcome = await runProfile(profile, ctx, sink);
      return { ...outcome, warnings: [...warnings, ...outcome.warnings] };
    } catch (e) {
      if (e instanceof ParserFailed) {
        warnings.push(`${label} '${profile}' failed: ${e.message}`);
        attempts.push({ profile, error: e.message, hinted });
        return undefined;
      }
      if (e instanceof NoEvents) {
        warnings.push(`${label} '${profile}' produced no events`);
        attempts.push({ profile, hinted });
        return undefined;
      }
      throw e;
    }
  };
  if (o.hint !== undefined) {
    const r = await attempt(o.hint, true);
    if (r) return r;
  }
  const candidates: Candidate[] = await detectCandidates(ctx.path);
  for (const c of candidates) {
    if (c.id === o.hint) continue;
    const r = await attempt(c.id, false);
    if (r) return r;
  }
  throw new SelectionFailed(candidates, attempts, warnings);
}

/** A sink that keeps every event in memory (and forgets them when auto-selection retries). */
export function collectingSink(): { sink: ResettableSink; events: HailEvent[] } {
  const events: HailEvent[] = [];
  return { events, sink: { push: (e) => void events.push(e), reset: () => void (events.length = 0) } };
}

/** An agent log parsed into a whole in-memory session (auto-detected, optionally hinted), stats recomputed. */
export async function parseSessionInMemory(
  filePath: string,
  o: ParseOptions & { hint?: ProfileId } = {},
): Promise<Session> {
  const { sink, events } = collectingSink();
  const h = (await parseAuto(filePath, sink, o)).header;
  return {
    version: h.version ?? HAIL_VERSION,
    session_id: h.session_id,
    agent: h.agent,
    context: h.context,
    events,
    stats: recomputeStats({ events }),
  };
}
