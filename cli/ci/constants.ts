// Input, output and environment names of the CI entry points (ci-automation.md §11, §12), in one place.
// Action inputs reach the CLI as OPENSESSION_<NAME> env vars (composite actions map each input explicitly).

export const SESSION_REVIEW_INPUTS = {
  token: 'token',
  remote: 'remote',
  configPath: 'config-path',
  archiveBranch: 'archive-branch',
  publishArtifacts: 'publish-artifacts',
  comment: 'comment',
  finalSnapshot: 'final-snapshot',
  deleteLedgerOnMerge: 'delete-ledger-on-merge',
  skipBots: 'skip-bots',
  webBaseUrl: 'web-base-url',
  strict: 'strict',
} as const;

export const SESSION_REVIEW_OUTPUTS = {
  result: 'result',
  reviewId: 'review-id',
  ledgerRef: 'ledger-ref',
  ledgerFound: 'ledger-found',
  sessionCount: 'session-count',
  commitCount: 'commit-count',
  artifactBranch: 'artifact-branch',
  artifactPublished: 'artifact-published',
  artifactCommit: 'artifact-commit',
  commentId: 'comment-id',
  commentUrl: 'comment-url',
  comment: 'comment',
} as const;

export const ARTIFACT_BRANCH_INPUTS = {
  mode: 'mode',
  remote: 'remote',
  configPath: 'config-path',
  archiveBranch: 'archive-branch',
  strict: 'strict',
} as const;

export const ARTIFACT_BRANCH_OUTPUTS = {
  artifactBranch: 'artifact-branch',
  reviewId: 'review-id',
  artifactRoot: 'artifact-root',
  manifestPath: 'manifest-path',
  published: 'published',
  deleted: 'deleted',
  artifactCommit: 'artifact-commit',
  sessionCount: 'session-count',
} as const;

export const JANITOR_INPUTS = {
  apply: 'apply',
  remote: 'remote',
  configPath: 'config-path',
  hiddenTtlDays: 'hidden-ttl-days',
  artifactTtlDays: 'artifact-ttl-days',
  archiveBranch: 'archive-branch',
  /** Lists open pull/merge requests, whose artifact branches are kept; reaches the CLI as OPENSESSION_TOKEN. */
  token: 'token',
} as const;

export const JANITOR_OUTPUTS = {
  hiddenCandidates: 'hidden-candidates',
  artifactCandidates: 'artifact-candidates',
  deleted: 'deleted',
  failed: 'failed',
  keptDueToTtl: 'kept-due-to-ttl',
  keptActiveBranch: 'kept-active-branch',
  summary: 'summary',
} as const;

/** The CLI flag of an input (`config-path` is `--config`). */
export function flagOf(input: string): string {
  return input === 'config-path' ? 'config' : input;
}

/** `archive-branch` → `OPENSESSION_ARCHIVE_BRANCH` (§11.2; `config-path` → `OPENSESSION_CONFIG`). */
export function envNameOf(input: string): string {
  return 'OPENSESSION_' + flagOf(input).toUpperCase().replace(/-/g, '_');
}

export const DEFAULT_CONFIG_PATH = '.opensession/cleanup/config.toml';
export const DEFAULT_WEB_BASE_URL = 'https://opensession.io';
export const ANNOTATION_TITLE = 'OpenSession';
