// Test helpers for the parser tests: run a parser, render canonical HAIL, compare with golden files.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseHail } from '../../../../core/hail/reader';
import type { HailEvent } from '../../../../core/hail/types';
import { validateSession } from '../../../../core/hail/validate';
import { encodeEventLine } from '../../../../core/hail/writer';
import { parseAuto, parseWithProfile, type ParseOutcome, type ProfileId } from '../../../../core/parsers';
import { HailSpool } from '../../../../core/parsers/spool';
import { StatsAccumulator } from '../../../../core/hail/stats';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');

export interface Parsed {
  outcome: ParseOutcome;
  events: HailEvent[];
  /** Canonical HAIL JSONL (header, events, stats). */
  text: string;
}

export function render(outcome: ParseOutcome, events: HailEvent[]): string {
  const stats = new StatsAccumulator();
  for (const e of events) stats.add(e);
  return (
    HailSpool.headerLine(outcome.header) +
    events.map((e) => encodeEventLine(e) + '\n').join('') +
    HailSpool.statsLine(stats.result())
  );
}

export async function parseFile(
  file: string,
  profile: ProfileId | 'auto',
  opts: { sourcePath?: string | null } = {},
): Promise<Parsed> {
  const events: HailEvent[] = [];
  const sink = { push: (e: HailEvent) => void events.push(e), reset: () => void (events.length = 0) };
  const o = { displayPath: file, ...opts };
  const outcome = profile === 'auto' ? await parseAuto(file, sink, o) : await parseWithProfile(file, profile, sink, o);
  return { outcome, events, text: render(outcome, events) };
}

/** Replaces the absolute fixtures directory (real path) by `<FIXTURES>` so goldens are portable. */
export function portable(text: string): string {
  const real = fs.realpathSync(FIXTURES);
  return text.split(JSON.stringify(real).slice(1, -1)).join('<FIXTURES>');
}

/** Byte-for-byte golden comparison; `UPDATE_GOLDEN=1` rewrites the golden file. */
export function expectGolden(goldenPath: string, actual: string): void {
  const text = portable(actual);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(goldenPath)) {
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`missing golden ${goldenPath}; run with UPDATE_GOLDEN=1`);
    fs.writeFileSync(goldenPath, text);
  }
  expect(text).toBe(fs.readFileSync(goldenPath, 'utf8'));
}

/** The output reads back with the HAIL reader and passes validateSession. */
export function expectValid(text: string): void {
  expect(validateSession(parseHail(text))).toEqual([]);
}

export function tmpDir(prefix = 'os-parsers-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeLines(file: string, lines: Array<string | object>): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

export function byId(events: HailEvent[], id: string): HailEvent {
  const e = events.find((x) => x.event_id === id);
  if (!e) throw new Error(`no event ${id}; have ${events.map((x) => x.event_id).join(', ')}`);
  return e;
}
