// The server/web seam (cli/serve/contract.ts): non-API GET/HEAD go to the injected WebHandler, whose `api` calls
// the same route handlers in-process with the HTTP shapes; reserved paths never reach it.
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { apiRoutes } from '../../../cli/serve/api';
import type { WebHandler } from '../../../cli/serve/contract';
import { createHttpServer } from '../../../cli/serve/server';
import { Indexer } from '../../../core/index/indexer';
import { SqliteDriver } from '../../../core/index/sqlite';
import { IndexStorage } from '../../../core/index/storage';
import { httpRequest } from '../../support/http';
import { globalObjectStore, hailText, writeObject } from '../../support/sessions';

test('web pages call the API in-process', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'os-seam-'));
  writeObject(
    globalObjectStore(home),
    hailText({ id: 'seam-1', title: 'Seam title', createdAt: '2026-01-01T00:00:00Z' }),
  );
  const storage = new IndexStorage(new SqliteDriver(':memory:'));
  await storage.open();
  const indexer = new Indexer(storage, { home, extraRepos: [], env: process.env, warn: () => undefined });
  void indexer.refresh(0);
  const routes = apiRoutes(
    indexer,
    { version: '9.9.9', parsePreview: true, adminKey: '', now: () => new Date() },
    async () => ({ status: 200, json: '{}' }),
  );
  const seen: string[] = [];
  const web: WebHandler = async (req, res, ctx) => {
    seen.push(req.url ?? '');
    if (req.url !== '/list') return false;
    const list = await ctx.api('GET', '/api/sessions?search=seam');
    const missing = await ctx.api('GET', '/api/sessions/nope');
    const badPage = await ctx.api('GET', '/api/sessions?page=0');
    const preview = await ctx.api('POST', '/api/parse/preview', [1]);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ list, missing, badPage, preview }));
    return true;
  };
  let port = 0;
  const { server } = createHttpServer(
    routes,
    { host: '127.0.0.1', allowedHosts: [], allowedOrigins: [], port: () => port, log: () => undefined },
    async () => web,
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  try {
    const r = await httpRequest(`http://127.0.0.1:${port}/list`);
    expect(r.status).toBe(200);
    const body = r.json() as Record<string, { status: number; body: Record<string, unknown> }>;
    expect(body.list.status).toBe(200);
    expect((body.list.body.sessions as Array<{ title: string }>).map((s) => s.title)).toEqual(['Seam title']);
    expect(body.missing).toEqual({ status: 404, body: { code: 'not_found', message: 'session not found' } });
    expect(body.badPage.status).toBe(400);
    expect(body.preview).toEqual({
      status: 400,
      body: { code: 'bad_request', message: 'request body must be a JSON object' },
    });
    const other = await httpRequest(`http://127.0.0.1:${port}/elsewhere`);
    expect(other.status).toBe(404);
    expect(other.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await httpRequest(`http://127.0.0.1:${port}/gh/acme/demo`)).status).toBe(404);
    expect(seen).toEqual(['/list', '/elsewhere']);
  } finally {
    server.close();
    await storage.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
