/**
 * The game state as a zod schema. Not used on the hot path: property tests check that
 * every reachable state passes it (no NaN, no negative stock, integer money), and
 * saves in the browser check a restored state against it.
 */
import { z } from 'zod';
import { RATINGS } from '../scenario/enums.ts';

const Int = z.int();
const Count = z.int().min(0);
const Id = z.string().min(1);
const Week = z.int().min(0);
const Pct = z.int().min(0).max(100);
const Terms = z.strictObject({ advanceBp: Count, deliveryBp: Count, acceptanceBp: Count, retentionBp: Count, netDays: Count });
const ByRole = <T extends z.ZodType>(t: T) => z.strictObject({ AR: t, SR: t, FR: t });
const Time = z.strictObject({ customer: Count, solution: Count, delivery: Count, service: Count, finance: Count, internal: Count });

export const GameStateSchema = z.strictObject({
  scenario: Id,
  seed: z.string(),
  week: z.int().min(1),
  finished: z.boolean(),
  cash: Int,
  ledger: z.record(z.string(), Int),
  daysUsed: ByRole(Count),
  roleDayChanges: z.array(z.strictObject({ role: z.enum(['AR', 'SR', 'FR']), delta: Int, untilWeek: Week })),
  capacityDelta: Int,
  partsInventory: Count,
  partsOnOrder: z.array(z.strictObject({ qty: Count, arrivesWeek: Week })),
  seq: Count,
  customers: z.record(Id, z.strictObject({
    satisfaction: Pct, cashPosition: Pct, creditChecked: z.boolean(), blacklisted: z.boolean(), defaulted: z.boolean(),
    stakeholders: z.record(Id, z.strictObject({ support: z.int().min(-100).max(100), present: z.boolean(), lastVisitWeek: Week.nullable() })),
    painsRevealed: z.array(Id), lateDeliveries: Count, exchangeWeek: Week.nullable(), maintainedWeek: Week.nullable(), satisfactionDrivers: z.record(z.string(), Int),
    rating: z.enum(RATINGS).optional(),
  })),
  leads: z.record(Id, z.strictObject({
    id: Id, template: Id, customer: Id, product: Id, quantity: Count, budget: Count, startWeek: Week, bidAfterWeeks: Count,
    competitors: z.array(Id), junk: z.enum(['noCustomer', 'noIntention', 'noFit']).nullable(),
    grade: z.enum(['primary', 'credible', 'opportunity', 'junk', 'expired', 'dropped']), surfacedWeek: Week, expiresWeek: Week, repeat: z.boolean(), workshop: z.boolean(),
  })),
  opportunities: z.record(Id, z.strictObject({
    id: Id, lead: Id, customer: Id, product: Id, quantity: Count, competitors: z.array(Id), openedWeek: Week, deadlineWeek: Week,
    budgetKnown: z.boolean(), startKnown: z.boolean(), solutionFit: Pct, solutionDesigned: z.boolean(), feasibilityWeek: Week.nullable(), siteSurveyed: z.boolean(),
    terms: Terms.nullable(), insured: z.boolean(), visits: Count, jointVisits: Count, srVisits: Count, frVisits: Count,
    bid: z.strictObject({ discountBp: Count, price: Count, submittedDay: Count, readyDay: Count, promisedWeek: Week, halfDays: Count }).nullable(),
    status: z.enum(['open', 'bidding', 'won', 'lost', 'noBid', 'signed', 'vetoed']), winChanceBp: z.int().min(0).max(10000).nullable(),
  })),
  contracts: z.record(Id, z.strictObject({
    id: Id, opportunity: Id, customer: Id, product: Id, quantity: Count, price: Count, terms: Terms, insured: z.boolean(), promisedWeek: Week,
    draftedDay: Count, readyDay: Count, halfDays: Count, status: z.enum(['approving', 'active', 'vetoed', 'closed']),
    vetoReason: z.enum(['negativeMargin', 'tooSmall', 'pledgeRatio', 'blacklisted', 'creditLimit', 'creditBudget']).nullable(), openExposure: Count,
  })),
  orders: z.record(Id, z.strictObject({
    id: Id, contract: Id, customer: Id, product: Id, quantity: Count, remaining: Count, readyDay: Count, halfDays: Count, earliestDoneWeek: Week,
    status: z.enum(['approving', 'awaitingAdvance', 'production', 'shipping', 'install', 'acceptance', 'accepted']),
    producedWeek: Week.nullable(), installedWeek: Week.nullable(), acceptedWeek: Week.nullable(), lateWeeks: Count, prepared: z.boolean(),
  })),
  invoices: z.record(Id, z.strictObject({
    id: Id, contract: Id, customer: Id, milestone: z.enum(['advance', 'delivery', 'acceptance', 'retention']), amount: Count,
    issuedDay: Count, dueDay: Count, plannedPayDay: Count.nullable(), paidDay: Count.nullable(), reconciled: z.boolean(), dunned: Count,
    overdueCause: z.enum(['ours', 'theirs']).nullable(), status: z.enum(['open', 'paid', 'legal', 'claimed', 'writtenOff']), legalUntilWeek: Week.nullable(),
  })),
  tickets: z.record(Id, z.strictObject({
    id: Id, kind: z.enum(['install', 'repair', 'partsRequest', 'partsReturn', 'complaint']), customer: Id, order: Id.nullable(), product: Id.nullable(),
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]), openedWeek: Week, slaWeek: Week, status: z.enum(['open', 'resolved']),
    resolvedWeek: Week.nullable(), breached: z.boolean(),
    cause: z.enum(['delivery', 'defect', 'late', 'breach', 'acceptance', 'spares', 'return', 'veto', 'scripted']), rootCauseFed: z.boolean(),
  })),
  defectRateBp: z.record(Id, z.int().min(0).max(10000)),
  competitorPriceBp: z.record(Id, z.int().min(0).max(20000)),
  budgetCutBp: z.record(Id, z.int().min(0).max(10000)),
  firedEvents: z.array(Id),
  cards: z.record(Id, z.strictObject({ status: z.enum(['pending', 'done']), option: Id.nullable(), week: Week })),
  stats: z.strictObject({
    bidsWon: Count, bidsDecided: Count, revenue: Count, productCost: Count, deliveryCost: Count, serviceCost: Count, penalties: Count,
    invoiced: Count, collected: Count, badDebt: Count, cashDaysWeighted: Count, cashDaysAmount: Count, ordersDelivered: Count,
    complaints: Count, ticketsOpened: Count, ticketsInSla: Count, docs: Count, docHalfDays: Count, overdraftInterest: Count, weeksOverdrawn: Count,
    time: ByRole(Time),
  }),
});
