// `opensession review` without any API (git-native.md §14.2 steps 2–5): parse a PR/MR link, find the matching
// remote, fetch the head and ledgers, and resolve base/head; or take a plain commit range.
import { GuidedError, OpenSessionError } from '../errors';
import { LEDGER_REF_PREFIX } from '../ledger/refs';
import { cleanRemotePath, remoteHostAndPath, stripUrlCredentials } from '../uri/remote';
import type { GitRunner } from './git';
import { firstLine } from './git';
import { changeHeadSource, reviewHeadRef } from './ids';
import { resolveCommit } from './ledger-read';

export interface ChangeLink {
  url: string;
  host: string;
  /** `owner/repo` or the GitLab project path. */
  project: string;
  kind: 'pr' | 'mr';
  number: number;
  /** `https://<host>/<project>` (scheme of the link). */
  repoUrl: string;
}

const FORMAT_HELP =
  'invalid PR URL format: expected https://<host>/<owner>/<repo>/pull/<number> or https://<host>/<group>/<project>/-/merge_requests/<number>';

/** §14.2 step 2. */
export function parseChangeLink(raw: string): ChangeLink {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new OpenSessionError(`invalid PR URL: \`${raw}\``);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new OpenSessionError(`invalid PR URL: \`${raw}\``);
  if (u.host === '') throw new OpenSessionError('PR URL must include a host');
  const segs = u.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
  let project: string | undefined;
  let kind: 'pr' | 'mr' | undefined;
  let num: string | undefined;
  const dash = segs.indexOf('-');
  if (dash >= 1 && segs[dash + 1] === 'merge_requests' && segs[dash + 2] !== undefined) {
    project = segs.slice(0, dash).join('/');
    kind = 'mr';
    num = segs[dash + 2];
  } else if (segs.length >= 4 && segs[2] === 'pull') {
    project = `${segs[0]}/${segs[1]}`;
    kind = 'pr';
    num = segs[3];
  }
  if (project === undefined || kind === undefined || num === undefined) throw new OpenSessionError(FORMAT_HELP);
  if (!/^[0-9]+$/.test(num) || Number(num) <= 0 || !Number.isSafeInteger(Number(num))) {
    throw new OpenSessionError(`invalid PR number \`${num}\``);
  }
  return {
    url: raw.trim(),
    host: u.host,
    project,
    kind,
    number: Number(num),
    repoUrl: `${u.protocol}//${u.host}/${project}`,
  };
}

/** §14.2 step 3: the remote whose URL has the link's host and project (case-insensitive); `origin` preferred. */
export async function findMatchingRemote(git: GitRunner, link: ChangeLink): Promise<string> {
  const names = (await git.run(['remote'])).stdout
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const matches: string[] = [];
  const host = link.host.toLowerCase().replace(/:\d+$/, '');
  for (const name of names) {
    const url = (await git.run(['remote', 'get-url', name])).stdout.trim();
    const hp = remoteHostAndPath(stripUrlCredentials(url));
    if (hp === undefined) continue;
    if (hp.host.toLowerCase() === host && cleanRemotePath(hp.path).toLowerCase() === link.project.toLowerCase())
      matches.push(name);
  }
  if (matches.includes('origin')) return 'origin';
  if (matches.length > 0) return matches[0];
  throw new GuidedError(`no git remote matches \`${link.host}/${link.project}\``, [
    `add one: \`git remote add upstream https://${link.host}/${link.project}.git\``,
  ]);
}

/** Where `fetchForReview` keeps the ledger refs of `remote`. */
export function remoteLedgerPrefix(remote: string): string {
  return `refs/remotes/${remote}/opensession/branches/`;
}

/** §14.2 step 4. Returns warnings to print. */
export async function fetchForReview(git: GitRunner, remote: string, link: ChangeLink): Promise<string[]> {
  const warnings: string[] = [];
  const src = changeHeadSource(link.kind, link.number);
  await git.run(['fetch', remote, `+${src}:${reviewHeadRef(link.kind, link.number)}`]);
  const r = await git.run(['fetch', remote, `+${LEDGER_REF_PREFIX}*:${remoteLedgerPrefix(remote)}*`]);
  if (r.code !== 0)
    warnings.push(`[opensession] Warning: could not fetch ledger refs from ${remote}: ${firstLine(r.stderr)}`);
  await git.run(['fetch', '--no-prune', remote]);
  return warnings;
}

/** §14.2 step 5: head, default branch, base = merge-base(default, head). */
export async function resolveLinkRange(
  git: GitRunner,
  remote: string,
  link: ChangeLink,
): Promise<{ head: string; base?: string; headBranch?: string }> {
  const ref = reviewHeadRef(link.kind, link.number);
  const head = await resolveCommit(git, ref);
  if (head === undefined) {
    throw new OpenSessionError(
      `PR head ref \`${ref}\` is not available. Retry without --no-fetch or check permissions.`,
    );
  }
  let defaultRef: string | undefined;
  const sym = await git.run(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]);
  if (sym.code === 0 && sym.stdout.trim() !== '') defaultRef = sym.stdout.trim();
  else if ((await resolveCommit(git, `refs/remotes/${remote}/main`)) !== undefined)
    defaultRef = `refs/remotes/${remote}/main`;
  else if ((await resolveCommit(git, `refs/remotes/${remote}/master`)) !== undefined)
    defaultRef = `refs/remotes/${remote}/master`;
  if (defaultRef === undefined) {
    throw new OpenSessionError(
      `unable to resolve default branch for remote \`${remote}\` (missing refs/remotes/${remote}/HEAD)`,
    );
  }
  const mb = await git.run(['merge-base', defaultRef, head]);
  const base = mb.code === 0 && mb.stdout.trim() !== '' ? mb.stdout.trim() : undefined;
  // The head branch is not in the link; a remote branch whose tip is the head names the ledger to prefer.
  const pts = await git.run(['for-each-ref', '--format=%(refname)', '--points-at', head, `refs/remotes/${remote}/`]);
  const prefix = `refs/remotes/${remote}/`;
  const branch = pts.stdout
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.startsWith(prefix) && s !== `${prefix}HEAD` && !s.startsWith(remoteLedgerPrefix(remote)))
    .map((s) => s.slice(prefix.length))[0];
  return { head, base, headBranch: branch };
}
