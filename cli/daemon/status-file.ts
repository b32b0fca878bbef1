// `status.json` (daemon-and-server.md §2.11): what the running daemon reports about itself.
import * as fs from 'fs';
import type { SkipReason } from './pipeline';
import { writeJsonAtomic } from './atomic';

export type RootState = 'watching' | 'polling' | 'missing' | 'error';

export interface StatusFile {
  state: 'running' | 'stopped' | 'failed';
  pid: number;
  version: string;
  started_at: string;
  capture: 'ledger' | 'off';
  watched_dirs: Array<{ agent: string; path: string; state: RootState }>;
  pending: number;
  sessions_captured: number;
  sessions_skipped: Record<SkipReason, number>;
  files_failed: number;
  last_capture: { at: string; session_id: string; repo: string; ref: string } | null;
  last_error: { at: string; path: string | null; message: string } | null;
  updated_at: string;
}

export function writeStatusFile(file: string, status: StatusFile): void {
  writeJsonAtomic(file, status);
}

export function readStatusFile(file: string): StatusFile | undefined {
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')) as StatusFile;
    return typeof v === 'object' && v !== null && typeof v.pid === 'number' ? v : undefined;
  } catch {
    return undefined;
  }
}
