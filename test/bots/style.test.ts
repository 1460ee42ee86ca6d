/**
 * Strategies are knob settings: the named strategies are par with documented knobs
 * turned, and a style survives the trip to a worker as JSON.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { BEHAVIOURS, botsFor, playGame, styleByName, teamBot } from '../../src/bots/index.ts';
import { ABLATIONS, KNOB_NAMES, KNOB_VALUES, PAR, knobDiff, parseStyle } from '../../src/bots/style.ts';
import { stateHash } from '../../src/engine/index.ts';

describe('styles', () => {
  it('iron-triangle is par, every ablation is par with exactly its knobs turned', () => {
    expect(knobDiff(styleByName('iron-triangle')!)).toEqual([]);
    for (const b of BEHAVIOURS) {
      const diff = knobDiff(styleByName(`iron-triangle-without-${b}`)!);
      expect(diff).toEqual(Object.entries(ABLATIONS[b]).map(([k, v]) => `${k}=${v}`).sort((x, y) => KNOB_NAMES.indexOf(x.split('=')[0] as never) - KNOB_NAMES.indexOf(y.split('=')[0] as never)));
    }
    expect(styleByName('no-such-strategy')).toBeNull();
  });

  it('every knob of par holds one of its listed values', () => {
    for (const k of KNOB_NAMES) expect(KNOB_VALUES[k]).toContain(PAR[k]);
  });

  it('a style round-trips through JSON and plays the same game; a broken knob is refused', () => {
    const { scenario } = bundled('tutorial');
    const style = styleByName('siloed')!;
    const back = parseStyle(JSON.parse(JSON.stringify(style)))!;
    expect(back).toEqual(style);
    const a = playGame(scenario, 's1', botsFor('siloed')!).state;
    const bot = teamBot(back);
    const b = playGame(scenario, 's1', { AR: bot, SR: bot, FR: bot }).state;
    expect(stateHash(b)).toBe(stateHash(a));
    expect(parseStyle({ ...style, visits: 'everyone' })).toBeNull();
    expect(parseStyle({ ...style, pricing: 1234 })).toBeNull();
  });
});
