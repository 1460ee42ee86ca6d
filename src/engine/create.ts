/** A new game: the scenario's starting world, the seed's dice, week 1's scripted content. */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/enums.ts';
import type { GameState, Stats, TimeCategory, Role } from './state.ts';
import { Luck } from './rng.ts';
import { indexScenario, type Ctx } from './context.ts';
import { runScript } from './rules/script.ts';

/** Bumped whenever a rule change can alter outcomes; saves record it. */
export const ENGINE_VERSION = '1.5.0';

const CATEGORIES: TimeCategory[] = ['customer', 'solution', 'delivery', 'service', 'finance', 'internal'];

function emptyStats(): Stats {
  const time = {} as Record<Role, Record<TimeCategory, number>>;
  for (const r of ROLES) {
    const byCategory = {} as Record<TimeCategory, number>;
    for (const c of CATEGORIES) byCategory[c] = 0;
    time[r] = byCategory;
  }
  return {
    bidsWon: 0, bidsDecided: 0, revenue: 0, productCost: 0, deliveryCost: 0, serviceCost: 0, penalties: 0,
    invoiced: 0, collected: 0, badDebt: 0, cashDaysWeighted: 0, cashDaysAmount: 0, ordersDelivered: 0,
    complaints: 0, ticketsOpened: 0, ticketsInSla: 0, docs: 0, docHalfDays: 0, overdraftInterest: 0, weeksOverdrawn: 0, time,
  };
}

/** `Object.fromEntries(xs.map((x) => [x.id, f(x)]))`, without the pairs (a batch run creates thousands of games). */
function byId<T extends { id: string }, V>(xs: readonly T[], f: (x: T) => V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const x of xs) out[x.id] = f(x);
  return out;
}

export function createGame(sc: Scenario, seed: string): GameState {
  const s: GameState = {
    scenario: sc.id,
    seed,
    week: 1,
    finished: false,
    cash: sc.company.startingCash,
    ledger: {
      collections: 0, marketing: 0, production: 0, delivery: 0, service: 0, parts: 0, penalties: 0,
      legal: 0, insurance: 0, insuranceClaims: 0, creditChecks: 0, scripted: 0, interest: 0, presales: 0,
    },
    daysUsed: { AR: 0, SR: 0, FR: 0 },
    roleDayChanges: [],
    capacityDelta: 0,
    partsInventory: sc.company.partsInventory,
    partsOnOrder: [],
    seq: 0,
    customers: byId(sc.customers, (c) => ({
      satisfaction: c.satisfaction,
      cashPosition: c.cashPosition,
      creditChecked: false,
      blacklisted: false,
      defaulted: false,
      stakeholders: byId(c.stakeholders, (st) => ({ support: st.stance * 30, present: true, lastVisitWeek: null })),
      painsRevealed: [],
      lateDeliveries: 0,
      exchangeWeek: null,
      maintainedWeek: null,
      satisfactionDrivers: {},
    })),
    leads: {},
    opportunities: {},
    contracts: {},
    orders: {},
    invoices: {},
    tickets: {},
    defectRateBp: byId(sc.products, (p) => p.defectRateBp),
    competitorPriceBp: byId(sc.competitors, (c) => c.priceIndexBp),
    budgetCutBp: {},
    firedEvents: [],
    cards: {},
    stats: emptyStats(),
  };
  const ctx: Ctx = { s, sc, ix: indexScenario(sc), luck: new Luck(s.seed), events: [] };
  runScript(ctx);
  return s;
}
