// Parsing, formatting and web routes of source URIs (hail-and-store.md 7.3–7.5).

import { asciiLower, trim } from '../text';
import {
  base64UrlDecodeStrict,
  base64UrlEncodeString,
  encodePath,
  percentDecode,
  percentEncodeSegment,
} from './encoding';
import { RemoteSourceUri, SourceUri, UriError } from './types';

const SCHEME = 'os://';
const HEX64 = /^[0-9A-Fa-f]{64}$/;
const OWNER_REPO = /^[A-Za-z0-9._-]{1,200}$/;

const GH_SHAPE = 'os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>';
const GL_SHAPE = 'os://src/gl/<project_b64>/ref/<ref>/path/<path...>';
const GIT_SHAPE = 'os://src/git/<remote_b64>/ref/<ref>/path/<path...>';
const REF_PATH_SHAPE = '/ref/<ref>/path/<path...>';

function structure(detail: string): UriError {
  return new UriError('InvalidStructure', `invalid uri structure: ${detail}`);
}

/** The gh owner/repo rule of 7.3 (also used by 7.6): `^[A-Za-z0-9._-]{1,200}$` and not `.` or `..`. */
export function isValidOwnerRepoSegment(value: string): boolean {
  return OWNER_REPO.test(value) && value !== '.' && value !== '..';
}

function parseHash(value: string): string {
  if (!HEX64.test(value)) throw new UriError('InvalidHash', `invalid sha256: ${value}`);
  return asciiLower(value);
}

function decodeRef(enc: string): string {
  const decoded = percentDecode(enc);
  const ref = decoded === undefined ? '' : trim(decoded);
  if (ref.length === 0) throw new UriError('InvalidRefEncoding', `invalid ref encoding: ${enc}`);
  return ref;
}

/**
 * 7.3 step 5. Each segment is percent-decoded and split on `/`; every piece is trimmed and must then be
 * non-empty, not `.`/`..` and free of `\`. Trimming each piece (not only the whole segment) keeps
 * `parse(format(u)) = u`: `a%2F%20b` reads as `a/b`, and `a%2F%20..` is rejected like `a/..`.
 */
function decodePath(segs: readonly string[]): string {
  if (segs.length === 0) throw structure('path segment is required');
  const pieces: string[] = [];
  for (const enc of segs) {
    const decoded = percentDecode(enc);
    if (decoded === undefined) throw new UriError('InvalidPathEncoding', `invalid path encoding: ${enc}`);
    for (const raw of decoded.split('/')) {
      const piece = trim(raw);
      if (piece.length === 0 || piece === '.' || piece === '..' || piece.includes('\\')) {
        throw new UriError('InvalidPathEncoding', `invalid path encoding: ${enc}`);
      }
      pieces.push(piece);
    }
  }
  return pieces.join('/');
}

/** Parses an `os://` URI (hail-and-store.md 7.3). Throws `UriError` with the spec's message. */
export function parseSourceUri(s: string): SourceUri {
  if (!s.startsWith(SCHEME)) throw new UriError('InvalidScheme', 'uri must start with os://');
  const rest = s.slice(SCHEME.length);
  if (rest.startsWith('artifact/')) {
    return { kind: 'artifact', sha256: parseHash(rest.slice('artifact/'.length)) };
  }
  const segs = rest.split('/').filter((p) => p.length > 0);
  if (segs.length < 2) throw structure('expected os://src/<provider>/...');
  if (segs[0] !== 'src') throw new UriError('UnsupportedKind', `unsupported uri kind: ${segs[0]}`);
  const provider = segs[1];
  const r = segs.slice(2);
  switch (provider) {
    case 'local':
      if (r.length !== 1) throw structure('local uri must be os://src/local/<sha256>');
      return { kind: 'local', sha256: parseHash(r[0]) };
    case 'gh': {
      if (r.length < 6) throw structure(`gh uri must be ${GH_SHAPE}`);
      if (r[2] !== 'ref' || r[4] !== 'path') throw structure(`gh uri must contain ${REF_PATH_SHAPE}`);
      for (const v of [r[0], r[1]]) {
        if (!isValidOwnerRepoSegment(v)) throw structure(`invalid owner/repo segment: ${v}`);
      }
      return { kind: 'gh', owner: r[0], repo: r[1], ref: decodeRef(r[3]), path: decodePath(r.slice(5)) };
    }
    case 'gl':
    case 'git': {
      if (r.length < 5) throw structure(`${provider} uri must be ${provider === 'gl' ? GL_SHAPE : GIT_SHAPE}`);
      if (r[1] !== 'ref' || r[3] !== 'path') throw structure(`${provider} uri must contain ${REF_PATH_SHAPE}`);
      const name = base64UrlDecodeStrict(r[0]); // `invalid base64url segment: {seg}` (7.3 step 6)
      const ref = decodeRef(r[2]);
      const path = decodePath(r.slice(4));
      return provider === 'gl' ? { kind: 'gl', project: name, ref, path } : { kind: 'git', remote: name, ref, path };
    }
    default:
      throw new UriError('UnsupportedKind', `unsupported uri kind: ${provider}`);
  }
}

/**
 * Formats a source URI (hail-and-store.md 7.4). No validation: `parse(format(u)) = u` holds for every valid
 * value (see `normalizeSourceUri` to validate and canonicalise an arbitrary value).
 */
export function formatSourceUri(u: SourceUri): string {
  switch (u.kind) {
    case 'artifact':
      return `${SCHEME}artifact/${asciiLower(u.sha256)}`;
    case 'local':
      return `${SCHEME}src/local/${asciiLower(u.sha256)}`;
    case 'gh':
      return `${SCHEME}src/gh/${u.owner}/${u.repo}/ref/${percentEncodeSegment(u.ref)}/path/${encodePath(u.path)}`;
    case 'gl':
      return `${SCHEME}src/gl/${base64UrlEncodeString(u.project)}/ref/${percentEncodeSegment(u.ref)}/path/${encodePath(u.path)}`;
    case 'git':
      return `${SCHEME}src/git/${base64UrlEncodeString(u.remote)}/ref/${percentEncodeSegment(u.ref)}/path/${encodePath(u.path)}`;
  }
}

/**
 * `parseSourceUri(formatSourceUri(u))`: validates a value and returns its canonical form, or throws `UriError`.
 * Empty fields (which would format to an empty, dropped segment) are reported as the field's own error, in the
 * parser's order: owner/repo `invalid uri structure: invalid owner/repo segment: `, project/remote
 * `invalid base64url segment: `, ref `invalid ref encoding: `, path `invalid uri structure: path segment is required`.
 */
export function normalizeSourceUri(u: SourceUri): SourceUri {
  if (isRemoteSource(u)) {
    if (u.kind === 'gh') {
      for (const v of [u.owner, u.repo]) {
        if (!isValidOwnerRepoSegment(v)) throw structure(`invalid owner/repo segment: ${v}`);
      }
    } else if ((u.kind === 'gl' ? u.project : u.remote) === '') {
      throw new UriError('InvalidBase64', 'invalid base64url segment: ');
    }
    if (u.ref === '') throw new UriError('InvalidRefEncoding', 'invalid ref encoding: ');
    if (u.path.split('/').every((p) => p === '')) throw structure('path segment is required');
  }
  return parseSourceUri(formatSourceUri(u));
}

export function isRemoteSource(u: SourceUri): u is RemoteSourceUri {
  return u.kind === 'gh' || u.kind === 'gl' || u.kind === 'git';
}

/** The sha256 of an `os://src/local/…` URI, else `undefined`. */
export function localHash(u: SourceUri): string | undefined {
  return u.kind === 'local' ? asciiLower(u.sha256) : undefined;
}

/** The sha256 of an `os://artifact/…` URI, else `undefined`. */
export function artifactHash(u: SourceUri): string | undefined {
  return u.kind === 'artifact' ? asciiLower(u.sha256) : undefined;
}

/** The web route of a remote source (the formatted URI with `os://` replaced by `/`); `undefined` for local/artifact. */
export function webRoute(u: SourceUri): string | undefined {
  if (!isRemoteSource(u)) return undefined;
  return '/' + formatSourceUri(u).slice(SCHEME.length);
}

/**
 * Reads a web route (hail-and-store.md 7.5) back to a source URI.
 *
 * - Anything from the first `?` or `#` on (query, fragment) is ignored; the route must start with `/`
 *   (else `InvalidScheme`, `web route must start with /`).
 * - The route is split on `/` and empty pieces are dropped, as in 7.3. Only `/src/gh|gl|git/...` are routes:
 *   another first piece or provider (including `local` and `artifact`) ⇒ `unsupported uri kind: {piece}`.
 * - Hand-written refs with an unencoded `/`: when the piece after the owner/repo (gh) or `*_b64` (gl/git) is
 *   `ref`, the ref is every piece between it and the first later piece equal to `path`, searched only after at
 *   least one ref piece (so a ref named `path` works); those pieces are joined with `%2F`. A `path` inside a
 *   ref can be written `%70ath`. Formatted routes have a single ref piece, so nothing changes for them.
 * - The result is then parsed exactly as `os://` + the pieces, with the errors and messages of 7.3 (which name
 *   the `os://` form).
 */
export function parseWebRoute(route: string): SourceUri {
  const cut = route.search(/[?#]/);
  const p = cut >= 0 ? route.slice(0, cut) : route;
  if (!p.startsWith('/')) throw new UriError('InvalidScheme', 'web route must start with /');
  let pieces = p.split('/').filter((x) => x.length > 0);
  if (pieces.length >= 2) {
    if (pieces[0] !== 'src') throw new UriError('UnsupportedKind', `unsupported uri kind: ${pieces[0]}`);
    const provider = pieces[1];
    if (provider !== 'gh' && provider !== 'gl' && provider !== 'git') {
      throw new UriError('UnsupportedKind', `unsupported uri kind: ${provider}`);
    }
    const refAt = provider === 'gh' ? 4 : 3;
    if (pieces[refAt] === 'ref') {
      const pathAt = pieces.indexOf('path', refAt + 2);
      if (pathAt > refAt + 2) {
        const refEnc = pieces.slice(refAt + 1, pathAt).join('%2F');
        pieces = [...pieces.slice(0, refAt + 1), refEnc, ...pieces.slice(pathAt)];
      }
    }
  }
  return parseSourceUri(SCHEME + pieces.join('/'));
}
