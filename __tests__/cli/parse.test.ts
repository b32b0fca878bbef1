// `opensession parse` (parsers.md section 7): output, errors with `next:` steps, exit codes.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../cli/program';
import type { CliContext } from '../../cli/context';
import { parseHail } from '../../core/hail/reader';
import { validateSession } from '../../core/hail/validate';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const TV1 =
  [
    '{"timestamp":"2026-02-16T09:00:00Z","type":"session_meta"}',
    '{"timestamp":"2026-02-16T09:00:01.250Z","type":"response_item","payload":{"type":"message","role":"user","content":"hello"}}',
  ].join('\n') + '\n';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], cwd: string, opts: { stdout?: CliContext['stdout'] } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    cwd,
    env: {},
    stdout: opts.stdout ?? ((c) => void (out += typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))),
    stderr: (c) => void (err += c),
    readStdin: async () => Buffer.alloc(0),
    now: () => new Date('2030-01-01T00:00:00Z'),
  };
  const code = await runCli(argv, ctx);
  return { code, stdout: out, stderr: err };
}

let dir: string;
let real: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'os-parse-cli-'));
  real = fs.realpathSync(dir);
  fs.writeFileSync(path.join(dir, 'raw-session.jsonl'), TV1);
});

describe('opensession parse', () => {
  test('TV1: codex rollout to stdout with --validate', async () => {
    const r = await run(['parse', '--profile', 'codex', 'raw-session.jsonl', '--validate'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `{"type":"header","version":"hail-1.0.0","session_id":"raw-session","agent":{"provider":"openai","model":"unknown","tool":"codex"},"context":{"title":"hello","tags":["codex"],"created_at":"2026-02-16T09:00:01.250Z","updated_at":"2026-02-16T09:00:01.250Z","attributes":{"session_role":"primary","source_path":"${real}/raw-session.jsonl"}}}\n` +
        '{"type":"event","event_id":"codex-1","timestamp":"2026-02-16T09:00:01.250Z","event_type":{"type":"UserMessage"},"content":{"blocks":[{"type":"Text","text":"hello"}]},"attributes":{"source":"response_fallback","source.raw_type":"response_fallback","source.schema_version":"codex-desktop-v1"}}\n' +
        '{"type":"stats","event_count":1,"message_count":1,"tool_call_count":0,"task_count":0,"duration_seconds":0,"total_input_tokens":0,"total_output_tokens":0,"user_message_count":1,"files_changed":0,"lines_added":0,"lines_removed":0}\n',
    );
  });

  test('auto detection (omitted, `auto`, empty or padded profile) gives the same output; --preview names the parser', async () => {
    const a = await run(['parse', 'raw-session.jsonl'], dir);
    const b = await run(['parse', '--profile', ' auto ', 'raw-session.jsonl'], dir);
    const c = await run(['parse', '--profile', '', 'raw-session.jsonl', '--preview'], dir);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
    expect(c.stderr).toBe('parser_used: codex\n');
  });

  test('TV3: explicit profile producing no events is a mismatch naming the candidates', async () => {
    const r = await run(['parse', '--profile', 'claude-code', 'raw-session.jsonl'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "Error: parser/input mismatch: profile 'claude-code' produced no events from raw-session.jsonl\n" +
        'next:\n' +
        '- detected candidates: codex (90), hail (70), claude-code (62), gemini (50)\n' +
        '- retry with a detected profile, e.g. `opensession parse --profile codex raw-session.jsonl`\n' +
        '- run `opensession parse --help`\n',
    );
  });

  test('explicit profile failing at top level', async () => {
    const r = await run(['parse', '--profile', 'hail', 'raw-session.jsonl'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "Error: parser/input mismatch: profile 'hail' failed: input is neither HAIL JSONL nor HAIL JSON\n" +
        'next:\n' +
        '- detected candidates: codex (90), hail (70), claude-code (62), gemini (50)\n' +
        '- retry with a detected profile, e.g. `opensession parse --profile codex raw-session.jsonl`\n' +
        '- run `opensession parse --help`\n',
    );
  });

  test('mismatch when the best candidate is the profile itself: no retry step', async () => {
    fs.writeFileSync(path.join(dir, 'only.txt'), '{"type":"session_meta"}\n');
    const r = await run(['parse', '--profile', 'codex', 'only.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "Error: parser/input mismatch: profile 'codex' produced no events from only.txt\nnext:\n- detected candidates: codex (90)\n- run `opensession parse --help`\n",
    );
  });

  test('TV4: unsupported profile (checked before the file is read)', async () => {
    const r = await run(['parse', '--profile', 'unknown-profile', 'missing.jsonl'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error: unknown parser "unknown-profile" (one of: hail, codex, claude-code, gemini, amp, cline, cursor, opencode, auto)\n' +
        'next:\n' +
        '- run `opensession parse --help`\n' +
        '- retry with an explicit profile, e.g. `opensession parse --profile codex missing.jsonl`\n' +
        '- supported profiles: hail, codex, claude-code, gemini, amp, cline, cursor, opencode, auto\n',
    );
    expect((await run(['parse', '--profile', 'Codex', 'raw-session.jsonl'], dir)).stderr).toContain(
      'unknown parser "Codex" (one of: hail, codex',
    );
  });

  test('unreadable input: missing file and directory', async () => {
    const missing = await run(['parse', 'nope.jsonl'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'Error: failed to read input file `nope.jsonl`: no such file\nnext:\n- check file path and permissions: nope.jsonl\n- run `opensession parse --help`\n',
    );
    fs.mkdirSync(path.join(dir, 'sub'));
    const isDir = await run(['parse', 'sub'], dir);
    expect(isDir.code).toBe(1);
    expect(isDir.stderr).toBe(
      'Error: failed to read input file `sub`: is a directory\nnext:\n- check file path and permissions: sub\n- run `opensession parse --help`\n',
    );
  });

  test('empty input: 0 bytes, or only whitespace and a BOM', async () => {
    fs.writeFileSync(path.join(dir, 'empty.jsonl'), '');
    fs.writeFileSync(path.join(dir, 'blank.jsonl'), '\ufeff \n\t\r\n');
    for (const f of ['empty.jsonl', 'blank.jsonl']) {
      const r = await run(['parse', '--profile', 'codex', f], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `Error: input file \`${f}\` is empty\nnext:\n- check file path: ${f}\n- run \`opensession parse --help\`\n`,
      );
    }
  });

  test('auto: no candidates', async () => {
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    const r = await run(['parse', 'notes.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error: could not determine parser from source\nnext:\n- detected candidates: none\n- retry with an explicit profile, e.g. `opensession parse --profile codex notes.txt`\n- run `opensession parse --help`\n',
    );
  });

  test('auto: every candidate failed; --preview prints the attempt warnings first', async () => {
    fs.writeFileSync(path.join(dir, 'x.jsonl'), '{"type":"other"}\n');
    const r = await run(['parse', 'x.jsonl', '--preview'], dir);
    expect(r.code).toBe(1);
    const [warnings, error] = r.stderr.split('Error: ');
    expect(warnings).toMatch(
      /^warnings:\n- parser 'hail' failed: input is neither HAIL JSONL nor HAIL JSON\n- parser 'codex' produced no events\n- parser 'claude-code' produced no events\n- parser 'gemini' /,
    );
    expect(error).toBe(
      'auto-detection failed; choose a parser and retry\nnext:\n- detected candidates: hail (70), codex (64), claude-code (62), gemini (50)\n- retry with an explicit profile, e.g. `opensession parse --profile hail x.jsonl`\n- run `opensession parse --help`\n',
    );
  });

  test('--preview lists warnings (malformed lines with line numbers)', async () => {
    fs.appendFileSync(path.join(dir, 'raw-session.jsonl'), 'not json\n');
    const r = await run(['parse', '--profile', 'codex', 'raw-session.jsonl', '--preview'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'parser_used: codex\nwarnings:\n- skipped 1 malformed record(s) in raw-session.jsonl (first at line 3)\n',
    );
  });

  test('--validate failure lists validator messages; preview comes first', async () => {
    const lines = fs.readFileSync(path.join(FIXTURES, 'hail/rich.hail.jsonl'), 'utf8').trimEnd().split('\n');
    const early = JSON.parse(lines[1]);
    early.timestamp = '2020-01-01T00:00:00Z';
    fs.writeFileSync(
      path.join(dir, 'bad.hail.jsonl'),
      [lines[0], lines[1], lines[1], JSON.stringify({ type: 'event', ...early, event_id: 'late' }), ''].join('\n'),
    );
    const r = await run(['parse', '--profile', 'hail', 'bad.hail.jsonl', '--validate', '--preview'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'parser_used: hail\n' +
        'warning: event at index 2 is earlier than the event before it\n' +
        'Error: validation failed: duplicate event_id: r1\n' +
        'next:\n' +
        '- run `opensession parse --profile hail bad.hail.jsonl --preview` to inspect parser warnings\n' +
        '- fix source session content and retry parse\n',
    );
    const auto = await run(['parse', 'bad.hail.jsonl', '--validate'], dir);
    expect(auto.stderr).toContain(
      '- run `opensession parse --profile auto bad.hail.jsonl --preview` to inspect parser warnings',
    );
  });

  test('--validate: an event earlier than its predecessor is a warning, never an error (A7)', async () => {
    const lines = fs.readFileSync(path.join(FIXTURES, 'hail/rich.hail.jsonl'), 'utf8').trimEnd().split('\n');
    const early = JSON.parse(lines[1]);
    early.timestamp = '2020-01-01T00:00:00Z';
    fs.writeFileSync(
      path.join(dir, 'late.hail.jsonl'),
      [lines[0], lines[1], JSON.stringify({ ...early, event_id: 'late' }), ''].join('\n'),
    );
    const r = await run(['parse', '--profile', 'hail', 'late.hail.jsonl', '--validate'], dir);
    expect(r.stderr).toBe('warning: event at index 1 is earlier than the event before it\n');
    expect(r.code).toBe(0);
    const out = parseHail(r.stdout);
    expect(out.events.map((e) => e.event_id)).toEqual([JSON.parse(lines[1]).event_id, 'late']); // file order kept
  });

  test('--out writes atomically, prints nothing; --json prints the summary; --out may equal FILE', async () => {
    const stdoutRun = await run(['parse', 'raw-session.jsonl'], dir);
    const r = await run(['parse', 'raw-session.jsonl', '--out', 'out.hail.jsonl'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, 'out.hail.jsonl'), 'utf8')).toBe(stdoutRun.stdout);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const j = await run(
      ['parse', '--profile', 'codex', 'raw-session.jsonl', '--out', 'raw-session.jsonl', '--json'],
      dir,
    );
    expect(j.code).toBe(0);
    expect(j.stdout).toBe(
      '{\n  "event_count": 1,\n  "out": "raw-session.jsonl",\n  "profile": "codex",\n  "session_id": "raw-session",\n  "warnings": []\n}\n',
    );
    expect(fs.readFileSync(path.join(dir, 'raw-session.jsonl'), 'utf8')).toBe(stdoutRun.stdout);
  });

  test('output write failure leaves nothing behind', async () => {
    const r = await run(['parse', 'raw-session.jsonl', '--out', 'no/such/dir/out.jsonl'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error: failed to write parsed output `no/such/dir/out.jsonl`: no such file\nnext:\n- check output path permissions: no/such/dir/out.jsonl\n- retry without `--out` to print JSONL to stdout\n',
    );
  });

  test('on any error the --out temporary file is removed and PATH is left untouched', async () => {
    // rename fails after the temporary file was written: PATH is an existing (non-empty) directory
    fs.mkdirSync(path.join(dir, 'taken'));
    fs.writeFileSync(path.join(dir, 'taken', 'keep.txt'), 'keep');
    const r = await run(['parse', 'raw-session.jsonl', '--out', 'taken'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: failed to write parsed output `taken`: /);
    expect(fs.readdirSync(path.join(dir, 'taken'))).toEqual(['keep.txt']);
    // validation fails: an existing PATH keeps its bytes
    fs.writeFileSync(path.join(dir, 'old.hail.jsonl'), 'old');
    const lines = fs.readFileSync(path.join(FIXTURES, 'hail/rich.hail.jsonl'), 'utf8').split('\n');
    fs.writeFileSync(path.join(dir, 'dup.hail.jsonl'), [lines[0], lines[1], lines[1], ''].join('\n'));
    const v = await run(['parse', '--profile', 'hail', 'dup.hail.jsonl', '--validate', '--out', 'old.hail.jsonl'], dir);
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/^Error: validation failed: duplicate event_id/);
    expect(fs.readFileSync(path.join(dir, 'old.hail.jsonl'), 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  test('usage errors exit 2', async () => {
    expect(await run(['parse', 'raw-session.jsonl', '--json'], dir)).toMatchObject({
      code: 2,
      stderr: 'error: --json requires --out\n',
    });
    expect(await run(['parse', '--profile', 'codex', 'raw-session.jsonl', '--session-id', 'c1'], dir)).toMatchObject({
      code: 2,
      stderr: 'error: --session-id can only be used with --profile cursor or auto\n',
    });
    expect((await run(['parse'], dir)).code).toBe(2);
    expect((await run(['parse', 'raw-session.jsonl', '--bogus'], dir)).code).toBe(2);
    expect((await run(['parse', 'raw-session.jsonl', '--profile'], dir)).code).toBe(2);
    expect((await run(['parse', 'raw-session.jsonl', '--out'], dir)).code).toBe(2);
  });

  test('--help exits 0 and ends with the recovery examples', async () => {
    const r = await run(['parse', '--help'], dir);
    expect(r.code).toBe(0);
    expect(
      r.stdout.endsWith(
        'Recovery examples:\n  opensession parse --profile codex ./raw-session.jsonl --preview\n  opensession parse --profile codex ./raw-session.jsonl --out ./session.hail.jsonl\n',
      ),
    ).toBe(true);
  });

  test('a closed stdout (EPIPE) ends quietly with exit 0', async () => {
    const r = await run(['parse', 'raw-session.jsonl'], dir, {
      stdout: () => {
        const e = new Error('write EPIPE') as NodeJS.ErrnoException;
        e.code = 'EPIPE';
        throw e;
      },
    });
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });

  test('a closed stdout pipe in a real process (`| head`): no crash, quiet exit 0', () => {
    const lines = ['{"timestamp":"2026-02-16T09:00:00Z","type":"session_meta"}'];
    for (let i = 0; i < 20000; i++)
      lines.push(
        `{"timestamp":"2026-02-16T09:00:01.250Z","type":"response_item","payload":{"type":"message","role":"user","content":"hello ${i}"}}`,
      );
    fs.writeFileSync(path.join(dir, 'big.jsonl'), lines.join('\n') + '\n');
    const entry = path.join(dir, 'entry.ts');
    fs.writeFileSync(
      entry,
      `import { main } from ${JSON.stringify(path.resolve(import.meta.dirname, '../../cli/main'))};\nvoid main(process.argv.slice(2));\n`,
    );
    const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
    const r = spawnSync(
      'bash',
      ['-c', `"${tsx}" "${entry}" parse big.jsonl | head -c 100 >/dev/null; exit \${PIPESTATUS[0]}`],
      { cwd: dir, encoding: 'utf8' },
    );
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('the spool is private and removed afterwards', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'os-spool-'));
    const prev = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      expect((await run(['parse', 'raw-session.jsonl'], dir)).code).toBe(0);
      expect((await run(['parse', '--profile', 'claude-code', 'raw-session.jsonl'], dir)).code).toBe(1);
    } finally {
      if (prev === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = prev;
    }
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test.each([
    ['codex/sessions/2025/10/20/rollout-2025-10-20T14-02-11-0199f3a1-5b7c-7d20-9e41-2a6c8b0d4f13.jsonl', 'codex'],
    ['codex/legacy-cli.jsonl', 'codex'],
    ['claude-code/projects/-home-dev-demo-app/4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23.jsonl', 'claude-code'],
    ['hail/rich.session.json', 'hail'],
  ])('fixture %s parses with --validate under auto detection and reads back valid', async (rel, profile) => {
    const r = await run(['parse', path.join(FIXTURES, rel), '--validate', '--preview'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`parser_used: ${profile}`);
    expect(validateSession(parseHail(r.stdout))).toEqual([]);
  });
});
