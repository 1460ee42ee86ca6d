/**
 * The scenario file format, as zod schemas.
 *
 * Why zod `strictObject` everywhere: a plain object schema silently drops a misspelled
 * key, and an instructor who writes `influnce: 9` must hear about it, not get a default.
 * Every user-facing string is a `Text` with both `zh` and `en` (standing rule 6).
 * Limits (lengths, counts, ranges) keep a hostile or broken file from hanging the game.
 */
import { z } from 'zod';
import { ROLES, STAKEHOLDER_ROLES, RATINGS, LEAD_SOURCES, JUNK_REASONS } from './enums.ts';

export { ROLES, STAKEHOLDER_ROLES, RATINGS, LEAD_SOURCES, JUNK_REASONS };
export type { Role, StakeholderRoleName } from './enums.ts';

const MAX_TEXT = 2000;
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'an id: 1–40 lowercase letters, digits or "-", e.g. "c-petro"');
export const Text = z.strictObject({
  zh: z.string().min(1).max(MAX_TEXT),
  en: z.string().min(1).max(MAX_TEXT),
});
export type Text = z.infer<typeof Text>;
/** Integer yuan. Money is never a float in this game. */
const Money = z.int().min(0).max(100_000_000_000);
/** Basis points: 10000 = 100%. Rates are integers so every engine computes the same bits. */
const Bp = z.int().min(0).max(10000);
const Week = z.int().min(1).max(104);

export const Product = z.strictObject({
  id: Id,
  name: Text,
  listPrice: Money.describe('list price per unit, yuan'),
  unitCost: Money.describe('product cost per unit, yuan'),
  leadTimeWeeks: z.int().min(0).max(26).describe('minimum weeks from order to finished goods'),
  installDays: z.int().min(1).max(5).describe('FR days to install one order'),
  defectRateBp: Bp.describe('chance per installed order per week of a defect (repair ticket)'),
});

export const Competitor = z.strictObject({
  id: Id,
  name: Text,
  strength: z.int().min(1).max(150).describe('how attractive the customer finds them before we do anything, 1–150; a fully prepared iron triangle scores about 75'),
  priceIndexBp: z.int().min(5000).max(15000).describe('their price as a share of our list price'),
  aggressive: z.boolean().default(false).describe('cuts price again in the deadline week'),
});

export const Stakeholder = z.strictObject({
  id: Id,
  name: Text,
  title: Text,
  role: z.enum(STAKEHOLDER_ROLES),
  influence: z.int().min(1).max(10),
  stance: z.int().min(-2).max(2).describe('-2 hostile … +2 champion'),
});

export const Pain = z.strictObject({
  id: Id,
  text: Text,
  product: Id.describe('the product line that answers this pain'),
  technical: z.boolean().default(false).describe('revealed mainly when SR joins the visit'),
});

export const Customer = z.strictObject({
  id: Id,
  name: Text,
  industry: Text,
  sizeYuan: Money.describe('annual purchasing volume, yuan (admission threshold compares to this)'),
  rating: z.enum(RATINGS),
  pledgeRatioBp: Bp.describe('stock-pledge ratio; above the company maximum the customer is vetoed'),
  insurable: z.boolean().default(false).describe('on the credit insurer list'),
  payment: z.strictObject({
    reliabilityBp: Bp.describe('chance per week that a due, undisputed invoice is paid'),
    delayDays: z.int().min(0).max(180).describe('days past due before their payables team looks, without a reconciliation notice'),
    defaultRiskBp: Bp.describe('chance per week, once cash is under 20, of stopping payment altogether'),
  }),
  terms: z
    .strictObject({
      maxAdvanceBp: Bp.describe(
        'the largest advance payment (share of the price, basis points) this buyer accepts; a bid asking more is non-compliant and loses the tender. Large A-rated and state-owned buyers: 0; small or weak-credit buyers: up to 10000 (prepaid)',
      ),
      netDays: z
        .int()
        .min(0)
        .max(180)
        .describe("the net days the buyer's own contracts and the competitors' bids use: shorter terms count against our bid, longer ones for it"),
    })
    .describe("the buyer's payment-terms norm, stated in its tender: what it tolerates and what the competitors offer"),
  cashPosition: z.int().min(0).max(100),
  satisfaction: z.int().min(0).max(100),
  stakeholders: z.array(Stakeholder).min(1).max(12),
  pains: z.array(Pain).max(12).default([]),
});

export const Lead = z.strictObject({
  id: Id,
  customer: Id,
  source: z.enum(LEAD_SOURCES).describe('the marketing activity that can surface it, or inbound: it arrives by itself'),
  availableFrom: Week.describe('first week a marketing activity can surface this lead (an inbound lead arrives that week)'),
  expiresAfterWeeks: z.int().min(1).max(52).default(8).describe('weeks after surfacing before it goes cold'),
  junk: z.enum(JUNK_REASONS).optional().describe('absent = a real lead; otherwise why it is junk'),
  product: Id,
  quantity: z.int().min(1).max(10000),
  budget: Money.describe('hidden: what the customer can spend'),
  startWeek: Week.describe('hidden: when the customer wants to start'),
  bidAfterWeeks: z.int().min(1).max(16).describe('weeks from opportunity to the bid deadline'),
  competitors: z.array(Id).max(5).default([]),
});

const Trigger = z.union([
  z.strictObject({ atWeek: Week }),
  z.strictObject({
    when: z.strictObject({
      metric: z.enum(['cash', 'customerSatisfaction', 'bidsWon', 'openComplaints']),
      customer: Id.optional(),
      below: z.int().optional(),
      above: z.int().optional(),
      fromWeek: Week.default(1),
    }),
  }),
]);

export const Effect = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('competitorPriceCut'), competitor: Id, bp: z.int().min(1).max(5000) }),
  z.strictObject({ kind: z.literal('budgetCut'), lead: Id, bp: z.int().min(1).max(9000) }),
  z.strictObject({ kind: z.literal('stakeholderLeaves'), customer: Id, stakeholder: Id }),
  z.strictObject({ kind: z.literal('qualityIncident'), product: Id, defectRateBp: z.int().min(1).max(5000) }),
  z.strictObject({ kind: z.literal('downturn'), cashPosition: z.int().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('satisfaction'), customer: Id, delta: z.int().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('support'), customer: Id, stakeholder: Id, delta: z.int().min(-100).max(100) }),
  z.strictObject({ kind: z.literal('cash'), amount: z.int().min(-1_000_000_000).max(1_000_000_000) }),
  z.strictObject({ kind: z.literal('capacity'), delta: z.int().min(-1000).max(1000) }),
  z.strictObject({ kind: z.literal('roleDays'), role: z.enum(ROLES), delta: z.int().min(-5).max(5), weeks: z.int().min(1).max(8) }),
]);
export type Effect = z.infer<typeof Effect>;

export const ScenarioEvent = z.strictObject({
  id: Id,
  trigger: Trigger,
  news: Text,
  effects: z.array(Effect).max(10),
});

export const DecisionCard = z.strictObject({
  id: Id,
  role: z.enum(ROLES),
  trigger: Trigger,
  title: Text,
  text: Text,
  options: z
    .array(z.strictObject({ id: Id, label: Text, effects: z.array(Effect).max(10) }))
    .min(2)
    .max(4)
    .describe('the first option is applied if nobody chooses before the week ends'),
});

export const Company = z.strictObject({
  name: Text,
  startingCash: Money,
  creditBudget: Money.describe('total receivable exposure finance allows, allocated by rating'),
  ratingLimitBp: z
    .strictObject({ A: Bp, B: Bp, C: Bp, D: Bp })
    .describe('share of the credit budget one customer of each rating may use'),
  minCustomerSize: Money.describe('admission: customers smaller than this are vetoed unless they prepay'),
  maxPledgeRatioBp: Bp.describe('admission: a stock-pledge ratio above this is vetoed unless they prepay'),
  days: z.strictObject({
    AR: z.int().min(1).max(7),
    SR: z.int().min(1).max(7),
    FR: z.int().min(1).max(7),
  }),
  capacityUnitsPerWeek: z.int().min(1).max(100000),
  crewDayCost: Money,
  logisticsCostPerOrder: Money,
  serviceDayCost: Money,
  partCost: Money,
  partLeadWeeks: z.int().min(0).max(12),
  partsInventory: z.int().min(0).max(10000),
  marketingCost: z.strictObject({
    seminar: Money,
    exhibition: Money,
    executiveVisit: Money,
    referenceVisit: Money,
  }),
});

export const Score = z.strictObject({
  weights: z
    .strictObject({
      winRate: z.int().min(0).max(100),
      revenue: z.int().min(0).max(100),
      grossMargin: z.int().min(0).max(100),
      collection: z.int().min(0).max(100),
      satisfaction: z.int().min(0).max(100),
      process: z.int().min(0).max(100),
      complaints: z.int().min(0).max(100),
      badDebt: z.int().min(0).max(100),
    })
    .describe('must add up to 100'),
  targets: z.strictObject({
    winRateBp: z.int().min(1).max(10000),
    revenue: z.int().min(1).max(100_000_000_000).describe('revenue (yuan) the team should book over the scenario'),
    grossMarginBp: z.int().min(1).max(10000),
    collectionCycleDays: z.int().min(1).max(720),
    csat: z.int().min(1).max(100),
    docCycleHalfDays: z.int().min(1).max(40),
    complaintRateBp: z.int().min(1).max(10000).describe('complaints per delivered order the team should stay at or below'),
    badDebtBp: z.int().min(1).max(10000).describe('share of the amount invoiced that may be lost to bad debt'),
  }),
});

export const Scenario = z.strictObject({
  $schema: z.string().max(200).optional(),
  id: Id,
  version: z.int().min(1).max(1_000_000),
  title: Text,
  summary: Text,
  difficulty: z.int().min(1).max(5),
  weeks: z.int().min(2).max(104),
  objectives: z.array(Text).min(1).max(10),
  briefing: z.strictObject({
    situation: Text,
    roles: z.strictObject({ AR: Text, SR: Text, FR: Text }),
  }),
  company: Company,
  products: z.array(Product).min(1).max(20),
  competitors: z.array(Competitor).max(20).default([]),
  customers: z.array(Customer).min(1).max(50),
  leads: z.array(Lead).min(1).max(500),
  events: z.array(ScenarioEvent).max(200).default([]),
  cards: z.array(DecisionCard).max(100).default([]),
  score: Score,
  // Optional with no default, so scenarios without it keep their content hash (and saves stay valid).
  coach: z
    .boolean()
    .optional()
    .describe('whether players may "Ask the coach" (智慧小玄) in this scenario; absent = true. Set false for a competition: the button is absent and the session refuses coach use'),
});
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type Product = z.infer<typeof Product>;
export type Customer = z.infer<typeof Customer>;
export type Lead = z.infer<typeof Lead>;
export type Stakeholder = z.infer<typeof Stakeholder>;
export type Competitor = z.infer<typeof Competitor>;
export type DecisionCard = z.infer<typeof DecisionCard>;
export type ScenarioEvent = z.infer<typeof ScenarioEvent>;
export type Trigger = z.infer<typeof Trigger>;
