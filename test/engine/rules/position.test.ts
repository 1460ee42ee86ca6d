import { describe, expect, it } from 'vitest';
import { AGGRESSIVE_CUT_BP, DELIVERY_CREDIBILITY, WEIGHTS } from '../../../src/engine/rules/position.ts';
import type { Position } from '../../../src/engine/rules/position.ts';
import { act, champion, endWeek, newGame, openOpportunity, positionOf, revealPains, runUntil, seeds, type Overrides } from './fixture.ts';

/** Our score from the terms, with the engine's weights (the weights may be retuned; the terms may not vanish). */
const weighted = (p: Position, price = p.price) =>
  Math.floor(
    (p.relationship * WEIGHTS.relationship + p.needs * WEIGHTS.needs + p.fit * WEIGHTS.fit + price * WEIGHTS.price +
      p.delivery * WEIGHTS.delivery + p.terms * WEIGHTS.terms) / 100,
  );

function acmeOpp(o: Overrides = {}, seed?: string) {
  const { sc, state } = newGame(o, seed);
  const opp = openOpportunity(sc, state, 'acme-meters');
  return { sc, state, opp };
}

describe('position', () => {
  it('computes each term as documented and weighs them into our score', () => {
    const { sc, state, opp } = acmeOpp();
    const p = positionOf(sc, state, opp, 100_000);
    // all stakeholders at 0 → relationship 50; no pains known → needs 0; list price fit 30
    // rival quotes 95% of 100 000; we ask 100 000 = budget → price 50 + trunc(−5000·300/95000) = 35
    // no FR plan, satisfaction 60 → +2; standard terms (net 30) → 50 + 15 = 65
    expect(p).toMatchObject({
      relationship: 50, needs: 0, fit: 30, price: 35, delivery: DELIVERY_CREDIBILITY.withoutFr + 2, terms: 65, overBudget: false,
    });
    expect(WEIGHTS.relationship + WEIGHTS.needs + WEIGHTS.fit + WEIGHTS.price + WEIGHTS.delivery + WEIGHTS.terms).toBe(100);
    expect(p.ours).toBe(weighted(p));
    expect(p.competitors).toEqual([{ id: 'rival', price: 95_000, score: 40 }]);
    expect(p.winChanceBp).toBeGreaterThan(0);
    expect(p.winChanceBp).toBeLessThan(10000);
    // the odds depend on our score and the rivals' strength only
    const again = positionOf(sc, state, opp, 100_000);
    expect(again.winChanceBp).toBe(p.winChanceBp);
  });

  it('weighs relationships by influence and ignores stakeholders who left', () => {
    const { sc, state, opp } = acmeOpp();
    state.customers.acme!.stakeholders.boss!.support = 100; // influence 8
    const bossOnly = positionOf(sc, state, opp, 100_000).relationship;
    state.customers.acme!.stakeholders.boss!.support = 0;
    state.customers.acme!.stakeholders.buyer!.support = 100; // influence 4
    const buyerOnly = positionOf(sc, state, opp, 100_000).relationship;
    expect(bossOnly).toBe(Math.floor((8 * 200 + 6 * 100 + 4 * 100) / 36));
    expect(buyerOnly).toBe(Math.floor((8 * 100 + 6 * 100 + 4 * 200) / 36));
    expect(bossOnly).toBeGreaterThan(buyerOnly);
    // the hostile engineer leaves: he no longer drags the score down
    state.customers.acme!.stakeholders.eng!.support = -100;
    const withEng = positionOf(sc, state, opp, 100_000).relationship;
    state.customers.acme!.stakeholders.eng!.present = false;
    expect(positionOf(sc, state, opp, 100_000).relationship).toBeGreaterThan(withEng);
  });

  it('known needs, a designed solution and FR’s plan each raise our score', () => {
    const { sc, state, opp } = acmeOpp();
    const base = positionOf(sc, state, opp, 100_000);
    revealPains(sc, state, 'acme');
    const needs = positionOf(sc, state, opp, 100_000);
    expect(needs.needs).toBe(100);
    expect(needs.ours).toBeGreaterThan(base.ours);
    act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
    const fit = positionOf(sc, state, opp, 100_000);
    expect(fit.fit).toBe(100);
    expect(fit.ours).toBeGreaterThan(needs.ours);
    act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
    const fr = positionOf(sc, state, opp, 100_000);
    expect(fr.delivery).toBe(DELIVERY_CREDIBILITY.withFr + 2);
    expect(fr.ours).toBeGreaterThan(fit.ours);
    expect(fr.winChanceBp).toBeGreaterThan(base.winChanceBp);
  });

  it('past late deliveries and low satisfaction undermine delivery credibility', () => {
    const { sc, state, opp } = acmeOpp();
    const d0 = positionOf(sc, state, opp, 100_000).delivery;
    state.customers.acme!.lateDeliveries = 2;
    expect(positionOf(sc, state, opp, 100_000).delivery).toBe(d0 - 20);
    state.customers.acme!.satisfaction = 10;
    expect(positionOf(sc, state, opp, 100_000).delivery).toBe(Math.max(0, DELIVERY_CREDIBILITY.withoutFr - 20 - 8));
  });

  it('a cheaper price than the rival scores better, within the budget', () => {
    const { sc, state, opp } = acmeOpp();
    const dear = positionOf(sc, state, opp, 100_000);
    const cheap = positionOf(sc, state, opp, 85_000);
    expect(cheap.price).toBe(50 + Math.trunc((10_000 * 300) / 95_000));
    expect(cheap.winChanceBp).toBeGreaterThan(dear.winChanceBp);
    // a rival price cut erodes our price position
    state.competitorPriceBp.rival = 8000;
    expect(positionOf(sc, state, opp, 85_000).price).toBeLessThan(cheap.price);
  });

  it('an over-budget price scores 0 on price and cuts our score to a third', () => {
    const { sc, state, opp } = acmeOpp();
    champion(state, 'acme', 100);
    revealPains(sc, state, 'acme');
    const within = positionOf(sc, state, opp, 100_000);
    const over = positionOf(sc, state, opp, 100_001);
    expect(within.overBudget).toBe(false);
    expect(over.overBudget).toBe(true);
    expect(over.price).toBe(0);
    expect(over.ours).toBe(Math.floor(weighted(over, 0) / 3));
    expect(over.winChanceBp).toBeLessThan(within.winChanceBp);
  });

  it('a scripted budget cut can put a price over budget', () => {
    const { sc, state, opp } = acmeOpp();
    expect(positionOf(sc, state, opp, 95_000).overBudget).toBe(false);
    state.budgetCutBp['acme-meters'] = 1000; // budget 90 000
    expect(positionOf(sc, state, opp, 95_000).overBudget).toBe(true);
  });

  it('an over-budget bid has lower odds at the deadline than the same bid within budget', () => {
    // same seed, same play; only the discount differs (budget 95 000, list 100 000)
    const decide = (discountBp: number) => {
      const { sc, state, opp } = acmeOpp({ lead: { 'acme-meters': { budget: 95_000 } } });
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp });
      const ev = runUntil(sc, state, () => state.opportunities[opp]!.status !== 'bidding');
      return { chance: state.opportunities[opp]!.winChanceBp!, lost: ev.find((e) => e.type === 'bidLost') };
    };
    const over = decide(0);
    const within = decide(1000);
    expect(over.chance).toBeLessThan(within.chance);
    if (over.lost) expect(over.lost.overBudget).toBe(true);
  });

  it('an aggressive rival cuts its price again in the deadline week', () => {
    const calm = acmeOpp();
    const fierce = acmeOpp({ competitor: { rival: { aggressive: true } } });
    expect(positionOf(calm.sc, calm.state, calm.opp, 100_000).competitors[0]!.price).toBe(95_000);
    expect(positionOf(fierce.sc, fierce.state, fierce.opp, 100_000).competitors[0]!.price).toBe(100_000 * (9500 - AGGRESSIVE_CUT_BP) / 10000);
    expect(positionOf(fierce.sc, fierce.state, fierce.opp, 100_000).winChanceBp).toBeLessThan(
      positionOf(calm.sc, calm.state, calm.opp, 100_000).winChanceBp,
    );
  });

  it('with no named competitor we are still weighed against the status quo', () => {
    const alone = acmeOpp({ lead: { 'acme-meters': { competitors: [] } } });
    champion(alone.state, 'acme', 100);
    revealPains(alone.sc, alone.state, 'acme');
    const p = positionOf(alone.sc, alone.state, alone.opp, 100_000);
    expect(p.competitors).toEqual([]);
    // reference is our own list price: 100 000 → price score 50
    expect(p.price).toBe(50);
    expect(p.winChanceBp).toBeLessThan(10000);
    expect(p.winChanceBp).toBeGreaterThan(5000);
    // nobody else's strength matters
    const other = acmeOpp({ lead: { 'acme-meters': { competitors: [] } }, competitor: { rival: { strength: 100 } } });
    champion(other.state, 'acme', 100);
    revealPains(other.sc, other.state, 'acme');
    expect(positionOf(other.sc, other.state, other.opp, 100_000).winChanceBp).toBe(p.winChanceBp);
    // a worse position against the status quo gives worse odds
    champion(other.state, 'acme', -100);
    expect(positionOf(other.sc, other.state, other.opp, 100_000).winChanceBp).toBeLessThan(p.winChanceBp);
  });

  it('customer-friendly payment terms please the customer; an advance does not', () => {
    const { sc, state, opp } = acmeOpp();
    const withTerms = (terms: { advanceBp: number; deliveryBp: number; acceptanceBp: number; retentionBp: number; netDays: number }) => {
      state.opportunities[opp]!.terms = terms;
      return positionOf(sc, state, opp, 100_000);
    };
    const standard = withTerms({ advanceBp: 0, deliveryBp: 7000, acceptanceBp: 3000, retentionBp: 0, netDays: 30 });
    const loose = withTerms({ advanceBp: 0, deliveryBp: 4000, acceptanceBp: 4000, retentionBp: 2000, netDays: 90 });
    const advance = withTerms({ advanceBp: 3000, deliveryBp: 6000, acceptanceBp: 1000, retentionBp: 0, netDays: 30 });
    const prepaid = withTerms({ advanceBp: 10000, deliveryBp: 0, acceptanceBp: 0, retentionBp: 0, netDays: 0 });
    expect(standard.terms).toBe(65);
    expect(loose.terms).toBe(50 + 30 + 8); // net days capped at +30, retention +8
    expect(advance.terms).toBe(50 + 15 - 12);
    expect(prepaid.terms).toBe(0);
    expect(loose.winChanceBp).toBeGreaterThan(standard.winChanceBp);
    expect(advance.winChanceBp).toBeLessThan(standard.winChanceBp);
    expect(prepaid.winChanceBp).toBeLessThan(advance.winChanceBp);
  });

  it('a stronger rival lowers our odds', () => {
    const weak = acmeOpp({ competitor: { rival: { strength: 20 } } });
    const strong = acmeOpp({ competitor: { rival: { strength: 80 } } });
    expect(positionOf(strong.sc, strong.state, strong.opp, 100_000).winChanceBp).toBeLessThan(
      positionOf(weak.sc, weak.state, weak.opp, 100_000).winChanceBp,
    );
  });

  it('the decision uses the position at the deadline, not at submission', () => {
    // Same seed; in one world AR keeps visiting after the bid went out.
    const chance = (keepVisiting: boolean) => {
      const { sc, state, opp } = acmeOpp({}, seeds(1)[0]);
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
      endWeek(sc, state);
      if (keepVisiting) {
        for (const st of ['boss', 'eng', 'buyer']) act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: st, with: [] });
      }
      runUntil(sc, state, () => state.opportunities[opp]!.status !== 'bidding');
      return state.opportunities[opp]!.winChanceBp!;
    };
    expect(chance(true)).toBeGreaterThan(chance(false));
  });
});
