import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../../src/engine/index.ts';
import {
  ACCEPTANCE_COMPLAINT_BP, ACCEPTANCE_DEFECT_WEIGHT, ACCEPTANCE_DISPUTE_BP, ACCEPTANCE_PASS_BP, ACCEPTED_SATISFACTION, LATE_COMPLAINT_WEEKS, LATE_SATISFACTION_PER_WEEK, MAX_PENALTY_BP,
  ON_TIME_SATISFACTION, RETENTION_WEEKS, solutionFitSatisfaction, TICKET_IN_SLA_SATISFACTION,
} from '../../../src/engine/rules/delivery.ts';
import { PENALTY_BP_PER_WEEK } from '../../../src/engine/rules/contracts.ts';
import {
  act, acceptOrder, clone, endWeek, installDeal, invoicesOf, LOOSE, newGame, orderOf, refused, runUntil, seeds, signDeal, ticketsOf, types,
  type DealOptions, type Overrides,
} from './fixture.ts';

function pokeOrder(state: GameState, id: string, quantity: number, readyDay: number): Order {
  const o: Order = {
    id, contract: `k-${id}`, customer: 'acme', product: 'meter', quantity, remaining: quantity, readyDay, halfDays: 1,
    earliestDoneWeek: 1, status: 'production', producedWeek: null, installedWeek: null, acceptedWeek: null, lateWeeks: 0, prepared: false,
  };
  state.orders[id] = o;
  // Goods that arrive are billed against their contract (到货款): a real one, signed in another game.
  const template = signed();
  state.contracts[o.contract] = { ...structuredClone(template.k), id: o.contract, customer: 'acme' };
  return o;
}

function signed(o: Overrides = {}, opts: DealOptions = {}, seed?: string) {
  const { sc, state } = newGame(o, seed);
  const { opp, contract } = signDeal(sc, state, opts);
  return { sc, state, opp, contract, k: state.contracts[contract]! };
}

describe('production', () => {
  it('shares the factory capacity first-come first-served by approval day', () => {
    const { sc, state } = newGame(); // 20 units a week
    const later = pokeOrder(state, 'aa', 15, 12);
    const first = pokeOrder(state, 'zz', 15, 10);
    endWeek(sc, state);
    expect(first.remaining).toBe(0);
    expect(first.status).toBe('shipping');
    expect(first.producedWeek).toBe(1);
    expect(later.remaining).toBe(10);
    expect(later.status).toBe('production');
    expect(state.ledger.production).toBe(-20 * 6000);
    endWeek(sc, state);
    expect(later.remaining).toBe(0);
    expect(later.status).toBe('shipping');
    expect(state.ledger.production).toBe(-30 * 6000);
  });

  it('breaks ties on the approval day by order id', () => {
    const { sc, state } = newGame();
    const b = pokeOrder(state, 'ord-b', 15, 10);
    const a = pokeOrder(state, 'ord-a', 15, 10);
    endWeek(sc, state);
    expect(a.remaining).toBe(0);
    expect(b.remaining).toBe(10);
  });

  it('scripted extra capacity is used by the line', () => {
    const { sc, state } = newGame();
    state.capacityDelta = 10;
    const o = pokeOrder(state, 'big', 30, 0);
    endWeek(sc, state);
    expect(o.remaining).toBe(0);
  });

  it.each([0, 1, 3])('finished goods wait for the lead time (%i weeks) even when the line is free', (lt) => {
    const { sc, state, contract } = signed({ product: { valve: { leadTimeWeeks: lt } } });
    const ord = orderOf(state, contract);
    // released at the end of week 4; all 4 units are made at once
    expect(ord.remaining).toBe(0);
    runUntil(sc, state, () => ord.status !== 'production');
    expect(ord.producedWeek).toBe(4 + lt);
  });

  it('goods arrive on site the week after production: logistics cost and an install ticket', () => {
    const { sc, state, contract } = signed();
    const ord = orderOf(state, contract);
    runUntil(sc, state, () => ord.status === 'shipping');
    expect(state.week).toBe(7); // produced at the end of week 6
    const ev = endWeek(sc, state);
    expect(ord.status).toBe('install');
    expect(types(ev)).toContain('orderArrived');
    expect(state.ledger.delivery).toBe(-2000);
    expect(state.stats.deliveryCost).toBe(2000);
    const tickets = ticketsOf(state, (t) => t.kind === 'install');
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ order: ord.id, severity: 2, status: 'open', openedWeek: 7, slaWeek: 9, cause: 'delivery' });
  });
});

describe('installation', () => {
  it('is refused before the goods arrive', () => {
    const { sc, state, contract } = signed();
    const ord = orderOf(state, contract);
    expect(refused(sc, state, { kind: 'install', role: 'FR', order: ord.id }).code).toBe('orderNotReady');
    expect(refused(sc, state, { kind: 'acceptance', role: 'FR', order: ord.id }).code).toBe('orderNotReady');
    expect(refused(sc, state, { kind: 'install', role: 'FR', order: 'nope' }).code).toBe('unknownOrder');
  });

  it('takes the product’s install days and recognises revenue and cost; the delivery milestone was invoiced on arrival', () => {
    const { sc, state, contract, k } = signed();
    const cashBefore = () => state.cash;
    const ord = orderOf(state, contract);
    runUntil(sc, state, () => ord.status === 'install');
    const before = cashBefore();
    installDeal(sc, state, contract);
    expect(state.daysUsed.FR).toBe(2);
    expect(ord.status).toBe('acceptance');
    expect(ord.installedWeek).toBe(8);
    expect(state.cash).toBe(before - 2 * 1000);
    expect(state.stats.revenue).toBe(k.price);
    expect(state.stats.productCost).toBe(4 * 30_000);
    expect(state.stats.ordersDelivered).toBe(1);
    expect(state.stats.deliveryCost).toBe(2000 + 2000);
    const install = ticketsOf(state, (t) => t.kind === 'install')[0]!;
    expect(install.status).toBe('resolved');
    expect(state.stats.ticketsInSla).toBe(1);
    // 到货款: billed when the goods arrived, at the end of the week before FR installed them.
    const inv = invoicesOf(state, contract);
    expect(inv).toHaveLength(1);
    expect(inv[0]).toMatchObject({ milestone: 'delivery', amount: 140_000, issuedDay: 7 * 7 - 1, dueDay: 7 * 7 - 1 + 30, reconciled: false });
  });

  it('FR’s promise holds; the sales promise made without FR is missed when the factory is busy', () => {
    // same seed, same play; only FR's feasibility check differs. One unit a week: the
    // 4 valves take 4 weeks to make, longer than the catalogue's 2-week lead time.
    const busy = { company: { capacityUnitsPerWeek: 1 } };
    const withFr = signed(busy, { feasibility: true });
    const without = signed(busy, { feasibility: false });
    expect(withFr.k.promisedWeek).toBe(10); // deadline 3 + 1 + max(2, 4) + 2
    expect(without.k.promisedWeek).toBe(8); // deadline 3 + 1 + 2 + 2, as if the factory were empty
    installDeal(withFr.sc, withFr.state, withFr.contract);
    installDeal(without.sc, without.state, without.contract);
    expect(withFr.state.week).toBe(without.state.week);
    expect(orderOf(withFr.state, withFr.contract).lateWeeks).toBe(0);
    expect(withFr.state.stats.penalties).toBe(0);
    expect(orderOf(without.state, without.contract).lateWeeks).toBe(1);
    expect(PENALTY_BP_PER_WEEK).toBeGreaterThan(0);
    expect(without.state.stats.penalties).toBe((200_000 * PENALTY_BP_PER_WEEK) / 10000);
    expect(without.state.customers.beta!.lateDeliveries).toBe(1);
    expect(LATE_SATISFACTION_PER_WEEK).toBeLessThan(0);
    expect(ON_TIME_SATISFACTION).toBeGreaterThan(0);
    // on time pleases, a week late displeases: everything else was the same
    expect(without.state.customers.beta!.satisfaction).toBe(withFr.state.customers.beta!.satisfaction + LATE_SATISFACTION_PER_WEEK - ON_TIME_SATISFACTION);
    expect(withFr.state.customers.beta!.satisfactionDrivers).toMatchObject({ onTime: ON_TIME_SATISFACTION });
    expect(withFr.state.customers.beta!.satisfactionDrivers).not.toHaveProperty('late');
    expect(without.state.customers.beta!.satisfactionDrivers).toMatchObject({ late: LATE_SATISFACTION_PER_WEEK });
    expect(without.state.customers.beta!.satisfactionDrivers).not.toHaveProperty('onTime');
  });

  it('two weeks late: a bigger penalty, a bigger satisfaction drop and a complaint', () => {
    const { sc, state, contract } = signed({ company: { capacityUnitsPerWeek: 1 } }, { feasibility: false }); // promised week 8
    const ord = orderOf(state, contract);
    runUntil(sc, state, () => ord.status === 'install'); // on site in week 9: already a week late
    endWeek(sc, state); // FR waits a week: installs in week 10
    expect(LATE_COMPLAINT_WEEKS).toBe(2);
    const sat = state.customers.beta!.satisfaction;
    const cash = state.cash;
    const ev = act(sc, state, { kind: 'install', role: 'FR', order: ord.id });
    expect(ord.lateWeeks).toBe(2);
    const penalty = (200_000 * PENALTY_BP_PER_WEEK * 2) / 10000;
    expect(state.ledger.penalties).toBe(-penalty);
    expect(state.cash).toBe(cash - penalty - 2000); // penalty + crew
    expect(ev.find((e) => e.type === 'deliveredLate')).toMatchObject({ weeks: 2, penalty });
    // lateness, and the goodwill for closing the install ticket within its SLA
    expect(state.customers.beta!.satisfaction).toBe(sat + 2 * LATE_SATISFACTION_PER_WEEK + TICKET_IN_SLA_SATISFACTION);
    const complaints = ticketsOf(state, (t) => t.kind === 'complaint');
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatchObject({ cause: 'late', customer: 'beta', order: ord.id, status: 'open' });
    expect(state.stats.complaints).toBe(1);
  });

  it('one week late brings no complaint; the penalty is capped', () => {
    const oneWeek = signed({ company: { capacityUnitsPerWeek: 1 } }, { feasibility: false });
    installDeal(oneWeek.sc, oneWeek.state, oneWeek.contract);
    expect(ticketsOf(oneWeek.state, (t) => t.kind === 'complaint')).toEqual([]);

    const { sc, state, contract, k } = signed();
    const ord = orderOf(state, contract);
    runUntil(sc, state, () => ord.status === 'install');
    k.promisedWeek = state.week - 30; // poke: promised long ago
    act(sc, state, { kind: 'install', role: 'FR', order: ord.id });
    expect(PENALTY_BP_PER_WEEK * 30).toBeGreaterThan(MAX_PENALTY_BP);
    expect(state.stats.penalties).toBe((200_000 * MAX_PENALTY_BP) / 10000);
    expect(state.customers.beta!.satisfaction).toBe(0); // clamped
  });
});

describe('acceptance', () => {
  function installed(opts: DealOptions = {}) {
    const w = signed({}, opts);
    installDeal(w.sc, w.state, w.contract);
    return { ...w, ord: orderOf(w.state, w.contract) };
  }

  it('on passing: accepted, satisfaction up, and the acceptance milestone invoiced', () => {
    const { sc, state, contract, ord } = installed();
    const sat = state.customers.beta!.satisfaction;
    const ev = acceptOrder(sc, state, ord.id);
    expect(ord.status).toBe('accepted');
    expect(ord.acceptedWeek).toBe(state.week);
    const failures = ev.filter((e) => e.type === 'acceptanceFailed').length;
    const repairs = ev.filter((e) => e.type === 'ticketResolved').length;
    expect(ACCEPTED_SATISFACTION).toBeGreaterThan(0);
    // the well-prepared bid designed the solution around every known pain: a good fit pleases
    const fit = state.opportunities[state.contracts[contract]!.opportunity]!.solutionFit;
    expect(solutionFitSatisfaction(fit)).toBeGreaterThan(0);
    expect(state.customers.beta!.satisfaction).toBe(
      Math.min(100, sat - 3 * failures + TICKET_IN_SLA_SATISFACTION * repairs + ACCEPTED_SATISFACTION + solutionFitSatisfaction(fit)),
    );
    const acc = invoicesOf(state, contract).filter((i) => i.milestone === 'acceptance');
    expect(acc).toHaveLength(1);
    expect(acc[0]!.amount).toBe(60_000);
  });

  /** Poke the product line's defect rate so high that acceptance certainly fails. */
  function certainFailure(state: GameState) {
    expect(10000 * ACCEPTANCE_DEFECT_WEIGHT).toBeGreaterThanOrEqual(Math.max(ACCEPTANCE_PASS_BP.withEarlyFr, ACCEPTANCE_PASS_BP.withoutEarlyFr));
    state.defectRateBp.valve = 10000;
  }

  it('on failing: a repair ticket that must be fixed before trying again', () => {
    const { sc, state, ord } = installed();
    certainFailure(state);
    const sat = state.customers.beta!.satisfaction;
    const ev = act(sc, state, { kind: 'acceptance', role: 'FR', order: ord.id });
    expect(types(ev)).toContain('acceptanceFailed');
    expect(ord.status).toBe('acceptance');
    expect(state.customers.beta!.satisfaction).toBe(sat - 3);
    const repair = ticketsOf(state, (t) => t.kind === 'repair' && t.order === ord.id);
    expect(repair).toHaveLength(1);
    expect(repair[0]).toMatchObject({ cause: 'acceptance', status: 'open' });
    expect(invoicesOf(state, ord.contract).filter((i) => i.milestone === 'acceptance')).toEqual([]);
    expect(refused(sc, state, { kind: 'acceptance', role: 'FR', order: ord.id }).code).toBe('repairOpen');
    act(sc, state, { kind: 'workTicket', role: 'FR', ticket: repair[0]!.id });
    act(sc, state, { kind: 'acceptance', role: 'FR', order: ord.id }); // allowed again
  });

  it('a product line with more defects fails acceptance more often', () => {
    const { sc, state, ord } = installed();
    // Same dice in both worlds of each seed; only the product's defect rate differs.
    const passes = (seed: string, defectRateBp: number) => {
      const w = clone(state);
      w.seed = seed; // a different seed is different luck
      w.defectRateBp.valve = defectRateBp;
      act(sc, w, { kind: 'acceptance', role: 'FR', order: ord.id });
      return w.orders[ord.id]!.status === 'accepted';
    };
    let sound = 0;
    let faulty = 0;
    const n = 400;
    for (const seed of seeds(n)) {
      const a = passes(seed, 0);
      const b = passes(seed, 1000);
      if (a) sound++;
      if (b) faulty++;
      expect(b && !a).toBe(false); // never better with more defects
    }
    const base = ACCEPTANCE_PASS_BP.withEarlyFr;
    expect(faulty).toBeLessThan(sound);
    expect(Math.abs(sound / n - base / 10000)).toBeLessThan(0.05);
    expect(Math.abs(faulty / n - (base - 1000 * ACCEPTANCE_DEFECT_WEIGHT) / 10000)).toBeLessThan(0.07);
  });

  it('a failed acceptance can turn into a complaint, more often on criteria nobody agreed before the bid', () => {
    const n = 200;
    for (const earlyFr of [true, false]) {
      const { sc, state, ord } = installed({ feasibility: earlyFr });
      certainFailure(state);
      let complaints = 0;
      for (const seed of seeds(n)) {
        const w = clone(state);
        w.seed = seed; // a different seed is different luck
        act(sc, w, { kind: 'acceptance', role: 'FR', order: ord.id });
        const c = ticketsOf(w, (t) => t.kind === 'complaint' && t.cause === 'acceptance');
        if (c.length) {
          complaints++;
          expect(c[0]).toMatchObject({ order: ord.id, customer: 'beta', status: 'open' });
        }
      }
      // A stopped commissioning draws a complaint now and then; a dispute over criteria nobody agreed, more often.
      const expected = ACCEPTANCE_COMPLAINT_BP + (earlyFr ? 0 : ACCEPTANCE_DISPUTE_BP);
      expect(complaints).toBeGreaterThan(0);
      expect(Math.abs(complaints / n - expected / 10000)).toBeLessThan(0.1);
    }
  });
});

describe('retention', () => {
  it('is invoiced some weeks after acceptance', () => {
    const w = signed({}, { terms: LOOSE }); // 10% held back as retention
    installDeal(w.sc, w.state, w.contract);
    const ord = orderOf(w.state, w.contract);
    acceptOrder(w.sc, w.state, ord.id);
    const accepted = ord.acceptedWeek!;
    const retention = () => invoicesOf(w.state, w.contract).filter((i) => i.milestone === 'retention');
    runUntil(w.sc, w.state, () => w.state.week === accepted + RETENTION_WEEKS);
    expect(retention()).toEqual([]);
    endWeek(w.sc, w.state);
    expect(retention()).toHaveLength(1);
    expect(retention()[0]).toMatchObject({ amount: (200_000 * LOOSE.retentionBp) / 10000, issuedDay: (accepted + RETENTION_WEEKS - 1) * 7 });
  });
});
