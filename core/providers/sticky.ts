// Sticky upsert by hidden marker (ci-automation.md §10.1): same algorithm on GitHub and GitLab.
import type { CommentProvider, ReviewComment } from './types';

export type UpsertResult = 'created' | 'updated' | 'unchanged';

export interface UpsertOutcome {
  result: UpsertResult;
  comment: ReviewComment;
  /** Duplicate deletes that failed: `Could not delete duplicate review comment <id>: <err>`. */
  warnings: string[];
  deleted: string[];
}

function idOrder(a: string, b: string): number {
  try {
    const x = BigInt(a);
    const y = BigInt(b);
    return x === y ? 0 : x > y ? -1 : 1;
  } catch {
    return a === b ? 0 : a > b ? -1 : 1;
  }
}

/** Newest first: `updated_at` (fallback `created_at`) descending, ties by larger id. */
export function sortCandidates(list: readonly ReviewComment[]): ReviewComment[] {
  const time = (c: ReviewComment): number => {
    const t = Date.parse(c.updatedAt ?? c.createdAt ?? '');
    return Number.isFinite(t) ? t : 0;
  };
  return [...list].sort((a, b) => time(b) - time(a) || idOrder(a.id, b.id));
}

export interface UpsertOptions {
  /**
   * Leave an existing marker comment as it is (`unchanged`) and only create one when there is none: a rerun of a
   * merged PR whose ledger is already gone must not replace the final snapshot with an empty one (A10).
   */
  keepExisting?: boolean;
  /** The identity lookup already started by the caller (so the first API request goes out early). */
  identity?: Promise<string | undefined>;
}

/**
 * §10.1 as amended by A10: when the token's identity cannot be read, no comment is edited or deleted — a new one
 * is created (another user's comment carrying our marker is never touched).
 */
export async function upsertSticky(
  provider: CommentProvider,
  marker: string,
  body: string,
  describeError: (err: unknown) => string,
  options: UpsertOptions = {},
): Promise<UpsertOutcome> {
  let identity: string | undefined;
  try {
    identity = await (options.identity ?? provider.identity());
  } catch {
    identity = undefined;
  }
  const all = await provider.listComments();
  const candidates = sortCandidates(
    all.filter((c) => c.body.includes(marker) && identity !== undefined && c.author === identity),
  );
  const warnings: string[] = [];
  const deleted: string[] = [];
  let result: UpsertResult;
  let comment: ReviewComment;
  const anyMarked = sortCandidates(all.filter((c) => c.body.includes(marker)));
  if (identity === undefined && options.keepExisting === true && anyMarked.length > 0) {
    warnings.push("Could not read the token's own identity; left the existing review comments as they are.");
    comment = anyMarked[0];
    result = 'unchanged';
  } else if (identity === undefined) {
    warnings.push("Could not read the token's own identity; posted a new review comment instead of editing one.");
    comment = await provider.createComment(body);
    result = 'created';
  } else if (candidates.length === 0) {
    comment = await provider.createComment(body);
    result = 'created';
  } else if (options.keepExisting === true || normalizeBody(candidates[0].body) === normalizeBody(body)) {
    comment = candidates[0];
    result = 'unchanged';
  } else {
    comment = await provider.updateComment(candidates[0].id, body);
    result = 'updated';
  }
  if (identity !== undefined) {
    for (const dup of candidates.slice(1)) {
      try {
        await provider.deleteComment(dup.id);
        deleted.push(dup.id);
      } catch (err) {
        warnings.push(`Could not delete duplicate review comment ${dup.id}: ${describeError(err)}`);
      }
    }
  }
  return { result, comment, warnings, deleted };
}

/** Normalises a body for the unchanged check (§10.1 step 5): CRLF, trailing whitespace, the Updated-at line. */
export function normalizeBody(body: string): string {
  return body
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => !l.startsWith('- **Updated at (UTC):** '))
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\s+$/, '');
}
