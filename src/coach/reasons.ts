/**
 * Why the coach suggests an action: a reason code per action kind (the UI's catalogue
 * `coach.reason.<code>` turns it into a sentence in zh and en, in the seed's words —
 * 线索管理, 商机, 客户拜访, 商务报价, 回款, ITR 工单…) and the numbers the player can
 * see. Params follow a naming rule the UI formats by: `*Yuan` money, `*Bp` a share in
 * basis points, `customer` a customer id, `stakeholderRole`, `ticketKind`; anything else
 * is shown as it is. An action kind without an entry gets the generic reason, so kinds
 * added to the engine later are explained too.
 */
import type { Scenario } from '../scenario/schema.ts';
import { estimateBid, type Action, type GameState, type PlayerView, type Role } from '../engine/index.ts';
import { lookAhead } from './foresight.ts';

export interface CoachReason { code: string; params: Record<string, string | number> }

const DAY = 7;
const today = (v: PlayerView, role: Role) => (v.week - 1) * DAY + (v.company.days[role] - v.daysLeft[role]);
const oppOf = (v: PlayerView, id: string) => v.opportunities.find((o) => o.id === id);
const custOf = (v: PlayerView, id: string) => v.customers.find((c) => c.id === id);

type Builder = (sc: Scenario, v: PlayerView, a: never, belief: GameState) => CoachReason | null;
const r = (code: string, params: CoachReason['params'] = {}): CoachReason => ({ code, params });

/** One entry per action kind the coach knows how to explain. */
const REASONS: Record<string, Builder> = {
  marketing: (_sc, v) => {
    const open = v.opportunities.filter((o) => o.status === 'open' || o.status === 'bidding').length;
    const leads = v.leads.filter((l) => l.grade === 'primary' || l.grade === 'credible').length;
    return r('marketing', { pipeline: open + leads, weeks: v.weeks - v.week });
  },
  qualifyLead: (_sc, v, a: Extract<Action, { kind: 'qualifyLead' }>) => {
    const l = v.leads.find((x) => x.id === a.lead);
    if (!l) return null;
    return r(l.grade === 'credible' ? 'qualifyCredible' : 'qualifyPrimary', { customer: l.customer, weeks: Math.max(0, l.expiresWeek - v.week) });
  },
  dropLead: (_sc, v, a: Extract<Action, { kind: 'dropLead' }>) => r('dropLead', { customer: v.leads.find((x) => x.id === a.lead)?.customer ?? '' }),
  abandon: (_sc, v, a: Extract<Action, { kind: 'abandon' }>) => r('abandon', { customer: oppOf(v, a.opportunity)?.customer ?? '' }),
  visit: (sc, v, a: Extract<Action, { kind: 'visit' }>, belief) => {
    const o = oppOf(v, a.opportunity);
    const st = o ? custOf(v, o.customer)?.stakeholders.find((s) => s.id === a.stakeholder) : undefined;
    if (!o || !st) return null;
    // The look-ahead: the support this visit leaves, by the engine's own visit rule.
    const after = lookAhead(sc, belief, a)?.customers[o.customer]?.stakeholders[a.stakeholder]?.support ?? st.support;
    return r(a.with.length ? 'visitJoint' : 'visit', { stakeholderRole: st.role, influence: st.influence, support: st.support, after, target: 70, weeks: Math.max(0, o.deadlineWeek - v.week) });
  },
  discover: (_sc, v, a: Extract<Action, { kind: 'discover' }>) => r('discover', { customer: oppOf(v, a.opportunity)?.customer ?? '' }),
  creditCheck: (_sc, _v, a: Extract<Action, { kind: 'creditCheck' }>) => r('creditCheck', { customer: a.customer }),
  setTerms: (_sc, v, a: Extract<Action, { kind: 'setTerms' }>) => {
    const o = oppOf(v, a.opportunity);
    const c = o ? custOf(v, o.customer) : undefined;
    return r(a.insured ? 'setTermsInsured' : 'setTerms', { rating: c?.credit?.rating ?? '?', advanceBp: a.terms.advanceBp, netDays: a.terms.netDays });
  },
  designSolution: (_sc, v, a: Extract<Action, { kind: 'designSolution' }>) => {
    const o = oppOf(v, a.opportunity);
    const pains = o ? (custOf(v, o.customer)?.painsKnown.filter((p) => p.product === o.product).length ?? 0) : 0;
    return r(pains > 0 ? 'designSolution' : 'designBlind', { fit: o?.solutionFit ?? 0, pains });
  },
  submitBid: (_sc, v, a: Extract<Action, { kind: 'submitBid' }>) => {
    // The look-ahead: the team's own estimate of this price (engine/estimate.ts, from the view).
    const x = estimateBid(v, a.opportunity)?.options.find((o) => o.discountBp === a.discountBp);
    const o = oppOf(v, a.opportunity);
    if (!x || !o) return null;
    return r(x.budget === 'unknown' ? 'submitBidNoBudget' : 'submitBid', {
      priceYuan: x.price, marginYuan: x.margin, marginBp: x.marginBp, chanceBp: x.winChanceBp, discountBp: a.discountBp, week: o.deadlineWeek,
    });
  },
  feasibility: (_sc, v, a: Extract<Action, { kind: 'feasibility' }>) => r('feasibility', { week: oppOf(v, a.opportunity)?.deadlineWeek ?? v.week }),
  install: (_sc, v, a: Extract<Action, { kind: 'install' }>) => r('install', { customer: v.orders.find((o) => o.id === a.order)?.customer ?? '' }),
  acceptance: (_sc, v, a: Extract<Action, { kind: 'acceptance' }>) => r('acceptance', { customer: v.orders.find((o) => o.id === a.order)?.customer ?? '' }),
  workTicket: (_sc, v, a: Extract<Action, { kind: 'workTicket' }>) => {
    const t = v.tickets.find((x) => x.id === a.ticket);
    if (!t) return null;
    return r(t.slaWeek <= v.week ? 'workTicketDue' : 'workTicket', { ticketKind: t.kind, week: t.slaWeek, customer: t.customer });
  },
  feedRootCause: (_sc, v, a: Extract<Action, { kind: 'feedRootCause' }>) => {
    const t = v.tickets.find((x) => x.id === a.ticket);
    const p = v.products.find((x) => x.id === t?.product);
    return r('feedRootCause', { defectBp: p?.defectRateBp ?? 0 });
  },
  orderParts: (_sc, v, a: Extract<Action, { kind: 'orderParts' }>) => r('orderParts', { spares: v.partsInventory + v.partsOnOrder, qty: a.qty }),
  sendReconciliation: (_sc, v, a: Extract<Action, { kind: 'sendReconciliation' }>) => {
    const now = today(v, 'AR');
    const due = v.invoices.filter((i) => i.customer === a.customer && i.status === 'open' && !i.reconciled && i.dueDay >= now);
    return r('sendReconciliation', { customer: a.customer, invoices: due.length, amountYuan: due.reduce((n, i) => n + i.amount, 0) });
  },
  dun: (_sc, v, a: Extract<Action, { kind: 'dun' }>) => invoiceReason('dun', v, a.invoice),
  analyzeOverdue: (_sc, v, a: Extract<Action, { kind: 'analyzeOverdue' }>) => invoiceReason('analyzeOverdue', v, a.invoice),
  legalAction: (_sc, v, a: Extract<Action, { kind: 'legalAction' }>) => invoiceReason('legalAction', v, a.invoice),
  claimInsurance: (_sc, v, a: Extract<Action, { kind: 'claimInsurance' }>) => invoiceReason('claimInsurance', v, a.invoice),
  writeOff: (_sc, v, a: Extract<Action, { kind: 'writeOff' }>) => invoiceReason('writeOff', v, a.invoice),
  chooseCard: () => r('chooseCard'),
};

function invoiceReason(code: string, v: PlayerView, id: string): CoachReason | null {
  const i = v.invoices.find((x) => x.id === id);
  if (!i) return null;
  return r(code, { amountYuan: i.amount, overdue: Math.max(0, today(v, 'AR') - i.dueDay), customer: i.customer });
}

/** The reason for one suggested action, or the generic one ("the iron triangle's next step"). */
export function reasonFor(sc: Scenario, v: PlayerView, a: Action, belief: GameState): CoachReason {
  const build = REASONS[a.kind];
  const got = build ? build(sc, v, a as never, belief) : null;
  return got ?? r('generic', { role: 'role' in a ? a.role : v.role });
}

/** The codes the catalogue must translate (`coach.reason.<code>`): a test checks both languages have them. */
export const REASON_CODES = [
  'marketing', 'qualifyPrimary', 'qualifyCredible', 'dropLead', 'abandon', 'visit', 'visitJoint', 'discover', 'creditCheck',
  'setTerms', 'setTermsInsured', 'designSolution', 'designBlind', 'submitBid', 'submitBidNoBudget', 'bidAlternative', 'feasibility', 'install',
  'acceptance', 'workTicket', 'workTicketDue', 'feedRootCause', 'orderParts', 'sendReconciliation', 'dun', 'analyzeOverdue',
  'legalAction', 'claimInsurance', 'writeOff', 'chooseCard', 'generic', 'endTurn',
] as const;
