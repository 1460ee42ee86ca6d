/**
 * "How the score is made" as the UI shows it: the rows add up to the engine's score,
 * raw × volume = what counts, nothing measured scores 0, and the one-line tooltip names
 * every part in both languages.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { computeKpis, computeScore, createGame, type Kpis } from '../../src/engine/index.ts';
import { SCORE_PARTS, partTarget, scoreLine, scoreRows } from '../../src/ui/score.ts';
import { Tx } from '../../src/ui/text.ts';

const { scenario } = bundled('flagship');

describe('score rows', () => {
  it('a whole game: points add up to the score, raw × volume = counted', () => {
    for (const strategy of ['iron-triangle', 'siloed']) {
      const { state } = playGame(scenario, `score-${strategy}`, botsFor(strategy)!);
      const k = computeKpis(scenario, state);
      const s = scoreRows(scenario, k);
      expect(s.rows.map((r) => r.part)).toEqual([...SCORE_PARTS]);
      expect(Math.round(s.rows.reduce((t, r) => t + r.points, 0))).toBe(computeScore(scenario, k));
      expect(s.score).toBe(computeScore(scenario, k));
      for (const r of s.rows) if (r.achievement !== null) expect(r.raw! * (r.scaled ? s.volume : 1)).toBeCloseTo(r.achievement, 9);
    }
  });

  it('at the start nothing is measured: every rate part null and 0 points, score 0', () => {
    const k = computeKpis(scenario, createGame(scenario, 'empty'));
    const s = scoreRows(scenario, k);
    expect(s.score).toBe(0);
    for (const r of s.rows) {
      expect(r.points).toBe(0);
      if (r.part !== 'revenue') expect(r.achievement).toBeNull();
    }
  });

  it('little revenue: the rate parts count in proportion, and the raw achievement is kept', () => {
    const t = scenario.score.targets;
    const k: Kpis = {
      winRate: t.winRateBp / 10000, bidsWon: 1, bidsDecided: 2, revenue: Math.round(t.revenue / 10), grossMarginPct: t.grossMarginBp / 10000,
      invoiced: 100000, collected: 50000, collectedPct: 0.5, collectionCycleDays: t.collectionCycleDays, dsoDays: 30, badDebt: 0,
      csat: t.csat, complaintRate: null, docCycleDays: t.docCycleHalfDays / 2,
    };
    const s = scoreRows(scenario, k);
    expect(s.volume).toBeLessThan(1);
    const win = s.rows.find((r) => r.part === 'winRate')!;
    expect(win.raw).toBeCloseTo(1, 9);
    expect(win.achievement).toBeCloseTo(s.volume, 9);
    expect(s.rows.find((r) => r.part === 'complaints')!.achievement).toBeNull();
    expect(s.rows.find((r) => r.part === 'complaints')!.points).toBe(0);
    for (const lang of ['zh', 'en'] as const) {
      const tx = new Tx(lang, scenario);
      const line = scoreLine(tx, s);
      for (const p of SCORE_PARTS) expect(line).toContain(tx.ui(`scorePart.${p}`));
      expect(line).toContain(tx.pct(s.volume));
      for (const p of SCORE_PARTS) expect(tx.ui(`debrief.how.part.${p}`, { target: partTarget(tx, scenario, p) })).not.toContain('{');
    }
  });
});
