import { describe, expect, it } from 'vitest';
import { CREDIT_CHECK_COST, INSURANCE_PREMIUM_BP, VETO_SATISFACTION } from '../../../src/engine/rules/contracts.ts';
import type { GameState, Terms } from '../../../src/engine/index.ts';
import {
  act, contractOf, endWeek, invoicesOf, newGame, openOpportunity, orderOf, PREPAID, refused, signDeal, STANDARD, types, winBid,
  type DealOptions, type Overrides,
} from './fixture.ts';

const LOOSE: Terms = { advanceBp: 0, deliveryBp: 4000, acceptanceBp: 4000, retentionBp: 2000, netDays: 90 };
const HALF_ADVANCE: Terms = { advanceBp: 5000, deliveryBp: 3000, acceptanceBp: 2000, retentionBp: 0, netDays: 30 };

function deal(o: Overrides = {}, opts: DealOptions = {}) {
  const { sc, state } = newGame(o);
  const r = signDeal(sc, state, opts);
  return { sc, state, ...r, k: state.contracts[r.contract]! };
}

/** Poke an active contract elsewhere that already uses credit. */
function existingExposure(state: GameState, customer: string, amount: number) {
  state.contracts['k-old'] = {
    id: 'k-old', opportunity: 'opp-old', customer, product: 'meter', quantity: 1, price: amount, terms: STANDARD, insured: false,
    promisedWeek: 1, draftedDay: 0, readyDay: 0, halfDays: 1, status: 'active', vetoReason: null, openExposure: amount,
  };
}

describe('credit check', () => {
  it('costs money and an AR day, once per customer', () => {
    const { sc, state } = newGame();
    const ev = act(sc, state, { kind: 'creditCheck', role: 'AR', customer: 'beta' });
    expect(state.customers.beta!.creditChecked).toBe(true);
    expect(CREDIT_CHECK_COST).toBeGreaterThan(0);
    expect(state.cash).toBe(sc.company.startingCash - CREDIT_CHECK_COST);
    expect(state.ledger.creditChecks).toBe(-CREDIT_CHECK_COST);
    expect(state.daysUsed.AR).toBe(1);
    expect(ev.find((e) => e.type === 'creditChecked')).toMatchObject({ rating: 'B', pledgeRatioBp: 2000 });
    expect(refused(sc, state, { kind: 'creditCheck', role: 'AR', customer: 'beta' }).code).toBe('alreadyChecked');
    expect(refused(sc, state, { kind: 'creditCheck', role: 'AR', customer: 'nobody' }).code).toBe('unknownCustomer');
  });
});

describe('approval half-days', () => {
  it('a bid waits longer without a confirmed budget, without FR’s plan, or with a deep discount', () => {
    const halfDays = (prep: { discover?: boolean; fr?: boolean }, discountBp: number) => {
      const { sc, state } = newGame();
      const opp = openOpportunity(sc, state, 'acme-meters');
      if (prep.discover) state.opportunities[opp]!.budgetKnown = true;
      if (prep.fr) act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp });
      const bid = state.opportunities[opp]!.bid!;
      expect(bid.readyDay).toBe(bid.submittedDay + Math.ceil(bid.halfDays / 2));
      expect(state.stats.docHalfDays).toBe(bid.halfDays);
      return bid.halfDays;
    };
    const prepared = halfDays({ discover: true, fr: true }, 0);
    expect(prepared).toBe(1);
    const noBudget = halfDays({ fr: true }, 0);
    const noFr = halfDays({ discover: true }, 0);
    expect(noBudget).toBeGreaterThan(prepared);
    expect(noFr).toBeGreaterThan(prepared);
    // the delays add up
    expect(halfDays({}, 0)).toBe(noBudget + noFr - prepared);
    // a deep discount (over 20%) needs a higher approver
    expect(halfDays({ discover: true, fr: true }, 2000)).toBe(prepared);
    const deep = halfDays({ discover: true, fr: true }, 2001);
    expect(deep).toBeGreaterThan(prepared);
    expect(halfDays({}, 3000)).toBe(noBudget + noFr - prepared + deep - prepared);
  });

  it('a contract waits 2 more half-days when nobody credit-checked the customer, 1 more on loose terms', () => {
    const checked = deal({}, { creditCheck: true });
    const unchecked = deal({}, { creditCheck: false });
    const loose = deal({}, { creditCheck: true, terms: LOOSE });
    expect(checked.k.halfDays).toBe(1);
    expect(unchecked.k.halfDays).toBe(3);
    expect(loose.k.halfDays).toBe(2);
    // drafted the Monday after the decision (deadline week 3 → day 21)
    expect(checked.k.draftedDay).toBe(21);
    expect(unchecked.k.readyDay).toBe(21 + 2);
    expect(checked.k.readyDay).toBe(21 + 1);
  });

  it('an order waits 3 half-days without FR’s delivery plan, 1 with it', () => {
    const withFr = deal({}, { feasibility: true });
    const without = deal({}, { feasibility: false });
    const o1 = orderOf(withFr.state, withFr.contract);
    const o2 = orderOf(without.state, without.contract);
    expect(o1.halfDays).toBe(1);
    expect(o2.halfDays).toBe(3);
    expect(o1.readyDay).toBe(withFr.k.readyDay + 1);
    expect(o2.readyDay).toBe(without.k.readyDay + 2);
    // bid + contract + order: three documents in the process cycle
    expect(withFr.state.stats.docs).toBe(3);
    expect(withFr.state.stats.docHalfDays).toBe(1 + 1 + 1);
    const bidHalfDays = without.state.opportunities[without.opp]!.bid!.halfDays;
    expect(bidHalfDays).toBeGreaterThan(1);
    expect(without.state.stats.docHalfDays).toBe(bidHalfDays + 1 + 3);
  });
});

describe('signing', () => {
  it('an admitted contract is signed the week its approval finishes and the order is released', () => {
    const { sc, state } = newGame();
    const opp = winBid(sc, state);
    const k = contractOf(state, opp);
    expect(k.status).toBe('approving');
    expect(state.week).toBe(4);
    const ev = endWeek(sc, state);
    expect(k.status).toBe('active');
    expect(state.opportunities[opp]!.status).toBe('signed');
    expect(types(ev)).toEqual(expect.arrayContaining(['contractSigned', 'orderReleased']));
    const ord = orderOf(state, k.id);
    expect(ord).toMatchObject({ status: 'production', quantity: 4, earliestDoneWeek: 4 + 2 });
    expect(k.openExposure).toBe(k.price);
  });

  it('an insured contract pays the premium when signed', () => {
    const o: Overrides = { lead: { 'acme-meters': { competitors: ['minnow'] } } };
    const insured = deal(o, { lead: 'acme-meters', terms: STANDARD, insured: true });
    const plain = deal(o, { lead: 'acme-meters', terms: STANDARD, insured: false });
    expect(insured.k.insured).toBe(true);
    const premium = (100_000 * INSURANCE_PREMIUM_BP) / 10000;
    expect(premium).toBeGreaterThan(0);
    expect(insured.state.ledger.insurance).toBe(-premium);
    expect(plain.state.ledger.insurance).toBe(0);
    expect(plain.state.cash - insured.state.cash).toBe(premium);
  });

  it('an advance is invoiced at signing, due in 7 days and already reconciled', () => {
    const { state, contract, k } = deal({}, { terms: HALF_ADVANCE });
    const inv = invoicesOf(state, contract);
    expect(inv).toHaveLength(1);
    expect(inv[0]).toMatchObject({ milestone: 'advance', amount: 100_000, issuedDay: k.readyDay, dueDay: k.readyDay + 7, reconciled: true });
    expect(state.stats.invoiced).toBe(100_000);
  });
});

describe('admission (one-vote vetoes)', () => {
  const expectVeto = (r: ReturnType<typeof deal>, reason: string) => {
    expect(r.k.status).toBe('vetoed');
    expect(r.k.vetoReason).toBe(reason);
    expect(r.k.openExposure).toBe(0);
    expect(r.state.opportunities[r.opp]!.status).toBe('vetoed');
    expect(Object.values(r.state.orders)).toEqual([]);
  };

  it('vetoes a negative gross margin, and costs satisfaction', () => {
    // 4 valves at 50% off = 100 000 < 4 × 30 000 cost + delivery
    const r = deal({}, { discountBp: 5000 });
    expectVeto(r, 'negativeMargin');
    expect(VETO_SATISFACTION).toBeLessThan(0);
    expect(r.state.customers.beta!.satisfaction).toBe(60 + VETO_SATISFACTION);
  });

  it('a margin that only just covers cost and delivery passes', () => {
    // cost 120 000 + logistics 2 000 + 2 install days × 1 000 = 124 000 = 38% off exactly
    const r = deal({}, { discountBp: 3800 });
    expect(r.k.price).toBe(124_000);
    expect(r.k.status).toBe('active');
  });

  it('vetoes a customer below the size threshold unless it prepays', () => {
    expectVeto(deal({}, { lead: 'tiny-meters' }), 'tooSmall');
    expect(deal({}, { lead: 'tiny-meters', terms: PREPAID }).k.status).toBe('active');
  });

  it('vetoes a stock-pledge ratio above the maximum unless the customer prepays', () => {
    const big: Overrides = { customer: { tiny: { sizeYuan: 5_000_000 } } };
    expectVeto(deal(big, { lead: 'tiny-meters' }), 'pledgeRatio');
    expect(deal({ customer: { tiny: { sizeYuan: 5_000_000, pledgeRatioBp: 8000 } } }, { lead: 'tiny-meters' }).k.status).toBe('active');
    expect(deal(big, { lead: 'tiny-meters', terms: PREPAID }).k.status).toBe('active');
  });

  it('prepayment does not rescue a negative margin', () => {
    expectVeto(deal({}, { lead: 'tiny-meters', terms: PREPAID, discountBp: 5000 }), 'negativeMargin');
  });

  it('vetoes a customer blacklisted while the contract was in approval', () => {
    const { sc, state } = newGame();
    const opp = winBid(sc, state);
    act(sc, state, { kind: 'blacklist', role: 'AR', customer: 'beta' });
    endWeek(sc, state);
    expect(contractOf(state, opp)).toMatchObject({ status: 'vetoed', vetoReason: 'blacklisted' });
  });
});

describe('credit limit (授信)', () => {
  // credit budget 1 000 000: A 50% = 500 000, B 30% = 300 000, C 10% = 100 000, D 0
  const withRating = (rating: 'A' | 'B' | 'C' | 'D', terms?: Terms) =>
    deal({ company: { creditBudget: 1_000_000 }, customer: { beta: { rating } } }, { terms });

  it('allows a customer exposure up to its rating’s share of the credit budget', () => {
    expect(withRating('A').k.status).toBe('active');
    expect(withRating('B').k.status).toBe('active');
    expect(withRating('C').k).toMatchObject({ status: 'vetoed', vetoReason: 'creditLimit' });
    expect(withRating('D').k).toMatchObject({ status: 'vetoed', vetoReason: 'creditLimit' });
  });

  it('an advance payment is secured: only the rest counts against the limit', () => {
    // 200 000 with 50% advance → 100 000 unsecured = exactly C's limit
    expect(withRating('C', HALF_ADVANCE).k.status).toBe('active');
    expect(withRating('D', PREPAID).k.status).toBe('active');
  });

  it('counts what the customer already owes under other contracts', () => {
    const { sc, state } = newGame({ company: { creditBudget: 1_000_000 } });
    existingExposure(state, 'beta', 150_000); // B limit 300 000; 150 000 + 200 000 is too much
    const { contract } = signDeal(sc, state);
    expect(state.contracts[contract]).toMatchObject({ status: 'vetoed', vetoReason: 'creditLimit' });
  });

  it('caps the total exposure to all customers at the credit budget', () => {
    const { sc, state } = newGame({ company: { creditBudget: 1_000_000 }, customer: { beta: { rating: 'A' } } });
    existingExposure(state, 'acme', 850_000);
    const { contract } = signDeal(sc, state);
    expect(state.contracts[contract]).toMatchObject({ status: 'vetoed', vetoReason: 'creditBudget' });
    const ok = newGame({ company: { creditBudget: 1_000_000 }, customer: { beta: { rating: 'A' } } });
    existingExposure(ok.state, 'acme', 800_000);
    const r = signDeal(ok.sc, ok.state);
    expect(ok.state.contracts[r.contract]!.status).toBe('active');
  });
});
