// `opensession handoff` (hail-and-store.md section 11) in real git repos with an isolated HOME. Every rejection:
// one `Error:` line, `next:` steps, exit 1, store unchanged. The command logic runs in-process (`run`); a
// representative set goes through the bundled CLI (`bundled`): every subcommand, `inspect`, one usage error and
// the guided error path, each at least once.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCursorFixtures } from '../../fixtures/cursor/make-fixtures';
import { runBundled, runInProcess, type CliResult } from '../../support/cli';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const EXAMPLE = path.resolve(import.meta.dirname, '../../../samples/hail/example.hail.jsonl');
const RICH = path.resolve(import.meta.dirname, '../../../samples/hail/rich.hail.jsonl');
const CLAUDE_LOG = path.join(
  FIXTURES,
  'claude-code/projects/-home-dev-demo-app/4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23.jsonl',
);
const EXAMPLE_SHA = '5481fccef54d9fdcf32f22988a66f7b2629bad1661040be88656e01846773e67';
const RICH_SHA = 'a2ffd48f3659f12bb5cb80136fad835bb06761be9b76eff00b4bfd01a598e770';
const BOTH_SHA = '20e647b597dbc9bc23b6f483f0cd5b66ebdd62e5ab9172404a832c31f1926979';
const EXAMPLE_OBJECT = 'f9a29704ce866dd28399a7dfc4173559e5f5d1c27aadc838ea642355f1e303b4';
const RICH_OBJECT = 'e24b322a2ecb94e9acdca12029f286d558f1b2e31dcb23980087db4aa1c16d31';

interface Sandbox {
  repo: string;
  home: string;
  /** In-process (the command logic). */
  run: (...argv: string[]) => Promise<CliResult>;
  /** Through the bundle in a fresh process, like a user. */
  bundled: (...argv: string[]) => CliResult;
  recordPath: (sha: string) => string;
  /** Every file of both stores with a digest of its bytes, to prove a failed command changed nothing. */
  storeListing: () => string[];
}

function sandbox(): Sandbox {
  const base = mkdtempSync(path.join(os.tmpdir(), 'os-handoff-'));
  const repo = path.join(base, 'repo');
  const home = path.join(base, 'home');
  mkdirSync(home);
  execFileSync('git', ['init', '-q', repo]);
  const run = (...argv: string[]) => runInProcess(argv, { cwd: repo, env: { HOME: home, PATH: process.env.PATH } });
  const bundled = (...argv: string[]) => runBundled(argv, { cwd: repo, env: { HOME: home } });
  const listing = (dir: string): string[] => {
    if (!existsSync(dir)) return [];
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = path.join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else out.push(`${path.relative(base, p)} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
      }
    };
    walk(dir);
    return out.sort();
  };
  return {
    repo,
    home,
    run,
    bundled,
    recordPath: (sha) =>
      path.join(repo, '.opensession', 'artifacts', 'sha256', sha.slice(0, 2), sha.slice(2, 4), `${sha}.json`),
    storeListing: () => [
      ...listing(path.join(repo, '.opensession')),
      ...listing(path.join(home, '.local', 'share', 'opensession')),
    ],
  };
}

/** A rejection: exactly one `Error:` line first, then `next:` and at least one step; exit 1. */
function expectGuided(r: CliResult, reason: string | RegExp): void {
  expect(r.stdout).toBe('');
  expect(r.code).toBe(1);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines[0].startsWith('Error: ')).toBe(true);
  if (typeof reason === 'string') expect(lines[0]).toBe(`Error: ${reason}`);
  else expect(lines[0]).toMatch(reason);
  expect(lines.filter((l) => l.startsWith('Error')).length).toBe(1);
  expect(lines[1]).toBe('next:');
  expect(lines.length).toBeGreaterThan(2);
  for (const step of lines.slice(2)) expect(step).toMatch(/^(- \S|docs: )/);
  expect(r.stderr).not.toMatch(/os error|\n\s+at /);
}

describe('handoff build', () => {
  test('builds the spec artifacts: example, rich, and both in either order', async () => {
    const s = sandbox();
    const a = s.bundled('handoff', 'build', EXAMPLE);
    expect(a.stderr).toBe('');
    expect(a).toMatchObject({ code: 0, stdout: `os://artifact/${EXAMPLE_SHA}\n` });
    expect((await s.run('handoff', 'build', RICH)).stdout).toBe(`os://artifact/${RICH_SHA}\n`);
    expect((await s.run('handoff', 'build', RICH, EXAMPLE)).stdout).toBe(`os://artifact/${BOTH_SHA}\n`);
    expect((await s.run('handoff', 'build', EXAMPLE, RICH)).stdout).toBe(`os://artifact/${BOTH_SHA}\n`);
  });

  test('writes the record (11.5 key order), stores the sessions as local objects, and keeps git clean', async () => {
    const s = sandbox();
    expect(s.bundled('handoff', 'build', RICH, EXAMPLE).code).toBe(0);
    const text = readFileSync(s.recordPath(BOTH_SHA), 'utf8');
    expect(text.endsWith('}')).toBe(true); // pretty JSON without a trailing newline
    const record = JSON.parse(text);
    expect(Object.keys(record)).toEqual([
      'version',
      'sha256',
      'created_at',
      'source_uris',
      'canonical_jsonl',
      'raw_sessions',
      'validation_reports',
    ]);
    expect(record.version).toBe('v1');
    expect(record.sha256).toBe(BOTH_SHA);
    expect(record.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?\+00:00$/);
    expect(record.source_uris).toEqual([`os://src/local/${RICH_OBJECT}`, `os://src/local/${EXAMPLE_OBJECT}`].sort());
    const summaries = readFileSync(path.join(FIXTURES, 'handoff/example.summary.jsonl'), 'utf8');
    expect(record.canonical_jsonl).toBe(
      summaries + readFileSync(path.join(FIXTURES, 'handoff/rich.summary.jsonl'), 'utf8'),
    );
    // raw sessions in collection order, whole-session form (2.9)
    expect(record.raw_sessions.map((r: { session_id: string }) => r.session_id)).toEqual(['demo-rich', 'demo-0001']);
    expect(Object.keys(record.raw_sessions[0])).toEqual([
      'version',
      'session_id',
      'agent',
      'context',
      'events',
      'stats',
    ]);
    expect(record.raw_sessions[0].events[0]).not.toHaveProperty('type');
    expect(record.validation_reports).toEqual([
      { findings: [], passed: true, session_id: 'demo-rich' },
      { findings: [], passed: true, session_id: 'demo-0001' },
    ]);
    const objects = path.join(s.repo, '.opensession', 'objects', 'sha256');
    expect(readFileSync(path.join(objects, 'f9', 'a2', `${EXAMPLE_OBJECT}.jsonl`))).toEqual(readFileSync(EXAMPLE));
    expect(statSync(path.join(objects, 'e2', '4b', `${RICH_OBJECT}.jsonl`)).size).toBe(3688);
    expect(readFileSync(path.join(s.repo, '.opensession', 'artifacts', '.gitignore'), 'utf8')).toBe('*\n');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: s.repo, encoding: 'utf8' })).toBe('');
  });

  test('rebuilding keeps the first record; --json describes the build', async () => {
    const s = sandbox();
    await s.run('handoff', 'build', EXAMPLE);
    const first = readFileSync(s.recordPath(EXAMPLE_SHA));
    const again = await s.run('handoff', 'build', EXAMPLE, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      created: false,
      findings: 0,
      hash: EXAMPLE_SHA,
      path: s.recordPath(EXAMPLE_SHA),
      pin: null,
      sessions: 1,
      source_uris: [`os://src/local/${EXAMPLE_OBJECT}`],
      uri: `os://artifact/${EXAMPLE_SHA}`,
    });
    expect(readFileSync(s.recordPath(EXAMPLE_SHA))).toEqual(first);
  });

  test('inputs as os://src/local URIs (--from) and as a raw agent log (parsed first)', async () => {
    const s = sandbox();
    const reg = await s.run('register', EXAMPLE, '--quiet');
    expect(reg.stdout).toBe(`os://src/local/${EXAMPLE_OBJECT}\n`);
    // upper-case hex is normalised in source_uris
    const fromUri = await s.run(
      'handoff',
      'build',
      '--from',
      `os://src/local/${EXAMPLE_OBJECT.toUpperCase()}`,
      '--json',
    );
    expect(fromUri.stderr).toBe('');
    expect(JSON.parse(fromUri.stdout)).toMatchObject({
      hash: EXAMPLE_SHA,
      source_uris: [`os://src/local/${EXAMPLE_OBJECT}`],
    });

    const log = await s.run('handoff', 'build', CLAUDE_LOG, '--json');
    expect(log.stderr).toBe('');
    const built = JSON.parse(log.stdout);
    const get = await s.run('handoff', 'artifacts', 'get', built.hash, '--encode', 'json');
    const [summary] = JSON.parse(get.stdout);
    expect(summary.source_session_id).toBe('4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23');
    expect(summary.tool).toBe('claude-code');
    // the parsed session was stored as a canonical local object and verifies
    const [uri] = built.source_uris;
    expect((await s.run('cat', uri)).stdout.split('\n')[0]).toContain(
      '"session_id":"4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23"',
    );
    expect((await s.run('handoff', 'artifacts', 'verify', built.hash)).stdout).toBe(
      `artifact ok: os://artifact/${built.hash}\n`,
    );
  });

  test('a binary agent store (Cursor state.vscdb) is parsed too', async () => {
    const s = sandbox();
    const { global } = buildCursorFixtures(path.join(s.home, 'cursor'));
    const r = await s.run('handoff', 'build', global, '--json');
    expect(r.stderr).toBe('');
    const built = JSON.parse(r.stdout);
    const [summary] = JSON.parse((await s.run('handoff', 'artifacts', 'get', built.hash, '--encode', 'json')).stdout);
    expect(summary.tool).toBe('cursor');
    expect((await s.run('handoff', 'artifacts', 'verify', built.hash)).code).toBe(0);
  });

  test('--last N walks the local index newest first and re-reads each session from its source_path', async () => {
    const s = sandbox();
    const log = path.join(s.home, 'claude.jsonl');
    copyFileSync(CLAUDE_LOG, log);
    const parsed = path.join(s.home, 'parsed.hail.jsonl');
    expect((await s.run('parse', '--profile', 'claude-code', log, '--out', parsed)).code).toBe(0);
    expect((await s.run('register', parsed, '--quiet')).code).toBe(0);
    expect((await s.run('register', EXAMPLE, '--quiet')).code).toBe(0); // no source_path: not in the index
    const r = await s.run('handoff', 'build', '--last', '5', '--json');
    expect(r.stderr).toBe('');
    const built = JSON.parse(r.stdout);
    expect(built.sessions).toBe(1);
    const lines = (await s.run('handoff', 'artifacts', 'get', built.hash)).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).source_session_id)).toEqual(['4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23']);
  });

  test('--pin pins the new artifact; a bad alias is refused before anything is stored', async () => {
    const s = sandbox();
    const bad = await s.run('handoff', 'build', EXAMPLE, '--pin', 'a/b');
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toMatch(/^Error: alias contains invalid characters\n/);
    expect(s.storeListing()).toEqual([]);
    expect((await s.run('handoff', 'build', EXAMPLE, '--pin', ' latest ')).code).toBe(0);
    const pin = path.join(s.repo, '.opensession', 'artifacts', 'pins', 'latest');
    expect(readFileSync(pin, 'utf8')).toBe(`${EXAMPLE_SHA}\n`);
    expect(readdirSync(path.dirname(pin))).toEqual(['latest']); // no temp file left behind
  });

  test('usage errors exit 2: --last not a number, an unknown --format or --encode, a missing subcommand or argument', async () => {
    const s = sandbox();
    expect(s.bundled('handoff', 'build', '--last', 'x').code).toBe(2);
    expect((await s.run('handoff', 'build', '--last', '-1')).code).toBe(2);
    expect((await s.run('handoff', 'artifacts', 'get', EXAMPLE_SHA, '--format', 'yaml')).code).toBe(2);
    expect((await s.run('handoff', 'artifacts', 'get', EXAMPLE_SHA, '--encode', 'xml')).code).toBe(2);
    expect(s.bundled('handoff').code).toBe(2);
    expect((await s.run('handoff', 'artifacts')).code).toBe(2);
    expect((await s.run('handoff', 'artifacts', 'get')).code).toBe(2);
    expect((await s.run('handoff', 'artifacts', 'nosuch')).code).toBe(2);
    expect(s.storeListing()).toEqual([]);
  });
});

describe('handoff artifacts', () => {
  let s: Sandbox;
  beforeAll(async () => {
    s = sandbox();
    expect((await s.run('handoff', 'build', RICH, EXAMPLE)).code).toBe(0);
  });

  test('get: canonical jsonl is canonical_jsonl verbatim; canonical json is the pretty sorted array', async () => {
    const expected =
      readFileSync(path.join(FIXTURES, 'handoff/example.summary.jsonl'), 'utf8') +
      readFileSync(path.join(FIXTURES, 'handoff/rich.summary.jsonl'), 'utf8');
    expect(s.bundled('handoff', 'artifacts', 'get', `os://artifact/${BOTH_SHA}`).stdout).toBe(expected);
    const json = (await s.run('handoff', 'artifacts', 'get', BOTH_SHA, '--format', 'canonical', '--encode', 'json'))
      .stdout;
    const lines = expected
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(json).toBe(JSON.stringify(lines, null, 2) + '\n'); // keys already sorted in the lines
  });

  test('get: raw json is the whole-session array; raw jsonl one compact session per line', async () => {
    const rawJson = (await s.run('handoff', 'artifacts', 'get', BOTH_SHA, '--format', 'raw', '--encode', 'json'))
      .stdout;
    const record = JSON.parse(readFileSync(s.recordPath(BOTH_SHA), 'utf8'));
    expect(rawJson).toBe(JSON.stringify(record.raw_sessions, null, 2) + '\n');
    const rawJsonl = (await s.run('handoff', 'artifacts', 'get', BOTH_SHA, '--format', 'raw')).stdout;
    expect(rawJsonl).toBe(record.raw_sessions.map((r: unknown) => JSON.stringify(r) + '\n').join(''));
    // events keep the attribute order of canonical HAIL (sorted), e.g. r14's question_meta before source
    expect(rawJsonl).toContain(
      '"attributes":{"question_meta":[{"id":"q1","question":"Use TOML?"},{"header":"Scope","id":"q2"}],"source":"interactive_question"}',
    );
  });

  test('inspect shows the artifact as the spec says, text and --json', async () => {
    const text = s.bundled('inspect', `os://artifact/${BOTH_SHA}`);
    const record = JSON.parse(readFileSync(s.recordPath(BOTH_SHA), 'utf8'));
    expect(text.stdout).toBe(
      [
        `uri: os://artifact/${BOTH_SHA}`,
        `path: ${s.recordPath(BOTH_SHA)}`,
        `created_at: ${record.created_at}`,
        'source_count: 2',
        'raw_session_count: 2',
        'validation_reports: 2',
        '',
      ].join('\n'),
    );
    expect(JSON.parse((await s.run('inspect', `os://artifact/${BOTH_SHA}`, '--json')).stdout)).toEqual({
      created_at: record.created_at,
      path: s.recordPath(BOTH_SHA),
      raw_session_count: 2,
      source_count: 2,
      uri: `os://artifact/${BOTH_SHA}`,
      validation_report_count: 2,
    });
  });

  test('identifiers: URI, full hash (any case), unique prefix, alias', async () => {
    const ok = `artifact ok: os://artifact/${BOTH_SHA}\n`;
    expect(s.bundled('handoff', 'artifacts', 'verify', `os://artifact/${BOTH_SHA}`).stdout).toBe(ok);
    expect((await s.run('handoff', 'artifacts', 'verify', BOTH_SHA.toUpperCase())).stdout).toBe(ok);
    expect((await s.run('handoff', 'artifacts', 'verify', BOTH_SHA.slice(0, 8))).stdout).toBe(ok);
    expect((await s.run('handoff', 'artifacts', 'pin', 'both', BOTH_SHA.slice(0, 6))).stdout).toBe(
      `both -> os://artifact/${BOTH_SHA}\n`,
    );
    expect((await s.run('handoff', 'artifacts', 'verify', 'both')).stdout).toBe(ok);
    expect((await s.run('handoff', 'artifacts', 'verify', 'both', '--json')).stdout).toBe(
      `{\n  "ok": true,\n  "path": ${JSON.stringify(s.recordPath(BOTH_SHA))},\n  "uri": "os://artifact/${BOTH_SHA}"\n}\n`,
    );
    expect((await s.run('handoff', 'artifacts', 'unpin', 'both')).stdout).toBe('unpinned: both\n');
  });

  test('pin, list, rm refused while pinned, unpin, rm; the local objects stay', async () => {
    const t = sandbox();
    await t.run('handoff', 'build', EXAMPLE);
    await t.run('handoff', 'build', RICH);
    expect(t.bundled('handoff', 'artifacts', 'pin', 'b', EXAMPLE_SHA).code).toBe(0);
    expect((await t.run('handoff', 'artifacts', 'pin', 'a', `os://artifact/${EXAMPLE_SHA}`)).code).toBe(0);
    const list = JSON.parse(t.bundled('handoff', 'artifacts', 'list').stdout);
    expect(list.map((r: { hash: string; pins: string[]; sources: number }) => [r.hash, r.pins, r.sources])).toEqual([
      [EXAMPLE_SHA, ['a', 'b'], 1],
      [RICH_SHA, [], 1],
    ]);
    expect(Object.keys(list[0])).toEqual(['created_at', 'hash', 'path', 'pins', 'sources', 'uri']);

    const before = t.storeListing();
    const refused = t.bundled('handoff', 'artifacts', 'rm', 'a');
    expectGuided(refused, 'artifact is pinned by aliases: a, b (unpin first)');
    expect(refused.stderr).toContain(
      '- unpin it: `opensession handoff artifacts unpin a`\n- unpin it: `opensession handoff artifacts unpin b`\n',
    );
    expect(t.storeListing()).toEqual(before);

    expect(t.bundled('handoff', 'artifacts', 'unpin', 'a').code).toBe(0);
    expect((await t.run('handoff', 'artifacts', 'unpin', 'b')).code).toBe(0);
    expect(t.bundled('handoff', 'artifacts', 'rm', EXAMPLE_SHA).stdout).toBe(`removed: os://artifact/${EXAMPLE_SHA}\n`);
    expect(existsSync(t.recordPath(EXAMPLE_SHA))).toBe(false);
    expect((await t.run('cat', `os://src/local/${EXAMPLE_OBJECT}`)).code).toBe(0);
    expect(
      JSON.parse((await t.run('handoff', 'artifacts', 'list')).stdout).map((r: { hash: string }) => r.hash),
    ).toEqual([RICH_SHA]);
    expectGuided(await t.run('handoff', 'artifacts', 'unpin', 'a'), 'pin not found: a');
  });
});

describe('verify explains each mismatch', () => {
  async function tampered(edit: (record: Record<string, unknown>) => void): Promise<{ s: Sandbox; r: CliResult }> {
    const s = sandbox();
    await s.run('handoff', 'build', RICH);
    const file = s.recordPath(RICH_SHA);
    const record = JSON.parse(readFileSync(file, 'utf8'));
    edit(record);
    writeFileSync(file, JSON.stringify(record, null, 2));
    return { s, r: await s.run('handoff', 'artifacts', 'verify', RICH_SHA) };
  }

  test('canonical_jsonl edited: the recomputed hash against the recorded one', async () => {
    const { r } = await tampered((rec) => {
      rec.canonical_jsonl = (rec.canonical_jsonl as string).replace('Parser added', 'Parser removed');
    });
    const found = createHash('sha256')
      .update(
        readFileSync(path.join(FIXTURES, 'handoff/rich.summary.jsonl'), 'utf8').replace(
          'Parser added',
          'Parser removed',
        ),
      )
      .digest('hex');
    expectGuided(r, `artifact hash mismatch: sha256 of canonical_jsonl: expected ${RICH_SHA}, found ${found}`);
  });

  test('sha256 field edited: the record claims another hash than its name', async () => {
    const other = 'f'.repeat(64);
    const { r } = await tampered((rec) => {
      rec.sha256 = other;
    });
    expectGuided(
      r,
      `artifact hash mismatch: sha256: expected ${RICH_SHA}, found ${other}; sha256 of canonical_jsonl: expected ${other}, found ${RICH_SHA}`,
    );
  });

  test('raw session edited: the summary field that no longer matches, expected and found', async () => {
    const { r } = await tampered((rec) => {
      const raw = rec.raw_sessions as { agent: { model: string } }[];
      raw[0].agent.model = 'gpt-4';
    });
    expectGuided(
      r,
      'artifact summaries do not match raw_sessions: canonical_jsonl line 1.model: expected "gpt-4", found "gpt-5"',
    );
  });

  test('validation report edited', async () => {
    const { r } = await tampered((rec) => {
      (rec.validation_reports as { passed: boolean }[])[0].passed = false;
    });
    expectGuided(
      r,
      'artifact validation reports do not match raw_sessions: validation_reports[0].passed: expected true, found false',
    );
  });

  test('an artifact of a zero-event session never verifies', async () => {
    const s = sandbox();
    const empty = path.join(s.home, 'empty.hail.jsonl');
    writeFileSync(empty, readFileSync(EXAMPLE, 'utf8').split('\n')[0] + '\n');
    const built = await s.run('handoff', 'build', empty);
    expect(built.code).toBe(0);
    expectGuided(
      await s.run('handoff', 'artifacts', 'verify', built.stdout.trim()),
      'artifact raw session validation failed: empty session: no events',
    );
  });
});

describe('bad input: one Error line, next steps, exit 1, store unchanged', () => {
  let s: Sandbox;
  let before: string[];
  beforeAll(async () => {
    s = sandbox();
    await s.run('handoff', 'build', EXAMPLE);
    await s.run('handoff', 'build', RICH);
    await s.run('handoff', 'artifacts', 'pin', 'keep', RICH_SHA);
    // a second record sharing the first 10 digits of the example's hash, to make a prefix ambiguous
    const twin = EXAMPLE_SHA.slice(0, 10) + '0'.repeat(54);
    copyFileSync(s.recordPath(EXAMPLE_SHA), s.recordPath(twin));
  });
  beforeEach(async () => {
    before = s.storeListing();
  });
  afterEach(() => {
    expect(s.storeListing()).toEqual(before);
  });

  test('a missing session file (and nothing stored for the good input beside it)', async () => {
    expectGuided(s.bundled('handoff', 'build', RICH, 'nope.hail.jsonl'), 'read nope.hail.jsonl: no such file');
  });

  test('bytes that are not UTF-8 and no parser reads', async () => {
    const bin = path.join(s.home, 'blob.bin');
    writeFileSync(bin, Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d, 0x0a]));
    expectGuided(await s.run('handoff', 'build', bin), `read ${bin}: file is not valid UTF-8`);
  });

  test('a file that is neither HAIL nor an agent log', async () => {
    const junk = path.join(s.home, 'junk.txt');
    writeFileSync(junk, 'hello\n');
    expectGuided(
      await s.run('handoff', 'build', junk),
      `unsupported input format for ${junk} (use \`opensession parse --profile ...\` first)`,
    );
  });

  test('no sessions at all; --last 0; a --from that is not a local source; a --from not stored', async () => {
    expectGuided(await s.run('handoff', 'build'), 'no sessions provided (use inputs, --from, or --last)');
    expectGuided(await s.run('handoff', 'build', '--last', '0'), '--last must be greater than zero');
    expectGuided(
      await s.run('handoff', 'build', '--from', `os://artifact/${RICH_SHA}`),
      'object not found: uri is not a local source object',
    );
    expectGuided(
      await s.run('handoff', 'build', '--from', `os://src/local/${'a'.repeat(64)}`),
      `object not found: ${'a'.repeat(64)}`,
    );
    expectGuided(await s.run('handoff', 'build', '--from', 'os://src/local/abc'), 'invalid sha256: abc');
  });

  test('an unknown alias, a URI of another kind, a hash with no record', async () => {
    expectGuided(await s.run('handoff', 'artifacts', 'get', 'nosuchalias'), 'invalid artifact identifier: nosuchalias');
    expectGuided(await s.run('handoff', 'artifacts', 'rm', 'nosuchalias'), 'invalid artifact identifier: nosuchalias');
    expectGuided(
      await s.run('handoff', 'artifacts', 'verify', `os://src/local/${EXAMPLE_OBJECT}`),
      'uri is not an artifact uri',
    );
    expectGuided(await s.run('handoff', 'artifacts', 'get', 'b'.repeat(64)), `artifact not found: ${'b'.repeat(64)}`);
    expectGuided(
      await s.run('handoff', 'artifacts', 'pin', 'x', 'b'.repeat(64)),
      `artifact not found: ${'b'.repeat(64)}`,
    );
    expectGuided(await s.run('handoff', 'artifacts', 'rm', 'b'.repeat(64)), `artifact not found: ${'b'.repeat(64)}`);
  });

  test('a hash prefix that matches two artifacts', async () => {
    const prefix = EXAMPLE_SHA.slice(0, 6);
    const r = await s.run('handoff', 'artifacts', 'rm', prefix);
    expectGuided(r, new RegExp(`^Error: artifact prefix ${prefix} matches 2 artifacts: ${prefix}`));
    expect((await s.run('handoff', 'artifacts', 'get', EXAMPLE_SHA.slice(0, 11))).code).toBe(0); // long enough to be unique
  });

  test('a corrupt artifact record', async () => {
    const bad = 'c'.repeat(64);
    const file = s.recordPath(bad);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"version": "v1", "sha256": ');
    before = s.storeListing();
    const r = await s.run('handoff', 'artifacts', 'get', bad);
    expectGuided(r, new RegExp(`^Error: parse ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON`));
    expectGuided(await s.run('handoff', 'artifacts', 'verify', bad), /^Error: parse .*: invalid JSON/);
    expectGuided(await s.run('inspect', `os://artifact/${bad}`), /^Error: parse .*: invalid JSON/);
    // list skips the unloadable record
    expect(
      JSON.parse((await s.run('handoff', 'artifacts', 'list')).stdout).map((x: { hash: string }) => x.hash),
    ).not.toContain(bad);
  });

  test('aliases: empty, invalid, dot-dot', async () => {
    expectGuided(await s.run('handoff', 'artifacts', 'pin', ' ', RICH_SHA), 'alias cannot be empty');
    expectGuided(await s.run('handoff', 'artifacts', 'pin', '..', RICH_SHA), 'alias contains invalid characters');
    expectGuided(await s.run('handoff', 'artifacts', 'unpin', 'a b'), 'alias contains invalid characters');
  });
});
