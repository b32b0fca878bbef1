// `handoff build` (hail-and-store.md 11.4): collect sessions, summarise, hash, store the record.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { GuidedError } from '../errors';
import {
  formatTsOffset,
  parseHail,
  readHailHeader,
  sha256Hex,
  sortJsonKeys,
  stringifyCanonical,
  timestampFromMillis,
  toHailJsonl,
  toWholeSessionObject,
  withRecomputedStats,
} from '../hail';
import type { JsonValue, Session } from '../hail';
import { decodeUtf8Strict, InvalidUtf8Error, plainErrorText } from '../io';
import { parseSessionInMemory, SelectionFailed } from '../parsers';
import { candidateRoots, readLocalObject, storeLocalObject, type StoreSettings } from '../store';
import { compareBytewise, dedupe, setString } from '../text';
import { formatSourceUri, parseSourceUri } from '../uri';
import { checkAlias, storeRecord, writePin, type ArtifactRecord } from './records';
import { summarizeSession, type HandoffSummary } from './summary';
import { validateSummary, type ValidationReport } from './validate';

export interface BuildOptions {
  inputs: string[];
  from: string[];
  last?: number;
  validate: boolean;
  pin?: string;
}

export interface BuildResult {
  uri: string;
  sha256: string;
  path: string;
  /** false when a record with the same summaries already existed (it is kept as it was). */
  created: boolean;
  record: ArtifactRecord;
  pinned?: string;
}

interface Collected {
  session: Session;
  /** Canonical bytes to store as a local object (inputs and --last); undefined for --from. */
  canonical?: Buffer;
  uri?: string;
}

/** Sessions parsed from an agent log: header plus events, stats recomputed. */
async function parseAgentLog(file: string, display: string): Promise<Session> {
  try {
    return await parseSessionInMemory(file, { displayPath: display });
  } catch (err) {
    if (err instanceof SelectionFailed) {
      throw new GuidedError(`unsupported input format for ${display} (use \`opensession parse --profile ...\` first)`, [
        `convert it: \`opensession parse --profile <profile> ${display} --out ./session.hail.jsonl\``,
        'then build from the converted file: `opensession handoff build ./session.hail.jsonl`',
      ]);
    }
    throw err;
  }
}

/**
 * One positional input (11.4 1a): HAIL if it reads as HAIL, else an agent log. Beyond the spec, bytes that are
 * not UTF-8 still go to the parsers (Cursor's `state.vscdb` is SQLite); only when none reads them is the
 * file reported as not UTF-8.
 */
async function collectFile(cwd: string, file: string): Promise<Collected> {
  const full = path.resolve(cwd, file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(full);
  } catch (err) {
    throw readError(file, err);
  }
  let text: string | undefined;
  try {
    text = decodeUtf8Strict(bytes);
  } catch {
    text = undefined;
  }
  let session: Session | undefined;
  if (text !== undefined) {
    try {
      session = withRecomputedStats(parseHail(text));
    } catch {
      session = undefined;
    }
  }
  if (session === undefined) {
    try {
      session = await parseAgentLog(full, file);
    } catch (err) {
      if (text === undefined && err instanceof GuidedError) throw readError(file, new InvalidUtf8Error());
      throw err;
    }
  }
  return { session, canonical: Buffer.from(toHailJsonl(session), 'utf8') };
}

function readError(file: string, err: unknown): GuidedError {
  return new GuidedError(`read ${file}: ${plainErrorText(err)}`, [
    `check the path and permissions of ${file}`,
    'inputs are HAIL JSONL files or agent logs; see `opensession handoff build --help`',
  ]);
}

/** One `--from` URI (11.4 1b): a stored local object, not re-stored. */
async function collectUri(input: string, settings: StoreSettings): Promise<Collected> {
  let uri;
  try {
    uri = parseSourceUri(input);
  } catch (err) {
    throw new GuidedError((err as Error).message, ['local session URIs look like `os://src/local/<sha256>`']);
  }
  if (uri.kind !== 'local') {
    throw new GuidedError('object not found: uri is not a local source object', [
      'store the session first: `opensession register <FILE>`, then pass the `os://src/local/<sha256>` it prints',
    ]);
  }
  let bytes: Buffer;
  try {
    bytes = (await readLocalObject(uri.sha256, settings)).bytes;
  } catch (err) {
    throw new GuidedError((err as Error).message, [
      'store the session first: `opensession register <FILE>`',
      'or pass the file itself: `opensession handoff build <FILE>`',
    ]);
  }
  try {
    const session = withRecomputedStats(parseHail(decodeUtf8Strict(bytes)));
    return { session, uri: formatSourceUri(uri) };
  } catch (err) {
    throw new GuidedError(`parse source uri as HAIL JSONL: ${(err as Error).message}`, [
      `the stored object is damaged; register its session again: \`opensession register <FILE>\``,
    ]);
  }
}

/**
 * The local session index for `--last`: the HAIL objects of the candidate object stores, newest
 * `created_at` first, each pointing back at its agent log through the `source_path` context attribute.
 */
async function indexedSourcePaths(settings: StoreSettings): Promise<string[]> {
  const entries: { created: bigint; sourcePath: string; key: string }[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(dir, n);
      if (depth < 2) await walk(p, depth + 1);
      else if (/^[0-9a-f]{64}\.jsonl$/.test(n)) {
        try {
          const header = readHailHeader(decodeUtf8Strict(await fs.readFile(p)));
          const attrs = header.context.attributes;
          const sp = Object.prototype.hasOwnProperty.call(attrs, 'source_path')
            ? setString(attrs.source_path)
            : undefined;
          if (sp !== undefined) entries.push({ created: header.context.created_at, sourcePath: sp, key: p });
        } catch {
          // objects that do not read as HAIL are not in the index
        }
      }
    }
  };
  for (const root of candidateRoots('objects', settings)) await walk(path.join(root, 'sha256'), 0);
  entries.sort((a, b) => (a.created !== b.created ? (a.created > b.created ? -1 : 1) : compareBytewise(a.key, b.key)));
  return dedupe(entries.map((e) => e.sourcePath));
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** canonical_jsonl (11.4 step 5): summaries stable-sorted by session id, compact JSON with sorted keys. */
export function canonicalJsonl(summaries: HandoffSummary[]): string {
  const sorted = summaries
    .map((s, i) => ({ s, i }))
    .sort((a, b) => compareBytewise(a.s.source_session_id, b.s.source_session_id) || a.i - b.i);
  return sorted.map(({ s }) => stringifyCanonical(s as unknown as JsonValue) + '\n').join('');
}

/** Summaries and reports of sessions whose stats are recomputed. */
export function summarize(sessions: Session[]): { summaries: HandoffSummary[]; reports: ValidationReport[] } {
  const results = sessions.map(summarizeSession);
  return { summaries: results.map((r) => r.summary), reports: results.map(validateSummary) };
}

export async function buildArtifact(opts: BuildOptions, settings: StoreSettings, now: Date): Promise<BuildResult> {
  const alias = opts.pin === undefined ? undefined : checkAlias(opts.pin);
  if (opts.last === 0) {
    throw new GuidedError('--last must be greater than zero', ['ask for at least one session: `--last 1`']);
  }
  // Everything is read and parsed before anything is stored, so a bad input leaves the stores as they were.
  const collected: Collected[] = [];
  for (const input of opts.inputs) collected.push(await collectFile(settings.cwd, input));
  for (const uri of opts.from) collected.push(await collectUri(uri, settings));
  if (opts.last !== undefined) {
    let wanted = opts.last;
    for (const sourcePath of await indexedSourcePaths(settings)) {
      if (wanted === 0) break;
      if (!(await exists(sourcePath))) continue;
      collected.push(await collectFile(settings.cwd, sourcePath));
      wanted--;
    }
  }
  if (collected.length === 0) {
    throw new GuidedError('no sessions provided (use inputs, --from, or --last)', [
      'pass a session file: `opensession handoff build ./session.hail.jsonl`',
      'or a stored session: `opensession handoff build --from os://src/local/<sha256>`',
    ]);
  }
  const uris: string[] = [];
  for (const c of collected) {
    if (c.canonical) c.uri = (await storeLocalObject(c.canonical, settings)).uri;
    uris.push(c.uri!);
  }
  const sessions = collected.map((c) => c.session);
  const { summaries, reports } = summarize(sessions);
  if (opts.validate) {
    const errors = reports.flatMap((r) => r.findings).filter((f) => f.severity === 'error').length;
    if (errors > 0) {
      const steps = reports.flatMap((r) =>
        r.findings
          .filter((f) => f.severity === 'error')
          .map((f) => `fix session ${r.session_id}: ${f.message} (${f.code})`),
      );
      throw new GuidedError(`handoff validation failed: ${errors} error-level findings`, steps);
    }
  }
  const canonical = canonicalJsonl(summaries);
  const sha256 = sha256Hex(canonical);
  const record: ArtifactRecord = {
    version: 'v1',
    sha256,
    created_at: formatTsOffset(timestampFromMillis(now.getTime())),
    source_uris: dedupe(uris).sort(compareBytewise),
    canonical_jsonl: canonical,
    raw_sessions: sessions.map(toWholeSessionObject),
    validation_reports: reports.map((r) => sortJsonKeys(r as unknown as JsonValue)),
  };
  const stored = await storeRecord(record, settings);
  if (alias !== undefined) await writePin(alias, sha256, settings);
  return { uri: `os://artifact/${sha256}`, sha256, path: stored.path, created: stored.created, record, pinned: alias };
}
