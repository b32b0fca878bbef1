// `opensession hook pre-push <remote> [<url>]` (git-native.md §9.4-9.7): secret scan, branch sync,
// notes, ledger and notes fanout to the remote the user is pushing to.
import { formatErrorChain, isDebugValue } from '../errors';
import { branchCommitSets, type BranchCommitsOf } from './branch-commits';
// Static imports stay light (no isomorphic-git, parsers or HAIL writer): the no-op path must start fast (§9.9, §17).
import { readFanoutMode } from './fanout-mode';
import { ledgerRef, NOTES_REF } from './refs';
import { isConfiguredRemote, trackingRefOf } from './remotes';
import { readRef, Repo } from './repo';
import { parsePushUpdates, PushUpdate, scanPushedSecrets } from './secret-scan';
import type { EarlyParse, SyncOptions } from './sync';
import { writeFanoutStamp } from './stamp';

export interface PrePushOptions {
  repo: Repo;
  remote: string;
  url?: string;
  stdin: string;
  env: Record<string, string | undefined>;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
  /** Overrides for the branch sync (tests). */
  sync?: Partial<SyncOptions>;
  now?: () => Date;
}

function truthy(v: string | undefined): boolean {
  return isDebugValue(v); // same truthy set: trimmed, case-insensitive 1/true/yes/on
}

const isZero = (sha: string): boolean => /^0+$/.test(sha);

/** Runs the hook; returns the exit code (0 or 1). */
export async function runPrePush(o: PrePushOptions): Promise<number> {
  const colour = o.stderrIsTTY && o.env.NO_COLOR === undefined;
  const warn = (msg: string): void =>
    o.stderr(`${colour ? '\x1b[1;33m[opensession] Warning:\x1b[0m' : '[opensession] Warning:'} ${msg}\n`);
  const fail = (msg: string): void =>
    o.stderr(`${colour ? '\x1b[1;31m[opensession] Error:\x1b[0m' : '[opensession] Error:'} ${msg}\n`);
  const strict = truthy(o.env.OPENSESSION_STRICT);
  const debug = isDebugValue(o.env.OPENSESSION_DEBUG);
  const repo = o.repo;
  const mark = phaseTimer(o.env, o.stderr);

  const updates = parsePushUpdates(o.stdin);
  if (updates.length === 0) return 0;
  // The fanout mode does not depend on the scan: its `git config` runs meanwhile.
  const modeP = readFanoutMode(repo, o.env);
  modeP.catch(() => undefined); // awaited after the scan; unobserved when the scan refuses the push
  const named = await isConfiguredRemote(repo, o.remote, o.env);
  // 2. Secret scan before anything else: its `git log` starts first, so git works while the modules below load.
  const scanP = scanPushedSecrets(repo, o.remote, updates, named);
  // The branch commits of the pushed tips (what the sync links sessions with): their `git log` starts now too, while
  // this process is small (a fork copies its memory map) and git has time to answer before the parses are done.
  const byBranch = new Map<string, PushUpdate>();
  for (const u of updates)
    if (u.remoteRef.startsWith('refs/heads/')) byBranch.set(u.remoteRef.slice('refs/heads/'.length), u);
  let branchCommits: Promise<BranchCommitsOf> | undefined;
  if (byBranch.size > 0 && o.sync?.branchCommits === undefined) {
    branchCommits = branchCommitSets(
      repo,
      [...byBranch.values()].map((u) => u.localSha),
    );
    branchCommits.catch(() => undefined); // awaited by the sync; unobserved when the scan refuses the push
  }
  // While the scan waits for git: the agent logs are listed and the new ones parsed, the sync modules compile
  // (all read only: nothing is written before the scan has let the push through).
  let discovered: Promise<{ files: Array<{ path: string; tool: string }>; early: Map<string, EarlyParse> }> | undefined;
  const earlyStop = { stopped: false };
  if (updates.some((u) => u.remoteRef.startsWith('refs/heads/')) && o.sync?.discover === undefined) {
    discovered = import('./sync').then(async (m) => {
      const files = await m.discoverSessionFiles(o.env);
      return { files, early: await m.startEarlyParses(o.env, files, earlyStop) };
    });
    discovered.catch(() => undefined); // awaited by the sync; unobserved when the scan refuses the push
  }
  const scan = await scanP;
  mark('secret scan');
  if (scan.limit !== undefined) warn(`secret scan stopped at ${scan.limit}; older changes were not scanned.`);
  if (scan.findings.length > 0) {
    o.stderr(`[opensession] Potential secrets detected in push to ${o.remote}:\n`);
    for (const f of scan.findings) o.stderr(`  ${f.sha.slice(0, 7)} ${f.path}:${f.line} [${f.rule}]\n`);
    if (strict) {
      earlyStop.stopped = true; // the push is refused: no more agent logs are parsed for it
      fail('OPENSESSION_STRICT=1 and potential secrets were detected.');
      o.stderr('  To push anyway: git push --no-verify\n');
      return 1;
    }
    warn('potential secrets detected; the push continues. Set OPENSESSION_STRICT=1 to block such pushes.');
  }

  // 3. Fanout mode.
  const mode = (await modeP).mode;

  // 4. Sync, all pushed branches at once (remote branch name; last update wins).
  const startedAt = new Date();
  let syncFailed = false;
  const recorded: Array<{ branch: string; stored: number }> = [];
  if (byBranch.size > 0) {
    try {
      const { syncBranches } = await import('./sync');
      const targets = [...byBranch].map(([branch, u]) => ({
        branch,
        tip: u.localSha,
        localBranch: u.localRef.startsWith('refs/heads/') ? u.localRef.slice('refs/heads/'.length) : undefined,
      }));
      const results = await syncBranches(repo, o.remote, targets, {
        env: o.env,
        now: o.now,
        mark,
        ...(discovered !== undefined
          ? { discover: async () => (await discovered!).files, earlyParses: async () => (await discovered!).early }
          : {}),
        ...(branchCommits !== undefined ? { branchCommits } : {}),
        ...o.sync,
      });
      results.forEach((r, i) => {
        if (r.stored > 0) recorded.push({ branch: targets[i].branch, stored: r.stored });
        if (r.error !== undefined) {
          syncFailed = true;
          warn(`failed to record sessions for ${targets[i].branch}: ${formatErrorChain(r.error, debug)}`);
        }
      });
    } catch (err) {
      syncFailed = true;
      for (const branch of byBranch.keys())
        warn(`failed to record sessions for ${branch}: ${formatErrorChain(err, debug)}`);
    }
  }

  let pushFailed = false;
  // 5. Notes.
  if (mode === 'git_notes') {
    const tips = new Map<string, PushUpdate>();
    for (const u of updates) if (u.remoteRef.startsWith('refs/heads/')) tips.set(u.localSha, u);
    for (const sha of [...tips.keys()].sort()) {
      const u = tips.get(sha)!;
      const branch = u.remoteRef.slice('refs/heads/'.length);
      try {
        const { noteTip } = await import('./notes');
        await noteTip(repo, { branch, localRef: u.localRef, tip: sha, ledgerRef: ledgerRef(branch) }, o.now);
      } catch {
        pushFailed = true;
        warn(`failed to write git note for ${sha}`);
      }
    }
  }

  mark('sync');
  // 6-7. Ledger and notes fanout: every changed ref in ONE push (A8).
  const creates = new Set<string>();
  for (const u of updates)
    if (u.remoteRef.startsWith('refs/heads/') && isZero(u.remoteSha))
      creates.add(u.remoteRef.slice('refs/heads/'.length));
  const toPush: string[] = [];
  for (const branch of byBranch.keys()) {
    const ref = ledgerRef(branch);
    const local = readRef(repo.commonDir, ref);
    if (local === undefined) continue;
    if (named && !creates.has(branch) && readRef(repo.commonDir, trackingRefOf(o.remote, ref)) === local) continue;
    if (!toPush.includes(ref)) toPush.push(ref);
  }
  if (mode === 'git_notes') {
    const local = readRef(repo.commonDir, NOTES_REF);
    if (local !== undefined && (!named || readRef(repo.commonDir, trackingRefOf(o.remote, NOTES_REF)) !== local))
      toPush.push(NOTES_REF);
  }
  if (toPush.length > 0) {
    try {
      const { pushRefs } = await import('./push');
      const res = await pushRefs(repo, o.remote, toPush, { env: o.env });
      for (const f of res.failed) {
        pushFailed = true;
        warn(`failed to push ${f.ref === NOTES_REF ? 'notes' : 'ledger'} ref ${f.ref}`);
      }
    } catch {
      pushFailed = true;
      for (const ref of toPush) warn(`failed to push ${ref === NOTES_REF ? 'notes' : 'ledger'} ref ${ref}`);
    }
  }

  mark(`push (${toPush.length} refs)`);
  // A8: one line when something was recorded; a stamp so the next push with nothing new skips Node.
  const total = recorded.reduce((n, r) => n + r.stored, 0);
  if (total > 0 && !truthy(o.env.OPENSESSION_QUIET))
    o.stderr(
      recordedLine(
        total,
        recorded.map((r) => r.branch),
      ),
    );
  if (!pushFailed && !syncFailed) await writeFanoutStamp(repo, startedAt);
  mark('stamp');

  // 8. Failures.
  if (pushFailed) {
    warn('one or more ledger fanout pushes failed.');
    if (strict) {
      fail('OPENSESSION_STRICT=1 and fanout push failed.');
      return 1;
    }
  }
  if (syncFailed && strict) {
    fail('OPENSESSION_STRICT=1 and session sync failed.');
    return 1;
  }
  return 0;
}

/**
 * `OPENSESSION_TIMING=1`: one `[opensession] timing <phase> <ms> cpu <ms>` stderr line per hook phase (profiling
 * aid; wall and CPU milliseconds of this process since the previous mark, the first since process start).
 */
export function phaseTimer(
  env: Record<string, string | undefined>,
  stderr: (s: string) => void,
): (phase: string) => void {
  if (!isDebugValue(env.OPENSESSION_TIMING)) return () => undefined;
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuMs();
  stderr(`[opensession] timing start ${Math.round(last)} cpu ${Math.round(lastCpu)}\n`);
  return (phase) => {
    const now = performance.now();
    const cpu = cpuMs();
    stderr(`[opensession] timing ${phase} ${Math.round(now - last)} cpu ${Math.round(cpu - lastCpu)}\n`);
    last = now;
    lastCpu = cpu;
  };
}

/** `opensession: recorded N session(s) on <branch>` (A8); several branches are listed, the rest counted. */
export function recordedLine(total: number, branches: readonly string[]): string {
  const shown = branches.slice(0, 3).join(', ');
  const more = branches.length > 3 ? ` and ${branches.length - 3} more branches` : '';
  return `opensession: recorded ${total} session(s) on ${shown}${more}\n`;
}
