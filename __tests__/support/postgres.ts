// A throwaway PostgreSQL cluster for tests (amendments A12): initdb in a temp dir, pg_ctl start on a free loopback
// port, stop and remove afterwards. As root the cluster runs as the `postgres` (else `nobody`) user via runuser.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PgCluster {
  /** `postgres://test@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  /** Creates a fresh database and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  stop: () => void;
}

const PG_BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

/** The bin dir of an installed PostgreSQL server, or undefined. */
export function postgresBinDir(): string | undefined {
  return PG_BIN_DIRS.find((d) => fs.existsSync(path.join(d, 'initdb')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function runAs(user: string | undefined, cmd: string, args: string[]): void {
  const argv = user === undefined ? [cmd, ...args] : ['runuser', '-u', user, '--', cmd, ...args];
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', env: { PATH: process.env.PATH, LC_ALL: 'C' } });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
}

export async function startPostgres(): Promise<PgCluster> {
  const bin = postgresBinDir();
  if (bin === undefined) throw new Error('PostgreSQL is not installed (no initdb)');
  const isRoot = process.getuid?.() === 0;
  let user: string | undefined;
  if (isRoot) {
    user = spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'os-pg-'));
  const data = path.join(dir, 'data');
  if (user !== undefined) execFileSync('chown', ['-R', user, dir]);
  runAs(user, path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'test', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  runAs(user, path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  const url = `postgres://test@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    createDatabase: async (name) => {
      const { Client } = (await import('pg')).default;
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await c.end();
      }
      return `postgres://test@127.0.0.1:${port}/${name}`;
    },
    stop: () => {
      try {
        runAs(user, path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
