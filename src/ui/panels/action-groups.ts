/**
 * How the action panel arranges a role's candidate actions, without any DOM: grouped by
 * the object they act on (the id field they carry) and by purpose, and folded into
 * controls — all the variants of one kind on one object (a visit to any stakeholder with
 * anyone along, eight payment-terms choices, six bid discounts) become ONE control with
 * options. Works from the action's shape alone, so a kind the engine adds later lands in a
 * sensible group with no change here; `PURPOSE_OF_KIND` is the one table to refine it.
 */
import type { Action } from '../../engine/index.ts';

/** The id fields an action can carry, in the order they identify its object. */
export const OBJECT_FIELDS = ['opportunity', 'lead', 'order', 'invoice', 'ticket', 'customer'] as const;
export type ObjectField = (typeof OBJECT_FIELDS)[number];

export const PURPOSES = ['win', 'deliver', 'cash', 'service', 'market', 'general'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** What each known kind is for. A kind not listed gets the purpose of the object it acts on. */
export const PURPOSE_OF_KIND: Readonly<Record<string, Purpose>> = {
  qualifyLead: 'win', dropLead: 'win', visit: 'win', discover: 'win', setTerms: 'win', designSolution: 'win',
  submitBid: 'win', abandon: 'win', feasibility: 'win', technicalExchange: 'win', solutionWorkshop: 'win', siteSurvey: 'win',
  install: 'deliver', acceptance: 'deliver', prepareInstallation: 'deliver',
  creditCheck: 'cash', sendReconciliation: 'cash', dun: 'cash', analyzeOverdue: 'cash', legalAction: 'cash',
  claimInsurance: 'cash', writeOff: 'cash', blacklist: 'cash',
  workTicket: 'service', feedRootCause: 'service', orderParts: 'service', preventiveMaintenance: 'service',
  marketing: 'market',
};
const PURPOSE_OF_FIELD: Record<ObjectField | 'none', Purpose> = {
  opportunity: 'win', lead: 'win', order: 'deliver', invoice: 'cash', ticket: 'service', customer: 'market', none: 'general',
};
/**
 * Fields that keep variants of a kind apart as separate controls (an executive visit and
 * a reference visit are different activities, not options of one).
 */
const SEPARATE_BY: Readonly<Record<string, readonly string[]>> = { marketing: ['activity'] };
/** Never shown in the panel: the decision card has its own dialog; the week ends from its own button. */
const NOT_IN_PANEL = new Set(['chooseCard', 'endWeek']);
/** Fields every action has that are never an option. */
const FIXED_FIELDS = new Set(['kind', 'role']);

export interface ActionControl {
  key: string;
  kind: string;
  /** Every concrete action this control can send, in the engine's order. */
  variants: Action[];
  /** The fields in which the variants differ: what the player picks. Empty for a plain button. */
  options: string[];
}
export interface ActionGroup {
  /** `purpose|field:id`, stable across renders. */
  key: string;
  purpose: Purpose;
  field: ObjectField | 'none';
  object: string | null;
  controls: ActionControl[];
}

const field = (a: Action): ObjectField | 'none' => {
  const p = a as unknown as Record<string, unknown>;
  return OBJECT_FIELDS.find((f) => typeof p[f] === 'string') ?? 'none';
};
export function purposeOf(a: Action): Purpose {
  return PURPOSE_OF_KIND[a.kind] ?? PURPOSE_OF_FIELD[field(a)];
}
/** A value's identity, for comparing options (`with: ['FR','SR']` equals `['SR','FR']`). */
export function optionKey(v: unknown): string {
  if (Array.isArray(v)) return JSON.stringify([...v].map(String).sort());
  if (v && typeof v === 'object') return JSON.stringify(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify(v ?? null);
}

/** The candidate actions, grouped by purpose and object and folded into controls, in display order. */
export function groupActions(actions: readonly Action[]): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  const controls = new Map<string, ActionControl>();
  for (const a of actions) {
    if (NOT_IN_PANEL.has(a.kind)) continue;
    const p = a as unknown as Record<string, unknown>;
    const f = field(a);
    const object = f === 'none' ? null : (p[f] as string);
    const purpose = purposeOf(a);
    const gkey = `${purpose}|${f}:${object ?? ''}`;
    let g = groups.get(gkey);
    if (!g) groups.set(gkey, (g = { key: gkey, purpose, field: f, object, controls: [] }));
    const apart = (SEPARATE_BY[a.kind] ?? []).map((k) => optionKey(p[k])).join('|');
    const ckey = `${gkey}|${a.kind}|${apart}`;
    let c = controls.get(ckey);
    if (!c) {
      controls.set(ckey, (c = { key: ckey, kind: a.kind, variants: [], options: [] }));
      g.controls.push(c);
    }
    c.variants.push(a);
  }
  for (const c of controls.values()) c.options = varyingFields(c.variants);
  return [...groups.values()].sort((x, y) => PURPOSES.indexOf(x.purpose) - PURPOSES.indexOf(y.purpose));
}

function varyingFields(variants: readonly Action[]): string[] {
  if (variants.length < 2) return [];
  const first = variants[0] as unknown as Record<string, unknown>;
  const keys = new Set<string>();
  for (const v of variants) for (const k of Object.keys(v)) keys.add(k);
  return [...keys].filter((k) => !FIXED_FIELDS.has(k) && !(OBJECT_FIELDS as readonly string[]).includes(k) && variants.some((v) => optionKey((v as unknown as Record<string, unknown>)[k]) !== optionKey(first[k])));
}

/** The variant whose option fields match `choice` (field → optionKey), or null when none does. */
export function pickVariant(c: ActionControl, choice: Readonly<Record<string, string>>): Action | null {
  return c.variants.find((v) => c.options.every((k) => optionKey((v as unknown as Record<string, unknown>)[k]) === choice[k])) ?? null;
}

/** The option fields of one variant, as a choice. */
export function choiceOf(c: ActionControl, a: Action): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of c.options) out[k] = optionKey((a as unknown as Record<string, unknown>)[k]);
  return out;
}
