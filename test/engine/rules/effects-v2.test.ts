/**
 * The format-2 effects one by one (rules: contracts.ts changeTerms/changeRating,
 * leads.ts spawnLead, service.ts spawnTicket, applied by script.ts applyEffect): what
 * each changes, what it leaves alone, and what the rest of the game then does with it.
 */
import { describe, expect, it } from 'vitest';
import { applyEffect } from '../../../src/engine/rules/script.ts';
import { indexScenario, type Ctx } from '../../../src/engine/context.ts';
import { Luck } from '../../../src/engine/rng.ts';
import type { Effect, Scenario } from '../../../src/scenario/schema.ts';
import type { GameState } from '../../../src/engine/index.ts';
import {
  ADVANCE, act, contractOf, endWeek, installDeal, invoicesOf, newGame, openOpportunity, orderOf, runUntil, signDeal, ticketsOf, winBid, type World,
} from './fixture.ts';

/** Apply one effect to the world now, as an event firing this week would; returns its events. */
function apply(sc: Scenario, s: GameState, e: Effect): Ctx['events'] {
  const ctx: Ctx = { s, sc, ix: indexScenario(sc), luck: new Luck(s.seed), events: [] };
  applyEffect(ctx, e);
  return ctx.events;
}

const withScriptedLead = (): World =>
  newGame({
    edit: (input) => {
      input.leads.push({ id: 'acme-referral', customer: 'acme', source: 'scripted', availableFrom: 1, product: 'meter', quantity: 4, budget: 40_000, startWeek: 3, bidAfterWeeks: 2 });
    },
  });

describe('paymentTerms', () => {
  it('gives a customer\'s open deals the new terms (the company default filled in), and leaves other customers\' alone', () => {
    const { sc, state } = newGame();
    const beta = openOpportunity(sc, state, 'beta-valves');
    const acme = openOpportunity(sc, state, 'acme-meters');
    act(sc, state, { kind: 'setTerms', role: 'AR', opportunity: acme, terms: ADVANCE, insured: false });
    const ev = apply(sc, state, { kind: 'paymentTerms', customer: 'beta', netDays: 90 });
    expect(state.opportunities[beta]!.terms).toEqual({ advanceBp: 0, deliveryBp: 7000, acceptanceBp: 3000, retentionBp: 0, netDays: 90 });
    expect(state.opportunities[acme]!.terms).toEqual(ADVANCE);
    expect(ev).toEqual([expect.objectContaining({ type: 'termsChanged', customer: 'beta', lead: null, deals: 1, advanceBp: null, netDays: 90 })]);
  });

  it('a bid already with the customer is judged on the new terms: more advance than the tender allows loses it', () => {
    const { sc, state } = newGame();
    const opp = openOpportunity(sc, state, 'beta-valves');
    act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
    apply(sc, state, { kind: 'paymentTerms', lead: 'beta-valves', split: { advanceBp: 10000, deliveryBp: 0, acceptanceBp: 0, retentionBp: 0 } });
    expect(state.opportunities[opp]!.terms).toMatchObject({ advanceBp: 10000, netDays: 30 });
    const events = runUntil(sc, state, () => state.opportunities[opp]!.status !== 'bidding');
    expect(state.opportunities[opp]!.status).toBe('lost');
    expect(events.map((e) => e.type)).toContain('bidNonCompliant');
  });

  it('a contract still in approval is admitted on the new terms: a customer too small for credit passes once it prepays', () => {
    const outcome = (prepay: boolean) => {
      const { sc, state } = newGame();
      const opp = winBid(sc, state, { lead: 'tiny-meters' });
      expect(contractOf(state, opp).status).toBe('approving');
      if (prepay) apply(sc, state, { kind: 'paymentTerms', lead: 'tiny-meters', split: { advanceBp: 10000, deliveryBp: 0, acceptanceBp: 0, retentionBp: 0 }, netDays: 0 });
      runUntil(sc, state, () => contractOf(state, opp).status !== 'approving');
      return { k: contractOf(state, opp), o: state.opportunities[opp]!, invoices: invoicesOf(state, contractOf(state, opp).id) };
    };
    expect(outcome(false).k).toMatchObject({ status: 'vetoed', vetoReason: 'tooSmall' });
    const prepaid = outcome(true);
    expect(prepaid.k.status).toBe('active');
    expect(prepaid.k.terms).toEqual({ advanceBp: 10000, deliveryBp: 0, acceptanceBp: 0, retentionBp: 0, netDays: 0 });
    expect(prepaid.o.terms).toEqual(prepaid.k.terms);
    expect(prepaid.invoices).toEqual([expect.objectContaining({ milestone: 'advance', amount: prepaid.k.price })]);
  });

  it('a signed contract keeps its split, but the invoices it issues from then on use the new net days', () => {
    const { sc, state } = newGame();
    const { contract } = signDeal(sc, state, { terms: ADVANCE });
    const advance = invoicesOf(state, contract)[0]!;
    const ev = apply(sc, state, { kind: 'paymentTerms', customer: 'beta', split: { advanceBp: 0, deliveryBp: 10000, acceptanceBp: 0, retentionBp: 0 }, netDays: 90 });
    expect(ev[0]).toMatchObject({ type: 'termsChanged', deals: 1 });
    expect(state.contracts[contract]!.terms).toEqual({ ...ADVANCE, netDays: 90 });
    expect(state.invoices[advance.id]!.dueDay).toBe(advance.dueDay);
    installDeal(sc, state, contract);
    runUntil(sc, state, () => invoicesOf(state, contract).some((i) => i.milestone === 'delivery'));
    const delivery = invoicesOf(state, contract).find((i) => i.milestone === 'delivery')!;
    expect(delivery.dueDay - delivery.issuedDay).toBe(90);
  });

  it('with no deal of the customer open, nothing changes and the feed says so', () => {
    const { sc, state } = newGame();
    const before = structuredClone(state);
    const ev = apply(sc, state, { kind: 'paymentTerms', customer: 'acme', netDays: 60 });
    expect(state).toEqual(before);
    expect(ev[0]).toMatchObject({ type: 'termsChanged', deals: 0 });
  });
});

describe('creditRating', () => {
  it('sets or moves the rating (stopping at A and D); absent from the state until it changes', () => {
    const { sc, state } = newGame();
    expect(state.customers.beta!.rating).toBeUndefined();
    expect(apply(sc, state, { kind: 'creditRating', customer: 'beta', delta: -1 })).toEqual([expect.objectContaining({ type: 'ratingChanged', customer: 'beta', from: 'B', to: 'C' })]);
    apply(sc, state, { kind: 'creditRating', customer: 'beta', delta: -3 });
    expect(state.customers.beta!.rating).toBe('D');
    expect(apply(sc, state, { kind: 'creditRating', customer: 'acme', delta: 2 })).toEqual([]); // A is the best
    expect(state.customers.acme!.rating).toBeUndefined();
    apply(sc, state, { kind: 'creditRating', customer: 'acme', rating: 'C' });
    expect(state.customers.acme!.rating).toBe('C');
  });

  it('finance judges the credit limit on the new rating, and a credit check reports it', () => {
    const { sc, state } = newGame();
    const opp = winBid(sc, state, { creditCheck: false });
    apply(sc, state, { kind: 'creditRating', customer: 'beta', rating: 'D' }); // D: no credit at all
    runUntil(sc, state, () => contractOf(state, opp).status !== 'approving');
    expect(contractOf(state, opp)).toMatchObject({ status: 'vetoed', vetoReason: 'creditLimit' });
    const check = act(sc, state, { kind: 'creditCheck', role: 'AR', customer: 'beta' });
    expect(check.find((e) => e.type === 'creditChecked')).toMatchObject({ rating: 'D' });
  });
});

describe('spawnLead', () => {
  it('surfaces a scripted lead once, as a primary lead of this week; never for a blacklisted customer', () => {
    const { sc, state } = withScriptedLead();
    endWeek(sc, state, 2);
    const ev = apply(sc, state, { kind: 'spawnLead', lead: 'acme-referral' });
    expect(ev).toEqual([expect.objectContaining({ type: 'leadSurfaced', lead: 'acme-referral', customer: 'acme', repeat: false })]);
    expect(state.leads['acme-referral']).toMatchObject({ grade: 'primary', surfacedWeek: 3, expiresWeek: 11 });
    expect(apply(sc, state, { kind: 'spawnLead', lead: 'acme-referral' })).toEqual([]);
    const other = withScriptedLead();
    other.state.customers.acme!.blacklisted = true;
    expect(apply(other.sc, other.state, { kind: 'spawnLead', lead: 'acme-referral' })).toEqual([]);
    expect(other.state.leads['acme-referral']).toBeUndefined();
  });

  it('marketing never surfaces a scripted lead', () => {
    const { sc, state } = withScriptedLead();
    for (let i = 0; i < 4; i++) {
      act(sc, state, { kind: 'marketing', role: 'AR', activity: 'executiveVisit', customer: 'acme' });
      endWeek(sc, state);
    }
    expect(state.leads['acme-referral']).toBeUndefined();
  });
});

describe('spawnTicket', () => {
  it('opens nothing for a customer without installed kit', () => {
    const { sc, state } = newGame();
    expect(apply(sc, state, { kind: 'spawnTicket', customer: 'beta', ticket: 'repair', severity: 1 })).toEqual([]);
    expect(state.tickets).toEqual({});
  });

  it('opens the ticket on the customer\'s installed order, with its SLA running; a product filter that matches nothing opens none', () => {
    const { sc, state } = newGame();
    const { contract } = signDeal(sc, state);
    installDeal(sc, state, contract);
    const ord = orderOf(state, contract);
    expect(apply(sc, state, { kind: 'spawnTicket', customer: 'beta', ticket: 'repair', severity: 3, product: 'meter' })).toEqual([]);
    const ev = apply(sc, state, { kind: 'spawnTicket', customer: 'beta', ticket: 'repair', severity: 1, product: 'valve' });
    expect(ev).toEqual([expect.objectContaining({ type: 'ticketOpened', kind: 'repair', customer: 'beta', severity: 1, cause: 'scripted' })]);
    const [t] = ticketsOf(state, (x) => x.cause === 'scripted');
    expect(t).toMatchObject({ order: ord.id, product: 'valve', openedWeek: state.week, slaWeek: state.week + 1, status: 'open' });
    apply(sc, state, { kind: 'spawnTicket', customer: 'beta', ticket: 'complaint', severity: 2 });
    expect(ticketsOf(state, (x) => x.cause === 'scripted').map((x) => x.kind)).toEqual(['repair', 'complaint']);
    expect(state.stats.complaints).toBe(1);
  });
});
