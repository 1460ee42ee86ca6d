/**
 * The overdraft line (rules/cash.ts): chosen spending stops at −overdraftLimit, committed
 * costs do not, a week ending below zero pays interest, and the feed warns when cash
 * first goes below zero.
 */
import { describe, expect, it } from 'vitest';
import { CREDIT_CHECK_COST } from '../../../src/engine/rules/contracts.ts';
import { OVERDRAFT_SPENDING } from '../../../src/engine/rules/cash.ts';
import { canonicalJson, legalActions } from '../../../src/engine/index.ts';
import { act, endWeek, newGame, refused, types } from './fixture.ts';

describe('the overdraft line', () => {
  it('defaults to a ¥1,000,000 line at 30 bp a week for scenarios that do not set it', () => {
    const { sc } = newGame();
    expect(sc.company.overdraftLimit).toBe(1_000_000);
    expect(sc.company.overdraftInterestBp).toBe(30);
  });

  it('chosen spending goes below zero down to the line, and is refused past it with the cost and the room left', () => {
    // seminar 10,000: cash 15,000 and a 20,000 line leave room for three (−15,000), not four
    const { sc, state } = newGame({ company: { startingCash: 15_000, overdraftLimit: 20_000 } });
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' });
    const events = act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' });
    expect(state.cash).toBe(-5_000);
    expect(types(events)).toContain('cashOverdrawn');
    endWeek(sc, state);
    const cash = state.cash;
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' });
    expect(state.cash).toBe(cash - 10_000);
    const before = canonicalJson(state);
    const r = refused(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' });
    expect(r).toEqual({ code: 'overdraftLimit', params: { cost: 10_000, room: state.cash + 20_000, limit: 20_000 } });
    expect(canonicalJson(state)).toBe(before);
    // the buttons follow: no seminar on offer past the line, a cheaper executive visit still is
    const offered = legalActions(sc, state, 'AR').filter((a) => a.kind === 'marketing').map((a) => a.activity);
    expect(offered).not.toContain('seminar');
    expect(offered).toContain('executiveVisit');
  });

  it('with no line (0), credit checks and parts stop at zero', () => {
    const { sc, state } = newGame({ company: { startingCash: CREDIT_CHECK_COST - 1, overdraftLimit: 0 } });
    expect(refused(sc, state, { kind: 'creditCheck', role: 'AR', customer: sc.customers[0]!.id }).code).toBe('overdraftLimit');
    expect(refused(sc, state, { kind: 'orderParts', role: 'FR', qty: 10 }).code).toBe('overdraftLimit');
    act(sc, state, { kind: 'orderParts', role: 'FR', qty: 1 });
    expect(state.cash).toBeGreaterThanOrEqual(0);
  });

  it('a week ending below zero pays overdraftInterestBp of the overdraft, booked to the ledger and the debrief stats', () => {
    const { sc, state } = newGame({ company: { startingCash: 0, overdraftLimit: 1_000_000, overdraftInterestBp: 50 } });
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'exhibition' }); // −20,000
    const events = endWeek(sc, state);
    const interest = events.find((e) => e.type === 'overdraftInterest')!;
    expect(interest).toMatchObject({ interest: 100, cash: -20_100, limit: 1_000_000 });
    expect(state.ledger.interest).toBe(-100);
    expect(state.stats).toMatchObject({ overdraftInterest: 100, weeksOverdrawn: 1 });
    // the week's line reports the cash after interest, and interest comes before it
    expect(types(events).indexOf('overdraftInterest')).toBeLessThan(types(events).indexOf('weekEnded'));
    endWeek(sc, state);
    expect(state.stats.weeksOverdrawn).toBe(2);
    expect(state.stats.overdraftInterest).toBe(100 + Math.floor((20_100 * 50) / 10000));
  });

  it('no interest, no overdrawn week, no warning while cash stays at or above zero', () => {
    const { sc, state } = newGame({ company: { startingCash: 10_000 } });
    const events = [...act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' }), ...endWeek(sc, state, 2)];
    expect(state.cash).toBe(0);
    expect(types(events)).not.toContain('cashOverdrawn');
    expect(types(events)).not.toContain('overdraftInterest');
    expect(state.stats).toMatchObject({ overdraftInterest: 0, weeksOverdrawn: 0 });
  });

  it('names exactly the spending the team chooses', () => {
    expect([...OVERDRAFT_SPENDING].sort()).toEqual(['creditCheck', 'legalAction', 'marketing', 'orderParts', 'preventiveMaintenance', 'siteSurvey', 'solutionWorkshop', 'technicalExchange']);
  });
});
