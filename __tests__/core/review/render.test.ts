import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BODY_LIMIT,
  code,
  countAreas,
  DiscoveryResult,
  FINAL_MARKER,
  isTestFile,
  md,
  normalizeBody,
  renderComment,
  RenderInput,
  ReviewSession,
  reviewId,
  artifactBranchName,
  slug,
  STICKY_MARKER,
} from '../../../core/review';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/review');
const HEAD = 'd25c9d6f1e2a3b4c5d6e7f8091a2b3c4d5e6f708';
const BASE = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const OTHER = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c';
const H = 'refs/opensession/branches/ZmVhdHVyZS93aWRnZXQ';

function session(over: Partial<ReviewSession> = {}): ReviewSession {
  return {
    sessionId: 's-review',
    ledgerRef: H,
    hailPath: 'v1/s-/s-review.hail.jsonl',
    metaPath: 'v1/s-/s-review.meta.json',
    storedAt: '2026-03-01T11:00:00Z',
    commits: [HEAD],
    title: 'Add widget parser',
    tool: 'codex',
    filesChanged: 2,
    ...over,
  };
}

function specInput(over: Partial<RenderInput> = {}): RenderInput {
  const files = ['.github/workflows/ci.yml', 'README.md', 'src/app.ts', 'tests/app.test.ts'];
  const discovery: DiscoveryResult = {
    ledgerRef: H,
    ledgerFound: true,
    ledgerRefs: [H],
    sessions: [session()],
    otherLedgerRefs: 0,
  };
  return {
    mode: 'update',
    target: {
      platform: 'github',
      repo: 'acme/widgets',
      repoUrl: 'https://github.com/acme/widgets',
      number: 18,
      webBaseUrl: 'https://opensession.io',
    },
    reviewId: 'gh-acme-widgets-pr18-d25c9d6',
    updatedAt: '2026-03-01T12:00:00.000Z',
    baseSha: BASE,
    headSha: HEAD,
    range: {
      commits: [HEAD, OTHER],
      usedBase: true,
      changedFiles: files,
      testFiles: files.filter(isTestFile),
      areas: countAreas(files),
    },
    discovery,
    qa: [{ question: 'Use TOML? / Scope', answer: 'Scope: repo only', sessionId: 's-review', commit: HEAD }],
    artifact: { branch: 'opensession/pr-18-sessions', persistent: false, attempted: true, published: true },
    ...over,
  };
}

describe('review ids and names (§1)', () => {
  it('matches the spec vectors', () => {
    expect(reviewId('github', 'Acme.Org/My_Repo', 12, 'd25c9d6f1e2a')).toBe('gh-acme-org-my-repo-pr12-d25c9d6');
    expect(reviewId('gitlab', 'Group/Sub/my.repo', 5, 'abcdef0123')).toBe('gl-group-sub-my-repo-mr5-abcdef0');
    expect(artifactBranchName('github', 18)).toBe('opensession/pr-18-sessions');
    expect(artifactBranchName('github', 18, ' pr/sessions ')).toBe('pr/sessions');
    expect(artifactBranchName('gitlab', 5)).toBe('opensession/mr-5-sessions');
    expect(slug('--A__b--')).toBe('a-b');
  });
});

describe('text safety (§7.4)', () => {
  it('escapes markdown and neutralises mentions', () => {
    expect(md('  a*b_c  [x](y) <t> |p| ~s~ `c` \\ @bob ')).toBe(
      'a\\*b\\_c \\[x\\](y) \\<t\\> \\|p\\| \\~s\\~ \\`c\\` \\\\ @\u200bbob',
    );
  });
  it('fences code spans holding backticks', () => {
    expect(code('a')).toBe('`a`');
    expect(code('a`b')).toBe('`` a`b ``');
    expect(code('x``y`')).toBe('``` x``y` ```');
  });
});

describe('§7.1 tests and areas', () => {
  it('classifies test files', () => {
    for (const f of [
      'tests/x.rs',
      'a/test/b.c',
      'src/__tests__/x.js',
      'A.Test.TS',
      'x_test.py',
      'y_spec.rs',
      'C:\\src\\Tests\\x.c',
    ]) {
      expect(isTestFile(f)).toBe(true);
    }
    for (const f of ['testing/x.rs', 'src/contest.ts', 'latest/x']) expect(isTestFile(f)).toBe(false);
  });
  it('sorts areas by count, then byte-wise', () => {
    expect(countAreas(['b/1', 'a/1', 'b/2', 'README.md', '.github/x'])).toEqual([
      { area: 'b', count: 2 },
      { area: '(root)', count: 1 },
      { area: '.github', count: 1 },
      { area: 'a', count: 1 },
    ]);
  });
});

describe('renderComment (§9)', () => {
  it('renders the §9.2 example byte for byte', () => {
    const golden = fs.readFileSync(path.join(FIXTURES, 'spec-9.2-update.md'), 'utf8');
    expect(renderComment(specInput())).toBe(golden);
  });

  it('renders the final snapshot differences', () => {
    const body = renderComment(
      specInput({
        mode: 'final',
        artifact: { branch: 'opensession/pr-18-sessions', persistent: false, attempted: false, published: false },
      }),
    );
    expect(body.startsWith(`${FINAL_MARKER}\n### OpenSession Review (final snapshot)\n`)).toBe(true);
    expect(body).toContain('- **Comment type:** final snapshot\n');
    expect(body).toContain(
      '- **Artifact storage:** not published in this run; ephemeral cleanup policy applies on `opensession/pr-18-sessions`\n',
    );
    expect(body).toContain('  Artifact links: -\\\n  Meta path: `v1/s-/s-review.meta.json`\n</details>\n');
    expect(body).not.toContain(STICKY_MARKER + '\n');
  });

  it('holds the renderer invariants', () => {
    const body = renderComment(specInput());
    expect(body).not.toMatch(/^\|.*\|$/m);
    expect(body).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(body).toContain('<details>');
    for (const label of [
      'Comment type',
      'Review ID',
      'Updated at (UTC)',
      'Ledger',
      'Range',
      'Coverage',
      'Top areas',
      'Linked session titles',
      'Quick links',
      'Local replay',
      'PR URL',
      'Artifact storage',
    ]) {
      expect(body).toContain(`- **${label}:** `);
    }
    expect(body.endsWith('</details>\n')).toBe(true);
    expect(body).not.toMatch(/\n\n\n/);
  });

  it('renders GitLab links, persistent storage and publish failures', () => {
    const body = renderComment(
      specInput({
        target: {
          platform: 'gitlab',
          repo: 'group/sub/proj',
          repoUrl: 'https://gitlab.example.com/group/sub/proj',
          number: 5,
          webBaseUrl: 'https://opensession.io/',
        },
        reviewId: 'gl-group-sub-proj-mr5-d25c9d6',
        artifact: {
          branch: 'pr/sessions',
          persistent: true,
          attempted: true,
          published: false,
          error: 'push rejected `x`',
        },
      }),
    );
    expect(body).toContain('Snapshot for `group/sub/proj` MR !5.');
    expect(body).toContain('[Changes](https://gitlab.example.com/group/sub/proj/-/merge_requests/5/diffs)');
    expect(body).toContain('[Compare](https://gitlab.example.com/group/sub/proj/-/compare/');
    expect(body).toContain('- **MR URL:** https://gitlab.example.com/group/sub/proj/-/merge_requests/5\n');
    expect(body).toContain('[`d25c9d6`](https://gitlab.example.com/group/sub/proj/-/commit/' + HEAD + ')');
    expect(body).toContain(
      '- **Artifact storage:** not published in this run; persistent archive branch is configured on `pr/sessions`\n',
    );
    expect(body).toContain('- **Artifact publish:** failed (`` push rejected `x` ``)\n');
  });

  it('uses /src/git/ web links off github.com and gitlab.com, /src/gl/ on gitlab.com', () => {
    const ghe = renderComment(
      specInput({
        target: {
          platform: 'github',
          repo: 'acme/widgets',
          repoUrl: 'https://ghe.example/acme/widgets',
          number: 18,
          webBaseUrl: 'https://w.example',
        },
      }),
    );
    expect(ghe).toContain(
      `[web](https://w.example/src/git/${Buffer.from('https://ghe.example/acme/widgets.git').toString('base64url')}/ref/opensession%2Fpr-18-sessions/path/`,
    );
    const gl = renderComment(
      specInput({
        target: {
          platform: 'gitlab',
          repo: 'g/p',
          repoUrl: 'https://gitlab.com/g/p',
          number: 18,
          webBaseUrl: 'https://w.example',
        },
      }),
    );
    expect(gl).toContain(`[web](https://w.example/src/gl/${Buffer.from('g/p').toString('base64url')}/ref/`);
    const none = renderComment(
      specInput({
        target: {
          platform: 'github',
          repo: 'acme/widgets',
          repoUrl: 'https://github.com/acme/widgets',
          number: 18,
          webBaseUrl: '',
        },
      }),
    );
    expect(none).not.toContain('[web]');
  });

  it('counts other ledger refs on the Ledger line', () => {
    const one = renderComment(specInput({ discovery: { ...specInput().discovery, otherLedgerRefs: 1 } }));
    expect(one).toContain('- **Ledger:** available on `' + H + '` (+1 other ledger ref)\n');
    const two = renderComment(
      specInput({ discovery: { ...specInput().discovery, ledgerFound: false, otherLedgerRefs: 2 } }),
    );
    expect(two).toContain('- **Ledger:** missing (`' + H + '`) (+2 other ledger refs)\n');
  });

  it('caps the body at 65,000 characters by dropping linked sessions', () => {
    const sessions = Array.from({ length: 1000 }, (_, i) =>
      session({
        sessionId: `s-${String(i).padStart(4, '0')}`,
        title: 'T'.repeat(95) + '…',
        commits: [HEAD, OTHER, HEAD, OTHER],
      }),
    );
    const input = specInput({ discovery: { ...specInput().discovery, sessions } });
    const body = renderComment(input);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toContain('<summary>Linked sessions (1000)</summary>');
    expect(body).toMatch(/- \.\.\.and 950 more sessions\.\n<\/details>\n$/);
    // Long paths force the linked sessions out entirely, yet the body still fits.
    const files = Array.from({ length: 40 }, (_, i) => `area${i}/` + 'p'.repeat(3000) + i);
    const huge = renderComment({
      ...input,
      range: { ...input.range, changedFiles: files, testFiles: [], areas: countAreas(files) },
    });
    expect(huge.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(huge).toContain('- ...and 28 more\n');
  });

  it('normalises bodies for the unchanged check', () => {
    const a = renderComment(specInput());
    const b = renderComment(specInput({ updatedAt: '2027-01-01T00:00:00.000Z' })).replace(/\n/g, '\r\n') + '  \n';
    expect(normalizeBody(a)).toBe(normalizeBody(b));
    expect(normalizeBody(a)).not.toBe(normalizeBody(renderComment(specInput({ qa: [] }))));
  });
});
