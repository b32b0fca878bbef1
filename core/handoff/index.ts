// Handoff artifacts (hail-and-store.md section 11): summaries, records, pins.
export { buildArtifact, canonicalJsonl, summarize, type BuildOptions, type BuildResult } from './build';
export {
  checkAlias,
  listArtifacts,
  loadRecord,
  readPins,
  removeArtifact,
  removePin,
  resolveArtifactId,
  writePin,
  type ArtifactRecord,
  type ListRow,
  type LoadedArtifact,
} from './records';
export { summarizeSession, type HandoffSummary } from './summary';
export { validateSummary, type ValidationReport } from './validate';
export { renderArtifact, verifyArtifact, type GetEncoding, type GetFormat } from './verify';
