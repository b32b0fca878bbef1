// Redaction, second round (amendments-2 A1): the added kinds, the secretlint layer, cut secrets.
import { lintSource } from '@secretlint/core';
import { creator as recommendPreset } from '@secretlint/secretlint-rule-preset-recommend';
import { redactText } from '../../../core/redact';
import { redactCutTail } from '../../../core/redact/engine';
import { secretlintFindings, secretlintMarkerId, secretlintRuleIds } from '../../../core/redact/secretlint';
import { applyTitleRule } from '../../../core/parsers/common/rules';
import { findLeak, LOOK_ALIKES, promptWithSecretAt, SECRET_CORPUS } from '../../support/secret-corpus';

const red = (s: string) => redactText(s, { stripHomePaths: false });

describe('A1.1 secret kinds', () => {
  test.each(SECRET_CORPUS.map((s) => [s.kind, s]))('%s is redacted wherever it sits', (_kind, s) => {
    for (const text of [
      s.text,
      `DEPLOY_CREDENTIAL=${s.text}`,
      `run: ${s.text}`,
      `"${s.text}"`,
      `${s.text}\nnext line`,
      `echo '${s.text}'`,
    ]) {
      const r = red(text);
      expect(findLeak(r.text, [s])).toBeUndefined();
      expect(r.text).toMatch(/\[REDACTED:[a-z0-9_]+\]/);
      expect(red(r.text)).toEqual({ text: r.text, counts: {} }); // idempotent
    }
  });

  test('the issue vectors: password value keeps & ; #, curl -u, Basic', () => {
    expect(red('password=Tr0ub4dor&3xyz').text).toBe('password=[REDACTED:key_value_secret]');
    expect(red('DB_PASSWORD=a;b#c&d done').text).toBe('DB_PASSWORD=[REDACTED:key_value_secret] done');
    expect(red('curl -u admin:pw12 https://x').text).toBe('curl -u admin:[REDACTED:cli_password] https://x');
    expect(red('curl --user=admin:pw12 https://x').text).toBe('curl --user=admin:[REDACTED:cli_password] https://x');
    expect(red('Authorization: Basic YWRtaW46cHc=').text).toBe('Authorization: Basic [REDACTED:basic_auth]');
    expect(red('mysql -uroot -pS3cret db').text).toBe('mysql -uroot -p[REDACTED:cli_password] db');
    expect(red('mytool --password hunter2x').text).toBe('mytool --password [REDACTED:cli_password]');
    // overlapping rules: the replaced region grows over the longer later span, no tail is left behind
    expect(red('X_CREDENTIAL=token=Zr4#Lk9;Mn2&Pq7wQ next').text).toBe('X_CREDENTIAL=[REDACTED:key_value_secret] next');
  });

  test.each(LOOK_ALIKES)('look-alike %j is unchanged', (text) => {
    expect(red(text)).toEqual({ text, counts: {} });
  });
});

describe('A1.2 secretlint layer (recommended preset)', () => {
  test('every preset scanner runs, with marker ids of the marker alphabet', () => {
    const ids = secretlintRuleIds();
    expect(ids).toEqual(expect.arrayContaining(['secretlint_github', 'secretlint_slack', 'secretlint_sendgrid']));
    expect(ids).not.toContain('secretlint_filter_comments');
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+$/);
    expect(secretlintMarkerId('@secretlint/secretlint-rule-database-connection-string')).toBe(
      'secretlint_database_connection_string',
    );
  });

  test('findings of kinds the spec rules lack are replaced with [REDACTED:secretlint_<rule>]', () => {
    const shopify = 'shpat_' + 'a1B2c3D4e5F6a1B2c3D4e5F6a1B2c3D4';
    const linear = 'lin_api_' + 'Zq8Xw7Vu6Ts5Rq4Po3Nm2Lk1Ji0Hg9Fe8Dc7Ba6';
    const r = red(`shop ${shopify} and linear ${linear} done`);
    expect(r.text).toBe('shop [REDACTED:secretlint_shopify] and linear [REDACTED:secretlint_linear] done');
    expect(r.counts).toEqual({ secretlint_shopify: 1, secretlint_linear: 1 });
  });

  test('the synchronous driver finds what the async lintSource finds (same ranges)', async () => {
    const samples = [
      'xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx',
      'https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx',
      'shpss_' + 'Ab1'.repeat(11),
      'ghp_' + 'x'.repeat(36) + ' and github_pat_' + 'y'.repeat(82),
      'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
      'mongodb+srv://user:pa55w0rd@cluster0.example.net/db',
      'https://user:pass@example.com/path',
      'npm_' + 'q'.repeat(36),
      'lin_api_' + 'k'.repeat(40),
      'nothing secret here at all, just prose about tokens',
    ];
    for (const content of samples) {
      const result = await lintSource({
        source: { content, filePath: '/virtual/x.txt', ext: '.txt', contentType: 'text' },
        options: { config: { rules: [{ id: recommendPreset.meta.id, rule: recommendPreset }] } },
      });
      const expected = result.messages
        .filter((m) => m.type === 'message')
        .map((m) => [m.range[0], m.range[1]])
        .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const got = secretlintFindings(content).map((f) => [f.start, f.end]);
      expect(got).toEqual(expected);
    }
  });
});

describe('A1.3 a secret cut short is still a secret', () => {
  const positions = [0, 30, 60, 70, 73, 75, 76, 77, 78, 79];
  test.each(SECRET_CORPUS.map((s) => [s.kind, s]))('%s cut by the title rule at every position', (_kind, s) => {
    for (const at of positions) {
      const title = applyTitleRule(promptWithSecretAt(s, at));
      expect(Array.from(title).length).toBeLessThanOrEqual(80);
      expect(findLeak(title, [s])).toBeUndefined();
      expect(findLeak(red(title).text, [s])).toBeUndefined();
    }
  });

  test('where only the cut text exists, a final token with a known prefix is replaced whole', () => {
    expect(red('Deploy with ghp_R7mK2pQ9xV4nL8sT1...').text).toBe('Deploy with [REDACTED:cut_secret]...');
    expect(red('key=sk-ant-api03-R7mK2pQ9…').text).toBe('key=[REDACTED:cut_secret]…');
    expect(red('hook https://hooks.slack.com/services/T04ABC...').text).toBe('hook [REDACTED:slack_webhook]...');
    expect(red('hook https://hooks.slack.com/serv...').text).toBe('hook [REDACTED:cut_secret]...');
    expect(redactCutTail('the AKIAZ7QM2X...', {})).toBe('the [REDACTED:cut_secret]...');
    // not cut, or no known prefix: unchanged
    expect(red('Deploy with ghp_R7mK2pQ9xV4nL8sT1').text).toBe('Deploy with ghp_R7mK2pQ9xV4nL8sT1');
    expect(red('waiting for the skeleton...').text).toBe('waiting for the skeleton...');
    expect(red('[REDACTED:github_token]...').text).toBe('[REDACTED:github_token]...');
  });
});
