/**
 * What a player — or a bot — may see. The state holds the truth (a lead's real budget,
 * whether it is junk, a customer's payment habits and unspoken pains); the view holds
 * only what the team has learned. Bots are handed a view, never the state, so a bot
 * cannot win by peeking; the UI draws from the same view.
 */
import type { Customer, Scenario, StakeholderRoleName } from '../scenario/schema.ts';
import type { Contract, GameState, Invoice, LeadGrade, Opportunity, Order, Role, Terms, Ticket } from './state.ts';
import { daysLeft } from './apply.ts';
import { indexScenario } from './context.ts';
import { ownEntry } from './refs.ts';
import { budgetOf } from './rules/position.ts';
import { queuedUnits } from './rules/contracts.ts';
import { DEFAULT_TERMS } from './rules/position.ts';

export interface LeadView {
  id: string; customer: string; product: string; quantity: number; grade: LeadGrade; surfacedWeek: number; expiresWeek: number; repeat: boolean;
  /** SR has held a solution workshop on it. */
  workshop: boolean;
}
export interface OpportunityView extends Omit<Opportunity, 'winChanceBp'> {
  /** Known only once discovery confirmed it. */
  budget: number | null;
  startWeek: number | null;
  winChanceBp: number | null;
}
export interface StakeholderView { id: string; role: StakeholderRoleName; influence: number; support: number; present: boolean; lastVisitWeek: number | null }
export interface CustomerView {
  id: string;
  satisfaction: number;
  blacklisted: boolean;
  creditChecked: boolean;
  /** The payment terms its tenders state (public): the most advance it accepts, its usual net days. */
  termsNorm: { maxAdvanceBp: number; netDays: number };
  /** Revealed by a credit check. */
  credit: { rating: 'A' | 'B' | 'C' | 'D'; pledgeRatioBp: number; sizeYuan: number; insurable: boolean } | null;
  stakeholders: StakeholderView[];
  painsKnown: { id: string; product: string; technical: boolean }[];
  /** How many pains of each product line the customer has: unknown until found, so not shown. */
  lateDeliveries: number;
  /** Week of SR's last technical exchange here, and of FR's last preventive maintenance. */
  exchangeWeek: number | null;
  maintainedWeek: number | null;
  /** Net satisfaction change so far by cause: why the customer feels as it does. */
  satisfactionDrivers: Readonly<Record<string, number>>;
  exposure: number;
  /** ITR history visible to sales before the next deal. */
  openTickets: number;
  complaintsEver: number;
}
export interface PlayerView {
  role: Role;
  week: number;
  weeks: number;
  finished: boolean;
  cash: number;
  daysLeft: Record<Role, number>;
  company: Scenario['company'];
  capacityPerWeek: number;
  queuedUnits: number;
  partsInventory: number;
  partsOnOrder: number;
  products: { id: string; listPrice: number; unitCost: number; leadTimeWeeks: number; installDays: number; defectRateBp: number }[];
  competitors: { id: string; priceIndexBp: number; aggressive: boolean }[];
  customers: CustomerView[];
  leads: LeadView[];
  opportunities: OpportunityView[];
  contracts: Contract[];
  orders: Order[];
  invoices: Invoice[];
  tickets: Ticket[];
  pendingCards: { id: string; options: string[] }[];
  defaultTerms: Terms;
}

interface CustomerCounts { exposure: number; openTickets: number; complaintsEver: number }

/** The customer as the team sees it, given the counts the caller has gathered. */
// Literals of fixed shape, field by field: bots build these after most actions, and V8
// copies an object spread far more slowly.
function buildCustomerView(cust: Customer, live: GameState['customers'][string], counts: CustomerCounts): CustomerView {
  const stakeholders: StakeholderView[] = [];
  for (const st of cust.stakeholders) {
    const ss = live.stakeholders[st.id]!;
    stakeholders.push({ id: st.id, role: st.role, influence: st.influence, support: ss.support, present: ss.present, lastVisitWeek: ss.lastVisitWeek });
  }
  const painsKnown: CustomerView['painsKnown'] = [];
  if (live.painsRevealed.length > 0) for (const p of cust.pains) if (live.painsRevealed.includes(p.id)) painsKnown.push({ id: p.id, product: p.product, technical: p.technical });
  return {
    id: cust.id,
    satisfaction: live.satisfaction,
    blacklisted: live.blacklisted,
    creditChecked: live.creditChecked,
    termsNorm: cust.terms,
    credit: live.creditChecked ? { rating: live.rating ?? cust.rating, pledgeRatioBp: cust.pledgeRatioBp, sizeYuan: cust.sizeYuan, insurable: cust.insurable } : null,
    stakeholders,
    painsKnown,
    lateDeliveries: live.lateDeliveries,
    exchangeWeek: live.exchangeWeek,
    maintainedWeek: live.maintainedWeek,
    satisfactionDrivers: live.satisfactionDrivers,
    exposure: counts.exposure,
    openTickets: counts.openTickets,
    complaintsEver: counts.complaintsEver,
  };
}

/** One customer (for callers that need one, not all ten): counts only its own records. Throws a RangeError for an id the game does not have. */
export function customerView(sc: Scenario, s: GameState, id: string): CustomerView {
  const counts: CustomerCounts = { exposure: 0, openTickets: 0, complaintsEver: 0 };
  for (const tid in s.tickets) {
    const t = s.tickets[tid]!;
    if (t.customer !== id) continue;
    if (t.status === 'open') counts.openTickets++;
    if (t.kind === 'complaint') counts.complaintsEver++;
  }
  for (const kid in s.contracts) {
    const k = s.contracts[kid]!;
    if (k.status === 'active' && k.customer === id) counts.exposure += k.openExposure;
  }
  const def = indexScenario(sc).customer.get(id);
  const live = ownEntry(s.customers, id);
  if (!def || !live) throw new RangeError(`customerView: no customer "${id}" in this game`);
  return buildCustomerView(def, live, counts);
}

/** One opportunity as the team sees it (budget and start only once discovered). Throws a RangeError for an id the game does not have. */
export function opportunityView(sc: Scenario, s: GameState, id: string): OpportunityView {
  const o = ownEntry(s.opportunities, id);
  if (!o) throw new RangeError(`opportunityView: no opportunity "${id}" in this game`);
  // Field by field rather than a spread: bots build these after every action, and a
  // literal of fixed shape is several times cheaper for V8 than copying by spread.
  return {
    id: o.id, lead: o.lead, customer: o.customer, product: o.product, quantity: o.quantity, competitors: o.competitors,
    openedWeek: o.openedWeek, deadlineWeek: o.deadlineWeek, budgetKnown: o.budgetKnown, startKnown: o.startKnown,
    solutionFit: o.solutionFit, solutionDesigned: o.solutionDesigned, feasibilityWeek: o.feasibilityWeek, siteSurveyed: o.siteSurveyed, terms: o.terms,
    insured: o.insured, visits: o.visits, jointVisits: o.jointVisits, srVisits: o.srVisits, frVisits: o.frVisits, bid: o.bid, status: o.status, winChanceBp: o.winChanceBp,
    budget: o.budgetKnown ? budgetOf({ s, sc, ix: indexScenario(sc) }, o) : null,
    startWeek: o.startKnown ? s.leads[o.lead]!.startWeek : null,
  };
}

/** The opportunities still in play (open or bidding), nearest deadline first. */
export function openOpportunityViews(sc: Scenario, s: GameState): OpportunityView[] {
  const out: OpportunityView[] = [];
  for (const id in s.opportunities) {
    const st = s.opportunities[id]!.status;
    if (st === 'open' || st === 'bidding') out.push(opportunityView(sc, s, id));
  }
  // Usually already in order: then sorting (stable, so it would change nothing) is skipped.
  for (let i = 1; i < out.length; i++) if (byDeadline(out[i - 1]!, out[i]!) > 0) return out.sort(byDeadline);
  return out;
}
const byDeadline = (a: OpportunityView, b: OpportunityView): number => a.deadlineWeek - b.deadlineWeek || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Each part of the view is built by its own function so the bot runner can build only
 * the parts a bot reads (`lazyPlayerView`); `playerView` builds them all.
 */
const sections = {
  products: (sc: Scenario, s: GameState) =>
    sc.products.map((p) => ({ id: p.id, listPrice: p.listPrice, unitCost: p.unitCost, leadTimeWeeks: p.leadTimeWeeks, installDays: p.installDays, defectRateBp: s.defectRateBp[p.id]! })),
  competitors: (sc: Scenario, s: GameState) => sc.competitors.map((x) => ({ id: x.id, priceIndexBp: s.competitorPriceBp[x.id]!, aggressive: x.aggressive })),
  customers: (sc: Scenario, s: GameState): CustomerView[] => {
    const open = new Map<string, number>();
    const complaints = new Map<string, number>();
    for (const tid in s.tickets) {
      const t = s.tickets[tid]!;
      if (t.status === 'open') open.set(t.customer, (open.get(t.customer) ?? 0) + 1);
      if (t.kind === 'complaint') complaints.set(t.customer, (complaints.get(t.customer) ?? 0) + 1);
    }
    const exposure = new Map<string, number>();
    for (const kid in s.contracts) {
      const k = s.contracts[kid]!;
      if (k.status === 'active') exposure.set(k.customer, (exposure.get(k.customer) ?? 0) + k.openExposure);
    }
    return sc.customers.map((cust) =>
      buildCustomerView(cust, s.customers[cust.id]!, {
        exposure: exposure.get(cust.id) ?? 0,
        openTickets: open.get(cust.id) ?? 0,
        complaintsEver: complaints.get(cust.id) ?? 0,
      }),
    );
  },
  leads: (_sc: Scenario, s: GameState): LeadView[] => {
    const out: LeadView[] = [];
    for (const id in s.leads) {
      const l = s.leads[id]!;
      out.push({ id: l.id, customer: l.customer, product: l.product, quantity: l.quantity, grade: l.grade, surfacedWeek: l.surfacedWeek, expiresWeek: l.expiresWeek, repeat: l.repeat, workshop: l.workshop });
    }
    return out;
  },
  opportunities: (sc: Scenario, s: GameState): OpportunityView[] => Object.keys(s.opportunities).map((id) => opportunityView(sc, s, id)),
  pendingCards: (sc: Scenario, s: GameState, role: Role) => {
    const out: PlayerView['pendingCards'] = [];
    for (const card of sc.cards) if (card.role === role && s.cards[card.id]?.status === 'pending') out.push({ id: card.id, options: card.options.map((o) => o.id) });
    return out;
  },
};

function basics(sc: Scenario, s: GameState, role: Role) {
  return {
    role,
    week: s.week,
    weeks: sc.weeks,
    finished: s.finished,
    cash: s.cash,
    daysLeft: { AR: daysLeft(sc, s, 'AR'), SR: daysLeft(sc, s, 'SR'), FR: daysLeft(sc, s, 'FR') },
    company: sc.company,
    capacityPerWeek: Math.max(0, sc.company.capacityUnitsPerWeek + s.capacityDelta),
    partsInventory: s.partsInventory,
    partsOnOrder: s.partsOnOrder.reduce((n, p) => n + p.qty, 0),
    defaultTerms: DEFAULT_TERMS,
  };
}

export function playerView(sc: Scenario, s: GameState, role: Role): PlayerView {
  return {
    ...basics(sc, s, role),
    queuedUnits: queuedUnits({ s, sc, ix: indexScenario(sc) }),
    products: sections.products(sc, s),
    competitors: sections.competitors(sc, s),
    customers: sections.customers(sc, s),
    leads: sections.leads(sc, s),
    opportunities: sections.opportunities(sc, s),
    contracts: Object.values(s.contracts),
    orders: Object.values(s.orders),
    invoices: Object.values(s.invoices),
    tickets: Object.values(s.tickets),
    pendingCards: sections.pendingCards(sc, s, role),
  };
}

/**
 * The same view, but each part is built the first time a bot reads it. Bots read the
 * view after almost every action, and most reads touch one or two parts; building the
 * whole view each time was most of a batch run's cost. The parts are getters on the
 * prototype and the state sits in private fields, so a bot can neither reach the state
 * through the view nor pay for parts it never reads.
 */
class LazyPlayerView implements PlayerView {
  readonly role: Role;
  readonly week: number;
  readonly weeks: number;
  readonly finished: boolean;
  readonly cash: number;
  readonly company: Scenario['company'];
  readonly capacityPerWeek: number;
  readonly partsInventory: number;
  readonly partsOnOrder: number;
  readonly defaultTerms: Terms;
  readonly #sc: Scenario;
  readonly #s: GameState;
  // One slot per part (not a map of parts): a fixed shape keeps V8's property access fast.
  #daysLeft: Record<Role, number> | undefined = undefined;
  #queuedUnits: number | undefined = undefined;
  #products: PlayerView['products'] | undefined = undefined;
  #competitors: PlayerView['competitors'] | undefined = undefined;
  #customers: CustomerView[] | undefined = undefined;
  #leads: LeadView[] | undefined = undefined;
  #opportunities: OpportunityView[] | undefined = undefined;
  #contracts: Contract[] | undefined = undefined;
  #orders: Order[] | undefined = undefined;
  #invoices: Invoice[] | undefined = undefined;
  #tickets: Ticket[] | undefined = undefined;
  #pendingCards: PlayerView['pendingCards'] | undefined = undefined;

  constructor(sc: Scenario, s: GameState, role: Role) {
    // The same values as basics(), daysLeft apart (built when read, below).
    this.role = role;
    this.week = s.week;
    this.weeks = sc.weeks;
    this.finished = s.finished;
    this.cash = s.cash;
    this.company = sc.company;
    this.capacityPerWeek = Math.max(0, sc.company.capacityUnitsPerWeek + s.capacityDelta);
    this.partsInventory = s.partsInventory;
    let onOrder = 0;
    for (const p of s.partsOnOrder) onOrder += p.qty;
    this.partsOnOrder = onOrder;
    this.defaultTerms = DEFAULT_TERMS;
    this.#sc = sc;
    this.#s = s;
  }

  get daysLeft() { return (this.#daysLeft ??= { AR: daysLeft(this.#sc, this.#s, 'AR'), SR: daysLeft(this.#sc, this.#s, 'SR'), FR: daysLeft(this.#sc, this.#s, 'FR') }); }

  get queuedUnits() { return (this.#queuedUnits ??= queuedUnits({ s: this.#s, sc: this.#sc, ix: indexScenario(this.#sc) })); }
  get products() { return (this.#products ??= sections.products(this.#sc, this.#s)); }
  get competitors() { return (this.#competitors ??= sections.competitors(this.#sc, this.#s)); }
  get customers() { return (this.#customers ??= sections.customers(this.#sc, this.#s)); }
  get leads() { return (this.#leads ??= sections.leads(this.#sc, this.#s)); }
  get opportunities() { return (this.#opportunities ??= sections.opportunities(this.#sc, this.#s)); }
  get contracts() { return (this.#contracts ??= Object.values(this.#s.contracts)); }
  get orders() { return (this.#orders ??= Object.values(this.#s.orders)); }
  get invoices() { return (this.#invoices ??= Object.values(this.#s.invoices)); }
  get tickets() { return (this.#tickets ??= Object.values(this.#s.tickets)); }
  get pendingCards() { return (this.#pendingCards ??= sections.pendingCards(this.#sc, this.#s, this.role)); }

  /** Serialises as the whole view (getters on a prototype are not own properties). */
  toJSON(): PlayerView {
    return playerView(this.#sc, this.#s, this.role);
  }
}

export function lazyPlayerView(sc: Scenario, s: GameState, role: Role): PlayerView {
  return new LazyPlayerView(sc, s, role);
}
