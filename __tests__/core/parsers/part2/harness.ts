// Test harness for the part-2 parsers (gemini, opencode, cursor, cline, amp): runs a parser into an
// in-memory sink, builds the Session, and compares canonical HAIL with golden files.
import * as fs from 'fs';
import * as path from 'path';
import type { HailEvent, Session } from '../../../../core/hail/types';
import { HAIL_VERSION } from '../../../../core/hail/types';
import { recomputeStats } from '../../../../core/hail/stats';
import { toHailJsonl } from '../../../../core/hail/writer';
import { validateSession } from '../../../../core/hail/validate';
import type { ParseOptions, ParseResult as ModuleResult, ParserModule } from '../../../../core/parsers/types';
import { parserContext } from '../../../../core/parsers';

export { parserContext as contextFor };

export interface ParseResult {
  outcome: ModuleResult;
  events: HailEvent[];
  session: Session;
  hail: string;
}

export async function runParser(
  parser: ParserModule,
  filePath: string,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const events: HailEvent[] = [];
  const ctx = await parserContext(filePath, options);
  const outcome = await parser.parse(ctx.path, { push: (e) => void events.push(e) }, ctx);
  const session: Session = {
    version: HAIL_VERSION,
    session_id: outcome.header.session_id,
    agent: outcome.header.agent,
    context: outcome.header.context,
    events,
    stats: recomputeStats({ events }),
  };
  return { outcome, events, session, hail: toHailJsonl(session) };
}

/** Parses and expects a top-level failure with exactly this message. */
export async function expectFailure(
  parser: ParserModule,
  filePath: string,
  message: string,
  options: ParseOptions = {},
): Promise<void> {
  const ctx = await parserContext(filePath, options);
  await expect(parser.parse(ctx.path, { push: () => undefined }, ctx)).rejects.toMatchObject({
    name: 'ParserFailed',
    message,
  });
}

/** Compares canonical HAIL with a golden file; `UPDATE_GOLDEN=1` rewrites it (check by hand first). */
export function expectGolden(hail: string, goldenPath: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(goldenPath), { recursive: true });
    fs.writeFileSync(goldenPath, hail);
  } else if (!fs.existsSync(goldenPath)) {
    // nothing is written: a second run must not pass on a file nobody checked
    throw new Error(`missing golden ${goldenPath}; run with UPDATE_GOLDEN=1 and check it by hand`);
  }
  expect(hail).toBe(fs.readFileSync(goldenPath, 'utf8'));
}

export function expectValid(session: Session): void {
  expect(validateSession(session)).toEqual([]);
}

export function byId(events: HailEvent[], id: string): HailEvent {
  const ev = events.find((e) => e.event_id === id);
  if (!ev) throw new Error(`no event ${id}; have ${events.map((e) => e.event_id).join(', ')}`);
  return ev;
}

export const FIXTURES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures');
