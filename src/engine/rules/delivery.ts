/**
 * Order to delivery (OTD): shared production capacity and lead times, logistics,
 * installation by FR crews, acceptance. Late delivery against the promised week costs
 * penalties and satisfaction; a promise FR made with the factory queue in view is one
 * that holds, a promise sales made from the catalogue often is not.
 */
import type { ActionDef } from './types.ts';
import { reject } from './types.ts';
import { bpOf, changeSatisfaction, dealOfOrder, emit, nextId, weekEndDay, weekStartDay, type Ctx } from '../context.ts';
import { issueInvoice } from './cash.ts';
import { openTicket } from './service.ts';
import { PENALTY_BP_PER_WEEK } from './contracts.ts';
import { surfaceLead } from './leads.ts';

export const MAX_PENALTY_BP = 1000;
export const LATE_SATISFACTION_PER_WEEK = -4;
/** Weeks late at which the customer files a complaint. */
export const LATE_COMPLAINT_WEEKS = 2;
/** Chance an acceptance test passes before the product line's defect rate is taken off. */
export const ACCEPTANCE_PASS_BP = { withEarlyFr: 9800, withoutEarlyFr: 9800 } as const;
export const ACCEPTED_SATISFACTION = 2;
/**
 * What FR's groundwork adds to the acceptance pass chance: a site surveyed before the bid
 * (the kit was specified for the plant as it is), an installation prepared while the order
 * was made (site ready, crew booked, permits in hand).
 */
export const SITE_SURVEY_ACCEPTANCE_BP = 100;
export const PREPARED_ACCEPTANCE_BP = 150;
/** Order states in which FR can still prepare the installation. */
const PREPARABLE = ['approving', 'awaitingAdvance', 'production', 'shipping'];

/** A ticket closed within its SLA wins back some goodwill; one closed after the breach wins none. */
export const TICKET_IN_SLA_SATISFACTION = 2;
/** Delivered on or before the promised week: the customer's plant starts when planned. */
export const ON_TIME_SATISFACTION = 4;
/**
 * At acceptance the customer finds out whether the kit answers its needs: a solution
 * designed around the pains the team uncovered pleases (fit 100 → +12), a catalogue
 * configuration disappoints (fit 30 → −5). Fit 50 is neutral.
 */
export const solutionFitSatisfaction = (fit: number): number => Math.trunc((fit - 50) / 4);
/**
 * Chance a failed acceptance becomes a complaint: a stopped commissioning is a complaint
 * waiting to happen, and more so when nobody agreed the criteria before the contract
 * (no early FR) and the failure turns into a dispute.
 */
export const ACCEPTANCE_COMPLAINT_BP = 2500;
export const ACCEPTANCE_DISPUTE_BP = 1000;
/** Each basis point of weekly defect rate takes this many off the acceptance pass chance. */
export const ACCEPTANCE_DEFECT_WEIGHT = 3;
export const RETENTION_WEEKS = 12;
/** Satisfaction from which an accepted order can bring repeat business. */
export const REPEAT_SATISFACTION = 70;

/** Weekly: the factory spends its capacity first-come first-served; finished goods ship. */
export function produce(ctx: Ctx): void {
  const { s, sc } = ctx;
  for (const o of Object.values(s.orders)) {
    if (o.status === 'shipping') {
      o.status = 'install';
      const cost = sc.company.logisticsCostPerOrder;
      s.cash -= cost;
      s.ledger.delivery -= cost;
      s.stats.deliveryCost += cost;
      openTicket(ctx, 'install', o.customer, o.id, o.product, 2, 'delivery');
      // 到货款: the delivery milestone is billed when the goods arrive on site, not when FR
      // has installed them (revenue is still recognised at installation).
      issueInvoice(ctx, s.contracts[o.contract]!, 'delivery', weekEndDay(s.week));
      emit(ctx, 'orderArrived', { order: o.id, customer: o.customer });
    }
  }
  let capacity = Math.max(0, sc.company.capacityUnitsPerWeek + s.capacityDelta);
  const queue = Object.values(s.orders)
    .filter((o) => o.status === 'production')
    .sort((a, b) => a.readyDay - b.readyDay || a.id.localeCompare(b.id));
  for (const o of queue) {
    const unitCost = ctx.ix.product.get(o.product)!.unitCost;
    const made = Math.min(o.remaining, capacity);
    capacity -= made;
    o.remaining -= made;
    s.cash -= made * unitCost;
    s.ledger.production -= made * unitCost;
    if (o.remaining === 0 && s.week >= o.earliestDoneWeek) {
      o.status = 'shipping';
      o.producedWeek = s.week;
      emit(ctx, 'orderProduced', { order: o.id, customer: o.customer });
    }
  }
}

export const prepareInstallation: ActionDef<'prepareInstallation'> = {
  kind: 'prepareInstallation',
  category: 'delivery',
  cost: () => ({ FR: 1 }),
  check: ({ s }, a) => {
    const o = s.orders[a.order];
    if (!o) return reject('unknownOrder', { order: a.order });
    if (o.prepared) return reject('alreadyPrepared', { order: a.order });
    if (!PREPARABLE.includes(o.status)) return reject('tooLateToPrepare', { order: a.order });
    return null;
  },
  perform: (ctx, a) => {
    const o = ctx.s.orders[a.order]!;
    o.prepared = true;
    emit(ctx, 'installationPrepared', { order: o.id, customer: o.customer });
  },
};

export const install: ActionDef<'install'> = {
  kind: 'install',
  category: 'delivery',
  cost: ({ s, ix }, a) => ({ FR: s.orders[a.order] ? ix.product.get(s.orders[a.order]!.product)!.installDays : 1 }),
  check: ({ s }, a) => {
    const o = s.orders[a.order];
    if (!o) return reject('unknownOrder', { order: a.order });
    if (o.status !== 'install') return reject('orderNotReady', { order: a.order, status: o.status });
    return null;
  },
  perform: (ctx, a) => {
    const { s, sc } = ctx;
    const o = s.orders[a.order]!;
    const k = s.contracts[o.contract]!;
    const p = ctx.ix.product.get(o.product)!;
    const crew = p.installDays * sc.company.crewDayCost;
    s.cash -= crew;
    s.ledger.delivery -= crew;
    s.stats.deliveryCost += crew;
    o.status = 'acceptance';
    o.installedWeek = s.week;
    // Revenue and the matching product cost are recognised on installation.
    s.stats.revenue += k.price;
    s.stats.productCost += o.quantity * p.unitCost;
    s.stats.ordersDelivered += 1;
    const t = Object.values(s.tickets).find((x) => x.kind === 'install' && x.order === o.id && x.status === 'open');
    if (t) resolveTicketRecord(ctx, t.id);
    const late = s.week - k.promisedWeek;
    if (late > 0) {
      o.lateWeeks = late;
      const penalty = Math.min(bpOf(k.price, PENALTY_BP_PER_WEEK * late), bpOf(k.price, MAX_PENALTY_BP));
      s.cash -= penalty;
      s.ledger.penalties -= penalty;
      s.stats.penalties += penalty;
      s.customers[o.customer]!.lateDeliveries += 1;
      changeSatisfaction(ctx, o.customer, LATE_SATISFACTION_PER_WEEK * late, 'late');
      if (late >= LATE_COMPLAINT_WEEKS) openTicket(ctx, 'complaint', o.customer, o.id, o.product, 2, 'late');
      emit(ctx, 'deliveredLate', { order: o.id, customer: o.customer, weeks: late, penalty });
    } else {
      changeSatisfaction(ctx, o.customer, ON_TIME_SATISFACTION, 'onTime');
    }
    emit(ctx, 'installed', { order: o.id, customer: o.customer, late: Math.max(0, late) });
  },
};

export const acceptance: ActionDef<'acceptance'> = {
  kind: 'acceptance',
  category: 'delivery',
  cost: () => ({ FR: 1 }),
  check: ({ s }, a) => {
    const o = s.orders[a.order];
    if (!o) return reject('unknownOrder', { order: a.order });
    if (o.status !== 'acceptance') return reject('orderNotReady', { order: a.order, status: o.status });
    if (Object.values(s.tickets).some((t) => t.order === o.id && t.kind === 'repair' && t.status === 'open')) {
      return reject('repairOpen', { order: a.order });
    }
    return null;
  },
  perform: (ctx, a) => {
    const { s } = ctx;
    const o = s.orders[a.order]!;
    const k = s.contracts[o.contract]!;
    const opp = s.opportunities[k.opportunity]!;
    // A product line with a high defect rate fails acceptance tests more often; root-cause
    // feedback (service.ts) is what brings that rate down.
    const base = (opp.feasibilityWeek !== null ? ACCEPTANCE_PASS_BP.withEarlyFr : ACCEPTANCE_PASS_BP.withoutEarlyFr) +
      (opp.siteSurveyed ? SITE_SURVEY_ACCEPTANCE_BP : 0) + (o.prepared ? PREPARED_ACCEPTANCE_BP : 0);
    const passBp = Math.min(10000, base - s.defectRateBp[o.product]! * ACCEPTANCE_DEFECT_WEIGHT);
    const deal = dealOfOrder(s, o.id);
    // Keyed by the deal and which attempt this is (each failed one left a repair ticket), not
    // by the week or the days FR spent before: the same test on the same deal comes out the
    // same whenever it is run, so an unrelated change earlier in the game does not reshuffle it.
    const attempt = Object.values(s.tickets).filter((t) => t.order === o.id && t.kind === 'repair' && t.cause === 'acceptance').length;
    if (!ctx.luck.chance(`acceptance|${deal}|${attempt}`, passBp)) {
      openTicket(ctx, 'repair', o.customer, o.id, o.product, 2, 'acceptance');
      changeSatisfaction(ctx, o.customer, -3, 'acceptanceFailed');
      const complaintBp = ACCEPTANCE_COMPLAINT_BP + (opp.feasibilityWeek === null ? ACCEPTANCE_DISPUTE_BP : 0);
      if (ctx.luck.chance(`dispute|${deal}|${attempt}`, complaintBp)) openTicket(ctx, 'complaint', o.customer, o.id, o.product, 2, 'acceptance');
      emit(ctx, 'acceptanceFailed', { order: o.id, customer: o.customer });
      return;
    }
    o.status = 'accepted';
    o.acceptedWeek = s.week;
    changeSatisfaction(ctx, o.customer, ACCEPTED_SATISFACTION, 'accepted');
    changeSatisfaction(ctx, o.customer, solutionFitSatisfaction(opp.solutionFit), 'solutionFit');
    issueInvoice(ctx, k, 'acceptance', weekStartDay(s.week) + s.daysUsed.FR);
    emit(ctx, 'accepted', { order: o.id, customer: o.customer });
    // A happy customer comes back: satisfaction above the threshold brings a repeat lead.
    const sat = s.customers[o.customer]!.satisfaction;
    if (sat >= REPEAT_SATISFACTION && ctx.luck.chance(`repeat|${deal}`, (sat - 60) * 250)) {
      const template = ctx.ix.lead.get(s.leads[opp.lead]!.template);
      if (template) surfaceLead(ctx, template, nextId(s, 'rep'), true);
    }
  },
};

/** Weekly: retention money falls due some weeks after acceptance. */
export function issueRetention(ctx: Ctx): void {
  const { s } = ctx;
  for (const o of Object.values(s.orders)) {
    if (o.status === 'accepted' && o.acceptedWeek !== null && o.acceptedWeek + RETENTION_WEEKS === s.week) {
      issueInvoice(ctx, s.contracts[o.contract]!, 'retention', weekStartDay(s.week));
    }
  }
}

/** Shared with service.ts; lives here to avoid an import cycle on install. */
export function resolveTicketRecord(ctx: Ctx, id: string): void {
  const t = ctx.s.tickets[id]!;
  t.status = 'resolved';
  t.resolvedWeek = ctx.s.week;
  if (!t.breached) ctx.s.stats.ticketsInSla += 1;
  changeSatisfaction(ctx, t.customer, t.breached ? 0 : TICKET_IN_SLA_SATISFACTION, 'ticketResolved');
  emit(ctx, 'ticketResolved', { ticket: id, customer: t.customer, kind: t.kind, inSla: !t.breached });
}
