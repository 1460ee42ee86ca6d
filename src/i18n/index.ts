/**
 * Every word the player reads, in Chinese and English.
 *
 * The engine speaks in codes and ids (`{ code: 'notEnoughDays', params: { role, need,
 * left } }`, `{ type: 'bidWon', customer: 'c-petro', price: 1200000 }`); this module
 * turns them into sentences. Scenario content (customer, stakeholder, product names…)
 * arrives through a `Names` resolver the UI builds from the scenario's `{ zh, en }`
 * texts; ids of leads, opportunities, contracts, orders, invoices and tickets are shown
 * as they are.
 *
 * All sentences live in the catalogues (`en.ts` defines the keys, `zh.ts` must match
 * them); this file only chooses a key and fills its `{placeholders}`.
 */
import type { Action, InvoiceStatus, LeadGrade, Milestone, OpportunityStatus, Order, Rejection, Role, Terms, Ticket, TicketKind, VetoReason, Contract } from '../engine/state.ts';
import type { Kpis } from '../engine/kpis.ts';
import type { StakeholderRoleName } from '../scenario/schema.ts';
import { TERMS_PRESETS } from '../engine/legal.ts';
import type { Catalogue, MessageKey } from './en.ts';
import { moneyEn, moneyZh, trimmed } from './format.ts';

export type Lang = 'zh' | 'en';
export type { MessageKey, Catalogue };
/** Keys of the plain UI strings (`ui.*`). */
export type UiKey = Extract<MessageKey, `ui.${string}`>;
export type Params = Record<string, string | number>;

export const LANGS: readonly Lang[] = ['zh', 'en'];
/** Each language's name in itself, for the language switch (kept out of the catalogues on purpose). */
export const LANGUAGE_AUTONYMS: Record<Lang, string> = { zh: '中文', en: 'English' };
/**
 * The catalogues loaded so far. The browser loads only the language in use
 * (`loadLanguage`, a chunk of its own: a player downloads one language, not both); Node
 * entry points and the tests register both at once by importing `./all.ts`.
 */
const CATALOGUES: Partial<Record<Lang, Catalogue>> = {};

export function registerCatalogue(lang: Lang, catalogue: Catalogue): void {
  CATALOGUES[lang] = catalogue;
}

export function catalogueLoaded(lang: Lang): boolean {
  return CATALOGUES[lang] !== undefined;
}

/** Loads a language's catalogue (once); resolves when `t(lang, …)` can speak it. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (CATALOGUES[lang]) return;
  CATALOGUES[lang] = lang === 'zh' ? (await import('./zh.ts')).zh : (await import('./en.ts')).en;
}

/**
 * Resolves scenario ids to display names in the current language. The UI builds it from
 * the scenario's `{ zh, en }` texts and falls back to the id when one is missing.
 *
 * The three optional members make labels richer when provided:
 * - `customerOf(ref)`: the customer id behind a lead / opportunity / contract / order /
 *   invoice / ticket id (from the current game state). With it, a visit button names the
 *   stakeholder (the Action carries only the opportunity and the stakeholder id), and
 *   lead / order / invoice / ticket buttons add the customer's name.
 * - `stakeholderRole(customerId, id)`: the stakeholder's role in the decision chain, shown
 *   in brackets after the name ("李工（技术评估）").
 * - `news(eventId)`: a scripted event's `news` text, for the feed line of `scriptedEvent`.
 * - `lead(id)`: what a lead is ("120 × Control valve"), shown wherever a lead id would be.
 */
export interface Names {
  customer(id: string): string;
  stakeholder(customerId: string, id: string): string;
  product(id: string): string;
  competitor(id: string): string;
  card(id: string): string;
  option(cardId: string, optionId: string): string;
  pain(customerId: string, painId: string): string;
  customerOf?(ref: string): string | null | undefined;
  stakeholderRole?(customerId: string, id: string): StakeholderRoleName | null | undefined;
  news?(eventId: string): string;
  lead?(id: string): string;
  /** Words for an opportunity, contract, order, invoice or ticket id ("30 × Flow meter"); the id when unknown. */
  ref?(id: string): string;
}

// ── catalogue lookup ───────────────────────────────────────────────────────

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m));
}

export function lookup(lang: Lang, key: string): string | undefined {
  const cat = CATALOGUES[lang] as Record<string, string> | undefined;
  return cat && Object.prototype.hasOwnProperty.call(cat, key) ? cat[key] : undefined;
}

/**
 * A catalogue string with its `{name}` placeholders filled. Meant for `ui.*` keys, but
 * any key works. A key missing at run time (an untyped caller) falls back to English,
 * then to the key itself, so a gap is visible rather than blank.
 */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(lookup(lang, key) ?? lookup('en', key) ?? key, params);
}

/** An enum value's name from `prefix.value`, or the raw value when the catalogue has none. */
export function enumName(lang: Lang, prefix: string, value: string): string {
  return lookup(lang, `${prefix}.${value}`) ?? value;
}

// ── numbers ────────────────────────────────────────────────────────────────

/** zh "¥8,500" / "¥123.4万" / "¥1.23亿"; en "¥850" / "¥45.6K" / "¥1.23M" / "¥2.5B". */
export function formatMoney(lang: Lang, yuan: number): string {
  return lang === 'zh' ? moneyZh(yuan) : moneyEn(yuan);
}

/** A fraction (0.451) as a percentage with at most one decimal ("45.1%"). */
export function formatPct(_lang: Lang, fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${trimmed(fraction * 100, 1)}%`;
}

/** A counted noun: `formatCount('en', 'lead', 2)` → "2 new leads", zh "2 条新线索". */
export type CountUnit = 'day' | 'week' | 'lead' | 'invoice' | 'unit' | 'part' | 'need';
export function formatCount(lang: Lang, unit: CountUnit, n: number): string {
  const shown = Number.isFinite(n) ? trimmed(n, 1) : '—';
  return t(lang, n === 1 ? `unit.${unit}.one` : `unit.${unit}.other`, { n: shown });
}

/** "12.5 天" / "12.5 days", "1 day". */
export function formatDays(lang: Lang, d: number): string {
  return formatCount(lang, 'day', d);
}

/** zh "A、B和C"; en "A, B and C". */
export function formatList(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return items.slice(0, -1).join(t(lang, 'fmt.listSep')) + t(lang, 'fmt.listLast') + items[items.length - 1];
}

export const pctBp = (lang: Lang, bp: number) => formatPct(lang, bp / 10000);
export const paren = (lang: Lang, text: string, note: string) => t(lang, 'fmt.paren', { text, note });

// ── names of things ────────────────────────────────────────────────────────

/** 'full': "AR 客户经理" / "Account manager (AR)"; 'short': "客户经理" / "AR" (used inside sentences). */
export function roleName(lang: Lang, role: Role, form: 'full' | 'short' = 'full'): string {
  return enumName(lang, form === 'full' ? 'role' : 'role.short', role);
}
export const stakeholderRoleName = (lang: Lang, role: StakeholderRoleName): string => enumName(lang, 'srole', role);

export type KpiKey = keyof Kpis | 'score' | 'cash';
export const kpiLabel = (lang: Lang, kpi: KpiKey): string => enumName(lang, 'kpi', kpi);
/** What the KPI means and how it is computed (kpis.ts), for tooltips and the debrief. */
export const kpiHint = (lang: Lang, kpi: KpiKey): string => enumName(lang, 'kpiHint', kpi);

export type Lane = 'lead' | 'opportunity' | 'bid' | 'contract' | 'order' | 'invoice' | 'cash' | 'ticket';
export const laneTitle = (lang: Lang, lane: Lane): string => enumName(lang, 'lane', lane);

export const actionKindLabel = (lang: Lang, kind: Action['kind']): string => enumName(lang, 'kind', kind);
export const ticketKindName = (lang: Lang, kind: TicketKind): string => enumName(lang, 'ticketKind', kind);
export const ticketCauseName = (lang: Lang, cause: Ticket['cause']): string => enumName(lang, 'ticketCause', cause);
export const ticketStatusName = (lang: Lang, status: Ticket['status']): string => enumName(lang, 'ticketStatus', status);
export const leadGradeName = (lang: Lang, grade: LeadGrade): string => enumName(lang, 'leadGrade', grade);
export const opportunityStatusName = (lang: Lang, status: OpportunityStatus): string => enumName(lang, 'oppStatus', status);
export const orderStatusName = (lang: Lang, status: Order['status']): string => enumName(lang, 'orderStatus', status);
export const contractStatusName = (lang: Lang, status: Contract['status']): string => enumName(lang, 'contractStatus', status);
export const invoiceStatusName = (lang: Lang, status: InvoiceStatus): string => enumName(lang, 'invoiceStatus', status);
export const milestoneName = (lang: Lang, m: Milestone): string => enumName(lang, 'milestone', m);
export const vetoReasonName = (lang: Lang, reason: VetoReason): string => enumName(lang, 'veto', reason);
export const junkReasonName = (lang: Lang, reason: 'noCustomer' | 'noIntention' | 'noFit' | null): string =>
  reason ? enumName(lang, 'junk', reason) : t(lang, 'junk.unknown');
export type MarketingActivity = 'seminar' | 'exhibition' | 'executiveVisit' | 'referenceVisit';
export const activityName = (lang: Lang, activity: MarketingActivity): string => enumName(lang, 'activity', activity);
export const overdueCauseName = (lang: Lang, cause: 'ours' | 'theirs'): string => enumName(lang, 'overdueCause', cause);
/** Why a customer's satisfaction moved (the `why` of a `satisfaction` event). */
export const satisfactionReasonName = (lang: Lang, why: string): string => enumName(lang, 'why', why);

export type TermsPreset = keyof typeof TERMS_PRESETS;
export const termsPresetName = (lang: Lang, preset: TermsPreset): string => enumName(lang, 'termsPreset', preset);

/** The preset these terms are, if any (the menu `legalActions` offers). */
export function matchTermsPreset(terms: Terms): TermsPreset | null {
  for (const [name, p] of Object.entries(TERMS_PRESETS) as [TermsPreset, Terms][]) {
    if (p.advanceBp === terms.advanceBp && p.deliveryBp === terms.deliveryBp && p.acceptanceBp === terms.acceptanceBp && p.retentionBp === terms.retentionBp && p.netDays === terms.netDays) {
      return name;
    }
  }
  return null;
}

/** "预付 30% · 到货 60% · 验收 10% · 账期 30 天" / "30% advance · 60% on delivery · 10% on acceptance · net 30 days". */
export function describeTerms(lang: Lang, terms: Terms): string {
  const parts: string[] = [];
  if (terms.advanceBp > 0) parts.push(t(lang, 'terms.advance', { pct: pctBp(lang, terms.advanceBp) }));
  if (terms.deliveryBp > 0) parts.push(t(lang, 'terms.delivery', { pct: pctBp(lang, terms.deliveryBp) }));
  if (terms.acceptanceBp > 0) parts.push(t(lang, 'terms.acceptance', { pct: pctBp(lang, terms.acceptanceBp) }));
  if (terms.retentionBp > 0) parts.push(t(lang, 'terms.retention', { pct: pctBp(lang, terms.retentionBp) }));
  // Net days only matter for invoices after the advance (the advance has its own 7 days).
  if (terms.advanceBp < 10000) parts.push(t(lang, 'terms.netDays', { days: formatDays(lang, terms.netDays) }));
  return parts.join(t(lang, 'fmt.sep'));
}

// ── rejections ─────────────────────────────────────────────────────────────

/** Every rejection code the engine can produce (a test scans src/engine to keep this complete). */
export const REJECTION_CODES = [
  // apply.ts
  'badAction', 'gameOver', 'notEnoughDays',
  // leads.ts
  'unknownActivity', 'customerRequired', 'customerNotAllowed', 'unknownCustomer', 'customerBlacklisted', 'unknownLead', 'leadNotOpen',
  // opportunities.ts
  'unknownOpportunity', 'opportunityClosed', 'bidAlreadySubmitted', 'unknownStakeholder', 'stakeholderGone', 'badCompanions', 'visitFirst',
  'termsShare', 'termsSum', 'termsNetDays', 'termsNotOffered', 'notInsurable', 'discountRange',
  // contracts.ts
  'alreadyChecked',
  // delivery.ts
  'unknownOrder', 'orderNotReady', 'repairOpen', 'alreadyPrepared', 'tooLateToPrepare',
  // cash.ts
  'unknownInvoice', 'invoiceNotOpen', 'notOverdueEnough', 'nothingToReconcile', 'alreadyAnalyzed', 'notInsured', 'overdraftLimit',
  // service.ts
  'unknownTicket', 'ticketClosed', 'useInstall', 'wrongRoleForTicket', 'noParts', 'fixUnderlyingFirst', 'notAResolvedRepair', 'rootCauseAlreadyFed', 'partsQty',
  'noInstalledBase', 'maintenanceNotDue',
  // presales.ts
  'exchangeThisWeek', 'noTechnicalPeople', 'workshopHeld', 'alreadySurveyed',
  // script.ts
  'unknownCard', 'cardNotPending', 'cardForOtherRole', 'unknownOption',
  // inject.ts
  'badInject', 'unknownEvent', 'eventAlreadyFired',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
const isRejectionCode = (c: string): c is RejectionCode => (REJECTION_CODES as readonly string[]).includes(c);

/** A lead in words when the UI can say what it is (product and quantity), else its id. */
export const leadLabel = (names: Names, id: string): string => names.lead?.(id) ?? id;
/** An opportunity, contract, order, invoice or ticket in words when the UI can say what it is, else its id. */
export const refLabel = (names: Names, id: string): string => names.ref?.(id) ?? id;
/** Parameter names that carry ids of things `refLabel` can word. */
export const REF_KEYS = ['opportunity', 'contract', 'order', 'invoice', 'ticket'] as const;

/** The customer an action is about, when the action or `Names.customerOf` tells us. */
function actionCustomer(names: Names, a: Action | undefined): string | null {
  if (!a) return null;
  const p = a as unknown as Record<string, unknown>;
  if (typeof p.customer === 'string') return p.customer;
  for (const k of ['opportunity', 'lead', 'invoice', 'order', 'ticket'] as const) {
    if (typeof p[k] === 'string') return names.customerOf?.(p[k] as string) ?? null;
  }
  return null;
}

/**
 * One short sentence saying why the engine refused an action. `action`, when given, is
 * the refused action: it lets the sentence name a stakeholder or a card option that the
 * rejection's params carry only as ids.
 */
export function describeRejection(lang: Lang, rejection: Rejection, names: Names, action?: Action): string {
  const code = rejection.code;
  if (!isRejectionCode(code)) return t(lang, 'rej.generic', { code });
  const raw = rejection.params ?? {};
  const p: Params = { ...raw };
  const str = (k: string) => String(raw[k] ?? '');
  const num = (k: string) => Number(raw[k] ?? 0);
  if ('customer' in raw) p.customer = names.customer(str('customer'));
  if ('lead' in raw) p.lead = leadLabel(names, str('lead'));
  for (const k of REF_KEYS) if (k in raw) p[k] = refLabel(names, str(k));
  // Rejections that name the thing only through the refused action.
  const act = action as unknown as Record<string, unknown> | undefined;
  for (const k of REF_KEYS) if (!(k in raw) && act && typeof act[k] === 'string') p[k] = refLabel(names, act[k] as string);
  if ('role' in raw) p.role = roleName(lang, str('role') as Role, 'short');
  if ('card' in raw) p.card = names.card(str('card'));
  if ('event' in raw) p.event = names.news?.(str('event')) ?? str('event');
  if ('activity' in raw) p.activity = enumName(lang, 'activity', str('activity'));
  let key: MessageKey = `rej.${code}`;
  switch (code) {
    case 'notEnoughDays':
      p.left = formatDays(lang, num('left'));
      p.need = formatDays(lang, num('need'));
      break;
    case 'leadNotOpen':
      p.grade = enumName(lang, 'leadGrade', str('grade'));
      break;
    case 'opportunityClosed':
      p.status = enumName(lang, 'oppStatus', str('status'));
      break;
    case 'orderNotReady':
      p.status = enumName(lang, 'orderStatus', str('status'));
      break;
    case 'invoiceNotOpen':
      p.status = enumName(lang, 'invoiceStatus', str('status'));
      break;
    case 'discountRange':
      p.max = pctBp(lang, num('max'));
      break;
    case 'notOverdueEnough':
      if (num('days') <= 1 && num('overdue') <= 0) key = 'rej.notOverdueEnough.notDue';
      p.days = formatDays(lang, num('days'));
      p.overdue = formatDays(lang, num('overdue'));
      break;
    case 'nothingToReconcile':
      p.days = formatDays(lang, num('days'));
      break;
    case 'overdraftLimit':
      p.cost = formatMoney(lang, num('cost'));
      p.room = formatMoney(lang, num('room'));
      p.limit = formatMoney(lang, num('limit'));
      break;
    case 'unknownStakeholder':
    case 'stakeholderGone': {
      const cust = actionCustomer(names, action);
      if (cust) p.stakeholder = names.stakeholder(cust, str('stakeholder'));
      break;
    }
    case 'unknownOption':
      if (action?.kind === 'chooseCard') p.option = names.option(action.card, str('option'));
      break;
    default:
      break;
  }
  return t(lang, key, p);
}

// ── actions ────────────────────────────────────────────────────────────────

function stakeholderLabel(lang: Lang, names: Names, customer: string | null, id: string): string {
  if (!customer) return id;
  const name = names.stakeholder(customer, id);
  const role = names.stakeholderRole?.(customer, id);
  return role ? paren(lang, name, stakeholderRoleName(lang, role)) : name;
}

export function companions(lang: Lang, roles: readonly string[]): string {
  return formatList(lang, roles.map((r) => roleName(lang, r as Role, 'short')));
}

/** A button label for an action, with its parameters ("投标，折扣 10%", "Visit Li Gong (Technical evaluator) with SR"). */
export function describeAction(lang: Lang, action: Action, names: Names): string {
  const a = action;
  /** Adds the customer's name after an id-only label when `Names.customerOf` knows it. */
  const about = (text: string, ref: string) => {
    const c = names.customerOf?.(ref);
    return c ? paren(lang, text, names.customer(c)) : text;
  };
  switch (a.kind) {
    case 'marketing': {
      const activity = a.activity as string;
      const customer = 'customer' in a && a.customer !== undefined ? names.customer(a.customer) : '';
      if (activity === 'seminar' || activity === 'exhibition' || activity === 'executiveVisit' || activity === 'referenceVisit') {
        return t(lang, `act.marketing.${activity}`, { customer });
      }
      return t(lang, 'act.marketing.unknown', { activity });
    }
    case 'qualifyLead':
      return about(t(lang, 'act.qualifyLead', { lead: leadLabel(names, a.lead) }), a.lead);
    case 'dropLead':
      return about(t(lang, 'act.dropLead', { lead: leadLabel(names, a.lead) }), a.lead);
    case 'visit': {
      const stakeholder = stakeholderLabel(lang, names, names.customerOf?.(a.opportunity) ?? null, a.stakeholder);
      const withRoles = Array.isArray(a.with) ? a.with : [];
      return withRoles.length
        ? t(lang, 'act.visit.with', { stakeholder, with: companions(lang, withRoles) })
        : t(lang, 'act.visit', { stakeholder });
    }
    case 'discover':
      return t(lang, 'act.discover');
    case 'creditCheck':
      return t(lang, 'act.creditCheck', { customer: names.customer(a.customer) });
    case 'setTerms': {
      const preset = matchTermsPreset(a.terms);
      const text = t(lang, 'act.setTerms', { terms: preset ? termsPresetName(lang, preset) : describeTerms(lang, a.terms) });
      return a.insured ? t(lang, 'act.setTerms.insured', { text }) : text;
    }
    case 'designSolution':
      return t(lang, 'act.designSolution');
    case 'submitBid':
      return a.discountBp === 0 ? t(lang, 'act.submitBid.list') : t(lang, 'act.submitBid', { discount: pctBp(lang, a.discountBp) });
    case 'abandon':
      return t(lang, 'act.abandon');
    case 'feasibility':
      return t(lang, 'act.feasibility');
    case 'prepareInstallation':
      return about(t(lang, 'act.prepareInstallation', { order: refLabel(names, a.order) }), a.order);
    case 'install':
      return about(t(lang, 'act.install', { order: refLabel(names, a.order) }), a.order);
    case 'acceptance':
      return about(t(lang, 'act.acceptance', { order: refLabel(names, a.order) }), a.order);
    case 'workTicket':
      // AR answers complaints; FR works every other ticket (service.ts).
      return about(t(lang, a.role === 'AR' ? 'act.workTicket.complaint' : 'act.workTicket', { ticket: refLabel(names, a.ticket) }), a.ticket);
    case 'technicalExchange':
      return t(lang, 'act.technicalExchange', { customer: names.customer(a.customer) });
    case 'solutionWorkshop':
      return about(t(lang, 'act.solutionWorkshop', { lead: leadLabel(names, a.lead) }), a.lead);
    case 'siteSurvey':
      return t(lang, 'act.siteSurvey');
    case 'preventiveMaintenance':
      return t(lang, 'act.preventiveMaintenance', { customer: names.customer(a.customer) });
    case 'feedRootCause':
      return t(lang, 'act.feedRootCause', { ticket: refLabel(names, a.ticket) });
    case 'orderParts':
      return t(lang, 'act.orderParts', { qty: formatCount(lang, 'part', a.qty) });
    case 'sendReconciliation':
      return t(lang, 'act.sendReconciliation', { customer: names.customer(a.customer) });
    case 'dun':
      return about(t(lang, 'act.dun', { invoice: refLabel(names, a.invoice) }), a.invoice);
    case 'analyzeOverdue':
      return about(t(lang, 'act.analyzeOverdue', { invoice: refLabel(names, a.invoice) }), a.invoice);
    case 'legalAction':
      return about(t(lang, 'act.legalAction', { invoice: refLabel(names, a.invoice) }), a.invoice);
    case 'claimInsurance':
      return about(t(lang, 'act.claimInsurance', { invoice: refLabel(names, a.invoice) }), a.invoice);
    case 'writeOff':
      return about(t(lang, 'act.writeOff', { invoice: refLabel(names, a.invoice) }), a.invoice);
    case 'blacklist':
      return t(lang, 'act.blacklist', { customer: names.customer(a.customer) });
    case 'chooseCard':
      return t(lang, 'act.chooseCard', { card: names.card(a.card), option: names.option(a.card, a.option) });
    case 'endWeek':
      return t(lang, 'act.endWeek');
    case 'inject':
      return t(lang, 'act.inject', { what: a.text ? a.text[lang] : names.news?.(a.event ?? '') ?? a.event ?? '' });
    default: {
      const never: never = a;
      return String((never as { kind?: unknown }).kind);
    }
  }
}

export { describeEvent, isQuietEvent, EVENT_TYPES, type EventType } from './events.ts';
