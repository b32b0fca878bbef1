// Discovery + digest + rendering against real temp repos with hand-built ledgers; golden bodies for the
// empty, missing-ledger, single-session and large cases, rendered through `opensession review --base/--head`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runInProcess } from '../../support/cli';
import { isolateGitEnv } from '../../support/git';
import { buildReviewData, createGitRunner, renderComment, BODY_LIMIT } from '../../../core/review';
import { commitFiles, git, headerLine, initRepo, ledgerRefOf, writeLedger, FixtureSession } from './ledger-fixture';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/review');
const RICH = fs.readFileSync(path.resolve(import.meta.dirname, '../../../samples/hail/rich.hail.jsonl'), 'utf8');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, body: string): void {
  const file = path.join(FIXTURES, name);
  // A missing golden file fails: write it on purpose with UPDATE_GOLDEN=1 and review the diff.
  if (UPDATE) fs.writeFileSync(file, body);
  if (!fs.existsSync(file)) throw new Error(`missing golden file ${name} (run with UPDATE_GOLDEN=1 to create it)`);
  expect(body).toBe(fs.readFileSync(file, 'utf8'));
}

interface Repo {
  dir: string;
  c0: string;
  c1: string;
  c2: string;
}

function makeRepo(): Repo {
  isolateGitEnv();
  const dir = initRepo();
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/widgets.git');
  const c0 = commitFiles(dir, { 'README.md': 'hello\n' }, 'initial');
  git(dir, 'checkout', '-q', '-b', 'feature/widget');
  const c1 = commitFiles(dir, { 'src/app.ts': 'export {}\n', '.github/workflows/ci.yml': 'on: push\n' }, 'app');
  const c2 = commitFiles(dir, { 'tests/app.test.ts': 'test\n', 'README.md': 'hello widget\n' }, 'tests');
  return { dir, c0, c1, c2 };
}

async function review(r: Repo, extra: string[] = []): Promise<string> {
  const res = await runInProcess(['review', '--base', 'main', '--head', 'feature/widget', ...extra], {
    cwd: r.dir,
    env: {},
  });
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return res.stdout;
}

describe('session review against real ledgers', () => {
  it('missing ledger', async () => {
    const r = makeRepo();
    const body = await review(r);
    expect(body).toMatch(/No ledger ref found for this branch yet\. Push at least one tracked session and retry\.\n$/);
    golden('missing-ledger.md', body);
  });

  it('empty: the head ledger exists but nothing matches the range', async () => {
    const r = makeRepo();
    writeLedger(r.dir, ledgerRefOf('feature/widget'), [
      { id: 'old', storedAt: '2020-01-01T00:00:00Z', commits: [r.c0] },
    ]);
    const body = await review(r);
    expect(body).toMatch(/No indexed sessions matched this commit range\.\n$/);
    golden('empty.md', body);
  });

  it('single session: Q&A, auxiliary filtered, bad index records skipped', async () => {
    const r = makeRepo();
    const hail = RICH.replace('"session_id":"demo-rich"', '"session_id":"s-review"');
    const sessions: FixtureSession[] = [
      {
        id: 's-review',
        title: 'Add  widget\nparser',
        tool: 'codex',
        filesChanged: 2,
        storedAt: '2026-01-01T00:10:00Z',
        commits: [r.c2],
        hail,
      },
      { id: 'aux-1', role: 'auxiliary', storedAt: '2026-01-01T00:10:00Z', commits: [r.c2], hail: RICH },
      {
        id: 'evil',
        storedAt: '2026-01-01T00:10:00Z',
        commits: [r.c1],
        index: JSON.stringify({
          session_id: 'evil',
          hail_path: '../../.github/workflows/x.yml',
          meta_path: 'v1/ev/evil.meta.json',
        }),
      },
      { id: 'broken', storedAt: '2026-01-01T00:10:00Z', commits: [r.c1], index: '{not json' },
    ];
    writeLedger(r.dir, ledgerRefOf('feature/widget'), sessions);
    const body = await review(r);
    expect(body).toContain('- **Linked session titles:** `Add widget parser`\n');
    expect(body).toContain('  **Question:** Use TOML? / Scope\\\n  **Answer:** Scope: repo only\n');
    expect(body).not.toContain('aux-1');
    expect(body).not.toContain('evil');
    golden('single-session.md', body);
    const json = JSON.parse(
      (await runInProcess(['review', '--base', 'main', '--head', 'feature/widget', '--format', 'json'], { cwd: r.dir }))
        .stdout,
    );
    expect(json).toMatchObject({
      session_count: 1,
      commit_count: 2,
      ledger_found: true,
      ledger_ref: ledgerRefOf('feature/widget'),
      review_id: null,
    });
    expect(json.body).toBe(body);
  });

  it('large: 1,000 sessions over three ledgers stay under the limit', async () => {
    const r = makeRepo();
    const make = (prefix: string, n: number, commits: string[]): FixtureSession[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}-${String(i).padStart(4, '0')}`,
        title: `${prefix} session ${i} ` + 'lorem ipsum '.repeat(12),
        filesChanged: i % 7,
        storedAt: `2026-01-01T00:${String(i % 60).padStart(2, '0')}:00Z`,
        commits,
        hail: headerLine(`${prefix}-${i}`) + '\n',
      }));
    writeLedger(r.dir, ledgerRefOf('feature/widget'), make('head', 600, [r.c2]));
    writeLedger(r.dir, ledgerRefOf('main'), make('main', 300, [r.c1, r.c2]));
    writeLedger(r.dir, ledgerRefOf('other'), make('other', 100, [r.c1]));
    const body = await review(r);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toContain(
      '- **Ledger:** available on `refs/opensession/branches/ZmVhdHVyZS93aWRnZXQ` (+2 other ledger refs)\n',
    );
    expect(body).toContain('<summary>Linked sessions (1000)</summary>');
    // A11 collapse: 50 full blocks, then one line per session while the body fits, then `...and K more`.
    expect(body.match(/^ {2}Agent: /gm)).toHaveLength(50);
    const oneLiners = body.match(/^- [^*\n].*: `(head|main|other)-\d{4}` via `[^`]+`, \d+ traced lines?$/gm) ?? [];
    expect(oneLiners.length).toBeGreaterThan(100);
    expect(body).toContain(`- ...and ${1000 - 50 - oneLiners.length} more sessions.\n`);
    golden('large.md', body);
  });

  it('adds recent head-ledger sessions and prefers the head copy (§7.2 rules 2 and 4)', async () => {
    const r = makeRepo();
    // Rebased away: its commit is not in the range, but it was stored after the merge-base.
    writeLedger(r.dir, ledgerRefOf('feature/widget'), [
      { id: 'rebased', storedAt: '2026-06-01T00:00:00Z', commits: ['1111111111111111111111111111111111111111'] },
      { id: 'shared', title: 'head copy', storedAt: '2026-01-01T00:00:00Z', commits: [r.c1] },
      { id: 'ancient', storedAt: '2001-01-01T00:00:00Z', commits: ['2222222222222222222222222222222222222222'] },
    ]);
    writeLedger(r.dir, ledgerRefOf('main'), [
      { id: 'shared', title: 'main copy', storedAt: '2026-12-01T00:00:00.123456789Z', commits: [r.c2, r.c1] },
    ]);
    const git2 = createGitRunner(r.dir, process.env);
    const data = await buildReviewData(git2, {
      base: 'main',
      head: 'feature/widget',
      headLedgerRef: ledgerRefOf('feature/widget'),
    });
    const byId = new Map(data.discovery.sessions.map((s) => [s.sessionId, s]));
    expect([...byId.keys()].sort()).toEqual(['rebased', 'shared']);
    expect(byId.get('rebased')!.commits).toEqual([]);
    expect(byId.get('shared')!.title).toBe('head copy');
    expect(byId.get('shared')!.commits).toEqual([r.c2, r.c1]);
    expect(data.discovery.otherLedgerRefs).toBe(0);
    const body = renderComment({
      mode: 'update',
      target: { platform: 'github', repo: 'acme/widgets', webBaseUrl: '' },
      updatedAt: 'X',
      headSha: data.headSha,
      baseSha: data.baseSha,
      range: data.range,
      discovery: data.discovery,
      qa: data.qa,
      artifact: { persistent: false, attempted: false, published: false },
    });
    expect(body).toContain('  Commits: none in this range (recorded on the head branch ledger)\\\n');
  });

  it('rejects bad invocations', async () => {
    const r = makeRepo();
    expect((await runInProcess(['review'], { cwd: r.dir })).code).toBe(2);
    expect((await runInProcess(['review', '--head', 'nope'], { cwd: r.dir })).stderr).toContain(
      'unknown revision `nope`',
    );
    const bad = await runInProcess(['review', 'https://github.com/acme/widgets/issues/1'], { cwd: r.dir });
    expect(bad.stderr).toContain('invalid PR URL format');
    const noRemote = await runInProcess(['review', 'https://gitlab.com/g/p/-/merge_requests/3'], { cwd: r.dir });
    expect(noRemote.stderr).toContain('no git remote matches `gitlab.com/g/p`');
  });
});
