// `POST /api/parse/preview` (daemon-and-server.md §3.7): validate, fetch through the guarded transport (or read a
// generic git remote over smart HTTP), pick a parser, redact, answer.
import * as fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { recomputeStats } from '../../core/hail/stats';
import type { Session } from '../../core/hail/types';
import { HAIL_VERSION } from '../../core/hail/types';
import { toWholeSessionJson } from '../../core/hail/writer';
import { redactForServing } from '../../core/index/summary';
import {
  collectingSink,
  detectCandidates,
  parseAuto,
  parseWithProfile,
  SelectionFailed,
  type Candidate,
} from '../../core/parsers';
import type { ProfileId } from '../../core/parsers/types';
import { checkContentLength, checkContentType, guardedGet, type Resolver } from '../../core/preview/fetch';
import { readGitFile } from '../../core/preview/git-source';
import {
  hostExplicitlyAllowed,
  PREVIEW_MAX_BYTES,
  PreviewError,
  validatePreview,
  type PreviewRequest,
} from '../../core/preview/validate';
import { percentEncodeSegment } from '../../core/uri/encoding';
import { asciiLower } from '../../core/text';
import { ApiError, type ApiResult, type PreviewHandler } from './api';
import type { ServeSettings } from './settings';

const encodeSegments = (p: string): string => p.split('/').map(percentEncodeSegment).join('/');

interface Target {
  url: URL;
  /** Bearer token sent to this host only. */
  token?: string;
  /** GitHub raw or the GitLab host: 401/403 map to credential errors. */
  credentialHost: boolean;
  gitlab: boolean;
  /** A generic host: a 404 falls back to smart HTTP. */
  generic: boolean;
}

function rawTarget(req: PreviewRequest, s: ServeSettings): Target {
  const src = req.source;
  if (src.kind === 'github') {
    return {
      url: new URL(
        `https://raw.githubusercontent.com/${encodeSegments(src.owner)}/${encodeSegments(src.repo)}/${encodeSegments(src.ref)}/${encodeSegments(src.path)}`,
      ),
      token: s.githubToken,
      credentialHost: true,
      gitlab: false,
      generic: false,
    };
  }
  if (src.kind !== 'git') throw new Error('inline sources are not fetched');
  const remote = req.remoteUrl!;
  const segs = new URL(src.remote).pathname.split('/').filter((x) => x !== '');
  segs[segs.length - 1] = segs[segs.length - 1].replace(/\.git$/, '');
  const repoPath = segs.join('/');
  const host = asciiLower(remote.hostname);
  const origin = `${remote.protocol}//${remote.host}`;
  if (host === 'github.com') {
    return {
      url: new URL(
        `https://raw.githubusercontent.com/${repoPath}/${encodeSegments(src.ref)}/${encodeSegments(src.path)}`,
      ),
      token: s.githubToken,
      credentialHost: true,
      gitlab: false,
      generic: false,
    };
  }
  if (host === 'gitlab.com' || host === s.gitlabHost) {
    return {
      url: new URL(`${origin}/${repoPath}/-/raw/${encodeSegments(src.ref)}/${encodeSegments(src.path)}`),
      token: s.gitlabToken,
      credentialHost: true,
      gitlab: true,
      generic: false,
    };
  }
  return {
    url: new URL(`${origin}/${repoPath}/raw/${encodeSegments(src.ref)}/${encodeSegments(src.path)}`),
    credentialHost: false,
    gitlab: false,
    generic: true,
  };
}

/** Response checks 1-5 of §3.7 for one target. */
function responseCheck(t: Target): (status: number, headers: IncomingHttpHeaders) => void {
  const host = t.url.host;
  const authError = (): PreviewError =>
    t.token !== undefined
      ? new PreviewError(403, 'git_credential_forbidden', `${host} rejected the configured credential (HTTP ${401})`)
      : new PreviewError(
          401,
          'missing_git_credential',
          `${host} requires authentication; set OPENSESSION_GITHUB_TOKEN or OPENSESSION_GITLAB_TOKEN for the server`,
        );
  return (status, headers) => {
    if (status >= 300 && status < 400) {
      const loc = headers.location ?? '';
      let locPath = '';
      try {
        locPath = new URL(loc, t.url).pathname;
      } catch {
        // not a URL
      }
      if (t.gitlab && locPath.endsWith('/users/sign_in')) throw authError();
      throw new PreviewError(422, 'fetch_failed', 'redirect responses are not allowed');
    }
    if ((status === 401 || status === 403) && t.credentialHost) {
      if (t.token !== undefined) {
        throw new PreviewError(
          403,
          'git_credential_forbidden',
          `${host} rejected the configured credential (HTTP ${status})`,
        );
      }
      throw authError();
    }
    if (status === 404 && t.generic) return; // smart-HTTP fallback
    if (status < 200 || status > 299)
      throw new PreviewError(422, 'fetch_failed', `source fetch failed with status ${status}`);
    checkContentLength(headers);
    checkContentType(headers);
  };
}

interface Parsed {
  parserUsed: ProfileId;
  candidates: Candidate[];
  session: Session;
  warnings: string[];
}

/** Writes the bytes under their (sanitised) name in a private temp dir, runs the §3.7 parser algorithm. */
async function parseBytes(
  filename: string,
  bytes: Buffer,
  hint: ProfileId | undefined,
  vscdb: boolean,
): Promise<Parsed> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opensession-preview-'));
  fs.chmodSync(dir, 0o700);
  const safe = filename.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'source';
  const file = path.join(dir, safe);
  try {
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    const candidates = vscdb
      ? [{ id: 'cursor' as ProfileId, confidence: 92, reason: 'file name ends in .vscdb' }]
      : await detectCandidates(file);
    const { sink, events } = collectingSink();
    let outcome;
    if (vscdb) {
      try {
        outcome = await parseWithProfile(file, 'cursor', sink, { sourcePath: null, displayPath: filename });
      } catch (err) {
        throw new PreviewError(422, 'parse_failed', 'all parser attempts failed', []);
        void err;
      }
    } else {
      try {
        outcome = await parseAuto(file, sink, { hint, sourcePath: null, displayPath: filename });
      } catch (err) {
        if (!(err instanceof SelectionFailed)) throw err;
        const cands = err.candidates;
        if (cands.length > 1 || (cands.length === 1 && hint !== undefined)) {
          throw new PreviewError(
            422,
            'parser_selection_required',
            err.attempts.length === 0
              ? 'could not determine parser from source'
              : 'auto-detection failed; choose a parser and retry',
            cands,
          );
        }
        throw new PreviewError(
          422,
          'parse_failed',
          cands.length === 0 && err.attempts.length === 0
            ? 'no parser candidate matched the input'
            : 'all parser attempts failed',
          cands,
        );
      }
    }
    const h = outcome.header;
    const session: Session = {
      version: h.version ?? HAIL_VERSION,
      session_id: h.session_id,
      agent: h.agent,
      context: h.context,
      events,
      stats: recomputeStats({ events }),
    };
    return { parserUsed: outcome.parserUsed, candidates, session, warnings: outcome.warnings };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function createPreviewHandler(
  s: ServeSettings,
  env: Record<string, string | undefined>,
  version: string,
  resolver?: Resolver,
): PreviewHandler {
  return async (body): Promise<ApiResult> => {
    try {
      const { req, echo } = validatePreview(body, { allowedHosts: s.previewAllowedHosts });
      const src = req.source;
      let filename: string;
      let bytes: Buffer;
      let vscdb = false;
      if (src.kind === 'inline') {
        filename = src.filename;
        bytes = src.content;
        if (bytes.length > PREVIEW_MAX_BYTES)
          throw new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
        vscdb = asciiLower(filename).endsWith('.vscdb');
        if (!vscdb) {
          let ok = true;
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          } catch {
            ok = false;
          }
          if (!ok) throw new PreviewError(422, 'parse_failed', 'input is not valid UTF-8 text');
        }
      } else {
        filename = src.path.split('/').pop()!;
        const target = rawTarget(req, s);
        const allowPrivate = hostExplicitlyAllowed(target.url, s.previewAllowedHosts);
        const headers: Record<string, string> = { 'User-Agent': `opensession-parse-preview/${version}` };
        if (target.token !== undefined) headers.Authorization = `Bearer ${target.token}`;
        const res = await guardedGet(target.url, { allowPrivate, headers, check: responseCheck(target), resolver });
        if (res.body !== undefined) bytes = Buffer.from(res.body, 'utf8');
        else if (src.kind === 'git') {
          const text = await readGitFile({
            remote: req.remoteUrl!,
            ref: src.ref,
            path: src.path,
            allowPrivate,
            workDir: path.join(s.dataDir, 'preview'),
            env,
            resolver,
          });
          bytes = Buffer.from(text, 'utf8');
        } else throw new PreviewError(422, 'fetch_failed', `source fetch failed with status ${res.status}`);
      }
      const parsed = await parseBytes(filename, bytes, req.hint, vscdb);
      const session = redactForServing(parsed.session);
      const parts = [
        `"parser_used":${JSON.stringify(parsed.parserUsed)}`,
        `"parser_candidates":${JSON.stringify(parsed.candidates.map((c) => ({ id: c.id, confidence: c.confidence, reason: c.reason })))}`,
        `"session":${toWholeSessionJson(session)}`,
        `"source":${JSON.stringify(echo)}`,
        `"warnings":${JSON.stringify(parsed.warnings)}`,
      ];
      if (parsed.parserUsed !== 'hail') parts.push(`"native_adapter":${JSON.stringify(parsed.parserUsed)}`);
      return { status: 200, json: `{${parts.join(',')}}` };
    } catch (err) {
      if (err instanceof PreviewError) {
        const cands = err.candidates as Candidate[];
        throw new ApiError(
          err.status,
          err.code,
          err.message,
          {},
          {
            parser_candidates: cands.map((c) => ({ id: c.id, confidence: c.confidence, reason: c.reason })),
          },
        );
      }
      throw err;
    }
  };
}
