// Reads the settings fallbacks of `.opensession/cleanup/config.toml` (ci-automation.md §2.7, §11.2) with the
// shared TOML parser. Only the top-level keys the CI entry points use are read.
import * as fs from 'node:fs';
import { OpenSessionError } from '../../core/errors';
import { parseToml, TomlTable } from '../../core/toml';

export interface CleanupConfig {
  session_archive_branch?: string;
  hidden_ttl_days?: number;
  artifact_ttl_days?: number;
}

/** Missing file → `{}`; unreadable, invalid TOML or mistyped keys → fatal error. */
export function readCleanupConfig(file: string): CleanupConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new OpenSessionError(`cannot read config ${file}: ${(err as Error).message}`);
  }
  let doc: TomlTable;
  try {
    doc = parseToml(text);
  } catch (err) {
    throw new OpenSessionError(`invalid config ${file}: ${(err as Error).message}`);
  }
  const out: CleanupConfig = {};
  const archive = doc.session_archive_branch;
  if (archive !== undefined) {
    if (typeof archive !== 'string')
      throw new OpenSessionError(`invalid config ${file}: \`session_archive_branch\` must be a string`);
    out.session_archive_branch = archive;
  }
  for (const key of ['hidden_ttl_days', 'artifact_ttl_days'] as const) {
    const v = doc[key];
    if (v === undefined) continue;
    const n = typeof v === 'bigint' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n))
      throw new OpenSessionError(`invalid config ${file}: \`${key}\` must be an integer`);
    out[key] = n;
  }
  return out;
}
