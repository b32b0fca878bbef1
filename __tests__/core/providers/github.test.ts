import nock from 'nock';
import { createGitHubClient, githubCommentProvider, upsertSticky } from '../../../core/providers';
import { documentedOperation, githubMock } from './openapi';

const MARKER = '<!-- opensession-session-review -->';
const PR = { owner: 'acme', repo: 'widgets', number: 18 };
const BASE = '/repos/acme/widgets/issues';

function comment(id: number, body: string, login: string, updated = '2026-01-01T00:00:00Z') {
  return {
    id,
    body,
    user: { login },
    created_at: '2026-01-01T00:00:00Z',
    updated_at: updated,
    html_url: `https://github.com/acme/widgets/pull/18#issuecomment-${id}`,
  };
}

function provider() {
  return githubCommentProvider(createGitHubClient({ token: 'ghs_test', fetch: globalThis.fetch, retries: 0 }), PR);
}

const describeErr = (e: unknown) => (e instanceof Error ? e.message : String(e));

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('@octokit/openapi check', () => {
  it('knows the operations we call and rejects made-up ones', () => {
    expect(documentedOperation('GET', `${BASE}/18/comments?per_page=100`)).toBe(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    );
    expect(documentedOperation('PATCH', `${BASE}/comments/5`)).toBe(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    );
    expect(documentedOperation('DELETE', `${BASE}/comments/5`)).toBeDefined();
    expect(documentedOperation('POST', `${BASE}/18/comments`)).toBeDefined();
    expect(documentedOperation('PUT', `${BASE}/18/comments`)).toBeUndefined();
    expect(documentedOperation('GET', '/repos/acme/widgets/sticky-comments')).toBeUndefined();
  });
});

describe('GitHub sticky upsert (§10.1)', () => {
  it("creates when no own marker comment exists; other users' marker comments are ignored", async () => {
    githubMock('POST', '/graphql').reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    githubMock('GET', `${BASE}/18/comments?per_page=100`).reply(200, [
      comment(1, `${MARKER}\nold`, 'mallory'),
      comment(2, 'hi', 'github-actions[bot]'),
    ]);
    githubMock('POST', `${BASE}/18/comments`, `${BASE}/18/comments`).reply(201, async (req: Request) =>
      comment(3, ((await req.json()) as { body: string }).body, 'github-actions[bot]'),
    );
    const out = await upsertSticky(provider(), MARKER, `${MARKER}\nnew`, describeErr);
    expect(out.result).toBe('created');
    expect(out.comment.id).toBe('3');
    expect(out.deleted).toEqual([]);
  });

  it('paginates, updates the newest own comment and deletes own duplicates', async () => {
    const page2 = `https://api.github.com${BASE}/18/comments?per_page=100&page=2`;
    githubMock('POST', '/graphql').reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    githubMock('GET', `${BASE}/18/comments?per_page=100`).reply(
      200,
      [
        comment(10, `${MARKER}\nA`, 'github-actions[bot]', '2026-01-01T00:00:00Z'),
        ...Array.from({ length: 99 }, (_, i) => comment(100 + i, 'x', 'bob')),
      ],
      { link: `<${page2}>; rel="next", <${page2}>; rel="last"` },
    );
    githubMock('GET', `${BASE}/18/comments?per_page=100&page=2`).reply(200, [
      comment(20, `${MARKER}\nB`, 'github-actions[bot]', '2026-02-01T00:00:00Z'),
      comment(21, `${MARKER}\nC`, 'github-actions', '2026-01-15T00:00:00Z'),
    ]);
    githubMock('PATCH', `${BASE}/comments/20`).reply(200, comment(20, `${MARKER}\nD`, 'github-actions[bot]'));
    githubMock('DELETE', `${BASE}/comments/21`).reply(204);
    githubMock('DELETE', `${BASE}/comments/10`).reply(500, { message: 'boom' });
    const out = await upsertSticky(provider(), MARKER, `${MARKER}\nD`, describeErr);
    expect(out.result).toBe('updated');
    expect(out.comment.id).toBe('20');
    expect(out.deleted).toEqual(['21']);
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/^Could not delete duplicate review comment 10: /);
  });

  it('leaves an unchanged body alone (only the Updated at line differs)', async () => {
    const old = `${MARKER}\n- **Updated at (UTC):** 2026-01-01T00:00:00.000Z\nsame\n`;
    githubMock('POST', '/graphql').reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    githubMock('GET', `${BASE}/18/comments?per_page=100`).reply(200, [
      comment(7, old.replace(/\n/g, '\r\n'), 'github-actions[bot]'),
    ]);
    const out = await upsertSticky(provider(), MARKER, old.replace('2026-01-01', '2026-05-05'), describeErr);
    expect(out.result).toBe('unchanged');
  });

  it('with an unknown identity never edits or deletes: it creates a new comment (A10)', async () => {
    githubMock('POST', '/graphql').reply(401, { message: 'Bad credentials' });
    githubMock('GET', `${BASE}/18/comments?per_page=100`).reply(200, [
      comment(1, `${MARKER}\na`, 'x'),
      comment(2, `${MARKER}\nb`, 'y', '2026-03-01T00:00:00Z'),
    ]);
    githubMock('POST', `${BASE}/18/comments`).reply(201, comment(3, 'n', 'me'));
    const out = await upsertSticky(provider(), MARKER, `${MARKER}\nc`, describeErr);
    expect(out.result).toBe('created');
    expect(out.comment.id).toBe('3');
    expect(out.deleted).toEqual([]);
  });

  it('with an unknown identity and keepExisting, leaves marker comments as they are', async () => {
    githubMock('POST', '/graphql').reply(401, { message: 'Bad credentials' });
    githubMock('GET', `${BASE}/18/comments?per_page=100`).reply(200, [comment(1, `${MARKER}\na`, 'x')]);
    const out = await upsertSticky(provider(), MARKER, `${MARKER}\nc`, describeErr, { keepExisting: true });
    expect(out.result).toBe('unchanged');
    expect(out.comment.id).toBe('1');
  });

  it('surfaces API errors with their status', async () => {
    githubMock('POST', '/graphql').reply(200, { data: { viewer: { login: 'me' } } });
    githubMock('GET', `${BASE}/18/comments?per_page=100`).reply(403, {
      message: 'Resource not accessible by integration',
    });
    await expect(upsertSticky(provider(), MARKER, 'b', describeErr)).rejects.toMatchObject({ status: 403 });
  });
});

// nock patches node's http for the whole worker process: undo it so later test files use real sockets.
afterAll(() => nock.restore());
