// The bundled action (dist/index.js, built by `npm run bundle`) run through @github/local-action against a real
// temp repo with a loopback git remote and a loopback fake of the GitHub API whose every route is checked
// against @octokit/openapi.
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
      ['run', actionDir, '../../__tests__/actions/fixtures/local-action-entry.js', dotenv],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
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
        `OPENSESSION_TOKEN=${TOKEN}`,
        'OPENSESSION_REMOTE=origin',
        'OPENSESSION_CONFIG=.opensession/cleanup/config.toml',
        'OPENSESSION_PUBLISH_ARTIFACTS=true',
        'OPENSESSION_COMMENT=true',
        'OPENSESSION_WEB_BASE_URL=https://opensession.io',
        'OPENSESSION_STRICT=true',
        '',
      ].join('\n'),
    );
    const r = await runLocalAction(path.join(ROOT, 'actions', 'session-review'), dotenv);
    expect(r.out).toContain(`::add-mask::${TOKEN}`);
    const line = r.out.split('\n').find((l) => l.startsWith('{"result":'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({
      result: 'review',
      comment: 'created',
      comment_id: '4242',
      session_count: 1,
      artifact_published: true,
      failures: [],
    });
    expect(github.undocumented).toEqual([]);
    expect(github.calls.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([
      'POST /graphql',
      'GET /repos/Codertocat/Hello-World/issues/2/comments',
      'POST /repos/Codertocat/Hello-World/issues/2/comments',
    ]);
    expect(github.calls.every((c) => c.endsWith(`token ${TOKEN}`))).toBe(true);
    expect(github.bodies[0]).toContain('**Question:** Use TOML? / Scope');
    expect(fs.readFileSync(output, 'utf8')).toMatch(/^result<<.*\nreview\n/m);
    expect(remoteRefs(fx.remoteDir)).toContain('refs/heads/opensession/pr-2-sessions');
  }, 180_000);
});
