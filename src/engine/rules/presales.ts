/**
 * Pre-sales work of SR and FR (the seeds: SR "产品与方案设计…技术问题解决", leads come
 * from "技术交流"; FR "全程参与项目从立项到合同签订的过程"):
 *
 * - SR's technical exchange (技术交流) with a customer's technical people: their support
 *   for us, a technical pain they name, sometimes a project they are planning (a lead).
 *   (Presenting the solution to the decision chain is still a joint visit with AR.)
 * - SR's solution workshop on a lead: the customer's people and SR work through the
 *   needs — pains surface, and whether there is a real project with a fit for our
 *   solution becomes clear (the lead's grade).
 * - FR's site survey on an opportunity: the delivery plan is drawn up on site, so the
 *   customer believes the delivery date more.
 *
 * Each costs the role's days and money; each works only through the state the customer's
 * decision already reads (support, pains, lead grade, delivery credibility).
 */
import type { ActionDef, CheckCtx } from './types.ts';
import { reject } from './types.ts';
import { dealKey, emit, leadsFrom, type Ctx } from '../context.ts';
import { addSupport, markJunk, surfaceLead } from './leads.ts';
import { pastOverdraftLine, warnIfOverdrawn } from './cash.ts';

/**
 * Support a technical exchange adds with each technical evaluator and influencer present,
 * up to a ceiling: engineers come to respect a competent SR, but they champion a supplier
 * only when the account relationship is there too (AR's visits, with SR in the room).
 */
export const EXCHANGE_SUPPORT = 6;
export const EXCHANGE_SUPPORT_CAP = 20;
/** Chance a technical exchange brings up one technical pain not yet known. */
export const EXCHANGE_PAIN_BP = 3000;
/** Chance a technical exchange surfaces each project the customer's engineers are planning (at most one). */
export const EXCHANGE_LEAD_BP = 5000;
/**
 * Chance a solution workshop brings up a pain of the lead's product line not yet known (at
 * most one: the people in the room speak for their own department; the rest of the
 * decision chain is reached by visiting it).
 */
export const WORKSHOP_PAIN_BP = 5000;

const isTechnical = (role: string) => role === 'technicalEvaluator' || role === 'influencer';

function presentTechnical(c: CheckCtx, customer: string): string[] {
  const live = c.s.customers[customer]!.stakeholders;
  return c.ix.customer.get(customer)!.stakeholders.filter((st) => isTechnical(st.role) && live[st.id]!.present).map((st) => st.id);
}

function spend(ctx: Ctx, amount: number): void {
  const before = ctx.s.cash;
  ctx.s.cash -= amount;
  ctx.s.ledger.presales -= amount;
  warnIfOverdrawn(ctx, before);
}

export const technicalExchange: ActionDef<'technicalExchange'> = {
  kind: 'technicalExchange',
  category: 'customer',
  cost: () => ({ SR: 1 }),
  check: (c, a) => {
    if (!c.ix.customer.has(a.customer)) return reject('unknownCustomer', { customer: a.customer });
    const live = c.s.customers[a.customer]!;
    if (live.blacklisted) return reject('customerBlacklisted', { customer: a.customer });
    if (live.exchangeWeek === c.s.week) return reject('exchangeThisWeek', { customer: a.customer });
    if (presentTechnical(c, a.customer).length === 0) return reject('noTechnicalPeople', { customer: a.customer });
    return pastOverdraftLine(c, c.sc.company.technicalExchangeCost);
  },
  perform: (ctx, a) => {
    const { s } = ctx;
    const cost = ctx.sc.company.technicalExchangeCost;
    spend(ctx, cost);
    const live = s.customers[a.customer]!;
    live.exchangeWeek = s.week;
    for (const id of presentTechnical(ctx, a.customer)) {
      const support = live.stakeholders[id]!.support;
      if (support < EXCHANGE_SUPPORT_CAP) addSupport(ctx, a.customer, id, Math.min(EXCHANGE_SUPPORT, EXCHANGE_SUPPORT_CAP - support));
    }
    const pain = ctx.ix.customer.get(a.customer)!.pains.find((p) => p.technical && !live.painsRevealed.includes(p.id));
    if (pain && ctx.luck.chance(`exchangePain|${pain.id}|${s.week}`, EXCHANGE_PAIN_BP)) {
      live.painsRevealed.push(pain.id);
      emit(ctx, 'painRevealed', { customer: a.customer, pain: pain.id, opportunity: null });
    }
    let leads = 0;
    for (const l of leadsFrom(ctx.ix, 'technicalExchange')) {
      if (leads > 0) break;
      if (l.customer !== a.customer || l.availableFrom > s.week || s.leads[l.id]) continue;
      if (!ctx.luck.chance(`exchangeLead|${l.id}|${s.week}`, EXCHANGE_LEAD_BP)) continue;
      surfaceLead(ctx, l, l.id, false);
      leads++;
    }
    emit(ctx, 'technicalExchangeHeld', { customer: a.customer, gain: EXCHANGE_SUPPORT, leads, cost });
  },
};

export const solutionWorkshop: ActionDef<'solutionWorkshop'> = {
  kind: 'solutionWorkshop',
  category: 'customer',
  cost: () => ({ SR: 2 }),
  check: (c, a) => {
    const { s } = c;
    const l = s.leads[a.lead];
    if (!l) return reject('unknownLead', { lead: a.lead });
    if (l.grade !== 'primary' && l.grade !== 'credible') return reject('leadNotOpen', { lead: a.lead, grade: l.grade });
    if (s.customers[l.customer]!.blacklisted) return reject('customerBlacklisted', { customer: l.customer });
    if (l.workshop) return reject('workshopHeld', { lead: a.lead });
    return pastOverdraftLine(c, c.sc.company.solutionWorkshopCost);
  },
  perform: (ctx, a) => {
    const { s } = ctx;
    const l = s.leads[a.lead]!;
    const cost = ctx.sc.company.solutionWorkshopCost;
    spend(ctx, cost);
    l.workshop = true;
    const live = s.customers[l.customer]!;
    let pains = 0;
    for (const p of ctx.ix.customer.get(l.customer)!.pains) {
      if (p.product !== l.product || live.painsRevealed.includes(p.id)) continue;
      if (!ctx.luck.chance(`workshopPain|${p.id}|${dealKey(s, l.id)}`, WORKSHOP_PAIN_BP)) continue;
      live.painsRevealed.push(p.id);
      pains++;
      emit(ctx, 'painRevealed', { customer: l.customer, pain: p.id, opportunity: null });
      break;
    }
    emit(ctx, 'workshopHeld', { lead: l.id, customer: l.customer, pains, cost });
    // Working through the needs with the customer's people shows whether the project is
    // real (a specific customer who intends to buy) and whether our solution fits it.
    if (l.junk !== null) return markJunk(ctx, l);
    if (l.grade === 'primary') {
      l.grade = 'credible';
      emit(ctx, 'leadGraded', { lead: l.id, grade: 'credible' });
    }
  },
};

export const siteSurvey: ActionDef<'siteSurvey'> = {
  kind: 'siteSurvey',
  category: 'delivery',
  cost: () => ({ FR: 1 }),
  check: (c, a) => {
    const o = c.s.opportunities[a.opportunity];
    if (!o) return reject('unknownOpportunity', { opportunity: a.opportunity });
    if (o.status !== 'open' && o.status !== 'bidding') return reject('opportunityClosed', { opportunity: a.opportunity, status: o.status });
    if (o.bid) return reject('bidAlreadySubmitted', { opportunity: a.opportunity });
    if (o.siteSurveyed) return reject('alreadySurveyed', { opportunity: a.opportunity });
    return pastOverdraftLine(c, c.sc.company.siteSurveyCost);
  },
  perform: (ctx, a) => {
    const o = ctx.s.opportunities[a.opportunity]!;
    const cost = ctx.sc.company.siteSurveyCost;
    spend(ctx, cost);
    o.siteSurveyed = true;
    emit(ctx, 'siteSurveyed', { opportunity: o.id, customer: o.customer, cost });
  },
};
