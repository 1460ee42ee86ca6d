import { describe, expect, it } from 'vitest';
import { DISCOUNT_MENU, MAX_DISCOUNT_BP, PAIN_REVEAL_BP, VISIT_SUPPORT } from '../../../src/engine/rules/opportunities.ts';
import { computeKpis } from '../../../src/engine/index.ts';
import {
  act, ADVANCE, champion, clone, contractOf, endWeek, newGame, openOpportunity, PREPAID, refused, revealPains, runUntil, seeds, STANDARD, types,
} from './fixture.ts';

import { acmeOpp, refusedUnchanged, support } from './opp-helpers.ts';

describe('visits', () => {
  it('a solo AR visit raises the stakeholder’s support and costs one AR day', () => {
    const { sc, state, opp } = acmeOpp();
    const before = support(state, 'acme', 'boss');
    const ev = act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: [] });
    expect(VISIT_SUPPORT.base).toBeGreaterThan(0);
    expect(support(state, 'acme', 'boss')).toBe(before + VISIT_SUPPORT.base);
    expect(state.customers.acme!.stakeholders.boss!.lastVisitWeek).toBe(1);
    expect(state.opportunities[opp]!.visits).toBe(1);
    expect(state.opportunities[opp]!.jointVisits).toBe(0);
    expect(state.daysUsed).toEqual({ AR: 3, SR: 0, FR: 0 });
    expect(ev.find((e) => e.type === 'visited')?.gain).toBe(VISIT_SUPPORT.base);
  });

  it('SR in the room raises a technical evaluator far more than a solo AR visit', () => {
    const solo = acmeOpp();
    act(solo.sc, solo.state, { kind: 'visit', role: 'AR', opportunity: solo.opp, stakeholder: 'eng', with: [] });
    const joint = acmeOpp();
    act(joint.sc, joint.state, { kind: 'visit', role: 'AR', opportunity: joint.opp, stakeholder: 'eng', with: ['SR'] });
    const soloGain = support(solo.state, 'acme', 'eng');
    const jointGain = support(joint.state, 'acme', 'eng');
    expect(soloGain).toBe(VISIT_SUPPORT.base);
    expect(jointGain).toBe(VISIT_SUPPORT.base + VISIT_SUPPORT.perExtraPerson + VISIT_SUPPORT.srWithTechnical);
    expect(jointGain).toBeGreaterThan(soloGain + VISIT_SUPPORT.perExtraPerson);
    expect(joint.state.daysUsed).toEqual({ AR: 3, SR: 1, FR: 0 });
    expect(joint.state.opportunities[joint.opp]!.jointVisits).toBe(1);
  });

  it('the expert bonus needs the right audience: FR convinces buyers, SR convinces engineers', () => {
    const gain = (stakeholder: string, withRoles: ('SR' | 'FR')[]) => {
      const w = acmeOpp();
      const before = support(w.state, 'acme', stakeholder);
      act(w.sc, w.state, { kind: 'visit', role: 'AR', opportunity: w.opp, stakeholder, with: withRoles });
      return support(w.state, 'acme', stakeholder) - before;
    };
    const { base, perExtraPerson: extra, srWithTechnical: sr, frWithBuyers: fr } = VISIT_SUPPORT;
    expect(sr).toBeGreaterThan(0);
    expect(fr).toBeGreaterThan(0);
    expect(gain('buyer', ['FR'])).toBe(base + extra + fr);
    expect(gain('boss', ['FR'])).toBe(base + extra + fr);
    expect(gain('buyer', ['SR'])).toBe(base + extra);
    expect(gain('eng', ['FR'])).toBe(base + extra);
    expect(gain('eng', ['SR', 'FR'])).toBe(base + 2 * extra + sr);
  });

  it('support is capped at 100', () => {
    const { sc, state, opp } = acmeOpp();
    champion(state, 'acme', 95);
    act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: [] });
    expect(support(state, 'acme', 'boss')).toBe(100);
  });

  it('a stakeholder who left cannot be visited; bad companions are refused', () => {
    const { sc, state, opp } = acmeOpp();
    state.customers.acme!.stakeholders.eng!.present = false;
    expect(refused(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'eng', with: [] }).code).toBe('stakeholderGone');
    expect(refused(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'zzz', with: [] }).code).toBe('unknownStakeholder');
    expect(refused(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: ['SR', 'SR'] }).code).toBe('badCompanions');
  });

  it('technical pains come out far more often when SR joins the visit', () => {
    let withSr = 0;
    let without = 0;
    const n = 200;
    for (const seed of seeds(n)) {
      for (const companions of [['SR'], []] as ('SR' | 'FR')[][]) {
        const { sc, state, opp } = acmeOpp(seed);
        state.customers.acme!.painsRevealed = ['accuracy']; // only the technical pain is left
        act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'eng', with: companions });
        if (state.customers.acme!.painsRevealed.includes('remote')) {
          if (companions.length) withSr++;
          else without++;
        }
      }
    }
    expect(PAIN_REVEAL_BP.technicalWithSr).toBeGreaterThan(PAIN_REVEAL_BP.technicalWithoutSr);
    expect(Math.abs(withSr / n - PAIN_REVEAL_BP.technicalWithSr / 10000)).toBeLessThan(0.1);
    expect(Math.abs(without / n - PAIN_REVEAL_BP.technicalWithoutSr / 10000)).toBeLessThan(0.1);
    expect(withSr).toBeGreaterThan(without);
  });

  it('a visit uncovers at most one pain', () => {
    for (const seed of seeds(30)) {
      const { sc, state, opp } = acmeOpp(seed);
      act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'eng', with: ['SR'] });
      expect(state.customers.acme!.painsRevealed.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('discovery', () => {
  it('needs a visit first', () => {
    const { sc, state, opp } = acmeOpp();
    expect(refused(sc, state, { kind: 'discover', role: 'AR', opportunity: opp }).code).toBe('visitFirst');
  });

  it('confirms budget and start date — for sure when the whole chain supports us', () => {
    for (const seed of seeds(20)) {
      const { sc, state, opp } = acmeOpp(seed);
      champion(state, 'acme');
      act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: [] });
      expect(state.opportunities[opp]!.budgetKnown).toBe(false);
      act(sc, state, { kind: 'discover', role: 'AR', opportunity: opp });
      expect(state.opportunities[opp]!.budgetKnown).toBe(true);
      expect(state.opportunities[opp]!.startKnown).toBe(true);
    }
  });

  it('is less likely to land with a hostile decision chain', () => {
    let hostile = 0;
    const n = 200;
    for (const seed of seeds(n)) {
      const { sc, state, opp } = acmeOpp(seed);
      champion(state, 'acme', -100);
      act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: [] });
      state.customers.acme!.painsRevealed = [];
      act(sc, state, { kind: 'discover', role: 'AR', opportunity: opp });
      if (state.opportunities[opp]!.budgetKnown) hostile++;
    }
    // relationship ≈ 0–6 → about 40–44%
    expect(hostile / n).toBeGreaterThan(0.3);
    expect(hostile / n).toBeLessThan(0.55);
  });

  it('can uncover business pains but never technical ones', () => {
    let business = 0;
    for (const seed of seeds(50)) {
      const { sc, state, opp } = acmeOpp(seed);
      act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: [] });
      state.customers.acme!.painsRevealed = [];
      act(sc, state, { kind: 'discover', role: 'AR', opportunity: opp });
      const p = state.customers.acme!.painsRevealed;
      expect(p).not.toContain('remote');
      if (p.includes('accuracy')) business++;
    }
    expect(business).toBeGreaterThan(15);
  });
});

describe('solution design', () => {
  const fitAfter = (pains: string[]) => {
    const { sc, state, opp } = acmeOpp();
    state.customers.acme!.painsRevealed = pains;
    act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
    expect(state.daysUsed.SR).toBe(2);
    expect(state.opportunities[opp]!.solutionDesigned).toBe(true);
    return state.opportunities[opp]!.solutionFit;
  };

  it('fits better the more of the customer’s pains are known', () => {
    const { state, opp } = acmeOpp();
    expect(state.opportunities[opp]!.solutionFit).toBe(30); // priced from the list
    expect(fitAfter([])).toBe(40);
    expect(fitAfter(['accuracy'])).toBe(70);
    expect(fitAfter(['accuracy', 'remote'])).toBe(100);
  });

  it('cannot change after the bid went out', () => {
    const { sc, state, opp } = acmeOpp();
    act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
    expect(refused(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp }).code).toBe('bidAlreadySubmitted');
    expect(refused(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp }).code).toBe('bidAlreadySubmitted');
    expect(refused(sc, state, { kind: 'setTerms', role: 'AR', opportunity: opp, terms: STANDARD, insured: false }).code).toBe('bidAlreadySubmitted');
    expect(refused(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 }).code).toBe('bidAlreadySubmitted');
  });
});

describe('feasibility and the promised week', () => {
  it('FR plans from the factory queue; without FR the bid promises the catalogue lead time', () => {
    const { sc, state, opp } = acmeOpp();
    const o = state.opportunities[opp]!;
    // empty factory: deadline 3 + 1 + max(lead time 1, 10/20 → 1 week) + 2
    act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
    expect(o.feasibilityWeek).toBe(7);

    const noFr = acmeOpp();
    act(noFr.sc, noFr.state, { kind: 'submitBid', role: 'SR', opportunity: noFr.opp, discountBp: 0 });
    // deadline 3 + 1 + lead time 1 + 2: the catalogue, as if the factory were empty
    expect(noFr.state.opportunities[noFr.opp]!.bid!.promisedWeek).toBe(7);

    act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
    expect(o.bid!.promisedWeek).toBe(7);
  });

  it('a loaded factory pushes FR’s realistic week out (shared capacity)', () => {
    const { sc, state, opp } = acmeOpp();
    // poke: 50 units of another order already waiting for the line (capacity 20/week)
    state.orders.busy = {
      id: 'busy', contract: 'k-busy', customer: 'beta', product: 'valve', quantity: 50, remaining: 50, readyDay: 0, halfDays: 1,
      earliestDoneWeek: 1, status: 'production', producedWeek: null, installedWeek: null, acceptedWeek: null, lateWeeks: 0, prepared: false,
    };
    act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
    // (50 + 10) / 20 = 3 weeks of queue
    expect(state.opportunities[opp]!.feasibilityWeek).toBe(3 + 1 + 3 + 2);
  });
});

describe('the bid', () => {
  it('prices list × quantity less the discount and goes out on standard terms by default', () => {
    const { sc, state, opp } = acmeOpp();
    const ev = act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 1500 });
    const o = state.opportunities[opp]!;
    expect(o.status).toBe('bidding');
    expect(o.bid!.price).toBe(85_000);
    expect(o.terms).toEqual(STANDARD);
    expect(types(ev)).toContain('bidSubmitted');
    expect(state.stats.docs).toBe(1);
  });

  it('accepts every discount on the menu, and prices it', () => {
    const { sc, state, opp } = acmeOpp();
    expect(Math.max(...DISCOUNT_MENU)).toBe(MAX_DISCOUNT_BP);
    for (const d of DISCOUNT_MENU) {
      const w = clone(state);
      act(sc, w, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: d });
      expect(w.opportunities[opp]!.bid).toMatchObject({ discountBp: d, price: (100_000 * (10000 - d)) / 10000 });
    }
  });

  it('refuses a discount that is not on the menu (discountRange), changing nothing, and bids to a blacklisted customer', () => {
    const { sc, state, opp } = acmeOpp();
    for (const d of [-1, 1, 250, 750, 2500, MAX_DISCOUNT_BP + 1, MAX_DISCOUNT_BP + 500, 5000]) {
      const r = refusedUnchanged(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: d }, 'discountRange');
      expect(r.params).toEqual({ max: MAX_DISCOUNT_BP });
    }
    expect(state.opportunities[opp]!.bid).toBeNull();
    state.customers.acme!.blacklisted = true;
    expect(refused(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 }).code).toBe('customerBlacklisted');
  });

  it('is decided in the deadline week, not before, and counts as decided', () => {
    const { sc, state, opp } = acmeOpp();
    act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
    endWeek(sc, state, 2); // weeks 1 and 2
    expect(state.opportunities[opp]!.status).toBe('bidding');
    expect(state.stats.bidsDecided).toBe(0);
    const ev = endWeek(sc, state); // week 3 = deadline
    const o = state.opportunities[opp]!;
    expect(['won', 'lost']).toContain(o.status);
    expect(state.stats.bidsDecided).toBe(1);
    expect(o.winChanceBp).toBeGreaterThan(0);
    expect(types(ev)).toContain(o.status === 'won' ? 'bidWon' : 'bidLost');
    expect(state.stats.bidsWon).toBe(o.status === 'won' ? 1 : 0);
  });

  it('the customer’s draw follows the win chance', () => {
    let won = 0;
    let chance = 0;
    const n = 200;
    for (const seed of seeds(n)) {
      const { sc, state, opp } = acmeOpp(seed);
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
      endWeek(sc, state, 3);
      const o = state.opportunities[opp]!;
      chance = o.winChanceBp!;
      if (o.status === 'won') won++;
    }
    expect(Math.abs(won / n - chance / 10000)).toBeLessThan(0.1);
  });

  it('a won bid becomes a contract to approve; a lost one does not', () => {
    for (const seed of seeds(10)) {
      const { sc, state, opp } = acmeOpp(seed);
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
      endWeek(sc, state, 3);
      const o = state.opportunities[opp]!;
      const contracts = Object.values(state.contracts);
      if (o.status === 'won') {
        expect(contracts).toHaveLength(1);
        expect(contractOf(state, opp)).toMatchObject({ status: 'approving', price: o.bid!.price, customer: 'acme', promisedWeek: o.bid!.promisedWeek });
      } else {
        expect(contracts).toHaveLength(0);
      }
    }
  });

  it('a bid asking more advance than the tender allows is disqualified, however well prepared and whatever the luck', () => {
    // beta's tender allows at most a 30% advance; prepaid terms are on the menu, so AR can offer them
    const norm = newGame().sc.customers.find((c) => c.id === 'beta')!.terms;
    expect(PREPAID.advanceBp).toBeGreaterThan(norm.maxAdvanceBp);
    for (const seed of seeds(12)) {
      const { sc, state } = newGame({}, seed);
      const opp = openOpportunity(sc, state, 'beta-valves');
      champion(state, 'beta', 100);
      revealPains(sc, state, 'beta');
      act(sc, state, { kind: 'setTerms', role: 'AR', opportunity: opp, terms: PREPAID, insured: false });
      act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
      act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: MAX_DISCOUNT_BP });
      const ev = runUntil(sc, state, () => state.opportunities[opp]!.status !== 'bidding');
      const o = state.opportunities[opp]!;
      expect(o.status).toBe('lost');
      expect(o.winChanceBp).toBe(0);
      expect(ev.filter((e) => e.type === 'bidNonCompliant')).toEqual([
        expect.objectContaining({ opportunity: opp, customer: 'beta', advanceBp: PREPAID.advanceBp, maxAdvanceBp: norm.maxAdvanceBp }),
      ]);
      expect(types(ev)).not.toContain('bidWon');
      expect(types(ev)).not.toContain('bidLost');
      expect(Object.keys(state.contracts)).toEqual([]);
      // decided and lost: it counts in the win rate
      expect(state.stats).toMatchObject({ bidsDecided: 1, bidsWon: 0 });
      expect(computeKpis(sc, state).winRate).toBe(0);
    }
  });

  it('the same bid with the advance the tender allows stays in the race and usually wins', () => {
    let won = 0;
    for (const seed of seeds(12)) {
      const { sc, state } = newGame({}, seed);
      const opp = openOpportunity(sc, state, 'beta-valves');
      champion(state, 'beta', 100);
      revealPains(sc, state, 'beta');
      act(sc, state, { kind: 'setTerms', role: 'AR', opportunity: opp, terms: ADVANCE, insured: false });
      act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
      act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: MAX_DISCOUNT_BP });
      const ev = runUntil(sc, state, () => state.opportunities[opp]!.status !== 'bidding');
      expect(types(ev)).not.toContain('bidNonCompliant');
      expect(state.opportunities[opp]!.winChanceBp).toBeGreaterThan(5000);
      if (state.opportunities[opp]!.status === 'won') won++;
    }
    expect(won).toBeGreaterThan(6);
  });

  it('no bid by the deadline: the opportunity closes without counting as decided', () => {
    const { sc, state, opp } = acmeOpp();
    const ev = endWeek(sc, state, 3);
    expect(state.opportunities[opp]!.status).toBe('noBid');
    expect(types(ev)).toContain('noBid');
    expect(state.stats.bidsDecided).toBe(0);
  });

  it('a bid whose approval finishes after Friday of the deadline week is lost as late', () => {
    // Same seed and play; SR designs first (Mon–Tue) and submits on Wednesday. Only whether
    // the approver has what he needs (confirmed budget, FR's plan) differs.
    const run = (prepared: boolean) => {
      const { sc, state, opp } = acmeOpp();
      endWeek(sc, state, 2); // now in the deadline week (days 14–20, Friday = 18)
      act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
      if (prepared) {
        state.opportunities[opp]!.budgetKnown = true; // poke: discovery confirmed it earlier
        act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
      }
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
      const bid = { ...state.opportunities[opp]!.bid! };
      const ev = endWeek(sc, state);
      return { state, opp, bid, ev };
    };
    const late = run(false);
    expect(late.bid.submittedDay).toBe(17);
    expect(late.bid.readyDay).toBe(17 + Math.ceil(late.bid.halfDays / 2));
    expect(late.bid.readyDay).toBeGreaterThan(18);
    const o = late.state.opportunities[late.opp]!;
    expect(o.status).toBe('lost');
    expect(o.winChanceBp).toBe(0);
    expect(types(late.ev)).toContain('bidLate');
    expect(late.state.stats.bidsDecided).toBe(1);
    expect(late.state.stats.bidsWon).toBe(0);
    expect(Object.keys(late.state.contracts)).toEqual([]);

    const onTime = run(true);
    expect(onTime.bid.readyDay).toBe(18); // approved on Friday: just in time
    expect(types(onTime.ev)).not.toContain('bidLate');
    expect(onTime.state.opportunities[onTime.opp]!.winChanceBp).toBeGreaterThan(0);
    expect(onTime.state.stats.bidsDecided).toBe(1);
  });

  it('a bid SR only gets to on Friday of the deadline week cannot be approved in time', () => {
    const { sc, state, opp } = acmeOpp();
    endWeek(sc, state, 2);
    state.opportunities[opp]!.budgetKnown = true;
    act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
    state.daysUsed.SR = 4; // poke: SR was busy elsewhere all week
    act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
    endWeek(sc, state);
    expect(state.opportunities[opp]!.status).toBe('lost');
    expect(state.opportunities[opp]!.winChanceBp).toBe(0);
  });

  it('abandoning closes the opportunity to further work', () => {
    const { sc, state, opp } = acmeOpp();
    act(sc, state, { kind: 'abandon', role: 'AR', opportunity: opp });
    expect(state.opportunities[opp]!.status).toBe('noBid');
    expect(refused(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: [] }).code).toBe('opportunityClosed');
    expect(refused(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 }).code).toBe('opportunityClosed');
    expect(refused(sc, state, { kind: 'designSolution', role: 'SR', opportunity: 'nope' }).code).toBe('unknownOpportunity');
  });
});

