// Public API of the HAIL core (hail-and-store.md sections 2-5).

export * from './types';
export {
  JsonSyntaxError,
  parseJsonLossless,
  stringifyCanonical,
  stringifyOrdered,
  formatFloat,
  formatNumber,
  quoteString,
  canonicalKeys,
  sortJsonKeys,
  toWellFormed,
  isFloat,
  isInteger,
  jsonKind,
  MAX_DEPTH,
  DEPTH_LIMIT,
  takeDepthLimitCount,
  takeDepthLimitWarning,
} from './json';
export type { JsonKind } from './json';
export {
  parseTimestamp,
  tryParseTimestamp,
  formatTsZ,
  formatTsOffset,
  timestampFromMillis,
  timestampToMillis,
  compareTimestamps,
  TimestampError,
} from './timestamp';
export { recomputeStats, withRecomputedStats, StatsAccumulator, emptyStats } from './stats';
export {
  HailParseError,
  parseHail,
  parseHailLine,
  parseLineJson,
  forEachHailLine,
  isBlankLine,
  readHailHeader,
  readHailHeaderAndStats,
  toWholeSessionObject,
  fromWholeSessionJson,
} from './reader';
export type { HailHeader, HailLine } from './reader';
export {
  toHailJsonl,
  canonicalize,
  canonicalizeBytes,
  canonicalizeChunks,
  sha256Hex,
  encodeHeaderLine,
  encodeEventLine,
  encodeStatsLine,
  toWholeSessionJson,
} from './writer';
export { eventToObject, statsToObject, agentToObject, contextToObject, encodeEvent, encodeStats } from './encode';
export { validateSession, validationWarnings } from './validate';
