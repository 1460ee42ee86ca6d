import { describe, expect, it } from 'vitest';
import {
  advanceSettled, CREDIT_CHECK_COST, DEEP_DISCOUNT_BP, estimatedDeliveryCost, INSURANCE_PREMIUM_BP, VETO_SATISFACTION,
} from '../../../src/engine/rules/contracts.ts';
import { ADVANCE_NET_DAYS } from '../../../src/engine/rules/cash.ts';
import { DISCOUNT_MENU, MAX_DISCOUNT_BP } from '../../../src/engine/rules/opportunities.ts';
import type { GameState, Invoice, Terms } from '../../../src/engine/index.ts';
import { indexScenario } from '../../../src/engine/context.ts';
import {
  ADVANCE, act, contractOf, endWeek, installDeal, invoicesOf, LOOSE, newGame, openOpportunity, orderOf, PREPAID, refused, runUntil, signDeal,
  STANDARD, types, winBid, type DealOptions, type Overrides,
} from './fixture.ts';

/** The deepest discount on the menu, which needs the higher approver. */
const DEEP = Math.max(...DISCOUNT_MENU);

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
    // a deep discount (over DEEP_DISCOUNT_BP, 20%) needs a higher approver; the menu has both kinds
    expect(DISCOUNT_MENU).toContain(DEEP_DISCOUNT_BP);
    expect(DEEP).toBeGreaterThan(DEEP_DISCOUNT_BP);
    expect(halfDays({ discover: true, fr: true }, DEEP_DISCOUNT_BP)).toBe(prepared);
    const deep = halfDays({ discover: true, fr: true }, DEEP);
    expect(deep).toBeGreaterThan(prepared);
    expect(halfDays({}, DEEP)).toBe(noBudget + noFr - prepared + deep - prepared);
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
    const { state, contract, k } = deal({}, { terms: ADVANCE });
    const inv = invoicesOf(state, contract);
    const amount = (200_000 * ADVANCE.advanceBp) / 10000;
    expect(inv).toHaveLength(1);
    expect(inv[0]).toMatchObject({ milestone: 'advance', amount, issuedDay: k.readyDay, dueDay: k.readyDay + ADVANCE_NET_DAYS, reconciled: true });
    expect(state.stats.invoiced).toBe(amount);
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

  // 4 valves at the deepest discount on the menu (30% off 200 000 = 140 000); the unit cost
  // that leaves exactly nothing after logistics 2 000 + 2 install days × 1 000 is 34 000.
  const breakEvenValve = () => {
    const price = (200_000 * (10000 - MAX_DISCOUNT_BP)) / 10000;
    const sc = newGame().sc;
    return { price, unitCost: (price - estimatedDeliveryCost({ s: newGame().state, sc, ix: indexScenario(sc) }, 'valve')) / 4 };
  };

  it('vetoes a negative gross margin, and costs satisfaction', () => {
    const { unitCost } = breakEvenValve();
    const r = deal({ product: { valve: { unitCost: unitCost + 1 } } }, { discountBp: MAX_DISCOUNT_BP });
    expectVeto(r, 'negativeMargin');
    expect(VETO_SATISFACTION).toBeLessThan(0);
    expect(r.state.customers.beta!.satisfaction).toBe(60 + VETO_SATISFACTION);
  });

  it('a margin that only just covers cost and delivery passes', () => {
    const { price, unitCost } = breakEvenValve();
    expect(unitCost).toBe(34_000);
    const r = deal({ product: { valve: { unitCost } } }, { discountBp: MAX_DISCOUNT_BP });
    expect(r.k.price).toBe(price);
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
    // 5 meters at 30% off = 35 000 < 5 × 7 000 + delivery; tiny accepts prepayment
    expectVeto(deal({ product: { meter: { unitCost: 7000 } } }, { lead: 'tiny-meters', terms: PREPAID, discountBp: MAX_DISCOUNT_BP }), 'negativeMargin');
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
    // 200 000 with a 30% advance → 140 000 unsecured = exactly C's limit (10%) of a 1 400 000 budget
    const unsecured = (200_000 * (10000 - ADVANCE.advanceBp)) / 10000;
    const creditBudget = unsecured * 10;
    const cRated = (terms: Terms) => deal({ company: { creditBudget }, customer: { beta: { rating: 'C' } } }, { terms }).k;
    expect(cRated(ADVANCE).status).toBe('active');
    expect(cRated(STANDARD)).toMatchObject({ status: 'vetoed', vetoReason: 'creditLimit' });
    // D has no limit at all: only prepayment (which beta's tender must allow) gets through
    const dRated = (terms: Terms) => deal({ company: { creditBudget: 1_000_000 }, customer: { beta: { rating: 'D', terms: { maxAdvanceBp: 10000, netDays: 30 } } } }, { terms }).k;
    expect(dRated(PREPAID).status).toBe('active');
    expect(dRated(ADVANCE)).toMatchObject({ status: 'vetoed', vetoReason: 'creditLimit' });
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

describe('an advance holds the order until it is paid', () => {
  /** Win beta's valves on `terms` and end the weeks up to signing; returns the bid's promised week too. */
  function won(terms: Terms, o: Overrides = {}) {
    const { sc, state } = newGame(o);
    const opp = winBid(sc, state, { terms });
    const bidPromise = state.opportunities[opp]!.bid!.promisedWeek;
    const k = contractOf(state, opp);
    expect(k.promisedWeek).toBe(bidPromise); // the contract takes the bid's promise
    return { sc, state, opp, k, bidPromise };
  }

  it('an unpaid advance: the order waits for it and every week held moves the promised week by one', () => {
    const { sc, state, k, bidPromise } = won(ADVANCE, { customer: { beta: { payment: { reliabilityBp: 0 } } } }); // never pays
    const signing = endWeek(sc, state);
    expect(k.status).toBe('active');
    const ord = orderOf(state, k.id);
    const advance = invoicesOf(state, k.id).find((i) => i.milestone === 'advance')!;
    expect(advance.status).toBe('open');
    // the order finished its own approval this week, but the factory waits for the money
    expect(ord.readyDay).toBeLessThanOrEqual(state.week * 7 - 1);
    expect(ord.status).toBe('awaitingAdvance');
    expect(types(signing)).not.toContain('orderReleased');
    expect(signing.filter((e) => e.type === 'orderHeldForAdvance')).toEqual([
      expect.objectContaining({ order: ord.id, customer: 'beta', contract: k.id }),
    ]);
    expect(k.promisedWeek).toBe(bidPromise + 1);
    const later = endWeek(sc, state, 3);
    expect(ord.status).toBe('awaitingAdvance');
    expect(ord.remaining).toBe(ord.quantity); // nothing made
    expect(state.ledger.production).toBe(0);
    expect(k.promisedWeek).toBe(bidPromise + 4);
    expect(types(later)).not.toContain('orderReleased');
    expect(types(later)).not.toContain('orderHeldForAdvance'); // announced once, when the hold starts
  });

  it('once the advance is paid the order is released, and the promise stops moving', () => {
    const { sc, state, k, bidPromise } = won(ADVANCE, { customer: { beta: { payment: { reliabilityBp: 0 } } } });
    endWeek(sc, state, 3); // signed, then held for three weeks
    const ord = orderOf(state, k.id);
    expect(k.promisedWeek).toBe(bidPromise + 3);
    const advance = invoicesOf(state, k.id).find((i) => i.milestone === 'advance')!;
    advance.status = 'paid'; // poke: the customer pays at last
    advance.paidDay = (state.week - 1) * 7;
    const week = state.week;
    const ev = endWeek(sc, state);
    expect(types(ev)).toContain('orderReleased');
    expect(types(ev)).not.toContain('orderHeldForAdvance');
    expect(ord.status === 'production' || ord.status === 'shipping').toBe(true);
    expect(ord.earliestDoneWeek).toBe(week + sc.products.find((p) => p.id === 'valve')!.leadTimeWeeks);
    expect(k.promisedWeek).toBe(bidPromise + 4); // this week, too, it was still waiting when the week began
    endWeek(sc, state, 2);
    expect(k.promisedWeek).toBe(bidPromise + 4);
  });

  it('a customer who pays its advance on time gets its order once paid, and the wait is not counted as late', () => {
    const { sc, state, k, bidPromise } = won(ADVANCE);
    let held = 0;
    runUntil(sc, state, () => {
      const ord = Object.values(state.orders).find((o) => o.contract === k.id);
      if (ord?.status === 'awaitingAdvance') held += 1; // held at the end of this week's approvals
      return !!ord && ord.status !== 'approving' && ord.status !== 'awaitingAdvance';
    });
    const advance = invoicesOf(state, k.id).find((i) => i.milestone === 'advance')!;
    expect(advance.status).toBe('paid');
    // released in the week the payment arrived, never before it
    expect(Math.floor(advance.paidDay! / 7) + 1).toBeLessThan(state.week);
    // every week that ended with the order waiting, plus the week it was paid (it began waiting)
    expect(k.promisedWeek).toBe(bidPromise + held + 1);
    const ord = installDeal(sc, state, k.id);
    expect(ord.lateWeeks).toBe(0);
    expect(state.stats.penalties).toBe(0);
  });

  it('without an advance nothing waits: the order is released when its approval ends', () => {
    const { sc, state, k, bidPromise } = won(STANDARD);
    const ev = endWeek(sc, state);
    expect(types(ev)).toContain('orderReleased');
    expect(types(ev)).not.toContain('orderHeldForAdvance');
    expect(orderOf(state, k.id).status).toBe('production');
    expect(k.promisedWeek).toBe(bidPromise);
  });

  it('advanceSettled: no advance asked, or the customer paid it', () => {
    const { sc, state } = newGame();
    const c = { s: state, sc, ix: indexScenario(sc) };
    const contract = (id: string, terms: Terms) => {
      state.contracts[id] = {
        id, opportunity: 'o', customer: 'beta', product: 'valve', quantity: 1, price: 100_000, terms, insured: false, promisedWeek: 5,
        draftedDay: 0, readyDay: 0, halfDays: 1, status: 'active', vetoReason: null, openExposure: 100_000,
      };
    };
    const invoice = (contractId: string, status: Invoice['status']): Invoice => {
      const inv: Invoice = {
        id: `i-${contractId}`, contract: contractId, customer: 'beta', milestone: 'advance', amount: 30_000, issuedDay: 0, dueDay: 7,
        plannedPayDay: null, paidDay: null, reconciled: true, dunned: 0, overdueCause: null, status, legalUntilWeek: null,
      };
      state.invoices[inv.id] = inv;
      return inv;
    };
    contract('plain', STANDARD);
    expect(advanceSettled(c, 'plain')).toBe(true);
    contract('adv', ADVANCE);
    expect(advanceSettled(c, 'adv')).toBe(false); // not even invoiced yet
    const inv = invoice('adv', 'open');
    expect(advanceSettled(c, 'adv')).toBe(false);
    inv.status = 'legal';
    expect(advanceSettled(c, 'adv')).toBe(false);
    inv.status = 'claimed'; // the insurer paid, the customer did not: the goods stay home
    expect(advanceSettled(c, 'adv')).toBe(false);
    inv.status = 'writtenOff';
    expect(advanceSettled(c, 'adv')).toBe(false);
    inv.status = 'paid';
    expect(advanceSettled(c, 'adv')).toBe(true);
    // another contract's paid advance does not count
    contract('adv2', ADVANCE);
    expect(advanceSettled(c, 'adv2')).toBe(false);
  });
});
