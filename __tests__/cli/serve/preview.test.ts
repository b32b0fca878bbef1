// POST /api/parse/preview against the bundled server (daemon-and-server.md §3.7): validation, parser selection,
// SSRF rules (literal and resolved private addresses, redirects, sizes, binary) and the smart-HTTP git fallback
// through a loopback `git http-backend`, reachable only because OPENSESSION_PREVIEW_ALLOWED_HOSTS names it.
import * as dns from 'node:dns';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { isBlockedAddress } from '../../../core/preview/address';
import { cleanupTempDirs, cloneTemp, git, startGitHttpServer, type GitHttpServer } from '../../support/git';
import { httpRequest, type HttpAnswer } from '../../support/http';
import { startServer, type RunningTestServer } from '../../support/server';
import { hailText } from '../../support/sessions';

const SECRET = 'ghp_' + 'Qq1Ww2Ee3Rr4Tt5Yy6Uu7Ii8Oo9Pp0AaSsDd'.slice(0, 36);
const SESSION = hailText({
  id: 'prev-1',
  title: 'Source Fixture',
  createdAt: '2026-01-01T00:00:00Z',
  messages: ['hello from user', `key ${SECRET}`],
});
const CODEX = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/codex/rollout.golden.hail.jsonl'), 'utf8');
void CODEX;

interface Fake {
  url: string;
  hostPort: string;
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  stop: () => Promise<void>;
}

/** A loopback "git host" with raw-file routes that misbehave in every way the preview must survive. */
async function startFakeHost(): Promise<Fake> {
  const requests: Fake['requests'] = [];
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
  const server = http.createServer((req, res) => {
    const p = req.url ?? '/';
    requests.push({ path: p, headers: req.headers });
    const send = (status: number, headers: Record<string, string>, body?: string | Buffer): void => {
      res.writeHead(status, headers);
      res.end(body);
    };
    if (p === '/acme/demo/raw/main/sessions/ok.hail.jsonl')
      send(200, { 'Content-Type': 'text/plain; charset=utf-8' }, SESSION);
    else if (p === '/acme/demo/raw/main/redirect.jsonl')
      send(302, { Location: 'http://10.0.0.1/acme/demo/raw/main/x.jsonl' });
    else if (p === '/acme/demo/raw/main/declared-big.jsonl') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(big.length) });
      res.end(big);
    } else if (p === '/acme/demo/raw/main/streamed-big.jsonl') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(big);
    } else if (p === '/acme/demo/raw/main/binary.jsonl')
      send(200, { 'Content-Type': 'text/plain' }, Buffer.from([0x7b, 0x00, 0x7d]));
    else if (p === '/acme/demo/raw/main/latin1.jsonl') send(200, {}, Buffer.from([0x7b, 0xe9, 0x7d]));
    else if (p === '/acme/demo/raw/main/image.png') send(200, { 'Content-Type': 'image/png' }, 'x');
    else if (p === '/acme/demo/raw/main/boom.jsonl') send(500, { 'Content-Type': 'text/plain' }, 'no');
    else if (p === '/group/proj/-/raw/main/private.jsonl') send(401, {}, 'auth');
    else if (p === '/group/proj/-/raw/main/signin.jsonl') send(302, { Location: '/users/sign_in' });
    else send(404, { 'Content-Type': 'text/plain' }, 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}

let fake: Fake;
let gitHost: GitHttpServer;
/** `http://127.0.0.1:<port>/acme/demo.git` on the smart-HTTP remote. */
let gitRemote: string;
let server: RunningTestServer;
let tokenServer: RunningTestServer;

const preview = (body: unknown, s: RunningTestServer = server): Promise<HttpAnswer> =>
  httpRequest(s.url + '/api/parse/preview', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const inline = (filename: string, content: string | Buffer, hint?: unknown) => ({
  source: { kind: 'inline', filename, content_base64: Buffer.from(content).toString('base64') },
  ...(hint === undefined ? {} : { parser_hint: hint }),
});

const gitSource = (remote: string, p = 'sessions/ok.hail.jsonl', ref = 'main') => ({
  source: { kind: 'git', remote, ref, path: p },
});

beforeAll(async () => {
  fake = await startFakeHost();
  gitHost = await startGitHttpServer();
  // A repository on the loopback smart-HTTP remote with a session file on `main` and on a slash branch.
  gitRemote = (await gitHost.createRepo('acme/demo.git')).url;
  const clone = await cloneTemp(gitRemote);
  fs.mkdirSync(path.join(clone.dir, 'sessions'));
  fs.writeFileSync(path.join(clone.dir, 'sessions', 'demo.hail.jsonl'), SESSION);
  await git(clone.dir, 'add', '.');
  await git(clone.dir, 'commit', '-q', '-m', 'sessions');
  await git(clone.dir, 'push', '-q', 'origin', 'HEAD:main', 'HEAD:refs/heads/opensession/pr-13-sessions');
  const gitHostPort = new URL(gitHost.url).host;
  server = await startServer({
    env: {
      OPENSESSION_PREVIEW_ALLOWED_HOSTS: `${fake.hostPort},${gitHostPort},localhost:${new URL(fake.url).port}`,
      OPENSESSION_GITLAB_HOST: 'localhost',
    },
  });
  tokenServer = await startServer({
    env: {
      OPENSESSION_PREVIEW_ALLOWED_HOSTS: fake.hostPort,
      OPENSESSION_GITLAB_HOST: '127.0.0.1',
      OPENSESSION_GITLAB_TOKEN: 'glpat-test-token-value-0000',
    },
  });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await tokenServer?.stop();
  await fake?.stop();
  await gitHost?.stop();
  cleanupTempDirs();
});

describe('inline sources', () => {
  test('HAIL inline: 200 shape, redacted session, echoed source without content', async () => {
    const r = await preview(inline('demo.hail.jsonl', SESSION));
    expect(r.status).toBe(200);
    const body = r.json() as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['parser_used', 'parser_candidates', 'session', 'source', 'warnings']);
    expect(body.parser_used).toBe('hail');
    expect((body.parser_candidates as Array<{ id: string }>)[0]).toEqual({
      id: 'hail',
      confidence: 100,
      reason: expect.any(String),
    });
    expect(body.source).toEqual({ kind: 'inline', filename: 'demo.hail.jsonl', content_base64: '' });
    expect((body.session as { context: { title: string } }).context.title).toBe('Source Fixture');
    for (let i = 0; i + 8 <= SECRET.length; i++) expect(r.text).not.toContain(SECRET.slice(i, i + 8));
    expect(r.text).toContain('[REDACTED:');
  });

  test('a native parser result names its adapter', async () => {
    const codex = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/codex/legacy-cli.jsonl'));
    const r = await preview(inline('C:\\logs\\rollout.jsonl', codex, 'codex'));
    expect(r.status).toBe(200);
    const body = r.json() as Record<string, unknown>;
    expect(body.parser_used).toBe('codex');
    expect(body.native_adapter).toBe('codex');
    expect(body.source).toEqual({ kind: 'inline', filename: 'rollout.jsonl', content_base64: '' });
  });

  test('parser selection: candidates but nothing parses → parser_selection_required; no candidate → parse_failed', async () => {
    const r = await preview(inline('notes.jsonl', '{"hello":"world"}\n'));
    expect(r.status).toBe(422);
    const body = r.json() as { code: string; message: string; parser_candidates: Array<{ id: string }> };
    expect(body.code).toBe('parser_selection_required');
    expect(body.message).toBe('auto-detection failed; choose a parser and retry');
    expect(body.parser_candidates.map((c) => c.id)).toContain('hail');
    const none = await preview(inline('notes.txt', 'just words'));
    expect(none.status).toBe(422);
    expect(none.json()).toEqual({ code: 'parse_failed', message: 'no parser candidate matched the input' });
    const latin = await preview(inline('a.jsonl', Buffer.from([0x7b, 0xe9, 0x7d])));
    expect(latin.json()).toEqual({ code: 'parse_failed', message: 'input is not valid UTF-8 text' });
  });

  test('inline content over 10 MiB → 422 file_too_large', async () => {
    const r = await preview(inline('big.jsonl', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61)));
    expect(r.status).toBe(422);
    expect(r.json()).toEqual({ code: 'file_too_large', message: 'source exceeds 10485760 bytes' });
  });

  test.each([
    [{}, 'source must be an object with a kind'],
    [{ source: 'x' }, 'source must be an object with a kind'],
    [{ source: { kind: 'ftp' } }, "unsupported source kind 'ftp'"],
    [{ source: { kind: 'github', owner: 1 } }, 'source.owner must be a string'],
    [{ source: { kind: 'github', owner: '..', repo: 'r', ref: 'main', path: 'a' } }, 'invalid owner'],
    [{ source: { kind: 'github', owner: 'o', repo: 'r r', ref: 'main', path: 'a' } }, 'invalid repo'],
    [{ source: { kind: 'github', owner: 'o', repo: 'r', ref: 'a..b', path: 'a' } }, 'invalid ref'],
    [{ source: { kind: 'github', owner: 'o', repo: 'r', ref: '/main', path: 'a' } }, 'invalid ref'],
    [{ source: { kind: 'github', owner: 'o', repo: 'r', ref: 'main', path: 'a/../b' } }, 'invalid path'],
    [{ source: { kind: 'github', owner: 'o', repo: 'r', ref: 'main', path: '/etc/passwd' } }, 'invalid path'],
    [{ source: { kind: 'inline', filename: '..', content_base64: 'e30=' } }, 'invalid filename'],
    [
      { source: { kind: 'inline', filename: 'a', content_base64: 'e30' } },
      'content_base64 must be non-empty standard base64',
    ],
    [
      { source: { kind: 'inline', filename: 'a', content_base64: '' } },
      'content_base64 must be non-empty standard base64',
    ],
    [{ ...inline('a.jsonl', '{}'), parser_hint: 3 }, 'parser_hint must be a string or null'],
    [{ ...inline('a.jsonl', '{}'), parser_hint: 'foo' }, "unsupported parser_hint 'foo'"],
    [gitSource('not a url'), 'remote must be an absolute URL'],
    [gitSource('http://example.com/a/b'), 'remote must use https'],
    [gitSource('https://u:p@example.com/a/b'), 'remote must not contain credentials'],
    [gitSource('https://example.com/a/b?x=1'), 'remote must not contain a query or fragment'],
    [gitSource('https://example.com/a'), 'remote path must include owner and repository'],
    [gitSource('https://example.com/a/../b'), 'remote path must include owner and repository'],
    [gitSource('https://github.com/a/b/c'), 'github.com remote must be https://github.com/<owner>/<repo>'],
  ])('validation %j → 400 %s', async (body, message) => {
    const r = await preview(body);
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ code: 'invalid_source', message });
  });
});

describe('SSRF rules', () => {
  test.each([
    'https://127.0.0.1/a/b',
    'https://127.1.2.3/a/b',
    'https://10.0.0.1/a/b',
    'https://172.16.0.1/a/b',
    'https://172.31.255.255/a/b',
    'https://192.168.1.1/a/b',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/a/b',
    'https://[::ffff:127.0.0.1]/a/b',
    'https://[::ffff:10.0.0.1]/a/b',
    'https://[fd00::1]/a/b',
    'https://[fe80::1]/a/b',
    'https://2130706433/a/b',
    'https://0177.0.0.1/a/b',
    'https://0x7f.1/a/b',
    'https://0.0.0.0/a/b',
    'https://localhost/a/b',
    'https://api.localhost/a/b',
  ])('%s → 400 remote host is not allowed', async (remote) => {
    const r = await preview(gitSource(remote));
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ code: 'invalid_source', message: 'remote host is not allowed' });
  });

  test('a host name that resolves inside → 400 resolves to a disallowed address', async () => {
    // The machine's own name resolves through /etc/hosts or nss to a loopback/private address; only then is it
    // a fair probe (never send a preview to a public address from a test).
    const name = os.hostname();
    const answers = await dns.promises.lookup(name, { all: true }).catch(() => []);
    if (answers.length === 0 || !answers.every((a) => isBlockedAddress(a.address))) {
      console.log(`skipping the resolved-name probe: ${name} does not resolve to a private address only`);
      return;
    }
    const r = await preview(gitSource(`https://${name}/acme/demo`));
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ code: 'invalid_source', message: 'remote host resolves to a disallowed address' });
  });

  test('an allowed loopback host is fetched; User-Agent and identity encoding, no credentials', async () => {
    const before = fake.requests.length;
    const r = await preview(gitSource(`${fake.url}/acme/demo.git`));
    expect(r.status).toBe(200);
    const body = r.json() as { parser_used: string; source: unknown };
    expect(body.parser_used).toBe('hail');
    expect(body.source).toEqual({
      kind: 'git',
      remote: `${fake.url}/acme/demo.git`,
      ref: 'main',
      path: 'sessions/ok.hail.jsonl',
    });
    for (let i = 0; i + 8 <= SECRET.length; i++) expect(r.text).not.toContain(SECRET.slice(i, i + 8));
    const req = fake.requests[before];
    expect(req.path).toBe('/acme/demo/raw/main/sessions/ok.hail.jsonl');
    expect(req.headers['user-agent']).toBe('opensession-parse-preview/0.1.0');
    expect(req.headers['accept-encoding']).toBe('identity');
    expect(req.headers.authorization).toBeUndefined();
  });

  test.each([
    ['redirect.jsonl', 422, 'fetch_failed', 'redirect responses are not allowed'],
    ['declared-big.jsonl', 422, 'file_too_large', 'source exceeds 10485760 bytes'],
    ['streamed-big.jsonl', 422, 'file_too_large', 'source exceeds 10485760 bytes'],
    ['binary.jsonl', 422, 'fetch_failed', 'binary files are not supported'],
    ['latin1.jsonl', 422, 'fetch_failed', 'binary files are not supported'],
    ['image.png', 422, 'fetch_failed', 'unsupported content type image/png'],
    ['boom.jsonl', 422, 'fetch_failed', 'source fetch failed with status 500'],
  ])('raw file %s → %d %s', async (file, status, code, message) => {
    const r = await preview(gitSource(`${fake.url}/acme/demo`, file));
    expect(r.status).toBe(status);
    expect(r.json()).toEqual({ code, message });
  });

  test('the redirect target in a private range was never requested', () => {
    expect(fake.requests.some((q) => q.path.includes('/x.jsonl'))).toBe(false);
  });

  test('GitLab host: 401 without a token, 403 with one (sent only to that host), sign-in redirect', async () => {
    const local = `http://localhost:${new URL(fake.url).port}`;
    const missing = await preview(gitSource(`${local}/group/proj`, 'private.jsonl'));
    expect(missing.status).toBe(401);
    expect(missing.json()).toEqual({
      code: 'missing_git_credential',
      message: `localhost:${new URL(fake.url).port} requires authentication; set OPENSESSION_GITHUB_TOKEN or OPENSESSION_GITLAB_TOKEN for the server`,
    });
    const signin = await preview(gitSource(`${local}/group/proj`, 'signin.jsonl'));
    expect(signin.status).toBe(401);
    const before = fake.requests.length;
    const rejected = await preview(gitSource(`${fake.url}/group/proj`, 'private.jsonl'), tokenServer);
    expect(rejected.status).toBe(403);
    expect(rejected.json()).toEqual({
      code: 'git_credential_forbidden',
      message: `${fake.hostPort} rejected the configured credential (HTTP 401)`,
    });
    expect(fake.requests[before].headers.authorization).toBe('Bearer glpat-test-token-value-0000');
    expect(rejected.text).not.toContain('glpat-test');
  });

  test('without the allow-list the same loopback remote is refused', async () => {
    const r = await preview(gitSource(`https://${new URL(gitHost.url).host}/acme/demo.git`), tokenServer);
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ code: 'invalid_source', message: 'remote host is not allowed' });
  });
});

describe('git sources over smart HTTP (loopback git http-backend)', () => {
  test('/src/git/…-shaped preview reads the file from the remote', async () => {
    const r = await preview(gitSource(gitRemote, 'sessions/demo.hail.jsonl'));
    expect(r.status).toBe(200);
    const body = r.json() as { parser_used: string; session: { session_id: string }; source: { remote: string } };
    expect(body.parser_used).toBe('hail');
    expect(body.session.session_id).toBe('prev-1');
    expect(body.source.remote).toBe(gitRemote);
    expect(gitHost.requests.some((q) => q.includes('git-upload-pack'))).toBe(true);
    for (let i = 0; i + 8 <= SECRET.length; i++) expect(r.text).not.toContain(SECRET.slice(i, i + 8));
  });

  test('a slash ref works; a missing path or ref is fetch_failed', async () => {
    const r = await preview(gitSource(gitRemote, 'sessions/demo.hail.jsonl', 'opensession/pr-13-sessions'));
    expect(r.status).toBe(200);
    const missing = await preview(gitSource(gitRemote, 'sessions/nope.jsonl'));
    expect(missing.status).toBe(422);
    expect((missing.json() as { code: string }).code).toBe('fetch_failed');
    const noRef = await preview(gitSource(gitRemote, 'sessions/demo.hail.jsonl', 'no-such-branch'));
    expect(noRef.status).toBe(422);
    expect((noRef.json() as { code: string }).code).toBe('fetch_failed');
  });
});
