/**
 * What the player is looking at: a token on the board (a deal, an invoice, a ticket)
 * or a customer, resolved to everything around it. Drives the detail panel and which
 * actions the action panel offers.
 */
import type { Action, Contract, CustomerView, Invoice, LeadView, OpportunityView, Order, PlayerView, Ticket } from '../engine/index.ts';

export interface Focus {
  token: string;
  customer: CustomerView | null;
  lead?: LeadView;
  opp?: OpportunityView;
  contract?: Contract;
  order?: Order;
  invoice?: Invoice;
  ticket?: Ticket;
}

export const CUSTOMER_PREFIX = 'customer:';

export function resolveFocus(v: PlayerView, token: string | null): Focus | null {
  if (!token) return null;
  const cust = (id: string | undefined) => (id ? v.customers.find((c) => c.id === id) ?? null : null);
  if (token.startsWith(CUSTOMER_PREFIX)) {
    const c = cust(token.slice(CUSTOMER_PREFIX.length));
    return c ? { token, customer: c } : null;
  }
  const invoice = v.invoices.find((i) => i.id === token);
  if (invoice) {
    const contract = v.contracts.find((k) => k.id === invoice.contract);
    return { token, customer: cust(invoice.customer), invoice, contract, order: v.orders.find((o) => o.contract === invoice.contract) };
  }
  const ticket = v.tickets.find((t) => t.id === token);
  if (ticket) return { token, customer: cust(ticket.customer), ticket, order: v.orders.find((o) => o.id === ticket.order) };
  const lead = v.leads.find((l) => l.id === token);
  if (lead) {
    const opp = v.opportunities.find((o) => o.lead === lead.id);
    const contract = opp ? v.contracts.find((k) => k.opportunity === opp.id) : undefined;
    const order = contract ? v.orders.find((o) => o.contract === contract.id) : undefined;
    return { token, customer: cust(lead.customer), lead, opp, contract, order };
  }
  return null;
}

/** Does this action concern what is in focus? */
export function concerns(a: Action, f: Focus): boolean {
  const p = a as Record<string, unknown>;
  if (p.opportunity !== undefined) return p.opportunity === f.opp?.id;
  if (p.lead !== undefined) return p.lead === f.lead?.id;
  if (p.order !== undefined) return p.order === f.order?.id;
  if (p.invoice !== undefined) return p.invoice === f.invoice?.id;
  if (p.ticket !== undefined) return p.ticket === f.ticket?.id;
  if (p.customer !== undefined) return p.customer === f.customer?.id;
  return false;
}

/** Actions that concern no particular item: seminars, exhibitions, parts, cards. */
export function isGeneral(a: Action): boolean {
  const p = a as Record<string, unknown>;
  return ['opportunity', 'lead', 'order', 'invoice', 'ticket', 'customer'].every((k) => p[k] === undefined) && a.kind !== 'endWeek';
}
