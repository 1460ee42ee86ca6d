/**
 * The KPIs, computed exactly as PRODUCT.md defines them, from the integer accumulators
 * in `state.stats`. Rates are fractions 0–1; money is integer yuan. A rate with nothing
 * to measure is `null` ("not measured"), never 0 or 100%: a team that delivered nothing
 * has no complaint rate, not a perfect one.
 *
 * - winRate = bids won ÷ bids decided (a late or non-compliant bid counts as decided and lost)
 * - grossMarginPct = (revenue − product cost − delivery cost − service cost − penalties) ÷ revenue;
 *   revenue and product cost are recognised when an order is installed
 * - collectedPct = cash collected ÷ amount invoiced
 * - collectionCycleDays = amount-weighted mean days from contract signature (the order) to each customer payment
 * - dsoDays = open receivables ÷ amount invoiced × days elapsed
 * - badDebt = amounts written off, lost in court or not covered by insurance, plus what a
 *   customer that has stopped paying still owes (the provision any finance team books)
 * - csat = mean satisfaction (0–100) over customers we have contracted with
 * - complaintRate = complaints ÷ orders delivered
 * - docCycleDays = mean days a document (bid, contract, order) waits for approval
 */
import type { Scenario } from '../scenario/schema.ts';
import type { GameState } from './state.ts';

export interface Kpis {
  winRate: number | null;
  bidsWon: number;
  bidsDecided: number;
  revenue: number;
  grossMarginPct: number | null;
  invoiced: number;
  collected: number;
  collectedPct: number | null;
  collectionCycleDays: number | null;
  dsoDays: number | null;
  badDebt: number;
  csat: number | null;
  complaintRate: number | null;
  docCycleDays: number | null;
}

/** The rates that can be "not measured". */
export const RATE_KPIS = ['winRate', 'grossMarginPct', 'collectedPct', 'collectionCycleDays', 'dsoDays', 'csat', 'complaintRate', 'docCycleDays'] as const;

/** Four decimals: enough for any report, and the same text in every engine. */
const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const rate = (a: number, b: number): number | null => (b === 0 ? null : r4(a / b));

/**
 * An advance the customer never paid, on an order still waiting for it: nothing was
 * shipped, so nothing is lost but the deal — it is no bad debt.
 */
function advanceForUndeliveredGoods(s: GameState, i: GameState['invoices'][string]): boolean {
  if (i.milestone !== 'advance') return false;
  for (const o of Object.values(s.orders)) if (o.contract === i.contract) return o.status === 'approving' || o.status === 'awaitingAdvance';
  return true;
}

export function computeKpis(sc: Scenario, s: GameState): Kpis {
  const st = s.stats;
  const costs = st.productCost + st.deliveryCost + st.serviceCost + st.penalties;
  let open = 0;
  let doubtful = 0;
  for (const i of Object.values(s.invoices)) {
    if (i.status !== 'open' && i.status !== 'legal') continue;
    open += i.amount;
    if (s.customers[i.customer]!.defaulted && !advanceForUndeliveredGoods(s, i)) doubtful += i.amount;
  }
  const daysElapsed = Math.max(1, (Math.min(s.week, sc.weeks + 1) - 1) * 7);
  const contracted = new Set<string>();
  for (const k of Object.values(s.contracts)) if (k.status === 'active' || k.status === 'closed') contracted.add(k.customer);
  let csatSum = 0;
  for (const id of contracted) csatSum += s.customers[id]!.satisfaction;
  return {
    winRate: rate(st.bidsWon, st.bidsDecided),
    bidsWon: st.bidsWon,
    bidsDecided: st.bidsDecided,
    revenue: st.revenue,
    grossMarginPct: rate(st.revenue - costs, st.revenue),
    invoiced: st.invoiced,
    collected: st.collected,
    collectedPct: rate(st.collected, st.invoiced),
    collectionCycleDays: rate(st.cashDaysWeighted, st.cashDaysAmount),
    dsoDays: st.invoiced === 0 ? null : r4((open * daysElapsed) / st.invoiced),
    badDebt: st.badDebt + doubtful,
    csat: rate(csatSum, contracted.size),
    complaintRate: rate(st.complaints, st.ordersDelivered),
    docCycleDays: rate(st.docHalfDays, st.docs * 2),
  };
}

export const SCORE_PARTS = ['winRate', 'revenue', 'grossMargin', 'collection', 'satisfaction', 'process', 'complaints', 'badDebt'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export interface ScoreBreakdown {
  /** 0–1500 in principle; 1000 means every target exactly met. */
  score: number;
  /** How much of the rates counts: 1 once revenue reaches a quarter of the target, less below it. */
  volume: number;
  /** Each part's achievement (0–1.5, already scaled by `volume`), or null when nothing was measured. */
  parts: Record<ScorePart, number | null>;
  /** Each part's points (weight × achievement × 10), 0 when not measured. */
  points: Record<ScorePart, number>;
}

/**
 * Below a quarter of the scenario's revenue target the rates are measured on too little
 * business to count fully (a quarter, not more: a normal year's ups and downs should not
 * swing every rate part with revenue, only a year with next to no business).
 */
export const VOLUME_SHARE_OF_TARGET = 4;

/**
 * The scenario's composite score, "how the score is made":
 *
 * - every part is an achievement against the scenario's target, capped at 150%;
 * - a part with nothing measured (no bid decided, nothing delivered, nothing collected…)
 *   scores 0, never a perfect value;
 * - the rate parts (win rate, margin, collection, satisfaction, process, complaints, bad
 *   debt) count in proportion to the business they were measured on, fully once revenue
 *   reaches a quarter of the target: a 100% win rate on one cherry-picked deal is not a result;
 * - score = Σ weight × achievement × 10, so 1000 means every target exactly met.
 *
 * Achievements: win rate ÷ target; revenue net of bad debt ÷ target; gross margin ÷ target; collection =
 * share collected × (target cycle ÷ actual order→cash days); satisfaction ÷ target;
 * process = target ÷ actual approval time; complaints and bad debt = 2 − actual ÷ target
 * (at the target → 100%, none at all → 150%, twice the target → 0).
 */
export function scoreBreakdown(sc: Scenario, k: Kpis): ScoreBreakdown {
  const t = sc.score.targets;
  const w = sc.score.weights;
  const cap = (x: number) => Math.max(0, Math.min(1.5, x));
  // A sale the customer will never pay for is not a sale: revenue counts net of bad debt.
  const sold = Math.max(0, k.revenue - k.badDebt);
  const volume = Math.min(1, (sold * VOLUME_SHARE_OF_TARGET) / t.revenue);
  const scaled = (x: number | null): number | null => (x === null ? null : cap(x) * volume);
  const parts: Record<ScorePart, number | null> = {
    winRate: scaled(k.winRate === null ? null : (k.winRate * 10000) / t.winRateBp),
    revenue: cap(sold / t.revenue),
    grossMargin: scaled(k.grossMarginPct === null ? null : (k.grossMarginPct * 10000) / t.grossMarginBp),
    collection: scaled(k.collectionCycleDays === null || k.collectedPct === null ? null : (k.collectedPct * t.collectionCycleDays) / Math.max(1, k.collectionCycleDays)),
    satisfaction: scaled(k.csat === null ? null : k.csat / t.csat),
    process: scaled(k.docCycleDays === null ? null : t.docCycleHalfDays / Math.max(0.5, k.docCycleDays * 2)),
    complaints: scaled(k.complaintRate === null ? null : 2 - (k.complaintRate * 10000) / t.complaintRateBp),
    badDebt: scaled(k.invoiced === 0 ? null : 2 - (k.badDebt * 10000) / k.invoiced / t.badDebtBp),
  };
  const points = {} as Record<ScorePart, number>;
  let total = 0;
  for (const p of SCORE_PARTS) {
    points[p] = (parts[p] ?? 0) * w[p] * 10;
    total += points[p];
  }
  return { score: Math.round(total), volume, parts, points };
}

export function computeScore(sc: Scenario, k: Kpis): number {
  return scoreBreakdown(sc, k).score;
}
