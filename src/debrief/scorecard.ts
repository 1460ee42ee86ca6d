/**
 * The scorecard: every KPI of this game against the scenario's targets, against par
 * (iron-triangle bots on the same seed) and against the siloed bots on the same seed —
 * the same world, so the difference is the team's play, not its luck. A game not yet
 * finished is compared with par and siloed played to the same week (`comparisonWeek`),
 * never with their whole year.
 */
import type { Scenario } from '../scenario/schema.ts';
import { computeKpis, computeScore, type Kpis } from '../engine/index.ts';
import { botsFor, playGame } from '../bots/index.ts';
import type { Funnel, Scorecard, ScorecardRow, ScoreKey } from './types.ts';
import { funnelOf } from './history.ts';

export const PAR_STRATEGY = 'iron-triangle';
export const SILOED_STRATEGY = 'siloed';

/** The rows, in the order a trainer reads them: LTC first, then service and process. */
const ROWS: { key: ScoreKey; higherIsBetter: boolean; target: (sc: Scenario) => number | null }[] = [
  { key: 'score', higherIsBetter: true, target: () => 1000 },
  { key: 'winRate', higherIsBetter: true, target: (sc) => sc.score.targets.winRateBp / 10000 },
  { key: 'revenue', higherIsBetter: true, target: (sc) => sc.score.targets.revenue },
  { key: 'grossMarginPct', higherIsBetter: true, target: (sc) => sc.score.targets.grossMarginBp / 10000 },
  { key: 'collectedPct', higherIsBetter: true, target: () => null },
  { key: 'collectionCycleDays', higherIsBetter: false, target: (sc) => sc.score.targets.collectionCycleDays },
  { key: 'dsoDays', higherIsBetter: false, target: () => null },
  { key: 'badDebt', higherIsBetter: false, target: () => null },
  { key: 'csat', higherIsBetter: true, target: (sc) => sc.score.targets.csat },
  { key: 'complaintRate', higherIsBetter: false, target: () => null },
  { key: 'docCycleDays', higherIsBetter: false, target: (sc) => sc.score.targets.docCycleHalfDays / 2 },
];

export interface Benchmark {
  kpis: Kpis;
  score: number;
  funnel: Funnel;
}
export interface Benchmarks {
  par: Benchmark;
  siloed: Benchmark;
  /** The week they were stopped at (played to its start), or null: the whole scenario. */
  atWeek: number | null;
}

/**
 * The week a game is compared at: null when it is finished (the whole year), else the
 * week it is in — par and siloed are then played to the start of that week, the same
 * number of weeks ended as the game.
 */
export function comparisonWeek(h: { finished: boolean; week: number }): number | null {
  return h.finished ? null : h.week;
}

/** Par and siloed bots play the scenario on this seed: the whole of it, or up to the start of `atWeek`. */
export function benchmarks(sc: Scenario, seed: string, atWeek: number | null = null): Benchmarks {
  const run = (strategy: string) => {
    const { state } = playGame(sc, seed, botsFor(strategy)!, undefined, undefined, atWeek ?? undefined);
    const kpis = computeKpis(sc, state);
    return { kpis, score: computeScore(sc, kpis), funnel: funnelOf(state) };
  };
  return { par: run(PAR_STRATEGY), siloed: run(SILOED_STRATEGY), atWeek };
}

/**
 * A cycle time or a rate of nothing is not a good result: with no cash collected there
 * is no collection cycle, with nothing won no document cycle or complaint rate.
 */
function measured(k: Kpis, key: ScoreKey): boolean {
  if (key === 'collectionCycleDays') return k.collected > 0;
  if (key === 'dsoDays') return k.invoiced > 0;
  if (key === 'docCycleDays' || key === 'complaintRate' || key === 'grossMarginPct') return k.bidsWon > 0;
  return true;
}

export function scorecard(sc: Scenario, you: { kpis: Kpis; score: number }, bench: Benchmarks): Scorecard {
  const pick = (x: { kpis: Kpis; score: number }, key: ScoreKey) => (key === 'score' ? x.score : measured(x.kpis, key) ? x.kpis[key] : null);
  const rows: ScorecardRow[] = ROWS.map((r) => ({
    key: r.key,
    you: pick(you, r.key),
    target: r.target(sc),
    par: pick(bench.par, r.key),
    siloed: pick(bench.siloed, r.key),
    higherIsBetter: r.higherIsBetter,
  }));
  return { rows, atWeek: bench.atWeek, weeks: sc.weeks };
}

/** Is `a` better than `b` on this row? (Equal is not better; something beats nothing.) */
export function better(row: Pick<ScorecardRow, 'higherIsBetter'>, a: number | null, b: number | null): boolean {
  if (a === null) return false;
  if (b === null) return true;
  return row.higherIsBetter ? a > b : a < b;
}
