/**
 * A game being played in the browser: the one authority the UI reads and writes.
 *
 * Holds the scenario, the seed, the action log and the current state (built with the
 * engine's immer path, so every state the UI ever held stays valid and frozen), plus
 * whose turn it is. People act through `act`; bots take their roles' turns through the
 * same engine. No DOM here: the session is plain TypeScript and is tested in Node.
 *
 * Turn order each week is AR → SR → FR, then the world moves. In solo mode the two
 * roles the player does not hold are played by `iron-triangle` bots (good colleagues to
 * learn from); in team mode three people take the turns on one screen.
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/enums.ts';
import {
  applyAction, applyActionInPlace, canonicalJson, computeKpis, computeScore, createGame, playerView, replay, stateHash,
  type Action, type GameEvent, type GameState, type Kpis, type PlayerView, type Rejection, type Role,
} from '../engine/index.ts';
import { botByName, botDice, playTurnVia } from '../bots/index.ts';
import { makeSave, type CoachRecord } from '../save/file.ts';
import { cleanRecord } from '../save/text.ts';
import type { SaveFile } from '../save/format.ts';
// Types only: the coach itself loads lazily (src/ui/panels/coach.ts) and is handed in.
import type { Advice, AdviseOptions } from '../coach/advise.ts';
import { branchLog } from '../debrief/branch.ts';

export type Mode = 'solo' | 'team';
/** The numbers the team is judged on at one moment. */
export interface WeekSnapshot { kpis: Kpis; score: number; cash: number }
export interface FeedItem { week: number; role: Role | null; by: 'player' | 'bot' | 'world'; event: GameEvent }
export type ActResult = { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection };

export const TEAMMATE_STRATEGY = 'iron-triangle';
/** The coach's `advise`, passed in by the caller that loaded it. */
export type Adviser = (sc: Scenario, view: PlayerView, role: Role, opts: AdviseOptions) => Advice[];
export type CoachResult = { ok: true; advice: Advice[] } | { ok: false; reason: 'coachOff' | 'notYourTurn' };
const FEED_LIMIT = 400;

export class Session {
  state: GameState;
  log: Action[] = [];
  weekHashes: string[] = [];
  feed: FeedItem[] = [];
  /** Whose turn it is this week. */
  turn: Role = 'AR';
  /** The trainee's reflection notes (saved with the game). */
  notes: Record<string, string> = {};
  /** Set on a "what if" branch: the original game's log and the week it branched at. */
  origin: { fromWeek: number; log: Action[] } | null = null;
  /** The instructor's switch (the start screen's "Coach available"); the scenario can forbid the coach too. */
  coachAllowed = true;
  /** Each time the coach was asked: saved with the game, never in the action log or a hash. */
  coachUses: CoachRecord['uses'] = [];
  private lastAdvice: { use: number; actions: string[] } | null = null;
  /** Told of every action the engine accepted, with its index in the log (the workshop's sync client sends each). */
  onApplied: ((action: Action, seq: number) => void) | null = null;
  /** Set on a workshop role laptop: ending the turn says "ready", and the server ends the week when every role is. */
  onEndTurn: (() => void) | null = null;
  private listeners = new Set<() => void>();

  constructor(
    readonly sc: Scenario,
    readonly contentHash: string,
    readonly seed: string,
    readonly mode: Mode,
    /** The role the player holds in solo mode (ignored in team mode). */
    readonly humanRole: Role,
    initial?: { state: GameState; log: Action[]; weekHashes: string[]; turn: Role },
  ) {
    if (initial) {
      this.state = initial.state;
      this.log = initial.log;
      this.weekHashes = initial.weekHashes;
      this.turn = initial.turn;
    } else {
      this.state = createGame(sc, seed);
    }
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  isHuman(role: Role): boolean {
    return this.mode === 'team' || role === this.humanRole;
  }

  /** A person's action, for the role whose turn it is. Rejections change nothing. */
  act(action: Action): ActResult {
    if ('role' in action && action.role !== this.turn) return { ok: false, rejection: { code: 'notYourTurn', params: { role: this.turn } } };
    if (action.kind === 'endWeek') return { ok: false, rejection: { code: 'useEndTurn' } };
    const r = this.apply(action, 'player');
    if (r.ok) this.noteCoachTaken(action);
    this.changed();
    return r.ok ? { ok: true, events: r.events } : { ok: false, rejection: r.rejection };
  }

  private apply(action: Action, by: FeedItem['by']) {
    const r = applyAction(this.sc, this.state, action);
    if (!r.ok) return r;
    this.state = r.state;
    this.log.push(action);
    const role = 'role' in action ? action.role : null;
    for (const e of r.events) this.feed.push({ week: e.week, role, by: action.kind === 'endWeek' ? 'world' : by, event: e });
    if (this.feed.length > FEED_LIMIT) this.feed.splice(0, this.feed.length - FEED_LIMIT);
    if (action.kind === 'endWeek') this.weekHashes.push(stateHash(this.state));
    this.onApplied?.(action, this.log.length - 1);
    return r;
  }

  /**
   * The current role is done for the week: hand over to the next role (letting bots
   * play theirs) or, after FR, move the world on a week. Returns when it is a person's
   * turn again or the game is over.
   */
  endTurn(): void {
    this.noteCoachTaken({ kind: 'endWeek' });
    if (this.onEndTurn) {
      this.onEndTurn();
      this.changed();
      return;
    }
    this.advance(ROLES.indexOf(this.turn) + 1);
    this.changed();
  }

  /** Let bots play until a person holds the turn (used at start and after each turn). */
  runBots(): void {
    this.advance(ROLES.indexOf(this.turn));
    this.changed();
  }

  private advance(from: number): void {
    let i = from;
    for (let guard = 0; guard < 10_000 && !this.state.finished; guard++) {
      if (i >= ROLES.length) {
        this.apply({ kind: 'endWeek' }, 'world');
        i = 0;
        continue;
      }
      const role = ROLES[i]!;
      this.turn = role;
      if (this.isHuman(role)) return;
      this.botTurn(role);
      i++;
    }
  }

  private botTurn(role: Role): void {
    const bot = botByName(TEAMMATE_STRATEGY)!;
    // A bot's dice derive from the seed and the week, so a reload mid-week plays on the same.
    const dice = botDice(`${this.seed}/w${this.state.week}`, role, TEAMMATE_STRATEGY);
    // The bots never spend a person's days (no bringing the player along on a visit).
    const humans = new Set(ROLES.filter((r) => this.isHuman(r)));
    playTurnVia(this.sc, () => this.state, (a) => this.apply(a, 'bot'), role, bot, dice, undefined, humans);
  }

  coachAvailable(): boolean {
    return this.sc.coach !== false && this.coachAllowed;
  }

  /**
   * "Ask the coach" for the role whose turn it is: the coach gets that role's player
   * view (never the state) and the role's own actions this week. The use is recorded.
   * Refused when the coach is switched off or no person holds the turn.
   */
  askCoach(advise: Adviser): CoachResult {
    if (!this.coachAvailable()) return { ok: false, reason: 'coachOff' };
    const role = this.turn;
    if (this.state.finished || !this.isHuman(role)) return { ok: false, reason: 'notYourTurn' };
    let start = this.log.length;
    while (start > 0 && this.log[start - 1]!.kind !== 'endWeek') start--;
    const doneThisWeek = this.log.slice(start).filter((a) => 'role' in a && a.role === role);
    const advice = advise(this.sc, playerView(this.sc, this.state, role), role, { doneThisWeek });
    this.coachUses.push({ week: this.state.week, role, taken: null });
    this.lastAdvice = { use: this.coachUses.length - 1, actions: advice.map((a) => canonicalJson(a.action)) };
    this.changed();
    return { ok: true, advice };
  }

  /** The player's next move after asking: which suggestion (1–3) it was, if any. */
  private noteCoachTaken(action: Action): void {
    const last = this.lastAdvice;
    if (!last) return;
    this.lastAdvice = null;
    const rank = last.actions.indexOf(canonicalJson(action));
    if (rank >= 0) this.coachUses[last.use]!.taken = rank + 1;
  }

  kpis(): Kpis {
    return computeKpis(this.sc, this.state);
  }

  private weekStartCache: { week: number; logLength: number; snapshot: WeekSnapshot } | null = null;
  /**
   * The KPIs, score and cash as the current week began (after last week's end): the KPI
   * bar shows each number's change since then. Re-simulated from the log once per week,
   * so it is exact after a reload mid-week too.
   */
  weekStart(): WeekSnapshot {
    let last = this.log.length - 1;
    while (last >= 0 && this.log[last]!.kind !== 'endWeek') last--;
    if (this.weekStartCache?.week !== this.state.week || this.weekStartCache.logLength !== last + 1) {
      const r = replay(this.sc, this.seed, this.log.slice(0, last + 1));
      const kpis = computeKpis(this.sc, r.state);
      this.weekStartCache = { week: this.state.week, logLength: last + 1, snapshot: { kpis, score: computeScore(this.sc, kpis), cash: r.state.cash } };
    }
    return this.weekStartCache.snapshot;
  }
  score(): number {
    return computeScore(this.sc, this.kpis());
  }
  hash(): string {
    return stateHash(this.state);
  }

  toSave(): SaveFile {
    const players: Record<string, string> = { mode: this.mode, turn: this.turn };
    for (const r of ROLES) players[r] = this.isHuman(r) ? 'player' : TEAMMATE_STRATEGY;
    return makeSave(this.sc, this.contentHash, this.seed, this.log, this.weekHashes, this.state, players, {
      notes: this.notes, branch: this.origin, coach: { allowed: this.coachAvailable(), uses: this.coachUses },
    });
  }

  /** Rebuild a session from a verified save: replay the log, restore the turn. */
  static fromSave(sc: Scenario, contentHash: string, save: SaveFile): Session {
    const mode: Mode = save.players.mode === 'team' ? 'team' : 'solo';
    const human = (ROLES.find((x) => save.players[x] === 'player') ?? 'AR') as Role;
    const r = replayWithFeed(sc, save.seed, save.log as Action[], (role) => mode === 'team' || role === human);
    if (r.error) throw new Error(`save does not replay: ${r.error}`);
    const turn = (ROLES as readonly string[]).includes(save.players.turn ?? '') ? (save.players.turn as Role) : human;
    const session = new Session(sc, contentHash, save.seed, mode, human, { state: r.state, log: [...(save.log as Action[])], weekHashes: r.weekHashes, turn });
    session.feed = r.feed;
    session.notes = cleanRecord(save.notes, true); // a file's text, shown on screen: no control characters
    session.coachAllowed = save.coach?.allowed ?? true;
    session.coachUses = save.coach?.uses.map((u) => ({ ...u })) ?? [];
    if (save.branch) session.origin = { fromWeek: save.branch.fromWeek, log: [...(save.branch.log as Action[])] };
    return session;
  }

  /**
   * "What if": a new game from the start of `week` of this one — the same world up to
   * then (same week hashes), the same players; people play on from there. Call
   * `runBots()` next, as for a new game.
   */
  branchAt(week: number): Session {
    const prefix = branchLog(this.log, week);
    const r = replayWithFeed(this.sc, this.seed, prefix, (role) => this.isHuman(role));
    if (r.error) throw new Error(`the branch does not replay: ${r.error}`);
    const b = new Session(this.sc, this.contentHash, this.seed, this.mode, this.humanRole, { state: r.state, log: prefix, weekHashes: r.weekHashes, turn: ROLES[0] });
    b.feed = r.feed;
    b.origin = { fromWeek: week, log: [...this.log] };
    b.coachAllowed = this.coachAllowed;
    return b;
  }
}

/**
 * Re-simulate a log from the seed and rebuild the feed it produced on the way: the
 * engine is deterministic, so the lines are the ones the player saw (who acted comes
 * from the log: the roles people hold are "player", the others "bot").
 */
export function replayWithFeed(sc: Scenario, seed: string, log: readonly Action[], human: (role: Role) => boolean): { state: GameState; weekHashes: string[]; feed: FeedItem[]; error: string | null } {
  const state = createGame(sc, seed);
  const weekHashes: string[] = [];
  const feed: FeedItem[] = [];
  for (const a of log) {
    const r = applyActionInPlace(sc, state, a);
    if (!r.ok) return { state, weekHashes, feed, error: r.rejection.code };
    const role = 'role' in a ? a.role : null;
    const by: FeedItem['by'] = a.kind === 'endWeek' ? 'world' : role && human(role) ? 'player' : 'bot';
    for (const e of r.events) feed.push({ week: e.week, role, by, event: e });
    if (feed.length > 2 * FEED_LIMIT) feed.splice(0, feed.length - FEED_LIMIT);
    if (a.kind === 'endWeek') weekHashes.push(stateHash(state));
  }
  if (feed.length > FEED_LIMIT) feed.splice(0, feed.length - FEED_LIMIT);
  return { state, weekHashes, feed, error: null };
}
