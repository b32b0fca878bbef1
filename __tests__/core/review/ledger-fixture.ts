// Test fixtures for the session review: temp repos, commits and ledger refs written with `git fast-import`
// (independent of core/ledger, so review tests pin the ledger *format*, not its writer).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', HOME: os.tmpdir() },
    maxBuffer: 256 * 1024 * 1024,
  }).trim();
}

export function tempDir(prefix = 'os-review-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function initRepo(dir: string = tempDir(), branch = 'main'): string {
  git(dir, 'init', '-q', '-b', branch);
  // What five `git config` calls would write, appended in one go (a fresh init has none of these sections).
  fs.appendFileSync(
    path.join(dir, '.git', 'config'),
    '[user]\n\tname = Test\n\temail = test@example.com\n[gc]\n\tauto = 0\n' +
      '[maintenance]\n\tauto = false\n[commit]\n\tgpgsign = false\n',
  );
  return dir;
}

let tick = 1_767_225_600; // 2026-01-01T00:00:00Z

/** Commits `files` (path → content) on the current branch with a deterministic date; returns the sha. */
export function commitFiles(cwd: string, files: Record<string, string>, message: string): string {
  for (const [p, c] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(cwd, p)), { recursive: true });
    fs.writeFileSync(path.join(cwd, p), c);
  }
  git(cwd, 'add', '-A');
  tick += 60;
  const date = `@${tick} +0000`;
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, HOME: os.tmpdir() },
  });
  return git(cwd, 'rev-parse', 'HEAD');
}

export interface FixtureSession {
  id: string;
  title?: string | null;
  tool?: string;
  role?: 'primary' | 'auxiliary';
  filesChanged?: number;
  storedAt: string;
  commits: string[];
  /** HAIL JSONL text; default: a header line only. */
  hail?: string;
  /** Raw meta text replacing the generated one. */
  meta?: string;
  /** Raw index blob replacing the generated one. */
  index?: string;
}

export function safeSegment(id: string): string {
  let out = '';
  for (const ch of id) out += /^[A-Za-z0-9._-]$/.test(ch) ? ch : '_';
  if (out === '' || out === '.' || out === '..') out = out === '' ? '_' : out.replace(/./g, '_');
  return out;
}

export function sessionPaths(id: string): { hail: string; meta: string } {
  const sid = safeSegment(id);
  const shard = sid.length === 1 ? sid : sid.slice(0, 2);
  return { hail: `v1/${shard}/${sid}.hail.jsonl`, meta: `v1/${shard}/${sid}.meta.json` };
}

export function headerLine(id: string, title = 'Session'): string {
  return JSON.stringify({
    type: 'header',
    version: 'hail-1.0.0',
    session_id: id,
    agent: { provider: 'openai', model: 'gpt-5', tool: 'codex' },
    context: { title, tags: [], created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' },
  });
}

/** The ledger tree files for `sessions`. */
export function ledgerFiles(sessions: readonly FixtureSession[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const s of sessions) {
    const p = sessionPaths(s.id);
    files.set(p.hail, s.hail ?? headerLine(s.id) + '\n');
    files.set(
      p.meta,
      s.meta ??
        JSON.stringify(
          {
            schema_version: 2,
            session_id: s.id,
            session_role: s.role ?? 'primary',
            stats: { files_changed: s.filesChanged ?? 0 },
            stored_at: s.storedAt,
            title: s.title === undefined ? `Title of ${s.id}` : s.title,
            tool: s.tool ?? 'codex',
          },
          null,
          2,
        ),
    );
    for (const c of s.commits) {
      files.set(
        `v1/index/commits/${safeSegment(c)}/${safeSegment(s.id)}.json`,
        s.index ?? JSON.stringify({ hail_path: p.hail, meta_path: p.meta, session_id: s.id, stored_at: s.storedAt }),
      );
    }
  }
  return files;
}

/** Writes one commit with exactly `files` on `ref` (parent: the ref's current tip, if any) via fast-import. */
export function writeTreeCommit(cwd: string, ref: string, files: Map<string, string>, message = 'ledger'): string {
  const parts: Buffer[] = [];
  const push = (s: string | Buffer): void => {
    parts.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
  };
  const data = (s: string): void => {
    const b = Buffer.from(s, 'utf8');
    push(`data ${b.length}\n`);
    push(b);
    push('\n');
  };
  let parent: string | undefined;
  try {
    parent = git(cwd, 'rev-parse', '--verify', '--quiet', ref);
  } catch {
    parent = undefined;
  }
  push(`commit ${ref}\n`);
  push(`committer opensession <cli@opensession.io> ${++tick} +0000\n`);
  data(message);
  if (parent) push(`from ${parent}\n`);
  push('deleteall\n');
  for (const [p, c] of files) {
    push(`M 100644 inline ${p}\n`);
    data(c);
  }
  push('\n');
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd, input: Buffer.concat(parts), maxBuffer: 1 << 28 });
  return git(cwd, 'rev-parse', ref);
}

export function writeLedger(cwd: string, ref: string, sessions: readonly FixtureSession[]): string {
  return writeTreeCommit(cwd, ref, ledgerFiles(sessions));
}

export function ledgerRefOf(branch: string): string {
  return 'refs/opensession/branches/' + Buffer.from(branch, 'utf8').toString('base64url');
}
