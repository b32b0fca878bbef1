// A11 end to end on real git: a 3-commit PR written by three real-shaped sessions (Claude Code Write/Edit, Codex
// apply_patch, Gemini write_file) plus a human, with a known agent share (14 of 18 added lines: the two human lines and the two bare `}` lines are not traced). Golden comments
// for GitHub (through `opensession review`, in-process and the bundled CLI) and GitLab; the JSON form; the squash-
// merged and rebased PR keep their sessions and share.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runBundled, runInProcess } from '../../support/cli';
import { isolateGitEnv } from '../../support/git';
import { buildReviewData, createGitRunner, renderComment } from '../../../core/review';
import { commitFiles, git, initRepo, ledgerRefOf, writeLedger } from './ledger-fixture';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/review');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, body: string): void {
  const file = path.join(FIXTURES, name);
  if (UPDATE) fs.writeFileSync(file, body);
  if (!fs.existsSync(file)) throw new Error(`missing golden file ${name} (run with UPDATE_GOLDEN=1 to create it)`);
  expect(body).toBe(fs.readFileSync(file, 'utf8'));
}

const SECRET = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const ev = (id: string, ts: string, type: unknown, blocks: unknown[] = [], attributes: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'event', event_id: id, timestamp: ts, event_type: type, content: { blocks }, attributes });
const header = (id: string, tool: string, provider: string, model: string, start: string, end: string) =>
  JSON.stringify({
    type: 'header',
    version: 'hail-1.0.0',
    session_id: id,
    agent: { provider, model, tool },
    context: { title: `${tool} work`, tags: [], created_at: start, updated_at: end },
  });
const stats = (input: number, output: number, seconds: number) =>
  JSON.stringify({
    type: 'stats',
    event_count: 9,
    message_count: 2,
    tool_call_count: 5,
    task_count: 0,
    duration_seconds: seconds,
    total_input_tokens: input,
    total_output_tokens: output,
    user_message_count: 2,
    files_changed: 2,
    lines_added: 8,
    lines_removed: 1,
  });

const PARSER = [
  'export function parseConfig(text: string) {',
  '  const lines = text.split("\\n");',
  '  return lines.map((l) => l.trim());',
  '}',
  'export const CONFIG_VERSION = 2;',
  '// parser end',
];
const APP_BEFORE = ['import { run } from "./run";', 'run();'];
const APP_CLAUDE = ['import { parseConfig } from "./parser";', 'export const config = parseConfig("");'];
const APP_HUMAN = ['// reviewed by a human', 'console.log(config.length);'];
const UTIL = [
  'export function clamp(n: number, lo: number, hi: number) {',
  '  return Math.min(hi, Math.max(lo, n));',
  '}',
  'export const UTIL_VERSION = 1;',
];
const GUIDE = ['# Config guide', 'Write one key per line.', 'Blank lines are ignored.'];

// Claude Code: Write keeps the body as a Code block (A2), Edit carries a unified diff; paths are absolute.
const claude =
  [
    header('s-claude', 'claude-code', 'anthropic', 'claude-sonnet-4-5', '2026-01-01T00:00:10Z', '2026-01-01T00:12:44Z'),
    ev('c1', '2026-01-01T00:00:10Z', { type: 'UserMessage' }, [
      { type: 'Text', text: `Add a config parser and wire it into app.ts.\nMy token is ${SECRET}, do not commit it.` },
    ]),
    ev('c2', '2026-01-01T00:01:00Z', { type: 'FileCreate', data: { path: '/home/dev/widgets/src/parser.ts' } }, [
      { type: 'Code', code: PARSER.join('\n') + '\n', language: 'typescript', start_line: 1 },
    ]),
    ev('c3', '2026-01-01T00:02:00Z', {
      type: 'FileEdit',
      data: {
        path: '/home/dev/widgets/src/app.ts',
        diff: `--- a/src/app.ts\n+++ b/src/app.ts\n@@ -1,2 +1,4 @@\n+${APP_CLAUDE[0]}\n ${APP_BEFORE[0]}\n+${APP_CLAUDE[1]}\n ${APP_BEFORE[1]}`,
      },
    }),
    ev('c4', '2026-01-01T00:03:00Z', { type: 'ShellCommand', data: { command: 'npm test', exit_code: 1 } }),
    ev('c5', '2026-01-01T00:04:00Z', { type: 'ShellCommand', data: { command: 'npm run lint', exit_code: 2 } }),
    ev('c6', '2026-01-01T00:05:00Z', { type: 'UserMessage' }, [{ type: 'Text', text: 'Now make the tests pass.' }]),
    ev('c7', '2026-01-01T00:06:00Z', { type: 'ShellCommand', data: { command: 'npm test -- parser', exit_code: 0 } }),
    stats(15234, 4321, 754),
  ].join('\n') + '\n';

// Codex: apply_patch becomes FileCreate (patch text of the Add File section) and FileEdit with a diff; tokens only
// on events; a failed command known from its ToolResult.
const codex =
  [
    header('s-codex', 'codex', 'openai', 'gpt-5-codex', '2026-01-01T00:20:00Z', '2026-01-01T00:21:30Z'),
    ev('x1', '2026-01-01T00:20:00Z', { type: 'UserMessage' }, [
      { type: 'Text', text: 'Add a clamp helper and note it in the README.' },
    ]),
    ev(
      'x2',
      '2026-01-01T00:20:30Z',
      { type: 'FileCreate', data: { path: 'src/util.ts' } },
      [{ type: 'Text', text: ['*** Add File: src/util.ts', ...UTIL.map((l) => '+' + l)].join('\n') }],
      { input_tokens: 900, output_tokens: 300 },
    ),
    ev(
      'x3',
      '2026-01-01T00:20:40Z',
      {
        type: 'FileEdit',
        data: {
          path: 'README.md',
          diff: '--- a/README.md\n+++ b/README.md\n@@ -1 +1,2 @@\n Widgets\n+Use clamp() from src/util.ts for ranges.',
        },
      },
      [],
      { input_tokens: 100, output_tokens: 20 },
    ),
    ev('x4', '2026-01-01T00:21:00Z', { type: 'ShellCommand', data: { command: 'cargo build' } }, [], {
      'semantic.call_id': 'k1',
    }),
    ev('x5', '2026-01-01T00:21:10Z', { type: 'ToolResult', data: { name: 'shell', is_error: true, call_id: 'k1' } }, [
      { type: 'Text', text: 'error: could not find Cargo.toml' },
    ]),
  ].join('\n') + '\n';

// Gemini CLI: write_file keeps its arguments as a Json block.
const gemini =
  [
    header('s-gemini', 'gemini-cli', 'google', 'gemini-2.5-pro', '2026-01-01T00:30:00Z', '2026-01-01T00:30:45Z'),
    ev('g1', '2026-01-01T00:30:00Z', { type: 'UserMessage' }, [
      { type: 'Text', text: 'Write a short guide for the config format.' },
    ]),
    ev('g2', '2026-01-01T00:30:20Z', { type: 'FileCreate', data: { path: 'docs/guide.md' } }, [
      { type: 'Json', data: { file_path: 'docs/guide.md', content: GUIDE.join('\n') + '\n' } },
    ]),
    ev('g3', '2026-01-01T00:30:40Z', { type: 'ShellCommand', data: { command: 'pytest -q docs', exit_code: 0 } }),
    stats(2048, 512, 45),
  ].join('\n') + '\n';

interface Pr {
  dir: string;
  base: string;
  commits: string[];
}

function makePr(): Pr {
  isolateGitEnv();
  const dir = initRepo();
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/widgets.git');
  const base = commitFiles(dir, { 'README.md': 'Widgets\n', 'src/app.ts': APP_BEFORE.join('\n') + '\n' }, 'initial');
  git(dir, 'checkout', '-q', '-b', 'feature/agents');
  const c1 = commitFiles(
    dir,
    {
      'src/parser.ts': PARSER.join('\n') + '\n',
      'src/app.ts': [APP_CLAUDE[0], APP_BEFORE[0], APP_CLAUDE[1], APP_BEFORE[1]].join('\n') + '\n',
    },
    'parser (claude)',
  );
  const c2 = commitFiles(
    dir,
    { 'src/util.ts': UTIL.join('\n') + '\n', 'README.md': 'Widgets\nUse clamp() from src/util.ts for ranges.\n' },
    'clamp (codex)',
  );
  const c3 = commitFiles(
    dir,
    {
      'docs/guide.md': GUIDE.join('\n') + '\n',
      'src/app.ts': [APP_CLAUDE[0], APP_BEFORE[0], APP_CLAUDE[1], APP_BEFORE[1], ...APP_HUMAN].join('\n') + '\n',
    },
    'guide (gemini) + human lines',
  );
  // Stored before every commit of the repo, so §7.2 rule 2 alone would not keep them after a squash or rebase.
  const storedAt = '2025-12-01T00:00:00Z';
  writeLedger(dir, ledgerRefOf('feature/agents'), [
    {
      id: 's-claude',
      title: 'Config parser',
      tool: 'claude-code',
      filesChanged: 2,
      storedAt,
      commits: [c1],
      hail: claude,
    },
    { id: 's-codex', title: 'Clamp helper', tool: 'codex', filesChanged: 2, storedAt, commits: [c2], hail: codex },
    {
      id: 's-gemini',
      title: 'Config guide',
      tool: 'gemini-cli',
      filesChanged: 1,
      storedAt,
      commits: [c3],
      hail: gemini,
    },
  ]);
  return { dir, base, commits: [c3, c2, c1] };
}

async function review(dir: string, args: string[]): Promise<string> {
  const res = await runInProcess(['review', ...args], { cwd: dir, env: {} });
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return res.stdout;
}

const SHARE_LINE = '- **Agent share:** 14 of 18 added lines (78%) traced to session edits\n';

describe('A11: per-session blocks and the agent share', () => {
  let pr: Pr;
  beforeAll(() => {
    pr = makePr();
  });

  it('GitHub comment (golden), with the known share and every block field', async () => {
    const body = await review(pr.dir, ['--base', 'main', '--head', 'feature/agents']);
    expect(body).toContain(SHARE_LINE);
    expect(body).not.toContain(SECRET);
    expect(body).toContain(
      '  Agent: `claude-code`, model `claude-sonnet-4-5`\\\n  Started: 2026-01-01T00:00:10Z, ran 12m 34s\\\n  Tokens: 15,234 in / 4,321 out\\\n  First prompt (1 later prompt followed):\n',
    );
    expect(body).toContain('  PR files changed: `src/app.ts` (2 traced lines), `src/parser.ts` (5 traced lines)\\\n');
    expect(body).toContain(
      '  Failed shell commands: `npm run lint` (exit 2)\\\n  Test commands: `npm test` (exit 1), `npm test -- parser` (exit 0)\n',
    );
    expect(body).toContain('  Tokens: 1,000 in / 320 out\\\n');
    expect(body).toContain('  Failed shell commands: `cargo build` (exit code not recorded)\\\n');
    expect(body).toContain('  PR files changed: `docs/guide.md` (3 traced lines)\\\n');
    golden('agents-github.md', body);
  });

  it('JSON carries the same content', async () => {
    const json = JSON.parse(await review(pr.dir, ['--base', 'main', '--head', 'feature/agents', '--format', 'json']));
    expect(json.agent_share).toEqual({ added_lines: 18, percent: 78, traced_lines: 14 });
    const claudeS = json.sessions.find((s: { session_id: string }) => s.session_id === 's-claude');
    expect(claudeS.detail).toEqual({
      agent: 'claude-code',
      duration_seconds: 754,
      failed_commands: [{ command: 'npm run lint', exit_code: 2, failed: true }],
      first_prompt: expect.stringMatching(
        /^Add a config parser and wire it into app\.ts\. My token is \[REDACTED:[a-z_-]+\], do not commit it\.$/,
      ),
      later_prompts: 1,
      model: 'claude-sonnet-4-5',
      pr_files: [
        { path: 'src/app.ts', traced_lines: 2 },
        { path: 'src/parser.ts', traced_lines: 5 },
      ],
      started_at: '2026-01-01T00:00:10Z',
      test_commands: [
        { command: 'npm test', exit_code: 1, failed: true },
        { command: 'npm test -- parser', exit_code: 0, failed: false },
      ],
      tokens_in: 15234,
      tokens_out: 4321,
      traced_lines: 7,
    });
    const codexS = json.sessions.find((s: { session_id: string }) => s.session_id === 's-codex');
    expect(codexS.detail).toMatchObject({
      traced_lines: 4,
      tokens_in: 1000,
      tokens_out: 320,
      duration_seconds: 90,
      failed_commands: [{ command: 'cargo build', exit_code: null, failed: true }],
    });
  });

  it('the bundled CLI prints the same comment', () => {
    const res = runBundled(['review', '--base', 'main', '--head', 'feature/agents'], {
      cwd: pr.dir,
      env: { HOME: pr.dir },
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const strip = (s: string) => s.replace(/^- \*\*Updated at \(UTC\):\*\* .*$/m, '');
    expect(strip(res.stdout)).toBe(strip(fs.readFileSync(path.join(FIXTURES, 'agents-github.md'), 'utf8')));
  });

  it('GitLab comment (golden)', async () => {
    const g = createGitRunner(pr.dir, process.env);
    const data = await buildReviewData(g, {
      base: 'main',
      head: 'feature/agents',
      headLedgerRef: ledgerRefOf('feature/agents'),
    });
    const body = renderComment({
      mode: 'update',
      target: {
        platform: 'gitlab',
        repo: 'acme/widgets',
        repoUrl: 'https://gitlab.com/acme/widgets',
        number: 7,
        webBaseUrl: 'https://opensession.io',
      },
      reviewId: 'gl-acme-widgets-mr7-' + data.headSha.slice(0, 7),
      updatedAt: '2026-01-02T03:04:05.678Z',
      baseSha: data.baseSha,
      headSha: data.headSha,
      range: data.range,
      discovery: data.discovery,
      qa: data.qa,
      details: data.details,
      agentShare: data.agentShare,
      artifact: { branch: 'opensession/mr-7-sessions', persistent: false, attempted: true, published: true },
    });
    expect(body).toContain(SHARE_LINE);
    golden('agents-gitlab.md', body);
  });
});

describe('squash-merged and rebased PRs keep their sessions and share', () => {
  it('squash merge: reviewing the squash commit on main', async () => {
    const pr = makePr();
    git(pr.dir, 'checkout', '-q', 'main');
    git(pr.dir, 'merge', '-q', '--squash', 'feature/agents');
    const squash = commitFiles(pr.dir, {}, 'Squashed PR');
    expect(git(pr.dir, 'rev-list', '--count', `${pr.base}..${squash}`)).toBe('1');
    const json = JSON.parse(
      await review(pr.dir, ['--base', pr.base, '--head', squash, '--branch', 'feature/agents', '--format', 'json']),
    );
    expect(json.sessions.map((s: { session_id: string }) => s.session_id).sort()).toEqual([
      's-claude',
      's-codex',
      's-gemini',
    ]);
    expect(json.agent_share).toEqual({ added_lines: 18, percent: 78, traced_lines: 14 });
  });

  it('rebase onto a main that moved on', async () => {
    const pr = makePr();
    git(pr.dir, 'checkout', '-q', 'main');
    commitFiles(pr.dir, { LICENSE: 'MIT\n' }, 'license');
    git(pr.dir, 'checkout', '-q', 'feature/agents');
    git(pr.dir, 'rebase', '-q', 'main');
    const rebased = git(pr.dir, 'rev-list', 'main..feature/agents').split('\n');
    expect(rebased).toHaveLength(3);
    expect(rebased.some((c) => pr.commits.includes(c))).toBe(false);
    const json = JSON.parse(await review(pr.dir, ['--base', 'main', '--head', 'feature/agents', '--format', 'json']));
    expect(json.sessions.map((s: { session_id: string }) => s.session_id).sort()).toEqual([
      's-claude',
      's-codex',
      's-gemini',
    ]);
    expect(json.agent_share).toEqual({ added_lines: 18, percent: 78, traced_lines: 14 });
    expect(git(pr.dir, 'fsck', '--no-progress')).toBe('');
  });
});
