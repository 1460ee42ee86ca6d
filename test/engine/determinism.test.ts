import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { applyAction, applyActionInPlace, cloneState, createGame, replay, stateHash, canonicalJson, computeKpis } from '../../src/engine/index.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';

describe.each(['tutorial', 'flagship'])('determinism on %s', (name) => {
  const { scenario } = bundled(name);
  const game = playGame(scenario, 'det-1', botsFor('random')!);

  it('the same seed and log give the same state hash every time', () => {
    const again = playGame(scenario, 'det-1', botsFor('random')!);
    expect(again.log).toEqual(game.log);
    expect(stateHash(again.state)).toBe(stateHash(game.state));
  });

  it('a different seed gives a different game', () => {
    expect(stateHash(playGame(scenario, 'det-2', botsFor('random')!).state)).not.toBe(stateHash(game.state));
  });

  it('replaying the log reproduces the live game', () => {
    const r = replay(scenario, 'det-1', game.log);
    expect(r.error).toBeNull();
    expect(stateHash(r.state)).toBe(stateHash(game.state));
    expect(r.weekHashes).toHaveLength(scenario.weeks);
  });

  it('the immer path and the in-place path give identical states after every action', () => {
    let immerState = createGame(scenario, 'det-1');
    const plain = cloneState(immerState);
    for (const [i, a] of game.log.entries()) {
      const before = immerState;
      const r1 = applyAction(scenario, immerState, a);
      const r2 = applyActionInPlace(scenario, plain, a);
      expect(r1.ok && r2.ok).toBe(true);
      immerState = r1.state;
      if (a.kind === 'endWeek') expect(stateHash(immerState)).toBe(stateHash(plain));
      if (i > 0) expect(Object.isFrozen(before)).toBe(true); // immer froze the old state: nothing can change it
    }
    expect(canonicalJson(immerState)).toBe(canonicalJson(plain));
  });

  it('save mid-game, load from JSON, continue = uninterrupted', () => {
    const cut = Math.floor(game.log.length / 2);
    const first = replay(scenario, 'det-1', game.log.slice(0, cut));
    const restored = JSON.parse(JSON.stringify(first.state));
    const rest = replay(scenario, 'det-1', game.log.slice(cut), restored);
    expect(rest.error).toBeNull();
    expect(stateHash(rest.state)).toBe(stateHash(game.state));
    expect(computeKpis(scenario, rest.state)).toEqual(computeKpis(scenario, game.state));
  });
});

describe('cloneState', () => {
  it('is a deep, unfrozen copy equal to structuredClone, key order included', () => {
    const { scenario } = bundled('flagship');
    const s = playGame(scenario, 'clone-1', botsFor('iron-triangle')!).state;
    const c = cloneState(s);
    expect(c).toEqual(structuredClone(s));
    expect(JSON.stringify(c)).toBe(JSON.stringify(s));
    expect(c.opportunities).not.toBe(s.opportunities);
    const firstOpp = Object.keys(s.opportunities)[0]!;
    expect(c.opportunities[firstOpp]).not.toBe(s.opportunities[firstOpp]);
    // The immer path hands out frozen states; their copies can be changed.
    let frozen = createGame(scenario, 'clone-2');
    frozen = applyAction(scenario, frozen, { kind: 'endWeek' }).state;
    expect(Object.isFrozen(frozen)).toBe(true);
    const thawed = cloneState(frozen);
    thawed.week += 1;
    expect(thawed.week).toBe(frozen.week + 1);
  });
});
