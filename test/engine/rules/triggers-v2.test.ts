/**
 * The fact triggers (`on: { fact }`, script.ts factHolds): each fires at the start of the
 * week after the fact, once, and only for the customer or lead it names; a card waits
 * for its fact the same way. Facts are read from the state, so a replay sees them too.
 */
import { describe, expect, it } from 'vitest';
import { weekStartDay } from '../../../src/engine/context.ts';
import {
  ADVANCE, PREPAID, act, endWeek, invoicesOf, newGame, openOpportunity, runUntil, signDeal, installDeal, winBid, type CardIn, type EventIn,
} from './fixture.ts';

const t = (en: string) => ({ zh: en, en });
const on = (id: string, fact: Extract<EventIn['trigger'], { on: unknown }>['on']): EventIn => ({ id, trigger: { on: fact }, news: t(id), effects: [{ kind: 'cash', amount: -1 }] });

describe('fact triggers', () => {
  it('dealWon fires the week after the customer chooses us, once, and only for the customer and lead named', () => {
    const { sc, state } = newGame({
      events: [
        on('beta-won', { fact: 'dealWon', customer: 'beta' }),
        on('acme-won', { fact: 'dealWon', customer: 'acme' }),
        on('valves-won', { fact: 'dealWon', lead: 'beta-valves' }),
        on('meters-won', { fact: 'dealWon', lead: 'tiny-meters' }),
        on('lost', { fact: 'dealLost' }),
      ],
    });
    const opp = winBid(sc, state);
    const decided = state.opportunities[opp]!.deadlineWeek;
    expect(state.week).toBe(decided + 1);
    expect(state.firedEvents).toEqual(['beta-won', 'valves-won']);
    runUntil(sc, state, () => state.opportunities[opp]!.status !== 'won');
    endWeek(sc, state, 2); // signed: still a won deal, and nothing fires twice
    expect(state.firedEvents).toEqual(['beta-won', 'valves-won']);
    expect(state.cash).toBeLessThan(1_000_000);
  });

  it('dealLost fires for a bid that lost (here: more advance than the tender allows), not for a deal with no bid', () => {
    const { sc, state } = newGame({ lead: { 'acme-meters': { bidAfterWeeks: 1 } }, events: [on('lost', { fact: 'dealLost', customer: 'beta' }), on('won', { fact: 'dealWon' })] });
    const noBid = openOpportunity(sc, state, 'acme-meters');
    const opp = openOpportunity(sc, state, 'beta-valves');
    act(sc, state, { kind: 'setTerms', role: 'AR', opportunity: opp, terms: PREPAID, insured: false });
    act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
    runUntil(sc, state, () => state.opportunities[noBid]!.status === 'noBid');
    expect(state.firedEvents).toEqual([]);
    runUntil(sc, state, () => state.opportunities[opp]!.status === 'lost');
    expect(state.firedEvents).toEqual(['lost']);
  });

  it('invoiceOverdue fires the first week an open invoice is `days` past due, not a week earlier', () => {
    const { sc, state } = newGame({
      customer: { beta: { payment: { reliabilityBp: 0 } } },
      events: [on('late-14', { fact: 'invoiceOverdue', days: 14, customer: 'beta' }), on('late-acme', { fact: 'invoiceOverdue', customer: 'acme' })],
    });
    const { contract } = signDeal(sc, state, { terms: ADVANCE });
    const advance = invoicesOf(state, contract)[0]!;
    const week = Math.ceil((advance.dueDay + 14) / 7) + 1; // the first week starting 14+ days after the due day
    expect(weekStartDay(week) - advance.dueDay).toBeGreaterThanOrEqual(14);
    expect(weekStartDay(week - 1) - advance.dueDay).toBeLessThan(14);
    runUntil(sc, state, () => state.week === week - 1);
    expect(state.firedEvents).toEqual([]);
    endWeek(sc, state);
    expect(state.firedEvents).toEqual(['late-14']);
  });

  it('ticketPastSla fires the week after a ticket breaches, and a card on it is dealt then; fromWeek holds it back, an earlier fact still counts', () => {
    const card: CardIn = {
      id: 'escalate', role: 'FR', trigger: { on: { fact: 'ticketPastSla', customer: 'beta' } }, title: t('Escalation'), text: t('Escalation'),
      options: [{ id: 'wait', label: t('Wait'), effects: [] }, { id: 'fly', label: t('Fly in'), effects: [{ kind: 'satisfaction', customer: 'beta', delta: 5 }] }],
    };
    const { sc, state } = newGame({ cards: [card], events: [on('late-check', { fact: 'ticketPastSla', fromWeek: 30 })] });
    const { contract } = signDeal(sc, state);
    installDeal(sc, state, contract);
    expect(state.cards.escalate).toBeUndefined();
    const spawn = { kind: 'spawnTicket', customer: 'beta', ticket: 'repair', severity: 1 } as const;
    // Through the real script: an event dealt this week opens the ticket.
    sc.events.push({ id: 'line-stop', trigger: { atWeek: state.week + 1 }, news: t('stop'), effects: [spawn] });
    endWeek(sc, state);
    const ticket = Object.values(state.tickets).find((x) => x.cause === 'scripted')!;
    expect(ticket.slaWeek).toBe(state.week + 1);
    endWeek(sc, state); // the SLA week begins: not breached yet
    expect(state.cards.escalate).toBeUndefined();
    endWeek(sc, state); // breached as the SLA week ended
    expect(state.tickets[ticket.id]!.breached).toBe(true);
    expect(state.cards.escalate).toMatchObject({ status: 'pending', week: state.week });
    expect(state.firedEvents).not.toContain('late-check');
    runUntil(sc, state, () => state.week === 30, 40);
    expect(state.firedEvents).toContain('late-check');
  });
});
