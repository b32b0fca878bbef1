// Embedded SQLite backend: node-sqlite3-wasm (WebAssembly, no native build; the Cursor parser ships the same
// module and scripts/post-bundle.js puts its .wasm next to the bundle). The file is written in place by
// SQLite's own journal, so a crash never leaves a half-written index.
import type { Database, Statement } from 'node-sqlite3-wasm';
import { loadSqliteWasm } from '../sqlite-wasm';
import type { SqlDriver } from './storage';

type Bind = import('node-sqlite3-wasm').BindValues;

function bind(params: unknown[] | undefined): Bind | undefined {
  if (params === undefined) return undefined;
  return params.map((p) => (p === undefined ? null : p)) as Bind;
}

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database;
  private depth = 0;
  /** Prepared once per statement text: preparing through WebAssembly costs more than running. */
  private readonly statements = new Map<string, Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  /** `file` = `<data dir>/index.sqlite3`, or `:memory:`. */
  constructor(file: string) {
    const { Database: Db } = loadSqliteWasm();
    this.db = new Db(file);
    // serve.lock makes this process the only user of the file: keep SQLite's lock (node-sqlite3-wasm's file VFS
    // locks with a mkdir/rmdir per transaction otherwise) and keep every page in SQLite's own cache.
    this.db.exec('PRAGMA locking_mode=EXCLUSIVE');
    this.db.exec('PRAGMA journal_mode=DELETE');
    this.db.exec('PRAGMA synchronous=NORMAL');
    this.db.exec('PRAGMA cache_size=-131072');
    this.db.exec('PRAGMA temp_store=MEMORY');
  }

  private prepared(sql: string): Statement {
    let st = this.statements.get(sql);
    if (st === undefined) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  async all(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>> {
    return this.prepared(sql).all(bind(params)) as Array<Record<string, unknown>>;
  }

  async run(sql: string, params?: unknown[]): Promise<number> {
    // DDL is run once and may invalidate cached statements; it is not worth caching.
    if (/^\s*(CREATE|DROP|ALTER|PRAGMA)\b/i.test(sql)) {
      for (const st of this.statements.values()) st.finalize();
      this.statements.clear();
      return this.db.run(sql, bind(params)).changes;
    }
    return this.prepared(sql).run(bind(params)).changes;
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
    for (const st of this.statements.values()) st.finalize();
    this.statements.clear();
    if (this.db.isOpen) this.db.close();
  }
}
