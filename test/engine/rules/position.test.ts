import { describe, expect, it } from 'vitest';
import {
  AGGRESSIVE_CUT_BP, DELIVERY_CREDIBILITY, MET_FR_DELIVERY, MET_SR_FIT, TERMS_PRESETS, termsCompliant, termsScore, WEIGHTS, type TermsNorm,
} from '../../../src/engine/rules/position.ts';
import type { Position } from '../../../src/engine/rules/position.ts';
import type { Terms } from '../../../src/engine/index.ts';
import {
  act, ADVANCE, champion, endWeek, LOOSE, newGame, openOpportunity, positionOf, PREPAID, revealPains, runUntil, seeds, STANDARD, type Overrides,
} from './fixture.ts';

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

describe('meeting the people who will deliver (the Sudan lesson)', () => {
  it('a visit FR joined makes the delivery date believable; one SR joined makes the solution trusted', () => {
    const alone = acmeOpp();
    act(alone.sc, alone.state, { kind: 'visit', role: 'AR', opportunity: alone.opp, stakeholder: 'boss', with: [] });
    const withFr = acmeOpp();
    act(withFr.sc, withFr.state, { kind: 'visit', role: 'AR', opportunity: withFr.opp, stakeholder: 'boss', with: ['FR'] });
    const withSr = acmeOpp();
    act(withSr.sc, withSr.state, { kind: 'visit', role: 'AR', opportunity: withSr.opp, stakeholder: 'boss', with: ['SR'] });
    const p0 = positionOf(alone.sc, alone.state, alone.opp, 100_000);
    const pf = positionOf(withFr.sc, withFr.state, withFr.opp, 100_000);
    const ps = positionOf(withSr.sc, withSr.state, withSr.opp, 100_000);
    expect(withFr.state.opportunities[withFr.opp]).toMatchObject({ frVisits: 1, srVisits: 0 });
    expect(withSr.state.opportunities[withSr.opp]).toMatchObject({ frVisits: 0, srVisits: 1 });
    expect(pf.delivery - p0.delivery).toBe(MET_FR_DELIVERY);
    expect(pf.fit).toBe(p0.fit);
    expect(ps.fit - p0.fit).toBe(MET_SR_FIT);
    expect(ps.delivery).toBe(p0.delivery);
    expect(pf.winChanceBp).toBeGreaterThan(p0.winChanceBp);
    expect(ps.winChanceBp).toBeGreaterThan(p0.winChanceBp);
  });
});

describe('position', () => {
  it('computes each term as documented and weighs them into our score', () => {
    const { sc, state, opp } = acmeOpp();
    const p = positionOf(sc, state, opp, 100_000);
    // all stakeholders at 0 → relationship 50; no pains known → needs 0; list price fit 30
    // rival quotes 95% of 100 000; we ask 100 000 = budget → price 50 + trunc(−5000·300/95000) = 35
    // no FR plan, satisfaction 60 → +2; standard terms (net 30, no advance) are acme's norm (net 30) → 50
    expect(p).toMatchObject({
      relationship: 50, needs: 0, fit: 30, price: 35, delivery: DELIVERY_CREDIBILITY.withoutFr + 2, terms: 50, overBudget: false, compliant: true,
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

  it('customer-friendly payment terms please the customer; an advance it allows still costs position', () => {
    // acme's tender: any advance allowed, net 30
    const { sc, state, opp } = acmeOpp();
    const withTerms = (terms: Terms) => {
      state.opportunities[opp]!.terms = { ...terms };
      return positionOf(sc, state, opp, 100_000);
    };
    const standard = withTerms(STANDARD);
    const loose = withTerms(LOOSE);
    const advance = withTerms(ADVANCE);
    const prepaid = withTerms(PREPAID);
    for (const p of [standard, loose, advance, prepaid]) expect(p.compliant).toBe(true);
    const norm = sc.customers.find((c) => c.id === 'acme')!.terms;
    for (const [p, t] of [[standard, STANDARD], [loose, LOOSE], [advance, ADVANCE], [prepaid, PREPAID]] as const) expect(p.terms).toBe(termsScore(t, norm));
    expect(standard.terms).toBe(50); // the norm itself: what the competitors offer
    expect(loose.terms).toBeGreaterThan(standard.terms);
    expect(advance.terms).toBeLessThan(standard.terms);
    expect(prepaid.terms).toBeLessThan(advance.terms);
    expect(loose.winChanceBp).toBeGreaterThan(standard.winChanceBp);
    expect(advance.winChanceBp).toBeLessThan(standard.winChanceBp);
    expect(prepaid.winChanceBp).toBeLessThan(advance.winChanceBp);
    expect(prepaid.winChanceBp).toBeGreaterThan(0); // allowed, so still in the race
    // only the terms moved: every other part of the position is the same
    const rest = ({ relationship, needs, fit, price, delivery }: Position) => ({ relationship, needs, fit, price, delivery });
    for (const p of [loose, advance, prepaid]) expect(rest(p)).toEqual(rest(standard));
  });

  it('the same terms score worse with a buyer whose norm is longer credit, better with one used to paying sooner', () => {
    const at = (netDays: number) => {
      const { sc, state, opp } = acmeOpp({ customer: { acme: { terms: { maxAdvanceBp: 10000, netDays } } } });
      return positionOf(sc, state, opp, 100_000);
    };
    const usual = at(30);
    const generous = at(90);
    const strict = at(0);
    expect(generous.terms).toBeLessThan(usual.terms);
    expect(strict.terms).toBeGreaterThan(usual.terms);
    expect(generous.winChanceBp).toBeLessThan(usual.winChanceBp);
    expect(strict.winChanceBp).toBeGreaterThan(usual.winChanceBp);
  });

  it('terms asking more advance than the tender allows are non-compliant: no chance at all, however strong the rest', () => {
    const { sc, state, opp } = acmeOpp({ customer: { acme: { terms: { maxAdvanceBp: ADVANCE.advanceBp, netDays: 30 } } } });
    champion(state, 'acme', 100);
    revealPains(sc, state, 'acme');
    act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
    act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
    const o = state.opportunities[opp]!;
    o.terms = { ...ADVANCE }; // exactly the most it allows
    const allowed = positionOf(sc, state, opp, 70_000);
    expect(allowed.compliant).toBe(true);
    expect(allowed.winChanceBp).toBeGreaterThan(5000);
    o.terms = { ...PREPAID }; // more than it allows
    const over = positionOf(sc, state, opp, 70_000);
    expect(over.compliant).toBe(false);
    expect(over.winChanceBp).toBe(0);
    expect(over.ours).toBeGreaterThan(0); // the evaluation still scores us; the clause disqualifies
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

describe('terms against the buyer’s norm', () => {
  const norm = (netDays: number, maxAdvanceBp = 10000): TermsNorm => ({ maxAdvanceBp, netDays });
  /** Off-menu terms are fine here: termsScore is a pure function of the terms and the norm. */
  const terms = (advanceBp: number, netDays: number, retentionBp = 0): Terms => ({
    advanceBp, deliveryBp: 10000 - advanceBp - retentionBp, acceptanceBp: 0, retentionBp, netDays,
  });

  it('terms equal to the norm score 50, like the competitors', () => {
    for (const d of [0, 30, 45, 90]) expect(termsScore(terms(0, d), norm(d))).toBe(50);
  });

  it('longer net days than the norm raise the score, shorter lower it, within bounds', () => {
    const n = norm(30);
    const scores = [0, 10, 30, 50, 60, 90, 180].map((d) => termsScore(terms(0, d), n));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1]!);
    expect(termsScore(terms(0, 60), n)).toBeGreaterThan(50);
    expect(termsScore(terms(0, 0), n)).toBeLessThan(50);
  });

  it('every point of advance lowers the score, whatever the buyer tolerates', () => {
    for (const tolerance of [0, 3000, 10000]) {
      const n = norm(30, tolerance);
      const scores = [0, 1000, 3000, 5000, 10000].map((a) => termsScore(terms(a, 30), n));
      for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
      // the tolerance decides compliance, not the score
      expect(termsScore(terms(3000, 30), n)).toBe(termsScore(terms(3000, 30), norm(30)));
    }
  });

  it('money held back until acceptance (retention) pleases the buyer', () => {
    expect(termsScore(terms(0, 30, 1000), norm(30))).toBeGreaterThan(termsScore(terms(0, 30), norm(30)));
  });

  it('stays an integer within 0–100 for every offer and norm', () => {
    for (const t of [...Object.values(TERMS_PRESETS), terms(10000, 180), terms(0, 180, 10000), terms(10000, 0)]) {
      for (const n of [norm(0), norm(30), norm(180), norm(30, 0)]) {
        const x = termsScore(t, n);
        expect(Number.isInteger(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(100);
      }
    }
  });

  it('is compliant exactly when the advance is at most what the tender allows', () => {
    expect(termsCompliant(STANDARD, norm(30, 0))).toBe(true);
    expect(termsCompliant(LOOSE, norm(30, 0))).toBe(true);
    expect(termsCompliant(ADVANCE, norm(30, 0))).toBe(false);
    expect(termsCompliant(ADVANCE, norm(30, ADVANCE.advanceBp - 1))).toBe(false);
    expect(termsCompliant(ADVANCE, norm(30, ADVANCE.advanceBp))).toBe(true);
    expect(termsCompliant(PREPAID, norm(30, ADVANCE.advanceBp))).toBe(false);
    expect(termsCompliant(PREPAID, norm(30, 10000))).toBe(true);
    // net days never make terms non-compliant
    expect(termsCompliant(terms(0, 180), norm(0, 0))).toBe(true);
  });
});
