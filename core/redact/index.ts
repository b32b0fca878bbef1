// Secret redaction and home-path stripping (hail-and-store.md section 6).

export type { RedactionCounts, RedactOptions, RedactTextResult } from './engine';
export { redactText, mergeCounts, totalCount, stripHomePaths, redactSecrets, marker } from './engine';
export type { RedactSessionResult } from './session';
export { redactSession } from './session';
export type { RedactionRule, Span } from './rules';
export {
  REDACTION_RULES,
  REDACTION_RULE_IDS,
  SECRET_KEY_SUFFIXES,
  CONNECTION_STRING_SCHEMES,
  isSecretKeyName,
  isExcludedSecretValue,
} from './rules';
