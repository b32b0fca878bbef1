import { formatSourceUri, parseSourceUri, parseWebRoute, SourceUri, UriError, webRoute } from '../../../core/uri';

const H = 'f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4';

function routeError(route: string): UriError {
  try {
    parseWebRoute(route);
  } catch (e) {
    expect(e).toBeInstanceOf(UriError);
    return e as UriError;
  }
  throw new Error(`expected ${JSON.stringify(route)} to fail`);
}

describe('webRoute (7.5)', () => {
  test('spec example', () => {
    const u: SourceUri = {
      kind: 'gh',
      owner: 'opensession',
      repo: 'opensession',
      ref: 'refs/heads/feature/x',
      path: 'sessions/abc.jsonl',
    };
    expect(webRoute(u)).toBe('/src/gh/opensession/opensession/ref/refs%2Fheads%2Ffeature%2Fx/path/sessions/abc.jsonl');
  });
  test('gl and git', () => {
    expect(webRoute({ kind: 'gl', project: 'group/sub/repo', ref: 'main', path: 'a b/c' })).toBe(
      '/src/gl/Z3JvdXAvc3ViL3JlcG8/ref/main/path/a%20b/c',
    );
    expect(
      webRoute({ kind: 'git', remote: '/srv/git/remote.git', ref: 'refs/opensession/branches/bWFpbg', path: 'x' }),
    ).toBe('/src/git/L3Nydi9naXQvcmVtb3RlLmdpdA/ref/refs%2Fopensession%2Fbranches%2FbWFpbg/path/x');
  });
  test('local and artifact have no route', () => {
    expect(webRoute({ kind: 'local', sha256: H })).toBeUndefined();
    expect(webRoute({ kind: 'artifact', sha256: H })).toBeUndefined();
  });
});

describe('parseWebRoute', () => {
  test('reads formatted routes back', () => {
    const u: SourceUri = { kind: 'gh', owner: 'a', repo: 'b', ref: "x/+!'()* %", path: 'p q/r%' };
    expect(parseWebRoute(webRoute(u)!)).toEqual(u);
  });

  test.each<[string, SourceUri]>([
    [
      '/src/gh/opensession/opensession/ref/refs/heads/feature/x/path/sessions/abc.jsonl',
      {
        kind: 'gh',
        owner: 'opensession',
        repo: 'opensession',
        ref: 'refs/heads/feature/x',
        path: 'sessions/abc.jsonl',
      },
    ],
    ['/src/gh/a/b/ref/feature/x/path/y', { kind: 'gh', owner: 'a', repo: 'b', ref: 'feature/x', path: 'y' }],
    ['/src/gh/a/b/ref/feature%2Fx/y/path/z', { kind: 'gh', owner: 'a', repo: 'b', ref: 'feature/x/y', path: 'z' }],
    ['/src/gh/a/b/ref/feature//x/path/y', { kind: 'gh', owner: 'a', repo: 'b', ref: 'feature/x', path: 'y' }],
    [
      '/src/gl/Z3JvdXAvc3ViL3JlcG8/ref/feature/x/path/y/z',
      { kind: 'gl', project: 'group/sub/repo', ref: 'feature/x', path: 'y/z' },
    ],
    [
      '/src/git/L3Nydi9naXQvcmVtb3RlLmdpdA/ref/a/b/c/path/p',
      { kind: 'git', remote: '/srv/git/remote.git', ref: 'a/b/c', path: 'p' },
    ],
    // the `path` keyword is searched only after at least one ref piece
    ['/src/gh/a/b/ref/path/path/x', { kind: 'gh', owner: 'a', repo: 'b', ref: 'path', path: 'x' }],
    ['/src/gh/a/b/ref/path/x/path/y', { kind: 'gh', owner: 'a', repo: 'b', ref: 'path/x', path: 'y' }],
    // the first later `path` piece ends the ref
    ['/src/gh/a/b/ref/x/path/path/y', { kind: 'gh', owner: 'a', repo: 'b', ref: 'x', path: 'path/y' }],
    ['/src/gh/a/b/ref/x/y/path/path/z', { kind: 'gh', owner: 'a', repo: 'b', ref: 'x/y', path: 'path/z' }],
    // an escaped keyword stays in the ref
    ['/src/gh/a/b/ref/x/%70ath/y/path/z', { kind: 'gh', owner: 'a', repo: 'b', ref: 'x/path/y', path: 'z' }],
    // the hand-written ref is trimmed as a whole
    ['/src/gh/a/b/ref/%20x/y%20/path/z', { kind: 'gh', owner: 'a', repo: 'b', ref: 'x/y', path: 'z' }],
    // whitespace pieces around a raw `/`: the ref is trimmed as a whole, so it is `/`
    ['/src/gh/a/b/ref/%20/%20/path/p', { kind: 'gh', owner: 'a', repo: 'b', ref: '/', path: 'p' }],
    // query and fragment are ignored
    [
      '/src/gh/a/b/ref/main/path/x.jsonl?view=native&ef=a#top',
      { kind: 'gh', owner: 'a', repo: 'b', ref: 'main', path: 'x.jsonl' },
    ],
    ['/src/gh/a/b/ref/main/path/x#frag', { kind: 'gh', owner: 'a', repo: 'b', ref: 'main', path: 'x' }],
    ['//src//gh/a/b/ref/main/path/x/', { kind: 'gh', owner: 'a', repo: 'b', ref: 'main', path: 'x' }],
  ])('hand-written %s', (route, expected) => {
    const u = parseWebRoute(route);
    expect(u).toEqual(expected);
    // and it rewrites to the formatted route, which reads back to the same value
    expect(parseWebRoute(webRoute(u)!)).toEqual(u);
  });

  test('hand-written route rewrites to the formatted form', () => {
    expect(
      webRoute(parseWebRoute('/src/gh/opensession/opensession/ref/refs/heads/feature/x/path/sessions/abc.jsonl')),
    ).toBe('/src/gh/opensession/opensession/ref/refs%2Fheads%2Ffeature%2Fx/path/sessions/abc.jsonl');
  });

  test('a formatted route reads back like the parser of 7.3', () => {
    for (const s of [
      'os://src/gh/a/b/ref/a%2Bb+c/path/x',
      'os://src/gh/a/b/ref/main/path/%20x%20',
      'os://src/gh/a/b/ref/main/path/a%2Fb',
      'os://src/gl/Z3JvdXAvc3ViL3JlcG8/ref/path/path/path',
    ]) {
      expect(parseWebRoute(s.slice('os:/'.length))).toEqual(parseSourceUri(s));
      expect(formatSourceUri(parseWebRoute(s.slice('os:/'.length)))).toBe(formatSourceUri(parseSourceUri(s)));
    }
  });

  test.each<[string, UriError['kind'], string]>([
    ['src/gh/a/b/ref/m/path/p', 'InvalidScheme', 'web route must start with /'],
    ['', 'InvalidScheme', 'web route must start with /'],
    ['?/src/gh/a/b/ref/m/path/p', 'InvalidScheme', 'web route must start with /'],
    ['/', 'InvalidStructure', 'invalid uri structure: expected os://src/<provider>/...'],
    ['/src', 'InvalidStructure', 'invalid uri structure: expected os://src/<provider>/...'],
    [`/artifact/${H}`, 'UnsupportedKind', 'unsupported uri kind: artifact'],
    [`/src/local/${H}`, 'UnsupportedKind', 'unsupported uri kind: local'],
    ['/gh/a/b', 'UnsupportedKind', 'unsupported uri kind: gh'],
    ['/resolve/x', 'UnsupportedKind', 'unsupported uri kind: resolve'],
    ['/git/x', 'UnsupportedKind', 'unsupported uri kind: git'],
    ['/src/zz/x', 'UnsupportedKind', 'unsupported uri kind: zz'],
    [
      '/src/gh/a/b/ref/main',
      'InvalidStructure',
      'invalid uri structure: gh uri must be os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>',
    ],
    [
      '/src/gh/a/b/ref/x/y/z',
      'InvalidStructure',
      'invalid uri structure: gh uri must contain /ref/<ref>/path/<path...>',
    ],
    // keyword as the last piece: after joining the ref pieces there is no path segment
    [
      '/src/gh/a/b/ref/x/y/path',
      'InvalidStructure',
      'invalid uri structure: gh uri must be os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>',
    ],
    [
      '/src/gh/a/b/ref/x/y/path/',
      'InvalidStructure',
      'invalid uri structure: gh uri must be os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>',
    ],
    [
      '/src/gh/a/b/ref/path',
      'InvalidStructure',
      'invalid uri structure: gh uri must be os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>',
    ],
    ['/src/gh/../b/ref/m/path/p', 'InvalidStructure', 'invalid uri structure: invalid owner/repo segment: ..'],
    ['/src/gh/a/b/ref/%20/path/p', 'InvalidRefEncoding', 'invalid ref encoding: %20'],
    ['/src/gh/a/b/ref/x/%FF/path/p', 'InvalidRefEncoding', 'invalid ref encoding: x%2F%FF'],
    ['/src/gh/a/b/ref/m/path/../../etc/passwd', 'InvalidPathEncoding', 'invalid path encoding: ..'],
    ['/src/gh/a/b/ref/m/x/path/a%2F..%2Fb', 'InvalidPathEncoding', 'invalid path encoding: a%2F..%2Fb'],
    ['/src/gh/a/b/ref/m/path/%5C', 'InvalidPathEncoding', 'invalid path encoding: %5C'],
    ['/src/gl/not-valid/ref/main/path/x', 'InvalidBase64', 'invalid base64url segment: not-valid'],
    ['/src/git/YQ==/ref/main/path/x', 'InvalidBase64', 'invalid base64url segment: YQ=='],
  ])('%j → %s: %s', (route, kind, message) => {
    const e = routeError(route);
    expect({ kind: e.kind, message: e.message }).toEqual({ kind, message });
  });
});
