/**
 * "How the score is made", as the UI shows it: the engine's `scoreBreakdown` (the one
 * definition, src/engine/kpis.ts) turned into rows a person can read — each part's
 * weight, achievement before and after the volume factor, points and the most it could
 * score — plus the one-line version for the KPI bar's tooltip. Pure: no DOM.
 */
import { SCORE_PARTS, VOLUME_SHARE_OF_TARGET, scoreBreakdown, type Kpis, type ScorePart } from '../engine/kpis.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Tx } from './text.ts';

export { SCORE_PARTS, type ScorePart };

/** Achievements are capped at this (150%): the end of every bar. */
export const ACHIEVEMENT_CAP = 1.5;

export interface ScorePartRow {
  part: ScorePart;
  /** The scenario's weight for this part (weights add up to 100). */
  weight: number;
  /** Achievement as it counts (after the volume factor), 0–1.5; null = not measured. */
  achievement: number | null;
  /** Achievement before the volume factor (equal to `achievement` for revenue, or at full volume). */
  raw: number | null;
  /** Points this part scored (weight × achievement × 10; 0 when not measured). */
  points: number;
  /** The most this part can score (weight × 150% × 10). */
  max: number;
  /** True for the rate parts, which the volume factor scales. */
  scaled: boolean;
}

export interface ScoreRows {
  score: number;
  /** 0–1: how much the rate parts count. */
  volume: number;
  /** Revenue as a share of the target (uncapped). */
  revenueShare: number;
  /** The revenue share from which rates count in full (a quarter). */
  threshold: number;
  rows: ScorePartRow[];
}

export function scoreRows(sc: Scenario, k: Kpis): ScoreRows {
  const b = scoreBreakdown(sc, k);
  // The same KPIs with revenue at the target: volume 1, so the rate parts come out
  // unscaled (revenue enters the rate parts only through the volume factor; a test in
  // test/ui/score.test.ts holds raw × volume = counted, so a change there shows).
  const full = b.volume >= 1 ? b : scoreBreakdown(sc, { ...k, revenue: Math.max(k.revenue, sc.score.targets.revenue + k.badDebt) });
  const rows = SCORE_PARTS.map((part): ScorePartRow => {
    const weight = sc.score.weights[part];
    const scaled = part !== 'revenue';
    return {
      part,
      weight,
      achievement: b.parts[part],
      raw: scaled ? full.parts[part] : b.parts[part],
      points: b.points[part],
      max: weight * ACHIEVEMENT_CAP * 10,
      scaled,
    };
  });
  return { score: b.score, volume: b.volume, revenueShare: Math.max(0, k.revenue - k.badDebt) / sc.score.targets.revenue, threshold: 1 / VOLUME_SHARE_OF_TARGET, rows };
}

/** Each part's target in words, for the "how it is measured" line. */
export function partTarget(tx: Tx, sc: Scenario, part: ScorePart): string {
  const t = sc.score.targets;
  switch (part) {
    case 'winRate': return tx.pct(t.winRateBp / 10000);
    case 'revenue': return tx.money(t.revenue);
    case 'grossMargin': return tx.pct(t.grossMarginBp / 10000);
    case 'collection': return tx.days(t.collectionCycleDays);
    case 'satisfaction': return String(t.csat);
    case 'process': return tx.days(t.docCycleHalfDays / 2);
    case 'complaints': return tx.pct(t.complaintRateBp / 10000);
    case 'badDebt': return tx.pct(t.badDebtBp / 10000);
  }
}

/** The score in one line: "Score 843 = Win rate 150 + Revenue 45 + … · rates count 60% until …". */
export function scoreLine(tx: Tx, s: ScoreRows): string {
  const parts = s.rows
    .map((r) => (r.achievement === null ? tx.ui('ui.score.partNotMeasured', { part: tx.ui(`scorePart.${r.part}`) }) : tx.ui('ui.score.part', { part: tx.ui(`scorePart.${r.part}`), points: Math.round(r.points) })))
    .join(' + ');
  const line = tx.ui('ui.score.breakdown', { score: s.score, parts });
  return s.volume < 1 ? `${line}${tx.ui('fmt.sep')}${tx.ui('ui.score.volume', { pct: tx.pct(s.volume), threshold: tx.pct(s.threshold) })}` : line;
}
