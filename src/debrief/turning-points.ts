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
import { applyActionInPlace, canonicalJson, cloneState, createGame, type Action, type GameState, type Role } from '../engine/index.ts';
import { botByName, type Bot } from '../bots/index.ts';
import { humanRolesOf, type GameRecord } from './history.ts';
import { consequence, tally, type PairTally } from './consequence.ts';
export { consequence, type PairTally } from './consequence.ts';
import { PAR_STRATEGY } from './scorecard.ts';
import { excludesZero, interval } from './stats.ts';
import { DELTA_KEYS, type Delta, type DeltaEstimate, type TurningPoint, type TurningPointReport } from './types.ts';
import { continuationSalt, delta, forkAt, pairAt, unchanged, type DecisionPoint, type Fork } from './branches.ts';
export { continuationSalt } from './branches.ts';

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

/** The analysis of one game, resolved once: what every part of it (and every thread running parts) shares. */
export interface TurningPointPlan {
  sc: Scenario;
  game: GameRecord;
  K: number;
  M: number;
  until: number | undefined;
  par: Bot;
  points: DecisionPoint[];
}

export function planTurningPoints(sc: Scenario, game: GameRecord, opts: Omit<TurningPointOptions, 'progress'> = {}): TurningPointPlan {
  return {
    sc, game,
    K: Math.max(1, Math.floor(opts.continuations ?? DEFAULT_CONTINUATIONS)),
    M: Math.max(0, Math.floor(opts.confirm ?? DEFAULT_CONFIRM)),
    until: opts.untilWeek ?? undefined,
    par: botByName(PAR_STRATEGY)!,
    points: decisionPoints(game.log, humanRolesOf(game.players)),
  };
}

/** A screened decision point (`at`: its place in `plan.points`): par's choice and the one-continuation Δ (null: a branch was refused). */
export interface Screened { at: number; choice: Action; screened: Delta | null }

/**
 * The game replayed forward to the decision points `next()` hands out, in increasing
 * order (`plan.points.length` or more: no more), calling `at` with the world just before
 * each and par's fork there (null when par would do the same). Each thread of a parallel
 * analysis claims its own points from a shared counter.
 */
function walk(plan: TurningPointPlan, next: () => number, at: (i: number, fork: Fork | null, s: GameState) => void): void {
  const { sc, game: { log, seed }, par, points } = plan;
  const s = createGame(sc, seed);
  let applied = 0;
  for (let i = next(); i < points.length; i = next()) {
    const pt = points[i]!;
    while (applied < pt.index) {
      applyActionInPlace(sc, s, log[applied]!, true, true);
      applied++;
    }
    at(i, forkAt(sc, seed, log, pt, s, par), s);
  }
}

/** 1. The screen of the points `next()` hands out: one continuation per branch, the game's own dice. */
export function screenPoints(plan: TurningPointPlan, next: () => number, tick?: () => void): Screened[] {
  const out: Screened[] = [];
  walk(plan, next, (at, fork) => {
    tick?.();
    if (!fork) return;
    // The screen needs only the KPIs: its branches keep no events.
    const r = pairAt(plan.sc, plan.game.seed, plan.par, fork, undefined, plan.until, true);
    out.push({ at, choice: fork.choice, screened: r ? delta(r.yours, r.pars) : null });
  });
  return out;
}

/** The first M screened decisions that changed anything, largest |Δ score| (then |Δ revenue|, then earliest) first. */
export function selectForConfirmation(plan: TurningPointPlan, screened: readonly Screened[]): Screened[] {
  const { M, points } = plan;
  const rank = (a: Screened, b: Screened) => Math.abs(b.screened!.score) - Math.abs(a.screened!.score) || Math.abs(b.screened!.revenue) - Math.abs(a.screened!.revenue) || points[a.at]!.index - points[b.at]!.index;
  const kept: Screened[] = [];
  for (const f of [...screened].sort((a, b) => a.at - b.at)) {
    if (!f.screened || unchanged(f.screened) || M === 0) continue;
    if (kept.length === M && rank(f, kept[M - 1]!) >= 0) continue;
    kept.push(f);
    kept.sort(rank);
    if (kept.length > M) kept.pop();
  }
  return kept;
}

interface Run { f: Fork; deltas: Delta[]; pairs: PairTally[] }

/** Continuations `from`…`to` (1-based dice salts) of a kept fork, both branches with events. */
function confirmRound(plan: TurningPointPlan, run: Run, from: number, to: number, tick?: () => void): void {
  for (let k = from; k <= to; k++) {
    const r = pairAt(plan.sc, plan.game.seed, plan.par, run.f, continuationSalt(k), plan.until);
    tick?.();
    if (!r) continue;
    run.deltas.push(delta(r.yours, r.pars));
    run.pairs.push({ yours: tally(r.yours.events, r.yours.state), pars: tally(r.pars.events, r.pars.state) });
  }
}

/** The first half of a fork's K continuations (all of them when K < 4). */
const halfOf = (K: number) => (K >= 4 ? Math.ceil(K / 2) : K);

/** A confirmed fork's verdict: a turning point when its 95% interval for Δ score leaves out zero. */
function verdict(run: Run): TurningPoint | null {
  const { f, deltas, pairs } = run;
  if (deltas.length === 0) return null;
  const est = Object.fromEntries(DELTA_KEYS.map((key) => [key, interval(deltas.map((d) => d[key]))])) as DeltaEstimate;
  if (!excludesZero(est.score)) return null;
  const { pt } = f;
  return { index: pt.index, week: pt.week, role: pt.role, original: pt.original, replacement: f.choice, delta: est, because: consequence(pairs, Math.sign(est.score.mean)) };
}

/** The kept forks in the order of the log (the order a forward replay reaches them). */
export const confirmationOrder = (kept: readonly Screened[]): number[] => kept.map((_, k) => k).sort((a, b) => kept[a]!.at - kept[b]!.at);

/**
 * 2. The confirmation, one kept fork at a time: `next()` hands out places in
 * `confirmationOrder(kept)` (increasing). Each fork gets its K continuations in two
 * halves (the second only when the first is not futile) — the same samples as the
 * sequential run's two rounds. Returns each fork's place in `kept` and its verdict.
 */
export function confirmPoints(plan: TurningPointPlan, kept: readonly Screened[], next: () => number): { k: number; point: TurningPoint | null }[] {
  const order = confirmationOrder(kept);
  const out: { k: number; point: TurningPoint | null }[] = [];
  let j = -1;
  walk(plan, () => {
    j = next();
    return j < order.length ? kept[order[j]!]!.at : plan.points.length;
  }, (_, fork) => {
    const run: Run = { f: fork!, deltas: [], pairs: [] };
    const half = halfOf(plan.K);
    confirmRound(plan, run, 1, half);
    const stop = futile(run.deltas.map((d) => d.score));
    if (!stop && half < plan.K) confirmRound(plan, run, half + 1, plan.K);
    out.push({ k: order[j]!, point: stop ? null : verdict(run) });
  });
  return out;
}

/**
 * 3. The listing: the turning points found (in the order of `kept`), largest |Δ| first,
 * the same decision as the player reads it once.
 */
export function listTurningPoints(plan: TurningPointPlan, found: TurningPoint[], candidates: number, confirmed: number, top = 5): TurningPointReport {
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
  return { points: listed.slice(0, top), decisive: listed.length, candidates, confirmed, continuations: plan.K, untilWeek: plan.until ?? null, sign: 'yours-minus-par' };
}

/**
 * Re-simulate every decision point with par's choice (the screen), then the most
 * promising again under K bot-dice seeds per branch (paired), and list those whose 95%
 * interval for Δ score leaves out zero, largest |Δ| first. Pure and synchronous: the UI
 * runs it in a worker; the CLI runs the same parts on two threads (src/cli/debrief-threads.ts).
 */
export function turningPoints(sc: Scenario, game: GameRecord, opts: TurningPointOptions = {}): TurningPointReport {
  const plan = planTurningPoints(sc, game, opts);
  const { K, M, points } = plan;
  let total = points.length + M * K;
  let done = 0;
  const tick = () => opts.progress?.(++done, total);
  opts.progress?.(0, total);

  // 1. The screen: one pass down the log; at each decision point, one continuation per branch.
  let c = 0;
  const screened = screenPoints(plan, () => c++, tick);
  const kept = selectForConfirmation(plan, screened);
  total = points.length + kept.length * K;
  opts.progress?.(done, total);

  // 2. Confirmation: K fresh paired continuations for each kept fork, in two rounds; a
  // fork that shows nothing after the first half stops there (see FUTILE_T).
  const runs: Run[] = new Array(kept.length);
  const order = confirmationOrder(kept);
  let j = 0;
  walk(plan, () => (j < order.length ? kept[order[j++]!]!.at : points.length), (_, fork, s) => {
    runs[order[j - 1]!] = { f: { ...fork!, state: cloneState(s) }, deltas: [], pairs: [] };
  });
  const half = halfOf(K);
  for (const run of runs) confirmRound(plan, run, 1, half, tick);
  const going = runs.filter((run) => !futile(run.deltas.map((d) => d.score)));
  total = points.length + runs.length * half + going.length * (K - half);
  for (const run of going) if (half < K) confirmRound(plan, run, half + 1, K, tick);
  const found = going.map(verdict).filter((p): p is TurningPoint => p !== null);
  opts.progress?.(total, total);
  return listTurningPoints(plan, found, screened.length, kept.length, opts.top);
}
