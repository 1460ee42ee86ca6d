/** Opportunity rules, continued: payment terms, support drift, the well-prepared bid and the legal action space. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { DISCOUNT_MENU, SUPPORT_DRIFT_PER_WEEK } from '../../../src/engine/rules/opportunities.ts';
import { TERMS_PRESETS } from '../../../src/engine/rules/position.ts';
import { canonicalJson, legalActions, type Action, type GameState, type Terms } from '../../../src/engine/index.ts';
import {
  act, ADVANCE, champion, clone, endWeek, newGame, openOpportunity, refused, revealPains, runUntil, STANDARD,
} from './fixture.ts';
import { acmeOpp, refusedUnchanged } from './opp-helpers.ts';

describe('terms', () => {
  it('are validated and stored', () => {
    const { sc, state, opp } = acmeOpp();
    const bad = (terms: typeof STANDARD, insured = false) => refused(sc, state, { kind: 'setTerms', role: 'AR', opportunity: opp, terms, insured }).code;
    expect(bad({ ...STANDARD, acceptanceBp: 2000 })).toBe('termsSum');
    expect(bad({ ...STANDARD, deliveryBp: -1000, acceptanceBp: 11000 })).toBe('termsShare');
    expect(bad({ ...STANDARD, netDays: 181 })).toBe('termsNetDays');
    act(sc, state, { kind: 'setTerms', role: 'AR', opportunity: opp, terms: ADVANCE, insured: true });
    expect(state.opportunities[opp]!.terms).toEqual(ADVANCE);
    expect(state.opportunities[opp]!.insured).toBe(true);
  });

  it('every contract form on the menu is accepted and stored as given', () => {
    const { sc, state, opp } = acmeOpp();
    for (const [name, t] of Object.entries(TERMS_PRESETS)) {
      const w = clone(state);
      const ev = act(sc, w, { kind: 'setTerms', role: 'AR', opportunity: opp, terms: t, insured: false });
      expect(w.opportunities[opp]!.terms, name).toEqual(t);
      expect(ev.find((e) => e.type === 'termsSet'), name).toMatchObject({ advanceBp: t.advanceBp, netDays: t.netDays });
      expect(w.daysUsed.AR).toBe(state.daysUsed.AR + 1);
    }
  });

  it('well-formed terms that are not one of the contract forms are refused (termsNotOffered) and change nothing', () => {
    const { sc, state, opp } = acmeOpp();
    const offMenu: Terms[] = [
      { advanceBp: 2000, deliveryBp: 6000, acceptanceBp: 2000, retentionBp: 0, netDays: 45 },
      { ...STANDARD, netDays: STANDARD.netDays + 1 },
      { ...TERMS_PRESETS.loose, netDays: 90 },
      { advanceBp: 5000, deliveryBp: 5000, acceptanceBp: 0, retentionBp: 0, netDays: 30 },
    ];
    for (const terms of offMenu) {
      refusedUnchanged(sc, state, { kind: 'setTerms', role: 'AR', opportunity: opp, terms, insured: false }, 'termsNotOffered');
    }
    expect(state.opportunities[opp]!.terms).toBeNull();
  });

  it('credit insurance only for customers on the insurer’s list', () => {
    const { sc, state } = newGame();
    const opp = openOpportunity(sc, state, 'beta-valves');
    expect(refused(sc, state, { kind: 'setTerms', role: 'AR', opportunity: opp, terms: STANDARD, insured: true }).code).toBe('notInsurable');
  });
});


describe('support drift', () => {
  const drift = (sc: Scenario, state: GameState, weeks: number) => {
    const before = { ...state.customers.acme!.stakeholders };
    const snap = Object.fromEntries(Object.entries(before).map(([k, v]) => [k, v.support]));
    endWeek(sc, state, weeks);
    return Object.fromEntries(Object.entries(state.customers.acme!.stakeholders).map(([k, v]) => [k, v.support - snap[k]!]));
  };

  it('rivals court the stakeholders we have not visited in the last 3 weeks of a contested deal', () => {
    const { sc, state, opp } = acmeOpp();
    champion(state, 'acme', 50);
    act(sc, state, { kind: 'visit', role: 'AR', opportunity: opp, stakeholder: 'boss', with: [] });
    champion(state, 'acme', 50);
    const d = 2 * SUPPORT_DRIFT_PER_WEEK;
    expect(d).toBeGreaterThan(0);
    expect(drift(sc, state, 2)).toEqual({ boss: 0, eng: -d, buyer: -d });
  });

  it('nobody drifts without a competitor or without an open deal', () => {
    const { sc, state } = newGame({ lead: { 'acme-meters': { competitors: [] } } });
    openOpportunity(sc, state, 'acme-meters');
    champion(state, 'acme', 50);
    expect(drift(sc, state, 2)).toEqual({ boss: 0, eng: 0, buyer: 0 });
    const idle = newGame();
    champion(idle.state, 'acme', 50);
    expect(drift(idle.sc, idle.state, 2)).toEqual({ boss: 0, eng: 0, buyer: 0 });
  });
});

describe('the well-prepared bid', () => {
  it('preparation (relationships, needs, design, FR) raises the win chance', () => {
    const chanceOf = (prepared: boolean) => {
      const { sc, state, opp } = acmeOpp();
      if (prepared) {
        champion(state, 'acme', 80);
        revealPains(sc, state, 'acme');
        act(sc, state, { kind: 'designSolution', role: 'SR', opportunity: opp });
        act(sc, state, { kind: 'feasibility', role: 'FR', opportunity: opp });
      }
      act(sc, state, { kind: 'submitBid', role: 'SR', opportunity: opp, discountBp: 0 });
      runUntil(sc, state, () => state.opportunities[opp]!.status !== 'bidding');
      return state.opportunities[opp]!.winChanceBp!;
    };
    expect(chanceOf(true)).toBeGreaterThan(chanceOf(false) + 1000);
  });
});

describe('the legal action space', () => {
  it('offers exactly the menus: the contract forms, the discount levels', () => {
    const { sc, state, opp } = acmeOpp();
    const terms = legalActions(sc, state, 'AR').filter((a): a is Extract<Action, { kind: 'setTerms' }> => a.kind === 'setTerms' && a.opportunity === opp);
    const presets = Object.values(TERMS_PRESETS).map((t) => canonicalJson(t));
    expect(new Set(terms.map((a) => canonicalJson(a.terms)))).toEqual(new Set(presets));
    const discounts = legalActions(sc, state, 'SR').flatMap((a) => (a.kind === 'submitBid' && a.opportunity === opp ? [a.discountBp] : []));
    expect(discounts).toEqual([...DISCOUNT_MENU]);
  });
});
