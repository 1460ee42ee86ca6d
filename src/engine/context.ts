/**
 * What every rule receives: the state being changed, the scenario it came from (with
 * id lookups built once), the world's luck, and the list to push events onto.
 */
import type { Customer, Lead, Product, Scenario, Competitor } from '../scenario/schema.ts';
import type { GameEvent, GameState } from './state.ts';
import type { Luck } from './rng.ts';

export interface ScenarioIndex {
  product: Map<string, Product>;
  customer: Map<string, Customer>;
  lead: Map<string, Lead>;
  competitor: Map<string, Competitor>;
  /** The scenario's leads by source (`inbound` or a marketing activity), in scenario order. */
  leadsBySource: Map<string, Lead[]>;
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

const indexes = new WeakMap<Scenario, ScenarioIndex>();
/** The scenario's leads of one source, in scenario order. */
export const leadsFrom = (ix: ScenarioIndex, source: string): readonly Lead[] => ix.leadsBySource.get(source) ?? [];

export function indexScenario(sc: Scenario): ScenarioIndex {
  let ix = indexes.get(sc);
  if (!ix) {
    ix = {
      product: new Map(sc.products.map((p) => [p.id, p])),
      customer: new Map(sc.customers.map((c) => [c.id, c])),
      lead: new Map(sc.leads.map((l) => [l.id, l])),
      competitor: new Map(sc.competitors.map((c) => [c.id, c])),
      leadsBySource: groupBy(sc.leads, (l) => l.source),
    };
    indexes.set(sc, ix);
  }
  return ix;
}

export interface Ctx {
  s: GameState;
  sc: Scenario;
  ix: ScenarioIndex;
  /** The world's luck: keyed draws (rng.ts), so decisions elsewhere do not reshuffle it. */
  luck: Luck;
  events: GameEvent[];
  /** True while the week is ending (effects then take hold from the next week). */
  endOfWeek?: boolean;
  /** True when nobody reads the events: `emit` then builds none. */
  quiet?: boolean;
}

export function emit(ctx: Ctx, type: string, data: Omit<GameEvent, 'type' | 'week'> = {}): void {
  if (ctx.quiet) return;
  ctx.events.push({ type, week: ctx.s.week, ...data });
}

/** The first record of a table that matches, in table order (`Object.values(t).find` without the array). */
export function findRecord<T>(table: Record<string, T>, match: (x: T) => boolean): T | undefined {
  for (const id in table) {
    const x = table[id]!;
    if (match(x)) return x;
  }
  return undefined;
}

export function nextId(s: GameState, prefix: string): string {
  s.seq += 1;
  return `${prefix}${s.seq}`;
}

/** The calendar: week w covers days (w−1)·7 … w·7−1; working days are the first five. */
export const weekStartDay = (week: number): number => (week - 1) * 7;
export const weekEndDay = (week: number): number => week * 7 - 1;

export const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);
/** Integer share of an integer amount in basis points, rounded down. */
export const bpOf = (amount: number, bp: number): number => Math.floor((amount * bp) / 10000);

export function changeSatisfaction(ctx: Ctx, customer: string, delta: number, why: string): void {
  const c = ctx.s.customers[customer];
  if (!c || delta === 0) return;
  const before = c.satisfaction;
  c.satisfaction = clamp(before + delta, 0, 100);
  if (c.satisfaction === before) return;
  c.satisfactionDrivers[why] = (Object.hasOwn(c.satisfactionDrivers, why) ? c.satisfactionDrivers[why]! : 0) + c.satisfaction - before;
  emit(ctx, 'satisfaction', { customer, delta: c.satisfaction - before, why });
}

/**
 * A deal's name for the world's luck: its lead's id, which (unlike opportunity, contract,
 * order and invoice ids, numbered in creation order) does not change when a different
 * decision elsewhere creates things in a different order. A repeat deal is named by the
 * lead it repeats and the week it surfaced.
 */
export function dealKey(s: GameState, leadId: string): string {
  const l = s.leads[leadId];
  return l?.repeat ? `${l.template}@${l.surfacedWeek}` : leadId;
}
// (A record without its parent — only in hand-built test worlds — is its own deal.)
export function dealOfOpportunity(s: GameState, oppId: string): string {
  const o = s.opportunities[oppId];
  return o ? dealKey(s, o.lead) : oppId;
}
export function dealOfContract(s: GameState, contractId: string): string {
  const k = s.contracts[contractId];
  return k ? dealOfOpportunity(s, k.opportunity) : contractId;
}
export function dealOfOrder(s: GameState, orderId: string): string {
  const o = s.orders[orderId];
  return o ? dealOfContract(s, o.contract) : orderId;
}
