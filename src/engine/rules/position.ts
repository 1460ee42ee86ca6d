/**
 * How the customer weighs us against the competition when the bid deadline comes.
 *
 * "80% of the result is decided before the bid": our position is built from what the
 * team did beforehand — relationships across the decision chain weighted by influence,
 * needs discovered, a solution designed around them, a price within the budget and
 * against the competitors, and a delivery promise the customer believes. Every term is
 * an integer 0–100 and the odds are a ratio of squares, so no transcendental math.
 */
import type { CheckCtx } from './types.ts';
import type { Opportunity } from '../state.ts';
import { bpOf, clamp } from '../context.ts';

export const WEIGHTS = { relationship: 30, needs: 15, fit: 20, price: 20, delivery: 15 } as const;
/** With no named competitor the customer still weighs us against doing nothing. */
export const STATUS_QUO_SCORE = 30;
/** An aggressive competitor cuts this much more off its price in the deadline week. */
export const AGGRESSIVE_CUT_BP = 500;

export interface Position {
  relationship: number;
  needs: number;
  fit: number;
  price: number;
  delivery: number;
  overBudget: boolean;
  ours: number;
  competitors: { id: string; score: number; price: number }[];
  winChanceBp: number;
}

/** Relationship coverage: each present stakeholder's support (−100…100) weighted by influence. */
export function relationshipScore(c: CheckCtx, customer: string): number {
  const cust = c.ix.customer.get(customer)!;
  const live = c.s.customers[customer]!;
  let num = 0;
  let den = 0;
  for (const st of cust.stakeholders) {
    const ss = live.stakeholders[st.id]!;
    if (!ss.present) continue;
    num += st.influence * (ss.support + 100);
    den += st.influence * 2;
  }
  return den === 0 ? 0 : Math.floor(num / den);
}

/** Share (0–100) of the customer's pains for this product line that we have uncovered. */
export function needsScore(c: CheckCtx, customer: string, product: string): number {
  const pains = c.ix.customer.get(customer)!.pains.filter((p) => p.product === product);
  if (pains.length === 0) return 50;
  const known = c.s.customers[customer]!.painsRevealed;
  const found = pains.filter((p) => known.includes(p.id)).length;
  return Math.floor((found * 100) / pains.length);
}

export function budgetOf(c: CheckCtx, opp: Opportunity): number {
  const lead = c.s.leads[opp.lead]!;
  return bpOf(lead.budget, 10000 - (c.s.budgetCutBp[lead.template] ?? 0));
}

export function competitorPrice(c: CheckCtx, opp: Opportunity, competitor: string, deadline: boolean): number {
  const list = c.ix.product.get(opp.product)!.listPrice * opp.quantity;
  let idx = c.s.competitorPriceBp[competitor]!;
  if (deadline && c.ix.competitor.get(competitor)!.aggressive) idx -= AGGRESSIVE_CUT_BP;
  return bpOf(list, idx);
}

export function position(c: CheckCtx, opp: Opportunity, price: number): Position {
  const live = c.s.customers[opp.customer]!;
  const relationship = relationshipScore(c, opp.customer);
  const needs = needsScore(c, opp.customer, opp.product);
  const fit = opp.solutionFit;
  const competitors = opp.competitors.map((id) => ({
    id,
    price: competitorPrice(c, opp, id, true),
    score: c.ix.competitor.get(id)!.strength,
  }));
  const cheapest = competitors.reduce((m, x) => Math.min(m, x.price), Number.MAX_SAFE_INTEGER);
  const reference = competitors.length ? cheapest : c.ix.product.get(opp.product)!.listPrice * opp.quantity;
  const overBudget = price > budgetOf(c, opp);
  const priceScore = overBudget ? 0 : clamp(50 + Math.trunc(((reference - price) * 300) / Math.max(1, reference)), 0, 100);
  // Delivery credibility: FR's committed plan, minus the customer's memory of late deliveries.
  const delivery = clamp(
    (opp.feasibilityWeek !== null ? 80 : 40) - 10 * live.lateDeliveries + Math.trunc((live.satisfaction - 50) / 5),
    0,
    100,
  );
  let ours = Math.floor(
    (relationship * WEIGHTS.relationship + needs * WEIGHTS.needs + fit * WEIGHTS.fit + priceScore * WEIGHTS.price + delivery * WEIGHTS.delivery) / 100,
  );
  // A price the customer cannot pay is rarely accepted, however good the rest is.
  if (overBudget) ours = Math.floor(ours / 3);
  ours = Math.max(1, ours);
  const rivals = competitors.length ? competitors.map((x) => x.score * x.score).reduce((a, b) => a + b, 0) : STATUS_QUO_SCORE * STATUS_QUO_SCORE;
  const winChanceBp = Math.floor((ours * ours * 10000) / (ours * ours + rivals));
  return { relationship, needs, fit, price: priceScore, delivery, overBudget, ours, competitors, winChanceBp };
}
