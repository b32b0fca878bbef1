// `opensession ci janitor`, the janitor action (its composite step run by hand through the bundled CLI) and the
// GitLab janitor component (gitlab-ci-local, its fake `npx` running the bundle): settings resolution, open PR/MR protection through mocked APIs
// (GitHub routes checked against @octokit/openapi), outputs, annotations and exit codes.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import nock from 'nock';
import { parse } from 'yaml';
import { runInProcess } from '../support/cli';
import { cleanupTempDirs, git, GitHttpServer, makeTempDir, makeTempRepo, startGitHttpServer } from '../support/git';
import { importRefs, ledgerRef, refNames } from '../support/janitor-remote';
import { documentedOperation, githubMock } from '../core/providers/openapi';

const { jest } = import.meta; // native ESM: the jest object is not a global (docs/testing.md)

const ROOT = path.resolve(import.meta.dirname, '../..');
const DAY = 86_400;
const FIXED_NOW = Math.floor(Date.parse('2026-01-02T03:04:05.678Z') / 1000); // runInProcess's clock
const REAL_NOW = Math.floor(Date.now() / 1000);
const TOKEN = 'ghs_janitortoken0123456789abcdefXYZ';
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A bare remote with stale ledgers, a live branch, and artifact branches of PRs 1..4 / MRs 1..2 (all 60 days old). */
async function fixture(now: number, bareDir?: string): Promise<{ work: string; bare: string; stale: string[] }> {
  const bare = bareDir ?? (await makeTempRepo({ bare: true })).dir;
  const work = (await makeTempRepo({ initialCommit: true })).dir;
  await git(work, 'remote', 'add', 'origin', bare);
  await git(work, 'push', '-q', 'origin', 'main');
  const old = now - 60 * DAY;
  const stale = [ledgerRef('gone/a'), ledgerRef('gone/b')];
  importRefs(bare, [
    ...stale.map((ref) => ({ ref, time: old })),
    { ref: ledgerRef('main'), time: old },
    { ref: ledgerRef('gone/fresh'), time: now - DAY },
    ...[1, 2, 3, 4].map((n) => ({ ref: `refs/heads/opensession/pr-${n}-sessions`, time: old })),
    ...[1, 2].map((n) => ({ ref: `refs/heads/opensession/mr-${n}-sessions`, time: old })),
    { ref: 'refs/heads/archive/sessions', time: old },
  ]);
  return { work, bare, stale };
}

afterAll(() => cleanupTempDirs());

describe('ci janitor (GitHub, in-process, nock)', () => {
  let output: string;
  beforeAll(() => {
    nock.disableNetConnect();
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    output = path.join(makeTempDir('os-out-'), 'out');
  });
  afterAll(() => {
    jest.restoreAllMocks();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  beforeEach(() => {
    fs.writeFileSync(output, '');
    process.env.GITHUB_OUTPUT = output;
  });

  const run = (cwd: string, args: string[], env: Record<string, string> = {}) =>
    runInProcess(['ci', 'janitor', '--json', ...args], {
      cwd,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_OUTPUT: output,
        ...env,
      },
    });

  it('keeps the artifact branches of open pull requests (paginated list), deletes the rest, sets outputs', async () => {
    const { work, bare, stale } = await fixture(FIXED_NOW);
    const page2 = 'https://api.github.com/repositories/1/pulls?state=open&per_page=100&page=2';
    githubMock('GET', '/repos/acme/widgets/pulls')
      .matchHeader('authorization', `token ${TOKEN}`)
      .query({ state: 'open', per_page: '100' })
      .reply(200, [{ number: 2 }], { link: `<${page2}>; rel="next"` });
    expect(documentedOperation('GET', '/repositories/1/pulls')).toBeUndefined(); // so page 2 uses the repo route
    nock('https://api.github.com')
      .get('/repositories/1/pulls')
      .query(true)
      .reply(200, [{ number: 4 }]);
    const r = await run(work, ['--apply', 'true', '--archive-branch', 'archive/sessions'], { GITHUB_TOKEN: TOKEN });
    expect(r.stderr).toBe(`::add-mask::${TOKEN}\n`); // workflow commands go to stderr (A10); stdout is the summary
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s).toMatchObject({
      mode: 'apply',
      hidden_candidates: stale,
      artifact_candidates: [
        'refs/heads/opensession/mr-1-sessions',
        'refs/heads/opensession/mr-2-sessions',
        'refs/heads/opensession/pr-1-sessions',
        'refs/heads/opensession/pr-3-sessions',
      ],
      failed: [],
      kept_due_to_ttl: 1,
      kept_active_branch: 3,
    });
    expect(refNames(bare, 'refs/heads/')).toEqual([
      'refs/heads/archive/sessions',
      'refs/heads/main',
      'refs/heads/opensession/pr-2-sessions',
      'refs/heads/opensession/pr-4-sessions',
    ]);
    expect(nock.isDone()).toBe(true);
    const out = fs.readFileSync(output, 'utf8');
    expect(out).toMatch(/^deleted<<(.+)\n6\n\1$/m);
    expect(out).toMatch(/^kept-active-branch<<(.+)\n3\n\1$/m);
    expect(out).toContain(`summary<<`);
  });

  it('settings: flag, then env, then config.toml, then defaults; bad values are usage or settings errors', async () => {
    const { work } = await fixture(FIXED_NOW);
    fs.mkdirSync(path.join(work, '.opensession/cleanup'), { recursive: true });
    fs.writeFileSync(
      path.join(work, '.opensession/cleanup/config.toml'),
      'version = 1\nprovider = "github"\nremote = "nowhere"\nhidden_ttl_days = 0\nartifact_ttl_days = 90\n',
    );
    const fromConfig = JSON.parse((await run(work, [])).stdout) as Record<string, unknown>;
    expect(fromConfig).toMatchObject({
      mode: 'dry-run',
      remote: 'origin',
      hidden_ttl_days: 0,
      artifact_ttl_days: 90,
      artifact_candidates: [],
    });
    expect(fromConfig.hidden_candidates).toHaveLength(3); // TTL 0 takes the fresh one too
    const fromEnv = JSON.parse(
      (await run(work, [], { OPENSESSION_ARTIFACT_TTL_DAYS: '30', OPENSESSION_HIDDEN_TTL_DAYS: '' })).stdout,
    ) as Record<string, unknown>;
    expect(fromEnv).toMatchObject({ hidden_ttl_days: 0, artifact_ttl_days: 30 });
    const fromFlag = JSON.parse(
      (await run(work, ['--hidden-ttl-days', '30'], { OPENSESSION_HIDDEN_TTL_DAYS: '5' })).stdout,
    ) as Record<string, unknown>;
    expect(fromFlag).toMatchObject({ hidden_ttl_days: 30 });
    const badFlag = await run(work, ['--hidden-ttl-days', '65536']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('expected an integer between 0 and 65535');
    const badEnv = await run(work, [], { OPENSESSION_APPLY: 'maybe' });
    expect(badEnv.code).toBe(1);
    expect(badEnv.stderr).toContain('expected true or false');
    expect((await runInProcess(['ci', 'janitor'], { cwd: work, env: { PATH: process.env.PATH } })).stderr).toContain(
      'cannot detect CI platform; pass --platform',
    );
  });

  it('a failed open-PR lookup keeps every artifact branch, with a warning', async () => {
    const { work, bare } = await fixture(FIXED_NOW);
    githubMock('GET', '/repos/acme/widgets/pulls')
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });
    const r = await run(work, ['--apply', 'true'], { GITHUB_TOKEN: TOKEN });
    const s = JSON.parse(r.stdout) as { artifact_candidates: string[]; warnings: string[]; deleted: string[] };
    expect(s.artifact_candidates).toEqual([]);
    expect(s.deleted).toHaveLength(2);
    expect(s.warnings[0]).toMatch(
      /^could not list open pull requests: .*Resource not accessible by integration.*; artifact branches were kept$/,
    );
    expect(refNames(bare, 'refs/heads/opensession/')).toHaveLength(6);
  });

  it('an unreachable remote fails the run', async () => {
    const work = (await makeTempRepo({ initialCommit: true })).dir;
    await git(work, 'remote', 'add', 'origin', '/nonexistent/x.git');
    const r = await run(work, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^::error title=OpenSession::failed to list refs on remote `origin`: /);
    expect(r.stderr).toMatch(/^Error: failed to list refs on remote `origin`: /m);
  });
});

interface FakeApi {
  url: string;
  calls: string[];
  undocumented: string[];
  stop: () => Promise<void>;
}

/** Loopback fake of GitHub's pulls list (every route checked against the OpenAPI description) and GitLab's MR list. */
async function startFakeApi(): Promise<FakeApi> {
  const state: FakeApi = { url: '', calls: [], undocumented: [], stop: async () => undefined };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const auth = req.headers.authorization ?? req.headers['private-token'] ?? '';
    state.calls.push(`${req.method} ${url.pathname}${url.search} ${String(auth)}`);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/api/v4/')) {
      if (url.pathname === '/api/v4/projects/7/merge_requests' && url.searchParams.get('state') === 'opened')
        return send(200, [{ iid: 2 }], { 'x-total-pages': '1', 'x-page': '1' });
      return send(404, { message: '404 Not Found' });
    }
    if (documentedOperation(req.method ?? 'GET', url.pathname) === undefined)
      state.undocumented.push(`${req.method} ${url.pathname}`);
    if (url.pathname === '/repos/acme/widgets/pulls') return send(200, [{ number: 3 }]);
    send(404, { message: 'Not Found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.stop = () => new Promise<void>((r) => server.close(() => r()));
  return state;
}

describe('actions/janitor: the composite step run by hand through the bundled CLI', () => {
  let api: FakeApi;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('run `npm run bundle` first');
    api = await startFakeApi();
  });
  afterAll(async () => api.stop());

  it('maps inputs to env, deletes, writes outputs and the job summary; a failing ref fails the step', async () => {
    const { work, bare, stale } = await fixture(REAL_NOW);
    const action = parse(fs.readFileSync(path.join(ROOT, 'actions/janitor/action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      runs: { steps: Array<{ run: string; shell: string; env: Record<string, string> }> };
    };
    const step = action.runs.steps[0];
    const dir = makeTempDir('os-gh-');
    const outFile = path.join(dir, 'output');
    const summaryFile = path.join(dir, 'summary');
    const runStep = (inputs: Record<string, string>) => {
      fs.writeFileSync(outFile, '');
      fs.writeFileSync(summaryFile, '');
      const env: Record<string, string> = {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        GIT_CONFIG_NOSYSTEM: '1',
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_API_URL: api.url,
        GITHUB_WORKSPACE: work,
        GITHUB_OUTPUT: outFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        // @actions/github prints a note when the event file is missing: on stderr here, stdout is the result (A10)
        GITHUB_EVENT_PATH: path.join(dir, 'no-event.json'),
      };
      for (const [k, v] of Object.entries(step.env)) {
        env[k] = v
          .replace('${{ github.action_path }}', path.join(ROOT, 'actions/janitor'))
          .replace(
            /^\$\{\{ inputs\.([a-z-]+) \}\}$/,
            (_, name: string) =>
              inputs[name] ??
              (action.inputs[name].default === '${{ github.token }}' ? TOKEN : (action.inputs[name].default ?? '')),
          );
      }
      // Async: the fake API answers from this process, so its event loop must keep running.
      return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(step.shell, ['-c', step.run], { cwd: work, env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
        child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
      });
    };
    const hook = path.join(bare, 'hooks', 'update');
    fs.writeFileSync(
      hook,
      `#!/bin/sh\n[ "$1" = "refs/heads/opensession/pr-1-sessions" ] && { echo "branch is protected" >&2; exit 1; }\nexit 0\n`,
    );
    fs.chmodSync(hook, 0o755);

    const dry = await runStep({});
    expect(dry.status).toBe(0);
    expect(dry.stdout.startsWith('mode: dry-run\n')).toBe(true);
    expect(dry.stderr).toContain(`GITHUB_EVENT_PATH ${path.join(dir, 'no-event.json')} does not exist`);
    expect(dry.stderr).toContain(`::add-mask::${TOKEN}`);
    expect(dry.stdout).not.toContain(TOKEN);
    expect(refNames(bare)).toHaveLength(12);

    const r = await runStep({ apply: 'true', 'archive-branch': 'archive/sessions' });
    expect(r.status).toBe(1);
    // workflow commands go to stderr (A10), before the closing error line
    expect(r.stderr).toContain(
      '::error title=OpenSession::failed to delete refs/heads/opensession/pr-1-sessions: remote: branch is protected',
    );
    expect(r.stderr.endsWith('Error: 1 ref(s) could not be deleted\n')).toBe(true);
    expect(r.stdout).not.toContain('::error');
    const out = fs.readFileSync(outFile, 'utf8');
    expect(out).toMatch(/^failed<<(.+)\n1\n\1$/m);
    expect(out).toMatch(/^deleted<<(.+)\n6\n\1$/m);
    const summary = JSON.parse(/^summary<<(.+)\n(.*)\n\1$/m.exec(out)![2]) as { deleted: string[]; failed: string[] };
    expect(summary.failed).toEqual(['refs/heads/opensession/pr-1-sessions']);
    expect(summary.deleted).toEqual(
      [
        ...stale,
        'refs/heads/opensession/mr-1-sessions',
        'refs/heads/opensession/mr-2-sessions',
        'refs/heads/opensession/pr-2-sessions',
        'refs/heads/opensession/pr-4-sessions',
      ].sort(),
    );
    expect(fs.readFileSync(summaryFile, 'utf8')).toContain('```\nmode: apply\nremote: origin\n');
    expect(refNames(bare, 'refs/heads/')).toEqual([
      'refs/heads/archive/sessions',
      'refs/heads/main',
      'refs/heads/opensession/pr-1-sessions',
      'refs/heads/opensession/pr-3-sessions',
    ]);
    expect(api.undocumented).toEqual([]);
    expect(
      api.calls
        .filter((c) => c.startsWith('GET /repos/acme/widgets/pulls?'))
        .every((c) => c.endsWith(`token ${TOKEN}`)),
    ).toBe(true);
  }, 120_000);
});

describe('gitlab-ci/templates/janitor.yml through gitlab-ci-local', () => {
  let server: GitHttpServer;
  let api: FakeApi;
  beforeAll(async () => {
    server = await startGitHttpServer();
    api = await startFakeApi();
  });
  afterAll(async () => {
    await api.stop();
    await server.stop();
  });

  it('has the spec shape', () => {
    const [specDoc, jobsDoc] = fs
      .readFileSync(path.join(ROOT, 'gitlab-ci/templates/janitor.yml'), 'utf8')
      .split(/^---$/m)
      .map((d) => parse(d) as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(specDoc.spec.inputs.version.default).toBe(VERSION);
    const job = jobsDoc['$[[ inputs.job-prefix ]]:janitor'];
    expect(job.rules).toEqual([
      { if: '$CI_PIPELINE_SOURCE == "schedule"' },
      { if: '$CI_PIPELINE_SOURCE == "web"', when: 'manual', allow_failure: true },
    ]);
    expect(job.script).toEqual(['npx --yes "opensession@${OPENSESSION_VERSION}" ci janitor --platform gitlab']);
    for (const k of Object.keys(specDoc.spec.inputs))
      if (!['stage', 'job-prefix', 'image'].includes(k))
        expect(JSON.stringify(job.variables)).toContain(`$[[ inputs.${k} ]]`);
  });

  it('a scheduled pipeline deletes with the token over http-backend and keeps open MR branches', async () => {
    const { url, dir: bare } = await server.createRepo('gl-janitor.git');
    const { work, stale } = await fixture(REAL_NOW, bare);
    await git(work, 'remote', 'set-url', 'origin', url);
    fs.mkdirSync(path.join(work, 'templates'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'gitlab-ci/templates/janitor.yml'), path.join(work, 'templates/janitor.yml'));
    fs.writeFileSync(
      path.join(work, '.gitlab-ci.yml'),
      [
        'include:',
        '  - local: templates/janitor.yml',
        '    inputs:',
        "      apply: 'true'",
        '      token: glpat-janitor-token',
        '      archive-branch: archive/sessions',
        'stages: [test]',
        '',
      ].join('\n'),
    );
    const bin = path.join(work, '.fakebin');
    fs.mkdirSync(bin);
    fs.writeFileSync(
      path.join(bin, 'npx'),
      [
        '#!/bin/sh',
        `[ "$1" = "--yes" ] && [ "$2" = "opensession@${VERSION}" ] || { echo "unexpected npx call: $*" >&2; exit 97; }`,
        'shift 2',
        `exec "${process.execPath}" "${path.join(ROOT, 'bin', 'opensession.js')}" "$@"`,
        '',
      ].join('\n'),
    );
    fs.chmodSync(path.join(bin, 'npx'), 0o755);
    await git(work, 'add', '.gitlab-ci.yml', 'templates/janitor.yml');
    await git(work, 'commit', '-q', '-m', 'ci');
    const vars: Record<string, string> = {
      CI_PIPELINE_SOURCE: 'schedule',
      CI_SERVER_URL: api.url,
      CI_PROJECT_ID: '7',
      CI_PROJECT_PATH: 'group/proj',
      CI_REPOSITORY_URL: url.replace('http://', 'http://gitlab-ci-token:job-token@'),
    };
    const args = [
      '--force-shell-executor',
      '--shell-executor-no-image',
      '--ignore-predefined-vars',
      Object.keys(vars).join(','),
    ];
    for (const [k, v] of Object.entries(vars)) args.push('--variable', `${k}=${v}`);
    args.push('opensession:janitor');
    const r = await new Promise<{ code: number; out: string }>((resolve) => {
      const child = spawn(path.join(ROOT, 'node_modules/.bin/gitlab-ci-local'), args, {
        cwd: work,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      child.stderr.on('data', (b: Buffer) => (out += b.toString()));
      child.on('close', (code) => resolve({ code: code ?? 1, out }));
    });
    expect(r.out).toContain('PASS  opensession:janitor');
    expect(r.out).not.toContain('glpat-janitor-token');
    expect(r.out).toContain('mode: apply');
    const left = refNames(bare);
    for (const s of stale) expect(left).not.toContain(s);
    expect(left).toContain('refs/heads/opensession/mr-2-sessions'); // MR !2 is open
    expect(left).not.toContain('refs/heads/opensession/mr-1-sessions');
    expect(left).toContain('refs/heads/archive/sessions');
    expect(
      api.calls.some(
        (c) => c.startsWith('GET /api/v4/projects/7/merge_requests?') && c.endsWith('glpat-janitor-token'),
      ),
    ).toBe(true);
    // The deleting pushes carried the token as a Basic extraHeader, never in the URL.
    const pushAuth = server.authorizations.filter(
      (_, i) => server.requests[i] === 'POST /gl-janitor.git/git-receive-pack',
    );
    expect(pushAuth.length).toBeGreaterThan(0);
    expect(
      pushAuth.every((a) => a === `Basic ${Buffer.from('opensession:glpat-janitor-token').toString('base64')}`),
    ).toBe(true);
  }, 300_000);
});

// nock patches node's http for the whole worker process: undo it so later test files use real sockets.
afterAll(() => nock.restore());
