/**
 * The one query layer (Kysely) over the two databases: SQLite (better-sqlite3, a file in
 * the data folder) by default, PostgreSQL (pg) when a DATABASE_URL is given. Everything
 * above this file writes the same queries for both.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { migrate } from './migrations.ts';

export interface Tables {
  settings: { key: string; value: string };
  events: {
    id: string; name: string; scenario_id: string; scenario_yaml: string | null; content_hash: string;
    seed: string; lang: string; status: string; created_at: string; started_at: string | null; ended_at: string | null;
    /** Pacing (migration 0002): seconds a team has for each week (null: free), pause state. */
    week_seconds: number | null; paused_at: string | null; paused_ms: number;
  };
  teams: { id: string; event_id: string; name: string; code: string; mode: string; position: number };
  sessions: { token_hash: string; team_id: string; role: string | null; created_at: string };
  actions: { team_id: string; seq: number; action: string; week: number; hash: string; created_at: string; clock_ms: number | null };
  refusals: { id: string; team_id: string; seq: number | null; code: string; detail: string; created_at: string };
  /** Role laptops ready to end a week (migration 0003). */
  role_ready: { team_id: string; week: number; role: string };
}

export type DbKind = 'sqlite' | 'postgres';
export interface Database { db: Kysely<Tables>; kind: DbKind; where: string; close(): Promise<void> }

export interface DbOptions { databaseUrl?: string; dataDir: string; log?: (line: string) => void }

/** Open (and create) the database and run the migrations. */
export async function openDatabase(opts: DbOptions): Promise<Database> {
  let db: Kysely<Tables>;
  let kind: DbKind;
  let where: string;
  if (opts.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection dropped by the server (a PostgreSQL restart) must not end this
    // process: the pool opens a new one for the next query.
    pool.on('error', (e) => (opts.log ?? console.error)(`PostgreSQL connection lost: ${e.message}`));
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    kind = 'postgres';
    where = redactUrl(opts.databaseUrl);
  } else {
    const { default: SQLite } = await import('better-sqlite3');
    const dir = resolve(opts.dataDir);
    mkdirSync(dir, { recursive: true });
    where = join(dir, 'workshop.sqlite');
    const file = new SQLite(where);
    // WAL: readers do not block the writer. synchronous=FULL: a commit is on disk (not
    // only in the OS cache) before it returns, so an acknowledged action survives a power cut too.
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = FULL');
    file.pragma('foreign_keys = ON');
    file.pragma('busy_timeout = 5000');
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: file }) });
    kind = 'sqlite';
  }
  try {
    await migrate(db as Kysely<unknown>, kind);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return { db, kind, where, close: () => db.destroy() };
}

/** A connection string without its password, for printing. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}
