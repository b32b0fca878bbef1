// `/src/{gh|gl|git}/…` route parsing (daemon-and-server.md §4.4): raw path pieces → the parse-preview request.

export type SourceProvider = 'gh' | 'gl' | 'git';

export type PreviewSource =
  | { kind: 'github'; owner: string; repo: string; ref: string; path: string }
  | { kind: 'git'; remote: string; ref: string; path: string };

export type SourceRoute =
  { ok: true; provider: SourceProvider; source: PreviewSource } | { ok: false; status: 400 | 404; message: string };

export const PARSER_IDS = ['hail', 'codex', 'claude-code', 'gemini', 'amp', 'cline', 'cursor', 'opencode'] as const;

const EXPECTED: Record<SourceProvider, string> = {
  gh: '/src/gh/<owner>/<repo>/ref/<ref>/path/<path...>',
  gl: '/src/gl/<project_b64>/ref/<ref>/path/<path...>',
  git: '/src/git/<remote_b64>/ref/<ref>/path/<path...>',
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Strict base64url → UTF-8 text (§4.4, §6 Base64); undefined when invalid or empty. */
export function decodeBase64Url(s: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(s)) return undefined;
  const body = s.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  try {
    const text = UTF8.decode(Buffer.from(body, 'base64url'));
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

function decodePiece(p: string): string | undefined {
  try {
    return decodeURIComponent(p);
  } catch {
    return undefined;
  }
}

/** `rest` = the raw path after `/src/`, e.g. `gh/acme/demo/ref/main/path/a.jsonl`. */
export function parseSourceRoute(rest: string): SourceRoute {
  const all = rest.split('/');
  const provider = all[0] ?? '';
  if (provider !== 'gh' && provider !== 'gl' && provider !== 'git') {
    const shown = decodePiece(provider) ?? provider;
    return { ok: false, status: 404, message: `Unsupported source provider '${shown}'. Expected /src/<gh|gl|git>/...` };
  }
  const bad: SourceRoute = { ok: false, status: 400, message: `Invalid source path. Expected ${EXPECTED[provider]}` };
  const pieces = all.slice(1).filter((p) => p !== '');
  const refAt = provider === 'gh' ? 2 : 1;
  const minPieces = provider === 'gh' ? 6 : 5;
  if (pieces.length < minPieces || pieces[refAt] !== 'ref') return bad;
  let keyword = -1;
  for (let i = refAt + 2; i < pieces.length; i++) {
    if (pieces[i] === 'path') {
      keyword = i;
      break;
    }
  }
  if (keyword < 0 || keyword === pieces.length - 1) return bad;
  const refParts = pieces.slice(refAt + 1, keyword).map(decodePiece);
  const pathParts = pieces.slice(keyword + 1).map(decodePiece);
  if (refParts.some((p) => p === undefined) || pathParts.some((p) => p === undefined)) return bad;
  const ref = refParts.join('/');
  const path = pathParts.join('/');
  if (ref === '' || path === '') return bad;
  if (provider === 'gh') {
    const owner = decodePiece(pieces[0]);
    const repo = decodePiece(pieces[1]);
    if (owner === undefined || repo === undefined || owner === '' || repo === '') return bad;
    return { ok: true, provider, source: { kind: 'github', owner, repo, ref, path } };
  }
  const decoded = decodeBase64Url(pieces[0]);
  if (decoded === undefined) return bad;
  const remote = provider === 'gl' ? `https://gitlab.com/${decoded}` : decoded;
  return { ok: true, provider, source: { kind: 'git', remote, ref, path } };
}

/** The `parser_hint` query value when it names one of the parsers, else null. */
export function parserHintFrom(value: string | null): string | null {
  return value !== null && (PARSER_IDS as readonly string[]).includes(value) ? value : null;
}
