// `.opensession/cleanup/config.toml` (ci-automation.md §2.7): written in a fixed key order, loaded with one zod
// schema whose messages are the spec's. TOML through smol-toml.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { z } from 'zod';
import { OpenSessionError } from '../errors';
import { writeFileAtomic } from './files';
import type { Provider } from './refs';

export const CONFIG_REL = '.opensession/cleanup/config.toml';
export const MARKER = 'opensession-managed-cleanup';
export const DEFAULT_TTL_DAYS = 30;
export const DEFAULT_COMPONENT_PROJECT = 'opensession/opensession';

export interface CleanupConfig {
  version: 1;
  provider: Provider;
  remote: string;
  hidden_ttl_days: number;
  artifact_ttl_days: number;
  session_archive_branch?: string;
  gitlab_component_project?: string;
  managed_at: string;
  managed_by: string;
}

const ttl = (key: string) =>
  z.unknown().transform((v, c) => {
    const n = typeof v === 'bigint' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 65535) {
      c.addIssue({ code: 'custom', message: `cleanup config field \`${key}\` must be an integer between 0 and 65535` });
      return z.NEVER;
    }
    return n;
  });

const schema = z.object({
  version: z.unknown().transform((v, c) => {
    const n = typeof v === 'bigint' ? Number(v) : v;
    if (n !== 1) {
      c.addIssue({ code: 'custom', message: `unsupported cleanup config version ${String(v)}; expected 1` });
      return z.NEVER;
    }
    return 1 as const;
  }),
  provider: z.enum(['github', 'gitlab', 'generic'], {
    error: 'cleanup config field `provider` must be one of github, gitlab, generic',
  }),
  remote: z
    .string({ error: 'cleanup config field `remote` must not be blank' })
    .refine((s) => s.trim() !== '', { error: 'cleanup config field `remote` must not be blank' }),
  hidden_ttl_days: ttl('hidden_ttl_days'),
  artifact_ttl_days: ttl('artifact_ttl_days'),
  session_archive_branch: z
    .string({ error: 'cleanup config field `session_archive_branch` must not be blank when present' })
    .refine((s) => s.trim() !== '', {
      error: 'cleanup config field `session_archive_branch` must not be blank when present',
    })
    .optional(),
  gitlab_component_project: z.string().optional(),
  managed_at: z.string().optional(),
  managed_by: z.string().optional(),
});

export function configPath(root: string): string {
  return path.join(root, ...CONFIG_REL.split('/'));
}

/** Parses config text; throws the §2.7 message of the first problem (in the table's order). */
export function parseCleanupConfig(text: string): CleanupConfig {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new OpenSessionError(`failed to parse ${CONFIG_REL}: ${msg}`);
  }
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    const order = ['version', 'provider', 'remote', 'hidden_ttl_days', 'artifact_ttl_days', 'session_archive_branch'];
    const issues = [...parsed.error.issues].sort(
      (a, b) => order.indexOf(String(a.path[0])) - order.indexOf(String(b.path[0])),
    );
    throw new OpenSessionError(issues[0].message);
  }
  const v = parsed.data;
  return {
    version: 1,
    provider: v.provider,
    remote: v.remote.trim(),
    hidden_ttl_days: v.hidden_ttl_days,
    artifact_ttl_days: v.artifact_ttl_days,
    session_archive_branch: v.session_archive_branch?.trim(),
    gitlab_component_project: v.gitlab_component_project,
    managed_at: v.managed_at ?? '',
    managed_by: v.managed_by ?? MARKER,
  };
}

/** The config of the repository at `root`, or undefined when the file does not exist. */
export function loadCleanupConfig(root: string): CleanupConfig | undefined {
  let text: string;
  try {
    text = fs.readFileSync(configPath(root), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OpenSessionError(`cannot read ${CONFIG_REL}: ${(err as Error).message}`);
  }
  return parseCleanupConfig(text);
}

/** TOML basic string: escapes `\`, `"` and control characters. */
function tomlString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** The config text, keys in the §2.7 order. */
export function renderCleanupConfig(c: CleanupConfig): string {
  const lines = [
    'version = 1',
    `provider = ${tomlString(c.provider)}`,
    `remote = ${tomlString(c.remote)}`,
    `hidden_ttl_days = ${c.hidden_ttl_days}`,
    `artifact_ttl_days = ${c.artifact_ttl_days}`,
  ];
  if (c.session_archive_branch !== undefined)
    lines.push(`session_archive_branch = ${tomlString(c.session_archive_branch)}`);
  if (c.provider === 'gitlab')
    lines.push(`gitlab_component_project = ${tomlString(c.gitlab_component_project ?? DEFAULT_COMPONENT_PROJECT)}`);
  lines.push(`managed_at = ${tomlString(c.managed_at)}`, `managed_by = ${tomlString(MARKER)}`);
  return lines.join('\n') + '\n';
}

export function writeCleanupConfig(root: string, c: CleanupConfig): void {
  writeFileAtomic(configPath(root), renderCleanupConfig(c));
}
