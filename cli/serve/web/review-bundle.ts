// Local review bundles on the server side (daemon-and-server.md §4.6): id check, read, redact before serving.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromWholeSessionJson, parseJsonLossless, toWholeSessionObject } from '../../../core/hail';
import { JsonFloat } from '../../../core/hail';
import type { JsonObject, JsonValue } from '../../../core/hail';
import { redactSession } from '../../../core/redact';

export type BundleResult =
  { ok: true; bundle: LocalReviewBundle } | { ok: false; status: 400 | 404 | 500; code: string; message: string };

export interface BundleCommit {
  sha: string;
  title: string;
  author_name: string;
  author_email: string;
  authored_at: string;
  session_ids: string[];
}

export interface BundleSession {
  session_id: string;
  ledger_ref: string;
  hail_path: string;
  commit_shas: string[];
  /** Whole-session JSON form, redacted; plain JSON (big integers become numbers). */
  session: unknown;
}

export interface LocalReviewBundle {
  review_id: string;
  generated_at: string;
  pr: { url: string; owner: string; repo: string; number: number; remote: string; base_sha: string; head_sha: string };
  commits: BundleCommit[];
  sessions: BundleSession[];
}

export const REVIEW_ID_PATTERN = /^[A-Za-z0-9._-]+$/;

function str(v: JsonValue | undefined): string {
  return typeof v === 'string' ? v : '';
}

function strings(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function isObj(v: JsonValue | undefined): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof JsonFloat);
}

/** Lossless JSON value → plain JS value for `JSON.stringify` (bigints and integral floats become numbers). */
function plain(v: JsonValue): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v !== null && typeof v === 'object') {
    if (Array.isArray(v)) return v.map(plain);
    if (v instanceof JsonFloat) return v.value;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = plain((v as JsonObject)[k]);
    return out;
  }
  return v;
}

/**
 * Reads `<root>/<id>/bundle.json`. Each session is parsed, redacted and re-encoded, so what a page or the API
 * serves never carries a secret even when the bundle file was written by hand; a session that does not parse is
 * dropped from the served bundle rather than shown unredacted.
 */
export function readLocalReviewBundle(root: string | undefined, id: string): BundleResult {
  if (root === undefined || root === '')
    return { ok: false, status: 404, code: 'not_found', message: 'local review API is not enabled on this server' };
  if (id === '' || !REVIEW_ID_PATTERN.test(id) || id === '.' || id === '..')
    return { ok: false, status: 400, code: 'bad_request', message: 'review_id contains invalid characters' };
  const file = path.join(root, id, 'bundle.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { ok: false, status: 404, code: 'not_found', message: 'local review bundle not found' };
  }
  let doc: JsonValue;
  try {
    doc = parseJsonLossless(text);
  } catch {
    return { ok: false, status: 500, code: 'internal', message: 'invalid review bundle' };
  }
  if (!isObj(doc) || !isObj(doc.pr) || !Array.isArray(doc.commits) || !Array.isArray(doc.sessions))
    return { ok: false, status: 500, code: 'internal', message: 'invalid review bundle' };
  const pr = doc.pr;
  const num = pr.number;
  const bundle: LocalReviewBundle = {
    review_id: str(doc.review_id),
    generated_at: str(doc.generated_at),
    pr: {
      url: str(pr.url),
      owner: str(pr.owner),
      repo: str(pr.repo),
      number: typeof num === 'number' ? num : typeof num === 'bigint' ? Number(num) : 0,
      remote: str(pr.remote),
      base_sha: str(pr.base_sha),
      head_sha: str(pr.head_sha),
    },
    commits: doc.commits.filter(isObj).map((c) => ({
      sha: str(c.sha),
      title: str(c.title),
      author_name: str(c.author_name),
      author_email: str(c.author_email),
      authored_at: str(c.authored_at),
      session_ids: strings(c.session_ids),
    })),
    sessions: [],
  };
  for (const s of doc.sessions.filter(isObj)) {
    let session: unknown;
    try {
      const parsed = fromWholeSessionJson(s.session ?? null);
      session = plain(toWholeSessionObject(redactSession(parsed, { stripHomePaths: false }).session));
    } catch {
      continue;
    }
    bundle.sessions.push({
      session_id: str(s.session_id),
      ledger_ref: str(s.ledger_ref),
      hail_path: str(s.hail_path),
      commit_shas: strings(s.commit_shas),
      session,
    });
  }
  return { ok: true, bundle };
}

/**
 * `GET /api/review/local/{review_id}` (§4.6) as a route of the server's table (pattern `/api/review/local/*`):
 * the bundle with its sessions redacted, or the JSON error.
 */
export function reviewApiRoute(reviewRoot: string | undefined): {
  methods: string[];
  handle: (params: string[]) => Promise<{ status: number; json: string }>;
} {
  return {
    methods: ['GET', 'HEAD'],
    handle: async (params) => {
      const r = readLocalReviewBundle(reviewRoot, params[0] ?? '');
      return r.ok
        ? { status: 200, json: JSON.stringify(r.bundle) }
        : { status: r.status, json: JSON.stringify({ code: r.code, message: r.message }) };
    },
  };
}
