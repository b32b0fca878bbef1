// `opensession ci session-review --platform gitlab` in-process with nock for the GitLab API: merged detection on
// push pipelines (§10.4), bot and fork skips (§6.2), the missing-token warning, unhandled pipeline sources.
import nock from 'nock';
import { runInProcess } from '../support/cli';
import { cleanupTempDirs, GitHttpServer, startGitHttpServer } from '../support/git';
import { makePrFixture, PrFixture } from './pr-fixture';

const HOST = 'https://gitlab.example.com';
let server: GitHttpServer;
let fx: PrFixture;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  server = await startGitHttpServer();
  fx = await makePrFixture(server, 'gitlab-flow');
});
afterAll(async () => {
  nock.enableNetConnect();
  await server.stop();
  cleanupTempDirs();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

function run(env: Record<string, string>) {
  return runInProcess(['ci', 'session-review', '--platform', 'gitlab', '--json'], {
    cwd: fx.ciDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI_SERVER_URL: HOST,
      CI_PROJECT_ID: '1',
      CI_PROJECT_PATH: 'group/proj',
      CI_PROJECT_URL: `${HOST}/group/proj`,
      CI_DEFAULT_BRANCH: 'master',
      ...env,
    },
  });
}

const mrEnv = {
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_MERGE_REQUEST_IID: '2',
  CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '1',
  CI_MERGE_REQUEST_PROJECT_ID: '1',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'changes',
  CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'master',
};

describe('GitLab session review flow', () => {
  it('skips bot merge requests after looking up the author', async () => {
    nock(HOST)
      .get('/api/v4/projects/1/merge_requests/2')
      .reply(200, { iid: 2, author: { id: 5, username: 'renovate-bot' } });
    nock(HOST).get('/api/v4/users/5').reply(200, { id: 5, bot: true });
    const r = await run({
      ...mrEnv,
      OPENSESSION_TOKEN: 'glpat-x',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: fx.base,
      CI_COMMIT_SHA: fx.head,
    });
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'skipped', comment: 'skipped' });
    expect(r.stderr).toContain('[opensession] notice: Skipped: MR !2 was opened by bot renovate-bot.');
  });

  it('skips fork merge requests before any API call', async () => {
    const r = await run({
      ...mrEnv,
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '9',
      CI_MERGE_REQUEST_SOURCE_PROJECT_PATH: 'mallory/proj',
      OPENSESSION_TOKEN: 'glpat-x',
    });
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'skipped' });
    expect(r.stderr).toContain(
      'Skipped: MR !2 comes from fork mallory/proj; its ledger lives in the fork and the token is read-only.',
    );
  });

  it('without a token: reviews and publishes, warns that the note was not posted; strict fails', async () => {
    const env = {
      ...mrEnv,
      CI_MERGE_REQUEST_DIFF_BASE_SHA: fx.base,
      CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: fx.head,
      CI_COMMIT_SHA: 'f'.repeat(40),
    };
    const r = await run(env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      result: 'review',
      comment: 'failed',
      artifact_published: true,
      session_count: 1,
      artifact_branch: 'opensession/mr-2-sessions',
    });
    expect(r.stderr).toContain(
      '[opensession] warning: No token for the GitLab API (set OPENSESSION_GITLAB_TOKEN; CI_JOB_TOKEN cannot post merge request notes); the merge request note was not posted.',
    );
    const strict = await run({ ...env, OPENSESSION_STRICT: 'true' });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('[opensession] error: 1 OpenSession step(s) failed (strict mode)');
  });

  it('push pipelines: no merged MR is a notice; no token is a warning', async () => {
    const push = {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BRANCH: 'master',
      CI_COMMIT_REF_PROTECTED: 'true',
      CI_COMMIT_SHA: fx.head,
    };
    nock(HOST)
      .get(`/api/v4/projects/1/repository/commits/${fx.head}/merge_requests`)
      .reply(200, [{ iid: 3, state: 'opened', target_branch: 'master', sha: fx.head }]);
    const r = await run({ ...push, OPENSESSION_TOKEN: 'glpat-x' });
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'noop' });
    expect(r.stderr).toContain(
      `[opensession] notice: No merge request was merged by ${fx.head.slice(0, 7)}; nothing to do.`,
    );
    const noToken = await run(push);
    expect(noToken.code).toBe(0);
    expect(noToken.stderr).toContain('warning: No token for the GitLab API');
  });

  it('push pipelines: a failing merge-request lookup is a warning, not a crashed job (A10)', async () => {
    const push = {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BRANCH: 'master',
      CI_COMMIT_REF_PROTECTED: 'true',
      CI_COMMIT_SHA: fx.head,
    };
    nock(HOST)
      .get(`/api/v4/projects/1/repository/commits/${fx.head}/merge_requests`)
      .reply(403, { message: '403 Forbidden' });
    const r = await run({ ...push, OPENSESSION_TOKEN: 'glpat-x' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      result: 'noop',
      failures: [expect.stringContaining('HTTP 403 (403 Forbidden)')],
    });
    expect(r.stderr).toContain(
      `[opensession] warning: Could not list the merge requests of ${fx.head.slice(0, 7)}: GitLab API GET`,
    );
  });

  it('other pipeline sources do nothing', async () => {
    const r = await run({ CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_REF_NAME: 'master' });
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'noop' });
    expect(r.stderr).toContain('[opensession] notice: Nothing to do for event schedule/master.');
  });
});

// nock patches node's http for the whole worker process: undo it so later test files use real sockets.
afterAll(() => nock.restore());
