/**
 * Issue to resolution (ITR): install, repair, parts-request, parts-return and
 * complaint tickets, each with a severity and an SLA. FR works the technical tickets
 * with parts from inventory, AR answers complaints — but only once the underlying
 * fault is fixed. A breached SLA becomes a complaint. SR feeding a repair's root cause
 * back to the product line lowers that line's future defect rate.
 */
import type { ActionDef } from './types.ts';
import { reject } from './types.ts';
import { changeSatisfaction, dealOfOrder, emit, nextId, type Ctx } from '../context.ts';
import type { Ticket, TicketKind } from '../state.ts';
import { resolveTicketRecord } from './delivery.ts';
import { pastOverdraftLine, warnIfOverdrawn } from './cash.ts';

/** Weeks to resolve a ticket, by severity (1 = most severe). */
export const SLA_WEEKS = { 1: 1, 2: 2, 3: 3 } as const;
export const BREACH_SATISFACTION = -8;
export const DEFECT_SATISFACTION = -4;
export const COMPLAINT_BREACH_SATISFACTION = -5;
/** Every week a complaint or a breached ticket stays open, the customer's patience wears thinner. */
export const GRIEVANCE_PER_WEEK = -2;
/** Root-cause feedback keeps this share of the product line's defect rate. */
export const ROOT_CAUSE_KEEP_BP = 5000;
export const PARTS_REQUEST_BP = 300;
export const PART_RETURN_BP = 2000;
/** The quantities FR can order spare parts in. */
export const PARTS_MENU = [1, 5, 10] as const;
export const MAX_PARTS_ORDER = 10;
/**
 * Preventive maintenance (巡检): FR services a customer's installed kit, fitting one spare
 * part. Wear found early does not become a fault: for the following weeks only this share
 * of the minor faults (severity 2–3) that would have struck still do. A line-stopping
 * fault (severity 1) comes from the product, not from wear, and maintenance does not
 * prevent it. The customer notices the care. Due again after the interval.
 */
export const MAINTENANCE_WEEKS = 4;
export const MAINTENANCE_DEFECT_KEEP_BP = 5000;
export const MAINTENANCE_SATISFACTION = 1;

const hasInstalledBase = (s: Ctx['s'], customer: string): boolean => {
  for (const id in s.orders) {
    const o = s.orders[id]!;
    if (o.customer === customer && (o.status === 'acceptance' || o.status === 'accepted')) return true;
  }
  return false;
};
/** Is this customer's kit within the weeks a maintenance visit protects? */
export const maintained = (s: Ctx['s'], customer: string): boolean => {
  const w = s.customers[customer]?.maintainedWeek ?? null;
  return w !== null && s.week - w < MAINTENANCE_WEEKS;
};

const NEEDS_PART: TicketKind[] = ['repair', 'partsRequest'];

export function openTicket(
  ctx: Ctx, kind: TicketKind, customer: string, order: string | null, product: string | null, severity: 1 | 2 | 3, cause: Ticket['cause'],
): void {
  const { s } = ctx;
  const id = nextId(s, 't');
  s.tickets[id] = {
    id, kind, customer, order, product, severity, cause,
    openedWeek: s.week,
    slaWeek: s.week + SLA_WEEKS[severity],
    status: 'open',
    resolvedWeek: null,
    breached: false,
    rootCauseFed: false,
  };
  s.stats.ticketsOpened += 1;
  if (kind === 'complaint') s.stats.complaints += 1;
  emit(ctx, 'ticketOpened', { ticket: id, kind, customer, severity, cause });
}

/**
 * A scripted ticket (a customer's line stops, a spares request, an escalation): it opens
 * on the customer's first installed order (of `product`, if named), as a defect would, and
 * runs its SLA like any other. A customer without our kit running has nothing to raise a
 * ticket about, so nothing opens.
 */
export function spawnTicket(ctx: Ctx, customer: string, kind: TicketKind, severity: 1 | 2 | 3, product: string | undefined): void {
  const { s } = ctx;
  for (const id in s.orders) {
    const o = s.orders[id]!;
    if (o.customer !== customer || (o.status !== 'acceptance' && o.status !== 'accepted') || (product !== undefined && o.product !== product)) continue;
    openTicket(ctx, kind, customer, o.id, o.product, severity, 'scripted');
    return;
  }
}

export const workTicket: ActionDef<'workTicket'> = {
  kind: 'workTicket',
  category: 'service',
  cost: (_c, a) => ({ [a.role]: 1 }),
  check: ({ s }, a) => {
    const t = s.tickets[a.ticket];
    if (!t) return reject('unknownTicket', { ticket: a.ticket });
    if (t.status !== 'open') return reject('ticketClosed', { ticket: a.ticket });
    if (t.kind === 'install') return reject('useInstall', { ticket: a.ticket });
    const owner = t.kind === 'complaint' ? 'AR' : 'FR';
    if (a.role !== owner) return reject('wrongRoleForTicket', { ticket: a.ticket, role: owner });
    if (NEEDS_PART.includes(t.kind) && s.partsInventory <= 0) return reject('noParts');
    if (t.kind === 'complaint') {
      const underlying = Object.values(s.tickets).some((x) => x.customer === t.customer && x.status === 'open' && x.kind !== 'complaint');
      if (underlying) return reject('fixUnderlyingFirst', { customer: t.customer });
    }
    return null;
  },
  perform: (ctx, a) => {
    const { s, sc } = ctx;
    const t = s.tickets[a.ticket]!;
    // Parts were paid for when ordered; the part used is costed to service when it is fitted.
    const day = sc.company.serviceDayCost;
    s.cash -= day;
    s.ledger.service -= day;
    s.stats.serviceCost += day;
    if (NEEDS_PART.includes(t.kind)) {
      s.partsInventory -= 1;
      s.stats.serviceCost += sc.company.partCost;
    }
    if (t.kind === 'partsReturn') s.partsInventory += 1;
    resolveTicketRecord(ctx, t.id);
    if (t.kind === 'repair' && ctx.luck.chance(`partReturn|${t.order ? dealOfOrder(s, t.order) : t.customer}|${t.openedWeek}|${s.week}`, PART_RETURN_BP)) openTicket(ctx, 'partsReturn', t.customer, t.order, t.product, 3, 'return');
  },
};

export const feedRootCause: ActionDef<'feedRootCause'> = {
  kind: 'feedRootCause',
  category: 'solution',
  cost: () => ({ SR: 1 }),
  check: ({ s }, a) => {
    const t = s.tickets[a.ticket];
    if (!t) return reject('unknownTicket', { ticket: a.ticket });
    if (t.kind !== 'repair' || t.status !== 'resolved' || !t.product) return reject('notAResolvedRepair', { ticket: a.ticket });
    if (t.rootCauseFed) return reject('rootCauseAlreadyFed', { ticket: a.ticket });
    return null;
  },
  perform: (ctx, a) => {
    const t = ctx.s.tickets[a.ticket]!;
    t.rootCauseFed = true;
    const before = ctx.s.defectRateBp[t.product!]!;
    ctx.s.defectRateBp[t.product!] = Math.floor((before * ROOT_CAUSE_KEEP_BP) / 10000);
    emit(ctx, 'rootCauseFed', { ticket: t.id, product: t.product, fromBp: before, toBp: ctx.s.defectRateBp[t.product!]! });
  },
};

export const orderParts: ActionDef<'orderParts'> = {
  kind: 'orderParts',
  category: 'service',
  cost: () => ({ FR: 1 }),
  check: (c, a) => ((PARTS_MENU as readonly number[]).includes(a.qty) ? pastOverdraftLine(c, a.qty * c.sc.company.partCost) : reject('partsQty', { max: MAX_PARTS_ORDER })),
  perform: (ctx, a) => {
    const { s, sc } = ctx;
    const cost = a.qty * sc.company.partCost;
    s.cash -= cost;
    s.ledger.parts -= cost;
    s.partsOnOrder.push({ qty: a.qty, arrivesWeek: s.week + sc.company.partLeadWeeks });
    emit(ctx, 'partsOrdered', { qty: a.qty, arrivesWeek: s.week + sc.company.partLeadWeeks });
  },
};

export const preventiveMaintenance: ActionDef<'preventiveMaintenance'> = {
  kind: 'preventiveMaintenance',
  category: 'service',
  cost: () => ({ FR: 1 }),
  check: (c, a) => {
    const { s, ix } = c;
    if (!ix.customer.has(a.customer)) return reject('unknownCustomer', { customer: a.customer });
    if (!hasInstalledBase(s, a.customer)) return reject('noInstalledBase', { customer: a.customer });
    if (maintained(s, a.customer)) return reject('maintenanceNotDue', { customer: a.customer, week: s.customers[a.customer]!.maintainedWeek! + MAINTENANCE_WEEKS });
    if (s.partsInventory <= 0) return reject('noParts');
    return pastOverdraftLine(c, c.sc.company.serviceDayCost);
  },
  perform: (ctx, a) => {
    const { s, sc } = ctx;
    const day = sc.company.serviceDayCost;
    const before = s.cash;
    s.cash -= day;
    s.ledger.service -= day;
    warnIfOverdrawn(ctx, before);
    s.stats.serviceCost += day + sc.company.partCost;
    s.partsInventory -= 1;
    s.customers[a.customer]!.maintainedWeek = s.week;
    emit(ctx, 'maintenanceDone', { customer: a.customer, untilWeek: s.week + MAINTENANCE_WEEKS - 1 });
    changeSatisfaction(ctx, a.customer, MAINTENANCE_SATISFACTION, 'maintenance');
  },
};

/** Weekly: installed kit develops defects, customers ask for spares, SLAs run out, parts arrive. */
export function serviceWeek(ctx: Ctx): void {
  const { s } = ctx;
  const withBase = new Set<string>();
  for (const o of Object.values(s.orders)) {
    if (o.status !== 'acceptance' && o.status !== 'accepted') continue;
    withBase.add(o.customer);
    const fault = `defect|${dealOfOrder(s, o.id)}|${s.week}`;
    if (ctx.luck.chance(fault, s.defectRateBp[o.product]!)) {
      const r = ctx.luck.int(`${fault}|severity`, 20);
      const severity = r < 1 ? 1 : r < 11 ? 2 : 3;
      // Serviced kit: the wear was found in time, and most minor faults never happen.
      if (severity > 1 && maintained(s, o.customer) && !ctx.luck.chance(`${fault}|maintained`, MAINTENANCE_DEFECT_KEEP_BP)) continue;
      openTicket(ctx, 'repair', o.customer, o.id, o.product, severity, 'defect');
      // A fault costs goodwill even when it is fixed well; fixing it in time wins most back.
      changeSatisfaction(ctx, o.customer, DEFECT_SATISFACTION, 'defect');
      // A severity-1 fault stops the customer's line: they complain whatever we do next.
      if (severity === 1) openTicket(ctx, 'complaint', o.customer, o.id, o.product, 1, 'defect');
    }
  }
  for (const c of [...withBase].sort()) if (ctx.luck.chance(`spares|${c}|${s.week}`, PARTS_REQUEST_BP)) openTicket(ctx, 'partsRequest', c, null, null, 3, 'spares');
  // One pass: SLAs run out, and we note who is left waiting (complaints opened here are
  // for customers this pass already notes).
  const aggrieved = new Set<string>();
  for (const t of Object.values(s.tickets)) {
    if (t.status !== 'open') continue;
    if (t.kind === 'complaint' || t.breached) aggrieved.add(t.customer);
    if (t.breached || s.week < t.slaWeek) continue;
    t.breached = true;
    aggrieved.add(t.customer);
    emit(ctx, 'slaBreached', { ticket: t.id, customer: t.customer, kind: t.kind });
    if (t.kind === 'complaint') {
      changeSatisfaction(ctx, t.customer, COMPLAINT_BREACH_SATISFACTION, 'complaintIgnored');
    } else {
      changeSatisfaction(ctx, t.customer, BREACH_SATISFACTION, 'slaBreached');
      openTicket(ctx, 'complaint', t.customer, t.order, t.product, 2, 'breach');
    }
  }
  if (aggrieved.size) for (const c of [...aggrieved].sort()) changeSatisfaction(ctx, c, GRIEVANCE_PER_WEEK, 'grievance');
  const arrived = s.partsOnOrder.filter((p) => p.arrivesWeek <= s.week);
  if (arrived.length) {
    s.partsInventory += arrived.reduce((n, p) => n + p.qty, 0);
    s.partsOnOrder = s.partsOnOrder.filter((p) => p.arrivesWeek > s.week);
  }
}
