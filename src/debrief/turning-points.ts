/**
 * Turning points: the decisions that mattered most, found by re-simulating the same
 * world with one decision changed. Because the engine is deterministic, "what if we had
 * done what par would have done here?" has an exact answer.
 *
 * A decision point is
 * - an action a person took (replaced by par's choice at that moment), or
 * - the moment a person ended their turn (par's next action is inserted there: the
 *   credit check nobody ran is a decision too).
 *
 * How the game goes on after the changed decision: the rest of the original log cannot
 * simply be replayed — one extra action shifts the ids of everything created later, so
 * the old actions would point at the wrong deals. Instead both versions of the decision
 * are played out the same way: par (the iron-triangle bots) finishes the game from
 * there (picking up the turn halfway without redoing what was done this turn). The
 * world's luck is keyed by what is being decided (engine/rng.ts), so both branches meet
 * the same luck, and the difference between them is the decision's. The most telling
 * event that differs explains it.
 *
 * What this does not see: a pattern. If every week's omission would be made good by par
 * the week after, no single decision point shows a difference — the scorecard and the
 * time split show such a gap instead.
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/schema.ts';
import {
  applyActionInPlace, canonicalJson, cloneState, computeKpis, computeScore, createGame,
  type Action, type GameEvent, type GameState, type Kpis, type Role,
} from '../engine/index.ts';
import { botByName, botDice, firstChoice, playTurn, type Bot } from '../bots/index.ts';
import { humanRolesOf, type GameRecord } from './history.ts';
import { PAR_STRATEGY } from './scorecard.ts';
import type { Delta, TurningPoint, TurningPointReport } from './types.ts';

interface DecisionPoint {
  index: number;
  week: number;
  role: Role;
  /** The action taken there, or null at the end of a turn. */
  original: Action | null;
}

/** Where people decided: their actions, and the end of each of their turns. */
export function decisionPoints(log: readonly Action[], humanRoles: readonly Role[]): DecisionPoint[] {
  const points: DecisionPoint[] = [];
  let week = 1;
  let weekStart = 0;
  for (let i = 0; i < log.length; i++) {
    const a = log[i]!;
    if (a.kind !== 'endWeek') {
      if (humanRoles.includes(a.role)) points.push({ index: i, week, role: a.role, original: a });
      continue;
    }
    // The week's turns run AR, SR, FR: a role's turn ends after its last action, or —
    // if it did nothing — where the next role's actions (or the week's end) begin.
    for (const role of humanRoles) {
      const rank = ROLES.indexOf(role);
      let at = i;
      for (let j = weekStart; j < i; j++) {
        const b = log[j] as Exclude<Action, { kind: 'endWeek' }>;
        if (b.role === role) at = j + 1;
        else if (ROLES.indexOf(b.role) > rank && at === i) {
          at = j;
          break;
        }
      }
      points.push({ index: at, week, role, original: null });
    }
    week++;
    weekStart = i + 1;
  }
  return points.sort((a, b) => a.index - b.index || (a.original ? 1 : 0) - (b.original ? 1 : 0));
}

/** Index of the first action of the week that `index` falls in. */
function weekStartOf(log: readonly Action[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (log[i]!.kind === 'endWeek') return i + 1;
  return 0;
}

interface Outcome {
  kpis: Kpis;
  score: number;
  events: GameEvent[];
}

/**
 * Par finishes the game from the middle of `role`'s turn: `role` goes on (or not), the
 * roles after it take their turns, the week ends, and whole par weeks follow.
 */
function finishWithPar(sc: Scenario, s: GameState, seed: string, role: Role, roleGoesOn: boolean, par: Bot, events: GameEvent[], doneThisTurn: ReadonlySet<string>): Outcome {
  const dice = Object.fromEntries(ROLES.map((r) => [r, botDice(seed, r, PAR_STRATEGY)])) as Record<Role, ReturnType<typeof botDice>>;
  const apply = (a: Action) => {
    const r = applyActionInPlace(sc, s, a, true);
    if (r.ok) for (const e of r.events) events.push(e);
  };
  let first = true;
  while (!s.finished) {
    for (const r of ROLES) {
      if (first && ROLES.indexOf(r) < ROLES.indexOf(role)) continue;
      if (first && r === role && !roleGoesOn) continue;
      // Picking up a turn halfway, par must not redo what was already done this turn.
      playTurn(sc, s, r, first && r === role ? skipping(par, doneThisTurn) : par, dice[r], events);
    }
    first = false;
    apply({ kind: 'endWeek' });
  }
  const kpis = computeKpis(sc, s);
  return { kpis, score: computeScore(sc, kpis), events };
}

/** The bot, minus the proposals in `done` (it is told they were refused and moves on). */
function skipping(bot: Bot, done: ReadonlySet<string>): Bot {
  return {
    strategy: bot.strategy,
    *turn(t) {
      const g = bot.turn(t);
      let step = g.next();
      while (!step.done) {
        const a = step.value;
        step = done.has(canonicalJson(a)) ? g.next(false) : g.next(yield a);
      }
    },
  };
}

const delta = (cf: Outcome, base: Outcome): Delta => ({
  score: cf.score - base.score,
  bidsWon: cf.kpis.bidsWon - base.kpis.bidsWon,
  revenue: cf.kpis.revenue - base.kpis.revenue,
  grossMarginPct: Math.round(((cf.kpis.grossMarginPct ?? 0) - (base.kpis.grossMarginPct ?? 0)) * 10000) / 10000,
  collected: cf.kpis.collected - base.kpis.collected,
  collectedPct: Math.round(((cf.kpis.collectedPct ?? 0) - (base.kpis.collectedPct ?? 0)) * 10000) / 10000,
});

/** Events that tell a story on their own, most telling first: good news and bad news. */
const GOOD = ['insuranceClaimed', 'bidWon', 'paymentReceived', 'legalJudgement', 'budgetConfirmed', 'painRevealed'];
const BAD = ['customerDefaulted', 'badDebtWrittenOff', 'contractVetoed', 'bidLost', 'noBid', 'deliveredLate', 'slaBreached', 'acceptanceFailed', 'blacklisted'];
const QUIET = new Set(['satisfaction', 'weekEnded', 'gameFinished']);
/** An event without its amounts and dates: which thing happened to whom, not when. */
const identity = (e: GameEvent): string => {
  const { type, ...rest } = e;
  const ids = Object.entries(rest).filter(([, v]) => typeof v === 'string').sort(([a], [b]) => (a < b ? -1 : 1));
  return `${type}:${ids.map(([k, v]) => `${k}=${String(v)}`).join(',')}`;
};

/**
 * The event that best explains a difference of sign `direction` (+1: par's choice would
 * have done better): good news it would have gained or bad news it would have avoided
 * (the reverse when it would have done worse). What happened, not when.
 */
export function firstDifference(base: readonly GameEvent[], cf: readonly GameEvent[], direction = 1): TurningPoint['because'] {
  const count = (xs: readonly GameEvent[]) => {
    const m = new Map<string, number>();
    for (const e of xs) m.set(identity(e), (m.get(identity(e)) ?? 0) + 1);
    return m;
  };
  const b = count(base);
  const c = count(cf);
  const only = (xs: readonly GameEvent[], mine: Map<string, number>, theirs: Map<string, number>) =>
    xs.filter((e) => {
      const k = identity(e);
      return !QUIET.has(e.type) && (mine.get(k) ?? 0) > (theirs.get(k) ?? 0);
    });
  const gained = only(cf, c, b);
  const avoided = only(base, b, c);
  const [gain, avoid] = direction >= 0 ? [GOOD, BAD] : [BAD, GOOD];
  for (let rank = 0; rank < Math.max(gain.length, avoid.length); rank++) {
    const a = avoided.find((e) => e.type === avoid[rank]);
    if (a) return { kind: 'avoided', event: a };
    const g = gained.find((e) => e.type === gain[rank]);
    if (g) return { kind: 'gained', event: g };
  }
  if (avoided[0]) return { kind: 'avoided', event: avoided[0] };
  if (gained[0]) return { kind: 'gained', event: gained[0] };
  return null;
}

export interface TurningPointOptions {
  top?: number;
  /** Called as decision points are re-simulated: (done, total). */
  progress?: (done: number, total: number) => void;
}

/**
 * Re-simulate every decision point with par's choice and rank them by how much the
 * score would have changed. Pure and synchronous: the UI runs it in a worker.
 */
export function turningPoints(sc: Scenario, game: GameRecord, opts: TurningPointOptions = {}): TurningPointReport {
  const { log, seed } = game;
  const par = botByName(PAR_STRATEGY)!;
  const points = decisionPoints(log, humanRolesOf(game.players));
  const found: TurningPoint[] = [];
  let candidates = 0;
  // One pass down the log; at each decision point, branch off two copies of the world.
  const s = createGame(sc, seed);
  const prefixEvents: GameEvent[] = [];
  let applied = 0;
  for (let p = 0; p < points.length; p++) {
    const pt = points[p]!;
    while (applied < pt.index) {
      const r = applyActionInPlace(sc, s, log[applied]!, true);
      if (r.ok) for (const e of r.events) prefixEvents.push(e);
      applied++;
    }
    opts.progress?.(p, points.length);
    if (s.finished) continue;
    // Par restarts its to-do list at every decision point; a bot goes down that list once
    // a turn, so what this role already did this week is not par's next step (qualifying
    // the same lead twice in a week, for one, is not what par would do).
    const doneThisTurn = new Set(log.slice(weekStartOf(log, pt.index), pt.index).filter((a) => a.kind !== 'endWeek' && a.role === pt.role).map((a) => canonicalJson(a)));
    const choice = firstChoice(sc, s, pt.role, par, botDice(seed, pt.role, PAR_STRATEGY), (a) => doneThisTurn.has(canonicalJson(a)));
    if (!choice || (pt.original && canonicalJson(choice) === canonicalJson(pt.original))) continue;
    candidates++;
    const branch = (decision: Action | null): Outcome | null => {
      const b = cloneState(s);
      const events = [...prefixEvents];
      if (decision) {
        const r = applyActionInPlace(sc, b, decision, true);
        if (!r.ok) return null;
        events.push(...r.events);
      }
      return finishWithPar(sc, b, seed, pt.role, pt.original !== null, par, events, decision ? new Set([...doneThisTurn, canonicalJson(decision)]) : doneThisTurn);
    };
    const actual = branch(pt.original);
    const instead = branch(choice);
    if (!actual || !instead) continue;
    const d = delta(instead, actual);
    if (d.score === 0 && d.revenue === 0 && d.collected === 0 && d.bidsWon === 0) continue;
    found.push({ index: pt.index, week: pt.week, role: pt.role, original: pt.original, replacement: choice, delta: d, because: firstDifference(actual.events, instead.events, Math.sign(d.score) || Math.sign(d.collected)) });
  }
  opts.progress?.(points.length, points.length);
  found.sort((a, b) => Math.abs(b.delta.score) - Math.abs(a.delta.score) || Math.abs(b.delta.revenue) - Math.abs(a.delta.revenue) || a.index - b.index);
  return { points: found.slice(0, opts.top ?? 5), candidates };
}
