// Ref names the janitor reasons about (ci-automation.md §1, §5.3) and remote-string helpers (§2.2).

export const LEDGER_PREFIX = 'refs/opensession/branches/';
export const HEADS = 'refs/heads/';
const ARTIFACT_BRANCH = /^refs\/heads\/opensession\/(pr|mr)-[0-9]+-sessions$/;

/** GitHub and GitLab artifact branches alike; the number must be digits. */
export function isArtifactBranchRef(ref: string): boolean {
  return ARTIFACT_BRANCH.test(ref);
}

/** The number of an artifact branch ref (`refs/heads/opensession/pr-7-sessions` → 7), else undefined. */
export function artifactBranchNumber(ref: string): { kind: 'pr' | 'mr'; number: number } | undefined {
  const m = ARTIFACT_BRANCH.exec(ref);
  return m === null ? undefined : { kind: m[1] as 'pr' | 'mr', number: Number(ref.split('-')[1]) };
}

/**
 * Strict base64url decoding of a ledger token (§5.3, §16): alphabet, length, exact round trip, valid UTF-8,
 * non-empty. Anything else is undefined, and the ref is ignored, never deleted.
 */
export function decodeLedgerToken(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token) || token.length % 4 === 1) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.toString('base64url') !== token) return undefined;
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return s === '' ? undefined : s;
  } catch {
    return undefined;
  }
}

/** §2.2: contains `://`, or the scp form `user@host:`. */
export function isUrlLike(value: string): boolean {
  return value.includes('://') || /^[^/\s]+@[^/\s]+:/.test(value);
}

/** A URL with its userinfo removed, for messages (`https://user:tok@host/x` → `https://host/x`). */
export function stripUserinfo(url: string): string {
  if (url.includes('://')) {
    try {
      const u = new URL(url);
      if (u.username === '' && u.password === '') return url;
      u.username = '';
      u.password = '';
      return u.toString();
    } catch {
      return url.replace(/\/\/[^/@]*@/, '//');
    }
  }
  return url;
}

export type Provider = 'github' | 'gitlab' | 'generic';

/** §2.3: the provider of a remote URL; generic (with `fellBack`) when no host or an unknown host. */
export function detectProvider(url: string): { provider: Provider; fellBack: boolean } {
  let host: string | undefined;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
    try {
      host = new URL(url).hostname;
    } catch {
      host = undefined;
    }
    if (url.toLowerCase().startsWith('file://')) host = undefined;
  } else {
    const m = /^(?:[^@/\s]+@)?([^:/\s]+):(.+)$/.exec(url);
    if (m !== null && m[1] !== '' && m[2] !== '') host = m[1];
  }
  const h = (host ?? '').toLowerCase();
  if (h === 'github.com') return { provider: 'github', fellBack: false };
  if (h !== '' && h.includes('gitlab')) return { provider: 'gitlab', fellBack: false };
  return { provider: 'generic', fellBack: true };
}
