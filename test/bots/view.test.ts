/**
 * Bots see only what a player of that role would see. These tests build real views
 * mid-game and prove the hidden truths are absent — and that the runner hands bots a
 * view, never the state.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { canonicalJson, createGame, applyActionInPlace, playerView, lazyPlayerView, openOpportunityViews, type GameState } from '../../src/engine/index.ts';
import { botsFor, playGame, playTurn, botDice, type Bot } from '../../src/bots/index.ts';

const { scenario } = bundled('flagship');

function midGame(): GameState {
  const s = createGame(scenario, 'view-1');
  const bots = botsFor('iron-triangle')!;
  const dice = { AR: botDice('view-1', 'AR', 'x'), SR: botDice('view-1', 'SR', 'x'), FR: botDice('view-1', 'FR', 'x') };
  for (let w = 0; w < 26; w++) {
    for (const r of ['AR', 'SR', 'FR'] as const) playTurn(scenario, s, r, bots[r], dice[r]);
    applyActionInPlace(scenario, s, { kind: 'endWeek' });
  }
  return s;
}

describe('player view', () => {
  const state = midGame();
  const view = playerView(scenario, state, 'AR');
  const text = canonicalJson(view);

  it('has no lead budgets, start weeks or junk flags', () => {
    expect(view.leads.length).toBeGreaterThan(0);
    for (const l of view.leads) {
      expect(l).not.toHaveProperty('budget');
      expect(l).not.toHaveProperty('junk');
      expect(l).not.toHaveProperty('startWeek');
    }
  });

  it('shows an opportunity budget only once discovery confirmed it', () => {
    expect(view.opportunities.length).toBeGreaterThan(0);
    for (const o of view.opportunities) {
      const truth = state.leads[o.lead]!.budget;
      if (o.budgetKnown) expect(o.budget).not.toBeNull();
      else expect(o.budget).toBeNull();
      // (A repeat deal copies an earlier lead's budget; only test budgets no known deal shares.)
      const shared = view.opportunities.some((x) => x.budget === truth);
      if (!o.budgetKnown && !shared) expect(text.includes(`"budget":${truth}`)).toBe(false);
    }
  });

  it('hides customers’ payment habits, unrevealed pains and unchecked credit data', () => {
    expect(text).not.toContain('reliabilityBp');
    expect(text).not.toContain('defaultRiskBp');
    expect(text).not.toContain('delayDays');
    expect(text).not.toContain('cashPosition');
    for (const c of view.customers) {
      const live = state.customers[c.id]!;
      expect(c.painsKnown.map((p) => p.id).sort()).toEqual([...live.painsRevealed].sort());
      if (!live.creditChecked) expect(c.credit).toBeNull();
    }
    const hiddenPain = scenario.customers.flatMap((c) => c.pains.filter((p) => !state.customers[c.id]!.painsRevealed.includes(p.id)))[0];
    expect(hiddenPain).toBeDefined();
    expect(text).not.toContain(`"${hiddenPain!.id}"`);
  });

  it('shows every customer’s tender payment terms (public) and why it feels as it does, to every role', () => {
    for (const role of ['AR', 'SR', 'FR'] as const) {
      const v = playerView(scenario, state, role);
      for (const c of v.customers) {
        expect(c.termsNorm).toEqual(scenario.customers.find((x) => x.id === c.id)!.terms);
        expect(c.satisfactionDrivers).toEqual(state.customers[c.id]!.satisfactionDrivers);
      }
    }
    // half a year of play moved someone's satisfaction, and the drivers say why
    expect(view.customers.some((c) => Object.keys(c.satisfactionDrivers).length > 0)).toBe(true);
  });

  it('hides the world’s dice and competitors’ strength', () => {
    expect(view).not.toHaveProperty('rng');
    expect(text).not.toContain('"strength"');
    expect(text).not.toContain('"s0"');
  });

  it('the runner gives bots a view and legal actions, not the state', () => {
    const seen: unknown[] = [];
    const spy: Bot = {
      strategy: 'spy',
      *turn(t) {
        seen.push(t.view(), ...Object.values(t));
      },
    };
    playTurn(scenario, state, 'AR', spy, botDice('s', 'AR', 'spy'));
    expect(seen.some((x) => x === state)).toBe(false);
    for (const x of seen) if (x && typeof x === 'object') expect(x).not.toHaveProperty('rng');
  });

  it('a bot’s dice are its own: swapping one role’s strategy does not move the world’s dice', () => {
    // The world's luck is keyed by the seed alone, whatever the bots do: the starting
    // worlds are identical, and each bot draws from its own stream.
    const a = createGame(scenario, 'same');
    const b = createGame(scenario, 'same');
    expect(a).toEqual(b);
    const g1 = playGame(scenario, 'same', botsFor('iron-triangle')!);
    const g2 = playGame(scenario, 'same', { ...botsFor('iron-triangle')!, FR: botsFor('siloed')!.FR });
    expect(g1.log).not.toEqual(g2.log); // different FR behaviour…
    expect(botDice('same', 'AR', 'iron-triangle').state()).toEqual(botDice('same', 'AR', 'iron-triangle').state()); // …same AR stream
  });

  it('the lazy view the runner hands out is the same view, part for part, and hides the state', () => {
    for (const role of ['AR', 'SR', 'FR'] as const) {
      const lazy = lazyPlayerView(scenario, state, role);
      const full = playerView(scenario, state, role);
      for (const key of Object.keys(full) as (keyof typeof full)[]) expect(lazy[key], key).toEqual(full[key]);
      expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(full)));
      expect(lazy.opportunities).toBe(lazy.opportunities); // built once, then kept
      expect(Object.values(lazy)).not.toContain(state);
    }
  });

  it('open opportunities are the view’s open and bidding ones, nearest deadline first', () => {
    const s = createGame(scenario, 'view-open');
    const bots = botsFor('iron-triangle')!;
    const dice = { AR: botDice('view-open', 'AR', 'x'), SR: botDice('view-open', 'SR', 'x'), FR: botDice('view-open', 'FR', 'x') };
    let checked = 0;
    while (!s.finished) {
      for (const r of ['AR', 'SR', 'FR'] as const) playTurn(scenario, s, r, bots[r], dice[r]);
      applyActionInPlace(scenario, s, { kind: 'endWeek' });
      const open = openOpportunityViews(scenario, s);
      const expected = playerView(scenario, s, 'SR')
        .opportunities.filter((o) => o.status === 'open' || o.status === 'bidding')
        .sort((a, b) => a.deadlineWeek - b.deadlineWeek || (a.id < b.id ? -1 : 1));
      expect(open).toEqual(expected);
      checked += open.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
