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

const ENV_CONFIG = (env: Env): boolean =>
  env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined;

/**
 * Every value of `<section>[.<subsection>].<name>` in `files` (git's order), read without starting git — or
 * undefined when git must be asked: the files use a form this reader does not parse (includes, quoting, escapes,
 * line continuations, comments or whitespace inside the value, CRLF, a key without `=`, `[section.sub]`), or a
 * file exists but cannot be read. Section and name match case-insensitively, the subsection exactly (as git).
 */
export function plainConfigValues(
  files: readonly string[],
  section: string,
  subsection: string | undefined,
  name: string,
): string[] | undefined {
  const sec = section.toLowerCase();
  const key = name.toLowerCase();
  const values: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // a missing file sets nothing
      return undefined;
    }
    if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
    let inSection = false;
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
      if (line.endsWith('\\')) return undefined; // continued on the next line
      if (line.startsWith('[')) {
        const m = /^\[([A-Za-z0-9.-]+)(?:\s+"([^"\\]*)")?\]\s*(?:[#;].*)?$/.exec(line);
        if (m === null || m[1].includes('.')) return undefined;
        const s = m[1].toLowerCase();
        if (s === 'include' || s === 'includeif') return undefined;
        inSection = s === sec && m[2] === subsection;
        continue;
      }
      if (!inSection) continue;
      const kv = /^([A-Za-z][A-Za-z0-9-]*)\s*(=\s*(.*))?$/.exec(line);
      if (kv === null) return undefined;
      if (kv[1].toLowerCase() !== key) continue;
      const value = kv[3];
      if (kv[2] === undefined || value === undefined || /["\\#;\s]/.test(value)) return undefined;
      values.push(value);
    }
  }
  return values;
}

/** `git config --get <key>` (every scope) when the files answer it plainly (see {@link plainConfigValues}). */
export function plainConfigGet(
  commonDir: string,
  gitDir: string,
  section: string,
  subsection: string | undefined,
  name: string,
  env: Env,
): { value: string | undefined } | undefined {
  if (ENV_CONFIG(env) || fs.existsSync(path.join(gitDir, 'config.worktree'))) return undefined;
  if (subsection !== undefined && !/^[\x21-\x7e]+$/.test(subsection)) return undefined;
  const values = plainConfigValues(gitConfigFiles(commonDir, gitDir, env), section, subsection, name);
  return values === undefined ? undefined : { value: values[values.length - 1] };
}

/** `git config --local --get <key>` when the repository's config file answers it plainly. */
export function plainLocalConfigGet(
  commonDir: string,
  section: string,
  name: string,
  env: Env,
): { value: string | undefined } | undefined {
  if (env.GIT_CONFIG !== undefined) return undefined;
  const values = plainConfigValues([path.join(commonDir, 'config')], section, undefined, name);
  return values === undefined ? undefined : { value: values[values.length - 1] };
}
