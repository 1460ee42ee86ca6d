/**
 * 智慧小玄, the coach: the next best actions for a role, computed from the PLAYER VIEW
 * only (never the game state), by the engine's own rules and the par bot's policy.
 *
 * 1. A belief state is built from the view (`belief.ts`): hidden fields set to what the
 *    player can infer.
 * 2. The par bot (`iron-triangle`, src/bots) plays the role's turn on that belief: each
 *    action it proposes is checked by the engine (`validate`, with the days it costs
 *    taken off the belief), so the coach never suggests what the rules would refuse.
 *    What the player already did this week (their own actions, which they know) is
 *    matched first, so the bot takes up its plan where the player is.
 * 3. Look-ahead (`foresight.ts`): work on a deal that finance will veto when it is won
 *    (the customer's credit limit, once a credit check has shown it) is not suggested.
 *    A bid's price is weighed on the team's own estimate: a price with a better expected
 *    margin is offered as the second choice (`addBidAlternatives`).
 * 4. Each suggestion gets a reason in the seed's words with the numbers the player can
 *    see; a bid's reason is the team's own estimate of price, margin and win chance
 *    (engine/estimate.ts) — the look-ahead a real team would do before committing.
 *
 * Deterministic: the same view (and week's actions) always gives the same advice. The
 * bot's dice (it picks a marketing activity by die, like par) are seeded by the week and
 * role, never by the game's seed.
 */
import type { Scenario } from '../scenario/schema.ts';
import { actionCost, bidInTime, estimateBid, validate, canonicalJson, type Action, type PlayerView, type Role, type OpportunityView } from '../engine/index.ts';
import { Dice, initialRng } from '../engine/rng.ts';
import { botByName, type BotTurn } from '../bots/index.ts';
import { beliefState } from './belief.ts';
import { financeWouldVeto } from './foresight.ts';
import { reasonFor, type CoachReason } from './reasons.ts';

export type { CoachReason };
export { REASON_CODES } from './reasons.ts';

export interface Advice {
  /** The action to take; `endWeek` means "end your turn": nothing better is left this week. */
  action: Action;
  reason: CoachReason;
  /** Days each role would spend. */
  days: Partial<Record<Role, number>>;
}

export interface AdviseOptions {
  /** The role's own actions earlier this week (the player knows what they did). */
  doneThisWeek?: readonly Action[];
  /** How many suggestions at most (default 3). */
  max?: number;
}

const PAR = botByName('iron-triangle')!;
const MAX_STEPS = 120;

/** Two actions are the same move; marketing is one move a week whatever the die picked. */
function same(a: Action, b: Action): boolean {
  if (a.kind === 'marketing' && b.kind === 'marketing') return true;
  return canonicalJson(a) === canonicalJson(b);
}

const isOpen = (o: OpportunityView) => o.status === 'open' || o.status === 'bidding';
const byDeadline = (a: OpportunityView, b: OpportunityView) => a.deadlineWeek - b.deadlineWeek || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The deepest discount a rep may give without escalation (par's own limit). */
const REP_LIMIT_BP = 2000;

/**
 * Look-ahead on a bid: the team's estimate (engine/estimate.ts, from the view) of every
 * price on the menu. When another price that clears approval in time promises a larger
 * expected margin (win chance × margin) than par's, it is offered right after par's.
 */
function addBidAlternatives(sc: Scenario, view: PlayerView, out: Advice[]): void {
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!.action;
    if (a.kind !== 'submitBid') continue;
    const est = estimateBid(view, a.opportunity);
    const o = view.opportunities.find((x) => x.id === a.opportunity);
    if (!est || !o) continue;
    const srUsed = sc.company.days.SR - view.daysLeft.SR + (out[i]!.days.SR ?? 0);
    const value = (x: (typeof est.options)[number]) => Math.floor((x.winChanceBp * x.margin) / 10000);
    const ok = est.options.filter((x) => x.discountBp <= REP_LIMIT_BP && x.margin > 0 && bidInTime(view.week, srUsed, o.deadlineWeek, x.approvalHalfDays).inTime);
    const chosen = est.options.find((x) => x.discountBp === a.discountBp);
    const best = ok.reduce<(typeof ok)[number] | null>((b, x) => (!b || value(x) > value(b) ? x : b), null);
    if (!best || !chosen || best.discountBp === a.discountBp || value(best) <= value(chosen)) continue;
    out.splice(i + 1, 0, {
      action: { ...a, discountBp: best.discountBp },
      reason: { code: 'bidAlternative', params: { priceYuan: best.price, discountBp: best.discountBp, marginYuan: best.margin, chanceBp: best.winChanceBp, expectedYuan: value(best), parExpectedYuan: value(chosen) } },
      days: out[i]!.days,
    });
    i++;
  }
}

/**
 * Look-ahead on a bid's timing: a price chosen before the customer's budget is known is
 * a guess (par then prices near the cheapest rival), and the budget is what AR's
 * discovery brings in. While the same bid, made first thing next week, would still
 * clear approval by the deadline, the coach does not suggest it yet.
 */
function budgetWorthWaitingFor(sc: Scenario, view: PlayerView, a: Action): boolean {
  if (a.kind !== 'submitBid') return false;
  const o = view.opportunities.find((x) => x.id === a.opportunity);
  if (!o || o.budget !== null) return false;
  const option = estimateBid(view, o.id)?.options.find((x) => x.discountBp === a.discountBp);
  // SR's first day next week: a bid due is the first thing SR does, and par's AR asks SR
  // along on visits only with the days its due bids leave (bots/team.ts spareDays).
  return option !== undefined && bidInTime(view.week + 1, 1, o.deadlineWeek, option.approvalHalfDays).inTime;
}

/** The coach's suggestions for `role`, best first (at least one: "end your turn" when nothing is left). */
export function advise(sc: Scenario, view: PlayerView, role: Role, opts: AdviseOptions = {}): Advice[] {
  if (view.finished) return [];
  const max = Math.max(1, opts.max ?? 3);
  const belief = beliefState(sc, view);
  const done = (opts.doneThisWeek ?? []).filter((a) => 'role' in a && a.role === role);
  const matched = done.map(() => false);
  const open = view.opportunities.filter(isOpen).sort(byDeadline);
  const turn: BotTurn = {
    role,
    // The coach advises one player; it assumes nothing about who holds the other roles.
    humans: new Set<Role>(),
    dice: new Dice(initialRng(`coach/${view.week}/${role}`)),
    view: () => view,
    legal: () => [],
    daysLeft: (r: Role = role) => Math.max(0, sc.company.days[r] - belief.daysUsed[r]),
    customer: (id) => view.customers.find((c) => c.id === id)!,
    opportunity: (id) => view.opportunities.find((o) => o.id === id)!,
    openOpportunities: () => open,
    cardOptions: (id) =>
      view.pendingCards.some((c) => c.id === id) ? (sc.cards.find((c) => c.id === id && c.role === role)?.options.map((o) => ({ id: o.id, effects: o.effects })) ?? []) : [],
  };
  const out: Advice[] = [];
  const gen = PAR.turn(turn);
  let step = gen.next();
  for (let i = 0; !step.done && i < MAX_STEPS && out.length < max; i++) {
    const a = step.value;
    if (a.kind === 'endWeek') break;
    const j = done.findIndex((d, k) => !matched[k] && same(d, a));
    if (j >= 0) {
      matched[j] = true; // already done this week: the plan goes on from there
      step = gen.next(true);
      continue;
    }
    if (out.some((x) => same(x.action, a)) || validate(sc, belief, a, true) !== null || financeWouldVeto(sc, belief, view, a) || budgetWorthWaitingFor(sc, view, a)) {
      step = gen.next(false);
      continue;
    }
    const days = actionCost(sc, belief, a);
    out.push({ action: a, reason: reasonFor(sc, view, a, belief), days });
    for (const r in days) belief.daysUsed[r as Role] += days[r as Role]!;
    step = gen.next(true);
  }
  gen.return(undefined);
  addBidAlternatives(sc, view, out);
  if (out.length > max) out.length = max;
  if (out.length === 0) out.push({ action: { kind: 'endWeek' }, reason: { code: 'endTurn', params: { days: view.daysLeft[role] } }, days: {} });
  return out;
}
