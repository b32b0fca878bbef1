// The daemon's parse worker (daemon-and-server.md §2.7 step 3, §2.15), Cursor capture and retention prune (§2.12),
// end to end: the bundled `opensession-daemon` as a real process with a temp HOME, ledgers checked with the git CLI.
import * as fs from 'fs';
import * as path from 'path';
import { Database } from 'node-sqlite3-wasm';
import { ledgerRef } from '../../../core/ledger/refs';
import { cleanupTempDirs, git, gitRaw, makeTempRepo } from '../../support/git';
import { ClaudeLog, claudeLine, makeHome, readStatus, RunningDaemon, startDaemon, waitFor } from './helpers';

const MAIN = ledgerRef('main');
const FAST = '[daemon]\ndebounce_ms = 200\n';
const running: RunningDaemon[] = [];

afterEach(async () => {
  for (const d of running.splice(0)) await d.stop();
});
afterAll(() => cleanupTempDirs());

async function ledgerFiles(dir: string, ref: string): Promise<string[]> {
  const r = await gitRaw(dir, ['ls-tree', '-r', '--name-only', ref]);
  return r.code === 0 ? r.stdout.split('\n').filter((l) => l !== '') : [];
}

async function until(what: string, fn: () => Promise<boolean>, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A Claude Code log of about `mib` MiB, appended one line at a time like the agent writes it. */
function writeBigLog(home: string, sid: string, cwd: string, mib: number): string {
  const log = new ClaudeLog(home, sid, cwd);
  const chunk = 'the build log says: ' + 'compiling module ok; '.repeat(12000); // ~250 KiB of text per line
  const t0 = Date.now() - 60_000;
  for (let i = 0; fs.existsSync(log.file) ? fs.statSync(log.file).size < mib * 1024 * 1024 : true; i++)
    log.append(i % 2 === 0 ? 'user' : 'assistant', `${i}: ${chunk}`, new Date(t0 + i * 100));
  return log.file;
}

const WORKER_LINE = /DEBUG parse worker (\d+) started for (.+)\n/g;

function workerStarts(log: string): Array<{ pid: number; file: string }> {
  return [...log.matchAll(WORKER_LINE)].map((m) => ({ pid: Number(m[1]), file: m[2] }));
}

describe('daemon parse worker (§2.15)', () => {
  it('captures a log of 8 MiB or more through a short-lived child process; small logs stay in the daemon', async () => {
    const home = makeHome(FAST);
    const repo = await makeTempRepo({ initialCommit: true });
    fs.mkdirSync(path.join(home, '.claude', 'projects'), { recursive: true });
    const d = await startDaemon(home);
    running.push(d);
    const big = writeBigLog(home, 'sess-big', repo.dir, 8.2);
    expect(fs.statSync(big).size).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    const small = new ClaudeLog(home, 'sess-small', repo.dir);
    small.append('user', 'a small question');
    small.append('assistant', 'a small answer');
    await until('both sessions captured', async () => {
      const files = await ledgerFiles(repo.dir, MAIN);
      return ['sess-big', 'sess-small'].every((s) => files.some((f) => f.endsWith(`/${s}.hail.jsonl`)));
    });
    const starts = workerStarts(d.log());
    expect(starts.map((s) => s.file)).toEqual([big]); // only the big file went to a worker
    const worker = starts[0].pid;
    expect(worker).not.toBe(d.child.pid);
    expect(alive(worker)).toBe(false); // it exited after its one job
    const files = await ledgerFiles(repo.dir, MAIN);
    const hail = files.find((f) => f.endsWith('/sess-big.hail.jsonl'))!;
    expect(Number(await git(repo.dir, 'cat-file', '-s', `${MAIN}:${hail}`))).toBeGreaterThan(8 * 1024 * 1024);
    expect(await git(repo.dir, 'fsck', '--no-progress')).toBe('');
    const s = readStatus(home) as { pid: number; state: string; sessions_captured: number; files_failed: number };
    expect(s).toMatchObject({ pid: d.child.pid, state: 'running', sessions_captured: 2, files_failed: 0 });
  }, 120000);

  it('a worker that dies is a reported job error, not a daemon crash; the next change is retried', async () => {
    const home = makeHome(FAST);
    const repo = await makeTempRepo({ initialCommit: true });
    fs.mkdirSync(path.join(home, '.claude', 'projects'), { recursive: true });
    const d = await startDaemon(home);
    running.push(d);
    let killed: number | undefined;
    let seen = '';
    // The first worker is killed the moment the daemon reports it (as the OOM killer would).
    d.child.stderr!.on('data', (b: Buffer) => {
      seen += b.toString('utf8');
      const first = workerStarts(seen)[0];
      if (first !== undefined && killed === undefined) {
        killed = first.pid;
        process.kill(first.pid, 'SIGKILL');
      }
    });
    const big = writeBigLog(home, 'sess-crash', repo.dir, 8.1);
    const failed = await waitFor(
      'the job error',
      () => {
        const s = readStatus(home) as { files_failed: number; last_error: { path: string; message: string } | null };
        return s.files_failed >= 1 ? s : undefined;
      },
      60000,
    );
    expect(failed.last_error!.path).toBe(big);
    expect(failed.last_error!.message).toBe(`parse worker for ${big} was killed by SIGKILL`);
    expect(d.log()).toContain(`ERROR parse worker for ${big} was killed by SIGKILL`);
    expect((await gitRaw(repo.dir, ['rev-parse', '--verify', '-q', MAIN])).code).not.toBe(0); // nothing half-written
    expect(readStatus(home)).toMatchObject({ pid: d.child.pid, state: 'running' });
    // The agent keeps writing: the changed file is processed again, by a new worker.
    fs.appendFileSync(big, claudeLine('sess-crash', repo.dir, 'user', 'one more thing', new Date(), 9999));
    await until('retried capture', async () =>
      (await ledgerFiles(repo.dir, MAIN)).some((f) => f.endsWith('/sess-crash.hail.jsonl')),
    );
    const pids = workerStarts(d.log()).map((s) => s.pid);
    expect(pids.length).toBeGreaterThanOrEqual(2);
    expect(pids[0]).toBe(killed);
    expect(alive(d.child.pid!)).toBe(true);
  }, 120000);
});

/** A Cursor `state.vscdb` with one composer conversation, in the layout the Cursor parser reads. */
function writeCursorDb(file: string, composerId: string, created: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.building`;
  const db = new Database(tmp);
  try {
    db.exec('CREATE TABLE cursorDiskKV (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)');
    db.exec('CREATE TABLE ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB)');
    const put = (key: string, value: unknown): void => {
      db.run('INSERT INTO cursorDiskKV (key, value) VALUES (?, ?)', [key, JSON.stringify(value)]);
    };
    put(`composerData:${composerId}`, {
      _v: 3,
      composerId,
      name: 'Fix the parser',
      createdAt: created,
      lastUpdatedAt: created + 60_000,
      fullConversationHeadersOnly: [
        { bubbleId: 'b1', type: 1 },
        { bubbleId: 'b2', type: 2 },
      ],
    });
    put(`bubbleId:${composerId}:b1`, { _v: 2, bubbleId: 'b1', type: 1, text: 'why does the parser fail?' });
    put(`bubbleId:${composerId}:b2`, {
      _v: 2,
      bubbleId: 'b2',
      type: 2,
      text: 'the header line is missing',
      modelInfo: { modelName: 'claude-4-sonnet' },
    });
  } finally {
    db.close();
  }
  fs.renameSync(tmp, file); // Cursor's DB appears whole
}

describe('daemon Cursor capture (§2.5-2.7)', () => {
  it('parses a Cursor state.vscdb in a parse worker from a private copy; no working directory -> no_repository', async () => {
    const home = makeHome(FAST);
    const repo = await makeTempRepo({ initialCommit: true });
    const user = path.join(home, '.config', 'Cursor', 'User');
    fs.mkdirSync(path.join(user, 'globalStorage'), { recursive: true });
    const d = await startDaemon(home);
    running.push(d);
    await waitFor('cursor root watched', () => {
      const s = readStatus(home) as { watched_dirs: Array<{ agent: string; state: string }> };
      return s.watched_dirs.find((w) => w.agent === 'cursor')?.state === 'watching';
    });
    const db = path.join(user, 'globalStorage', 'state.vscdb');
    writeCursorDb(db, 'c-daemon', Date.now() - 120_000);
    const bytes = fs.readFileSync(db);
    const s = await waitFor(
      'cursor session processed',
      () => {
        const st = readStatus(home) as { sessions_skipped: Record<string, number>; files_failed: number };
        return st.sessions_skipped.no_repository >= 1 || st.files_failed > 0 ? st : undefined;
      },
      60000,
    );
    expect(s.files_failed).toBe(0);
    expect(s.sessions_skipped.no_repository).toBe(1);
    expect(d.log()).toContain('DEBUG skipped session c-daemon from ' + db + ': no_repository');
    const starts = workerStarts(d.log());
    expect(starts.map((w) => w.file)).toEqual([db]);
    expect(alive(starts[0].pid)).toBe(false);
    // Parsed from a private copy: Cursor's file is untouched and no copy is left behind.
    expect(fs.readFileSync(db).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(user, 'globalStorage')).sort()).toEqual(['state.vscdb']);
    // A Cursor session names no working directory (spec §7): no ledger ref is written anywhere.
    expect(await git(repo.dir, 'for-each-ref', 'refs/opensession/')).toBe('');
    // The DB's own bytes are recorded, so an untouched DB is not parsed again after a restart.
    const state = JSON.parse(
      fs.readFileSync(path.join(home, '.local', 'share', 'opensession', 'daemon', 'state.json'), 'utf8'),
    ) as { files: Record<string, { sha256: string }> };
    expect(state.files[db].sha256).toMatch(/^[0-9a-f]{64}$/);
  }, 120000);
});

describe('daemon retention prune (§2.12)', () => {
  it('prunes sessions older than keep_days from the ledger with one child commit (test clock)', async () => {
    const home = makeHome(`${FAST}[git_storage.retention]\nenabled = true\nkeep_days = 2\ninterval_secs = 86400\n`);
    const repo = await makeTempRepo({ initialCommit: true });
    fs.mkdirSync(path.join(home, '.claude', 'projects'), { recursive: true });
    // Phase 1, real clock: capture two sessions (retention's first run is 60 s away).
    let d = await startDaemon(home);
    running.push(d);
    for (const sid of ['sess-old-1', 'sess-old-2']) {
      const log = new ClaudeLog(home, sid, repo.dir);
      log.append('user', `question ${sid}`);
      log.append('assistant', `answer ${sid}`);
    }
    await until('sessions captured', async () => {
      const files = await ledgerFiles(repo.dir, MAIN);
      return files.filter((f) => f.endsWith('.hail.jsonl')).length === 2;
    });
    expect(await d.stop()).toBe(0);
    running.splice(0);
    const captured = await git(repo.dir, 'rev-parse', MAIN);
    const capturedFiles = await ledgerFiles(repo.dir, MAIN);
    expect(capturedFiles.some((f) => f.startsWith('v1/index/commits/'))).toBe(true);
    // Phase 2, three days later (test clock; 60 s of daemon waiting takes 0.1 s): both are past keep_days = 2.
    d = await startDaemon(home, { OPENSESSION_TEST_CLOCK: 'offset_secs=259200,speed=600' });
    running.push(d);
    await until('retention run', async () => d.log().includes('retention: pruned'), 30000);
    expect(d.log()).toContain('WARN  test clock in effect: OPENSESSION_TEST_CLOCK=offset_secs=259200,speed=600');
    expect(d.log()).toContain('INFO  retention: pruned 2 sessions from 1 refs');
    const tip = await git(repo.dir, 'rev-parse', MAIN);
    expect(await git(repo.dir, 'rev-parse', `${MAIN}^`)).toBe(captured); // a normal child commit
    expect(await git(repo.dir, 'log', '-1', '--format=%s', MAIN)).toBe('retention-prune: keep_days=2 expired=2');
    expect(await ledgerFiles(repo.dir, tip)).toEqual([]); // sessions, metas and index entries are gone
    expect(await ledgerFiles(repo.dir, captured)).toEqual(capturedFiles); // history keeps them
    const fsck = await gitRaw(repo.dir, ['fsck', '--no-progress']);
    expect(fsck.stdout + fsck.stderr).toBe('');
    expect(fsck.code).toBe(0);
    const state = JSON.parse(
      fs.readFileSync(path.join(home, '.local', 'share', 'opensession', 'daemon', 'state.json'), 'utf8'),
    ) as { retention_last_run_at: string };
    const ran = Date.parse(state.retention_last_run_at);
    expect(ran - Date.now()).toBeGreaterThan(259200_000 - 60_000); // stamped with the daemon's (test) clock
    // The next run is interval_secs after the last one: nothing more happens while the daemon idles.
    await new Promise((r) => setTimeout(r, 1500));
    expect(d.log().match(/retention: pruned/g)).toHaveLength(1);
  }, 120000);
});
