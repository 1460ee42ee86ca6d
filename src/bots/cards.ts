/**
 * How a bot answers a decision card (决策卡). A rule never names a card: it values each
 * option by the effects its label spells out (`BotTurn.cardOptions`) and takes the best,
 * the first option on a tie.
 *
 * Points: 1 point ≈ 5,000 yuan of cash. The other effects are converted by each rule's
 * weights (`CARD_RULES`):
 * - `cash` per 5,000 yuan;
 * - `support` per point of a stakeholder's support × their influence / 10 (a stakeholder
 *   who leaves costs their current support that way);
 * - `satisfaction` per point of a customer's satisfaction;
 * - `capacity` per unit of weekly factory capacity, for every week left in the game;
 * - `quality` per basis point of defect rate, for every week left (counted as a cost);
 * - `day` per role-day lost (delta × weeks);
 * - a rival's price cut and a budget cut cost their basis points / 100 as cash points, a
 *   downturn its cash-position change as cash points;
 * - payment terms: every 10 net days beyond the usual 30 cost a cash point, every 10% of
 *   advance earns one; a credit grade is worth 10 cash points (better = more room to
 *   sign); a scripted lead 10 cash points (a chance of business); a scripted ticket costs
 *   the satisfaction a defect costs (4) and the FR day to work it.
 *
 * The rules:
 * - `longTerm` (iron triangle): weighs what lasts — support, satisfaction, capacity and
 *   quality over the weeks left — against cash.
 * - `shortTerm` (siloed): grabs cash now and spares its own effort (a day of work weighs
 *   20,000 yuan); relationships, capacity and quality do not count.
 * - `goodwill` (greedy-discount): buys the customer's favour — support and satisfaction
 *   count fully, cash a fifth, capacity and quality little.
 * - `dice`: a die picks an option. `first`: always the first option. `none`: no answer
 *   (the first option applies at the end of the week).
 */
import type { Action } from '../engine/index.ts';
import type { Effect } from '../scenario/schema.ts';
import type { BotTurn, CardOption } from './types.ts';
import type { Knobs } from './style.ts';

interface Weights { cash: number; support: number; satisfaction: number; capacity: number; quality: number; day: number }

export const CARD_RULES: Record<'longTerm' | 'shortTerm' | 'goodwill', Weights> = {
  longTerm: { cash: 1, support: 1, satisfaction: 1, capacity: 0.25, quality: 0.01, day: 0.8 },
  shortTerm: { cash: 1, support: 0, satisfaction: 0, capacity: 0, quality: 0, day: 4 },
  goodwill: { cash: 0.2, support: 1, satisfaction: 1, capacity: 0.05, quality: 0.002, day: 0.8 },
};

const YUAN_PER_POINT = 5000;

/** One effect's value under a rule, in points, as the bot sees the world now. */
function effectValue(t: BotTurn, w: Weights, e: Effect): number {
  const v = t.view();
  const weeksLeft = Math.max(0, v.weeks - v.week + 1);
  const stakeholder = (customer: string, id: string) => v.customers.find((c) => c.id === customer)?.stakeholders.find((s) => s.id === id && s.present);
  switch (e.kind) {
    case 'cash': return (w.cash * e.amount) / YUAN_PER_POINT;
    case 'support': return (w.support * e.delta * (stakeholder(e.customer, e.stakeholder)?.influence ?? 0)) / 10;
    case 'stakeholderLeaves': {
      const s = stakeholder(e.customer, e.stakeholder);
      return s ? (-w.support * s.support * s.influence) / 10 : 0;
    }
    case 'satisfaction': return w.satisfaction * e.delta;
    case 'capacity': return w.capacity * e.delta * weeksLeft;
    case 'qualityIncident': return -w.quality * e.defectRateBp * weeksLeft;
    case 'roleDays': return w.day * e.delta * e.weeks;
    case 'competitorPriceCut': return (-w.cash * e.bp) / 100;
    case 'budgetCut': return (-w.cash * e.bp) / 100;
    case 'downturn': return -w.cash * e.cashPosition;
    case 'paymentTerms': return (w.cash * ((e.split?.advanceBp ?? 0) / 1000 - ((e.netDays ?? 30) - 30) / 10));
    case 'creditRating': return w.cash * 10 * (e.delta ?? 0);
    case 'spawnLead': return w.cash * 10;
    case 'spawnTicket': return -w.satisfaction * 4 - w.day;
  }
}

/** The option a rule takes (null: leave the card to its default). */
export function cardChoice(t: BotTurn, rule: Knobs['cards'], card: { id: string; options: string[] }): string | null {
  if (rule === 'none' || card.options.length === 0) return null;
  if (rule === 'first') return card.options[0]!;
  if (rule === 'dice') return card.options[t.dice.int(card.options.length)]!;
  const w = CARD_RULES[rule];
  const known = new Map<string, CardOption>(t.cardOptions(card.id).map((o) => [o.id, o]));
  let best = card.options[0]!;
  let bestValue = -Infinity;
  for (const id of card.options) {
    const value = (known.get(id)?.effects ?? []).reduce((sum, e) => sum + effectValue(t, w, e), 0);
    if (value > bestValue) [best, bestValue] = [id, value];
  }
  return best;
}

export function* chooseCards(t: BotTurn, style: Pick<Knobs, 'cards'>): Generator<Action, void, boolean> {
  for (const card of t.view().pendingCards) {
    const option = cardChoice(t, style.cards, card);
    if (option !== null) yield { kind: 'chooseCard', role: t.role, card: card.id, option };
  }
}
