// Processed state (daemon-and-server.md §2.9): file hashes and per-session hashes, so restarts never duplicate.
import * as fs from 'fs';
import { writeJsonAtomic } from './atomic';
import type { Logger } from './log';

export interface FileRecord {
  size: number;
  mtime_ms: number;
  sha256: string | null;
  processed_at: string | null;
}

export interface DaemonState {
  version: 1;
  baseline_at: string;
  files: Record<string, FileRecord>;
  /** `<repo root>\n<ledger ref>\n<session id>` → SHA-256 of the canonical HAIL. */
  sessions: Record<string, string>;
  retention_last_run_at: string | null;
}

export function emptyState(now = new Date()): DaemonState {
  return { version: 1, baseline_at: now.toISOString(), files: {}, sessions: {}, retention_last_run_at: null };
}

function isState(v: unknown): v is DaemonState {
  const s = v as DaemonState;
  return (
    typeof s === 'object' &&
    s !== null &&
    s.version === 1 &&
    typeof s.baseline_at === 'string' &&
    typeof s.files === 'object' &&
    s.files !== null &&
    typeof s.sessions === 'object' &&
    s.sessions !== null
  );
}

/** Loads state; a corrupt file is renamed aside with a WARN and an empty state starts (baseline now). */
export function loadState(file: string, log: Logger): DaemonState {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    text = '';
  }
  try {
    const v = JSON.parse(text) as unknown;
    if (isState(v)) return { ...v, retention_last_run_at: v.retention_last_run_at ?? null };
  } catch {
    // corrupt: below
  }
  const aside = `${file}.corrupt-${Date.now()}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    // could not move it; it is overwritten on the next save
  }
  log.warn(`state file ${file} is corrupt; moved to ${aside} and starting with an empty state`);
  return emptyState();
}

export function saveState(file: string, state: DaemonState): void {
  writeJsonAtomic(file, state);
}

export const sessionKey = (repoRoot: string, ref: string, id: string): string => `${repoRoot}\n${ref}\n${id}`;
