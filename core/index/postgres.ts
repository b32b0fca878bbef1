// PostgreSQL backend (amendments A12): the same index in a shared database, through node-postgres.
import type { Pool, PoolClient } from 'pg';
import type { SqlDriver } from './storage';

/** `?` placeholders → `$1…$n` (no statement here has a `?` inside a string literal). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

class PgClientDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  constructor(private readonly client: PoolClient) {}
  async all(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>> {
    return (await this.client.query(numbered(sql), params)).rows as Array<Record<string, unknown>>;
  }
  async run(sql: string, params?: unknown[]): Promise<number> {
    return (await this.client.query(numbered(sql), params)).rowCount ?? 0;
  }
  transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T> {
    return fn(this);
  }
  async close(): Promise<void> {
    // the pool owns the client
  }
}

export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  private constructor(private readonly pool: Pool) {}

  static async connect(url: string): Promise<PostgresDriver> {
    // Native ESM (the tests) has no `require`; in CommonJS the test is constant and ncc bundles the package.
    const pg = (
      typeof require === 'function'
        ? require('pg') // eslint-disable-line @typescript-eslint/no-require-imports
        : process.getBuiltinModule('module').createRequire(import.meta.url)('pg')
    ) as typeof import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
    // Fails fast on a wrong URL or an unreachable server, before the server starts listening.
    const client = await pool.connect();
    client.release();
    pool.on('error', () => undefined); // idle-client errors surface on the next query instead of crashing
    return new PostgresDriver(pool);
  }

  async all(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>> {
    return (await this.pool.query(numbered(sql), params)).rows as Array<Record<string, unknown>>;
  }

  async run(sql: string, params?: unknown[]): Promise<number> {
    return (await this.pool.query(numbered(sql), params)).rowCount ?? 0;
  }

  async transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Instances sharing one database take turns writing the index.
      await client.query('SELECT pg_advisory_xact_lock(7011)');
      const out = await fn(new PgClientDriver(client));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
