// Rule table, match selection (6.3), home-path stripping (6.4), scanner equivalence and performance.

import {
  isExcludedSecretValue,
  isSecretKeyName,
  mergeCounts,
  REDACTION_RULES,
  redactText,
  stripHomePaths,
  totalCount,
} from '../../../core/redact';
import { regexSpans } from '../../../core/redact/engine';
import { prng } from '../../support/random';

const ON = { stripHomePaths: true };
const OFF = { stripHomePaths: false };
const red = (s: string) => redactText(s, OFF).text;

describe('rule table', () => {
  test('15 rules in the spec priority order', () => {
    expect(REDACTION_RULES.map((r) => r.id)).toEqual([
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
      'connection_string',
      'bearer_token',
      'key_value_secret',
    ]);
  });

  test('patterns are the spec regexes verbatim', () => {
    const src = REDACTION_RULES.map((r) => r.pattern.source);
    expect(src[0]).toBe('-----BEGIN[ A-Z0-9]*PRIVATE KEY-----[\\s\\S]*?(?:-----END[ A-Z0-9]*PRIVATE KEY-----|$)');
    expect(src[2]).toBe('\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}');
    expect(src[10]).toBe('\\b([A-Za-z][A-Za-z0-9+.-]*):\\/\\/[^\\s:@\\/?#]+:([^\\s\\/?#]+)@');
    expect(src[11]).toBe(src[10]);
    expect(src[13]).toBe('\\bbearer[ \\t]+((?=[A-Za-z._~+\\/-]*[0-9])[A-Za-z0-9._~+\\/-]{16,}=*)');
    expect(src[14]).toBe(
      '(?<![A-Za-z0-9_.])(["\']?)([A-Za-z_][A-Za-z0-9_.-]*)\\1[ \\t]*[=:][ \\t]*(?:"((?:[^"\\\\\\r\\n]|\\\\.)+)"|\'([^\'\\r\\n]+)\'|([^\\s"\'`,;&\\]}]+))',
    );
    expect(REDACTION_RULES[12].pattern.flags).toContain('i');
    expect(REDACTION_RULES[13].pattern.flags).toContain('i');
    expect(REDACTION_RULES[14].pattern.flags).not.toContain('i');
  });
});

describe('key and value tests', () => {
  test.each([
    'API_KEY',
    'GITHUB_TOKEN',
    'PGPASSWORD',
    'client_secret',
    'AWS_SECRET_ACCESS_KEY',
    'x-api-key',
    'db.passwd',
    'ssh_passphrase',
    'PRIVATE_KEY',
    'AccountKey',
    'auth-key',
    'gcp_credential',
    'CREDENTIALS',
    'SecretAccessKey',
    'a_p_i_k_e_y',
  ])('secret key %s', (k) => expect(isSecretKeyName(k)).toBe(true));
  test.each([
    'max_tokens',
    'input_tokens',
    'token_count',
    'PWD',
    'tokens',
    'key',
    'monkey',
    'secrets_dir',
    'password_hint',
    'GOOGLE_KEY',
    'tokenizer',
  ])('not a secret key %s', (k) => expect(isSecretKeyName(k)).toBe(false));
  test('key test is ASCII-only lowercase', () => {
    expect(isSecretKeyName('TOKEN')).toBe(true);
    expect(isSecretKeyName('TO\u212aEN')).toBe(false); // KELVIN SIGN is not K
  });
  test.each(['true', 'FALSE', 'Null', 'none', 'undefined', '$X', '${X}', '<your-token>', '*', '********', ''])(
    'excluded value %j',
    (v) => expect(isExcludedSecretValue(v)).toBe(true),
  );
  test.each(['hunter2', 'truth', 'nonempty', 'x$', '**a', ' *', 'p\\"w'])('not excluded %j', (v) =>
    expect(isExcludedSecretValue(v)).toBe(false),
  );
});

describe('each rule', () => {
  const cases: Array<[string, string, string]> = [
    [
      'private_key',
      'a\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\nb',
      'a\n[REDACTED:private_key]\nb',
    ],
    ['private_key (unterminated)', 'x -----BEGIN EC PRIVATE KEY-----\nMHc\nrest', 'x [REDACTED:private_key]'],
    [
      'private_key (no PRIVATE)',
      '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
      '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    ],
    ['anthropic', 'k sk-ant-api03-abcdefghijklmnopqrstuvwxyz', 'k [REDACTED:anthropic_api_key]'],
    ['openai', 'k sk-abcdefghijklmnopqrstuvwxyz', 'k [REDACTED:openai_api_key]'],
    ['openai admin', '(sk-admin-abcdefghijklmnopqrst)', '([REDACTED:openai_api_key])'],
    ['openai short', 'k sk-abcdefghijklmnopqrs', 'k sk-abcdefghijklmnopqrs'],
    ['openai no boundary', 'ask-abcdefghijklmnopqrstuvwxyz', 'ask-abcdefghijklmnopqrstuvwxyz'],
    ['github ghp', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', '[REDACTED:github_token]'],
    ['github ghp 35', 'ghp_abcdefghijklmnopqrstuvwxyz012345678', 'ghp_abcdefghijklmnopqrstuvwxyz012345678'],
    ['github pat', 'github_pat_11ABCDEFG0123456789_abcdefghij', '[REDACTED:github_token]'],
    ['gitlab', 'glpat-abcdefghij0123456789', '[REDACTED:gitlab_token]'],
    ['gitlab agent', 'glagent-abcdefghij0123456789', '[REDACTED:gitlab_token]'],
    ['aws', 'ASIAABCDEFGHIJKLMNOP', '[REDACTED:aws_access_key_id]'],
    ['aws too long', 'AKIAABCDEFGHIJKLMNOPQ', 'AKIAABCDEFGHIJKLMNOPQ'],
    ['aws lowercase after', 'AKIAABCDEFGHIJKLMNOPq', 'AKIAABCDEFGHIJKLMNOPq'],
    ['google', 'AIzaSyA-0123456789abcdefghijklmnopqrstu', '[REDACTED:google_api_key]'],
    ['google 36', 'AIzaSyA-0123456789abcdefghijklmnopqrstuv', 'AIzaSyA-0123456789abcdefghijklmnopqrstuv'],
    ['slack', 'xoxb-1234567890-abc', '[REDACTED:slack_token]'],
    ['stripe', 'sk_live_abcdefghijklmnop', '[REDACTED:stripe_key]'],
    ['stripe rk test', 'rk_test_ABCDEFGHIJKLMNOP', '[REDACTED:stripe_key]'],
    ['jwt', 'a eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4 b', 'a [REDACTED:jwt] b'],
    ['mongodb+srv', 'mongodb+srv://u:pw@c.net/db', 'mongodb+srv://u:[REDACTED:connection_string]@c.net/db'],
    ['scheme case', 'POSTGRESQL://u:pw@h', 'POSTGRESQL://u:[REDACTED:connection_string]@h'],
    ['url creds', 'ssh://git:pw@h', 'ssh://git:[REDACTED:url_credentials]@h'],
    ['url creds last @', 'https://u:p@ss@h/x', 'https://u:[REDACTED:url_credentials]@h/x'],
    ['url no user', 'redis://:pw@h', 'redis://:pw@h'],
    ['url port only', 'https://example.com:8443/x@y', 'https://example.com:8443/x@y'],
    ['semicolon form', 'pwd = a b ;x', 'pwd = [REDACTED:connection_string];x'],
    ['semicolon form needs ;', 'Password=abc', 'Password=[REDACTED:key_value_secret]'],
    ['semicolon form word boundary', 'xpassword=abc;', 'xpassword=[REDACTED:key_value_secret];'],
    ['bearer', 'bearer abcdefghijklmnop1', 'bearer [REDACTED:bearer_token]'],
    ['bearer padding', 'BEARER\tabc/def+ghi~jkl.mn0==', 'BEARER\t[REDACTED:bearer_token]'],
    ['bearer needs digit', 'Bearer abcdefghijklmnopqrstuvwxyz', 'Bearer abcdefghijklmnopqrstuvwxyz'],
    ['bearer needs 16', 'Bearer abcdefghijklmn1', 'Bearer abcdefghijklmn1'],
    ['kv double quoted', 'token: "a b\\"c"', 'token: "[REDACTED:key_value_secret]"'],
    ['kv single quoted', "secret='a b'", "secret='[REDACTED:key_value_secret]'"],
    ['kv quoted key', "'password' = x", "'password' = [REDACTED:key_value_secret]"],
    ['kv mismatched key quotes', '"password\' = x', '"password\' = x'],
    [
      'kv stops at delimiters',
      'token=ab,cd;e&f]g}h`i',
      'token=[REDACTED:key_value_secret]`i' /* A1: `password|secret|token=` values run to whitespace or a quote */,
    ],
    [
      'kv lookbehind',
      'a.token=x 1token=y 9.token=w _token=z',
      'a.token=[REDACTED:key_value_secret] 1token=y 9.token=w _token=[REDACTED:key_value_secret]',
    ],
    ['kv after dash', 'x-token=abc', 'x-token=[REDACTED:key_value_secret]'],
    ['kv unterminated quote', 'token: "abc', 'token: "abc'],
    ['kv empty quotes', 'token: "" next', 'token: "" next'],
  ];
  test.each(cases)('%s', (_name, input, output) => expect(red(input)).toBe(output));
});

describe('connection-string schemes (rule 11)', () => {
  const schemes = [
    'postgres',
    'postgresql',
    'mysql',
    'mariadb',
    'mongodb',
    'mongodb+srv',
    'redis',
    'rediss',
    'amqp',
    'amqps',
    'mssql',
    'sqlserver',
  ];
  test.each(schemes)('%s', (scheme) => {
    expect(red(`${scheme}://u:pw@h/x`)).toBe(`${scheme}://u:[REDACTED:connection_string]@h/x`);
    expect(red(`${scheme.toUpperCase()}://u:pw@h/x`)).toBe(
      `${scheme.toUpperCase()}://u:[REDACTED:connection_string]@h/x`,
    );
  });
  test.each(['https', 'http', 'ssh', 'ftp', 'postgresx', 'mongodb+srvx', 'jdbc', 'amqpz', 'git+https'])(
    '%s is url_credentials',
    (scheme) => {
      expect(red(`${scheme}://u:pw@h/x`)).toBe(`${scheme}://u:[REDACTED:url_credentials]@h/x`);
    },
  );
});

describe('match selection', () => {
  test('ties go to the higher-priority rule (span starts compared, not match starts)', () => {
    expect(redactText('STRIPE_SECRET_KEY=sk_live_abcdefghijklmnop', OFF)).toEqual({
      text: 'STRIPE_SECRET_KEY=[REDACTED:stripe_key]',
      counts: { stripe_key: 1 },
    });
    // bearer's match starts at "Bearer" but its span later; key_value_secret's span starts at "Bearer"
    expect(redactText('token: Bearer abcdef0123456789abcdef', OFF)).toEqual({
      text: 'token: [REDACTED:key_value_secret] [REDACTED:bearer_token]',
      counts: { key_value_secret: 1, bearer_token: 1 },
    });
    // jwt (10) beats bearer (14) on the same span start
    const jwt = 'eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4';
    expect(red(`Authorization: Bearer ${jwt}`)).toBe('Authorization: Bearer [REDACTED:jwt]');
    // connection_string (11) beats url_credentials (12) when both patterns see the same password
    expect(red('git+postgres://u:pw@h')).toBe('git+postgres://u:[REDACTED:connection_string]@h');
  });

  test('an earlier span wins over a later overlapping one, whatever the priority', () => {
    // key_value_secret starts at "abc" before the github token inside the same value
    expect(redactText('token=abc-ghp_abcdefghijklmnopqrstuvwxyz0123456789', OFF)).toEqual({
      text: 'token=[REDACTED:key_value_secret]',
      counts: { key_value_secret: 1 },
    });
    // a private key swallows everything to its end marker
    expect(
      redactText('-----BEGIN PRIVATE KEY-----\nsk-ant-api03-abcdefghijklmnopqrstuvwxyz\n-----END PRIVATE KEY-----', OFF)
        .counts,
    ).toEqual({
      private_key: 1,
    });
  });

  test('a failed condition resumes scanning at match start + 1', () => {
    // "note" fails the key test; the scan resumes inside its value and finds password=…
    expect(red('note: password=hunter2')).toBe('note: password=[REDACTED:key_value_secret]');
    // a failing excluded value does not hide a later key inside the same line
    expect(red('token=$A,secret=b')).toBe('token=$A,secret=[REDACTED:key_value_secret]');
    // "has_secret": false fails the value test, later pairs are still found
    expect(red('"has_secret": false, "api_key": "x"')).toBe(
      '"has_secret": false, "api_key": "[REDACTED:key_value_secret]"',
    );
  });

  test('an accepted match consumes its text for the same rule', () => {
    // the value of the first pair contains a second pair; only the first is a match
    expect(redactText('token=a=password=b', OFF)).toEqual({
      text: 'token=[REDACTED:key_value_secret]',
      counts: { key_value_secret: 1 },
    });
  });

  test('existing markers are accepted spans: never re-redacted, never counted', () => {
    for (const s of [
      'API_KEY=[REDACTED:openai_api_key]',
      'password: "[REDACTED:key_value_secret]"',
      'postgres://u:[REDACTED:connection_string]@h',
      'Password=[REDACTED:connection_string];x',
      'Bearer [REDACTED:bearer_token]',
      '[REDACTED:private_key]\nafter',
    ]) {
      expect(redactText(s, ON)).toEqual({ text: s, counts: {} });
    }
    // markers mixed with new secrets
    expect(redactText('[REDACTED:jwt] token=abc [REDACTED:x]', OFF)).toEqual({
      text: '[REDACTED:jwt] token=[REDACTED:key_value_secret] [REDACTED:x]',
      counts: { key_value_secret: 1 },
    });
  });

  test('a rule span reaching into a marker covers the whole marker (never cut in half)', () => {
    expect(redactText('password=abc[REDACTED:jwt] tail', OFF)).toEqual({
      text: 'password=[REDACTED:key_value_secret] tail',
      counts: { key_value_secret: 1 },
    });
    expect(red('-----BEGIN RSA PRIVATE KEY-----\nMIIE [REDACTED:jwt] more key')).toBe('[REDACTED:private_key]');
  });

  test('several secrets of one rule are counted separately', () => {
    expect(redactText('a AKIAABCDEFGHIJKLMNOP b ASIAABCDEFGHIJKLMNOP c', OFF)).toEqual({
      text: 'a [REDACTED:aws_access_key_id] b [REDACTED:aws_access_key_id] c',
      counts: { aws_access_key_id: 2 },
    });
  });

  test('mergeCounts and totalCount', () => {
    const a = { jwt: 1, key_value_secret: 2 };
    const b = { key_value_secret: 3, private_key: 1 };
    expect(mergeCounts(a, b, {})).toEqual({ jwt: 1, key_value_secret: 5, private_key: 1 });
    expect(a).toEqual({ jwt: 1, key_value_secret: 2 });
    expect(mergeCounts()).toEqual({});
    expect(totalCount(mergeCounts(a, b))).toBe(7);
    expect(Object.getPrototypeOf(mergeCounts({ constructor: 1 }))).toBe(Object.prototype);
    expect(mergeCounts({ constructor: 1 }, { constructor: 2 })).toEqual({ constructor: 3 });
  });
});

describe('home-path stripping (6.4)', () => {
  test.each([
    ['/home/jane', '~'],
    ['"/home/jane/x"', '"~/x"'],
    ['(/Users/bob)', '(~)'],
    ['c:\\users\\Bob\\x', '~\\x'],
    ['C:\\Users\\Bob', '~'],
    ['/home/', '/home/'],
    ['/srv/home/data', '/srv/home/data'],
    ['a-/home/x', 'a-/home/x'],
    ['.../home/x', '.../home/x'],
    ['PWD=/home/jane', 'PWD=~'],
    ['file:///home/jane/a', 'file://~/a'],
    ['/home/jane:/home/bob', '~:~'],
    ['/home/jane/home/bob', '~/home/bob'],
  ])('%j -> %j', (input, output) => {
    expect(stripHomePaths(input)).toBe(output);
    expect(redactText(input, ON)).toEqual({ text: output, counts: {} });
    expect(redactText(input, OFF).text).toBe(input);
  });

  test('runs after secret redaction', () => {
    expect(redactText('token=/home/jane/x and /home/bob/y', ON).text).toBe('token=[REDACTED:key_value_secret] and ~/y');
  });
});

// ---------------------------------------------------------------------------------------------
// The linear scanners must produce exactly the spans of the spec regexes.

const PIECES = [
  'token',
  'password',
  'Secret',
  'api_key',
  'x-api-key',
  'max_tokens',
  'key',
  'PASSWD',
  'pass',
  'postgres',
  'mongodb+srv',
  'https',
  'git+redis',
  'http',
  'ftp',
  '://',
  ':',
  '=',
  '==',
  ' ',
  '\t',
  '\n',
  '\r',
  '"',
  "'",
  '`',
  '\\',
  '\\"',
  '$',
  '<',
  '*',
  '***',
  ',',
  ';',
  '&',
  ']',
  '}',
  '@',
  '/',
  '?',
  '#',
  '+',
  '.',
  '-',
  '_',
  'a',
  'b',
  'Z',
  '0',
  '9',
  'true',
  'None',
  'é',
  '\u2028',
  '\u00a0',
  '\ufeff',
  '[REDACTED:jwt]',
];

const URL_PIECES = [
  'postgres',
  'REDIS',
  'mongodb+srv',
  'https',
  'git+',
  'x_',
  'a',
  'B',
  '1',
  '+',
  '.',
  '-',
  '_',
  '://',
  '://',
  ':',
  ':',
  '@',
  '@',
  '/',
  '?',
  '#',
  ' ',
  '\n',
  'u:p@h',
  'é',
  '=',
];

function randomText(rand: () => number, pieces: readonly string[]): string {
  const n = 1 + Math.floor(rand() * 24);
  let s = '';
  for (let i = 0; i < n; i++) s += pieces[Math.floor(rand() * pieces.length)];
  return s;
}

describe('scanners equal the spec regexes', () => {
  const scanned = REDACTION_RULES.filter((r) => r.scan !== undefined);

  test('rules 11, 12 and 15 have scanners', () => {
    expect(scanned.map((r) => REDACTION_RULES.indexOf(r))).toEqual([10, 11, 14]);
  });

  test('hand-picked inputs', () => {
    const inputs = [
      'token=a',
      '"token": "x"',
      "'token':'x'",
      '"token\': x',
      'a-b-token = v',
      'x.token=v',
      'token  :\t "a\\"b"',
      'token="a\\\nb"',
      'token: "a',
      "token: 'a\nb'",
      'token=',
      'token: $X',
      'token: <x>',
      'token: ***',
      'token: TRUE',
      'token=a=b secret=c',
      'note: password=hunter2',
      'https://u:p@h postgres://a:b@c',
      'x_https://u:p@h',
      'a.b+postgres://u:p@h',
      'git+postgres://u:p@h',
      'https://u:p@x@y/z',
      'https://:p@h',
      '://u:p@h',
      'https://u:p@h://v:w@k',
      'postgres://u:p@h/x?y=z@w',
      'API_KEY=[REDACTED:openai_api_key]',
    ];
    for (const rule of scanned) {
      for (const s of inputs) expect([rule.id, s, rule.scan!(s)]).toEqual([rule.id, s, regexSpans(rule, s)]);
    }
  });

  test.each([
    ['key/value pieces', PIECES],
    ['URL pieces', URL_PIECES],
  ])('20,000 random inputs from %s', (_name, pieces) => {
    const rand = prng(20261202);
    const found = new Map<number, number>();
    for (let i = 0; i < 20000; i++) {
      const s = randomText(rand, pieces);
      for (const rule of scanned) {
        const fast = rule.scan!(s);
        const spec = regexSpans(rule, s);
        if (JSON.stringify(fast) !== JSON.stringify(spec)) {
          throw new Error(
            `${rule.id} differs on ${JSON.stringify(s)}: ${JSON.stringify(fast)} vs ${JSON.stringify(spec)}`,
          );
        }
        const k = REDACTION_RULES.indexOf(rule);
        found.set(k, (found.get(k) ?? 0) + spec.length);
      }
    }
    // the generators really exercise the rules they target
    if (pieces === PIECES) expect(found.get(14)).toBeGreaterThan(500);
    else expect(Math.min(found.get(10)!, found.get(11)!)).toBeGreaterThan(50);
  });
});

describe('performance', () => {
  // The spec regexes for key_value_secret / URL credentials are quadratic on these inputs (minutes at this size).
  function base64url(n: number): string {
    const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const rand = prng(7);
    let s = '';
    for (let i = 0; i < n; i++) s += a[Math.floor(rand() * 64)];
    return s;
  }

  test('long runs of key/scheme characters are linear', () => {
    const inputs = [
      'data ' + base64url(400_000) + '=x',
      'v ' + 'a-'.repeat(200_000) + '=x',
      'u ' + 'a.'.repeat(200_000) + '://u:p@h',
    ];
    const t0 = Date.now();
    for (const s of inputs) redactText(s, ON);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  test('plain text is skipped by the combined pre-check', () => {
    const prose = 'The quick brown fox jumps over the lazy dog.\n'.repeat(50_000);
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) expect(redactText(prose, ON).text).toBe(prose);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
