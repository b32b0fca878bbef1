// Parse-preview request validation (daemon-and-server.md §3.7): source kinds, field rules and remote rules.
import { asciiLower, trim } from '../text';
import { isBlockedAddress, isIpLiteralHost } from './address';

export const PARSER_HINTS = ['hail', 'codex', 'claude-code', 'gemini', 'amp', 'cline', 'cursor', 'opencode'] as const;
export type ParserHint = (typeof PARSER_HINTS)[number];

export const PREVIEW_MAX_BYTES = 10 * 1024 * 1024;

export class PreviewError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly candidates: unknown[] = [],
  ) {
    super(message);
  }
}

const invalid = (m: string): PreviewError => new PreviewError(400, 'invalid_source', m);

export type PreviewSource =
  | { kind: 'github'; owner: string; repo: string; ref: string; path: string }
  | { kind: 'git'; remote: string; ref: string; path: string }
  | { kind: 'inline'; filename: string; content: Buffer };

export interface PreviewRequest {
  source: PreviewSource;
  hint?: ParserHint;
  /** Parsed remote URL (git kind) after the remote rules. */
  remoteUrl?: URL;
}

export interface RemoteRules {
  /** `OPENSESSION_PREVIEW_ALLOWED_HOSTS`, lowercased `host` or `host:port`. */
  allowedHosts: string[];
}

function str(obj: Record<string, unknown>, field: string): string {
  const v = obj[field];
  if (typeof v !== 'string') throw invalid(`source.${field} must be a string`);
  return trim(v);
}

const NAME = /^[A-Za-z0-9._-]{1,100}$/;

function checkName(v: string, field: string): string {
  if (!NAME.test(v) || v === '.' || v === '..') throw invalid(`invalid ${field}`);
  return v;
}

export function checkRef(v: string): string {
  const bytes = Buffer.byteLength(v, 'utf8');
  if (
    bytes < 1 ||
    bytes > 255 ||
    !/^[A-Za-z0-9._/-]+$/.test(v) ||
    v.includes('..') ||
    v.includes('//') ||
    v.startsWith('/') ||
    v.endsWith('/')
  ) {
    throw invalid('invalid ref');
  }
  return v;
}

export function checkPath(v: string): string {
  const bytes = Buffer.byteLength(v, 'utf8');
  if (bytes < 1 || bytes > 4096 || v.startsWith('/') || v.includes('\\') || /[\u0000-\u001f\u007f-\u009f]/.test(v)) {
    throw invalid('invalid path');
  }
  if (v.split('/').some((s) => s === '' || s === '.' || s === '..')) throw invalid('invalid path');
  return v;
}

/** Whether `host[:port]` of `u` is listed in `OPENSESSION_PREVIEW_ALLOWED_HOSTS`. */
export function hostExplicitlyAllowed(u: URL, allowed: string[]): boolean {
  const host = asciiLower(u.hostname);
  const withPort = u.port === '' ? host : `${host}:${u.port}`;
  return allowed.includes(host) || allowed.includes(withPort);
}

/** The remote rules; returns the URL and the normalised echo. */
export function checkRemote(raw: string, rules: RemoteRules): { url: URL; echo: string } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw invalid('remote must be an absolute URL');
  }
  const allowed = hostExplicitlyAllowed(u, rules.allowedHosts);
  if (!(u.protocol === 'https:' || (allowed && u.protocol === 'http:'))) throw invalid('remote must use https');
  if (u.username !== '' || u.password !== '') throw invalid('remote must not contain credentials');
  if (raw.includes('?') || raw.includes('#')) throw invalid('remote must not contain a query or fragment');
  const host = asciiLower(u.hostname);
  if (host === '') throw invalid('remote host is not allowed');
  if (!allowed) {
    if (host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.') {
      throw invalid('remote host is not allowed');
    }
    if (isIpLiteralHost(host) && isBlockedAddress(host)) throw invalid('remote host is not allowed');
  }
  // The path is checked on the raw input, before URL normalisation resolves `.`/`..`.
  const afterScheme = raw.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/, '');
  const segs = afterScheme.split('/').filter((s) => s !== '');
  if (
    segs.length < 2 ||
    segs.some((s) => s === '.' || s === '..' || /^%2e(%2e)?$/i.test(s) || /^\.%2e$|^%2e\.$/i.test(s))
  ) {
    throw invalid('remote path must include owner and repository');
  }
  if (host === 'github.com' && segs.length !== 2) {
    throw invalid('github.com remote must be https://github.com/<owner>/<repo>');
  }
  const echo = `${u.protocol}//${u.host}/${segs.join('/')}`;
  return { url: u, echo };
}

export function checkFilename(v: string): string {
  const last = trim(v.replace(/\\/g, '/').split('/').pop() ?? '');
  if (last === '' || last === '.' || last === '..' || Buffer.byteLength(last, 'utf8') > 255) {
    throw invalid('invalid filename');
  }
  return last;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Validates the request body; returns the source, the hint and the normalised echo. */
export function validatePreview(
  body: Record<string, unknown>,
  rules: RemoteRules,
): { req: PreviewRequest; echo: Record<string, unknown> } {
  const src = body.source;
  if (
    src === null ||
    typeof src !== 'object' ||
    Array.isArray(src) ||
    typeof (src as { kind?: unknown }).kind !== 'string'
  ) {
    throw invalid('source must be an object with a kind');
  }
  const s = src as Record<string, unknown>;
  const kind = s.kind as string;
  let req: PreviewRequest;
  let echo: Record<string, unknown>;
  if (kind === 'github') {
    const owner = checkName(str(s, 'owner'), 'owner');
    const repo = checkName(str(s, 'repo'), 'repo');
    const ref = checkRef(str(s, 'ref'));
    const p = checkPath(str(s, 'path'));
    req = { source: { kind, owner, repo, ref, path: p } };
    echo = { kind, owner, repo, ref, path: p };
  } else if (kind === 'git') {
    const remoteRaw = str(s, 'remote');
    const ref = str(s, 'ref');
    const p = str(s, 'path');
    const { url, echo: remote } = checkRemote(remoteRaw, rules);
    checkRef(ref);
    checkPath(p);
    req = { source: { kind, remote, ref, path: p }, remoteUrl: url };
    echo = { kind, remote, ref, path: p };
  } else if (kind === 'inline') {
    const filename = checkFilename(str(s, 'filename'));
    const b64 = typeof s.content_base64 === 'string' ? s.content_base64 : undefined;
    if (b64 === undefined) throw invalid('source.content_base64 must be a string');
    if (b64 === '' || !B64.test(b64) || b64.length % 4 !== 0) {
      throw invalid('content_base64 must be non-empty standard base64');
    }
    if (Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0) > PREVIEW_MAX_BYTES) {
      throw new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
    }
    const content = Buffer.from(b64, 'base64');
    req = { source: { kind, filename, content } };
    echo = { kind, filename, content_base64: '' };
  } else {
    throw invalid(`unsupported source kind '${kind}'`);
  }
  const hint = body.parser_hint;
  if (hint !== undefined && hint !== null && typeof hint !== 'string') {
    throw invalid('parser_hint must be a string or null');
  }
  if (typeof hint === 'string' && trim(hint) !== '') {
    const h = trim(hint);
    if (!(PARSER_HINTS as readonly string[]).includes(h)) throw invalid(`unsupported parser_hint '${h}'`);
    req.hint = h as ParserHint;
  }
  return { req, echo };
}
