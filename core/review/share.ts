// Agent share (amendments-2 A11): the added lines of the PR diff (base...head, per path) that equal a line a linked
// session wrote on the same path — an added line of a FileEdit diff or a line of a FileCreate body.
import parseDiff from 'parse-diff';
import type { GitRunner } from './git';
import type { SessionDetail } from './session-detail';
import { traceKey } from './session-detail';

export interface PrDiff {
  /** PR path → its added lines, in diff order (raw, untrimmed). */
  added: Map<string, string[]>;
  totalAdded: number;
}

export interface SessionShare {
  /** PR files this session changed, in PR path order, with the PR's added lines traced to this session. */
  files: Array<{ path: string; tracedLines: number }>;
  tracedLines: number;
}

export interface AgentShare {
  traced: number;
  added: number;
  /** Whole percent, rounded; 0 when nothing was added. */
  percent: number;
  /** By session id. */
  sessions: Map<string, SessionShare>;
}

/** Parses `git diff` text into added lines per path. */
export function parsePrDiff(text: string): PrDiff {
  const added = new Map<string, string[]>();
  let totalAdded = 0;
  for (const f of parseDiff(text)) {
    const path = f.to !== undefined && f.to !== '/dev/null' ? f.to : undefined;
    if (path === undefined) continue;
    const lines: string[] = added.get(path) ?? [];
    for (const c of f.chunks) for (const ch of c.changes) if (ch.type === 'add') lines.push(ch.content.slice(1));
    totalAdded += lines.length - (added.get(path)?.length ?? 0);
    added.set(path, lines);
  }
  return { added, totalAdded };
}

/** The PR diff (`base...head`, or the head commit alone without a usable base); empty when git cannot give it. */
export async function readPrDiff(git: GitRunner, base: string | undefined, head: string): Promise<PrDiff> {
  const common = ['-c', 'core.quotePath=false'];
  const opts = ['--no-color', '--no-ext-diff', '--no-renames', '--unified=0'];
  let r =
    base !== undefined
      ? await git.run([...common, 'diff', ...opts, `${base}...${head}`])
      : { code: 1, stdout: '', stderr: '' };
  if (r.code !== 0) r = await git.run([...common, 'show', ...opts, '--pretty=format:', head]);
  return r.code === 0 ? parsePrDiff(r.stdout) : { added: new Map(), totalAdded: 0 };
}

/**
 * Which PR path a session path names: the same path, or an absolute/longer path ending in `/<pr path>` (agents
 * record absolute paths). The longest PR path wins.
 */
export function matchPrPath(
  sessionPath: string,
  prPaths: ReadonlySet<string>,
  bySuffix: Map<string, string[]>,
): string | undefined {
  const p = sessionPath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (prPaths.has(p)) return p;
  const base = p.slice(p.lastIndexOf('/') + 1);
  let best: string | undefined;
  for (const cand of bySuffix.get(base) ?? []) {
    if (p.endsWith('/' + cand) && (best === undefined || cand.length > best.length)) best = cand;
  }
  return best;
}

/** The share of the PR's added lines traced to the linked sessions, overall and per session. */
export function computeAgentShare(diff: PrDiff, details: ReadonlyMap<string, SessionDetail>): AgentShare {
  const prPaths = new Set(diff.added.keys());
  const bySuffix = new Map<string, string[]>();
  for (const p of prPaths) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    const list = bySuffix.get(base) ?? [];
    list.push(p);
    bySuffix.set(base, list);
  }
  // PR path → session id → the session's written lines there (several session paths may map to one PR path).
  const perPath = new Map<string, Map<string, Set<string>>>();
  for (const [id, d] of details) {
    for (const [sp, lines] of d.written) {
      const pr = matchPrPath(sp, prPaths, bySuffix);
      if (pr === undefined) continue;
      let m = perPath.get(pr);
      if (m === undefined) perPath.set(pr, (m = new Map()));
      const cur = m.get(id);
      if (cur === undefined) m.set(id, new Set(lines));
      else for (const l of lines) cur.add(l);
    }
  }
  let traced = 0;
  const sessions = new Map<string, SessionShare>();
  for (const id of details.keys()) sessions.set(id, { files: [], tracedLines: 0 });
  for (const [path, lines] of diff.added) {
    const writers = perPath.get(path);
    if (writers === undefined) continue;
    const perSession = new Map<string, number>();
    for (const id of writers.keys()) perSession.set(id, 0);
    for (const line of lines) {
      const k = traceKey(line);
      if (k === undefined) continue;
      let hit = false;
      for (const [id, set] of writers) {
        if (set.has(k)) {
          hit = true;
          perSession.set(id, perSession.get(id)! + 1);
        }
      }
      if (hit) traced++;
    }
    for (const [id, n] of perSession) {
      const s = sessions.get(id)!;
      s.files.push({ path, tracedLines: n });
      s.tracedLines += n;
    }
  }
  const added = diff.totalAdded;
  return { traced, added, percent: added === 0 ? 0 : Math.round((traced * 100) / added), sessions };
}
