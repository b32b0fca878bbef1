// Embedded SQLite backend: node-sqlite3-wasm (WebAssembly, no native build; the Cursor parser ships the same
// module and scripts/post-bundle.js puts its .wasm next to the bundle). The file is written in place by
// SQLite's own journal, so a crash never leaves a half-written index.
import type { Database } from 'node-sqlite3-wasm';
import type { SqlDriver } from './storage';

function loadSqlite(): typeof import('node-sqlite3-wasm') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node-sqlite3-wasm') as typeof import('node-sqlite3-wasm');
}

type Bind = import('node-sqlite3-wasm').BindValues;

function bind(params: unknown[] | undefined): Bind | undefined {
  if (params === undefined) return undefined;
  return params.map((p) => (p === undefined ? null : p)) as Bind;
}

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database;
  private depth = 0;
  private queue: Promise<unknown> = Promise.resolve();

  /** `file` = `<data dir>/index.sqlite3`, or `:memory:`. */
  constructor(file: string) {
    const { Database: Db } = loadSqlite();
    this.db = new Db(file);
    this.db.exec('PRAGMA journal_mode=DELETE');
    this.db.exec('PRAGMA synchronous=NORMAL');
  }

  async all(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>> {
    return this.db.all(sql, bind(params)) as Array<Record<string, unknown>>;
  }

  async run(sql: string, params?: unknown[]): Promise<number> {
    return this.db.run(sql, bind(params)).changes;
  }

  /** Transactions are serialised: the connection is shared by every request. */
  transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      this.depth++;
      try {
        const out = await fn(this);
        this.db.exec('COMMIT');
        return out;
      } catch (err) {
        this.db.exec('ROLLBACK');
        throw err;
      } finally {
        this.depth--;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db.isOpen) this.db.close();
  }
}
