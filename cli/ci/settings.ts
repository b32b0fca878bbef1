// Setting resolution (flag → OPENSESSION_* env → config.toml → default, §11.2) and one zod schema per entry point.
import * as path from 'node:path';
import { z } from 'zod';
import { OpenSessionError, UsageError } from '../../core/errors';
import type { ArtifactBranchSettings, SessionReviewSettings } from '../../core/review/ci';
import { readCleanupConfig } from './config';
import {
  ARTIFACT_BRANCH_INPUTS,
  DEFAULT_CONFIG_PATH,
  DEFAULT_WEB_BASE_URL,
  envNameOf,
  JANITOR_INPUTS,
  SESSION_REVIEW_INPUTS,
} from './constants';

type Source = 'flag' | 'env' | 'config' | 'default';

export interface RawSetting {
  value: string;
  source: Source;
}

/** The first non-empty of flag, env, config; else the default (an empty string counts as unset everywhere). */
export function resolveRaw(
  input: string,
  flags: Record<string, string | undefined>,
  env: Record<string, string | undefined>,
  configValue: string | undefined,
  fallback: string,
): RawSetting {
  const flag = flags[input];
  if (flag !== undefined && flag !== '') return { value: flag, source: 'flag' };
  const e = env[envNameOf(input)];
  if (e !== undefined && e !== '') return { value: e, source: 'env' };
  if (configValue !== undefined && configValue !== '') return { value: configValue, source: 'config' };
  return { value: fallback, source: 'default' };
}

const bool = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.enum(['true', 'false'], { error: 'expected true or false' }))
  .transform((s) => s === 'true');

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

const gitRefName = z
  .string()
  .trim()
  .refine((s) => s === '' || (!/[\s~^:?*[\\]|\.\.|@\{|^\/|\/$|\.lock$|^-/.test(s) && !s.startsWith('refs/')), {
    error: 'not a valid branch name',
  });

const webUrl = z
  .string()
  .trim()
  .refine((s) => s === '' || /^https?:\/\/[^\s/]+/.test(s), { error: 'expected an http(s) URL or empty' });

export const sessionReviewSchema = z.object({
  [SESSION_REVIEW_INPUTS.remote]: nonEmpty,
  [SESSION_REVIEW_INPUTS.archiveBranch]: gitRefName,
  [SESSION_REVIEW_INPUTS.publishArtifacts]: bool,
  [SESSION_REVIEW_INPUTS.comment]: bool,
  [SESSION_REVIEW_INPUTS.finalSnapshot]: bool,
  [SESSION_REVIEW_INPUTS.deleteLedgerOnMerge]: bool,
  [SESSION_REVIEW_INPUTS.skipBots]: bool,
  [SESSION_REVIEW_INPUTS.webBaseUrl]: webUrl,
  [SESSION_REVIEW_INPUTS.strict]: bool,
});

export const artifactBranchSchema = z.object({
  [ARTIFACT_BRANCH_INPUTS.remote]: nonEmpty,
  [ARTIFACT_BRANCH_INPUTS.archiveBranch]: gitRefName,
  [ARTIFACT_BRANCH_INPUTS.mode]: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(['auto', 'publish', 'delete'], { error: 'expected auto, publish or delete' })),
  [ARTIFACT_BRANCH_INPUTS.strict]: bool,
});

const ttlDays = z
  .string()
  .trim()
  .regex(/^\d+$/, { error: 'expected an integer between 0 and 65535' })
  .transform(Number)
  .pipe(z.number().int().min(0).max(65535, { error: 'expected an integer between 0 and 65535' }));

export const janitorSchema = z.object({
  [JANITOR_INPUTS.apply]: bool,
  [JANITOR_INPUTS.remote]: nonEmpty,
  [JANITOR_INPUTS.hiddenTtlDays]: ttlDays,
  [JANITOR_INPUTS.artifactTtlDays]: ttlDays,
  [JANITOR_INPUTS.archiveBranch]: gitRefName,
});

export interface JanitorCiSettings {
  apply: boolean;
  remote: string;
  hiddenTtlDays: number;
  artifactTtlDays: number;
  archiveBranch?: string;
}

function validate<T extends z.ZodType>(schema: T, raw: Record<string, RawSetting>): z.output<T> {
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.value]));
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const fromFlag = parsed.error.issues.some((i) => raw[String(i.path[0])]?.source === 'flag');
  const message = `invalid settings:\n${z.prettifyError(parsed.error)}`;
  throw fromFlag ? new UsageError(message) : new OpenSessionError(message);
}

function configFile(
  root: string,
  flags: Record<string, string | undefined>,
  env: Record<string, string | undefined>,
): string {
  const p = resolveRaw('config-path', flags, env, undefined, DEFAULT_CONFIG_PATH).value;
  return path.resolve(root, p);
}

export function sessionReviewSettings(
  root: string,
  flags: Record<string, string | undefined>,
  env: Record<string, string | undefined>,
): SessionReviewSettings {
  const cfg = readCleanupConfig(configFile(root, flags, env));
  const I = SESSION_REVIEW_INPUTS;
  const raw: Record<string, RawSetting> = {
    [I.remote]: resolveRaw(I.remote, flags, env, undefined, 'origin'),
    [I.archiveBranch]: resolveRaw(I.archiveBranch, flags, env, cfg.session_archive_branch, ''),
    [I.publishArtifacts]: resolveRaw(I.publishArtifacts, flags, env, undefined, 'true'),
    [I.comment]: resolveRaw(I.comment, flags, env, undefined, 'true'),
    [I.finalSnapshot]: resolveRaw(I.finalSnapshot, flags, env, undefined, 'true'),
    [I.deleteLedgerOnMerge]: resolveRaw(I.deleteLedgerOnMerge, flags, env, undefined, 'true'),
    [I.skipBots]: resolveRaw(I.skipBots, flags, env, undefined, 'true'),
    // web-base-url: an explicit empty value disables web links, so only an absent value takes the default.
    [I.webBaseUrl]:
      flags[I.webBaseUrl] !== undefined
        ? { value: flags[I.webBaseUrl]!, source: 'flag' }
        : env[envNameOf(I.webBaseUrl)] !== undefined
          ? { value: env[envNameOf(I.webBaseUrl)]!, source: 'env' }
          : { value: DEFAULT_WEB_BASE_URL, source: 'default' },
    [I.strict]: resolveRaw(I.strict, flags, env, undefined, 'false'),
  };
  const v = validate(sessionReviewSchema, raw);
  const archive = v[I.archiveBranch];
  return {
    remote: v[I.remote],
    archiveBranch: archive === '' ? undefined : archive,
    publishArtifacts: v[I.publishArtifacts],
    comment: v[I.comment],
    finalSnapshot: v[I.finalSnapshot],
    deleteLedgerOnMerge: v[I.deleteLedgerOnMerge],
    skipBots: v[I.skipBots],
    webBaseUrl: v[I.webBaseUrl],
    strict: v[I.strict],
  };
}

export function artifactBranchSettings(
  root: string,
  flags: Record<string, string | undefined>,
  env: Record<string, string | undefined>,
): ArtifactBranchSettings {
  const cfg = readCleanupConfig(configFile(root, flags, env));
  const I = ARTIFACT_BRANCH_INPUTS;
  const raw: Record<string, RawSetting> = {
    [I.remote]: resolveRaw(I.remote, flags, env, undefined, 'origin'),
    [I.archiveBranch]: resolveRaw(I.archiveBranch, flags, env, cfg.session_archive_branch, ''),
    [I.mode]: resolveRaw(I.mode, flags, env, undefined, 'auto'),
    [I.strict]: resolveRaw(I.strict, flags, env, undefined, 'false'),
  };
  const v = validate(artifactBranchSchema, raw);
  const archive = v[I.archiveBranch];
  return {
    remote: v[I.remote],
    archiveBranch: archive === '' ? undefined : archive,
    mode: v[I.mode],
    strict: v[I.strict],
  };
}

/** §11.1: `--platform`, else GITHUB_ACTIONS / GITLAB_CI detection, else a usage error. */
export function detectPlatform(flag: string | undefined, env: Record<string, string | undefined>): 'github' | 'gitlab' {
  if (flag !== undefined) {
    const f = flag.trim().toLowerCase();
    if (f === 'github' || f === 'gitlab') return f;
    throw new UsageError(`invalid --platform \`${flag}\`: expected github or gitlab`);
  }
  if ((env.GITHUB_ACTIONS ?? '').toLowerCase() === 'true') return 'github';
  if ((env.GITLAB_CI ?? '').toLowerCase() === 'true') return 'gitlab';
  throw new UsageError('cannot detect CI platform; pass --platform');
}

/** §11.2: OPENSESSION_TOKEN, else OPENSESSION_GITLAB_TOKEN (gitlab) or GITHUB_TOKEN (github). Never a flag. */
export function resolveToken(
  platform: 'github' | 'gitlab',
  env: Record<string, string | undefined>,
): string | undefined {
  const pick = (v: string | undefined): string | undefined =>
    v !== undefined && v.trim() !== '' ? v.trim() : undefined;
  return (
    pick(env.OPENSESSION_TOKEN) ?? (platform === 'gitlab' ? pick(env.OPENSESSION_GITLAB_TOKEN) : pick(env.GITHUB_TOKEN))
  );
}

/** `ci janitor` (§11.2): flag, then OPENSESSION_* env, then config.toml (TTLs, archive branch), then defaults. */
export function janitorSettings(
  root: string,
  flags: Record<string, string | undefined>,
  env: Record<string, string | undefined>,
): JanitorCiSettings {
  const cfg = readCleanupConfig(configFile(root, flags, env));
  const I = JANITOR_INPUTS;
  const str = (n: number | undefined): string | undefined => (n === undefined ? undefined : String(n));
  const raw: Record<string, RawSetting> = {
    [I.apply]: resolveRaw(I.apply, flags, env, undefined, 'false'),
    [I.remote]: resolveRaw(I.remote, flags, env, undefined, 'origin'),
    [I.hiddenTtlDays]: resolveRaw(I.hiddenTtlDays, flags, env, str(cfg.hidden_ttl_days), '30'),
    [I.artifactTtlDays]: resolveRaw(I.artifactTtlDays, flags, env, str(cfg.artifact_ttl_days), '30'),
    [I.archiveBranch]: resolveRaw(I.archiveBranch, flags, env, cfg.session_archive_branch, ''),
  };
  const v = validate(janitorSchema, raw);
  const archive = v[I.archiveBranch];
  return {
    apply: v[I.apply],
    remote: v[I.remote],
    hiddenTtlDays: v[I.hiddenTtlDays],
    artifactTtlDays: v[I.artifactTtlDays],
    archiveBranch: archive === '' ? undefined : archive,
  };
}
