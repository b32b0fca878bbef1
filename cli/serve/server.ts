// The HTTP transport of `opensession serve` (daemon-and-server.md §3.2-§3.4): node:http, raw-path routing,
// Host and CORS checks, JSON `{code,message}` errors for everything, and the seam to the web pages.
import * as http from 'node:http';
import type { Socket } from 'node:net';
import { decodeUtf8Strict } from '../../core/uri/encoding';
import { ApiError, errorResult, type ApiResult, type Route } from './api';
import type { ApiCall, WebHandler } from './contract';

export const BODY_LIMIT = 16 * 1024 * 1024;

export interface TransportSettings {
  /** Bound address (`127.0.0.1`, `::1`, `0.0.0.0`, …). */
  host: string;
  /** Extra allowed Host names (`OPENSESSION_ALLOWED_HOSTS`), lowercased. */
  allowedHosts: string[];
  /** Extra CORS origins, normalised. */
  allowedOrigins: string[];
  /** Port actually bound (set after listen). */
  port: () => number;
  log: (line: string) => void;
  reviewRoot?: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Strict percent-decoding of one path segment; undefined on a malformed escape or invalid UTF-8. */
export function decodeSegment(seg: string): string | undefined {
  if (!seg.includes('%')) return seg;
  if (/%(?![0-9A-Fa-f]{2})/.test(seg)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < seg.length;) {
    if (seg[i] === '%') {
      bytes.push(parseInt(seg.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const cp = seg.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      i += ch.length;
    }
  }
  return decodeUtf8Strict(Uint8Array.from(bytes));
}

/** Lowercase scheme and host, default port removed, no trailing `/`; undefined if not an http(s) origin. */
export function normaliseOrigin(origin: string): string | undefined {
  if (origin === 'null') return undefined;
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  if (u.pathname !== '/' || u.search !== '' || u.hash !== '' || u.username !== '' || u.password !== '') {
    return undefined;
  }
  return `${u.protocol}//${u.host}`;
}

/** Host header → hostname (port ignored, lowercased, trailing dot removed). */
export function hostnameOf(hostHeader: string): string {
  let h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    h = end < 0 ? h : h.slice(0, end + 1);
  } else {
    const colon = h.lastIndexOf(':');
    if (colon >= 0 && h.indexOf(':') === colon) h = h.slice(0, colon);
  }
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

interface Matched {
  route: Route;
  params: string[];
  path: string;
}

/** Splits the raw path on `/` before decoding; each parameter is decoded once. Throws 400 on bad encoding. */
export function matchRoute(routes: Map<string, Route>, rawPath: string): Matched | undefined {
  const segs = rawPath.split('/');
  const decoded: string[] = [];
  for (const seg of segs) {
    const d = decodeSegment(seg);
    if (d === undefined) throw new ApiError(400, 'bad_request', 'invalid percent-encoding in path');
    decoded.push(d);
  }
  for (const [pattern, route] of routes) {
    const ps = pattern.split('/');
    if (ps.length !== segs.length) continue;
    const params: string[] = [];
    let ok = true;
    for (let i = 0; i < ps.length; i++) {
      if (ps[i] === '*') {
        if (decoded[i] === '') ok = false;
        params.push(decoded[i]);
      } else if (ps[i] !== segs[i]) ok = false;
      if (!ok) break;
    }
    if (ok) return { route, params, path: decoded.join('/') };
  }
  return undefined;
}

function isJsonContentType(ct: string | undefined): boolean {
  if (ct === undefined) return false;
  return ct.split(';')[0].trim().toLowerCase() === 'application/json';
}

/** Parses a request body as a JSON object or throws the §3.2 errors. */
export function parseJsonBody(bytes: Buffer): Record<string, unknown> {
  const text = decodeUtf8Strict(bytes);
  let v: unknown;
  try {
    if (text === undefined) throw new Error('not UTF-8');
    v = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad_request', 'request body is not valid JSON');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new ApiError(400, 'bad_request', 'request body must be a JSON object');
  }
  return v as Record<string, unknown>;
}

const tooLarge = (): ApiError =>
  new ApiError(413, 'payload_too_large', `request body exceeds ${BODY_LIMIT} bytes`, { Connection: 'close' });

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const len = req.headers['content-length'];
    if (len !== undefined && /^[0-9]+$/.test(len) && Number(len) > BODY_LIMIT) {
      reject(tooLarge());
      return;
    }
    const parts: Buffer[] = [];
    let total = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > BODY_LIMIT) {
        done = true;
        req.pause();
        reject(tooLarge());
        return;
      }
      parts.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(parts));
    });
    req.on('error', (e) => {
      if (!done) reject(e);
    });
  });
}

const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff' };
const API_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

function send(res: http.ServerResponse, head: boolean, result: ApiResult, extra: Record<string, string> = {}): void {
  const headers: Record<string, string> = { ...BASE_HEADERS, ...API_HEADERS, ...extra, ...(result.headers ?? {}) };
  const body = Buffer.from(result.text ?? result.json ?? '', 'utf8');
  headers['Content-Length'] = String(body.length);
  res.writeHead(result.status, headers);
  res.end(head ? undefined : body);
}

function sendError(res: http.ServerResponse, head: boolean, err: ApiError, extra: Record<string, string> = {}): void {
  send(res, head, errorResult(err), extra);
}

const NOT_FOUND_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
  '<body><h1>404</h1><p>Not Found</p></body></html>';

/** `/git`, `/gh`, `/gh/*`, `/resolve`, `/resolve/*`, `/upload`: real 404s (§7). */
const RESERVED_404 = /^\/(git|gh|resolve|upload)(\/.*)?$/;

export interface ServerParts {
  server: http.Server;
  api: ApiCall;
}

export function createHttpServer(
  routes: Map<string, Route>,
  t: TransportSettings,
  loadWeb: () => Promise<WebHandler | undefined>,
): ServerParts {
  const allowedOrigin = (origin: string, hostHeader: string | undefined): boolean => {
    const norm = normaliseOrigin(origin);
    if (norm === undefined) return false;
    const port = t.port();
    const fixed = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];
    if (hostHeader !== undefined) {
      const same = normaliseOrigin(`http://${hostHeader}`);
      if (same !== undefined) fixed.push(same);
    }
    return fixed.map((o) => normaliseOrigin(o)).includes(norm) || t.allowedOrigins.includes(norm);
  };
  const hostAllowed = (hostHeader: string | undefined): boolean => {
    const checking = isLoopbackAddress(t.host) || t.allowedHosts.length > 0;
    if (!checking) return true;
    if (hostHeader === undefined) return false;
    const h = hostnameOf(hostHeader);
    return LOOPBACK_HOSTS.has(h) || t.allowedHosts.includes(h);
  };

  /** Dispatches one API request (no Host/CORS: those are transport concerns). */
  const dispatch = async (
    method: string,
    rawPath: string,
    query: URLSearchParams,
    headers: Record<string, string | undefined>,
    readJson: () => Promise<Record<string, unknown>>,
  ): Promise<ApiResult> => {
    try {
      const m = matchRoute(routes, rawPath);
      if (m === undefined) throw new ApiError(404, 'not_found', `no route for ${method} ${rawPath}`);
      if (!m.route.methods.includes(method)) {
        throw new ApiError(405, 'method_not_allowed', `method ${method} not allowed for ${m.path}`, {
          Allow: m.route.methods.join(', '),
        });
      }
      let body: Record<string, unknown> | undefined;
      if (m.route.body) {
        if (!isJsonContentType(headers['content-type'])) {
          throw new ApiError(415, 'unsupported_media_type', 'Content-Type must be application/json');
        }
        body = await readJson();
      }
      return await m.route.handle(m.params, query, body, headers);
    } catch (err) {
      if (err instanceof ApiError) return errorResult(err);
      t.log(`ERROR ${method} ${rawPath}: ${(err as Error).stack ?? String(err)}`);
      return errorResult(new ApiError(500, 'internal', 'internal server error'));
    }
  };

  const api: ApiCall = async (method, pathAndQuery, body) => {
    const q = pathAndQuery.indexOf('?');
    const rawPath = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : pathAndQuery.slice(q + 1));
    const m = method.toUpperCase();
    const r = await dispatch(m, rawPath, query, { 'content-type': 'application/json' }, async () => {
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new ApiError(400, 'bad_request', 'request body must be a JSON object');
      }
      return body as Record<string, unknown>;
    });
    return { status: r.status, body: r.json !== undefined ? (JSON.parse(r.json) as unknown) : r.text };
  };

  let web: WebHandler | undefined | null = null;
  const webHandler = async (): Promise<WebHandler | undefined> => {
    if (web === null) web = await loadWeb();
    return web;
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const qi = url.indexOf('?');
    const rawPath = qi < 0 ? url : url.slice(0, qi);
    const query = new URLSearchParams(qi < 0 ? '' : url.slice(qi + 1));
    const head = method === 'HEAD';
    const headers = req.headers as Record<string, string | undefined>;
    const origin = headers.origin;

    if (!hostAllowed(headers.host)) {
      sendError(res, head, new ApiError(403, 'forbidden', 'host not allowed'));
      return;
    }
    if (method === 'OPTIONS') {
      const reqMethod = headers['access-control-request-method'];
      if (origin === undefined || reqMethod === undefined) {
        res.writeHead(204, { ...BASE_HEADERS, Allow: 'GET, HEAD, POST, DELETE, OPTIONS', 'Cache-Control': 'no-store' });
        res.end();
        return;
      }
      let denial: string | undefined;
      if (!allowedOrigin(origin, headers.host)) denial = 'origin not allowed';
      else if (!['GET', 'HEAD', 'POST', 'DELETE'].includes(reqMethod.trim().toUpperCase())) {
        denial = `method not allowed: ${reqMethod.trim()}`;
      } else {
        const asked = (headers['access-control-request-headers'] ?? '')
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter((h) => h !== '');
        const badHeader = asked.find((h) => h !== 'content-type');
        if (badHeader !== undefined) denial = `header not allowed: ${badHeader}`;
      }
      if (denial !== undefined) {
        sendError(res, false, new ApiError(403, 'forbidden', denial));
        return;
      }
      res.writeHead(204, {
        ...BASE_HEADERS,
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, HEAD, POST, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      });
      res.end();
      return;
    }
    const cors: Record<string, string> = {};
    if (origin !== undefined) {
      if (allowedOrigin(origin, headers.host)) {
        cors['Access-Control-Allow-Origin'] = origin;
        cors.Vary = 'Origin';
      } else if (method !== 'GET' && method !== 'HEAD') {
        sendError(res, head, new ApiError(403, 'forbidden', 'origin not allowed'));
        return;
      }
    }

    if (rawPath === '/api' || rawPath.startsWith('/api/')) {
      let bodyError: ApiError | undefined;
      const result = await dispatch(method, rawPath, query, headers, async () => {
        try {
          return parseJsonBody(await readBody(req));
        } catch (err) {
          if (err instanceof ApiError) bodyError = err;
          throw err;
        }
      });
      // HEAD is answered like GET; a HEAD-only mismatch (e.g. HEAD on POST routes) keeps its 405.
      send(res, head, result, cors);
      if (bodyError?.status === 413) {
        res.on('finish', () => req.destroy());
      }
      return;
    }

    if (method !== 'GET' && method !== 'HEAD') {
      sendError(
        res,
        false,
        new ApiError(405, 'method_not_allowed', `method ${method} not allowed for ${rawPath}`, {
          Allow: 'GET, HEAD',
        }),
      );
      return;
    }
    if (!RESERVED_404.test(rawPath)) {
      const h = await webHandler();
      if (h !== undefined && (await h(req, res, { api, reviewRoot: t.reviewRoot }))) return;
    }
    res.writeHead(404, {
      ...BASE_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': String(Buffer.byteLength(NOT_FOUND_HTML)),
    });
    res.end(head ? undefined : NOT_FOUND_HTML);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      t.log(`ERROR ${req.method} ${req.url}: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) sendError(res, false, new ApiError(500, 'internal', 'internal server error'));
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    let status = 400;
    let code = 'bad_request';
    let message = 'malformed HTTP request';
    if (err.code === 'HPE_HEADER_OVERFLOW') {
      status = 431;
      code = 'request_header_fields_too_large';
      message = 'request headers too large';
    } else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'ERR_HTTP_HEADERS_TIMEOUT') {
      status = 408;
      code = 'request_timeout';
      message = 'request timed out';
    }
    const body = JSON.stringify({ code, message });
    const reason = http.STATUS_CODES[status] ?? 'Error';
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\n` +
        `X-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return { server, api };
}
