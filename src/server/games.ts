/**
 * The server's authority over each team's game: it orders a team's actions, checks each
 * with the engine, stores it, and only then acknowledges it with the new state hash.
 *
 * A team's game is kept in memory (state, log, week hashes) after its first use and
 * rebuilt from the stored log whenever it is missing — at start, after a restart, or
 * after a write failed or lost a race (the log is the truth; the state is a cache of it).
 * One team's actions are handled one at a time (a promise chain per team); different
 * teams never wait for each other except at the database.
 */
import { ActionSchema, applyActionInPlace, canonicalJson, createGame, stateHash, validate, type Action, type GameState } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ApiError } from './errors.ts';
import { eventScenario } from './scenarios.ts';
import { eventClock, timeLeftMs } from './pace.ts';
import type { EventRow, Session, Store, StoredAction, TeamRow } from './store.ts';
import { dueInjects, injectsOf } from './injects.ts';

export interface Game {
  sc: Scenario; contentHash: string; seed: string; state: GameState; log: StoredAction[]; weekHashes: string[];
  /** The event clock when the current week began (pace.ts). */
  weekStartClock: number;
}

export interface Submit { seq: number; action: unknown; hash?: string | undefined }
export interface Ack {
  seq: number;
  /** The state hash after this action, as the server computed it. */
  hash: string;
  week: number;
  finished: boolean;
  /** Only when the client sent its own hash: whether the two agree. */
  hashMatch?: boolean;
  /** True when this seq had been acknowledged before (a resend): nothing was applied again. */
  duplicate?: boolean;
}

/** Re-simulate a stored log; a stored action the engine refuses (a changed engine) is a server error, never a crash. */
export function rebuild(sc: Scenario, contentHash: string, seed: string, log: StoredAction[]): Game {
  const g: Game = { sc, contentHash, seed, state: createGame(sc, seed), log: [], weekHashes: [], weekStartClock: 0 };
  for (const a of log) replayStored(g, a);
  return g;
}

/** One stored action applied to a game (a rebuild, or catching up with another instance's actions). */
function replayStored(g: Game, a: StoredAction): void {
  const r = applyActionInPlace(g.sc, g.state, a.action);
  if (!r.ok) throw new ApiError(500, 'logDoesNotReplay', `stored action #${a.seq + 1} (week ${a.week}) no longer replays: ${r.rejection.code}`);
  g.log.push(a);
  if (a.action.kind === 'endWeek') {
    g.weekHashes.push(stateHash(g.state));
    g.weekStartClock = a.clockMs;
  }
}

export type Role = 'AR' | 'SR' | 'FR';
const ROLE_LIST: readonly Role[] = ['AR', 'SR', 'FR'];
/** A laptop seen this recently (a poll, an action) counts as online. */
export const ONLINE_MS = 10_000;

export class Games {
  private games = new Map<string, Game>();
  /**
   * Role laptops: when each laptop was last heard from by this instance (for the others'
   * "online"; kept in memory). Which roles are ready to end a week is in the database
   * (store.setRoleReady), shared by every instance.
   */
  private seen = new Map<string, number>();
  private queues = new Map<string, Promise<unknown>>();
  /** Teams another instance has stored actions for since they were cached (fanout.ts). */
  private behindTeams = new Set<string>();
  /** Told after each action is stored: live updates (fanout.ts). */
  onStored: ((team: TeamRow, next: number) => void) | null = null;

  constructor(private readonly store: Store, private readonly clock: () => number = Date.now) {}

  /** Forget a team's cached game: the next use rebuilds it from the stored log. */
  drop(teamId: string): void {
    this.games.delete(teamId);
  }

  /** Forget every cached game (live updates may have been missed). */
  dropAll(): void {
    this.games.clear();
  }

  /** Another instance stored this team's log up to `next`: the cache reads the new actions on its next use. */
  behind(teamId: string, next: number): void {
    const g = this.games.get(teamId);
    if (g && g.log.length < next) this.behindTeams.add(teamId);
  }

  /** Run `fn` after every earlier call for this team has finished. */
  private serial<T>(teamId: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(teamId) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const settled = next.then(() => undefined, () => undefined);
    this.queues.set(teamId, settled);
    void settled.then(() => {
      if (this.queues.get(teamId) === settled) this.queues.delete(teamId);
    });
    return next;
  }

  async game(ev: EventRow, team: TeamRow): Promise<Game> {
    let g = this.games.get(team.id);
    if (g && this.behindTeams.delete(team.id)) {
      try {
        for (const a of await this.store.log(team.id, g.log.length)) replayStored(g, a);
      } catch {
        this.drop(team.id);
        g = undefined;
      }
    }
    if (!g) {
      const { scenario, contentHash } = eventScenario(ev);
      g = rebuild(scenario, contentHash, ev.seed, await this.store.log(team.id));
      this.games.set(team.id, g);
    }
    return g;
  }

  /** The team's game, read in turn with its actions (never half-way through one). */
  read(ev: EventRow, team: TeamRow): Promise<Game> {
    return this.serial(team.id, () => this.game(ev, team));
  }

  /** Check, store, then acknowledge one action; a refusal is an ApiError, logged with the team. */
  submit(ev: EventRow, team: TeamRow, session: Session, msg: Submit): Promise<Ack> {
    this.touch(team.id, session.role);
    return this.serial(team.id, async () => {
      try {
        return await this.apply(ev, team, session, msg);
      } catch (e) {
        if (e instanceof ApiError && e.status < 500) await this.store.refuse(team.id, msg.seq, e.code, e.message).catch(() => undefined);
        throw e;
      }
    });
  }

  /** Hand a team the facilitator's injects it is due (in turn with its own actions); returns how many were stored. */
  deliver(ev: EventRow, team: TeamRow): Promise<number> {
    return this.serial(team.id, async () => this.deliverNow(ev, team, await this.game(ev, team)));
  }

  private async deliverNow(ev: EventRow, team: TeamRow, g: Game): Promise<number> {
    const due = dueInjects(g.state, g.log, await injectsOf(this.store, ev.id));
    let n = 0;
    for (const action of due) {
      const rejection = validate(g.sc, g.state, action, true);
      if (rejection) {
        await this.store.refuse(team.id, null, 'injectRefused', `the engine refuses the inject ${canonicalJson(action).slice(0, 200)}: ${rejection.code}`).catch(() => undefined);
        continue;
      }
      await this.appendServer(ev, team, g, action);
      n++;
    }
    return n;
  }

  /** Apply and store an action the server makes itself (an inject, a week the team's roles all ended); caller holds the team's turn. */
  private async appendServer(ev: EventRow, team: TeamRow, g: Game, action: Action): Promise<void> {
    const week = g.state.week;
    applyActionInPlace(g.sc, g.state, action, true, true);
    const stored: StoredAction = { seq: g.log.length, action, week, hash: stateHash(g.state), clockMs: eventClock(ev, this.clock()) };
    try {
      await this.store.append(team.id, stored);
    } catch (e) {
      this.drop(team.id);
      throw e;
    }
    g.log.push(stored);
  }

  /** A role laptop was heard from (for the others' status). */
  touch(teamId: string, role: Role | null): void {
    if (role) this.seen.set(`${teamId}/${role}`, this.clock());
  }

  /** Each role's status on a team of role laptops: ready to end the week, online. */
  async roles(teamId: string, week: number): Promise<{ role: Role; ready: boolean; online: boolean }[]> {
    const ready = new Set(await this.store.readyRoles(teamId, week));
    const now = this.clock();
    return ROLE_LIST.map((role) => ({
      role, ready: ready.has(role), online: now - (this.seen.get(`${teamId}/${role}`) ?? -Infinity) < ONLINE_MS,
    }));
  }

  /**
   * A role laptop is ready (or no longer) to end `week`. When all three are, the server
   * ends the week: an endWeek in the log like any other. A stale week changes nothing.
   */
  setReady(ev: EventRow, team: TeamRow, role: Role, week: number, ready: boolean): Promise<{ week: number; ended: boolean }> {
    return this.serial(team.id, async () => {
      const g = await this.game(ev, team);
      this.touch(team.id, role);
      if (g.state.week !== week || g.state.finished) return { week: g.state.week, ended: false };
      const roles = await this.store.setRoleReady(team.id, week, role, ready);
      if (!ROLE_LIST.every((r) => roles.includes(r))) return { week, ended: false };
      try {
        await this.apply(ev, team, { teamId: team.id, role: null }, { seq: g.log.length, action: { kind: 'endWeek' } });
      } catch (e) {
        // Another instance saw the third "ready" at the same moment and ended the week first.
        if (!(e instanceof ApiError && e.code === 'outOfSequence')) throw e;
        this.drop(team.id);
      }
      const now = await this.game(ev, team);
      return { week: now.state.week, ended: now.state.week !== week || now.state.finished };
    });
  }

  private async apply(ev: EventRow, team: TeamRow, session: Session, msg: Submit): Promise<Ack> {
    if (ev.status === 'draft') throw new ApiError(409, 'notStarted', 'the event has not started yet: wait for the facilitator');
    if (ev.status === 'ended') throw new ApiError(409, 'eventEnded', 'the event has ended: no more actions are accepted');
    if (ev.paused_at) throw new ApiError(409, 'paused', 'the facilitator has paused the event: wait until it is resumed');
    const shape = ActionSchema.safeParse(msg.action);
    if (!shape.success) throw new ApiError(400, 'badAction', 'action: not an action of this game (kind, role and fields)');
    const action = shape.data as Action;
    if (action.kind === 'inject') throw new ApiError(403, 'facilitatorOnly', 'action: only the facilitator injects events (from the dashboard)');
    if (session.role && action.kind === 'endWeek') {
      throw new ApiError(403, 'useReady', 'on three laptops the week ends when every role has said it is ready (POST …/ready)');
    }
    if (session.role && 'role' in action && action.role !== session.role) {
      throw new ApiError(403, 'wrongRole', `action.role: this laptop holds ${session.role}; ${action.role} acts from its own laptop`);
    }
    let g = await this.game(ev, team);
    if (msg.seq > g.log.length) {
      // Ahead of this cache: another instance may have stored actions since. Re-read the log once.
      this.drop(team.id);
      g = await this.game(ev, team);
    }
    const n = g.log.length;
    if (msg.seq < n) {
      const stored = g.log[msg.seq]!;
      if (canonicalJson(stored.action) === canonicalJson(action)) {
        return { seq: msg.seq, hash: stored.hash, week: stored.week, finished: g.state.finished && msg.seq === n - 1, duplicate: true, ...match(msg.hash, stored.hash) };
      }
      throw new ApiError(409, 'outOfSequence', `seq: action ${msg.seq} is already a different action; the next is ${n}`, { expected: n });
    }
    if (msg.seq > n) throw new ApiError(409, 'outOfSequence', `seq: the next action is ${n}, not ${msg.seq} (re-sync from the team's state)`, { expected: n });
    const nowMs = this.clock();
    if (action.kind !== 'endWeek' && timeLeftMs(ev, g.weekStartClock, nowMs) === 0) {
      throw new ApiError(409, 'weekTimeUp', `week ${g.state.week}'s time is up: only ending the week is accepted`);
    }
    const rejection = validate(g.sc, g.state, action, true);
    if (rejection) {
      throw new ApiError(422, 'illegal', `the engine refuses this action now: ${rejection.code}`, { rejection: { code: rejection.code, ...(rejection.params ? { params: rejection.params } : {}) } });
    }
    const week = g.state.week;
    applyActionInPlace(g.sc, g.state, action, true, true);
    const hash = stateHash(g.state);
    const stored: StoredAction = { seq: n, action, week, hash, clockMs: eventClock(ev, nowMs) };
    try {
      await this.store.append(team.id, stored);
    } catch (e) {
      // Not stored: the in-memory state is ahead of the log, so forget it. Another writer
      // that took this seq first (a second instance) is an ordinary sequence refusal.
      this.drop(team.id);
      if (isUniqueViolation(e)) {
        // Another instance stored seq n first: if it is this very action (a resend), acknowledge it.
        const fresh = await this.game(ev, team);
        const other = fresh.log[n];
        if (other && canonicalJson(other.action) === canonicalJson(action)) {
          return { seq: n, hash: other.hash, week: other.week, finished: fresh.state.finished && n === fresh.log.length - 1, duplicate: true, ...match(msg.hash, other.hash) };
        }
        throw new ApiError(409, 'outOfSequence', `seq: action ${n} was just stored by another connection; the next is ${fresh.log.length}`, { expected: fresh.log.length });
      }
      throw new ApiError(503, 'storageFailed', 'the action could not be stored, so it was not applied; send it again');
    }
    g.log.push(stored);
    if (action.kind === 'endWeek') {
      g.weekHashes.push(hash);
      g.weekStartClock = stored.clockMs;
      // The facilitator's injects for the week this team has just entered (injects.ts).
      await this.deliverNow(ev, team, g).catch(() => undefined);
    }
    this.onStored?.(team, g.log.length);
    if (msg.hash !== undefined && msg.hash !== hash) {
      // Stored and acknowledged (the server's state is the truth); the client re-syncs.
      await this.store.refuse(team.id, n, 'hashMismatch', `the client's state hash after action ${n} (week ${week}) differs from the server's`).catch(() => undefined);
    }
    return { seq: n, hash, week: g.state.week, finished: g.state.finished, ...match(msg.hash, hash) };
  }
}

/**
 * End the week for every team of a paced, running event whose time is up (the pacing
 * sweep). Returns how many weeks were ended. A team whose own endWeek got there first
 * is simply no longer late.
 */
export async function sweepLateWeeks(games: Games, store: Store, nowMs: number): Promise<number> {
  let ended = 0;
  for (const ev of await store.pacedEvents()) {
    for (const team of await store.teams(ev.id)) {
      const g = await games.read(ev, team);
      if (g.state.finished || timeLeftMs(ev, g.weekStartClock, nowMs) !== 0) continue;
      try {
        await games.submit(ev, team, { teamId: team.id, role: null }, { seq: g.log.length, action: { kind: 'endWeek' } });
        ended++;
      } catch {
        // Out of sequence (the team ended it itself just now) or not stored: the next sweep looks again.
      }
    }
  }
  return ended;
}

function match(client: string | undefined, server: string): { hashMatch?: boolean } {
  return client === undefined ? {} : { hashMatch: client === server };
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
