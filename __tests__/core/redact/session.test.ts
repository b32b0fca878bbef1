// redactSession (hail-and-store.md 6.2): planted secrets in every HAIL text field, look-alikes, structural fields,
// idempotence, home paths, stats and immutability.

import { recomputeStats } from '../../../core/hail/stats';
import {
  ContentBlock,
  EventType,
  HailEvent,
  JsonFloat,
  JsonObject,
  JsonValue,
  Session,
} from '../../../core/hail/types';
import { toHailJsonl } from '../../../core/hail/writer';
import { redactSession, redactText, REDACTION_RULE_IDS } from '../../../core/redact';

const ON = { stripHomePaths: true };
const OFF = { stripHomePaths: false };
const T0 = 1_767_225_600_000_000_000n; // 2026-01-01T00:00:00Z in ns

// ---------------------------------------------------------------------------------------------
// Session building

function emptySession(): Session {
  return {
    version: 'hail-1.0.0',
    session_id: 'sess-0001',
    agent: { provider: 'anthropic', model: 'claude-opus-4-6', tool: 'claude-code', tool_version: '2.1.0' },
    context: {
      tags: [],
      created_at: T0,
      updated_at: T0 + 60_000_000_000n,
      related_session_ids: ['sess-0000'],
      attributes: {},
    },
    events: [],
    stats: recomputeStats({ events: [] }),
  };
}

function addEvent(s: Session, event_type: EventType, blocks: ContentBlock[] = [], attributes: JsonObject = {}): void {
  const i = s.events.length;
  s.events.push({
    event_id: `e${i}`,
    timestamp: T0 + BigInt(i) * 1_000_000_000n,
    event_type,
    task_id: i % 3 === 0 ? 'task-1' : undefined,
    content: { blocks },
    duration_ms: i,
    attributes,
  });
  if (s.events[i].task_id === undefined) delete s.events[i].task_id;
}

/** Where a planted string goes. Each call places one string. */
type Sink = (s: Session, text: string) => void;

const SINKS: Record<string, Sink> = {
  'context.title': (s, t) => (s.context.title = s.context.title === undefined ? t : `${s.context.title}\n${t}`),
  'context.description': (s, t) =>
    (s.context.description = s.context.description === undefined ? t : `${s.context.description}\n${t}`),
  'context.tags': (s, t) => s.context.tags.push(t),
  'context.attributes (nested)': (s, t) => {
    const n = Object.keys(s.context.attributes).length;
    s.context.attributes[`note${n}`] = { deep: [1, { text: t }, new JsonFloat(2)], ok: true };
  },
  'Text block': (s, t) => addEvent(s, { type: 'UserMessage' }, [{ type: 'Text', text: t }]),
  'Thinking text': (s, t) => addEvent(s, { type: 'Thinking' }, [{ type: 'Text', text: t }]),
  'Code block': (s, t) =>
    addEvent(s, { type: 'AgentMessage' }, [{ type: 'Code', code: t, language: 'bash', start_line: 3 }]),
  'File block content': (s, t) =>
    addEvent(s, { type: 'FileRead', data: { path: 'config/.env' } }, [
      { type: 'File', path: 'config/.env', content: t },
    ]),
  'Json block data': (s, t) =>
    addEvent(s, { type: 'ToolCall', data: { name: 'Bash' } }, [
      { type: 'Json', data: { input: { argv: ['sh', '-c', t], timeout: 5 }, n: 10n ** 30n } },
    ]),
  'FileEdit diff': (s, t) =>
    addEvent(s, {
      type: 'FileEdit',
      data: { path: `src/f${s.events.length}.ts`, diff: `--- a\n+++ b\n@@ -1 +1 @@\n-old\n+${t}\n` },
    }),
  'ShellCommand command': (s, t) => addEvent(s, { type: 'ShellCommand', data: { command: t, exit_code: 0 } }),
  'ToolResult text': (s, t) =>
    addEvent(s, { type: 'ToolResult', data: { name: 'Bash', is_error: false, call_id: 'call_1' } }, [
      { type: 'Text', text: t },
    ]),
  'TaskStart title': (s, t) => addEvent(s, { type: 'TaskStart', data: { title: t } }),
  'TaskEnd summary': (s, t) => addEvent(s, { type: 'TaskEnd', data: { summary: t } }),
  'event attributes': (s, t) =>
    addEvent(s, { type: 'SystemMessage' }, [], { 'source.raw_type': 'system', env: { list: [t] }, input_tokens: 7 }),
  'WebFetch url': (s, t) => addEvent(s, { type: 'WebFetch', data: { url: t } }),
  'WebSearch query': (s, t) => addEvent(s, { type: 'WebSearch', data: { query: t } }),
  'CodeSearch query': (s, t) => addEvent(s, { type: 'CodeSearch', data: { query: t } }),
  'ImageGenerate prompt': (s, t) => addEvent(s, { type: 'ImageGenerate', data: { prompt: t } }),
  'Image alt': (s, t) =>
    addEvent(s, { type: 'AgentMessage' }, [
      { type: 'Image', url: 'https://example.com/i.png', alt: t, mime: 'image/png' },
    ]),
  'Reference uri': (s, t) =>
    addEvent(s, { type: 'AgentMessage' }, [{ type: 'Reference', uri: t, media_type: 'text/plain' }]),
  'Custom event text': (s, t) => addEvent(s, { type: 'Custom', data: { kind: 'note' } }, [{ type: 'Text', text: t }]),
};

// ---------------------------------------------------------------------------------------------
// Planted secrets: [sink, text, secret substrings that must disappear, rule that must fire on the text alone]

type Plant = [string, string, string[], string];

const PLANTED: Plant[] = [
  // private keys
  [
    'File block content',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq3PLANTEDRSA0001\nabcdEFGH\n-----END RSA PRIVATE KEY-----',
    ['PLANTEDRSA0001', 'abcdEFGH'],
    'private_key',
  ],
  [
    'Text block',
    'my key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktPLANTEDOPENSSH0002\nmore lines\n',
    ['PLANTEDOPENSSH0002', 'more lines'],
    'private_key',
  ],
  [
    'FileEdit diff',
    '-----BEGIN EC PRIVATE KEY-----\n+MHcCAQEEIPLANTEDEC0003\n+-----END EC PRIVATE KEY-----',
    ['PLANTEDEC0003'],
    'private_key',
  ],
  [
    'Json block data',
    '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADPLANTEDPKCS80004\\n-----END PRIVATE KEY-----\\n"}',
    ['PLANTEDPKCS80004'],
    'private_key',
  ],
  // Anthropic / OpenAI
  [
    'ShellCommand command',
    'ANTHROPIC_API_KEY=sk-ant-api03-PLANTEDant0005abcdefghijklmnopqrstuv claude',
    ['PLANTEDant0005'],
    'anthropic_api_key',
  ],
  [
    'Thinking text',
    'use sk-ant-admin01-PLANTEDant0006xyzXYZ0123456789 for the test',
    ['PLANTEDant0006'],
    'anthropic_api_key',
  ],
  [
    'File block content',
    'OPENAI_API_KEY="sk-proj-PLANTEDoai0007abcdefghijklmnop"',
    ['PLANTEDoai0007'],
    'openai_api_key',
  ],
  [
    'Code block',
    "client = OpenAI(api_key='sk-PLANTEDoai0008ABCDEFGHIJKLMNOPQRST')",
    ['PLANTEDoai0008'],
    'openai_api_key',
  ],
  [
    'context.description',
    'openai:\n  key: sk-svcacct-PLANTEDoai0009_abcdefghijKLMNOP\n',
    ['PLANTEDoai0009'],
    'openai_api_key',
  ],
  // GitHub
  [
    'ShellCommand command',
    'git clone https://ghp_PLANTEDgh0010abcdefghijklmnopqrstuvwx@github.com/o/r.git',
    ['PLANTEDgh0010'],
    'github_token',
  ],
  ['event attributes', 'GH_TOKEN=gho_PLANTEDgh0011ABCDEFGHIJKLMNOPQRSTUVWXYZ', ['PLANTEDgh0011'], 'github_token'],
  [
    'ToolResult text',
    'token github_pat_11PLANTEDgh0012_abcdefghijklmnopqrstuvwxyz0123',
    ['PLANTEDgh0012'],
    'github_token',
  ],
  [
    'WebFetch url',
    'https://x-access-token:ghs_PLANTEDgh0013abcdefghijklmnopqrstuvwxyz@github.com/o/r',
    ['PLANTEDgh0013'],
    'github_token',
  ],
  ['Text block', 'refresh: ghr_PLANTEDgh0014abcdefghijklmnopqrstuvwxyz', ['PLANTEDgh0014'], 'github_token'],
  // GitLab
  [
    'ShellCommand command',
    'curl --header "PRIVATE-TOKEN: glpat-PLANTEDgl0015abcdefgh" https://gitlab.com/api/v4/projects',
    ['PLANTEDgl0015'],
    'gitlab_token',
  ],
  ['TaskEnd summary', 'rotated deploy token gldt-PLANTEDgl0016abcdefghij', ['PLANTEDgl0016'], 'gitlab_token'],
  ['File block content', 'runner:\n  runner_token: glrt-PLANTEDgl0017ABCDEFGHIJ\n', ['PLANTEDgl0017'], 'gitlab_token'],
  // AWS
  [
    'File block content',
    '[default]\naws_access_key_id = AKIAPLANTED0018WXYZQ\naws_secret_access_key = PLANTEDawsSecret0018/K7MDENG+bPxRfiCY\n',
    ['AKIAPLANTED0018WXYZQ', 'PLANTEDawsSecret0018'],
    'aws_access_key_id',
  ],
  ['Json block data', '{"AccessKeyId": "ASIAPLANTED0019ABCDE"}', ['ASIAPLANTED0019ABCDE'], 'aws_access_key_id'],
  [
    'ShellCommand command',
    'AWS_SECRET_ACCESS_KEY=PLANTEDawsSecret0020/K7MDENG+bPxRfiCY aws s3 ls',
    ['PLANTEDawsSecret0020'],
    'key_value_secret',
  ],
  // Google
  [
    'WebFetch url',
    'https://maps.googleapis.com/maps/api/js?key=AIzaSyPLANTEDgoogle0021abcdefghijklmnop&callback=x',
    ['AIzaSyPLANTEDgoogle0021'],
    'google_api_key',
  ],
  [
    'Code block',
    'const GOOGLE_KEY = "AIzaSyPLANTEDgoogle0022abcdefghijklmnop";',
    ['AIzaSyPLANTEDgoogle0022'],
    'google_api_key',
  ],
  // Slack / Stripe
  ['File block content', 'SLACK_BOT_TOKEN=xoxb-PLANTED0023-1234567890-abcdef', ['PLANTED0023'], 'slack_token'],
  ['context.tags', 'xoxp-PLANTED0024-abcdefghij', ['PLANTED0024'], 'slack_token'],
  ['Code block', 'stripe.api_key = "sk_live_PLANTEDstripe0025abcdef"', ['PLANTEDstripe0025'], 'stripe_key'],
  ['CodeSearch query', 'rk_test_PLANTEDstripe0026ABCDEFGH', ['PLANTEDstripe0026'], 'stripe_key'],
  // JWT
  [
    'ToolResult text',
    'Cookie: session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJQTEFOVEVEMDAyNyJ9.PLANTEDjwt0027abcdef',
    ['PLANTEDjwt0027', 'eyJzdWIiOiJQTEFOVEVEMDAyNyJ9'],
    'jwt',
  ],
  [
    'context.attributes (nested)',
    'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJQTEFOVEVEMDAyOCJ9.PLANTEDjwt0028xyzXYZ',
    ['PLANTEDjwt0028'],
    'jwt',
  ],
  // connection strings and URL credentials
  [
    'ShellCommand command',
    'DATABASE_URL=postgresql://app:PLANTEDpg0029@db.internal:5432/prod npm start',
    ['PLANTEDpg0029'],
    'connection_string',
  ],
  [
    'Text block',
    'mongo "mongodb+srv://admin:PLANTEDmongo0030@cluster0.mongodb.net/db"',
    ['PLANTEDmongo0030'],
    'connection_string',
  ],
  [
    'File block content',
    'REDIS_URL: "redis://default:PLANTEDredis0031@cache:6379/0"',
    ['PLANTEDredis0031'],
    'connection_string',
  ],
  [
    'ShellCommand command',
    'mysqldump mysql://root:PLANTEDmysql0032@localhost/db',
    ['PLANTEDmysql0032'],
    'connection_string',
  ],
  ['ImageGenerate prompt', 'ftp://user:PLANTEDftp0033@files.example.com/pub', ['PLANTEDftp0033'], 'url_credentials'],
  ['WebFetch url', 'https://deploy:PLANTEDhttps0034@git.example.com/repo.git', ['PLANTEDhttps0034'], 'url_credentials'],
  [
    'Code block',
    'var cs = "Server=db;Database=x;User Id=sa;Password=PLANTEDado0035 pw;";',
    ['PLANTEDado0035'],
    'connection_string',
  ],
  [
    'event attributes',
    'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=PLANTEDazure0036abc+def/ghi==;EndpointSuffix=core.windows.net',
    ['PLANTEDazure0036'],
    'connection_string',
  ],
  [
    'Json block data',
    'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=PLANTEDsas0037xyz=;EntityPath=q',
    ['PLANTEDsas0037'],
    'connection_string',
  ],
  // bearer
  [
    'ShellCommand command',
    'curl -H "Authorization: Bearer PLANTEDbearer0038abcdef123" https://api.example.com',
    ['PLANTEDbearer0038'],
    'bearer_token',
  ],
  [
    'WebSearch query',
    'authorization: bearer PLANTEDbearer0039.token-value~x/y+z==',
    ['PLANTEDbearer0039'],
    'bearer_token',
  ],
  // KEY=VALUE in env, YAML, JSON, CLI flags, config files
  ['ShellCommand command', 'export PGPASSWORD=PLANTEDkv0040 && psql', ['PLANTEDkv0040'], 'key_value_secret'],
  ['TaskStart title', 'set client_secret: PLANTEDkv0041', ['PLANTEDkv0041'], 'key_value_secret'],
  [
    'File block content',
    '{"db_password": "PLANTEDkv0042 with \\"quotes\\""}',
    ['PLANTEDkv0042', 'with \\"quotes'],
    'key_value_secret',
  ],
  ['ShellCommand command', 'deploy --api-key=PLANTEDkv0043 --verbose', ['PLANTEDkv0043'], 'key_value_secret'],
  [
    'File block content',
    "auth_token: 'PLANTEDkv0044 spaced value'",
    ['PLANTEDkv0044', 'spaced value'],
    'key_value_secret',
  ],
  ['File block content', '//registry.npmjs.org/:_authToken=PLANTEDkv0045', ['PLANTEDkv0045'], 'key_value_secret'],
  ['Code block', 'environment:\n  MYSQL_ROOT_PASSWORD: "PLANTEDkv0046"\n', ['PLANTEDkv0046'], 'key_value_secret'],
  ['context.title', 'GOOGLE_APPLICATION_CREDENTIALS=PLANTEDkv0047.json', ['PLANTEDkv0047'], 'key_value_secret'],
  ['FileEdit diff', 'ssh_passphrase = PLANTEDkv0048', ['PLANTEDkv0048'], 'key_value_secret'],
  ['context.tags', 'token=PLANTEDkv0049', ['PLANTEDkv0049'], 'key_value_secret'],
  ['Reference uri', 'https://example.com/cb?access_token=PLANTEDkv0050&state=1', ['PLANTEDkv0050'], 'key_value_secret'],
  ['Image alt', 'screenshot showing SECRET=PLANTEDkv0051', ['PLANTEDkv0051'], 'key_value_secret'],
  ['Custom event text', 'Set-Cookie: x; api_token="PLANTEDkv0052"', ['PLANTEDkv0052'], 'key_value_secret'],
];

/** Structured secrets: values that no text rule would catch, only the key. */
function plantStructured(s: Session): string[] {
  s.context.attributes.deploy = { api_token: 'PLANTEDstruct0053 plain words', region: 'eu' };
  addEvent(s, { type: 'ToolCall', data: { name: 'configure' } }, [
    { type: 'Json', data: { config: [{ password: 'PLANTEDstruct0054' }, { password: '$FROM_ENV', secret: true }] } },
  ]);
  addEvent(s, { type: 'SystemMessage' }, [], { AWS_SECRET_ACCESS_KEY: 'PLANTEDstruct0055', 'db.passwd': '' });
  return ['PLANTEDstruct0053', 'plain words', 'PLANTEDstruct0054', 'PLANTEDstruct0055'];
}

function buildCorpus(): { session: Session; secrets: string[] } {
  const s = emptySession();
  const secrets: string[] = [];
  for (const [sink, text, sec] of PLANTED) {
    SINKS[sink](s, text);
    secrets.push(...sec);
  }
  secrets.push(...plantStructured(s));
  // a FileEdit with a home path and some token counts so stats are non-trivial
  addEvent(s, { type: 'FileEdit', data: { path: '/home/alice/proj/a.ts', diff: '+x\n+y\n-z\n' } }, [], {
    input_tokens: 100,
    output_tokens: 20,
  });
  s.stats = recomputeStats(s);
  return { session: s, secrets };
}

// ---------------------------------------------------------------------------------------------
// Helpers

const bigintSafe = (_k: string, v: unknown) =>
  typeof v === 'bigint' ? `${v}n` : v instanceof JsonFloat ? { float: v.value } : v;
const dump = (s: Session) => JSON.stringify(s, bigintSafe);

function allStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) allStrings(x, out);
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      allStrings(x, out);
    }
  }
  return out;
}

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** The structural fields of 6.2, collected so they can be compared before and after. */
function structural(s: Session): unknown {
  return {
    version: s.version,
    session_id: s.session_id,
    agent: s.agent,
    created_at: s.context.created_at,
    updated_at: s.context.updated_at,
    related: s.context.related_session_ids,
    attributeKeys: Object.keys(s.context.attributes),
    events: s.events.map((e: HailEvent) => ({
      event_id: e.event_id,
      timestamp: e.timestamp,
      type: e.event_type.type,
      task_id: e.task_id,
      duration_ms: e.duration_ms,
      name: 'data' in e.event_type ? (e.event_type.data as Record<string, unknown>).name : undefined,
      call_id: e.event_type.type === 'ToolResult' ? e.event_type.data.call_id : undefined,
      kind: e.event_type.type === 'Custom' ? e.event_type.data.kind : undefined,
      exit_code: e.event_type.type === 'ShellCommand' ? e.event_type.data.exit_code : undefined,
      is_error: e.event_type.type === 'ToolResult' ? e.event_type.data.is_error : undefined,
      blocks: e.content.blocks.map((b) => ({
        type: b.type,
        mime: 'mime' in b ? b.mime : undefined,
        media_type: 'media_type' in b ? b.media_type : undefined,
        language: 'language' in b ? b.language : undefined,
        start_line: 'start_line' in b ? b.start_line : undefined,
      })),
      attributeKeys: Object.keys(e.attributes),
    })),
  };
}

// ---------------------------------------------------------------------------------------------

describe('planted secrets corpus', () => {
  const { session, secrets } = buildCorpus();

  test('the corpus covers every sink and every rule, with at least 40 plants', () => {
    expect(PLANTED.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PLANTED.map((p) => p[0]))).toEqual(new Set(Object.keys(SINKS)));
    const expectedRules = new Set(PLANTED.map((p) => p[3]));
    expect([...expectedRules].sort()).toEqual([...REDACTION_RULE_IDS].sort());
    // both connection_string forms are planted
    expect(PLANTED.some((p) => p[3] === 'connection_string' && p[1].includes('://'))).toBe(true);
    expect(PLANTED.some((p) => p[3] === 'connection_string' && !p[1].includes('://'))).toBe(true);
  });

  test.each(PLANTED)('[%s] %j is redacted on its own', (_sink, text, secs, rule) => {
    const r = redactText(text, ON);
    expect(r.counts[rule]).toBeGreaterThanOrEqual(1);
    for (const sec of secs) expect(r.text).not.toContain(sec);
    expect(redactText(r.text, ON)).toEqual({ text: r.text, counts: {} });
  });

  test('the secrets are present before redaction (the corpus is meaningful)', () => {
    const jsonl = toHailJsonl(session);
    for (const sec of secrets) {
      expect(allStrings(session).some((x) => x.includes(sec))).toBe(true);
      expect(jsonl).toContain(JSON.stringify(sec).slice(1, -1));
    }
  });

  test.each([
    ['on', ON],
    ['off', OFF],
  ])('after redactSession (home paths %s) no planted secret survives anywhere', (_n, opts) => {
    const { session: out, counts } = redactSession(session, opts);
    const jsonl = toHailJsonl(out);
    const strings = allStrings(out).join('\n');
    const dumped = dump(out);
    for (const sec of secrets) {
      expect(strings).not.toContain(sec);
      expect(jsonl).not.toContain(JSON.stringify(sec).slice(1, -1));
      expect(dumped).not.toContain(JSON.stringify(sec).slice(1, -1));
    }
    // every rule fired, structured secrets included
    for (const id of REDACTION_RULE_IDS) expect(counts[id]).toBeGreaterThanOrEqual(1);
    expect(Object.keys(counts).every((k) => REDACTION_RULE_IDS.includes(k))).toBe(true);
    // counts = sum of the per-string counts + 3 structured secrets
    let expected = 3;
    for (const s of allStrings(session)) {
      for (const n of Object.values(redactText(s, opts).counts)) expected += n;
    }
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(expected);
  });

  test('structural fields are untouched and stats are recomputed', () => {
    const { session: out } = redactSession(session, ON);
    expect(structural(out)).toEqual(structural(session));
    expect(out.events.length).toBe(session.events.length);
    expect(out.stats).toEqual(recomputeStats(out));
    // numbers, booleans, bigint and floats inside attributes and Json data are kept
    const attr = out.context.attributes.note0 as JsonObject;
    expect(attr.ok).toBe(true);
    const deep = attr.deep as JsonValue[];
    expect(deep[0]).toBe(1);
    expect(deep[2]).toBeInstanceOf(JsonFloat);
    expect((deep[2] as JsonFloat).value).toBe(2);
    const json = out.events.find((e) => e.content.blocks[0]?.type === 'Json')!.content.blocks[0] as {
      data: JsonObject;
    };
    expect(json.data.n).toBe(10n ** 30n);
  });

  test('structured secrets replace the whole value; excluded values stay', () => {
    const { session: out } = redactSession(session, ON);
    expect(out.context.attributes.deploy).toEqual({ api_token: '[REDACTED:key_value_secret]', region: 'eu' });
    const cfg = out.events.find((e) => e.event_type.type === 'ToolCall' && e.event_type.data.name === 'configure')!;
    expect(cfg.content.blocks[0]).toEqual({
      type: 'Json',
      data: { config: [{ password: '[REDACTED:key_value_secret]' }, { password: '$FROM_ENV', secret: true }] },
    });
    const sys = out.events.find((e) => Object.hasOwn(e.attributes, 'AWS_SECRET_ACCESS_KEY'))!;
    expect(sys.attributes).toEqual({ AWS_SECRET_ACCESS_KEY: '[REDACTED:key_value_secret]', 'db.passwd': '' });
  });

  test('redacting twice equals redacting once, and the second pass counts nothing', () => {
    for (const opts of [ON, OFF]) {
      const once = redactSession(session, opts);
      const twice = redactSession(once.session, opts);
      expect(dump(twice.session)).toBe(dump(once.session));
      expect(toHailJsonl(twice.session)).toBe(toHailJsonl(once.session));
      expect(twice.counts).toEqual({});
    }
  });

  test('the input session is not mutated (deep-frozen input, identical dump)', () => {
    const { session: fresh } = buildCorpus();
    const before = dump(fresh);
    const beforeJsonl = toHailJsonl(fresh);
    deepFreeze(fresh);
    const { session: out } = redactSession(fresh, ON);
    expect(dump(fresh)).toBe(before);
    expect(toHailJsonl(fresh)).toBe(beforeJsonl);
    expect(out).not.toBe(fresh);
    expect(out.context).not.toBe(fresh.context);
    expect(out.events[0]).not.toBe(fresh.events[0]);
  });
});

// ---------------------------------------------------------------------------------------------

const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const LOOK_ALIKES: string[] = [
  'commit 3f786850e387550fdab836ed7e6dc881de23001b (HEAD -> main)',
  'git checkout a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
  'sha256: 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
  'f9a2fe35d5e0700b552c63f8dfeb0b0853c5ab051d980b102f15254486c3c2ee  opensession.tar.gz',
  'session 550e8400-e29b-41d4-a716-446655440000 resumed',
  'id=6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  PNG_DATA_URL,
  `<img src="${PNG_DATA_URL}">`,
  'tokens=5',
  'max_tokens: 4096',
  '{"input_tokens": 120, "output_tokens": 42, "input_tokens_total": 500}',
  'PWD=/home',
  'password=$PASS',
  'token: <your-token>',
  'secret: ***',
  '--token=true',
  'api_key: null',
  'PASSWORD=${DB_PASSWORD}',
  'The bearer of this letter is a friend; bearer bonds were common in 1920.',
  'Use the Bearer scheme (RFC 6750) for the Authorization header.',
  'sk-123',
  'sk-test',
  'task-sk-short-id',
  '"integrity": "sha512-9ZmP4lW2bNS9KAVZ1N9oi9F6qfTcXQ0i27ITZkGoLJG2HV5eHhBEinxGAojkl2nBuNF4S2VvqtDxUC/7kHhr+w=="',
  'integrity sha1-xyZ8aLKxcvBqr8ACKmu+ZK5fOns=',
  'git@github.com:opensession/opensession.git',
  'https://example.com:8443/path?query=1#frag',
  'mailto:alice@example.com',
  'secret_count: 3',
  'token_count=17 tokenizer: cl100k',
  'has_secret: false',
  'const key = map.get(name); if (a == b) return x ? y : z;',
  'eyJhbGciOiJIUzI1NiJ9 is a JWT header only',
  'ghp_short and glpat-short and xoxb-1',
  '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUEXAMPLE\n-----END CERTIFICATE-----',
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEPUBLICKEYONLYabcdefghijklmnop user@host',
  '/srv/home/data and x/home/jane/y',
  'C:\\Program Files\\node\\node.exe',
];

describe('look-alikes come out byte-unchanged', () => {
  test.each(LOOK_ALIKES)('%j', (text) => {
    expect(redactText(text, ON)).toEqual({ text, counts: {} });
    expect(redactText(text, OFF)).toEqual({ text, counts: {} });
  });

  test('a whole session of look-alikes is unchanged in every field', () => {
    const s = emptySession();
    let i = 0;
    for (const text of LOOK_ALIKES) {
      for (const sink of Object.values(SINKS)) {
        if (i++ % 3 === 0) sink(s, text);
      }
    }
    s.context.attributes.usage = { max_tokens: 4096, input_tokens: 10, password: '$PASS', token: '<your-token>' };
    s.context.attributes.flags = { secret: '***', api_key: 'none', credentials: 'UNDEFINED', passwd: 'True' };
    s.stats = recomputeStats(s);
    const before = dump(s);
    const { session: out, counts } = redactSession(s, ON);
    expect(counts).toEqual({});
    expect(dump(out)).toBe(before);
    expect(toHailJsonl(out)).toBe(toHailJsonl(s));
  });
});

// ---------------------------------------------------------------------------------------------

describe('structural fields are never redacted', () => {
  test('secret-looking ids, names, kinds, mime types and languages stay', () => {
    const s = emptySession();
    s.version = 'hail-1.0.0';
    s.session_id = 'password=session-id-abc';
    s.agent = {
      provider: 'token=prov',
      model: 'sk-ant-api03-abcdefghijklmnopqrstuvwxyz',
      tool: '/home/jane/tool',
      tool_version: 'secret: v',
    };
    s.context.related_session_ids = ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', '/Users/bob'];
    addEvent(s, { type: 'ToolCall', data: { name: 'api_key=toolname' } }, [
      { type: 'Code', code: 'x', language: 'password=lang' },
      { type: 'Image', url: 'u', mime: 'token=mime' },
      { type: 'Reference', uri: 'r', media_type: 'secret=mt' },
    ]);
    addEvent(s, { type: 'ToolResult', data: { name: 'token=x', is_error: true, call_id: 'secret=callid /home/jane' } });
    addEvent(s, { type: 'Custom', data: { kind: 'token=kind' } });
    s.events[0].event_id = 'token=evt';
    s.events[1].task_id = 'password=task /home/jane';
    s.stats = recomputeStats(s);
    const before = dump(s);
    const { session: out, counts } = redactSession(s, ON);
    expect(counts).toEqual({});
    expect(dump(out)).toBe(before);
  });

  test('non-structural event data fields are redacted (paths, queries, patterns, prompts)', () => {
    const s = emptySession();
    addEvent(s, { type: 'FileRead', data: { path: '/home/jane/token=abc' } });
    addEvent(s, { type: 'FileSearch', data: { pattern: 'password=hunter2' } });
    addEvent(s, { type: 'VideoGenerate', data: { prompt: 'api_key=xyz' } });
    addEvent(s, { type: 'AudioGenerate', data: { prompt: 'secret: abc' } });
    addEvent(s, { type: 'FileCreate', data: { path: '/Users/bob/x' } });
    addEvent(s, { type: 'FileDelete', data: { path: 'C:\\Users\\Carol\\y' } });
    addEvent(s, { type: 'UserMessage' }, [
      { type: 'Video', url: 'https://u:pw@h/v.mp4', mime: 'video/mp4' },
      { type: 'Audio', url: 'https://u:pw@h/a.mp3', mime: 'audio/mpeg' },
      { type: 'File', path: '/home/jane/.env' },
    ]);
    const { session: out, counts } = redactSession(s, ON);
    const data = out.events.map((e) => ('data' in e.event_type ? e.event_type.data : null));
    expect(data).toEqual([
      { path: '~/token=[REDACTED:key_value_secret]' },
      { pattern: 'password=[REDACTED:key_value_secret]' },
      { prompt: 'api_key=[REDACTED:key_value_secret]' },
      { prompt: 'secret: [REDACTED:key_value_secret]' },
      { path: '~/x' },
      { path: '~\\y' },
      null,
    ]);
    expect(out.events[6].content.blocks).toEqual([
      { type: 'Video', url: 'https://u:[REDACTED:url_credentials]@h/v.mp4', mime: 'video/mp4' },
      { type: 'Audio', url: 'https://u:[REDACTED:url_credentials]@h/a.mp3', mime: 'audio/mpeg' },
      { type: 'File', path: '~/.env' },
    ]);
    expect(counts).toEqual({ key_value_secret: 4, url_credentials: 2 });
  });
});

// ---------------------------------------------------------------------------------------------

describe('home-path stripping in sessions', () => {
  function pathSession(): Session {
    const s = emptySession();
    s.context.attributes = { cwd: '/home/alice/proj', git: { root: '/home/alice/proj', remote: 'origin' } };
    addEvent(s, { type: 'FileEdit', data: { path: '/home/alice/x.ts', diff: '+a\n' } });
    addEvent(s, { type: 'FileEdit', data: { path: '/home/bob/x.ts', diff: '+b\n-c\n' } });
    addEvent(s, { type: 'ShellCommand', data: { command: 'cd C:\\Users\\Carol\\src && ls /Users/dave' } });
    s.stats = recomputeStats(s);
    return s;
  }

  test('on: home directories become ~, stats are recomputed from the stripped paths', () => {
    const s = pathSession();
    expect(s.stats.files_changed).toBe(2);
    const { session: out, counts } = redactSession(s, ON);
    expect(counts).toEqual({});
    expect(out.context.attributes).toEqual({ cwd: '~/proj', git: { root: '~/proj', remote: 'origin' } });
    expect(out.events.map((e) => ('data' in e.event_type ? e.event_type.data : null))).toEqual([
      { path: '~/x.ts', diff: '+a\n' },
      { path: '~/x.ts', diff: '+b\n-c\n' },
      { command: 'cd ~\\src && ls ~' },
    ]);
    expect(out.stats).toEqual({ ...s.stats, files_changed: 1 });
  });

  test('off: paths are kept', () => {
    const s = pathSession();
    const { session: out } = redactSession(s, OFF);
    expect(dump(out)).toBe(dump(s));
  });

  test('stats follow redacted diffs', () => {
    const s = emptySession();
    addEvent(s, {
      type: 'FileEdit',
      data: { path: 'k.pem', diff: '+-----BEGIN RSA PRIVATE KEY-----\n+MIIE\n+abcd\n+efgh\n' },
    });
    s.stats = recomputeStats(s);
    expect(s.stats.lines_added).toBe(4);
    const { session: out } = redactSession(s, ON);
    expect(out.events[0].event_type).toEqual({
      type: 'FileEdit',
      data: { path: 'k.pem', diff: '+[REDACTED:private_key]' },
    });
    expect(out.stats.lines_added).toBe(1);
  });
});
