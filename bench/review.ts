// Session review bench: a generated history of 300 commits and a ledger of 1,000 sessions (real-shaped edits,
// commands, prompts; some Q&A). Figures:
// - review_cli_ms: `opensession review --base --head` through the bundle in a fresh process (median of 3), with
//   `node -e 0` of the same run as its baseline;
// - review_render_ms: the same work in-process (best of 3);
// - review_comment_chars: the rendered comment's length (must fit GitHub's 65,536);
// - ci_first_request_ms: process start of `ci session-review` (bundle) → its first request at a fake GitHub API
//   on loopback, with node start as baseline.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildReviewData, createGitRunner, renderComment } from '../core/review';
import { BUNDLED_CLI, elapsedMs, isolatedEnv, median, nodeStartMs, round, runBundledCli } from './harness';

export const REVIEW_COMMITS = 300;
export const REVIEW_SESSIONS = 1000;
export const REVIEW_GOALS = {
  review_cli_ms: '< 1500',
  review_render_ms: '< 5000',
  review_comment_chars: '<= 65536',
  ci_first_request_ms: '< 1000',
};

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
    JSON.stringify({
      type: 'header',
      version: 'hail-1.0.0',
      session_id: id,
      agent: { provider: 'openai', model: 'gpt-5', tool: 'codex' },
      context: {
        title: `Session ${i}`,
        tags: [],
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
      },
    }),
  ];
  for (let e = 0; e < 20; e++) {
    lines.push(
      JSON.stringify({
        type: 'event',
        event_id: `e${e}`,
        timestamp: '2026-01-01T00:00:01Z',
        event_type: { type: 'AgentMessage' },
        content: { blocks: [{ type: 'Text', text: `step ${e} of session ${i}: ` + 'x'.repeat(80) }] },
      }),
    );
  }
  // Real-shaped edits and commands: a FileEdit whose added lines match a PR file, a test run, a failed command.
  const c = (i * 7) % REVIEW_COMMITS;
  const area = ['src', 'lib', 'tests', 'docs', 'core'][c % 5];
  lines.push(
    JSON.stringify({
      type: 'event',
      event_id: 'u',
      timestamp: '2026-01-01T00:00:00Z',
      event_type: { type: 'UserMessage' },
      content: {
        blocks: [
          {
            type: 'Text',
            text:
              `Please change module ${c % 40} so that v${c} is exported. ` + 'Keep the public API stable. '.repeat(10),
          },
        ],
      },
    }),
  );
  lines.push(
    JSON.stringify({
      type: 'event',
      event_id: 'fe',
      timestamp: '2026-01-01T00:00:05Z',
      event_type: {
        type: 'FileEdit',
        data: {
          path: `/work/app/${area}/module${c % 40}/file${c}.ts`,
          diff: `--- a/x\n+++ b/x\n@@ -1 +1 @@\n-export const v${c} = 0;\n+export const v${c} = ${c};`,
        },
      },
      content: { blocks: [] },
    }),
  );
  lines.push(
    JSON.stringify({
      type: 'event',
      event_id: 'sh',
      timestamp: '2026-01-01T00:01:00Z',
      event_type: { type: 'ShellCommand', data: { command: 'npm test', exit_code: i % 4 === 0 ? 1 : 0 } },
      content: { blocks: [] },
    }),
  );
  lines.push(
    JSON.stringify({
      type: 'stats',
      event_count: 23,
      message_count: 21,
      tool_call_count: 2,
      task_count: 0,
      duration_seconds: 60,
      total_input_tokens: 12000 + i,
      total_output_tokens: 3400 + i,
      user_message_count: 1,
      files_changed: 1,
      lines_added: 1,
      lines_removed: 1,
    }),
  );
  if (i % 50 === 0) {
    lines.push(
      JSON.stringify({
        type: 'event',
        event_id: 'q',
        timestamp: '2026-01-01T00:00:02Z',
        event_type: { type: 'SystemMessage' },
        content: { blocks: [{ type: 'Text', text: `Question ${i}: keep the cache?` }] },
        attributes: { source: 'interactive_question', question_ids: [`q${i}`] },
      }),
    );
    lines.push(
      JSON.stringify({
        type: 'event',
        event_id: 'a',
        timestamp: '2026-01-01T00:00:03Z',
        event_type: { type: 'UserMessage' },
        content: { blocks: [{ type: 'Text', text: `Answer ${i}: yes` }] },
        attributes: { source: 'interactive', question_ids: [`q${i}`] },
      }),
    );
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
  for (const [branch, from, to] of [
    ['feature/bench', 0, 800],
    ['main', 800, REVIEW_SESSIONS],
  ] as const) {
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
      dataBlock(
        lp,
        JSON.stringify(
          {
            schema_version: 2,
            session_id: id,
            session_role: i % 10 === 9 ? 'auxiliary' : 'primary',
            stats: { files_changed: i % 13 },
            stored_at: storedAt,
            title: `Bench session ${i} ` + 'refactor the parser '.repeat(4),
            tool: 'codex',
          },
          null,
          2,
        ),
      );
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

/** Milliseconds from spawning `ci session-review` (bundle) to the first request at a fake GitHub API. */
async function firstRequestMs(dir: string, base: string, head: string, home: string): Promise<number> {
  let t0 = 0n;
  let first: number | undefined;
  const server = http.createServer((req, res) => {
    if (first === undefined) first = elapsedMs(t0);
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('connection', 'close');
      if (req.url === '/graphql') res.end(JSON.stringify({ data: { viewer: { login: 'github-actions[bot]' } } }));
      else if (req.method === 'GET') res.end('[]');
      else {
        res.statusCode = 201;
        res.end(JSON.stringify({ id: 1, body: '', user: { login: 'github-actions[bot]' } }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const event = path.join(home, 'event.json');
  fs.writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 18,
      pull_request: {
        number: 18,
        head: { sha: head, ref: 'feature/bench', repo: { full_name: 'acme/widgets' } },
        base: { sha: base, ref: 'main' },
        user: { login: 'dev', type: 'User' },
      },
      repository: { default_branch: 'main' },
    }),
  );
  const env = {
    ...isolatedEnv(home),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_API_URL: url,
    OPENSESSION_TOKEN: 'ghs_bench',
    OPENSESSION_PUBLISH_ARTIFACTS: 'false',
  };
  try {
    t0 = process.hrtime.bigint();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [BUNDLED_CLI, 'ci', 'session-review', '--json'], {
        cwd: dir,
        env,
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('close', () => resolve());
    });
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
  if (first === undefined) throw new Error('bench: ci session-review made no API request');
  return first;
}

/** The figures for bench/run.ts. */
export async function benchReview(work: string): Promise<Record<string, number>> {
  const dir = path.join(work, 'review-repo');
  const { base, head } = generateReviewRepo(dir);
  const home = path.join(work, 'home');
  fs.mkdirSync(home, { recursive: true });
  const git = createGitRunner(dir, process.env);
  let best = Infinity;
  let chars = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = process.hrtime.bigint();
    const data = await buildReviewData(git, {
      base,
      head,
      headLedgerRef: `refs/opensession/branches/${token('feature/bench')}`,
    });
    const body = renderComment({
      mode: 'update',
      target: {
        platform: 'github',
        repo: 'acme/widgets',
        repoUrl: 'https://github.com/acme/widgets',
        number: 18,
        webBaseUrl: 'https://opensession.io',
      },
      reviewId: `gh-acme-widgets-pr18-${head.slice(0, 7)}`,
      updatedAt: new Date().toISOString(),
      baseSha: data.baseSha,
      headSha: data.headSha,
      range: data.range,
      discovery: data.discovery,
      qa: data.qa,
      details: data.details,
      agentShare: data.agentShare,
      artifact: { branch: 'opensession/pr-18-sessions', persistent: false, attempted: true, published: true },
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (data.discovery.sessions.length < 800)
      throw new Error(`bench: expected most sessions to be linked, got ${data.discovery.sessions.length}`);
    best = Math.min(best, ms);
    chars = body.length;
  }
  const node = nodeStartMs(5);
  const cli: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const r = runBundledCli(
      ['review', '--base', base, '--head', head, '--branch', 'feature/bench'],
      dir,
      isolatedEnv(home),
    );
    if (!r.stdout.includes('**Agent share:**')) throw new Error('bench: the bundled review printed no agent share');
    chars = Math.max(chars, r.stdout.length);
    cli.push(round(r.ms, 1));
  }
  const first: number[] = [];
  for (let rep = 0; rep < 3; rep++) first.push(round(await firstRequestMs(dir, base, head, home), 1));
  // Plain numbers (the table prints them as they are); the baseline is `node -e 0` measured in this run.
  return {
    review_cli_ms: Math.round(median(cli)),
    review_cli_node_start_ms: Math.round(node.value),
    review_cli_vs_node_start: round(median(cli) / node.value, 1),
    review_render_ms: Math.round(best),
    review_comment_chars: chars,
    ci_first_request_ms: Math.round(median(first)),
    ci_first_request_vs_node_start: round(median(first) / node.value, 1),
  };
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
