import { describe, expect, it } from 'vitest';
import { computeKpis, computeScore, type GameState, type Invoice } from '../../../src/engine/index.ts';
import { RATE_KPIS, SCORE_PARTS, scoreBreakdown, VOLUME_SHARE_OF_TARGET } from '../../../src/engine/kpis.ts';
import { acceptOrder, installDeal, newGame, runServiced, signDeal, STANDARD } from './fixture.ts';

function invoice(state: GameState, id: string, amount: number, status: Invoice['status']) {
  state.invoices[id] = {
    id, contract: 'k1', customer: 'beta', milestone: 'delivery', amount, issuedDay: 0, dueDay: 30, plannedPayDay: null, paidDay: null,
    reconciled: false, dunned: 0, overdueCause: null, status, legalUntilWeek: null,
  };
}

function contract(state: GameState, id: string, customer: string, status: 'approving' | 'active' | 'vetoed' | 'closed') {
  state.contracts[id] = {
    id, opportunity: 'o', customer, product: 'meter', quantity: 1, price: 1, terms: STANDARD, insured: false, promisedWeek: 1,
    draftedDay: 0, readyDay: 0, halfDays: 1, status, vetoReason: null, openExposure: 0,
  };
}

describe('KPIs', () => {
  it('a new game has measured nothing: every rate is null, the money is 0', () => {
    const { sc, state } = newGame();
    const k = computeKpis(sc, state);
    for (const key of RATE_KPIS) expect(k[key], key).toBeNull();
    expect(k).toMatchObject({ bidsWon: 0, bidsDecided: 0, revenue: 0, invoiced: 0, collected: 0, badDebt: 0 });
  });

  it('win rate = bids won ÷ bids decided (not measured before any decision; 0 once one is lost)', () => {
    const { sc, state } = newGame();
    expect(computeKpis(sc, state).winRate).toBeNull();
    state.stats.bidsDecided = 1;
    expect(computeKpis(sc, state).winRate).toBe(0);
    state.stats.bidsWon = 3;
    state.stats.bidsDecided = 4;
    expect(computeKpis(sc, state)).toMatchObject({ winRate: 0.75, bidsWon: 3, bidsDecided: 4 });
  });

  it('gross margin = (revenue − product − delivery − service cost − penalties) ÷ revenue', () => {
    const { sc, state } = newGame();
    expect(computeKpis(sc, state).grossMarginPct).toBeNull();
    state.stats.productCost = 50_000; // costs before any revenue: still nothing to take a margin of
    expect(computeKpis(sc, state).grossMarginPct).toBeNull();
    Object.assign(state.stats, { revenue: 200_000, productCost: 120_000, deliveryCost: 10_000, serviceCost: 5_000, penalties: 5_000 });
    expect(computeKpis(sc, state)).toMatchObject({ revenue: 200_000, grossMarginPct: 0.3 });
    state.stats.penalties = 100_000;
    expect(computeKpis(sc, state).grossMarginPct).toBe(-0.175);
  });

  it('collection: collected ÷ invoiced, and the amount-weighted order-to-cash days', () => {
    const { sc, state } = newGame();
    state.stats.invoiced = 300_000; // invoiced, nothing collected yet: 0% collected, no cycle measured
    expect(computeKpis(sc, state)).toMatchObject({ collectedPct: 0, collectionCycleDays: null });
    Object.assign(state.stats, { invoiced: 300_000, collected: 100_000, cashDaysWeighted: 70_000 * 30 + 30_000 * 60, cashDaysAmount: 100_000 });
    const k = computeKpis(sc, state);
    expect(k.collectedPct).toBe(0.3333);
    expect(k.collectionCycleDays).toBe(39);
    expect(k).toMatchObject({ invoiced: 300_000, collected: 100_000 });
  });

  it('DSO = open receivables (open or in court) ÷ invoiced × days elapsed', () => {
    const { sc, state } = newGame({ weeks: 10 });
    expect(computeKpis(sc, state).dsoDays).toBeNull(); // nothing invoiced
    invoice(state, 'a', 50_000, 'open');
    invoice(state, 'b', 20_000, 'legal');
    invoice(state, 'c', 30_000, 'paid');
    invoice(state, 'd', 10_000, 'writtenOff');
    state.stats.invoiced = 110_000;
    state.week = 5; // 4 weeks = 28 days elapsed
    expect(computeKpis(sc, state).dsoDays).toBe(Number(((70_000 * 28) / 110_000).toFixed(4)));
    state.week = 11; // after the last week: 10 weeks elapsed
    state.finished = true;
    expect(computeKpis(sc, state).dsoDays).toBe(Number(((70_000 * 70) / 110_000).toFixed(4)));
  });

  it('bad debt and the complaint rate', () => {
    const { sc, state } = newGame();
    Object.assign(state.stats, { badDebt: 12_345, complaints: 1, ordersDelivered: 4 });
    expect(computeKpis(sc, state)).toMatchObject({ badDebt: 12_345, complaintRate: 0.25 });
    state.stats.complaints = 0;
    expect(computeKpis(sc, state).complaintRate).toBe(0); // delivered, no complaint: a real 0
    state.stats.ordersDelivered = 0;
    expect(computeKpis(sc, state).complaintRate).toBeNull(); // nothing delivered: not a perfect record
  });

  it('document cycle = mean days a document waits (half-days ÷ 2 per document)', () => {
    const { sc, state } = newGame();
    expect(computeKpis(sc, state).docCycleDays).toBeNull();
    Object.assign(state.stats, { docs: 3, docHalfDays: 7 });
    expect(computeKpis(sc, state).docCycleDays).toBe(1.1667);
  });

  it('satisfaction is averaged over the customers we contracted with only (signed: active or closed)', () => {
    const { sc, state } = newGame();
    state.customers.acme!.satisfaction = 80;
    expect(computeKpis(sc, state).csat).toBeNull(); // nobody served yet
    contract(state, 'k2', 'tiny', 'vetoed');
    contract(state, 'k3', 'beta', 'approving');
    expect(computeKpis(sc, state).csat).toBeNull(); // a vetoed or unsigned contract serves nobody
    contract(state, 'k1', 'acme', 'active');
    expect(computeKpis(sc, state).csat).toBe(80);
    contract(state, 'k5', 'acme', 'closed'); // a customer counts once, however many contracts
    expect(computeKpis(sc, state).csat).toBe(80);
    contract(state, 'k4', 'beta', 'closed');
    expect(computeKpis(sc, state).csat).toBe(70);
    state.customers.beta!.satisfaction = 65;
    expect(computeKpis(sc, state).csat).toBe(72.5);
  });
});

describe('score', () => {
  /** Stats that meet every target of the fixture scenario exactly. */
  function onTarget() {
    const { sc, state } = newGame();
    const t = sc.score.targets;
    expect(t).toEqual({
      winRateBp: 5000, revenue: 500_000, grossMarginBp: 2500, collectionCycleDays: 45, csat: 70, docCycleHalfDays: 1, complaintRateBp: 800, badDebtBp: 200,
    });
    Object.assign(state.stats, {
      bidsWon: 1, bidsDecided: 2,
      // revenue net of bad debt (8 000, below) at the 500 000 target; costs 75% of revenue
      revenue: 508_000, productCost: 306_000, deliveryCost: 50_000, serviceCost: 20_000, penalties: 5_000,
      invoiced: 400_000, collected: 400_000, cashDaysWeighted: 45 * 400_000, cashDaysAmount: 400_000,
      docs: 4, docHalfDays: 4,
      // complaints per delivered order and bad debt per yuan invoiced exactly at their targets
      ordersDelivered: 10_000, complaints: t.complaintRateBp,
      badDebt: (400_000 * t.badDebtBp) / 10000,
    });
    for (const c of Object.values(state.customers)) c.satisfaction = 70;
    contract(state, 'k1', 'beta', 'active');
    return { sc, state };
  }

  it('is 1000 when every target is met exactly, every part at 100%', () => {
    const { sc, state } = onTarget();
    const w = sc.score.weights;
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBe(100);
    expect(Object.keys(w).sort()).toEqual([...SCORE_PARTS].sort());
    const b = scoreBreakdown(sc, computeKpis(sc, state));
    expect(b.volume).toBe(1);
    for (const p of SCORE_PARTS) {
      expect(b.parts[p], p).toBeCloseTo(1, 9);
      expect(b.points[p], p).toBeCloseTo(w[p] * 10, 6);
    }
    expect(b.score).toBe(1000);
    expect(computeScore(sc, computeKpis(sc, state))).toBe(1000);
  });

  it('an empty game scores 0: nothing measured, no part counts', () => {
    const { sc, state } = newGame();
    const b = scoreBreakdown(sc, computeKpis(sc, state));
    expect(b.score).toBe(0);
    expect(computeScore(sc, computeKpis(sc, state))).toBe(0);
    expect(b.volume).toBe(0);
    for (const p of SCORE_PARTS) {
      expect(b.parts[p], p).toBe(p === 'revenue' ? 0 : null);
      expect(b.points[p], p).toBe(0);
    }
  });

  it('the points are weight × achievement × 10 and add up to the score', () => {
    const { sc, state } = onTarget();
    state.stats.bidsWon = 2; // 100% win rate: capped at 150% of the 50% target
    state.stats.docHalfDays = 12; // slower documents
    const b = scoreBreakdown(sc, computeKpis(sc, state));
    for (const p of SCORE_PARTS) expect(b.points[p]).toBeCloseTo((b.parts[p] ?? 0) * sc.score.weights[p] * 10, 9);
    expect(b.score).toBe(Math.round(SCORE_PARTS.reduce((sum, p) => sum + b.points[p], 0)));
    expect(b.parts.winRate).toBe(1.5);
  });

  it('each family counts by its weight, capped at 150% of its target', () => {
    const { sc, state } = onTarget();
    const w = sc.score.weights;
    state.stats.revenue = 5_000_000; // 10× the target, but costs stay: the margin family also rises
    state.stats.productCost = 5_000_000 - 375_000 - 75_000;
    state.stats.deliveryCost = 0;
    state.stats.serviceCost = 0;
    state.stats.penalties = 0;
    // margin 375 000 + 75 000 over 5 000 000 = 9% → 0.36 of its target
    const k = computeKpis(sc, state);
    expect(k.grossMarginPct).toBe(0.09);
    const expected = 1000 + w.revenue * 0.5 * 10 - w.grossMargin * (1 - 0.36) * 10;
    expect(computeScore(sc, k)).toBe(Math.round(expected));
  });

  it('a family with nothing to measure scores 0', () => {
    const { sc, state } = onTarget();
    const w = sc.score.weights;
    state.stats.cashDaysWeighted = 0;
    state.stats.cashDaysAmount = 0;
    expect(computeScore(sc, computeKpis(sc, state))).toBe(1000 - w.collection * 10);
    state.stats.docs = 0;
    state.stats.docHalfDays = 0;
    expect(computeScore(sc, computeKpis(sc, state))).toBe(1000 - (w.collection + w.process) * 10);
    // nothing delivered: no complaint rate, which is not a perfect one
    state.stats.ordersDelivered = 0;
    state.stats.complaints = 0;
    const b = scoreBreakdown(sc, computeKpis(sc, state));
    expect(b.parts).toMatchObject({ collection: null, process: null, complaints: null });
    expect(b.points).toMatchObject({ collection: 0, process: 0, complaints: 0 });
    expect(b.score).toBe(1000 - (w.collection + w.process + w.complaints) * 10);
    // no contracted customer: no satisfaction part, however happy the prospects are
    delete state.contracts.k1;
    for (const c of Object.values(state.customers)) c.satisfaction = 100;
    expect(scoreBreakdown(sc, computeKpis(sc, state)).parts.satisfaction).toBeNull();
    expect(computeScore(sc, computeKpis(sc, state))).toBe(1000 - (w.collection + w.process + w.complaints + w.satisfaction) * 10);
  });

  it('slower collection and slower documents lower the score in proportion', () => {
    const { sc, state } = onTarget();
    const w = sc.score.weights;
    state.stats.cashDaysWeighted = 90 * 400_000; // twice the target cycle
    state.stats.docHalfDays = 8; // two half-days per document
    expect(computeScore(sc, computeKpis(sc, state))).toBe(1000 - (w.collection + w.process) * 5);
  });

  it('complaints and bad debt: none at all earns 150%, the target 100%, twice the target nothing', () => {
    const { sc, state } = onTarget();
    const t = sc.score.targets;
    const parts = () => scoreBreakdown(sc, computeKpis(sc, state)).parts;
    state.stats.complaints = 0;
    state.stats.badDebt = 0;
    expect(parts()).toMatchObject({ complaints: 1.5, badDebt: 1.5 });
    state.stats.complaints = t.complaintRateBp / 2;
    state.stats.badDebt = (400_000 * t.badDebtBp) / 10000 / 2;
    expect(parts().complaints).toBeCloseTo(1.5, 9);
    expect(parts().badDebt).toBeCloseTo(1.5, 9);
    state.stats.complaints = (t.complaintRateBp * 3) / 2;
    state.stats.badDebt = (400_000 * t.badDebtBp * 3) / 2 / 10000;
    expect(parts().complaints).toBeCloseTo(0.5, 9);
    expect(parts().badDebt).toBeCloseTo(0.5, 9);
    state.stats.complaints = t.complaintRateBp * 2;
    state.stats.badDebt = (400_000 * t.badDebtBp * 2) / 10000;
    expect(parts()).toMatchObject({ complaints: 0, badDebt: 0 });
    state.stats.complaints = t.complaintRateBp * 5; // never below 0
    state.stats.badDebt = 400_000;
    expect(parts()).toMatchObject({ complaints: 0, badDebt: 0 });
  });

  describe('volume: rates count in proportion to the business they were measured on', () => {
    it('is 1 from 1/VOLUME_SHARE_OF_TARGET of the revenue target on, and proportional below it', () => {
      const { sc, state } = onTarget();
      const full = sc.score.targets.revenue / VOLUME_SHARE_OF_TARGET;
      state.stats.badDebt = 0; // volume is measured on revenue net of bad debt (tested below)
      const volumeAt = (revenue: number) => {
        state.stats.revenue = revenue;
        return scoreBreakdown(sc, computeKpis(sc, state)).volume;
      };
      expect(volumeAt(0)).toBe(0);
      expect(volumeAt(full / 10)).toBeCloseTo(0.1, 9);
      expect(volumeAt(full / 2)).toBeCloseTo(0.5, 9);
      expect(volumeAt(full)).toBe(1);
      expect(volumeAt(full * 3)).toBe(1);
    });

    it('a sale the customer never pays for is not a sale: revenue and volume count net of bad debt', () => {
      const { sc, state } = onTarget();
      const before = scoreBreakdown(sc, computeKpis(sc, state));
      // The customer stops paying: what it still owes is provided for as bad debt.
      const k = Object.values(state.contracts)[0]!;
      state.invoices.i1 = {
        id: 'i1', contract: k.id, customer: k.customer, milestone: 'delivery', amount: 200_000, issuedDay: 0, dueDay: 30,
        plannedPayDay: null, paidDay: null, reconciled: false, dunned: 0, overdueCause: null, status: 'open', legalUntilWeek: null,
      };
      const owing = computeKpis(sc, state);
      state.customers[k.customer]!.defaulted = true;
      const defaulted = computeKpis(sc, state);
      expect(defaulted.badDebt - owing.badDebt).toBe(200_000);
      const after = scoreBreakdown(sc, defaulted);
      expect(after.parts.revenue).toBeCloseTo((defaulted.revenue - defaulted.badDebt) / sc.score.targets.revenue, 9);
      expect(after.parts.revenue!).toBeLessThan(before.parts.revenue!);
      expect(after.score).toBeLessThan(before.score);
      // An advance it never paid, for an order still waiting for it: nothing shipped, no bad debt.
      state.invoices.i2 = { ...state.invoices.i1!, id: 'i2', milestone: 'advance', amount: 50_000 };
      state.orders.o1 = {
        id: 'o1', contract: k.id, customer: k.customer, product: 'valve', quantity: 1, remaining: 1, readyDay: 0, halfDays: 1, earliestDoneWeek: 0,
        status: 'awaitingAdvance', producedWeek: null, installedWeek: null, acceptedWeek: null, lateWeeks: 0, prepared: false,
      };
      expect(computeKpis(sc, state).badDebt).toBe(defaulted.badDebt);
      state.orders.o1.status = 'install'; // shipped on credit after all: that advance is a loss too
      expect(computeKpis(sc, state).badDebt).toBe(defaulted.badDebt + 50_000);
    });

    it('a perfect rate on a tiny deal counts little; the revenue part is not scaled', () => {
      const { sc, state } = onTarget();
      const w = sc.score.weights;
      // one cherry-picked deal: won the only bid, a 60% margin, all collected at once, nothing lost
      const revenue = sc.score.targets.revenue / VOLUME_SHARE_OF_TARGET / 20; // volume 5%
      Object.assign(state.stats, {
        bidsWon: 1, bidsDecided: 1, revenue, productCost: revenue * 0.4, deliveryCost: 0, serviceCost: 0, penalties: 0,
        invoiced: revenue, collected: revenue, cashDaysWeighted: revenue, cashDaysAmount: revenue, ordersDelivered: 1, complaints: 0, badDebt: 0,
      });
      const b = scoreBreakdown(sc, computeKpis(sc, state));
      expect(b.volume).toBeCloseTo(0.05, 9);
      expect(b.parts.winRate).toBeCloseTo(1.5 * 0.05, 9);
      expect(b.parts.grossMargin).toBeCloseTo(1.5 * 0.05, 9);
      expect(b.parts.complaints).toBeCloseTo(1.5 * 0.05, 9);
      expect(b.parts.revenue).toBeCloseTo(revenue / sc.score.targets.revenue, 9);
      // every part at its best (150%) would be 1500; the tiny deal scores a small fraction of it
      const allMaxed = SCORE_PARTS.filter((p) => p !== 'revenue').reduce((sum, p) => sum + w[p] * 1.5 * 10, 0);
      expect(b.score).toBeLessThan(allMaxed * 0.1);
      // the same rates on full business: every rate part counts fully
      const big = sc.score.targets.revenue / VOLUME_SHARE_OF_TARGET;
      Object.assign(state.stats, {
        revenue: big, productCost: big * 0.4, invoiced: big, collected: big, cashDaysWeighted: big, cashDaysAmount: big,
      });
      const full = scoreBreakdown(sc, computeKpis(sc, state));
      expect(full.volume).toBe(1);
      expect(full.parts.winRate).toBe(1.5);
      expect(full.score).toBeGreaterThan(b.score * 5);
    });
  });
});

describe('KPIs from a played deal', () => {
  it('add up from the deal’s own numbers', () => {
    const { sc, state } = newGame();
    const { contract: kid } = signDeal(sc, state);
    const k = state.contracts[kid]!;
    const ord = installDeal(sc, state, kid);
    acceptOrder(sc, state, ord.id);
    runServiced(sc, state, () => k.status === 'closed');
    const kp = computeKpis(sc, state);
    expect(kp.winRate).toBe(1);
    expect(kp.revenue).toBe(k.price);
    expect(kp.invoiced).toBe(k.price);
    expect(kp.collectedPct).toBe(1);
    expect(kp.dsoDays).toBe(0);
    const costs = state.stats.productCost + state.stats.deliveryCost + state.stats.serviceCost + state.stats.penalties;
    expect(state.stats.productCost).toBe(4 * 30_000);
    expect(kp.grossMarginPct).toBe(Math.round(((k.price - costs) / k.price) * 10000) / 10000);
    expect(kp.collectionCycleDays).toBeGreaterThan(0);
    expect(kp.csat).toBe(state.customers.beta!.satisfaction);
    expect(kp.docCycleDays).toBeCloseTo(state.stats.docHalfDays / (state.stats.docs * 2), 4);
    // cash = starting cash + every ledger account
    const ledger = Object.values(state.ledger).reduce((a, b) => a + b, 0);
    expect(state.cash).toBe(sc.company.startingCash + ledger);
  });
});
