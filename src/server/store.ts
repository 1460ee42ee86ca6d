/**
 * Every read and write the server makes, in Kysely, the same for SQLite and PostgreSQL.
 * Rows come out as the server's own types (no column names above this file).
 */
import type { Kysely } from 'kysely';
import type { Action } from '../engine/index.ts';
import type { Tables } from './db.ts';
import { newId, newJoinCode, newToken, tokenHash } from './auth.ts';
import { GroupCommit } from './commit.ts';

export type EventStatus = 'draft' | 'running' | 'ended';
export type TeamMode = 'oneLaptop' | 'roleLaptops';
export type EventRow = Tables['events'] & { status: EventStatus };
export type TeamRow = Tables['teams'] & { mode: TeamMode };
export interface Session { teamId: string; role: 'AR' | 'SR' | 'FR' | null }
export interface StoredAction { seq: number; action: Action; week: number; hash: string; /** The event clock when it was stored (ms; see pace.ts). */ clockMs: number }

type ActionRow = Tables['actions'];

export class Store {
  /** SQLite: actions arriving together share one commit (commit.ts); PostgreSQL commits them side by side on its pool. */
  readonly commits: GroupCommit<ActionRow> | null;

  /** `clock`: wall time in ms (tests pass their own). */
  constructor(readonly db: Kysely<Tables>, readonly clock: () => number = Date.now, groupCommit = false) {
    this.commits = groupCommit ? new GroupCommit<ActionRow>((rows) => this.insertActions(rows), (row) => this.insertActions([row])) : null;
  }

  private async insertActions(rows: ActionRow[]): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('actions').values(rows).execute();
    });
  }

  private now(): string {
    return new Date(this.clock()).toISOString();
  }

  async setting(key: string): Promise<string | null> {
    const r = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return r?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.insertInto('settings').values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  }

  /** A role laptop is ready (or no longer) to end `week`; the roles ready for that week after the change. */
  async setRoleReady(teamId: string, week: number, role: string, ready: boolean): Promise<string[]> {
    if (ready) {
      await this.db.insertInto('role_ready').values({ team_id: teamId, week, role })
        .onConflict((oc) => oc.columns(['team_id', 'week', 'role']).doNothing()).execute();
    } else {
      await this.db.deleteFrom('role_ready').where('team_id', '=', teamId).where('week', '=', week).where('role', '=', role).execute();
    }
    return this.readyRoles(teamId, week);
  }

  async readyRoles(teamId: string, week: number): Promise<string[]> {
    const rows = await this.db.selectFrom('role_ready').select('role').where('team_id', '=', teamId).where('week', '=', week).execute();
    return rows.map((r) => r.role);
  }

  /** Create an event and its teams with fresh join codes, in one transaction. */
  async createEvent(ev: Omit<EventRow, 'id' | 'status' | 'created_at' | 'started_at' | 'ended_at' | 'paused_at' | 'paused_ms'>, teams: { name: string; mode: TeamMode }[]): Promise<{ event: EventRow; teams: TeamRow[] }> {
    for (let attempt = 0; ; attempt++) {
      const event: EventRow = { ...ev, id: newId(), status: 'draft', created_at: this.now(), started_at: null, ended_at: null, paused_at: null, paused_ms: 0 };
      const rows: TeamRow[] = teams.map((t, i) => ({ id: newId(), event_id: event.id, name: t.name, code: newJoinCode(), mode: t.mode, position: i }));
      if (new Set(rows.map((r) => r.code)).size !== rows.length) continue;
      try {
        await this.db.transaction().execute(async (tx) => {
          await tx.insertInto('events').values(event).execute();
          await tx.insertInto('teams').values(rows).execute();
        });
        return { event, teams: rows };
      } catch (e) {
        // A join code already taken by another event (unique): draw again, a few times.
        if (attempt >= 5) throw e;
      }
    }
  }

  async events(): Promise<EventRow[]> {
    return (await this.db.selectFrom('events').selectAll().orderBy('created_at', 'desc').execute()) as EventRow[];
  }

  async event(id: string): Promise<EventRow | null> {
    return ((await this.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst()) as EventRow | undefined) ?? null;
  }

  async setStatus(id: string, status: EventStatus): Promise<void> {
    const at = this.now();
    await this.db.updateTable('events').set(status === 'running' ? { status, started_at: at } : { status, ended_at: at }).where('id', '=', id).execute();
  }

  /** Pacing: a time limit per week (null: free). */
  async setWeekSeconds(id: string, weekSeconds: number | null): Promise<void> {
    await this.db.updateTable('events').set({ week_seconds: weekSeconds }).where('id', '=', id).execute();
  }

  /** Pause (every team's clock stops) or resume (the paused time is added to paused_ms). */
  async setPaused(ev: EventRow, paused: boolean): Promise<void> {
    if (paused) {
      await this.db.updateTable('events').set({ paused_at: this.now() }).where('id', '=', ev.id).where('paused_at', 'is', null).execute();
    } else if (ev.paused_at) {
      const ms = Math.max(0, this.clock() - Date.parse(ev.paused_at));
      await this.db.updateTable('events').set({ paused_at: null, paused_ms: ev.paused_ms + ms }).where('id', '=', ev.id).where('paused_at', '=', ev.paused_at).execute();
    }
  }

  /** Running events with a week time limit that are not paused (what the pacing sweep looks at). */
  async pacedEvents(): Promise<EventRow[]> {
    return (await this.db.selectFrom('events').selectAll().where('status', '=', 'running').where('week_seconds', 'is not', null).where('paused_at', 'is', null).execute()) as EventRow[];
  }

  async teams(eventId: string): Promise<TeamRow[]> {
    return (await this.db.selectFrom('teams').selectAll().where('event_id', '=', eventId).orderBy('position').execute()) as TeamRow[];
  }

  async team(id: string): Promise<TeamRow | null> {
    return ((await this.db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst()) as TeamRow | undefined) ?? null;
  }

  async teamByCode(code: string): Promise<TeamRow | null> {
    return ((await this.db.selectFrom('teams').selectAll().where('code', '=', code).executeTakeFirst()) as TeamRow | undefined) ?? null;
  }

  /** A new session for a team (and role, on role laptops); returns the token, which is stored only hashed. */
  async newSession(teamId: string, role: Session['role']): Promise<string> {
    const token = newToken();
    await this.db.insertInto('sessions').values({ token_hash: tokenHash(token), team_id: teamId, role, created_at: this.now() }).execute();
    return token;
  }

  async session(token: string): Promise<Session | null> {
    const r = await this.db.selectFrom('sessions').select(['team_id', 'role']).where('token_hash', '=', tokenHash(token)).executeTakeFirst();
    return r ? { teamId: r.team_id, role: r.role as Session['role'] } : null;
  }

  /** A team's whole log, in order (or from action `from` on). */
  async log(teamId: string, from = 0): Promise<StoredAction[]> {
    const rows = await this.db.selectFrom('actions').select(['seq', 'action', 'week', 'hash', 'clock_ms']).where('team_id', '=', teamId).where('seq', '>=', from).orderBy('seq').execute();
    return rows.map((r) => ({ seq: Number(r.seq), action: JSON.parse(r.action) as Action, week: Number(r.week), hash: r.hash, clockMs: Number(r.clock_ms ?? 0) }));
  }

  /** Every team's log in one event, by team id, in one query (the leaderboard re-simulates them all). */
  async eventLogs(eventId: string): Promise<Map<string, Action[]>> {
    const rows = await this.db.selectFrom('actions').innerJoin('teams', 'teams.id', 'actions.team_id')
      .select(['actions.team_id', 'actions.action']).where('teams.event_id', '=', eventId)
      .orderBy('actions.team_id').orderBy('actions.seq').execute();
    const out = new Map<string, Action[]>();
    for (const r of rows) {
      let log = out.get(r.team_id);
      if (!log) out.set(r.team_id, (log = []));
      log.push(JSON.parse(r.action) as Action);
    }
    return out;
  }

  /**
   * Append one acknowledged action. The (team, seq) key refuses a second seq N, so two
   * writers can never both extend a log; the caller acknowledges only after this returns.
   */
  async append(teamId: string, a: StoredAction): Promise<void> {
    const row: ActionRow = { team_id: teamId, seq: a.seq, action: JSON.stringify(a.action), week: a.week, hash: a.hash, created_at: this.now(), clock_ms: a.clockMs };
    await (this.commits ? this.commits.append(row) : this.insertActions([row]));
  }

  async refuse(teamId: string, seq: number | null, code: string, detail: string): Promise<void> {
    await this.db.insertInto('refusals').values({ id: newId(), team_id: teamId, seq, code, detail: detail.slice(0, 500), created_at: this.now() }).execute();
  }

  async refusals(eventId: string): Promise<{ team_id: string; seq: number | null; code: string; detail: string; created_at: string }[]> {
    return this.db.selectFrom('refusals').innerJoin('teams', 'teams.id', 'refusals.team_id')
      .select(['refusals.team_id', 'refusals.seq', 'refusals.code', 'refusals.detail', 'refusals.created_at'])
      .where('teams.event_id', '=', eventId).orderBy('refusals.created_at').limit(1000).execute();
  }
}
