/**
 * A team strategy as a set of explicit knobs. Every scripted strategy — `iron-triangle`
 * (par), `siloed`, `greedy-discount`, the `iron-triangle-without-<behaviour>` ablations
 * and the exploit finder's one-dimensional strategies — is one `Style`: a plain,
 * JSON-serialisable object, so a worker thread can be handed a strategy as data.
 *
 * Each knob names one part of the triangle's work and how it is done; `PAR` is the
 * setting of every knob that the iron triangle plays.
 */
import { DISCOUNT_MENU, TERMS_PRESETS } from '../engine/index.ts';

export type TermsPreset = keyof typeof TERMS_PRESETS;
export const TERMS_PRESET_NAMES = Object.keys(TERMS_PRESETS) as TermsPreset[];

export interface Knobs {
  /**
   * Payment terms AR sets. `auto`: standard terms for an A-rated (or unchecked) customer,
   * an advance (insured when the customer is insurable) for a weaker one — it needs a
   * credit check to know. A preset name: that preset for everyone. `unset`: AR never
   * negotiates terms; the bid goes out on the default terms.
   */
  terms: 'auto' | TermsPreset | 'unset';
  /**
   * When AR sets them. `nextTurn`: on its first turn after the opportunity opened (before
   * a late bid). `atQualify`: in the same turn it qualifies the lead into an opportunity,
   * so the terms are on the table even when SR bids that week.
   */
  termsWhen: 'nextTurn' | 'atQualify';
  /**
   * SR's price. `fit`: inside the confirmed budget and close to the cheapest rival, never
   * below cost, at most 20% off. `list`: no discount (= 0). `deep`: 20% off (= 2000).
   * A number: that discount in basis points on every bid (one of DISCOUNT_MENU).
   */
  pricing: 'fit' | 'list' | 'deep' | number;
  /**
   * When SR bids. `late`: in the week before the deadline, after the team's groundwork.
   * `budgetKnown`: as soon as discovery confirmed the budget (or the week before the
   * deadline). `atOnce`: the first SR turn the opportunity is open.
   */
  bid: 'late' | 'budgetKnown' | 'atOnce';
  /**
   * Whom AR visits. `chain`: the two most influential stakeholders still below 70
   * support, every turn. `decisionMaker`: only the decision maker, when support is
   * below 40 (or, with discovery, once to open the conversation). `none`: no visits.
   */
  visits: 'none' | 'decisionMaker' | 'chain';
  /** Visits are joint: SR comes to technical evaluators and influencers, FR to buyers, finance and the decision maker. */
  joint: boolean;
  /** AR runs SPIN discovery (budget, start, pains) after the first visit. */
  discovery: boolean;
  /** SR designs a solution to the pains found before the bid. */
  design: boolean;
  /** FR checks delivery feasibility before the bid (a realistic promised week). */
  feasibility: boolean;
  /** FR surveys the customer's site before the bid (a delivery plan the customer believes). */
  siteSurvey: boolean;
  /**
   * SR holds technical exchanges with the customer's engineers: at a customer whose deal
   * is being shaped (before design and bid), and — when the pipeline is thin and there is
   * still time for a new lead to pay — with the customer it has talked to least lately.
   */
  technicalExchange: boolean;
  /** SR holds a solution workshop on each open lead (its needs, and whether it is real). */
  workshop: boolean;
  /** FR services each customer's installed kit when preventive maintenance is due. */
  maintenance: boolean;
  /** FR prepares each installation while the order is made (site, crew, permits). */
  prepare: boolean;
  /**
   * AR credit-checks every customer it bids for; a customer finance would veto unless it
   * prepays is dropped (its leads) or abandoned (its opportunities) and not marketed to.
   */
  creditCheck: boolean;
  /** AR qualifies the leads it has (primary → credible → opportunity). */
  qualify: boolean;
  /**
   * AR's marketing (seminars, exhibitions, executive and reference visits). `whenThin`:
   * when fewer than four leads and opportunities are in play. `always`: every week it has
   * two days left. `never`.
   */
  marketing: 'never' | 'whenThin' | 'always';
  /**
   * How AR picks its marketing. `blind`: a die picks the activity and the customer, every
   * time the pipeline asks for it. `learned`: reads the view first (see `team.ts`): no
   * marketing once too few weeks remain for a new lead to become cash, backing off when
   * recent weeks surfaced no leads, and no visits to a customer whose lead it found junk.
   */
  marketingAim: 'blind' | 'learned';
  /**
   * ITR tickets. `onTime`: complaints answered at once, repairs closest to breach first,
   * spare parts kept stocked. `late`: a ticket waits a week or two in a queue (three a
   * week), complaints only once breached, parts ordered when nearly out. `never`.
   */
  service: 'onTime' | 'late' | 'never';
  /** SR feeds every resolved repair's root cause back to product quality. */
  rootCause: boolean;
  /**
   * Cash work. `full`: reconciliation notices before due dates, overdue analysis, dunning,
   * insurance claims, legal action. `dunLate`: one dunning letter once 45 days overdue.
   * `none`.
   */
  cash: 'full' | 'dunLate' | 'none';
  /** FR installs delivered orders and gets them accepted. */
  delivery: boolean;
  /** How each role answers its decision cards (see `cards.ts`). `none`: not at all (the card's first option applies at the week's end). */
  cards: 'first' | 'longTerm' | 'shortTerm' | 'goodwill' | 'dice' | 'none';
}

export interface Style extends Knobs {
  name: string;
  /** The key of the bots' dice (default `name`): variants of par share par's dice, so a paired run differs only by its knobs. */
  dice?: string;
}

/** Every value each knob can take: the exploit finder's search space. */
export const KNOB_VALUES: { [K in keyof Knobs]: readonly Knobs[K][] } = {
  terms: ['auto', ...TERMS_PRESET_NAMES, 'unset'],
  termsWhen: ['nextTurn', 'atQualify'],
  pricing: ['fit', ...DISCOUNT_MENU],
  bid: ['late', 'budgetKnown', 'atOnce'],
  visits: ['chain', 'decisionMaker', 'none'],
  joint: [true, false],
  discovery: [true, false],
  design: [true, false],
  feasibility: [true, false],
  siteSurvey: [true, false],
  technicalExchange: [true, false],
  workshop: [true, false],
  maintenance: [true, false],
  prepare: [true, false],
  creditCheck: [true, false],
  qualify: [true, false],
  marketing: ['whenThin', 'always', 'never'],
  marketingAim: ['learned', 'blind'],
  service: ['onTime', 'late', 'never'],
  rootCause: [true, false],
  cash: ['full', 'dunLate', 'none'],
  delivery: [true, false],
  cards: ['longTerm', 'first', 'shortTerm', 'goodwill', 'dice', 'none'],
};
export const KNOB_NAMES = Object.keys(KNOB_VALUES) as (keyof Knobs)[];

/** The iron triangle: every part of the work, done the way the seeds describe it. */
export const PAR: Knobs = {
  terms: 'auto',
  termsWhen: 'nextTurn',
  pricing: 'fit',
  bid: 'late',
  visits: 'chain',
  joint: true,
  discovery: true,
  design: true,
  feasibility: true,
  siteSurvey: true,
  // SR meets customers on its own too (技术交流, solution workshops): leads come from
  // technical exchanges, and a workshop tells a real project from a junk one.
  technicalExchange: true,
  workshop: true,
  // FR's installation prep and preventive maintenance are there for players (each has real
  // effects in the world), but par does not use them: in the calibrated flagship they do
  // not pay for a team already doing feasibility, site surveys and SLA service
  // (docs/exploits.md: the with-… entries of the exploit library measure each).
  maintenance: false,
  prepare: false,
  creditCheck: true,
  qualify: true,
  marketing: 'whenThin',
  marketingAim: 'learned',
  service: 'onTime',
  rootCause: true,
  cash: 'full',
  delivery: true,
  cards: 'longTerm',
};

/** The behaviours an `iron-triangle-without-<behaviour>` ablation can switch off, as knob settings. */
export const ABLATIONS = {
  'joint-visits': { visits: 'decisionMaker', joint: false },
  discovery: { discovery: false, design: false },
  'early-fr': { feasibility: false, siteSurvey: false },
  'credit-check': { creditCheck: false },
  'sensible-terms': { terms: 'loose' },
  reconciliation: { cash: 'dunLate' },
  'ticket-sla': { service: 'late' },
  'root-cause': { rootCause: false },
  'sr-customer-work': { technicalExchange: false, workshop: false },
} as const satisfies Record<string, Partial<Knobs>>;
export const BEHAVIOURS = Object.keys(ABLATIONS) as (keyof typeof ABLATIONS)[];
export type Behaviour = (typeof BEHAVIOURS)[number];

export const ironTriangle = (without: readonly Behaviour[] = []): Style => ({
  name: without.length ? `iron-triangle-without-${without.join('+')}` : 'iron-triangle',
  // An ablation rolls par's dice: the paired comparison then differs only by the behaviour.
  ...(without.length ? { dice: 'iron-triangle' } : {}),
  ...PAR,
  ...Object.assign({}, ...without.map((b) => ABLATIONS[b])),
});

/** The seeds' Sudan story: AR alone with the decision maker and loose terms, SR prices from the list at once, FR meets the customer after the contract. */
export const siloed: Style = {
  name: 'siloed',
  ...PAR,
  ...ABLATIONS['joint-visits'],
  ...ABLATIONS.discovery,
  ...ABLATIONS['early-fr'],
  ...ABLATIONS['credit-check'],
  ...ABLATIONS['sensible-terms'],
  ...ABLATIONS.reconciliation,
  ...ABLATIONS['ticket-sla'],
  ...ABLATIONS['root-cause'],
  ...ABLATIONS['sr-customer-work'],
  pricing: 'list',
  bid: 'atOnce',
  // SR bids the week the opportunity opens, so AR puts its (loose) terms on the table as it qualifies the lead.
  termsWhen: 'atQualify',
  cards: 'shortTerm',
};

/** Sound processes, but sells on price instead of relationships: no joint visits, no solution design, 20% off every bid once the budget is known; buys goodwill on the cards. */
export const greedyDiscount: Style = {
  name: 'greedy-discount',
  ...PAR,
  ...ABLATIONS['joint-visits'],
  ...ABLATIONS['sr-customer-work'],
  design: false,
  pricing: 'deep',
  bid: 'budgetKnown',
  cards: 'goodwill',
};

/** The knobs of a style that differ from par, as `knob=value` (empty for par itself). */
export function knobDiff(k: Knobs, base: Knobs = PAR): string[] {
  return KNOB_NAMES.filter((n) => k[n] !== base[n]).map((n) => `${n}=${String(k[n])}`);
}

/** Reads a style back from JSON (a worker's job): every knob must hold one of its values. */
export function parseStyle(x: unknown): Style | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  if (typeof o.name !== 'string' || (o.dice !== undefined && typeof o.dice !== 'string')) return null;
  for (const n of KNOB_NAMES) if (!(KNOB_VALUES[n] as readonly unknown[]).includes(o[n]) && !(n === 'pricing' && (o[n] === 'list' || o[n] === 'deep'))) return null;
  return o as unknown as Style;
}
