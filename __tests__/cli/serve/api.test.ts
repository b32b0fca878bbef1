// `opensession serve` API v1 over real HTTP against the bundled server (daemon-and-server.md §3), on both index
// backends: embedded SQLite and a real PostgreSQL cluster started by the test (amendments A12).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTempDirs, git, makeTempDir, makeTempRepo } from '../../support/git';
import { httpRequest, rawPath, type HttpAnswer } from '../../support/http';
import { postgresBinDir, startPostgres, type PgCluster } from '../../support/postgres';
import { startServer, type RunningTestServer } from '../../support/server';
import { globalObjectStore, hailText, registerRepo, storeOnLedger, writeObject } from '../../support/sessions';

const SECRET = 'ghp_' + 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LmNbVc'.slice(0, 36);
const ADMIN_KEY = 'admin-key-for-tests-123';
const NOW = Date.now();
/** `OPENSESSION_TEST_FRESH_MS` of the servers below: how long a request may be answered from the last refresh. */
const FRESH_MS_FOR_TESTS = 300;
const ago = (hours: number): string => new Date(NOW - hours * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');

const SUMMARY_KEYS = [
  'id',
  'tool',
  'agent_provider',
  'agent_model',
  'title',
  'display_title',
  'description',
  'tags',
  'created_at',
  'updated_at',
  'stored_at',
  'session_role',
  'event_count',
  'message_count',
  'user_message_count',
  'tool_call_count',
  'task_count',
  'duration_seconds',
  'total_input_tokens',
  'total_output_tokens',
  'files_changed',
  'lines_added',
  'lines_removed',
  'has_errors',
];

interface Seeded {
  home: string;
  repo: string;
}

async function seed(): Promise<Seeded> {
  const home = makeTempDir('os-serve-home-');
  const { dir: repo } = await makeTempRepo();
  await git(repo, 'commit', '-q', '--allow-empty', '-m', 'init');
  registerRepo(home, repo);
  // ledger: alpha (1 h old, 4 messages), dup (also in the object store with an older mtime)
  await storeOnLedger(
    repo,
    'main',
    hailText({
      id: 's-alpha',
      title: 'Alpha refactor',
      tags: ['core'],
      createdAt: ago(1),
      messages: ['m1', 'm2', 'm3', 'm4'],
      durationSecs: 100,
    }),
    new Date(NOW),
  );
  await storeOnLedger(
    repo,
    'main',
    hailText({ id: 's-dup', title: 'Dup from ledger', createdAt: ago(2) }),
    new Date(NOW),
  );
  const store = globalObjectStore(home);
  const old = new Date(NOW - 86_400_000 * 90);
  writeObject(store, hailText({ id: 's-dup', title: 'Dup from object store', createdAt: ago(2) }), old);
  writeObject(
    store,
    hailText({
      id: 's-beta',
      title: 'Beta 100%_literal',
      description: `token ${SECRET} pasted`,
      tags: ['Ünïcode'],
      tool: 'codex',
      createdAt: ago(72),
      durationSecs: 500,
      messages: [`please use ${SECRET}`, 'ok'],
    }),
  );
  writeObject(
    store,
    hailText({
      id: 's-gamma',
      title: 'Gamma',
      tool: 'codex',
      createdAt: ago(24 * 20),
      messages: ['a', 'b', 'c', 'd', 'e', 'f'],
      durationSecs: 50,
      parent: 's-alpha',
      related: ['s-alpha', 's-beta'],
    }),
  );
  writeObject(store, hailText({ id: 's-old', title: 'Old one', createdAt: ago(24 * 60) }));
  writeObject(store, hailText({ id: 's-empty', title: 'Empty', createdAt: ago(3), empty: true }));
  writeObject(
    store,
    hailText({ id: 'weird/id x', createdAt: ago(5), messages: [`<b>first</b>   prompt ${SECRET} text`, 'x'] }),
  );
  return { home, repo };
}

/** No 8-character substring of the secret may appear (amendments A1.4). */
function expectNoSecret(text: string): void {
  for (let i = 0; i + 8 <= SECRET.length; i++) expect(text).not.toContain(SECRET.slice(i, i + 8));
}

type Backend = 'sqlite' | 'postgres';
const backends: Backend[] = ['sqlite'];
if (postgresBinDir() !== undefined) backends.push('postgres');
else console.log('skipping the PostgreSQL backend: initdb is not installed (apt-get install postgresql)');

let pg: PgCluster | undefined;

afterAll(() => {
  pg?.stop();
  cleanupTempDirs();
});

describe.each(backends)('opensession serve API (%s index)', (backend) => {
  let seeded: Seeded;
  let server: RunningTestServer;
  let dbEnv: Record<string, string> = {};
  const get = (p: string, headers: Record<string, string> = {}): Promise<HttpAnswer> =>
    httpRequest(server.url + p, { headers });
  // The index refreshes at most every FRESH_MS_FOR_TESTS instead of the spec's 2 s (test-only setting).
  const serverEnv = () => ({
    OPENSESSION_ADMIN_KEY: ADMIN_KEY,
    OPENSESSION_TEST_FRESH_MS: String(FRESH_MS_FOR_TESTS),
    ...dbEnv,
  });

  beforeAll(async () => {
    seeded = await seed();
    if (backend === 'postgres') {
      pg ??= await startPostgres();
      dbEnv = { OPENSESSION_DATABASE_URL: await pg.createDatabase(`api_${Date.now()}`) };
    }
    server = await startServer({ home: seeded.home, env: serverEnv() });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('health and capabilities: shapes and transport headers', async () => {
    const h = await get('/api/health');
    expect(h.status).toBe(200);
    expect(h.text).toBe('{"status":"ok","version":"0.1.0"}');
    expect(h.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(h.headers['cache-control']).toBe('no-store');
    expect(h.headers['x-content-type-options']).toBe('nosniff');
    const c = await get('/api/capabilities');
    expect(c.text).toBe(
      '{"auth_enabled":false,"parse_preview_enabled":true,"register_targets":["local","git"],"share_modes":["web","git","json"]}',
    );
    const head = await httpRequest(server.url + '/api/health', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers['content-length']).toBe('33');
  });

  test('list: default order, shape, hidden empty sessions, winner per id', async () => {
    const r = await get('/api/sessions');
    expect(r.status).toBe(200);
    const body = r.json() as {
      sessions: Array<Record<string, unknown>>;
      total: number;
      page: number;
      per_page: number;
    };
    expect(Object.keys(body)).toEqual(['sessions', 'total', 'page', 'per_page']);
    expect(body.sessions.map((s) => s.id)).toEqual(['s-alpha', 's-dup', 'weird/id x', 's-beta', 's-gamma', 's-old']);
    expect(body.total).toBe(6);
    expect(body.page).toBe(1);
    expect(body.per_page).toBe(20);
    const alpha = body.sessions[0];
    expect(Object.keys(alpha)).toEqual([...SUMMARY_KEYS, 'git_remote', 'git_branch', 'source']);
    expect(alpha).toMatchObject({
      tool: 'claude-code',
      title: 'Alpha refactor',
      display_title: 'Alpha refactor',
      tags: ['core'],
      message_count: 4,
      duration_seconds: 100,
      session_role: 'primary',
      git_branch: 'main',
      source: { kind: 'ledger', repo_root: fs.realpathSync(seeded.repo), ref: 'refs/opensession/branches/bWFpbg' },
    });
    const dup = body.sessions[1];
    expect(dup.title).toBe('Dup from ledger');
    const weird = body.sessions[2];
    expect(weird.title).toBeNull();
    expect(weird.display_title).toMatch(/^<b>first<\/b> prompt \[REDACTED:[a-z0-9_]+\] text$/);
    expect((weird.source as { kind: string }).kind).toBe('object');
    const gamma = body.sessions.find((s) => s.id === 's-gamma')!;
    expect(gamma.session_role).toBe('auxiliary');
    expectNoSecret(r.text);
    expect(r.text).toContain('[REDACTED:');
  });

  test('list: paging, clamping, filters, sorts', async () => {
    const ids = async (q: string): Promise<string[]> =>
      ((await get(`/api/sessions?${q}`)).json() as { sessions: Array<{ id: string }> }).sessions.map((s) => s.id);
    const p2 = (await get('/api/sessions?per_page=2&page=2')).json() as Record<string, unknown>;
    expect(p2).toMatchObject({ total: 6, page: 2, per_page: 2 });
    expect((p2.sessions as Array<{ id: string }>).map((s) => s.id)).toEqual(['weird/id x', 's-beta']);
    expect(((await get('/api/sessions?per_page=0')).json() as { per_page: number }).per_page).toBe(1);
    expect(((await get('/api/sessions?per_page=5000')).json() as { per_page: number }).per_page).toBe(100);
    expect(((await get('/api/sessions?page=9')).json() as { sessions: unknown[] }).sessions).toEqual([]);
    expect(await ids('tool=codex')).toEqual(['s-beta', 's-gamma']);
    expect(await ids('tool=%20%20')).toHaveLength(6);
    expect(await ids('search=ALPHA')).toEqual(['s-alpha']);
    expect(await ids('search=%25_')).toEqual(['s-beta']);
    expect(await ids('search=_')).toEqual(['s-beta']);
    expect(await ids('search=%C3%9CN%C3%8Fcode')).toEqual(['s-beta']);
    expect(await ids('search=nothing-matches')).toEqual([]);
    expect(await ids('search=%20&tool=')).toHaveLength(6);
    expect(await ids('time_range=24h')).toEqual(['s-alpha', 's-dup', 'weird/id x']);
    expect(await ids('time_range=7d')).toEqual(['s-alpha', 's-dup', 'weird/id x', 's-beta']);
    expect(await ids('time_range=30d')).toHaveLength(5);
    expect(await ids('sort=popular')).toEqual(['s-gamma', 's-alpha', 's-dup', 'weird/id x', 's-beta', 's-old']);
    expect((await ids('sort=longest'))[0]).toBe('s-beta');
    expect(await ids('sort=popular&sort=bogus')).toHaveLength(6);
  });

  test.each([
    ['page=0', 'invalid query parameter page: expected an integer >= 1'],
    ['page=-1', 'invalid query parameter page: expected an integer >= 1'],
    ['page=abc', 'invalid query parameter page: expected an integer >= 1'],
    ['per_page=x', 'invalid query parameter per_page: expected an integer'],
    ['sort=oldest', 'invalid query parameter sort: expected one of recent, popular, longest'],
    ['time_range=1y', 'invalid query parameter time_range: expected one of 24h, 7d, 30d, all'],
  ])('list: bad %s → 400', async (q, message) => {
    const r = await get(`/api/sessions?${q}`);
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ code: 'bad_request', message });
  });

  test('detail: links, encoded ids, unknown ids, empty sessions', async () => {
    const a = await get('/api/sessions/s-alpha');
    expect(a.status).toBe(200);
    const body = a.json() as Record<string, unknown>;
    expect(Object.keys(body).slice(-1)).toEqual(['linked_sessions']);
    expect(body.linked_sessions).toEqual([
      { session_id: 's-gamma', linked_session_id: 's-alpha', link_type: 'parent', created_at: expect.any(String) },
    ]);
    const g = (await get('/api/sessions/s-gamma')).json() as { linked_sessions: Array<{ linked_session_id: string }> };
    expect(g.linked_sessions.map((l) => l.linked_session_id).sort()).toEqual(['s-alpha', 's-beta']);
    expect(Object.keys((await get('/api/sessions/s-old')).json() as object)).not.toContain('linked_sessions');
    const w = await get('/api/sessions/weird%2Fid%20x');
    expect(w.status).toBe(200);
    expect((w.json() as { id: string }).id).toBe('weird/id x');
    const e = await get('/api/sessions/s-empty');
    expect(e.status).toBe(200);
    const missing = await get('/api/sessions/nope');
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual({ code: 'not_found', message: 'session not found' });
    const bad = await rawPath(server.url, '/api/sessions/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.json()).toEqual({ code: 'bad_request', message: 'invalid percent-encoding in path' });
    const badUtf8 = await rawPath(server.url, '/api/sessions/%FF');
    expect(badUtf8.json()).toEqual({ code: 'bad_request', message: 'invalid percent-encoding in path' });
    expectNoSecret((await get('/api/sessions/s-beta')).text);
  });

  test('raw: redacted canonical HAIL with a download name', async () => {
    const r = await get('/api/sessions/weird%2Fid%20x/raw');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/jsonl; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="weird_id_x.hail.jsonl"');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(r.text.split('\n')[0])).toMatchObject({ type: 'header', session_id: 'weird/id x' });
    const b = await get('/api/sessions/s-beta/raw');
    expect(b.status).toBe(200);
    expectNoSecret(b.text);
    expect(b.text).toContain('[REDACTED:');
    expect((await get('/api/sessions/nope/raw')).status).toBe(404);
  });

  test('unknown routes, wrong methods, reserved paths', async () => {
    const x = await get('/api/x');
    expect(x.status).toBe(404);
    expect(x.json()).toEqual({ code: 'not_found', message: 'no route for GET /api/x' });
    expect((await get('/api/auth/login')).status).toBe(404);
    const ingest = await httpRequest(server.url + '/api/ingest/preview', { method: 'POST' });
    expect(ingest.status).toBe(404);
    expect((ingest.json() as { code: string }).code).toBe('not_found');
    const post = await httpRequest(server.url + '/api/sessions', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(post.json()).toEqual({ code: 'method_not_allowed', message: 'method POST not allowed for /api/sessions' });
    const del = await httpRequest(server.url + '/api/sessions/s-alpha', { method: 'DELETE' });
    expect(del.status).toBe(405);
    const getPreview = await get('/api/parse/preview');
    expect(getPreview.status).toBe(405);
    expect(getPreview.headers.allow).toBe('POST');
    for (const p of ['/git', '/gh', '/gh/x/y', '/resolve', '/resolve/x', '/upload']) {
      const r = await get(p);
      expect(r.status).toBe(404);
      expect(r.text).toContain('404');
      expect(r.text).toContain('Not Found');
    }
    const putPage = await httpRequest(server.url + '/somewhere', { method: 'PUT' });
    expect(putPage.status).toBe(405);
    expect((putPage.json() as { code: string }).code).toBe('method_not_allowed');
  });

  test('request bodies: content type, malformed JSON, non-objects, oversized (declared and streamed)', async () => {
    const post = (body: string | Buffer, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
      httpRequest(server.url + '/api/parse/preview', { method: 'POST', body, headers });
    const wrongType = await post('{}', { 'Content-Type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(wrongType.json()).toEqual({
      code: 'unsupported_media_type',
      message: 'Content-Type must be application/json',
    });
    expect((await post('{}', { 'Content-Type': 'Application/JSON; charset=utf-8' })).status).toBe(400);
    expect((await post('{"source":', undefined)).json()).toEqual({
      code: 'bad_request',
      message: 'request body is not valid JSON',
    });
    expect((await post(Buffer.from([0x7b, 0xff, 0x7d]))).json()).toEqual({
      code: 'bad_request',
      message: 'request body is not valid JSON',
    });
    expect((await post('[1,2]')).json()).toEqual({
      code: 'bad_request',
      message: 'request body must be a JSON object',
    });
    expect((await post('{}')).json()).toEqual({
      code: 'invalid_source',
      message: 'source must be an object with a kind',
    });
    const big = Buffer.alloc(16 * 1024 * 1024 + 1, 0x20);
    const declared = await httpRequest(server.url + '/api/parse/preview', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      declaredLength: big.length,
    });
    expect(declared.status).toBe(413);
    expect(declared.headers.connection).toBe('close');
    expect(declared.json()).toEqual({ code: 'payload_too_large', message: 'request body exceeds 16777216 bytes' });
    // Chunked (no Content-Length): the server counts, answers at the limit and closes.
    const streamed = await httpRequest(server.url + '/api/parse/preview', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
      chunked: true,
      keepOpen: true,
    });
    expect(streamed.status).toBe(413);
    expect(streamed.json()).toEqual({ code: 'payload_too_large', message: 'request body exceeds 16777216 bytes' });
    expect((await get('/api/health')).status).toBe(200);
  });

  test('Host and CORS checks', async () => {
    const own = `http://127.0.0.1:${server.port}`;
    const foreign = await get('/api/health', { Host: 'evil.example:80' });
    expect(foreign.status).toBe(403);
    expect(foreign.json()).toEqual({ code: 'forbidden', message: 'host not allowed' });
    expect((await get('/api/health', { Host: `localhost.:${server.port}` })).status).toBe(200);
    const pre = await httpRequest(server.url + '/api/parse/preview', {
      method: 'OPTIONS',
      headers: {
        Origin: own,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'Content-Type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(own);
    expect(pre.headers['access-control-allow-methods']).toBe('GET, HEAD, POST, DELETE, OPTIONS');
    expect(pre.headers['access-control-allow-headers']).toBe('Content-Type');
    expect(pre.headers['access-control-max-age']).toBe('600');
    expect(pre.headers.vary).toBe('Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    const denied = await httpRequest(server.url + '/api/parse/preview', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(denied.status).toBe(403);
    expect(denied.json()).toEqual({ code: 'forbidden', message: 'origin not allowed' });
    const adminHeader = await httpRequest(server.url + '/api/admin/sessions/x', {
      method: 'OPTIONS',
      headers: {
        Origin: own,
        'Access-Control-Request-Method': 'DELETE',
        'Access-Control-Request-Headers': 'X-OpenSession-Admin-Key',
      },
    });
    expect(adminHeader.json()).toEqual({ code: 'forbidden', message: 'header not allowed: x-opensession-admin-key' });
    const badMethod = await httpRequest(server.url + '/api/sessions', {
      method: 'OPTIONS',
      headers: { Origin: own, 'Access-Control-Request-Method': 'PUT' },
    });
    expect(badMethod.json()).toEqual({ code: 'forbidden', message: 'method not allowed: PUT' });
    const nullOrigin = await httpRequest(server.url + '/api/sessions', {
      method: 'OPTIONS',
      headers: { Origin: 'null', 'Access-Control-Request-Method': 'GET' },
    });
    expect(nullOrigin.status).toBe(403);
    const plain = await httpRequest(server.url + '/api/sessions', { method: 'OPTIONS' });
    expect(plain.status).toBe(204);
    expect(plain.headers.allow).toBe('GET, HEAD, POST, DELETE, OPTIONS');
    const crossPost = await httpRequest(server.url + '/api/parse/preview', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(crossPost.status).toBe(403);
    expect(crossPost.json()).toEqual({ code: 'forbidden', message: 'origin not allowed' });
    const sameGet = await get('/api/health', { Origin: own });
    expect(sameGet.headers['access-control-allow-origin']).toBe(own);
    expect(sameGet.headers.vary).toBe('Origin');
    const crossGet = await get('/api/health', { Origin: 'https://evil.example' });
    expect(crossGet.status).toBe(200);
    expect(crossGet.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('freshness: a session stored after start appears on a later request', async () => {
    writeObject(globalObjectStore(seeded.home), hailText({ id: 's-late', title: 'Late arrival', createdAt: ago(0.5) }));
    // A repository registered after start whose ledger exists only as a remote-tracking ref.
    const { dir: other } = await makeTempRepo();
    await git(other, 'commit', '-q', '--allow-empty', '-m', 'init');
    const ref = await storeOnLedger(
      other,
      'feature/x',
      hailText({ id: 's-remote', title: 'Remote tracked', createdAt: ago(0.2) }),
      new Date(),
    );
    const tip = await git(other, 'rev-parse', ref);
    await git(other, 'update-ref', ref.replace('refs/opensession/', 'refs/remotes/origin/opensession/'), tip);
    await git(other, 'update-ref', '-d', ref);
    registerRepo(seeded.home, other);
    await new Promise((r) => setTimeout(r, FRESH_MS_FOR_TESTS + 100));
    const late = (await get('/api/sessions?search=late')).json() as { total: number };
    expect(late.total).toBe(1);
    const remote = (await get('/api/sessions?search=remote%20tracked')).json() as {
      sessions: Array<{ id: string; source: { kind: string; ref: string } }>;
    };
    expect(remote.sessions.map((x) => x.id)).toEqual(['s-remote']);
    expect(remote.sessions[0].source.ref).toBe(ref.replace('refs/opensession/', 'refs/remotes/origin/opensession/'));
    // The ledger moves on: a newer capture of the same id replaces the summary.
    await git(other, 'update-ref', ref, tip);
    await storeOnLedger(
      other,
      'feature/x',
      hailText({ id: 's-remote', title: 'Remote tracked v2', createdAt: ago(0.2) }),
      new Date(Date.now() + 5000),
    );
    await new Promise((r) => setTimeout(r, FRESH_MS_FOR_TESTS + 100));
    const v2 = (await get('/api/sessions/s-remote')).json() as { title: string };
    expect(v2.title).toBe('Remote tracked v2');
  });

  test('admin delete: missing, wrong and right key; hidden after restart', async () => {
    const del = (key?: string) =>
      httpRequest(server.url + '/api/admin/sessions/s-old', {
        method: 'DELETE',
        headers: key === undefined ? {} : { 'X-OpenSession-Admin-Key': key },
      });
    // The same filter before and after the delete: a remembered total must not outlive the change.
    expect(((await get('/api/sessions?search=old')).json() as { total: number }).total).toBe(1);
    const missing = await del();
    expect(missing.status).toBe(401);
    expect(missing.json()).toEqual({ code: 'unauthorized', message: 'invalid admin key' });
    expect((await del('wrong')).status).toBe(401);
    expect((await del(ADMIN_KEY.slice(0, -1))).status).toBe(401);
    const ok = await del(`  ${ADMIN_KEY} `);
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('{"ok":true}');
    expect((await del(ADMIN_KEY)).status).toBe(404);
    expect((await get('/api/sessions/s-old')).status).toBe(404);
    expect(((await get('/api/sessions?search=old')).json() as { total: number }).total).toBe(0);
    expect(await server.stop()).toBe(0);
    expect(fs.existsSync(path.join(server.dataDir, 'serve.lock'))).toBe(false);
    server = await startServer({
      home: seeded.home,
      dataDir: server.dataDir,
      env: serverEnv(),
    });
    expect((await get('/api/sessions/s-old')).status).toBe(404);
    expect((await get('/api/sessions/s-alpha')).status).toBe(200);
  }, 60_000);
});

describe('opensession serve without an admin key and with preview disabled', () => {
  test('admin route disabled, preview 403, capabilities say so', async () => {
    const server = await startServer({ args: ['--no-parse-preview'] });
    try {
      const d = await httpRequest(server.url + '/api/admin/sessions/x', {
        method: 'DELETE',
        headers: { 'X-OpenSession-Admin-Key': 'anything' },
      });
      expect(d.status).toBe(403);
      expect(d.json()).toEqual({
        code: 'forbidden',
        message: 'admin API is disabled; set OPENSESSION_ADMIN_KEY to enable it',
      });
      const c = (await httpRequest(server.url + '/api/capabilities')).json() as { parse_preview_enabled: boolean };
      expect(c.parse_preview_enabled).toBe(false);
      const p = await httpRequest(server.url + '/api/parse/preview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"source":{"kind":"inline","filename":"a.jsonl","content_base64":"e30="}}',
      });
      expect(p.status).toBe(403);
      expect(p.json()).toEqual({ code: 'forbidden', message: 'parse preview is disabled on this server' });
    } finally {
      await server.stop();
    }
  });
});
