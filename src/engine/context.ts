/**
 * What every rule receives: the state being changed, the scenario it came from (with
 * id lookups built once), the dice, and the list to push events onto.
 */
import type { Customer, Lead, Product, Scenario, Competitor } from '../scenario/schema.ts';
import type { GameEvent, GameState } from './state.ts';
import type { Dice } from './rng.ts';

export interface ScenarioIndex {
  product: Map<string, Product>;
  customer: Map<string, Customer>;
  lead: Map<string, Lead>;
  competitor: Map<string, Competitor>;
}

const indexes = new WeakMap<Scenario, ScenarioIndex>();
export function indexScenario(sc: Scenario): ScenarioIndex {
  let ix = indexes.get(sc);
  if (!ix) {
    ix = {
      product: new Map(sc.products.map((p) => [p.id, p])),
      customer: new Map(sc.customers.map((c) => [c.id, c])),
      lead: new Map(sc.leads.map((l) => [l.id, l])),
      competitor: new Map(sc.competitors.map((c) => [c.id, c])),
    };
    indexes.set(sc, ix);
  }
  return ix;
}

export interface Ctx {
  s: GameState;
  sc: Scenario;
  ix: ScenarioIndex;
  dice: Dice;
  events: GameEvent[];
  /** True while the week is ending (effects then take hold from the next week). */
  endOfWeek?: boolean;
}

export function emit(ctx: Ctx, type: string, data: Omit<GameEvent, 'type' | 'week'> = {}): void {
  ctx.events.push({ type, week: ctx.s.week, ...data });
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
  if (c.satisfaction !== before) emit(ctx, 'satisfaction', { customer, delta: c.satisfaction - before, why });
}
