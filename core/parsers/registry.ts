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
//   2. Add one entry to LOADERS below (a lazy import of the module: each parser loads only when a file needs it,
//      so the bundle keeps it in its own chunk and the pre-push hook, which parses Claude logs, loads only that one).
// Detection (3.2) is already table-driven for every profile in detect.ts; path-based selection (3.4)
// and discovery (3.5) live in select.ts and discover.ts. None of them needs changes for a new parser.
import type { ParserModule, ProfileId } from './types';

/** Table order (also the order of `registeredParsers`). */
const LOADERS: ReadonlyArray<readonly [ProfileId, () => Promise<ParserModule>]> = [
  ['hail', async () => (await import('./hail')).hailParser],
  ['codex', async () => (await import('./codex')).codexParser],
  ['claude-code', async () => (await import('./claude-code')).claudeCodeParser],
  ['gemini', async () => (await import('./gemini')).geminiParser],
  ['opencode', async () => (await import('./opencode')).opencodeParser],
  ['cursor', async () => (await import('./cursor')).cursorParser],
  ['cline', async () => (await import('./cline')).clineParser],
  ['amp', async () => (await import('./amp')).ampParser],
];

const loaded = new Map<ProfileId, Promise<ParserModule>>();

/** The parser module of a profile, loaded on first use; undefined when none is registered. */
export function getParser(id: ProfileId): Promise<ParserModule | undefined> {
  let mod = loaded.get(id);
  if (mod === undefined) {
    const loader = LOADERS.find(([pid]) => pid === id)?.[1];
    if (loader === undefined) return Promise.resolve(undefined);
    mod = loader();
    loaded.set(id, mod);
    mod.catch(() => loaded.delete(id)); // a failed load is tried again next time
  }
  return mod;
}

/** Every registered parser module (all of them loaded), in table order. */
export function registeredParsers(): Promise<readonly ParserModule[]> {
  return Promise.all(LOADERS.map(([id]) => getParser(id) as Promise<ParserModule>));
}
