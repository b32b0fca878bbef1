// The seam between the HTTP server (API v1, session index) and the web pages (viewer, local review):
// the server owns sockets, Host/CORS checks and /api/*; it hands every other GET/HEAD to the web handler,
// which calls the API in-process through `api` (same shapes and status codes as over HTTP).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ApiResponse {
  status: number;
  /** The parsed JSON body the API would send. */
  body: unknown;
}

/** Calls an API v1 route in-process, e.g. `api('GET', '/api/sessions?search=x')`. */
export type ApiCall = (method: string, pathAndQuery: string, body?: unknown) => Promise<ApiResponse>;

export interface WebContext {
  api: ApiCall;
  /** `serve --review-root`: where `opensession review` writes `.opensession/review/<id>/bundle.json`. */
  reviewRoot?: string;
}

/** Handles a page request; resolves true when it answered, false to let the server answer 404. */
export type WebHandler = (req: IncomingMessage, res: ServerResponse, ctx: WebContext) => Promise<boolean>;
