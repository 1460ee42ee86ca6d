/**
 * The scenario file format, as zod schemas.
 *
 * Why zod `strictObject` everywhere: a plain object schema silently drops a misspelled
 * key, and an instructor who writes `influnce: 9` must hear about it, not get a default.
 * Every user-facing string is a `Text` with both `zh` and `en` (standing rule 6).
 * Limits (lengths, counts, ranges) keep a hostile or broken file from hanging the game.
 */
import { z } from 'zod';
import { ROLES, STAKEHOLDER_ROLES, RATINGS, LEAD_SOURCES, JUNK_REASONS, OBJECTIVE_BEHAVIOURS, SPAWNABLE_TICKETS, FACTS } from './enums.ts';

export { ROLES, STAKEHOLDER_ROLES, RATINGS, LEAD_SOURCES, JUNK_REASONS, OBJECTIVE_BEHAVIOURS, SPAWNABLE_TICKETS, FACTS };
export type { Role, StakeholderRoleName, Fact } from './enums.ts';

/**
 * The scenario format's version: files say which one they were written for
 * (`schemaVersion`, absent = 1), the loader migrates older ones (migrate.ts) and refuses
 * newer ones with a plain message. 2 added the effects paymentTerms, creditRating,
 * spawnLead and spawnTicket, the `on` trigger and the lead source `scripted`.
 */
export const SCENARIO_SCHEMA_VERSION = 2;

const MAX_TEXT = 2000;
/**
 * A field's documentation: the generated JSON Schema carries it as `description` (and
 * `examples`), so VS Code's hovers, the authoring guide's field reference
 * (docs/authoring.md) and the studio all show the same text. Units: ¥ = integer yuan,
 * bp = basis points (10000 = 100%), weeks and days of the game's calendar.
 */
const doc = (description: string, ...examples: unknown[]) => (examples.length ? { description, examples } : { description });

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'an id: 1–40 lowercase letters, digits or "-", e.g. "c-petro"');
export const Text = z.strictObject({
  zh: z.string().min(1).max(MAX_TEXT).meta(doc('The text in Simplified Chinese (zh-CN), 1–2000 characters. Both languages are required.')),
  en: z.string().min(1).max(MAX_TEXT).meta(doc('The text in English, 1–2000 characters, without Chinese characters or full-width punctuation.')),
});
export type Text = z.infer<typeof Text>;
/** Integer yuan. Money is never a float in this game. */
const Money = z.int().min(0).max(100_000_000_000);
/**
 * The most one lead's deal may be worth, ¥: quantity × the product's listPrice, and
 * quantity × its unitCost (checked in cross-check.ts). Why a limit: the game keeps exact
 * integer sums such as Σ payment × days to cash (the collection cycle); with 500 leads
 * (the limit), each at this value and paid up to 728 days late, that sum is 3.6 × 10^15,
 * leaving room for repeat business below 2^53 ≈ 9 × 10^15, past which doubles round and
 * the state stops being exact integers. ¥10 billion is far above any deal the game is about.
 */
export const MAX_DEAL_YUAN = 10_000_000_000;
/** Basis points: 10000 = 100%. Rates are integers so every engine computes the same bits. */
const Bp = z.int().min(0).max(10000);
const Week = z.int().min(1).max(104);
/** An id field: what it names, with an example. */
const idOf = (what: string, example: string) => Id.meta(doc(`Id of ${what}: 1–40 lowercase letters, digits or "-", unique in its list; other fields refer to it by this id.`, example));
/** A reference to an id declared elsewhere in the file. */
const ref = (what: string, example: string) => Id.meta(doc(what, example));
/** A `{ zh, en }` text and where the player sees it. */
const text = (where: string, en: string, zh: string) => Text.meta(doc(`${where} Both zh and en are required.`, { zh, en }));

export const Product = z.strictObject({
  id: idOf('this product line', 'flow'),
  name: text('The product line\'s name, shown in leads, bids and orders.', 'Electromagnetic flow meter', '电磁流量计'),
  listPrice: Money.meta(doc('List price per unit, ¥ (integer yuan). A bid asks listPrice × quantity less SR\'s discount (0, 5, 10, 15, 20 or 30%); competitors\' prices are a share of it (priceIndexBp). Keep it above unitCost, or every deal loses money.', 30000)),
  unitCost: Money.meta(doc('Product cost per unit, ¥, paid as the factory makes each unit and booked against gross margin at installation. At contract approval a price below quantity × unitCost + logistics + install crew days is vetoed (negative margin).', 19000)),
  leadTimeWeeks: z.int().min(0).max(26).meta(doc('Minimum weeks (0–26) from order release to finished goods. The catalogue promise sales makes without FR is the bid deadline + 1 + lead time + 2 weeks; FR\'s feasibility check also counts the factory queue.', 1)),
  installDays: z.int().min(1).max(5).meta(doc('FR days (1–5) to install one order; the install also costs installDays × company.crewDayCost.', 2)),
  defectRateBp: Bp.meta(doc('Chance per installed order per week of a defect, bp (1500 = 15% a week). A defect opens a repair ticket (severity 1 in 5% of cases, which also opens a complaint) and costs 4 satisfaction; the acceptance test pass chance drops by 3 × this. SR\'s root-cause feedback halves it; qualityIncident effects raise it. 0–10000.', 1500)),
});

export const Competitor = z.strictObject({
  id: idOf('this competitor', 'rival'),
  name: text('The competitor\'s name, shown when a bid is lost.', 'Delta Meters', '德尔塔仪表'),
  strength: z.int().min(1).max(150).meta(doc('How attractive the customer finds them before we do anything, 1–150; a fully prepared iron triangle scores about 75. Our win chance = (ours + 10) ÷ (ours + 10 + Σ(strength + 10) of the rivals in the deal).', 55)),
  priceIndexBp: z.int().min(5000).max(15000).meta(doc('Their price as a share of our list price for the same quantity, bp (5000–15000; 9000 = 10% below our list). competitorPriceCut effects lower it, never below 5000.', 9500)),
  aggressive: z.boolean().default(false).meta(doc('True: they cut another 5% of our list price in the deadline week. Default false.', false)),
});

export const Stakeholder = z.strictObject({
  id: idOf('this person, unique within the customer', 'zhou'),
  name: text('The person\'s name.', 'Mr Zhou', '周总'),
  title: text('Their job title, shown next to the name.', 'General manager', '总经理'),
  role: z.enum(STAKEHOLDER_ROLES).meta(doc('Their part in the decision chain. A visit gains more support when the right expert comes along: SR with a technicalEvaluator or influencer, FR with procurement, finance or the decisionMaker; an executive visit adds support with the decisionMaker only. Each customer needs one decisionMaker.', 'decisionMaker')),
  influence: z.int().min(1).max(10).meta(doc('Weight (1–10) of this person\'s support in the customer\'s relationship score, which is 30% of our bid position.', 9)),
  stance: z.int().min(-2).max(2).meta(doc('Starting attitude, -2 hostile … +2 champion; support starts at stance × 30 on a −100…+100 scale and moves with visits, scripted support effects and rivals\' courting (−2 a week when unvisited for 3 weeks during a contested deal).', 0)),
});

export const Pain = z.strictObject({
  id: idOf('this pain, unique within the customer', 'leak'),
  text: text('The need as the team hears it when a visit or discovery uncovers it.', 'High network losses and inaccurate metering', '管网漏损率高，计量不准'),
  product: ref('The product line that answers this pain (a products[].id). Uncovered pains of the bid\'s product raise the needs score (10% of the position) and the fit of SR\'s solution design (20%).', 'flow'),
  technical: z.boolean().default(false).meta(doc('True: a technical pain — a visit uncovers it with a 70% chance when SR comes along, 15% without; AR\'s discovery questions never find it. False (default): a business pain — 50% per visit, 60% per discovery.', true)),
});

export const Customer = z.strictObject({
  id: idOf('this customer', 'qingjiang'),
  name: text('The customer\'s name, shown everywhere the customer appears.', 'Qingjiang Water', '清江水务'),
  industry: text('The customer\'s industry, shown on the customer card.', 'Water utility', '水务'),
  sizeYuan: Money.meta(doc('Annual purchasing volume, ¥. Admission: below company.minCustomerSize a contract is vetoed unless it is fully prepaid. Shown by the credit check.', 50000000)),
  rating: z.enum(RATINGS).meta(doc('Credit rating, A (best) to D. It picks the customer\'s credit limit: company.creditBudget × company.ratingLimitBp[rating] ÷ 10000. Shown by the credit check.', 'A')),
  pledgeRatioBp: Bp.meta(doc('Share of the owners\' stock pledged as collateral, bp. Admission: above company.maxPledgeRatioBp a contract is vetoed unless it is fully prepaid. Shown by the credit check.', 2000)),
  insurable: z.boolean().default(false).meta(doc('On the credit insurer\'s list: AR may insure the contract (premium 1% of the price at signing) and claim 80% of an invoice 90 days overdue. Default false.', true)),
  payment: z.strictObject({
    reliabilityBp: Bp.meta(doc('Chance per week, bp, that a due and undisputed invoice is paid; each dunning adds 15 points (at most two count), and every point of cashPosition below 40 takes 1.5 points off.', 9000)),
    delayDays: z.int().min(0).max(180).meta(doc('Days (0–180) past the due date before their payables team looks at an invoice nobody reconciled; 14 more while satisfaction is below 50. An invoice AR reconciled (notice up to 30 days before due) is paid from its due date.', 21)),
    defaultRiskBp: Bp.meta(doc('Chance per week, bp, that the customer stops paying altogether once its cashPosition is below 20 while it owes us; what it still owes then counts as bad debt.', 500)),
  }).meta(doc('How this customer pays its invoices.')),
  terms: z
    .strictObject({
      maxAdvanceBp: Bp.meta(doc(
        'The largest advance payment (share of the price, bp) this buyer accepts; a bid asking more is non-compliant and loses the tender. Large A-rated and state-owned buyers: 0; small or weak-credit buyers: up to 10000 (prepaid). The terms menu offers advances of 0, 3000 and 10000.', 3000,
      )),
      netDays: z
        .int()
        .min(0)
        .max(180)
        .meta(doc("The net days (0–180) the buyer's own contracts and the competitors' bids use: every 2 days shorter than this costs a point of our terms score, every 2 days longer earns one (±30 at most). The menu offers 0, 30 and 45.", 30)),
    })
    .meta(doc("The buyer's payment-terms norm, stated in its tender: what it tolerates and what the competitors offer. Terms are 10% of our bid position.")),
  cashPosition: z.int().min(0).max(100).meta(doc('The customer\'s financial health at the start, 0–100. Below 40 each point lowers the weekly payment chance by 1.5 percentage points; below 20 it may default (payment.defaultRiskBp). downturn effects move every customer\'s.', 70)),
  satisfaction: z.int().min(0).max(100).meta(doc('Satisfaction at the start, 0–100 (50 is neutral). Moved by signing, on-time or late delivery, acceptance, defects, tickets and vetoes. Below 50 unreconciled invoices are paid 14 days later; 70 or more at an acceptance can bring a repeat lead; it feeds delivery credibility in later bids and the csat KPI.', 60)),
  stakeholders: z.array(Stakeholder).min(1).max(12).meta(doc('The decision chain: 1–12 people, one of them the decisionMaker.')),
  pains: z.array(Pain).max(12).default([]).meta(doc('Needs the team can uncover (0–12). With none, the needs score is a neutral 50.')),
});

export const Lead = z.strictObject({
  id: idOf('this lead', 'qj-plant'),
  customer: ref('The customer the lead is from (a customers[].id).', 'qingjiang'),
  source: z.enum(LEAD_SOURCES).meta(doc('The marketing activity that can surface it (seminar: up to 2 leads at 60% each; exhibition: 3 at 70%; executiveVisit and referenceVisit to this customer: 1 at 80%; technicalExchange: SR\'s technical exchange with this customer, 1 at 50%), or inbound: it arrives by itself in week availableFrom, or scripted: only a spawnLead effect of an event or card surfaces it (schemaVersion 2). A customer none of whose leads can surface never appears.', 'exhibition')),
  availableFrom: Week.meta(doc('First week (1–104, at most the scenario\'s weeks) a marketing activity can surface this lead; an inbound lead arrives in exactly this week. A scripted lead surfaces when its spawnLead effect applies, whatever this says (write 1).', 1)),
  expiresAfterWeeks: z.int().min(1).max(52).default(8).meta(doc('Weeks (1–52) after surfacing before an unqualified lead goes cold. Default 8.', 8)),
  junk: z.enum(JUNK_REASONS).optional().meta(doc('Absent: a real lead. noCustomer or noIntention: qualification finds it out at the first step (primary → credible); noFit: at the second (credible → opportunity).', 'noIntention')),
  product: ref('The product line the customer wants (a products[].id).', 'flow'),
  quantity: z.int().min(1).max(10000).meta(doc('Units wanted (1–10000). The bid price is listPrice × quantity less the discount; the order takes this much factory capacity. Both quantity × listPrice and quantity × unitCost must stay at or below 10000000000 (¥10 billion a deal).', 30)),
  budget: Money.meta(doc('Hidden: what the customer can spend, ¥, until AR\'s discovery confirms it. A bid above it (after any budgetCut) scores 0 on price and keeps a third of its attractiveness. Below listPrice × quantity × 70% no bid can meet it.', 900000)),
  startWeek: Week.meta(doc('Hidden: the week the customer wants to start (1–104), shown to the team with the budget after discovery; the surfacing week if earlier. Information for the team only.', 6)),
  bidAfterWeeks: z.int().min(1).max(16).meta(doc('Weeks (1–16) from the opportunity opening to the bid deadline (the customer’s timetable: a deadline after the last week leaves the tender undecided when the game ends, counted in no KPI). The bid must be approved by Friday of that week.', 4)),
  competitors: z.array(Id).max(5).default([]).meta(doc('Ids of the competitors (0–5) bidding for this deal. None: the customer weighs us against doing nothing (a field of 30).', ['rival'])),
});

const Trigger = z.union([
  z.strictObject({ atWeek: Week.meta(doc('Fires at the start of this week (1–104, at most the scenario\'s weeks); week 1 fires before the first move.', 5)) }).meta(doc('Fires in a given week.')),
  z.strictObject({
    when: z.strictObject({
      metric: z.enum(['cash', 'customerSatisfaction', 'bidsWon', 'openComplaints']).meta(doc('What is watched, at the start of each week: cash (company cash, ¥), customerSatisfaction (0–100 of `customer`, which is then required), bidsWon (bids won so far), openComplaints (open complaint tickets, of `customer` if given).', 'cash')),
      customer: ref('The customer whose value is watched (a customers[].id): required for customerSatisfaction, optional for openComplaints.', 'qingjiang').optional(),
      below: z.int().optional().meta(doc('Fires when the value is strictly below this, in the metric\'s unit (¥ for cash, 0–100 for customerSatisfaction, a count otherwise). Give below, above or both.', 500000)),
      above: z.int().optional().meta(doc('Fires when the value is strictly above this, in the metric\'s unit (¥ for cash, 0–100 for customerSatisfaction, a count otherwise).', 0)),
      fromWeek: Week.default(1).meta(doc('The condition is checked from this week on (default 1). Fires once, the first week it holds.', 3)),
    }).meta(doc('Fires the first week a condition on the world holds.')),
  }),
  z.strictObject({
    on: z.strictObject({
      fact: z.enum(FACTS).meta(doc('The fact waited for, seen at the start of a week: dealWon (a customer chose our bid; it stays won if the contract is then vetoed), dealLost (our bid lost: a rival won, it was late or broke the tender\'s advance rule; a deal with no bid does not count), invoiceOverdue (an unpaid invoice is at least `days` days past its due date), ticketPastSla (a ticket breached its SLA; it counts once breached, even after it is resolved).', 'dealLost')),
      customer: ref('Only facts about this customer (a customers[].id); absent: any customer.', 'xinchuan').optional(),
      lead: ref('dealWon and dealLost only: only the deal that grew from this lead (a leads[].id); absent: any deal.', 'xc-furnace').optional(),
      days: z.int().min(1).max(720).optional().meta(doc('invoiceOverdue only: days (1–720) past the due date, counted at the start of the week (day 7 × (week − 1)); absent: 1, any overdue invoice.', 30)),
      fromWeek: Week.default(1).meta(doc('The fact is looked for from this week on (default 1); one that happened earlier still counts. Fires once, the first week it is found.', 6)),
    }).meta(doc('Fires the first week a fact of the game is found (schemaVersion 2): a deal won or lost, an invoice overdue, a ticket past its SLA.', { fact: 'invoiceOverdue', customer: 'xinchuan', days: 30 })),
  }),
]).meta(doc('When it happens: { atWeek: N }, { when: { metric, below | above } } or { on: { fact } }. Each event fires at most once; each card is dealt at most once.'));

export const Effect = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('competitorPriceCut').meta(doc('A competitor cuts its price.')), competitor: ref('The competitor (a competitors[].id).', 'rival'), bp: z.int().min(1).max(5000).meta(doc('How much its price index drops, bp of our list price (1–5000); the index never goes below 5000.', 500)) }),
  z.strictObject({ kind: z.literal('budgetCut').meta(doc('A lead\'s budget is cut.')), lead: ref('The lead (a leads[].id).', 'qj-plant'), bp: z.int().min(1).max(9000).meta(doc('Share of the budget cut, bp (1–9000); cuts add up to at most 9000.', 1500)) }),
  z.strictObject({ kind: z.literal('stakeholderLeaves').meta(doc('A person leaves the customer for good: no more visits, their support no longer counts.')), customer: ref('The customer (a customers[].id).', 'qingjiang'), stakeholder: ref('The person leaving (an id in that customer\'s stakeholders). Later events or cards about them have no effect.', 'li') }),
  z.strictObject({ kind: z.literal('qualityIncident').meta(doc('A product line\'s defect rate rises.')), product: ref('The product line (a products[].id).', 'flow'), defectRateBp: z.int().min(1).max(5000).meta(doc('Added to its weekly defect rate, bp (1–5000; the rate stops at 10000).', 1000)) }),
  z.strictObject({ kind: z.literal('downturn').meta(doc('Every customer\'s cash position moves.')), cashPosition: z.int().min(-100).max(100).meta(doc('Added to every customer\'s cashPosition (−100…100; it stays within 0–100). Negative: a downturn, slower payments and defaults below 20.', -30)) }),
  z.strictObject({ kind: z.literal('satisfaction').meta(doc('A customer\'s satisfaction moves.')), customer: ref('The customer (a customers[].id).', 'qingjiang'), delta: z.int().min(-100).max(100).meta(doc('Points added to satisfaction (−100…100; it stays within 0–100).', -5)) }),
  z.strictObject({ kind: z.literal('support').meta(doc('A stakeholder\'s support moves.')), customer: ref('The customer (a customers[].id).', 'qingjiang'), stakeholder: ref('The person (an id in that customer\'s stakeholders); nothing happens once they have left.', 'zhou'), delta: z.int().min(-100).max(100).meta(doc('Points added to their support (−100…100 scale; it stays within it).', 20)) }),
  z.strictObject({ kind: z.literal('cash').meta(doc('Company cash changes.')), amount: z.int().min(-1_000_000_000).max(1_000_000_000).meta(doc('¥ added to cash; negative is a cost.', -50000)) }),
  z.strictObject({ kind: z.literal('capacity').meta(doc('Factory capacity changes for the rest of the game.')), delta: z.int().min(-1000).max(1000).meta(doc('Units per week added to company.capacityUnitsPerWeek (−1000…1000; capacity never goes below 0).', -20)) }),
  z.strictObject({ kind: z.literal('roleDays').meta(doc('A role has more or fewer days a week for a while.')), role: z.enum(ROLES).meta(doc('The role: AR, SR or FR.', 'FR')), delta: z.int().min(-5).max(5).meta(doc('Days per week added (−5…5; a role never has fewer than 0).', -2)), weeks: z.int().min(1).max(8).meta(doc('For how many weeks (1–8), from the current week (from the next when a card defaults at the week\'s end).', 2)) }),
  z.strictObject({
    kind: z.literal('paymentTerms').meta(doc('The payment terms of a customer\'s deals change (schemaVersion 2): of its open opportunities and bids and of contracts still in approval; netDays also applies to its active contracts\' invoices issued from then on. Give customer or lead, and split, netDays or both.')),
    customer: ref('Every deal of this customer (a customers[].id). Give customer or lead, not both.', 'xinchuan').optional(),
    lead: ref('Only the deal that grew from this lead (a leads[].id). Give customer or lead, not both.', 'xc-furnace').optional(),
    split: z.strictObject({
      advanceBp: Bp.meta(doc('Share of the price invoiced as an advance at signing, bp (0–10000; 10000 = prepaid).', 3000)),
      deliveryBp: Bp.meta(doc('Share invoiced at delivery, bp (0–10000).', 6000)),
      acceptanceBp: Bp.meta(doc('Share invoiced at acceptance, bp (0–10000).', 1000)),
      retentionBp: Bp.meta(doc('Share held back and invoiced after the retention weeks, bp (0–10000).', 0)),
    }).optional().meta(doc('The new milestone split; the four shares add up to 10000. Deals already signed keep theirs (invoices may be out).', { advanceBp: 0, deliveryBp: 9000, acceptanceBp: 1000, retentionBp: 0 })),
    netDays: z.int().min(0).max(180).optional().meta(doc('The new net days (0–180) from an invoice to its due date (the advance is always due in 7 days).', 120)),
  }),
  z.strictObject({
    kind: z.literal('creditRating').meta(doc('A customer\'s credit rating changes (schemaVersion 2): its credit limit at the next contract approvals, and what a credit check shows. Give rating or delta.')),
    customer: ref('The customer (a customers[].id).', 'xinchuan'),
    rating: z.enum(RATINGS).optional().meta(doc('The new rating, A (best) to D.', 'C')),
    delta: z.int().min(-3).max(3).optional().meta(doc('The count of grades to move (−3…3): −1 = one grade worse (B → C), +1 = one better; it stops at A and D.', -1)),
  }),
  z.strictObject({
    kind: z.literal('spawnLead').meta(doc('A lead surfaces (schemaVersion 2), as if the customer had called: nothing happens if it has surfaced already or its customer is blacklisted.')),
    lead: ref('The lead (a leads[].id whose source is scripted, so only effects surface it).', 'xc-furnace'),
  }),
  z.strictObject({
    kind: z.literal('spawnTicket').meta(doc('A ticket opens for a customer running our kit (schemaVersion 2): on its first installed order (of `product`, if given); nothing happens if it has none.')),
    customer: ref('The customer (a customers[].id).', 'qingjiang'),
    ticket: z.enum(SPAWNABLE_TICKETS).meta(doc('The kind of ticket: repair (FR fixes it with a spare part), partsRequest (FR sends a part) or complaint (AR answers it once no other ticket of the customer is open).', 'repair')),
    severity: z.int().min(1).max(3).meta(doc('1 (line stopped, SLA 1 week) to 3 (minor, SLA 3 weeks).', 2)),
    product: ref('Only an installed order of this product line (a products[].id); absent: any.', 'flow').optional(),
  }),
]).meta(doc('One change to the world; `kind` says which, and the other fields belong to that kind.'));
export type Effect = z.infer<typeof Effect>;
const effects = (what: string) => z.array(Effect).max(10).meta(doc(`${what} (0–10 effects, applied in order).`));

export const ScenarioEvent = z.strictObject({
  id: idOf('this event', 'rival-cut'),
  trigger: Trigger,
  news: text('The news line the team reads in the feed when it fires.', 'Delta Meters cuts its prices by 5%', '德尔塔仪表降价 5%'),
  effects: effects('What happens when it fires'),
});

export const DecisionCard = z.strictObject({
  id: idOf('this decision card', 'rush-request'),
  role: z.enum(ROLES).meta(doc('The role who must answer: AR, SR or FR.', 'FR')),
  trigger: Trigger,
  title: text('The card\'s title.', 'A rush request', '加急请求'),
  text: text('The situation the role must decide on.', 'The customer asks to bring installation forward by a week.', '客户要求安装提前一周。'),
  options: z
    .array(z.strictObject({
      id: idOf('this option, unique within the card', 'yes'),
      label: text('The option\'s button text.', 'Send a crew now', '立即派人'),
      effects: effects('What choosing it does'),
    }))
    .min(2)
    .max(4)
    .meta(doc('2–4 choices. The first option is applied if nobody chooses before the week ends, so make it the passive one.')),
});

/**
 * A learning objective: its text, and optionally the team behaviour that demonstrates it.
 * `behaviour` is optional with no default, so files without it keep their content hash.
 */
export const Objective = z.strictObject({
  zh: Text.shape.zh,
  en: Text.shape.en,
  behaviour: z.enum(OBJECTIVE_BEHAVIOURS).optional().meta(doc(
    'The team behaviour that demonstrates this objective (a bots\' ablation). `cli balance --report` switches it off on paired seeds and reports the score effect with its 95% interval; absent: not measured.',
    'discovery',
  )),
}).meta(doc('A learning objective: zh, en and optionally behaviour.', { zh: '在投标前覆盖决策链', en: 'Cover the decision chain before the bid', behaviour: 'joint-visits' }));
export type Objective = z.infer<typeof Objective>;

const money = (d: string, ex: number) => Money.meta(doc(`${d}, ¥ (integer yuan).`, ex));
export const Company = z.strictObject({
  name: text('The trainees\' company.', 'Huachuan Instruments', '华川仪表'),
  startingCash: money('Cash at the start of week 1. Marketing, production, logistics, crews, service, parts, checks, penalties, premiums, lawsuits and overdraft interest spend it; customer payments refill it. It may go below zero down to the overdraft line (overdraftLimit)', 2000000),
  creditBudget: money('Total receivable exposure finance allows across all customers: a contract whose unsecured part (price less advance) would take the active contracts\' open exposure above it is vetoed (prepaid contracts pass)', 3000000),
  ratingLimitBp: z
    .strictObject({
      A: Bp.meta(doc('Limit for an A-rated customer, bp of creditBudget (5000 = half of it).', 5000)),
      B: Bp.meta(doc('Limit for a B-rated customer, bp of creditBudget.', 3000)),
      C: Bp.meta(doc('Limit for a C-rated customer, bp of creditBudget.', 1000)),
      D: Bp.meta(doc('Limit for a D-rated customer, bp of creditBudget; 0 = prepaid business only.', 0)),
    })
    .meta(doc('Share of the credit budget one customer of each rating may use: its open exposure plus the new contract\'s unsecured part must stay within creditBudget × limit ÷ 10000, or the contract is vetoed.')),
  minCustomerSize: money('Admission: customers whose sizeYuan is below this are vetoed unless they prepay', 1000000),
  maxPledgeRatioBp: Bp.meta(doc('Admission: a customer whose pledgeRatioBp is above this is vetoed unless it prepays, bp.', 8000)),
  days: z.strictObject({
    AR: z.int().min(1).max(7).meta(doc('AR (account manager) days per week, 1–7: marketing 1–3, a visit, discovery, terms, credit check, reconciliation, dunning 1 each.', 5)),
    SR: z.int().min(1).max(7).meta(doc('SR (solution manager) days per week, 1–7: solution design 2, bid 1, joining a visit 1, root-cause feedback 1.', 5)),
    FR: z.int().min(1).max(7).meta(doc('FR (fulfilment manager) days per week, 1–7: feasibility 1, install installDays, acceptance 1, a ticket 1, parts order 1, joining a visit 1.', 5)),
  }).meta(doc('Working days each role has per week; every action costs days. roleDays effects change them for a while.')),
  capacityUnitsPerWeek: z.int().min(1).max(100000).meta(doc('Factory capacity, units per week (1–100000), shared by all orders first come first served; FR\'s feasibility check predicts delivery from the queue ÷ capacity. capacity effects change it.', 40)),
  crewDayCost: money('Cost of one FR crew day of installation; an install costs installDays × this (delivery cost)', 3000),
  logisticsCostPerOrder: money('Shipping cost per order, paid when the goods arrive (delivery cost)', 8000),
  serviceDayCost: money('Cost of each ticket worked (service cost)', 2000),
  partCost: money('Price of one spare part, paid when ordered; repairs and spares requests each use one', 1500),
  partLeadWeeks: z.int().min(0).max(12).meta(doc('Weeks (0–12) from ordering spare parts to their arrival at a week\'s end (0 = the end of the same week). FR orders 1, 5 or 10.', 1)),
  partsInventory: z.int().min(0).max(10000).meta(doc('Spare parts in stock at the start (0–10000).', 4)),
  marketingCost: z.strictObject({
    seminar: money('Cost of a seminar (2 AR days; up to 2 seminar leads, 60% each)', 20000),
    exhibition: money('Cost of an exhibition (3 AR days; up to 3 exhibition leads, 70% each)', 40000),
    executiveVisit: money('Cost of an executive visit to one customer (1 AR day; +10 support with its decisionMaker; 1 of its executiveVisit leads, 80%)', 8000),
    referenceVisit: money('Cost of a reference-site visit for one customer (2 AR days; +6 support with all its people once a customer with an accepted order has satisfaction ≥ 70; 1 of its referenceVisit leads, 80%)', 12000),
  }).meta(doc('What each marketing activity costs AR\'s budget; the leads it can surface are those with that source.')),
  overdraftLimit: Money.default(1_000_000).meta(doc('The bank\'s overdraft line, ¥ (integer yuan; default 1000000): how far below zero cash may go. Spending the team chooses — marketing, credit checks, spare parts, lawsuits — is refused if it would take cash below −overdraftLimit; costs already committed (production, logistics, install crews, service work, penalties, premiums, interest, scripted events) are still paid and may take cash past it. 0 = no overdraft: chosen spending stops at zero.', 1000000)),
  overdraftInterestBp: z.int().min(0).max(1000).default(30).meta(doc('Interest on an overdraft, bp of the overdrawn amount per week (0–1000; default 30 = 0.3% a week, about 16% a year), charged at each week\'s end while cash is below zero, after the week\'s payments. The debrief reports the interest paid and the weeks overdrawn.', 30)),
  technicalExchangeCost: Money.default(3000).meta(doc('Out-of-pocket cost (travel, demo kit) of one SR technical exchange at a customer, ¥ (integer yuan). Default 3000.', 3000)),
  solutionWorkshopCost: Money.default(10000).meta(doc('Cost of one SR solution workshop with a customer on an open opportunity, ¥ (integer yuan). Default 10000.', 10000)),
  siteSurveyCost: Money.default(4000).meta(doc('Cost of one FR site survey at the customer\'s plant before the bid, ¥ (integer yuan). Default 4000.', 4000)),
});

const weight = (part: string) => z.int().min(0).max(100).meta(doc(`Points (0–100) of the score for ${part}; the weights add up to 100.`, 15));
export const Score = z.strictObject({
  weights: z
    .strictObject({
      winRate: weight('the win rate'),
      revenue: weight('revenue net of bad debt'),
      grossMargin: weight('the gross margin'),
      collection: weight('collection (share collected × target cycle ÷ actual order-to-cash days)'),
      satisfaction: weight('customer satisfaction'),
      process: weight('the approval cycle of bids, contracts and orders'),
      complaints: weight('the complaint rate'),
      badDebt: weight('bad debt'),
    })
    .meta(doc('How the score (1000 = every target exactly met, each part capped at 150%) is made; must add up to 100.')),
  targets: z.strictObject({
    winRateBp: z.int().min(1).max(10000).meta(doc('Target win rate, bids won ÷ bids decided, bp (1–10000).', 5000)),
    revenue: z.int().min(1).max(100_000_000_000).meta(doc('Revenue the team should book over the scenario, ¥; revenue is booked at installation. Below a quarter of it the rate parts count only in proportion.', 1500000)),
    grossMarginBp: z.int().min(1).max(10000).meta(doc('Target gross margin, (revenue − product, delivery, service costs and penalties) ÷ revenue, bp.', 2500)),
    collectionCycleDays: z.int().min(1).max(720).meta(doc('Target order-to-cash days (1–720): amount-weighted days from contract signature to each customer payment. Invoices due after the last week stay open and lower the share collected.', 60)),
    csat: z.int().min(1).max(100).meta(doc('Target mean satisfaction (1–100) over the customers we contracted with.', 70)),
    docCycleHalfDays: z.int().min(1).max(40).meta(doc('Target approval time per document (bid, contract, order), half-days (1–40; 2 = one day).', 2)),
    complaintRateBp: z.int().min(1).max(10000).meta(doc('Complaints per delivered order the team should stay at or below, bp (2000 = one in five).', 2000)),
    badDebtBp: z.int().min(1).max(10000).meta(doc('Share of the amount invoiced that may be lost to bad debt, bp.', 500)),
  }).meta(doc('The scenario\'s targets: each score part is the achievement against its target.')),
});

export const Scenario = z.strictObject({
  $schema: z.string().max(200).optional().meta(doc('Path or URL of this JSON Schema, so editors check the file and show these descriptions; ignored by the game.', './scenario.schema.json')),
  schemaVersion: z.int().min(1).max(SCENARIO_SCHEMA_VERSION).optional().meta(doc(`The version of this file format the scenario is written for (1–${SCENARIO_SCHEMA_VERSION}; absent = 1). Older files are migrated when they load; a file newer than the app is refused. Not part of the content hash.`, SCENARIO_SCHEMA_VERSION)),
  id: idOf('the scenario; saves record it, so keep it when you revise the content', 'tutorial'),
  version: z.int().min(1).max(1_000_000).meta(doc('Version of the content (1–1000000), recorded in saves: raise it whenever you change the scenario.', 2)),
  title: text('The title on the start screen.', 'Tutorial: your first deal, lead to cash', '入门：第一单从线索到回款'),
  summary: text('One or two sentences under the title on the start screen.', 'A water utility needs new flow meters.', '一家水务公司要更新流量计。'),
  difficulty: z.int().min(1).max(5).meta(doc('Stars (1–5) shown on the start screen; information only.', 1)),
  weeks: z.int().min(2).max(104).meta(doc('Length of the game in weeks (2–104). Invoices due after the last week stay open: a short horizon lowers the share collected, so leave enough weeks after the last likely delivery.', 12)),
  objectives: z.array(Objective).min(1).max(10).meta(doc('Learning objectives (1–10): shown on the start screen and in the debrief\'s reflection.')),
  briefing: z.strictObject({
    situation: text('The situation every player reads before week 1.', 'Qingjiang Water is choosing flow meters.', '清江水务正在为新水厂选流量计。'),
    roles: z.strictObject({
      AR: text('The account manager\'s brief.', 'Find leads, visit the decision chain, collect the cash.', '拓展线索、拜访决策链、负责回款。'),
      SR: text('The solution manager\'s brief.', 'Design the solution and price the bid.', '设计方案，定价投标。'),
      FR: text('The fulfilment manager\'s brief.', 'Check feasibility, install, work the tickets.', '评估交付可行性、安装、处理工单。'),
    }).meta(doc('Each role\'s own brief.')),
  }).meta(doc('The briefing shown before week 1.')),
  company: Company.meta(doc('The trainees\' company: cash, credit policy, role days, factory and costs.')),
  products: z.array(Product).min(1).max(20).meta(doc('Product lines (1–20).')),
  competitors: z.array(Competitor).max(20).default([]).meta(doc('Competitors (0–20) that leads can name.')),
  customers: z.array(Customer).min(1).max(50).meta(doc('Customers (1–50), each with its decision chain, pains and payment behaviour.')),
  leads: z.array(Lead).min(1).max(500).meta(doc('The hidden pool of leads (1–500) marketing can surface, plus inbound ones.')),
  events: z.array(ScenarioEvent).max(200).default([]).meta(doc('Scripted events (0–200): news with effects, fired by a trigger.')),
  cards: z.array(DecisionCard).max(100).default([]).meta(doc('Decision cards (0–100): a choice put to one role, fired by a trigger.')),
  score: Score.meta(doc('How the team is scored: weights and targets.')),
  // Optional with no default, so scenarios without it keep their content hash (and saves stay valid).
  coach: z
    .boolean()
    .optional()
    .meta({ description: 'Whether players may "Ask the coach" (智慧小玄) in this scenario (true or false; absent = true). Set false for a competition: the button is absent and the session refuses coach use.', examples: [false] }),
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
