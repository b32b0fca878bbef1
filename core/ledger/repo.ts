// Repository discovery and ref reads without git (§1, §4.2 step 1): repo root, git dir, common dir.
import * as fs from 'fs';
import * as path from 'path';
import { OpenSessionError } from '../errors';
import { plainConfigGet } from './git-config';
import { runGit } from './git-cli';
import { normalizeRepoName, stripCredentials } from './refs';

export const ZERO_OID = '0000000000000000000000000000000000000000';

export interface Repo {
  /** Work tree root (the directory holding `.git`). */
  root: string;
  /** The worktree's git dir: holds `HEAD` and `logs/HEAD`. */
  gitDir: string;
  /** The shared git dir: holds objects and refs. */
  commonDir: string;
}

/** Walks up from `start` to the first directory with a `.git` entry (file or directory). */
export function findRepoRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Opens the repository whose root is `root` (it must contain `.git`). */
export function openRepo(root: string): Repo {
  const abs = path.resolve(root);
  const dotGit = path.join(abs, '.git');
  let st: fs.Stats;
  try {
    st = fs.statSync(dotGit);
  } catch {
    throw new OpenSessionError(`not a git repository: ${abs}`);
  }
  let gitDir = dotGit;
  if (st.isFile()) {
    const text = fs.readFileSync(dotGit, 'utf8');
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
    if (m === null) throw new OpenSessionError(`not a git repository: ${abs}`);
    gitDir = path.resolve(abs, m[1]);
  }
  let commonDir = gitDir;
  try {
    const common = fs.readFileSync(path.join(gitDir, 'commondir'), 'utf8').trim();
    if (common !== '') commonDir = path.resolve(gitDir, common);
  } catch {
    // no commondir file: the git dir is the common dir
  }
  return { root: abs, gitDir, commonDir };
}

/** Opens the repository containing `start` (walk-up), or throws `not a git repository`. */
export function discoverRepo(start: string): Repo {
  const root = findRepoRoot(start);
  if (root === undefined) throw new OpenSessionError(`not a git repository: ${path.resolve(start)}`);
  return openRepo(root);
}

function readPackedRef(dir: string, ref: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, 'packed-refs'), 'utf8');
  } catch {
    return undefined;
  }
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('^')) continue;
    const sp = line.indexOf(' ');
    if (sp > 0 && line.slice(sp + 1).trimEnd() === ref) return line.slice(0, sp);
  }
  return undefined;
}

/** The value of `ref`: loose file, else `packed-refs`, else undefined. Follows symbolic refs. */
export function readRef(dir: string, ref: string, depth = 0): string | undefined {
  let text: string | undefined;
  try {
    text = fs.readFileSync(path.join(dir, ref), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') {
      throw new OpenSessionError(`io error: ${(err as Error).message}`);
    }
  }
  if (text !== undefined) {
    const value = text.trim();
    if (value.startsWith('ref:')) {
      if (depth > 5) return undefined;
      return readRef(dir, value.slice(4).trim(), depth + 1);
    }
    if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)) return value;
    return undefined;
  }
  return readPackedRef(dir, ref);
}

export interface HeadInfo {
  /** Short branch name of a symbolic HEAD (also when unborn), or `HEAD` when detached. */
  branch: string;
  /** The commit HEAD resolves to; undefined for an unborn branch. */
  head?: string;
}

/** Reads `HEAD` of the worktree git dir (§2.3 inputs). */
export function readHead(repo: Repo): HeadInfo {
  let text: string;
  try {
    text = fs.readFileSync(path.join(repo.gitDir, 'HEAD'), 'utf8').trim();
  } catch (err) {
    throw new OpenSessionError(`io error: ${(err as Error).message}`);
  }
  if (text.startsWith('ref:')) {
    const target = text.slice(4).trim();
    const branch = target.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : target;
    return { branch, head: readRef(repo.commonDir, target) };
  }
  return { branch: 'HEAD', head: /^[0-9a-f]{40}/.test(text) ? text : undefined };
}

export interface RepoFacts {
  remote?: string;
  repo_name?: string;
}

/**
 * §2.4: credential-stripped URL of `origin` (else of `fallbackRemote`) and its repo name. With `env`, plain
 * config files are read directly instead of starting `git config` (git is asked whenever they are not plain).
 */
export async function readRepoFacts(
  repo: Repo,
  fallbackRemote?: string,
  env?: Record<string, string | undefined>,
): Promise<RepoFacts> {
  const urlOf = async (name: string): Promise<string | undefined> => {
    if (name.includes('://') || /^[^\s/@:]+@[^\s/:]+:/.test(name)) return name;
    const plain =
      env !== undefined ? plainConfigGet(repo.commonDir, repo.gitDir, 'remote', name, 'url', env) : undefined;
    if (plain !== undefined) return plain.value !== undefined && plain.value !== '' ? plain.value : undefined;
    const res = await runGit(['config', '--get', `remote.${name}.url`], { cwd: repo.root });
    const url = res.stdout.trim();
    return res.code === 0 && url !== '' ? url : undefined;
  };
  let url = await urlOf('origin');
  if (url === undefined && fallbackRemote !== undefined && fallbackRemote !== '') url = await urlOf(fallbackRemote);
  if (url === undefined) return {};
  const remote = stripCredentials(url);
  const facts: RepoFacts = { remote };
  const name = normalizeRepoName(remote);
  if (name !== undefined) facts.repo_name = name;
  return facts;
}
