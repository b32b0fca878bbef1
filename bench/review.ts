// Session review bench: a generated history of 300 commits and a ledger of 1,000 sessions (some with Q&A);
// times range + discovery + Q&A digest + rendering (the work `opensession review` and the CI do) and reports the
// comment length. Goal: review_render_ms < 5,000; the comment always fits GitHub's limit.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildReviewData, createGitRunner, renderComment } from '../core/review';

export const REVIEW_COMMITS = 300;
export const REVIEW_SESSIONS = 1000;
export const REVIEW_GOALS = { review_render_ms: '< 5000', review_comment_chars: '<= 65000' };

function fastImport(cwd: string, parts: Buffer[]): void {
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd, input: Buffer.concat(parts), maxBuffer: 1 << 28 });
}

function dataBlock(parts: Buffer[], text: string): void {
  const b = Buffer.from(text, 'utf8');
  parts.push(Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n'));
}

const token = (branch: string): string => Buffer.from(branch, 'utf8').toString('base64url');

function hailFor(id: string, i: number): string {
  const lines = [
    JSON.stringify({ type: 'header', version: 'hail-1.0.0', session_id: id, agent: { provider: 'openai', model: 'gpt-5', tool: 'codex' }, context: { title: `Session ${i}`, tags: [], created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' } }),
  ];
  for (let e = 0; e < 20; e++) {
    lines.push(JSON.stringify({ type: 'event', event_id: `e${e}`, timestamp: '2026-01-01T00:00:01Z', event_type: { type: 'AgentMessage' }, content: { blocks: [{ type: 'Text', text: `step ${e} of session ${i}: ` + 'x'.repeat(80) }] } }));
  }
  // Real-shaped edits and commands: a FileEdit whose added lines match a PR file, a test run, a failed command.
  const c = (i * 7) % REVIEW_COMMITS;
  const area = ['src', 'lib', 'tests', 'docs', 'core'][c % 5];
  lines.push(JSON.stringify({ type: 'event', event_id: 'u', timestamp: '2026-01-01T00:00:00Z', event_type: { type: 'UserMessage' }, content: { blocks: [{ type: 'Text', text: `Please change module ${c % 40} so that v${c} is exported. ` + 'Keep the public API stable. '.repeat(10) }] } }));
  lines.push(JSON.stringify({ type: 'event', event_id: 'fe', timestamp: '2026-01-01T00:00:05Z', event_type: { type: 'FileEdit', data: { path: `/work/app/${area}/module${c % 40}/file${c}.ts`, diff: `--- a/x\n+++ b/x\n@@ -1 +1 @@\n-export const v${c} = 0;\n+export const v${c} = ${c};` } }, content: { blocks: [] } }));
  lines.push(JSON.stringify({ type: 'event', event_id: 'sh', timestamp: '2026-01-01T00:01:00Z', event_type: { type: 'ShellCommand', data: { command: 'npm test', exit_code: i % 4 === 0 ? 1 : 0 } }, content: { blocks: [] } }));
  lines.push(JSON.stringify({ type: 'stats', event_count: 23, message_count: 21, tool_call_count: 2, task_count: 0, duration_seconds: 60, total_input_tokens: 12000 + i, total_output_tokens: 3400 + i, user_message_count: 1, files_changed: 1, lines_added: 1, lines_removed: 1 }));
  if (i % 50 === 0) {
    lines.push(JSON.stringify({ type: 'event', event_id: 'q', timestamp: '2026-01-01T00:00:02Z', event_type: { type: 'SystemMessage' }, content: { blocks: [{ type: 'Text', text: `Question ${i}: keep the cache?` }] }, attributes: { source: 'interactive_question', question_ids: [`q${i}`] } }));
    lines.push(JSON.stringify({ type: 'event', event_id: 'a', timestamp: '2026-01-01T00:00:03Z', event_type: { type: 'UserMessage' }, content: { blocks: [{ type: 'Text', text: `Answer ${i}: yes` }] }, attributes: { source: 'interactive', question_ids: [`q${i}`] } }));
  }
  return lines.join('\n') + '\n';
}

/** Builds the history and ledger in `dir`; returns base and head commits. */
export function generateReviewRepo(dir: string): { base: string; head: string } {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['config', 'gc.auto', '0'], { cwd: dir });
  const parts: Buffer[] = [];
  const push = (s: string): void => {
    parts.push(Buffer.from(s, 'utf8'));
  };
  let t = 1_767_225_600;
  push('commit refs/heads/main\nmark :1\n');
  push(`committer Bench <bench@example.com> ${t} +0000\n`);
  dataBlock(parts, 'base\n');
  push('M 100644 inline README.md\n');
  dataBlock(parts, 'bench\n');
  for (let c = 0; c < REVIEW_COMMITS; c++) {
    push(`commit refs/heads/feature/bench\nmark :${c + 2}\n`);
    push(`committer Bench <bench@example.com> ${++t} +0000\n`);
    dataBlock(parts, `change ${c}\n`);
    push(`from :${c + 1}\n`);
    const area = ['src', 'lib', 'tests', 'docs', 'core'][c % 5];
    push(`M 100644 inline ${area}/module${c % 40}/file${c}.ts\n`);
    dataBlock(parts, `export const v${c} = ${c};\n`);
  }
  fastImport(dir, parts);
  const revs = execFileSync('git', ['rev-list', 'feature/bench'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
  const base = execFileSync('git', ['rev-parse', 'main'], { cwd: dir, encoding: 'utf8' }).trim();

  // Two ledgers: the head branch holds 800 sessions, `main` 200 more (sessions recorded elsewhere).
  for (const [branch, from, to] of [['feature/bench', 0, 800], ['main', 800, REVIEW_SESSIONS]] as const) {
    const lp: Buffer[] = [];
    const lpush = (s: string): void => {
      lp.push(Buffer.from(s, 'utf8'));
    };
    lpush(`commit refs/opensession/branches/${token(branch)}\n`);
    lpush(`committer opensession <cli@opensession.io> ${++t} +0000\n`);
    dataBlock(lp, 'ledger\n');
    for (let i = from; i < to; i++) {
      const id = `sess-${String(i).padStart(5, '0')}`;
      const hail = `v1/se/${id}.hail.jsonl`;
      const meta = `v1/se/${id}.meta.json`;
      const storedAt = `2026-01-01T00:${String(i % 60).padStart(2, '0')}:00Z`;
      lpush(`M 100644 inline ${hail}\n`);
      dataBlock(lp, hailFor(id, i));
      lpush(`M 100644 inline ${meta}\n`);
      dataBlock(lp, JSON.stringify({ schema_version: 2, session_id: id, session_role: i % 10 === 9 ? 'auxiliary' : 'primary', stats: { files_changed: i % 13 }, stored_at: storedAt, title: `Bench session ${i} ` + 'refactor the parser '.repeat(4), tool: 'codex' }, null, 2));
      for (let k = 0; k < 1 + (i % 3); k++) {
        const sha = revs[(i * 7 + k * 31) % revs.length];
        lpush(`M 100644 inline v1/index/commits/${sha}/${id}.json\n`);
        dataBlock(lp, JSON.stringify({ hail_path: hail, meta_path: meta, session_id: id, stored_at: storedAt }));
      }
    }
    fastImport(dir, lp);
  }
  return { base, head: revs[0] };
}

/** The figures for bench/run.ts: wall time of one full review build + render (best of 3), and the comment length. */
export async function benchReview(work: string): Promise<{ review_render_ms: number; review_comment_chars: number }> {
  const dir = path.join(work, 'review-repo');
  const { base, head } = generateReviewRepo(dir);
  const git = createGitRunner(dir, process.env);
  let best = Infinity;
  let chars = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = process.hrtime.bigint();
    const data = await buildReviewData(git, { base, head, headLedgerRef: `refs/opensession/branches/${token('feature/bench')}` });
    const body = renderComment({
      mode: 'update',
      target: { platform: 'github', repo: 'acme/widgets', repoUrl: 'https://github.com/acme/widgets', number: 18, webBaseUrl: 'https://opensession.io' },
      reviewId: `gh-acme-widgets-pr18-${head.slice(0, 7)}`,
      updatedAt: new Date().toISOString(),
      baseSha: data.baseSha,
      headSha: data.headSha,
      range: data.range,
      discovery: data.discovery,
      qa: data.qa,
      artifact: { branch: 'opensession/pr-18-sessions', persistent: false, attempted: true, published: true },
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (data.discovery.sessions.length < 800) throw new Error(`bench: expected most sessions to be linked, got ${data.discovery.sessions.length}`);
    best = Math.min(best, ms);
    chars = body.length;
  }
  return { review_render_ms: Math.round(best), review_comment_chars: chars };
}

if (require.main === module) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'os-bench-review-'));
  benchReview(work)
    .then((f) => {
      process.stdout.write(JSON.stringify(f) + '\n');
      fs.rmSync(work, { recursive: true, force: true });
    })
    .catch((err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exitCode = 1;
    });
}
