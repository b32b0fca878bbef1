// Fake GitHub and GitLab REST servers on real loopback sockets, with scripted faults. Each server records every
// request (method, path with query, body, time on the injected clock) so tests assert the exact sequence.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  /** Path with query, as received. */
  path: string;
  body: string;
  /** Injected-clock time (ms) when the request arrived. */
  at: number;
  /** Wall time (ms, performance.now) when it arrived. */
  wallAt: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A route answers with a script: one reply per call, the last one repeating. */
export type Handler = (req: Recorded, n: number) => Reply;

export interface FakeApi {
  url: string;
  requests: Recorded[];
  /** `METHOD /path` (query ignored) → handler; a later registration wins. Unknown routes answer 404. */
  route(method: string, path: string | RegExp, handler: Handler | Reply[]): void;
  stop(): Promise<void>;
}

export async function startFakeApi(clock: () => number = () => 0): Promise<FakeApi> {
  const routes: Array<{ method: string; path: string | RegExp; handler: Handler; calls: number }> = [];
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec: Recorded = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body: Buffer.concat(chunks).toString('utf8'),
        at: clock(),
        wallAt: performance.now(),
      };
      requests.push(rec);
      const bare = rec.path.split('?')[0];
      // The latest registration wins, so a test can override a default route.
      const r = [...routes]
        .reverse()
        .find((x) => x.method === rec.method && (typeof x.path === 'string' ? x.path === bare : x.path.test(bare)));
      const reply: Reply =
        r === undefined ? { status: 404, body: { message: 'Not Found' } } : r.handler(rec, r.calls++);
      res.statusCode = reply.status;
      res.setHeader('content-type', 'application/json');
      res.setHeader('connection', 'close');
      for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, path, handler) {
      const h: Handler = Array.isArray(handler) ? (_req, n) => handler[Math.min(n, handler.length - 1)] : handler;
      routes.push({ method, path, handler: h, calls: 0 });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fake clock whose sleep advances time instantly; `slept` lists every wait. */
export function fakeClock(start = Date.UTC(2026, 0, 2, 3, 4, 5)): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  slept: number[];
} {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    random: () => 0.5,
    slept,
  };
}

/** `n` GitHub issue comments: ids from `firstId`, author and body chosen per index. */
export function githubComments(
  n: number,
  firstId: number,
  pick: (i: number) => { login: string; body: string; updated?: string },
): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => {
    const p = pick(i);
    const at = p.updated ?? `2026-01-01T00:${String(i % 60).padStart(2, '0')}:00Z`;
    return {
      id: firstId + i,
      body: p.body,
      user: { login: p.login, type: p.login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: at,
      updated_at: at,
      html_url: `https://github.com/acme/widgets/pull/18#issuecomment-${firstId + i}`,
    };
  });
}
