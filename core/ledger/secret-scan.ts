// Pre-push secret scan over the added lines of the pushed commits (git-native.md §9.5).
import { redactSecrets } from '../redact/engine';
import { runGit } from './git-cli';
import type { Repo } from './repo';

export const SCAN_MAX_COMMITS = 1000;
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;

export interface SecretFinding {
  sha: string;
  path: string;
  line: number;
  rule: string;
}

export interface ScanResult {
  findings: SecretFinding[];
  /** `1000 commits` or `10 MiB` when a limit stopped the scan. */
  limit?: string;
}

export interface PushUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

const isZero = (sha: string): boolean => /^0+$/.test(sha);

/** Parses git's pre-push stdin; deletions (local sha all zeros) are dropped. */
export function parsePushUpdates(stdin: string): PushUpdate[] {
  const out: PushUpdate[] = [];
  for (const line of stdin.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    if (isZero(localSha) && (localSha.length === 40 || localSha.length === 64)) continue;
    out.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return out;
}

/** Rules that fire on one added line (each rule once per line). */
export function lineFindings(text: string): string[] {
  const counts: Record<string, number> = {};
  redactSecrets(text, counts);
  return Object.keys(counts);
}

/** Scans every update's range; the secret text itself is never returned. */
export async function scanPushedSecrets(
  repo: Repo,
  remote: string,
  updates: readonly PushUpdate[],
  namedRemote: boolean,
): Promise<ScanResult> {
  const findings: SecretFinding[] = [];
  const seen = new Set<string>();
  let commits = 0;
  let bytes = 0;
  // Updates whose remote sha is unknown share one range (`<shas> --not --remotes`): one `git log` for all of them,
  // so a push of many new branches starts one process, not one per branch.
  const ranges: string[][] = [];
  const unknown: string[] = [];
  for (const u of updates) {
    const known =
      !isZero(u.remoteSha) &&
      (await runGit(['cat-file', '-e', `${u.remoteSha}^{commit}`], { cwd: repo.root })).code === 0;
    if (known) ranges.push([`${u.remoteSha}..${u.localSha}`]);
    else if (!unknown.includes(u.localSha)) unknown.push(u.localSha);
  }
  if (unknown.length > 0) ranges.push([...unknown, '--not', namedRemote ? `--remotes=${remote}` : '--remotes']);
  for (const range of ranges) {
    const res = await runGit(
      ['log', '-p', '--no-color', '--no-ext-diff', '--no-textconv', '-U0', '--format=%x00%H', ...range, '--'],
      {
        cwd: repo.root,
      },
    );
    if (res.code !== 0) continue;
    let sha = '';
    let file: string | undefined;
    let lineNo = 0;
    for (const raw of res.stdout.split('\n')) {
      if (raw.startsWith('\u0000')) {
        sha = raw.slice(1).trim();
        file = undefined;
        if (seen.has(sha)) {
          sha = '';
          continue;
        }
        seen.add(sha);
        if (++commits > SCAN_MAX_COMMITS) return { findings, limit: '1000 commits' };
        continue;
      }
      if (sha === '') continue;
      bytes += raw.length + 1;
      if (bytes > SCAN_MAX_BYTES) return { findings, limit: '10 MiB' };
      if (raw.startsWith('+++ ')) {
        file = raw.startsWith('+++ b/') ? raw.slice(6) : undefined;
        continue;
      }
      if (raw.startsWith('Binary files ')) {
        file = undefined;
        continue;
      }
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
      if (hunk !== null) {
        lineNo = Number(hunk[1]);
        continue;
      }
      if (raw.startsWith('+') && file !== undefined) {
        for (const rule of lineFindings(raw.slice(1))) findings.push({ sha, path: file, line: lineNo, rule });
        lineNo++;
      }
    }
  }
  return { findings };
}
