// Linking sessions to commits: the session window, HEAD reflog links and the hint link (§5.1-5.3).
import * as fs from 'fs';
import * as path from 'path';
import type { Session } from '../hail/types';
import type { ObjectStore } from './objects';

const NS_PER_S = 1_000_000_000n;

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/** §5.1: `[floor(min(created, updated)), ceil(max(created, updated))]` in unix seconds. */
export function sessionWindow(session: Pick<Session, 'context'>): [number, number] {
  const a = session.context.created_at;
  const b = session.context.updated_at;
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  return [Number(floorDiv(lo, NS_PER_S)), Number(ceilDiv(hi, NS_PER_S))];
}

/** One `logs/HEAD` line as §5.2 and A8 read it. */
export interface ReflogEntry {
  /** The new sha when it looks like one (§5.2), else undefined. */
  sha: string | undefined;
  /** Unix seconds (the second-to-last token before the tab), NaN when not a number. */
  ts: number;
  /** `checkout: moving from <a> to <b>`: [a, b]. */
  checkout?: [string, string];
}

/** Reads and splits a worktree's `logs/HEAD` once; undefined when it cannot be read. */
export function readHeadReflog(gitDir: string): ReflogEntry[] | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(gitDir, 'logs', 'HEAD'), 'utf8');
  } catch {
    return undefined;
  }
  const out: ReflogEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const left = tab === -1 ? line : line.slice(0, tab);
    const tokens = left.split(/\s+/).filter((t) => t !== '');
    const entry: ReflogEntry = {
      sha: tokens.length >= 4 && /^[0-9a-fA-F]{7,}$/.test(tokens[1]) ? tokens[1] : undefined,
      ts: tokens.length >= 2 ? Number(tokens[tokens.length - 2]) : NaN,
    };
    if (tab !== -1) {
      const m = /^checkout: moving from (.+) to (.+)$/.exec(line.slice(tab + 1));
      if (m !== null) entry.checkout = [m[1], m[2]];
    }
    out.push(entry);
  }
  return out;
}

/** §5.2: new-shas of `logs/HEAD` entries inside the window, file order, de-duplicated. */
export function reflogLinks(gitDir: string, window: [number, number]): string[] {
  return reflogLinksIn(readHeadReflog(gitDir), window);
}

/** {@link reflogLinks} over a reflog read once with {@link readHeadReflog}. */
export function reflogLinksIn(entries: readonly ReflogEntry[] | undefined, window: [number, number]): string[] {
  const out: string[] = [];
  if (entries === undefined) return out;
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.sha === undefined || !Number.isInteger(e.ts) || e.ts < window[0] || e.ts > window[1]) continue;
    if (seen.has(e.sha)) continue;
    seen.add(e.sha);
    out.push(e.sha);
  }
  return out;
}

export const HINT_SLACK_SECONDS = 21_600;

/** §5.3: appends the hint when it is set, not listed, and committed within the window ± 6 h. */
export async function withHintLink(
  store: ObjectStore,
  links: readonly string[],
  hint: string | undefined,
  window: [number, number],
): Promise<string[]> {
  const out = [...links];
  const h = (hint ?? '').trim();
  if (h === '' || /^0+$/.test(h) || out.includes(h)) return out;
  try {
    const { committerTime } = await store.readCommit(h);
    if (committerTime >= window[0] - HINT_SLACK_SECONDS && committerTime <= window[1] + HINT_SLACK_SECONDS) out.push(h);
  } catch {
    // an unreadable hint is not linked
  }
  return out;
}

/**
 * A8: the branch checked out in a worktree at unix time `at`, from its `logs/HEAD` checkout entries
 * (`checkout: moving from <a> to <b>`): the target of the last checkout at or before `at`, else the source of
 * the first one after it; undefined when the reflog names no checkout (the caller then uses the current branch).
 */
export function checkedOutBranchAt(gitDir: string, at: number): string | undefined {
  return checkedOutBranchIn(readHeadReflog(gitDir), at);
}

/** {@link checkedOutBranchAt} over a reflog read once with {@link readHeadReflog}. */
export function checkedOutBranchIn(entries: readonly ReflogEntry[] | undefined, at: number): string | undefined {
  if (entries === undefined) return undefined;
  let before: string | undefined;
  for (const e of entries) {
    if (e.checkout === undefined || !Number.isInteger(e.ts)) continue;
    if (e.ts <= at) before = e.checkout[1];
    else return before ?? e.checkout[0];
  }
  return before;
}
