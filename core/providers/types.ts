// One interface for PR/MR comments on GitHub and GitLab (ci-automation.md §10), so the sticky algorithm is shared.

export type Platform = 'github' | 'gitlab';

export interface ReviewComment {
  id: string;
  body: string;
  /** GitHub: login with a trailing `[bot]` stripped; GitLab: the author's numeric id as a string. */
  author?: string;
  createdAt?: string;
  updatedAt?: string;
  url?: string;
}

/** Comments of one pull request / merge request. */
export interface CommentProvider {
  readonly platform: Platform;
  /** The token's own identity (same form as `ReviewComment.author`), or undefined when unknown. */
  identity(): Promise<string | undefined>;
  /** Every comment, all pages (GitLab: system notes excluded). */
  listComments(): Promise<ReviewComment[]>;
  createComment(body: string): Promise<ReviewComment>;
  updateComment(id: string, body: string): Promise<ReviewComment>;
  deleteComment(id: string): Promise<void>;
}

/** The HTTP status of an Octokit or Gitbeaker error, when there is one. */
export function httpStatusOf(err: unknown): number | undefined {
  if (err === null || typeof err !== 'object') return undefined;
  const e = err as { status?: unknown; response?: { status?: unknown }; cause?: { response?: { status?: unknown } } };
  for (const v of [e.status, e.response?.status, e.cause?.response?.status]) if (typeof v === 'number') return v;
  return undefined;
}

export function stripBot(login: string): string {
  return login.endsWith('[bot]') ? login.slice(0, -5) : login;
}
