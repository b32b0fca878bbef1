// `~/.config/opensession/opensession.toml` (daemon-and-server.md §2.3) and the per-repo project config (§2.4),
// parsed with smol-toml and validated with one zod schema each; errors name the key.
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { z } from 'zod';
import { OpenSessionError } from '../../core/errors';
import { DEFAULT_EXCLUDE_PATTERNS } from '../../core/ledger/sanitize';

export type CaptureMode = 'ledger' | 'off';

const OBSOLETE: Record<string, readonly string[]> = {
  daemon: [
    'auto_publish',
    'publish_on',
    'debounce_secs',
    'max_retries',
    'health_check_interval_secs',
    'realtime_debounce_ms',
    'detail_realtime_preview_enabled',
    'detail_auto_expand_selected_event',
  ],
  server: ['url', 'api_key'],
  git_storage: ['method', 'token'],
};

const obsoleteKeys = (table: string): Record<string, z.ZodOptional<z.ZodUnknown>> =>
  Object.fromEntries((OBSOLETE[table] ?? []).map((k) => [k, z.unknown().optional()]));

const nonEmpty = z.string().min(1, 'must not be empty');
const customPath = nonEmpty.refine((p) => p.startsWith('/') || p.startsWith('~/') || /^[A-Za-z]:[\\/]/.test(p), {
  message: 'must be an absolute path or start with ~/',
});

const GlobalConfigSchema = z.strictObject({
  daemon: z
    .strictObject({
      capture: z.enum(['ledger', 'off']).optional(),
      debounce_ms: z.number().int().min(200).max(60000).optional(),
      ...obsoleteKeys('daemon'),
    })
    .optional(),
  watchers: z.strictObject({ custom_paths: z.array(customPath).max(64).optional() }).optional(),
  privacy: z
    .strictObject({
      strip_paths: z.boolean().optional(),
      strip_env_vars: z.boolean().optional(),
      exclude_patterns: z.array(nonEmpty).optional(),
      exclude_tools: z.array(nonEmpty).optional(),
    })
    .optional(),
  identity: z.strictObject({ nickname: z.string().optional() }).optional(),
  server: z.strictObject({ ...obsoleteKeys('server') }).optional(),
  git_storage: z
    .strictObject({
      retention: z
        .strictObject({
          enabled: z.boolean().optional(),
          keep_days: z.number().int().min(1).max(36500).optional(),
          interval_secs: z.number().int().min(60).max(31536000).optional(),
        })
        .optional(),
      ...obsoleteKeys('git_storage'),
    })
    .optional(),
});

/** The effective global settings the daemon runs with. */
export interface DaemonConfig {
  capture: CaptureMode;
  debounceMs: number;
  /** Expanded custom paths, or undefined for the default directories of §2.5. */
  customPaths?: string[];
  stripPaths: boolean;
  excludePatterns: string[];
  excludeTools: string[];
  retention: { enabled: boolean; keepDays: number; intervalSecs: number };
}

export interface LoadedConfig {
  config: DaemonConfig;
  /** WARN lines for obsolete keys, logged once at startup. */
  warnings: string[];
}

function tomlMessage(file: string, err: unknown): string {
  if (err instanceof TomlError) {
    const first = err.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    return `invalid config ${file}: ${first} (line ${err.line}, column ${err.column})`;
  }
  return `invalid config ${file}: ${err instanceof Error ? err.message : String(err)}`;
}

/** Parses and validates the global config text; `file` only names it in messages. */
export function parseDaemonConfig(text: string, file: string, home: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = parseToml(text);
  } catch (err) {
    throw new OpenSessionError(tomlMessage(file, err));
  }
  const res = GlobalConfigSchema.safeParse(raw);
  if (!res.success) throw new OpenSessionError(`invalid config ${file}:\n${z.prettifyError(res.error)}`);
  const c = res.data;
  const warnings: string[] = [];
  let sqliteOptOut = false;
  for (const [table, keys] of Object.entries(OBSOLETE)) {
    const t = (c as Record<string, Record<string, unknown> | undefined>)[table];
    for (const k of keys) {
      if (t?.[k] === undefined) continue;
      if (table === 'git_storage' && k === 'method' && t[k] === 'sqlite' && c.daemon?.capture === undefined) {
        sqliteOptOut = true;
        warnings.push('config key git_storage.method is obsolete; treating "sqlite" as daemon.capture = "off"');
      } else warnings.push(`config key ${table}.${k} is obsolete and ignored`);
    }
  }
  let customPaths: string[] | undefined;
  if (c.watchers?.custom_paths !== undefined) {
    customPaths = [];
    for (const p of c.watchers.custom_paths) {
      const abs = p.startsWith('~/') ? path.join(home, p.slice(2)) : p;
      if (!customPaths.includes(abs)) customPaths.push(abs);
    }
  }
  return {
    config: {
      capture: c.daemon?.capture ?? (sqliteOptOut ? 'off' : 'ledger'),
      debounceMs: c.daemon?.debounce_ms ?? 1000,
      customPaths,
      stripPaths: c.privacy?.strip_paths ?? true,
      excludePatterns: c.privacy?.exclude_patterns ?? [...DEFAULT_EXCLUDE_PATTERNS],
      excludeTools: c.privacy?.exclude_tools ?? [],
      retention: {
        enabled: c.git_storage?.retention?.enabled ?? false,
        keepDays: c.git_storage?.retention?.keep_days ?? 30,
        intervalSecs: c.git_storage?.retention?.interval_secs ?? 86400,
      },
    },
    warnings,
  };
}

/** Reads the global config; a missing file means all defaults. */
export function loadDaemonConfig(file: string, home: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return parseDaemonConfig('', file, home);
    throw new OpenSessionError(`invalid config ${file}: could not read it (${(err as NodeJS.ErrnoException).code})`);
  }
  return parseDaemonConfig(text, file, home);
}

// Project files (§2.4): unknown keys are ignored (other commands own them); known keys are checked.
const ProjectSchema = z.looseObject({
  privacy: z
    .looseObject({
      strip_paths: z.boolean().optional(),
      strip_env_vars: z.boolean().optional(),
      exclude_patterns: z.array(nonEmpty).optional(),
      exclude_tools: z.array(nonEmpty).optional(),
    })
    .optional(),
  identity: z.looseObject({ nickname: z.string().optional() }).optional(),
  daemon: z.looseObject({ capture: z.enum(['ledger', 'off']).optional() }).optional(),
});
type ProjectLayer = z.infer<typeof ProjectSchema>;

export interface EffectiveSettings {
  capture: CaptureMode;
  stripPaths: boolean;
  excludePatterns: string[];
  excludeTools: string[];
}

function readProjectLayer(file: string): ProjectLayer | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OpenSessionError(`invalid project config ${file}: could not read it`);
  }
  let raw: unknown;
  try {
    raw = parseToml(text);
  } catch (err) {
    throw new OpenSessionError(
      `invalid project config ${file}: ${tomlMessage(file, err).split(': ').slice(1).join(': ')}`,
    );
  }
  const res = ProjectSchema.safeParse(raw);
  if (!res.success)
    throw new OpenSessionError(`invalid project config ${file}: ${z.prettifyError(res.error).replace(/\n/g, ' ')}`);
  return res.data;
}

/** §2.4 merge of global, `.opensession/config.toml` and `.opensession/config.local.toml`; throws when a file is invalid. */
export function effectiveSettings(global: DaemonConfig, repoRoot: string): EffectiveSettings {
  const shared = readProjectLayer(path.join(repoRoot, '.opensession', 'config.toml'));
  const local = readProjectLayer(path.join(repoRoot, '.opensession', 'config.local.toml'));
  const union = (lists: Array<string[] | undefined>): string[] => {
    const out: string[] = [];
    for (const l of lists) for (const x of l ?? []) if (!out.includes(x)) out.push(x);
    return out;
  };
  const capture: CaptureMode =
    global.capture === 'off' ? 'off' : (local?.daemon?.capture ?? shared?.daemon?.capture ?? 'ledger');
  return {
    capture,
    stripPaths: local?.privacy?.strip_paths ?? shared?.privacy?.strip_paths ?? global.stripPaths,
    excludePatterns: union([
      global.excludePatterns,
      shared?.privacy?.exclude_patterns,
      local?.privacy?.exclude_patterns,
    ]),
    excludeTools: union([global.excludeTools, shared?.privacy?.exclude_tools, local?.privacy?.exclude_tools]),
  };
}
