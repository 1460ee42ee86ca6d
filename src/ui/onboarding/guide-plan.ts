/**
 * What the first-week guide asks the player to do: one real action of their role, chosen
 * from what the engine says is possible right now (the same `candidateActions` and
 * `validate` the action panel uses), and the pipeline token to select first when the
 * action is about a particular lead, deal, invoice, ticket or customer. Plain TypeScript,
 * tested in Node.
 *
 * The engine's functions are handed in (`GuideEngine`) rather than imported: the app's
 * bundle already has them, and the guide's chunk stays free of imports the first chunk also
 * holds (such imports have made the bundler move the engine into a shared chunk that runs
 * before main.ts makes zod CSP-safe; see replay-intent.ts).
 */
import type { Action, GameState, Role, actionCost, candidateActions, validate } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';

/** The moves that teach each role's job first; any other possible move comes after them. */
export const TEACHING_ORDER: Record<Role, readonly string[]> = {
  AR: ['qualifyLead', 'visit', 'discover', 'creditCheck', 'sendReconciliation', 'marketing'],
  SR: ['technicalExchange', 'solutionWorkshop', 'designSolution', 'feedRootCause', 'submitBid'],
  FR: ['feasibility', 'install', 'acceptance', 'workTicket', 'orderParts'],
};
/** Never suggested to a beginner: moves that throw work away or are answers to a card. */
const NOT_FOR_A_FIRST_MOVE = new Set(['endWeek', 'chooseCard', 'dropLead', 'abandon', 'blacklist', 'writeOff', 'legalAction']);

/** The engine functions the guide uses (src/engine/index.ts), passed in by the app. */
export interface GuideEngine {
  candidateActions: typeof candidateActions;
  validate: typeof validate;
  actionCost: typeof actionCost;
  /** src/ui/focus.ts: whether an action is about no particular item, and the customer token prefix. */
  isGeneral: (a: Action) => boolean;
  customerPrefix: string;
}

export interface Suggestion {
  action: Action;
  /** The pipeline token to select first (its chip's data-token), or null for a general action. */
  token: string | null;
}

/** The pipeline token whose selection brings this action into the action panel. */
export function tokenFor(eng: GuideEngine, state: GameState, a: Action): string | null {
  if (eng.isGeneral(a)) return null;
  const p = a as unknown as Record<string, unknown>;
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  const lead = str('lead');
  if (lead) return lead;
  const opp = str('opportunity');
  if (opp) return state.opportunities[opp]?.lead ?? null;
  const order = str('order');
  if (order) {
    const contract = state.contracts[state.orders[order]?.contract ?? ''];
    return contract ? (state.opportunities[contract.opportunity]?.lead ?? null) : null;
  }
  const invoice = str('invoice');
  if (invoice) return invoice;
  const ticket = str('ticket');
  if (ticket) return ticket;
  const customer = str('customer');
  return customer ? eng.customerPrefix + customer : null;
}

/** The move the guide asks for, or null when the role has nothing it can do right now. */
export function suggest(eng: GuideEngine, sc: Scenario, state: GameState, role: Role): Suggestion | null {
  const order = TEACHING_ORDER[role];
  const rank = (a: Action) => {
    const i = order.indexOf(a.kind);
    return i < 0 ? order.length : i;
  };
  const possible = eng
    .candidateActions(sc, state, role)
    .filter((a) => !NOT_FOR_A_FIRST_MOVE.has(a.kind) && eng.validate(sc, state, a, true) === null)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i);
  const first = possible[0]?.a;
  return first ? { action: first, token: tokenFor(eng, state, first) } : null;
}

/** How many of the log's actions from `from` on are a move by `role` (not the end of a week). */
export function movesSince(log: readonly Action[], from: number, role: Role): number {
  let n = 0;
  for (let i = from; i < log.length; i++) {
    const a = log[i]!;
    if (a.kind !== 'endWeek' && 'role' in a && a.role === role) n++;
  }
  return n;
}
