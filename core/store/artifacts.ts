// Handoff artifact records on disk (hail-and-store.md 11.1, 11.3, 11.5): loading only; building comes with handoff.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { OpenSessionError } from '../errors';
import { candidateRoots, objectPath, type StoreSettings } from './index';

export const artifactRecordSchema = z.object({
  version: z.literal('v1'),
  sha256: z.string(),
  created_at: z.string(),
  source_uris: z.array(z.string()),
  canonical_jsonl: z.string(),
  raw_sessions: z.array(z.unknown()),
  validation_reports: z.array(z.unknown()).default([]),
});
export type ArtifactRecord = z.infer<typeof artifactRecordSchema>;

export interface LoadedArtifact {
  path: string;
  record: ArtifactRecord;
}

/** Reads the record of `hash` (lowercase hex) from the first candidate artifact root that has it. */
export async function loadArtifactRecord(hash: string, settings: StoreSettings): Promise<LoadedArtifact> {
  for (const root of candidateRoots('artifacts', settings)) {
    const file = objectPath(root, hash, '.json');
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new OpenSessionError(`read ${file}`, { cause: err });
    }
    try {
      const parsed = artifactRecordSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
      return { path: file, record: parsed.data };
    } catch (err) {
      throw new OpenSessionError(`parse ${file}`, { cause: err });
    }
  }
  throw new OpenSessionError(`artifact not found: ${hash}`);
}
