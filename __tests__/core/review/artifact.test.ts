// The artifact branch publisher (§8): ephemeral root commits, a persistent archive with history preserved,
// manifest/README shapes, rebuild-and-retry when another PR publishes concurrently, and deletes.
import { buildReviewData, createGitRunner, GitRunner } from '../../../core/review';
import { ArtifactRequest, deleteRemoteRef, publishArtifactBranch, renderManifest } from '../../../core/review/artifact';
import { fetchLedgers } from '../../../core/review/ci';
import { cleanupTempDirs, cloneTemp, git as gitAsync, GitHttpServer, startGitHttpServer } from '../../support/git';
import { makePrFixture, PrFixture } from '../../actions/pr-fixture';
import { git, ledgerRefOf } from './ledger-fixture';

const { jest } = import.meta; // native ESM: the jest object is not a global (docs/testing.md)

let server: GitHttpServer;
let fx: PrFixture;
let runner: GitRunner;
const NOW = new Date('2026-03-01T12:00:00.000Z');
const noopReporter = { notice: () => undefined, warning: () => undefined, error: () => undefined };

beforeAll(async () => {
  server = await startGitHttpServer();
  fx = await makePrFixture(server, 'artifacts');
  runner = createGitRunner(fx.ciDir, process.env);
  await fetchLedgers(runner, 'origin', noopReporter, []);
});
afterAll(async () => {
  await server.stop();
  cleanupTempDirs();
});

async function request(over: Partial<ArtifactRequest> = {}): Promise<ArtifactRequest> {
  const data = await buildReviewData(runner, { base: fx.base, head: fx.head, headLedgerRef: ledgerRefOf('changes') });
  return {
    platform: 'github',
    repo: 'acme/widgets',
    number: 18,
    reviewId: `gh-acme-widgets-pr18-${fx.head.slice(0, 7)}`,
    branch: 'opensession/pr-18-sessions',
    persistent: false,
    baseSha: fx.base,
    headSha: fx.head,
    ledgerRef: ledgerRefOf('changes'),
    commitCount: data.range.commits.length,
    sessions: data.discovery.sessions,
    remote: 'origin',
    now: NOW,
    ...over,
  };
}

function treeOf(ref: string): string[] {
  return git(fx.remoteDir, 'ls-tree', '-r', '--name-only', ref).split('\n');
}

describe('publishArtifactBranch', () => {
  it('ephemeral: one root commit holding only this review', async () => {
    const req = await request();
    const first = await publishArtifactBranch(runner, req);
    expect(first).toMatchObject({ published: true, branch: 'opensession/pr-18-sessions', error: null });
    const again = await publishArtifactBranch(runner, { ...req, now: new Date('2026-03-02T00:00:00Z') });
    expect(again.published).toBe(true);
    const ref = 'refs/heads/opensession/pr-18-sessions';
    expect(git(fx.remoteDir, 'rev-parse', ref)).toBe(again.commit);
    expect(git(fx.remoteDir, 'rev-list', '--count', ref)).toBe('1');
    const root = `reviews/${req.reviewId}`;
    expect(treeOf(ref)).toEqual([
      `${root}/README.md`,
      `${root}/manifest.json`,
      `${root}/v1/s-/s-review.hail.jsonl`,
      `${root}/v1/s-/s-review.meta.json`,
    ]);
    expect(git(fx.remoteDir, 'log', '-1', '--format=%an <%ae>|%s|%ct', ref)).toBe(
      `opensession <cli@opensession.io>|opensession review artifacts pr#18 ${fx.head.slice(0, 7)}|${Date.parse('2026-03-02T00:00:00Z') / 1000}`,
    );
    const manifest = JSON.parse(git(fx.remoteDir, 'show', `${ref}:${root}/manifest.json`));
    expect(Object.keys(manifest)).toEqual([
      'schema_version',
      'generated_at',
      'provider',
      'repo',
      'pr_number',
      'base_sha',
      'head_sha',
      'ledger_ref',
      'review_id',
      'branch',
      'artifact_root',
      'commit_count',
      'session_count',
      'sessions',
    ]);
    expect(manifest.sessions[0]).toEqual({
      session_id: 's-review',
      ledger_ref: ledgerRefOf('changes'),
      commits: manifest.sessions[0].commits,
      meta_path: 'v1/s-/s-review.meta.json',
      hail_path: 'v1/s-/s-review.hail.jsonl',
      artifact_meta_path: `${root}/v1/s-/s-review.meta.json`,
      artifact_hail_path: `${root}/v1/s-/s-review.hail.jsonl`,
    });
    expect(git(fx.remoteDir, 'show', `${ref}:${root}/README.md`)).toContain('- Pull request: #18');
    expect(git(fx.ciDir, 'for-each-ref', 'refs/opensession/tmp/')).toBe('');
  });

  it('persistent: reviews accumulate and history is preserved', async () => {
    const a = await publishArtifactBranch(runner, await request({ branch: 'pr/sessions', persistent: true }));
    const b = await publishArtifactBranch(
      runner,
      await request({ branch: 'pr/sessions', persistent: true, number: 19, reviewId: 'gh-acme-widgets-pr19-aaaaaaa' }),
    );
    expect(a.published && b.published).toBe(true);
    expect(git(fx.remoteDir, 'rev-parse', 'refs/heads/pr/sessions^')).toBe(a.commit);
    const files = treeOf('refs/heads/pr/sessions');
    expect(files.filter((f) => f.endsWith('manifest.json'))).toEqual([
      `reviews/gh-acme-widgets-pr18-${fx.head.slice(0, 7)}/manifest.json`,
      'reviews/gh-acme-widgets-pr19-aaaaaaa/manifest.json',
    ]);
    // Re-publishing a review replaces its folder only.
    const c = await publishArtifactBranch(
      runner,
      await request({ branch: 'pr/sessions', persistent: true, sessions: [] }),
    );
    expect(c.published).toBe(true);
    expect(git(fx.remoteDir, 'rev-list', '--count', 'refs/heads/pr/sessions')).toBe('3');
    const after = treeOf('refs/heads/pr/sessions');
    expect(after).toContain('reviews/gh-acme-widgets-pr19-aaaaaaa/v1/s-/s-review.hail.jsonl');
    expect(after).not.toContain(`reviews/gh-acme-widgets-pr18-${fx.head.slice(0, 7)}/v1/s-/s-review.hail.jsonl`);
  });

  it('persistent: rebuilds and retries when another PR published in between', async () => {
    const other = await cloneTemp(fx.remoteUrl);
    let raced = false;
    const racing: GitRunner = {
      ...runner,
      async run(args, options) {
        if (args[0] === 'push' && !raced) {
          raced = true;
          await gitAsync(other.dir, 'fetch', '-q', 'origin', 'refs/heads/pr/sessions:refs/heads/pr/sessions');
          await gitAsync(other.dir, 'checkout', '-q', 'pr/sessions');
          git(other.dir, 'commit', '-q', '--allow-empty', '-m', 'concurrent publish');
          await gitAsync(other.dir, 'push', '-q', 'origin', 'pr/sessions');
        }
        return runner.run(args, options);
      },
    };
    const before = git(fx.remoteDir, 'rev-parse', 'refs/heads/pr/sessions');
    const out = await publishArtifactBranch(racing, await request({ branch: 'pr/sessions', persistent: true }));
    expect(raced).toBe(true);
    expect(out.published).toBe(true);
    expect(git(fx.remoteDir, 'log', '-1', '--format=%s', 'refs/heads/pr/sessions^')).toBe('concurrent publish');
    expect(git(fx.remoteDir, 'rev-parse', 'refs/heads/pr/sessions^^')).toBe(before);
  });

  it('never throws: failures become a one-line redacted error', async () => {
    const out = await publishArtifactBranch(runner, await request({ remote: 'nowhere', push: { remote: 'nowhere' } }));
    expect(out.published).toBe(false);
    expect(out.error).toMatch(/nowhere/);
    expect(out.error!.split('\n')).toHaveLength(1);
  });

  it('renders the manifest of §8.3 with null shas', async () => {
    const req = await request({ baseSha: null, sessions: [] });
    expect(renderManifest(req, '2026-03-01T12:00:00.000Z')).toBe(
      JSON.stringify(
        {
          schema_version: 1,
          generated_at: '2026-03-01T12:00:00.000Z',
          provider: 'github',
          repo: 'acme/widgets',
          pr_number: 18,
          base_sha: null,
          head_sha: fx.head,
          ledger_ref: ledgerRefOf('changes'),
          review_id: req.reviewId,
          branch: 'opensession/pr-18-sessions',
          artifact_root: `reviews/${req.reviewId}`,
          commit_count: 2,
          session_count: 0,
          sessions: [],
        },
        null,
        2,
      ) + '\n',
    );
  });
});

describe('deleteRemoteRef', () => {
  it('deletes, and treats an absent ref as success', async () => {
    const sleep = jest.fn(async () => undefined);
    await publishArtifactBranch(runner, await request({ branch: 'opensession/pr-77-sessions' }));
    expect(await deleteRemoteRef(runner, { remote: 'origin' }, 'refs/heads/opensession/pr-77-sessions', sleep)).toEqual(
      { deleted: true, absent: false },
    );
    expect(await deleteRemoteRef(runner, { remote: 'origin' }, 'refs/heads/opensession/pr-77-sessions', sleep)).toEqual(
      { deleted: true, absent: true },
    );
    const failed = await deleteRemoteRef(runner, { remote: 'nowhere' }, 'refs/heads/x', sleep);
    expect(failed.deleted).toBe(false);
    expect(sleep).toHaveBeenCalledWith(2000);
  });
});
