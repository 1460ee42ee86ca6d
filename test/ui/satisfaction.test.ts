/**
 * The customer panel's "why they feel this way" chart: drivers in reading order (gains
 * first, losses last, no zeros), bars diverging from the middle, and the drivers a real
 * game produces add up to the change in satisfaction and all have words in both languages.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { playerView } from '../../src/engine/index.ts';
import { driverBar, driverRows } from '../../src/ui/satisfaction.ts';
import { Tx } from '../../src/ui/text.ts';

describe('satisfaction drivers', () => {
  it('orders gains before losses, drops zeros, and breaks ties by name', () => {
    expect(driverRows({ late: -6, onTime: 4, veto: 0, accepted: 4, defect: -2 })).toEqual([
      { why: 'accepted', delta: 4 },
      { why: 'onTime', delta: 4 },
      { why: 'defect', delta: -2 },
      { why: 'late', delta: -6 },
    ]);
    expect(driverRows({})).toEqual([]);
  });

  it('draws bars from the middle: gains right, losses left, the largest to the edge', () => {
    expect(driverBar(10, 10)).toEqual({ x: 50, width: 48 });
    expect(driverBar(-5, 10)).toEqual({ x: 26, width: 24 });
    expect(driverBar(0, 0)).toEqual({ x: 50, width: 0 });
  });

  it('in a played game the drivers add up to the change, and every reason has words', () => {
    const { scenario } = bundled('flagship');
    const { state } = playGame(scenario, 'drivers-1', botsFor('iron-triangle')!);
    const v = playerView(scenario, state, 'AR');
    let some = 0;
    for (const c of v.customers) {
      const start = scenario.customers.find((x) => x.id === c.id)!.satisfaction;
      const net = driverRows(c.satisfactionDrivers).reduce((s, r) => s + r.delta, 0);
      expect(c.satisfaction - net, c.id).toBe(start);
      some += Object.keys(c.satisfactionDrivers).length;
      for (const lang of ['zh', 'en'] as const) {
        const tx = new Tx(lang, scenario, () => state);
        for (const why of Object.keys(c.satisfactionDrivers)) expect(tx.satisfactionReason(why), why).not.toBe(why);
      }
    }
    expect(some).toBeGreaterThan(0);
  });
});

describe('tender terms and payment terms in words', () => {
  const { scenario } = bundled('tutorial');
  it('say what the tender allows in both languages', () => {
    const en = new Tx('en', scenario);
    const zh = new Tx('zh', scenario);
    expect(en.tenderTerms({ maxAdvanceBp: 0, netDays: 30 })).toBe('no advance allowed · net 30 days');
    expect(en.tenderTerms({ maxAdvanceBp: 3000, netDays: 60 })).toBe('advance at most 30% · net 60 days');
    expect(zh.tenderTerms({ maxAdvanceBp: 0, netDays: 30 })).toBe('不接受预付款 · 账期 30 天');
    expect(en.signed(5)).toBe('+5');
    expect(en.signed(-3)).toBe('\u22123');
  });
});
