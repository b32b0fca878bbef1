// Starts the bundled `opensession serve --port 0` in a child process and waits for its listening line.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLED_CLI } from './cli';

export interface StartServerOptions {
  /** HOME of the server (registry, global object store); a fresh temp dir by default. */
  home?: string;
  /** Working directory (its repo is indexed too); `home` by default. */
  cwd?: string;
  /** `--data-dir`; a fresh temp dir by default. */
  dataDir?: string;
  /** Extra arguments after `serve --port 0 --data-dir <dir>`. */
  args?: string[];
  /** Extra environment (merged over PATH, HOME, GIT_CONFIG_NOSYSTEM). */
  env?: Record<string, string | undefined>;
  /** Milliseconds to wait for the listening line. */
  timeoutMs?: number;
}

export interface RunningTestServer {
  url: string;
  port: number;
  home: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr: () => string;
  /** SIGTERM, then wait for exit; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

export async function startServer(opts: StartServerOptions = {}): Promise<RunningTestServer> {
  const home = opts.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'os-serve-home-'));
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'os-serve-data-'));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    ...opts.env,
  };
  const child = spawn(
    process.execPath,
    [BUNDLED_CLI, 'serve', '--port', '0', '--data-dir', dataDir, ...(opts.args ?? [])],
    { cwd: opts.cwd ?? home, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (b: Buffer) => (err += b.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve did not start within ${opts.timeoutMs ?? 20000} ms: ${err}`)),
      opts.timeoutMs ?? 20000,
    );
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      const m = /opensession serve: listening on (http:\/\/\S+)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening: ${err}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    home,
    dataDir,
    child,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
