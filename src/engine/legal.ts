/**
 * `legalActions(role)`: every concrete action the role could take now. It drives both
 * the UI's buttons and the bots, so a bot can never do what a player could not.
 * Parameters with a range (discount, terms, parts) come from a menu, and the rules reject
 * anything off it, so a hand-edited save cannot play a game the UI does not offer.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameState, Role } from './state.ts';
import { checkAction, daysLeft } from './apply.ts';
import { indexScenario } from './context.ts';
import type { CheckCtx } from './rules/types.ts';
import { DISCOUNT_MENU } from './rules/opportunities.ts';
import { TERMS_PRESETS } from './rules/position.ts';
import { PARTS_MENU } from './rules/service.ts';

// The menus are defined beside the rules that enforce them (an action off the menu is
// rejected there), and re-exported here for the UI and the bots.
export { DISCOUNT_MENU } from './rules/opportunities.ts';
export { TERMS_PRESETS } from './rules/position.ts';
export { PARTS_MENU } from './rules/service.ts';

/** Every candidate action for a role, legal or not (cheap to build, filtered below). */
export function candidateActions(sc: Scenario, s: GameState, role: Role): Action[] {
  const out: Action[] = [];
  const ix = indexScenario(sc);
  const openOpps = Object.values(s.opportunities).filter((o) => o.status === 'open' || o.status === 'bidding');
  for (const card of sc.cards) {
    if (card.role !== role || s.cards[card.id]?.status !== 'pending') continue;
    for (const o of card.options) out.push({ kind: 'chooseCard', role, card: card.id, option: o.id });
  }
  if (role === 'AR') {
    out.push({ kind: 'marketing', role, activity: 'seminar' }, { kind: 'marketing', role, activity: 'exhibition' });
    for (const c of sc.customers) {
      out.push({ kind: 'marketing', role, activity: 'executiveVisit', customer: c.id });
      out.push({ kind: 'marketing', role, activity: 'referenceVisit', customer: c.id });
      out.push({ kind: 'creditCheck', role, customer: c.id });
      out.push({ kind: 'sendReconciliation', role, customer: c.id });
      out.push({ kind: 'blacklist', role, customer: c.id });
    }
    for (const l of Object.values(s.leads)) {
      out.push({ kind: 'qualifyLead', role, lead: l.id }, { kind: 'dropLead', role, lead: l.id });
    }
    for (const o of openOpps) {
      for (const st of ix.customer.get(o.customer)!.stakeholders) {
        for (const w of [[], ['SR'], ['FR'], ['SR', 'FR']] as ('SR' | 'FR')[][]) {
          out.push({ kind: 'visit', role, opportunity: o.id, stakeholder: st.id, with: w });
        }
      }
      out.push({ kind: 'discover', role, opportunity: o.id }, { kind: 'abandon', role, opportunity: o.id });
      for (const t of Object.values(TERMS_PRESETS)) {
        out.push({ kind: 'setTerms', role, opportunity: o.id, terms: t, insured: false });
        out.push({ kind: 'setTerms', role, opportunity: o.id, terms: t, insured: true });
      }
    }
    for (const i of Object.values(s.invoices)) {
      if (i.status !== 'open') continue;
      for (const kind of ['dun', 'analyzeOverdue', 'legalAction', 'claimInsurance', 'writeOff'] as const) out.push({ kind, role, invoice: i.id });
    }
    for (const t of Object.values(s.tickets)) if (t.status === 'open' && t.kind === 'complaint') out.push({ kind: 'workTicket', role, ticket: t.id });
  }
  if (role === 'SR') {
    for (const c of sc.customers) out.push({ kind: 'technicalExchange', role, customer: c.id });
    for (const l of Object.values(s.leads)) out.push({ kind: 'solutionWorkshop', role, lead: l.id });
    for (const o of openOpps) {
      out.push({ kind: 'designSolution', role, opportunity: o.id });
      for (const d of DISCOUNT_MENU) out.push({ kind: 'submitBid', role, opportunity: o.id, discountBp: d });
    }
    for (const t of Object.values(s.tickets)) if (t.kind === 'repair' && t.status === 'resolved' && !t.rootCauseFed) out.push({ kind: 'feedRootCause', role, ticket: t.id });
  }
  if (role === 'FR') {
    for (const o of openOpps) out.push({ kind: 'feasibility', role, opportunity: o.id }, { kind: 'siteSurvey', role, opportunity: o.id });
    for (const c of sc.customers) out.push({ kind: 'preventiveMaintenance', role, customer: c.id });
    for (const o of Object.values(s.orders)) {
      if (o.status === 'install') out.push({ kind: 'install', role, order: o.id });
      if (!o.prepared) out.push({ kind: 'prepareInstallation', role, order: o.id });
      if (o.status === 'acceptance') out.push({ kind: 'acceptance', role, order: o.id });
    }
    for (const t of Object.values(s.tickets)) if (t.status === 'open' && t.kind !== 'complaint' && t.kind !== 'install') out.push({ kind: 'workTicket', role, ticket: t.id });
    for (const q of PARTS_MENU) out.push({ kind: 'orderParts', role, qty: q });
  }
  out.push({ kind: 'endWeek' });
  return out;
}

export function legalActions(sc: Scenario, s: GameState, role: Role): Action[] {
  // validate(sc, s, a, true) === null for each candidate, with what every check shares computed once.
  if (s.finished) return [];
  const c: CheckCtx = { s, sc, ix: indexScenario(sc) };
  const left: Record<Role, number> = { AR: daysLeft(sc, s, 'AR'), SR: daysLeft(sc, s, 'SR'), FR: daysLeft(sc, s, 'FR') };
  const out: Action[] = [];
  for (const a of candidateActions(sc, s, role)) if (checkAction(c, a, left) === null) out.push(a);
  return out;
}
