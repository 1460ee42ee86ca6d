/**
 * The branches of a decision point (see turning-points.ts): par's choice there, and each
 * version of the decision finished by par (the same dice for both, paired).
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/enums.ts';
import {
  applyActionInPlace, canonicalJson, cloneState, computeKpis, computeScore,
  type Action, type GameEvent, type GameState, type Kpis, type Role,
} from '../engine/index.ts';
import { botDice, firstChoice, turnPlayer, type Bot } from '../bots/index.ts';
import { PAR_STRATEGY } from './scorecard.ts';
import { DELTA_KEYS, type Delta } from './types.ts';

export interface DecisionPoint {
  index: number;
  week: number;
  role: Role;
  /** The action taken there, or null at the end of a turn. */
  original: Action | null;
}


/** Index of the first action of the week that `index` falls in. */
export function weekStartOf(log: readonly Action[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (log[i]!.kind === 'endWeek') return i + 1;
  return 0;
}


export interface Outcome {
  kpis: Kpis;
  score: number;
  /** What happened after the decision (from the decision itself on). */
  events: GameEvent[];
  /** The world at the end, to tell which deal an event's record belongs to. */
  state: GameState;
}

/**
 * Par finishes the game from the middle of `role`'s turn: `role` goes on (or not), the
 * roles after it take their turns, the week ends, and whole par weeks follow. `salt`
 * picks par's dice (none: the game's own).
 */
export function finishWithPar(sc: Scenario, s: GameState, seed: string, role: Role, roleGoesOn: boolean, par: Bot, events: GameEvent[] | null, doneThisTurn: ReadonlySet<string>, salt: string | undefined, until: number | undefined): Outcome {
  // Each role's bot window is built once for the whole continuation (not every turn).
  const turns = Object.fromEntries(ROLES.map((r) => [r, turnPlayer(sc, s, r, botDice(seed, r, PAR_STRATEGY, salt))])) as Record<Role, ReturnType<typeof turnPlayer>>;
  const apply = (a: Action) => {
    const r = applyActionInPlace(sc, s, a, true, events === null);
    if (r.ok && events) for (const e of r.events) events.push(e);
  };
  let first = true;
  while (!s.finished && (until === undefined || s.week < until)) {
    for (const r of ROLES) {
      if (first && ROLES.indexOf(r) < ROLES.indexOf(role)) continue;
      if (first && r === role && !roleGoesOn) continue;
      // Picking up a turn halfway, par must not redo what was already done this turn.
      turns[r](first && r === role ? skipping(par, doneThisTurn) : par, events ?? undefined);
    }
    first = false;
    apply({ kind: 'endWeek' });
  }
  const kpis = computeKpis(sc, s);
  return { kpis, score: computeScore(sc, kpis), events: events ?? [], state: s };
}

/** The bot, minus the proposals in `done` (it is told they were refused and moves on). */
export function skipping(bot: Bot, done: ReadonlySet<string>): Bot {
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

/** Your branch minus par's: positive where your choice did better. A rate not measured counts as 0 here. */
export const delta = (yours: Outcome, pars: Outcome): Delta => ({
  score: yours.score - pars.score,
  bidsWon: yours.kpis.bidsWon - pars.kpis.bidsWon,
  revenue: yours.kpis.revenue - pars.kpis.revenue,
  grossMarginPct: Math.round(((yours.kpis.grossMarginPct ?? 0) - (pars.kpis.grossMarginPct ?? 0)) * 10000) / 10000,
  collected: yours.kpis.collected - pars.kpis.collected,
  collectedPct: Math.round(((yours.kpis.collectedPct ?? 0) - (pars.kpis.collectedPct ?? 0)) * 10000) / 10000,
});
export const unchanged = (d: Delta) => DELTA_KEYS.every((k) => d[k] === 0);

export interface Fork {
  pt: DecisionPoint;
  /** The world just before the decision (kept only while the fork is a candidate). */
  state: GameState;
  doneThisTurn: Set<string>;
  choice: Action;
}

/**
 * Par's choice at a decision point, in the world `s` just before it; null when par would
 * do the same (or nothing at an ended turn). Par restarts its to-do list at every
 * decision point; a bot goes down that list once a turn, so what this role already did
 * this week is not par's next step (qualifying the same lead twice in a week, for one,
 * is not what par would do).
 */
export function forkAt(sc: Scenario, seed: string, log: readonly Action[], pt: DecisionPoint, s: GameState, par: Bot): Fork | null {
  if (s.finished) return null;
  const doneThisTurn = new Set(log.slice(weekStartOf(log, pt.index), pt.index).filter((a) => 'role' in a && a.role === pt.role).map((a) => canonicalJson(a)));
  const choice = firstChoice(sc, s, pt.role, par, botDice(seed, pt.role, PAR_STRATEGY), (a) => doneThisTurn.has(canonicalJson(a)));
  if (!choice || (pt.original && canonicalJson(choice) === canonicalJson(pt.original))) return null;
  return { pt, state: s, doneThisTurn, choice };
}

/**
 * One branch: `decision` (null: end the turn) at the fork, par finishing with dice `salt`
 * (up to the start of `until`). `quiet`: no events kept (the screen needs only the KPIs).
 */
export function branch(sc: Scenario, seed: string, par: Bot, f: Fork, decision: Action | null, salt: string | undefined, until: number | undefined, quiet: boolean): Outcome | null {
  const b = cloneState(f.state);
  const events: GameEvent[] | null = quiet ? null : [];
  if (decision) {
    const r = applyActionInPlace(sc, b, decision, true, quiet);
    if (!r.ok) return null;
    if (events) events.push(...r.events);
  }
  const doneNow = decision ? new Set([...f.doneThisTurn, canonicalJson(decision)]) : f.doneThisTurn;
  return finishWithPar(sc, b, seed, f.pt.role, f.pt.original !== null, par, events, doneNow, salt, until);
}

/** Both branches with the same dice: yours (the decision taken) and par's. */
export function pairAt(sc: Scenario, seed: string, par: Bot, f: Fork, salt: string | undefined, until?: number, quiet = false): { yours: Outcome; pars: Outcome } | null {
  const yours = branch(sc, seed, par, f, f.pt.original, salt, until, quiet);
  const pars = branch(sc, seed, par, f, f.choice, salt, until, quiet);
  return yours && pars ? { yours, pars } : null;
}

/** The dice of the k-th confirming continuation (1-based); the screen uses the game's own. */
export const continuationSalt = (k: number): string => `c${k}`;

