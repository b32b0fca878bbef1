// `opensession view <target>` (git-native.md §13): a PR/MR link, source URI, local HAIL file, commit or `a..b`
// range → the page that shows its sessions: a local review bundle served by `opensession serve`, or a source page.
import { Command } from 'commander';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GuidedError } from '../../core/errors';
import { fromWholeSessionJson, parseHail } from '../../core/hail';
import type { Session } from '../../core/hail';
import { findRepoRoot } from '../../core/ledger/repo';
import { buildCommitBundle, buildLocalBundle, reviewLedgerRefs, writeBundle } from '../../core/review/bundle';
import type { BundlePr } from '../../core/review/bundle';
import { createGitRunner } from '../../core/review';
import type { GitRunner } from '../../core/review';
import { readLocalObject } from '../../core/store';
import { parseSourceUri, webRoute } from '../../core/uri';
import { cleanRemotePath, remoteHostAndPath, stripUrlCredentials } from '../../core/uri/remote';
import type { CliContext } from '../context';
import { storeSettings, writeJson } from '../output';
import {
  ensureLocalReviewServer,
  ensureLocalServer,
  localReviewBase,
  localReviewUrl,
  openInBrowser,
} from '../review-server';

interface ViewOptions {
  open: boolean;
  json?: boolean;
  repo?: string;
  fetch: boolean;
}

type Mode = 'local' | 'source' | 'jsonl' | 'commit';

interface Resolved {
  mode: Mode;
  url: string;
  reviewId: string | null;
  /** Root whose `.opensession/review` holds the bundle (bundle modes), or whose server must be ensured. */
  root?: string;
  /** Source mode without a loadable `share.base_url`: the local server is ensured before opening. */
  ensureServer?: boolean;
}

/** V1 (§13.4). */
function unresolved(target: string, cause: string): GuidedError {
  return new GuidedError(`unable to resolve view target \`${target}\`: ${cause}`, [
    'for source URIs: `opensession view os://src/... --no-open`',
    'for local files: `opensession view ./session.hail.jsonl --no-open`',
    'for commits/ranges: `opensession view HEAD` or `opensession view main..feature`',
  ]);
}

/** Cause text of an error, without guided steps. */
function causeOf(err: unknown): string {
  if (err instanceof GuidedError) return err.reason;
  return err instanceof Error ? err.message : String(err);
}

/** §13.2 step 1: a PR or MR web link. */
function isChangeLink(target: string): boolean {
  if (!/^https?:\/\//i.test(target)) return false;
  try {
    const p = new URL(target).pathname;
    return /\/[^/]+\/[^/]+\/pull\/[^/]+/.test(p) || /\/-\/merge_requests\/[^/]+/.test(p);
  } catch {
    return false;
  }
}

/** A session from HAIL JSONL, else the whole-session JSON form. */
function decodeSession(bytes: Buffer): Session {
  const text = bytes.toString('utf8');
  try {
    return parseHail(text);
  } catch (first) {
    try {
      return fromWholeSessionJson(text);
    } catch {
      throw first;
    }
  }
}

function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function originProject(git: GitRunner): Promise<{ owner: string; repo: string; remote: string }> {
  const r = await git.run(['remote', 'get-url', 'origin']);
  const url = r.code === 0 ? r.stdout.trim() : '';
  const hp = url === '' ? undefined : remoteHostAndPath(stripUrlCredentials(url));
  if (hp === undefined) return { owner: 'local', repo: 'repo', remote: r.code === 0 ? 'origin' : 'local' };
  const project = cleanRemotePath(hp.path);
  const cut = project.lastIndexOf('/');
  return cut > 0
    ? { owner: project.slice(0, cut), repo: project.slice(cut + 1), remote: 'origin' }
    : { owner: 'local', repo: project || 'repo', remote: 'origin' };
}

async function revParse(git: GitRunner, rev: string): Promise<string | undefined> {
  if (rev.startsWith('-')) return undefined;
  const r = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
}

/** §13.2 steps 4–5: a commit or `A..B` range → a commit bundle. */
async function resolveCommits(
  ctx: CliContext,
  target: string,
  rev: string,
  start: string,
): Promise<Resolved & { write: () => Promise<void> }> {
  const root = findRepoRoot(start);
  if (root === undefined) throw unresolved(target, 'current directory is not inside a git repository');
  const git = createGitRunner(root, ctx.env);
  const none = unresolved(target, `no commits resolved from target \`${target}\``);
  let commits: string[];
  let baseSha: string;
  const dots = rev.indexOf('..');
  if (dots >= 0) {
    const a = rev.slice(0, dots);
    const b = rev.slice(dots + 2);
    if (a === '' || b === '' || b.startsWith('.')) throw unresolved(target, 'invalid commit range');
    const A = await revParse(git, a);
    const B = await revParse(git, b);
    if (A === undefined || B === undefined) throw none;
    const list = await git.run(['rev-list', '--reverse', `${A}..${B}`]);
    commits = list.stdout.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l.trim()));
    baseSha = A;
  } else {
    const c = await revParse(git, rev);
    if (c === undefined) throw none;
    commits = [c];
    baseSha = (await revParse(git, `${c}^1`)) ?? '';
  }
  if (commits.length === 0) throw none;
  const head = commits[commits.length - 1];
  const reviewId = `commit-${head.slice(0, 12)}`;
  const origin = await originProject(git);
  const ordered: BundlePr = {
    url: target,
    owner: origin.owner,
    repo: origin.repo,
    number: 0,
    remote: origin.remote,
    base_sha: baseSha,
    head_sha: head,
  };
  return {
    mode: 'commit',
    url: localReviewUrl(ctx.env, reviewId),
    reviewId,
    root,
    write: async () => {
      const bundle = await buildCommitBundle(git, {
        reviewId,
        pr: ordered,
        commits,
        refs: await reviewLedgerRefs(git),
        now: ctx.now(),
        warn: (l) => ctx.stderr(l + '\n'),
      });
      await writeBundle(root, bundle);
    },
  };
}

async function resolveTarget(
  ctx: CliContext,
  target: string,
  start: string,
): Promise<Resolved & { write?: () => Promise<void> }> {
  const bundleRoot = findRepoRoot(start) ?? start;
  if (target.startsWith('os://')) {
    let uri;
    try {
      uri = parseSourceUri(target);
    } catch (err) {
      throw unresolved(target, causeOf(err));
    }
    if (uri.kind === 'artifact') throw unresolved(target, 'unsupported target URI');
    if (uri.kind === 'local') {
      let session: Session;
      try {
        const obj = await readLocalObject(uri.sha256, { ...storeSettings(ctx), cwd: start });
        session = decodeSession(obj.bytes);
      } catch (err) {
        throw unresolved(target, causeOf(err));
      }
      const reviewId = `local-${uri.sha256.toLowerCase().slice(0, 12)}`;
      return {
        mode: 'local',
        url: localReviewUrl(ctx.env, reviewId),
        reviewId,
        root: bundleRoot,
        write: async () => {
          await writeBundle(bundleRoot, buildLocalBundle({ reviewId, target, session, now: ctx.now() }));
        },
      };
    }
    const route = webRoute(uri) ?? '/';
    try {
      const { loadShareBaseUrl, shareConfigPath } = await import('../../core/config/share');
      const base = loadShareBaseUrl(shareConfigPath(bundleRoot)).replace(/\/+$/, '');
      return { mode: 'source', url: base + route, reviewId: null };
    } catch {
      return {
        mode: 'source',
        url: localReviewBase(ctx.env) + route,
        reviewId: null,
        root: bundleRoot,
        ensureServer: true,
      };
    }
  }
  const file = path.resolve(start, target);
  let isFile = false;
  try {
    isFile = fs.statSync(file).isFile();
  } catch {
    isFile = false;
  }
  if (isFile) {
    let bytes: Buffer;
    let session: Session;
    try {
      bytes = fs.readFileSync(file);
      session = decodeSession(bytes);
    } catch (err) {
      throw unresolved(target, causeOf(err));
    }
    const reviewId = `local-${sha256Hex(bytes).slice(0, 12)}`;
    return {
      mode: 'jsonl',
      url: localReviewUrl(ctx.env, reviewId),
      reviewId,
      root: bundleRoot,
      write: async () => {
        await writeBundle(bundleRoot, buildLocalBundle({ reviewId, target, session, now: ctx.now() }));
      },
    };
  }
  const commitUrl = /\/commit\/([0-9a-fA-F]{7,64})(?:[/?#]|$)/.exec(target);
  if (/^https?:\/\//i.test(target) && commitUrl !== null) return resolveCommits(ctx, target, commitUrl[1], start);
  return resolveCommits(ctx, target, target, start);
}

export function viewCommand(ctx: CliContext): Command {
  return new Command('view')
    .description('open the sessions of a PR/MR link, source URI, HAIL file, commit or range in the local viewer')
    .argument('<target>', 'PR/MR URL, os:// source URI, HAIL file, commit, or A..B range')
    .option('--no-open', 'print the URL instead of opening a browser')
    .option('--json', 'print {mode, opened, review_id, target, url} as JSON')
    .option('--repo <path>', 'repository path (default: the working directory)')
    .option('--no-fetch', 'for PR/MR links: do not fetch the head or ledger refs')
    .action(async (target: string, opts: ViewOptions) => {
      const start = opts.repo !== undefined ? path.resolve(ctx.cwd, opts.repo) : ctx.cwd;
      if (isChangeLink(target)) {
        const { reviewCommand } = await import('./review');
        const args = [target, '--web'];
        if (opts.repo !== undefined) args.push('--repo', opts.repo);
        if (!opts.fetch) args.push('--no-fetch');
        if (!opts.open) args.push('--no-open');
        if (opts.json === true) args.push('--json');
        await reviewCommand(ctx).exitOverride().parseAsync(args, { from: 'user' });
        return;
      }
      const r = await resolveTarget(ctx, target, start);
      if (r.write !== undefined) await r.write();
      let opened = false;
      if (opts.open && opts.json !== true) {
        if (r.root !== undefined && (r.reviewId !== null || r.ensureServer === true)) {
          if (r.reviewId !== null) await ensureLocalReviewServer(ctx, r.root, r.reviewId);
          else await ensureLocalServer(ctx, r.root);
        }
        opened = await openInBrowser(ctx, r.url);
      }
      if (opts.json === true) {
        writeJson(ctx, { mode: r.mode, opened, review_id: r.reviewId, target, url: r.url });
        return;
      }
      ctx.stdout(r.url + '\n' + (r.reviewId !== null ? `review_id: ${r.reviewId}\n` : ''));
    });
}
