// `.opensession/config.toml` `[share] base_url` (git-native.md §12): loading, normalizing and the text edit
// of `config init` that keeps every other byte of the file.
import * as fs from 'fs';
import * as path from 'path';
import { GuidedError } from '../errors';
import { asciiLower, trim } from '../text';
import { parseToml, TomlTable } from '../toml';

export const DEFAULT_BASE_URL = 'https://opensession.io';

const INIT_STEPS = [
  'initialize config: `opensession config init --base-url https://opensession.io`',
  'verify config: `opensession config show`',
];

/** `<repo root or cwd>/.opensession/config.toml`. */
export function shareConfigPath(root: string): string {
  return path.join(root, '.opensession', 'config.toml');
}

function invalid(file: string, err: unknown): GuidedError {
  return new GuidedError(`invalid config: ${file}: ${err instanceof Error ? err.message : String(err)}`, [
    `fix the TOML syntax in ${file}`,
    'inspect file content and retry: `opensession config show`',
  ]);
}

/** §12.1 loading: F16 missing, F17 invalid TOML, F18 absent/not a string, F19 whitespace-only. */
export function loadShareBaseUrl(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new GuidedError(`missing config: ${file}`, INIT_STEPS, 'README.md#Share');
  }
  let doc: TomlTable;
  try {
    doc = parseToml(text);
  } catch (err) {
    throw invalid(file, err);
  }
  const share = doc.share;
  const value =
    share !== undefined && typeof share === 'object' && !Array.isArray(share)
      ? (share as TomlTable).base_url
      : undefined;
  if (typeof value !== 'string')
    throw new GuidedError(`missing config: share.base_url is not set in ${file}`, INIT_STEPS, 'README.md#Share');
  const t = trim(value);
  if (t === '') {
    throw new GuidedError(`invalid config: share.base_url is empty (${file})`, [
      'set a valid base URL: `opensession config init --base-url https://opensession.io`',
      'inspect file content and retry: `opensession config show`',
    ]);
  }
  return t.replace(/\/+$/, '');
}

/** §12.2 normalization; throws the guided errors for empty and non-http(s) values. */
export function normalizeBaseUrl(raw: string): string {
  const v = trim(raw).replace(/\/+$/, '');
  const steps = ['example: `opensession config init --base-url https://opensession.io`'];
  if (v === '') throw new GuidedError('base_url cannot be empty', steps);
  const lower = asciiLower(v);
  if (!lower.startsWith('http://') && !lower.startsWith('https://'))
    throw new GuidedError('base_url must start with http:// or https://', steps);
  return v;
}

function tomlBasicString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** §12.2: writes `share.base_url` into the file, preserving all other bytes. Returns the chosen URL. */
export function initShareConfig(file: string, baseUrl: string | undefined): { url: string; changed: boolean } {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    text = '';
  }
  let doc: TomlTable;
  try {
    doc = parseToml(text);
  } catch (err) {
    throw invalid(file, err);
  }
  let url: string;
  if (baseUrl !== undefined) url = normalizeBaseUrl(baseUrl);
  else {
    const share = doc.share as TomlTable | undefined;
    const existing =
      share !== undefined && typeof share === 'object' && !Array.isArray(share) ? share.base_url : undefined;
    try {
      url = typeof existing === 'string' ? normalizeBaseUrl(existing) : DEFAULT_BASE_URL;
    } catch {
      url = DEFAULT_BASE_URL;
    }
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = `base_url = ${tomlBasicString(url)}`;
  const lines = text.split('\n');
  const headerIdx = lines.findIndex((l) => /^\s*\[\s*share\s*\]\s*(#.*)?$/.test(l.replace(/\r$/, '')));
  let next: string;
  if (headerIdx >= 0) {
    let end = lines.length;
    for (let i = headerIdx + 1; i < lines.length; i++) {
      if (/^\s*\[\[?[^\]]+\]\]?\s*(#.*)?$/.test(lines[i].replace(/\r$/, ''))) {
        end = i;
        break;
      }
    }
    const cr = (i: number): string => (lines[i].endsWith('\r') ? '\r' : '');
    let replaced = false;
    for (let i = headerIdx + 1; i < end; i++) {
      if (/^\s*base_url\s*=/.test(lines[i])) {
        lines[i] = line + cr(i);
        replaced = true;
        break;
      }
    }
    if (!replaced) lines.splice(headerIdx + 1, 0, line + (eol === '\r\n' ? '\r' : ''));
    next = lines.join('\n');
  } else if (doc.share !== undefined) {
    throw new GuidedError(`cannot update share.base_url in ${file}: it is not defined in a [share] table`, [
      'move it into a `[share]` table, then retry `opensession config init`',
    ]);
  } else {
    let prefix = text;
    if (prefix !== '' && !prefix.endsWith('\n')) prefix += eol;
    if (prefix !== '') prefix += eol;
    next = `${prefix}[share]${eol}${line}${eol}`;
  }
  let check: TomlTable;
  try {
    check = parseToml(next);
  } catch {
    throw new GuidedError(`failed to update ${file} safely; edit share.base_url manually`, []);
  }
  if ((check.share as TomlTable | undefined)?.base_url !== url)
    throw new GuidedError(`failed to update ${file} safely; edit share.base_url manually`, []);
  if (next === text && fs.existsSync(file)) return { url, changed: false };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, next);
  fs.renameSync(tmp, file);
  return { url, changed: true };
}
