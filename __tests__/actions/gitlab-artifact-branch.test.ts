// `opensession ci artifact-branch --platform gitlab` (ci-automation.md §8, §11, §10.4) in-process: GitLab CI
// variables, nock for the GitLab API, a real CI clone and a loopback smart-HTTP remote for the pushes.
import nock from 'nock';
import { runInProcess } from '../support/cli';
import { cleanupTempDirs, GitHttpServer, startGitHttpServer } from '../support/git';
import { git, writeTreeCommit } from '../core/review/ledger-fixture';
import { makePrFixture, PrFixture, remoteRefs, RICH } from './pr-fixture';

const HOST = 'https://gitlab.example.com';
const NOW = '2026-01-02T03:04:05.678Z'; // runInProcess's clock
const BRANCH = 'opensession/mr-2-sessions';
const LEDGER = 'refs/opensession/branches/Y2hhbmdlcw'; // base64url("changes")
let server: GitHttpServer;
let fx: PrFixture;
let c1: string;
let head7: string;
let reviewId: string;
let root: string;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  server = await startGitHttpServer();
  fx = await makePrFixture(server, 'gitlab-artifact');
  c1 = git(fx.ciDir, 'rev-parse', `${fx.head}^`);
  head7 = fx.head.slice(0, 7);
  reviewId = `gl-group-sub-my-repo-mr2-${head7}`;
  root = `reviews/${reviewId}`;
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

function run(env: Record<string, string>, args: string[] = []) {
  return runInProcess(['ci', 'artifact-branch', '--json', ...args], {
    cwd: fx.ciDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITLAB_CI: 'true', // platform detection (§11.1): no --platform needed
      CI_SERVER_URL: HOST,
      CI_PROJECT_ID: '1',
      CI_PROJECT_PATH: 'Group/Sub/my.repo',
      CI_PROJECT_URL: `${HOST}/Group/Sub/my.repo`,
      CI_DEFAULT_BRANCH: 'master',
      ...env,
    },
  }).then((r) => ({ ...r, json: r.stdout === '' ? undefined : (JSON.parse(r.stdout) as Record<string, unknown>) }));
}

const mrEnv = {
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_MERGE_REQUEST_IID: '2',
  CI_MERGE_REQUEST_PROJECT_ID: '1',
  CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '1',
  CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'changes',
  CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'master',
};

const tipOf = (ref: string): string => git(fx.remoteDir, 'rev-parse', ref);
const show = (ref: string, p: string): string => git(fx.remoteDir, 'show', `${ref}:${p}`);

function expectedManifest(branch: string): Record<string, unknown> {
  return {
    schema_version: 1,
    generated_at: NOW,
    provider: 'gitlab',
    repo: 'Group/Sub/my.repo',
    pr_number: 2,
    base_sha: fx.base,
    head_sha: fx.head,
    ledger_ref: LEDGER,
    review_id: reviewId,
    branch,
    artifact_root: root,
    commit_count: 2,
    session_count: 1,
    sessions: [
      {
        session_id: 's-review',
        ledger_ref: LEDGER,
        commits: [fx.head, c1], // range order, newest first (§7.2)
        meta_path: 'v1/s-/s-review.meta.json',
        hail_path: 'v1/s-/s-review.hail.jsonl',
        artifact_meta_path: `${root}/v1/s-/s-review.meta.json`,
        artifact_hail_path: `${root}/v1/s-/s-review.hail.jsonl`,
      },
    ],
  };
}

describe('ci artifact-branch on GitLab', () => {
  it('merge request pipeline: publishes the ephemeral mr branch through CI_REPOSITORY_URL with the token', async () => {
    nock(HOST)
      .get('/api/v4/projects/1/merge_requests/2')
      .reply(200, {
        iid: 2,
        state: 'opened',
        source_branch: 'changes',
        target_branch: 'master',
        author: { id: 7, username: 'dev' },
      });
    nock(HOST).get('/api/v4/users/7').reply(200, { id: 7, bot: false });
    const repoPath = new URL(fx.remoteUrl).pathname;
    const before = server.requests.length;
    const r = await run({
      ...mrEnv,
      CI_MERGE_REQUEST_DIFF_BASE_SHA: fx.base,
      CI_COMMIT_SHA: fx.head,
      OPENSESSION_GITLAB_TOKEN: 'glpat-secret-token',
      // the job-token URL of a GitLab runner; the push must use it without userinfo (§14)
      CI_REPOSITORY_URL: fx.remoteUrl.replace('http://', 'http://gitlab-ci-token:job-token@'),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const commit = tipOf(`refs/heads/${BRANCH}`);
    expect(r.json).toEqual({
      result: 'published',
      artifact_branch: BRANCH,
      review_id: reviewId,
      artifact_root: root,
      manifest_path: `${root}/manifest.json`,
      published: true,
      deleted: false,
      artifact_commit: commit,
      session_count: 1,
      failures: [],
    });
    expect(Object.keys(r.json!)).toEqual([
      'result',
      'artifact_branch',
      'review_id',
      'artifact_root',
      'manifest_path',
      'published',
      'deleted',
      'artifact_commit',
      'session_count',
      'failures',
    ]);
    // pushed to CI_REPOSITORY_URL without its userinfo, the token travelling as an env-supplied Basic header
    const pushIdx = server.requests.findIndex((q, i) => i >= before && q === `POST ${repoPath}/git-receive-pack`);
    expect(pushIdx).toBeGreaterThanOrEqual(0);
    expect(server.authorizations[pushIdx]).toBe(
      `Basic ${Buffer.from('opensession:glpat-secret-token').toString('base64')}`,
    );

    // §8.2 tree layout
    expect(git(fx.remoteDir, 'ls-tree', '-r', '--name-only', `refs/heads/${BRANCH}`).split('\n')).toEqual([
      `${root}/README.md`,
      `${root}/manifest.json`,
      `${root}/v1/s-/s-review.hail.jsonl`,
      `${root}/v1/s-/s-review.meta.json`,
    ]);
    // §8.3 manifest: fixed key order, 2-space JSON plus a newline
    const manifestText = show(`refs/heads/${BRANCH}`, `${root}/manifest.json`) + '\n';
    const manifest = JSON.parse(manifestText) as Record<string, unknown>;
    expect(manifest).toEqual(expectedManifest(BRANCH));
    expect(Object.keys(manifest)).toEqual(Object.keys(expectedManifest(BRANCH)));
    expect(manifestText).toBe(JSON.stringify(manifest, null, 2) + '\n');
    // §8.4 GitLab README
    expect(show(`refs/heads/${BRANCH}`, `${root}/README.md`) + '\n').toBe(
      [
        '# OpenSession MR Artifacts',
        '',
        '- Repository: `Group/Sub/my.repo`',
        '- Merge request: !2',
        `- Review ID: \`${reviewId}\``,
        `- Generated at (UTC): ${NOW}`,
        '',
        'This branch is generated by the OpenSession session review automation.',
        'It mirrors the session JSONL and meta files linked to this merge request so they can be browsed on GitLab.',
        '',
      ].join('\n'),
    );
    // the session copy is the ledger's (redacted; the fixture holds no secrets), with a trailing newline
    const hail = git(fx.remoteDir, 'cat-file', 'blob', `refs/heads/${BRANCH}:${root}/v1/s-/s-review.hail.jsonl`);
    expect(hail).toBe(RICH.replace('"demo-rich"', '"s-review"').trimEnd());
    expect(show(`refs/heads/${BRANCH}`, `${root}/v1/s-/s-review.meta.json`)).toBe(
      git(fx.remoteDir, 'show', `${LEDGER}:v1/s-/s-review.meta.json`),
    );
    // §8.5 commit: fixed identity, message, a root commit (ephemeral)
    expect(git(fx.remoteDir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s|%P|%aI', commit)).toBe(
      `opensession <cli@opensession.io>|opensession <cli@opensession.io>|opensession review artifacts mr!2 ${head7}||2026-01-02T03:04:05+00:00`,
    );
    // the temp ref is gone and nothing else was written on the remote
    expect(remoteRefs(fx.remoteDir).filter((x) => x.startsWith('refs/heads/'))).toEqual([
      'refs/heads/changes',
      'refs/heads/master',
      `refs/heads/${BRANCH}`,
    ]);

    // a second run (new pipeline) force-pushes a fresh root commit holding only the current review
    nock(HOST)
      .get('/api/v4/projects/1/merge_requests/2')
      .reply(200, {
        iid: 2,
        state: 'opened',
        source_branch: 'changes',
        target_branch: 'master',
        author: { id: 7, username: 'dev' },
      });
    nock(HOST).get('/api/v4/users/7').reply(200, { id: 7, bot: false });
    git(fx.remoteDir, 'update-ref', `refs/heads/${BRANCH}`, fx.base); // unrelated tip: a plain push would be rejected
    const again = await run({
      ...mrEnv,
      CI_MERGE_REQUEST_DIFF_BASE_SHA: fx.base,
      CI_COMMIT_SHA: fx.head,
      OPENSESSION_TOKEN: 'glpat-secret-token',
      CI_REPOSITORY_URL: fx.remoteUrl,
    });
    expect(again.json).toMatchObject({ result: 'published', artifact_commit: tipOf(`refs/heads/${BRANCH}`) });
    expect(git(fx.remoteDir, 'log', '--format=%P', `refs/heads/${BRANCH}`)).toBe('');
  });

  it('without a token: no API call, publishes through the remote; mode delete removes the branch, then notices it is absent', async () => {
    const env = { ...mrEnv, CI_MERGE_REQUEST_DIFF_BASE_SHA: fx.base, CI_COMMIT_SHA: fx.head };
    const pub = await run(env, ['--platform', 'gitlab']);
    expect(pub.code).toBe(0);
    expect(pub.json).toMatchObject({
      result: 'published',
      artifact_branch: BRANCH,
      review_id: reviewId,
      session_count: 1,
    });
    expect(remoteRefs(fx.remoteDir)).toContain(`refs/heads/${BRANCH}`);

    const del = await run(env, ['--mode', 'delete']);
    expect(del.code).toBe(0);
    expect(del.json).toEqual({
      result: 'deleted',
      artifact_branch: BRANCH,
      review_id: reviewId,
      artifact_root: root,
      manifest_path: `${root}/manifest.json`,
      published: false,
      deleted: true,
      artifact_commit: '',
      session_count: 0,
      failures: [],
    });
    expect(remoteRefs(fx.remoteDir)).not.toContain(`refs/heads/${BRANCH}`);

    const absent = await run({ ...env, OPENSESSION_MODE: 'delete' });
    expect(absent.json).toMatchObject({ result: 'deleted', deleted: true });
    expect(absent.stderr).toContain(`[opensession] notice: Artifact branch ${BRANCH} is already absent on origin.`);
  });

  it('merged MR on a push pipeline: publishes into the archive branch, accumulating reviews; without an archive deletes', async () => {
    const push = {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BRANCH: 'master',
      CI_COMMIT_REF_PROTECTED: 'true',
      CI_COMMIT_SHA: fx.head,
      OPENSESSION_GITLAB_TOKEN: 'glpat-x',
    };
    const mr = {
      iid: 2,
      project_id: 1,
      source_project_id: 1,
      state: 'merged',
      source_branch: 'changes',
      target_branch: 'master',
      sha: fx.head,
      merge_commit_sha: null,
      author: { id: 7, username: 'dev' },
      diff_refs: { base_sha: fx.base, head_sha: fx.head, start_sha: fx.base },
    };
    const mockMerged = (): void => {
      nock(HOST).get(`/api/v4/projects/1/repository/commits/${fx.head}/merge_requests`).reply(200, [mr]);
      nock(HOST).get('/api/v4/projects/1/merge_requests/2').reply(200, mr);
      nock(HOST).get('/api/v4/users/7').reply(200, { id: 7, bot: false });
    };
    // another review already lives on the archive branch: it is kept (§8.5 step 1)
    const seeded = writeTreeCommit(
      fx.remoteDir,
      'refs/heads/mr/sessions',
      new Map([['reviews/gl-group-sub-my-repo-mr1-0000000/manifest.json', '{}\n']]),
      'older review',
    );

    mockMerged();
    const first = await run(push, ['--archive-branch', 'mr/sessions']);
    expect(first.stderr).toBe('');
    expect(first.json).toMatchObject({
      result: 'published',
      artifact_branch: 'mr/sessions',
      published: true,
      session_count: 1,
    });
    const tip1 = tipOf('refs/heads/mr/sessions');
    expect(git(fx.ciDir, 'for-each-ref', 'refs/opensession/tmp/')).toBe(''); // the temp base ref is always deleted
    expect(git(fx.remoteDir, 'log', '-1', '--format=%P|%s', tip1)).toBe(
      `${seeded}|opensession review artifacts mr!2 ${head7}`,
    );
    expect(git(fx.remoteDir, 'ls-tree', '--name-only', 'refs/heads/mr/sessions:reviews').split('\n')).toEqual([
      'gl-group-sub-my-repo-mr1-0000000',
      reviewId,
    ]);
    const manifest = JSON.parse(show('refs/heads/mr/sessions', `${root}/manifest.json`)) as Record<string, unknown>;
    expect(manifest).toEqual(expectedManifest('mr/sessions'));

    // a second publish of the same review replaces reviews/<id>/ and fast-forwards (persistent: parent = old tip)
    mockMerged();
    const second = await run({ ...push, OPENSESSION_ARCHIVE_BRANCH: 'mr/sessions' });
    expect(second.json).toMatchObject({ result: 'published', artifact_branch: 'mr/sessions' });
    expect(git(fx.remoteDir, 'log', '-1', '--format=%P', 'refs/heads/mr/sessions')).toBe(tip1);
    expect(git(fx.remoteDir, 'ls-tree', '--name-only', 'refs/heads/mr/sessions:reviews').split('\n')).toEqual([
      'gl-group-sub-my-repo-mr1-0000000',
      reviewId,
    ]);

    // an archive branch that is the default/target branch is refused (§8.1); strict turns it into exit 1
    mockMerged();
    const refused = await run({ ...push, OPENSESSION_STRICT: 'true' }, ['--archive-branch', 'master']);
    expect(refused.code).toBe(1);
    expect(refused.json).toMatchObject({ result: 'failed', published: false, artifact_branch: 'master' });
    const msg =
      'Artifact publish to master failed: archive branch `master` must not be the default, base or head branch';
    expect(refused.json!.failures).toEqual([msg]);
    expect(refused.stderr).toContain(`[opensession] warning: ${msg}\n`);
    expect(refused.stderr).toContain('[opensession] error: 1 OpenSession step(s) failed (strict mode)');

    // without an archive branch a merged MR deletes its ephemeral branch (auto mode)
    await run({ ...mrEnv, CI_MERGE_REQUEST_DIFF_BASE_SHA: fx.base, CI_COMMIT_SHA: fx.head });
    expect(remoteRefs(fx.remoteDir)).toContain(`refs/heads/${BRANCH}`);
    mockMerged();
    const del = await run(push);
    expect(del.json).toMatchObject({ result: 'deleted', deleted: true, artifact_branch: BRANCH });
    expect(remoteRefs(fx.remoteDir)).not.toContain(`refs/heads/${BRANCH}`);
  });

  it('skips forks and bots; other pipelines are a no-op', async () => {
    const fork = await run({
      ...mrEnv,
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '9',
      CI_MERGE_REQUEST_SOURCE_PROJECT_PATH: 'mallory/proj',
      OPENSESSION_TOKEN: 'glpat-x',
    });
    expect(fork.code).toBe(0);
    expect(fork.json).toMatchObject({ result: 'skipped', published: false, deleted: false, artifact_branch: '' });
    expect(fork.stderr).toContain('[opensession] notice: Skipped: MR !2 comes from fork mallory/proj;');

    nock(HOST)
      .get('/api/v4/projects/1/merge_requests/2')
      .reply(200, { iid: 2, author: { id: 5, username: 'renovate-bot' } });
    nock(HOST).get('/api/v4/users/5').reply(200, { id: 5, bot: true });
    const bot = await run({
      ...mrEnv,
      OPENSESSION_TOKEN: 'glpat-x',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: fx.base,
      CI_COMMIT_SHA: fx.head,
    });
    expect(bot.json).toMatchObject({ result: 'skipped', published: false });
    expect(bot.stderr).toContain('[opensession] notice: Skipped: MR !2 was opened by bot renovate-bot.');

    const schedule = await run({ CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_REF_NAME: 'master' });
    expect(schedule.json).toMatchObject({ result: 'noop', published: false, deleted: false });
    expect(schedule.stderr).toContain('[opensession] notice: Nothing to do for event schedule/master.');
    expect(remoteRefs(fx.remoteDir)).not.toContain(`refs/heads/${BRANCH}`); // skips published nothing
  });
});

// nock patches node's http for the whole worker process: undo it so later test files use real sockets.
afterAll(() => nock.restore());
