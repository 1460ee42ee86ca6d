/**
 * The database's versioned migrations, run at start by Kysely's Migrator (which keeps
 * its own table of what has run, and a lock so two instances starting together run
 * each once). One list for SQLite and PostgreSQL: only portable column types (text,
 * integer) and Kysely's schema builder. Never edit a migration that has shipped; add
 * the next one.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const MIGRATIONS: Record<string, Migration> = {
  '0001_events_teams_actions': {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('scenario_yaml', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('seed', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('ended_at', 'text')
        .execute();
      await db.schema.createTable('teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('teams_event').on('teams').column('event_id').execute();
      await db.schema.createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
        .addColumn('role', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // The log: one row per acknowledged action. The key (team, seq) is what makes two
      // writers for one team (two requests, two instances) unable to both append seq N.
      await db.schema.createTable('actions')
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('week', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('actions_pk', ['team_id', 'seq'])
        .execute();
      await db.schema.createTable('refusals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
        .addColumn('seq', 'integer')
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('refusals_team').on('refusals').column('team_id').execute();
    },
  },
  // Pacing: a time limit per week, pause/resume. The event clock is wall time since the
  // start less the time spent paused; each action records it, so a team's week began at
  // the clock of its last endWeek, whichever instance stored it and across restarts.
  '0002_pacing': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('events').addColumn('week_seconds', 'integer').execute();
      await db.schema.alterTable('events').addColumn('paused_at', 'text').execute();
      await db.schema.alterTable('events').addColumn('paused_ms', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('actions').addColumn('clock_ms', 'integer').execute();
    },
  },
  // Role laptops: which roles said they are ready to end a week. In the database, not in
  // one instance's memory, so a team whose laptops talk to different instances (several
  // instances behind one address) still ends its week when the third says it is ready.
  '0003_role_ready': {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('role_ready')
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('week', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('role_ready_pk', ['team_id', 'week', 'role'])
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Bring the database up to the newest migration; throws with the failing migration's name. */
export async function migrate(db: Kysely<unknown>, kind: 'sqlite' | 'postgres' = 'sqlite'): Promise<string[]> {
  // On PostgreSQL the migrator's own tables live in the connection's schema, named: left
  // unnamed, Kysely looks for them in every schema, finds another database user's (a
  // second event store on the same server, or a parallel test) and then fails to lock ours.
  const migrationTableSchema = kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const { error, results } = await new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '(unknown)';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
