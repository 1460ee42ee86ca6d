/**
 * Words for the debrief, shared by the screen and the CLI report: KPI values and deltas
 * in a language, a turning point as a sentence, and the after-action questions.
 */
import type { GameEvent } from '../engine/state.ts';
import type { Delta, ScoreKey, TurningPoint } from '../debrief/types.ts';
import { describeAction, describeEvent, formatDays, formatMoney, formatPct, roleName, t, type Lang, type Names } from './index.ts';

const MONEY: ReadonlySet<ScoreKey> = new Set(['revenue', 'invoiced', 'collected', 'badDebt']);
const RATES: ReadonlySet<ScoreKey> = new Set(['winRate', 'grossMarginPct', 'collectedPct', 'complaintRate']);
const DAYS: ReadonlySet<ScoreKey> = new Set(['collectionCycleDays', 'dsoDays', 'docCycleDays']);

/** A KPI value as people read it: money, a percentage, days or a plain number. */
export function formatKpi(lang: Lang, key: ScoreKey, value: number | null): string {
  if (value === null) return '—'; // not measured: nothing of this kind happened in the game
  if (MONEY.has(key)) return formatMoney(lang, value);
  if (RATES.has(key)) return formatPct(lang, value);
  if (DAYS.has(key)) return formatDays(lang, Math.round(value * 10) / 10);
  if (key === 'csat' || key === 'score') return String(Math.round(value));
  return String(Math.round(value * 100) / 100);
}

/** A change with its sign: "+12", "−3.1%", "+¥405,000". */
export function formatChange(lang: Lang, key: ScoreKey, change: number): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return sign + formatKpi(lang, key, Math.abs(change));
}

/** The parts of a turning point's delta worth printing, in reading order. */
export function deltaParts(lang: Lang, d: Delta): string[] {
  const parts: [ScoreKey, number][] = [['score', d.score], ['bidsWon', d.bidsWon], ['revenue', d.revenue], ['grossMarginPct', d.grossMarginPct], ['collected', d.collected]];
  return parts.filter(([, v]) => v !== 0).map(([k, v]) => `${t(lang, `kpi.${k}` as never)} ${formatChange(lang, k, v)}`);
}

export interface TurningPointText {
  /** "Week 5 · Account manager" */
  when: string;
  /** What was done ("Set terms: loose …") or "Ended the turn". */
  did: string;
  /** What par would have done. */
  instead: string;
  /** The consequence that tells the difference, or null. */
  because: string | null;
}

/** Par's choice did better (it gained / avoided) or worse (it caused / missed). */
function becauseKey(tp: TurningPoint) {
  const better = tp.delta.score > 0 || (tp.delta.score === 0 && tp.delta.collected >= 0);
  if (tp.because?.kind === 'gained') return better ? 'debrief.tp.gained' : 'debrief.tp.caused';
  return better ? 'debrief.tp.avoided' : 'debrief.tp.missed';
}

export function turningPointText(lang: Lang, tp: TurningPoint, names: Names): TurningPointText {
  const event = (e: GameEvent) => describeEvent(lang, e, names) ?? e.type;
  return {
    when: t(lang, 'debrief.tp.when', { week: tp.week, role: roleName(lang, tp.role) }),
    did: tp.original ? describeAction(lang, tp.original, names) : t(lang, 'debrief.tp.endedTurn'),
    instead: describeAction(lang, tp.replacement, names),
    because: tp.because ? t(lang, becauseKey(tp), { event: event(tp.because.event) }) : null,
  };
}

