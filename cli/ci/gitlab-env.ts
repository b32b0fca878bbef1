// GitLab predefined variables → change contexts, the push target and the API client (ci-automation.md §6.3, §13.2).
import type { ChangeContext } from '../../core/review/ci';
import { parseChangeNumber } from '../../core/review/ids';
import type { PushTarget } from '../../core/review/artifact';
import type { GitlabMergeRequest } from '../../core/providers/gitlab';

type Env = Record<string, string | undefined>;
const v = (env: Env, k: string): string | undefined => {
  const s = env[k];
  return s !== undefined && s.trim() !== '' ? s.trim() : undefined;
};

export function gitlabUpdateContext(env: Env): ChangeContext {
  return {
    kind: 'update',
    platform: 'gitlab',
    repo: v(env, 'CI_PROJECT_PATH') ?? '',
    repoUrl: v(env, 'CI_PROJECT_URL') ?? '',
    number: parseChangeNumber(env.CI_MERGE_REQUEST_IID),
    baseSha: v(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA'),
    headSha: v(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? v(env, 'CI_COMMIT_SHA') ?? '',
    headBranch: v(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME') ?? '',
    baseBranch: v(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME'),
    defaultBranch: v(env, 'CI_DEFAULT_BRANCH'),
  };
}

export function gitlabMergedContext(env: Env, mr: GitlabMergeRequest): ChangeContext {
  return {
    kind: 'merged',
    platform: 'gitlab',
    repo: v(env, 'CI_PROJECT_PATH') ?? '',
    repoUrl: v(env, 'CI_PROJECT_URL') ?? '',
    number: mr.iid,
    baseSha: mr.diff_base_sha ?? undefined,
    headSha: mr.sha ?? '',
    headBranch: mr.source_branch,
    baseBranch: mr.target_branch,
    defaultBranch: v(env, 'CI_DEFAULT_BRANCH'),
  };
}

export function isForkMergeRequest(env: Env): boolean {
  const src = v(env, 'CI_MERGE_REQUEST_SOURCE_PROJECT_ID');
  const dst = v(env, 'CI_MERGE_REQUEST_PROJECT_ID');
  return src !== undefined && dst !== undefined && src !== dst;
}

/** With a token: CI_REPOSITORY_URL without userinfo plus an env-supplied Basic extraHeader (never argv or URL). */
export function gitlabPushTarget(env: Env, remote: string, token: string | undefined): PushTarget {
  const repoUrl = v(env, 'CI_REPOSITORY_URL');
  if (token === undefined || repoUrl === undefined) return { remote };
  let clean = repoUrl;
  try {
    const u = new URL(repoUrl);
    u.username = '';
    u.password = '';
    clean = u.toString();
  } catch {
    return { remote };
  }
  const count = Number(env.GIT_CONFIG_COUNT ?? '0');
  const n = Number.isInteger(count) && count >= 0 ? count : 0;
  return {
    remote: clean,
    env: {
      GIT_CONFIG_COUNT: String(n + 1),
      [`GIT_CONFIG_KEY_${n}`]: 'http.extraHeader',
      [`GIT_CONFIG_VALUE_${n}`]: `Authorization: Basic ${Buffer.from(`opensession:${token}`, 'utf8').toString('base64')}`,
    },
  };
}
