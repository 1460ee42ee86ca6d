/**
 * The scripted strategies: one bot per role, steered by a set of behaviours.
 *
 * `iron-triangle` has them all: joint visits across the decision chain, discovery
 * before the solution, FR feasibility before the bid, credit checks and sensible
 * terms, reconciliation notices before due dates, tickets within SLA, root causes fed
 * back. `siloed` — the seeds' Sudan story — has none: AR works alone, SR prices from
 * the list, FR meets the customer only after the contract. An ablation is
 * `iron-triangle` with one behaviour switched off.
 *
 * The bots only see a PlayerView and only act through legal actions; every advantage
 * a behaviour brings comes from how the engine's customers, competitors, factory and
 * payers respond to it.
 */
import type { Bot, BotTurn } from './types.ts';
import type { Action, CustomerView, OpportunityView, PlayerView, Terms } from '../engine/index.ts';
import { DISCOUNT_MENU, TERMS_PRESETS } from '../engine/index.ts';

export const BEHAVIOURS = ['joint-visits', 'discovery', 'early-fr', 'credit-check', 'sensible-terms', 'reconciliation', 'ticket-sla', 'root-cause'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];
export type Pricing = 'fit' | 'list' | 'deep';

export interface Style {
  name: string;
  behaviours: ReadonlySet<Behaviour>;
  pricing: Pricing;
}

const today = (v: PlayerView, role: 'AR' | 'SR' | 'FR') => (v.week - 1) * 7 + ((role === 'AR' ? v.company.days.AR : role === 'SR' ? v.company.days.SR : v.company.days.FR) - v.daysLeft[role]);

/** Would finance veto this customer unless it prepays? Only knowable after a credit check. */
function needsPrepay(v: PlayerView, cust: CustomerView): boolean {
  const c = cust.credit;
  if (!c) return false;
  return c.sizeYuan < v.company.minCustomerSize || c.pledgeRatioBp > v.company.maxPledgeRatioBp || v.company.ratingLimitBp[c.rating] === 0;
}

function termsFor(style: Style, cust: CustomerView): { terms: Terms; insured: boolean } {
  if (!style.behaviours.has('sensible-terms')) return { terms: TERMS_PRESETS.loose, insured: false };
  // Without a credit check nobody knows to ask a weaker customer for an advance or insurance.
  const credit = cust.credit;
  if (!credit || credit.rating === 'A') return { terms: TERMS_PRESETS.standard, insured: false };
  return { terms: TERMS_PRESETS.advance, insured: credit.insurable };
}

/** SR's price: inside the confirmed budget and close to the cheapest rival, never below cost. */
function discountFor(v: PlayerView, style: Style, o: OpportunityView): number {
  if (style.pricing === 'list') return 0;
  if (style.pricing === 'deep') return 2000; // the most a rep can give without escalation
  const p = v.products.find((x) => x.id === o.product)!;
  const list = p.listPrice * o.quantity;
  const rivals = v.competitors.filter((c) => o.competitors.includes(c.id)).map((c) => Math.floor((list * c.priceIndexBp) / 10000));
  const target = Math.min(o.budget ?? list, rivals.length ? Math.floor((Math.min(...rivals) * 10300) / 10000) : list);
  const floor = p.unitCost * o.quantity + v.company.logisticsCostPerOrder + p.installDays * v.company.crewDayCost;
  let chosen = 0;
  for (const d of DISCOUNT_MENU) {
    if (d > 2000) break; // deeper discounts need a higher approval level
    const price = Math.floor((list * (10000 - d)) / 10000);
    if (price <= floor) break;
    chosen = d;
    if (price <= target) break;
  }
  return chosen;
}

function* chooseCards(t: BotTurn): Generator<Action, void, boolean> {
  for (const card of t.view().pendingCards) yield { kind: 'chooseCard', role: t.role, card: card.id, option: card.options[0]! };
}

function* accountTurn(t: BotTurn, style: Style): Generator<Action, void, boolean> {
  const has = (b: Behaviour) => style.behaviours.has(b);
  const left = () => t.daysLeft();
  if (t.view().pendingCards.length > 0) yield* chooseCards(t);
  let v = t.view();
  // Complaints: answered within SLA by a disciplined team, only once they blow up otherwise.
  for (const tk of v.tickets.filter((x) => x.kind === 'complaint' && x.status === 'open').sort((a, b) => a.slaWeek - b.slaWeek)) {
    if (left() > 0 && (has('ticket-sla') || tk.breached)) yield { kind: 'workTicket', role: 'AR', ticket: tk.id };
  }
  // Receivables.
  v = t.view();
  const now = today(v, 'AR');
  if (has('reconciliation')) {
    const due = new Set(v.invoices.filter((i) => i.status === 'open' && !i.reconciled && i.dueDay >= now && i.dueDay - now <= 30).map((i) => i.customer));
    for (const c of [...due].sort()) if (left() > 0) yield { kind: 'sendReconciliation', role: 'AR', customer: c };
  }
  for (const inv of t.view().invoices.filter((i) => i.status === 'open' && i.dueDay < now).sort((a, b) => a.dueDay - b.dueDay)) {
    if (left() === 0) break;
    const overdue = now - inv.dueDay;
    if (has('reconciliation')) {
      const k = v.contracts.find((c) => c.id === inv.contract)!;
      if (inv.overdueCause === null) yield { kind: 'analyzeOverdue', role: 'AR', invoice: inv.id };
      else if (k.insured && overdue >= 90) yield { kind: 'claimInsurance', role: 'AR', invoice: inv.id };
      else if (inv.overdueCause === 'theirs' && overdue >= 120) yield { kind: 'legalAction', role: 'AR', invoice: inv.id };
      else if (inv.overdueCause === 'theirs' && inv.dunned < 2) yield { kind: 'dun', role: 'AR', invoice: inv.id };
    } else if (overdue > 45 && inv.dunned < 1) {
      yield { kind: 'dun', role: 'AR', invoice: inv.id };
    }
  }
  // Opportunities, nearest deadline first.
  for (const o0 of t.openOpportunities()) {
    if (left() === 0) break;
    let o = t.opportunity(o0.id);
    const cust = () => t.customer(o.customer);
    if (has('credit-check') && !cust().creditChecked) yield { kind: 'creditCheck', role: 'AR', customer: o.customer };
    if (has('credit-check') && needsPrepay(t.view(), cust()) && !o.bid) {
      yield { kind: 'abandon', role: 'AR', opportunity: o.id }; // 前端防杂: no effort on a customer finance will veto
      continue;
    }
    if (!o.terms && !o.bid && left() > 0) {
      const { terms, insured } = termsFor(style, cust());
      yield { kind: 'setTerms', role: 'AR', opportunity: o.id, terms, insured };
    }
    const stakeholders = cust().stakeholders.filter((s) => s.present).sort((a, b) => b.influence - a.influence || a.id.localeCompare(b.id));
    const targets = has('joint-visits')
      ? stakeholders.filter((s) => s.support < 70).slice(0, 2)
      : stakeholders.filter((s) => s.role === 'decisionMaker' && (s.support < 40 || (has('discovery') && o.visits === 0))).slice(0, 1);
    for (const s of targets) {
      if (left() === 0) break;
      const withRoles: ('SR' | 'FR')[] = [];
      if (has('joint-visits')) {
        if ((s.role === 'technicalEvaluator' || s.role === 'influencer') && t.daysLeft('SR') >= 3) withRoles.push('SR');
        if ((s.role === 'procurement' || s.role === 'decisionMaker' || s.role === 'finance') && t.daysLeft('FR') >= 3) withRoles.push('FR');
      }
      yield { kind: 'visit', role: 'AR', opportunity: o.id, stakeholder: s.id, with: withRoles };
    }
    o = t.opportunity(o0.id);
    if (has('discovery') && o.budget === null && o.visits > 0 && left() > 0) yield { kind: 'discover', role: 'AR', opportunity: o.id };
  }
  // Leads: qualify what we have; a disciplined team drops leads of customers it cannot serve.
  for (const l of t.view().leads.filter((x) => x.grade === 'primary' || x.grade === 'credible').sort((a, b) => a.expiresWeek - b.expiresWeek || a.id.localeCompare(b.id))) {
    if (left() === 0) break;
    if (has('credit-check') && needsPrepay(t.view(), t.customer(l.customer))) yield { kind: 'dropLead', role: 'AR', lead: l.id };
    else yield { kind: 'qualifyLead', role: 'AR', lead: l.id };
  }
  // Marketing when the pipeline runs thin.
  v = t.view();
  const pipeline = t.openOpportunities().length + v.leads.filter((l) => l.grade === 'primary' || l.grade === 'credible').length;
  if (pipeline < 4 && left() >= 2) {
    const pick = t.dice.int(4);
    if (pick === 0 && left() >= 3) yield { kind: 'marketing', role: 'AR', activity: 'exhibition' };
    else if (pick === 1) yield { kind: 'marketing', role: 'AR', activity: 'seminar' };
    else {
      const targets = v.customers.filter((c) => !c.blacklisted && !(has('credit-check') && needsPrepay(v, c)));
      if (targets.length) {
        const c = targets[t.dice.int(targets.length)]!;
        yield { kind: 'marketing', role: 'AR', activity: pick === 2 ? 'executiveVisit' : 'referenceVisit', customer: c.id };
      }
    }
  }
}

function* solutionTurn(t: BotTurn, style: Style): Generator<Action, void, boolean> {
  const has = (b: Behaviour) => style.behaviours.has(b);
  if (t.view().pendingCards.length > 0) yield* chooseCards(t);
  const week = t.view().week;
  for (const o0 of t.openOpportunities()) {
    const o = t.opportunity(o0.id);
    if (o.bid || t.daysLeft() === 0) continue;
    const weeksLeft = o.deadlineWeek - week;
    if (style.pricing === 'fit') {
      const painsKnown = t.customer(o.customer).painsKnown.some((p) => p.product === o.product);
      if (has('discovery') && !o.solutionDesigned && (painsKnown || weeksLeft <= 1) && t.daysLeft() >= 2) {
        yield { kind: 'designSolution', role: 'SR', opportunity: o.id };
      }
      // Bid late enough for the team's groundwork to count, early enough for approval.
      if (weeksLeft <= 1) yield { kind: 'submitBid', role: 'SR', opportunity: o.id, discountBp: discountFor(t.view(), style, o) };
    } else if (!has('discovery') || o.budget !== null || weeksLeft <= 1) {
      yield { kind: 'submitBid', role: 'SR', opportunity: o.id, discountBp: discountFor(t.view(), style, o) };
    }
  }
  if (has('root-cause')) {
    for (const tk of t.view().tickets.filter((x) => x.kind === 'repair' && x.status === 'resolved' && !x.rootCauseFed)) {
      if (t.daysLeft() === 0) break;
      yield { kind: 'feedRootCause', role: 'SR', ticket: tk.id };
    }
  }
}

function* fulfilmentTurn(t: BotTurn, style: Style): Generator<Action, void, boolean> {
  const has = (b: Behaviour) => style.behaviours.has(b);
  const left = () => t.daysLeft();
  if (t.view().pendingCards.length > 0) yield* chooseCards(t);
  for (const o of t.view().orders.filter((x) => x.status === 'install')) if (left() > 0) yield { kind: 'install', role: 'FR', order: o.id };
  const tickets = () =>
    t.view().tickets.filter((x) => x.status === 'open' && x.kind !== 'complaint' && x.kind !== 'install').sort((a, b) => a.slaWeek - b.slaWeek || a.severity - b.severity);
  // With SLA discipline the tickets closest to breach go first; without it, whatever is
  // oldest, and only once the deliveries are done.
  if (has('ticket-sla')) for (const tk of tickets().filter((x) => x.slaWeek <= t.view().week + 1)) if (left() > 0) yield { kind: 'workTicket', role: 'FR', ticket: tk.id };
  const v = t.view();
  for (const o of v.orders.filter((x) => x.status === 'acceptance')) {
    const repairOpen = v.tickets.some((x) => x.order === o.id && x.kind === 'repair' && x.status === 'open');
    if (!repairOpen && left() > 0) yield { kind: 'acceptance', role: 'FR', order: o.id };
  }
  if (has('early-fr')) {
    for (const o of t.openOpportunities().filter((x) => x.feasibilityWeek === null && !x.bid)) if (left() > 0) yield { kind: 'feasibility', role: 'FR', opportunity: o.id };
  }
  // Without SLA discipline a ticket waits its turn: a week in the queue, oldest first, three a week.
  const backlog = has('ticket-sla') ? tickets() : tickets().filter((x) => x.openedWeek <= t.view().week - 2).sort((a, b) => a.openedWeek - b.openedWeek || a.id.localeCompare(b.id)).slice(0, 3);
  for (const tk of backlog) if (left() > 0) yield { kind: 'workTicket', role: 'FR', ticket: tk.id };
  const pv = t.view();
  const spares = pv.partsInventory + pv.partsOnOrder;
  if ((has('ticket-sla') ? spares < 3 : pv.partsInventory <= 1 && pv.partsOnOrder === 0) && left() > 0) yield { kind: 'orderParts', role: 'FR', qty: 5 };
}

export function teamBot(style: Style): Bot {
  return {
    strategy: style.name,
    // The role's own generator, handed back as is: a delegating `yield*` would add a
    // generator hop to every action of every game.
    turn: (t) => (t.role === 'AR' ? accountTurn(t, style) : t.role === 'SR' ? solutionTurn(t, style) : fulfilmentTurn(t, style)),
  };
}

export const ironTriangle = (without: Behaviour[] = []): Style => ({
  name: without.length ? `iron-triangle-without-${without.join('+')}` : 'iron-triangle',
  behaviours: new Set(BEHAVIOURS.filter((b) => !without.includes(b))),
  pricing: 'fit',
});
export const siloed: Style = { name: 'siloed', behaviours: new Set(), pricing: 'list' };
/** Sound processes, but sells on price instead of relationships: no joint visits, 20% off every bid. */
export const greedyDiscount: Style = {
  name: 'greedy-discount',
  behaviours: new Set<Behaviour>(['discovery', 'early-fr', 'credit-check', 'sensible-terms', 'reconciliation', 'ticket-sla', 'root-cause']),
  pricing: 'deep',
};
