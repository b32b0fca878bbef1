// Spec vectors of git-native.md §2.2, §2.3, §2.4, §3.1, §3.3, §3.4, §10.5 (credential stripping).
import {
  base64UrlDecode,
  branchOfLedgerRef,
  ledgerRef,
  ledgerToken,
  normalizeRepoName,
  resolveLedgerBranch,
  stripCredentials,
} from '../../../core/ledger/refs';
import {
  buildMeta,
  indexPath,
  renderIndexEntry,
  renderMeta,
  safeSegment,
  sessionCommitMessage,
  sessionPaths,
  shardOf,
} from '../../../core/ledger/layout';
import { parseFanoutMode } from '../../../core/ledger/notes';
import { applyExcludePatterns, globMatches } from '../../../core/ledger/sanitize';
import type { Session } from '../../../core/hail/types';

describe('ledger ref names (§2.2)', () => {
  const tokens: Array<[string, string]> = [
    ['main', 'bWFpbg'],
    ['feature/hello-world', 'ZmVhdHVyZS9oZWxsby13b3JsZA'],
    ['feature/abc', 'ZmVhdHVyZS9hYmM'],
    ['feature/review', 'ZmVhdHVyZS9yZXZpZXc'],
    ['release/v1.2', 'cmVsZWFzZS92MS4y'],
    ['fix/ü-umlaut', 'Zml4L8O8LXVtbGF1dA'],
    ['detached', 'ZGV0YWNoZWQ'],
    ['detached@aabbccdd', 'ZGV0YWNoZWRAYWFiYmNjZGQ'],
    ['detached@4731dcb6', 'ZGV0YWNoZWRANDczMWRjYjY'],
  ];
  it.each(tokens)('%s -> %s', (branch, token) => {
    expect(ledgerToken(branch)).toBe(token);
    expect(ledgerRef(branch)).toBe(`refs/opensession/branches/${token}`);
    expect(base64UrlDecode(token)).toBe(branch);
    expect(branchOfLedgerRef(`refs/opensession/branches/${token}`)).toBe(branch);
  });
  it('decoding rejects padding, +, /, trailing bits and invalid UTF-8', () => {
    expect(base64UrlDecode('bWFpbg==')).toBeUndefined();
    expect(base64UrlDecode('a+b/')).toBeUndefined();
    expect(base64UrlDecode('bWFpbh')).toBeUndefined(); // non-zero trailing bits
    expect(base64UrlDecode('_w')).toBeUndefined(); // 0xff is not UTF-8
    expect(base64UrlDecode('a')).toBeUndefined();
  });
});

describe('resolveLedgerBranch (§2.3)', () => {
  const full = '4731dcb6430ff7cd910955a4fe2901908c13d03c';
  it.each<[string | undefined, string | undefined, string]>([
    ['main', full, 'main'],
    ['  feature/x ', undefined, 'feature/x'],
    ['HEAD', full, 'detached@4731dcb6'],
    ['head', '4731DCB6430ff7cd', 'detached@4731DCB6'],
    [undefined, 'zz4731dcb6430f', 'detached@4731dcb6'],
    ['HEAD', 'abc123', 'detached'],
    [undefined, undefined, 'detached'],
    ['', undefined, 'detached'],
  ])('(%s, %s) -> %s', (branch, head, expected) => {
    expect(resolveLedgerBranch(branch, head)).toBe(expected);
  });
});

describe('repo facts (§2.4, §10.5)', () => {
  it.each<[string, string | undefined]>([
    ['git@github.com:acme/widgets.git', 'acme/widgets'],
    ['https://github.com/acme/widgets', 'acme/widgets'],
    ['ssh://git@git.example.com:2222/team/app.git', 'team/app'],
    ['https://gitlab.com/group/sub/repo.git', 'group/sub/repo'],
    ['https://example.com/repo.git', undefined],
    ['/srv/git/remote.git', undefined],
  ])('normalizeRepoName(%s) = %s', (url, name) => {
    expect(normalizeRepoName(url)).toBe(name);
  });
  it('strips credentials', () => {
    expect(stripCredentials('https://user:tok@github.com/acme/widgets.git')).toBe(
      'https://github.com/acme/widgets.git',
    );
    expect(stripCredentials('https://oauth2:tok@gitlab.example.com/team/app.git')).toBe(
      'https://gitlab.example.com/team/app.git',
    );
    expect(stripCredentials('ssh://git:pw@host.example/x.git')).toBe('ssh://git@host.example/x.git');
    expect(stripCredentials('git@github.com:acme/widgets.git')).toBe('git@github.com:acme/widgets.git');
    expect(stripCredentials('/srv/git/remote.git')).toBe('/srv/git/remote.git');
  });
});

describe('tree paths (§3.1)', () => {
  it.each<[string, string]>([
    ['session-1', 'v1/se/session-1.hail.jsonl'],
    ['3f2a9c1e-0000-4000-8000-000000000001', 'v1/3f/3f2a9c1e-0000-4000-8000-000000000001.hail.jsonl'],
    ['x', 'v1/x/x.hail.jsonl'],
    ['a/b:c', 'v1/a_/a_b_c.hail.jsonl'],
    ['한글', 'v1/__/__.hail.jsonl'],
    ['..', 'v1/__/__.hail.jsonl'],
  ])('%s -> %s', (id, hail) => {
    expect(sessionPaths(id).hail).toBe(hail);
    expect(sessionPaths(id).meta).toBe(hail.replace(/\.hail\.jsonl$/, '.meta.json'));
  });
  it('maps a surrogate pair to one underscore and empty ids to _', () => {
    expect(safeSegment('a😀b')).toBe('a_b');
    expect(safeSegment('')).toBe('_');
    expect(safeSegment('.')).toBe('_');
  });
  it('never produces a `..` shard (not a valid tree entry)', () => {
    expect(shardOf(safeSegment('...x'))).toBe('__');
  });
  it('index path', () => {
    expect(indexPath('4731dcb6430ff7cd910955a4fe2901908c13d03c', 'session-1')).toBe(
      'v1/index/commits/4731dcb6430ff7cd910955a4fe2901908c13d03c/session-1.json',
    );
  });
  it('commit message replaces control characters', () => {
    expect(sessionCommitMessage('a\nb\tc')).toBe('session: a_b_c\n');
  });
});

describe('blob shapes (§3.3, §3.4)', () => {
  const session: Session = {
    version: 'hail-1.0.0',
    session_id: 'session-1',
    agent: { provider: 'anthropic', model: 'claude-opus-4-6', tool: 'claude-code' },
    context: {
      title: 'Fix greeting',
      tags: [],
      created_at: 0n,
      updated_at: 0n,
      related_session_ids: [],
      attributes: {},
    },
    events: [],
    stats: {
      event_count: 3,
      message_count: 1,
      tool_call_count: 0,
      task_count: 1,
      duration_seconds: 125,
      total_input_tokens: 120,
      total_output_tokens: 0,
      user_message_count: 1,
      files_changed: 1,
      lines_added: 1,
      lines_removed: 1,
    },
  };
  it('meta matches the spec example byte for byte', () => {
    const sha = '4731dcb6430ff7cd910955a4fe2901908c13d03c';
    const meta = buildMeta(
      session,
      {
        branch: 'main',
        commits: [sha],
        head: sha,
        remote: 'https://github.com/acme/widgets.git',
        repo_name: 'acme/widgets',
      },
      '2026-02-28T00:53:22.123Z',
    );
    expect(renderMeta(meta)).toBe(`{
  "git": {
    "branch": "main",
    "commits": [
      "4731dcb6430ff7cd910955a4fe2901908c13d03c"
    ],
    "head": "4731dcb6430ff7cd910955a4fe2901908c13d03c",
    "remote": "https://github.com/acme/widgets.git",
    "repo_name": "acme/widgets"
  },
  "model": "claude-opus-4-6",
  "schema_version": 2,
  "session_id": "session-1",
  "session_role": "primary",
  "stats": {
    "duration_seconds": 125,
    "event_count": 3,
    "files_changed": 1,
    "lines_added": 1,
    "lines_removed": 1,
    "message_count": 1,
    "task_count": 1,
    "tool_call_count": 0,
    "total_input_tokens": 120,
    "total_output_tokens": 0,
    "user_message_count": 1
  },
  "stored_at": "2026-02-28T00:53:22.123Z",
  "title": "Fix greeting",
  "tool": "claude-code"
}`);
  });
  it('meta omits git when empty, title null, auxiliary role', () => {
    const aux = { ...session, context: { ...session.context, title: undefined, related_session_ids: ['p'] } };
    const text = renderMeta(buildMeta(aux, { commits: [], remote: '' }, '2026-02-28T00:53:22Z'));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.git).toBeUndefined();
    expect(parsed.title).toBeNull();
    expect(parsed.session_role).toBe('auxiliary');
    expect(text.endsWith('\n')).toBe(false);
  });
  it('index entry is compact with sorted keys', () => {
    expect(
      renderIndexEntry({
        session_id: 'session-1',
        stored_at: '2026-02-28T00:53:22.123Z',
        meta_path: 'v1/se/session-1.meta.json',
        hail_path: 'v1/se/session-1.hail.jsonl',
      }),
    ).toBe(
      '{"hail_path":"v1/se/session-1.hail.jsonl","meta_path":"v1/se/session-1.meta.json","session_id":"session-1","stored_at":"2026-02-28T00:53:22.123Z"}',
    );
  });
});

describe('fanout mode (§8.1)', () => {
  it.each<[string | undefined, string, boolean]>([
    [undefined, 'hidden_ref', true],
    ['  ', 'hidden_ref', true],
    ['Hidden-Ref', 'hidden_ref', true],
    ['1', 'hidden_ref', true],
    ['GIT_NOTES', 'git_notes', true],
    ['note', 'git_notes', true],
    ['2', 'git_notes', true],
    ['bogus', 'hidden_ref', false],
  ])('%s -> %s', (raw, mode, valid) => {
    const s = parseFanoutMode(raw);
    expect(s.mode).toBe(mode);
    expect(s.valid).toBe(valid);
  });
});

describe('exclude_patterns sanitizer', () => {
  it('replaces the contents of events naming an excluded path', () => {
    expect(globMatches('*.env', 'config/.ENV')).toBe(true);
    expect(globMatches('*secret*', 'a/b/my-secret.txt')).toBe(true);
    expect(globMatches('?.txt', 'ab.txt')).toBe(false);
    const base = makeFixture();
    const s = applyExcludePatterns(base, ['*.env']);
    expect(s.events[0].content.blocks).toEqual([
      { type: 'File', path: 'config/.env', content: '[REDACTED:excluded_path]' },
      { type: 'Text', text: '[REDACTED:excluded_path]' },
    ]);
    expect(s.events[1]).toBe(base.events[1]);
  });
});

function makeFixture(): Session {
  return {
    version: 'hail-1.0.0',
    session_id: 'x',
    agent: { provider: 'p', model: 'm', tool: 't' },
    context: { tags: [], created_at: 0n, updated_at: 0n, related_session_ids: [], attributes: {} },
    events: [
      {
        event_id: 'e1',
        timestamp: 0n,
        event_type: { type: 'FileRead', data: { path: 'config/.env' } },
        content: {
          blocks: [
            { type: 'File', path: 'config/.env', content: 'API_KEY=1' },
            { type: 'Text', text: 'contents' },
          ],
        },
        attributes: {},
      },
      {
        event_id: 'e2',
        timestamp: 0n,
        event_type: { type: 'UserMessage' },
        content: { blocks: [{ type: 'Text', text: 'hi' }] },
        attributes: {},
      },
    ],
    stats: {
      event_count: 2,
      message_count: 1,
      tool_call_count: 1,
      task_count: 0,
      duration_seconds: 0,
      total_input_tokens: 0,
      total_output_tokens: 0,
      user_message_count: 1,
      files_changed: 0,
      lines_added: 0,
      lines_removed: 0,
    },
  };
}
