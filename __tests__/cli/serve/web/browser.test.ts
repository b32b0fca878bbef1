// The viewer in Debian's Chromium (playwright-core, never a downloaded browser) against the bundled
// `opensession serve`: list and search, a session's timeline (filters, views, search, shortcuts), a hostile session
// rendering inert, `/src/git/…` pages read from a loopback `git http-backend` remote (and the parser picker), the
// local review page, axe-core checks and screenshots under test-artifacts/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeSeriousViolations, guardOrigins, launchChromium, screenshot } from '../../../support/browser';
import { runBundled } from '../../../support/cli';
import { cleanupTempDirs, cloneTemp, git, GitHttpServer, startGitHttpServer } from '../../../support/git';
import { startServer, type RunningTestServer } from '../../../support/server';
import { renderComment } from '../../../../core/review';
import { fixture, seedHome, type Seeded } from './seed';

let seeded: Seeded;
let gitServer: GitHttpServer;
let server: RunningTestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];
const cspViolations: string[] = [];
let remoteUrl: string;

const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');

beforeAll(async () => {
  seeded = seedHome();
  gitServer = await startGitHttpServer();
  const { url } = await gitServer.createRepo('acme/demo.git');
  remoteUrl = url;
  const work = await cloneTemp(url);
  fs.mkdirSync(path.join(work.dir, 'sessions'), { recursive: true });
  fs.writeFileSync(path.join(work.dir, 'sessions', 'demo.hail.jsonl'), fixture('rich.hail.jsonl'));
  fs.writeFileSync(path.join(work.dir, 'sessions', 'odd.jsonl'), '{"unknown":"format"}\n{"still":"unknown"}\n');
  await git(work.dir, 'add', '-A');
  await git(work.dir, 'commit', '-q', '-m', 'sessions');
  await git(work.dir, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
  server = await startServer({
    home: seeded.home,
    args: ['--review-root', seeded.reviewRoot],
    env: { OPENSESSION_PREVIEW_ALLOWED_HOSTS: new URL(url).host },
  });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  foreign = await guardOrigins(page, server.url);
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await gitServer?.stop();
  cleanupTempDirs();
});

afterEach(() => {
  expect(foreign).toEqual([]);
  expect(cspViolations).toEqual([]);
});

async function expectAccessible(): Promise<void> {
  expect(await axeSeriousViolations(page)).toEqual([]);
}

const timelineCount = (): Promise<number> => page.locator('[data-timeline-idx]').count();

describe('session list', () => {
  it('lists, searches as you type, and keeps the form on an empty result', async () => {
    await page.goto(server.url + '/');
    await expect(page.locator('#session-list > li').count()).resolves.toBe(3);
    await expectAccessible();
    await screenshot(page, 'list.png');
    await page.fill('#session-search', 'toml');
    await page.waitForURL(/\?search=toml$/);
    await expect(page.locator('#session-list > li').count()).resolves.toBe(1);
    await page.fill('#session-search', 'zzz-nothing');
    await page.waitForURL(/search=zzz-nothing/);
    await expect(page.getByText('No sessions found').isVisible()).resolves.toBe(true);
    await expect(page.locator('#session-search').isVisible()).resolves.toBe(true);
    await page.selectOption('#session-tool', 'codex');
    await page.waitForURL(/tool=codex/);
    await page.goto(server.url + '/?tool=codex');
    await expect(page.locator('#session-list > li').count()).resolves.toBe(1);
  });
});

describe('session timeline', () => {
  it('opens from the list and renders messages, Markdown, code, tool cards, diffs, shell exit codes and badges', async () => {
    await page.goto(server.url + '/');
    await page.click('text=Add a TOML config parser');
    await page.waitForURL(/\/sessions\/claude-demo$/);
    await page.waitForSelector('[data-timeline-idx]');
    await expect(page.locator('h1').innerText()).resolves.toBe('Add a TOML config parser');
    await expect(page.locator('.badges .badge.tool').innerText()).resolves.toBe('Claude Code');
    await expect(page.locator('[data-testid=session-flow-bar] [data-flow-kind]').count()).resolves.toBe(8);
    await expect(page.locator('[data-flow-legend=tool]').innerText()).resolves.toContain('tool 5');
    expect(await timelineCount()).toBe(8); // 11 events − an empty Thinking − 2 results shown inside their calls
    await expect(page.locator('.md-content .md-h1').innerText()).resolves.toBe('Plan');
    await expect(page.locator('.md-content ul.md-list li').count()).resolves.toBe(2);
    const link = page.locator('.md-link');
    await expect(link.count()).resolves.toBe(1);
    await expect(link.getAttribute('href')).resolves.toBe('https://toml.io/en/');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer nofollow');
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(page.locator('.code-with-lines .code-header').first().innerText()).resolves.toBe('ts');
    const toolCard = page.locator('[data-timeline-idx="3"]');
    await expect(toolCard.locator('.tool-result[data-result-idx="4"]').innerText()).resolves.toContain(
      'export function parseConfig()',
    );
    await expect(page.locator('[data-timeline-idx="5"] .diff-del').innerText()).resolves.toContain('import { load }');
    await expect(page.locator('[data-timeline-idx="5"] .diff-add').innerText()).resolves.toContain('smol-toml');
    await expect(page.locator('[data-timeline-idx="6"] .code-header').innerText()).resolves.toBe('typescript');
    await expect(page.locator('[data-timeline-idx="6"] .code-line').count()).resolves.toBe(5);
    await expect(page.locator('[data-timeline-idx="7"] .badge.exit.fail').innerText()).resolves.toBe('exit 1');
    await expect(page.locator('[data-timeline-idx="7"] .tool-result .badge.fail').innerText()).resolves.toBe('error');
    await expect(page.locator('[data-timeline-idx="9"] .badge.exit.ok').innerText()).resolves.toBe('exit 0');
    await expect(page.locator('[data-timeline-idx="1"] .tokens').innerText()).resolves.toBe('1200 in · 340 out tokens');
    await expect(page.locator('[data-timeline-idx="7"] > .event-head').innerText()).resolves.toContain('12s');
    await expect(page.locator('.session-sidebar').innerText()).resolves.toContain('claude-sonnet-4');
    await expectAccessible();
    await screenshot(page, 'session.png');
  });

  it('in-session search, filters, views and keyboard shortcuts', async () => {
    await page.goto(server.url + '/sessions/claude-demo');
    await page.waitForSelector('[data-timeline-idx]');
    await page.fill('#session-event-search', 'needle');
    await expect(page.locator('#session-event-search-count').innerText()).resolves.toBe('1 match');
    expect(await timelineCount()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await timelineCount()).toBe(8);
    await expect(page.locator('#session-event-search').inputValue()).resolves.toBe('');
    // `/` focuses the box; n/p and Enter move between matches.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe(
      'session-event-search',
    );
    await page.keyboard.type('npm test');
    await expect(page.locator('#session-event-search-count').innerText()).resolves.toBe('2 matches');
    await page.keyboard.press('Enter');
    await expect(page.locator('.event.is-current').getAttribute('data-timeline-idx')).resolves.toBe('7');
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await expect(page.locator('.event.is-current').getAttribute('data-timeline-idx')).resolves.toBe('9');
    await page.keyboard.press('p');
    await expect(page.locator('.event.is-current').getAttribute('data-timeline-idx')).resolves.toBe('7');
    await page.keyboard.press('Escape');
    expect(await timelineCount()).toBe(8);
    // Ctrl+F focuses the search box instead of the browser's find bar.
    await page.locator('h1').click();
    await page.keyboard.press('Control+f');
    await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe(
      'session-event-search',
    );
    // Typing digits in the box filters nothing; outside it `1` toggles the first chip (AgentMessage).
    await page.keyboard.type('1');
    await expect(page.locator('.chip').first().getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('1');
    await expect(page.locator('.chip').first().getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.locator('[data-event-type=AgentMessage]').count()).resolves.toBe(0);
    expect(await timelineCount()).toBe(6);
    await page.locator('.chip[data-filter-key=AgentMessage]').click();
    expect(await timelineCount()).toBe(8);
    // Native view: chips per native group.
    await page.click('button[data-view=native]');
    await expect(page.locator('button[data-view=native]').innerText()).resolves.toBe('Native (claude-code)');
    const keys = await page.locator('.chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-filter-key')));
    expect(keys).toEqual(['file', 'message', 'shell', 'tool']);
    await page.locator('.chip[data-filter-key=shell]').click();
    await expect(page.locator('[data-event-type=ShellCommand]').count()).resolves.toBe(0);
    expect(await timelineCount()).toBe(6);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.click('button[data-view=unified]');
    await screenshot(page, 'session-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('a hostile session renders inert', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    for (const url of ['/', '/sessions/hostile-%3Cb%3Ex%3C%2Fb%3E', `/review/local/${seeded.reviewId}`]) {
      await page.goto(server.url + url);
      await page.waitForLoadState('networkidle');
      if (url !== '/') await page.waitForSelector('[data-timeline-idx]');
      await page.mouse.move(300, 400);
      await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
      await expect(page.locator('main img, main iframe, main svg, main script, main b').count()).resolves.toBe(0);
      await expect(page.locator('a[href^="javascript:"], a[href^="data:"]').count()).resolves.toBe(0);
    }
    await page.goto(server.url + '/sessions/hostile-%3Cb%3Ex%3C%2Fb%3E');
    await page.waitForSelector('[data-timeline-idx]');
    await expect(page.locator('h1').innerText()).resolves.toContain('Hostile');
    const first = await page.locator('[data-timeline-idx="0"]').innerText();
    expect(first).toContain('Hi </script><script>window.');
    expect(first).toContain('[click me](javascript:window.__pwned=5)');
    expect(first).toContain('line\u2028sep\u2029para');
    await expect(page.locator('.badges .badge.tool').innerText()).resolves.toBe(
      '</script><script>window.__pwned=2</script>',
    );
    expect(dialogs).toEqual([]);
  });
});

describe('/src source timelines', () => {
  it('follows a share --web link to a loopback git http-backend remote', async () => {
    const repo = seeded.repo;
    fs.mkdirSync(path.join(repo, '.opensession'), { recursive: true });
    fs.writeFileSync(path.join(repo, '.opensession', 'config.toml'), `[share]\nbase_url = "${server.url}"\n`);
    const uri = `os://src/git/${b64url(remoteUrl)}/ref/main/path/sessions/demo.hail.jsonl`;
    const shared = runBundled(['share', uri, '--web'], { cwd: repo, env: { HOME: seeded.home } });
    expect(shared.code).toBe(0);
    const link = shared.stdout.split('\n')[0];
    expect(link).toBe(`${server.url}/src/git/${b64url(remoteUrl)}/ref/main/path/sessions/demo.hail.jsonl`);
    await page.goto(link);
    await page.waitForSelector('[data-timeline-idx]');
    await expect(page.locator('[data-testid=source-banner]').innerText()).resolves.toBe(
      `Source · git · ${remoteUrl}@main:sessions/demo.hail.jsonl · parser: hail`,
    );
    await expect(page.locator('h1').innerText()).resolves.toBe('Rich demo');
    expect(page.url()).toBe(
      `${link}?view=unified&ef=AgentMessage,Custom%3Aturn_aborted,FileCreate,FileEdit,ShellCommand,TaskEnd,TaskStart,ToolResult,UserMessage&nf=custom,file,message,shell,task,tool`,
    );
    await page.locator('.chip[data-filter-key=ShellCommand]').click();
    expect(new URL(page.url()).searchParams.get('ef')).not.toContain('ShellCommand');
    await expectAccessible();
  });

  it('shows the parser picker when the server asks for a parser, and retries with the choice', async () => {
    const requests: Array<{ parser_hint: unknown }> = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/parse/preview')) requests.push(JSON.parse(r.postData() ?? '{}'));
    });
    await page.goto(`${server.url}/src/git/${b64url(remoteUrl)}/ref/main/path/sessions/odd.jsonl`);
    await page.waitForSelector('.parser-picker');
    await expect(page.locator('.parser-picker h1').innerText()).resolves.toBe('Parser selection required');
    const labels = await page.locator('.candidate').allInnerTexts();
    expect(labels.length).toBeGreaterThan(1);
    expect(labels[0]).toMatch(/^[a-z-]+ · \d+% · .+/);
    await expectAccessible();
    // The old picker stays on the page until the retry answers: wait for that answer, not for the page alone.
    const retried = page.waitForResponse(
      (r) => r.url().endsWith('/api/parse/preview') && (r.request().postData() ?? '').includes('"parser_hint":"codex"'),
    );
    await page.locator('.candidate[data-parser-id=codex]').click();
    await page.waitForURL(/parser_hint=codex/);
    await retried;
    await page.waitForFunction("document.querySelector('.notice, .parser-picker, [data-timeline-idx]') !== null");
    expect(requests.map((r) => r.parser_hint)).toEqual([null, 'codex']);
    page.removeAllListeners('request');
  });

  it('retry flow with a mocked preview (spec §5 item 3): picker, hint, native view in the URL', async () => {
    const seen: unknown[] = [];
    await page.route('**/api/parse/preview', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { parser_hint: string | null; source: unknown };
      seen.push(body);
      if (body.parser_hint === null)
        return route.fulfill({
          status: 422,
          contentType: 'application/json',
          body: JSON.stringify({
            code: 'parser_selection_required',
            message: 'choose parser',
            parser_candidates: [
              { id: 'codex', confidence: 92, reason: 'codex markers' },
              { id: 'hail', confidence: 60, reason: 'file extension .jsonl' },
            ],
          }),
        });
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          parser_used: 'codex',
          parser_candidates: [],
          session: {
            version: 'hail-1.0.0',
            session_id: 'src-fixture',
            agent: { provider: 'openai', model: 'gpt-5', tool: 'codex' },
            context: {
              title: 'Source Fixture',
              tags: [],
              created_at: '2026-01-01T00:00:00Z',
              updated_at: '2026-01-01T00:00:01Z',
            },
            events: [
              {
                event_id: 'u',
                timestamp: '2026-01-01T00:00:00Z',
                event_type: { type: 'UserMessage' },
                content: { blocks: [{ type: 'Text', text: 'hello from user' }] },
                attributes: { 'source.raw_type': 'user_message' },
              },
              {
                event_id: 'a',
                timestamp: '2026-01-01T00:00:01Z',
                event_type: { type: 'AgentMessage' },
                content: { blocks: [{ type: 'Text', text: 'hello from assistant' }] },
              },
            ],
            stats: { message_count: 2, duration_seconds: 1 },
          },
          source: {
            kind: 'git',
            remote: 'https://github.com/acme/demo',
            ref: 'opensession/pr-13-sessions',
            path: 'sessions/demo.hail.jsonl',
          },
          warnings: ['parser_hint tried first'],
          native_adapter: 'codex',
        }),
      });
    });
    try {
      await page.goto(
        `${server.url}/src/git/${b64url('https://github.com/acme/demo')}/ref/opensession/pr-13-sessions/path/sessions/demo.hail.jsonl`,
      );
      await page.waitForSelector('.parser-picker');
      await expect(page.locator('.parser-picker').innerText()).resolves.toContain('choose parser');
      await page.click('text=codex · 92% · codex markers');
      await page.waitForSelector('[data-timeline-idx]');
      await expect(page.locator('h1').innerText()).resolves.toBe('Source Fixture');
      await expect(page.locator('main').innerText()).resolves.toContain('hello from assistant');
      expect(seen).toEqual([
        {
          source: {
            kind: 'git',
            remote: 'https://github.com/acme/demo',
            ref: 'opensession/pr-13-sessions',
            path: 'sessions/demo.hail.jsonl',
          },
          parser_hint: null,
        },
        {
          source: {
            kind: 'git',
            remote: 'https://github.com/acme/demo',
            ref: 'opensession/pr-13-sessions',
            path: 'sessions/demo.hail.jsonl',
          },
          parser_hint: 'codex',
        },
      ]);
      expect(page.url()).toContain('/ref/opensession%2Fpr-13-sessions/path/sessions/demo.hail.jsonl?');
      expect(page.url()).toContain('parser_hint=codex');
      await page.click('text=Native (codex)');
      expect(new URL(page.url()).searchParams.get('view')).toBe('native');
      await expect(page.locator('[data-timeline-idx="0"] .event-type').innerText()).resolves.toBe('user_message');
      expect(seen).toHaveLength(2); // the view change reused the cached preview
    } finally {
      await page.unroute('**/api/parse/preview'); // a failure here must not leave the mock for the next test
    }
  });
});

describe('review comment web links on a self-hosted viewer', () => {
  it('the [web] link of a session (web-base-url = this server) opens its artifact-branch copy', async () => {
    const reviewId = 'gh-acme-demo-pr7-abc1234';
    const branch = 'opensession/pr-7-sessions';
    const hailPath = 'v1/de/demo-rich.hail.jsonl';
    const work = await cloneTemp(remoteUrl);
    await git(work.dir, 'checkout', '-q', '--orphan', 'artifacts');
    await git(work.dir, 'rm', '-rfq', '.');
    fs.mkdirSync(path.join(work.dir, 'reviews', reviewId, 'v1', 'de'), { recursive: true });
    fs.writeFileSync(path.join(work.dir, 'reviews', reviewId, hailPath), fixture('rich.hail.jsonl'));
    await git(work.dir, 'add', '-A');
    await git(work.dir, 'commit', '-q', '-m', 'artifact');
    await git(work.dir, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
    const body = renderComment({
      mode: 'update',
      target: {
        platform: 'github',
        repo: 'acme/demo',
        repoUrl: remoteUrl.replace(/\.git$/, ''),
        number: 7,
        webBaseUrl: server.url,
      },
      reviewId,
      updatedAt: '2026-01-01T00:00:00.000Z',
      headSha: 'abc1234'.padEnd(40, '0'),
      range: { commits: ['abc1234'.padEnd(40, '0')], usedBase: false, changedFiles: [], testFiles: [], areas: [] },
      discovery: {
        ledgerRef: 'refs/opensession/branches/ZmVhdHVyZQ',
        ledgerFound: true,
        ledgerRefs: ['refs/opensession/branches/ZmVhdHVyZQ'],
        otherLedgerRefs: 0,
        sessions: [
          {
            sessionId: 'demo-rich',
            ledgerRef: 'refs/opensession/branches/ZmVhdHVyZQ',
            hailPath,
            metaPath: 'v1/de/demo-rich.meta.json',
            storedAt: '2026-01-01T00:00:00Z',
            commits: ['abc1234'.padEnd(40, '0')],
            title: 'Rich demo',
            tool: 'codex',
            filesChanged: 1,
          },
        ],
      },
      qa: [],
      artifact: { branch, persistent: false, attempted: true, published: true },
    });
    const web = /\[web\]\(([^)]+)\)/.exec(body)?.[1] ?? '';
    expect(web.startsWith(`${server.url}/src/git/`)).toBe(true);
    await page.goto(web);
    await page.waitForSelector('[data-timeline-idx]');
    await expect(page.locator('h1').innerText()).resolves.toBe('Rich demo');
    await expect(page.locator('[data-testid=source-banner]').innerText()).resolves.toBe(
      `Source · git · ${remoteUrl}@${branch}:reviews/${reviewId}/${hailPath} · parser: hail`,
    );
  });
});

describe('local review page', () => {
  it('renders every session of the bundle with the timeline', async () => {
    await page.goto(`${server.url}/review/local/${seeded.reviewId}`);
    await page.waitForSelector('[data-review-session="1"] [data-timeline-idx]');
    await expect(page.locator('h1').innerText()).resolves.toBe('Review: acme/widgets');
    await expect(page.locator('#review-commits > li').count()).resolves.toBe(2);
    await expect(page.locator('[data-review-session] h3').allInnerTexts()).resolves.toEqual([
      'Add a TOML config parser',
      expect.stringContaining('Hostile'),
    ]);
    await expect(page.locator('[data-review-session="0"] [data-timeline-idx]').count()).resolves.toBe(8);
    await page.fill('#session-event-search-0', 'needle');
    await expect(page.locator('#session-event-search-0-count').innerText()).resolves.toBe('1 match');
    await expectAccessible();
    await page.fill('#session-event-search-0', '');
    await screenshot(page, 'review.png');
  });
});
