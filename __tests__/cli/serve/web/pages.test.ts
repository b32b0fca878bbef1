// The web pages of the bundled `opensession serve` over real HTTP (daemon-and-server.md §4): headers, escaping,
// list filters, 404s and redirects, `/src` route errors, assets, and the local review page and API (§4.6).
import { startServer, type RunningTestServer } from '../../../support/server';
import { cleanupTempDirs } from '../../../support/git';
import { seedHome, type Seeded } from './seed';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

let seeded: Seeded;
let server: RunningTestServer;

beforeAll(async () => {
  seeded = seedHome();
  server = await startServer({ home: seeded.home, args: ['--review-root', seeded.reviewRoot] });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  cleanupTempDirs();
});

async function get(p: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: string }> {
  const r = await fetch(server.url + p, { redirect: 'manual', ...init });
  return { status: r.status, headers: r.headers, body: await r.text() };
}

function expectPageHeaders(h: Headers): void {
  expect(h.get('content-type')).toBe('text/html; charset=utf-8');
  expect(h.get('content-security-policy')).toBe(CSP);
  expect(h.get('referrer-policy')).toBe('no-referrer');
  expect(h.get('x-content-type-options')).toBe('nosniff');
}

/** The text of every `<script type="application/json">` island, as the browser would read it. */
function islands(html: string): string[] {
  return [...html.matchAll(/<script type="application\/json" id="[^"]*">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

describe('session list /', () => {
  it('lists every seeded session with its metadata, escaped, under the strict headers', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expectPageHeaders(r.headers);
    expect(r.body).toContain('<h1>Sessions</h1>');
    expect(r.body).toContain('<input id="session-search" name="search" type="search" value=""');
    expect(r.body.match(/<li data-session-id=/g)).toHaveLength(3);
    expect(r.body).toContain(
      '<a class="session-link" href="/sessions/claude-demo"><span class="session-title">Add a TOML config parser</span></a>',
    );
    expect(r.body).toContain('<span class="badge tool">Claude Code</span>');
    expect(r.body).toContain('<time datetime="2026-11-20T09:00:00Z">');
    expect(r.body).toContain('<span>3 messages</span><span>3m 04s</span>');
    expect(r.body).toContain('href="/sessions/hostile-%3Cb%3Ex%3C%2Fb%3E"');
    // The hostile session's model and tool are text, never markup.
    expect(r.body).not.toMatch(/<script>window/);
    expect(r.body).not.toMatch(/<script[^>]*>(?!<\/script>)[^<]/);
    expect(r.body).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(r.body).toContain('<option value="claude-code">Claude Code</option>');
    expect(r.body).toContain('<option value="" selected>All tools</option>');
  });

  it('search, tool and sort narrow the list; an empty result keeps the form; bad values fall back', async () => {
    const search = await get('/?search=toml');
    expect(search.body.match(/<li data-session-id=/g)).toHaveLength(1);
    expect(search.body).toContain('value="toml"');
    const tool = await get('/?tool=codex');
    expect(tool.body.match(/data-session-id="([^"]*)"/g)).toEqual(['data-session-id="demo-rich"']);
    expect(tool.body).toContain('<option value="codex" selected>Codex</option>');
    const none = await get('/?search=zzz-nothing');
    expect(none.status).toBe(200);
    expect(none.body).toContain('No sessions found');
    expect(none.body).toContain('id="session-search"');
    expect(none.body).not.toContain('id="session-list"');
    const bad = await get('/?page=0&sort=weird&time_range=1y&per_page=x');
    expect(bad.status).toBe(200);
    expect(bad.body.match(/<li data-session-id=/g)).toHaveLength(3);
    const popular = await get('/?sort=popular');
    const ids = [...popular.body.matchAll(/data-session-id="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['demo-rich', 'claude-demo', 'hostile-&lt;b&gt;x&lt;/b&gt;']);
    const paged = await get('/?per_page=1&page=2');
    expect(paged.body).toContain('>Previous</a>');
    expect(paged.body).toContain('href="/?per_page=1&amp;page=3"');
  });
});

describe('other pages', () => {
  it('session shell, 404s, redirects and HEAD', async () => {
    const s = await get('/sessions/claude-demo');
    expect(s.status).toBe(200);
    expectPageHeaders(s.headers);
    expect(s.body).toContain('<main id="session-page" data-session-id="claude-demo">');
    const hostile = await get('/sessions/hostile-%3Cb%3Ex%3C%2Fb%3E');
    expect(hostile.body).toContain('data-session-id="hostile-&lt;b&gt;x&lt;/b&gt;"');
    for (const p of [
      '/sessions/nope',
      '/nope',
      '/git',
      '/gh',
      '/gh/x/y',
      '/resolve',
      '/resolve/x',
      '/upload',
      '/sessions/a/b',
    ]) {
      const r = await get(p);
      expect([p, r.status]).toEqual([p, 404]);
      expect(r.body).toContain('404');
      expect(r.body).toContain('Not Found');
    }
    // The viewer's own 404 page also links back to the list.
    for (const p of ['/sessions/nope', '/nope', '/sessions/a/b']) expect((await get(p)).body).toContain('href="/"');
    const r1 = await get('/sessions?search=x');
    expect([r1.status, r1.headers.get('location')]).toEqual([308, '/?search=x']);
    const r2 = await get('/session/claude-demo?view=native');
    expect([r2.status, r2.headers.get('location')]).toEqual([308, '/sessions/claude-demo?view=native']);
    const head = await fetch(server.url + '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toBe(CSP);
    expect(await head.text()).toBe('');
  });

  it('assets have an ETag and answer 304; favicon is 204', async () => {
    for (const [p, type] of [
      ['/assets/app.js', 'text/javascript; charset=utf-8'],
      ['/assets/app.css', 'text/css; charset=utf-8'],
    ]) {
      const r = await get(p);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe(type);
      expect(r.headers.get('cache-control')).toBe('no-cache');
      const etag = r.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      const again = await get(p, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
    }
    const js = (await get('/assets/app.js')).body;
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect((await get('/favicon.ico')).status).toBe(204);
  });

  it('/src routes: the request island, and the 400/404 messages', async () => {
    const b64 = Buffer.from('https://gitlab.internal.example.com/group/sub/repo.git').toString('base64url');
    const ok = await get(`/src/git/${b64}/ref/feature/x/path/sessions/a.jsonl?parser_hint=codex&view=native`);
    expect(ok.status).toBe(200);
    expectPageHeaders(ok.headers);
    expect(JSON.parse(islands(ok.body)[0])).toEqual({
      provider: 'git',
      source: {
        kind: 'git',
        remote: 'https://gitlab.internal.example.com/group/sub/repo.git',
        ref: 'feature/x',
        path: 'sessions/a.jsonl',
      },
      parser_hint: 'codex',
      view: 'native',
      ef: '',
      nf: '',
    });
    const gl = await get(
      `/src/gl/${Buffer.from('group/subgroup/repo').toString('base64url')}/ref/main/path/sessions/demo.hail.jsonl?parser_hint=bogus`,
    );
    expect(JSON.parse(islands(gl.body)[0])).toMatchObject({
      source: {
        kind: 'git',
        remote: 'https://gitlab.com/group/subgroup/repo',
        ref: 'main',
        path: 'sessions/demo.hail.jsonl',
      },
      parser_hint: null,
    });
    const gh = await get('/src/gh/acme/demo/ref/opensession%2Fpr-13-sessions/path/a.jsonl');
    expect(JSON.parse(islands(gh.body)[0]).source).toEqual({
      kind: 'github',
      owner: 'acme',
      repo: 'demo',
      ref: 'opensession/pr-13-sessions',
      path: 'a.jsonl',
    });
    const bad = await get('/src/gl/not-valid!/ref/main/path/x');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain(
      'Invalid source path. Expected /src/gl/&lt;project_b64&gt;/ref/&lt;ref&gt;/path/&lt;path...&gt;',
    );
    expect((await get('/src/gh/acme/demo/ref/main/path')).status).toBe(400);
    const unknown = await get('/src/bb/x/ref/main/path/y');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('Unsupported source provider &#39;bb&#39;. Expected /src/&lt;gh|gl|git&gt;/...');
  });
});

describe('local review page and API (§4.6)', () => {
  it('renders the bundle written by `opensession view`, redacted and escaped', async () => {
    const r = await get(`/review/local/${seeded.reviewId}`);
    expect(r.status).toBe(200);
    expectPageHeaders(r.headers);
    expect(r.body).toContain(`<main id="review-page" data-review-id="${seeded.reviewId}">`);
    expect(r.body).toContain('<h1>Review: acme/widgets</h1>');
    expect(r.body).toContain('<span class="commit-title">Add the config parser</span>');
    expect(r.body).toContain('<span class="commit-title">Test &lt;b&gt;the&lt;/b&gt; parser</span>');
    expect(r.body.match(/data-review-session="/g)).toHaveLength(2);
    const [island] = islands(r.body);
    expect(island).not.toMatch(/[<>\u2028\u2029]/);
    const sessions = JSON.parse(island) as Array<{ session_id: string; context: { title: string } }>;
    expect(sessions.map((s) => s.session_id)).toEqual(['claude-demo', 'hostile-<b>x</b>']);
    expect(sessions[1].context.title).toContain('\u2028');

    const api = await get(`/api/review/local/${seeded.reviewId}`);
    expect(api.status).toBe(200);
    expect(api.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(api.body)).toMatchObject({ review_id: seeded.reviewId, pr: { owner: 'acme', repo: 'widgets' } });
    const badId = await get('/api/review/local/a%20b');
    expect([badId.status, JSON.parse(badId.body)]).toEqual([
      400,
      { code: 'bad_request', message: 'review_id contains invalid characters' },
    ]);
    const missing = await get('/api/review/local/nope');
    expect([missing.status, JSON.parse(missing.body)]).toEqual([
      404,
      { code: 'not_found', message: 'local review bundle not found' },
    ]);
    expect((await get('/review/local/nope')).status).toBe(404);
  });
});
