// The capture daemon end to end (daemon-and-server.md §2, git-native.md §5.4, A8): the bundled
// `opensession-daemon` runs as a real process with a temp HOME; agent logs are written line by line over time;
// ledger contents are checked with the git CLI.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ledgerRef } from '../../../core/ledger/refs';
import { cleanupTempDirs, commitFile, git, gitRaw, makeTempDir, makeTempRepo } from '../../support/git';
import { ClaudeLog, cli, makeHome, pidfilePath, readStatus, RunningDaemon, startDaemon, waitFor } from './helpers';

const MAIN = ledgerRef('main');
const FAST = '[daemon]\ndebounce_ms = 200\n';
const running: RunningDaemon[] = [];

afterEach(async () => {
  for (const d of running.splice(0)) await d.stop();
});
afterAll(() => cleanupTempDirs());

async function refTip(dir: string, ref: string): Promise<string | undefined> {
  const r = await gitRaw(dir, ['rev-parse', '--verify', '-q', ref]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

async function ledgerFiles(dir: string, ref: string): Promise<string[]> {
  const r = await gitRaw(dir, ['ls-tree', '-r', '--name-only', ref]);
  return r.code === 0 ? r.stdout.split('\n').filter((l) => l !== '') : [];
}

async function meta(
  dir: string,
  ref: string,
  sid: string,
): Promise<{ session_id: string; git: { commits: string[]; branch: string } }> {
  const file = (await ledgerFiles(dir, ref)).find((f) => f.endsWith(`/${sid}.meta.json`));
  if (file === undefined) throw new Error(`no meta for ${sid} on ${ref}`);
  return JSON.parse(await git(dir, 'show', `${ref}:${file}`));
}

async function hasSession(dir: string, ref: string, sid: string): Promise<boolean> {
  return (await ledgerFiles(dir, ref)).some((f) => f.endsWith(`/${sid}.hail.jsonl`));
}

async function until(what: string, fn: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('opensession-daemon capture', () => {
  it('captures sessions written over time into the ledger of the repo they ran in, linked to commits made during them', async () => {
    const home = makeHome(FAST);
    const a = await makeTempRepo({ initialCommit: true });
    const b = await makeTempRepo({ initialCommit: true, branch: 'trunk' });
    await git(b.dir, 'checkout', '-q', '-b', 'feature/x');
    const outside = makeTempDir('os-norepo-');
    const d = await startDaemon(home);
    running.push(d);

    // Two sessions in repo A written at the same time, one in repo B, one outside any repo.
    const s1 = new ClaudeLog(home, 'sess-one', a.dir, 'proj-a');
    const s2 = new ClaudeLog(home, 'sess-two', path.join(a.dir, 'sub'), 'proj-a');
    const s3 = new ClaudeLog(home, 'sess-three', b.dir, 'proj-b');
    const s4 = new ClaudeLog(home, 'sess-four', outside, 'proj-c');
    const t0 = new Date(Date.now() - 2000);
    s1.append('user', 'Please add a greeting. Token ghp_abcdefghijklmnopqrstuvwxyz0123456789 for the API', t0);
    s2.append('user', 'Write the docs', t0);
    s3.append('user', 'Fix the parser', t0);
    s4.append('user', 'Hello from nowhere', t0);
    await sleep(100);
    s1.append('assistant', 'Working on it');
    s2.append('assistant', 'Docs started');
    s3.append('assistant', 'Looking');
    s4.append('assistant', 'Hi');

    // Session one spans a commit: the agent commits, then keeps writing.
    await sleep(1100);
    const during = await commitFile(a.dir, 'greet.txt', 'hello\n', 'add greeting');
    await sleep(1100);
    s1.append('assistant', 'Committed the greeting', new Date(Date.now()));

    await until(
      'three captured sessions',
      async () =>
        (await hasSession(a.dir, MAIN, 'sess-one')) &&
        (await hasSession(a.dir, MAIN, 'sess-two')) &&
        (await hasSession(b.dir, ledgerRef('feature/x'), 'sess-three')),
    );
    await until('sess-one re-captured with the commit', async () =>
      (await meta(a.dir, MAIN, 'sess-one')).git.commits.includes(during),
    );
    const m1 = await meta(a.dir, MAIN, 'sess-one');
    expect(m1.git.branch).toBe('main');
    expect(m1.git.commits).toContain(during);
    expect(await ledgerFiles(a.dir, MAIN)).toContain(`v1/index/commits/${during}/sess-one.json`);
    // Repo B's session is on its checked-out branch only; nothing leaked across repositories.
    expect(await refTip(b.dir, ledgerRef('trunk'))).toBeUndefined();
    expect(await hasSession(a.dir, MAIN, 'sess-three')).toBe(false);
    expect(await hasSession(b.dir, ledgerRef('feature/x'), 'sess-one')).toBe(false);
    // Redacted before it reached the ledger.
    const hail = (await ledgerFiles(a.dir, MAIN)).find((f) => f.endsWith('/sess-one.hail.jsonl'))!;
    const text = await git(a.dir, 'show', `${MAIN}:${hail}`);
    expect(text).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    expect(text).toContain('[REDACTED:');
    expect(text).toContain('Committed the greeting');
    // Ledger commits are well-formed and authored by opensession.
    expect((await gitRaw(a.dir, ['fsck', '--strict'])).code).toBe(0);
    expect(await git(a.dir, 'log', '-1', '--format=%an <%ae>', MAIN)).toBe('opensession <cli@opensession.io>');
    expect(await git(a.dir, 'log', '--format=%s', MAIN)).toMatch(/session: sess-(one|two)/);
    // The user's branch and index were not touched.
    expect(await git(a.dir, 'rev-parse', 'HEAD')).toBe(during);
    expect(await git(a.dir, 'status', '--porcelain')).toBe('');

    await waitFor('status counters', () => {
      const s = readStatus(home) as { sessions_captured: number; sessions_skipped: Record<string, number> };
      return s.sessions_skipped.no_repository >= 1 && s.sessions_captured >= 4 ? s : undefined;
    });
    const st = cli(['daemon', 'status', '--json'], home);
    expect(st.code).toBe(0);
    const json = JSON.parse(st.stdout);
    expect(Object.keys(json)).toEqual([
      'state',
      'pid',
      'version',
      'started_at',
      'uptime_secs',
      'capture',
      'watched_dirs',
      'pending',
      'sessions_captured',
      'sessions_skipped',
      'files_failed',
      'last_capture',
      'last_error',
      'rss_bytes',
      'pidfile',
      'log_file',
    ]);
    expect(json).toMatchObject({ state: 'running', pid: d.child.pid, capture: 'ledger', last_error: null });
    expect(json.watched_dirs).toContainEqual({
      agent: 'claude-code',
      path: path.join(home, '.claude', 'projects'),
      state: 'watching',
    });
    expect(json.watched_dirs).toContainEqual({
      agent: 'codex',
      path: path.join(home, '.codex', 'sessions'),
      state: 'missing',
    });
    expect(json.rss_bytes).toBeGreaterThan(0);
    expect(json.sessions_skipped.no_repository).toBeGreaterThanOrEqual(1);

    // Restart: the same files touched again never duplicate; a change made while stopped is caught up.
    const commitsBefore = await git(a.dir, 'rev-list', '--count', MAIN);
    expect(await d.stop()).toBe(0);
    expect(fs.existsSync(pidfilePath(home))).toBe(false);
    s2.append('assistant', 'Docs finished while the daemon was down');
    const now = new Date();
    fs.utimesSync(s1.file, now, now); // touched, same bytes
    const d2 = await startDaemon(home);
    running.push(d2);
    await until('catch-up of sess-two', async () => {
      const f = (await ledgerFiles(a.dir, MAIN)).find((x) => x.endsWith('/sess-two.hail.jsonl'))!;
      return (await git(a.dir, 'show', `${MAIN}:${f}`)).includes('Docs finished while the daemon was down');
    });
    await sleep(1500);
    expect(Number(await git(a.dir, 'rev-list', '--count', MAIN))).toBe(Number(commitsBefore) + 1);
    expect((await gitRaw(a.dir, ['fsck', '--strict'])).code).toBe(0);
  }, 120000);

  it('skips capture-off repos, excluded tools and history from before the first start; watches folders created later', async () => {
    const home = makeHome(FAST + '[privacy]\nexclude_tools = []\n');
    const off = await makeTempRepo({ initialCommit: true });
    fs.mkdirSync(path.join(off.dir, '.opensession'));
    fs.writeFileSync(path.join(off.dir, '.opensession', 'config.toml'), '[daemon]\ncapture = "off"\n');
    const excl = await makeTempRepo({ initialCommit: true });
    fs.mkdirSync(path.join(excl.dir, '.opensession'));
    fs.writeFileSync(
      path.join(excl.dir, '.opensession', 'config.local.toml'),
      '[privacy]\nexclude_tools = ["Claude-Code"]\n',
    );
    const ok = await makeTempRepo({ initialCommit: true });
    const broken = await makeTempRepo({ initialCommit: true });
    fs.mkdirSync(path.join(broken.dir, '.opensession'));
    fs.writeFileSync(path.join(broken.dir, '.opensession', 'config.toml'), '[daemon]\ncapture = "sometimes"\n');
    // History written before the daemon ever ran is not back-filled.
    const old = new ClaudeLog(home, 'sess-old', ok.dir, 'p-old');
    old.append('user', 'old work', new Date(Date.now() - 3600_000));
    const past = new Date(Date.now() - 3600_000);
    fs.utimesSync(old.file, past, past);
    fs.rmSync(path.join(home, '.claude'), { recursive: true, force: true });

    const d = await startDaemon(home);
    running.push(d);
    expect((readStatus(home) as { watched_dirs: Array<{ state: string }> }).watched_dirs[0].state).toBe('missing');
    // ~/.claude/projects appears after start: it is watched from then on.
    const s1 = new ClaudeLog(home, 'sess-off', off.dir, 'p1');
    const s2 = new ClaudeLog(home, 'sess-excl', excl.dir, 'p2');
    const s3 = new ClaudeLog(home, 'sess-ok', ok.dir, 'p3');
    const s4 = new ClaudeLog(home, 'sess-broken', broken.dir, 'p4');
    await waitFor('root watched', () => {
      const s = readStatus(home) as { watched_dirs: Array<{ agent: string; state: string }> };
      return s.watched_dirs.find((w) => w.agent === 'claude-code')!.state === 'watching';
    });
    for (const s of [s1, s2, s3, s4]) s.append('user', 'do things');
    await sleep(100);
    for (const s of [s1, s2, s3, s4]) s.append('assistant', 'done');
    await until('sess-ok captured', async () => hasSession(ok.dir, MAIN, 'sess-ok'));
    const st = await waitFor('skip counters', () => {
      const s = readStatus(home) as {
        sessions_skipped: Record<string, number>;
        last_error: { message: string } | null;
      };
      return s.sessions_skipped.capture_off >= 1 && s.sessions_skipped.excluded_tool >= 1 && s.last_error !== null
        ? s
        : undefined;
    });
    expect(st.last_error!.message).toContain(
      `invalid project config ${path.join(broken.dir, '.opensession', 'config.toml')}`,
    );
    expect(st.last_error!.message).toContain('daemon.capture');
    expect(await refTip(off.dir, MAIN)).toBeUndefined();
    expect(await refTip(excl.dir, MAIN)).toBeUndefined();
    expect(await refTip(broken.dir, MAIN)).toBeUndefined();
    expect(await hasSession(ok.dir, MAIN, 'sess-old')).toBe(false);
    const registry = JSON.parse(
      fs.readFileSync(path.join(home, '.config', 'opensession', 'repo-registry.json'), 'utf8'),
    );
    expect(registry.repos).toEqual([fs.realpathSync(ok.dir)]);
  }, 90000);

  it('captures a Codex rollout and skips its sub-agent rollout as auxiliary', async () => {
    const home = makeHome(FAST);
    const repo = await makeTempRepo({ initialCommit: true });
    const d = await startDaemon(home);
    running.push(d);
    const fixtures = path.join(import.meta.dirname, '../../fixtures/codex/sessions/2025/10/20');
    const dest = path.join(home, '.codex', 'sessions', '2025', '10', '20');
    fs.mkdirSync(dest, { recursive: true }); // ~/.codex/sessions did not exist when the daemon started
    await waitFor('codex root watched', () => {
      const s = readStatus(home) as { watched_dirs: Array<{ agent: string; state: string }> };
      return s.watched_dirs.find((w) => w.agent === 'codex')!.state === 'watching';
    });
    for (const name of fs.readdirSync(fixtures)) {
      // Written line by line, as Codex appends its rollout.
      const lines = fs.readFileSync(path.join(fixtures, name), 'utf8').replaceAll('/home/dev/demo-app', repo.dir);
      for (const line of lines.split(/(?<=\n)/)) fs.appendFileSync(path.join(dest, name), line);
    }
    await until('codex session captured', async () =>
      hasSession(repo.dir, MAIN, '0199f3a1-5b7c-7d20-9e41-2a6c8b0d4f13'),
    );
    const s = await waitFor('auxiliary skip', () => {
      const st = readStatus(home) as { sessions_skipped: Record<string, number> };
      return st.sessions_skipped.auxiliary >= 1 ? st : undefined;
    });
    expect(s.sessions_skipped.auxiliary).toBe(1);
    expect(await hasSession(repo.dir, MAIN, '0199f3b2-aaaa-7000-8000-000000000001')).toBe(false);
    const m = await meta(repo.dir, MAIN, '0199f3a1-5b7c-7d20-9e41-2a6c8b0d4f13');
    expect(m.git.commits).toEqual([await git(repo.dir, 'rev-parse', 'HEAD')]); // no commit during it: current HEAD
  }, 60000);

  it('flushes pending changes on SIGTERM', async () => {
    const home = makeHome('[daemon]\ndebounce_ms = 60000\n');
    const repo = await makeTempRepo({ initialCommit: true });
    fs.mkdirSync(path.join(home, '.claude', 'projects'), { recursive: true });
    const d = await startDaemon(home);
    running.push(d);
    const s = new ClaudeLog(home, 'sess-flush', repo.dir);
    s.append('user', 'quick one');
    s.append('assistant', 'sure');
    await waitFor('pending change', () => (readStatus(home) as { pending: number }).pending > 0 || undefined);
    expect(await refTip(repo.dir, MAIN)).toBeUndefined();
    expect(await d.stop()).toBe(0);
    expect(await hasSession(repo.dir, MAIN, 'sess-flush')).toBe(true);
    expect((readStatus(home) as { state: string }).state).toBe('stopped');
    expect(d.log()).toContain('INFO  opensession daemon stopped');
  }, 60000);
});

describe('daemon config (§2.3)', () => {
  it('reports TOML syntax errors with line and column, schema errors naming the key, and warns about obsolete keys', async () => {
    const bad = makeHome('[daemon]\ncapture = = "ledger"\n');
    const file = path.join(bad, '.config', 'opensession', 'opensession.toml');
    let r = cli(['daemon', 'run'], bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^Error: invalid config ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ \\(line 2, column \\d+\\)\\n$`,
      ),
    );
    const schema = makeHome('[daemon]\ncapture = "cloud"\ndebounce_ms = 10\n[watchers]\nfoo = 1\n');
    r = cli(['daemon', 'start'], schema);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: invalid config ');
    expect(r.stderr).toContain('→ at daemon.capture');
    expect(r.stderr).toContain('→ at daemon.debounce_ms');
    expect(r.stderr).toContain('Unrecognized key: "foo"');
    expect(r.stderr).toContain('→ at watchers');
    expect(fs.existsSync(pidfilePath(schema))).toBe(false);

    const obsolete = makeHome('[daemon]\nauto_publish = true\ndebounce_ms = 200\n[git_storage]\nmethod = "sqlite"\n');
    const d = await startDaemon(obsolete);
    running.push(d);
    expect(d.log()).toContain('WARN  config key daemon.auto_publish is obsolete and ignored');
    expect(d.log()).toContain('config key git_storage.method is obsolete; treating "sqlite" as daemon.capture = "off"');
    const st = JSON.parse(cli(['daemon', 'status', '--json'], obsolete).stdout);
    expect(st).toMatchObject({ state: 'running', capture: 'off', watched_dirs: [] });
  }, 60000);
});

describe('daemon lifecycle (§2.1, §2.10, §2.11)', () => {
  it('start, status, second start, run while running, stop, stale and unreadable pidfiles', async () => {
    const home = makeHome(FAST);
    const pidfile = pidfilePath(home);
    let r = cli(['daemon', 'status'], home);
    expect(r).toMatchObject({ code: 3, stdout: 'opensession daemon: not running\n' });
    r = cli(['daemon', 'status', '--json'], home);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({
      state: 'not_running',
      pid: null,
      watched_dirs: [],
      uptime_secs: null,
    });

    r = cli(['daemon', 'start'], home);
    expect(r.code).toBe(0);
    const pid = Number(/started \(pid (\d+)\)/.exec(r.stdout)![1]);
    expect(fs.readFileSync(pidfile, 'utf8')).toBe(`${pid}\n`);
    try {
      r = cli(['daemon', 'status', '--json'], home);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j).toMatchObject({ state: 'running', pid, sessions_captured: 0, last_error: null, files_failed: 0 });
      expect(j.uptime_secs).toBeGreaterThanOrEqual(0);
      expect(j.watched_dirs.length).toBeGreaterThan(0);
      r = cli(['daemon', 'status'], home);
      expect(r.stdout).toMatch(
        /^opensession daemon: running \(pid \d+, up \d+s\)\ncapture: ledger\nwatching: 0 of \d+ directories\nsessions captured: 0 since start\nlast error: none\n$/,
      );
      expect(cli(['daemon', 'start'], home)).toMatchObject({
        code: 0,
        stdout: `opensession daemon is already running (pid ${pid})\n`,
      });
      r = cli(['daemon', 'run'], home);
      expect(r).toMatchObject({ code: 1, stderr: `Error: opensession daemon is already running (pid ${pid})\n` });
      const doctorRepo = await makeTempRepo({ initialCommit: true });
      expect(cli(['doctor'], home, doctorRepo.dir).stdout).toContain(`running (pid ${pid})`);
    } finally {
      r = cli(['daemon', 'stop'], home);
    }
    expect(r).toMatchObject({ code: 0, stdout: `opensession daemon stopped (pid ${pid})\n` });
    expect(fs.existsSync(pidfile)).toBe(false);
    expect(cli(['daemon', 'stop'], home)).toMatchObject({ code: 0, stdout: 'opensession daemon is not running\n' });

    // A stale pidfile (dead pid) is reported, then replaced on start.
    fs.writeFileSync(pidfile, '999999\n');
    r = cli(['daemon', 'status'], home);
    expect(r).toMatchObject({ code: 1, stdout: 'opensession daemon: not running (stale pidfile, pid 999999)\n' });
    const d = await startDaemon(home);
    running.push(d);
    expect(fs.readFileSync(pidfile, 'utf8')).toBe(`${d.child.pid}\n`);
    expect(await d.stop()).toBe(0);

    fs.writeFileSync(pidfile, 'garbage\n');
    r = cli(['daemon', 'status'], home);
    expect(r).toMatchObject({ code: 4, stdout: `opensession daemon: unknown (unreadable pidfile ${pidfile})\n` });
    r = cli(['daemon', 'stop'], home);
    expect(r).toMatchObject({
      code: 1,
      stderr: `Error: pidfile ${pidfile} is unreadable; remove it if no daemon is running\n`,
    });
    fs.writeFileSync(pidfile, '999999\n');
    expect(cli(['daemon', 'stop'], home)).toMatchObject({
      code: 0,
      stdout: 'opensession daemon is not running (removed stale pidfile)\n',
    });
  }, 90000);

  it('opensession-daemon rejects unknown arguments (usage, exit 2) and a missing home (exit 1)', () => {
    const bin = path.join(import.meta.dirname, '../../../bin/opensession-daemon.js');
    const r = spawnSync(process.execPath, [bin, 'sideways'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: opensession-daemon [run]');
    const h = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(h.status).toBe(0);
    const nohome = spawnSync(process.execPath, [bin, 'run'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: '' },
    });
    expect(nohome.status).toBe(1);
    expect(nohome.stderr).toBe('Error: could not determine home directory\n');
  });

  it('install writes a systemd user unit or a launchd agent that runs the daemon', () => {
    const home = makeHome();
    let r = cli(['daemon', 'install', '--platform', 'linux'], home);
    expect(r.code).toBe(0);
    const unit = path.join(home, '.config', 'systemd', 'user', 'opensession-daemon.service');
    expect(r.stdout).toBe(
      `wrote ${unit}\nnext: systemctl --user daemon-reload && systemctl --user enable --now opensession-daemon.service\n`,
    );
    const text = fs.readFileSync(unit, 'utf8');
    expect(text).toContain(
      `ExecStart="${process.execPath}" "${fs.realpathSync(path.join(import.meta.dirname, '../../../bin/opensession.js'))}" "daemon" "run"`,
    );
    expect(text).toContain('Restart=on-failure');
    r = cli(['daemon', 'install', '--platform', 'darwin'], home);
    expect(r.code).toBe(0);
    const plist = fs.readFileSync(path.join(home, 'Library', 'LaunchAgents', 'io.opensession.daemon.plist'), 'utf8');
    expect(plist).toContain('<string>io.opensession.daemon</string>');
    expect(plist).toContain('<string>daemon</string>\n    <string>run</string>');
    expect(plist).toContain('<key>RunAtLoad</key>');
    expect(cli(['daemon', 'install', '--platform', 'windows'], home).code).toBe(2);
  });
});
