/**
 * Delivery to cash (DTC, 回款): milestone invoices, how each customer pays, and what AR
 * can do about receivables — reconciliation notices 30 days before due, dunning,
 * overdue analysis, legal action, credit-insurance claims, write-off, blacklisting.
 *
 * A customer pays according to its own behaviour (reliability, payables delay, cash
 * position), and withholds payment while a complaint of theirs is open: if the cause
 * is ours, only the ITR side can unlock the cash.
 *
 * Our own cash and the overdraft line (the rule for cash below zero):
 * - the bank lets cash go down to −company.overdraftLimit;
 * - spending the team chooses (OVERDRAFT_SPENDING: marketing, credit checks, spare parts,
 *   lawsuits, technical exchanges, workshops, site surveys, preventive maintenance) is refused with `overdraftLimit` if it would take cash below the line;
 * - costs already committed — production, logistics, install crews, service work,
 *   late penalties, insurance premiums, scripted events and the interest itself — are
 *   always paid, so they alone can take cash past the line;
 * - at each week's end, after the week's payments, cash below zero costs
 *   company.overdraftInterestBp of the overdrawn amount (ledger `interest`), and the week
 *   counts as overdrawn (stats.overdraftInterest, stats.weeksOverdrawn: the debrief);
 * - the moment cash goes below zero the feed says so (`cashOverdrawn`).
 */
import type { ActionDef, CheckCtx } from './types.ts';
import { reject } from './types.ts';
import { bpOf, changeSatisfaction, dealOfContract, emit, nextId, weekEndDay, weekStartDay, type Ctx } from '../context.ts';
import type { Contract, Invoice, Milestone, Rejection } from '../state.ts';

export const ADVANCE_NET_DAYS = 7;
export const RECONCILE_WINDOW_DAYS = 30;
export const DUN_BONUS_BP = 1500;
export const LOW_SATISFACTION_DELAY_DAYS = 14;
export const LEGAL = { minOverdueDays: 60, weeks: 8, costBp: 500, minCost: 20000, recoveryBp: 5000, recoveryIfDefaultedBp: 3000 } as const;
export const INSURANCE = { minOverdueDays: 90, recoveryBp: 8000 } as const;
export const WRITE_OFF_MIN_OVERDUE_DAYS = 90;
/** Below this cash position a customer may stop paying altogether (its defaultRiskBp per week). */
export const DISTRESS_CASH = 20;

const MILESTONES: Milestone[] = ['advance', 'delivery', 'acceptance', 'retention'];
const shareOf = (k: Contract, m: Milestone): number =>
  ({ advance: k.terms.advanceBp, delivery: k.terms.deliveryBp, acceptance: k.terms.acceptanceBp, retention: k.terms.retentionBp })[m];

/** The amount of a milestone; the last milestone takes the rounding remainder so they sum to the price. */
export function milestoneAmount(k: Contract, m: Milestone): number {
  const used = MILESTONES.filter((x) => shareOf(k, x) > 0);
  if (used[used.length - 1] === m) {
    return k.price - used.slice(0, -1).reduce((sum, x) => sum + bpOf(k.price, shareOf(k, x)), 0);
  }
  return bpOf(k.price, shareOf(k, m));
}

export function issueInvoice(ctx: Ctx, k: Contract, milestone: Milestone, day: number): void {
  if (shareOf(k, milestone) <= 0) return;
  const { s } = ctx;
  const amount = milestoneAmount(k, milestone);
  const id = nextId(s, 'inv');
  s.invoices[id] = {
    id,
    contract: k.id,
    customer: k.customer,
    milestone,
    amount,
    issuedDay: day,
    dueDay: day + (milestone === 'advance' ? ADVANCE_NET_DAYS : k.terms.netDays),
    plannedPayDay: null,
    paidDay: null,
    // The customer expects the advance: it needs no reconciliation to be paid on time.
    reconciled: milestone === 'advance',
    dunned: 0,
    overdueCause: null,
    status: 'open',
    legalUntilWeek: null,
  };
  s.stats.invoiced += amount;
  emit(ctx, 'invoiceIssued', { invoice: id, contract: k.id, customer: k.customer, milestone, amount });
}

/** Today, for AR: the working day after the days AR has already spent this week. */
const arToday = (c: CheckCtx): number => weekStartDay(c.s.week) + c.s.daysUsed.AR;

export function hasOpenGrievance(c: CheckCtx, customer: string): boolean {
  for (const id in c.s.tickets) {
    const t = c.s.tickets[id]!;
    if (t.customer === customer && t.status === 'open' && (t.kind === 'complaint' || t.breached)) return true;
  }
  return false;
}

function receive(ctx: Ctx, inv: Invoice, amount: number, day: number, fromCustomer: boolean): void {
  const { s } = ctx;
  s.cash += amount;
  s.stats.collected += amount;
  if (fromCustomer) {
    s.ledger.collections += amount;
    const k = s.contracts[inv.contract]!;
    s.stats.cashDaysWeighted += amount * Math.max(0, day - k.readyDay);
    s.stats.cashDaysAmount += amount;
  } else {
    s.ledger.insuranceClaims += amount;
  }
  const k = s.contracts[inv.contract]!;
  k.openExposure = Math.max(0, k.openExposure - inv.amount);
}

/**
 * The customer's finance people release the payments: one who backs us puts our invoice
 * through in this week's run, one who opposes us finds reasons to hold it. Each point of
 * their support (−100…100) moves the weekly chance of payment by this many basis points —
 * the decision chain that signs the contract is also the chain that pays it.
 */
export const FINANCE_SUPPORT_BP = 20;

/** Mean support of the customer's finance stakeholders still in post (0 when it has none). */
export function financeSupport(c: CheckCtx, customer: string): number {
  const live = c.s.customers[customer]!.stakeholders;
  let sum = 0;
  let n = 0;
  for (const st of c.ix.customer.get(customer)!.stakeholders) {
    if (st.role !== 'finance' || !live[st.id]!.present) continue;
    sum += live[st.id]!.support;
    n++;
  }
  return n === 0 ? 0 : Math.trunc(sum / n);
}

/** Weekly: customers pay — or don't — what has fallen due. */
export function collectPayments(ctx: Ctx): void {
  const { s } = ctx;
  const start = weekStartDay(s.week);
  const end = weekEndDay(s.week);
  for (const inv of Object.values(s.invoices)) {
    if (inv.status !== 'open' || inv.dueDay > end) continue;
    const live = s.customers[inv.customer]!;
    const behaviour = ctx.ix.customer.get(inv.customer)!.payment;
    if (inv.plannedPayDay === null) {
      // A reconciled invoice is already in their payment run; otherwise payables finds it late.
      inv.plannedPayDay = inv.reconciled ? inv.dueDay : inv.dueDay + behaviour.delayDays + (live.satisfaction < 50 ? LOW_SATISFACTION_DELAY_DAYS : 0);
    }
    if (inv.plannedPayDay > end || live.defaulted) continue;
    if (hasOpenGrievance(ctx, inv.customer)) continue; // withheld until we fix what is ours
    let chance = behaviour.reliabilityBp + DUN_BONUS_BP * Math.min(inv.dunned, 2) + financeSupport(ctx, inv.customer) * FINANCE_SUPPORT_BP;
    if (live.cashPosition < 40) chance -= (40 - live.cashPosition) * 150;
    if (!ctx.luck.chance(`pay|${dealOfContract(s, inv.contract)}|${inv.milestone}|${s.week}`, chance)) continue;
    const day = Math.max(inv.plannedPayDay, start);
    inv.status = 'paid';
    inv.paidDay = day;
    receive(ctx, inv, inv.amount, day, true);
    emit(ctx, 'paymentReceived', { invoice: inv.id, customer: inv.customer, amount: inv.amount, daysLate: Math.max(0, day - inv.dueDay) });
  }
}

/** Weekly: customers in distress may stop paying; lawsuits come to judgement. */
export function creditEvents(ctx: Ctx): void {
  const { s } = ctx;
  for (const id in s.customers) {
    const live = s.customers[id]!;
    if (live.defaulted || live.cashPosition >= DISTRESS_CASH) continue;
    const owes = Object.values(s.invoices).some((i) => i.customer === id && i.status === 'open');
    if (owes && ctx.luck.chance(`default|${id}|${s.week}`, ctx.ix.customer.get(id)!.payment.defaultRiskBp)) {
      live.defaulted = true;
      emit(ctx, 'customerDefaulted', { customer: id });
    }
  }
  for (const inv of Object.values(s.invoices)) {
    if (inv.status !== 'legal' || inv.legalUntilWeek === null || inv.legalUntilWeek > s.week) continue;
    const bp = s.customers[inv.customer]!.defaulted ? LEGAL.recoveryIfDefaultedBp : LEGAL.recoveryBp;
    const recovered = bpOf(inv.amount, bp);
    receive(ctx, inv, recovered, weekStartDay(s.week), true);
    s.stats.badDebt += inv.amount - recovered;
    inv.status = 'writtenOff';
    emit(ctx, 'legalJudgement', { invoice: inv.id, customer: inv.customer, recovered, lost: inv.amount - recovered });
  }
}

export const sendReconciliation: ActionDef<'sendReconciliation'> = {
  kind: 'sendReconciliation',
  category: 'finance',
  cost: () => ({ AR: 1 }),
  check: (c, a) => {
    if (!c.ix.customer.has(a.customer)) return reject('unknownCustomer', { customer: a.customer });
    const today = arToday(c);
    const due = Object.values(c.s.invoices).some(
      (i) => i.customer === a.customer && i.status === 'open' && !i.reconciled && i.dueDay >= today && i.dueDay - today <= RECONCILE_WINDOW_DAYS,
    );
    return due ? null : reject('nothingToReconcile', { customer: a.customer, days: RECONCILE_WINDOW_DAYS });
  },
  perform: (ctx, a) => {
    const today = arToday(ctx);
    let n = 0;
    for (const i of Object.values(ctx.s.invoices)) {
      if (i.customer === a.customer && i.status === 'open' && !i.reconciled && i.dueDay >= today && i.dueDay - today <= RECONCILE_WINDOW_DAYS) {
        i.reconciled = true;
        n++;
      }
    }
    emit(ctx, 'reconciliationSent', { customer: a.customer, invoices: n });
  },
};

function overdueInvoice(c: CheckCtx, id: string, minDays: number) {
  const inv = c.s.invoices[id];
  if (!inv) return reject('unknownInvoice', { invoice: id });
  if (inv.status !== 'open') return reject('invoiceNotOpen', { invoice: id, status: inv.status });
  const overdue = arToday(c) - inv.dueDay;
  if (overdue < Math.max(1, minDays)) return reject('notOverdueEnough', { invoice: id, days: Math.max(1, minDays), overdue: Math.max(0, overdue) });
  return null;
}

export const dun: ActionDef<'dun'> = {
  kind: 'dun',
  category: 'finance',
  cost: () => ({ AR: 1 }),
  check: (c, a) => overdueInvoice(c, a.invoice, 1),
  perform: (ctx, a) => {
    const inv = ctx.s.invoices[a.invoice]!;
    inv.dunned += 1;
    // Chasing money while their complaint is open only annoys them.
    if (hasOpenGrievance(ctx, inv.customer)) changeSatisfaction(ctx, inv.customer, -5, 'dunnedWhileAggrieved');
    emit(ctx, 'dunned', { invoice: inv.id, customer: inv.customer, times: inv.dunned });
  },
};

export const analyzeOverdue: ActionDef<'analyzeOverdue'> = {
  kind: 'analyzeOverdue',
  category: 'finance',
  cost: () => ({ AR: 1 }),
  check: (c, a) => overdueInvoice(c, a.invoice, 1) ?? (c.s.invoices[a.invoice]!.overdueCause ? reject('alreadyAnalyzed', { invoice: a.invoice }) : null),
  perform: (ctx, a) => {
    const inv = ctx.s.invoices[a.invoice]!;
    const live = ctx.s.customers[inv.customer]!;
    inv.overdueCause = hasOpenGrievance(ctx, inv.customer) ? 'ours' : 'theirs';
    emit(ctx, 'overdueAnalyzed', { invoice: inv.id, customer: inv.customer, cause: inv.overdueCause, defaulted: live.defaulted, cashPosition: live.cashPosition });
  },
};

const legalCost = (inv: Invoice): number => Math.max(LEGAL.minCost, bpOf(inv.amount, LEGAL.costBp));

export const legalAction: ActionDef<'legalAction'> = {
  kind: 'legalAction',
  category: 'finance',
  cost: () => ({ AR: 1 }),
  check: (c, a) => overdueInvoice(c, a.invoice, LEGAL.minOverdueDays) ?? pastOverdraftLine(c, legalCost(c.s.invoices[a.invoice]!)),
  perform: (ctx, a) => {
    const { s } = ctx;
    const inv = s.invoices[a.invoice]!;
    const cost = legalCost(inv);
    s.cash -= cost;
    s.ledger.legal -= cost;
    inv.status = 'legal';
    inv.legalUntilWeek = s.week + LEGAL.weeks;
    const live = s.customers[inv.customer]!;
    changeSatisfaction(ctx, inv.customer, -live.satisfaction, 'sued');
    closeAccount(ctx, inv.customer);
    emit(ctx, 'legalActionStarted', { invoice: inv.id, customer: inv.customer, cost, untilWeek: inv.legalUntilWeek });
  },
};

export const claimInsurance: ActionDef<'claimInsurance'> = {
  kind: 'claimInsurance',
  category: 'finance',
  cost: () => ({ AR: 1 }),
  check: (c, a) => {
    const bad = overdueInvoice(c, a.invoice, INSURANCE.minOverdueDays);
    if (bad) return bad;
    return c.s.contracts[c.s.invoices[a.invoice]!.contract]!.insured ? null : reject('notInsured', { invoice: a.invoice });
  },
  perform: (ctx, a) => {
    const { s } = ctx;
    const inv = s.invoices[a.invoice]!;
    const recovered = bpOf(inv.amount, INSURANCE.recoveryBp);
    receive(ctx, inv, recovered, weekStartDay(s.week), false);
    s.stats.badDebt += inv.amount - recovered;
    inv.status = 'claimed';
    emit(ctx, 'insuranceClaimed', { invoice: inv.id, customer: inv.customer, recovered });
  },
};

export const writeOff: ActionDef<'writeOff'> = {
  kind: 'writeOff',
  category: 'finance',
  cost: () => ({ AR: 1 }),
  check: (c, a) => overdueInvoice(c, a.invoice, WRITE_OFF_MIN_OVERDUE_DAYS),
  perform: (ctx, a) => {
    const { s } = ctx;
    const inv = s.invoices[a.invoice]!;
    s.stats.badDebt += inv.amount;
    inv.status = 'writtenOff';
    const k = s.contracts[inv.contract]!;
    k.openExposure = Math.max(0, k.openExposure - inv.amount);
    emit(ctx, 'badDebtWrittenOff', { invoice: inv.id, customer: inv.customer, amount: inv.amount });
  },
};

export const blacklist: ActionDef<'blacklist'> = {
  kind: 'blacklist',
  category: 'finance',
  cost: () => ({ AR: 1 }),
  check: ({ s, ix }, a) => {
    if (!ix.customer.has(a.customer)) return reject('unknownCustomer', { customer: a.customer });
    if (s.customers[a.customer]!.blacklisted) return reject('customerBlacklisted', { customer: a.customer });
    return null;
  },
  perform: (ctx, a) => closeAccount(ctx, a.customer),
};

/** Blacklisting (directly, or by suing): no more business — open leads and deals are dropped. */
function closeAccount(ctx: Ctx, customer: string): void {
  const { s } = ctx;
  s.customers[customer]!.blacklisted = true;
  for (const l of Object.values(s.leads)) if (l.customer === customer && (l.grade === 'primary' || l.grade === 'credible')) l.grade = 'dropped';
  for (const o of Object.values(s.opportunities)) if (o.customer === customer && (o.status === 'open' || o.status === 'bidding')) o.status = 'noBid';
  emit(ctx, 'blacklisted', { customer });
}

/** Spending the team chooses, refused past the overdraft line (the file comment has the rule). */
export const OVERDRAFT_SPENDING: ReadonlySet<string> = new Set([
  'marketing', 'creditCheck', 'orderParts', 'legalAction', 'technicalExchange', 'solutionWorkshop', 'siteSurvey', 'preventiveMaintenance',
]);

/** `overdraftLimit` when paying `amount` now would take cash below −company.overdraftLimit. */
export function pastOverdraftLine(c: CheckCtx, amount: number): Rejection | null {
  const room = c.s.cash + c.sc.company.overdraftLimit;
  return amount > room ? reject('overdraftLimit', { cost: amount, room: Math.max(0, room), limit: c.sc.company.overdraftLimit }) : null;
}

/** The feed's warning, once, when something just took cash from zero or above to below it. */
export function warnIfOverdrawn(ctx: Ctx, cashBefore: number): void {
  if (cashBefore >= 0 && ctx.s.cash < 0) emit(ctx, 'cashOverdrawn', { cash: ctx.s.cash, limit: ctx.sc.company.overdraftLimit });
}

/** Weekly, after the week's payments: a week ending below zero pays interest on the overdraft. */
export function chargeOverdraftInterest(ctx: Ctx): void {
  const { s, sc } = ctx;
  if (s.cash >= 0) return;
  const interest = bpOf(-s.cash, sc.company.overdraftInterestBp);
  s.stats.weeksOverdrawn += 1;
  s.cash -= interest;
  s.ledger.interest -= interest;
  s.stats.overdraftInterest += interest;
  emit(ctx, 'overdraftInterest', { interest, cash: s.cash, limit: sc.company.overdraftLimit });
}
