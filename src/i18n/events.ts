/**
 * One news-feed line per engine event type (the catalogue's `ev.*` sentences), split out
 * of index.ts. A test scans src/engine for every event type emitted and checks it has a
 * line here.
 */
import type { GameEvent, Role } from '../engine/state.ts';
import type { MessageKey } from './en.ts';
import { REF_KEYS, refLabel, companions, enumName, formatCount, formatList, lookup, formatDays, formatMoney, junkReasonName, leadLabel, paren, pctBp, roleName, t, type Lang, type Names, type Params } from './index.ts';
import { stanceOf } from '../engine/rules/position.ts';


/** Every event type the engine emits (a test scans src/engine to keep this complete). */
export const EVENT_TYPES = [
  // leads.ts
  'marketingDone', 'leadSurfaced', 'leadGraded', 'leadJunk', 'opportunityOpened', 'leadDropped', 'leadExpired',
  // opportunities.ts
  'painRevealed', 'visited', 'budgetConfirmed', 'discovered', 'solutionDesigned', 'feasibilityChecked', 'termsSet', 'bidSubmitted',
  'opportunityAbandoned', 'noBid', 'bidLate', 'bidNonCompliant', 'bidWon', 'bidLost', 'supportDrifted',
  // contracts.ts
  'creditChecked', 'contractDrafted', 'contractVetoed', 'contractSigned', 'orderHeldForAdvance', 'orderReleased', 'contractClosed',
  'ratingChanged', 'termsChanged',
  // cash.ts
  'invoiceIssued', 'paymentReceived', 'customerDefaulted', 'legalJudgement', 'reconciliationSent', 'dunned', 'overdueAnalyzed',
  'legalActionStarted', 'insuranceClaimed', 'badDebtWrittenOff', 'blacklisted', 'cashOverdrawn', 'overdraftInterest',
  // delivery.ts
  'orderArrived', 'orderProduced', 'deliveredLate', 'installationPrepared', 'installed', 'acceptanceFailed', 'accepted', 'ticketResolved',
  // service.ts
  'ticketOpened', 'rootCauseFed', 'partsOrdered', 'slaBreached', 'maintenanceDone',
  // presales.ts
  'technicalExchangeHeld', 'workshopHeld', 'siteSurveyed',
  // context.ts, script.ts, week.ts
  'satisfaction', 'scriptedEvent', 'cardDealt', 'cardResolved', 'weekEnded', 'gameFinished',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
const isEventType = (x: string): x is EventType => (EVENT_TYPES as readonly string[]).includes(x);

/**
 * Feed policy: `describeEvent` returns null exactly when this is true. Every event type
 * has a line; only two *cases* are redundant with a line the same action already wrote:
 * - `ticketOpened` for an install ticket: `orderArrived` already says the kit waits for installation;
 * - `ticketResolved` for an install ticket: `installed` already says it is installed.
 * Everything else is shown, including `satisfaction` (the honest feedback on a decision:
 * how much the customer's mood moved and why) and `weekEnded` (a week separator with the
 * cash balance).
 */
export function isQuietEvent(e: GameEvent): boolean {
  return (e.type === 'ticketOpened' || e.type === 'ticketResolved') && e.kind === 'install';
}

/** A catalogue key with its params, a finished sentence (for lines that wrap another), or null. */
type Line = [MessageKey, Params] | string | null;
type EventHelpers = {
  lang: Lang;
  names: Names;
  s: (k: string) => string;
  n: (k: string) => number;
  b: (k: string) => boolean;
  customer: () => string;
  /** The event's lead, as `Names.lead` words it ("120 × Control valve") or its id. */
  lead: () => string;
  money: (k: string) => string;
};

/** The loss factors with words of their own (overBudget has its own sentence). */
const LOSS_FACTORS = ['rivalPrice', 'relationship', 'needs', 'fit', 'noFrPlan', 'delivery', 'terms'];
const WIN_FACTORS = ['price', 'relationship', 'needs', 'fit', 'delivery', 'terms'];

/** A '+'-joined list of factors from an event, in words, or '' when none is known. */
function factorWords(lang: Lang, list: string, known: readonly string[], prefix: 'ev.lossFactor' | 'ev.winFactor', rival: string): string {
  const words = list
    .split('+')
    .filter((f) => known.includes(f))
    .map((f) => t(lang, `${prefix}.${f}` as never, { rival }));
  return words.join(t(lang, 'ev.lossFactor.sep'));
}

/** "… (now −9 on −100…+100: Neutral)": where a stakeholder stands after a change, when the event says. */
function supportNow(lang: Lang, text: string, support: unknown): string {
  if (typeof support !== 'number') return text;
  return t(lang, 'ev.supportNow', { text, support: signed(support), stance: t(lang, `stance.${stanceOf(support)}` as never) });
}
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

const EVENT_LINES: Record<EventType, (e: GameEvent, h: EventHelpers) => Line> = {
  marketingDone: (e, { lang, names, s, n, money }) => {
    const name = enumName(lang, 'activity', s('activity'));
    const activity = e.customer ? paren(lang, name, names.customer(s('customer'))) : name;
    const leads = n('leads');
    return leads > 0
      ? ['ev.marketingDone', { activity, leads: formatCount(lang, 'lead', leads), cost: money('cost') }]
      : ['ev.marketingDone.none', { activity, cost: money('cost') }];
  },
  leadSurfaced: (e, { b, customer, lead }) => [b('repeat') ? 'ev.leadSurfaced.repeat' : 'ev.leadSurfaced', { lead: lead(), customer: customer() }],
  leadGraded: (e, { lang, s, lead }) => ['ev.leadGraded', { lead: lead(), grade: enumName(lang, 'leadGrade', s('grade')) }],
  leadJunk: (e, { lang, customer, lead }) => [
    'ev.leadJunk',
    { lead: lead(), customer: customer(), reason: junkReasonName(lang, (e.reason ?? null) as 'noCustomer' | 'noIntention' | 'noFit' | null) },
  ],
  opportunityOpened: (e, { s, customer, lead }) => ['ev.opportunityOpened', { lead: lead(), opportunity: s('opportunity'), customer: customer() }],
  leadDropped: (e, { lead }) => ['ev.leadDropped', { lead: lead() }],
  leadExpired: (e, { customer, lead }) => ['ev.leadExpired', { lead: lead(), customer: customer() }],
  painRevealed: (e, { names, s, customer }) => ['ev.painRevealed', { customer: customer(), pain: names.pain(s('customer'), s('pain')) }],
  visited: (e, { lang, names, s, n, customer }) => {
    const withRoles = s('with').split('+').filter(Boolean);
    const params = { customer: customer(), stakeholder: names.stakeholder(s('customer'), s('stakeholder')), gain: n('gain') };
    const text = withRoles.length ? t(lang, 'ev.visited.with', { ...params, with: companions(lang, withRoles) }) : t(lang, 'ev.visited', params);
    return supportNow(lang, text, e.support);
  },
  budgetConfirmed: (e, { s, customer }) => ['ev.budgetConfirmed', { customer: customer(), opportunity: s('opportunity') }],
  discovered: (e, { s }) => ['ev.discovered', { opportunity: s('opportunity') }],
  solutionDesigned: (e, { s, n }) => ['ev.solutionDesigned', { opportunity: s('opportunity'), fit: n('fit') }],
  // The engine emits FR's committed delivery week as `week`, which overrides the event's own
  // week (emit spreads data after it). Prefer `deliveryWeek` should the engine rename it.
  feasibilityChecked: (e, { s }) => ['ev.feasibilityChecked', { opportunity: s('opportunity'), deliveryWeek: s('deliveryWeek') }],
  termsSet: (e, { lang, s, n, b }) => {
    const text = t(lang, 'ev.termsSet', { opportunity: s('opportunity'), advance: pctBp(lang, n('advanceBp')), netDays: formatDays(lang, n('netDays')) });
    return b('insured') ? t(lang, 'ev.termsSet.insured', { text }) : text;
  },
  bidSubmitted: (e, { lang, s, n, customer, money }) => [
    'ev.bidSubmitted',
    { customer: customer(), opportunity: s('opportunity'), price: money('price'), discount: pctBp(lang, n('discountBp')), approval: formatDays(lang, n('approvalHalfDays') / 2) },
  ],
  opportunityAbandoned: (e, { s }) => ['ev.opportunityAbandoned', { opportunity: s('opportunity') }],
  noBid: (e, { s, customer }) => ['ev.noBid', { customer: customer(), opportunity: s('opportunity') }],
  bidLate: (e, { s, n, customer }) => ['ev.bidLate', { customer: customer(), opportunity: s('opportunity'), readyDay: n('readyDay') }],
  bidNonCompliant: (e, { lang, s, n, customer }) => ['ev.bidNonCompliant', { customer: customer(), opportunity: s('opportunity'), advance: pctBp(lang, n('advanceBp')), max: pctBp(lang, n('maxAdvanceBp')) }],
  bidWon: (e, { lang, names, s, n, customer, money }) => {
    const text = t(lang, 'ev.bidWon', { customer: customer(), opportunity: s('opportunity'), price: money('price'), chance: pctBp(lang, n('chanceBp')) });
    const rival = e.cheapest ? names.competitor(s('cheapest')) : '';
    const why = factorWords(lang, s('factors'), WIN_FACTORS, 'ev.winFactor', rival);
    const withWhy = why ? t(lang, 'ev.bidWon.why', { text, why }) : text;
    const against = [
      ...(s('against').split('+').includes('overBudget') ? [t(lang, 'ev.winAgainst.overBudget')] : []),
      factorWords(lang, s('against'), LOSS_FACTORS, 'ev.lossFactor', rival),
    ].filter(Boolean).join(t(lang, 'ev.lossFactor.sep'));
    return against ? t(lang, 'ev.bidWon.against', { text: withWhy, against }) : withWhy;
  },
  bidLost: (e, { lang, names, s, n, b, customer }) => {
    const base = { customer: customer(), opportunity: s('opportunity'), chance: pctBp(lang, n('chanceBp')) };
    const text = e.winner ? t(lang, 'ev.bidLost', { ...base, winner: names.competitor(s('winner')) }) : t(lang, 'ev.bidLost.statusQuo', base);
    const why = factorWords(lang, s('factors'), LOSS_FACTORS, 'ev.lossFactor', e.cheapest ? names.competitor(s('cheapest')) : '');
    const withBudget = b('overBudget') ? t(lang, 'ev.bidLost.overBudget', { text }) : text;
    return why ? t(lang, 'ev.bidLost.why', { text: withBudget, why }) : withBudget;
  },
  supportDrifted: (e, { lang, names, s, n, customer }) => {
    const who = s('stakeholders').split('+').filter(Boolean);
    const params = { customer: customer(), stakeholders: formatList(lang, who.map((id) => names.stakeholder(s('customer'), id))), delta: signed(n('delta')) };
    return [who.length > 1 ? 'ev.supportDrifted' : 'ev.supportDrifted.one', params];
  },
  creditChecked: (e, { lang, s, n, customer }) => [
    'ev.creditChecked',
    { customer: customer(), rating: s('rating'), pledge: pctBp(lang, n('pledgeRatioBp')), size: formatMoney(lang, n('sizeYuan')) },
  ],
  ratingChanged: (e, { s, customer }) => ['ev.ratingChanged', { customer: customer(), from: s('from'), to: s('to') }],
  termsChanged: (e, { lang, n, customer }) => {
    const parts: string[] = [];
    if (typeof e.advanceBp === 'number') parts.push(t(lang, 'ev.termsChanged.advance', { advance: pctBp(lang, n('advanceBp')) }));
    if (typeof e.netDays === 'number') parts.push(t(lang, 'ev.termsChanged.net', { netDays: formatDays(lang, n('netDays')) }));
    const params = { customer: customer(), terms: formatList(lang, parts), deals: n('deals') };
    return [n('deals') > 0 ? 'ev.termsChanged' : 'ev.termsChanged.none', params];
  },
  contractDrafted: (e, { lang, s, n, customer }) => ['ev.contractDrafted', { contract: s('contract'), customer: customer(), approval: formatDays(lang, n('approvalHalfDays') / 2) }],
  contractVetoed: (e, { lang, s, customer }) => ['ev.contractVetoed', { contract: s('contract'), customer: customer(), reason: enumName(lang, 'veto', s('reason')) }],
  contractSigned: (e, { s, customer, money }) => ['ev.contractSigned', { contract: s('contract'), customer: customer(), price: money('price') }],
  orderHeldForAdvance: (e, { s, customer }) => ['ev.orderHeldForAdvance', { order: s('order'), customer: customer() }],
  orderReleased: (e, { lang, s, n, customer }) => ['ev.orderReleased', { order: s('order'), customer: customer(), quantity: formatCount(lang, 'unit', n('quantity')) }],
  contractClosed: (e, { s, customer }) => ['ev.contractClosed', { contract: s('contract'), customer: customer() }],
  invoiceIssued: (e, { lang, s, customer, money }) => [
    'ev.invoiceIssued',
    { invoice: s('invoice'), customer: customer(), milestone: enumName(lang, 'milestone', s('milestone')), amount: money('amount') },
  ],
  paymentReceived: (e, { lang, s, n, customer, money }) => {
    const params = { invoice: s('invoice'), customer: customer(), amount: money('amount') };
    return n('daysLate') > 0 ? ['ev.paymentReceived.late', { ...params, late: formatDays(lang, n('daysLate')) }] : ['ev.paymentReceived', params];
  },
  customerDefaulted: (e, { customer }) => ['ev.customerDefaulted', { customer: customer() }],
  legalJudgement: (e, { s, customer, money }) => ['ev.legalJudgement', { invoice: s('invoice'), customer: customer(), recovered: money('recovered'), lost: money('lost') }],
  reconciliationSent: (e, { lang, n, customer }) => ['ev.reconciliationSent', { customer: customer(), invoices: formatCount(lang, 'invoice', n('invoices')) }],
  dunned: (e, { s, n, customer }) => ['ev.dunned', { invoice: s('invoice'), customer: customer(), times: n('times') }],
  overdueAnalyzed: (e, { s, n, b, customer }) => {
    const params = { invoice: s('invoice'), customer: customer() };
    if (b('defaulted')) return ['ev.overdueAnalyzed.defaulted', params];
    return s('cause') === 'ours' ? ['ev.overdueAnalyzed.ours', params] : ['ev.overdueAnalyzed.theirs', { ...params, cash: n('cashPosition') }];
  },
  legalActionStarted: (e, { s, n, customer, money }) => ['ev.legalActionStarted', { invoice: s('invoice'), customer: customer(), cost: money('cost'), untilWeek: n('untilWeek') }],
  insuranceClaimed: (e, { s, customer, money }) => ['ev.insuranceClaimed', { invoice: s('invoice'), customer: customer(), recovered: money('recovered') }],
  badDebtWrittenOff: (e, { s, customer, money }) => ['ev.badDebtWrittenOff', { invoice: s('invoice'), customer: customer(), amount: money('amount') }],
  blacklisted: (e, { customer }) => ['ev.blacklisted', { customer: customer() }],
  cashOverdrawn: (e, { money }) => ['ev.cashOverdrawn', { cash: money('cash'), limit: money('limit') }],
  overdraftInterest: (e, { money }) => ['ev.overdraftInterest', { interest: money('interest'), cash: money('cash'), limit: money('limit') }],
  orderArrived: (e, { s, customer }) => ['ev.orderArrived', { order: s('order'), customer: customer() }],
  orderProduced: (e, { s, customer }) => ['ev.orderProduced', { order: s('order'), customer: customer() }],
  deliveredLate: (e, { lang, s, n, customer, money }) => [
    'ev.deliveredLate',
    { order: s('order'), customer: customer(), weeks: formatCount(lang, 'week', n('weeks')), penalty: money('penalty') },
  ],
  installed: (e, { s, customer }) => ['ev.installed', { order: s('order'), customer: customer() }],
  acceptanceFailed: (e, { s, customer }) => ['ev.acceptanceFailed', { order: s('order'), customer: customer() }],
  accepted: (e, { s, customer }) => ['ev.accepted', { order: s('order'), customer: customer() }],
  ticketResolved: (e, { lang, s, b, customer }) => [
    b('inSla') ? 'ev.ticketResolved' : 'ev.ticketResolved.late',
    { ticket: s('ticket'), customer: customer(), kind: enumName(lang, 'ticketKind', s('kind')) },
  ],
  ticketOpened: (e, { lang, s, n, customer }) => [
    'ev.ticketOpened',
    { ticket: s('ticket'), customer: customer(), kind: enumName(lang, 'ticketKind', s('kind')), severity: n('severity'), cause: enumName(lang, 'ticketCause', s('cause')) },
  ],
  rootCauseFed: (e, { lang, names, s, n }) => [
    'ev.rootCauseFed',
    { ticket: s('ticket'), product: names.product(s('product')), from: pctBp(lang, n('fromBp')), to: pctBp(lang, n('toBp')) },
  ],
  partsOrdered: (e, { lang, n }) => ['ev.partsOrdered', { qty: formatCount(lang, 'part', n('qty')), arrivesWeek: n('arrivesWeek') }],
  installationPrepared: (e, { s, customer }) => ['ev.installationPrepared', { order: s('order'), customer: customer() }],
  maintenanceDone: (e, { n, customer }) => ['ev.maintenanceDone', { customer: customer(), untilWeek: n('untilWeek') }],
  technicalExchangeHeld: (e, { lang, n, customer, money }) => {
    const leads = n('leads');
    const p = { customer: customer(), gain: n('gain'), cost: money('cost') };
    return leads > 0 ? ['ev.technicalExchangeHeld.leads', { ...p, leads: formatCount(lang, 'lead', leads) }] : ['ev.technicalExchangeHeld', p];
  },
  workshopHeld: (e, { lang, n, customer, lead, money }) => {
    const pains = n('pains');
    const p = { lead: lead(), customer: customer(), cost: money('cost') };
    return pains > 0 ? ['ev.workshopHeld', { ...p, pains: formatCount(lang, 'need', pains) }] : ['ev.workshopHeld.none', p];
  },
  siteSurveyed: (e, { s, customer, money }) => ['ev.siteSurveyed', { customer: customer(), opportunity: s('opportunity'), cost: money('cost') }],
  slaBreached: (e, { lang, s, customer }) => ['ev.slaBreached', { ticket: s('ticket'), customer: customer(), kind: enumName(lang, 'ticketKind', s('kind')) }],
  satisfaction: (e, { lang, s, n, customer }) => {
    const d = n('delta');
    const delta = d > 0 ? `+${d}` : `−${Math.abs(d)}`;
    const why = lookup(lang, `why.${s('why')}`);
    return why ? ['ev.satisfaction', { customer: customer(), delta, why }] : ['ev.satisfaction.plain', { customer: customer(), delta }];
  },
  scriptedEvent: (e, { names, s }) => ['ev.scriptedEvent', { news: names.news?.(s('event')) ?? s('event') }],
  cardDealt: (e, { lang, names, s }) => ['ev.cardDealt', { card: names.card(s('card')), role: roleName(lang, s('role') as Role, 'short') }],
  cardResolved: (e, { names, s, b }) => [
    b('defaulted') ? 'ev.cardResolved.default' : 'ev.cardResolved',
    { card: names.card(s('card')), option: names.option(s('card'), s('option')) },
  ],
  weekEnded: (e, { money }) => ['ev.weekEnded', { week: e.week, cash: money('cash') }],
  gameFinished: () => ['ev.gameFinished', {}],
};

/** A news-feed line for an engine event, or null for the redundant cases `isQuietEvent` lists. */
export function describeEvent(lang: Lang, event: GameEvent, names: Names): string | null {
  if (!isEventType(event.type)) return t(lang, 'ev.unknown', { type: event.type });
  if (isQuietEvent(event)) return null;
  const raw = event as Record<string, unknown>;
  const h: EventHelpers = {
    lang,
    names,
    s: (k) => (raw[k] === null || raw[k] === undefined ? '' : (REF_KEYS as readonly string[]).includes(k) ? refLabel(names, String(raw[k])) : String(raw[k])),
    n: (k) => Number(raw[k] ?? 0),
    b: (k) => raw[k] === true,
    customer: () => names.customer(String(raw.customer ?? '')),
    lead: () => leadLabel(names, String(raw.lead ?? '')),
    money: (k) => formatMoney(lang, Number(raw[k] ?? 0)),
  };
  const line = EVENT_LINES[event.type](event, h);
  if (line === null || typeof line === 'string') return line;
  return t(lang, line[0], line[1]);
}
