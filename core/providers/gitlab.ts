// GitLab through @gitbeaker/rest (PRIVATE-TOKEN): merge request notes, user lookups, commit → merge requests.
import { Gitlab } from '@gitbeaker/rest';
import type { CommentProvider, ReviewComment } from './types';

/** The part of the Gitbeaker client used here (structural, so tests and adapters share one shape). */
export interface GitlabApi {
  Users: {
    showCurrentUser(): Promise<unknown>;
    show(userId: number): Promise<unknown>;
  };
  MergeRequestNotes: {
    all(projectId: string | number, iid: number, options?: Record<string, unknown>): Promise<unknown>;
    create(projectId: string | number, iid: number, body: string): Promise<unknown>;
    edit(projectId: string | number, iid: number, noteId: number, options: { body: string }): Promise<unknown>;
    remove(projectId: string | number, iid: number, noteId: number): Promise<unknown>;
  };
  Commits: {
    allMergeRequests(projectId: string | number, sha: string): Promise<unknown>;
  };
  MergeRequests: {
    show(projectId: string | number, iid: number): Promise<unknown>;
  };
}

export interface GitlabClientOptions {
  /** `CI_SERVER_URL`, e.g. https://gitlab.com */
  host: string;
  token: string;
}

export function createGitlabClient(opts: GitlabClientOptions): GitlabApi {
  return new Gitlab({ host: opts.host, token: opts.token }) as unknown as GitlabApi;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function toNote(n: Obj, webUrl?: string): ReviewComment {
  const author =
    isObj(n.author) && (typeof n.author.id === 'number' || typeof n.author.id === 'string')
      ? String(n.author.id)
      : undefined;
  const id = String(n.id);
  return {
    id,
    body: typeof n.body === 'string' ? n.body : '',
    author,
    createdAt: typeof n.created_at === 'string' ? n.created_at : undefined,
    updatedAt: typeof n.updated_at === 'string' ? n.updated_at : undefined,
    url: webUrl !== undefined ? `${webUrl}#note_${id}` : undefined,
  };
}

export interface MergeRequestRef {
  projectId: string | number;
  iid: number;
  /** `<CI_PROJECT_URL>/-/merge_requests/<iid>`, for note URLs. */
  webUrl?: string;
}

export function gitlabCommentProvider(api: GitlabApi, mr: MergeRequestRef): CommentProvider {
  return {
    platform: 'gitlab',
    async identity() {
      const u = await api.Users.showCurrentUser();
      return isObj(u) && (typeof u.id === 'number' || typeof u.id === 'string') ? String(u.id) : undefined;
    },
    async listComments() {
      const notes = await api.MergeRequestNotes.all(mr.projectId, mr.iid, { perPage: 100 });
      return (Array.isArray(notes) ? notes : [])
        .filter(isObj)
        .filter((n) => n.system !== true)
        .map((n) => toNote(n, mr.webUrl));
    },
    async createComment(body) {
      const n = await api.MergeRequestNotes.create(mr.projectId, mr.iid, body);
      return toNote(isObj(n) ? n : {}, mr.webUrl);
    },
    async updateComment(id, body) {
      const n = await api.MergeRequestNotes.edit(mr.projectId, mr.iid, Number(id), { body });
      return toNote(isObj(n) ? n : {}, mr.webUrl);
    },
    async deleteComment(id) {
      await api.MergeRequestNotes.remove(mr.projectId, mr.iid, Number(id));
    },
  };
}

/** §6.2: true only when the lookup succeeds and says `bot: true`. */
export async function isGitlabBot(api: GitlabApi, userId: number): Promise<boolean> {
  try {
    const u = await api.Users.show(userId);
    return isObj(u) && u.bot === true;
  } catch {
    return false;
  }
}

export interface GitlabMergeRequest {
  iid: number;
  state: string;
  target_branch: string;
  source_branch: string;
  source_project_id?: number;
  project_id?: number;
  sha?: string | null;
  merge_commit_sha?: string | null;
  squash_commit_sha?: string | null;
  author_id?: number;
  author_username?: string;
  diff_base_sha?: string | null;
}

function toMr(v: unknown): GitlabMergeRequest | undefined {
  if (!isObj(v) || typeof v.iid !== 'number') return undefined;
  const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
  const diff = isObj(v.diff_refs) ? v.diff_refs : {};
  return {
    iid: v.iid,
    state: typeof v.state === 'string' ? v.state : '',
    target_branch: typeof v.target_branch === 'string' ? v.target_branch : '',
    source_branch: typeof v.source_branch === 'string' ? v.source_branch : '',
    source_project_id: typeof v.source_project_id === 'number' ? v.source_project_id : undefined,
    project_id: typeof v.project_id === 'number' ? v.project_id : undefined,
    sha: str(v.sha),
    merge_commit_sha: str(v.merge_commit_sha),
    squash_commit_sha: str(v.squash_commit_sha),
    author_id: isObj(v.author) && typeof v.author.id === 'number' ? v.author.id : undefined,
    author_username: isObj(v.author) && typeof v.author.username === 'string' ? v.author.username : undefined,
    diff_base_sha: str(diff.base_sha),
  };
}

/** §10.4 steps 2–3: merged MRs of `sha` targeting `branch`. */
export async function mergedRequestsForCommit(
  api: GitlabApi,
  projectId: string | number,
  sha: string,
  branch: string,
): Promise<GitlabMergeRequest[]> {
  const list = await api.Commits.allMergeRequests(projectId, sha);
  return (Array.isArray(list) ? list : [])
    .map(toMr)
    .filter((m): m is GitlabMergeRequest => m !== undefined)
    .filter(
      (m) =>
        m.state === 'merged' &&
        m.target_branch === branch &&
        [m.merge_commit_sha, m.squash_commit_sha, m.sha].includes(sha),
    );
}

export async function getMergeRequest(
  api: GitlabApi,
  projectId: string | number,
  iid: number,
): Promise<GitlabMergeRequest | undefined> {
  return toMr(await api.MergeRequests.show(projectId, iid));
}
