/**
 * Why a customer feels as it does: every satisfaction change has a cause (`why`), and the
 * customer keeps the net change per cause in `satisfactionDrivers`. The drivers added with
 * the payment-terms rules: delivered on time, the solution's fit at acceptance, the
 * relationship at signing, and the weekly grievance over an open complaint or breached ticket.
 */
import { describe, expect, it } from 'vitest';
import { changeSatisfaction, indexScenario, type Ctx } from '../../../src/engine/context.ts';
import { relationshipSatisfaction } from '../../../src/engine/rules/contracts.ts';
import { ON_TIME_SATISFACTION, solutionFitSatisfaction } from '../../../src/engine/rules/delivery.ts';
import { relationshipScore } from '../../../src/engine/rules/position.ts';
import { GRIEVANCE_PER_WEEK } from '../../../src/engine/rules/service.ts';
import { customerView, type GameEvent, type GameState, type Ticket } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import {
  acceptOrder, champion, contractOf, endWeek, installDeal, newGame, orderOf, signDeal, winBid, type DealOptions, type Overrides,
} from './fixture.ts';

const ctxOf = (sc: Scenario, state: GameState): Ctx => ({ s: state, sc, ix: indexScenario(sc), luck: undefined as never, events: [] });
const whyOf = (events: GameEvent[], why: string) => events.filter((e) => e.type === 'satisfaction' && e.why === why);

function ticket(state: GameState, t: Partial<Ticket> & Pick<Ticket, 'id' | 'kind'>): Ticket {
  const full: Ticket = {
    customer: 'beta', order: null, product: 'valve', severity: 2, openedWeek: state.week, slaWeek: state.week + 10, status: 'open',
    resolvedWeek: null, breached: false, cause: 'late', rootCauseFed: false, ...t,
  };
  state.tickets[full.id] = full;
  return full;
}

describe('satisfaction drivers', () => {
  it('start empty', () => {
    const { state } = newGame();
    for (const c of Object.values(state.customers)) expect(c.satisfactionDrivers).toEqual({});
  });

  it('record the net change actually applied, per cause, and announce it', () => {
    const { sc, state } = newGame();
    const ctx = ctxOf(sc, state);
    state.customers.beta!.satisfaction = 95;
    changeSatisfaction(ctx, 'beta', 3, 'accepted');
    changeSatisfaction(ctx, 'beta', 4, 'accepted'); // clamped at 100: only 2 count
    changeSatisfaction(ctx, 'beta', -10, 'late');
    changeSatisfaction(ctx, 'beta', 5, 'late');
    changeSatisfaction(ctx, 'beta', 0, 'veto'); // no change, no driver
    expect(state.customers.beta!.satisfaction).toBe(95 + 3 + 2 - 10 + 5);
    expect(state.customers.beta!.satisfactionDrivers).toEqual({ accepted: 5, late: -5 });
    expect(ctx.events.map((e) => [e.why, e.delta])).toEqual([['accepted', 3], ['accepted', 2], ['late', -10], ['late', 5]]);
    // a change the clamp swallows entirely is not recorded
    state.customers.beta!.satisfaction = 0;
    changeSatisfaction(ctx, 'beta', -5, 'defect');
    expect(state.customers.beta!.satisfactionDrivers).not.toHaveProperty('defect');
    // a cause whose name is also an Object.prototype key is a plain driver too
    changeSatisfaction(ctx, 'beta', 1, 'constructor');
    expect(state.customers.beta!.satisfactionDrivers.constructor).toBe(1);
    // other customers are untouched
    expect(state.customers.acme!.satisfactionDrivers).toEqual({});
  });

  it('are on the customer view, with the tender’s payment-terms norm', () => {
    const { sc, state } = newGame();
    changeSatisfaction(ctxOf(sc, state), 'beta', -4, 'late');
    const v = customerView(sc, state, 'beta');
    expect(v.satisfactionDrivers).toEqual({ late: -4 });
    expect(v.termsNorm).toEqual(sc.customers.find((c) => c.id === 'beta')!.terms);
  });
});

describe('relationship at signing', () => {
  /** Win beta's valves, set every stakeholder's support, then end the week the contract is signed. */
  function signedWith(support: number) {
    const { sc, state } = newGame();
    const opp = winBid(sc, state);
    champion(state, 'beta', support);
    const relationship = relationshipScore({ s: state, sc, ix: indexScenario(sc) }, 'beta');
    const before = state.customers.beta!.satisfaction;
    const ev = endWeek(sc, state);
    expect(contractOf(state, opp).status).toBe('active');
    return { state, ev, relationship, before };
  }

  it('a decision chain that knows and trusts the team starts the project happier', () => {
    const { state, ev, relationship, before } = signedWith(100);
    const delta = relationshipSatisfaction(relationship);
    expect(delta).toBeGreaterThan(0);
    expect(whyOf(ev, 'relationship')).toEqual([expect.objectContaining({ customer: 'beta', delta })]);
    expect(state.customers.beta!.satisfaction).toBe(before + delta);
    expect(state.customers.beta!.satisfactionDrivers.relationship).toBe(delta);
  });

  it('a cold one starts it unhappier; a neutral one changes nothing', () => {
    const cold = signedWith(-100);
    const delta = relationshipSatisfaction(cold.relationship);
    expect(delta).toBeLessThan(0);
    expect(cold.state.customers.beta!.satisfaction).toBe(cold.before + delta);
    expect(cold.state.customers.beta!.satisfactionDrivers.relationship).toBe(delta);
    const neutral = signedWith(0);
    expect(neutral.relationship).toBe(50);
    expect(relationshipSatisfaction(50)).toBe(0);
    expect(whyOf(neutral.ev, 'relationship')).toEqual([]);
    expect(neutral.state.customers.beta!.satisfactionDrivers).not.toHaveProperty('relationship');
  });

  it('relationshipSatisfaction rises with the relationship and is 0 at 50', () => {
    const values = [0, 25, 50, 75, 100].map(relationshipSatisfaction);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
    expect(values[2]).toBe(0);
    for (const v of values) expect(Number.isInteger(v)).toBe(true);
  });

  it('a vetoed contract is not signed: no relationship change', () => {
    // 30% off with valves costing more than that: negative margin
    const { sc, state } = newGame({ product: { valve: { unitCost: 40_000 } } });
    const { contract } = signDeal(sc, state, { discountBp: 3000 });
    expect(state.contracts[contract]!.status).toBe('vetoed');
    expect(state.customers.beta!.satisfactionDrivers).not.toHaveProperty('relationship');
    expect(state.customers.beta!.satisfactionDrivers).toHaveProperty('veto');
  });
});

describe('on time at installation', () => {
  function installed(o: Overrides, opts: DealOptions) {
    const { sc, state } = newGame(o);
    const { contract } = signDeal(sc, state, opts);
    const before = { ...state.customers.beta!.satisfactionDrivers };
    installDeal(sc, state, contract);
    return { state, ord: orderOf(state, contract), before };
  }

  it('delivered on or before the promised week pleases the customer', () => {
    const { state, ord, before } = installed({}, {});
    expect(ord.lateWeeks).toBe(0);
    expect(ON_TIME_SATISFACTION).toBeGreaterThan(0);
    expect(before).not.toHaveProperty('onTime');
    expect(state.customers.beta!.satisfactionDrivers.onTime).toBe(ON_TIME_SATISFACTION);
  });

  it('a late delivery earns no on-time goodwill', () => {
    // one unit a week and no FR plan: the sales promise is missed
    const { state, ord } = installed({ company: { capacityUnitsPerWeek: 1 } }, { feasibility: false });
    expect(ord.lateWeeks).toBeGreaterThan(0);
    expect(state.customers.beta!.satisfactionDrivers).not.toHaveProperty('onTime');
    expect(state.customers.beta!.satisfactionDrivers.late).toBeLessThan(0);
  });
});

describe('solution fit at acceptance', () => {
  function accepted(design: boolean) {
    const { sc, state } = newGame();
    const { opp, contract } = signDeal(sc, state, { design });
    const ord = installDeal(sc, state, contract);
    const ev = acceptOrder(sc, state, ord.id);
    return { state, ev, fit: state.opportunities[opp]!.solutionFit };
  }

  it('a solution designed around the customer’s pains pleases at acceptance; a catalogue one disappoints', () => {
    const designed = accepted(true);
    const catalogue = accepted(false);
    expect(designed.fit).toBeGreaterThan(catalogue.fit);
    const good = solutionFitSatisfaction(designed.fit);
    const poor = solutionFitSatisfaction(catalogue.fit);
    expect(good).toBeGreaterThan(0);
    expect(poor).toBeLessThan(0);
    expect(whyOf(designed.ev, 'solutionFit')).toEqual([expect.objectContaining({ customer: 'beta', delta: good })]);
    expect(whyOf(catalogue.ev, 'solutionFit')).toEqual([expect.objectContaining({ customer: 'beta', delta: poor })]);
    expect(designed.state.customers.beta!.satisfactionDrivers.solutionFit).toBe(good);
    expect(catalogue.state.customers.beta!.satisfactionDrivers.solutionFit).toBe(poor);
  });

  it('solutionFitSatisfaction rises with the fit and is 0 at 50', () => {
    const values = [0, 30, 50, 70, 100].map(solutionFitSatisfaction);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
    expect(values[2]).toBe(0);
    for (const v of values) expect(Number.isInteger(v)).toBe(true);
  });
});

describe('grievance', () => {
  it('each week a complaint stays open costs satisfaction, once per customer however many are open', () => {
    const { sc, state } = newGame();
    expect(GRIEVANCE_PER_WEEK).toBeLessThan(0);
    ticket(state, { id: 'c1', kind: 'complaint' });
    ticket(state, { id: 'c2', kind: 'complaint', cause: 'acceptance' });
    const sat = state.customers.beta!.satisfaction;
    const ev = endWeek(sc, state, 3);
    expect(whyOf(ev, 'grievance')).toHaveLength(3);
    expect(state.customers.beta!.satisfaction).toBe(sat + 3 * GRIEVANCE_PER_WEEK);
    expect(state.customers.beta!.satisfactionDrivers).toEqual({ grievance: 3 * GRIEVANCE_PER_WEEK });
    // a customer with no grievance is left alone
    expect(state.customers.acme!.satisfactionDrivers).toEqual({});
  });

  it('a breached technical ticket is a grievance too; an open one within its SLA is not', () => {
    const { sc, state } = newGame();
    state.partsInventory = 0;
    ticket(state, { id: 'r', kind: 'repair', cause: 'defect', slaWeek: 5 });
    const sat = state.customers.beta!.satisfaction;
    endWeek(sc, state, 2); // weeks 1 and 2: within SLA
    expect(state.customers.beta!.satisfaction).toBe(sat);
    expect(state.customers.beta!.satisfactionDrivers).not.toHaveProperty('grievance');
    state.tickets.r!.breached = true; // poke: the SLA ran out (without the breach complaint)
    endWeek(sc, state, 2);
    expect(state.customers.beta!.satisfactionDrivers.grievance).toBe(2 * GRIEVANCE_PER_WEEK);
  });

  it('stops once the complaint is answered', () => {
    const { sc, state } = newGame();
    const c = ticket(state, { id: 'c1', kind: 'complaint' });
    endWeek(sc, state);
    expect(state.customers.beta!.satisfactionDrivers.grievance).toBe(GRIEVANCE_PER_WEEK);
    c.status = 'resolved'; // poke: AR answered it
    c.resolvedWeek = state.week;
    const ev = endWeek(sc, state, 3);
    expect(whyOf(ev, 'grievance')).toEqual([]);
    expect(state.customers.beta!.satisfactionDrivers.grievance).toBe(GRIEVANCE_PER_WEEK);
  });
});
