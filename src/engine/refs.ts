/**
 * Does every id an action names exist? Checked once, before any rule looks the id up.
 *
 * The state keeps leads, opportunities, orders, invoices, tickets and cards in plain
 * objects keyed by id, so a lookup like `s.orders[id]` with an id from outside (a save
 * file, a client message) such as "constructor" or "toString" would find a function
 * inherited from Object.prototype and the rule would crash on it. Here an id counts only
 * as an own property of its record (or an entry of the scenario's customers or cards), so
 * every rule after this may look ids up directly.
 */
import type { Action, GameState, Rejection } from './state.ts';
import type { CheckCtx } from './rules/types.ts';

/**
 * The entry of `record` named `id`, or undefined: only an own entry counts, so an id such
 * as "constructor" finds nothing instead of Object.prototype's function. For lookups by
 * an id that comes from outside the engine's own records (a caller, a file, a message).
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined;
}

const has = (record: object, id: unknown): boolean => typeof id === 'string' && Object.prototype.hasOwnProperty.call(record, id);

/** Action field → the state's record of that thing, and the rejection when it is not there. */
const RECORDS = [
  ['lead', (s: GameState) => s.leads, 'unknownLead'],
  ['opportunity', (s: GameState) => s.opportunities, 'unknownOpportunity'],
  ['order', (s: GameState) => s.orders, 'unknownOrder'],
  ['invoice', (s: GameState) => s.invoices, 'unknownInvoice'],
  ['ticket', (s: GameState) => s.tickets, 'unknownTicket'],
] as const;

export function unknownRef(c: CheckCtx, a: Action): Rejection | null {
  const fields = a as unknown as Record<string, unknown>;
  for (const [field, record, code] of RECORDS) {
    if (field in fields && !has(record(c.s), fields[field])) return { code, params: { [field]: String(fields[field]) } };
  }
  if ('customer' in fields && fields.customer !== undefined && !(typeof fields.customer === 'string' && c.ix.customer.has(fields.customer))) {
    return { code: 'unknownCustomer', params: { customer: String(fields.customer) } };
  }
  // A card is the scenario's (dealt or not yet: the rule says which).
  if ('card' in fields && !(typeof fields.card === 'string' && c.sc.cards.some((k) => k.id === fields.card))) {
    return { code: 'unknownCard', params: { card: String(fields.card) } };
  }
  if ('stakeholder' in fields && 'opportunity' in fields) {
    const opp = c.s.opportunities[fields.opportunity as string]!;
    if (!has(c.s.customers[opp.customer]!.stakeholders, fields.stakeholder)) return { code: 'unknownStakeholder', params: { stakeholder: String(fields.stakeholder) } };
  }
  return null;
}
