/**
 * Managing leads (管理线索): marketing activities surface leads from the scenario's
 * hidden pool; qualification grades them primary → credible → opportunity lead and
 * finds out the junk ("前端防杂"). A lead is real only with a specific customer, a
 * purchase intention and a fitting solution of ours.
 */
import type { ActionDef } from './types.ts';
import { reject } from './types.ts';
import { emit, leadsFrom, nextId, type Ctx } from '../context.ts';
import { pastOverdraftLine } from './cash.ts';
import type { LeadState } from '../state.ts';
import type { Lead } from '../../scenario/schema.ts';

/** Days of AR time each activity takes, and how many leads it can surface at most. */
export const MARKETING = {
  seminar: { days: 2, maxLeads: 2, chanceBp: 6000 },
  exhibition: { days: 3, maxLeads: 3, chanceBp: 7000 },
  executiveVisit: { days: 1, maxLeads: 1, chanceBp: 8000 },
  referenceVisit: { days: 2, maxLeads: 1, chanceBp: 8000 },
} as const;
/** Support an executive visit adds with the decision maker; a reference site adds to all. */
const EXEC_VISIT_SUPPORT = 10;
const REFERENCE_SUPPORT = 6;

export const marketing: ActionDef<'marketing'> = {
  kind: 'marketing',
  category: 'customer',
  cost: (_c, a) => ({ AR: MARKETING[a.activity].days }),
  check: (c, a) => {
    const { s, ix } = c;
    if (!Object.prototype.hasOwnProperty.call(MARKETING, a.activity)) return reject('unknownActivity', { activity: a.activity });
    const targeted = a.activity === 'executiveVisit' || a.activity === 'referenceVisit';
    if (targeted !== ('customer' in a && a.customer !== undefined)) return reject(targeted ? 'customerRequired' : 'customerNotAllowed', { activity: a.activity });
    if ('customer' in a && a.customer !== undefined) {
      if (!ix.customer.has(a.customer)) return reject('unknownCustomer', { customer: a.customer });
      if (s.customers[a.customer]!.blacklisted) return reject('customerBlacklisted', { customer: a.customer });
    }
    return pastOverdraftLine(c, c.sc.company.marketingCost[a.activity]);
  },
  perform: (ctx, a) => {
    const { s, sc } = ctx;
    const m = MARKETING[a.activity];
    const cost = sc.company.marketingCost[a.activity];
    s.cash -= cost;
    s.ledger.marketing -= cost;
    const target = 'customer' in a && a.customer !== undefined ? a.customer : null;
    const pool = leadsFrom(ctx.ix, a.activity).filter(
      (l) => l.availableFrom <= s.week && (target === null || l.customer === target) && !s.leads[l.id] && !s.customers[l.customer]!.blacklisted,
    );
    let surfaced = 0;
    for (const l of pool) {
      if (surfaced >= m.maxLeads) break;
      // Keyed by the AR days already spent this week, so a second try in the week is a new draw.
      if (!ctx.luck.chance(`marketing|${a.activity}|${l.id}|${s.week}|${s.daysUsed.AR}`, m.chanceBp)) continue;
      surfaceLead(ctx, l, l.id, false);
      surfaced++;
    }
    if (target) {
      const cust = ctx.ix.customer.get(target)!;
      if (a.activity === 'executiveVisit') {
        for (const st of cust.stakeholders) if (st.role === 'decisionMaker') addSupport(ctx, target, st.id, EXEC_VISIT_SUPPORT);
      } else if (hasReferenceSite(ctx)) {
        for (const st of cust.stakeholders) addSupport(ctx, target, st.id, REFERENCE_SUPPORT);
      }
    }
    emit(ctx, 'marketingDone', { activity: a.activity, customer: target, leads: surfaced, cost });
  },
};

/** A reference visit persuades only if some customer is running our kit and is happy with it. */
function hasReferenceSite(ctx: Ctx): boolean {
  return Object.values(ctx.s.orders).some((o) => o.status === 'accepted' && ctx.s.customers[o.customer]!.satisfaction >= 70);
}

export function addSupport(ctx: Ctx, customer: string, stakeholder: string, delta: number): void {
  const st = ctx.s.customers[customer]?.stakeholders[stakeholder];
  if (!st || !st.present) return;
  st.support = Math.max(-100, Math.min(100, st.support + delta));
}

export function surfaceLead(ctx: Ctx, l: Lead, id: string, repeat: boolean): LeadState {
  const { s } = ctx;
  const lead: LeadState = {
    id,
    template: l.id,
    customer: l.customer,
    product: l.product,
    quantity: l.quantity,
    budget: l.budget,
    startWeek: Math.max(l.startWeek, s.week),
    bidAfterWeeks: l.bidAfterWeeks,
    competitors: [...l.competitors],
    junk: repeat ? null : (l.junk ?? null),
    // A returning customer who is happy is already a credible lead.
    grade: repeat ? 'credible' : 'primary',
    surfacedWeek: s.week,
    expiresWeek: s.week + l.expiresAfterWeeks,
    repeat,
    workshop: false,
  };
  s.leads[id] = lead;
  emit(ctx, 'leadSurfaced', { lead: id, customer: l.customer, repeat });
  return lead;
}

/**
 * A scripted lead (`source: scripted`) surfaces because an event or card says so — a
 * referral after a won deal, a rival's customer calling after a failure. Like an inbound
 * lead it needs no marketing; it surfaces once, and never for a blacklisted customer.
 */
export function spawnLead(ctx: Ctx, leadId: string): void {
  const l = ctx.ix.lead.get(leadId)!;
  if (ctx.s.leads[l.id] || ctx.s.customers[l.customer]!.blacklisted) return;
  surfaceLead(ctx, l, l.id, false);
}

export const qualifyLead: ActionDef<'qualifyLead'> = {
  kind: 'qualifyLead',
  category: 'customer',
  cost: () => ({ AR: 1 }),
  check: ({ s }, a) => {
    const l = s.leads[a.lead];
    if (!l) return reject('unknownLead', { lead: a.lead });
    if (l.grade !== 'primary' && l.grade !== 'credible') return reject('leadNotOpen', { lead: a.lead, grade: l.grade });
    return null;
  },
  perform: (ctx, a) => {
    const l = ctx.s.leads[a.lead]!;
    if (l.grade === 'primary') {
      // Primary → credible: is there a specific customer with an intention to buy?
      if (l.junk === 'noCustomer' || l.junk === 'noIntention') return markJunk(ctx, l);
      l.grade = 'credible';
      emit(ctx, 'leadGraded', { lead: l.id, grade: 'credible' });
      return;
    }
    // Credible → opportunity lead: do we have a solution that fits?
    if (l.junk === 'noFit') return markJunk(ctx, l);
    l.grade = 'opportunity';
    openOpportunity(ctx, l);
  },
};

export function markJunk(ctx: Ctx, l: LeadState): void {
  l.grade = 'junk';
  emit(ctx, 'leadJunk', { lead: l.id, customer: l.customer, reason: l.junk });
}

function openOpportunity(ctx: Ctx, l: LeadState): void {
  const { s } = ctx;
  const id = nextId(s, 'opp');
  s.opportunities[id] = {
    id,
    lead: l.id,
    customer: l.customer,
    product: l.product,
    quantity: l.quantity,
    competitors: [...l.competitors],
    openedWeek: s.week,
    // The customer's timetable, not our year's: a tender that closes after the last week
    // is still open when the game ends and is in no KPI (win rate counts decided bids).
    // Clamping it to the last week used to squeeze a late lead's tender into days, so a
    // team that won earlier (and met the repeat lead sooner) faced a bid it could only lose.
    deadlineWeek: s.week + l.bidAfterWeeks,
    budgetKnown: false,
    startKnown: false,
    solutionFit: 30,
    solutionDesigned: false,
    feasibilityWeek: null,
    siteSurveyed: false,
    terms: null,
    insured: false,
    visits: 0,
    jointVisits: 0,
    srVisits: 0,
    frVisits: 0,
    bid: null,
    status: 'open',
    winChanceBp: null,
  };
  emit(ctx, 'opportunityOpened', { opportunity: id, lead: l.id, customer: l.customer });
}

export const dropLead: ActionDef<'dropLead'> = {
  kind: 'dropLead',
  category: 'internal',
  cost: () => ({}),
  check: ({ s }, a) => {
    const l = s.leads[a.lead];
    if (!l) return reject('unknownLead', { lead: a.lead });
    if (l.grade !== 'primary' && l.grade !== 'credible') return reject('leadNotOpen', { lead: a.lead, grade: l.grade });
    return null;
  },
  perform: (ctx, a) => {
    ctx.s.leads[a.lead]!.grade = 'dropped';
    emit(ctx, 'leadDropped', { lead: a.lead });
  },
};

/** Weekly: leads nobody qualified in time go cold. */
export function expireLeads(ctx: Ctx): void {
  for (const id in ctx.s.leads) {
    const l = ctx.s.leads[id]!;
    if ((l.grade === 'primary' || l.grade === 'credible') && ctx.s.week >= l.expiresWeek) {
      l.grade = 'expired';
      emit(ctx, 'leadExpired', { lead: l.id, customer: l.customer });
    }
  }
}
