// The session index storage (daemon-and-server.md §3.5, amendments A12): one interface, two SQL backends
// (embedded SQLite through node-sqlite3-wasm, PostgreSQL through node-postgres) sharing the same statements.
import type { LinkRow, SessionRow } from './summary';

/** One `session_sources` row. */
export interface SourceRow {
  location: string;
  session_id: string;
  kind: string;
  repo_root: string | null;
  ref: string | null;
  path: string;
  version: string;
  stored_at: string;
  stored_sort: string;
}

export interface ScannedRef {
  repo_root: string;
  ref: string;
  tip: string;
}

export type SortOrder = 'recent' | 'popular' | 'longest';

export interface ListQuery {
  /** JS-lowercased needle; undefined = no filter. */
  search?: string;
  tool?: string;
  sort: SortOrder;
  /** Lower bound on `created_sort` (inclusive), for `time_range`. */
  createdSince?: string;
  limit: number;
  offset: number;
}

/** Everything one refresh changes, applied in one transaction. */
export interface IndexBatch {
  removeSources: string[];
  upsertSources: SourceRow[];
  removeSessions: string[];
  upsertSessions: Array<{ row: SessionRow; links: LinkRow[] }>;
  removeScannedRefs: Array<{ repo_root: string; ref: string }>;
  upsertScannedRefs: ScannedRef[];
}

/** A minimal SQL connection: `?` placeholders (the PostgreSQL driver rewrites them to `$n`). */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  all(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const SCHEMA_VERSION = '2';

const TEXT_C = (d: SqlDriver['dialect']): string => (d === 'postgres' ? 'TEXT COLLATE "C"' : 'TEXT');
const BIG = (d: SqlDriver['dialect']): string => (d === 'postgres' ? 'BIGINT' : 'INTEGER');

function schema(d: SqlDriver['dialect']): string[] {
  const T = TEXT_C(d);
  return [
    `CREATE TABLE IF NOT EXISTS meta (key ${T} PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS session_sources (location ${T} PRIMARY KEY, session_id ${T} NOT NULL, kind TEXT NOT NULL,
      repo_root TEXT, ref TEXT, path TEXT NOT NULL, version TEXT NOT NULL, stored_at TEXT NOT NULL, stored_sort ${T} NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS session_sources_sid ON session_sources (session_id)`,
    `CREATE TABLE IF NOT EXISTS sessions (id ${T} PRIMARY KEY, location TEXT NOT NULL, summary_json TEXT NOT NULL,
      display_title TEXT NOT NULL, tool ${T} NOT NULL, created_sort ${T} NOT NULL, message_count ${BIG(d)} NOT NULL,
      event_count ${BIG(d)} NOT NULL, duration_seconds ${BIG(d)} NOT NULL, search_text TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS sessions_recent ON sessions (created_sort DESC, id)`,
    // Covers counting and filtering without touching the wide summary_json rows.
    `CREATE INDEX IF NOT EXISTS sessions_filter ON sessions (created_sort, id, tool, event_count, message_count,
      duration_seconds, search_text)`,
    `CREATE TABLE IF NOT EXISTS session_links (session_id ${T} NOT NULL, linked_session_id ${T} NOT NULL,
      link_type TEXT NOT NULL, created_at ${T} NOT NULL, PRIMARY KEY (session_id, linked_session_id))`,
    `CREATE INDEX IF NOT EXISTS session_links_rev ON session_links (linked_session_id)`,
    `CREATE TABLE IF NOT EXISTS scanned_refs (repo_root ${T} NOT NULL, ref ${T} NOT NULL, tip TEXT NOT NULL,
      PRIMARY KEY (repo_root, ref))`,
    `CREATE TABLE IF NOT EXISTS deleted_sessions (id ${T} PRIMARY KEY, deleted_at TEXT NOT NULL)`,
  ];
}

const REBUILT_TABLES = ['session_links', 'sessions', 'session_sources', 'scanned_refs', 'meta'];

const ORDER: Record<SortOrder, string> = {
  recent: 'created_sort DESC, id ASC',
  popular: 'message_count DESC, created_sort DESC, id ASC',
  longest: 'duration_seconds DESC, created_sort DESC, id ASC',
};

/** The index storage: the same statements on either backend. */
export class IndexStorage {
  /**
   * Totals per filter, valid until the next write. Only for SQLite: the serve.lock makes this process its only
   * writer, while a shared PostgreSQL index can change under us.
   */
  private readonly totals = new Map<string, number>();

  constructor(readonly db: SqlDriver) {}

  private changed(): void {
    this.totals.clear();
  }

  get backend(): SqlDriver['dialect'] {
    return this.db.dialect;
  }

  /** Creates the schema; a different `schema_version` drops every table but `deleted_sessions` (a rebuildable cache). */
  async open(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.run(schema(tx.dialect)[0]);
      const rows = await tx.all(`SELECT value FROM meta WHERE key = ?`, ['schema_version']);
      const current = rows.length > 0 ? String(rows[0].value) : undefined;
      if (current !== undefined && current !== SCHEMA_VERSION) {
        for (const t of REBUILT_TABLES) await tx.run(`DROP TABLE IF EXISTS ${t}`);
      }
      for (const stmt of schema(tx.dialect)) await tx.run(stmt);
      await tx.run(
        `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        ['schema_version', SCHEMA_VERSION],
      );
    });
  }

  async loadSources(): Promise<SourceRow[]> {
    const rows = await this.db.all(
      `SELECT location, session_id, kind, repo_root, ref, path, version, stored_at, stored_sort FROM session_sources`,
    );
    return rows as unknown as SourceRow[];
  }

  async getSource(location: string): Promise<SourceRow | undefined> {
    const rows = await this.db.all(
      `SELECT location, session_id, kind, repo_root, ref, path, version, stored_at, stored_sort FROM session_sources
       WHERE location = ?`,
      [location],
    );
    return rows[0] as unknown as SourceRow | undefined;
  }

  async loadScannedRefs(): Promise<ScannedRef[]> {
    return (await this.db.all(`SELECT repo_root, ref, tip FROM scanned_refs`)) as unknown as ScannedRef[];
  }

  async loadDeleted(): Promise<Map<string, string>> {
    const rows = await this.db.all(`SELECT id, deleted_at FROM deleted_sessions`);
    return new Map(rows.map((r) => [String(r.id), String(r.deleted_at)]));
  }

  /** id → location of every indexed (visible) session. */
  async sessionLocations(): Promise<Map<string, string>> {
    const rows = await this.db.all(`SELECT id, location FROM sessions`);
    return new Map(rows.map((r) => [String(r.id), String(r.location)]));
  }

  async apply(b: IndexBatch): Promise<void> {
    const empty =
      b.removeSources.length +
        b.upsertSources.length +
        b.removeSessions.length +
        b.upsertSessions.length +
        b.removeScannedRefs.length +
        b.upsertScannedRefs.length ===
      0;
    if (empty) return;
    this.changed();
    await this.db.transaction(async (tx) => {
      for (const loc of b.removeSources) await tx.run(`DELETE FROM session_sources WHERE location = ?`, [loc]);
      for (const s of b.upsertSources) {
        await tx.run(
          `INSERT INTO session_sources (location, session_id, kind, repo_root, ref, path, version, stored_at, stored_sort)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (location) DO UPDATE SET session_id = excluded.session_id,
           kind = excluded.kind, repo_root = excluded.repo_root, ref = excluded.ref, path = excluded.path,
           version = excluded.version, stored_at = excluded.stored_at, stored_sort = excluded.stored_sort`,
          [s.location, s.session_id, s.kind, s.repo_root, s.ref, s.path, s.version, s.stored_at, s.stored_sort],
        );
      }
      for (const id of b.removeSessions) {
        await tx.run(`DELETE FROM sessions WHERE id = ?`, [id]);
        await tx.run(`DELETE FROM session_links WHERE session_id = ?`, [id]);
      }
      for (const { row: r, links } of b.upsertSessions) {
        await tx.run(
          `INSERT INTO sessions (id, location, summary_json, display_title, tool, created_sort, message_count,
           event_count, duration_seconds, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET location = excluded.location, summary_json = excluded.summary_json,
           display_title = excluded.display_title, tool = excluded.tool, created_sort = excluded.created_sort,
           message_count = excluded.message_count, event_count = excluded.event_count,
           duration_seconds = excluded.duration_seconds, search_text = excluded.search_text`,
          [
            r.id,
            r.location,
            r.summary_json,
            r.display_title,
            r.tool,
            r.created_sort,
            r.message_count,
            r.event_count,
            r.duration_seconds,
            r.search_text,
          ],
        );
        await tx.run(`DELETE FROM session_links WHERE session_id = ?`, [r.id]);
        for (const l of links) {
          await tx.run(
            `INSERT INTO session_links (session_id, linked_session_id, link_type, created_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (session_id, linked_session_id) DO UPDATE SET link_type = excluded.link_type,
             created_at = excluded.created_at`,
            [l.session_id, l.linked_session_id, l.link_type, l.created_at],
          );
        }
      }
      for (const r of b.removeScannedRefs) {
        await tx.run(`DELETE FROM scanned_refs WHERE repo_root = ? AND ref = ?`, [r.repo_root, r.ref]);
      }
      for (const r of b.upsertScannedRefs) {
        await tx.run(
          `INSERT INTO scanned_refs (repo_root, ref, tip) VALUES (?, ?, ?)
           ON CONFLICT (repo_root, ref) DO UPDATE SET tip = excluded.tip`,
          [r.repo_root, r.ref, r.tip],
        );
      }
    });
    this.changed(); // a list that ran between the statements above saw a half-applied batch
  }

  async list(q: ListQuery): Promise<{ summaries: string[]; total: number }> {
    const where = ['NOT (event_count = 0 AND message_count = 0)'];
    const params: unknown[] = [];
    if (q.search !== undefined) {
      where.push(this.backend === 'postgres' ? 'strpos(search_text, ?) > 0' : 'instr(search_text, ?) > 0');
      params.push(q.search);
    }
    if (q.tool !== undefined) {
      where.push('tool = ?');
      params.push(q.tool);
    }
    if (q.createdSince !== undefined) {
      where.push('created_sort >= ?');
      params.push(q.createdSince);
    }
    const w = where.join(' AND ');
    const key = JSON.stringify([w, params]);
    let total = this.backend === 'sqlite' ? this.totals.get(key) : undefined;
    if (total === undefined) {
      const count = await this.db.all(`SELECT COUNT(*) AS n FROM sessions WHERE ${w}`, params);
      total = Number(count[0].n);
      if (this.backend === 'sqlite') {
        if (this.totals.size > 256) this.totals.clear();
        this.totals.set(key, total);
      }
    }
    const rows = await this.db.all(
      `SELECT summary_json FROM sessions WHERE ${w} ORDER BY ${ORDER[q.sort]} LIMIT ? OFFSET ?`,
      [...params, q.limit, q.offset],
    );
    return { summaries: rows.map((r) => String(r.summary_json)), total };
  }

  async get(id: string): Promise<{ summary_json: string; location: string } | undefined> {
    const rows = await this.db.all(`SELECT summary_json, location FROM sessions WHERE id = ?`, [id]);
    if (rows.length === 0) return undefined;
    return { summary_json: String(rows[0].summary_json), location: String(rows[0].location) };
  }

  /** Link rows with `id` on either side, in the order of §3.6. */
  async links(id: string): Promise<LinkRow[]> {
    const rows = await this.db.all(
      `SELECT session_id, linked_session_id, link_type, created_at FROM session_links
       WHERE session_id = ? OR linked_session_id = ? ORDER BY created_at, session_id, linked_session_id`,
      [id, id],
    );
    return rows.map((r) => ({
      session_id: String(r.session_id),
      linked_session_id: String(r.linked_session_id),
      link_type: String(r.link_type),
      created_at: String(r.created_at),
    }));
  }

  /** §3.6 admin delete step 4: tombstone, drop the row and its links both ways. False when the id is not indexed. */
  async tombstone(id: string, deletedAt: string): Promise<boolean> {
    this.changed();
    const removed = await this.db.transaction(async (tx) => {
      const n = await tx.run(`DELETE FROM sessions WHERE id = ?`, [id]);
      if (n === 0) return false;
      await tx.run(`DELETE FROM session_links WHERE session_id = ? OR linked_session_id = ?`, [id, id]);
      await tx.run(
        `INSERT INTO deleted_sessions (id, deleted_at) VALUES (?, ?)
         ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at`,
        [id, deletedAt],
      );
      return true;
    });
    this.changed();
    return removed;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
