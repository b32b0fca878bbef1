import {
  base64UrlEncodeString,
  cleanRemotePath,
  formatSourceUri,
  parseSourceUri,
  remoteHostAndPath,
  remoteUrlToSourceUri,
  SourceUri,
  stripUrlCredentials,
  UriError,
} from '../../../core/uri';

const H = 'f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4';
const LEDGER_REF = 'refs/opensession/branches/bWFpbg';
const PATH = `sessions/${H}.jsonl`;
const TAIL = `/ref/refs%2Fopensession%2Fbranches%2FbWFpbg/path/sessions/${H}.jsonl`;

function uri(remote: string): string {
  return formatSourceUri(remoteUrlToSourceUri(remote, LEDGER_REF, PATH));
}

describe('7.6 examples (hail-and-store.md)', () => {
  test('github https', () => {
    expect(uri('https://github.com/opensession/opensession.git')).toBe(`os://src/gh/opensession/opensession${TAIL}`);
    expect(remoteUrlToSourceUri('https://github.com/opensession/opensession.git', LEDGER_REF, PATH)).toEqual({
      kind: 'gh',
      owner: 'opensession',
      repo: 'opensession',
      ref: LEDGER_REF,
      path: PATH,
    });
  });
  test('gitlab scp', () => {
    expect(uri('git@gitlab.com:group/sub/repo.git')).toBe(`os://src/gl/Z3JvdXAvc3ViL3JlcG8${TAIL}`);
    expect(remoteUrlToSourceUri('git@gitlab.com:group/sub/repo.git', LEDGER_REF, PATH)).toMatchObject({
      kind: 'gl',
      project: 'group/sub/repo',
    });
  });
  test('local path', () => {
    expect(uri('/srv/git/remote.git')).toBe(`os://src/git/L3Nydi9naXQvcmVtb3RlLmdpdA${TAIL}`);
    expect(remoteUrlToSourceUri('/srv/git/remote.git', LEDGER_REF, PATH)).toMatchObject({
      kind: 'git',
      remote: '/srv/git/remote.git',
    });
  });
  test('self-hosted gitlab with a token', () => {
    const u = remoteUrlToSourceUri('https://oauth2:glpat-xxxx@gitlab.example.com/g/r.git', LEDGER_REF, PATH);
    expect(u).toEqual({ kind: 'git', remote: 'https://gitlab.example.com/g/r.git', ref: LEDGER_REF, path: PATH });
    expect(formatSourceUri(u)).toBe(
      `os://src/git/${base64UrlEncodeString('https://gitlab.example.com/g/r.git')}${TAIL}`,
    );
    expect(formatSourceUri(u)).not.toContain(base64UrlEncodeString('glpat'));
  });
});

describe('git-native.md 10.5 table', () => {
  test.each<[string, string]>([
    ['https://github.com/acme/widgets.git', 'os://src/gh/acme/widgets/ref/'],
    ['git@github.com:acme/widgets.git', 'os://src/gh/acme/widgets/ref/'],
    ['ssh://git@github.com:22/acme/widgets.git', 'os://src/gh/acme/widgets/ref/'],
    ['https://GitHub.com/acme/widgets/tree/x', 'os://src/gh/acme/widgets/ref/'],
    ['https://user:tok@github.com/acme/widgets.git', 'os://src/gh/acme/widgets/ref/'],
    ['https://github.com/acme', 'os://src/git/aHR0cHM6Ly9naXRodWIuY29tL2FjbWU/ref/'],
    ['https://github.com/acme/wid%20gets', 'os://src/git/aHR0cHM6Ly9naXRodWIuY29tL2FjbWUvd2lkJTIwZ2V0cw/ref/'],
    ['git@gitlab.com:group/sub/repo.git', 'os://src/gl/Z3JvdXAvc3ViL3JlcG8/ref/'],
    [
      'https://oauth2:tok@gitlab.example.com/team/app.git',
      'os://src/git/aHR0cHM6Ly9naXRsYWIuZXhhbXBsZS5jb20vdGVhbS9hcHAuZ2l0/ref/',
    ],
    ['/srv/git/remote.git', 'os://src/git/L3Nydi9naXQvcmVtb3RlLmdpdA/ref/'],
  ])('%s → %s…', (remote, prefix) => {
    const s = uri(remote);
    expect(s.startsWith(prefix)).toBe(true);
    expect(s).toBe(prefix + TAIL.slice('/ref/'.length));
  });

  test('full example', () => {
    expect(uri('https://github.com/acme/widgets.git')).toBe(
      `os://src/gh/acme/widgets/ref/refs%2Fopensession%2Fbranches%2FbWFpbg/path/sessions/${H}.jsonl`,
    );
  });
});

describe('classification details', () => {
  const gh = (owner: string, repo: string): Partial<SourceUri> => ({ kind: 'gh', owner, repo });
  const gl = (project: string): Partial<SourceUri> => ({ kind: 'gl', project });
  const git = (remote: string): Partial<SourceUri> => ({ kind: 'git', remote });

  test.each<[string, Partial<SourceUri>]>([
    ['HTTPS://GITHUB.COM/Acme/Widgets.git', gh('Acme', 'Widgets')],
    ['https://github.com/acme/widgets.git.git', gh('acme', 'widgets')],
    ['https://github.com/acme/widgets/', gh('acme', 'widgets')],
    ['https://github.com/acme/widgets.git/', gh('acme', 'widgets')],
    ['https://github.com//acme//widgets', gh('acme', 'widgets')],
    ['https://github.com:443/acme/widgets', gh('acme', 'widgets')],
    ['ssh://git@github.com/acme/widgets', gh('acme', 'widgets')],
    ['git://github.com/acme/widgets.git', gh('acme', 'widgets')],
    ['https://a@b@github.com/acme/widgets', gh('acme', 'widgets')],
    ['  https://github.com/acme/widgets.git\n', gh('acme', 'widgets')],
    // an `@` in the path is not userinfo
    ['https://github.com/acme/wid@gets', git('https://github.com/acme/wid@gets')],
    ['https://github.com/acme/..', git('https://github.com/acme/..')],
    ['https://github.com/./widgets', git('https://github.com/./widgets')],
    ['https://github.com/', git('https://github.com/')],
    ['https://github.com', git('https://github.com')],
    ['https://www.github.com/acme/widgets', git('https://www.github.com/acme/widgets')],
    ['https://github.com.evil.example/acme/widgets', git('https://github.com.evil.example/acme/widgets')],
    ['https://evil.example/github.com/acme/widgets', git('https://evil.example/github.com/acme/widgets')],
    ['https://evil.example@github.com/acme/widgets', gh('acme', 'widgets')],
    ['https://github.com@evil.example/acme/widgets', git('https://evil.example/acme/widgets')],
    [`https://github.com/${'o'.repeat(201)}/r`, git(`https://github.com/${'o'.repeat(201)}/r`)],
    ['https://gitlab.com/group/sub/repo.git', gl('group/sub/repo')],
    ['https://user:pw@GitLab.COM:8443/g/r/', gl('g/r')],
    ['ssh://git@gitlab.com/g/r.git', gl('g/r')],
    ['https://gitlab.com/', git('https://gitlab.com/')],
    ['https://gitlab.com/.git', git('https://gitlab.com/.git')],
    ['git@gitlab.com:', git('git@gitlab.com:')],
    ['git@:a/b', git('git@:a/b')],
    ['github.com:acme/widgets', git('github.com:acme/widgets')],
    ['@github.com:acme/widgets', git('@github.com:acme/widgets')],
    ['./repo', git('./repo')],
    ['../other/repo.git', git('../other/repo.git')],
    ['C:\\repos\\x.git', git('C:\\repos\\x.git')],
    ['file:///srv/git/x.git', git('file:///srv/git/x.git')],
    ['git@host.example:team/app.git', git('git@host.example:team/app.git')],
    ['git:secret@host.example:team/app.git', git('git:secret@host.example:team/app.git')],
    ['ssh://git:secret@host.example:2222/team/app.git', git('ssh://git@host.example:2222/team/app.git')],
    ['http://user:pw@host.example/x', git('http://host.example/x')],
  ])('%j', (remote, expected) => {
    const u = remoteUrlToSourceUri(remote, 'main', 'x');
    expect(u).toMatchObject(expected);
    expect(parseSourceUri(formatSourceUri(u))).toEqual(u);
  });

  test('ref and path are validated and canonicalised', () => {
    expect(remoteUrlToSourceUri('https://github.com/a/b', ' main ', '/sessions//x.jsonl')).toEqual({
      kind: 'gh',
      owner: 'a',
      repo: 'b',
      ref: 'main',
      path: 'sessions/x.jsonl',
    });
    const bad = (ref: string, path: string): UriError => {
      try {
        remoteUrlToSourceUri('https://github.com/a/b', ref, path);
      } catch (e) {
        expect(e).toBeInstanceOf(UriError);
        return e as UriError;
      }
      throw new Error('expected failure');
    };
    expect(bad('', 'x').message).toBe('invalid ref encoding: ');
    expect(bad('  ', 'x').message).toBe('invalid ref encoding: %20%20');
    expect(bad('m', '../x').message).toBe('invalid path encoding: ..');
    expect(bad('m', 'a\\b').message).toBe('invalid path encoding: a%5Cb');
    expect(bad('m', '').message).toBe('invalid uri structure: path segment is required');
    expect(() => remoteUrlToSourceUri('', 'm', 'x')).toThrow('invalid base64url segment: ');
  });
});

describe('stripUrlCredentials', () => {
  test.each([
    ['https://user:tok@host/x', 'https://host/x'],
    ['https://user@host/x', 'https://host/x'],
    ['HTTP://user:tok@host:8080/x', 'HTTP://host:8080/x'],
    ['https://oauth2:glpat-xxxx@gitlab.example.com/g/r.git', 'https://gitlab.example.com/g/r.git'],
    ['https://a:b@c@host/x', 'https://host/x'],
    ['https://host/x@y', 'https://host/x@y'],
    ['https://user:tok@host', 'https://host'],
    ['https://host/path', 'https://host/path'],
    ['ssh://git:secret@host:22/x.git', 'ssh://git@host:22/x.git'],
    ['ssh://git@host/x.git', 'ssh://git@host/x.git'],
    ['ssh://:secret@host/x.git', 'ssh://host/x.git'],
    ['git+ssh://u:p:q@host/x', 'git+ssh://u@host/x'],
    ['git@github.com:acme/widgets.git', 'git@github.com:acme/widgets.git'],
    ['user:pw@host:path', 'user:pw@host:path'],
    ['/srv/git/remote.git', '/srv/git/remote.git'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(stripUrlCredentials(input)).toBe(expected);
  });
});

describe('helpers', () => {
  test('remoteHostAndPath', () => {
    expect(remoteHostAndPath('git@github.com:acme/widgets.git')).toEqual({
      host: 'github.com',
      path: 'acme/widgets.git',
    });
    expect(remoteHostAndPath('ssh://git@github.com:22/acme/w')).toEqual({ host: 'github.com', path: '/acme/w' });
    expect(remoteHostAndPath('https://[::1]:8080/a/b')).toEqual({ host: '[::1]', path: '/a/b' });
    expect(remoteHostAndPath('https://host')).toEqual({ host: 'host', path: '' });
    expect(remoteHostAndPath('/srv/git/x')).toBeUndefined();
    expect(remoteHostAndPath('host:path')).toBeUndefined();
    expect(remoteHostAndPath('a/b@host:path')).toBeUndefined();
  });
  test('cleanRemotePath', () => {
    expect(cleanRemotePath('/a/b.git')).toBe('a/b');
    expect(cleanRemotePath('a/b.git.git')).toBe('a/b');
    expect(cleanRemotePath('//a/b.git/')).toBe('a/b');
    expect(cleanRemotePath('a/b.GIT')).toBe('a/b.GIT');
    expect(cleanRemotePath('.git')).toBe('');
  });
});
