// A10 through the bundled CLI (a fresh `node bin/opensession.js` process, as the action runs it) against a fake
// GitHub API and a git smart-HTTP remote, both on loopback sockets in this process (so the child is spawned
// asynchronously): a remote without refs/opensession/* is not a failure, a rerun after merge keeps the final
// snapshot, `--json` prints exactly one JSON document while @actions/core's workflow commands go to stderr, a 429
// burst on the API is waited out, and waits over A10's caps fail the comment step with a warning instead.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_CLI } from '../support/cli';
import { fakeClock, FakeApi, startFakeApi } from '../support/fake-api';
import { makeTempDir, useGitHttpServer } from '../support/git';
import { documentedOperation } from '../core/providers/openapi';
import { git, ledgerRefOf } from '../core/review/ledger-fixture';
import { makePrFixture, PrFixture, pullRequestExamples, remoteRefs, retarget } from './pr-fixture';

const TOKEN = 'ghs_faultsfaultsfaults0123456789';
const ISSUE = '/repos/Codertocat/Hello-World/issues';
const FINAL = '<!-- opensession-session-review-final -->';

const server = useGitHttpServer();
let api: FakeApi;
let comments: Array<Record<string, unknown>>;

beforeEach(async () => {
  api = await startFakeApi(fakeClock().now);
  comments = [];
  api.route('POST', '/graphql', [{ status: 200, body: { data: { viewer: { login: 'github-actions[bot]' } } } }]);
  api.route('GET', `${ISSUE}/2/comments`, () => ({ status: 200, body: comments }));
  api.route('POST', `${ISSUE}/2/comments`, (req) => {
    const c = {
      id: 100 + comments.length,
      body: JSON.parse(req.body).body,
      user: { login: 'github-actions[bot]' },
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      html_url: 'https://github.com/x',
    };
    comments.push(c);
    return { status: 201, body: c };
  });
  api.route('PATCH', /^\/repos\/Codertocat\/Hello-World\/issues\/comments\/\d+$/, (req) => ({
    status: 200,
    body: { id: 1, body: JSON.parse(req.body).body },
  }));
});
afterEach(async () => {
  for (const r of api.requests)
    expect([r.method, r.path, documentedOperation(r.method, r.path)]).not.toContainEqual(undefined);
  await api.stop();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputFile: string;
}

function runCi(fx: PrFixture, payload: unknown, extra: Record<string, string> = {}): Promise<Run> {
  const dir = makeTempDir('os-ci-');
  const eventFile = path.join(dir, 'event.json');
  fs.writeFileSync(eventFile, JSON.stringify(payload));
  const outputFile = path.join(dir, 'output');
  fs.writeFileSync(outputFile, '');
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_OUTPUT: outputFile,
    OPENSESSION_TOKEN: TOKEN,
    OPENSESSION_PUBLISH_ARTIFACTS: 'false',
    ...extra,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLED_CLI, 'ci', 'session-review', '--json'], { cwd: fx.ciDir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, outputFile }));
  });
}

const opened = () => pullRequestExamples().find((p) => p.action === 'opened')!;
function mergedPayload(fx: PrFixture): Record<string, unknown> {
  const p = retarget(
    pullRequestExamples().find((e) => e.action === 'closed')!,
    fx,
  ) as { pull_request: { merged: boolean } };
  p.pull_request.merged = true;
  return p as unknown as Record<string, unknown>;
}

describe('ci session-review (bundled) under A10', () => {
  it('a remote without refs/opensession/* is "no ledger": no failure, even in strict mode; stdout is one JSON document', async () => {
    const fx = await makePrFixture(server, 'noledger');
    git(fx.remoteDir, 'update-ref', '-d', ledgerRefOf('changes'));
    expect(remoteRefs(fx.remoteDir).filter((r) => r.startsWith('refs/opensession/'))).toEqual([]);
    const res = await runCi(fx, retarget(opened(), fx), { OPENSESSION_STRICT: 'true' });
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.stdout); // throws unless stdout is exactly one JSON document
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    expect(doc).toMatchObject({
      result: 'review',
      ledger_found: false,
      session_count: 0,
      comment: 'created',
      failures: [],
    });
    expect(res.stderr).not.toContain('::warning');
    expect(res.stderr).toContain(`::add-mask::${TOKEN}`);
    expect(res.stdout).not.toContain('::');
    expect(comments[0].body).toContain('No ledger ref found for this branch yet.');
  });

  it('a rerun after merge keeps the final snapshot (comment: unchanged) once the ledger is gone', async () => {
    const fx = await makePrFixture(server, 'rerun');
    const first = await runCi(fx, mergedPayload(fx));
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ result: 'final', comment: 'created', session_count: 1 });
    expect(remoteRefs(fx.remoteDir)).not.toContain(ledgerRefOf('changes'));
    const finalBody = String(comments[0].body);
    expect(finalBody.startsWith(FINAL)).toBe(true);
    expect(finalBody).toContain('**Agent share:**');
    const before = api.requests.length;
    const again = await runCi(fx, mergedPayload(fx));
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ result: 'final', comment: 'unchanged', ledger_found: false });
    expect(api.requests.slice(before).map((r) => r.method + ' ' + r.path.split('?')[0])).toEqual([
      'POST /graphql',
      `GET ${ISSUE}/2/comments`,
    ]);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toBe(finalBody);
  });

  it('a 429 with Retry-After: 1 on the comment list is waited out, the comment still lands', async () => {
    const fx = await makePrFixture(server, 'limited');
    let n = 0;
    api.route('GET', `${ISSUE}/2/comments`, () =>
      n++ === 0
        ? { status: 429, headers: { 'retry-after': '1' }, body: { message: 'slow down' } }
        : { status: 200, body: comments },
    );
    const res = await runCi(fx, retarget(opened(), fx));
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ comment: 'created', failures: [] });
    const lists = api.requests.filter((r) => r.path.startsWith(`${ISSUE}/2/comments`) && r.method === 'GET');
    expect(lists.length).toBeGreaterThanOrEqual(2);
    expect(lists[1].wallAt - lists[0].wallAt).toBeGreaterThanOrEqual(1000);
  });

  it('GITHUB_ACTIONS=true with a token: stdout is exactly one JSON document, the token is masked on stderr and appears nowhere else', async () => {
    const fx = await makePrFixture(server, 'masked');
    const dir = makeTempDir('os-mask-');
    const summary = path.join(dir, 'summary');
    fs.writeFileSync(summary, '');
    const res = await runCi(fx, retarget(opened(), fx), { GITHUB_STEP_SUMMARY: summary, OPENSESSION_STRICT: 'true' });
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(res.stdout).toBe(JSON.stringify(doc) + '\n');
    expect(doc).toMatchObject({ result: 'review', comment: 'created', failures: [] });
    // @actions/core's setSecret, routed to stderr: the first line, before anything could print the token.
    expect(res.stderr.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    expect(res.stderr.split(TOKEN)).toHaveLength(2);
    expect(res.stdout).not.toContain(TOKEN);
    expect(fs.readFileSync(res.outputFile, 'utf8')).not.toContain(TOKEN);
    expect(fs.readFileSync(res.outputFile, 'utf8')).toMatch(/^result<<ghadelimiter_[0-9a-f-]+\nreview\n/m);
    expect(fs.readFileSync(summary, 'utf8')).toContain('<!-- opensession-session-review -->');
    expect(fs.readFileSync(summary, 'utf8')).not.toContain(TOKEN);
    expect(comments.map((c) => String(c.body)).join('')).not.toContain(TOKEN);
    // The token went to the API only as the Authorization header, which the fake does not record.
    expect(api.requests.map((r) => r.path + r.body).join('')).not.toContain(TOKEN);
  });

  it('a Retry-After of 120 s on the comment list is not waited for: the comment step fails with a warning', async () => {
    const fx = await makePrFixture(server, 'toolong');
    api.route('GET', `${ISSUE}/2/comments`, () => ({
      status: 429,
      headers: { 'retry-after': '120' },
      body: { message: 'slow down' },
    }));
    const t0 = performance.now();
    const res = await runCi(fx, retarget(opened(), fx));
    expect(performance.now() - t0).toBeLessThan(60_000);
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.stdout) as { comment: string; failures: string[] };
    expect(doc.comment).toBe('failed');
    expect(doc.failures.join('\n')).toMatch(
      /the API asks to wait 2 min, more than the 60 s limit, so this step gives up/,
    );
    expect(res.stderr).toMatch(
      /^::warning title=OpenSession::Could not update the session review comment: .*HTTP 429; the API asks to wait 2 min, more than the 60 s limit, so this step gives up$/m,
    );
    expect(api.requests.filter((r) => r.method === 'GET' && r.path.startsWith(`${ISSUE}/2/comments`))).toHaveLength(1);
  });

  it('503s past the 5 min budget (waits scaled for the test): the step gives up with a warning; strict mode fails the job', async () => {
    const fx = await makePrFixture(server, 'budget');
    api.route('GET', `${ISSUE}/2/comments`, () => ({
      status: 503,
      headers: { 'retry-after': '50' },
      body: { message: 'unavailable' },
    }));
    const scaled = { OPENSESSION_TEST_BACKOFF_SCALE: '0.001' };
    const res = await runCi(fx, retarget(opened(), fx), scaled);
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.stdout) as { comment: string; failures: string[] };
    expect(doc.comment).toBe('failed');
    expect(doc.failures.join('\n')).toMatch(
      /HTTP 503; still failing after 4 min of retries \(limit 5 min\), so this step gives up/,
    );
    expect(res.stderr).toContain('::warning title=OpenSession::Could not update the session review comment:');
    // 50 s (+125 ms jitter) five times fits in 5 min; the sixth would not: six requests in all.
    const lists = api.requests.filter((r) => r.method === 'GET' && r.path.startsWith(`${ISSUE}/2/comments`));
    expect(lists).toHaveLength(6);
    for (let i = 1; i < lists.length; i++) expect(lists[i].wallAt - lists[i - 1].wallAt).toBeGreaterThanOrEqual(49);

    const strict = await runCi(fx, retarget(opened(), fx), { ...scaled, OPENSESSION_STRICT: 'true' });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('Error: 1 OpenSession step(s) failed (strict mode)');
  });
});
