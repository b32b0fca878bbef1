// `opensession review <PR/MR URL>` against a loopback remote: fetches the PR head and the ledgers into
// remote-tracking refs, resolves base = merge-base(default, head) and renders the same comment as CI.
import { runInProcess } from '../../support/cli';
import { cloneTemp, git as gitAsync, makeTempDir, useGitHttpServer } from '../../support/git';
import { RICH } from '../../actions/pr-fixture';
import { commitFiles, git, initRepo, ledgerRefOf, writeLedger } from './ledger-fixture';

const server = useGitHttpServer();

describe('opensession review <url>', () => {
  it('renders the review of a GitHub-style PR link and of a GitLab-style MR link', async () => {
    const { url, dir: remote } = await server.createRepo('acme/widgets.git');
    const dev = initRepo(makeTempDir('os-dev-'), 'main');
    const base = commitFiles(dev, { 'README.md': 'hi\n' }, 'initial');
    git(dev, 'checkout', '-q', '-b', 'feature/x');
    const head = commitFiles(dev, { 'src/x.ts': 'x\n' }, 'x');
    writeLedger(dev, ledgerRefOf('feature/x'), [
      { id: 's-1', title: 'Do X', storedAt: '2026-01-01T00:00:00Z', commits: [head], hail: RICH },
    ]);
    git(dev, 'remote', 'add', 'origin', url);
    await gitAsync(
      dev,
      'push',
      '-q',
      'origin',
      'main',
      'feature/x',
      `${ledgerRefOf('feature/x')}:${ledgerRefOf('feature/x')}`,
      `${head}:refs/pull/7/head`,
      `${head}:refs/merge-requests/7/head`,
    );
    git(remote, 'symbolic-ref', 'HEAD', 'refs/heads/main');
    const clone = await cloneTemp(url);
    const link = url.replace(/\.git$/, '') + '/pull/7';
    const res = await runInProcess(['review', link, '--format', 'json'], {
      cwd: clone.dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(res.stderr).toBe('');
    const json = JSON.parse(res.stdout);
    expect(json).toMatchObject({
      review_id: `gh-acme-widgets-pr7-${head.slice(0, 7)}`,
      base_sha: base,
      head_sha: head,
      session_count: 1,
      commit_count: 1,
    });
    expect(json.body).toContain('Snapshot for `acme/widgets` PR #7.');
    expect(json.body).toContain('**Question:** Use TOML? / Scope');
    expect(git(clone.dir, 'for-each-ref', '--format=%(refname)', 'refs/remotes/origin/opensession/')).toBe(
      `refs/remotes/origin/opensession/branches/${ledgerRefOf('feature/x').split('/').pop()}`,
    );
    const mr = await runInProcess(['review', url.replace(/\.git$/, '') + '/-/merge_requests/7'], {
      cwd: clone.dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(mr.stdout).toContain('Snapshot for `acme/widgets` MR !7.');
    expect(mr.stdout).toContain('/-/merge_requests/7/diffs');
    const missing = await runInProcess(['review', url.replace(/\.git$/, '') + '/pull/8', '--no-fetch'], {
      cwd: clone.dir,
    });
    expect(missing.stderr).toContain(
      'Error: PR head ref `refs/opensession/review/pr/8/head` is not available. Retry without --no-fetch or check permissions.',
    );
  });
});
