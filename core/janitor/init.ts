// `opensession cleanup init` (ci-automation.md §2): settings, plan, generated files under the managed-file rule,
// the `.gitlab-ci.yml` include block, and the result object.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OpenSessionError, UsageError } from '../errors';
import type { GitRunner } from '../review/git';
import {
  CleanupConfig,
  CONFIG_REL,
  DEFAULT_COMPONENT_PROJECT,
  DEFAULT_TTL_DAYS,
  loadCleanupConfig,
  MARKER,
  renderCleanupConfig,
} from './config';
import { writeFileAtomic } from './files';
import { detectProvider, isUrlLike, Provider, stripUserinfo } from './refs';
import {
  BLOCK_END,
  BLOCK_START,
  CRON_EXAMPLE,
  GITLAB_BLOCK,
  githubCleanupWorkflow,
  githubReviewWorkflow,
  gitlabCleanupFile,
  gitlabReviewFile,
  INCLUDE_LINES,
  versionPins,
} from './templates';

export interface InitRequest {
  root: string;
  /** Omitted values keep an existing valid config's value, else the default. */
  provider?: 'auto' | Provider;
  remote?: string;
  hiddenTtlDays?: number;
  artifactTtlDays?: number;
  /** '' clears the setting. */
  archiveBranch?: string;
  componentProject?: string;
  version: string;
  now: Date;
  git: GitRunner;
}

interface FileAction {
  rel: string;
  text: string;
}

export interface InitPlan {
  config: CleanupConfig;
  lines: string[];
  writes: FileAction[];
  gitlabCi?: { rel: string; text: string };
  manualSteps: string[];
  warnings: string[];
}

export interface InitResult {
  configured: true;
  provider: Provider;
  resolved_remote: string;
  session_archive_branch: string | null;
  applied_paths: string[];
  manual_steps: string[];
  warnings: string[];
}

export const GITHUB_FILES = [
  '.github/workflows/opensession-cleanup.yml',
  '.github/workflows/opensession-session-review.yml',
];
export const GITLAB_FILES = ['.gitlab/opensession-cleanup.yml', '.gitlab/opensession-session-review.yml'];
export const CRON_REL = '.opensession/cleanup/cron.example';
export const GITLAB_CI = '.gitlab-ci.yml';

const abs = (root: string, rel: string): string => path.join(root, ...rel.split('/'));

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** §2.2: the URL of a remote name or URL-like value (userinfo kept; strip before printing). */
export async function resolveRemoteUrl(git: GitRunner, remote: string): Promise<string> {
  if (isUrlLike(remote)) return remote;
  const r = await git.run(['remote', 'get-url', remote]);
  if (r.code !== 0) throw new OpenSessionError(`failed to resolve git remote \`${remote}\`: ${r.stderr.trim()}`);
  const url = r.stdout.trim();
  if (url === '') throw new OpenSessionError(`git remote \`${remote}\` resolved to an empty URL`);
  return url;
}

/** §2.5 include-block rule: the new text, or undefined with a manual step when the file has no block. */
function gitlabCiUpdate(existing: string | undefined, manual: string[], warnings: string[]): string | undefined {
  if (existing === undefined) return GITLAB_BLOCK + '\n';
  const lines = existing.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === BLOCK_START);
  const end = lines.findIndex((l, i) => i > start && l.trimEnd() === BLOCK_END);
  if (start < 0 || end < 0) {
    manual.push(
      `.gitlab-ci.yml has no \`${MARKER}\` block; add these include entries manually:\n${INCLUDE_LINES.join('\n')}`,
    );
    return undefined;
  }
  const before = lines.slice(0, start);
  const after = lines
    .slice(end + 1)
    .join('\n')
    .replace(/^\n+/, '');
  if ([...before, ...after.split('\n')].some((l) => /^include:/.test(l)))
    warnings.push(`.gitlab-ci.yml has another top-level \`include:\`; merge it with the ${MARKER} block manually`);
  let text = [...before, GITLAB_BLOCK].join('\n');
  if (after !== '') text += '\n' + after;
  return text.endsWith('\n') ? text : text + '\n';
}

export async function planInit(req: InitRequest): Promise<InitPlan> {
  let previous: CleanupConfig | undefined;
  try {
    previous = loadCleanupConfig(req.root);
  } catch {
    previous = undefined; // an invalid config is regenerated from flags and defaults
  }
  const remote = req.remote ?? previous?.remote ?? 'origin';
  const url = await resolveRemoteUrl(req.git, remote);
  const warnings: string[] = [];
  let provider: Provider;
  const wanted = req.provider ?? previous?.provider ?? 'auto';
  if (wanted === 'auto') {
    const d = detectProvider(url);
    provider = d.provider;
    if (d.fellBack) warnings.push(`provider auto detection fell back to generic for remote \`${stripUserinfo(url)}\``);
  } else provider = wanted;
  let archive = req.archiveBranch !== undefined ? req.archiveBranch.trim() : previous?.session_archive_branch;
  if (archive === '') archive = undefined;
  if (archive !== undefined) {
    const ok = await req.git.run(['check-ref-format', '--branch', archive]);
    if (ok.code !== 0)
      throw new UsageError(`invalid value for --session-archive-branch: \`${archive}\` is not a valid branch name`);
  }
  const project = (req.componentProject ?? previous?.gitlab_component_project ?? DEFAULT_COMPONENT_PROJECT).trim();
  const config: CleanupConfig = {
    version: 1,
    provider,
    remote,
    hidden_ttl_days: req.hiddenTtlDays ?? previous?.hidden_ttl_days ?? DEFAULT_TTL_DAYS,
    artifact_ttl_days: req.artifactTtlDays ?? previous?.artifact_ttl_days ?? DEFAULT_TTL_DAYS,
    session_archive_branch: archive,
    gitlab_component_project: provider === 'gitlab' ? project : undefined,
    managed_at: req.now.toISOString(),
    managed_by: MARKER,
  };
  const pins = versionPins(req.version);
  const generated: FileAction[] = [{ rel: CRON_REL, text: CRON_EXAMPLE }];
  if (provider === 'github')
    generated.push(
      { rel: GITHUB_FILES[0], text: githubCleanupWorkflow(pins) },
      { rel: GITHUB_FILES[1], text: githubReviewWorkflow(pins) },
    );
  if (provider === 'gitlab')
    generated.push(
      { rel: GITLAB_FILES[0], text: gitlabCleanupFile(pins, project) },
      { rel: GITLAB_FILES[1], text: gitlabReviewFile(pins, project) },
    );
  const manual: string[] = [];
  const writes: FileAction[] = [{ rel: CONFIG_REL, text: renderCleanupConfig(config) }];
  for (const f of generated) {
    const existing = readIfExists(abs(req.root, f.rel));
    if (existing === undefined || existing.includes(MARKER)) writes.push(f);
    else manual.push(`file \`${f.rel}\` exists without \`${MARKER}\` marker; update it manually`);
  }
  let gitlabCi: InitPlan['gitlabCi'];
  if (provider === 'gitlab') {
    const text = gitlabCiUpdate(readIfExists(abs(req.root, GITLAB_CI)), manual, warnings);
    if (text !== undefined) gitlabCi = { rel: GITLAB_CI, text };
    manual.push(
      'create a pipeline schedule (Build > Pipeline schedules) so the janitor runs, e.g. cron `17 3 * * *`',
      'store a project or group access token (role Developer, scopes api and write_repository) as the masked CI/CD variable `OPENSESSION_GITLAB_TOKEN`',
      'enable merge request pipelines: the session review job runs only in merge_request_event pipelines',
    );
  }
  if (provider === 'generic')
    manual.push('schedule `opensession cleanup run --apply` (see .opensession/cleanup/cron.example)');
  const lines = [
    `provider: ${provider}`,
    `remote: ${isUrlLike(remote) ? stripUserinfo(remote) : remote}`,
    `hidden_ttl_days: ${config.hidden_ttl_days}`,
    `artifact_ttl_days: ${config.artifact_ttl_days}`,
    `session_archive_branch: ${archive ?? '(ephemeral per-pr branches)'}`,
  ];
  if (provider === 'gitlab') lines.push(`gitlab_component_project: ${project}`);
  for (const w of writes) lines.push(`write: ${abs(req.root, w.rel)}`);
  if (gitlabCi !== undefined) lines.push(`update: ${abs(req.root, GITLAB_CI)}`);
  return { config, lines, writes, gitlabCi, manualSteps: manual, warnings };
}

export function applyInit(root: string, plan: InitPlan): InitResult {
  const applied: string[] = [];
  for (const w of [...plan.writes, ...(plan.gitlabCi !== undefined ? [plan.gitlabCi] : [])]) {
    writeFileAtomic(abs(root, w.rel), w.text);
    applied.push(w.rel);
  }
  return {
    configured: true,
    provider: plan.config.provider,
    resolved_remote: plan.config.remote,
    session_archive_branch: plan.config.session_archive_branch ?? null,
    applied_paths: applied,
    manual_steps: plan.manualSteps,
    warnings: plan.warnings,
  };
}

/** §2.8/§4: the provider-template files that are absent (gitlab: `.gitlab-ci.yml` when it lacks the includes). */
export function missingTemplateFiles(root: string, provider: Provider): string[] {
  const missing: string[] = [];
  const need = provider === 'github' ? GITHUB_FILES : provider === 'gitlab' ? GITLAB_FILES : [CRON_REL];
  for (const rel of need) if (!fs.existsSync(abs(root, rel))) missing.push(rel);
  if (provider === 'gitlab') {
    const ci = readIfExists(abs(root, GITLAB_CI)) ?? '';
    if (!GITLAB_FILES.every((f) => ci.includes(f))) missing.push(GITLAB_CI);
  }
  return missing;
}
