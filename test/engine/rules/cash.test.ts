import { describe, expect, it } from 'vitest';
import { DUN_BONUS_BP, INSURANCE, LEGAL, LOW_SATISFACTION_DELAY_DAYS, WRITE_OFF_MIN_OVERDUE_DAYS } from '../../../src/engine/rules/cash.ts';
import type { GameState, Invoice, Ticket } from '../../../src/engine/index.ts';
import {
  ADVANCE, act, acceptOrder, endWeek, installDeal, invoicesOf, newGame, orderOf, refused, runServiced, runUntil, seeds, signDeal, STANDARD, types,
  type Overrides,
} from './fixture.ts';

/**
 * Poke a signed contract (signed on day 0) with one open delivery invoice of 70 000 due on
 * `dueDay`, and no installed base (so no random service tickets).
 */
function debt(o: Overrides = {}, inv: Partial<Invoice> = {}, insured = false, seed?: string) {
  const { sc, state } = newGame(o, seed);
  state.contracts.k1 = {
    id: 'k1', opportunity: 'opp-x', customer: 'beta', product: 'valve', quantity: 2, price: 100_000, terms: STANDARD, insured,
    promisedWeek: 1, draftedDay: 0, readyDay: 0, halfDays: 1, status: 'active', vetoReason: null, openExposure: 100_000,
  };
  state.invoices.i1 = {
    id: 'i1', contract: 'k1', customer: 'beta', milestone: 'delivery', amount: 70_000, issuedDay: 0, dueDay: 30, plannedPayDay: null,
    paidDay: null, reconciled: false, dunned: 0, overdueCause: null, status: 'open', legalUntilWeek: null, ...inv,
  };
  state.stats.invoiced = 70_000;
  return { sc, state, inv: state.invoices.i1 };
}

function complaint(state: GameState, extra: Partial<Ticket> = {}): Ticket {
  const t: Ticket = {
    id: 't-c', kind: 'complaint', customer: 'beta', order: null, product: null, severity: 2, openedWeek: state.week, slaWeek: state.week + 2,
    status: 'open', resolvedWeek: null, breached: false, cause: 'late', rootCauseFed: false, ...extra,
  };
  state.tickets[t.id] = t;
  return t;
}

/** The week whose days include `day`. */
const weekOf = (day: number) => Math.floor(day / 7) + 1;

describe('milestone invoices', () => {
  it('sum exactly to the price, the last milestone taking the rounding remainder', () => {
    // 30% advance, 60% on delivery, 10% on acceptance of 200 004: the shares round down
    // (60 001.2 → 60 001, 120 002.4 → 120 002), the last takes the remainder (20 001, not 20 000)
    const { sc, state } = newGame({ product: { valve: { listPrice: 50_001 } } });
    const { contract } = signDeal(sc, state, { terms: ADVANCE });
    const price = state.contracts[contract]!.price;
    expect(price).toBe(200_004);
    expect(invoicesOf(state, contract).map((i) => i.milestone)).toEqual(['advance']);
    const ord = installDeal(sc, state, contract);
    expect(invoicesOf(state, contract).map((i) => i.milestone)).toEqual(['advance', 'delivery']);
    acceptOrder(sc, state, ord.id);
    runServiced(sc, state, () => invoicesOf(state, contract).length === 3);
    const inv = invoicesOf(state, contract);
    expect(inv.map((i) => i.milestone)).toEqual(['advance', 'delivery', 'acceptance']);
    expect(inv.map((i) => i.amount)).toEqual([60_001, 120_002, 200_004 - 60_001 - 120_002]);
    expect(inv.reduce((s, i) => s + i.amount, 0)).toBe(price);
    expect(state.stats.invoiced).toBe(price);
  });

  it('a contract closes once it is delivered, accepted and every invoice is settled', () => {
    const { sc, state } = newGame();
    const { contract } = signDeal(sc, state);
    const k = state.contracts[contract]!;
    const ord = installDeal(sc, state, contract);
    acceptOrder(sc, state, ord.id);
    expect(invoicesOf(state, contract)).toHaveLength(2);
    endWeek(sc, state);
    expect(k.status).toBe('active'); // invoices still open
    const ev = runServiced(sc, state, () => k.status === 'closed');
    expect(types(ev)).toContain('contractClosed');
    expect(invoicesOf(state, contract).every((i) => i.status === 'paid')).toBe(true);
    expect(k.openExposure).toBe(0);
    expect(state.stats.collected).toBe(k.price);
    expect(state.ledger.collections).toBe(k.price);
  });

  it('a contract does not close before the order is accepted even if what was invoiced is paid', () => {
    const { sc, state } = newGame();
    const { contract } = signDeal(sc, state);
    const ord = installDeal(sc, state, contract);
    runServiced(sc, state, () => invoicesOf(state, contract)[0]!.status === 'paid');
    expect(orderOf(state, contract).status).toBe('acceptance');
    expect(state.contracts[contract]!.status).toBe('active');
    expect(state.orders[ord.id]!.acceptedWeek).toBeNull();
  });
});

describe('payment', () => {
  it('a reconciled invoice is paid on its due day; without a notice payables finds it delayDays later', () => {
    // same seed; only the reconciliation notice differs
    const sent = debt();
    const notSent = debt();
    act(sent.sc, sent.state, { kind: 'sendReconciliation', role: 'AR', customer: 'beta' });
    expect(sent.inv.reconciled).toBe(true);
    runUntil(sent.sc, sent.state, () => sent.inv.status === 'paid');
    runUntil(notSent.sc, notSent.state, () => notSent.inv.status === 'paid');
    expect(sent.inv.paidDay).toBe(30);
    expect(notSent.inv.paidDay).toBe(30 + 14); // beta's delayDays
    expect(sent.state.week).toBe(weekOf(30) + 1);
    expect(notSent.state.week).toBe(weekOf(44) + 1);
    // cash, ledger, collected and the amount-weighted cycle from the signing day (0)
    expect(sent.state.cash).toBe(sent.sc.company.startingCash + 70_000);
    expect(sent.state.stats).toMatchObject({ collected: 70_000, cashDaysWeighted: 70_000 * 30, cashDaysAmount: 70_000 });
    expect(notSent.state.stats.cashDaysWeighted).toBe(70_000 * 44);
    expect(sent.state.contracts.k1!.openExposure).toBe(30_000);
  });

  it('reconciliation notices only go out within 30 days before the due date', () => {
    const early = debt({}, { dueDay: 31 });
    expect(refused(early.sc, early.state, { kind: 'sendReconciliation', role: 'AR', customer: 'beta' }).code).toBe('nothingToReconcile');
    act(early.sc, early.state, { kind: 'creditCheck', role: 'AR', customer: 'beta' }); // a day later: 30 days to go
    act(early.sc, early.state, { kind: 'sendReconciliation', role: 'AR', customer: 'beta' });
    expect(early.inv.reconciled).toBe(true);
    const overdue = debt({}, { dueDay: 3 });
    endWeek(overdue.sc, overdue.state); // not paid yet (un-reconciled: day 17)
    expect(overdue.inv.status).toBe('open');
    expect(refused(overdue.sc, overdue.state, { kind: 'sendReconciliation', role: 'AR', customer: 'beta' }).code).toBe('nothingToReconcile');
  });

  it('an unhappy customer (satisfaction < 50) takes longer still', () => {
    const { sc, state, inv } = debt({ customer: { beta: { satisfaction: 49 } } });
    runUntil(sc, state, () => inv.status === 'paid');
    expect(LOW_SATISFACTION_DELAY_DAYS).toBeGreaterThan(0);
    expect(inv.paidDay).toBe(30 + 14 + LOW_SATISFACTION_DELAY_DAYS);
  });

  it('an open complaint withholds payment until it is resolved', () => {
    const { sc, state, inv } = debt();
    act(sc, state, { kind: 'sendReconciliation', role: 'AR', customer: 'beta' });
    const c = complaint(state);
    endWeek(sc, state, weekOf(30) + 1); // well past the due day
    expect(inv.status).toBe('open');
    act(sc, state, { kind: 'analyzeOverdue', role: 'AR', invoice: 'i1' });
    expect(inv.overdueCause).toBe('ours');
    // the complaint breached its SLA meanwhile: answering it brings no satisfaction, but unlocks the cash
    expect(c.breached).toBe(true);
    act(sc, state, { kind: 'workTicket', role: 'AR', ticket: c.id });
    const week = state.week;
    endWeek(sc, state);
    expect(inv.status).toBe('paid');
    expect(inv.paidDay).toBe((week - 1) * 7); // paid at the start of the week it was released
  });

  it('any breached open ticket of the customer also withholds payment', () => {
    const { sc, state, inv } = debt({}, { reconciled: true });
    complaint(state, { id: 't-r', kind: 'repair', breached: true, cause: 'defect', slaWeek: 1 });
    endWeek(sc, state, 8);
    expect(inv.status).toBe('open');
  });

  it('a customer short of cash pays less reliably', () => {
    let paidHealthy = 0;
    let paidPoor = 0;
    for (const seed of seeds(100)) {
      const healthy = debt({}, { reconciled: true }, false, seed);
      const poor = debt({ customer: { beta: { cashPosition: 25 } } }, { reconciled: true }, false, seed);
      endWeek(healthy.sc, healthy.state, weekOf(30));
      endWeek(poor.sc, poor.state, weekOf(30));
      if (healthy.inv.status === 'paid') paidHealthy++;
      if (poor.inv.status === 'paid') paidPoor++;
    }
    expect(paidHealthy).toBe(100);
    // 10000 − (40 − 25) × 150 = 7750
    expect(paidPoor).toBeGreaterThan(60);
    expect(paidPoor).toBeLessThan(90);
  });
});

describe('dunning', () => {
  it('needs an overdue invoice', () => {
    const { sc, state } = debt();
    expect(refused(sc, state, { kind: 'dun', role: 'AR', invoice: 'i1' }).code).toBe('notOverdueEnough');
    expect(refused(sc, state, { kind: 'dun', role: 'AR', invoice: 'nope' }).code).toBe('unknownInvoice');
  });

  it('makes a hesitant payer pay', () => {
    // reliability just short of certain: one reminder makes payment certain
    expect(DUN_BONUS_BP).toBeGreaterThan(0);
    let unpaidWithout = 0;
    for (const seed of seeds(40)) {
      const run = (dun: boolean) => {
        const w = debt({ customer: { beta: { payment: { reliabilityBp: 10000 - DUN_BONUS_BP, delayDays: 14, defaultRiskBp: 0 } } } }, {}, false, seed);
        endWeek(w.sc, w.state, weekOf(30)); // now in the week after the due day; payables plans day 44
        if (dun) {
          act(w.sc, w.state, { kind: 'dun', role: 'AR', invoice: 'i1' });
          expect(w.inv.dunned).toBe(1);
        }
        runUntil(w.sc, w.state, () => w.state.week > weekOf(44));
        return w.inv.status;
      };
      expect(run(true)).toBe('paid');
      if (run(false) !== 'paid') unpaidWithout++;
    }
    expect(unpaidWithout).toBeGreaterThan(0);
  });

  it('chasing money while the customer’s complaint is open costs satisfaction', () => {
    const { sc, state } = debt();
    endWeek(sc, state, weekOf(31));
    const sat = state.customers.beta!.satisfaction;
    act(sc, state, { kind: 'dun', role: 'AR', invoice: 'i1' });
    expect(state.customers.beta!.satisfaction).toBe(sat);
    complaint(state);
    act(sc, state, { kind: 'dun', role: 'AR', invoice: 'i1' });
    expect(state.customers.beta!.satisfaction).toBe(sat - 5);
  });
});

describe('overdue analysis', () => {
  it('finds the cause is theirs when nothing of ours is open, once per invoice', () => {
    const { sc, state, inv } = debt({ customer: { beta: { payment: { reliabilityBp: 0, delayDays: 0, defaultRiskBp: 0 } } } });
    expect(refused(sc, state, { kind: 'analyzeOverdue', role: 'AR', invoice: 'i1' }).code).toBe('notOverdueEnough');
    endWeek(sc, state, weekOf(31));
    const ev = act(sc, state, { kind: 'analyzeOverdue', role: 'AR', invoice: 'i1' });
    expect(inv.overdueCause).toBe('theirs');
    expect(types(ev)).toContain('overdueAnalyzed');
    expect(refused(sc, state, { kind: 'analyzeOverdue', role: 'AR', invoice: 'i1' }).code).toBe('alreadyAnalyzed');
  });
});

describe('receivables that go bad', () => {
  const nonPayer: Overrides = { customer: { beta: { payment: { reliabilityBp: 0, delayDays: 0, defaultRiskBp: 0 } } } };

  it('legal action after 60 days overdue: costs fees, blacklists, and recovers part at judgement', () => {
    expect(LEGAL.minOverdueDays).toBe(60);
    const { sc, state, inv } = debt(nonPayer);
    endWeek(sc, state, 12); // week 13, day 84: 54 days overdue
    expect(refused(sc, state, { kind: 'legalAction', role: 'AR', invoice: 'i1' }).code).toBe('notOverdueEnough');
    endWeek(sc, state); // week 14, day 91: 61 days
    const cash = state.cash;
    act(sc, state, { kind: 'legalAction', role: 'AR', invoice: 'i1' });
    expect(inv.status).toBe('legal');
    expect(inv.legalUntilWeek).toBe(14 + LEGAL.weeks);
    const fee = Math.max(LEGAL.minCost, (70_000 * LEGAL.costBp) / 10000);
    expect(state.cash).toBe(cash - fee);
    expect(state.ledger.legal).toBe(-fee);
    expect(state.customers.beta!.satisfaction).toBe(0);
    expect(state.customers.beta!.blacklisted).toBe(true);
    endWeek(sc, state, LEGAL.weeks); // until the week before judgement
    expect(inv.status).toBe('legal');
    const ev = endWeek(sc, state); // judgement
    expect(types(ev)).toContain('legalJudgement');
    expect(inv.status).toBe('writtenOff');
    const recovered = (70_000 * LEGAL.recoveryBp) / 10000;
    expect(recovered).toBeGreaterThan(0);
    expect(state.stats.collected).toBe(recovered);
    expect(state.stats.badDebt).toBe(70_000 - recovered);
    expect(state.ledger.collections).toBe(recovered);
    expect(state.contracts.k1!.openExposure).toBe(30_000);
  });

  it('suing a customer closes the account: its open leads and deals are dropped', () => {
    const { sc, state } = debt(nonPayer);
    endWeek(sc, state, 13);
    state.opportunities.o9 = { ...Object.values(state.opportunities)[0]!, id: 'o9', customer: 'beta', status: 'bidding' }; // poke: another deal in flight
    act(sc, state, { kind: 'legalAction', role: 'AR', invoice: 'i1' });
    expect(state.customers.beta!.blacklisted).toBe(true);
    expect(state.opportunities.o9!.status).toBe('noBid');
  });

  it('a large claim pays legal fees in proportion', () => {
    const { sc, state } = debt(nonPayer, { amount: 1_000_000 });
    endWeek(sc, state, 13);
    act(sc, state, { kind: 'legalAction', role: 'AR', invoice: 'i1' });
    expect(state.ledger.legal).toBe(-Math.max(LEGAL.minCost, (1_000_000 * LEGAL.costBp) / 10000));
  });

  it('a customer in distress may default: it stops paying and the court recovers less', () => {
    expect(LEGAL.recoveryIfDefaultedBp).toBeLessThan(LEGAL.recoveryBp);
    const o: Overrides = { customer: { beta: { cashPosition: 10, payment: { reliabilityBp: 10000, delayDays: 0, defaultRiskBp: 10000 } } } };
    const { sc, state, inv } = debt(o, { reconciled: true });
    const ev = endWeek(sc, state);
    expect(types(ev)).toContain('customerDefaulted');
    expect(state.customers.beta!.defaulted).toBe(true);
    endWeek(sc, state, 12);
    expect(inv.status).toBe('open'); // due on day 30, never paid
    act(sc, state, { kind: 'legalAction', role: 'AR', invoice: 'i1' });
    runUntil(sc, state, () => inv.status !== 'legal');
    expect(state.stats.collected).toBe((70_000 * LEGAL.recoveryIfDefaultedBp) / 10000);
    expect(state.stats.badDebt).toBe(70_000 - (70_000 * LEGAL.recoveryIfDefaultedBp) / 10000);
  });

  it('a customer with cash or nothing owed does not default', () => {
    const healthy = debt({ customer: { beta: { cashPosition: 20, payment: { reliabilityBp: 0, delayDays: 0, defaultRiskBp: 10000 } } } });
    endWeek(healthy.sc, healthy.state, 3);
    expect(healthy.state.customers.beta!.defaulted).toBe(false);
    const { sc, state } = newGame({ customer: { beta: { cashPosition: 5, payment: { reliabilityBp: 0, delayDays: 0, defaultRiskBp: 10000 } } } });
    endWeek(sc, state, 3);
    expect(state.customers.beta!.defaulted).toBe(false);
  });

  it('an insurance claim after 90 days recovers most of it — only on an insured contract', () => {
    expect(INSURANCE.minOverdueDays).toBe(90);
    const insured = debt(nonPayer, {}, true);
    const plain = debt(nonPayer, {}, false);
    endWeek(insured.sc, insured.state, 17); // week 18, day 119: 89 days overdue
    expect(refused(insured.sc, insured.state, { kind: 'claimInsurance', role: 'AR', invoice: 'i1' }).code).toBe('notOverdueEnough');
    act(insured.sc, insured.state, { kind: 'creditCheck', role: 'AR', customer: 'beta' }); // one AR day later: 90 days
    act(insured.sc, insured.state, { kind: 'claimInsurance', role: 'AR', invoice: 'i1' });
    expect(insured.inv.status).toBe('claimed');
    const covered = (70_000 * INSURANCE.recoveryBp) / 10000;
    expect(insured.state.ledger.insuranceClaims).toBe(covered);
    expect(insured.state.ledger.collections).toBe(0);
    expect(insured.state.stats.collected).toBe(covered);
    expect(insured.state.stats.badDebt).toBe(70_000 - covered);
    expect(insured.state.stats.cashDaysAmount).toBe(0); // not a customer payment
    expect(insured.state.contracts.k1!.openExposure).toBe(30_000);
    endWeek(plain.sc, plain.state, 18);
    expect(refused(plain.sc, plain.state, { kind: 'claimInsurance', role: 'AR', invoice: 'i1' }).code).toBe('notInsured');
  });

  it('a write-off after 90 days books the whole amount as bad debt', () => {
    expect(WRITE_OFF_MIN_OVERDUE_DAYS).toBe(90);
    const { sc, state, inv } = debt(nonPayer);
    endWeek(sc, state, 17);
    expect(refused(sc, state, { kind: 'writeOff', role: 'AR', invoice: 'i1' }).code).toBe('notOverdueEnough');
    endWeek(sc, state);
    const cash = state.cash;
    act(sc, state, { kind: 'writeOff', role: 'AR', invoice: 'i1' });
    expect(inv.status).toBe('writtenOff');
    expect(state.stats.badDebt).toBe(70_000);
    expect(state.cash).toBe(cash);
    expect(state.contracts.k1!.openExposure).toBe(30_000);
    // a settled invoice is out of reach of every collection action
    for (const kind of ['dun', 'analyzeOverdue', 'legalAction', 'claimInsurance', 'writeOff'] as const) {
      expect(refused(sc, state, { kind, role: 'AR', invoice: 'i1' }).code).toBe('invoiceNotOpen');
    }
  });
});
