/**
 * Turning points: the decisions that mattered, found by re-simulating the same world
 * with one decision changed — and telling a decision's effect from the butterfly effect
 * of the bots' own later choices.
 *
 * A decision point is
 * - an action a person took (replaced by par's choice at that moment), or
 * - the moment a person ended their turn (par's next action is inserted there: the
 *   credit check nobody ran is a decision too).
 *
 * How the game goes on after the changed decision: the rest of the original log cannot
 * simply be replayed — one extra action shifts the ids of everything created later, so
 * the old actions would point at the wrong deals. Instead both versions of the decision
 * (a branch each) are played out the same way: par (the iron-triangle bots) finishes the
 * game from there (picking up the turn halfway without redoing what was done this turn).
 * The world's luck is keyed by what is being decided (engine/rng.ts), so both branches
 * meet the same luck.
 *
 * The bots' own dice are a stream, though: once the branches differ at all, par rolls
 * differently in each, and one continuation per branch measures that chaos as much as the
 * decision (a tender won in week 18 "because of" a trade show in week 4). So each branch
 * is finished several times (K continuations, default 8) with other bot dice — the
 * world's luck fixed, only par's dice varied (botDice's salt) — and the branches share
 * the same K dice seeds (paired), so what luck of the dice the two have in common
 * cancels. The effect is the mean of the K paired differences with a 95% Student-t
 * interval; a decision is listed only when that interval leaves out zero.
 *
 * Method, to keep the cost bounded (a flagship year played by the whole team has ~220
 * decision points where par would do something else; each continuation is most of a
 * game):
 * 1. Screen: every such decision point is re-simulated once per branch with the game's
 *    own bot dice (what the analysis used to be). A decision that changes nothing there
 *    (every delta zero) stops; the rest are ranked by |Δ score|.
 * 2. Confirm: the first `confirm` of them (default 40) get K fresh paired continuations,
 *    with dice the screen did not use, so their intervals are not biased by having been
 *    picked for a large first result. Halfway (K/2), a decision whose mean is less than
 *    0.8 standard errors from zero stops (FUTILE_T): that can only drop decisions,
 *    never list one.
 * 3. List: those whose 95% interval for Δ score leaves out zero, largest |mean| first;
 *    a decision the player would read as the same (same week and role, and the same
 *    action taken or the same alternative) only once, the strongest.
 * On a flagship year this costs about 3× the screen alone (measured with `npm run
 * cli -- debrief`; see the README). What it can miss: a real effect smaller than the
 * chaos, which the one-continuation screen ranks below 40 others; none is listed on
 * the screen's word alone. About 1 in 20 of the confirmed decisions that truly do not
 * matter can still pass a 95% interval by chance.
 *
 * Sign: every delta is your choice minus par's alternative (positive: your choice did
 * better than par's would have; negative: par's would have done better), everywhere.
 *
 * The explanation is the consequence that carries the delta: among the events that
 * differ between the branches (counted per deal or customer, not by record id, since ids
 * shift), the good news the better branch had or the bad news it avoided, in the same
 * direction in most of the K continuations; of those, the one worth most money, then
 * the most consistent, then the most telling kind. When none is that consistent, no
 * event is named.
 *
 * A game not finished (a debrief opened mid-game) is measured where it stands: both
 * branches are played by par only up to the start of the week the game is in
 * (`untilWeek`), so Δ is the difference by that week, as the scorecard compares there.
 *
 * What this does not see: a pattern. If every week's omission would be made good by par
 * the week after, no single decision point shows a difference — the scorecard and the
 * time split show such a gap instead.
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/enums.ts';
import {
  applyActionInPlace, canonicalJson, cloneState, computeKpis, computeScore, createGame,
  type Action, type GameEvent, type GameState, type Kpis, type Role,
} from '../engine/index.ts';
import { botByName, botDice, firstChoice, turnPlayer, type Bot } from '../bots/index.ts';
import { humanRolesOf, type GameRecord } from './history.ts';
import { consequence, tally, type PairTally } from './consequence.ts';
export { consequence, type PairTally } from './consequence.ts';
import { PAR_STRATEGY } from './scorecard.ts';
import { excludesZero, interval } from './stats.ts';
import { DELTA_KEYS, type Delta, type DeltaEstimate, type TurningPoint, type TurningPointReport } from './types.ts';

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
    if (a.kind === 'inject') continue; // the facilitator's, not a decision of the team's
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
        const b = log[j]!;
        if (!('role' in b)) continue; // a facilitator's inject
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
function finishWithPar(sc: Scenario, s: GameState, seed: string, role: Role, roleGoesOn: boolean, par: Bot, events: GameEvent[] | null, doneThisTurn: ReadonlySet<string>, salt: string | undefined, until: number | undefined): Outcome {
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

/** Your branch minus par's: positive where your choice did better. A rate not measured counts as 0 here. */
const delta = (yours: Outcome, pars: Outcome): Delta => ({
  score: yours.score - pars.score,
  bidsWon: yours.kpis.bidsWon - pars.kpis.bidsWon,
  revenue: yours.kpis.revenue - pars.kpis.revenue,
  grossMarginPct: Math.round(((yours.kpis.grossMarginPct ?? 0) - (pars.kpis.grossMarginPct ?? 0)) * 10000) / 10000,
  collected: yours.kpis.collected - pars.kpis.collected,
  collectedPct: Math.round(((yours.kpis.collectedPct ?? 0) - (pars.kpis.collectedPct ?? 0)) * 10000) / 10000,
});
const ZERO: Delta = { score: 0, bidsWon: 0, revenue: 0, grossMarginPct: 0, collected: 0, collectedPct: 0 };
const unchanged = (d: Delta) => DELTA_KEYS.every((k) => d[k] === 0);

export interface TurningPointOptions {
  /** How many points to list at most (default 5). */
  top?: number;
  /** Continuations per branch for each confirmed decision (K, default 8). */
  continuations?: number;
  /** At most how many screened decisions get the K continuations (default 40). */
  confirm?: number;
  /**
   * Play the branches only up to the start of this week (a game not finished: the week
   * it is in); unset, to the end.
   */
  untilWeek?: number | null;
  /** Called as branches are re-simulated: (done, total), in paired re-simulations. */
  progress?: (done: number, total: number) => void;
}

export const DEFAULT_CONTINUATIONS = 8;
export const DEFAULT_CONFIRM = 40;

/**
 * Halfway through a decision's K continuations, it stops when its mean Δ score is less
 * than this many standard errors from zero (or every Δ so far is zero): it could hardly
 * end with an interval that leaves out zero. Stopping only ever drops decisions, never
 * lists one, so it does not make a listing less sure.
 */
const FUTILE_T = 0.8;
function futile(xs: readonly number[]): boolean {
  const n = xs.length;
  if (n < 2) return false;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  if (sd === 0) return mean === 0;
  return Math.abs(mean) < (FUTILE_T * sd) / Math.sqrt(n);
}

interface Fork {
  pt: DecisionPoint;
  /** The world just before the decision (kept only while the fork is a candidate). */
  state: GameState;
  doneThisTurn: Set<string>;
  choice: Action;
  screened: Delta;
}

/**
 * Par's choice at a decision point, in the world `s` just before it; null when par would
 * do the same (or nothing at an ended turn). Par restarts its to-do list at every
 * decision point; a bot goes down that list once a turn, so what this role already did
 * this week is not par's next step (qualifying the same lead twice in a week, for one,
 * is not what par would do).
 */
function forkAt(sc: Scenario, seed: string, log: readonly Action[], pt: DecisionPoint, s: GameState, par: Bot): Fork | null {
  if (s.finished) return null;
  const doneThisTurn = new Set(log.slice(weekStartOf(log, pt.index), pt.index).filter((a) => 'role' in a && a.role === pt.role).map((a) => canonicalJson(a)));
  const choice = firstChoice(sc, s, pt.role, par, botDice(seed, pt.role, PAR_STRATEGY), (a) => doneThisTurn.has(canonicalJson(a)));
  if (!choice || (pt.original && canonicalJson(choice) === canonicalJson(pt.original))) return null;
  return { pt, state: s, doneThisTurn, choice, screened: ZERO };
}

/**
 * One branch: `decision` (null: end the turn) at the fork, par finishing with dice `salt`
 * (up to the start of `until`). `quiet`: no events kept (the screen needs only the KPIs).
 */
function branch(sc: Scenario, seed: string, par: Bot, f: Fork, decision: Action | null, salt: string | undefined, until: number | undefined, quiet: boolean): Outcome | null {
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
function pairAt(sc: Scenario, seed: string, par: Bot, f: Fork, salt: string | undefined, until?: number, quiet = false): { yours: Outcome; pars: Outcome } | null {
  const yours = branch(sc, seed, par, f, f.pt.original, salt, until, quiet);
  const pars = branch(sc, seed, par, f, f.choice, salt, until, quiet);
  return yours && pars ? { yours, pars } : null;
}

/** The dice of the k-th confirming continuation (1-based); the screen uses the game's own. */
export const continuationSalt = (k: number): string => `c${k}`;

/**
 * The raw material of one decision point's verdict, for inspection and tests: par's
 * choice there and the paired deltas (yours − par's) under the given dice salts
 * (undefined: the game's own dice, as the screen uses). Null when par would do the same.
 */
export function decisionSamples(sc: Scenario, game: GameRecord, point: { index: number; endedTurn?: boolean }, salts: readonly (string | undefined)[]): { choice: Action; deltas: Delta[] } | null {
  const { log, seed } = game;
  const pt = decisionPoints(log, humanRolesOf(game.players)).find((p) => p.index === point.index && (p.original === null) === (point.endedTurn ?? false));
  if (!pt) return null;
  const s = createGame(sc, seed);
  for (let i = 0; i < pt.index; i++) applyActionInPlace(sc, s, log[i]!, true);
  const par = botByName(PAR_STRATEGY)!;
  const f = forkAt(sc, seed, log, pt, s, par);
  if (!f) return null;
  const deltas: Delta[] = [];
  for (const salt of salts) {
    const r = pairAt(sc, seed, par, f, salt, undefined, true);
    if (r) deltas.push(delta(r.yours, r.pars));
  }
  return { choice: f.choice, deltas };
}

/**
 * Re-simulate every decision point with par's choice (the screen), then the most
 * promising again under K bot-dice seeds per branch (paired), and list those whose 95%
 * interval for Δ score leaves out zero, largest |Δ| first. Pure and synchronous: the UI
 * runs it in a worker.
 */
export function turningPoints(sc: Scenario, game: GameRecord, opts: TurningPointOptions = {}): TurningPointReport {
  const { log, seed } = game;
  const K = Math.max(1, Math.floor(opts.continuations ?? DEFAULT_CONTINUATIONS));
  const M = Math.max(0, Math.floor(opts.confirm ?? DEFAULT_CONFIRM));
  const par = botByName(PAR_STRATEGY)!;
  const points = decisionPoints(log, humanRolesOf(game.players));
  let total = points.length + M * K;
  let done = 0;
  const tick = () => opts.progress?.(++done, total);
  opts.progress?.(0, total);
  const until = opts.untilWeek ?? undefined;
  const pair = (f: Fork, salt: string | undefined, quiet = false) => pairAt(sc, seed, par, f, salt, until, quiet);

  // 1. The screen: one pass down the log; at each decision point, one continuation per branch.
  const kept: Fork[] = [];
  const rank = (a: Fork, b: Fork) => Math.abs(b.screened.score) - Math.abs(a.screened.score) || Math.abs(b.screened.revenue) - Math.abs(a.screened.revenue) || a.pt.index - b.pt.index;
  let candidates = 0;
  const s = createGame(sc, seed);
  let applied = 0;
  for (const pt of points) {
    while (applied < pt.index) {
      applyActionInPlace(sc, s, log[applied]!, true, true);
      applied++;
    }
    tick();
    const fork = forkAt(sc, seed, log, pt, s, par);
    if (!fork) continue;
    candidates++;
    // The screen needs only the KPIs: its branches keep no events.
    const r = pair(fork, undefined, true);
    if (!r) continue;
    fork.screened = delta(r.yours, r.pars);
    if (unchanged(fork.screened) || M === 0) continue;
    if (kept.length === M && rank(fork, kept[M - 1]!) >= 0) continue;
    fork.state = cloneState(s);
    kept.push(fork);
    kept.sort(rank);
    if (kept.length > M) kept.pop();
  }
  total = points.length + kept.length * K;
  opts.progress?.(done, total);

  // 2. Confirmation: K fresh paired continuations for each kept fork, in two rounds; a
  // fork that shows nothing after the first half stops there (see FUTILE_T).
  const runs = kept.map((f) => ({ f, deltas: [] as Delta[], pairs: [] as PairTally[] }));
  const more = (run: (typeof runs)[number], from: number, to: number) => {
    for (let k = from; k <= to; k++) {
      const r = pair(run.f, continuationSalt(k));
      tick();
      if (!r) continue;
      run.deltas.push(delta(r.yours, r.pars));
      run.pairs.push({ yours: tally(r.yours.events, r.yours.state), pars: tally(r.pars.events, r.pars.state) });
    }
  };
  const half = K >= 4 ? Math.ceil(K / 2) : K;
  for (const run of runs) more(run, 1, half);
  const going = runs.filter((run) => !futile(run.deltas.map((d) => d.score)));
  total = points.length + runs.length * half + going.length * (K - half);
  for (const run of going) if (half < K) more(run, half + 1, K);
  const found: TurningPoint[] = [];
  for (const { f, deltas, pairs } of going) {
    if (deltas.length === 0) continue;
    const est = Object.fromEntries(DELTA_KEYS.map((key) => [key, interval(deltas.map((d) => d[key]))])) as DeltaEstimate;
    if (!excludesZero(est.score)) continue;
    const { pt } = f;
    found.push({ index: pt.index, week: pt.week, role: pt.role, original: pt.original, replacement: f.choice, delta: est, because: consequence(pairs, Math.sign(est.score.mean)) });
  }
  opts.progress?.(total, total);
  found.sort((a, b) => Math.abs(b.delta.score.mean) - Math.abs(a.delta.score.mean) || a.index - b.index);
  // The same decision as the player reads it is listed once: one point per week, role
  // and what was done, and one per week, role and par's alternative (qualifying lead A
  // or lead B instead of par's visit, one better and one worse, reads as a contradiction).
  // The strongest stays.
  const seen = new Set<string>();
  const listed = found.filter((p) => {
    const keys = [`did|${p.week}|${p.role}|${p.original ? canonicalJson(p.original) : 'end'}`, `alt|${p.week}|${p.role}|${canonicalJson(p.replacement)}`];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
  return { points: listed.slice(0, opts.top ?? 5), decisive: listed.length, candidates, confirmed: kept.length, continuations: K, untilWeek: until ?? null, sign: 'yours-minus-par' };
}
