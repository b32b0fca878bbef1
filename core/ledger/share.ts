// Helpers of `share --git` (git-native.md §10.2-10.5): ref/path validation, push command text, redaction.
import { parseHail, toHailJsonl } from '../hail';
import { redactSession, redactText, totalCount } from '../redact';
import { runGit } from './git-cli';
import type { Repo } from './repo';

/** F8a: a full ref name under `refs/` that git's check-ref-format accepts. */
export async function isValidFullRef(repo: Repo, ref: string): Promise<boolean> {
  if (!ref.startsWith('refs/')) return false;
  return (await runGit(['check-ref-format', ref], { cwd: repo.root })).code === 0;
}

/** F9a/F9b: `undefined` when valid, else the reason. */
export function sharePathProblem(p: string): string | undefined {
  if (p === '' || p.startsWith('/')) return 'path must be repository-relative';
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.' || seg === '..' || seg.includes('\\'))
      return `path contains invalid segment: \`${seg}\``;
  }
  return undefined;
}

/** Single-quotes an argument containing characters outside `A–Z a–z 0–9 @ % + = : , . / _ -`. */
export function shellArg(s: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function pushCommandText(target: string, ref: string): string {
  return `git push ${shellArg(target)} ${shellArg(`${ref}:${ref}`)}`;
}

/** Redacts a stored object: canonical HAIL through the session redactor, anything else as text. */
export function redactObjectBytes(bytes: Buffer, stripHomePaths = true): { bytes: Buffer; redactions: number } {
  const text = bytes.toString('utf8');
  try {
    const { session, counts } = redactSession(parseHail(text), { stripHomePaths });
    return { bytes: Buffer.from(toHailJsonl(session), 'utf8'), redactions: totalCount(counts) };
  } catch {
    const { text: out, counts } = redactText(text, { stripHomePaths });
    return { bytes: Buffer.from(out, 'utf8'), redactions: totalCount(counts) };
  }
}
