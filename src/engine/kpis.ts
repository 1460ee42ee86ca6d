/**
 * The KPIs, computed exactly as PRODUCT.md defines them, from the integer accumulators
 * in `state.stats`. Rates are fractions 0–1; money is integer yuan.
 *
 * - winRate = bids won ÷ bids decided (a late bid counts as decided and lost)
 * - grossMarginPct = (revenue − product cost − delivery cost − service cost − penalties) ÷ revenue;
 *   revenue and product cost are recognised when an order is installed
 * - collectedPct = cash collected ÷ amount invoiced
 * - collectionCycleDays = amount-weighted mean days from contract signature (the order) to each customer payment
 * - dsoDays = open receivables ÷ amount invoiced × days elapsed
 * - badDebt = amounts written off, lost in court or not covered by insurance
 * - csat = mean satisfaction (0–100) over customers we have contracted with (all customers if none)
 * - complaintRate = complaints ÷ orders delivered
 * - docCycleDays = mean days a document (bid, contract, order) waits for approval
 */
import type { Scenario } from '../scenario/schema.ts';
import type { GameState } from './state.ts';

export interface Kpis {
  winRate: number;
  bidsWon: number;
  bidsDecided: number;
  revenue: number;
  grossMarginPct: number;
  invoiced: number;
  collected: number;
  collectedPct: number;
  collectionCycleDays: number;
  dsoDays: number;
  badDebt: number;
  csat: number;
  complaintRate: number;
  docCycleDays: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
/** Four decimals: enough for any report, and the same text in every engine. */
const r4 = (x: number): number => Math.round(x * 10000) / 10000;

export function computeKpis(sc: Scenario, s: GameState): Kpis {
  const st = s.stats;
  const costs = st.productCost + st.deliveryCost + st.serviceCost + st.penalties;
  let open = 0;
  for (const i of Object.values(s.invoices)) if (i.status === 'open' || i.status === 'legal') open += i.amount;
  const daysElapsed = Math.max(1, (Math.min(s.week, sc.weeks + 1) - 1) * 7);
  const contracted = new Set(Object.values(s.contracts).filter((k) => k.status !== 'vetoed' && k.status !== 'approving').map((k) => k.customer));
  const csatPool = contracted.size ? [...contracted] : Object.keys(s.customers);
  const csat = csatPool.reduce((sum, id) => sum + s.customers[id]!.satisfaction, 0) / csatPool.length;
  return {
    winRate: r4(ratio(st.bidsWon, st.bidsDecided)),
    bidsWon: st.bidsWon,
    bidsDecided: st.bidsDecided,
    revenue: st.revenue,
    grossMarginPct: r4(ratio(st.revenue - costs, st.revenue)),
    invoiced: st.invoiced,
    collected: st.collected,
    collectedPct: r4(ratio(st.collected, st.invoiced)),
    collectionCycleDays: r4(ratio(st.cashDaysWeighted, st.cashDaysAmount)),
    dsoDays: r4(ratio(open * daysElapsed, st.invoiced)),
    badDebt: st.badDebt,
    csat: r4(csat),
    complaintRate: r4(ratio(st.complaints, st.ordersDelivered)),
    docCycleDays: r4(ratio(st.docHalfDays, st.docs * 2)),
  };
}

/**
 * The scenario's composite score: each family as a share of its target (capped at
 * 150%), weighted by the scenario's weights; 1000 means every target exactly met.
 */
export function computeScore(sc: Scenario, k: Kpis): number {
  const t = sc.score.targets;
  const w = sc.score.weights;
  const cap = (x: number) => Math.max(0, Math.min(1.5, x));
  const parts = {
    winRate: cap(ratio(k.winRate * 10000, t.winRateBp)),
    revenue: cap(ratio(k.revenue, t.revenue)),
    grossMargin: cap(ratio(k.grossMarginPct * 10000, t.grossMarginBp)),
    collection: k.collectionCycleDays > 0 ? cap(k.collectedPct * ratio(t.collectionCycleDays, k.collectionCycleDays)) : 0,
    satisfaction: cap(ratio(k.csat, t.csat)),
    process: k.docCycleDays > 0 ? cap(ratio(t.docCycleHalfDays, k.docCycleDays * 2)) : 0,
  };
  return Math.round(
    (w.winRate * parts.winRate + w.revenue * parts.revenue + w.grossMargin * parts.grossMargin + w.collection * parts.collection + w.satisfaction * parts.satisfaction + w.process * parts.process) * 10,
  );
}
