/**
 * Decision points: which of a game's moves the turning-point analysis re-simulates. (Which
 * of them it lists, and with what interval, is tested in decisive.test.ts: a decision known
 * to decide the game and one known to be irrelevant.) The world is the tutorial with its
 * customer made fragile, played by par except for a careless account manager.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame, type Bot } from '../../src/bots/index.ts';
import { TERMS_PRESETS } from '../../src/engine/index.ts';
import { decisionPoints } from '../../src/debrief/turning-points.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const sc: Scenario = structuredClone(bundled('tutorial').scenario);
sc.weeks = 60;
const fragile = sc.customers.find((c) => c.id === 'qingjiang')!;
Object.assign(fragile, { rating: 'B', insurable: true, cashPosition: 10, payment: { reliabilityBp: 9000, delayDays: 10, defaultRiskBp: 10000 }, terms: { maxAdvanceBp: 3000, netDays: 30 } });

const par = botsFor('iron-triangle')!;
/**
 * Par's account manager, except: where par would credit-check the fragile customer, it
 * puts loose terms without insurance on the table instead (and never checks credit).
 */
const careless: Bot = {
  strategy: 'careless',
  *turn(t) {
    const g = par.AR.turn(t);
    let step = g.next();
    while (!step.done) {
      let a = step.value;
      if (a.kind === 'creditCheck' && a.customer === fragile.id) {
        const o = t.openOpportunities().find((x) => x.customer === fragile.id && !x.terms && !x.bid);
        if (o) yield { kind: 'setTerms', role: 'AR', opportunity: o.id, terms: TERMS_PRESETS.loose, insured: false };
        step = g.next(false);
        continue;
      }
      if (a.kind === 'setTerms') a = { ...a, terms: TERMS_PRESETS.loose, insured: false };
      step = g.next(yield a);
    }
  },
};

describe('turning points', () => {
  it('decision points are the human’s actions and the end of each of their turns', () => {
    const g = playGame(sc, 't1', { ...par, AR: careless });
    const pts = decisionPoints(g.log, ['AR']);
    const arActions = g.log.filter((a) => 'role' in a && a.role === 'AR').length;
    expect(pts.filter((p) => p.original !== null)).toHaveLength(arActions);
    expect(pts.filter((p) => p.original === null)).toHaveLength(sc.weeks);
    for (const p of pts) if (p.original) expect(g.log[p.index]).toBe(p.original);
  });
});
