// The guarded transport of parse preview: blocked ranges (every form), answers checked once and the connection
// pinned to them (no second DNS resolution, so no rebinding window), timeouts.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isBlockedAddress } from '../../../core/preview/address';
import { guardedGet, resolveChecked, type Resolver } from '../../../core/preview/fetch';
import { checkRemote, PreviewError } from '../../../core/preview/validate';

describe('blocked address ranges', () => {
  test.each([
    '0.1.2.3',
    '10.255.0.1',
    '100.64.0.1',
    '127.0.0.1',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.254',
    '192.0.0.8',
    '192.0.2.1',
    '192.168.0.1',
    '198.18.0.1',
    '198.51.100.7',
    '203.0.113.9',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '100::1',
    '2001:db8::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fec0::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:c0a8:0101::1',
    'not-an-ip',
  ])('%s is blocked', (a) => expect(isBlockedAddress(a)).toBe(true));

  test.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2002:0808:0808::1'])(
    '%s is public',
    (a) => expect(isBlockedAddress(a)).toBe(false),
  );

  test('numeric IPv4 forms are normalised by the URL parser before the range check', () => {
    for (const remote of [
      'https://2130706433/a/b',
      'https://0177.0.0.1/a/b',
      'https://0x7f000001/a/b',
      'https://127.1/a/b',
    ]) {
      expect(() => checkRemote(remote, { allowedHosts: [] })).toThrow('remote host is not allowed');
    }
    expect(checkRemote('https://Example.com:8443/a/b.git/', { allowedHosts: [] }).echo).toBe(
      'https://example.com:8443/a/b.git',
    );
  });
});

describe('DNS answers', () => {
  test('any private answer among several rejects the host', async () => {
    const resolver: Resolver = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '::ffff:10.0.0.1', family: 6 },
    ];
    await expect(resolveChecked('mixed.example', false, resolver)).rejects.toMatchObject({
      code: 'invalid_source',
      message: 'remote host resolves to a disallowed address',
    });
  });

  test('a failed lookup is fetch_failed', async () => {
    const resolver: Resolver = async () => {
      throw new Error('ENOTFOUND');
    };
    await expect(resolveChecked('nowhere.example', false, resolver)).rejects.toMatchObject({
      status: 422,
      code: 'fetch_failed',
      message: 'could not resolve nowhere.example',
    });
  });

  test('the connection goes to the validated answer: the name is resolved exactly once', async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers.host ?? '');
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    let calls = 0;
    // A rebinding resolver: the first answer is the (allowed) loopback server, any later one would be elsewhere.
    const resolver: Resolver = async () => {
      calls++;
      return [{ address: calls === 1 ? '127.0.0.1' : '10.9.9.9', family: 4 }];
    };
    try {
      const r = await guardedGet(new URL(`http://rebind.test:${port}/x`), {
        allowPrivate: true,
        headers: {},
        resolver,
        check: () => undefined,
      });
      expect(r.body).toBe('ok');
      expect(calls).toBe(1);
      expect(seen).toEqual([`rebind.test:${port}`]);
    } finally {
      server.close();
    }
  });

  test('a source that never answers times out', async () => {
    const server = http.createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const err = await guardedGet(new URL(`http://127.0.0.1:${port}/slow`), {
        allowPrivate: true,
        headers: {},
        timeoutMs: 300,
        check: () => undefined,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PreviewError);
      expect(err).toMatchObject({ code: 'fetch_failed', message: 'source fetch timed out' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
