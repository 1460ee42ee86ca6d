/**
 * The game state: plain JSON, everything that changes during play.
 *
 * Static content (names, list prices, stakeholders' influence) stays in the Scenario;
 * the state holds only what play changes, keyed by id so immer drafts stay shallow.
 * The world's luck is not stored: every draw is keyed by the seed and what is being decided (rng.ts).
 * Money is integer yuan, rates are basis points, satisfaction and support are integers.
 */
import type { Role } from '../scenario/schema.ts';
import type { RATINGS } from '../scenario/enums.ts';

export type { Role };
export type Id = string;

export interface AleaState { c: number; s0: number; s1: number; s2: number }

export type LeadGrade = 'primary' | 'credible' | 'opportunity' | 'junk' | 'expired' | 'dropped';
export interface LeadState {
  id: Id;
  /** The scenario lead this came from (repeat-business leads copy one). */
  template: Id;
  customer: Id;
  product: Id;
  quantity: number;
  /** Hidden: the customer's budget. Players learn it through discovery. */
  budget: number;
  /** Hidden: the customer's planned start week. */
  startWeek: number;
  bidAfterWeeks: number;
  competitors: Id[];
  /** Hidden: why the lead is junk; null for a real lead. */
  junk: 'noCustomer' | 'noIntention' | 'noFit' | null;
  grade: LeadGrade;
  surfacedWeek: number;
  expiresWeek: number;
  repeat: boolean;
  /** SR has held a solution workshop on this lead with the customer's people. */
  workshop: boolean;
}

export interface Terms {
  /**
   * Shares of the price paid at each milestone, basis points adding to 10000: the advance
   * when the contract is signed, 到货款 when the goods arrive on site (before installation),
   * 验收款 at acceptance, 质保金 (retention) some weeks after acceptance.
   */
  advanceBp: number;
  deliveryBp: number;
  acceptanceBp: number;
  retentionBp: number;
  /** Days after an invoice is issued that it falls due. */
  netDays: number;
}

export type OpportunityStatus = 'open' | 'bidding' | 'won' | 'lost' | 'noBid' | 'signed' | 'vetoed';
export interface Opportunity {
  id: Id;
  lead: Id;
  customer: Id;
  product: Id;
  quantity: number;
  competitors: Id[];
  openedWeek: number;
  deadlineWeek: number;
  budgetKnown: boolean;
  startKnown: boolean;
  /** 0–100; 30 when SR prices straight from the list without designing a solution. */
  solutionFit: number;
  solutionDesigned: boolean;
  /** Set when FR checked feasibility: the realistic delivery week FR committed to. */
  feasibilityWeek: number | null;
  /** FR has surveyed the customer's site: the delivery plan rests on what is really there. */
  siteSurveyed: boolean;
  terms: Terms | null;
  insured: boolean;
  visits: number;
  jointVisits: number;
  /** Visits SR / FR joined: the customer has met the people who will design and deliver. */
  srVisits: number;
  frVisits: number;
  bid: { discountBp: number; price: number; submittedDay: number; readyDay: number; promisedWeek: number; halfDays: number } | null;
  status: OpportunityStatus;
  /** Win chance the customer's draw used, kept for the debrief. */
  winChanceBp: number | null;
}

export type VetoReason = 'negativeMargin' | 'tooSmall' | 'pledgeRatio' | 'blacklisted' | 'creditLimit' | 'creditBudget';
export interface Contract {
  id: Id;
  opportunity: Id;
  customer: Id;
  product: Id;
  quantity: number;
  price: number;
  terms: Terms;
  insured: boolean;
  promisedWeek: number;
  draftedDay: number;
  readyDay: number;
  halfDays: number;
  status: 'approving' | 'active' | 'vetoed' | 'closed';
  vetoReason: VetoReason | null;
  /** Price not yet paid or written off: the customer's exposure under this contract. */
  openExposure: number;
}

/** `awaitingAdvance`: approved, but the factory waits for the customer's advance payment. */
export type OrderStatus = 'approving' | 'awaitingAdvance' | 'production' | 'shipping' | 'install' | 'acceptance' | 'accepted';
export interface Order {
  id: Id;
  contract: Id;
  customer: Id;
  product: Id;
  quantity: number;
  remaining: number;
  readyDay: number;
  halfDays: number;
  earliestDoneWeek: number;
  status: OrderStatus;
  producedWeek: number | null;
  installedWeek: number | null;
  acceptedWeek: number | null;
  lateWeeks: number;
  /** FR prepared the installation while the order was being made (site, crew, permits). */
  prepared: boolean;
}

export type Milestone = 'advance' | 'delivery' | 'acceptance' | 'retention';
export type InvoiceStatus = 'open' | 'paid' | 'legal' | 'claimed' | 'writtenOff';
export interface Invoice {
  id: Id;
  contract: Id;
  customer: Id;
  milestone: Milestone;
  amount: number;
  issuedDay: number;
  dueDay: number;
  /** Day the customer's payables team will act; set once the invoice falls due. */
  plannedPayDay: number | null;
  paidDay: number | null;
  reconciled: boolean;
  dunned: number;
  overdueCause: 'ours' | 'theirs' | null;
  status: InvoiceStatus;
  legalUntilWeek: number | null;
}

export type TicketKind = 'install' | 'repair' | 'partsRequest' | 'partsReturn' | 'complaint';
export interface Ticket {
  id: Id;
  kind: TicketKind;
  customer: Id;
  order: Id | null;
  product: Id | null;
  severity: 1 | 2 | 3;
  openedWeek: number;
  slaWeek: number;
  status: 'open' | 'resolved';
  resolvedWeek: number | null;
  breached: boolean;
  /** Why it exists: a defect, a late delivery, a breached SLA, a failed acceptance… */
  cause: 'delivery' | 'defect' | 'late' | 'breach' | 'acceptance' | 'spares' | 'return' | 'veto' | 'scripted';
  rootCauseFed: boolean;
}

export interface StakeholderState { support: number; present: boolean; lastVisitWeek: number | null }
export interface CustomerState {
  satisfaction: number;
  cashPosition: number;
  creditChecked: boolean;
  blacklisted: boolean;
  defaulted: boolean;
  stakeholders: Record<Id, StakeholderState>;
  painsRevealed: Id[];
  lateDeliveries: number;
  /** Week of SR's last technical exchange with this customer's technical people. */
  exchangeWeek: number | null;
  /** Week FR last serviced the installed kit here (preventive maintenance). */
  maintainedWeek: number | null;
  /** Net satisfaction change so far by cause (the `why` of each change): what the customer panel shows. */
  satisfactionDrivers: Record<string, number>;
  /**
   * The credit rating once a scripted creditRating effect changed it; absent: the
   * scenario's. Absent rather than copied at the start, so games that never change a
   * rating hash as they always did.
   */
  rating?: (typeof RATINGS)[number];
}

export type LedgerAccount =
  | 'collections' | 'marketing' | 'production' | 'delivery' | 'service' | 'parts'
  | 'penalties' | 'legal' | 'insurance' | 'insuranceClaims' | 'creditChecks' | 'scripted' | 'interest' | 'presales';

export type TimeCategory = 'customer' | 'solution' | 'delivery' | 'service' | 'finance' | 'internal';

/** Integer accumulators the KPIs are computed from (see kpis.ts for the definitions). */
export interface Stats {
  bidsWon: number;
  bidsDecided: number;
  revenue: number;
  productCost: number;
  deliveryCost: number;
  serviceCost: number;
  penalties: number;
  invoiced: number;
  collected: number;
  badDebt: number;
  /** Σ amount × (payment day − contract signed day), for the amount-weighted order→cash cycle. */
  cashDaysWeighted: number;
  /** Customer payments counted in cashDaysWeighted. */
  cashDaysAmount: number;
  ordersDelivered: number;
  complaints: number;
  ticketsOpened: number;
  ticketsInSla: number;
  docs: number;
  docHalfDays: number;
  /** Overdraft interest paid so far (rules/cash.ts, `chargeOverdraftInterest`). */
  overdraftInterest: number;
  /** Weeks that ended with cash below zero. */
  weeksOverdrawn: number;
  time: Record<Role, Record<TimeCategory, number>>;
}

export interface GameState {
  scenario: Id;
  seed: string;
  /** Current week, 1-based. After the last week ends the game is finished. */
  week: number;
  finished: boolean;
  cash: number;
  /** Signed cash flows by account; cash = startingCash + Σ ledger (a tested invariant). */
  ledger: Record<LedgerAccount, number>;
  daysUsed: Record<Role, number>;
  roleDayChanges: { role: Role; delta: number; untilWeek: number }[];
  capacityDelta: number;
  partsInventory: number;
  partsOnOrder: { qty: number; arrivesWeek: number }[];
  seq: number;
  customers: Record<Id, CustomerState>;
  /** Scenario leads surfaced so far, plus repeat-business leads. */
  leads: Record<Id, LeadState>;
  opportunities: Record<Id, Opportunity>;
  contracts: Record<Id, Contract>;
  orders: Record<Id, Order>;
  invoices: Record<Id, Invoice>;
  tickets: Record<Id, Ticket>;
  defectRateBp: Record<Id, number>;
  competitorPriceBp: Record<Id, number>;
  budgetCutBp: Record<Id, number>;
  firedEvents: Id[];
  cards: Record<Id, { status: 'pending' | 'done'; option: Id | null; week: number }>;
  stats: Stats;
}

export type Action =
  | { kind: 'marketing'; role: 'AR'; activity: 'seminar' | 'exhibition' }
  | { kind: 'marketing'; role: 'AR'; activity: 'executiveVisit' | 'referenceVisit'; customer: Id }
  | { kind: 'qualifyLead'; role: 'AR'; lead: Id }
  | { kind: 'dropLead'; role: 'AR'; lead: Id }
  | { kind: 'visit'; role: 'AR'; opportunity: Id; stakeholder: Id; with: ('SR' | 'FR')[] }
  | { kind: 'discover'; role: 'AR'; opportunity: Id }
  | { kind: 'creditCheck'; role: 'AR'; customer: Id }
  | { kind: 'setTerms'; role: 'AR'; opportunity: Id; terms: Terms; insured: boolean }
  | { kind: 'designSolution'; role: 'SR'; opportunity: Id }
  | { kind: 'submitBid'; role: 'SR'; opportunity: Id; discountBp: number }
  | { kind: 'abandon'; role: 'AR'; opportunity: Id }
  | { kind: 'feasibility'; role: 'FR'; opportunity: Id }
  | { kind: 'technicalExchange'; role: 'SR'; customer: Id }
  | { kind: 'solutionWorkshop'; role: 'SR'; lead: Id }
  | { kind: 'siteSurvey'; role: 'FR'; opportunity: Id }
  | { kind: 'preventiveMaintenance'; role: 'FR'; customer: Id }
  | { kind: 'prepareInstallation'; role: 'FR'; order: Id }
  | { kind: 'install'; role: 'FR'; order: Id }
  | { kind: 'acceptance'; role: 'FR'; order: Id }
  | { kind: 'workTicket'; role: 'FR' | 'AR'; ticket: Id }
  | { kind: 'feedRootCause'; role: 'SR'; ticket: Id }
  | { kind: 'orderParts'; role: 'FR'; qty: number }
  | { kind: 'sendReconciliation'; role: 'AR'; customer: Id }
  | { kind: 'dun'; role: 'AR'; invoice: Id }
  | { kind: 'analyzeOverdue'; role: 'AR'; invoice: Id }
  | { kind: 'legalAction'; role: 'AR'; invoice: Id }
  | { kind: 'claimInsurance'; role: 'AR'; invoice: Id }
  | { kind: 'writeOff'; role: 'AR'; invoice: Id }
  | { kind: 'blacklist'; role: 'AR'; customer: Id }
  | { kind: 'chooseCard'; role: Role; card: Id; option: Id }
  | { kind: 'endWeek' };

export type ActionKind = Action['kind'];

/** Why an action was refused: a code the UI translates, with the values it mentions. */
export interface Rejection { code: string; params?: Record<string, string | number> }

/** Something that happened, for the feed, the board's animations and the debrief. */
export interface GameEvent { type: string; week: number; [k: string]: string | number | boolean | null }
