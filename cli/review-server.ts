// The local review server (git-native.md §14.6): `opensession serve --review-root <root>/.opensession/review` on
// 127.0.0.1:8788, reused when it already serves the bundle, started detached otherwise; and the browser opener.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { GuidedError, OpenSessionError } from '../core/errors';
import { reviewRootDir } from '../core/review/bundle';
import type { CliContext } from './context';

/** `http://127.0.0.1:8788`; `OPENSESSION_REVIEW_PORT` moves it (tests, or a machine where 8788 is taken). */
export function localReviewBase(env: Record<string, string | undefined>): string {
  const p = (env.OPENSESSION_REVIEW_PORT ?? '').trim();
  const port = /^[0-9]{1,5}$/.test(p) && Number(p) > 0 && Number(p) < 65536 ? Number(p) : 8788;
  return `http://127.0.0.1:${port}`;
}

export function localReviewUrl(env: Record<string, string | undefined>, reviewId: string): string {
  return `${localReviewBase(env)}/review/local/${reviewId}`;
}

/** GET with a 1 s timeout; resolves the status (0 when nothing answered). */
function probe(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 1000, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
    req.on('error', () => resolve(0));
  });
}

async function readiness(base: string, reviewId: string): Promise<{ api: boolean; page: boolean }> {
  const [api, page] = await Promise.all([
    probe(`${base}/api/review/local/${reviewId}`),
    probe(`${base}/review/local/${reviewId}`),
  ]);
  return { api: api === 200, page: page === 200 };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** §14.6: ready → reuse; another directory's server → guided error; nothing → spawn and poll 40 × 250 ms. */
export async function ensureLocalReviewServer(ctx: CliContext, root: string, reviewId: string): Promise<void> {
  const base = localReviewBase(ctx.env);
  const first = await readiness(base, reviewId);
  if (first.api && first.page) return;
  if ((await probe(`${base}/api/health`)) === 200) {
    throw new GuidedError(`a local review server for another directory is already running at ${base}`, [
      'stop that server, then retry',
      'or open the bundle through it by running the command from that directory',
    ]);
  }
  spawnServer(ctx, root, base);
  let last = { api: false, page: false };
  for (let i = 0; i < 40; i++) {
    await sleep(250);
    last = await readiness(base, reviewId);
    if (last.api && last.page) return;
  }
  throw new OpenSessionError(
    `local review server is unavailable at ${base} (api_ok=${last.api}, page_ok=${last.page}); see .opensession/server-data/logs/review-server.log`,
  );
}

function spawnServer(ctx: CliContext, root: string, base: string): void {
  const dataDir = path.join(root, '.opensession', 'server-data');
  const logDir = path.join(dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const log = fs.openSync(path.join(logDir, 'review-server.log'), 'a');
  const entry = process.argv[1];
  if (entry === undefined) throw new OpenSessionError('cannot start the local review server: unknown CLI entry script');
  const port = new URL(base).port;
  try {
    const child = spawn(
      process.execPath,
      [entry, 'serve', '--port', port, '--review-root', reviewRootDir(root), '--data-dir', dataDir],
      { cwd: root, detached: true, stdio: ['ignore', log, log], env: ctx.env as NodeJS.ProcessEnv },
    );
    child.on('error', () => undefined);
    child.unref();
  } finally {
    fs.closeSync(log);
  }
}

/** For source pages (§13.2 step 2): any local server that answers `/api/health` will do; else start one. */
export async function ensureLocalServer(ctx: CliContext, root: string): Promise<void> {
  const base = localReviewBase(ctx.env);
  if ((await probe(`${base}/api/health`)) === 200) return;
  spawnServer(ctx, root, base);
  for (let i = 0; i < 40; i++) {
    await sleep(250);
    if ((await probe(`${base}/api/health`)) === 200) return;
  }
  throw new OpenSessionError(
    `local review server is unavailable at ${base}; see .opensession/server-data/logs/review-server.log`,
  );
}

/** Opens `url` in the user's browser (§13.3); a failed launch only warns. Resolves whether it launched. */
export async function openInBrowser(ctx: CliContext, url: string): Promise<boolean> {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const cause = await new Promise<string | undefined>((resolve) => {
    try {
      const child = spawn(cmd, args, { stdio: 'ignore', env: ctx.env as NodeJS.ProcessEnv });
      child.on('error', (e) => resolve(e.message));
      child.on('exit', (code) => resolve(code === 0 ? undefined : `${cmd} exited with status ${code}`));
    } catch (e) {
      resolve(e instanceof Error ? e.message : String(e));
    }
  });
  if (cause !== undefined) {
    ctx.stderr(`[opensession] Warning: could not open a browser: ${cause}\n`);
    return false;
  }
  return true;
}
