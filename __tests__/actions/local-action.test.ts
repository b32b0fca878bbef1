// The bundled action (dist/index.js, built by `npm run bundle`) run through @github/local-action against a real
// temp repo with a loopback git remote and a loopback fake of the GitHub API whose every route is checked
// against @octokit/openapi. The entry imports @actions/core, which local-action stubs: the inputs come from
// INPUT_* in the .env through that stub's getInput, and the outputs show in local-action's "Action Outputs".
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { cleanupTempDirs, GitHttpServer, makeTempDir, startGitHttpServer } from '../support/git';
import { documentedOperation } from '../core/providers/openapi';
import { makePrFixture, PrFixture, pullRequestExamples, remoteRefs, retarget } from './pr-fixture';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist', 'index.js');
const TOKEN = 'ghs_localactiontoken0123456789abcdef';

interface FakeGitHub {
  url: string;
  calls: string[];
  undocumented: string[];
  bodies: string[];
  stop: () => Promise<void>;
}

async function startFakeGitHub(): Promise<FakeGitHub> {
  const state: FakeGitHub = { url: '', calls: [], undocumented: [], bodies: [], stop: async () => undefined };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = req.url ?? '/';
      state.calls.push(`${method} ${url.split('?')[0]} ${req.headers.authorization ?? ''}`);
      if (documentedOperation(method, url) === undefined) state.undocumented.push(`${method} ${url}`);
      const send = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (method === 'POST' && url === '/graphql')
        return send(200, { data: { viewer: { login: 'github-actions[bot]' } } });
      if (method === 'GET' && url.startsWith('/repos/Codertocat/Hello-World/issues/2/comments')) return send(200, []);
      if (method === 'POST' && url === '/repos/Codertocat/Hello-World/issues/2/comments') {
        const body = (JSON.parse(raw) as { body: string }).body;
        state.bodies.push(body);
        return send(201, {
          id: 4242,
          body,
          user: { login: 'github-actions[bot]' },
          html_url: 'https://github.com/Codertocat/Hello-World/pull/2#issuecomment-4242',
        });
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.stop = () => new Promise<void>((r) => server.close(() => r()));
  return state;
}

function runLocalAction(actionDir: string, dotenv: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      path.join(ROOT, 'node_modules', '.bin', 'local-action'),
      ['run', actionDir, '../../__tests__/actions/fixtures/local-action/entry.js', dotenv],
      {
        cwd: ROOT,
        // local-action stubs @actions/core at the path `npm ls` reports; keep Node on that path too when
        // node_modules is a symlink (a git worktree sharing its checkout's packages).
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: '--preserve-symlinks' },
      },
    );
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

let server: GitHttpServer;
let fx: PrFixture;
let github: FakeGitHub;

beforeAll(async () => {
  if (!fs.existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run bundle` first');
  server = await startGitHttpServer();
  fx = await makePrFixture(server, 'local-action');
  github = await startFakeGitHub();
});
afterAll(async () => {
  await github.stop();
  await server.stop();
  cleanupTempDirs();
});

describe('bundled session review action through @github/local-action', () => {
  it('reviews an opened pull request end to end', async () => {
    const dir = makeTempDir('os-la-');
    const event = path.join(dir, 'event.json');
    const output = path.join(dir, 'output');
    fs.writeFileSync(
      event,
      JSON.stringify(
        retarget(
          pullRequestExamples().find((p) => p.action === 'opened')!,
          fx,
        ),
      ),
    );
    fs.writeFileSync(output, '');
    const dotenv = path.join(dir, '.env');
    fs.writeFileSync(
      dotenv,
      [
        'GITHUB_ACTIONS=true',
        'GITHUB_EVENT_NAME=pull_request',
        `GITHUB_EVENT_PATH=${event}`,
        'GITHUB_REPOSITORY=Codertocat/Hello-World',
        'GITHUB_SERVER_URL=https://github.com',
        `GITHUB_API_URL=${github.url}`,
        `GITHUB_WORKSPACE=${fx.ciDir}`,
        `GITHUB_OUTPUT=${output}`,
        // Inputs as the runner passes them to a JavaScript action (INPUT_<NAME>); read through core.getInput.
        `INPUT_TOKEN=${TOKEN}`,
        'INPUT_REMOTE=origin',
        'INPUT_PUBLISH-ARTIFACTS=true',
        'INPUT_COMMENT=true',
        'INPUT_WEB-BASE-URL=https://sessions.example.test',
        'INPUT_STRICT=true',
        '',
      ].join('\n'),
    );
    const r = await runLocalAction(path.join(ROOT, 'actions', 'session-review'), dotenv);
    // The action's inputs, as local-action lists them from action.yml.
    const metadata = r.out.slice(r.out.indexOf('Action Metadata'), r.out.indexOf('Running Action'));
    for (const input of ['token', 'remote', 'config-path', 'publish-artifacts', 'comment', 'web-base-url', 'strict'])
      expect(metadata).toContain(`'${input}'`);
    const line = r.out.split('\n').find((l) => l.startsWith('{"result":'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({
      result: 'review',
      comment: 'created',
      comment_id: '4242',
      comment_url: 'https://github.com/Codertocat/Hello-World/pull/2#issuecomment-4242',
      session_count: 1,
      artifact_published: true,
      failures: [],
    });
    // The outputs, through local-action's @actions/core stub and its "Action Outputs" table.
    const outputs = r.out.slice(r.out.indexOf('Action Outputs'));
    expect(outputs).not.toContain('No outputs were set!');
    const row = (name: string): string | undefined =>
      outputs
        .split('\n')
        .find((l) => l.includes(`'${name}'`))
        ?.split('│')
        .map((c) => c.trim())
        .filter((c) => c !== '')
        .pop();
    expect(row('result')).toBe("'review'");
    expect(row('comment')).toBe("'created'");
    expect(row('comment-id')).toBe("'4242'");
    expect(row('comment-url')).toBe("'https://github.com/Codertocat/Hello-World/pull/2#issuecomment-4242'");
    expect(row('artifact-branch')).toBe("'opensession/pr-2-sessions'");
    expect(row('session-count')).toBe("'1'");
    // The token came in as INPUT_TOKEN, was handed to setSecret (the stub keeps it) and never printed.
    expect(r.out).not.toContain(TOKEN);
    expect(github.undocumented).toEqual([]);
    expect(github.calls.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([
      'POST /graphql',
      'GET /repos/Codertocat/Hello-World/issues/2/comments',
      'POST /repos/Codertocat/Hello-World/issues/2/comments',
    ]);
    expect(github.calls.every((c) => c.endsWith(`token ${TOKEN}`))).toBe(true);
    expect(github.bodies[0]).toContain('**Question:** Use TOML? / Scope');
    // INPUT_WEB-BASE-URL reached the comment's links.
    expect(github.bodies[0]).toContain('https://sessions.example.test/');
    expect(github.bodies[0]).not.toContain('https://opensession.io/');
    expect(remoteRefs(fx.remoteDir)).toContain('refs/heads/opensession/pr-2-sessions');
  }, 180_000);
});
