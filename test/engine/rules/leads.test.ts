import { describe, expect, it } from 'vitest';
import { MARKETING } from '../../../src/engine/rules/leads.ts';
import { computeKpis, type Action } from '../../../src/engine/index.ts';
import { act, endWeek, newGame, openOpportunity, refused, seeds, surface, types } from './fixture.ts';

describe('marketing', () => {
  it('an exhibition costs its price and 3 AR days and surfaces only available exhibition leads', () => {
    const surfacedIds = new Set<string>();
    for (const seed of seeds(40)) {
      const { sc, state } = newGame({}, seed);
      act(sc, state, { kind: 'marketing', role: 'AR', activity: 'exhibition' });
      expect(state.cash).toBe(sc.company.startingCash - sc.company.marketingCost.exhibition);
      expect(state.ledger.marketing).toBe(-sc.company.marketingCost.exhibition);
      expect(state.daysUsed.AR).toBe(MARKETING.exhibition.days);
      for (const l of Object.values(state.leads)) {
        surfacedIds.add(l.id);
        expect(l.grade).toBe('primary');
        expect(l.surfacedWeek).toBe(1);
        expect(l.expiresWeek).toBe(1 + sc.leads.find((x) => x.id === l.id)!.expiresAfterWeeks);
      }
    }
    // Exhibition leads available in week 1 only; not "acme-later" (from week 3), not seminar leads.
    expect([...surfacedIds].sort()).toEqual(['acme-meters', 'ghost']);
  });

  it('a lead surfaces with the activity’s odds, not always', () => {
    let hits = 0;
    const n = 200;
    for (const seed of seeds(n)) {
      const { sc, state } = newGame({}, seed);
      act(sc, state, { kind: 'marketing', role: 'AR', activity: 'exhibition' });
      if (state.leads['acme-meters']) hits++;
    }
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(n);
    expect(Math.abs(hits / n - MARKETING.exhibition.chanceBp / 10000)).toBeLessThan(0.1);
  });

  it('a lead becomes available from its week on', () => {
    let week1 = 0;
    let week3 = 0;
    for (const seed of seeds(30)) {
      const a = newGame({}, seed);
      act(a.sc, a.state, { kind: 'marketing', role: 'AR', activity: 'exhibition' });
      if (a.state.leads['acme-later']) week1++;
      const b = newGame({}, seed);
      endWeek(b.sc, b.state, 2);
      act(b.sc, b.state, { kind: 'marketing', role: 'AR', activity: 'exhibition' });
      if (b.state.leads['acme-later']) week3++;
    }
    expect(week1).toBe(0);
    expect(week3).toBeGreaterThan(0);
  });

  it('an activity surfaces at most its cap of leads and never a lead twice', () => {
    const extra = ['s1', 's2', 's3', 's4', 's5'].map((id) => ({
      id, customer: 'acme', source: 'seminar' as const, availableFrom: 1, product: 'meter', quantity: 1, budget: 10_000, startWeek: 2, bidAfterWeeks: 2,
    }));
    let reachedCap = false;
    for (const seed of seeds(20)) {
      const { sc, state } = newGame({ edit: (i) => i.leads.push(...extra) }, seed);
      act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' });
      const first = Object.keys(state.leads);
      expect(first.length).toBeLessThanOrEqual(MARKETING.seminar.maxLeads);
      if (first.length === MARKETING.seminar.maxLeads) reachedCap = true;
      act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' });
      const after = Object.values(state.leads);
      // the second seminar adds only new ones; the first ones keep their surfacing week untouched
      expect(after.length).toBeLessThanOrEqual(first.length + MARKETING.seminar.maxLeads);
      expect(new Set(after.map((l) => l.id)).size).toBe(after.length);
    }
    expect(reachedCap).toBe(true);
  });

  it('an executive visit surfaces only the target customer’s leads and warms its decision maker', () => {
    let surfacedTiny = 0;
    for (const seed of seeds(20)) {
      const { sc, state } = newGame({ edit: (i) => i.leads.push({ ...i.leads[2]!, id: 'acme-exec', customer: 'acme' }) }, seed);
      const before = state.customers.acme!.stakeholders;
      const bossBefore = before.boss!.support;
      const engBefore = before.eng!.support;
      act(sc, state, { kind: 'marketing', role: 'AR', activity: 'executiveVisit', customer: 'acme' });
      expect(state.leads['tiny-meters']).toBeUndefined();
      expect(state.customers.acme!.stakeholders.boss!.support).toBe(bossBefore + 10);
      expect(state.customers.acme!.stakeholders.eng!.support).toBe(engBefore);
      expect(state.daysUsed.AR).toBe(MARKETING.executiveVisit.days);
      const b = newGame({}, seed);
      act(b.sc, b.state, { kind: 'marketing', role: 'AR', activity: 'executiveVisit', customer: 'tiny' });
      if (b.state.leads['tiny-meters']) surfacedTiny++;
    }
    expect(surfacedTiny).toBeGreaterThan(0);
  });

  it('a reference visit wins support only when a happy customer runs our accepted kit', () => {
    const { sc, state } = newGame();
    const supports = () => Object.values(state.customers.acme!.stakeholders).map((s) => s.support);
    const before = supports();
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'referenceVisit', customer: 'acme' });
    expect(supports()).toEqual(before);
    // poke: beta runs an accepted order and is happy
    state.orders.ref = {
      id: 'ref', contract: 'k-ref', customer: 'beta', product: 'meter', quantity: 1, remaining: 0, readyDay: 0, halfDays: 1,
      earliestDoneWeek: 1, status: 'accepted', producedWeek: 1, installedWeek: 1, acceptedWeek: 1, lateWeeks: 0, prepared: false,
    };
    state.customers.beta!.satisfaction = 70;
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'referenceVisit', customer: 'acme' });
    expect(supports()).toEqual(before.map((x) => x + 6));
    // an unhappy reference persuades nobody
    state.customers.beta!.satisfaction = 69;
    endWeek(sc, state);
    const now = supports();
    act(sc, state, { kind: 'marketing', role: 'AR', activity: 'referenceVisit', customer: 'acme' });
    expect(supports()).toEqual(now);
  });

  it('visits need a target customer; seminars and exhibitions must not name one', () => {
    const { sc, state } = newGame();
    const bad = (a: unknown) => refused(sc, state, a as Action).code;
    expect(bad({ kind: 'marketing', role: 'AR', activity: 'executiveVisit' })).toBe('customerRequired');
    expect(bad({ kind: 'marketing', role: 'AR', activity: 'seminar', customer: 'acme' })).toBe('customerNotAllowed');
    expect(bad({ kind: 'marketing', role: 'AR', activity: 'referenceVisit', customer: 'nobody' })).toBe('unknownCustomer');
    expect(state.cash).toBe(sc.company.startingCash);
  });

  it('a blacklisted customer cannot be marketed to and its leads never surface', () => {
    for (const seed of seeds(10)) {
      const { sc, state } = newGame({}, seed);
      state.customers.beta!.blacklisted = true;
      expect(refused(sc, state, { kind: 'marketing', role: 'AR', activity: 'executiveVisit', customer: 'beta' }).code).toBe('customerBlacklisted');
      act(sc, state, { kind: 'marketing', role: 'AR', activity: 'seminar' });
      expect(Object.values(state.leads).filter((l) => l.customer === 'beta')).toEqual([]);
    }
  });
});

describe('qualification', () => {
  it('a real lead goes primary → credible → opportunity lead and opens an opportunity', () => {
    const { sc, state } = newGame();
    surface(sc, state, 'acme-meters');
    const e1 = act(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'acme-meters' });
    expect(state.leads['acme-meters']!.grade).toBe('credible');
    expect(Object.keys(state.opportunities)).toEqual([]);
    expect(types(e1)).toContain('leadGraded');
    act(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'acme-meters' });
    expect(state.leads['acme-meters']!.grade).toBe('opportunity');
    expect(state.daysUsed.AR).toBe(2);
    const opps = Object.values(state.opportunities);
    expect(opps).toHaveLength(1);
    const o = opps[0]!;
    expect(o).toMatchObject({
      lead: 'acme-meters', customer: 'acme', product: 'meter', quantity: 10, competitors: ['rival'],
      openedWeek: 1, deadlineWeek: 3, status: 'open', budgetKnown: false, solutionFit: 30, bid: null,
    });
    // an opportunity lead is no longer open for qualification
    expect(refused(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'acme-meters' }).code).toBe('leadNotOpen');
  });

  it('a tender keeps the customer’s timetable past the last week: still open when the game ends, in no KPI', () => {
    const { sc, state } = newGame({ weeks: 3 });
    endWeek(sc, state, 2);
    const opp = openOpportunity(sc, state, 'acme-meters');
    const after = sc.leads.find((l) => l.id === 'acme-meters')!.bidAfterWeeks;
    expect(after).toBeGreaterThan(0);
    expect(state.opportunities[opp]!.deadlineWeek).toBe(3 + after);
    act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
    endWeek(sc, state, 1);
    expect(state.finished).toBe(true);
    expect(state.opportunities[opp]!.status).toBe('bidding');
    expect(computeKpis(sc, state)).toMatchObject({ bidsDecided: 0, bidsWon: 0, winRate: null });
  });

  it.each([
    ['ghost', 'noCustomer'],
    ['browser', 'noIntention'],
  ])('junk lead %s (%s) is found out at the first qualification', (lead) => {
    const { sc, state } = newGame();
    surface(sc, state, lead);
    const ev = act(sc, state, { kind: 'qualifyLead', role: 'AR', lead });
    expect(state.leads[lead]!.grade).toBe('junk');
    expect(types(ev)).toContain('leadJunk');
    expect(refused(sc, state, { kind: 'qualifyLead', role: 'AR', lead }).code).toBe('leadNotOpen');
    expect(Object.keys(state.opportunities)).toEqual([]);
  });

  it('a lead with no fitting solution passes as credible and is found out at the second step', () => {
    const { sc, state } = newGame();
    surface(sc, state, 'misfit');
    act(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'misfit' });
    expect(state.leads.misfit!.grade).toBe('credible');
    act(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'misfit' });
    expect(state.leads.misfit!.grade).toBe('junk');
    expect(Object.keys(state.opportunities)).toEqual([]);
  });

  it('dropping a lead is free and closes it', () => {
    const { sc, state } = newGame();
    surface(sc, state, 'ghost');
    act(sc, state, { kind: 'dropLead', role: 'AR', lead: 'ghost' });
    expect(state.leads.ghost!.grade).toBe('dropped');
    expect(state.daysUsed.AR).toBe(0);
    expect(refused(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'ghost' }).code).toBe('leadNotOpen');
    expect(refused(sc, state, { kind: 'dropLead', role: 'AR', lead: 'ghost' }).code).toBe('leadNotOpen');
    expect(refused(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'nope' }).code).toBe('unknownLead');
  });
});

describe('expiry', () => {
  it('an unqualified lead goes cold once its weeks are up; an opportunity lead does not', () => {
    const { sc, state } = newGame();
    surface(sc, state, 'ghost'); // expires after 3 weeks → expiresWeek 4
    surface(sc, state, 'browser');
    act(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'browser' }); // junk: not open any more
    const opp = openOpportunity(sc, state, 'acme-meters');
    expect(state.leads.ghost!.expiresWeek).toBe(4);
    endWeek(sc, state, 3); // weeks 1–3 end
    expect(state.leads.ghost!.grade).toBe('primary');
    const ev = endWeek(sc, state); // week 4 ends
    expect(state.leads.ghost!.grade).toBe('expired');
    expect(types(ev)).toContain('leadExpired');
    expect(state.leads.browser!.grade).toBe('junk');
    expect(state.leads['acme-meters']!.grade).toBe('opportunity');
    expect(state.opportunities[opp]).toBeDefined();
    expect(refused(sc, state, { kind: 'qualifyLead', role: 'AR', lead: 'ghost' }).code).toBe('leadNotOpen');
  });

  it('blacklisting a customer drops its open leads and opportunities', () => {
    const { sc, state } = newGame();
    surface(sc, state, 'ghost');
    const opp = openOpportunity(sc, state, 'beta-valves');
    act(sc, state, { kind: 'blacklist', role: 'AR', customer: 'beta' });
    expect(state.leads.ghost!.grade).toBe('dropped');
    expect(state.opportunities[opp]!.status).toBe('noBid');
    expect(state.customers.beta!.blacklisted).toBe(true);
    expect(refused(sc, state, { kind: 'blacklist', role: 'AR', customer: 'beta' }).code).toBe('customerBlacklisted');
  });
});
