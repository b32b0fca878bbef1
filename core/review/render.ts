// The session review comment body (ci-automation.md §9): exact layout, markers, plurals and the length cap.
import type { DiscoveryResult, ReviewSession } from './discover';
import type { Platform } from './ids';
import { code, enc, encPath, md, plural } from './markdown';
import type { QaPair } from './qa';
import type { ReviewRange } from './range';
import type { SessionDetail } from './session-detail';
import type { AgentShare } from './share';

export const STICKY_MARKER = '<!-- opensession-session-review -->';
export const FINAL_MARKER = '<!-- opensession-session-review-final -->';
/** GitHub rejects bodies over 65,536 characters; GitLab's note limit (1,000,000) is larger. */
export const BODY_LIMIT = 65_000;
/** Sessions shown with their full block; later ones get one line each while the body fits (A11). */
export const MAX_LINKED_SESSIONS = 50;
const MAX_FILES_LISTED = 10;
const MAX_COMMANDS_LISTED = 5;
export const NO_LEDGER_TEXT = 'No ledger ref found for this branch yet. Push at least one tracked session and retry.';
export const NO_QA_TEXT = 'No interactive Q&A excerpts were captured from primary sessions.';
export const NO_SESSIONS_TEXT = 'No indexed sessions matched this commit range.';

export type CommentMode = 'update' | 'final';

/** Where the review points: repository, PR/MR and web links. */
export interface ReviewTarget {
  platform: Platform;
  /** `owner/repo` (GitHub) or the project path (GitLab). */
  repo: string;
  /** `<server>/<owner>/<repo>` or `CI_PROJECT_URL`; without it no links are rendered. */
  repoUrl?: string;
  /** PR number / MR IID; absent → no review id, no artifact branch, no PR/MR links. */
  number?: number;
  /** `web-base-url`; empty disables web links. */
  webBaseUrl: string;
}

export interface ArtifactState {
  /** Artifact branch, when known. */
  branch?: string;
  persistent: boolean;
  attempted: boolean;
  published: boolean;
  /** Publish error (first line, redacted) when an attempt failed. */
  error?: string;
}

export interface RenderInput {
  mode: CommentMode;
  target: ReviewTarget;
  reviewId?: string;
  /** `new Date().toISOString()` of this run. */
  updatedAt: string;
  baseSha?: string;
  headSha: string;
  range: ReviewRange;
  discovery: DiscoveryResult;
  qa: QaPair[];
  artifact: ArtifactState;
  /** A11: per-session detail by session id; without it the entries keep the §9.1 layout only. */
  details?: ReadonlyMap<string, SessionDetail>;
  /** A11: the Agent share digest line; omitted when undefined. */
  agentShare?: AgentShare;
}

interface Links {
  commit(sha: string): string;
  changeUrl?: string;
  treePrefix?: string;
  blobPrefix?: string;
  web(hailPath: string): string | undefined;
}

function hostOf(url: string | undefined): string {
  if (url === undefined) return '';
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

function buildLinks(input: RenderInput): Links {
  const { target, artifact, reviewId } = input;
  const gl = target.platform === 'gitlab';
  const repoUrl = target.repoUrl?.replace(/\/+$/, '');
  const dash = gl ? '/-' : '';
  const commit = (sha: string): string =>
    repoUrl === undefined ? code(sha.slice(0, 7)) : `[${code(sha.slice(0, 7))}](${repoUrl}${dash}/commit/${sha})`;
  const changeUrl =
    repoUrl !== undefined && target.number !== undefined
      ? gl
        ? `${repoUrl}/-/merge_requests/${target.number}`
        : `${repoUrl}/pull/${target.number}`
      : undefined;
  const b = artifact.branch;
  const treePrefix = repoUrl !== undefined && b !== undefined ? `${repoUrl}${dash}/tree/${encPath(b)}` : undefined;
  const blobPrefix = repoUrl !== undefined && b !== undefined ? `${repoUrl}${dash}/blob/${encPath(b)}` : undefined;
  const web = (hailPath: string): string | undefined => {
    const base = target.webBaseUrl.replace(/\/+$/, '');
    if (base === '' || !artifact.published || b === undefined || reviewId === undefined || repoUrl === undefined)
      return undefined;
    const host = hostOf(repoUrl);
    const tail = `/ref/${enc(b)}/path/${encPath(`reviews/${reviewId}/${hailPath}`)}`;
    if (!gl && host === 'github.com') {
      const [owner, name] = target.repo.split('/');
      return `${base}/src/gh/${owner}/${name}${tail}`;
    }
    if (gl && host === 'gitlab.com')
      return `${base}/src/gl/${Buffer.from(target.repo, 'utf8').toString('base64url')}${tail}`;
    return `${base}/src/git/${Buffer.from(`${repoUrl}.git`, 'utf8').toString('base64url')}${tail}`;
  };
  return { commit, changeUrl, treePrefix, blobPrefix, web };
}

function subjectOf(input: RenderInput): string {
  const n = input.target.number;
  if (n !== undefined) return input.target.platform === 'gitlab' ? `MR !${n}` : `PR #${n}`;
  if (input.baseSha !== undefined) return `range ${code(`${input.baseSha.slice(0, 7)}..${input.headSha.slice(0, 7)}`)}`;
  return `commit ${code(input.headSha.slice(0, 7))}`;
}

function moreSuffix(total: number, shown: number): string {
  return total > shown ? `, +${total - shown} more` : '';
}

function digestBlock(input: RenderInput, links: Links): string {
  const { target, range, discovery, qa, artifact, reviewId } = input;
  const gl = target.platform === 'gitlab';
  const lines: string[] = ['#### Reviewer Quick Digest'];
  lines.push(`- **Comment type:** ${input.mode === 'final' ? 'final snapshot' : 'sticky update'}`);
  if (reviewId !== undefined) lines.push(`- **Review ID:** ${code(reviewId)}`);
  lines.push(`- **Updated at (UTC):** ${input.updatedAt}`);
  const k = discovery.otherLedgerRefs;
  const others = k > 0 ? ` (+${k} other ledger ${k === 1 ? 'ref' : 'refs'})` : '';
  lines.push(
    discovery.ledgerFound
      ? `- **Ledger:** available on ${code(discovery.ledgerRef)}${others}`
      : `- **Ledger:** missing (${code(discovery.ledgerRef)})${others}`,
  );
  if (input.baseSha !== undefined) {
    lines.push(`- **Range:** ${links.commit(input.baseSha)} -> ${links.commit(input.headSha)}`);
  } else {
    lines.push(`- **Head:** ${links.commit(input.headSha)}`);
  }
  const sessions = discovery.sessions.length;
  const commits = range.commits.length;
  const perCommit = commits === 0 ? '0.0' : (sessions / commits).toFixed(1);
  lines.push(
    `- **Coverage:** ${plural(qa.length, 'Q&A excerpt', 'Q&A excerpts')}, ` +
      `${plural(range.areas.length, 'changed area', 'changed areas')}, ` +
      `${plural(range.changedFiles.length, 'modified file', 'modified files')}, ` +
      `${plural(range.testFiles.length, 'added or updated test file', 'added or updated test files')}, ` +
      `${perCommit} sessions per commit.`,
  );
  if (input.agentShare !== undefined) {
    const a = input.agentShare;
    lines.push(
      `- **Agent share:** ${a.traced} of ${plural(a.added, 'added line', 'added lines')} (${a.percent}%) traced to session edits`,
    );
  }
  if (range.areas.length > 0) {
    const shown = range.areas.slice(0, 4).map((a) => `${code(a.area)} (${a.count})`);
    lines.push(`- **Top areas:** ${shown.join(', ')}${moreSuffix(range.areas.length, shown.length)}`);
  }
  if (sessions > 0) {
    const shown = discovery.sessions.slice(0, 3).map((s) => code(s.title ?? s.sessionId));
    lines.push(`- **Linked session titles:** ${shown.join(', ')}${moreSuffix(sessions, shown.length)}`);
  }
  const quick: string[] = [];
  if (links.changeUrl !== undefined) {
    quick.push(gl ? `[Changes](${links.changeUrl}/diffs)` : `[Files changed](${links.changeUrl}/files)`);
    quick.push(`[Commits](${links.changeUrl}/commits)`);
  }
  const repoUrl = target.repoUrl?.replace(/\/+$/, '');
  if (input.baseSha !== undefined && repoUrl !== undefined) {
    quick.push(`[Compare](${repoUrl}${gl ? '/-' : ''}/compare/${input.baseSha}...${input.headSha})`);
  }
  if (quick.length > 0) lines.push(`- **Quick links:** ${quick.join(' · ')}`);
  if (links.changeUrl !== undefined) {
    lines.push(`- **Local replay:** ${code(`opensession review ${links.changeUrl}`)}`);
    lines.push(`- **${gl ? 'MR URL' : 'PR URL'}:** ${links.changeUrl}`);
  }
  if (artifact.branch !== undefined) {
    let policy: string;
    if (artifact.published) {
      policy = artifact.persistent
        ? 'persistent archive branch'
        : gl
          ? 'ephemeral branch (deleted on MR merge or by the janitor)'
          : 'ephemeral branch (deleted on PR close)';
    } else {
      policy = artifact.persistent
        ? 'not published in this run; persistent archive branch is configured'
        : 'not published in this run; ephemeral cleanup policy applies';
    }
    let part = code(artifact.branch);
    if (
      artifact.published &&
      reviewId !== undefined &&
      links.treePrefix !== undefined &&
      links.blobPrefix !== undefined
    ) {
      const root = `reviews/${reviewId}`;
      part = `[${code(artifact.branch)}](${links.treePrefix}/${encPath(root)}) · [manifest.json](${links.blobPrefix}/${encPath(`${root}/manifest.json`)}), root ${code(root)}`;
    }
    lines.push(`- **Artifact storage:** ${policy} on ${part}`);
  }
  if (artifact.attempted && !artifact.published && artifact.error !== undefined) {
    lines.push(`- **Artifact publish:** failed (${code(artifact.error)})`);
  }
  return lines.join('\n');
}

function qaBlocks(qa: readonly QaPair[], links: Links): string[] {
  if (qa.length === 0) return [`#### Interactive Q&A\n${NO_QA_TEXT}`];
  const blocks = qa.map((p) => {
    const on = p.commit !== undefined ? ` on ${links.commit(p.commit)}` : '';
    return [
      `- **Session:** ${code(p.sessionId)}${on}\\`,
      `  **Question:** ${md(p.question)}\\`,
      `  **Answer:** ${p.answer !== undefined ? md(p.answer) : '_No answer captured yet._'}`,
    ].join('\n');
  });
  blocks[0] = `#### Interactive Q&A\n${blocks[0]}`;
  return blocks;
}

function details(title: string, total: number, items: readonly string[], more: string | undefined): string {
  const lines = ['<details>', `<summary>${title} (${total})</summary>`, '', ...items.map((i) => `- ${i}`)];
  if (more !== undefined) lines.push(`- ${more}`);
  lines.push('</details>');
  return lines.join('\n');
}

function listBlock(title: string, all: readonly string[], max: number, fmt: (s: string) => string): string | undefined {
  if (all.length === 0) return undefined;
  const shown = all.slice(0, max).map(fmt);
  return details(title, all.length, shown, all.length > max ? `...and ${all.length - max} more` : undefined);
}

function sessionEntry(s: ReviewSession, input: RenderInput, links: Links): string {
  const lines: string[] = [`- **${md(s.title ?? s.sessionId)}**\\`];
  lines.push(
    `  Session ${code(s.sessionId)} via ${code(s.tool ?? '-')}, ` +
      `${plural(s.filesChanged, 'file changed', 'files changed')}, ${plural(s.commits.length, 'commit linked', 'commits linked')}.\\`,
  );
  if (s.commits.length === 0) {
    lines.push('  Commits: none in this range (recorded on the head branch ledger)\\');
  } else {
    const extra = s.commits.length > 3 ? ` +${s.commits.length - 3}` : '';
    lines.push(`  Commits: ${s.commits.slice(0, 3).map(links.commit).join(', ')}${extra}\\`);
  }
  const art: string[] = [];
  const web = links.web(s.hailPath);
  if (web !== undefined) art.push(`[web](${web})`);
  if (input.artifact.published && input.reviewId !== undefined && links.blobPrefix !== undefined) {
    const root = `reviews/${input.reviewId}`;
    art.push(`[jsonl](${links.blobPrefix}/${encPath(`${root}/${s.hailPath}`)})`);
    art.push(`[meta](${links.blobPrefix}/${encPath(`${root}/${s.metaPath}`)})`);
  }
  if (art.length > 0) {
    lines.push(`  Artifact links: ${art.join(' · ')}`);
  } else {
    lines.push('  Artifact links: -\\');
    lines.push(`  Meta path: ${code(s.metaPath)}`);
  }
  const detail = input.details?.get(s.sessionId);
  if (detail !== undefined) {
    lines[lines.length - 1] += '\\';
    lines.push(...detailLines(detail, input.agentShare?.sessions.get(s.sessionId)?.files ?? []));
  }
  return lines.join('\n');
}

/** `12,345` without depending on the runtime's locale data. */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `45s`, `4m 12s`, `2h 05m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

function listWithMore(items: string[], max: number): string {
  if (items.length === 0) return 'none';
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, +${items.length - max} more` : shown;
}

function commandItem(c: { command: string; exitCode?: number }): string {
  return `${code(c.command)} (${c.exitCode === undefined ? 'exit code not recorded' : `exit ${c.exitCode}`})`;
}

/** The A11 block of one session, as continuation lines of its list item. */
function detailLines(d: SessionDetail, files: ReadonlyArray<{ path: string; tracedLines: number }>): string[] {
  const started =
    d.startedAt === null
      ? 'start not recorded'
      : `${d.startedAt}${d.durationSeconds !== null ? `, ran ${formatDuration(d.durationSeconds)}` : ''}`;
  const later = d.laterPrompts > 0 ? ` (${plural(d.laterPrompts, 'later prompt', 'later prompts')} followed)` : '';
  const out = [
    `  Agent: ${code(d.tool ?? '-')}, model ${d.model !== null ? code(d.model) : 'not recorded'}\\`,
    `  Started: ${started}\\`,
    `  Tokens: ${groupDigits(d.tokensIn)} in / ${groupDigits(d.tokensOut)} out\\`,
  ];
  if (d.firstPrompt === null) out.push('  First prompt: none recorded\\');
  else out.push(`  First prompt${later}:`, '', `  > ${md(d.firstPrompt)}`, '');
  const fileItems = files.map((f) => `${code(f.path)} (${plural(f.tracedLines, 'traced line', 'traced lines')})`);
  out.push(`  PR files changed: ${listWithMore(fileItems, MAX_FILES_LISTED)}\\`);
  out.push(`  Failed shell commands: ${listWithMore(d.failedCommands.map(commandItem), MAX_COMMANDS_LISTED)}\\`);
  out.push(`  Test commands: ${listWithMore(d.testCommands.map(commandItem), MAX_COMMANDS_LISTED)}`);
  return out;
}

/** A session collapsed to one line (A11): sessions beyond the full blocks while the body fits. */
function shortEntry(s: ReviewSession, input: RenderInput): string {
  const share = input.agentShare?.sessions.get(s.sessionId);
  const traced = share !== undefined ? `, ${plural(share.tracedLines, 'traced line', 'traced lines')}` : '';
  const tool = input.details?.get(s.sessionId)?.tool ?? s.tool ?? '-';
  return `- ${md(s.title ?? s.sessionId)}: ${code(s.sessionId)} via ${code(tool)}${traced}`;
}

function linkedSessionsBlock(total: number, entries: readonly string[]): string {
  const lines = ['<details>', `<summary>Linked sessions (${total})</summary>`, '', ...entries];
  if (total > entries.length) lines.push(`- ...and ${total - entries.length} more sessions.`);
  lines.push('</details>');
  return lines.join('\n');
}

/** Exact length of `linkedSessionsBlock(total, entries.slice(0, n))` given prefix sums of entry lengths. */
function linkedBlockLength(total: number, n: number, entryChars: number): number {
  const headLen = `<details>\n<summary>Linked sessions (${total})</summary>\n\n`.length;
  const more = total > n ? `- ...and ${total - n} more sessions.\n`.length : 0;
  return headLen + entryChars + n + more + '</details>'.length;
}

function join(blocks: readonly string[]): string {
  return blocks.join('\n\n') + '\n';
}

/** Renders the comment body. Never longer than BODY_LIMIT characters. */
export function renderComment(input: RenderInput): string {
  const links = buildLinks(input);
  const head = [
    `${input.mode === 'final' ? FINAL_MARKER : STICKY_MARKER}\n### OpenSession Review${input.mode === 'final' ? ' (final snapshot)' : ''}`,
    `Snapshot for ${code(input.target.repo)} ${subjectOf(input)}.\nSession scope is primary only (auxiliary filtered).`,
    digestBlock(input, links),
  ];
  const { discovery, range } = input;
  if (discovery.sessions.length === 0 && !discovery.ledgerFound) return fit([...head, NO_LEDGER_TEXT], undefined);
  const middle: string[] = [...qaBlocks(input.qa, links)];
  const lists = [
    listBlock('Changed paths', range.changedFiles, 12, code),
    listBlock('Added/updated tests', range.testFiles, 12, code),
    listBlock('Commit trail', range.commits, 20, links.commit),
  ].filter((b): b is string => b !== undefined);
  if (discovery.sessions.length === 0) return fit([...head, ...middle, ...lists, NO_SESSIONS_TEXT], undefined);
  const full = discovery.sessions.slice(0, MAX_LINKED_SESSIONS).map((s) => sessionEntry(s, input, links));
  // Without A11 details the §9.1 rule holds: at most 50 entries, no one-line tail.
  const short = input.details !== undefined ? discovery.sessions.map((s) => shortEntry(s, input)) : [];
  return fit([...head, ...middle, ...lists], { total: discovery.sessions.length, full, short });
}

/**
 * Applies the length cap: Linked sessions entries are dropped from the end (adjusting `...and <k> more
 * sessions.`) until the body fits. Should the rest still be too long (pathological paths), list items and
 * finally the text itself are cut, so an API call is never rejected for length.
 */
function fit(blocks: string[], linked: { total: number; full: string[]; short: string[] } | undefined): string {
  if (linked !== undefined) {
    const prefixLen = blocks.join('\n\n').length + 2;
    const fullSums = [0];
    for (const e of linked.full) fullSums.push(fullSums[fullSums.length - 1] + e.length);
    const shortSums = [0];
    for (const e of linked.short) shortSums.push(shortSums[shortSums.length - 1] + e.length);
    const fits = (f: number, k: number): boolean => {
      const chars = fullSums[f] + (k === 0 ? 0 : shortSums[f + k] - shortSums[f]);
      return prefixLen + linkedBlockLength(linked.total, f + k, chars) + 1 <= BODY_LIMIT;
    };
    // Full blocks first while they fit, then one line per further session, then `...and <k> more sessions.`
    let f = linked.full.length;
    while (f > 0 && !fits(f, 0)) f--;
    let k = 0;
    const room = Math.max(0, linked.short.length - f);
    let lo = 0;
    let hi = room;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fits(f, mid)) lo = mid;
      else hi = mid - 1;
    }
    k = lo;
    const entries = [...linked.full.slice(0, f), ...linked.short.slice(f, f + k)];
    blocks = [...blocks, linkedSessionsBlock(linked.total, entries)];
  }
  let body = join(blocks);
  if (body.length <= BODY_LIMIT) return body;
  // Pathological (huge paths): cut every over-long line, then the tail.
  body = join(
    blocks.map((b) =>
      b
        .split('\n')
        .map((l) => (l.length > 1000 ? Array.from(l).slice(0, 999).join('') + '…' : l))
        .join('\n'),
    ),
  );
  if (body.length <= BODY_LIMIT) return body;
  return (
    Array.from(body)
      .slice(0, BODY_LIMIT - 2)
      .join('')
      .replace(/[\uD800-\uDBFF]$/, '') + '…\n'
  );
}

/** Kept here for callers of the review API; the sticky upsert in core/providers owns it. */
export { normalizeBody } from '../providers/sticky';
