import { describe, expect, it } from 'vitest';
import { computeKpis, computeScore, type GameState, type Invoice } from '../../../src/engine/index.ts';
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
  it('win rate = bids won ÷ bids decided (0 before any decision)', () => {
    const { sc, state } = newGame();
    expect(computeKpis(sc, state).winRate).toBe(0);
    state.stats.bidsWon = 3;
    state.stats.bidsDecided = 4;
    expect(computeKpis(sc, state)).toMatchObject({ winRate: 0.75, bidsWon: 3, bidsDecided: 4 });
  });

  it('gross margin = (revenue − product − delivery − service cost − penalties) ÷ revenue', () => {
    const { sc, state } = newGame();
    expect(computeKpis(sc, state).grossMarginPct).toBe(0);
    Object.assign(state.stats, { revenue: 200_000, productCost: 120_000, deliveryCost: 10_000, serviceCost: 5_000, penalties: 5_000 });
    expect(computeKpis(sc, state)).toMatchObject({ revenue: 200_000, grossMarginPct: 0.3 });
    state.stats.penalties = 100_000;
    expect(computeKpis(sc, state).grossMarginPct).toBe(-0.175);
  });

  it('collection: collected ÷ invoiced, and the amount-weighted order-to-cash days', () => {
    const { sc, state } = newGame();
    Object.assign(state.stats, { invoiced: 300_000, collected: 100_000, cashDaysWeighted: 70_000 * 30 + 30_000 * 60, cashDaysAmount: 100_000 });
    const k = computeKpis(sc, state);
    expect(k.collectedPct).toBe(0.3333);
    expect(k.collectionCycleDays).toBe(39);
    expect(k).toMatchObject({ invoiced: 300_000, collected: 100_000 });
  });

  it('DSO = open receivables (open or in court) ÷ invoiced × days elapsed', () => {
    const { sc, state } = newGame({ weeks: 10 });
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
    state.stats.ordersDelivered = 0;
    expect(computeKpis(sc, state).complaintRate).toBe(0);
  });

  it('document cycle = mean days a document waits (half-days ÷ 2 per document)', () => {
    const { sc, state } = newGame();
    Object.assign(state.stats, { docs: 3, docHalfDays: 7 });
    expect(computeKpis(sc, state).docCycleDays).toBe(1.1667);
  });

  it('satisfaction is averaged over the customers we contracted with, or everyone before that', () => {
    const { sc, state } = newGame();
    state.customers.acme!.satisfaction = 80;
    expect(computeKpis(sc, state).csat).toBe(Number(((80 + 60 + 50) / 3).toFixed(4)));
    contract(state, 'k1', 'acme', 'active');
    contract(state, 'k2', 'tiny', 'vetoed');
    contract(state, 'k3', 'beta', 'approving');
    expect(computeKpis(sc, state).csat).toBe(80);
    contract(state, 'k4', 'beta', 'closed');
    expect(computeKpis(sc, state).csat).toBe(70);
  });
});

describe('score', () => {
  /** Stats that meet every target of the fixture scenario exactly. */
  function onTarget() {
    const { sc, state } = newGame();
    const t = sc.score.targets;
    expect(t).toEqual({ winRateBp: 5000, revenue: 500_000, grossMarginBp: 2500, collectionCycleDays: 45, csat: 70, docCycleHalfDays: 1 });
    Object.assign(state.stats, {
      bidsWon: 1, bidsDecided: 2,
      revenue: 500_000, productCost: 300_000, deliveryCost: 50_000, serviceCost: 20_000, penalties: 5_000,
      invoiced: 400_000, collected: 400_000, cashDaysWeighted: 45 * 400_000, cashDaysAmount: 400_000,
      docs: 4, docHalfDays: 4,
    });
    for (const c of Object.values(state.customers)) c.satisfaction = 70;
    return { sc, state };
  }

  it('is 1000 when every target is met exactly', () => {
    const { sc, state } = onTarget();
    const w = sc.score.weights;
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBe(100);
    expect(computeScore(sc, computeKpis(sc, state))).toBe(1000);
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
  });

  it('slower collection and slower documents lower the score in proportion', () => {
    const { sc, state } = onTarget();
    const w = sc.score.weights;
    state.stats.cashDaysWeighted = 90 * 400_000; // twice the target cycle
    state.stats.docHalfDays = 8; // two half-days per document
    expect(computeScore(sc, computeKpis(sc, state))).toBe(1000 - (w.collection + w.process) * 5);
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
