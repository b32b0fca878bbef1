// Remote URL → source URI (hail-and-store.md 7.6; git-native.md 10.5).

import { asciiLower, trim } from '../text';
import { isValidOwnerRepoSegment, normalizeSourceUri } from './parse';
import { SourceUri } from './types';

/**
 * Removes credentials from a remote URL. `http://`/`https://` (scheme compared ASCII case-insensitively): the
 * whole userinfo (`user[:password]@`) is removed. Other `scheme://` URLs: only `:password` is removed. The
 * userinfo is everything up to the last `@` before the first `/` after `://`. Text without `://` (scp form
 * `user@host:path`, local paths) is returned unchanged.
 */
export function stripUrlCredentials(url: string): string {
  const sep = url.indexOf('://');
  if (sep < 0) return url;
  const scheme = url.slice(0, sep);
  const rest = url.slice(sep + 3);
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const tail = rest.slice(authority.length);
  const at = authority.lastIndexOf('@');
  if (at < 0) return url;
  const userinfo = authority.slice(0, at);
  const hostPort = authority.slice(at + 1);
  const lower = asciiLower(scheme);
  if (lower === 'http' || lower === 'https') return `${scheme}://${hostPort}${tail}`;
  const colon = userinfo.indexOf(':');
  if (colon < 0) return url;
  const user = userinfo.slice(0, colon);
  // `ssh://:secret@host` has no user left: drop the now-empty userinfo with its `@`.
  return user.length > 0 ? `${scheme}://${user}@${hostPort}${tail}` : `${scheme}://${hostPort}${tail}`;
}

/**
 * 7.6 step 1: (host, path) of a remote URL, or `undefined` when it has no host (local paths).
 * scp form: no `://`, `user@host:path` with `user`, `host` and `path` non-empty and no `/` before the `:`.
 * `scheme://` form: drop up to the last `@` before the first `/`, split at the first `/`, drop `:port`
 * (for a bracketed IPv6 host, everything after `]`).
 */
export function remoteHostAndPath(url: string): { host: string; path: string } | undefined {
  const sep = url.indexOf('://');
  if (sep < 0) {
    const colon = url.indexOf(':');
    if (colon < 0) return undefined;
    const before = url.slice(0, colon);
    const path = url.slice(colon + 1);
    const at = before.lastIndexOf('@');
    if (at <= 0 || before.includes('/')) return undefined;
    const host = before.slice(at + 1);
    if (host.length === 0 || path.length === 0) return undefined;
    return { host, path };
  }
  const rest = url.slice(sep + 3);
  const slash = rest.indexOf('/');
  let authority = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  let host: string;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    host = close < 0 ? authority : authority.slice(0, close + 1);
  } else {
    const colon = authority.indexOf(':');
    host = colon < 0 ? authority : authority.slice(0, colon);
  }
  return { host, path };
}

/**
 * 7.6 step 2: the path without leading `/`s and with trailing `.git` removed repeatedly. Trailing `/`s are
 * removed too (interleaved with `.git`), so `group/repo.git/` and `group/repo/` clean to `group/repo`.
 */
export function cleanRemotePath(path: string): string {
  let p = path.replace(/^\/+/, '');
  for (;;) {
    const before = p;
    p = p.replace(/\/+$/, '');
    if (p.endsWith('.git')) p = p.slice(0, -4);
    if (p === before) return p;
  }
}

/**
 * Names a file at (remote URL, ref, path) as a source URI (hail-and-store.md 7.6). The URL is trimmed first.
 * github.com (≥ 2 segments passing the gh owner/repo rule) → gh; gitlab.com (≥ 1 segment) → gl with the
 * cleaned path as project; anything else → git with the credential-stripped URL as remote. The result is
 * validated and canonicalised through `parse(format(·))`, so an empty ref or a `..` path throws the `UriError`
 * of 7.3 and every returned value formats to a parseable URI.
 */
export function remoteUrlToSourceUri(remoteUrl: string, ref: string, path: string): SourceUri {
  const url = trim(remoteUrl);
  const hp = remoteHostAndPath(url);
  if (hp !== undefined) {
    const host = asciiLower(hp.host);
    const cleaned = cleanRemotePath(hp.path);
    const segments = cleaned.split('/').filter((s) => s.length > 0);
    if (
      host === 'github.com' &&
      segments.length >= 2 &&
      isValidOwnerRepoSegment(segments[0]) &&
      isValidOwnerRepoSegment(segments[1])
    ) {
      return normalizeSourceUri({ kind: 'gh', owner: segments[0], repo: segments[1], ref, path });
    }
    if (host === 'gitlab.com' && segments.length >= 1) {
      return normalizeSourceUri({ kind: 'gl', project: cleaned, ref, path });
    }
  }
  return normalizeSourceUri({ kind: 'git', remote: stripUrlCredentials(url), ref, path });
}
