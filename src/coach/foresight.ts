/**
 * The coach's look-ahead: rolls the engine's own rules forward on the belief state to
 * see where a piece of work leads. Two questions. What does this action change that
 * the player will see (`lookAhead`: the action applied by the engine to a copy of the
 * belief, in a scenario with its hidden content — the customers' unspoken pains and
 * payment habits, the lead pool — taken out)? And if this deal is won, will
 * finance approve the contract? (`admission`, the rule finance applies, run on the
 * belief state with the cheapest price the team would bid.) It is asked only once a
 * credit check has shown the customer's rating, size and pledge ratio — before that
 * the team does not know, and neither does the coach. It steers AR's work (qualifying,
 * visits, discovery, terms): AR decides whether the team pursues a deal.
 */
import type { Scenario } from '../scenario/schema.ts';
import { applyActionInPlace, cloneState, type Action, type GameState, type PlayerView, type Terms } from '../engine/index.ts';
import { indexScenario } from '../engine/context.ts';
import { admission } from '../engine/rules/contracts.ts';
import { DEFAULT_TERMS } from '../engine/rules/position.ts';

/** The deepest discount a rep gives without escalation (par's limit): the lowest price the team would bid. */
const DEEPEST_BP = 2000;

function dealOf(v: PlayerView, a: Action): { customer: string; product: string; quantity: number; terms: Terms | null; bid: boolean } | null {
  if ('opportunity' in a) {
    const o = v.opportunities.find((x) => x.id === a.opportunity);
    return o ? { customer: o.customer, product: o.product, quantity: o.quantity, terms: a.kind === 'setTerms' ? a.terms : o.terms, bid: o.bid !== null } : null;
  }
  if (a.kind === 'qualifyLead') {
    const l = v.leads.find((x) => x.id === a.lead);
    return l ? { customer: l.customer, product: l.product, quantity: l.quantity, terms: null, bid: false } : null;
  }
  return null;
}

/** True when the action works towards a deal finance is known to veto (so the days would be lost). */
export function financeWouldVeto(sc: Scenario, belief: GameState, v: PlayerView, a: Action): boolean {
  // AR decides whether the team pursues a deal; once it does, SR's and FR's work still counts at the tender.
  if (!('role' in a) || a.role !== 'AR' || a.kind === 'abandon') return false;
  const deal = dealOf(v, a);
  if (!deal || deal.bid) return false;
  if (!v.customers.find((c) => c.id === deal.customer)?.credit) return false;
  const p = v.products.find((x) => x.id === deal.product);
  if (!p) return false;
  const price = Math.floor((p.listPrice * deal.quantity * (10000 - DEEPEST_BP)) / 10000);
  const veto = admission({ s: belief, sc, ix: indexScenario(sc) }, { customer: deal.customer, product: deal.product, quantity: deal.quantity, price, terms: deal.terms ?? DEFAULT_TERMS });
  return veto === 'creditLimit' || veto === 'creditBudget';
}

const blind = new WeakMap<Scenario, Scenario>();
/** The scenario as a player knows it: no unspoken pains, no payment habits, no hidden lead pool. */
function blindScenario(sc: Scenario): Scenario {
  let b = blind.get(sc);
  if (!b) {
    b = {
      ...sc,
      leads: [],
      customers: sc.customers.map((c) => ({ ...c, pains: [], payment: { reliabilityBp: 0, delayDays: 0, defaultRiskBp: 0 } })),
    };
    blind.set(sc, b);
  }
  return b;
}

/** The belief after the engine applies `a` (null if it would refuse): what the action visibly changes. */
export function lookAhead(sc: Scenario, belief: GameState, a: Action): GameState | null {
  const s = cloneState(belief);
  try {
    return applyActionInPlace(blindScenario(sc), s, a, true, true).ok ? s : null;
  } catch {
    return null; // an action whose rule needs what the player cannot know: no look-ahead
  }
}
