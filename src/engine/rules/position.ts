/**
 * How the customer weighs us against the competition when the bid deadline comes.
 *
 * "80% of the result is decided before the bid": our position is built from what the
 * team did beforehand — relationships across the decision chain weighted by influence,
 * needs discovered, a solution designed around them, a price within the budget and
 * against the competitors, and a delivery promise the customer believes. Every term is
 * an integer 0–100 and the odds are a ratio of integers, so no transcendental math.
 */
import type { CheckCtx } from './types.ts';
import type { Customer } from '../../scenario/schema.ts';
import type { Opportunity, Terms } from '../state.ts';
import { bpOf, clamp } from '../context.ts';

/** The company's standard terms, used when AR set none. */
export const DEFAULT_TERMS: Terms = { advanceBp: 0, deliveryBp: 7000, acceptanceBp: 3000, retentionBp: 0, netDays: 30 };

export const WEIGHTS = { relationship: 30, needs: 10, fit: 20, price: 15, delivery: 15, terms: 10 } as const;
/** With no named competitor the customer still weighs us against doing nothing. */
export const STATUS_QUO_SCORE = 30;
/** Attractiveness every qualified bidder has just for being in the race. */
export const BIDDER_BASELINE = 10;
/** How much the customer believes our delivery date, with and without FR's plan behind it. */
export const DELIVERY_CREDIBILITY = { withFr: 70, withoutFr: 45 } as const;
/**
 * The Sudan lesson, as the customer feels it: a delivery manager it has met in person makes
 * the delivery date believable, and a solution SR has presented to its people is trusted
 * more than the same design on paper.
 */
export const MET_FR_DELIVERY = 15;
export const MET_SR_FIT = 10;
/** A delivery plan FR drew up after walking the customer's site is believed more than one drawn up from the office. */
export const SITE_SURVEY_DELIVERY = 10;
/** An aggressive competitor cuts this much more off its price in the deadline week. */
export const AGGRESSIVE_CUT_BP = 500;

export interface Position {
  terms: number;
  relationship: number;
  needs: number;
  fit: number;
  price: number;
  delivery: number;
  overBudget: boolean;
  /** False when our terms break the buyer's tender rules: the bid is disqualified. */
  compliant: boolean;
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

/** The payment-terms menu: the only terms a team can offer (a contract form, not a free text). */
export const TERMS_PRESETS: Record<'prepaid' | 'advance' | 'standard' | 'loose', Terms> = {
  prepaid: { advanceBp: 10000, deliveryBp: 0, acceptanceBp: 0, retentionBp: 0, netDays: 0 },
  advance: { advanceBp: 3000, deliveryBp: 6000, acceptanceBp: 1000, retentionBp: 0, netDays: 30 },
  standard: DEFAULT_TERMS,
  loose: { advanceBp: 0, deliveryBp: 5000, acceptanceBp: 4000, retentionBp: 1000, netDays: 45 },
};

/** The buyer's norm, from its tender: the most advance it accepts, and the net days everyone else offers. */
export type TermsNorm = Customer['terms'];

/** A bid asking more advance than the buyer's tender allows is non-compliant: it cannot win. */
export const termsCompliant = (t: Terms, norm: TermsNorm): boolean => t.advanceBp <= norm.maxAdvanceBp;

/**
 * How much the customer likes our payment terms (0–100) against its norm, which is also
 * what the competitors offer (50). Longer net days and money held back until acceptance
 * please it; every point of advance it must pay up front counts against us. Loose terms
 * win deals — and lose cash later (cash.ts); an advance the buyer allows still costs
 * position, so asking for cash up front is a trade, not a free lunch.
 */
export function termsScore(t: Terms, norm: TermsNorm): number {
  const netDays = clamp(Math.trunc((t.netDays - norm.netDays) / 2), -30, 30);
  return clamp(50 + netDays - Math.floor(t.advanceBp / 200) + Math.floor(t.retentionBp / 250), 0, 100);
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

/**
 * Everything the customer's decision depends on, already gathered: `position` fills it
 * from the truth, the bid estimate (estimate.ts) from what the team knows, and both score
 * it with `scorePosition`, so the estimate can never drift from the rule.
 */
export interface PositionInputs {
  relationship: number;
  needs: number;
  fit: number;
  /** What we ask. */
  price: number;
  /** Our list price for the quantity: the reference when no competitor is in the race. */
  list: number;
  /** Null: not used (the estimate when the budget is unknown). */
  budget: number | null;
  competitors: { id: string; score: number; price: number }[];
  feasibility: boolean;
  siteSurveyed: boolean;
  frVisits: number;
  lateDeliveries: number;
  satisfaction: number;
  terms: Terms;
  norm: TermsNorm;
}

export function scorePosition(i: PositionInputs): Position {
  const { relationship, needs, fit, price, competitors } = i;
  const cheapest = competitors.reduce((m, x) => Math.min(m, x.price), Number.MAX_SAFE_INTEGER);
  const reference = competitors.length ? cheapest : i.list;
  const overBudget = i.budget !== null && price > i.budget;
  const priceScore = overBudget ? 0 : clamp(50 + Math.trunc(((reference - price) * 300) / Math.max(1, reference)), 0, 100);
  // Delivery credibility: FR's committed plan, minus the customer's memory of late deliveries.
  const delivery = clamp(
    (i.feasibility ? DELIVERY_CREDIBILITY.withFr : DELIVERY_CREDIBILITY.withoutFr) +
      (i.frVisits > 0 ? MET_FR_DELIVERY : 0) +
      (i.siteSurveyed ? SITE_SURVEY_DELIVERY : 0) -
      10 * i.lateDeliveries +
      Math.trunc((i.satisfaction - 50) / 5),
    0,
    100,
  );
  const compliant = termsCompliant(i.terms, i.norm);
  const terms = termsScore(i.terms, i.norm);
  let ours = Math.floor(
    (relationship * WEIGHTS.relationship + needs * WEIGHTS.needs + fit * WEIGHTS.fit + priceScore * WEIGHTS.price + delivery * WEIGHTS.delivery + terms * WEIGHTS.terms) / 100,
  );
  // A price the customer cannot pay is rarely accepted, however good the rest is.
  if (overBudget) ours = Math.floor(ours / 3);
  ours = Math.max(1, ours);
  // Luce choice: each bidder's chance is its attractiveness over the sum of all bidders'.
  // Every qualified bidder could do the job, so each starts from the same baseline.
  const field = competitors.length ? competitors.map((x) => x.score + BIDDER_BASELINE).reduce((a, b) => a + b, 0) : STATUS_QUO_SCORE;
  const winChanceBp = compliant ? Math.floor(((ours + BIDDER_BASELINE) * 10000) / (ours + BIDDER_BASELINE + field)) : 0;
  return { relationship, needs, fit, price: priceScore, delivery, terms, overBudget, compliant, ours, competitors, winChanceBp };
}

export function position(c: CheckCtx, opp: Opportunity, price: number): Position {
  const live = c.s.customers[opp.customer]!;
  return scorePosition({
    relationship: relationshipScore(c, opp.customer),
    needs: needsScore(c, opp.customer, opp.product),
    fit: Math.min(100, opp.solutionFit + (opp.srVisits > 0 ? MET_SR_FIT : 0)),
    price,
    list: c.ix.product.get(opp.product)!.listPrice * opp.quantity,
    budget: budgetOf(c, opp),
    competitors: opp.competitors.map((id) => ({
      id,
      price: competitorPrice(c, opp, id, true),
      score: c.ix.competitor.get(id)!.strength,
    })),
    feasibility: opp.feasibilityWeek !== null,
    siteSurveyed: opp.siteSurveyed,
    frVisits: opp.frVisits,
    lateDeliveries: live.lateDeliveries,
    satisfaction: live.satisfaction,
    terms: opp.terms ?? DEFAULT_TERMS,
    norm: c.ix.customer.get(opp.customer)!.terms,
  });
}

/** Why a bid lost, in the terms the team can see, most decisive first (at most three). */
export type LossFactor = 'overBudget' | 'rivalPrice' | 'relationship' | 'needs' | 'fit' | 'noFrPlan' | 'delivery' | 'terms';

/** A term below this (0–100) is a weakness worth naming; price below 50 means a rival quoted less. */
export const WEAK_TERM = 60;

export function lossFactors(p: Position, hasFrPlan: boolean): LossFactor[] {
  const weak: { f: LossFactor; gap: number }[] = [];
  const add = (f: LossFactor, score: number, weight: number) => weak.push({ f, gap: (100 - score) * weight });
  if (!p.overBudget && p.competitors.length > 0 && p.price < 50) add('rivalPrice', p.price, WEIGHTS.price);
  if (p.relationship < WEAK_TERM) add('relationship', p.relationship, WEIGHTS.relationship);
  if (p.needs < WEAK_TERM) add('needs', p.needs, WEIGHTS.needs);
  if (p.fit < WEAK_TERM) add('fit', p.fit, WEIGHTS.fit);
  if (!hasFrPlan) add('noFrPlan', p.delivery, WEIGHTS.delivery);
  else if (p.delivery < WEAK_TERM) add('delivery', p.delivery, WEIGHTS.delivery);
  if (p.terms < 50) add('terms', p.terms, WEIGHTS.terms);
  // Stable: equal gaps keep the order above.
  weak.sort((a, b) => b.gap - a.gap);
  const out: LossFactor[] = p.overBudget ? ['overBudget'] : [];
  for (const w of weak) if (out.length < 3) out.push(w.f);
  return out;
}

/** What the team can see tipped a won tender its way, strongest first (at most three). */
export type WinFactor = 'price' | 'relationship' | 'needs' | 'fit' | 'delivery' | 'terms';

/**
 * Why a bid won, in the same terms as `lossFactors`: the parts of our position that were
 * strong (price below the cheapest rival, a term at `WEAK_TERM` or better, terms better
 * than the buyer's norm), ranked by what they added (score × weight).
 */
export function winFactors(p: Position, hasFrPlan: boolean): WinFactor[] {
  const strong: { f: WinFactor; gain: number }[] = [];
  const add = (f: WinFactor, score: number, weight: number) => strong.push({ f, gain: score * weight });
  if (!p.overBudget && p.competitors.length > 0 && p.price > 50) add('price', p.price, WEIGHTS.price);
  if (p.relationship >= WEAK_TERM) add('relationship', p.relationship, WEIGHTS.relationship);
  if (p.needs >= WEAK_TERM) add('needs', p.needs, WEIGHTS.needs);
  if (p.fit >= WEAK_TERM) add('fit', p.fit, WEIGHTS.fit);
  if (hasFrPlan && p.delivery >= WEAK_TERM) add('delivery', p.delivery, WEIGHTS.delivery);
  if (p.terms > 50) add('terms', p.terms, WEIGHTS.terms);
  strong.sort((a, b) => b.gain - a.gain);
  return strong.slice(0, 3).map((x) => x.f);
}

/**
 * Where a stakeholder stands, by support (−100…100), on the scenario's stance scale
 * (−2 hostile … +2 champion; support starts at stance × STANCE_STEP): a stance starts at
 * ±30 and ±60.
 */
export const STANCES = ['hostile', 'opponent', 'neutral', 'supporter', 'champion'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_STEP = 30;

export function stanceOf(support: number): Stance {
  if (support >= 2 * STANCE_STEP) return 'champion';
  if (support >= STANCE_STEP) return 'supporter';
  if (support > -STANCE_STEP) return 'neutral';
  if (support > -2 * STANCE_STEP) return 'opponent';
  return 'hostile';
}

/** The next stance up and the support where it starts; null for a champion. */
export function nextStance(support: number): { stance: Stance; from: number } | null {
  switch (stanceOf(support)) {
    case 'hostile': return { stance: 'opponent', from: -2 * STANCE_STEP + 1 };
    case 'opponent': return { stance: 'neutral', from: -STANCE_STEP + 1 };
    case 'neutral': return { stance: 'supporter', from: STANCE_STEP };
    case 'supporter': return { stance: 'champion', from: 2 * STANCE_STEP };
    case 'champion': return null;
  }
}
