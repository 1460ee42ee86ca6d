/**
 * Bid to order: document approvals (the process cycle time), customer admission and
 * the credit limit (资信 / 授信), and the contract becoming an order.
 *
 * Approvals are slow when a document arrives without what the approver needs: a bid
 * priced without a confirmed budget or without FR's delivery plan, a contract for a
 * customer nobody credit-checked or on loose terms. That is why coordinated teams see
 * shorter document cycles — the checks were done up front, not because of a bonus.
 */
import type { ActionDef, CheckCtx } from './types.ts';
import { reject } from './types.ts';
import { bpOf, changeSatisfaction, emit, findRecord, nextId, weekEndDay, weekStartDay, type Ctx } from '../context.ts';
import type { Contract, Opportunity, Order, Terms, VetoReason } from '../state.ts';
import { issueInvoice, pastOverdraftLine } from './cash.ts';
import { DEFAULT_TERMS, relationshipScore } from './position.ts';
import { RATINGS } from '../../scenario/enums.ts';
import type { Effect } from '../../scenario/schema.ts';

export const CREDIT_CHECK_COST = 3000;
/** Extra deep discounts need a higher approval level. */
export const DEEP_DISCOUNT_BP = 2000;
export const INSURANCE_PREMIUM_BP = 100;
export const VETO_SATISFACTION = -10;
export const PENALTY_BP_PER_WEEK = 50;
/**
 * At signing the customer's people judge who they will be working with: a team the whole
 * decision chain knows and trusts starts the project on a good footing (relationship 90
 * → +13), one only the boss has met starts cold. Relationship 50 is neutral.
 */
export const relationshipSatisfaction = (relationship: number): number => Math.trunc((relationship - 50) / 3);

export const isLoose = (t: Terms): boolean => t.netDays >= 60 || t.retentionBp >= 1000;
export const isPrepaid = (t: Terms): boolean => t.advanceBp >= 10000;

export function bidApprovalHalfDays(c: CheckCtx, o: Opportunity, discountBp: number): number {
  return bidApprovalHalfDaysOf(o, discountBp);
}

/** The same, from what the team can see of the opportunity (the bid estimate uses it). */
export function bidApprovalHalfDaysOf(o: Pick<Opportunity, 'budgetKnown' | 'feasibilityWeek'>, discountBp: number): number {
  let h = 1;
  if (!o.budgetKnown) h += 2; // price not backed by a confirmed budget: finance sends it back for justification
  if (o.feasibilityWeek === null) h += 1; // delivery date unverified: operations asks
  if (discountBp > DEEP_DISCOUNT_BP) h += 1;
  return h;
}

export function contractApprovalHalfDays(c: CheckCtx, customer: string, terms: Terms): number {
  let h = 1;
  if (!c.s.customers[customer]!.creditChecked) h += 2; // finance runs the credit check itself
  if (isLoose(terms)) h += 1;
  return h;
}

export function orderApprovalHalfDays(o: Opportunity): number {
  return o.feasibilityWeek === null ? 3 : 1; // without FR's plan the factory must re-plan capacity
}

export const creditCheck: ActionDef<'creditCheck'> = {
  kind: 'creditCheck',
  category: 'finance',
  cost: () => ({ AR: 1 }),
  check: (c, a) => {
    if (!c.ix.customer.has(a.customer)) return reject('unknownCustomer', { customer: a.customer });
    if (c.s.customers[a.customer]!.creditChecked) return reject('alreadyChecked', { customer: a.customer });
    return pastOverdraftLine(c, CREDIT_CHECK_COST);
  },
  perform: (ctx, a) => {
    ctx.s.customers[a.customer]!.creditChecked = true;
    ctx.s.cash -= CREDIT_CHECK_COST;
    ctx.s.ledger.creditChecks -= CREDIT_CHECK_COST;
    const c = ctx.ix.customer.get(a.customer)!;
    emit(ctx, 'creditChecked', { customer: a.customer, rating: ratingOf(ctx, a.customer), pledgeRatioBp: c.pledgeRatioBp, sizeYuan: c.sizeYuan });
  },
};

/** Units ordered but not yet produced: the queue a new order joins. */
export function queuedUnits(c: CheckCtx): number {
  let units = 0;
  for (const o of Object.values(c.s.orders)) if (o.status === 'approving' || o.status === 'production') units += o.remaining;
  return units;
}

export function exposureOf(c: CheckCtx, customer: string | null): number {
  let total = 0;
  for (const k of Object.values(c.s.contracts)) {
    if (k.status !== 'active') continue;
    if (customer === null || k.customer === customer) total += k.openExposure;
  }
  return total;
}

export function estimatedDeliveryCost(c: CheckCtx, product: string): number {
  const p = c.ix.product.get(product)!;
  return c.sc.company.logisticsCostPerOrder + p.installDays * c.sc.company.crewDayCost;
}

/** The one-vote vetoes and the credit limit, checked when finance approves a contract. */
export function admission(c: CheckCtx, k: Pick<Contract, 'customer' | 'product' | 'quantity' | 'price' | 'terms'>): VetoReason | null {
  const cust = c.ix.customer.get(k.customer)!;
  const live = c.s.customers[k.customer]!;
  const p = c.ix.product.get(k.product)!;
  const company = c.sc.company;
  if (k.price - k.quantity * p.unitCost - estimatedDeliveryCost(c, k.product) < 0) return 'negativeMargin';
  if (live.blacklisted) return 'blacklisted';
  if (isPrepaid(k.terms)) return null; // cash before goods: the seeds let a prepaying customer through
  if (cust.sizeYuan < company.minCustomerSize) return 'tooSmall';
  if (cust.pledgeRatioBp > company.maxPledgeRatioBp) return 'pledgeRatio';
  const unsecured = bpOf(k.price, 10000 - k.terms.advanceBp);
  const limit = bpOf(company.creditBudget, company.ratingLimitBp[ratingOf(c, k.customer)]);
  if (exposureOf(c, k.customer) + unsecured > limit) return 'creditLimit';
  if (exposureOf(c, null) + unsecured > company.creditBudget) return 'creditBudget';
  return null;
}

/** The customer's credit rating now: the scenario's, unless a scripted effect changed it. */
export function ratingOf(c: CheckCtx, customer: string): (typeof RATINGS)[number] {
  return c.s.customers[customer]!.rating ?? c.ix.customer.get(customer)!.rating;
}

/**
 * A scripted re-rating (a credit agency's downgrade, a guarantee posted): it moves the
 * customer's credit limit for every contract approved from now on; contracts already
 * active keep their exposure. `delta` counts grades, positive = better (C → B).
 */
export function changeRating(ctx: Ctx, e: Extract<Effect, { kind: 'creditRating' }>): void {
  const before = ratingOf(ctx, e.customer);
  const i = RATINGS.indexOf(before) - (e.delta ?? 0);
  const after = e.rating ?? RATINGS[Math.max(0, Math.min(RATINGS.length - 1, i))]!;
  if (after === before) return;
  ctx.s.customers[e.customer]!.rating = after;
  emit(ctx, 'ratingChanged', { customer: e.customer, from: before, to: after });
}

/**
 * Scripted payment terms (a buyer who insists on 120 days, a tender re-issued as prepaid):
 * what is not signed yet takes the new terms — open opportunities and bids, contracts in
 * approval (admission and the credit limit then judge the new terms). Signed contracts
 * keep their split, since invoices may already be out, but a new `netDays` applies to the
 * invoices they issue from now on. Returns nothing: the feed line says how many deals moved.
 */
export function changeTerms(ctx: Ctx, e: Extract<Effect, { kind: 'paymentTerms' }>): void {
  const { s } = ctx;
  const ofDeal = (customer: string, opportunity: string) =>
    e.lead !== undefined ? s.opportunities[opportunity]?.lead === e.lead : customer === e.customer;
  const next = (t: Terms): Terms => ({ ...t, ...(e.split ?? {}), ...(e.netDays !== undefined ? { netDays: e.netDays } : {}) });
  let deals = 0;
  for (const o of Object.values(s.opportunities)) {
    if ((o.status !== 'open' && o.status !== 'bidding') || !ofDeal(o.customer, o.id)) continue;
    o.terms = next(o.terms ?? DEFAULT_TERMS);
    deals++;
  }
  for (const k of Object.values(s.contracts)) {
    if (!ofDeal(k.customer, k.opportunity)) continue;
    if (k.status === 'approving') {
      k.terms = next(k.terms);
      s.opportunities[k.opportunity]!.terms = { ...k.terms };
      deals++;
    } else if (k.status === 'active' && e.netDays !== undefined && k.terms.netDays !== e.netDays) {
      k.terms = { ...k.terms, netDays: e.netDays };
      deals++;
    }
  }
  const target = e.lead !== undefined ? { lead: e.lead, customer: ctx.ix.lead.get(e.lead)!.customer } : { lead: null, customer: e.customer! };
  emit(ctx, 'termsChanged', { ...target, deals, advanceBp: e.split?.advanceBp ?? null, netDays: e.netDays ?? null });
}

export function draftContract(ctx: Ctx, o: Opportunity): void {
  const { s } = ctx;
  const terms = o.terms!;
  const halfDays = contractApprovalHalfDays(ctx, o.customer, terms);
  const draftedDay = weekStartDay(s.week + 1);
  const id = nextId(s, 'k');
  s.contracts[id] = {
    id,
    opportunity: o.id,
    customer: o.customer,
    product: o.product,
    quantity: o.quantity,
    price: o.bid!.price,
    terms: { ...terms },
    insured: o.insured,
    promisedWeek: o.bid!.promisedWeek,
    draftedDay,
    readyDay: draftedDay + Math.ceil(halfDays / 2),
    halfDays,
    status: 'approving',
    vetoReason: null,
    openExposure: o.bid!.price,
  };
  s.stats.docs += 1;
  s.stats.docHalfDays += halfDays;
  emit(ctx, 'contractDrafted', { contract: id, opportunity: o.id, customer: o.customer, approvalHalfDays: halfDays });
}

/** Weekly: contracts and orders whose approval finishes this week move on. */
export function processApprovals(ctx: Ctx): void {
  const { s } = ctx;
  const end = weekEndDay(s.week);
  for (const k of Object.values(s.contracts)) {
    if (k.status !== 'approving' || k.readyDay > end) continue;
    const veto = admission(ctx, k);
    const o = s.opportunities[k.opportunity]!;
    if (veto) {
      k.status = 'vetoed';
      k.vetoReason = veto;
      k.openExposure = 0;
      o.status = 'vetoed';
      changeSatisfaction(ctx, k.customer, VETO_SATISFACTION, 'veto');
      emit(ctx, 'contractVetoed', { contract: k.id, customer: k.customer, reason: veto });
      continue;
    }
    k.status = 'active';
    o.status = 'signed';
    emit(ctx, 'contractSigned', { contract: k.id, customer: k.customer, price: k.price });
    changeSatisfaction(ctx, k.customer, relationshipSatisfaction(relationshipScore(ctx, k.customer)), 'relationship');
    if (k.insured) {
      const premium = bpOf(k.price, INSURANCE_PREMIUM_BP);
      s.cash -= premium;
      s.ledger.insurance -= premium;
    }
    if (k.terms.advanceBp > 0) issueInvoice(ctx, k, 'advance', k.readyDay);
    const halfDays = orderApprovalHalfDays(o);
    const id = nextId(s, 'ord');
    s.orders[id] = {
      id,
      contract: k.id,
      customer: k.customer,
      product: k.product,
      quantity: k.quantity,
      remaining: k.quantity,
      readyDay: k.readyDay + Math.ceil(halfDays / 2),
      halfDays,
      earliestDoneWeek: 0,
      status: 'approving',
      producedWeek: null,
      installedWeek: null,
      acceptedWeek: null,
      lateWeeks: 0,
      prepared: false,
    };
    s.stats.docs += 1;
    s.stats.docHalfDays += halfDays;
  }
  for (const ord of Object.values(s.orders)) {
    if (ord.status === 'awaitingAdvance') {
      // The contract's delivery date runs from the advance, so every week of waiting moves it.
      s.contracts[ord.contract]!.promisedWeek += 1;
      continue;
    }
    if (ord.status !== 'approving' || ord.readyDay > end) continue;
    const k = s.contracts[ord.contract]!;
    if (!advanceSettled(ctx, k.id)) {
      // The factory does not start on an unpaid advance: that is what the advance is for.
      ord.status = 'awaitingAdvance';
      k.promisedWeek += 1;
      emit(ctx, 'orderHeldForAdvance', { order: ord.id, customer: ord.customer, contract: k.id });
      continue;
    }
    releaseOrder(ctx, ord);
  }
}

function releaseOrder(ctx: Ctx, ord: Order): void {
  ord.status = 'production';
  ord.earliestDoneWeek = ctx.s.week + ctx.ix.product.get(ord.product)!.leadTimeWeeks;
  emit(ctx, 'orderReleased', { order: ord.id, customer: ord.customer, quantity: ord.quantity });
}

/** Weekly, after the customers have paid: orders whose advance arrived this week go to the factory. */
export function releaseOrdersOnAdvance(ctx: Ctx): void {
  for (const ord of Object.values(ctx.s.orders)) if (ord.status === 'awaitingAdvance' && advanceSettled(ctx, ord.contract)) releaseOrder(ctx, ord);
}

/**
 * True when the contract asks no advance, or the customer has paid it. An advance written
 * off, claimed from the insurer or fought in court was never paid: the goods stay home.
 */
export function advanceSettled(c: CheckCtx, contract: string): boolean {
  const k = c.s.contracts[contract]!;
  if (k.terms.advanceBp === 0) return true;
  for (const i of Object.values(c.s.invoices)) if (i.contract === contract && i.milestone === 'advance') return i.status === 'paid';
  return false;
}

/** Weekly: a contract whose every invoice is settled is closed. */
export function closeContracts(ctx: Ctx): void {
  const { s } = ctx;
  for (const k of Object.values(s.contracts)) {
    if (k.status !== 'active') continue;
    const ord = findRecord(s.orders, (o) => o.contract === k.id);
    if (!ord || ord.status !== 'accepted') continue;
    const invoices = Object.values(s.invoices).filter((i) => i.contract === k.id);
    const expected = [k.terms.advanceBp, k.terms.deliveryBp, k.terms.acceptanceBp, k.terms.retentionBp].filter((x) => x > 0).length;
    if (invoices.length < expected) continue;
    if (invoices.every((i) => i.status !== 'open' && i.status !== 'legal')) {
      k.status = 'closed';
      k.openExposure = 0;
      emit(ctx, 'contractClosed', { contract: k.id, customer: k.customer });
    }
  }
}
