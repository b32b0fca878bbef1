// A fast answer to "could git's config set this key?" without starting `git`: read the config files git
// would read and look for the key's name. Only when one of them mentions it (or includes other files, or the
// environment injects config) does the caller need to ask `git config` itself.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

type Env = Record<string, string | undefined>;

/** The files `git config --get` reads, in git's order: system, global (XDG then ~/.gitconfig), local, worktree. */
export function gitConfigFiles(commonDir: string, gitDir: string, env: Env): string[] {
  const files: string[] = [];
  if (env.GIT_CONFIG_NOSYSTEM === undefined || ['', '0', 'false', 'no'].includes(env.GIT_CONFIG_NOSYSTEM)) {
    files.push(env.GIT_CONFIG_SYSTEM ?? '/etc/gitconfig');
  }
  const home = env.HOME ?? os.homedir();
  if (env.GIT_CONFIG_GLOBAL !== undefined) files.push(env.GIT_CONFIG_GLOBAL);
  else {
    files.push(path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'git', 'config'));
    files.push(path.join(home, '.gitconfig'));
  }
  files.push(path.join(commonDir, 'config'), path.join(gitDir, 'config.worktree'));
  return files;
}

/**
 * False when no config file git would read can give `key` (`section.name`; the name is matched
 * case-insensitively on any line) a value that `couldMatch` accepts, so the caller may skip asking git;
 * true when git must be asked (an include, config from the environment, or a line that might match).
 */
export function gitConfigMayHave(
  commonDir: string,
  gitDir: string,
  key: string,
  couldMatch: (value: string) => boolean,
  env: Env,
): boolean {
  if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
    return true;
  }
  const name = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  for (const file of gitConfigFiles(commonDir, gitDir, env)) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8').toLowerCase();
    } catch {
      continue; // a missing file sets nothing
    }
    if (text.includes('[include')) return true;
    if (!text.includes(name)) continue;
    for (const line of text.split('\n')) {
      const m = /^\s*([a-z0-9-]+)\s*(?:=(.*))?$/.exec(line);
      if (m === null) {
        if (line.includes(name)) return true; // a form this scan does not read (e.g. `[core] name = x`)
        continue;
      }
      if (m[1] !== name) continue;
      const value = (m[2] ?? 'true')
        .replace(/\s[#;].*$/, '')
        .trim()
        .replace(/^"(.*)"$/, '$1');
      if (value.endsWith('\\') || couldMatch(value)) return true;
    }
  }
  return false;
}

/**
 * `git remote get-url <name>` without starting git, when the answer is plain: the remote's first `url` in the
 * repository's own config, and no config file that could rewrite or add to it (`insteadOf`, includes,
 * config from the environment, a global `remote.<name>` section). Undefined means "ask git".
 */
export function plainRemoteUrl(commonDir: string, gitDir: string, name: string, env: Env): string | undefined {
  if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
    return undefined;
  }
  const local = path.join(commonDir, 'config');
  let url: string | undefined;
  for (const file of gitConfigFiles(commonDir, gitDir, env)) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const lower = text.toLowerCase();
    if (lower.includes('[include') || lower.includes('insteadof')) return undefined;
    let inRemote = false;
    for (const line of text.split('\n')) {
      const section = /^\s*\[([^\]]*)\]\s*$/.exec(line);
      if (section === null && /^\s*\[/.test(line)) return undefined; // `[section] key = v` on one line
      if (section !== null) {
        inRemote = section[1] === `remote "${name}"`;
        if (inRemote && file !== local) return undefined; // defined outside the repository: let git merge it
        continue;
      }
      if (!inRemote) continue;
      const kv = /^\s*url\s*=\s*(.*?)\s*$/i.exec(line);
      if (kv === null) continue;
      if (/["\\;#]/.test(kv[1]) || kv[1] === '') return undefined; // quoting, escapes, comments: git knows best
      url ??= kv[1];
    }
  }
  return url;
}
