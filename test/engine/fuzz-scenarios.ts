/**
 * Scenario generator behind fuzz-scenarios.test.ts: scenarios nobody ships, made by
 * mutating the two bundled ones at the data level and sent back through the same path
 * the studio and `cli check` use (YAML text → loadScenarioDetail → lintScenario).
 *
 * A mutation is plain data (indices and edge names, resolved against the scenario when
 * it is applied), so fast-check prints a failing scenario as a short, replayable list.
 * Numbers go to their schema bounds (min, min+1, max−1, max), a random value inside, and
 * now and then one step outside or a fraction, which the loader must refuse with a located
 * message. Removals take out optional parts (competitors, pains, events, cards, all but the
 * decision maker, all but one customer); duplicates copy customers and leads under new ids;
 * added events and cards carry every effect kind at edge values, with triggers at week 1,
 * the last week, on conditions and on facts. Removals are followed by `dropDangling`, so a
 * reference left behind does not make every such scenario a refusal.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { MAX_DEAL_YUAN, type Effect, type Scenario, type Trigger } from '../../src/scenario/schema.ts';
import { FACTS, LEAD_SOURCES, JUNK_REASONS, RATINGS, ROLES, SPAWNABLE_TICKETS } from '../../src/scenario/enums.ts';

const MONEY = 100_000_000_000;

/** Where a number goes: a bound, next to one, inside, or (rarely) just outside. */
export const EDGES = ['min', 'min1', 'max1', 'max', 'mid', 'below', 'above', 'frac'] as const;
export type Edge = (typeof EDGES)[number];
const edgeArb: fc.Arbitrary<Edge> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<Edge>('min', 'max') },
  { weight: 3, arbitrary: fc.constantFrom<Edge>('min1', 'max1', 'mid') },
  { weight: 1, arbitrary: fc.constantFrom<Edge>('below', 'above', 'frac') },
);
/** Edges that stay inside the range: for values the generator needs valid (effects' ids are picked, not bounded). */
const innerEdgeArb: fc.Arbitrary<Edge> = fc.constantFrom<Edge>('min', 'max', 'min', 'max', 'min1', 'max1', 'mid');

export function edgeValue(e: Edge, min: number, max: number, r: number): number {
  switch (e) {
    case 'min': return min;
    case 'min1': return Math.min(max, min + 1);
    case 'max1': return Math.max(min, max - 1);
    case 'max': return max;
    case 'mid': return min + Math.floor(((r % 1_000_003) / 1_000_003) * (max - min + 1));
    case 'below': return min - 1;
    case 'above': return max + 1;
    case 'frac': return min + 0.5;
  }
}

type Obj = Record<string, unknown>;
/** The objects a numeric field lives in: the company, every product, customer, lead… */
type Targets = (sc: Scenario) => Obj[];
const company: Targets = (sc) => [sc.company as unknown as Obj];
const products: Targets = (sc) => sc.products as unknown as Obj[];
const competitors: Targets = (sc) => sc.competitors as unknown as Obj[];
const customers: Targets = (sc) => sc.customers as unknown as Obj[];
const stakeholders: Targets = (sc) => sc.customers.flatMap((c) => c.stakeholders) as unknown as Obj[];
const leads: Targets = (sc) => sc.leads as unknown as Obj[];
const targets: Targets = (sc) => [sc.score.targets as unknown as Obj];

/** Every numeric field of the format with its schema range (max may depend on the scenario's weeks). */
/**
 * A product's price or cost, or a lead's quantity, is bounded by the others through the
 * deal limit (MAX_DEAL_YUAN, cross-check.ts): its real maximum is the one the loader
 * accepts, and one above it is the first it refuses.
 */
const unitCap = (sc: Scenario, o: Obj): number => {
  const q = Math.max(0, ...sc.leads.filter((l) => l.product === o.id).map((l) => l.quantity));
  return q === 0 ? MONEY : Math.min(MONEY, Math.floor(MAX_DEAL_YUAN / q));
};
const quantityCap = (sc: Scenario, o: Obj): number => {
  const p = sc.products.find((x) => x.id === o.product);
  const each = p ? Math.max(p.listPrice, p.unitCost) : 0;
  return each === 0 ? 10000 : Math.min(10000, Math.floor(MAX_DEAL_YUAN / each));
};
type Max = number | ((sc: Scenario, o: Obj) => number);
export const NUM_FIELDS: readonly { of: Targets; key: string; min: number; max: Max }[] = [
  ...['startingCash', 'creditBudget', 'minCustomerSize', 'crewDayCost', 'logisticsCostPerOrder', 'serviceDayCost', 'partCost', 'overdraftLimit',
    'technicalExchangeCost', 'solutionWorkshopCost', 'siteSurveyCost', 'marketingCost.seminar', 'marketingCost.exhibition',
    'marketingCost.executiveVisit', 'marketingCost.referenceVisit'].map((key) => ({ of: company, key, min: 0, max: MONEY })),
  ...['maxPledgeRatioBp', 'ratingLimitBp.A', 'ratingLimitBp.B', 'ratingLimitBp.C', 'ratingLimitBp.D'].map((key) => ({ of: company, key, min: 0, max: 10000 })),
  ...['days.AR', 'days.SR', 'days.FR'].map((key) => ({ of: company, key, min: 1, max: 7 })),
  { of: company, key: 'capacityUnitsPerWeek', min: 1, max: 100000 },
  { of: company, key: 'partLeadWeeks', min: 0, max: 12 },
  { of: company, key: 'partsInventory', min: 0, max: 10000 },
  { of: company, key: 'overdraftInterestBp', min: 0, max: 1000 },
  { of: products, key: 'listPrice', min: 0, max: unitCap },
  { of: products, key: 'unitCost', min: 0, max: unitCap },
  // …and to the schema's own bound, which the deal limit refuses for any lead of the product.
  { of: products, key: 'listPrice', min: 0, max: MONEY },
  { of: products, key: 'unitCost', min: 0, max: MONEY },
  { of: products, key: 'leadTimeWeeks', min: 0, max: 26 },
  { of: products, key: 'installDays', min: 1, max: 5 },
  { of: products, key: 'defectRateBp', min: 0, max: 10000 },
  { of: competitors, key: 'strength', min: 1, max: 150 },
  { of: competitors, key: 'priceIndexBp', min: 5000, max: 15000 },
  { of: customers, key: 'sizeYuan', min: 0, max: MONEY },
  ...['pledgeRatioBp', 'payment.reliabilityBp', 'payment.defaultRiskBp', 'terms.maxAdvanceBp'].map((key) => ({ of: customers, key, min: 0, max: 10000 })),
  { of: customers, key: 'payment.delayDays', min: 0, max: 180 },
  { of: customers, key: 'terms.netDays', min: 0, max: 180 },
  { of: customers, key: 'cashPosition', min: 0, max: 100 },
  { of: customers, key: 'satisfaction', min: 0, max: 100 },
  { of: stakeholders, key: 'influence', min: 1, max: 10 },
  { of: stakeholders, key: 'stance', min: -2, max: 2 },
  { of: leads, key: 'availableFrom', min: 1, max: (sc) => sc.weeks },
  { of: leads, key: 'expiresAfterWeeks', min: 1, max: 52 },
  { of: leads, key: 'quantity', min: 1, max: quantityCap },
  { of: leads, key: 'budget', min: 0, max: MONEY },
  { of: leads, key: 'startWeek', min: 1, max: 104 },
  { of: leads, key: 'bidAfterWeeks', min: 1, max: 16 },
  { of: targets, key: 'winRateBp', min: 1, max: 10000 },
  { of: targets, key: 'revenue', min: 1, max: MONEY },
  { of: targets, key: 'grossMarginBp', min: 1, max: 10000 },
  { of: targets, key: 'collectionCycleDays', min: 1, max: 720 },
  { of: targets, key: 'csat', min: 1, max: 100 },
  { of: targets, key: 'docCycleHalfDays', min: 1, max: 40 },
  { of: targets, key: 'complaintRateBp', min: 1, max: 10000 },
  { of: targets, key: 'badDebtBp', min: 1, max: 10000 },
];

const COMPANY_MONEY = ['crewDayCost', 'logisticsCostPerOrder', 'serviceDayCost', 'partCost', 'technicalExchangeCost', 'solutionWorkshopCost', 'siteSurveyCost',
  'marketingCost.seminar', 'marketingCost.exhibition', 'marketingCost.executiveVisit', 'marketingCost.referenceVisit'];
/**
 * Whole worlds at an extreme, several fields at once (every product, customer or lead):
 * combinations one field at a time would almost never reach, such as quadrillion-yuan
 * deals the credit policy lets through, or a factory of one unit a week.
 */
const OPEN_CREDIT = [['unitCost', 'min'], ['budget', 'max'], ['capacityUnitsPerWeek', 'max'], ['creditBudget', 'max'], ['ratingLimitBp.A', 'max'], ['ratingLimitBp.B', 'max'],
  ['ratingLimitBp.C', 'max'], ['ratingLimitBp.D', 'max'], ['minCustomerSize', 'min'], ['maxPledgeRatioBp', 'max'], ['sizeYuan', 'max']] as const;
export const PRESETS: Record<string, readonly (readonly [string, Edge | number])[]> = {
  // The biggest deals the loader accepts (MAX_DEAL_YUAN), with credit rules that let them through…
  richDeals: [['listPrice', MAX_DEAL_YUAN / 10000], ['quantity', 10000], ...OPEN_CREDIT],
  // …and the quadrillion-yuan deals the schema's bounds alone allow, which broke the state's exact sums: refused.
  tooRich: [['listPrice', MONEY], ['quantity', 10000], ...OPEN_CREDIT],
  freeEverything: [['listPrice', 'min'], ['unitCost', 'min'], ['budget', 'min'], ...COMPANY_MONEY.map((k) => [k, 'min'] as const)],
  maxCosts: [['unitCost', 'max'], ['startingCash', 'min'], ['overdraftLimit', 'max'], ...COMPANY_MONEY.map((k) => [k, 'max'] as const)],
  badPayers: [['payment.reliabilityBp', 'min'], ['payment.defaultRiskBp', 'max'], ['cashPosition', 'min'], ['payment.delayDays', 'max'], ['satisfaction', 'min'], ['terms.netDays', 'max']],
  goodPayers: [['payment.reliabilityBp', 'max'], ['payment.defaultRiskBp', 'min'], ['cashPosition', 'max'], ['payment.delayDays', 'min'], ['satisfaction', 'max'], ['terms.maxAdvanceBp', 'max'], ['terms.netDays', 'min']],
  tinyTeam: [['days.AR', 'min'], ['days.SR', 'min'], ['days.FR', 'min'], ['capacityUnitsPerWeek', 'min'], ['leadTimeWeeks', 'max'], ['partLeadWeeks', 'max'], ['partsInventory', 'min'], ['installDays', 'max']],
  bigTeam: [['days.AR', 'max'], ['days.SR', 'max'], ['days.FR', 'max'], ['capacityUnitsPerWeek', 'max'], ['leadTimeWeeks', 'min'], ['partLeadWeeks', 'min'], ['installDays', 'min'], ['defectRateBp', 'max'], ['partsInventory', 'max']],
  fastLeads: [['bidAfterWeeks', 'min'], ['expiresAfterWeeks', 'min'], ['availableFrom', 'min'], ['startWeek', 'min']],
  slowLeads: [['bidAfterWeeks', 'max'], ['expiresAfterWeeks', 'max'], ['availableFrom', 'max'], ['startWeek', 'max']],
  tinyTargets: ['winRateBp', 'revenue', 'grossMarginBp', 'collectionCycleDays', 'csat', 'docCycleHalfDays', 'complaintRateBp', 'badDebtBp'].map((k) => [k, 'min'] as const),
  hugeTargets: ['winRateBp', 'revenue', 'grossMarginBp', 'collectionCycleDays', 'csat', 'docCycleHalfDays', 'complaintRateBp', 'badDebtBp'].map((k) => [k, 'max'] as const),
  noCredit: [['creditBudget', 'min'], ['ratingLimitBp.A', 'min'], ['minCustomerSize', 'max'], ['maxPledgeRatioBp', 'min'], ['overdraftLimit', 'min'], ['overdraftInterestBp', 'max'], ['startingCash', 'min']],
  strongRivals: [['strength', 'max'], ['priceIndexBp', 'min'], ['influence', 'max'], ['stance', 'min']],
  weakRivals: [['strength', 'min'], ['priceIndexBp', 'max'], ['influence', 'min'], ['stance', 'max']],
};

/** One effect, before its ids are picked from the scenario it lands in. */
/** An effect's number: at its bounds mostly, one in 40 outside them (an event with ten effects should still load most times). */
const effectEdgeArb: fc.Arbitrary<Edge> = fc.oneof({ weight: 39, arbitrary: innerEdgeArb }, { weight: 1, arbitrary: fc.constantFrom<Edge>('below', 'above', 'frac') });
const effectArb = fc.record({ kind: fc.nat(13), a: fc.nat(), b: fc.nat(), edge: effectEdgeArb, edge2: effectEdgeArb, r: fc.nat() });
type EffectGen = typeof effectArb extends fc.Arbitrary<infer T> ? T : never;
const triggerArb = fc.record({ form: fc.constantFrom('first', 'last', 'mid', 'when', 'on'), a: fc.nat(), b: fc.nat(), edge: innerEdgeArb, r: fc.nat() });
type TriggerGen = typeof triggerArb extends fc.Arbitrary<infer T> ? T : never;

export const mutationArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ k: fc.constant('num' as const), field: fc.nat(NUM_FIELDS.length - 1), pick: fc.nat(), all: fc.boolean(), edge: edgeArb, r: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('preset' as const), name: fc.constantFrom(...Object.keys(PRESETS)) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('weeks' as const), edge: edgeArb, r: fc.nat(), clamp: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('drop' as const), what: fc.constantFrom('competitors', 'events', 'cards', 'pains', 'allPains', 'stakeholders', 'customers', 'decisionMaker'), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('dupCustomer' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('dupLead' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('lastWeekLead' as const), pick: fc.nat(), source: fc.constantFrom(...LEAD_SOURCES.filter((x) => x !== 'scripted')) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('scripted' as const), pick: fc.nat(), trigger: triggerArb }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('retrigger' as const), card: fc.boolean(), pick: fc.nat(), trigger: triggerArb }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('addEvent' as const), trigger: triggerArb, effects: fc.array(effectArb, { minLength: 1, maxLength: 10 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('addCard' as const), role: fc.constantFrom(...ROLES), trigger: triggerArb, options: fc.array(fc.array(effectArb, { maxLength: 4 }), { minLength: 2, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('weights' as const), from: fc.nat(7), to: fc.nat(7), all: fc.boolean(), r: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('flags' as const), pick: fc.nat(), junk: fc.option(fc.constantFrom(...JUNK_REASONS)), rating: fc.constantFrom(...RATINGS), flip: fc.boolean() }) },
);
export type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;
export const scenarioArb = fc.record({ base: fc.constantFrom('tutorial', 'flagship'), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 8 }) });

const maxOf = (max: Max, sc: Scenario, o: Obj): number => (typeof max === 'number' ? max : max(sc, o));
const at = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
/** Reads or writes a dotted key such as `payment.delayDays`. */
function setKey(o: Obj, key: string, v: unknown): void {
  const parts = key.split('.');
  let cur = o;
  for (const p of parts.slice(0, -1)) cur = cur[p] as Obj;
  cur[parts.at(-1)!] = v;
}
/** A fresh id (≤ 40 characters) not in `taken`. */
function freshId(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${base.slice(0, 34)}-d${n}`;
    if (!taken.has(id)) return id;
  }
}
const WEIGHTS = ['winRate', 'revenue', 'grossMargin', 'collection', 'satisfaction', 'process', 'complaints', 'badDebt'] as const;
const SPLITS = [[10000, 0, 0, 0], [0, 10000, 0, 0], [0, 0, 10000, 0], [0, 0, 0, 10000], [3000, 6000, 1000, 0], [0, 0, 0, 0]] as const;

function trigger(sc: Scenario, t: TriggerGen): Trigger {
  switch (t.form) {
    case 'first': return { atWeek: 1 };
    case 'last': return { atWeek: sc.weeks };
    case 'mid': return { atWeek: edgeValue('mid', 1, sc.weeks, t.r) };
    case 'when': {
      const metric = (['cash', 'customerSatisfaction', 'bidsWon', 'openComplaints'] as const)[t.a % 4]!;
      const customer = metric === 'customerSatisfaction' || (metric === 'openComplaints' && t.b % 2 === 0) ? at(sc.customers, t.b)!.id : undefined;
      const range = metric === 'cash' ? [-MONEY, MONEY] : metric === 'customerSatisfaction' ? [0, 100] : [0, 3];
      const bound = edgeValue(t.edge, range[0]!, range[1]!, t.r);
      const side = t.r % 3 === 0 ? { below: bound } : t.r % 3 === 1 ? { above: bound } : { below: bound, above: range[0]! };
      return { when: { metric, ...(customer ? { customer } : {}), ...side, fromWeek: edgeValue(t.edge, 1, sc.weeks, t.a) } };
    }
    case 'on': {
      const fact = FACTS[t.a % FACTS.length]!;
      const deal = fact === 'dealWon' || fact === 'dealLost';
      return {
        on: {
          fact,
          ...(t.b % 3 === 0 ? { customer: at(sc.customers, t.r)!.id } : {}),
          ...(deal && t.b % 3 === 1 ? { lead: at(sc.leads, t.r)!.id } : {}),
          ...(fact === 'invoiceOverdue' && t.b % 2 === 0 ? { days: edgeValue(t.edge, 1, 720, t.r) } : {}),
          fromWeek: edgeValue(t.edge, 1, sc.weeks, t.a),
        },
      };
    }
  }
}

/** A scripted lead to spawn: an existing one, or a lead turned scripted (so spawnLead always has one). */
function scriptedLead(sc: Scenario, pick: number): string {
  const l = at(sc.leads.filter((x) => x.source === 'scripted'), pick) ?? at(sc.leads, pick)!;
  l.source = 'scripted';
  return l.id;
}

function effect(sc: Scenario, g: EffectGen): Effect | null {
  const v = (min: number, max: number, e: Edge = g.edge) => edgeValue(e, min, max, g.r);
  const customer = at(sc.customers, g.a)!;
  const person = at(customer.stakeholders, g.b); // none once a removal took them all (a refusal anyway)
  switch (g.kind) {
    case 0: { const c = at(sc.competitors, g.a); return c ? { kind: 'competitorPriceCut', competitor: c.id, bp: v(1, 5000) } : null; }
    case 1: return { kind: 'budgetCut', lead: at(sc.leads, g.a)!.id, bp: v(1, 9000) };
    case 2: return person ? { kind: 'stakeholderLeaves', customer: customer.id, stakeholder: person.id } : null;
    case 3: return { kind: 'qualityIncident', product: at(sc.products, g.a)!.id, defectRateBp: v(1, 5000) };
    case 4: return { kind: 'downturn', cashPosition: v(-100, 100) };
    case 5: return { kind: 'satisfaction', customer: customer.id, delta: v(-100, 100) };
    case 6: return person ? { kind: 'support', customer: customer.id, stakeholder: person.id, delta: v(-100, 100) } : null;
    case 7: return { kind: 'cash', amount: v(-1_000_000_000, 1_000_000_000) };
    case 8: return { kind: 'capacity', delta: v(-1000, 1000) };
    case 9: return { kind: 'roleDays', role: ROLES[g.b % 3]!, delta: v(-5, 5), weeks: v(1, 8, g.edge2) };
    case 10: {
      const split = SPLITS[g.b % (SPLITS.length - 1)]!; // the last (all zero) is never generated: it sums to 0, a refusal
      const who = g.b % 2 === 0 ? { customer: customer.id } : { lead: at(sc.leads, g.a)!.id };
      const terms = g.r % 3;
      return {
        kind: 'paymentTerms', ...who,
        ...(terms !== 1 ? { split: { advanceBp: split[0], deliveryBp: split[1], acceptanceBp: split[2], retentionBp: split[3] } } : {}),
        ...(terms !== 0 ? { netDays: v(0, 180, g.edge2) } : {}),
      };
    }
    case 11: return g.b % 2 === 0
      ? { kind: 'creditRating', customer: customer.id, rating: RATINGS[g.r % 4]! }
      : { kind: 'creditRating', customer: customer.id, delta: v(-3, 3) };
    case 12: return { kind: 'spawnLead', lead: scriptedLead(sc, g.a) };
    default: {
      const product = g.r % 2 === 0 ? { product: at(sc.products, g.b)!.id } : {};
      return { kind: 'spawnTicket', customer: customer.id, ticket: SPAWNABLE_TICKETS[g.b % 3]!, severity: v(1, 3, g.edge2), ...product };
    }
  }
}
const effects = (sc: Scenario, gs: readonly EffectGen[]): Effect[] => gs.map((g) => effect(sc, g)).filter((e): e is Effect => e !== null);

function ids(list: readonly { id: string }[]): Set<string> {
  return new Set(list.map((x) => x.id));
}

/** Apply one mutation in place. */
export function applyMutation(sc: Scenario, m: Mutation): void {
  switch (m.k) {
    case 'num': {
      const f = NUM_FIELDS[m.field]!;
      const objs = f.of(sc);
      for (const o of m.all ? objs : [at(objs, m.pick)].filter((x) => x !== undefined)) setKey(o, f.key, edgeValue(m.edge, f.min, maxOf(f.max, sc, o), m.r));
      return;
    }
    case 'preset':
      for (const [key, edge] of PRESETS[m.name]!) {
        const f = NUM_FIELDS.find((x) => x.key === key)!;
        for (const o of f.of(sc)) setKey(o, key, typeof edge === 'number' ? edge : edgeValue(edge, f.min, maxOf(f.max, sc, o), 0));
      }
      return;
    case 'weeks': {
      sc.weeks = edgeValue(m.edge, 2, 104, m.r);
      if (!m.clamp || !Number.isInteger(sc.weeks)) return;
      // Shrinking the game drags every dated thing into it, as an instructor would.
      const w = Math.max(1, Math.min(sc.weeks, 104));
      for (const l of sc.leads) l.availableFrom = Math.min(l.availableFrom, w);
      for (const t of [...sc.events, ...sc.cards]) if ('atWeek' in t.trigger) t.trigger.atWeek = Math.min(t.trigger.atWeek, w);
      return;
    }
    case 'drop': {
      switch (m.what) {
        case 'competitors': sc.competitors = []; return;
        case 'events': sc.events = []; return;
        case 'cards': sc.cards = []; return;
        case 'pains': at(sc.customers, m.pick)!.pains = []; return;
        case 'allPains': for (const c of sc.customers) c.pains = []; return;
        case 'stakeholders': {
          const c = at(sc.customers, m.pick)!;
          c.stakeholders = c.stakeholders.filter((s) => s.role === 'decisionMaker').slice(0, 1);
          return;
        }
        case 'decisionMaker': { // refused (check.noDecisionMaker) unless nobody else is left, then tooSmall
          const c = at(sc.customers, m.pick)!;
          c.stakeholders = c.stakeholders.filter((s) => s.role !== 'decisionMaker');
          return;
        }
        case 'customers': {
          const withLeads = sc.customers.filter((c) => sc.leads.some((l) => l.customer === c.id));
          const keep = at(withLeads, m.pick)!;
          sc.customers = [keep];
          sc.leads = sc.leads.filter((l) => l.customer === keep.id);
          return;
        }
      }
      return;
    }
    case 'dupCustomer': {
      const c = at(sc.customers, m.pick)!;
      const copy = structuredClone(c);
      copy.id = freshId(c.id, ids(sc.customers));
      sc.customers.push(copy);
      for (const l of sc.leads.filter((x) => x.customer === c.id)) sc.leads.push({ ...structuredClone(l), id: freshId(l.id, ids(sc.leads)), customer: copy.id });
      return;
    }
    case 'dupLead': {
      const l = at(sc.leads, m.pick)!;
      sc.leads.push({ ...structuredClone(l), id: freshId(l.id, ids(sc.leads)) });
      return;
    }
    case 'lastWeekLead': {
      const l = at(sc.leads, m.pick)!;
      l.availableFrom = sc.weeks;
      l.source = m.source;
      return;
    }
    case 'scripted': {
      const id = scriptedLead(sc, m.pick);
      sc.events.push({ id: freshId('spawn', ids(sc.events)), trigger: trigger(sc, m.trigger), news: { zh: '新线索', en: 'A new lead' }, effects: [{ kind: 'spawnLead', lead: id }] });
      return;
    }
    case 'retrigger': {
      const t = at<{ trigger: Trigger }>(m.card ? sc.cards : sc.events, m.pick);
      if (t) t.trigger = trigger(sc, m.trigger);
      return;
    }
    case 'addEvent':
      sc.events.push({ id: freshId('fz-event', ids(sc.events)), trigger: trigger(sc, m.trigger), news: { zh: '新闻', en: 'News' }, effects: effects(sc, m.effects) });
      return;
    case 'addCard':
      sc.cards.push({
        id: freshId('fz-card', ids(sc.cards)), role: m.role, trigger: trigger(sc, m.trigger), title: { zh: '抉择', en: 'A choice' }, text: { zh: '怎么办？', en: 'What now?' },
        options: m.options.map((o, i) => ({ id: `o${i}`, label: { zh: `选项${i}`, en: `Option ${i}` }, effects: effects(sc, o) })),
      });
      return;
    case 'weights': {
      const w = sc.score.weights;
      if (m.all) {
        for (const k of WEIGHTS) w[k] = 0;
        w[WEIGHTS[m.to]!] = 100;
        return;
      }
      const move = Math.min(w[WEIGHTS[m.from]!], 1 + (m.r % 100));
      w[WEIGHTS[m.from]!] -= move;
      w[WEIGHTS[m.to]!] += move;
      return;
    }
    case 'flags': {
      const l = at(sc.leads, m.pick)!;
      if (m.junk === null) delete l.junk;
      else l.junk = m.junk;
      const c = at(sc.customers, m.pick)!;
      c.rating = m.rating;
      if (m.flip) c.insurable = !c.insurable;
      const comp = at(sc.competitors, m.pick);
      if (comp && m.flip) comp.aggressive = !comp.aggressive;
      return;
    }
  }
}

/**
 * After removals: drop what points at something no longer there (a lead's competitor, an
 * effect on a removed customer or person, an event or card triggered by one), as the
 * studio's author would. What is left dangling on purpose is for the loader to refuse.
 */
export function dropDangling(sc: Scenario): void {
  const cust = ids(sc.customers);
  const comp = ids(sc.competitors);
  const lead = ids(sc.leads);
  const people = new Map(sc.customers.map((c) => [c.id, ids(c.stakeholders)]));
  for (const l of sc.leads) l.competitors = l.competitors.filter((c) => comp.has(c));
  const ok = (e: Effect): boolean => {
    switch (e.kind) {
      case 'competitorPriceCut': return comp.has(e.competitor);
      case 'budgetCut': case 'spawnLead': return lead.has(e.lead);
      case 'stakeholderLeaves': case 'support': return people.get(e.customer)?.has(e.stakeholder) ?? false;
      case 'satisfaction': case 'creditRating': case 'spawnTicket': return cust.has(e.customer);
      case 'paymentTerms': return e.customer !== undefined ? cust.has(e.customer) : e.lead !== undefined && lead.has(e.lead);
      default: return true;
    }
  };
  const live = (t: Trigger): boolean => {
    if ('when' in t) return t.when.customer === undefined || cust.has(t.when.customer);
    if ('on' in t) return (t.on.customer === undefined || cust.has(t.on.customer)) && (t.on.lead === undefined || lead.has(t.on.lead));
    return true;
  };
  sc.events = sc.events.filter((e) => live(e.trigger));
  for (const e of sc.events) e.effects = e.effects.filter(ok);
  sc.cards = sc.cards.filter((c) => live(c.trigger));
  for (const c of sc.cards) for (const o of c.options) o.effects = o.effects.filter(ok);
}

/** The generated scenario as the YAML text an instructor's file would hold. */
export function scenarioText(base: Scenario, mutations: readonly Mutation[]): string {
  const sc = structuredClone(base);
  for (const m of mutations) applyMutation(sc, m);
  dropDangling(sc);
  return stringify(sc);
}
