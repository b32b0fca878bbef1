// `opensession serve` settings (daemon-and-server.md §3.1): flag > env > default, read once into one typed object.
import * as path from 'node:path';
import { OpenSessionError, UsageError } from '../../core/errors';
import { asciiLower, trim } from '../../core/text';
import { normaliseOrigin } from './server';

export const DEFAULT_PORT = 8788;

export interface ServeFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  repo?: string[];
  allowedOrigin?: string[];
  parsePreview?: boolean;
  reviewRoot?: string;
}

export interface ServeSettings {
  port: number;
  host: string;
  dataDir: string;
  repos: string[];
  allowedOrigins: string[];
  allowedHosts: string[];
  parsePreview: boolean;
  adminKey: string;
  databaseUrl?: string;
  reviewRoot?: string;
  githubToken?: string;
  gitlabToken?: string;
  gitlabHost: string;
  previewAllowedHosts: string[];
  home: string;
  /**
   * Test-only: the index freshness interval in ms (`OPENSESSION_TEST_FRESH_MS`), so a test need not wait out
   * the 2 s of §3.5. Undefined (the spec's 2000 ms) unless that variable is set.
   */
  freshMs?: number;
}

const BOOL_TRUE = new Set(['1', 'true', 'yes', 'on']);
const BOOL_FALSE = new Set(['0', 'false', 'no', 'off']);

export function envBool(name: string, value: string | undefined, dflt: boolean): boolean {
  if (value === undefined) return dflt;
  const v = asciiLower(trim(value));
  if (BOOL_TRUE.has(v)) return true;
  if (BOOL_FALSE.has(v)) return false;
  throw new OpenSessionError(`invalid ${name} value "${value}" (expected 1, true, yes, on, 0, false, no or off)`);
}

function parsePort(value: string, what: string, usage: boolean): number {
  const v = trim(value);
  if (!/^[0-9]{1,5}$/.test(v) || Number(v) > 65535) {
    const msg = `invalid ${what} "${value}": expected an integer from 0 to 65535`;
    throw usage ? new UsageError(msg) : new OpenSessionError(msg);
  }
  return Number(v);
}

function isIpLiteral(h: string): boolean {
  if (/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(h)) return true;
  try {
    return new URL(`http://[${h}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

function parseHost(value: string, usage: boolean): string {
  const h = trim(value).replace(/^\[(.*)\]$/, '$1');
  if (h !== 'localhost' && !isIpLiteral(h)) {
    const msg = `invalid host "${value}": expected an IP address or localhost`;
    throw usage ? new UsageError(msg) : new OpenSessionError(msg);
  }
  return h;
}

function parseOrigin(value: string, usage: boolean): string {
  const norm = trim(value) === '*' ? undefined : normaliseOrigin(trim(value));
  if (norm === undefined) {
    const msg = `invalid origin "${value}": expected http(s)://host[:port] without a path`;
    throw usage ? new UsageError(msg) : new OpenSessionError(msg);
  }
  return norm;
}

const list = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => trim(s))
    .filter((s) => s !== '');

export function resolveServeSettings(
  flags: ServeFlags,
  env: Record<string, string | undefined>,
  cwd: string,
): ServeSettings {
  const home = env.HOME || env.USERPROFILE;
  if (!home) throw new OpenSessionError('could not determine home directory');
  let port = DEFAULT_PORT;
  if (flags.port !== undefined) port = parsePort(flags.port, '--port', true);
  else if (env.OPENSESSION_PORT !== undefined && trim(env.OPENSESSION_PORT) !== '') {
    port = parsePort(env.OPENSESSION_PORT, 'OPENSESSION_PORT', false);
  } else if (env.PORT !== undefined && trim(env.PORT) !== '') port = parsePort(env.PORT, 'PORT', false);
  let host = '127.0.0.1';
  if (flags.host !== undefined) host = parseHost(flags.host, true);
  else if (env.OPENSESSION_HOST !== undefined && trim(env.OPENSESSION_HOST) !== '') {
    host = parseHost(env.OPENSESSION_HOST, false);
  }
  const dataDir = path.resolve(
    cwd,
    flags.dataDir ?? (env.OPENSESSION_DATA_DIR || path.join(home, '.local', 'share', 'opensession', 'server')),
  );
  const allowedOrigins = [
    ...(flags.allowedOrigin ?? []).map((o) => parseOrigin(o, true)),
    ...list(env.OPENSESSION_ALLOWED_ORIGINS).map((o) => parseOrigin(o, false)),
  ];
  const parsePreview =
    flags.parsePreview === false ? false : envBool('OPENSESSION_PARSE_PREVIEW', env.OPENSESSION_PARSE_PREVIEW, true);
  const dbUrl = trim(env.OPENSESSION_DATABASE_URL ?? '');
  if (dbUrl !== '' && !/^postgres(ql)?:\/\//i.test(dbUrl)) {
    throw new OpenSessionError('OPENSESSION_DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  return {
    port,
    host,
    dataDir,
    repos: (flags.repo ?? []).map((r) => path.resolve(cwd, r)),
    allowedOrigins,
    allowedHosts: list(env.OPENSESSION_ALLOWED_HOSTS).map((h) => hostLower(h)),
    parsePreview,
    adminKey: trim(env.OPENSESSION_ADMIN_KEY ?? ''),
    databaseUrl: dbUrl === '' ? undefined : dbUrl,
    reviewRoot: flags.reviewRoot === undefined ? undefined : path.resolve(cwd, flags.reviewRoot),
    githubToken: trim(env.OPENSESSION_GITHUB_TOKEN ?? '') || undefined,
    gitlabToken: trim(env.OPENSESSION_GITLAB_TOKEN ?? '') || undefined,
    gitlabHost: asciiLower(trim(env.OPENSESSION_GITLAB_HOST ?? '')) || 'gitlab.com',
    previewAllowedHosts: list(env.OPENSESSION_PREVIEW_ALLOWED_HOSTS).map((h) => asciiLower(h)),
    home,
    freshMs: testFreshMs(env.OPENSESSION_TEST_FRESH_MS),
  };
}

/** `OPENSESSION_TEST_FRESH_MS`: test-only, not documented for users; an integer of milliseconds. */
function testFreshMs(value: string | undefined): number | undefined {
  if (value === undefined || trim(value) === '') return undefined;
  const v = trim(value);
  if (!/^[0-9]{1,7}$/.test(v)) {
    throw new OpenSessionError(`invalid OPENSESSION_TEST_FRESH_MS "${value}": expected a whole number of milliseconds`);
  }
  return Number(v);
}

function hostLower(h: string): string {
  const l = asciiLower(h);
  return l.endsWith('.') ? l.slice(0, -1) : l;
}
