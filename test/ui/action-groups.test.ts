/**
 * The action panel's arrangement, without a browser: an opportunity's ~35 candidate
 * actions fold into a handful of controls; groups follow the id field an action carries,
 * so a kind the engine does not have yet lands in a sensible group; the week's summary
 * tells only that week, and what changed is what moved.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { candidateActions, createGame, playerView, type Action } from '../../src/engine/index.ts';
import { choiceOf, groupActions, optionKey, pickVariant } from '../../src/ui/panels/action-groups.ts';
import { Session } from '../../src/ui/session.ts';
import { attentionFor, summariseWeek } from '../../src/ui/week-summary-model.ts';

const { scenario: tutorial, contentHash } = bundled('tutorial');

/** The tutorial, played by the bots until an opportunity is open. */
function withOpportunity() {
  const session = new Session(tutorial, contentHash, 'groups', 'solo', 'FR');
  session.runBots();
  for (let i = 0; i < 6; i++) {
    const opp = Object.values(session.state.opportunities).find((o) => o.status === 'open');
    if (opp) return { s: session.state, opp };
    session.endTurn();
  }
  throw new Error('no opportunity opened');
}

describe('groupActions', () => {
  it("folds an opportunity's variants into one control per kind", () => {
    const { s, opp } = withOpportunity();
    const all = candidateActions(tutorial, s, 'AR');
    const mine = all.filter((a) => (a as { opportunity?: string }).opportunity === opp.id);
    expect(mine.length).toBeGreaterThan(20);
    const g = groupActions(all).find((x) => x.field === 'opportunity' && x.object === opp.id)!;
    expect(g.purpose).toBe('win');
    expect(g.controls.map((c) => c.kind).sort()).toEqual(['abandon', 'discover', 'setTerms', 'visit']);
    const visit = g.controls.find((c) => c.kind === 'visit')!;
    expect(visit.options.sort()).toEqual(['stakeholder', 'with']);
    expect(visit.variants.length).toBe(mine.filter((a) => a.kind === 'visit').length);
    expect(g.controls.find((c) => c.kind === 'setTerms')!.options.sort()).toEqual(['insured', 'terms']);
    expect(g.controls.find((c) => c.kind === 'discover')!.options).toEqual([]);
  });

  it('picks the variant a choice describes; companions in any order', () => {
    const { s } = withOpportunity();
    const visit = groupActions(candidateActions(tutorial, s, 'AR')).flatMap((g) => g.controls).find((c) => c.kind === 'visit')!;
    const both = visit.variants.find((v) => v.kind === 'visit' && v.with.length === 2)!;
    const choice = choiceOf(visit, both);
    expect(pickVariant(visit, { ...choice, with: optionKey(['FR', 'SR']) })).toBe(both);
    expect(pickVariant(visit, { ...choice, with: optionKey(['XX']) })).toBeNull();
  });

  it('keeps different marketing activities apart, and parts quantities together', () => {
    const s = createGame(tutorial, 'groups');
    const ar = groupActions(candidateActions(tutorial, s, 'AR'));
    const market = ar.filter((g) => g.purpose === 'market');
    const customer = market.find((g) => g.field === 'customer')!;
    expect(customer.controls.map((c) => c.kind)).toEqual(['marketing', 'marketing']);
    expect(market.find((g) => g.field === 'none')!.controls).toHaveLength(2); // seminar, exhibition
    const fr = groupActions(candidateActions(tutorial, s, 'FR'));
    const parts = fr.flatMap((g) => g.controls).filter((c) => c.kind === 'orderParts');
    expect(parts).toHaveLength(1);
    expect(parts[0]!.options).toEqual(['qty']);
  });

  it('places kinds it has never heard of by the id field they carry', () => {
    const fake = (x: Record<string, unknown>) => x as unknown as Action;
    const groups = groupActions([
      fake({ kind: 'techExchange', role: 'SR', opportunity: 'o1', stakeholder: 'a' }),
      fake({ kind: 'techExchange', role: 'SR', opportunity: 'o1', stakeholder: 'b' }),
      fake({ kind: 'prePlan', role: 'FR', order: 'ord1' }),
      fake({ kind: 'capacityPlan', role: 'FR' }),
      fake({ kind: 'chooseCard', role: 'FR', card: 'c', option: 'x' }),
    ]);
    expect(groups.map((g) => `${g.purpose}:${g.field}`)).toEqual(['win:opportunity', 'deliver:order', 'general:none']);
    expect(groups[0]!.controls).toHaveLength(1);
    expect(groups[0]!.controls[0]!.options).toEqual(['stakeholder']);
  });
});

describe('summariseWeek', () => {
  it("tells that week's lines only, the KPIs that moved, and what is due, from the player's view", () => {
    const session = new Session(tutorial, contentHash, 'summary', 'solo', 'SR');
    session.runBots();
    let told = 0;
    for (let i = 0; i < 8 && !session.state.finished; i++) {
      const week = session.state.week;
      const before = session.weekStart();
      session.endTurn();
      const after = session.weekStart();
      const v = playerView(tutorial, session.state, session.turn);
      const sum = summariseWeek(week, session.feed, before, after, v);
      expect(sum.week).toBe(week);
      expect(sum.next).toBe(session.state.week);
      for (const g of sum.happened) for (const f of g.items) expect(f.week).toBe(week);
      for (const c of sum.changes) expect(c.from).not.toBe(c.to);
      expect(sum.changes.some((c) => c.key === 'cash')).toBe(before.cash !== after.cash);
      expect(sum.attention).toEqual(attentionFor(v));
      told += sum.happened.length;
    }
    expect(told).toBeGreaterThan(0);
  });
});
