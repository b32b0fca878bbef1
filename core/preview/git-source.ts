// Reading one file of a generic git remote through smart HTTP (daemon-and-server.md §3.7 "Generic git remotes"),
// for hosts without a raw-file endpoint. The system `git` fetches the single ref at depth 1 into a private temp bare
// repository. Its connection is pinned to the DNS answers that passed the address rules (`http.curloptResolve`),
// redirects, proxies, credential helpers and other protocols are off, the pack is capped at 10 MiB (the repository
// is measured while git runs) and the whole fetch at 10 s.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runGitRaw } from '../ledger/git-cli';
import { decodeUtf8Strict } from '../uri/encoding';
import { resolveChecked, type Resolver } from './fetch';
import { PREVIEW_MAX_BYTES, PreviewError } from './validate';

function dirSize(dir: string): number {
  let total = 0;
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        try {
          total += fs.statSync(p).size;
        } catch {
          // removed meanwhile
        }
      }
    }
  };
  walk(dir);
  return total;
}

const PROXY_VARS = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy',
  'NO_PROXY',
  'no_proxy',
];

export interface GitReadOptions {
  remote: URL;
  ref: string;
  path: string;
  allowPrivate: boolean;
  /** Parent of the temp repository (the server's data dir). */
  workDir: string;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
  resolver?: Resolver;
}

/** Fetches `ref` at depth 1 and returns the text of the blob at `path`. */
export async function readGitFile(o: GitReadOptions): Promise<string> {
  const resolved = await resolveChecked(o.remote.hostname, o.allowPrivate, o.resolver);
  const port = o.remote.port !== '' ? o.remote.port : o.remote.protocol === 'https:' ? '443' : '80';
  const host = o.remote.hostname.replace(/^\[(.*)\]$/, '$1');
  const addrs = resolved.addresses.map((a) => (a.family === 6 ? `[${a.address}]` : a.address)).join(',');
  fs.mkdirSync(o.workDir, { recursive: true, mode: 0o700 });
  const tmp = fs.mkdtempSync(path.join(o.workDir.length > 0 ? o.workDir : os.tmpdir(), 'preview-git-'));
  const env: Record<string, string | undefined> = {
    PATH: o.env.PATH,
    HOME: tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    LC_ALL: 'C',
  };
  for (const v of PROXY_VARS) delete env[v];
  const repo = path.join(tmp, 'repo.git');
  try {
    const init = await runGitRaw(['init', '-q', '--bare', repo], { cwd: tmp, baseEnv: env });
    if (init.code !== 0)
      throw new PreviewError(422, 'fetch_failed', 'source fetch failed: cannot create a work repository');
    const config = [
      `http.curloptResolve=${host}:${port}:${addrs}`,
      'http.followRedirects=false',
      'http.proxy=',
      'credential.helper=',
      'protocol.allow=never',
      `protocol.${o.remote.protocol === 'https:' ? 'https' : 'http'}.allow=always`,
      'http.lowSpeedLimit=1',
      'http.lowSpeedTime=10',
      'fetch.fsckObjects=true',
    ].flatMap((c) => ['-c', c]);
    const remote = o.remote.toString().replace(/\/$/, '');
    const fetchArgs = [...config, 'fetch', '-q', '--depth=1', '--no-tags', remote, `${o.ref}:refs/preview/tip`];
    await new Promise<void>((resolve, reject) => {
      const child = spawn('git', fetchArgs, {
        cwd: repo,
        env: env as NodeJS.ProcessEnv,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      let failure: PreviewError | undefined;
      child.stderr.on('data', (b: Buffer) => {
        if (stderr.length < 4096) stderr += b.toString('utf8');
      });
      const timer = setTimeout(() => {
        failure = new PreviewError(422, 'fetch_failed', 'source fetch timed out');
        child.kill('SIGKILL');
      }, o.timeoutMs ?? 10_000);
      const sizer = setInterval(() => {
        if (dirSize(repo) > PREVIEW_MAX_BYTES + 1024 * 1024) {
          failure = new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
          child.kill('SIGKILL');
        }
      }, 100);
      child.on('error', (err) => {
        clearTimeout(timer);
        clearInterval(sizer);
        reject(new PreviewError(422, 'fetch_failed', `source fetch failed: ${err.message}`));
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        clearInterval(sizer);
        if (failure) reject(failure);
        else if (code !== 0) {
          const line = stderr.split('\n').find((l) => l.trim() !== '') ?? `git exited with ${code}`;
          reject(new PreviewError(422, 'fetch_failed', `source fetch failed: ${line.replace(/^fatal: /, '').trim()}`));
        } else resolve();
      });
    });
    const size = await runGitRaw(['cat-file', '-s', `refs/preview/tip:${o.path}`], { cwd: repo, baseEnv: env });
    if (size.code !== 0) throw new PreviewError(422, 'fetch_failed', `path ${o.path} not found at ${o.ref}`);
    if (Number(size.stdout.toString().trim()) > PREVIEW_MAX_BYTES) {
      throw new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
    }
    const blob = await runGitRaw(['cat-file', 'blob', `refs/preview/tip:${o.path}`], { cwd: repo, baseEnv: env });
    if (blob.code !== 0) throw new PreviewError(422, 'fetch_failed', `path ${o.path} not found at ${o.ref}`);
    const text = blob.stdout.includes(0) ? undefined : decodeUtf8Strict(blob.stdout);
    if (text === undefined) throw new PreviewError(422, 'fetch_failed', 'binary files are not supported');
    return text;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
