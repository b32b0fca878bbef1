// Setting resolution for the CI entry points (§11.2): flag → OPENSESSION_* env → config.toml → default.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OpenSessionError, UsageError } from '../../core/errors';
import { artifactBranchSettings, detectPlatform, resolveToken, sessionReviewSettings } from '../../cli/ci/settings';
import { gitlabPushTarget } from '../../cli/ci/gitlab-env';
import type { ActionsCore } from '../../cli/ci/actions-core';
import { SESSION_REVIEW_INPUTS } from '../../cli/ci/constants';
import { withActionInputs } from '../../cli/commands/ci';
import { makeTempDir } from '../support/git';

function repoWithConfig(toml?: string): string {
  const root = makeTempDir('os-set-');
  if (toml !== undefined) {
    fs.mkdirSync(path.join(root, '.opensession', 'cleanup'), { recursive: true });
    fs.writeFileSync(path.join(root, '.opensession', 'cleanup', 'config.toml'), toml);
  }
  return root;
}

describe('session-review settings', () => {
  it('defaults', () => {
    expect(sessionReviewSettings(repoWithConfig(), {}, {})).toEqual({
      remote: 'origin',
      archiveBranch: undefined,
      publishArtifacts: true,
      comment: true,
      finalSnapshot: true,
      deleteLedgerOnMerge: true,
      skipBots: true,
      webBaseUrl: 'https://opensession.io',
      strict: false,
    });
  });

  it('flag beats env beats config; empty strings are unset', () => {
    const root = repoWithConfig('hidden_ttl_days = 10\nsession_archive_branch = "from/config"\n[other]\nx = 1\n');
    expect(sessionReviewSettings(root, {}, {}).archiveBranch).toBe('from/config');
    expect(sessionReviewSettings(root, {}, { OPENSESSION_ARCHIVE_BRANCH: '' }).archiveBranch).toBe('from/config');
    expect(sessionReviewSettings(root, {}, { OPENSESSION_ARCHIVE_BRANCH: 'from/env' }).archiveBranch).toBe('from/env');
    expect(
      sessionReviewSettings(root, { 'archive-branch': 'from/flag' }, { OPENSESSION_ARCHIVE_BRANCH: 'from/env' })
        .archiveBranch,
    ).toBe('from/flag');
    expect(
      sessionReviewSettings(root, {}, { OPENSESSION_STRICT: 'TRUE', OPENSESSION_COMMENT: ' False ' }),
    ).toMatchObject({ strict: true, comment: false });
    expect(sessionReviewSettings(root, {}, { OPENSESSION_WEB_BASE_URL: '' }).webBaseUrl).toBe('');
  });

  it('reads --config / OPENSESSION_CONFIG relative to the repo root', () => {
    const root = repoWithConfig();
    fs.writeFileSync(path.join(root, 'alt.toml'), "session_archive_branch = 'alt'\n");
    expect(sessionReviewSettings(root, { 'config-path': 'alt.toml' }, {}).archiveBranch).toBe('alt');
    expect(sessionReviewSettings(root, {}, { OPENSESSION_CONFIG: 'alt.toml' }).archiveBranch).toBe('alt');
  });

  it('reports bad values with the input name: usage error for flags, fatal error otherwise', () => {
    const root = repoWithConfig();
    expect(() => sessionReviewSettings(root, { comment: 'yes' }, {})).toThrow(UsageError);
    let err: unknown;
    try {
      sessionReviewSettings(root, {}, { OPENSESSION_SKIP_BOTS: '1' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OpenSessionError);
    expect(err).not.toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/skip-bots/);
    expect(() => sessionReviewSettings(repoWithConfig('session_archive_branch = 3\n'), {}, {})).toThrow(
      /must be a string/,
    );
    expect(() => sessionReviewSettings(repoWithConfig('session_archive_branch = \n'), {}, {})).toThrow(
      /invalid config/,
    );
    expect(() => sessionReviewSettings(root, {}, { OPENSESSION_ARCHIVE_BRANCH: 'bad..name' })).toThrow(
      /archive-branch/,
    );
  });

  it('artifact-branch mode', () => {
    expect(artifactBranchSettings(repoWithConfig(), {}, {}).mode).toBe('auto');
    expect(artifactBranchSettings(repoWithConfig(), {}, { OPENSESSION_MODE: 'DELETE' }).mode).toBe('delete');
    expect(() => artifactBranchSettings(repoWithConfig(), { mode: 'x' }, {})).toThrow(UsageError);
  });
});

describe('platform, token and GitLab push credentials', () => {
  it('detects the platform', () => {
    expect(detectPlatform(undefined, { GITHUB_ACTIONS: 'true' })).toBe('github');
    expect(detectPlatform(undefined, { GITLAB_CI: 'true' })).toBe('gitlab');
    expect(detectPlatform('GitLab', {})).toBe('gitlab');
    expect(() => detectPlatform(undefined, {})).toThrow('cannot detect CI platform; pass --platform');
  });

  it('takes the token from env only, never CI_JOB_TOKEN', () => {
    expect(resolveToken('gitlab', { OPENSESSION_TOKEN: ' a ', OPENSESSION_GITLAB_TOKEN: 'b' })).toBe('a');
    expect(resolveToken('gitlab', { OPENSESSION_GITLAB_TOKEN: 'b', CI_JOB_TOKEN: 'c' })).toBe('b');
    expect(resolveToken('gitlab', { CI_JOB_TOKEN: 'c' })).toBeUndefined();
    expect(resolveToken('github', { GITHUB_TOKEN: 'g' })).toBe('g');
  });

  it('pushes to CI_REPOSITORY_URL without userinfo, credential in env only', () => {
    const t = gitlabPushTarget(
      { CI_REPOSITORY_URL: 'https://gitlab-ci-token:job@gitlab.example.com/g/p.git' },
      'origin',
      'glpat-x',
    );
    expect(t.remote).toBe('https://gitlab.example.com/g/p.git');
    expect(t.env).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.extraHeader',
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${Buffer.from('opensession:glpat-x').toString('base64')}`,
    });
    expect(gitlabPushTarget({ CI_REPOSITORY_URL: 'https://x/y.git' }, 'origin', undefined)).toEqual({
      remote: 'origin',
    });
  });
});

describe('action inputs through @actions/core (getInput)', () => {
  // A stand-in with @actions/core's getInput contract: INPUT_<NAME> from the given env, '' when unset.
  const coreOver = (env: Record<string, string>) =>
    ({ getInput: (name: string) => env[`INPUT_${name.toUpperCase()}`] ?? '' }) as unknown as ActionsCore;

  it('an input wins over its OPENSESSION_* variable; unset inputs leave the env as it is', () => {
    const env = withActionInputs(
      { OPENSESSION_STRICT: 'false', OPENSESSION_REMOTE: 'upstream', PATH: '/bin' },
      coreOver({ INPUT_STRICT: 'true', 'INPUT_WEB-BASE-URL': 'https://x.test', INPUT_TOKEN: ' ghs_in ' }),
      Object.values(SESSION_REVIEW_INPUTS),
    );
    expect(env).toMatchObject({
      OPENSESSION_STRICT: 'true',
      OPENSESSION_REMOTE: 'upstream',
      OPENSESSION_WEB_BASE_URL: 'https://x.test',
      OPENSESSION_TOKEN: 'ghs_in',
      PATH: '/bin',
    });
    expect(sessionReviewSettings(repoWithConfig(), {}, env)).toMatchObject({ strict: true, remote: 'upstream' });
    expect(resolveToken('github', env)).toBe('ghs_in');
  });

  it('an unevaluated expression (an action.yml default read literally) counts as unset', () => {
    const env = withActionInputs(
      { GITHUB_TOKEN: 'ghs_env' },
      coreOver({ INPUT_TOKEN: '${{ github.token }}' }),
      Object.values(SESSION_REVIEW_INPUTS),
    );
    expect(env.OPENSESSION_TOKEN).toBeUndefined();
    expect(resolveToken('github', env)).toBe('ghs_env');
  });
});
