import { describe, expect, it } from 'vitest';
import { ASSUMED_RIVAL_STRENGTH, bidInTime, estimateBid, playerView, DISCOUNT_MENU, type GameEvent, type GameState } from '../../src/engine/index.ts';
import { lossFactors } from '../../src/engine/rules/position.ts';
import { act, champion, clone, newGame, openOpportunity, positionOf, revealPains, runUntil, seeds, type Overrides } from './rules/fixture.ts';

function world(o: Overrides = {}) {
  const { sc, state } = newGame(o);
  const opp = openOpportunity(sc, state, 'acme-meters');
  return { sc, state, opp };
}

describe('bid estimate (from the player view only)', () => {
  it('lists every discount with price, cost, margin, budget status and win chance', () => {
    const { sc, state, opp } = world();
    const est = estimateBid(playerView(sc, state, 'SR'), opp)!;
    expect(est.options.map((x) => x.discountBp)).toEqual([...DISCOUNT_MENU]);
    // 10 meters at 10 000 list, cost 6 000 each + logistics 2 000 + 1 crew day 1 000
    expect(est.list).toBe(100_000);
    expect(est.cost).toBe(63_000);
    expect(est.budget).toBeNull();
    const atList = est.options[0]!;
    expect(atList).toMatchObject({ price: 100_000, margin: 37_000, marginBp: 3700, budget: 'unknown' });
    // A deeper discount never lowers the estimated chance.
    for (let i = 1; i < est.options.length; i++) expect(est.options[i]!.winChanceBp).toBeGreaterThanOrEqual(est.options[i - 1]!.winChanceBp);
  });

  it('reads no hidden state: changing what the team does not know changes nothing', () => {
    const { sc, state, opp } = world();
    const before = estimateBid(playerView(sc, state, 'SR'), opp);
    const other: GameState = clone(state);
    const lead = other.leads[other.opportunities[opp]!.lead]!;
    lead.budget = 1; // hidden until discovery
    lead.junk = 'noFit';
    other.budgetCutBp = Object.fromEntries(Object.keys(other.budgetCutBp).map((k) => [k, 5000]));
    other.customers['acme']!.painsRevealed = []; // none found yet either way
    expect(estimateBid(playerView(sc, other, 'SR'), opp)).toEqual(before);
    // The rival's strength is hidden too: the estimate assumes a seasoned rival whatever it is.
    const weak = newGame({ competitor: { rival: { strength: 1 } } });
    const weakOpp = openOpportunity(weak.sc, weak.state, 'acme-meters');
    expect(estimateBid(playerView(weak.sc, weak.state, 'SR'), weakOpp)).toEqual(before);
    // …while what the team knows does move it.
    champion(other, 'acme');
    expect(estimateBid(playerView(sc, other, 'SR'), opp)).not.toEqual(before);
  });

  it('equals the customer’s true chance when the team knows everything that matters', () => {
    for (const aggressive of [false, true]) {
      const { sc, state, opp } = world({ competitor: { rival: { aggressive, strength: ASSUMED_RIVAL_STRENGTH } }, lead: { 'acme-meters': { budget: 90_000 } } });
      champion(state, 'acme', 40);
      revealPains(sc, state, 'acme');
      state.opportunities[opp]!.budgetKnown = true;
      act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: ['FR'] });
      const est = estimateBid(playerView(sc, state, 'SR'), opp)!;
      expect(est.budget).toBe(90_000);
      expect(est.options[0]!.budget).toBe('over');
      expect(est.options.at(-1)!.budget).toBe('inside');
      for (const o of est.options) {
        const truth = positionOf(sc, state, opp, o.price);
        expect(o.winChanceBp).toBe(truth.winChanceBp);
        expect(o.position).toEqual(truth);
      }
    }
  });

  it('says the budget is unknown rather than using it', () => {
    const { sc, state, opp } = world({ lead: { 'acme-meters': { budget: 10_000 } } });
    const est = estimateBid(playerView(sc, state, 'SR'), opp)!;
    expect(est.options.every((o) => o.budget === 'unknown' && !o.position.overBudget)).toBe(true);
  });
});

describe('why a bid lost (lossFactors)', () => {
  it('puts over budget first, then the weakest terms by weight, at most three', () => {
    const { sc, state, opp } = world({ lead: { 'acme-meters': { budget: 50_000 } } });
    const p = positionOf(sc, state, opp, 100_000);
    const f = lossFactors(p, false);
    expect(f[0]).toBe('overBudget');
    expect(f.length).toBeLessThanOrEqual(3);
    expect(f.slice(1)).toEqual(expect.arrayContaining(['relationship']));
  });

  it('names a cheaper rival and the missing FR plan when those are the gaps', () => {
    const { sc, state, opp } = world({ lead: { 'acme-meters': { budget: 200_000 } } });
    champion(state, 'acme');
    revealPains(sc, state, 'acme');
    state.opportunities[opp]!.solutionFit = 100;
    const p = positionOf(sc, state, opp, 100_000);
    expect([...lossFactors(p, false)].sort()).toEqual(['noFrPlan', 'rivalPrice']);
  });

  it('the engine puts them in the bidLost event', () => {
    let lost: GameEvent | undefined;
    for (const seed of seeds(30)) {
      const { sc, state } = newGame({ lead: { 'acme-meters': { budget: 50_000 } } }, seed);
      const opp = openOpportunity(sc, state, 'acme-meters');
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
      const ev = runUntil(sc, state, () => !['open', 'bidding'].includes(state.opportunities[opp]!.status));
      lost = ev.find((e) => e.type === 'bidLost');
      if (lost) break;
    }
    expect(lost).toBeDefined();
    expect(lost!.factors).toMatch(/^overBudget(\+\w+){0,2}$/);
    expect(lost!.cheapest).toBe('rival');
  });
});

describe('bid approval timing', () => {
  it('predicts the day the engine says the bid clears approval', () => {
    for (const discountBp of DISCOUNT_MENU) {
      const { sc, state, opp } = world();
      const est = estimateBid(playerView(sc, state, 'SR'), opp)!.options.find((o) => o.discountBp === discountBp)!;
      const predicted = bidInTime(state.week, state.daysUsed.SR + 1, state.opportunities[opp]!.deadlineWeek, est.approvalHalfDays);
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp });
      expect(state.opportunities[opp]!.bid!.readyDay).toBe(predicted.readyDay);
      expect(state.opportunities[opp]!.bid!.halfDays).toBe(est.approvalHalfDays);
    }
  });
});
