import nock from 'nock';
import {
  createGitlabClient,
  getMergeRequest,
  gitlabCommentProvider,
  isGitlabBot,
  mergedRequestsForCommit,
  upsertSticky,
} from '../../../core/providers';

const HOST = 'https://gitlab.example.com';
const API = '/api/v4';
const MARKER = '<!-- opensession-session-review -->';
const describeErr = (e: unknown) => (e instanceof Error ? e.message : String(e));

function note(id: number, body: string, authorId: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    body,
    author: { id: authorId },
    system: false,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

function api() {
  return createGitlabClient({ host: HOST, token: 'glpat-test' });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('GitLab notes (§10.1)', () => {
  it('paginates notes, skips system notes, updates the newest own note and deletes duplicates', async () => {
    const gl = nock(HOST, { reqheaders: { 'private-token': 'glpat-test' } });
    gl.get(`${API}/user`).reply(200, { id: 42, username: 'project_bot' });
    gl.get(`${API}/projects/group%2Fproj/merge_requests/5/notes`)
      .query((q) => q.per_page === '100' && (q.page === undefined || q.page === '1'))
      .reply(
        200,
        [
          note(1, `${MARKER}\nold`, 42),
          note(2, `${MARKER}\nsys`, 42, { system: true }),
          note(3, `${MARKER}\nother`, 7),
        ],
        {
          'x-next-page': '2',
          'x-total-pages': '2',
          link: `<${HOST}${API}/projects/group%2Fproj/merge_requests/5/notes?page=2&per_page=100>; rel="next"`,
        },
      );
    gl.get(`${API}/projects/group%2Fproj/merge_requests/5/notes`)
      .query((q) => q.page === '2')
      .reply(200, [note(9, `${MARKER}\nnewer`, 42, { updated_at: '2026-02-01T00:00:00Z' })], {
        'x-next-page': '',
        'x-total-pages': '2',
      });
    gl.put(`${API}/projects/group%2Fproj/merge_requests/5/notes/9`, (b) => b.body === `${MARKER}\nnew`).reply(
      200,
      note(9, `${MARKER}\nnew`, 42),
    );
    gl.delete(`${API}/projects/group%2Fproj/merge_requests/5/notes/1`).reply(204);
    const provider = gitlabCommentProvider(api(), {
      projectId: 'group/proj',
      iid: 5,
      webUrl: `${HOST}/group/proj/-/merge_requests/5`,
    });
    const out = await upsertSticky(provider, MARKER, `${MARKER}\nnew`, describeErr);
    expect(out.result).toBe('updated');
    expect(out.comment).toMatchObject({ id: '9', url: `${HOST}/group/proj/-/merge_requests/5#note_9` });
    expect(out.deleted).toEqual(['1']);
  });

  it('creates a note when none is ours', async () => {
    const gl = nock(HOST);
    gl.get(`${API}/user`).reply(200, { id: 42 });
    gl.get(`${API}/projects/7/merge_requests/5/notes`).query(true).reply(200, []);
    gl.post(`${API}/projects/7/merge_requests/5/notes`, (b) => b.body === 'B').reply(201, note(11, 'B', 42));
    const out = await upsertSticky(gitlabCommentProvider(api(), { projectId: 7, iid: 5 }), MARKER, 'B', describeErr);
    expect(out.result).toBe('created');
  });

  it('looks up bots, merged MRs of a commit and single MRs', async () => {
    const gl = nock(HOST);
    gl.get(`${API}/users/5`).reply(200, { id: 5, bot: true });
    gl.get(`${API}/users/6`).reply(404, { message: '404 Not found' });
    const sha = 'a'.repeat(40);
    gl.get(`${API}/projects/7/repository/commits/${sha}/merge_requests`).reply(200, [
      { iid: 1, state: 'merged', target_branch: 'main', source_branch: 'f', merge_commit_sha: sha },
      { iid: 2, state: 'opened', target_branch: 'main', source_branch: 'g', sha },
      { iid: 3, state: 'merged', target_branch: 'dev', source_branch: 'h', squash_commit_sha: sha },
    ]);
    gl.get(`${API}/projects/7/merge_requests/1`).reply(200, {
      iid: 1,
      state: 'merged',
      target_branch: 'main',
      source_branch: 'f',
      sha: 'b'.repeat(40),
      source_project_id: 7,
      project_id: 7,
      author: { id: 9 },
      diff_refs: { base_sha: 'c'.repeat(40) },
    });
    const client = api();
    expect(await isGitlabBot(client, 5)).toBe(true);
    expect(await isGitlabBot(client, 6)).toBe(false);
    expect((await mergedRequestsForCommit(client, 7, sha, 'main')).map((m) => m.iid)).toEqual([1]);
    expect(await getMergeRequest(client, 7, 1)).toMatchObject({
      iid: 1,
      diff_base_sha: 'c'.repeat(40),
      author_id: 9,
      source_branch: 'f',
    });
  });
});

// nock patches node's http for the whole worker process: undo it so later test files use real sockets.
afterAll(() => nock.restore());
