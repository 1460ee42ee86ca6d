/**
 * The scripted strategies: one bot per role, steered by a `Style` — a set of knobs
 * (`style.ts`), one per part of the triangle's work.
 *
 * `iron-triangle` (par) turns every knob to the work the seeds describe: joint visits
 * across the decision chain, discovery before the solution, FR feasibility before the
 * bid, credit checks and sensible terms, reconciliation notices before due dates,
 * tickets within SLA, root causes fed back. `siloed` — the seeds' Sudan story — turns
 * them the other way: AR works alone, SR prices from the list, FR meets the customer
 * only after the contract. An ablation is par with one behaviour switched off.
 *
 * The bots only see a PlayerView and only act through legal actions; every advantage
 * a knob brings comes from how the engine's customers, competitors, factory and payers
 * respond to it. They keep no memory between turns: the same view gives the same choice.
 */
import type { Bot, BotTurn } from './types.ts';
import type { Action, CustomerView, OpportunityView, PlayerView, Terms } from '../engine/index.ts';
import { DISCOUNT_MENU, EXCHANGE_SUPPORT_CAP, TERMS_PRESETS } from '../engine/index.ts';
import type { Style } from './style.ts';
import { chooseCards } from './cards.ts';

export { BEHAVIOURS, ironTriangle, siloed, greedyDiscount, type Behaviour, type Style } from './style.ts';

const today = (v: PlayerView, role: 'AR' | 'SR' | 'FR') => (v.week - 1) * 7 + ((role === 'AR' ? v.company.days.AR : role === 'SR' ? v.company.days.SR : v.company.days.FR) - v.daysLeft[role]);

/** Would finance veto this customer unless it prepays? Only knowable after a credit check. */
function needsPrepay(v: PlayerView, cust: CustomerView): boolean {
  const c = cust.credit;
  if (!c) return false;
  return c.sizeYuan < v.company.minCustomerSize || c.pledgeRatioBp > v.company.maxPledgeRatioBp || v.company.ratingLimitBp[c.rating] === 0;
}

function termsFor(style: Style, cust: CustomerView): { terms: Terms; insured: boolean } | null {
  if (style.terms === 'unset') return null;
  if (style.terms !== 'auto') return { terms: TERMS_PRESETS[style.terms], insured: false };
  // Without a credit check nobody knows to ask a weaker customer for an advance or insurance.
  const credit = cust.credit;
  // The company's standard terms need no negotiating: the bid goes out on them anyway.
  if (!credit || credit.rating === 'A') return null;
  // Ask for the advance only where the buyer's tender allows one; otherwise insure the receivable.
  if (cust.termsNorm.maxAdvanceBp < TERMS_PRESETS.advance.advanceBp) return credit.insurable ? { terms: TERMS_PRESETS.standard, insured: true } : null;
  return { terms: TERMS_PRESETS.advance, insured: credit.insurable };
}

/** SR's price: inside the confirmed budget and close to the cheapest rival, never below cost. */
function discountFor(v: PlayerView, style: Style, o: OpportunityView): number {
  if (style.pricing === 'list') return 0;
  if (style.pricing === 'deep') return 2000; // the most a rep can give without escalation
  if (typeof style.pricing === 'number') return style.pricing;
  const p = v.products.find((x) => x.id === o.product)!;
  const list = p.listPrice * o.quantity;
  const rivals = v.competitors.filter((c) => o.competitors.includes(c.id)).map((c) => Math.floor((list * c.priceIndexBp) / 10000));
  // A confirmed budget is the price to fit; without one, stay near the cheapest rival.
  const target = o.budget ?? (rivals.length ? Math.floor((Math.min(...rivals) * 10500) / 10000) : list);
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

/** AR's terms for an opportunity without terms or bid (after a credit check, when the style checks credit). */
function* settleTerms(t: BotTurn, style: Style, o: OpportunityView): Generator<Action, void, boolean> {
  const cust = () => t.customer(o.customer);
  if (style.creditCheck && !cust().creditChecked) yield { kind: 'creditCheck', role: 'AR', customer: o.customer };
  if (style.creditCheck && needsPrepay(t.view(), cust())) {
    yield { kind: 'abandon', role: 'AR', opportunity: o.id }; // 前端防杂: no effort on a customer finance will veto
    return;
  }
  const chosen = termsFor(style, cust());
  if (chosen && t.daysLeft() > 0) yield { kind: 'setTerms', role: 'AR', opportunity: o.id, ...chosen };
}

/**
 * `learned` marketing reads the view before spending. Is there still time for a lead
 * found now to become an installed order (two turns to qualify, the bid window the team
 * has seen — four weeks until it has seen one —, the decision, the shortest lead time,
 * shipping and installation)? And has the market answered lately? A thin pipeline now
 * was thin in the last two weeks too unless a bid was decided or a lead expired since, so
 * AR was marketing then; if no new lead surfaced in those two weeks, that marketing found
 * nothing, and AR only probes every third week since the last find instead of paying
 * week after week.
 */
function marketingPays(v: PlayerView): boolean {
  const opps = v.opportunities;
  const window = opps.length ? Math.round(opps.reduce((n, o) => n + o.deadlineWeek - o.openedWeek, 0) / opps.length) : 4;
  const toInstall = 2 + window + 1 + Math.min(...v.products.map((p) => p.leadTimeWeeks)) + 2;
  if (v.weeks - v.week < toInstall) return false;
  const lately = (week: number) => v.week - week <= 2;
  const found = v.leads.some((l) => !l.repeat && lately(l.surfacedWeek));
  const shrank = opps.some((o) => (o.status === 'won' || o.status === 'lost' || o.status === 'noBid') && lately(o.deadlineWeek)) || v.leads.some((l) => l.grade === 'expired' && lately(l.expiresWeek));
  const lastFound = Math.max(0, ...v.leads.filter((l) => !l.repeat).map((l) => l.surfacedWeek));
  return v.week <= 2 || found || shrank || (v.week - lastFound) % 3 === 0;
}

function* marketing(t: BotTurn, style: Style): Generator<Action, void, boolean> {
  const left = () => t.daysLeft();
  const v = t.view();
  const pipeline = t.openOpportunities().length + v.leads.filter((l) => l.grade === 'primary' || l.grade === 'credible').length;
  if (style.marketing === 'never' || (style.marketing === 'whenThin' && pipeline >= 4) || left() < 2) return;
  const learned = style.marketingAim === 'learned';
  if (learned && !marketingPays(v)) return;
  const pick = t.dice.int(4);
  if (pick === 0 && left() >= 3) yield { kind: 'marketing', role: 'AR', activity: 'exhibition' };
  else if (pick === 1) yield { kind: 'marketing', role: 'AR', activity: 'seminar' };
  else {
    // Only a visit needs a target (and building every customer's view is not free).
    // A learned AR does not court a customer whose lead it has found to be junk.
    const junk = new Set(learned ? v.leads.filter((l) => l.grade === 'junk').map((l) => l.customer) : []);
    const targets = v.customers.filter((c) => !c.blacklisted && !(style.creditCheck && needsPrepay(v, c)) && !junk.has(c.id));
    if (targets.length) {
      const c = targets[t.dice.int(targets.length)]!;
      yield { kind: 'marketing', role: 'AR', activity: pick === 2 ? 'executiveVisit' : 'referenceVisit', customer: c.id };
    }
  }
}

/**
 * The days a colleague can give a joint visit this week without leaving its own due work
 * undone: FR's installations and acceptances waiting, tickets at their SLA and the
 * feasibility checks bids still need; SR's bids due (and their designs). A team that
 * coordinates asks before it borrows.
 */
function spareDays(t: BotTurn, role: 'SR' | 'FR'): number {
  const v = t.view();
  if (role === 'FR') {
    const due = v.orders.filter((o) => o.status === 'install' || o.status === 'acceptance').length +
      v.tickets.filter((k) => k.status === 'open' && k.kind !== 'complaint' && k.slaWeek <= v.week + 1).length +
      t.openOpportunities().filter((o) => !o.bid && o.feasibilityWeek === null).length;
    return t.daysLeft('FR') - due;
  }
  const bids = t.openOpportunities().filter((o) => !o.bid && o.deadlineWeek - v.week <= 1);
  return t.daysLeft('SR') - bids.reduce((n, o) => n + 1 + (o.solutionDesigned ? 0 : 2), 0);
}

/** Up to `max` visits to the stakeholders AR's style targets, with the colleague each one needs when that colleague has days to spare. */
function* visitChain(t: BotTurn, style: Style, opportunity: string, max: number): Generator<Action, void, boolean> {
  const o = t.opportunity(opportunity);
  const stakeholders = t.customer(o.customer).stakeholders.filter((s) => s.present).sort((a, b) => b.influence - a.influence || a.id.localeCompare(b.id));
  const targets =
    // A chain already won over still gets one visit to open the conversation (discovery needs it).
    style.visits === 'chain' ? stakeholders.filter((s, i) => s.support < 70 || (i === 0 && style.discovery && o.visits === 0))
    : style.visits === 'decisionMaker' ? stakeholders.filter((s) => s.role === 'decisionMaker' && (s.support < 40 || (style.discovery && o.visits === 0)))
    : [];
  for (const s of targets.slice(0, style.visits === 'decisionMaker' ? 1 : max)) {
    if (t.daysLeft() === 0) break;
    const withRoles: ('SR' | 'FR')[] = [];
    if (style.joint) {
      // Never a person's days: in solo mode the player's week is the player's.
      if ((s.role === 'technicalEvaluator' || s.role === 'influencer') && !t.humans.has('SR') && spareDays(t, 'SR') >= 2) withRoles.push('SR');
      if ((s.role === 'procurement' || s.role === 'decisionMaker' || s.role === 'finance') && !t.humans.has('FR') && spareDays(t, 'FR') >= 2) withRoles.push('FR');
    }
    yield { kind: 'visit', role: 'AR', opportunity, stakeholder: s.id, with: withRoles };
  }
}

function* accountTurn(t: BotTurn, style: Style): Generator<Action, void, boolean> {
  const left = () => t.daysLeft();
  if (t.view().pendingCards.length > 0) yield* chooseCards(t, style);
  let v = t.view();
  // Complaints: answered within SLA by a disciplined team, only once they blow up otherwise.
  if (style.service !== 'never') {
    for (const tk of v.tickets.filter((x) => x.kind === 'complaint' && x.status === 'open').sort((a, b) => a.slaWeek - b.slaWeek)) {
      if (left() > 0 && (style.service === 'onTime' || tk.breached)) yield { kind: 'workTicket', role: 'AR', ticket: tk.id };
    }
  }
  // Receivables.
  v = t.view();
  const now = today(v, 'AR');
  if (style.cash === 'full') {
    const due = new Set(v.invoices.filter((i) => i.status === 'open' && !i.reconciled && i.dueDay >= now && i.dueDay - now <= 30).map((i) => i.customer));
    for (const c of [...due].sort()) if (left() > 0) yield { kind: 'sendReconciliation', role: 'AR', customer: c };
  }
  if (style.cash !== 'none') {
    for (const inv of t.view().invoices.filter((i) => i.status === 'open' && i.dueDay < now).sort((a, b) => a.dueDay - b.dueDay)) {
      if (left() === 0) break;
      const overdue = now - inv.dueDay;
      if (style.cash === 'full') {
        const k = v.contracts.find((c) => c.id === inv.contract)!;
        if (inv.overdueCause === null) yield { kind: 'analyzeOverdue', role: 'AR', invoice: inv.id };
        else if (k.insured && overdue >= 90) yield { kind: 'claimInsurance', role: 'AR', invoice: inv.id };
        else if (inv.overdueCause === 'theirs' && overdue >= 120) yield { kind: 'legalAction', role: 'AR', invoice: inv.id };
        else if (inv.overdueCause === 'theirs' && inv.dunned < 2) yield { kind: 'dun', role: 'AR', invoice: inv.id };
      } else if (overdue > 45 && inv.dunned < 1) {
        yield { kind: 'dun', role: 'AR', invoice: inv.id };
      }
    }
  }
  // Opportunities, nearest deadline first.
  for (const o0 of t.openOpportunities()) {
    if (left() === 0) break;
    let o = t.opportunity(o0.id);
    const cust = () => t.customer(o.customer);
    if (style.creditCheck && !cust().creditChecked) yield { kind: 'creditCheck', role: 'AR', customer: o.customer };
    if (style.creditCheck && needsPrepay(t.view(), cust()) && !o.bid) {
      yield { kind: 'abandon', role: 'AR', opportunity: o.id }; // 前端防杂: no effort on a customer finance will veto
      continue;
    }
    if (!o.terms && !o.bid && left() > 0) {
      const chosen = termsFor(style, cust());
      if (chosen) yield { kind: 'setTerms', role: 'AR', opportunity: o.id, ...chosen };
    }
    // First the most influential person not yet won over (the decision maker to open the
    // conversation), then SPIN discovery while the relationship is fresh: the other
    // opportunities get their turn before a second visit here.
    yield* visitChain(t, style, o.id, style.visits === 'chain' ? 1 : 2);
    o = t.opportunity(o0.id);
    if (style.discovery && o.budget === null && o.visits > 0 && left() > 0) yield { kind: 'discover', role: 'AR', opportunity: o.id };
  }
  // Then the rest of the decision chain with the days left.
  if (style.visits === 'chain') for (const o of t.openOpportunities()) if (left() > 0 && !needsPrepay(t.view(), t.customer(o.customer))) yield* visitChain(t, style, o.id, 1);
  // Leads: qualify what we have; a disciplined team drops leads of customers it cannot serve.
  if (style.qualify) {
    for (const l of t.view().leads.filter((x) => x.grade === 'primary' || x.grade === 'credible').sort((a, b) => a.expiresWeek - b.expiresWeek || a.id.localeCompare(b.id))) {
      if (left() === 0) break;
      if (style.creditCheck && needsPrepay(t.view(), t.customer(l.customer))) {
        yield { kind: 'dropLead', role: 'AR', lead: l.id };
        continue;
      }
      // Terms at qualification: the lead becomes an opportunity only when the terms fit in the same turn.
      if (style.termsWhen === 'atQualify' && l.grade === 'credible' && style.terms !== 'unset') {
        const need = 2 + (style.creditCheck && !t.customer(l.customer).creditChecked ? 1 : 0);
        if (left() < need) continue;
      }
      const ok = yield { kind: 'qualifyLead', role: 'AR', lead: l.id };
      const opened = ok && l.grade === 'credible' ? t.openOpportunities().find((o) => o.lead === l.id) : undefined;
      if (opened && style.termsWhen === 'atQualify' && !opened.terms && !opened.bid && left() > 0) yield* settleTerms(t, style, opened);
    }
  }
  yield* marketing(t, style);
}

function* solutionTurn(t: BotTurn, style: Style): Generator<Action, void, boolean> {
  if (t.view().pendingCards.length > 0) yield* chooseCards(t, style);
  const week = t.view().week;
  const bidNow = (o: OpportunityView) => style.bid === 'atOnce' || o.deadlineWeek - week <= 1 || (style.bid === 'budgetKnown' && o.budget !== null);
  // Days the bids due now still need (design and the bid itself): exchanges and workshops come out of the rest.
  const reserve = () => t.openOpportunities().filter((o) => !o.bid && bidNow(o)).reduce((n, o) => n + 1 + (style.design && !o.solutionDesigned ? 2 : 0), 0);
  if (style.technicalExchange) {
    // 技术交流 where a deal is being shaped: engineers not yet won over, before the design.
    const done = new Set<string>();
    for (const o of t.openOpportunities()) {
      if (o.bid || done.has(o.customer) || t.daysLeft() <= reserve()) continue;
      const c = t.customer(o.customer);
      if (c.exchangeWeek === week || !c.stakeholders.some((s) => s.present && (s.role === 'technicalEvaluator' || s.role === 'influencer') && s.support < EXCHANGE_SUPPORT_CAP)) continue;
      done.add(o.customer);
      yield { kind: 'technicalExchange', role: 'SR', customer: o.customer };
    }
  }
  if (style.workshop) {
    for (const l of t.view().leads.filter((x) => (x.grade === 'primary' || x.grade === 'credible') && !x.workshop)) {
      if (t.daysLeft() < 2 + reserve()) break;
      const c = t.customer(l.customer);
      if (c.blacklisted || (style.creditCheck && needsPrepay(t.view(), c))) continue;
      yield { kind: 'solutionWorkshop', role: 'SR', lead: l.id };
    }
  }
  for (const o0 of t.openOpportunities()) {
    const o = t.opportunity(o0.id);
    if (o.bid || t.daysLeft() === 0) continue;
    // `late`: late enough for the team's groundwork to count, early enough for approval.
    const now = bidNow(o);
    if (style.design && !o.solutionDesigned && t.daysLeft() >= 2) {
      const painsKnown = t.customer(o.customer).painsKnown.some((p) => p.product === o.product);
      if (painsKnown || now) yield { kind: 'designSolution', role: 'SR', opportunity: o.id };
    }
    if (now) yield { kind: 'submitBid', role: 'SR', opportunity: o.id, discountBp: discountFor(t.view(), style, o) };
  }
  if (style.rootCause) {
    for (const tk of t.view().tickets.filter((x) => x.kind === 'repair' && x.status === 'resolved' && !x.rootCauseFed)) {
      if (t.daysLeft() === 0) break;
      yield { kind: 'feedRootCause', role: 'SR', ticket: tk.id };
    }
  }
  if (style.technicalExchange) yield* prospect(t, style);
}

/**
 * SR's lead hunting (线索从技术交流中来): with a thin pipeline and time for a new lead to
 * pay (the same reading of the view as AR's learned marketing), one exchange a week with
 * the customer the team has talked to least lately — never one it found junk at or one
 * finance would veto.
 */
function* prospect(t: BotTurn, style: Style): Generator<Action, void, boolean> {
  const v = t.view();
  const pipeline = t.openOpportunities().length + v.leads.filter((l) => l.grade === 'primary' || l.grade === 'credible').length;
  if (pipeline >= 4 || t.daysLeft() === 0 || !marketingPays(v)) return;
  const junk = new Set(v.leads.filter((l) => l.grade === 'junk').map((l) => l.customer));
  const targets = v.customers
    .filter((c) => !c.blacklisted && c.exchangeWeek !== v.week && !junk.has(c.id) && !(style.creditCheck && needsPrepay(v, c)))
    .filter((c) => c.stakeholders.some((s) => s.present && (s.role === 'technicalEvaluator' || s.role === 'influencer')))
    .sort((a, b) => (a.exchangeWeek ?? 0) - (b.exchangeWeek ?? 0) || a.id.localeCompare(b.id));
  if (targets.length) yield { kind: 'technicalExchange', role: 'SR', customer: targets[0]!.id };
}

function* fulfilmentTurn(t: BotTurn, style: Style): Generator<Action, void, boolean> {
  const left = () => t.daysLeft();
  const onTime = style.service === 'onTime';
  if (t.view().pendingCards.length > 0) yield* chooseCards(t, style);
  if (style.delivery) for (const o of t.view().orders.filter((x) => x.status === 'install')) if (left() > 0) yield { kind: 'install', role: 'FR', order: o.id };
  const tickets = () =>
    t.view().tickets.filter((x) => x.status === 'open' && x.kind !== 'complaint' && x.kind !== 'install').sort((a, b) => a.slaWeek - b.slaWeek || a.severity - b.severity);
  // With SLA discipline the tickets closest to breach go first; without it, whatever is
  // oldest, and only once the deliveries are done.
  if (onTime) for (const tk of tickets().filter((x) => x.slaWeek <= t.view().week + 1)) if (left() > 0) yield { kind: 'workTicket', role: 'FR', ticket: tk.id };
  const v = t.view();
  if (style.delivery) {
    for (const o of v.orders.filter((x) => x.status === 'acceptance')) {
      const repairOpen = v.tickets.some((x) => x.order === o.id && x.kind === 'repair' && x.status === 'open');
      if (!repairOpen && left() > 0) yield { kind: 'acceptance', role: 'FR', order: o.id };
    }
  }
  if (style.feasibility) {
    for (const o of t.openOpportunities().filter((x) => x.feasibilityWeek === null && !x.bid)) if (left() > 0) yield { kind: 'feasibility', role: 'FR', opportunity: o.id };
  }
  if (style.service !== 'never') {
    // Without SLA discipline a ticket waits its turn: a week in the queue, oldest first, three a week.
    if (onTime) {
      // The list is read again after each ticket: working a repair can open a follow-up
      // (the faulty part's return), which a day left this week should take.
      const tried = new Set<string>();
      for (let tk = tickets()[0]; tk && left() > 0; tk = tickets().find((x) => !tried.has(x.id))) {
        tried.add(tk.id);
        yield { kind: 'workTicket', role: 'FR', ticket: tk.id };
      }
    } else {
      const backlog = tickets().filter((x) => x.openedWeek <= t.view().week - 2).sort((a, b) => a.openedWeek - b.openedWeek || a.id.localeCompare(b.id)).slice(0, 3);
      for (const tk of backlog) if (left() > 0) yield { kind: 'workTicket', role: 'FR', ticket: tk.id };
    }
  }
  // Groundwork with the days left once deliveries and tickets are covered.
  if (style.siteSurvey) {
    for (const o of t.openOpportunities().filter((x) => !x.siteSurveyed && !x.bid)) if (left() > 0) yield { kind: 'siteSurvey', role: 'FR', opportunity: o.id };
  }
  if (style.prepare) {
    const preparable = ['approving', 'awaitingAdvance', 'production', 'shipping'];
    for (const o of t.view().orders.filter((x) => !x.prepared && preparable.includes(x.status))) if (left() > 0) yield { kind: 'prepareInstallation', role: 'FR', order: o.id };
  }
  if (style.maintenance) {
    // 巡检: each installed customer when its maintenance is due, keeping spare parts for repairs.
    const mv = t.view();
    const installed = [...new Set(mv.orders.filter((o) => o.status === 'acceptance' || o.status === 'accepted').map((o) => o.customer))].sort();
    for (const id of installed) {
      if (left() === 0 || t.view().partsInventory < 3) break;
      const w = t.customer(id).maintainedWeek;
      if (w === null || mv.week - w >= 4) yield { kind: 'preventiveMaintenance', role: 'FR', customer: id };
    }
  }
  if (style.service === 'never') return;
  const pv = t.view();
  const spares = pv.partsInventory + pv.partsOnOrder;
  if ((onTime ? spares < 3 : pv.partsInventory <= 1 && pv.partsOnOrder === 0) && left() > 0) yield { kind: 'orderParts', role: 'FR', qty: 5 };
}

export function teamBot(style: Style): Bot {
  return {
    strategy: style.name,
    diceKey: style.dice ?? style.name,
    // The role's own generator, handed back as is: a delegating `yield*` would add a
    // generator hop to every action of every game.
    turn: (t) => (t.role === 'AR' ? accountTurn(t, style) : t.role === 'SR' ? solutionTurn(t, style) : fulfilmentTurn(t, style)),
  };
}
