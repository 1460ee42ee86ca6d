/**
 * "Bots leave the human's role's days alone": in solo mode the bots play the other two
 * roles, and none of their actions may spend the days of the role a person holds.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botByName, botDice, playTurnVia } from '../../src/bots/index.ts';
import { applyActionInPlace, cloneState, createGame, type Action, type GameState, type Role } from '../../src/engine/index.ts';

/** Plays `weeks` weeks of the flagship with iron-triangle bots for every role but `human` (who only ends the week). */
function play(strategy: string, human: Role | null, weeks: number): { spentOnHuman: number; joint: number } {
  const { scenario: sc } = bundled('flagship');
  let state: GameState = cloneState(createGame(sc, 'humans-1'));
  const humans = new Set<Role>(human ? [human] : []);
  let spentOnHuman = 0;
  let joint = 0;
  const dice = { AR: botDice('humans-1', 'AR', strategy), SR: botDice('humans-1', 'SR', strategy), FR: botDice('humans-1', 'FR', strategy) };
  for (let w = 0; w < weeks; w++) {
    for (const role of ['AR', 'SR', 'FR'] as Role[]) {
      if (role === human) continue;
      const before = human ? state.daysUsed[human] : 0;
      playTurnVia(sc, () => state, (a: Action) => {
        const r = applyActionInPlace(sc, state, a);
        if (r.ok) state = r.state;
        return r;
      }, role, botByName(strategy)!, dice[role], (a) => {
        if (a.kind === 'visit' && a.with.length > 0) joint++;
      }, humans);
      if (human) spentOnHuman += state.daysUsed[human] - before;
    }
    applyActionInPlace(sc, state, { kind: 'endWeek' });
  }
  return { spentOnHuman, joint };
}

describe('bots and a human teammate', () => {
  it('without a human, par brings SR and FR along on visits (spending their days)', () => {
    expect(play('iron-triangle', null, 12).joint).toBeGreaterThan(0);
  });
  for (const human of ['SR', 'FR'] as Role[]) {
    for (const strategy of ['iron-triangle', 'random']) {
      it(`${strategy} bots never spend the days of a human ${human}`, () => {
        expect(play(strategy, human, 12).spentOnHuman).toBe(0);
      });
    }
  }
});
