// hail-and-store.md 6.5: every redaction vector, exact output and counts.

import { redactText, REDACTION_RULE_IDS } from '../../../core/redact';

type Counts = Record<string, number>;

/** Markers in `out` that were not already in `input`: the counts a vector implies when its column is blank. */
function impliedCounts(input: string, out: string): Counts {
  const count = (s: string): Counts => {
    const c: Counts = {};
    for (const m of s.matchAll(/\[REDACTED:([a-z0-9_]+)\]/g)) c[m[1]] = (c[m[1]] ?? 0) + 1;
    return c;
  };
  const before = count(input);
  const after = count(out);
  const res: Counts = {};
  for (const [k, v] of Object.entries(after)) if (v - (before[k] ?? 0) > 0) res[k] = v - (before[k] ?? 0);
  return res;
}

// [input, output (null = unchanged), counts as written in the spec (undefined = column blank)]
const VECTORS: Array<[string, string | null, Counts | undefined]> = [
  ['API_KEY=sk-123 rest', 'API_KEY=[REDACTED:key_value_secret] rest', { key_value_secret: 1 }],
  [
    'export OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123',
    'export OPENAI_API_KEY=[REDACTED:openai_api_key]',
    { openai_api_key: 1 },
  ],
  [
    'git remote add o https://x-access-token:ghs_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com/a/b.git',
    'git remote add o https://x-access-token:[REDACTED:github_token]@github.com/a/b.git',
    { github_token: 1 },
  ],
  ['aws AKIAIOSFODNN7EXAMPLE key', 'aws [REDACTED:aws_access_key_id] key', undefined],
  [
    '"SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",',
    '"SecretAccessKey": "[REDACTED:key_value_secret]",',
    undefined,
  ],
  [
    'DATABASE_URL=postgres://app:s3cr3t@db:5432/prod',
    'DATABASE_URL=postgres://app:[REDACTED:connection_string]@db:5432/prod',
    undefined,
  ],
  [
    'curl https://alice:hunter2@example.com/x',
    'curl https://alice:[REDACTED:url_credentials]@example.com/x',
    undefined,
  ],
  [
    'Server=tcp:x;User Id=u;Password=p4ss word;Encrypt=true',
    'Server=tcp:x;User Id=u;Password=[REDACTED:connection_string];Encrypt=true',
    undefined,
  ],
  ['Authorization: Bearer abcdef0123456789abcdef', 'Authorization: Bearer [REDACTED:bearer_token]', undefined],
  ['The bearer authentication scheme', null, undefined],
  [
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl…\n-----END OPENSSH PRIVATE KEY-----\nafter',
    '[REDACTED:private_key]\nafter',
    undefined,
  ],
  [
    '{"max_tokens": 4096, "password": "p\\"w", "has_secret": false}',
    '{"max_tokens": 4096, "password": "[REDACTED:key_value_secret]", "has_secret": false}',
    undefined,
  ],
  [
    'mytool --password=hunter2 --token $GH_TOKEN',
    'mytool --password=[REDACTED:key_value_secret] --token $GH_TOKEN',
    undefined,
  ],
  ['note: password=hunter2', 'note: password=[REDACTED:key_value_secret]', undefined],
  [
    'cd /home/jane/proj && ls /Users/bob && type C:\\Users\\Bob\\code\\a.txt',
    'cd ~/proj && ls ~ && type ~\\code\\a.txt',
    {},
  ],
  ['/srv/home/data and x/home/jane/y', null, undefined],
  ['API_KEY=[REDACTED:openai_api_key]', null, undefined],
];

describe('6.5 redaction vectors (stripHomePaths on)', () => {
  test.each(VECTORS)('%j', (input, output, counts) => {
    const expected = output ?? input;
    const r = redactText(input, { stripHomePaths: true });
    expect(r.text).toBe(expected);
    expect(r.counts).toEqual(counts ?? impliedCounts(input, expected));
    // idempotent: a second pass changes nothing and counts nothing
    expect(redactText(r.text, { stripHomePaths: true })).toEqual({ text: r.text, counts: {} });
  });

  test('blank count columns imply exactly one replacement of the named rule', () => {
    expect(redactText('aws AKIAIOSFODNN7EXAMPLE key', { stripHomePaths: true }).counts).toEqual({
      aws_access_key_id: 1,
    });
    expect(redactText('The bearer authentication scheme', { stripHomePaths: true }).counts).toEqual({});
  });

  test('the vectors do not depend on home-path stripping except the path ones', () => {
    for (const [input, output] of VECTORS.slice(0, 14)) {
      expect(redactText(input, { stripHomePaths: false }).text).toBe(output ?? input);
    }
    const paths = 'cd /home/jane/proj && ls /Users/bob && type C:\\Users\\Bob\\code\\a.txt';
    expect(redactText(paths, { stripHomePaths: false })).toEqual({ text: paths, counts: {} });
  });

  test('the private-key vector also holds for a realistic body', () => {
    const key =
      '-----BEGIN OPENSSH PRIVATE KEY-----\n' +
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n' +
      'QyNTUxOQAAACDtoken=abc password: x AKIAIOSFODNN7EXAMPLE\n' +
      '-----END OPENSSH PRIVATE KEY-----\nafter';
    expect(redactText(key, { stripHomePaths: true })).toEqual({
      text: '[REDACTED:private_key]\nafter',
      counts: { private_key: 1 },
    });
  });

  test('counts only use the documented rule ids', () => {
    expect(REDACTION_RULE_IDS).toEqual([
      'private_key',
      'anthropic_api_key',
      'openai_api_key',
      'github_token',
      'gitlab_token',
      'aws_access_key_id',
      'google_api_key',
      'slack_token',
      'stripe_key',
      'jwt',
      'connection_string',
      'url_credentials',
      'bearer_token',
      'key_value_secret',
    ]);
    for (const [input] of VECTORS) {
      for (const id of Object.keys(redactText(input, { stripHomePaths: true }).counts)) {
        expect(REDACTION_RULE_IDS).toContain(id);
      }
    }
  });
});
