/**
 * A "belief" state: a GameState built from a PlayerView alone, with every hidden field
 * set to what the player can infer (a lead's budget only once discovery confirmed it,
 * no junk flags, neutral payment habits, no budget cuts, a made-up seed). The engine's
 * own checks (`validate`, `actionCost`) and the view builder run on it, so the coach
 * asks the rules — not a copy of them — what the role could do, and never sees the truth.
 * `playerView(sc, beliefState(sc, v), v.role)` gives back `v` (a tested property).
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/schema.ts';
import type { GameState, LeadState, PlayerView, Role, Stats, TimeCategory } from '../engine/index.ts';

const CATEGORIES: TimeCategory[] = ['customer', 'solution', 'delivery', 'service', 'finance', 'internal'];

function zeroStats(): Stats {
  const time = {} as Record<Role, Record<TimeCategory, number>>;
  for (const r of ROLES) time[r] = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<TimeCategory, number>;
  return {
    bidsWon: 0, bidsDecided: 0, revenue: 0, productCost: 0, deliveryCost: 0, serviceCost: 0, penalties: 0,
    invoiced: 0, collected: 0, badDebt: 0, cashDaysWeighted: 0, cashDaysAmount: 0, ordersDelivered: 0,
    complaints: 0, ticketsOpened: 0, ticketsInSla: 0, docs: 0, docHalfDays: 0, overdraftInterest: 0, weeksOverdrawn: 0, time,
  };
}

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
function byId<T extends { id: string }>(xs: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const x of xs) out[x.id] = copy(x);
  return out;
}

/** The world as the player of `v.role` can reconstruct it from the view. */
export function beliefState(sc: Scenario, v: PlayerView): GameState {
  const leads: Record<string, LeadState> = {};
  for (const l of v.leads) {
    const opp = v.opportunities.find((o) => o.lead === l.id);
    leads[l.id] = {
      id: l.id, template: l.id, customer: l.customer, product: l.product, quantity: l.quantity,
      // Hidden until discovery: the confirmed budget when there is one, otherwise unknown (0).
      budget: opp?.budget ?? 0,
      startWeek: opp?.startWeek ?? v.week,
      bidAfterWeeks: opp ? opp.deadlineWeek - opp.openedWeek : 0,
      competitors: opp ? [...opp.competitors] : [],
      junk: null,
      grade: l.grade, surfacedWeek: l.surfacedWeek, expiresWeek: l.expiresWeek, repeat: l.repeat, workshop: l.workshop,
    };
  }
  const customers: GameState['customers'] = {};
  for (const c of v.customers) {
    const stakeholders: GameState['customers'][string]['stakeholders'] = {};
    for (const st of c.stakeholders) stakeholders[st.id] = { support: st.support, present: st.present, lastVisitWeek: st.lastVisitWeek };
    customers[c.id] = {
      satisfaction: c.satisfaction, cashPosition: 0, creditChecked: c.creditChecked, blacklisted: c.blacklisted, defaulted: false,
      stakeholders, painsRevealed: c.painsKnown.map((p) => p.id), lateDeliveries: c.lateDeliveries, satisfactionDrivers: { ...c.satisfactionDrivers },
      exchangeWeek: c.exchangeWeek, maintainedWeek: c.maintainedWeek,
      // A rating a scripted effect changed, as the credit check shows it (absent: the scenario's).
      ...(c.credit ? { rating: c.credit.rating } : {}),
    };
  }
  const opportunities: GameState['opportunities'] = {};
  for (const o of v.opportunities) {
    // The view adds the budget and start week (from the lead, above): the state keeps them there.
    const rest: Partial<typeof o> = copy(o);
    delete rest.budget;
    delete rest.startWeek;
    opportunities[o.id] = rest as GameState['opportunities'][string];
  }
  const cards: GameState['cards'] = {};
  for (const c of v.pendingCards) cards[c.id] = { status: 'pending', option: null, week: v.week };
  return {
    scenario: sc.id,
    seed: 'belief',
    week: v.week,
    finished: v.finished,
    cash: v.cash,
    ledger: { collections: 0, marketing: 0, production: 0, delivery: 0, service: 0, parts: 0, penalties: 0, legal: 0, insurance: 0, insuranceClaims: 0, creditChecks: 0, scripted: 0, interest: 0, presales: 0 },
    // Scripted changes to a role's days are folded into what is used: the days left come out the same.
    daysUsed: { AR: sc.company.days.AR - v.daysLeft.AR, SR: sc.company.days.SR - v.daysLeft.SR, FR: sc.company.days.FR - v.daysLeft.FR },
    roleDayChanges: [],
    capacityDelta: v.capacityPerWeek - sc.company.capacityUnitsPerWeek,
    partsInventory: v.partsInventory,
    partsOnOrder: v.partsOnOrder > 0 ? [{ qty: v.partsOnOrder, arrivesWeek: v.week + 1 }] : [],
    seq: 0,
    customers,
    leads,
    opportunities,
    contracts: byId(v.contracts),
    orders: byId(v.orders),
    invoices: byId(v.invoices),
    tickets: byId(v.tickets),
    defectRateBp: Object.fromEntries(v.products.map((p) => [p.id, p.defectRateBp])),
    competitorPriceBp: Object.fromEntries(v.competitors.map((c) => [c.id, c.priceIndexBp])),
    budgetCutBp: {},
    firedEvents: [],
    cards,
    stats: zeroStats(),
  };
}
