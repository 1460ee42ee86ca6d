/**
 * Turning points find the decision that decided the game. The scenario is the tutorial
 * with its customer made fragile (in cash trouble from the start, sure to default once
 * it owes us money, B-rated and insurable) and a longer year, so that an insurance
 * claim can come through. The player is par in every respect but one: the account
 * manager skips the credit check and sets loose terms without insurance. In every game
 * where the bid is won, the customer defaults; the analysis must rank that terms
 * decision first, and say why: par's insured contract would have recovered the money.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame, type Bot } from '../../src/bots/index.ts';
import { TERMS_PRESETS } from '../../src/engine/index.ts';
import { decisionPoints, turningPoints } from '../../src/debrief/turning-points.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const sc: Scenario = structuredClone(bundled('tutorial').scenario);
sc.weeks = 60;
const fragile = sc.customers.find((c) => c.id === 'qingjiang')!;
Object.assign(fragile, { rating: 'B', insurable: true, cashPosition: 10, payment: { reliabilityBp: 9000, delayDays: 10, defaultRiskBp: 10000 } });

const par = botsFor('iron-triangle')!;
/** Par's account manager, except: no credit check on the fragile customer, loose terms, no insurance. */
const careless: Bot = {
  strategy: 'careless',
  *turn(t) {
    const g = par.AR.turn(t);
    let step = g.next();
    while (!step.done) {
      let a = step.value;
      if (a.kind === 'creditCheck' && a.customer === fragile.id) {
        step = g.next(false);
        continue;
      }
      if (a.kind === 'setTerms') a = { ...a, terms: TERMS_PRESETS.loose, insured: false };
      step = g.next(yield a);
    }
  },
};
const players = { AR: 'player', SR: 'iron-triangle', FR: 'iron-triangle' };

describe('turning points', () => {
  it('rank the one careless terms decision first whenever it decided the game', () => {
    let decided = 0;
    for (const seed of ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']) {
      const g = playGame(sc, seed, { ...par, AR: careless });
      if (!g.state.customers[fragile.id]!.defaulted) continue; // the bid was lost: nothing to decide
      decided++;
      const bad = g.log.findIndex((a) => a.kind === 'setTerms');
      const rep = turningPoints(sc, { seed, log: g.log, players });
      const [top, next] = rep.points;
      expect(top, seed).toBeDefined();
      expect(top!.index, seed).toBe(bad);
      expect(top!.original?.kind).toBe('setTerms');
      expect(top!.replacement.kind).toBe('creditCheck'); // what par does first
      // Δ is yours − par's: par's choice did better, and the interval says so.
      expect(top!.delta.score.hi, seed).toBeLessThan(0);
      expect(top!.delta.collected.mean).toBeLessThan(0);
      // Both versions of the customer default; par's insured contract is what recovers the money.
      expect(top!.because, seed).toMatchObject({ kind: 'gained', event: { type: 'insuranceClaimed' } });
      if (next) expect(Math.abs(next.delta.score.mean)).toBeLessThan(Math.abs(top!.delta.score.mean));
    }
    expect(decided).toBeGreaterThanOrEqual(3);
  });

  it('decision points are the human’s actions and the end of each of their turns', () => {
    const g = playGame(sc, 't1', { ...par, AR: careless });
    const pts = decisionPoints(g.log, ['AR']);
    const arActions = g.log.filter((a) => a.kind !== 'endWeek' && a.role === 'AR').length;
    expect(pts.filter((p) => p.original !== null)).toHaveLength(arActions);
    expect(pts.filter((p) => p.original === null)).toHaveLength(sc.weeks);
    for (const p of pts) if (p.original) expect(g.log[p.index]).toBe(p.original);
  });
});
