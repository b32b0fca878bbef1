// HTML building blocks for the viewer pages (daemon-and-server.md §4.1): escaping, the JSON island, the layout
// and the headers every page carries.
import type { ServerResponse } from 'node:http';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/**
 * JSON for `<script type="application/json">`: `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX`, so no session
 * text can close the element or break a JavaScript parser that reads it.
 */
export function jsonIsland(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
  return `<script type="application/json" id="${esc(id)}">${json}</script>`;
}

export const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['/', 'search'],
  ['n / p', 'next / previous match'],
  ['Esc', 'clear search'],
  ['1–9', 'toggle filter chips'],
];

export interface PageOptions {
  title: string;
  body: string;
  /** Marks the page for the script (`data-page` on `<body>`). */
  page: string;
}

export function layout(o: PageOptions): string {
  const keys = SHORTCUTS.map(([k, what]) => `<li><kbd>${esc(k)}</kbd> ${esc(what)}</li>`).join('');
  return (
    '<!doctype html>\n' +
    '<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="color-scheme" content="light dark">' +
    `<title>${esc(o.title)} · OpenSession</title>` +
    '<link rel="stylesheet" href="/assets/app.css">' +
    '<script src="/assets/app.js" defer></script>' +
    `</head><body data-page="${esc(o.page)}">` +
    '<header class="site-header"><a class="brand" href="/">OpenSession</a>' +
    '<nav aria-label="Main"><a href="/">Sessions</a></nav></header>' +
    o.body +
    `<footer class="site-footer"><h2 class="visually-hidden">Keyboard shortcuts</h2><ul class="shortcuts">${keys}</ul></footer>` +
    '</body></html>\n'
  );
}

export function pageHeaders(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
}

/** Writes a page (no body for HEAD). */
export function sendPage(res: ServerResponse, method: string, status: number, html: string): void {
  pageHeaders(res, status);
  const body = Buffer.from(html, 'utf8');
  res.setHeader('Content-Length', String(body.length));
  res.end(method === 'HEAD' ? undefined : body);
}

export function notFoundPage(): string {
  return layout({
    title: 'Not Found',
    page: 'not-found',
    body: '<main id="not-found"><h1>404</h1><p>Not Found</p><p><a href="/">Back to sessions</a></p></main>',
  });
}

/** A page with one message box (bad source paths, disabled features). */
export function messagePage(title: string, message: string, page = 'message'): string {
  return layout({
    title,
    page,
    body: `<main id="message-page"><h1>${esc(title)}</h1><p class="notice" role="alert">${esc(message)}</p><p><a href="/">Back to sessions</a></p></main>`,
  });
}
