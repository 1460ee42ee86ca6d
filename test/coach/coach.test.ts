/**
 * The coach (智慧小玄) decides from the player view only, by the engine's rules, and its
 * advice — followed for a whole tutorial game — is at least as good as par.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { applyActionInPlace, canonicalJson, cloneState, createGame, lazyPlayerView, playerView, validate, type Action, type GameState, type Role } from '../../src/engine/index.ts';
import { botDice, botsFor, playTurn } from '../../src/bots/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { advise, REASON_CODES } from '../../src/coach/advise.ts';
import { beliefState } from '../../src/coach/belief.ts';
import { reasonFor } from '../../src/coach/reasons.ts';
import { playWithCoach, parScore } from '../../src/coach/play.ts';
import { coachReasonsEn as en } from '../../src/i18n/coach-reasons.en.ts';
import { coachReasonsZh as zh } from '../../src/i18n/coach-reasons.zh.ts';

const ROLES: Role[] = ['AR', 'SR', 'FR'];

/** The state at the start of each week of a par game (the human's role is about to act). */
function weeksOf(name: string, seed: string, weeks: number): GameState[] {
  const { scenario } = bundled(name);
  const s = createGame(scenario, seed);
  const bots = botsFor('iron-triangle')!;
  const dice = { AR: botDice(seed, 'AR', 'iron-triangle'), SR: botDice(seed, 'SR', 'iron-triangle'), FR: botDice(seed, 'FR', 'iron-triangle') };
  const out: GameState[] = [];
  for (let w = 0; w < weeks && !s.finished; w++) {
    out.push(cloneState(s));
    for (const r of ROLES) playTurn(scenario, s, r, bots[r], dice[r]);
    applyActionInPlace(scenario, s, { kind: 'endWeek' });
  }
  return out;
}

/** The same world with every hidden field changed: what a player cannot see. */
function hiddenChanged(s0: GameState): GameState {
  const s = cloneState(s0);
  s.seed = `${s.seed}-other`;
  // A budget cut applies to every deal of a lead template (a repeat lead shares its
  // template): only where none of them has had its budget confirmed is it hidden.
  const known = new Set(Object.values(s.opportunities).filter((o) => o.budgetKnown).map((o) => s.leads[o.lead]!.template));
  for (const l of Object.values(s.leads)) {
    const opp = Object.values(s.opportunities).find((o) => o.lead === l.id);
    if (!opp?.budgetKnown) l.budget = l.budget * 2 + 1;
    if (!known.has(l.template)) s.budgetCutBp[l.template] = 3000;
    if (!opp?.startKnown) l.startWeek += 3;
    l.junk = l.junk ? null : 'noIntention';
    l.bidAfterWeeks += 1;
  }
  for (const c of Object.values(s.customers)) {
    c.cashPosition = -c.cashPosition - 7;
    c.defaulted = !c.defaulted;
  }
  s.firedEvents = [...s.firedEvents, 'not-a-real-event'];
  s.stats.revenue += 12345;
  s.ledger.marketing -= 999;
  return s;
}

describe('the coach reads the player view only', () => {
  for (const name of ['tutorial', 'flagship']) {
    const { scenario } = bundled(name);
    const states = weeksOf(name, 'coach-hidden', name === 'tutorial' ? 12 : 20);

    it(`${name}: the belief state built from a view gives that view back`, () => {
      for (const s of states) for (const r of ROLES) {
        const v = playerView(scenario, s, r);
        expect(canonicalJson(playerView(scenario, beliefState(scenario, v), r))).toBe(canonicalJson(v));
      }
    });

    it(`${name}: two states that differ only in hidden fields get the same advice`, () => {
      let differentAdvice = 0;
      for (const s of states) {
        const t = hiddenChanged(s);
        expect(canonicalJson(t)).not.toBe(canonicalJson(s));
        for (const r of ROLES) {
          const vs = playerView(scenario, s, r);
          expect(canonicalJson(playerView(scenario, t, r))).toBe(canonicalJson(vs)); // the precondition: same view
          const a = advise(scenario, vs, r);
          expect(advise(scenario, playerView(scenario, t, r), r)).toEqual(a);
          // A plain copy of the view (no getters, nothing behind it) and the lazy view: the same advice.
          expect(advise(scenario, JSON.parse(JSON.stringify(vs)) as typeof vs, r)).toEqual(a);
          expect(advise(scenario, lazyPlayerView(scenario, s, r), r)).toEqual(a);
          if (canonicalJson(a) !== canonicalJson(advise(scenario, playerView(scenario, states[0]!, r), r))) differentAdvice++;
        }
      }
      // The advice does follow the view: over a game it changes.
      expect(differentAdvice).toBeGreaterThan(0);
    });

    it(`${name}: a scenario with its hidden content removed gives the same advice`, () => {
      for (const st of states) {
        // What no player knows: the lead pool, the customers' unspoken pains and payment
        // habits, a rival's strength, and — until a credit check — rating, size and pledges.
        const blind: Scenario = {
          ...scenario,
          leads: scenario.leads.map((l) => ({ ...l, budget: 1, startWeek: 1, junk: undefined })),
          competitors: scenario.competitors.map((c) => ({ ...c, strength: 1 })),
          customers: scenario.customers.map((c) => ({
            ...c,
            pains: [],
            payment: { reliabilityBp: 0, delayDays: 0, defaultRiskBp: 0 },
            cashPosition: 0,
            ...(st.customers[c.id]!.creditChecked ? {} : { rating: 'D' as const, sizeYuan: 0, pledgeRatioBp: 0, insurable: false }),
          })),
        };
        for (const r of ROLES) {
          const v = playerView(scenario, st, r);
          expect(advise(blind, v, r)).toEqual(advise(scenario, v, r));
        }
      }
    });

    it(`${name}: every suggestion is an action the engine accepts in the real game`, () => {
      let checked = 0;
      for (const s of states) for (const r of ROLES) {
        for (const adv of advise(scenario, playerView(scenario, s, r), r)) {
          if (adv.action.kind === 'endWeek') continue;
          expect(validate(scenario, s, adv.action)).toBeNull();
          expect('role' in adv.action && adv.action.role).toBe(r);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });
  }

  it('takes up its plan after what the player already did this week', () => {
    const { scenario } = bundled('tutorial');
    const s = weeksOf('tutorial', 'coach-plan', 3)[2]!;
    const first = advise(scenario, playerView(scenario, s, 'AR'), 'AR');
    expect(first.length).toBeGreaterThan(1);
    const done: Action[] = [first[0]!.action];
    expect(applyActionInPlace(scenario, s, first[0]!.action).ok).toBe(true);
    const next = advise(scenario, playerView(scenario, s, 'AR'), 'AR', { doneThisWeek: done });
    expect(next[0]!.action).not.toEqual(first[0]!.action);
  });
});

describe('the reasons', () => {
  it('every reason code reads in both languages', () => {
    for (const code of REASON_CODES) {
      expect(en).toHaveProperty(`coach.reason.${code}`);
      expect(zh).toHaveProperty(`coach.reason.${code}`);
    }
  });
  it('the reasons follow the catalogue rules: same keys, no CJK in English, full-width punctuation in Chinese', () => {
    // The same checks test/i18n applies to the main catalogue (these load with the coach, apart from it).
    const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u2018\u2019\u201C\u201D]/u;
    const ZH_BAD = /[,;!?"']|\p{Script=Han}[:()]|[:()]\p{Script=Han}/u;
    const placeholders = (x: string) => [...x.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(CJK.test(v), k).toBe(false);
      expect(placeholders(zh[k as keyof typeof zh]), k).toEqual(placeholders(v));
    }
    for (const [k, v] of Object.entries(zh)) {
      expect(ZH_BAD.test(v.replace(/\{\w+\}/g, 'X')), k).toBe(false);
      expect((v.replace(/\{\w+\}/g, '').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !['LTC', 'ITR', 'SLA', 'KPI', 'DSO'].includes(w)), k).toEqual([]);
    }
  });
  it('an action kind the coach has no entry for gets the generic reason', () => {
    const { scenario } = bundled('tutorial');
    const v = playerView(scenario, createGame(scenario, 'x'), 'SR');
    expect(reasonFor(scenario, v, { kind: 'technicalExchange', role: 'SR', opportunity: 'o1' } as unknown as Action, beliefState(scenario, v))).toEqual({ code: 'generic', params: { role: 'SR' } });
  });
  it('a visit is explained with the support it leaves, by the engine\'s own visit rule', () => {
    const { scenario } = bundled('tutorial');
    for (const s of weeksOf('tutorial', 'coach-visit', 12)) {
      const visit = advise(scenario, playerView(scenario, s, 'AR'), 'AR').find((a) => a.action.kind === 'visit');
      if (!visit) continue;
      const { support, after } = visit.reason.params as { support: number; after: number };
      expect(after).toBeGreaterThan(support);
      // The same number the real game then shows.
      const a = visit.action as Extract<Action, { kind: 'visit' }>;
      expect(applyActionInPlace(scenario, s, a).ok).toBe(true);
      expect(s.customers[s.opportunities[a.opportunity]!.customer]!.stakeholders[a.stakeholder]!.support).toBe(after);
      return;
    }
    throw new Error('no visit suggested in a whole tutorial game');
  });
  it('a bid is explained with the team estimate of price, margin and win chance', () => {
    const { scenario } = bundled('tutorial');
    // The coach holds a bid back while the budget is unknown and next week is still in
    // time, so par (which bids a week before the deadline) is often first: the states
    // searched are those of a game SR plays by the coach, just before each of its moves.
    const { log } = playWithCoach(scenario, 'coach-bid', 'SR');
    const s = createGame(scenario, 'coach-bid');
    const done: Action[] = [];
    for (const move of log) {
      if (move.kind === 'endWeek') done.length = 0;
      const bid = move.kind === 'submitBid' ? advise(scenario, playerView(scenario, s, 'SR'), 'SR', { doneThisWeek: done }).find((a) => a.action.kind === 'submitBid') : undefined;
      expect(applyActionInPlace(scenario, s, move).ok).toBe(true);
      if ('role' in move && move.role === 'SR') done.push(move);
      if (!bid) continue;
      expect(bid.reason.code).toMatch(/^submitBid/);
      expect(bid.reason.params).toHaveProperty('chanceBp');
      expect(bid.reason.params).toHaveProperty('marginYuan');
      return;
    }
    throw new Error('no bid suggested in a whole tutorial game');
  });
});

/** Ten seeds, fixed in advance (not picked by result). */
const SEEDS = Array.from({ length: 10 }, (_, i) => `coach-${i + 1}`);

describe('following the coach for a whole tutorial game scores at least par on each of 10 seeds', () => {
  const { scenario } = bundled('tutorial');
  const par = SEEDS.map((seed) => parScore(scenario, seed));
  for (const role of ROLES) {
    it(`${role} follows the coach's first suggestion, the other roles are par bots`, () => {
      const pairs = SEEDS.map((seed, i) => ({ seed, coach: playWithCoach(scenario, seed, role).score, par: par[i]! }));
      console.log(`coach as ${role} vs par:`, pairs.map((p) => `${p.seed} ${p.coach}/${p.par}`).join(', '));
      // The Done-when of issue 10: at least par on every one of the ten seeds (and so on
      // average). The coach rolls its own dice where par's AR rolls for its marketing, so a
      // seed can go its own way; what keeps it at par is advice that is never worse than
      // par's own move from what the player can see.
      const total = (k: 'coach' | 'par') => pairs.reduce((n, p) => n + p[k], 0);
      expect(total('coach'), role).toBeGreaterThanOrEqual(total('par'));
      expect(pairs.filter((p) => p.coach < p.par), role).toEqual([]);
      // The comparison is a real one: par wins some bids on these seeds.
      expect(pairs.filter((p) => p.par > 0).length).toBeGreaterThanOrEqual(5);
    });
  }
});
