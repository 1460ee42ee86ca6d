/**
 * Managing opportunities (管理机会点), lead to bid: visits across the decision chain,
 * SPIN discovery of budget, start date and pains, solution design (SR), delivery
 * feasibility (FR), contract terms (AR) and the priced bid (SR). At the deadline the
 * customer decides with a seeded draw whose odds come from position.ts.
 */
import type { ActionDef, CheckCtx } from './types.ts';
import { reject } from './types.ts';
import { bpOf, dealOfOpportunity, emit, weekStartDay, type Ctx } from '../context.ts';
import type { Opportunity, Terms } from '../state.ts';
import { addSupport } from './leads.ts';
import { lossFactors, position, relationshipScore, needsScore, winFactors, DEFAULT_TERMS, TERMS_PRESETS, type Position } from './position.ts';
export { DEFAULT_TERMS };
import { bidApprovalHalfDays, draftContract, queuedUnits } from './contracts.ts';

/** Support a visit adds: a base, plus when the right expert comes along. */
export const VISIT_SUPPORT = { base: 12, srWithTechnical: 15, frWithBuyers: 15, perExtraPerson: 3 } as const;
/** Chance (bp) that a visit uncovers a pain: technical pains need SR in the room. */
export const PAIN_REVEAL_BP = { technicalWithSr: 7000, technicalWithoutSr: 1500, business: 5000 } as const;
/** The discounts SR can put on a bid (basis points off list): the approval matrix's levels. */
export const DISCOUNT_MENU = [0, 500, 1000, 1500, 2000, 3000] as const;
export const MAX_DISCOUNT_BP = 3000;
/** Competitors keep working the customer: support with unvisited stakeholders drifts down. */
export const SUPPORT_DRIFT_PER_WEEK = 2;

const isOpen = (o: Opportunity | undefined): o is Opportunity => !!o && (o.status === 'open' || o.status === 'bidding');

function openOpp(c: CheckCtx, id: string, needNoBid = false) {
  const o = c.s.opportunities[id];
  if (!o) return reject('unknownOpportunity', { opportunity: id });
  if (o.status !== 'open' && o.status !== 'bidding') return reject('opportunityClosed', { opportunity: id, status: o.status });
  if (needNoBid && o.bid) return reject('bidAlreadySubmitted', { opportunity: id });
  return null;
}

export const visit: ActionDef<'visit'> = {
  kind: 'visit',
  category: 'customer',
  cost: (_c, a) => {
    const cost: Record<string, number> = { AR: 1 };
    for (const r of a.with) cost[r] = 1;
    return cost;
  },
  check: (c, a) => {
    const bad = openOpp(c, a.opportunity);
    if (bad) return bad;
    const o = c.s.opportunities[a.opportunity]!;
    const st = c.s.customers[o.customer]!.stakeholders[a.stakeholder];
    if (!st) return reject('unknownStakeholder', { stakeholder: a.stakeholder });
    if (!st.present) return reject('stakeholderGone', { stakeholder: a.stakeholder });
    if (!Array.isArray(a.with) || new Set(a.with).size !== a.with.length || a.with.some((r) => r !== 'SR' && r !== 'FR')) {
      return reject('badCompanions');
    }
    return null;
  },
  perform: (ctx, a) => {
    const o = ctx.s.opportunities[a.opportunity]!;
    const cust = ctx.ix.customer.get(o.customer)!;
    const sh = cust.stakeholders.find((x) => x.id === a.stakeholder)!;
    const withSr = a.with.includes('SR');
    const withFr = a.with.includes('FR');
    let gain = VISIT_SUPPORT.base + VISIT_SUPPORT.perExtraPerson * a.with.length;
    if (withSr && (sh.role === 'technicalEvaluator' || sh.role === 'influencer')) gain += VISIT_SUPPORT.srWithTechnical;
    if (withFr && (sh.role === 'procurement' || sh.role === 'decisionMaker' || sh.role === 'finance')) gain += VISIT_SUPPORT.frWithBuyers;
    addSupport(ctx, o.customer, a.stakeholder, gain);
    const live = ctx.s.customers[o.customer]!;
    const support = live.stakeholders[a.stakeholder]!.support;
    live.stakeholders[a.stakeholder]!.lastVisitWeek = ctx.s.week;
    o.visits += 1;
    if (a.with.length > 0) o.jointVisits += 1;
    if (withSr) o.srVisits += 1;
    if (withFr) o.frVisits += 1;
    // Uncover at most one pain of this stakeholder's organisation.
    for (const p of cust.pains) {
      if (live.painsRevealed.includes(p.id)) continue;
      const bp = p.technical ? (withSr ? PAIN_REVEAL_BP.technicalWithSr : PAIN_REVEAL_BP.technicalWithoutSr) : PAIN_REVEAL_BP.business;
      if (ctx.luck.chance(`pain|${p.id}|${a.stakeholder}|${dealOfOpportunity(ctx.s, o.id)}|${o.visits}`, bp)) {
        live.painsRevealed.push(p.id);
        emit(ctx, 'painRevealed', { customer: o.customer, pain: p.id, opportunity: o.id });
        break;
      }
    }
    emit(ctx, 'visited', { opportunity: o.id, customer: o.customer, stakeholder: a.stakeholder, with: a.with.join('+'), gain, support });
  },
};

export const discover: ActionDef<'discover'> = {
  kind: 'discover',
  category: 'customer',
  cost: () => ({ AR: 1 }),
  check: (c, a) => {
    const bad = openOpp(c, a.opportunity);
    if (bad) return bad;
    const o = c.s.opportunities[a.opportunity]!;
    if (o.visits === 0) return reject('visitFirst', { opportunity: a.opportunity });
    return null;
  },
  perform: (ctx, a) => {
    const o = ctx.s.opportunities[a.opportunity]!;
    // SPIN questions land when the customer trusts us: odds grow with relationship coverage.
    const rel = relationshipScore(ctx, o.customer);
    const deal = dealOfOpportunity(ctx.s, o.id);
    const attempt = `${deal}|${ctx.s.week}|${ctx.s.daysUsed.AR}`;
    if (!(o.budgetKnown && o.startKnown) && ctx.luck.chance(`budget|${attempt}`, 4000 + rel * 60)) {
      o.budgetKnown = true;
      o.startKnown = true;
      emit(ctx, 'budgetConfirmed', { opportunity: o.id, customer: o.customer });
    }
    const live = ctx.s.customers[o.customer]!;
    const pain = ctx.ix.customer.get(o.customer)!.pains.find((p) => !p.technical && !live.painsRevealed.includes(p.id));
    if (pain && ctx.luck.chance(`discoverPain|${pain.id}|${attempt}`, 6000)) {
      live.painsRevealed.push(pain.id);
      emit(ctx, 'painRevealed', { customer: o.customer, pain: pain.id, opportunity: o.id });
    }
    emit(ctx, 'discovered', { opportunity: o.id });
  },
};

export const designSolution: ActionDef<'designSolution'> = {
  kind: 'designSolution',
  category: 'solution',
  cost: () => ({ SR: 2 }),
  check: (c, a) => openOpp(c, a.opportunity, true),
  perform: (ctx, a) => {
    const o = ctx.s.opportunities[a.opportunity]!;
    // A solution is only as good as the needs it answers.
    o.solutionFit = 40 + Math.floor((60 * needsScore(ctx, o.customer, o.product)) / 100);
    o.solutionDesigned = true;
    emit(ctx, 'solutionDesigned', { opportunity: o.id, fit: o.solutionFit });
  },
};

/** FR's realistic delivery week: the production queue ahead, the lead time, shipping and install. */
export function realisticDeliveryWeek(c: CheckCtx, o: Opportunity): number {
  const p = c.ix.product.get(o.product)!;
  const capacity = Math.max(1, c.sc.company.capacityUnitsPerWeek + c.s.capacityDelta);
  const queueWeeks = Math.ceil((queuedUnits(c) + o.quantity) / capacity);
  return o.deadlineWeek + 1 + Math.max(p.leadTimeWeeks, queueWeeks) + 2;
}

/** What sales promises without FR: the catalogue lead time, as if the factory were empty. */
export function salesPromiseWeek(c: CheckCtx, o: Opportunity): number {
  return o.deadlineWeek + 1 + c.ix.product.get(o.product)!.leadTimeWeeks + 2;
}

export const feasibility: ActionDef<'feasibility'> = {
  kind: 'feasibility',
  category: 'delivery',
  cost: () => ({ FR: 1 }),
  check: (c, a) => openOpp(c, a.opportunity, true),
  perform: (ctx, a) => {
    const o = ctx.s.opportunities[a.opportunity]!;
    o.feasibilityWeek = realisticDeliveryWeek(ctx, o);
    emit(ctx, 'feasibilityChecked', { opportunity: o.id, deliveryWeek: o.feasibilityWeek });
  },
};

export function termsProblem(t: Terms): string | null {
  const parts = [t.advanceBp, t.deliveryBp, t.acceptanceBp, t.retentionBp];
  if (parts.some((x) => !Number.isInteger(x) || x < 0 || x > 10000)) return 'termsShare';
  if (parts.reduce((a, b) => a + b, 0) !== 10000) return 'termsSum';
  if (!Number.isInteger(t.netDays) || t.netDays < 0 || t.netDays > 180) return 'termsNetDays';
  // Only the contract forms on the menu exist: the same set the UI and the bots offer.
  const offered = Object.values(TERMS_PRESETS).some(
    (p) => p.advanceBp === t.advanceBp && p.deliveryBp === t.deliveryBp && p.acceptanceBp === t.acceptanceBp && p.retentionBp === t.retentionBp && p.netDays === t.netDays,
  );
  return offered ? null : 'termsNotOffered';
}

export const setTerms: ActionDef<'setTerms'> = {
  kind: 'setTerms',
  category: 'customer',
  cost: () => ({ AR: 1 }),
  check: (c, a) => {
    const bad = openOpp(c, a.opportunity, true);
    if (bad) return bad;
    const problem = termsProblem(a.terms);
    if (problem) return reject(problem);
    const o = c.s.opportunities[a.opportunity]!;
    if (a.insured && !c.ix.customer.get(o.customer)!.insurable) return reject('notInsurable', { customer: o.customer });
    return null;
  },
  perform: (ctx, a) => {
    const o = ctx.s.opportunities[a.opportunity]!;
    o.terms = { ...a.terms };
    o.insured = a.insured;
    emit(ctx, 'termsSet', { opportunity: o.id, advanceBp: a.terms.advanceBp, netDays: a.terms.netDays, insured: a.insured });
  },
};

export const submitBid: ActionDef<'submitBid'> = {
  kind: 'submitBid',
  category: 'solution',
  cost: () => ({ SR: 1 }),
  check: (c, a) => {
    const bad = openOpp(c, a.opportunity, true);
    if (bad) return bad;
    if (!(DISCOUNT_MENU as readonly number[]).includes(a.discountBp)) {
      return reject('discountRange', { max: MAX_DISCOUNT_BP });
    }
    const o = c.s.opportunities[a.opportunity]!;
    if (c.s.customers[o.customer]!.blacklisted) return reject('customerBlacklisted', { customer: o.customer });
    return null;
  },
  perform: (ctx, a) => {
    const { s } = ctx;
    const o = s.opportunities[a.opportunity]!;
    const list = ctx.ix.product.get(o.product)!.listPrice * o.quantity;
    const price = bpOf(list, 10000 - a.discountBp);
    if (!o.terms) o.terms = { ...DEFAULT_TERMS };
    const halfDays = bidApprovalHalfDays(ctx, o, a.discountBp);
    // The bid enters approval on the day SR finishes it; it reaches the customer when approved.
    const submittedDay = weekStartDay(s.week) + s.daysUsed.SR;
    o.bid = {
      discountBp: a.discountBp,
      price,
      submittedDay,
      readyDay: submittedDay + Math.ceil(halfDays / 2),
      promisedWeek: o.feasibilityWeek ?? salesPromiseWeek(ctx, o),
      halfDays,
    };
    o.status = 'bidding';
    s.stats.docs += 1;
    s.stats.docHalfDays += halfDays;
    emit(ctx, 'bidSubmitted', { opportunity: o.id, customer: o.customer, price, discountBp: a.discountBp, approvalHalfDays: halfDays });
  },
};

export const abandon: ActionDef<'abandon'> = {
  kind: 'abandon',
  category: 'internal',
  cost: () => ({}),
  check: (c, a) => openOpp(c, a.opportunity),
  perform: (ctx, a) => {
    ctx.s.opportunities[a.opportunity]!.status = 'noBid';
    emit(ctx, 'opportunityAbandoned', { opportunity: a.opportunity });
  },
};

/** The bid must reach the customer by Friday of the deadline week. */
export const deadlineDay = (week: number): number => weekStartDay(week) + 4;

/** Weekly: every opportunity whose deadline is this week is decided by the customer. */
export function decideBids(ctx: Ctx): void {
  const { s } = ctx;
  for (const o of Object.values(s.opportunities)) {
    if (!isOpen(o) || o.deadlineWeek > s.week) continue;
    if (!o.bid) {
      o.status = 'noBid';
      emit(ctx, 'noBid', { opportunity: o.id, customer: o.customer });
      continue;
    }
    s.stats.bidsDecided += 1;
    if (o.bid.readyDay > deadlineDay(o.deadlineWeek)) {
      o.status = 'lost';
      o.winChanceBp = 0;
      emit(ctx, 'bidLate', { opportunity: o.id, customer: o.customer, readyDay: o.bid.readyDay });
      continue;
    }
    const pos = position(ctx, o, o.bid.price);
    o.winChanceBp = pos.winChanceBp;
    if (!pos.compliant) {
      // The tender's payment clause is a pass/fail criterion: the evaluation never gets to price.
      o.status = 'lost';
      emit(ctx, 'bidNonCompliant', { opportunity: o.id, customer: o.customer, advanceBp: o.terms!.advanceBp, maxAdvanceBp: ctx.ix.customer.get(o.customer)!.terms.maxAdvanceBp });
      continue;
    }
    if (ctx.luck.chance(`bid|${dealOfOpportunity(s, o.id)}`, pos.winChanceBp)) {
      o.status = 'won';
      s.stats.bidsWon += 1;
      // Why, as the team can see it (as for a loss): what carried it, and what counted against us even so.
      const hasPlan = o.feasibilityWeek !== null;
      emit(ctx, 'bidWon', {
        opportunity: o.id, customer: o.customer, price: o.bid.price, chanceBp: pos.winChanceBp,
        factors: ctx.quiet ? '' : winFactors(pos, hasPlan).join('+'), against: ctx.quiet ? '' : lossFactors(pos, hasPlan).slice(0, 2).join('+'),
        cheapest: cheapestRival(pos),
      });
      draftContract(ctx, o);
    } else {
      o.status = 'lost';
      const winner = pos.competitors.reduce<string | null>((best, c) => (best === null || c.score > (pos.competitors.find((x) => x.id === best)?.score ?? 0) ? c.id : best), null);
      // The decisive factors, as the team can see them ('+'-joined: event values are scalars);
      // the cheapest rival is named when its price is one of them.
      emit(ctx, 'bidLost', {
        opportunity: o.id, customer: o.customer, chanceBp: pos.winChanceBp, winner, overBudget: pos.overBudget,
        factors: ctx.quiet ? '' : lossFactors(pos, o.feasibilityWeek !== null).join('+'), cheapest: cheapestRival(pos),
      });
    }
  }
}

/** The rival with the lowest price in the race (its price is published: the team can know it), or null. */
function cheapestRival(pos: Position): string | null {
  return pos.competitors.reduce<{ id: string; price: number } | null>((m, x) => (m === null || x.price < m.price ? x : m), null)?.id ?? null;
}

/**
 * Weekly: where we are chasing a deal, rivals court the stakeholders we have not seen
 * lately. The team hears of it (`supportDrifted`, one line per customer): the power map
 * must not change without a word.
 */
export function driftSupport(ctx: Ctx): void {
  const { s } = ctx;
  const contested = new Set<string>();
  for (const o of Object.values(s.opportunities)) if (isOpen(o) && o.competitors.length > 0) contested.add(o.customer);
  for (const cid of contested) {
    const stakeholders = s.customers[cid]!.stakeholders;
    const dropped: string[] = [];
    for (const sid in stakeholders) {
      const st = stakeholders[sid]!;
      if (st.lastVisitWeek !== null && s.week - st.lastVisitWeek < 3) continue;
      const before = st.support;
      addSupport(ctx, cid, sid, -SUPPORT_DRIFT_PER_WEEK);
      if (st.support !== before) dropped.push(sid);
    }
    if (dropped.length) emit(ctx, 'supportDrifted', { customer: cid, stakeholders: dropped.join('+'), delta: -SUPPORT_DRIFT_PER_WEEK });
  }
}
