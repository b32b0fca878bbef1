// Starts `opensession serve`: the lock, the index (SQLite or PostgreSQL), the HTTP server; stops on SIGTERM/SIGINT.
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { OpenSessionError } from '../../core/errors';
import { Indexer } from '../../core/index/indexer';
import { PostgresDriver } from '../../core/index/postgres';
import { SqliteDriver } from '../../core/index/sqlite';
import { IndexStorage } from '../../core/index/storage';
import { findRepoRoot } from '../../core/store';
import type { CliContext } from '../context';
import { apiRoutes } from './api';
import type { WebHandler } from './contract';
import { createPreviewHandler } from './preview';
import { reviewApiRoute } from './web/review-bundle';
import { createHttpServer, isLoopbackAddress } from './server';
import type { ServeSettings } from './settings';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `serve.lock` (§3.1): one server per data dir; a lock naming a dead pid is stale and replaced. */
export function acquireLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = path.join(dataDir, 'serve.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lock, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(lock, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lock);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const text = fs.readFileSync(lock, 'utf8').trim();
      const pid = /^[1-9][0-9]*$/.test(text) ? Number(text) : undefined;
      if (pid !== undefined && pid !== process.pid && pidAlive(pid)) {
        throw new OpenSessionError(`another opensession serve is using ${dataDir} (pid ${pid})`);
      }
      fs.rmSync(lock, { force: true });
    }
  }
  throw new OpenSessionError(`could not lock ${dataDir}`);
}

export interface RunningServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
  done: Promise<void>;
}

export async function startServe(s: ServeSettings, ctx: CliContext, version: string): Promise<RunningServer> {
  const release = acquireLock(s.dataDir);
  let storage: IndexStorage;
  try {
    const driver = s.databaseUrl
      ? await PostgresDriver.connect(s.databaseUrl).catch((err: unknown) => {
          throw new OpenSessionError(`cannot connect to the PostgreSQL index: ${(err as Error).message}`);
        })
      : new SqliteDriver(path.join(s.dataDir, 'index.sqlite3'));
    storage = new IndexStorage(driver);
    await storage.open();
  } catch (err) {
    release();
    throw err;
  }
  const log = (line: string): void => ctx.stderr(`${new Date().toISOString()} ${line}\n`);
  const cwdRepo = findRepoRoot(ctx.cwd);
  const indexer = new Indexer(storage, {
    home: s.home,
    extraRepos: [...s.repos, ...(cwdRepo ? [cwdRepo] : [])],
    env: ctx.env,
    warn: (m) => log(`WARN  ${m}`),
  });
  const apiSettings = {
    version,
    parsePreview: s.parsePreview,
    adminKey: s.adminKey,
    now: () => new Date(),
    freshMs: s.freshMs,
  };
  const routes = apiRoutes(indexer, apiSettings, createPreviewHandler(s, ctx.env, version));
  routes.set('/api/review/local/*', reviewApiRoute(s.reviewRoot)); // §4.6, owned by the web module
  let boundPort = s.port;
  const loadWeb = async (): Promise<WebHandler | undefined> => {
    try {
      return (await import('./web/index')).handleWeb;
    } catch {
      return undefined;
    }
  };
  const { server } = createHttpServer(
    routes,
    {
      host: s.host,
      allowedHosts: s.allowedHosts,
      allowedOrigins: s.allowedOrigins,
      port: () => boundPort,
      log,
      reviewRoot: s.reviewRoot,
    },
    loadWeb,
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(s.port, s.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await storage.close();
    release();
    throw new OpenSessionError(`cannot listen on ${s.host}:${s.port}: ${(err as Error).message}`);
  }
  boundPort = (server.address() as AddressInfo).port;
  const hostPart = s.host.includes(':') ? `[${s.host}]` : s.host;
  const url = `http://${hostPart}:${boundPort}`;
  ctx.stdout(`opensession serve: listening on ${url}\n`);
  if (!isLoopbackAddress(s.host)) {
    ctx.stderr(`warning: opensession serve is reachable from the network on ${hostPart}:${boundPort}\n`);
  }
  void indexer.refresh(0); // the initial full scan; sessions routes await it

  let stopping: Promise<void> | undefined;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const stop = (): Promise<void> => {
    if (stopping) return stopping;
    stopping = (async () => {
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      const deadline = setTimeout(() => server.closeAllConnections(), 5000);
      await closed;
      clearTimeout(deadline);
      await indexer.refresh(60_000).catch(() => undefined); // let an in-flight refresh finish before closing
      await storage.close().catch(() => undefined);
      release();
      resolveDone();
    })();
    return stopping;
  };
  return { url, port: boundPort, stop, done };
}
