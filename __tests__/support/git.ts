// Real-git test support: isolated temp repositories and a loopback smart-HTTP remote (`git http-backend`).
// Every helper runs git with HOME pointed at a temp dir, so the developer's own config never leaks in.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

let isolatedHome: string | undefined;

/**
 * Points HOME (and XDG dirs) of this test process at a fresh temp dir and disables system config, so
 * both the helpers below and the code under test (which spawns git with process.env) see no user config.
 */
export function isolateGitEnv(): string {
  if (isolatedHome !== undefined && fs.existsSync(isolatedHome)) return isolatedHome;
  isolatedHome = fs.mkdtempSync(path.join(os.tmpdir(), 'os-home-'));
  process.env.HOME = isolatedHome;
  process.env.USERPROFILE = isolatedHome;
  process.env.XDG_CONFIG_HOME = path.join(isolatedHome, '.config');
  process.env.XDG_CACHE_HOME = path.join(isolatedHome, '.cache');
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  process.env.GIT_TERMINAL_PROMPT = '0';
  delete process.env.GIT_DIR;
  delete process.env.GIT_WORK_TREE;
  delete process.env.GIT_INDEX_FILE;
  delete process.env.GIT_CONFIG_GLOBAL;
  delete process.env.OPENSESSION_STRICT;
  delete process.env.OPENSESSION_INTERNAL_PUSH;
  return isolatedHome;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitCallOptions {
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
}

function gitEnv(extra?: Record<string, string | undefined>): Record<string, string> {
  isolateGitEnv();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...(extra ?? {}) })) if (v !== undefined) env[k] = v;
  env.LC_ALL = 'C';
  return env;
}

/** Runs git and returns exit code and output (never throws for a non-zero exit). */
export function gitRaw(cwd: string, args: readonly string[], options: GitCallOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { cwd, env: gitEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Runs `git <args>` in `cwd`; returns stdout without the trailing newline; throws with stderr on failure. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const res = await gitRaw(cwd, args);
  if (res.code !== 0) throw new Error(`git ${args.join(' ')} failed (${res.code}) in ${cwd}: ${res.stderr.trim()}`);
  return res.stdout.replace(/\n$/, '');
}

export interface TempRepo {
  dir: string;
  cleanup: () => void;
}

export interface TempRepoOptions {
  /** Initial branch (default `main`). */
  branch?: string;
  /** Create one commit (`README.md`) so HEAD is born (default false). */
  initialCommit?: boolean;
  bare?: boolean;
}

const tempDirs: string[] = [];

/** A temp dir removed by `cleanupTempDirs()` (or with the returned function). */
export function makeTempDir(prefix = 'os-test-'): string {
  isolateGitEnv();
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  tempDirs.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

const TEST_REPO_CONFIG =
  '[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n' +
  '[user]\n\tname = Test User\n\temail = test@example.com\n[commit]\n\tgpgsign = false\n';

/** The config file of a repository made by `git init`/`git clone` at `dir` (a `.git` dir or bare), else undefined. */
function plainConfigFile(dir: string): string | undefined {
  const dotGit = path.join(dir, '.git');
  if (fs.existsSync(dotGit)) return fs.statSync(dotGit).isDirectory() ? path.join(dotGit, 'config') : undefined;
  return fs.existsSync(path.join(dir, 'HEAD')) && fs.existsSync(path.join(dir, 'config'))
    ? path.join(dir, 'config')
    : undefined;
}

/**
 * Appends config sections to `file` unless it already has one of them (then a second copy would make the keys
 * multi-valued, which `git config <key> <value>` refuses to overwrite); returns whether it wrote.
 */
function appendConfig(file: string, sections: string): boolean {
  const current = fs.readFileSync(file, 'utf8');
  const headers = sections.split('\n').filter((l) => l.startsWith('['));
  if (headers.some((h) => current.includes(h))) return false;
  fs.writeFileSync(file, (current === '' || current.endsWith('\n') ? current : current + '\n') + sections);
  return true;
}

/**
 * Configures a repository the way every test repo should be configured. A repository freshly made by
 * `git init`/`git clone` gets the same lines `git config` would write appended to its config file (five
 * fewer git processes per test repository); anything else (a linked worktree, a submodule) goes through git.
 */
export async function configureTestRepo(dir: string): Promise<void> {
  const file = plainConfigFile(dir);
  if (file !== undefined && appendConfig(file, TEST_REPO_CONFIG)) return;
  await git(dir, 'config', 'gc.auto', '0');
  await git(dir, 'config', 'maintenance.auto', 'false');
  await git(dir, 'config', 'user.name', 'Test User');
  await git(dir, 'config', 'user.email', 'test@example.com');
  await git(dir, 'config', 'commit.gpgsign', 'false');
}

/** `git init` in a temp dir with gc/maintenance off and a local identity. */
export async function makeTempRepo(options: TempRepoOptions = {}): Promise<TempRepo> {
  const dir = makeTempDir(options.bare === true ? 'os-bare-' : 'os-repo-');
  await git(dir, 'init', '-q', ...(options.bare === true ? ['--bare'] : []), '-b', options.branch ?? 'main');
  await configureTestRepo(dir);
  if (options.initialCommit === true && options.bare !== true)
    await commitFile(dir, 'README.md', 'hello\n', 'initial commit');
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a file and commits it; returns the new commit sha. */
export async function commitFile(
  dir: string,
  file: string,
  content: string,
  message: string,
  env?: Record<string, string>,
): Promise<string> {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
  await git(dir, 'add', '--', file);
  const res = await gitRaw(dir, ['commit', '-q', '--no-verify', '-m', message], { env });
  if (res.code !== 0) throw new Error(`git commit failed: ${res.stderr}`);
  return git(dir, 'rev-parse', 'HEAD');
}

/** Clones `url` into a temp dir and configures it like `makeTempRepo`. */
export async function cloneTemp(url: string): Promise<TempRepo> {
  const parent = makeTempDir('os-clone-');
  const dir = path.join(parent, 'clone');
  await git(parent, 'clone', '-q', url, dir);
  await configureTestRepo(dir);
  return { dir, cleanup: () => fs.rmSync(parent, { recursive: true, force: true }) };
}

export interface GitHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:43210`. */
  url: string;
  /** Clone URL of the bare repository `repo.git` created at start. */
  repoUrl: string;
  /** Directory of that bare repository (inspect it with `git(bareDir, ...)`). */
  bareDir: string;
  /** Directory served as GIT_PROJECT_ROOT. */
  projectRoot: string;
  /** Creates (if needed) a bare repository `<name>` under the project root and returns its clone URL. */
  createRepo: (name?: string) => Promise<{ url: string; dir: string }>;
  /** Requests served so far (method + path), for asserting that something did or did not touch the network. */
  requests: string[];
  /** The Authorization header of each request in `requests` (same index; '' when absent). */
  authorizations: string[];
  stop: () => Promise<void>;
}

function parseCgi(out: Buffer): { status: number; headers: Array<[string, string]>; body: Buffer } {
  let sep = out.indexOf('\r\n\r\n');
  let sepLen = 4;
  const lf = out.indexOf('\n\n');
  if (sep === -1 || (lf !== -1 && lf < sep)) {
    sep = lf;
    sepLen = 2;
  }
  if (sep === -1) return { status: 502, headers: [], body: out };
  const headers: Array<[string, string]> = [];
  let status = 200;
  for (const line of out.subarray(0, sep).toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = parseInt(value, 10) || 200;
    else headers.push([name, value]);
  }
  return { status, headers, body: out.subarray(sep + sepLen) };
}

/**
 * A smart-HTTP git server on 127.0.0.1 (random port) that runs `git http-backend` as CGI for bare
 * repositories in a temp project root; receive-pack is enabled. `createRepo()` makes `repo.git` by default.
 */
export async function startGitHttpServer(): Promise<GitHttpServer> {
  const projectRoot = makeTempDir('os-http-');
  const requests: string[] = [];
  const authorizations: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method ?? 'GET'} ${url.pathname}`);
    authorizations.push(req.headers.authorization ?? '');
    const env = gitEnv({
      GIT_PROJECT_ROOT: projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_ADDR: '127.0.0.1',
      REMOTE_USER: 'test',
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      HTTP_GIT_PROTOCOL: (req.headers['git-protocol'] as string | undefined) ?? '',
    });
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', () => undefined);
    child.stdin.on('error', () => undefined);
    req.pipe(child.stdin);
    child.on('close', () => {
      const { status, headers, body } = parseCgi(Buffer.concat(out));
      res.statusCode = status;
      for (const [k, v] of headers) res.setHeader(k, v);
      res.end(body);
    });
    child.on('error', () => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const createRepo = async (name = 'repo.git'): Promise<{ url: string; dir: string }> => {
    const dir = path.join(projectRoot, name);
    if (!fs.existsSync(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      await git(dir, 'init', '-q', '--bare', '-b', 'main');
      const config = '[http]\n\treceivepack = true\n[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n';
      if (!appendConfig(path.join(dir, 'config'), config)) {
        await git(dir, 'config', 'http.receivepack', 'true');
        await git(dir, 'config', 'gc.auto', '0');
        await git(dir, 'config', 'maintenance.auto', 'false');
      }
    }
    return { url: `${base}/${name}`, dir };
  };
  const first = await createRepo();
  return {
    url: base,
    repoUrl: first.url,
    bareDir: first.dir,
    projectRoot,
    requests,
    authorizations,
    createRepo,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One loopback git server for the calling suite (or `describe` block): started in `beforeAll`, stopped in
 * `afterAll`, which then also removes the suite's temp dirs (`cleanupTempDirs`). Call it at the top level before
 * the hooks that use the server; the returned handle forwards to the running server inside hooks and tests.
 */
export function useGitHttpServer(): GitHttpServer {
  let started: GitHttpServer | undefined;
  beforeAll(async () => {
    started = await startGitHttpServer();
  });
  afterAll(async () => {
    await started?.stop();
    started = undefined;
    cleanupTempDirs();
  });
  const running = (): GitHttpServer => {
    if (started === undefined)
      throw new Error('the git server runs from beforeAll to afterAll: use it in hooks and tests');
    return started;
  };
  return {
    get url() {
      return running().url;
    },
    get repoUrl() {
      return running().repoUrl;
    },
    get bareDir() {
      return running().bareDir;
    },
    get projectRoot() {
      return running().projectRoot;
    },
    get requests() {
      return running().requests;
    },
    get authorizations() {
      return running().authorizations;
    },
    createRepo: (name) => running().createRepo(name),
    stop: () => running().stop(),
  };
}
