// The web pages of `opensession serve` (daemon-and-server.md §4): the server hands every non-/api GET/HEAD here.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebContext, WebHandler } from '../contract';
import { APP_CSS } from './assets/app-css';
import { APP_JS } from './assets/app-js';
import { messagePage, notFoundPage, sendPage } from './html';
import { renderListPage, renderReviewPage, renderSessionShell, renderSourceShell } from './pages';
import { readLocalReviewBundle } from './review-bundle';
import { parserHintFrom, parseSourceRoute } from './source-route';

export { readLocalReviewBundle } from './review-bundle';

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

function asset(text: string, type: string): Asset {
  const body = Buffer.from(text, 'utf8');
  return { body, type, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"` };
}

const ASSETS: Record<string, Asset> = {
  '/assets/app.js': asset(APP_JS, 'text/javascript; charset=utf-8'),
  '/assets/app.css': asset(APP_CSS, 'text/css; charset=utf-8'),
};

function sendAsset(req: IncomingMessage, res: ServerResponse, a: Asset): void {
  res.setHeader('Content-Type', a.type);
  res.setHeader('ETag', a.etag);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const match = (req.headers['if-none-match'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .includes(a.etag);
  if (match) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Length', String(a.body.length));
  res.end(req.method === 'HEAD' ? undefined : a.body);
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 308;
  res.setHeader('Location', location);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Content-Length', '0');
  res.end();
}

/** Decodes one raw path piece strictly (undefined on bad percent-encoding or invalid UTF-8). */
function decodePiece(p: string): string | undefined {
  try {
    return decodeURIComponent(p);
  } catch {
    return undefined;
  }
}

const RESERVED = /^\/(git|gh|resolve|upload)(\/.*)?$/;

export async function routeWeb(req: IncomingMessage, res: ServerResponse, ctx: WebContext): Promise<boolean> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return false;
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const rawPath = q < 0 ? raw : raw.slice(0, q);
  const search = q < 0 ? '' : raw.slice(q);
  const params = new URLSearchParams(search);
  const send = (status: number, html: string): boolean => {
    sendPage(res, method, status, html);
    return true;
  };
  if (Object.hasOwn(ASSETS, rawPath)) {
    sendAsset(req, res, ASSETS[rawPath]);
    return true;
  }
  if (rawPath === '/favicon.ico') {
    res.statusCode = 204;
    res.setHeader('Cache-Control', 'no-cache');
    res.end();
    return true;
  }
  if (rawPath === '/') return send(200, await renderListPage(ctx.api, params));
  if (rawPath === '/sessions' || rawPath === '/sessions/') {
    redirect(res, `/${search}`);
    return true;
  }
  if (RESERVED.test(rawPath)) return send(404, notFoundPage());
  const pieces = rawPath.split('/').slice(1);
  if (pieces[0] === 'session' && pieces.length === 2 && pieces[1] !== '') {
    redirect(res, `/sessions/${pieces[1]}${search}`);
    return true;
  }
  if (pieces[0] === 'sessions' && pieces.length === 2 && pieces[1] !== '') {
    const id = decodePiece(pieces[1]);
    if (id === undefined) return send(404, notFoundPage());
    const r = await ctx.api('GET', `/api/sessions/${encodeURIComponent(id)}`);
    if (r.status === 404) return send(404, notFoundPage());
    return send(200, renderSessionShell(id));
  }
  if (pieces[0] === 'src' && pieces.length >= 2) {
    const route = parseSourceRoute(pieces.slice(1).join('/'));
    if (!route.ok) return send(route.status, messagePage('Source timeline', route.message, 'source-error'));
    return send(
      200,
      renderSourceShell(route.provider, route.source, parserHintFrom(params.get('parser_hint')), params),
    );
  }
  if (pieces[0] === 'review' && pieces[1] === 'local' && pieces.length === 3) {
    const id = decodePiece(pieces[2]) ?? '';
    const r = readLocalReviewBundle(ctx.reviewRoot, id);
    if (!r.ok) {
      if (r.status === 404 && ctx.reviewRoot !== undefined) return send(404, notFoundPage());
      return send(r.status, messagePage('Local review', r.message, 'review-error'));
    }
    return send(200, renderReviewPage(r.bundle));
  }
  return send(404, notFoundPage());
}

/** The `WebHandler` of the seam (`cli/serve/contract.ts`). */
export const handleWeb: WebHandler = routeWeb;
