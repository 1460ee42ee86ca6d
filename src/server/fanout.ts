/**
 * Live updates between server instances: a change one instance makes (a team's action
 * stored, an event started, paced, paused, resumed, ended) reaches every instance, which
 * brings its cached games up to date and tells its own connected clients (the teams'
 * sockets, the facilitator's live socket).
 *
 * One instance (SQLite, or a single server on PostgreSQL) needs nothing but its own
 * listeners. Over PostgreSQL every instance LISTENs on one channel with the `pg` client
 * and publishes with `pg_notify` — PostgreSQL is the broker; nothing else to run. The
 * channel is named after the database schema, so events in other schemas (tests) never
 * mix. A notification carries only ids and a count (well under NOTIFY's 8000 bytes);
 * what changed is read from the database, which stays the truth. If the listening
 * connection drops, the instance reconnects and, since it may have missed changes, says
 * `resync` (its caches are dropped and rebuilt from the logs).
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { newId } from './auth.ts';

export type Change =
  | { kind: 'team'; eventId: string; teamId: string; next: number }
  | { kind: 'event'; eventId: string }
  | { kind: 'resync' };

export type Listener = (c: Change, remote: boolean) => void;

export interface Fanout {
  readonly via: 'local' | 'postgres';
  /** Tell this instance's listeners now, and every other instance. */
  publish(c: Change): void;
  on(fn: Listener): () => void;
  close(): Promise<void>;
}

function listeners() {
  const set = new Set<Listener>();
  return {
    on(fn: Listener) {
      set.add(fn);
      return () => void set.delete(fn);
    },
    emit(c: Change, remote: boolean) {
      for (const fn of set) {
        try {
          fn(c, remote);
        } catch {
          /* one listener's failure (a closed socket) is not the others' */
        }
      }
    },
  };
}

/** One instance: changes go to this process's listeners only. */
export function localFanout(): Fanout {
  const l = listeners();
  return { via: 'local', publish: (c) => l.emit(c, false), on: l.on, close: async () => undefined };
}

const RECONNECT_MS = 1000;

/** Several instances over one PostgreSQL database: LISTEN/NOTIFY on a channel of this schema. */
export async function pgFanout(db: Kysely<unknown>, connectionString: string, log: (line: string) => void): Promise<Fanout> {
  const { default: pg } = await import('pg');
  const l = listeners();
  const origin = newId();
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s ?? 'public';
  const channel = `its_${createHash('sha256').update(schema).digest('hex').slice(0, 20)}`;
  let client: InstanceType<typeof pg.Client> | null = null;
  let closed = false;

  async function listen(): Promise<void> {
    const c = new pg.Client({ connectionString });
    c.on('notification', (n) => {
      if (n.channel !== channel || !n.payload) return;
      try {
        const m = JSON.parse(n.payload) as { o: string; c: Change };
        if (m.o !== origin) l.emit(m.c, true);
      } catch {
        /* not ours */
      }
    });
    c.on('error', (e) => {
      log(`live updates: the listening connection failed (${e.message}); reconnecting`);
      void c.end().catch(() => undefined);
      if (client === c) client = null;
      if (!closed) setTimeout(() => void reconnect(), RECONNECT_MS).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    client = c;
  }

  async function reconnect(): Promise<void> {
    if (closed || client) return;
    try {
      await listen();
      l.emit({ kind: 'resync' }, true);
    } catch (e) {
      log(`live updates: cannot listen yet (${(e as Error).message})`);
      setTimeout(() => void reconnect(), RECONNECT_MS).unref();
    }
  }

  await listen();
  return {
    via: 'postgres',
    publish(c) {
      l.emit(c, false);
      sql`select pg_notify(${channel}, ${JSON.stringify({ o: origin, c })})`.execute(db)
        .catch((e: Error) => log(`live updates: could not notify the other instances (${e.message})`));
    },
    on: l.on,
    async close() {
      closed = true;
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
