// Parser registry: every agent parser is listed here once.
//
// How to add a parser (parsers.md section 4):
//   1. Create core/parsers/<agent>/index.ts exporting a `ParserModule` (types.ts):
//        export const geminiParser: ParserModule = { id: 'gemini', parse: async (path, sink, ctx) => { ... } };
//      - Build events with `SessionBuilder` (common/builder.ts): `builder.emit(draft)` handles the 2.10
//        timestamp fallbacks (pass `timestamp: undefined` when a record has none) and 2.11 unique ids;
//        `builder.flush(sessionStart)` at EOF, then `builder.header({...})` adds 2.18 attributes,
//        the title rule and created/updated defaults. Return `{ header, eventCount, warnings }`.
//      - Read JSONL with `readLines` (common/lines.ts), JSON documents with `streamJsonDocument`
//        (common/jsondoc.ts); count bad records with `FileWarnings` and return `warnings.render()`.
//      - Copy values verbatim (Json blocks) with `parseJsonValue`/`JsonRecord.verbatim` (lossless numbers).
//      - Use the 2.x helpers from common/ (inferToolKind, canonicalToolName, buildToolResultContent,
//        CallTracker, addTokenAttributes, diffFromToolInput, exitCodeFromText, shellEventType, …).
//      - Throw `new ParserFailed('<id>', '<err text of 7.3>')` for top-level failures only.
//   2. Add one import and one entry to PARSERS below.
// Detection (3.2) is already table-driven for every profile in detect.ts; path-based selection (3.4)
// and discovery (3.5) live in select.ts and discover.ts. None of them needs changes for a new parser.
import type { ParserModule, ProfileId } from './types';
import { hailParser } from './hail';
import { codexParser } from './codex';
import { claudeCodeParser } from './claude-code';
import { geminiParser } from './gemini';
import { opencodeParser } from './opencode';
import { cursorParser } from './cursor';
import { clineParser } from './cline';
import { ampParser } from './amp';

const PARSERS: ParserModule[] = [
  hailParser,
  codexParser,
  claudeCodeParser,
  geminiParser,
  opencodeParser,
  cursorParser,
  clineParser,
  ampParser,
];

export function getParser(id: ProfileId): ParserModule | undefined {
  return PARSERS.find((p) => p.id === id);
}

export function registeredParsers(): readonly ParserModule[] {
  return PARSERS;
}
