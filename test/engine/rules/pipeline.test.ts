import { describe, expect, it } from 'vitest';
import {
  applyAction, applyActionInPlace, canonicalJson, cloneState, daysAvailable, daysLeft, replay, stateHash,
  type Action,
} from '../../../src/engine/index.ts';
import { ADVANCE, act, endWeek, newGame, openOpportunity, surface, winBid } from './fixture.ts';

describe('rejections', () => {
  it('change nothing at all', () => {
    const { sc, state } = newGame();
    const opp = openOpportunity(sc, state, 'acme-meters');
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' }); // AR has 1 day left
    const bad: unknown[] = [
      { kind: 'nonsense' },
      { kind: 'visit', role: 'SR', opportunity: opp, stakeholder: 'boss', with: [] }, // wrong role for the action
      { kind: 'marketing', role: 'AR', activity: 'exhibition' }, // not enough days
      { kind: 'qualifyLead', role: 'AR', lead: 'nope' },
      { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 9000 },
      { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 750 }, // within range, but not on the menu
      { kind: 'setTerms', role: 'AR', opportunity: opp, terms: { advanceBp: 2000, deliveryBp: 8000, acceptanceBp: 0, retentionBp: 0, netDays: 30 }, insured: false },
      { kind: 'orderParts', role: 'FR', qty: 3 },
      { kind: 'install', role: 'FR', order: 'nope' },
      { kind: 'writeOff', role: 'AR', invoice: 'nope' },
      { kind: 'chooseCard', role: 'FR', card: 'nope', option: 'x' },
    ];
    for (const a of bad) {
      const before = canonicalJson(state);
      const r = applyActionInPlace(sc, state, a as Action);
      expect(r.ok).toBe(false);
      expect(canonicalJson(state)).toBe(before);
      const viaImmer = applyAction(sc, state, a as Action);
      expect(viaImmer.ok).toBe(false);
      expect(viaImmer.state).toBe(state);
    }
  });

  it('a malformed action is refused by shape before anything else', () => {
    const { sc, state } = newGame();
    const r = applyActionInPlace(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar', extra: 1 } as unknown as Action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.code).toBe('badAction');
  });

  it('notEnoughDays names the role, what it needs and what it has left', () => {
    const { sc, state } = newGame();
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'exhibition' }); // 3 of 5
    const r = applyActionInPlace(sc, state, { kind: 'marketing', role: 'AR', activity: 'exhibition' });
    expect(r.ok ? null : r.rejection).toEqual({ code: 'notEnoughDays', params: { role: 'AR', need: 3, left: 2 } });
    expect(daysLeft(sc, state, 'AR')).toBe(2);
  });

  it('every role joining an action must have the day', () => {
    const { sc, state } = newGame();
    const opp = openOpportunity(sc, state, 'beta-valves');
    state.daysUsed.SR = 5; // poke: SR's week is full
    const r = applyActionInPlace(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'tech', with: ['SR'] });
    expect(r.ok ? null : r.rejection).toEqual({ code: 'notEnoughDays', params: { role: 'SR', need: 1, left: 0 } });
    // AR alone can still go
    act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'tech', with: [] });
  });
});

describe('the week', () => {
  it('ending a week moves the calendar and gives every role its days back', () => {
    const { sc, state } = newGame();
    const opp = openOpportunity(sc, state, 'acme-meters');
    act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
    act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
    expect(state.daysUsed).toEqual({ AR: 2, SR: 2, FR: 1 });
    const ev = endWeek(sc, state);
    expect(state.week).toBe(2);
    expect(state.daysUsed).toEqual({ AR: 0, SR: 0, FR: 0 });
    expect(ev.find((e) => e.type === 'weekEnded')).toMatchObject({ week: 1, cash: state.cash });
    for (const r of ['AR', 'SR', 'FR'] as const) expect(daysAvailable(sc, state, r)).toBe(5);
  });

  it('days spent are booked to the role and the action’s category', () => {
    const { sc, state } = newGame();
    const opp = openOpportunity(sc, state, 'acme-meters'); // AR: 2 customer days
    act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'eng', with: ['SR'] });
    act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
    act(sc, state, { kind: 'creditCheck', role: 'AR', customer: 'acme' });
    act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
    expect(state.stats.time.AR).toMatchObject({ customer: 3, finance: 1 });
    expect(state.stats.time.SR).toMatchObject({ customer: 1, solution: 2 });
    expect(state.stats.time.FR).toMatchObject({ delivery: 1 });
  });

  it('the game is over after the last week: every action, even ending the week, is refused', () => {
    const { sc, state } = newGame({ weeks: 2 });
    endWeek(sc, state);
    expect(state.finished).toBe(false);
    const ev = endWeek(sc, state);
    expect(state.finished).toBe(true);
    expect(state.week).toBe(3);
    expect(ev.map((e) => e.type)).toContain('gameFinished');
    const before = canonicalJson(state);
    for (const a of [{ kind: 'endWeek' }, { kind: 'marketing', role: 'AR', activity: 'seminar' }] as Action[]) {
      const r = applyActionInPlace(sc, state, a);
      expect(r.ok ? null : r.rejection.code).toBe('gameOver');
    }
    expect(canonicalJson(state)).toBe(before);
  });

  it('no scripted content fires after the game is over', () => {
    const { sc, state } = newGame({
      weeks: 2,
      events: [{ id: 'late', trigger: { when: { metric: 'cash', above: 0, fromWeek: 1 } }, news: { zh: 'x', en: 'x' }, effects: [] }],
    });
    expect(state.firedEvents).toEqual(['late']);
    endWeek(sc, state);
    state.firedEvents = []; // poke: let it fire again whenever a new week starts
    endWeek(sc, state);
    expect(state.finished).toBe(true);
    expect(state.firedEvents).toEqual([]);
  });
});

describe('determinism', () => {
  const log = (opp: string): Action[] => [
    { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: ['SR'] },
    { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'eng', with: ['SR'] },
    { kind: 'discover', role: 'AR', opportunity: opp },
    { kind: 'endWeek' },
    { kind: 'marketing', role: 'AR', activity: 'exhibition' },
    { kind: 'designSolution', role: 'SR', opportunity: opp },
    { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 500 },
    { kind: 'endWeek' },
    { kind: 'endWeek' },
    { kind: 'endWeek' },
  ];

  it('the same seed and the same actions give the same state; the immer path agrees with the in-place one', () => {
    const a = newGame({}, 'same');
    const b = newGame({}, 'same');
    const opp = openOpportunity(a.sc, a.state, 'acme-meters');
    openOpportunity(b.sc, b.state, 'acme-meters');
    let immer = cloneState(b.state);
    for (const x of log(opp)) {
      act(a.sc, a.state, x);
      act(b.sc, b.state, x);
      const frozenBefore = immer;
      const hashBefore = stateHash(frozenBefore);
      const r = applyAction(b.sc, immer, x);
      expect(r.ok).toBe(true);
      expect(stateHash(frozenBefore)).toBe(hashBefore); // input untouched
      immer = r.state;
    }
    expect(canonicalJson(a.state)).toBe(canonicalJson(b.state));
    expect(stateHash(immer)).toBe(stateHash(a.state));
  });

  it('the luck comes from the seed: a different seed rolls differently', () => {
    const outcomes = new Set<string>();
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const { sc, state } = newGame({}, seed);
      act(sc, state, { kind: 'marketing', role: 'AR', activity: 'exhibition' });
      outcomes.add(Object.keys(state.leads).sort().join(','));
    }
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('replay re-simulates a log from the seed, and stops at the first refused action', () => {
    const { sc, state } = newGame({}, 'replay');
    const actions: Action[] = [
      { kind: 'marketing', role: 'AR', activity: 'exhibition' },
      { kind: 'endWeek' },
      { kind: 'marketing', role: 'AR', activity: 'seminar' },
      { kind: 'endWeek' },
    ];
    for (const x of actions) act(sc, state, x);
    const r = replay(sc, 'replay', actions);
    expect(r.error).toBeNull();
    expect(r.weekHashes).toHaveLength(2);
    expect(stateHash(r.state)).toBe(stateHash(state));
    const broken = replay(sc, 'replay', [...actions.slice(0, 1), { kind: 'qualifyLead', role: 'AR', lead: 'nope' }, ...actions.slice(1)]);
    expect(broken.error).toEqual({ index: 1, week: 1, rejection: { code: 'unknownLead', params: { lead: 'nope' } } });
  });

  it('cash always equals the starting cash plus the ledger', () => {
    const { sc, state } = newGame();
    surface(sc, state, 'ghost');
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' });
    winBid(sc, state, { terms: ADVANCE });
    endWeek(sc, state, 10);
    const sum = Object.values(state.ledger).reduce((x, y) => x + y, 0);
    expect(state.cash).toBe(sc.company.startingCash + sum);
    expect(state.ledger.marketing).toBeLessThan(0);
    expect(state.ledger.production).toBeLessThan(0);
    expect(state.ledger.collections).toBeGreaterThan(0);
  });
});
