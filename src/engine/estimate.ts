/**
 * What a real team would work out before it commits a bid, from the PLAYER VIEW only
 * (never the state): for each discount on the menu, the price, the product and delivery
 * cost, the gross margin, whether the price is inside the budget the team has confirmed,
 * and the win chance the customer's own rule (rules/position.ts, `scorePosition`) gives
 * with what the team knows:
 * - the budget, only once discovery confirmed it; unknown → said so, and not used;
 * - the needs as far as found: the team cannot know how many pains it has not found, so
 *   it counts the ones found as all there are (none found → 0), and says it assumed;
 * - each competitor's published price index, cut again at the deadline if it is known
 *   to be aggressive; how strong the customer finds each rival is not in the view, so
 *   the team assumes a seasoned rival (`ASSUMED_RIVAL_STRENGTH`) and says so.
 * Integer math only, like the rule; the same view always gives the same estimate.
 */
import type { PlayerView, OpportunityView, CustomerView } from './view.ts';
import type { Terms } from './state.ts';
import { AGGRESSIVE_CUT_BP, DEFAULT_TERMS, MET_SR_FIT, scorePosition, type Position } from './rules/position.ts';
import { DISCOUNT_MENU, deadlineDay } from './rules/opportunities.ts';
import { bidApprovalHalfDaysOf } from './rules/contracts.ts';
import { bpOf as bp, weekStartDay } from './context.ts';

/**
 * The strength the team assumes for a rival it cannot measure: a seasoned competitor,
 * better than a fully prepared iron triangle (about 75) — an estimate errs on the side of caution.
 */
export const ASSUMED_RIVAL_STRENGTH = 100;

export type BudgetStatus = 'inside' | 'over' | 'unknown';

export interface BidOptionEstimate {
  discountBp: number;
  price: number;
  /** Product plus delivery (logistics and the install crew). */
  cost: number;
  margin: number;
  /** Gross margin as a share of the price, in basis points (negative when under water). */
  marginBp: number;
  budget: BudgetStatus;
  winChanceBp: number;
  position: Position;
  /** Internal approval, in half days (a deep discount, an unconfirmed budget or no FR plan make it longer). */
  approvalHalfDays: number;
}

export interface BidEstimate {
  opportunity: string;
  list: number;
  cost: number;
  /** The confirmed budget, or null while unknown (then the estimate ignores it). */
  budget: number | null;
  /** True when the needs term assumes the pains found are all there are. */
  needsAssumed: boolean;
  terms: Terms;
  options: BidOptionEstimate[];
}

function relationshipOf(cust: CustomerView): number {
  let num = 0;
  let den = 0;
  for (const st of cust.stakeholders) {
    if (!st.present) continue;
    num += st.influence * (st.support + 100);
    den += st.influence * 2;
  }
  return den === 0 ? 0 : Math.floor(num / den);
}

/** Needs as the team knows them: the pains it found for this product line are all it assumes there are. */
function needsOf(cust: CustomerView, product: string): number {
  return cust.painsKnown.some((p) => p.product === product) ? 100 : 0;
}

/** The estimate for one opportunity at one price (the terms AR set, or the standard ones). */
export function estimatePosition(v: PlayerView, o: OpportunityView, price: number, terms: Terms = o.terms ?? DEFAULT_TERMS): Position {
  const cust = v.customers.find((c) => c.id === o.customer)!;
  const product = v.products.find((p) => p.id === o.product)!;
  const list = product.listPrice * o.quantity;
  return scorePosition({
    relationship: relationshipOf(cust),
    needs: needsOf(cust, o.product),
    fit: Math.min(100, o.solutionFit + (o.srVisits > 0 ? MET_SR_FIT : 0)),
    price,
    list,
    budget: o.budget,
    competitors: o.competitors.map((id) => {
      const x = v.competitors.find((c) => c.id === id)!;
      return { id, price: bp(list, x.priceIndexBp - (x.aggressive ? AGGRESSIVE_CUT_BP : 0)), score: ASSUMED_RIVAL_STRENGTH };
    }),
    feasibility: o.feasibilityWeek !== null,
    siteSurveyed: o.siteSurveyed,
    frVisits: o.frVisits,
    lateDeliveries: cust.lateDeliveries,
    satisfaction: cust.satisfaction,
    terms,
    norm: cust.termsNorm,
  });
}

/** The bid menu with its numbers, for an opportunity the player can see; null if it cannot. */
export function estimateBid(v: PlayerView, opportunity: string): BidEstimate | null {
  const o = v.opportunities.find((x) => x.id === opportunity);
  if (!o) return null;
  const cust = v.customers.find((c) => c.id === o.customer);
  const product = v.products.find((p) => p.id === o.product);
  if (!cust || !product) return null;
  const list = product.listPrice * o.quantity;
  const cost = product.unitCost * o.quantity + v.company.logisticsCostPerOrder + product.installDays * v.company.crewDayCost;
  const terms = o.terms ?? DEFAULT_TERMS;
  const options = DISCOUNT_MENU.map((discountBp): BidOptionEstimate => {
    const price = bp(list, 10000 - discountBp);
    const margin = price - cost;
    const pos = estimatePosition(v, o, price, terms);
    return {
      discountBp,
      price,
      cost,
      margin,
      marginBp: price > 0 ? Math.trunc((margin * 10000) / price) : 0,
      budget: o.budget === null ? 'unknown' : price > o.budget ? 'over' : 'inside',
      winChanceBp: pos.winChanceBp,
      position: pos,
      approvalHalfDays: bidApprovalHalfDaysOf(o, discountBp),
    };
  });
  return { opportunity: o.id, list, cost, budget: o.budget, needsAssumed: true, terms, options };
}

/**
 * Whether a bid SR finishes now (after `srDaysUsed` days of this week, this bid's day
 * included) clears approval by Friday of the deadline week — the rule decideBids applies.
 */
export function bidInTime(week: number, srDaysUsed: number, deadlineWeek: number, approvalHalfDays: number): { readyDay: number; deadline: number; inTime: boolean } {
  const readyDay = weekStartDay(week) + srDaysUsed + Math.ceil(approvalHalfDays / 2);
  const deadline = deadlineDay(deadlineWeek);
  return { readyDay, deadline, inTime: readyDay <= deadline };
}
