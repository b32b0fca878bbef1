// `artifacts verify` and `artifacts get` (hail-and-store.md 11.8, 11.9).
import { GuidedError } from '../errors';
import {
  fromWholeSessionJson,
  parseJsonLossless,
  sha256Hex,
  sortJsonKeys,
  stringifyCanonical,
  stringifyOrdered,
  toWholeSessionObject,
  validateSession,
  withRecomputedStats,
} from '../hail';
import type { JsonValue, Session } from '../hail';
import { canonicalJsonl, summarize } from './build';
import type { ArtifactRecord, LoadedArtifact } from './records';

export type GetFormat = 'canonical' | 'raw';
export type GetEncoding = 'jsonl' | 'json';

/** One mismatch found by verify: which field, what it should be, what the record holds. */
export interface Mismatch {
  field: string;
  expected: string;
  found: string;
}

function rawSessions(record: ArtifactRecord): Session[] {
  return record.raw_sessions.map((raw, i) => {
    try {
      return fromWholeSessionJson(raw);
    } catch (err) {
      throw new GuidedError(`artifact raw session ${i} is unreadable: ${(err as Error).message}`, [
        'rebuild the artifact from its sessions: `opensession handoff build <FILE>...`',
      ]);
    }
  });
}

/** `get` output (11.8). */
export function renderArtifact(record: ArtifactRecord, format: GetFormat, encoding: GetEncoding): string {
  if (format === 'canonical') {
    if (encoding === 'jsonl') return record.canonical_jsonl;
    const lines = record.canonical_jsonl
      .split('\n')
      .filter((l) => l.replace(/[ \t\r]/g, '') !== '')
      .map((l) => parseJsonLossless(l));
    return stringifyCanonical(lines, 2) + '\n';
  }
  const objects = rawSessions(record).map(toWholeSessionObject);
  if (encoding === 'json') return stringifyOrdered(objects, 2) + '\n';
  return objects.map((o) => stringifyOrdered(o) + '\n').join('');
}

function show(v: JsonValue | undefined): string {
  if (v === undefined) return '(absent)';
  const s = stringifyCanonical(v);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** The first path at which two JSON values differ, as a mismatch (`line 2 objective`, ...). */
function firstDifference(
  prefix: string,
  expected: JsonValue | undefined,
  found: JsonValue | undefined,
): Mismatch | undefined {
  const isObj = (v: unknown): v is Record<string, JsonValue> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(expected) && Array.isArray(found)) {
    for (let i = 0; i < Math.max(expected.length, found.length); i++) {
      const d = firstDifference(`${prefix}[${i}]`, expected[i], found[i]);
      if (d) return d;
    }
    return undefined;
  }
  if (isObj(expected) && isObj(found)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
    for (const k of keys) {
      const d = firstDifference(
        prefix ? `${prefix}.${k}` : k,
        Object.hasOwn(expected, k) ? expected[k] : undefined,
        Object.hasOwn(found, k) ? found[k] : undefined,
      );
      if (d) return d;
    }
    return undefined;
  }
  const a = expected === undefined ? undefined : stringifyCanonical(expected);
  const b = found === undefined ? undefined : stringifyCanonical(found);
  return a === b ? undefined : { field: prefix, expected: show(expected), found: show(found) };
}

function describe(list: Mismatch[]): string {
  return list.map((m) => `${m.field}: expected ${m.expected}, found ${m.found}`).join('; ');
}

/**
 * Recomputes everything an artifact claims (11.9 `verify`, extended): the hash of canonical_jsonl and
 * the record's own hash, each raw session's validity, the summaries and validation reports recomputed
 * from the raw sessions, and the source list's order. Throws a guided error naming each mismatch.
 */
export function verifyArtifact(resolvedHash: string, loaded: LoadedArtifact): string {
  const { record } = loaded;
  const rebuild = [
    'rebuild the artifact from its sessions: `opensession handoff build <FILE>...` (or `--from <os://src/local/...>`)',
    `remove the damaged record: \`opensession handoff artifacts rm ${resolvedHash}\``,
  ];
  const hashes: Mismatch[] = [];
  if (record.sha256 !== resolvedHash) hashes.push({ field: 'sha256', expected: resolvedHash, found: record.sha256 });
  const actual = sha256Hex(record.canonical_jsonl);
  if (actual !== record.sha256) {
    hashes.push({ field: 'sha256 of canonical_jsonl', expected: record.sha256, found: actual });
  }
  if (hashes.length > 0) throw new GuidedError(`artifact hash mismatch: ${describe(hashes)}`, rebuild);

  const sessions = rawSessions(record);
  for (const s of sessions) {
    const errors = validateSession(s);
    if (errors.length > 0) {
      throw new GuidedError(`artifact raw session validation failed: ${errors.join('; ')}`, [
        `session ${s.session_id} cannot be handed off as stored; fix it and rebuild: \`opensession handoff build <FILE>\``,
      ]);
    }
  }
  const recomputed = sessions.map(withRecomputedStats);
  const { summaries, reports } = summarize(recomputed);
  const expectedJsonl = canonicalJsonl(summaries);
  if (expectedJsonl !== record.canonical_jsonl) {
    const exp = expectedJsonl.split('\n').filter((l) => l !== '');
    const got = record.canonical_jsonl.split('\n').filter((l) => l !== '');
    let m: Mismatch | undefined;
    for (let i = 0; i < Math.max(exp.length, got.length) && !m; i++) {
      const parse = (l: string | undefined) => {
        if (l === undefined) return undefined;
        try {
          return parseJsonLossless(l);
        } catch {
          return l as JsonValue;
        }
      };
      m = firstDifference(`canonical_jsonl line ${i + 1}`, parse(exp[i]), parse(got[i]));
      if (!m && exp[i] !== got[i])
        m = { field: `canonical_jsonl line ${i + 1}`, expected: show(exp[i]), found: show(got[i]) };
    }
    m ??= { field: 'canonical_jsonl', expected: show(expectedJsonl), found: show(record.canonical_jsonl) };
    throw new GuidedError(`artifact summaries do not match raw_sessions: ${describe([m])}`, rebuild);
  }
  const expectedReports = reports.map((r) => sortJsonKeys(r as unknown as JsonValue));
  // validation_reports is optional on read (11.5): an old record without it is not a mismatch.
  const reportDiff =
    record.validation_reports.length === 0
      ? undefined
      : firstDifference('validation_reports', expectedReports, record.validation_reports);
  if (reportDiff)
    throw new GuidedError(`artifact validation reports do not match raw_sessions: ${describe([reportDiff])}`, rebuild);
  return `os://artifact/${resolvedHash}`;
}
