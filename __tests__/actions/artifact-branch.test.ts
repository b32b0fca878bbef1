// `opensession ci artifact-branch --platform github` (actions/artifact-branch): publish on opened, delete on close,
// publish into the archive on merge, forced modes, fork/bot skips. No API calls at all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import nock from 'nock';
import { runInProcess } from '../support/cli';
import { cleanupTempDirs, GitHttpServer, makeTempDir, startGitHttpServer } from '../support/git';
import { git } from '../core/review/ledger-fixture';
import { makePrFixture, PrFixture, pullRequestExamples, remoteRefs, retarget } from './pr-fixture';

const { jest } = import.meta; // native ESM: the jest object is not a global (docs/testing.md)

let server: GitHttpServer;
let fx: PrFixture;
const examples = pullRequestExamples();
const opened = examples.find((p) => p.action === 'opened')!;
const closed = examples.find((p) => p.action === 'closed')!;
const BRANCH = 'refs/heads/opensession/pr-2-sessions';

beforeAll(async () => {
  nock.disableNetConnect();
  server = await startGitHttpServer();
  fx = await makePrFixture(server, 'artifact-branch');
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  process.env.GITHUB_OUTPUT = path.join(makeTempDir('os-out-'), 'out');
  fs.writeFileSync(process.env.GITHUB_OUTPUT, '');
});
afterAll(async () => {
  jest.restoreAllMocks();
  nock.enableNetConnect();
  await server.stop();
  cleanupTempDirs();
});

async function run(payload: Record<string, unknown>, args: string[] = [], env: Record<string, string> = {}) {
  const eventFile = path.join(makeTempDir('os-ev-'), 'event.json');
  fs.writeFileSync(eventFile, JSON.stringify(payload));
  const res = await runInProcess(['ci', 'artifact-branch', '--json', ...args], {
    cwd: fx.ciDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      ...env,
    },
  });
  return { ...res, json: res.stdout === '' ? undefined : JSON.parse(res.stdout) };
}

describe('ci artifact-branch', () => {
  it('auto: publishes on opened and deletes on close', async () => {
    const pub = await run(retarget(opened, fx));
    expect(pub.code).toBe(0);
    expect(pub.json).toMatchObject({
      result: 'published',
      artifact_branch: 'opensession/pr-2-sessions',
      review_id: `gh-codertocat-hello-world-pr2-${fx.head.slice(0, 7)}`,
      artifact_root: `reviews/gh-codertocat-hello-world-pr2-${fx.head.slice(0, 7)}`,
      manifest_path: `reviews/gh-codertocat-hello-world-pr2-${fx.head.slice(0, 7)}/manifest.json`,
      published: true,
      session_count: 1,
    });
    expect(remoteRefs(fx.remoteDir)).toContain(BRANCH);
    const del = await run(retarget(closed, fx));
    expect(del.json).toMatchObject({ result: 'deleted', deleted: true });
    expect(remoteRefs(fx.remoteDir)).not.toContain(BRANCH);
  });

  it('auto: a merged PR with an archive branch publishes into the archive', async () => {
    const merged = retarget(closed, fx) as { pull_request: { merged: boolean } };
    merged.pull_request.merged = true;
    const res = await run(merged as unknown as Record<string, unknown>, ['--archive-branch', 'pr/sessions']);
    expect(res.json).toMatchObject({ result: 'published', artifact_branch: 'pr/sessions' });
    expect(git(fx.remoteDir, 'ls-tree', '-r', '--name-only', 'refs/heads/pr/sessions')).toContain('manifest.json');
  });

  it('forced modes and skips', async () => {
    expect((await run(retarget(closed, fx), ['--mode', 'publish'])).json).toMatchObject({ result: 'published' });
    expect((await run(retarget(opened, fx), [], { OPENSESSION_MODE: 'delete' })).json).toMatchObject({
      result: 'deleted',
    });
    const fork = retarget(opened, fx) as { pull_request: { head: { repo: null } } };
    fork.pull_request.head.repo = null;
    expect((await run(fork as unknown as Record<string, unknown>)).json).toMatchObject({
      result: 'skipped',
      published: false,
    });
    const bot = retarget(opened, fx) as { pull_request: { user: { type: string } } };
    bot.pull_request.user.type = 'Bot';
    expect((await run(bot as unknown as Record<string, unknown>)).json).toMatchObject({ result: 'skipped' });
    const bad = await run(retarget(opened, fx), ['--mode', 'sometimes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected auto, publish or delete');
  });
});

// nock patches node's http for the whole worker process: undo it so later test files use real sockets.
afterAll(() => nock.restore());
