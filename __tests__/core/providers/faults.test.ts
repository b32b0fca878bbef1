// GitHub and GitLab clients against fake API servers on real loopback sockets, with injected faults (A10):
// 429 + Retry-After, secondary limits, primary limits (x-ratelimit-reset), 500/502 bursts, 150 comments with
// markers of the bot and of another user, a failing `viewer`. The GitHub client is @actions/github's Octokit with
// plugin-throttling and plugin-retry: its waits are real timers, shortened by `waitScale`, and every wait it
// chooses is recorded (unscaled) through `onRetry`, so the test asserts the exact A10 decisions and that the
// requests really were spaced by them. The GitLab client's backoff runs on an injected clock. Every GitHub route
// served is checked against @octokit/openapi.
import { createGitHubClient, githubCommentProvider } from '../../../core/providers/github';
import { createGitlabClient, gitlabCommentProvider } from '../../../core/providers/gitlab';
import { ApiRetryError, retryingFetch } from '../../../core/providers/retry-helper';
import { upsertSticky } from '../../../core/providers/sticky';
import { fakeClock, FakeApi, githubComments, startFakeApi } from '../../support/fake-api';
import { documentedOperation } from './openapi';

const MARKER = '<!-- opensession-session-review -->';
const describeErr = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const ISSUE = '/repos/acme/widgets/issues';

let api: FakeApi;
let clock: ReturnType<typeof fakeClock>;
/** Real GitHub waits are slept at 1/1000 (60 s → 60 ms). */
const SCALE = 0.001;
let waits: number[];

beforeEach(async () => {
  clock = fakeClock();
  waits = [];
});
afterEach(async () => {
  // Every GitHub request the fake served is a documented operation.
  if (api.url !== '' && api.requests.some((r) => !r.path.startsWith('/api/v4'))) {
    for (const r of api.requests)
      expect([r.method, r.path, documentedOperation(r.method, r.path)]).not.toContainEqual(undefined);
  }
  await api.stop();
});

function octokit(retries?: number) {
  return createGitHubClient({
    token: 'ghs_test',
    baseUrl: api.url,
    fetch: globalThis.fetch,
    retries,
    waitScale: SCALE,
    random: () => 0.5,
    onRetry: (r) => waits.push(r.waitMs),
  });
}

function github() {
  return githubCommentProvider(octokit(), { owner: 'acme', repo: 'widgets', number: 18 });
}

const seq = (): string[] => api.requests.map((r) => `${r.method} ${r.path}`);

/** The wall time between two recorded requests is at least the scaled wait (timers may fire 1 ms early). */
function spacedBy(a: number, b: number, waitMs: number): void {
  expect(api.requests[b].wallAt - api.requests[a].wallAt).toBeGreaterThanOrEqual(waitMs * SCALE - 1);
}

function viewer(login = 'github-actions[bot]') {
  api.route('POST', '/graphql', [{ status: 200, body: { data: { viewer: { login } } } }]);
}

function twoPages(comments: Array<Record<string, unknown>>) {
  api.route('GET', `${ISSUE}/18/comments`, (req) => {
    const page = new URL(req.path, api.url).searchParams.get('page') ?? '1';
    if (page === '1')
      return {
        status: 200,
        headers: { link: `<${api.url}${ISSUE}/18/comments?per_page=100&page=2>; rel="next"` },
        body: comments.slice(0, 100),
      };
    return { status: 200, body: comments.slice(100) };
  });
}

// 150 comments: the bot's markers at 10, 60 and 110 (110 newest by time), another user's marker at 120.
const mixed = githubComments(150, 1000, (i) => {
  if (i === 10 || i === 60 || i === 110)
    return {
      login: 'github-actions[bot]',
      body: `${MARKER}\nold ${i}`,
      updated: i === 110 ? '2026-01-05T00:00:00Z' : undefined,
    };
  if (i === 120) return { login: 'mallory', body: `${MARKER}\nspoofed`, updated: '2026-01-09T00:00:00Z' };
  return { login: 'alice', body: `comment ${i}` };
});

describe('GitHub faults (@actions/github + plugin-throttling + plugin-retry)', () => {
  beforeEach(async () => {
    api = await startFakeApi(Date.now);
  });

  it("150 comments over two pages: updates the bot's newest marker comment, deletes its duplicates, never touches another user's", async () => {
    viewer();
    twoPages(mixed);
    api.route('PATCH', /^\/repos\/acme\/widgets\/issues\/comments\/\d+$/, [{ status: 200, body: mixed[110] }]);
    api.route('DELETE', /^\/repos\/acme\/widgets\/issues\/comments\/\d+$/, [{ status: 204 }]);
    const out = await upsertSticky(github(), MARKER, `${MARKER}\nnew`, describeErr);
    expect(out.result).toBe('updated');
    expect(seq()).toEqual([
      'POST /graphql',
      `GET ${ISSUE}/18/comments?per_page=100`,
      `GET ${ISSUE}/18/comments?per_page=100&page=2`,
      `PATCH ${ISSUE}/comments/1110`,
      `DELETE ${ISSUE}/comments/1010`,
      `DELETE ${ISSUE}/comments/1060`,
    ]);
    expect(JSON.parse(api.requests[3].body)).toEqual({ body: `${MARKER}\nnew` });
    expect(waits).toEqual([]);
  });

  it('write requests are spaced one second apart, as GitHub asks (here scaled to 50 ms)', async () => {
    viewer();
    twoPages(mixed);
    api.route('PATCH', /^\/repos\/acme\/widgets\/issues\/comments\/\d+$/, [{ status: 200, body: mixed[110] }]);
    api.route('DELETE', /^\/repos\/acme\/widgets\/issues\/comments\/\d+$/, [{ status: 204 }]);
    // when the client sends each request (the server's arrival times also carry each request's own delay)
    const sent: Array<{ method: string; at: number }> = [];
    const client = createGitHubClient({
      token: 'ghs_test',
      baseUrl: api.url,
      fetch: (input, init) => {
        sent.push({ method: init?.method ?? 'GET', at: performance.now() });
        return globalThis.fetch(input, init);
      },
      waitScale: 0.05,
    });
    const out = await upsertSticky(
      githubCommentProvider(client, { owner: 'acme', repo: 'widgets', number: 18 }),
      MARKER,
      `${MARKER}\nnew`,
      describeErr,
    );
    expect(out.deleted).toEqual(['1010', '1060']);
    const writes = sent.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => r.method)).toEqual(['POST', 'PATCH', 'DELETE', 'DELETE']);
    expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(4);
    // spaced 50 ms apart, less timer and start-up jitter (unspaced, these writes go out about 5-25 ms apart)
    for (let i = 1; i < writes.length; i++)
      expect(writes[i].at - writes[i - 1].at).toBeGreaterThanOrEqual(1000 * 0.05 - 10);
  });

  it('viewer failing: retried with backoff, then a new comment is created and nothing is edited or deleted', async () => {
    api.route('POST', '/graphql', [{ status: 500, body: { message: 'boom' } }]);
    twoPages(mixed);
    api.route('POST', `${ISSUE}/18/comments`, [{ status: 201, body: { ...mixed[0], id: 5000, body: 'x' } }]);
    const out = await upsertSticky(github(), MARKER, `${MARKER}\nnew`, describeErr);
    expect(out.result).toBe('created');
    expect(out.comment.id).toBe('5000');
    expect(seq()).toEqual([
      ...Array(7).fill('POST /graphql'),
      `GET ${ISSUE}/18/comments?per_page=100`,
      `GET ${ISSUE}/18/comments?per_page=100&page=2`,
      `POST ${ISSUE}/18/comments`,
    ]);
    // Exponential backoff with jitter (random fixed at 0.5): 3/4 of 1, 2, 4, 8, 16, 32 s.
    expect(waits).toEqual([750, 1500, 3000, 6000, 12000, 24000]);
    for (let i = 0; i < 6; i++) spacedBy(i, i + 1, waits[i]);
    expect(out.warnings[0]).toContain("Could not read the token's own identity");
  });

  it('a 502 is retried, then the call succeeds', async () => {
    viewer();
    api.route('GET', `${ISSUE}/18/comments`, [
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 200, body: [] },
    ]);
    api.route('POST', `${ISSUE}/18/comments`, [{ status: 201, body: { ...mixed[0], id: 6 } }]);
    expect((await upsertSticky(github(), MARKER, 'B', describeErr)).comment.id).toBe('6');
    expect(waits).toEqual([750]);
    spacedBy(1, 2, 750);
  });

  it('429 with Retry-After: 2 waits what the server asks (plus at most 250 ms jitter)', async () => {
    viewer();
    api.route('GET', `${ISSUE}/18/comments`, [
      { status: 429, headers: { 'retry-after': '2' }, body: { message: 'Too Many Requests' } },
      { status: 200, body: [] },
    ]);
    api.route('POST', `${ISSUE}/18/comments`, [{ status: 201, body: { ...mixed[0], id: 7 } }]);
    expect((await upsertSticky(github(), MARKER, 'B', describeErr)).result).toBe('created');
    expect(waits).toEqual([2125]);
    spacedBy(1, 2, 2125);
    expect(seq()).toEqual([
      'POST /graphql',
      `GET ${ISSUE}/18/comments?per_page=100`,
      `GET ${ISSUE}/18/comments?per_page=100`,
      `POST ${ISSUE}/18/comments`,
    ]);
  });

  it.each([403, 429])('a secondary rate limit (%i + Retry-After: 60) waits 60 s once, never more', async (status) => {
    viewer();
    api.route('GET', `${ISSUE}/18/comments`, [{ status: 200, body: [] }]);
    api.route('POST', `${ISSUE}/18/comments`, [
      { status, headers: { 'retry-after': '60' }, body: { message: 'You have exceeded a secondary rate limit.' } },
      { status: 201, body: { ...mixed[0], id: 8 } },
    ]);
    expect((await upsertSticky(github(), MARKER, 'B', describeErr)).result).toBe('created');
    expect(waits).toEqual([60000]);
    spacedBy(2, 3, 60000);
  });

  it('a Retry-After of 120 s (over the 60 s cap) gives up at once instead of waiting', async () => {
    viewer();
    api.route('GET', `${ISSUE}/18/comments`, [
      { status: 429, headers: { 'retry-after': '120' }, body: { message: 'Too Many Requests' } },
    ]);
    const t0 = performance.now();
    await expect(upsertSticky(github(), MARKER, 'B', describeErr)).rejects.toThrow(
      /HTTP 429; the API asks to wait 2 min, more than the 60 s limit, so this step gives up/,
    );
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(waits).toEqual([]);
    expect(seq()).toEqual(['POST /graphql', `GET ${ISSUE}/18/comments?per_page=100`]);
  });

  it('x-ratelimit-remaining: 0 with x-ratelimit-reset in 2 s: waits for the reset, then goes on', async () => {
    viewer();
    api.route('GET', `${ISSUE}/18/comments`, [
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2) },
        body: { message: 'API rate limit exceeded' },
      },
      { status: 200, body: [] },
    ]);
    api.route('POST', `${ISSUE}/18/comments`, [{ status: 201, body: { ...mixed[0], id: 10 } }]);
    expect((await upsertSticky(github(), MARKER, 'B', describeErr)).comment.id).toBe('10');
    // Until the reset second has passed (plugin-throttling adds 1 s): 2 or 3 s from now.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[0]).toBeLessThanOrEqual(3000);
    spacedBy(1, 2, waits[0]);
  });

  it('a primary limit resetting in an hour fails at once with a plain message (no hour-long wait)', async () => {
    viewer();
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    api.route('GET', `${ISSUE}/18/comments`, [
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
        body: { message: 'API rate limit exceeded' },
      },
    ]);
    const t0 = performance.now();
    await expect(upsertSticky(github(), MARKER, 'B', describeErr)).rejects.toThrow(
      /rate limited; the API asks to wait (60|61) min, more than the 60 s limit, so this step gives up/,
    );
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(waits).toEqual([]);
    expect(seq()).toEqual(['POST /graphql', `GET ${ISSUE}/18/comments?per_page=100`]);
  });

  it('500/502 bursts are retried with growing waits', async () => {
    viewer();
    api.route('GET', `${ISSUE}/18/comments`, [{ status: 200, body: [] }]);
    api.route('POST', `${ISSUE}/18/comments`, [
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 500, body: { message: 'Server Error' } },
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 201, body: { ...mixed[0], id: 9 } },
    ]);
    expect((await upsertSticky(github(), MARKER, 'B', describeErr)).comment.id).toBe('9');
    expect(waits).toEqual([750, 1500, 3000]);
    expect(seq().filter((s) => s.startsWith('POST /repos'))).toHaveLength(4);
  });

  it('404 and 422 are not retried', async () => {
    viewer();
    api.route('GET', `${ISSUE}/18/comments`, [{ status: 404, body: { message: 'Not Found' } }]);
    await expect(upsertSticky(github(), MARKER, 'B', describeErr)).rejects.toThrow(/Not Found/);
    api.route('POST', '/graphql', [{ status: 422, body: { message: 'Unprocessable' } }]);
    await expect(github().identity()).rejects.toMatchObject({ status: 422 });
    expect(waits).toEqual([]);
    expect(seq()).toHaveLength(3);
  });

  it('never waits more than 60 s at once or 5 min in total, then the step gives up', async () => {
    api.route('GET', '/rate_limit', [{ status: 503, headers: { 'retry-after': '50' }, body: {} }]);
    const client = octokit(100);
    const t0 = performance.now();
    await expect(client.request('GET /rate_limit')).rejects.toThrow(
      /HTTP 503; still failing after 4 min of retries \(limit 5 min\), so this step gives up/,
    );
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(waits).toEqual([50125, 50125, 50125, 50125, 50125]);
    expect(api.requests).toHaveLength(6);
    // The budget is per client (one CI step): the next call fails without waiting again.
    await expect(client.request('GET /rate_limit')).rejects.toThrow(/still failing after/);
    expect(waits).toHaveLength(5);
    expect(api.requests).toHaveLength(7);
  });
});

describe('retry budget of the fetch wrapper (GitLab)', () => {
  beforeEach(async () => {
    api = await startFakeApi(clock.now);
  });

  it('never waits more than 60 s at once or 5 min in total, then gives up', async () => {
    api.route('GET', '/rate_limit', [{ status: 503, headers: { 'retry-after': '50' }, body: {} }]);
    const f = retryingFetch(globalThis.fetch, { ...clock, maxRetries: 100 });
    const t0 = performance.now();
    await expect(f(`${api.url}/rate_limit`)).rejects.toThrow(ApiRetryError);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(clock.slept.every((w) => w <= 60000)).toBe(true);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(300000);
    expect(clock.slept).toEqual([50125, 50125, 50125, 50125, 50125]);
    // The budget is per client: the next call fails without waiting again.
    await expect(f(`${api.url}/rate_limit`)).rejects.toThrow(/still failing after/);
    expect(clock.slept).toHaveLength(5);
  });

  it('Retry-After over 60 s is not waited for', async () => {
    api.route('GET', '/rate_limit', [{ status: 429, headers: { 'retry-after': '120' }, body: {} }]);
    const f = retryingFetch(globalThis.fetch, clock);
    await expect(f(`${api.url}/rate_limit`)).rejects.toThrow(/asks to wait 2 min, more than the 60 s limit/);
    expect(clock.slept).toEqual([]);
  });
});

describe('GitLab faults', () => {
  beforeEach(async () => {
    api = await startFakeApi(clock.now);
  });

  const P = '/api/v4/projects/group%2Fproj/merge_requests/5/notes';
  const note = (id: number, body: string, author: number, updated = '2026-01-01T00:00:00Z') => ({
    id,
    body,
    author: { id: author },
    system: false,
    created_at: updated,
    updated_at: updated,
  });
  const notes = Array.from({ length: 150 }, (_, i) => {
    if (i === 5 || i === 140) return note(i + 1, `${MARKER}\nold`, 42, i === 140 ? '2026-01-05T00:00:00Z' : undefined);
    if (i === 141) return note(i + 1, `${MARKER}\nspoofed`, 7, '2026-01-09T00:00:00Z');
    if (i === 142) return { ...note(i + 1, `${MARKER}\nsystem`, 42, '2026-01-10T00:00:00Z'), system: true };
    return note(i + 1, `note ${i}`, 9);
  });
  function gitlab(retries?: number) {
    const client = createGitlabClient({
      host: api.url,
      token: 'glpat-test',
      fetch: globalThis.fetch,
      retry: clock,
      retries,
    });
    return gitlabCommentProvider(client, { projectId: 'group/proj', iid: 5 });
  }
  function pages() {
    api.route('GET', P, (req) => {
      const page = new URL(req.path, api.url).searchParams.get('page');
      return page === '2'
        ? { status: 200, headers: { 'x-next-page': '' }, body: notes.slice(100) }
        : { status: 200, headers: { 'x-next-page': '2' }, body: notes.slice(0, 100) };
    });
  }

  it('150 notes over two pages, /user failing once: updates the own newest, deletes the duplicate, leaves others', async () => {
    api.route('GET', '/api/v4/user', [
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 200, body: { id: 42 } },
    ]);
    pages();
    api.route('PUT', `${P}/141`, [{ status: 200, body: note(141, 'x', 42) }]);
    api.route('DELETE', `${P}/6`, [{ status: 204 }]);
    const out = await upsertSticky(gitlab(), MARKER, `${MARKER}\nnew`, describeErr);
    expect(out.result).toBe('updated');
    expect(seq()).toEqual([
      'GET /api/v4/user',
      'GET /api/v4/user',
      `GET ${P}?per_page=100&page=1`,
      `GET ${P}?per_page=100&page=2`,
      `PUT ${P}/141`,
      `DELETE ${P}/6`,
    ]);
    expect(clock.slept).toEqual([750]);
    expect(api.requests.every((r) => r.method !== 'PUT' || JSON.parse(r.body).body === `${MARKER}\nnew`)).toBe(true);
  });

  it('unknown identity: a new note, nothing edited or deleted', async () => {
    api.route('GET', '/api/v4/user', [{ status: 401, body: { message: '401 Unauthorized' } }]);
    pages();
    api.route('POST', P, [{ status: 201, body: note(999, 'x', 42) }]);
    const out = await upsertSticky(gitlab(), MARKER, `${MARKER}\nnew`, describeErr);
    expect(out.result).toBe('created');
    expect(seq().filter((s) => /^(PUT|DELETE)/.test(s))).toEqual([]);
    expect(clock.slept).toEqual([]);
  });

  it('429 with Retry-After and 5xx bursts are backed off, not hammered', async () => {
    api.route('GET', '/api/v4/user', [{ status: 200, body: { id: 42 } }]);
    api.route('GET', P, [{ status: 200, body: [] }]);
    api.route('POST', P, [
      { status: 429, headers: { 'retry-after': '3' }, body: { message: '429 Too Many Requests' } },
      { status: 503, body: { message: 'unavailable' } },
      { status: 504, body: { message: 'timeout' } },
      { status: 201, body: note(77, 'x', 42) },
    ]);
    const out = await upsertSticky(gitlab(), MARKER, 'B', describeErr);
    expect(out.comment.id).toBe('77');
    expect(clock.slept).toEqual([3125, 1500, 3000]);
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts[1].at - posts[0].at).toBe(3125);
  });
});
