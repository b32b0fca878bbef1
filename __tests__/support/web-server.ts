// A real HTTP server on 127.0.0.1 for web-page tests: the viewer's `handleWeb` behind a small fixture API v1
// (daemon-and-server.md §3.6 shapes) built from HAIL files, so pages can be tested before and apart from the
// full `opensession serve`. Parse preview reads `git`-kind sources through a real `git fetch` of the remote.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { spawnSync } from 'node:child_process';
import { handleWeb, readLocalReviewBundle } from '../../cli/serve/web';
import type { ApiResponse } from '../../cli/serve/contract';
import { formatTsZ, parseHail, toHailJsonl, toWholeSessionObject, recomputeStats } from '../../core/hail';
import type { HailEvent, Session } from '../../core/hail';
import { redactSession } from '../../core/redact';
import { parseWithProfile } from '../../core/parsers';
import type { ProfileId } from '../../core/parsers';

export interface WebTestServer {
  url: string;
  /** Every request seen (method + path with query). */
  requests: string[];
  stop: () => Promise<void>;
}

export interface WebTestOptions {
  /** HAIL JSONL texts. */
  sessions: string[];
  reviewRoot?: string;
  parsePreview?: boolean;
  /** `OPENSESSION_PREVIEW_ALLOWED_HOSTS` of the fixture preview (host or host:port). */
  previewAllowedHosts?: string[];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function displayTitle(s: Session): string {
  const t = collapse((s.context.title ?? '').replace(/<[^>]*>/g, ''));
  if (t !== '') return t;
  const first = s.events.find((e) => e.event_type.type === 'UserMessage');
  const text = first?.content.blocks.find((b) => b.type === 'Text');
  if (text !== undefined && text.type === 'Text' && collapse(text.text) !== '') {
    const cps = Array.from(collapse(text.text));
    return cps.length > 80 ? cps.slice(0, 80).join('') + '…' : cps.join('');
  }
  return 'Untitled Session';
}

function summary(s: Session): Record<string, unknown> {
  const st = s.stats;
  const attrs = s.context.attributes;
  const out: Record<string, unknown> = {
    id: s.session_id,
    tool: s.agent.tool,
    agent_provider: s.agent.provider,
    agent_model: s.agent.model,
    title: s.context.title ?? null,
    display_title: displayTitle(s),
    description: s.context.description ?? null,
    tags: s.context.tags,
    created_at: formatTsZ(s.context.created_at),
    updated_at: formatTsZ(s.context.updated_at),
    stored_at: formatTsZ(s.context.updated_at),
    session_role: 'primary',
    event_count: st.event_count,
    message_count: st.message_count,
    user_message_count: st.user_message_count,
    tool_call_count: st.tool_call_count,
    task_count: st.task_count,
    duration_seconds: st.duration_seconds,
    total_input_tokens: st.total_input_tokens,
    total_output_tokens: st.total_output_tokens,
    files_changed: st.files_changed,
    lines_added: st.lines_added,
    lines_removed: st.lines_removed,
    has_errors: false,
  };
  if (typeof attrs['git.repo_name'] === 'string') out.git_repo_name = attrs['git.repo_name'];
  if (typeof attrs['git.branch'] === 'string') out.git_branch = attrs['git.branch'];
  out.source = { kind: 'object', repo_root: null, ref: null, path: `/fixtures/${s.session_id}.hail.jsonl` };
  return out;
}

function err(status: number, code: string, message: string, extra: Record<string, unknown> = {}): ApiResponse {
  return { status, body: { code, message, ...extra } };
}

function hostAllowed(remote: string, allowed: string[]): boolean {
  try {
    const u = new URL(remote);
    return allowed.some(
      (a) => a.toLowerCase() === u.host.toLowerCase() || a.toLowerCase() === u.hostname.toLowerCase(),
    );
  } catch {
    return false;
  }
}

/** Reads `<path>` at `<ref>` of a smart-HTTP remote with a depth-1 fetch (the §3.7 generic-git fallback). */
function readRemoteFile(remote: string, ref: string, file: string): Buffer | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'os-preview-'));
  try {
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1' };
    spawnSync('git', ['init', '-q', '--bare', dir], { env });
    const f = spawnSync('git', ['-C', dir, 'fetch', '-q', '--depth', '1', remote, ref], { env });
    if (f.status !== 0) return undefined;
    const show = spawnSync('git', ['-C', dir, 'show', `FETCH_HEAD:${file}`], { env, maxBuffer: 16 * 1024 * 1024 });
    return show.status === 0 ? show.stdout : undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function parseNative(profile: ProfileId, name: string, bytes: Buffer): Promise<Session | undefined> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'os-preview-parse-'));
  const file = path.join(dir, path.basename(name));
  fs.writeFileSync(file, bytes);
  const events: HailEvent[] = [];
  try {
    const outcome = await parseWithProfile(file, profile, { push: (e) => void events.push(e) });
    return { ...outcome.header, events, stats: recomputeStats({ events }) } as Session;
  } catch {
    return undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function fixtureApi(
  opts: WebTestOptions,
): (method: string, pathAndQuery: string, body?: unknown) => Promise<ApiResponse & { raw?: string }> {
  const sessions = opts.sessions.map((t) => redactSession(parseHail(t), { stripHomePaths: false }).session);
  const byId = new Map(sessions.map((s) => [s.session_id, s]));
  return async (method, pathAndQuery, body) => {
    const u = new URL(pathAndQuery, 'http://x');
    const p = u.pathname;
    if (p === '/api/health') return { status: 200, body: { status: 'ok', version: 'test' } };
    if (p === '/api/capabilities')
      return {
        status: 200,
        body: {
          auth_enabled: false,
          parse_preview_enabled: opts.parsePreview !== false,
          register_targets: ['local', 'git'],
          share_modes: ['web', 'git', 'json'],
        },
      };
    if (p === '/api/sessions' && method === 'GET') {
      const q = u.searchParams;
      const search = (q.get('search') ?? '').trim().toLowerCase();
      const tool = (q.get('tool') ?? '').trim();
      let list = sessions.filter((s) => {
        if (tool !== '' && s.agent.tool !== tool) return false;
        const text = [s.context.title ?? '', s.context.description ?? '', ...s.context.tags].join('\n').toLowerCase();
        return search === '' || text.includes(search);
      });
      const sort = q.get('sort') ?? 'recent';
      list = list.sort((a, b) => {
        if (sort === 'popular' && a.stats.message_count !== b.stats.message_count)
          return b.stats.message_count - a.stats.message_count;
        if (sort === 'longest' && a.stats.duration_seconds !== b.stats.duration_seconds)
          return b.stats.duration_seconds - a.stats.duration_seconds;
        return a.context.created_at === b.context.created_at ? 0 : a.context.created_at < b.context.created_at ? 1 : -1;
      });
      const page = Number(q.get('page') ?? '1');
      const perPage = Math.min(100, Math.max(1, Number(q.get('per_page') ?? '20')));
      const slice = list.slice((page - 1) * perPage, page * perPage);
      return { status: 200, body: { sessions: slice.map(summary), total: list.length, page, per_page: perPage } };
    }
    const m = /^\/api\/sessions\/([^/]+)(\/raw)?$/.exec(p);
    if (m !== null && method === 'GET') {
      const s = byId.get(decodeURIComponent(m[1]));
      if (s === undefined) return err(404, 'not_found', 'session not found');
      if (m[2] !== undefined) return { status: 200, body: null, raw: toHailJsonl(s) };
      return { status: 200, body: summary(s) };
    }
    const rv = /^\/api\/review\/local\/([^/]*)$/.exec(p);
    if (rv !== null) {
      const r = readLocalReviewBundle(opts.reviewRoot, decodeURIComponent(rv[1]));
      return r.ok ? { status: 200, body: r.bundle } : err(r.status, r.code, r.message);
    }
    if (p === '/api/parse/preview' && method === 'POST') {
      if (opts.parsePreview === false) return err(403, 'forbidden', 'parse preview is disabled on this server');
      const b = body as {
        source?: { kind?: string; remote?: string; ref?: string; path?: string };
        parser_hint?: string | null;
      };
      const src = b.source ?? {};
      if (
        src.kind !== 'git' ||
        typeof src.remote !== 'string' ||
        typeof src.ref !== 'string' ||
        typeof src.path !== 'string'
      )
        return err(400, 'invalid_source', `unsupported source kind '${String(src.kind)}'`);
      if (!hostAllowed(src.remote, opts.previewAllowedHosts ?? []))
        return err(400, 'invalid_source', 'remote host is not allowed');
      const bytes = readRemoteFile(src.remote, src.ref, src.path);
      if (bytes === undefined) return err(422, 'fetch_failed', 'source fetch failed with status 404');
      const text = bytes.toString('utf8');
      const source = { kind: 'git', remote: src.remote, ref: src.ref, path: src.path };
      if (text.startsWith('{"type":"header"')) {
        const s = redactSession(parseHail(text), { stripHomePaths: false }).session;
        return {
          status: 200,
          body: {
            parser_used: 'hail',
            parser_candidates: [{ id: 'hail', confidence: 100, reason: 'HAIL header line' }],
            session: JSON.parse(
              JSON.stringify(toWholeSessionObject(s), (_k, v) => (typeof v === 'bigint' ? Number(v) : v)),
            ),
            source,
            warnings: [],
          },
        };
      }
      const candidates = [
        { id: 'codex', confidence: 64, reason: 'file extension .jsonl' },
        { id: 'hail', confidence: 70, reason: 'file extension .jsonl' },
      ];
      const hint = b.parser_hint ?? null;
      if (hint === null || hint === '')
        return err(422, 'parser_selection_required', 'auto-detection failed; choose a parser and retry', {
          parser_candidates: candidates,
        });
      const parsed = await parseNative(hint as ProfileId, src.path, bytes);
      if (parsed === undefined) return err(422, 'parse_failed', 'all parser attempts failed');
      const s = redactSession(parsed, { stripHomePaths: false }).session;
      return {
        status: 200,
        body: {
          parser_used: hint,
          parser_candidates: candidates,
          session: JSON.parse(
            JSON.stringify(toWholeSessionObject(s), (_k, v) => (typeof v === 'bigint' ? Number(v) : v)),
          ),
          source,
          warnings: [],
          native_adapter: hint,
        },
      };
    }
    return err(404, 'not_found', `no route for ${method} ${p}`);
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    req.on('data', (b: Buffer) => parts.push(b));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
  });
}

export async function startWebTestServer(opts: WebTestOptions): Promise<WebTestServer> {
  const api = fixtureApi(opts);
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    void (async () => {
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) {
        const raw = req.method === 'POST' ? await readBody(req) : '';
        const r = await api(req.method ?? 'GET', url, raw === '' ? undefined : JSON.parse(raw));
        res.statusCode = r.status;
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        if (r.raw !== undefined) {
          res.setHeader('Content-Type', 'application/jsonl; charset=utf-8');
          res.end(r.raw);
        } else {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(r.body));
        }
        return;
      }
      const handled = await handleWeb(req, res, { api: (m, pq, b) => api(m, pq, b), reviewRoot: opts.reviewRoot });
      if (!handled) {
        res.statusCode = 405;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ code: 'method_not_allowed', message: `method ${req.method} not allowed for ${url}` }));
      }
    })().catch((e: unknown) => {
      res.statusCode = 500;
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
