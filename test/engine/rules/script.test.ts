import { describe, expect, it } from 'vitest';
import { daysAvailable } from '../../../src/engine/index.ts';
import { SUPPORT_DRIFT_PER_WEEK } from '../../../src/engine/rules/opportunities.ts';
import {
  act, endWeek, newGame, openOpportunity, positionOf, refused, types, type CardIn, type EventIn,
} from './fixture.ts';

const t = (en: string) => ({ zh: en, en });
const ev = (id: string, trigger: EventIn['trigger'], effects: EventIn['effects']): EventIn => ({ id, trigger, news: t(id), effects });

describe('scripted events', () => {
  it('an atWeek event fires at the start of its week, once, with its effects', () => {
    const { sc, state } = newGame({ events: [ev('cut', { atWeek: 3 }, [{ kind: 'competitorPriceCut', competitor: 'rival', bp: 300 }])] });
    expect(state.competitorPriceBp.rival).toBe(9500);
    endWeek(sc, state);
    expect(state.competitorPriceBp.rival).toBe(9500);
    const e = endWeek(sc, state); // week 3 begins
    expect(state.competitorPriceBp.rival).toBe(9200);
    expect(state.firedEvents).toEqual(['cut']);
    expect(e.find((x) => x.type === 'scriptedEvent')).toMatchObject({ event: 'cut', week: 3 });
    endWeek(sc, state, 3);
    expect(state.competitorPriceBp.rival).toBe(9200);
    expect(state.firedEvents).toEqual(['cut']);
  });

  it('a week-1 event fires when the game is created', () => {
    const { state } = newGame({ events: [ev('gift', { atWeek: 1 }, [{ kind: 'cash', amount: 5000 }])] });
    expect(state.cash).toBe(1_005_000);
    expect(state.ledger.scripted).toBe(5000);
    expect(state.firedEvents).toEqual(['gift']);
  });

  it('applies every kind of effect', () => {
    const { sc, state } = newGame({
      events: [
        ev('storm', { atWeek: 2 }, [
          { kind: 'budgetCut', lead: 'acme-meters', bp: 2000 },
          { kind: 'stakeholderLeaves', customer: 'acme', stakeholder: 'eng' },
          { kind: 'qualityIncident', product: 'valve', defectRateBp: 700 },
          { kind: 'downturn', cashPosition: -30 },
          { kind: 'satisfaction', customer: 'beta', delta: -15 },
          { kind: 'support', customer: 'acme', stakeholder: 'boss', delta: 25 },
          { kind: 'cash', amount: -40_000 },
          { kind: 'capacity', delta: 5 },
          { kind: 'roleDays', role: 'FR', delta: -2, weeks: 2 },
        ]),
      ],
    });
    const opp = openOpportunity(sc, state, 'acme-meters');
    const cash = state.cash;
    endWeek(sc, state);
    expect(state.budgetCutBp['acme-meters']).toBe(2000);
    expect(positionOf(sc, state, opp, 85_000).overBudget).toBe(true); // budget now 80 000
    expect(state.customers.acme!.stakeholders.eng!.present).toBe(false);
    expect(refused(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'eng', with: [] }).code).toBe('stakeholderGone');
    expect(state.defectRateBp.valve).toBe(700);
    expect(state.customers.acme!.cashPosition).toBe(50);
    expect(state.customers.tiny!.cashPosition).toBe(20);
    expect(state.customers.beta!.satisfaction).toBe(45);
    // the boss had drifted in week 1 (contested deal, not visited) before the event
    expect(state.customers.acme!.stakeholders.boss!.support).toBe(0 - SUPPORT_DRIFT_PER_WEEK + 25);
    expect(state.cash).toBe(cash - 40_000);
    expect(state.ledger.scripted).toBe(-40_000);
    expect(state.capacityDelta).toBe(5);
    expect(daysAvailable(sc, state, 'FR')).toBe(3);
    expect(daysAvailable(sc, state, 'AR')).toBe(5);
    endWeek(sc, state);
    expect(daysAvailable(sc, state, 'FR')).toBe(3); // week 3: still in force
    endWeek(sc, state);
    expect(daysAvailable(sc, state, 'FR')).toBe(5); // week 4: over
    expect(state.roleDayChanges).toEqual([]);
  });

  it('a card left unanswered still applies its default for the full number of weeks, from next week', () => {
    const card: CardIn = {
      id: 'strike', role: 'FR', trigger: { atWeek: 1 }, title: t('Strike'), text: t('Strike'),
      options: [
        { id: 'accept', label: t('Accept'), effects: [{ kind: 'roleDays', role: 'FR', delta: -2, weeks: 1 }] },
        { id: 'fight', label: t('Fight'), effects: [] },
      ],
    };
    const { sc, state } = newGame({ cards: [card] });
    endWeek(sc, state); // nobody answered: the default applies as week 1 ends
    expect(state.cards.strike).toMatchObject({ status: 'done', option: 'accept' });
    expect(daysAvailable(sc, state, 'FR')).toBe(3); // week 2 feels it
    endWeek(sc, state);
    expect(daysAvailable(sc, state, 'FR')).toBe(5);
  });

  it('effects stay within their bounds', () => {
    const { state } = newGame({
      events: [
        ev('extreme', { atWeek: 1 }, [
          { kind: 'competitorPriceCut', competitor: 'rival', bp: 5000 },
          { kind: 'budgetCut', lead: 'acme-meters', bp: 9000 },
          { kind: 'budgetCut', lead: 'acme-meters', bp: 9000 },
          { kind: 'qualityIncident', product: 'meter', defectRateBp: 5000 },
          { kind: 'qualityIncident', product: 'meter', defectRateBp: 5000 },
          { kind: 'qualityIncident', product: 'meter', defectRateBp: 5000 },
          { kind: 'downturn', cashPosition: 100 },
          { kind: 'satisfaction', customer: 'beta', delta: -100 },
          { kind: 'support', customer: 'beta', stakeholder: 'chief', delta: 100 },
          { kind: 'support', customer: 'beta', stakeholder: 'chief', delta: 100 },
        ]),
      ],
    });
    expect(state.competitorPriceBp.rival).toBe(5000);
    expect(state.budgetCutBp['acme-meters']).toBe(9000);
    expect(state.defectRateBp.meter).toBe(10000);
    expect(state.customers.acme!.cashPosition).toBe(100);
    expect(state.customers.beta!.satisfaction).toBe(0);
    expect(state.customers.beta!.stakeholders.chief!.support).toBe(100);
  });

  it('fewer role days can make an action unaffordable', () => {
    const { sc, state } = newGame({ events: [ev('flu', { atWeek: 1 }, [{ kind: 'roleDays', role: 'AR', delta: -4, weeks: 1 }])] });
    expect(daysAvailable(sc, state, 'AR')).toBe(1);
    expect(refused(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' })).toEqual({
      code: 'notEnoughDays', params: { role: 'AR', need: 2, left: 1 },
    });
    endWeek(sc, state);
    expect(daysAvailable(sc, state, 'AR')).toBe(5);
  });
});

describe('condition triggers', () => {
  it('fire at the start of the first week the condition holds, and only once', () => {
    const { sc, state } = newGame({
      events: [ev('broke', { when: { metric: 'cash', below: 990_000, fromWeek: 1 } }, [{ kind: 'cash', amount: 1000 }])],
    });
    expect(state.firedEvents).toEqual([]);
    endWeek(sc, state);
    expect(state.firedEvents).toEqual([]);
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'exhibition' }); // −20 000
    expect(state.firedEvents).toEqual([]); // checked between weeks, not mid-week
    endWeek(sc, state);
    expect(state.firedEvents).toEqual(['broke']);
    expect(state.ledger.scripted).toBe(1000);
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'exhibition' });
    endWeek(sc, state);
    expect(state.ledger.scripted).toBe(1000);
  });

  it('respect fromWeek', () => {
    const { sc, state } = newGame({
      events: [ev('late', { when: { metric: 'cash', above: 0, fromWeek: 3 } }, [])],
    });
    endWeek(sc, state);
    expect(state.firedEvents).toEqual([]);
    endWeek(sc, state);
    expect(state.firedEvents).toEqual(['late']);
  });

  it('can watch a customer’s satisfaction, bids won and open complaints', () => {
    const { sc, state } = newGame({
      events: [
        ev('unhappy', { when: { metric: 'customerSatisfaction', customer: 'beta', below: 50, fromWeek: 1 } }, []),
        ev('winner', { when: { metric: 'bidsWon', above: 0, fromWeek: 1 } }, []),
        ev('angry', { when: { metric: 'openComplaints', customer: 'acme', above: 1, fromWeek: 1 } }, []),
      ],
    });
    endWeek(sc, state);
    expect(state.firedEvents).toEqual([]);
    state.customers.beta!.satisfaction = 49;
    state.stats.bidsWon = 1;
    const complaint = {
      kind: 'complaint' as const, customer: 'acme', order: null, product: null, severity: 3 as const, openedWeek: 2, slaWeek: 9,
      status: 'open' as const, resolvedWeek: null, breached: false, cause: 'late' as const, rootCauseFed: false,
    };
    state.tickets.c1 = { id: 'c1', ...complaint };
    state.tickets.c2 = { id: 'c2', ...complaint, customer: 'beta' }; // another customer's: does not count
    endWeek(sc, state);
    expect(state.firedEvents).toEqual(['unhappy', 'winner']);
    state.tickets.c3 = { id: 'c3', ...complaint };
    endWeek(sc, state);
    expect(state.firedEvents).toEqual(['unhappy', 'winner', 'angry']);
  });
});

describe('decision cards', () => {
  const card: CardIn = {
    id: 'overtime',
    role: 'FR',
    trigger: { atWeek: 2 },
    title: t('Overtime?'),
    text: t('Run overtime?'),
    options: [
      { id: 'no', label: t('No'), effects: [{ kind: 'satisfaction', customer: 'beta', delta: -5 }] },
      { id: 'yes', label: t('Yes'), effects: [{ kind: 'cash', amount: -20_000 }, { kind: 'capacity', delta: 10 }] },
    ],
  };

  it('is dealt at its trigger and, unanswered, takes its first option when the week ends', () => {
    const { sc, state } = newGame({ cards: [card] });
    expect(state.cards).toEqual({});
    const dealt = endWeek(sc, state);
    expect(types(dealt)).toContain('cardDealt');
    expect(state.cards.overtime).toEqual({ status: 'pending', option: null, week: 2 });
    const ev2 = endWeek(sc, state);
    expect(state.cards.overtime).toEqual({ status: 'done', option: 'no', week: 2 });
    expect(ev2.find((e) => e.type === 'cardResolved')).toMatchObject({ card: 'overtime', option: 'no', defaulted: true });
    expect(state.customers.beta!.satisfaction).toBe(55);
    expect(state.capacityDelta).toBe(0);
    endWeek(sc, state, 2);
    expect(state.customers.beta!.satisfaction).toBe(55); // dealt once, applied once
  });

  it('the card’s role chooses an option and its effects apply at once', () => {
    const { sc, state } = newGame({ cards: [card] });
    endWeek(sc, state);
    const e = act(sc, state, { kind: 'chooseCard', role: 'FR', card: 'overtime', option: 'yes' });
    expect(e.find((x) => x.type === 'cardResolved')).toMatchObject({ option: 'yes', defaulted: false });
    expect(state.cards.overtime).toEqual({ status: 'done', option: 'yes', week: 2 });
    expect(state.cash).toBe(1_000_000 - 20_000);
    expect(state.capacityDelta).toBe(10);
    expect(state.daysUsed).toEqual({ AR: 0, SR: 0, FR: 0 }); // deciding costs no days
    endWeek(sc, state);
    expect(state.customers.beta!.satisfaction).toBe(60); // the default did not apply as well
    expect(refused(sc, state, { kind: 'chooseCard', role: 'FR', card: 'overtime', option: 'no' }).code).toBe('cardNotPending');
  });

  it('refuses the wrong role, an unknown option, an unknown card and a card not yet dealt', () => {
    const { sc, state } = newGame({ cards: [card] });
    expect(refused(sc, state, { kind: 'chooseCard', role: 'FR', card: 'overtime', option: 'yes' }).code).toBe('cardNotPending');
    endWeek(sc, state);
    expect(refused(sc, state, { kind: 'chooseCard', role: 'AR', card: 'overtime', option: 'yes' })).toEqual({
      code: 'cardForOtherRole', params: { card: 'overtime', role: 'FR' },
    });
    expect(refused(sc, state, { kind: 'chooseCard', role: 'FR', card: 'overtime', option: 'maybe' }).code).toBe('unknownOption');
    expect(refused(sc, state, { kind: 'chooseCard', role: 'FR', card: 'nope', option: 'yes' }).code).toBe('unknownCard');
    expect(state.cards.overtime!.status).toBe('pending');
  });

  it('a condition can deal a card', () => {
    const { sc, state } = newGame({ cards: [{ ...card, trigger: { when: { metric: 'bidsWon', above: 0, fromWeek: 1 } } }] });
    endWeek(sc, state, 2);
    expect(state.cards).toEqual({});
    state.stats.bidsWon = 1;
    endWeek(sc, state);
    expect(state.cards.overtime).toMatchObject({ status: 'pending', week: 4 });
  });
});
