/**
 * The role jobs of SR and FR (rules/presales.ts, service.ts, delivery.ts): technical
 * exchange, solution workshop, site survey, installation prep, preventive maintenance —
 * their effects through the state the customers already read, their costs, their
 * rejections, and determinism.
 */
import { describe, expect, it } from 'vitest';
import { EXCHANGE_SUPPORT, EXCHANGE_SUPPORT_CAP } from '../../../src/engine/rules/presales.ts';
import { MAINTENANCE_DEFECT_KEEP_BP, MAINTENANCE_SATISFACTION, MAINTENANCE_WEEKS } from '../../../src/engine/rules/service.ts';
import { SITE_SURVEY_DELIVERY } from '../../../src/engine/rules/position.ts';
import { applyActionInPlace, canonicalJson, legalActions, type Action, type GameState } from '../../../src/engine/index.ts';
import { act, clone, endWeek, newGame, openOpportunity, positionOf, refused, seeds, surface, ticketsOf, types } from './fixture.ts';

function installedBase(state: GameState, customer = 'beta', product = 'valve', id = 'ord-base') {
  state.orders[id] = {
    id, contract: `k-${id}`, customer, product, quantity: 1, remaining: 0, readyDay: 0, halfDays: 1, earliestDoneWeek: 1,
    status: 'accepted', producedWeek: 1, installedWeek: 1, acceptedWeek: 1, lateWeeks: 0, prepared: false,
  };
}

describe('technical exchange (SR)', () => {
  it('costs SR a day and its money, raises the engineers toward the ceiling, and once a week per customer', () => {
    const { sc, state } = newGame({ company: { technicalExchangeCost: 2500 } });
    const cash = state.cash;
    const before = state.customers.acme!.stakeholders.eng!.support;
    const boss = state.customers.acme!.stakeholders.boss!.support;
    const ev = act(sc, state, { kind: 'technicalExchange', role: 'SR', customer: 'acme' });
    expect(types(ev)).toContain('technicalExchangeHeld');
    expect(state.daysUsed.SR).toBe(1);
    expect(state.cash).toBe(cash - 2500);
    expect(state.ledger.presales).toBe(-2500);
    expect(state.customers.acme!.stakeholders.eng!.support).toBe(Math.min(EXCHANGE_SUPPORT_CAP, before + EXCHANGE_SUPPORT));
    expect(state.customers.acme!.stakeholders.boss!.support).toBe(boss); // only the technical people were there
    expect(refused(sc, state, { kind: 'technicalExchange', role: 'SR', customer: 'acme' })).toEqual({ code: 'exchangeThisWeek', params: { customer: 'acme' } });
    endWeek(sc, state);
    act(sc, state, { kind: 'technicalExchange', role: 'SR', customer: 'acme' });
  });

  it('never lifts an engineer above the ceiling: championship takes the account relationship', () => {
    const { sc, state } = newGame();
    state.customers.acme!.stakeholders.eng!.support = EXCHANGE_SUPPORT_CAP + 5;
    act(sc, state, { kind: 'technicalExchange', role: 'SR', customer: 'acme' });
    expect(state.customers.acme!.stakeholders.eng!.support).toBe(EXCHANGE_SUPPORT_CAP + 5);
  });

  it('can surface a lead the engineers are planning, and technical pains, with the same seed giving the same outcome', () => {
    const o = {
      edit: (i: { leads: { id: string; source: string; customer: string; availableFrom: number }[] }) => {
        const l = i.leads.find((x) => x.id === 'acme-later')!;
        l.source = 'technicalExchange';
        l.availableFrom = 1;
      },
    };
    let surfaced = 0;
    let pains = 0;
    for (const seed of seeds(40)) {
      const a = newGame(o as never, seed);
      const b = newGame(o as never, seed);
      act(a.sc, a.state, { kind: 'technicalExchange', role: 'SR', customer: 'acme' });
      act(b.sc, b.state, { kind: 'technicalExchange', role: 'SR', customer: 'acme' });
      expect(canonicalJson(a.state)).toBe(canonicalJson(b.state));
      if (a.state.leads['acme-later']) surfaced++;
      if (a.state.customers.acme!.painsRevealed.includes('remote')) pains++;
      // Only technical pains come up with the engineers.
      expect(a.state.customers.acme!.painsRevealed).not.toContain('accuracy');
    }
    expect(surfaced).toBeGreaterThan(5);
    expect(surfaced).toBeLessThan(35);
    expect(pains).toBeGreaterThan(3);
  });

  it('is refused at an unknown or blacklisted customer, or one with no technical people', () => {
    const { sc, state } = newGame();
    expect(refused(sc, state, { kind: 'technicalExchange', role: 'SR', customer: 'nobody' }).code).toBe('unknownCustomer');
    expect(refused(sc, state, { kind: 'technicalExchange', role: 'SR', customer: 'tiny' })).toEqual({ code: 'noTechnicalPeople', params: { customer: 'tiny' } });
    state.customers.acme!.blacklisted = true;
    expect(refused(sc, state, { kind: 'technicalExchange', role: 'SR', customer: 'acme' }).code).toBe('customerBlacklisted');
  });
});

describe('solution workshop (SR)', () => {
  it('a real primary lead becomes credible; needs of its product line can come up; held once', () => {
    let found = 0;
    for (const seed of seeds(30)) {
      const { sc, state } = newGame({ company: { solutionWorkshopCost: 7000 } }, seed);
      surface(sc, state, 'acme-meters');
      const cash = state.cash;
      const ev = act(sc, state, { kind: 'solutionWorkshop', role: 'SR', lead: 'acme-meters' });
      expect(types(ev)).toContain('workshopHeld');
      expect(state.leads['acme-meters']!.grade).toBe('credible');
      expect(state.daysUsed.SR).toBe(2);
      expect(state.cash).toBe(cash - 7000);
      // At most one need per workshop.
      expect(state.customers.acme!.painsRevealed.length).toBeLessThanOrEqual(1);
      found += state.customers.acme!.painsRevealed.length;
      expect(refused(sc, state, { kind: 'solutionWorkshop', role: 'SR', lead: 'acme-meters' })).toEqual({ code: 'workshopHeld', params: { lead: 'acme-meters' } });
    }
    expect(found).toBeGreaterThan(5);
  });

  it('shows a junk lead for what it is', () => {
    for (const lead of ['ghost', 'browser', 'misfit']) {
      const { sc, state } = newGame();
      surface(sc, state, lead);
      const ev = act(sc, state, { kind: 'solutionWorkshop', role: 'SR', lead });
      expect(state.leads[lead]!.grade).toBe('junk');
      expect(types(ev)).toContain('leadJunk');
    }
  });

  it('is refused on an unknown lead or one no longer open', () => {
    const { sc, state } = newGame();
    expect(refused(sc, state, { kind: 'solutionWorkshop', role: 'SR', lead: 'nope' }).code).toBe('unknownLead');
    openOpportunity(sc, state, 'acme-meters');
    expect(refused(sc, state, { kind: 'solutionWorkshop', role: 'SR', lead: 'acme-meters' }).code).toBe('leadNotOpen');
  });
});

describe('site survey (FR)', () => {
  it('makes the delivery date more believable to the customer, once, before the bid', () => {
    const { sc, state } = newGame({ company: { siteSurveyCost: 3000 } });
    const opp = openOpportunity(sc, state, 'acme-meters');
    const price = 100_000;
    const before = positionOf(sc, state, opp, price).delivery;
    const cash = state.cash;
    expect(types(act(sc, state, { kind: 'siteSurvey', role: 'FR', opportunity: opp }))).toContain('siteSurveyed');
    expect(state.cash).toBe(cash - 3000);
    expect(state.daysUsed.FR).toBe(1);
    expect(positionOf(sc, state, opp, price).delivery).toBe(Math.min(100, before + SITE_SURVEY_DELIVERY));
    expect(refused(sc, state, { kind: 'siteSurvey', role: 'FR', opportunity: opp }).code).toBe('alreadySurveyed');
    const other = openOpportunity(sc, state, 'beta-valves');
    act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: other, discountBp: 0 });
    expect(refused(sc, state, { kind: 'siteSurvey', role: 'FR', opportunity: other }).code).toBe('bidAlreadySubmitted');
    expect(refused(sc, state, { kind: 'siteSurvey', role: 'FR', opportunity: 'opp999' }).code).toBe('unknownOpportunity');
  });
});

describe('installation prep (FR)', () => {
  it('can be done while the order is being made, once, and not after it reached the site', () => {
    const { sc, state } = newGame();
    state.orders.o1 = {
      id: 'o1', contract: 'k1', customer: 'acme', product: 'meter', quantity: 1, remaining: 1, readyDay: 0, halfDays: 1, earliestDoneWeek: 1,
      status: 'production', producedWeek: null, installedWeek: null, acceptedWeek: null, lateWeeks: 0, prepared: false,
    };
    expect(types(act(sc, state, { kind: 'prepareInstallation', role: 'FR', order: 'o1' }))).toContain('installationPrepared');
    expect(state.orders.o1!.prepared).toBe(true);
    expect(refused(sc, state, { kind: 'prepareInstallation', role: 'FR', order: 'o1' }).code).toBe('alreadyPrepared');
    state.orders.o1!.prepared = false;
    state.orders.o1!.status = 'install';
    expect(refused(sc, state, { kind: 'prepareInstallation', role: 'FR', order: 'o1' }).code).toBe('tooLateToPrepare');
    expect(refused(sc, state, { kind: 'prepareInstallation', role: 'FR', order: 'zz' }).code).toBe('unknownOrder');
  });
});

describe('preventive maintenance (FR)', () => {
  it('needs installed kit and a spare part, fits the part, pleases the customer, and is due again after the interval', () => {
    const { sc, state } = newGame();
    expect(refused(sc, state, { kind: 'preventiveMaintenance', role: 'FR', customer: 'beta' }).code).toBe('noInstalledBase');
    installedBase(state);
    const parts = state.partsInventory;
    const sat = state.customers.beta!.satisfaction;
    expect(types(act(sc, state, { kind: 'preventiveMaintenance', role: 'FR', customer: 'beta' }))).toContain('maintenanceDone');
    expect(state.partsInventory).toBe(parts - 1);
    expect(state.customers.beta!.satisfaction).toBe(sat + MAINTENANCE_SATISFACTION);
    expect(state.customers.beta!.satisfactionDrivers.maintenance).toBe(MAINTENANCE_SATISFACTION);
    endWeek(sc, state);
    expect(refused(sc, state, { kind: 'preventiveMaintenance', role: 'FR', customer: 'beta' })).toEqual({ code: 'maintenanceNotDue', params: { customer: 'beta', week: 1 + MAINTENANCE_WEEKS } });
    endWeek(sc, state, MAINTENANCE_WEEKS - 1);
    state.partsInventory = 0;
    expect(refused(sc, state, { kind: 'preventiveMaintenance', role: 'FR', customer: 'beta' }).code).toBe('noParts');
  });

  it('prevents most minor faults while it holds, never the line-stopping ones', () => {
    let plain = 0;
    let serviced = 0;
    for (const seed of seeds(20)) {
      const a = newGame({ product: { valve: { defectRateBp: 10000 } } }, seed);
      installedBase(a.state);
      const b = { sc: a.sc, state: clone(a.state) };
      b.state.customers.beta!.maintainedWeek = 1;
      endWeek(a.sc, a.state, MAINTENANCE_WEEKS - 1);
      endWeek(b.sc, b.state, MAINTENANCE_WEEKS - 1);
      const repairs = (s: GameState) => ticketsOf(s, (t) => t.kind === 'repair');
      plain += repairs(a.state).length;
      serviced += repairs(b.state).length;
      // A severity-1 fault strikes serviced kit just the same.
      expect(repairs(b.state).filter((t) => t.severity === 1).length).toBe(repairs(a.state).filter((t) => t.severity === 1).length);
    }
    expect(serviced).toBeLessThan(plain);
    expect(serviced).toBeGreaterThan(Math.floor((plain * MAINTENANCE_DEFECT_KEEP_BP) / 10000 / 3));
  });
});

describe('legal actions', () => {
  it('offers the new actions to their roles only when they would be accepted', () => {
    const { sc, state } = newGame();
    openOpportunity(sc, state, 'acme-meters');
    surface(sc, state, 'beta-valves');
    installedBase(state);
    const kinds = (role: 'SR' | 'FR') => new Set(legalActions(sc, state, role).map((a) => a.kind));
    expect([...kinds('SR')]).toEqual(expect.arrayContaining(['technicalExchange', 'solutionWorkshop']));
    expect([...kinds('FR')]).toEqual(expect.arrayContaining(['siteSurvey', 'preventiveMaintenance']));
    for (const role of ['SR', 'FR'] as const) {
      for (const a of legalActions(sc, state, role)) {
        const copy = clone(state);
        expect(applyActionInPlace(sc, copy, a as Action).ok).toBe(true);
      }
    }
    expect(legalActions(sc, state, 'SR').some((a) => a.kind === 'technicalExchange' && a.customer === 'tiny')).toBe(false);
  });
});
