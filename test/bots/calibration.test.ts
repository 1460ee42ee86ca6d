/**
 * Direction of every calibrated effect on a small paired sample (not timed; the full
 * 1,000-seed check is `npm run calibrate`, see docs/calibration.md). If a rule change
 * flips one of these, the lesson the flagship teaches has changed.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { computeKpis, computeScore, type Kpis } from '../../src/engine/index.ts';
import { botsFor, playGame, ablationName } from '../../src/bots/index.ts';

const { scenario } = bundled('flagship');
const SEEDS = Array.from({ length: 60 }, (_, i) => `dir${i}`);
type Row = Kpis & { score: number };
const cache = new Map<string, Row>();
function mean(strategy: string, key: keyof Row): number {
  let sum = 0;
  let n = 0;
  for (const seed of SEEDS) {
    const id = `${strategy}/${seed}`;
    let row = cache.get(id);
    if (!row) {
      const { state } = playGame(scenario, seed, botsFor(strategy)!);
      const k = computeKpis(scenario, state);
      row = { ...k, score: computeScore(scenario, k) };
      cache.set(id, row);
    }
    const x = row[key];
    if (x === null) continue; // not measured in this game
    sum += x;
    n++;
  }
  return sum / n;
}

describe('calibration directions on 60 paired seeds', () => {
  it('iron-triangle beats siloed on every row of the published table', () => {
    expect(mean('iron-triangle', 'winRate')).toBeGreaterThan(mean('siloed', 'winRate'));
    expect(mean('iron-triangle', 'collectionCycleDays')).toBeLessThan(mean('siloed', 'collectionCycleDays'));
    expect(mean('iron-triangle', 'complaintRate')).toBeLessThan(mean('siloed', 'complaintRate'));
    expect(mean('iron-triangle', 'docCycleDays')).toBeLessThan(mean('siloed', 'docCycleDays'));
  });

  it('scores order random < greedy-discount and siloed < iron-triangle', () => {
    expect(mean('random', 'score')).toBeLessThan(mean('greedy-discount', 'score'));
    expect(mean('siloed', 'score')).toBeLessThan(mean('iron-triangle', 'score'));
  });

  it('greedy-discount wins on price and bleeds margin', () => {
    expect(mean('greedy-discount', 'grossMarginPct')).toBeLessThan(mean('iron-triangle', 'grossMarginPct'));
  });

  it.each([
    // (Joint visits also win more bids — winRate −0.024 [−0.031, −0.016] on 1,000 seeds,
    // docs/calibration.md — but 60 seeds are too few to see it every time.)
    ['joint-visits', 'csat', -1],
    ['sr-customer-work', 'revenue', -1],
    // (Discovery also wins more bids — winRate −0.033 [−0.040, −0.026] on 1,000 seeds —
    // but its margin effect is the one 60 seeds always show: the budget known, the price fits.)
    ['discovery', 'grossMarginPct', -1],
    ['early-fr', 'complaintRate', 1],
    ['credit-check', 'collectionCycleDays', 1],
    ['sensible-terms', 'collectionCycleDays', 1],
    ['reconciliation', 'collectionCycleDays', 1],
    ['ticket-sla', 'complaintRate', 1],
  ] as const)('switching off %s makes %s worse', (behaviour, kpi, worse) => {
    const delta = mean(ablationName(behaviour), kpi) - mean('iron-triangle', kpi);
    expect(delta * worse).toBeGreaterThan(0);
  });
});
