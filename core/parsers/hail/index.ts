// HAIL passthrough (parsers.md 4.8): HAIL JSONL read line by line with the HAIL reader rules, or one
// whole-session JSON object whose `events` are streamed. Events pass through unchanged.
import { parseJsonLossless, stringifyOrdered } from '../../hail/json';
import {
  HailParseError,
  fromWholeSessionJson,
  isBlankLine as isHailBlank,
  parseHailLine,
  type HailHeader,
} from '../../hail/reader';
import type { JsonValue } from '../../hail/types';
import { SessionBuilder, streamJsonDocument } from '../common';
import type { LineEvent } from '../common/lines';
import { probeFile } from '../detect';
import { parseJsonObjectLine, readFirstNonBlankLine, readLines } from '../common/lines';
import {
  ParserFailed,
  type EventSink,
  type LineParser,
  type ParseResult,
  type ParserContext,
  type ParserModule,
} from '../types';

const NEITHER = 'input is neither HAIL JSONL nor HAIL JSON';

function failed(message: string): ParserFailed {
  return new ParserFailed('hail', message);
}

/** HAIL JSONL as a line-fed state machine (section 5). */
class HailLineParser implements LineParser {
  private readonly builder: SessionBuilder;
  private header: HailHeader | undefined;
  private sawNonBlank = false;

  constructor(sink: EventSink, ctx: ParserContext) {
    this.builder = new SessionBuilder({ sink, tool: 'hail', mtime: ctx.mtime, sourcePath: null, uniqueIds: false });
  }

  takePending(): Promise<void> | undefined {
    return this.builder.takePending();
  }

  feedLine(line: LineEvent): void {
    if (line.kind === 'invalid-utf8') throw failed('input is not valid UTF-8 text');
    if (line.kind === 'oversized') throw failed(`JSON error at line ${line.lineNo}: record larger than 64 MiB`);
    if (isHailBlank(line.text)) return;
    let parsed;
    try {
      parsed = parseHailLine(line.text, line.lineNo);
    } catch (e) {
      if (e instanceof HailParseError) throw failed(e.message);
      throw e;
    }
    if (!this.sawNonBlank) {
      this.sawNonBlank = true;
      if (parsed.kind !== 'header') throw failed(`Unexpected line type at line ${line.lineNo}: expected header`);
      this.header = parsed.header;
      return;
    }
    if (parsed.kind === 'header') throw failed(`Unexpected line type at line ${line.lineNo}: duplicate header`);
    if (parsed.kind === 'event') this.builder.emit(parsed.event);
  }

  async finish(): Promise<ParseResult> {
    if (this.header === undefined) throw failed('Missing header line');
    this.builder.flush();
    await this.builder.drain();
    const h = this.header;
    return {
      header: { session_id: h.session_id, agent: h.agent, context: h.context, version: h.version },
      eventCount: this.builder.eventCount,
      warnings: [],
    };
  }
}

/** True when the first non-blank line is a JSON object with `type == "header"`. */
async function firstLineIsHeader(path: string): Promise<boolean> {
  const first = await readFirstNonBlankLine(path);
  return first !== undefined && parseJsonObjectLine(first)?.type === 'header';
}

async function parseWholeSession(path: string, sink: EventSink, ctx: ParserContext): Promise<ParseResult> {
  const probe = await probeFile(path);
  const keys = probe.documentKeys;
  if (!keys || !['version', 'session_id', 'agent', 'context', 'events'].every((k) => keys.has(k)))
    throw failed(NEITHER);
  const builder = new SessionBuilder({ sink, tool: 'hail', mtime: ctx.mtime, sourcePath: null, uniqueIds: false });
  const members: Record<string, JsonValue> = {};
  let problem: string | undefined;
  await streamJsonDocument(path, {
    arrayKey: 'events',
    memberLimit: 64 * 1024 * 1024,
    onMember: (key, raw) => {
      if (key === 'version' || key === 'session_id' || key === 'agent' || key === 'context') {
        try {
          members[key] = parseJsonLossless(raw);
        } catch {
          problem ??= NEITHER;
        }
      }
    },
    onElement: (text, index) => {
      if (problem !== undefined) return;
      if (text === undefined) {
        problem = NEITHER;
        return;
      }
      try {
        const value = parseJsonLossless(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new Error('invalid type: expected an object');
        const rest = { ...(value as Record<string, JsonValue>) };
        delete rest.type;
        const body = stringifyOrdered(rest);
        const parsed = parseHailLine('{"type":"event"' + (body === '{}' ? '}' : ',' + body.slice(1)), index);
        if (parsed.kind === 'event') builder.emit(parsed.event);
      } catch (e) {
        const detail =
          e instanceof HailParseError && e.detail !== undefined ? e.detail : e instanceof Error ? e.message : String(e);
        problem = `invalid session JSON: ${detail}`;
      }
      return builder.takePending();
    },
  });
  if (problem !== undefined) throw failed(problem);
  builder.flush();
  await builder.drain();
  let header: HailHeader;
  try {
    const s = fromWholeSessionJson({ ...members, events: [] } as JsonValue);
    header = { version: s.version, session_id: s.session_id, agent: s.agent, context: s.context };
  } catch (e) {
    if (e instanceof HailParseError) throw failed(e.message);
    throw e;
  }
  return {
    header: { session_id: header.session_id, agent: header.agent, context: header.context, version: header.version },
    eventCount: builder.eventCount,
    warnings: [],
  };
}

export const hailParser: ParserModule = {
  id: 'hail',
  parse: async (path, sink, ctx) => {
    if (await firstLineIsHeader(path)) {
      const parser = new HailLineParser(sink, ctx);
      await readLines(path, (line) => {
        parser.feedLine(line);
        return parser.takePending();
      });
      return parser.finish();
    }
    return parseWholeSession(path, sink, ctx);
  },
  createLineParser: (sink, ctx) => new HailLineParser(sink, ctx),
};
