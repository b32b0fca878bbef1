// Ledger ref names, branch resolution and repository facts (git-native.md §2).
import { trim } from '../text';
import { base64UrlDecodeBytesStrict, base64UrlEncodeString, decodeUtf8Strict } from '../uri/encoding';
import { stripUrlCredentials } from '../uri/remote';

export const LEDGER_REF_PREFIX = 'refs/opensession/branches/';
export const NOTES_REF = 'refs/notes/opensession';

/** Unpadded base64url of the UTF-8 bytes (RFC 4648 §5). */
export function base64UrlEncode(value: string): string {
  return base64UrlEncodeString(value);
}

/** Strict decoder: rejects padding, `+`, `/`, non-zero trailing bits and non-UTF-8 results (§2.2). */
export function base64UrlDecode(token: string): string | undefined {
  const bytes = base64UrlDecodeBytesStrict(token);
  return bytes === undefined ? undefined : decodeUtf8Strict(bytes);
}

export function ledgerToken(branch: string): string {
  return base64UrlEncode(branch);
}

export function ledgerRef(branch: string): string {
  return LEDGER_REF_PREFIX + ledgerToken(branch);
}

/** The branch a ledger ref belongs to, or undefined when the ref is not a valid ledger ref. */
export function branchOfLedgerRef(ref: string): string | undefined {
  if (!ref.startsWith(LEDGER_REF_PREFIX)) return undefined;
  return base64UrlDecode(ref.slice(LEDGER_REF_PREFIX.length));
}

/** §2.3: the branch name, else `detached@<8 hex of head>`, else `detached`. */
export function resolveLedgerBranch(branch?: string | null, head?: string | null): string {
  const b = trim(branch ?? '');
  if (b !== '' && b.toUpperCase() !== 'HEAD') return b;
  const hex = (head ?? '').replace(/[^0-9a-fA-F]/g, '');
  if (hex.length >= 8) return `detached@${hex.slice(0, 8)}`;
  return 'detached';
}

const SCP_LIKE = /^[^\s/@:]+@([^\s/:]+):(.+)$/;

/** §10.5 credential stripping: http(s) loses the whole userinfo, other schemes only the password. */
export function stripCredentials(url: string): string {
  return stripUrlCredentials(url);
}

/** §2.4 `normalizeRepoName(url)`: `owner/repo` style path of a remote URL, or undefined. */
export function normalizeRepoName(url: string): string | undefined {
  const u = trim(url);
  let path: string | undefined;
  const scheme = /^(https?|ssh):\/\/(.*)$/is.exec(u);
  if (scheme !== null) {
    const slash = scheme[2].indexOf('/');
    path = slash === -1 ? undefined : scheme[2].slice(slash + 1);
  } else if (!u.includes('://')) {
    const scp = SCP_LIKE.exec(u);
    if (scp !== null) path = scp[2];
  }
  if (path === undefined) return undefined;
  if (path.endsWith('.git')) path = path.slice(0, -4);
  return path.includes('/') ? path : undefined;
}
