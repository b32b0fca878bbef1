// `opensession ci session-review --platform github` driven by every pull_request example payload of
// @octokit/webhooks-examples (plus merged, fork and bot variants) against a real repo and a loopback remote.
// GitHub is mocked with nock; every mocked operation is checked against @octokit/openapi.
import * as fs from 'node:fs';
import * as path from 'node:path';
import nock from 'nock';
import { runInProcess } from '../support/cli';
import { cleanupTempDirs, git as gitAsync, GitHttpServer, makeTempDir, startGitHttpServer } from '../support/git';
import { githubMock } from '../core/providers/openapi';
import { git, ledgerRefOf } from '../core/review/ledger-fixture';
import { makePrFixture, PrFixture, pullRequestExamples, remoteRefs, retarget } from './pr-fixture';

const { jest } = import.meta; // native ESM: the jest object is not a global (docs/testing.md)

const TOKEN = 'ghs_secretsecretsecret0123456789';
const ISSUE = '/repos/Codertocat/Hello-World/issues';
const LEDGER = ledgerRefOf('changes');

let server: GitHttpServer;
let shared: PrFixture;
let stdout: string[] = [];
let outputFile: string;
// @actions/core caches the summary path on first use, so one file serves the whole run.
const summaryFile = path.join(makeTempDir('os-summary-'), 'summary');

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  server = await startGitHttpServer();
  shared = await makePrFixture(server, 'shared');
});
afterAll(async () => {
  nock.enableNetConnect();
  await server.stop();
  cleanupTempDirs();
});

beforeEach(() => {
  stdout = [];
  const dir = makeTempDir('os-gh-');
  outputFile = path.join(dir, 'output');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  process.env.GITHUB_OUTPUT = outputFile;
  process.env.GITHUB_STEP_SUMMARY = summaryFile;
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

function outputs(): Record<string, string> {
  const text = fs.readFileSync(outputFile, 'utf8');
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out[m[1]] = m[3];
  return out;
}

async function runAction(fx: PrFixture, payload: Record<string, unknown>, extraEnv: Record<string, string> = {}) {
  const eventFile = path.join(makeTempDir('os-ev-'), 'event.json');
  fs.writeFileSync(eventFile, JSON.stringify(payload));
  return runInProcess(['ci', 'session-review', '--json'], {
    cwd: fx.ciDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_CONFIG_NOSYSTEM: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      OPENSESSION_TOKEN: TOKEN,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      // GitHub's 1 s spacing of writes (plugin-throttling) shortened: these runs are about the flow, not timing.
      OPENSESSION_TEST_BACKOFF_SCALE: '0.001',
      ...extraEnv,
    },
  });
}

function mockCreate(marker: string): { bodies: string[] } {
  const seen = { bodies: [] as string[] };
  githubMock('POST', '/graphql').reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
  githubMock('GET', `${ISSUE}/2/comments?per_page=100`).reply(200, [
    { id: 5, body: 'unrelated', user: { login: 'Codertocat' }, updated_at: '2026-01-01T00:00:00Z' },
  ]);
  githubMock('POST', `${ISSUE}/2/comments`).reply(201, async (req: Request) => {
    const b = ((await req.json()) as { body: string }).body;
    seen.bodies.push(b);
    expect(b.startsWith(marker + '\n')).toBe(true);
    return {
      id: 99,
      body: b,
      user: { login: 'github-actions[bot]' },
      html_url: 'https://github.com/Codertocat/Hello-World/pull/2#issuecomment-99',
    };
  });
  return seen;
}

const UPDATE_ACTIONS = new Set(['opened', 'reopened', 'synchronize', 'ready_for_review']);

describe('every pull_request example payload', () => {
  const payloads = pullRequestExamples();
  it('has the 29 payloads the test relies on', () => {
    expect(payloads).toHaveLength(29);
  });

  it.each(payloads.map((p, i) => [`${i}:${String(p.action)}`, p] as const))('%s', async (_name, raw) => {
    const action = String(raw.action);
    const payload = retarget(raw, shared);
    if (UPDATE_ACTIONS.has(action)) {
      const seen = mockCreate('<!-- opensession-session-review -->');
      const res = await runAction(shared, payload);
      // Workflow commands go to stderr (A10): only the mask line here; stdout is the one JSON document.
      expect(res.stderr).toBe(`::add-mask::${TOKEN}\n`);
      expect(res.code).toBe(0);
      const result = JSON.parse(res.stdout);
      expect(result).toMatchObject({
        result: 'review',
        review_id: `gh-codertocat-hello-world-pr2-${shared.head.slice(0, 7)}`,
        ledger_ref: LEDGER,
        ledger_found: true,
        session_count: 1,
        commit_count: 2,
        artifact_branch: 'opensession/pr-2-sessions',
        artifact_published: true,
        comment: 'created',
        comment_id: '99',
        failures: [],
      });
      expect(Object.keys(result)).toEqual([
        'result',
        'review_id',
        'ledger_ref',
        'ledger_found',
        'session_count',
        'commit_count',
        'artifact_branch',
        'artifact_published',
        'artifact_commit',
        'comment',
        'comment_id',
        'comment_url',
        'failures',
      ]);
      expect(seen.bodies[0]).toContain('**Question:** Use TOML? / Scope');
      expect(seen.bodies[0]).toContain(
        '[jsonl](https://github.com/Codertocat/Hello-World/blob/opensession/pr-2-sessions/reviews/',
      );
      expect(remoteRefs(shared.remoteDir)).toContain('refs/heads/opensession/pr-2-sessions');
      expect(outputs()).toMatchObject({
        result: 'review',
        comment: 'created',
        'artifact-published': 'true',
        'session-count': '1',
        'ledger-found': 'true',
      });
      expect(fs.readFileSync(summaryFile, 'utf8')).toContain('### OpenSession Review');
      expect(res.stderr).toContain(`::add-mask::${TOKEN}`);
    } else if (action === 'closed') {
      // Unmerged close: the ephemeral branch goes, the ledger stays, no API call.
      const res = await runAction(shared, payload);
      expect(res.code).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({
        result: 'closed',
        comment: 'skipped',
        artifact_branch: 'opensession/pr-2-sessions',
      });
      expect(remoteRefs(shared.remoteDir)).not.toContain('refs/heads/opensession/pr-2-sessions');
      expect(remoteRefs(shared.remoteDir)).toContain(LEDGER);
    } else {
      const res = await runAction(shared, payload);
      expect(res.code).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({ result: 'noop', comment: 'skipped' });
      expect(res.stderr).toContain(`::notice title=OpenSession::Nothing to do for event pull_request/${action}.`);
    }
    expect(res_noSecret()).toBe(true);
  });
});

function res_noSecret(): boolean {
  return !fs.readFileSync(outputFile, 'utf8').includes(TOKEN) && !fs.readFileSync(summaryFile, 'utf8').includes(TOKEN);
}

describe('merged, fork and bot variants', () => {
  const opened = pullRequestExamples().find((p) => p.action === 'opened')!;
  const closed = pullRequestExamples().find((p) => p.action === 'closed')!;

  it('merged: final snapshot, ephemeral branch and ledger deleted', async () => {
    const fx = await makePrFixture(server, 'merged');
    mockCreate('<!-- opensession-session-review -->');
    expect((await runAction(fx, retarget(opened, fx))).code).toBe(0);
    expect(remoteRefs(fx.remoteDir)).toContain('refs/heads/opensession/pr-2-sessions');
    const merged = retarget(closed, fx) as { pull_request: { merged: boolean } };
    merged.pull_request.merged = true;
    const seen = mockCreate('<!-- opensession-session-review-final -->');
    const res = await runAction(fx, merged as unknown as Record<string, unknown>);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ result: 'final', comment: 'created', artifact_published: false });
    expect(seen.bodies[0]).toContain('### OpenSession Review (final snapshot)');
    expect(seen.bodies[0]).toContain(
      '- **Artifact storage:** not published in this run; ephemeral cleanup policy applies on `opensession/pr-2-sessions`',
    );
    const refs = remoteRefs(fx.remoteDir);
    expect(refs).not.toContain('refs/heads/opensession/pr-2-sessions');
    expect(refs).not.toContain(LEDGER);
    expect(refs).toContain('refs/heads/changes');
  });

  it('fork PRs never write: notice only', async () => {
    const fork = retarget(opened, shared) as { pull_request: { head: { repo: { full_name: string } | null } } };
    fork.pull_request.head.repo!.full_name = 'mallory/Hello-World';
    const before = remoteRefs(shared.remoteDir);
    const res = await runAction(shared, fork as unknown as Record<string, unknown>);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ result: 'skipped', comment: 'skipped' });
    expect(res.stderr).toContain(
      '::notice title=OpenSession::Skipped: PR #2 comes from fork mallory/Hello-World; its ledger lives in the fork and the token is read-only.',
    );
    fork.pull_request.head.repo = null;
    expect((await runAction(shared, fork as unknown as Record<string, unknown>)).code).toBe(0);
    expect(remoteRefs(shared.remoteDir)).toEqual(before);
  });

  it('bot PRs never write unless skip-bots is false', async () => {
    const bot = retarget(opened, shared) as { pull_request: { user: { type: string; login: string } } };
    bot.pull_request.user.type = 'Bot';
    bot.pull_request.user.login = 'dependabot[bot]';
    const res = await runAction(shared, bot as unknown as Record<string, unknown>);
    expect(JSON.parse(res.stdout)).toMatchObject({ result: 'skipped' });
    expect(res.stderr).toContain('Skipped: PR #2 was opened by bot dependabot[bot].');
    mockCreate('<!-- opensession-session-review -->');
    const res2 = await runAction(shared, bot as unknown as Record<string, unknown>, { OPENSESSION_SKIP_BOTS: 'false' });
    expect(JSON.parse(res2.stdout)).toMatchObject({ result: 'review', comment: 'created' });
  });

  it('a failed comment API call is a warning with a next step; strict fails the job afterwards', async () => {
    githubMock('POST', '/graphql').reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    githubMock('GET', `${ISSUE}/2/comments?per_page=100`).reply(403, {
      message: 'Resource not accessible by integration',
    });
    const res = await runAction(shared, retarget(opened, shared), { OPENSESSION_PUBLISH_ARTIFACTS: 'false' });
    expect(res.code).toBe(0);
    const result = JSON.parse(res.stdout);
    expect(result.comment).toBe('failed');
    expect(result.failures[0]).toMatch(
      /^Could not update the session review comment: .*\(GitHub: the token needs issues: write and pull-requests: write\)$/,
    );
    expect(res.stderr).toContain('::warning title=OpenSession::Could not update the session review comment:');

    githubMock('POST', '/graphql').reply(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    githubMock('GET', `${ISSUE}/2/comments?per_page=100`).reply(403, {
      message: 'Resource not accessible by integration',
    });
    const strict = await runAction(shared, retarget(opened, shared), {
      OPENSESSION_PUBLISH_ARTIFACTS: 'false',
      OPENSESSION_STRICT: 'TRUE',
    });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('Error: 1 OpenSession step(s) failed (strict mode)');
    expect(outputs().comment).toBe('failed');
  });

  it('a failed publish is a warning and still posts the comment', async () => {
    const seen = mockCreate('<!-- opensession-session-review -->');
    const res = await runAction(shared, retarget(opened, shared), { OPENSESSION_ARCHIVE_BRANCH: 'master' });
    expect(res.code).toBe(0);
    const result = JSON.parse(res.stdout);
    expect(result).toMatchObject({ artifact_published: false, artifact_branch: 'master', comment: 'created' });
    expect(result.failures).toEqual([
      'Artifact publish to master failed: archive branch `master` must not be the default, base or head branch',
    ]);
    expect(seen.bodies[0]).toContain(
      '- **Artifact publish:** failed (`` archive branch `master` must not be the default, base or head branch ``)\n',
    );
  });

  it('shallow checkouts: fetches a missing PR head, unshallows once when the base is missing', async () => {
    const fx = await makePrFixture(server, 'shallow');
    await gitAsync(fx.ciDir, 'push', '-q', 'origin', `${fx.head}:refs/pull/2/head`);
    const payload = retarget(pullRequestExamples()[0], fx);
    // (a) Only master, depth 1: the head is not local and arrives through refs/pull/2/head.
    const a = path.join(makeTempDir('os-shallow-'), 'ci');
    await gitAsync(
      path.dirname(a),
      'clone',
      '-q',
      '--depth=1',
      '--single-branch',
      '--branch',
      'master',
      fx.remoteUrl,
      a,
    );
    mockCreate('<!-- opensession-session-review -->');
    const ra = await runAction({ ...fx, ciDir: a }, payload);
    expect(JSON.parse(ra.stdout)).toMatchObject({ result: 'review', commit_count: 2, session_count: 1, failures: [] });
    expect(git(a, 'cat-file', '-t', fx.head)).toBe('commit');
    // (b) Only the PR branch, depth 1: the base is missing, so merge-base fails until one --unshallow.
    const b = path.join(makeTempDir('os-shallow-'), 'ci');
    await gitAsync(
      path.dirname(b),
      'clone',
      '-q',
      '--depth=1',
      '--single-branch',
      '--branch',
      'changes',
      fx.remoteUrl,
      b,
    );
    expect(() => git(b, 'cat-file', '-e', fx.base)).toThrow();
    mockCreate('<!-- opensession-session-review -->');
    const rb = await runAction({ ...fx, ciDir: b }, payload);
    expect(JSON.parse(rb.stdout)).toMatchObject({ result: 'review', commit_count: 2, session_count: 1, failures: [] });
    expect(git(b, 'cat-file', '-t', fx.base)).toBe('commit');
  });

  it('an unknown base falls back to the head commit with a warning', async () => {
    const payload = retarget(pullRequestExamples()[0], { base: 'a'.repeat(40), head: shared.head });
    mockCreate('<!-- opensession-session-review -->');
    const res = await runAction(shared, payload, { OPENSESSION_PUBLISH_ARTIFACTS: 'false' });
    const result = JSON.parse(res.stdout);
    expect(result).toMatchObject({ result: 'review', commit_count: 1 });
    expect(result.failures).toEqual([
      `Could not compute the commit range aaaaaaa..${shared.head.slice(0, 7)}; using the head commit only.`,
    ]);
  });

  it('invalid settings are fatal with the input name', async () => {
    const res = await runAction(shared, retarget(opened, shared), { OPENSESSION_COMMENT: 'yes' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('comment');
    expect(res.stderr).toContain('expected true or false');
    const usage = await runInProcess(['ci', 'session-review', '--comment', 'maybe'], {
      cwd: shared.ciDir,
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(usage.code).toBe(2);
    const nop = await runInProcess(['ci', 'session-review'], { cwd: shared.ciDir, env: {} });
    expect(nop.code).toBe(2);
    expect(nop.stderr).toContain('cannot detect CI platform; pass --platform');
  });
});

// nock patches node's http for the whole worker process: undo it so later test files use real sockets.
afterAll(() => nock.restore());
