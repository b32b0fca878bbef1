// Server-rendered pages (daemon-and-server.md §4.2–§4.6). Everything that came from a session is escaped here;
// what the script needs travels in JSON islands.
import type { ApiCall } from '../contract';
import { esc, jsonIsland, layout } from './html';
import { formatDuration, formatWhen, sessionDisplayTitle, toolLabel } from './format';
import type { LocalReviewBundle } from './review-bundle';
import type { PreviewSource, SourceProvider } from './source-route';

interface SummaryLike {
  id: string;
  tool: string;
  agent_model: string;
  display_title: string;
  created_at: string;
  message_count: number;
  duration_seconds: number;
  git_repo_name?: string;
  git_branch?: string;
}

interface ListBody {
  sessions: SummaryLike[];
  total: number;
  page: number;
  per_page: number;
}

const SORTS = ['recent', 'popular', 'longest'] as const;
const SORT_LABELS: Record<string, string> = { recent: 'Most recent', popular: 'Most messages', longest: 'Longest' };
const RANGES = ['all', '24h', '7d', '30d'] as const;
const RANGE_LABELS: Record<string, string> = {
  all: 'Any time',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
};

export interface ListQuery {
  page: number;
  per_page?: number;
  search: string;
  tool: string;
  sort: string;
  time_range: string;
}

/** §4.2: the API's query parameters; invalid values fall back to defaults instead of an error. */
export function listQueryFrom(params: URLSearchParams): ListQuery {
  const page = params.get('page') ?? '';
  const perPage = params.get('per_page') ?? '';
  const sort = params.get('sort') ?? '';
  const range = params.get('time_range') ?? '';
  return {
    page: /^[0-9]+$/.test(page) && Number(page) >= 1 && Number.isSafeInteger(Number(page)) ? Number(page) : 1,
    per_page: /^[0-9]+$/.test(perPage) && Number.isSafeInteger(Number(perPage)) ? Number(perPage) : undefined,
    search: (params.get('search') ?? '').trim(),
    tool: (params.get('tool') ?? '').trim(),
    sort: (SORTS as readonly string[]).includes(sort) ? sort : 'recent',
    time_range: (RANGES as readonly string[]).includes(range) ? range : 'all',
  };
}

function apiQuery(q: ListQuery, page = q.page): string {
  const p = new URLSearchParams();
  p.set('page', String(page));
  if (q.per_page !== undefined) p.set('per_page', String(q.per_page));
  if (q.search !== '') p.set('search', q.search);
  if (q.tool !== '') p.set('tool', q.tool);
  p.set('sort', q.sort);
  p.set('time_range', q.time_range);
  return p.toString();
}

/** The page URL for the same filters on another page (defaults left out to keep links short). */
function pageHref(q: ListQuery, page: number): string {
  const p = new URLSearchParams();
  if (q.search !== '') p.set('search', q.search);
  if (q.tool !== '') p.set('tool', q.tool);
  if (q.sort !== 'recent') p.set('sort', q.sort);
  if (q.time_range !== 'all') p.set('time_range', q.time_range);
  if (q.per_page !== undefined) p.set('per_page', String(q.per_page));
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return s === '' ? '/' : `/?${s}`;
}

function isListBody(v: unknown): v is ListBody {
  return v !== null && typeof v === 'object' && Array.isArray((v as ListBody).sessions);
}

/** Tool ids the parsers write (parsers.md); other ids still show when a listed session has one. */
const KNOWN_TOOLS = ['amp', 'claude-code', 'cline', 'codex', 'cursor', 'gemini', 'opencode'];

/** The index refreshes at most every 2 s (§3.5), so the known-tool counts are kept as long per server. */
const TOOLS_TTL_MS = 2000;
const toolsCache = new WeakMap<ApiCall, { at: number; tools: Promise<string[]> }>();

function knownToolsInIndex(api: ApiCall): Promise<string[]> {
  const hit = toolsCache.get(api);
  if (hit !== undefined && Date.now() - hit.at < TOOLS_TTL_MS) return hit.tools;
  const tools = Promise.all(
    KNOWN_TOOLS.map(async (t) => {
      const r = await api('GET', `/api/sessions?per_page=1&tool=${encodeURIComponent(t)}`);
      return r.status === 200 && isListBody(r.body) && r.body.total > 0 ? t : undefined;
    }),
  ).then((ts) => ts.filter((t): t is string => t !== undefined));
  toolsCache.set(api, { at: Date.now(), tools });
  return tools;
}

/**
 * Tools for the filter: each known tool with at least one session (one `per_page=1` count each, cheap for the
 * index), plus the tools of the listed sessions and the selected one.
 */
async function distinctTools(api: ApiCall, current: string, listed: SummaryLike[]): Promise<string[]> {
  const tools = new Set<string>(await knownToolsInIndex(api));
  if (current !== '') tools.add(current);
  for (const s of listed) if (typeof s.tool === 'string' && s.tool !== '') tools.add(s.tool);
  return [...tools].sort((a, b) => toolLabel(a).localeCompare(toolLabel(b)));
}

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;
}

function sessionItem(s: SummaryLike): string {
  const meta: string[] = [
    `<span class="badge tool">${esc(toolLabel(s.tool))}</span>`,
    s.agent_model !== '' ? `<span class="badge model">${esc(s.agent_model)}</span>` : '',
    `<time datetime="${esc(s.created_at)}">${esc(formatWhen(s.created_at))}</time>`,
    `<span>${s.message_count} ${s.message_count === 1 ? 'message' : 'messages'}</span>`,
    `<span>${esc(formatDuration(s.duration_seconds))}</span>`,
  ];
  const where = [s.git_repo_name, s.git_branch].filter((x): x is string => typeof x === 'string' && x !== '');
  if (where.length > 0) meta.push(`<span class="where">${esc(where.join(' · '))}</span>`);
  return (
    `<li data-session-id="${esc(s.id)}"><a class="session-link" href="/sessions/${esc(encodeURIComponent(s.id))}">` +
    `<span class="session-title">${esc(s.display_title)}</span></a>` +
    `<div class="session-meta">${meta.filter((m) => m !== '').join('')}</div></li>`
  );
}

export async function renderListPage(api: ApiCall, params: URLSearchParams): Promise<string> {
  const q = listQueryFrom(params);
  const r = await api('GET', `/api/sessions?${apiQuery(q)}`);
  let list: ListBody = { sessions: [], total: 0, page: q.page, per_page: q.per_page ?? 20 };
  let failure: string | undefined;
  if (r.status === 200 && isListBody(r.body)) list = r.body;
  else failure = messageOf(r.body) ?? 'Failed to load sessions';
  const tools = await distinctTools(api, q.tool, list.sessions);
  const form =
    '<form class="filters" method="get" action="/" role="search">' +
    '<label for="session-search">Search sessions</label>' +
    `<input id="session-search" name="search" type="search" value="${esc(q.search)}" placeholder="Title, description or tag" autocomplete="off">` +
    '<label for="session-tool">Tool</label>' +
    `<select id="session-tool" name="tool">${option('', 'All tools', q.tool === '')}${tools
      .map((t) => option(t, toolLabel(t), t === q.tool))
      .join('')}</select>` +
    '<label for="session-sort">Sort</label>' +
    `<select id="session-sort" name="sort">${SORTS.map((s) => option(s, SORT_LABELS[s], s === q.sort)).join('')}</select>` +
    '<label for="session-range">Time range</label>' +
    `<select id="session-range" name="time_range">${RANGES.map((s) => option(s, RANGE_LABELS[s], s === q.time_range)).join('')}</select>` +
    (q.per_page !== undefined ? `<input type="hidden" name="per_page" value="${q.per_page}">` : '') +
    '<button type="submit">Apply</button></form>';
  let results: string;
  if (failure !== undefined) results = `<p class="notice" role="alert">${esc(failure)}</p>`;
  else if (list.sessions.length === 0) results = '<p class="empty">No sessions found</p>';
  else results = `<ul id="session-list">${list.sessions.map(sessionItem).join('')}</ul>`;
  const nav: string[] = [];
  if (list.page > 1) nav.push(`<a rel="prev" href="${esc(pageHref(q, list.page - 1))}">Previous</a>`);
  if (list.page * list.per_page < list.total)
    nav.push(`<a rel="next" href="${esc(pageHref(q, list.page + 1))}">Next</a>`);
  const count =
    failure === undefined
      ? `<p class="count" id="session-count">${list.total} ${list.total === 1 ? 'session' : 'sessions'}</p>`
      : '';
  return layout({
    title: 'Sessions',
    page: 'list',
    body:
      `<main id="list-page"><h1>Sessions</h1>${form}${count}${results}` +
      (nav.length > 0 ? `<nav class="pager" aria-label="Pages">${nav.join('')}</nav>` : '') +
      '</main>',
  });
}

export function messageOf(body: unknown): string | undefined {
  if (body !== null && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string')
    return (body as { message: string }).message;
  return undefined;
}

const NOSCRIPT = '<noscript><p class="notice">This page needs JavaScript to show the timeline.</p></noscript>';

export function renderSessionShell(id: string): string {
  return layout({
    title: 'Session',
    page: 'session',
    body:
      `<main id="session-page" data-session-id="${esc(id)}">${NOSCRIPT}` +
      '<p class="loading" role="status">Loading session…</p></main>',
  });
}

export function renderSourceShell(
  provider: SourceProvider,
  source: PreviewSource,
  parserHint: string | null,
  query: URLSearchParams,
): string {
  const state = {
    provider,
    source,
    parser_hint: parserHint,
    view: query.get('view') ?? '',
    ef: query.get('ef') ?? '',
    nf: query.get('nf') ?? '',
  };
  return layout({
    title: 'Source timeline',
    page: 'source',
    body:
      `<main id="source-page">${NOSCRIPT}<p class="loading" role="status">Loading source…</p></main>` +
      jsonIsland('source-request', state),
  });
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{7,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

export function renderReviewPage(bundle: LocalReviewBundle): string {
  const pr = bundle.pr;
  const heading =
    pr.number > 0
      ? `${pr.owner}/${pr.repo} #${pr.number}`
      : pr.owner === 'local'
        ? 'Local session'
        : `${pr.owner}/${pr.repo}`;
  const titles = new Map<string, string>();
  for (const s of bundle.sessions) titles.set(s.session_id, sessionDisplayTitle(s.session));
  const anchor = (id: string): string => `session-${bundle.sessions.findIndex((s) => s.session_id === id)}`;
  const commits = bundle.commits
    .map((c) => {
      const linked =
        c.session_ids.length === 0
          ? '<p class="muted">No linked sessions</p>'
          : `<ul class="linked">${c.session_ids
              .map((id) =>
                titles.has(id)
                  ? `<li><a href="#${anchor(id)}">${esc(titles.get(id) ?? id)}</a></li>`
                  : `<li>${esc(id)} <span class="muted">(not in bundle)</span></li>`,
              )
              .join('')}</ul>`;
      return (
        `<li class="commit" data-commit-sha="${esc(c.sha)}"><code>${esc(shortSha(c.sha))}</code> ` +
        `<span class="commit-title">${esc(c.title)}</span>` +
        (c.author_name !== '' ? ` <span class="muted">by ${esc(c.author_name)}</span>` : '') +
        `${linked}</li>`
      );
    })
    .join('');
  const sessions = bundle.sessions
    .map(
      (s, i) =>
        `<section class="review-session" id="session-${i}" data-review-session="${i}" aria-label="Session ${esc(s.session_id)}">` +
        `<p class="muted">Session <code>${esc(s.session_id)}</code>` +
        (s.commit_shas.length > 0
          ? ` · commits ${s.commit_shas.map((c) => `<code>${esc(shortSha(c))}</code>`).join(' ')}`
          : '') +
        '</p><div class="timeline-host"></div></section>',
    )
    .join('');
  const link = /^https?:\/\//i.test(pr.url)
    ? `<a href="${esc(pr.url)}" rel="noopener noreferrer nofollow">${esc(pr.url)}</a>`
    : esc(pr.url);
  return layout({
    title: `Review ${bundle.review_id}`,
    page: 'review',
    body:
      `<main id="review-page" data-review-id="${esc(bundle.review_id)}">` +
      `<h1>Review: ${esc(heading)}</h1>` +
      `<p class="muted">${link} · review id <code>${esc(bundle.review_id)}</code> · generated ${esc(bundle.generated_at)}</p>` +
      `<h2>Commits (${bundle.commits.length})</h2><ol id="review-commits">${commits}</ol>` +
      `<h2>Sessions (${bundle.sessions.length})</h2>` +
      (bundle.sessions.length === 0 ? '<p class="empty">No sessions linked to these commits</p>' : sessions) +
      NOSCRIPT +
      '</main>' +
      jsonIsland(
        'review-sessions',
        bundle.sessions.map((s) => s.session),
      ),
  });
}
