// `opensession view` from the bundled CLI, opening for real (git-native.md §13.3, §14.6): the local review server is
// started detached on first use and reused after, a server of another directory is reported, and the browser
// opener (a stand-in `xdg-open` on PATH) gets the URL; a failed launch only warns.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { runBundled } from '../../support/cli';
import { cleanupTempDirs, makeTempDir } from '../../support/git';
import { commitFiles, initRepo, ledgerRefOf, writeLedger } from '../../core/review/ledger-fixture';

const DEMO = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/web/claude-demo.hail.jsonl'), 'utf8');

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

function fakeOpener(exitCode: number): { bin: string; log: string } {
  const bin = makeTempDir('os-fake-bin-');
  const log = path.join(bin, 'opened.log');
  fs.writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\necho "$1" >> "${log}"\nexit ${exitCode}\n`, { mode: 0o755 });
  return { bin, log };
}

function repo(): { dir: string; head: string } {
  const dir = initRepo(makeTempDir('os-view-open-'), 'main');
  commitFiles(dir, { 'README.md': 'hi\n' }, 'initial');
  const head = commitFiles(dir, { 'src/config.ts': 'x\n' }, 'config');
  writeLedger(dir, ledgerRefOf('main'), [
    { id: 'claude-demo', storedAt: '2026-11-20T09:05:00Z', commits: [head], hail: DEMO },
  ]);
  return { dir, head };
}

const serverPids: number[] = [];
afterAll(() => {
  for (const pid of serverPids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  cleanupTempDirs();
});

describe('opensession view (bundled) opening the local review page', () => {
  it('starts the local review server, opens the page, reuses the server, and refuses another directory', async () => {
    const port = await freePort();
    const home = makeTempDir('os-view-open-home-');
    const opener = fakeOpener(0);
    const env = {
      HOME: home,
      PATH: `${opener.bin}:${process.env.PATH}`,
      OPENSESSION_REVIEW_PORT: String(port),
    };
    const r = repo();
    const id = `commit-${r.head.slice(0, 12)}`;
    const url = `http://127.0.0.1:${port}/review/local/${id}`;
    const first = runBundled(['view', 'HEAD'], { cwd: r.dir, env });
    const lock = path.join(r.dir, '.opensession', 'server-data', 'serve.lock');
    if (fs.existsSync(lock)) serverPids.push(Number(fs.readFileSync(lock, 'utf8').trim()));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`${url}\nreview_id: ${id}\n`);
    expect(fs.readFileSync(opener.log, 'utf8')).toBe(`${url}\n`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<span class="commit-title">config</span>');
    const api = await fetch(`http://127.0.0.1:${port}/api/review/local/${id}`);
    expect(((await api.json()) as { sessions: unknown[] }).sessions).toHaveLength(1);
    expect(
      fs.readFileSync(path.join(r.dir, '.opensession', 'server-data', 'logs', 'review-server.log'), 'utf8'),
    ).toContain(`opensession serve: listening on http://127.0.0.1:${port}`);

    const pid = fs.readFileSync(lock, 'utf8').trim();
    const again = runBundled(['view', 'HEAD~1', '--json'], { cwd: r.dir, env });
    expect(JSON.parse(again.stdout)).toMatchObject({ mode: 'commit', opened: false });
    const reused = runBundled(['view', 'HEAD'], { cwd: r.dir, env });
    expect(reused.code).toBe(0);
    expect(fs.readFileSync(lock, 'utf8').trim()).toBe(pid);
    expect(fs.readFileSync(opener.log, 'utf8')).toBe(`${url}\n${url}\n`);

    const other = repo();
    const refused = runBundled(['view', 'HEAD'], { cwd: other.dir, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `Error: a local review server for another directory is already running at http://127.0.0.1:${port}\n` +
        'next:\n- stop that server, then retry\n- or open the bundle through it by running the command from that directory\n',
    );

    const failing = fakeOpener(3);
    const warned = runBundled(['view', 'HEAD'], {
      cwd: r.dir,
      env: { ...env, PATH: `${failing.bin}:${process.env.PATH}` },
    });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe('[opensession] Warning: could not open a browser: xdg-open exited with status 3\n');
    const json = runBundled(['view', 'HEAD', '--json'], {
      cwd: r.dir,
      env: { ...env, PATH: `${failing.bin}:${process.env.PATH}` },
    });
    expect(JSON.parse(json.stdout)).toMatchObject({ opened: false });
  }, 120_000);
});
