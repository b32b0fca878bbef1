// Review ids and artifact branch names (ci-automation.md §1).

import type { Platform } from '../providers/types';

export type { Platform };

/** Lowercase; each run of characters outside [a-z0-9] becomes one `-`; leading/trailing `-` trimmed. */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `gh-<slug(owner)>-<slug(repo)>-pr<N>-<head7>` or `gl-<slug(project)>-mr<IID>-<head7>`. */
export function reviewId(platform: Platform, repo: string, number: number, headSha: string): string {
  const head7 = headSha.slice(0, 7);
  if (platform === 'github') {
    const slash = repo.indexOf('/');
    const owner = slash < 0 ? repo : repo.slice(0, slash);
    const name = slash < 0 ? '' : repo.slice(slash + 1);
    return `gh-${slug(owner)}-${slug(name)}-pr${number}-${head7}`;
  }
  return `gl-${slug(repo)}-mr${number}-${head7}`;
}

/** The trimmed archive branch when configured, else `opensession/pr-<N>-sessions` / `opensession/mr-<IID>-sessions`. */
export function artifactBranchName(platform: Platform, number: number, archiveBranch?: string): string {
  const archive = (archiveBranch ?? '').trim();
  if (archive !== '') return archive;
  return platform === 'github' ? `opensession/pr-${number}-sessions` : `opensession/mr-${number}-sessions`;
}

/** Where a platform publishes the head of PR/MR `number`: `refs/pull/<N>/head` or `refs/merge-requests/<IID>/head`. */
export function changeHeadSource(kind: 'pr' | 'mr', number: number): string {
  return kind === 'mr' ? `refs/merge-requests/${number}/head` : `refs/pull/${number}/head`;
}

/** The local ref a review fetches that head into. */
export function reviewHeadRef(kind: 'pr' | 'mr', number: number): string {
  return `refs/opensession/review/${kind}/${number}/head`;
}

/** A PR/MR number from text: all digits and positive, else undefined (treated as absent, §6.3). */
export function parseChangeNumber(value: unknown): number | undefined {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
