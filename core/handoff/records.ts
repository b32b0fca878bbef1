// Artifact records and pins on disk (hail-and-store.md 11.1, 11.3, 11.5, 11.9).
// Records are content-addressed and never overwritten; pins are replaced atomically (temp file + rename).
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { GuidedError, OpenSessionError } from '../errors';
import { JsonFloat, parseJsonLossless, stringifyOrdered } from '../hail';
import { ESCAPED_SURROGATE } from '../hail/json';
import type { JsonObject, JsonValue } from '../hail';
import {
  candidateRoots,
  createFileAtomically,
  defaultRoot,
  ensureRepoGitignore,
  objectPath,
  type StoreSettings,
} from '../store';
import { compareBytewise, trim } from '../text';
import { parseSourceUri } from '../uri';

const HEX64 = /^[0-9a-fA-F]{64}$/;
const ALIAS = /^[A-Za-z0-9._-]+$/;
/** Shortest hash prefix accepted as an identifier (enough to pick the fan-out directories). */
export const MIN_PREFIX = 4;

export interface ArtifactRecord {
  version: 'v1';
  sha256: string;
  created_at: string;
  source_uris: string[];
  canonical_jsonl: string;
  /** Whole-session objects (2.9) as stored. */
  raw_sessions: JsonValue[];
  validation_reports: JsonValue[];
}

export interface LoadedArtifact {
  path: string;
  record: ArtifactRecord;
}

const LIST_HINT = 'list stored artifacts and their pins: `opensession handoff artifacts list`';

/** `trim(alias)`, checked against the alias rule of 11.2. */
export function checkAlias(alias: string): string {
  const a = trim(alias);
  const steps = [
    'an alias uses letters, digits, `.`, `_` and `-`, e.g. `opensession handoff artifacts pin latest <ID>`',
  ];
  if (a.length === 0) throw new GuidedError('alias cannot be empty', steps);
  if (!ALIAS.test(a) || a === '.' || a === '..') throw new GuidedError('alias contains invalid characters', steps);
  return a;
}

function isValidAlias(alias: string): boolean {
  const a = trim(alias);
  return a.length > 0 && ALIAS.test(a) && a !== '.' && a !== '..';
}

function artifactsRoot(settings: StoreSettings): string {
  return defaultRoot('artifacts', settings).root;
}

export function pinsDir(settings: StoreSettings): string {
  return path.join(artifactsRoot(settings), 'pins');
}

/** Pretty record text, keys in the order of 11.5 (no trailing newline). */
export function encodeRecord(record: ArtifactRecord): string {
  const obj: JsonObject = {
    version: record.version,
    sha256: record.sha256,
    created_at: record.created_at,
    source_uris: record.source_uris,
    canonical_jsonl: record.canonical_jsonl,
    raw_sessions: record.raw_sessions,
    validation_reports: record.validation_reports,
  };
  if (printsLikeJsonStringify(obj)) {
    const text = JSON.stringify(obj, null, 2);
    if (!ESCAPED_SURROGATE.test(text)) return text;
  }
  return stringifyOrdered(obj, 2);
}

/** The ordered writer sorts an object with a key starting with a digit (JS lists integer-like keys first). */
const DIGIT_KEY = /^[0-9]/;

/**
 * True when `JSON.stringify` writes `v` exactly as the HAIL writer would: no big integers or integral floats
 * (`1.0`), no non-integral float below 1e-5 (JS switches to exponent form earlier than 4.1 does), and no
 * object key starting with a digit (JS lists integer-like keys first; the ordered writer then sorts).
 * Large records take the fast path.
 */
function printsLikeJsonStringify(v: JsonValue): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isSafeInteger(v) || Math.abs(v) >= 1e-5;
  if (Array.isArray(v)) {
    for (const x of v) if (!printsLikeJsonStringify(x)) return false;
    return true;
  }
  if (typeof v !== 'object' || v instanceof JsonFloat) return false;
  for (const k in v) {
    if (DIGIT_KEY.test(k) || !printsLikeJsonStringify(v[k])) return false;
  }
  return true;
}

function fieldError(name: string, what: string): never {
  throw new Error(`field \`${name}\`: expected ${what}`);
}

/** Checks the shape of a parsed record (11.5); extra keys are ignored. */
export function decodeRecord(value: JsonValue): ArtifactRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
  const v = value as JsonObject;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(v, k);
  for (const k of ['version', 'sha256', 'created_at', 'source_uris', 'canonical_jsonl', 'raw_sessions']) {
    if (!has(k)) throw new Error(`missing field \`${k}\``);
  }
  if (v.version !== 'v1') fieldError('version', '"v1"');
  if (typeof v.sha256 !== 'string') fieldError('sha256', 'a string');
  if (typeof v.created_at !== 'string') fieldError('created_at', 'a string');
  if (!Array.isArray(v.source_uris) || v.source_uris.some((u) => typeof u !== 'string')) {
    fieldError('source_uris', 'an array of strings');
  }
  if (typeof v.canonical_jsonl !== 'string') fieldError('canonical_jsonl', 'a string');
  if (!Array.isArray(v.raw_sessions)) fieldError('raw_sessions', 'an array');
  const reports = has('validation_reports') ? v.validation_reports : null;
  if (reports !== null && !Array.isArray(reports)) fieldError('validation_reports', 'an array');
  return {
    version: 'v1',
    sha256: v.sha256 as string,
    created_at: v.created_at as string,
    source_uris: v.source_uris as string[],
    canonical_jsonl: v.canonical_jsonl as string,
    raw_sessions: v.raw_sessions as JsonValue[],
    validation_reports: (reports ?? []) as JsonValue[],
  };
}

/** Reads and checks one record file; undefined when it does not exist. */
async function readRecordFile(file: string): Promise<ArtifactRecord | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new OpenSessionError(`read ${file}`, { cause: err });
  }
  try {
    return decodeRecord(parseJsonLossless(text.replace(/\n$/, '')));
  } catch (err) {
    throw new GuidedError(`parse ${file}: ${(err as Error).message}`, [
      `the record is damaged; remove it: \`opensession handoff artifacts rm ${path.basename(file, '.json')}\``,
      'rebuild it from its sessions with `opensession handoff build`',
    ]);
  }
}

/** Loads the record of `hash` from the first candidate root holding it (11.3). */
export async function loadRecord(hash: string, settings: StoreSettings): Promise<LoadedArtifact> {
  for (const root of candidateRoots('artifacts', settings)) {
    const file = objectPath(root, hash, '.json');
    const record = await readRecordFile(file);
    if (record) return { path: file, record };
  }
  throw new GuidedError(`artifact not found: ${hash}`, [LIST_HINT, 'build one: `opensession handoff build <FILE>`']);
}

/** Stores a record in the default root when absent. Returns its path and whether it was written. */
export async function storeRecord(
  record: ArtifactRecord,
  settings: StoreSettings,
): Promise<{ path: string; created: boolean }> {
  const { root, inRepo } = defaultRoot('artifacts', settings);
  if (inRepo) await ensureRepoGitignore(root);
  const file = objectPath(root, record.sha256, '.json');
  return { path: file, created: await createFileAtomically(file, encodeRecord(record)) };
}

/** Every pin of the default root whose trimmed content is 64 hex digits: alias -> lowercase hash. */
export async function readPins(settings: StoreSettings): Promise<Map<string, string>> {
  const dir = pinsDir(settings);
  const pins = new Map<string, string>();
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return pins;
  }
  for (const name of names.sort(compareBytewise)) {
    if (name.startsWith('.tmp-')) continue;
    const file = path.join(dir, name);
    try {
      if (!(await fs.lstat(file)).isFile()) continue;
      const hash = trim(await fs.readFile(file, 'utf8'));
      if (HEX64.test(hash)) pins.set(name, hash.toLowerCase());
    } catch {
      // a pin that vanished or cannot be read does not count
    }
  }
  return pins;
}

export async function aliasesOf(hash: string, settings: StoreSettings): Promise<string[]> {
  const pins = await readPins(settings);
  return [...pins.entries()]
    .filter(([, h]) => h === hash)
    .map(([a]) => a)
    .sort(compareBytewise);
}

/** Writes `<pins>/<alias>` = `<hash>\n` atomically (a reader sees the old pin or the new one). */
export async function writePin(alias: string, hash: string, settings: StoreSettings): Promise<void> {
  const { root, inRepo } = defaultRoot('artifacts', settings);
  if (inRepo) await ensureRepoGitignore(root);
  const dir = path.join(root, 'pins');
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    await fs.writeFile(tmp, `${hash}\n`, { flag: 'wx', mode: 0o644 });
    await fs.rename(tmp, path.join(dir, alias));
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** Removes a pin; false when there was none. */
export async function removePin(alias: string, settings: StoreSettings): Promise<boolean> {
  try {
    await fs.unlink(path.join(pinsDir(settings), alias));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

async function readPin(alias: string, settings: StoreSettings): Promise<string | undefined> {
  try {
    const hash = trim(await fs.readFile(path.join(pinsDir(settings), trim(alias)), 'utf8'));
    return HEX64.test(hash) ? hash.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Hashes of stored records (all candidate roots) starting with `prefix` (lowercase hex, >= 4 digits). */
async function hashesWithPrefix(prefix: string, settings: StoreSettings): Promise<string[]> {
  const found = new Set<string>();
  for (const root of candidateRoots('artifacts', settings)) {
    const dir = path.join(root, 'sha256', prefix.slice(0, 2), prefix.slice(2, 4));
    let names: string[] = [];
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const n of names) {
      const stem = n.endsWith('.json') ? n.slice(0, -5) : '';
      if (HEX64.test(stem) && stem.startsWith(prefix)) found.add(stem.toLowerCase());
    }
  }
  return [...found].sort(compareBytewise);
}

/**
 * Resolves ID_OR_URI to a hash (11.3): an `os://artifact/` URI, 64 hex digits, a pin alias, or (beyond
 * the spec) a unique hash prefix of at least 4 hex digits among the stored records.
 */
export async function resolveArtifactId(input: string, settings: StoreSettings): Promise<string> {
  if (input.startsWith('os://')) {
    let uri;
    try {
      uri = parseSourceUri(input);
    } catch (err) {
      throw new GuidedError((err as Error).message, ['artifact URIs look like `os://artifact/<sha256>`', LIST_HINT]);
    }
    if (uri.kind !== 'artifact') {
      throw new GuidedError('uri is not an artifact uri', [
        'artifact URIs look like `os://artifact/<sha256>`',
        LIST_HINT,
      ]);
    }
    return uri.sha256.toLowerCase();
  }
  if (HEX64.test(input)) return input.toLowerCase();
  if (isValidAlias(input)) {
    const pinned = await readPin(input, settings);
    if (pinned !== undefined) return pinned;
  }
  if (/^[0-9a-fA-F]+$/.test(input) && input.length >= MIN_PREFIX) {
    const matches = await hashesWithPrefix(input.toLowerCase(), settings);
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw new GuidedError(`artifact prefix ${input} matches ${matches.length} artifacts: ${matches.join(', ')}`, [
        'use more digits of the hash, or the whole `os://artifact/<sha256>` URI',
        LIST_HINT,
      ]);
    }
  }
  throw new GuidedError(`invalid artifact identifier: ${input}`, [
    'use `os://artifact/<sha256>`, a 64-digit hash, a unique hash prefix, or a pin alias',
    LIST_HINT,
  ]);
}

export interface ListRow {
  created_at: string;
  hash: string;
  path: string;
  pins: string[];
  sources: number;
  uri: string;
}

/** Rows of `artifacts list` (11.9): every loadable record of the default root, by hash. */
export async function listArtifacts(settings: StoreSettings): Promise<ListRow[]> {
  const root = artifactsRoot(settings);
  const hashes = new Set<string>();
  const sub = async (dir: string): Promise<string[]> => {
    try {
      return await fs.readdir(dir);
    } catch {
      return [];
    }
  };
  const base = path.join(root, 'sha256');
  for (const a of await sub(base)) {
    for (const b of await sub(path.join(base, a))) {
      for (const n of await sub(path.join(base, a, b))) {
        const stem = n.endsWith('.json') ? n.slice(0, -5) : '';
        if (HEX64.test(stem)) hashes.add(stem.toLowerCase());
      }
    }
  }
  const pins = await readPins(settings);
  const rows: ListRow[] = [];
  for (const hash of [...hashes].sort(compareBytewise)) {
    let loaded: LoadedArtifact;
    try {
      loaded = await loadRecord(hash, settings);
    } catch {
      continue; // unloadable records are skipped
    }
    rows.push({
      created_at: loaded.record.created_at,
      hash,
      path: loaded.path,
      pins: [...pins.entries()]
        .filter(([, h]) => h === hash)
        .map(([alias]) => alias)
        .sort(compareBytewise),
      sources: loaded.record.source_uris.length,
      uri: `os://artifact/${hash}`,
    });
  }
  return rows;
}

/** Deletes the record of `hash` from the default root (11.9 `rm`); refuses pinned artifacts. */
export async function removeArtifact(hash: string, settings: StoreSettings): Promise<void> {
  const aliases = await aliasesOf(hash, settings);
  if (aliases.length > 0) {
    throw new GuidedError(
      `artifact is pinned by aliases: ${aliases.join(', ')} (unpin first)`,
      aliases.map((a) => `unpin it: \`opensession handoff artifacts unpin ${a}\``),
    );
  }
  const file = objectPath(artifactsRoot(settings), hash, '.json');
  try {
    await fs.unlink(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new GuidedError(`artifact not found: ${hash}`, [LIST_HINT]);
    }
    throw err;
  }
}
