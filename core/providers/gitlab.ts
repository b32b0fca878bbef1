// GitLab REST v4 with PRIVATE-TOKEN: merge request notes, user lookups, commit → merge requests. A small client on
// `fetch` (seven endpoints) instead of Gitbeaker: its own retry loop cannot be capped or given a clock (A10), and
// it costs start-up time before the first request.
import { retryingFetch, RetryOptions } from './retry-helper';
import type { CommentProvider, ReviewComment } from './types';

/** The GitLab calls used here (structural, so tests and adapters share one shape). */
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
    /** Every merge request of the project in `state` (paginated), e.g. the janitor's open-MR protection. */
    all(options: { projectId: string | number; state: string }): Promise<unknown>;
  };
}

export interface GitlabClientOptions {
  /** `CI_SERVER_URL`, e.g. https://gitlab.com */
  host: string;
  token: string;
  fetch?: typeof fetch;
  /** Retries on 429/5xx (default 6; 0 disables). */
  retries?: number;
  retry?: Partial<RetryOptions>;
}

/** An HTTP error of the GitLab API (status and the first part of its message). */
export class GitlabApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GitlabApiError';
  }
}

const MAX_PAGES = 100;

export function createGitlabClient(opts: GitlabClientOptions): GitlabApi {
  const base = opts.fetch ?? globalThis.fetch;
  const retries = opts.retries ?? 6;
  const clock: RetryOptions = {
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => Date.now(),
    random: () => Math.random(),
  };
  const f = retries > 0 ? retryingFetch(base, { ...clock, ...opts.retry, maxRetries: retries }) : base;
  const root = `${opts.host.replace(/\/+$/, '')}/api/v4`;
  const pid = (id: string | number): string => encodeURIComponent(String(id));
  const call = async (method: string, path: string, body?: unknown): Promise<{ data: unknown; res: Response }> => {
    const url = path.startsWith('http') ? path : `${root}${path}`;
    const res = await f(url, {
      method,
      headers: {
        'PRIVATE-TOKEN': opts.token,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) {
      let msg = text.slice(0, 200);
      try {
        const j = JSON.parse(text) as { message?: unknown; error?: unknown };
        msg =
          typeof j.message === 'string'
            ? j.message
            : typeof j.error === 'string'
              ? j.error
              : JSON.stringify(j.message ?? j);
      } catch {
        // not JSON: keep the text
      }
      throw new GitlabApiError(
        `GitLab API ${method} ${path.split('?')[0]}: HTTP ${res.status}${msg !== '' ? ` (${msg})` : ''}`,
        res.status,
      );
    }
    return { data: text === '' ? undefined : (JSON.parse(text) as unknown), res };
  };
  const all = async (path: string): Promise<unknown[]> => {
    const out: unknown[] = [];
    let page = '1';
    for (let i = 0; i < MAX_PAGES; i++) {
      const sep = path.includes('?') ? '&' : '?';
      const { data, res } = await call('GET', `${path}${sep}per_page=100&page=${page}`);
      if (Array.isArray(data)) out.push(...data);
      const next = (res.headers.get('x-next-page') ?? '').trim();
      if (next === '' || !Array.isArray(data) || data.length === 0) break;
      page = next;
    }
    return out;
  };
  return {
    Users: {
      showCurrentUser: async () => (await call('GET', '/user')).data,
      show: async (userId) => (await call('GET', `/users/${encodeURIComponent(String(userId))}`)).data,
    },
    MergeRequestNotes: {
      all: (projectId, iid) => all(`/projects/${pid(projectId)}/merge_requests/${iid}/notes`),
      create: async (projectId, iid, body) =>
        (await call('POST', `/projects/${pid(projectId)}/merge_requests/${iid}/notes`, { body })).data,
      edit: async (projectId, iid, noteId, o) =>
        (await call('PUT', `/projects/${pid(projectId)}/merge_requests/${iid}/notes/${noteId}`, { body: o.body })).data,
      remove: async (projectId, iid, noteId) => {
        await call('DELETE', `/projects/${pid(projectId)}/merge_requests/${iid}/notes/${noteId}`);
      },
    },
    Commits: {
      allMergeRequests: async (projectId, sha) =>
        (await call('GET', `/projects/${pid(projectId)}/repository/commits/${encodeURIComponent(sha)}/merge_requests`))
          .data,
    },
    MergeRequests: {
      show: async (projectId, iid) => (await call('GET', `/projects/${pid(projectId)}/merge_requests/${iid}`)).data,
      all: (o) => all(`/projects/${pid(o.projectId)}/merge_requests?state=${encodeURIComponent(o.state)}`),
    },
  };
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
