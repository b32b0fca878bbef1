// `opensession serve` as a command (daemon-and-server.md §3.1-§3.2): flag and env validation, the data-dir lock,
// the listening line, SIGTERM shutdown and Node-level request errors answered as JSON.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { runBundled, runInProcess } from '../../support/cli';
import { startServer } from '../../support/server';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'os-serve-cmd-'));
const env = { HOME: home };

afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

describe('flags and environment', () => {
  test.each([
    [['--port', '70000'], 'invalid --port "70000": expected an integer from 0 to 65535'],
    [['--port', 'x'], 'invalid --port "x": expected an integer from 0 to 65535'],
    [['--host', 'example.com'], 'invalid host "example.com": expected an IP address or localhost'],
    [['--allowed-origin', '*'], 'invalid origin "*": expected http(s)://host[:port] without a path'],
    [
      ['--allowed-origin', 'http://a.example/path'],
      'invalid origin "http://a.example/path": expected http(s)://host[:port] without a path',
    ],
  ])('serve %j is a usage error (exit 2)', (args, message) => {
    const r = runBundled(['serve', ...args], { cwd: home, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  test('an invalid boolean env value stops startup (exit 1)', () => {
    const r = runBundled(['serve', '--port', '0'], { cwd: home, env: { ...env, OPENSESSION_PARSE_PREVIEW: 'maybe' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error: invalid OPENSESSION_PARSE_PREVIEW value "maybe" (expected 1, true, yes, on, 0, false, no or off)\n',
    );
  });

  test('the test-only OPENSESSION_TEST_FRESH_MS must be whole milliseconds (exit 1)', async () => {
    const r = await runInProcess(['serve', '--port', '0'], {
      cwd: home,
      env: { ...env, OPENSESSION_TEST_FRESH_MS: 'soon' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: invalid OPENSESSION_TEST_FRESH_MS "soon": expected a whole number of milliseconds\n');
  });

  test('no home directory', () => {
    const r = runBundled(['serve'], { cwd: home, env: {} });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: could not determine home directory\n');
  });

  test('a non-postgres database URL is refused', () => {
    const r = runBundled(['serve', '--port', '0'], {
      cwd: home,
      env: { ...env, OPENSESSION_DATABASE_URL: 'mysql://x' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: OPENSESSION_DATABASE_URL must be a postgres:// or postgresql:// URL\n');
  });
});

describe('lifecycle', () => {
  test('one server per data dir; SIGTERM removes the lock and exits 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'os-serve-lock-'));
    const s = await startServer({ home, dataDir });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(fs.readFileSync(path.join(dataDir, 'serve.lock'), 'utf8')).toBe(`${s.child.pid}\n`);
      const second = runBundled(['serve', '--port', '0', '--data-dir', dataDir], { cwd: home, env });
      expect(second.code).toBe(1);
      expect(second.stderr).toBe(`Error: another opensession serve is using ${dataDir} (pid ${s.child.pid})\n`);
    } finally {
      expect(await s.stop()).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, 'serve.lock'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'index.sqlite3'))).toBe(true);
    // A stale lock (dead pid) is replaced.
    fs.writeFileSync(path.join(dataDir, 'serve.lock'), '999999\n');
    const again = await startServer({ home, dataDir });
    expect(await again.stop()).toBe(0);
  }, 60_000);

  test('a port in use is a clear error', async () => {
    const s = await startServer({ home });
    try {
      const r = runBundled(['serve', '--port', String(s.port)], { cwd: home, env });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^Error: cannot listen on 127\\.0\\.0\\.1:${s.port}: .*EADDRINUSE`));
    } finally {
      await s.stop();
    }
  });

  test('a non-loopback bind warns on stderr; env host and port are honoured', async () => {
    const s = await startServer({ home, args: ['--host', '0.0.0.0'] });
    try {
      expect(s.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
      await new Promise((r) => setTimeout(r, 200));
      expect(s.stderr()).toContain(`warning: opensession serve is reachable from the network on 0.0.0.0:${s.port}`);
    } finally {
      await s.stop();
    }
  });

  test('malformed HTTP and oversized headers get JSON errors', async () => {
    const s = await startServer({ home });
    const raw = (payload: string): Promise<string> =>
      new Promise((resolve, reject) => {
        const sock = net.connect(s.port, '127.0.0.1', () => sock.write(payload));
        let out = '';
        sock.on('data', (b) => (out += b.toString('utf8')));
        sock.on('end', () => resolve(out));
        sock.on('close', () => resolve(out));
        sock.on('error', reject);
      });
    try {
      const bad = await raw('GARBAGE\r\n\r\n');
      expect(bad).toMatch(/^HTTP\/1\.1 400 /);
      expect(bad.endsWith('{"code":"bad_request","message":"malformed HTTP request"}')).toBe(true);
      const big = await raw(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`);
      expect(big).toMatch(/^HTTP\/1\.1 431 /);
      expect(big).toContain('{"code":"request_header_fields_too_large","message":"request headers too large"}');
    } finally {
      await s.stop();
    }
  });
});
