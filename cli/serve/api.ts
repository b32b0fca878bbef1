// API v1 route handlers (daemon-and-server.md §3.6): transport-free, so the HTTP server and the web pages'
// in-process `api` call share them. Every body is built from redacted data (amendments A1).
import { createHash, timingSafeEqual } from 'node:crypto';
import { toHailJsonl } from '../../core/hail/writer';
import type { Indexer } from '../../core/index/indexer';
import type { ListQuery, SortOrder } from '../../core/index/storage';
import { redactForServing } from '../../core/index/summary';
import { redactText } from '../../core/redact';
import { trim } from '../../core/text';

/** One API answer: `json` is the serialized body (compact, documented key order), or `text` for `/raw`. */
export interface ApiResult {
  status: number;
  json?: string;
  text?: string;
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** `{"code","message"}` (plus `parser_candidates` when non-empty); the message is redacted. */
export function errorResult(err: ApiError): ApiResult {
  const body: Record<string, unknown> = {
    code: err.code,
    message: redactText(err.message, { stripHomePaths: false }).text,
  };
  for (const [k, v] of Object.entries(err.extra)) {
    if (Array.isArray(v) && v.length === 0) continue;
    body[k] = v;
  }
  return { status: err.status, json: JSON.stringify(body), headers: err.headers };
}

export function jsonResult(status: number, body: unknown): ApiResult {
  return { status, json: JSON.stringify(body) };
}

export interface ApiSettings {
  version: string;
  parsePreview: boolean;
  /** Trimmed `OPENSESSION_ADMIN_KEY`; empty = admin route disabled. */
  adminKey: string;
  now: () => Date;
  /** How old the index may be before a request refreshes it (§3.5); FRESH_MS unless a test sets it. */
  freshMs?: number;
}

export type PreviewHandler = (body: Record<string, unknown>) => Promise<ApiResult>;

export interface Route {
  methods: string[];
  /** Whether the route reads a JSON request body. */
  body?: boolean;
  handle: (
    params: string[],
    query: URLSearchParams,
    body: Record<string, unknown> | undefined,
    headers: Record<string, string | undefined>,
  ) => Promise<ApiResult>;
}

/** §3.5: a request refreshes the index when the last refresh finished over this long ago. */
export const FRESH_MS = 2000;
const SORTS: readonly SortOrder[] = ['recent', 'popular', 'longest'];
const RANGES: Record<string, number | undefined> = { '24h': 1, '7d': 7, '30d': 30, all: undefined };

function bad(message: string): ApiError {
  return new ApiError(400, 'bad_request', message);
}

const notFound = (): ApiError => new ApiError(404, 'not_found', 'session not found');

/** First value of a known parameter (§3.2: a repeated parameter uses its first value). */
const first = (q: URLSearchParams, k: string): string | undefined => q.get(k) ?? undefined;

export function parseListQuery(q: URLSearchParams, now: Date): { query: ListQuery; page: number; perPage: number } {
  let page = 1;
  const p = first(q, 'page');
  if (p !== undefined) {
    if (!/^[0-9]+$/.test(p) || !/[1-9]/.test(p)) throw bad('invalid query parameter page: expected an integer >= 1');
    page = Number(p);
    if (!Number.isSafeInteger(page)) throw bad('invalid query parameter page: expected an integer >= 1');
  }
  let perPage = 20;
  const pp = first(q, 'per_page');
  if (pp !== undefined) {
    if (!/^[0-9]+$/.test(pp)) throw bad('invalid query parameter per_page: expected an integer');
    perPage = Math.min(100, Math.max(1, Number(pp.length > 6 ? '1000000' : pp)));
  }
  const sortRaw = first(q, 'sort') ?? 'recent';
  if (!SORTS.includes(sortRaw as SortOrder)) {
    throw bad('invalid query parameter sort: expected one of recent, popular, longest');
  }
  const rangeRaw = first(q, 'time_range') ?? 'all';
  if (!Object.hasOwn(RANGES, rangeRaw)) {
    throw bad('invalid query parameter time_range: expected one of 24h, 7d, 30d, all');
  }
  const days = RANGES[rangeRaw];
  const search = trim(first(q, 'search') ?? '');
  const tool = trim(first(q, 'tool') ?? '');
  const query: ListQuery = {
    sort: sortRaw as SortOrder,
    limit: perPage,
    offset: Math.min((page - 1) * perPage, Number.MAX_SAFE_INTEGER),
  };
  if (search !== '') query.search = search.toLowerCase();
  if (tool !== '') query.tool = tool;
  if (days !== undefined) {
    const since = new Date(now.getTime() - days * 86_400_000).toISOString();
    query.createdSince = `${since.slice(0, 19)}.${since.slice(20, 23)}000000Z`;
  }
  return { query, page, perPage };
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** The file name of `/raw`: characters outside `[A-Za-z0-9._-]` become `_`. */
export function rawFileName(id: string): string {
  return `${Array.from(id, (c) => (/^[A-Za-z0-9._-]$/.test(c) ? c : '_')).join('')}.hail.jsonl`;
}

/** The route table: path patterns with `*` for one decoded parameter. */
export function apiRoutes(indexer: Indexer, s: ApiSettings, preview: PreviewHandler): Map<string, Route> {
  const sessionsReady = async (): Promise<void> => {
    await indexer.ready;
    await indexer.refresh(s.freshMs ?? FRESH_MS);
  };
  const routes = new Map<string, Route>();
  routes.set('/api/health', {
    methods: ['GET', 'HEAD'],
    handle: async () => jsonResult(200, { status: 'ok', version: s.version }),
  });
  routes.set('/api/capabilities', {
    methods: ['GET', 'HEAD'],
    handle: async () =>
      jsonResult(200, {
        auth_enabled: false,
        parse_preview_enabled: s.parsePreview,
        register_targets: ['local', 'git'],
        share_modes: ['web', 'git', 'json'],
      }),
  });
  routes.set('/api/parse/preview', {
    methods: ['POST'],
    body: true,
    handle: async (_p, _q, body) => {
      if (!s.parsePreview) throw new ApiError(403, 'forbidden', 'parse preview is disabled on this server');
      return preview(body ?? {});
    },
  });
  routes.set('/api/sessions', {
    methods: ['GET', 'HEAD'],
    handle: async (_p, q) => {
      const { query, page, perPage } = parseListQuery(q, s.now());
      await sessionsReady();
      const { summaries, total } = await indexer.storage.list(query);
      return {
        status: 200,
        json: `{"sessions":[${summaries.join(',')}],"total":${total},"page":${page},"per_page":${perPage}}`,
      };
    },
  });
  routes.set('/api/sessions/*', {
    methods: ['GET', 'HEAD'],
    handle: async ([id]) => {
      await sessionsReady();
      const row = await indexer.storage.get(id);
      if (row === undefined) throw notFound();
      const links = await indexer.storage.links(id);
      const json =
        links.length === 0
          ? row.summary_json
          : `${row.summary_json.slice(0, -1)},"linked_sessions":${JSON.stringify(links)}}`;
      return { status: 200, json };
    },
  });
  routes.set('/api/sessions/*/raw', {
    methods: ['GET', 'HEAD'],
    handle: async ([id]) => {
      await sessionsReady();
      for (let attempt = 0; attempt < 2; attempt++) {
        const row = await indexer.storage.get(id);
        if (row === undefined) throw notFound();
        const source = await indexer.sourceAt(row.location);
        let bytes: Buffer | undefined;
        if (source !== undefined) {
          try {
            bytes = await indexer.readSourceBytes(source);
          } catch {
            throw new ApiError(500, 'internal', 'failed to read session body');
          }
        }
        const session = bytes === undefined || source === undefined ? undefined : await indexer.readSource(source);
        if (session !== undefined && session.session_id === id) {
          return {
            status: 200,
            text: toHailJsonl(redactForServing(session)),
            headers: {
              'Content-Type': 'application/jsonl; charset=utf-8',
              'Content-Disposition': `attachment; filename="${rawFileName(id)}"`,
            },
          };
        }
        if (bytes !== undefined) throw new ApiError(500, 'internal', 'failed to read session body');
        await indexer.refresh(0); // the winner vanished: refresh once and retry with the new winner
      }
      throw notFound();
    },
  });
  routes.set('/api/admin/sessions/*', {
    methods: ['DELETE'],
    handle: async ([id], _q, _b, headers) => adminDelete(indexer, s, id, headers['x-opensession-admin-key']),
  });
  return routes;
}

/** §3.6 DELETE steps 1-4, with the header value (constant-time comparison of SHA-256 digests). */
export async function adminDelete(
  indexer: Indexer,
  s: ApiSettings,
  id: string,
  headerKey: string | undefined,
): Promise<ApiResult> {
  if (s.adminKey === '') {
    throw new ApiError(403, 'forbidden', 'admin API is disabled; set OPENSESSION_ADMIN_KEY to enable it');
  }
  const given = trim(headerKey ?? '');
  const ok = timingSafeEqual(sha256(given), sha256(s.adminKey));
  if (headerKey === undefined || !ok) throw new ApiError(401, 'unauthorized', 'invalid admin key');
  await indexer.ready;
  await indexer.refresh(s.freshMs ?? FRESH_MS);
  const removed = await indexer.storage.tombstone(id, s.now().toISOString());
  if (!removed) throw notFound();
  return jsonResult(200, { ok: true });
}
