/**
 * Words for the debrief, shared by the screen and the CLI report: KPI values and deltas
 * in a language, a turning point as a sentence, and the after-action questions.
 */
import type { GameEvent } from '../engine/state.ts';
import type { DeltaEstimate, Interval, OverdraftUse, ScoreKey, TurningPoint } from '../debrief/types.ts';
import type { InjectNote } from '../debrief/injects.ts';
import { describeAction, describeEvent, formatCount, formatDays, formatMoney, formatPct, roleName, t, type Lang, type Names } from './index.ts';

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

/** A score change as read: one decimal below 10 points, whole points above. */
const scoreChange = (x: number) => (Math.abs(x) < 10 ? Math.round(x * 10) / 10 : Math.round(x));

/** A change with its sign, for a mean of several runs: money in whole yuan, counts to 0.1. */
function meanChange(lang: Lang, key: ScoreKey, x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '+∞' : '−∞';
  const v = key === 'score' ? scoreChange(x) : MONEY.has(key) ? Math.round(x) : RATES.has(key) ? x : Math.round(x * 10) / 10;
  if (key === 'score' || !MONEY.has(key) && !RATES.has(key)) {
    const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
    return sign + String(Math.abs(v));
  }
  return formatChange(lang, key, v);
}

/**
 * "−42 [−60, −24]": a mean change and its 95% interval, each with its sign; "−40 (the
 * same in every continuation)" when they all agree.
 */
export function formatInterval(lang: Lang, key: ScoreKey, e: Interval): string {
  if (e.lo === e.hi && e.n > 1) return t(lang, 'debrief.tp.alike', { value: meanChange(lang, key, e.mean) });
  return `${meanChange(lang, key, e.mean)} [${meanChange(lang, key, e.lo)}, ${meanChange(lang, key, e.hi)}]`;
}

/**
 * The parts of a turning point's delta worth printing, in reading order, each with its
 * interval: the score always, the others where their mean moved.
 */
export function deltaParts(lang: Lang, d: DeltaEstimate): string[] {
  const parts: [ScoreKey, Interval][] = [['score', d.score], ['bidsWon', d.bidsWon], ['revenue', d.revenue], ['grossMarginPct', d.grossMarginPct], ['collected', d.collected]];
  return parts.filter(([k, v]) => k === 'score' || Math.abs(v.mean) > 1e-9).map(([k, v]) => `${t(lang, `kpi.${k}` as never)} ${formatInterval(lang, k, v)}`);
}

/** Is your choice the better one? (Δ = yours − par's; a listed point is never zero.) */
export const yoursBetter = (tp: TurningPoint): boolean => tp.delta.score.mean > 0;

export interface TurningPointText {
  /** "Week 5 · Account manager" */
  when: string;
  /** What was done ("Set terms: loose …") or "Ended the turn". */
  did: string;
  /** "Par’s alternative: …": what the decision was compared with. */
  instead: string;
  /** Which choice did better, and how sure: "Par’s choice would have done better · 8 continuations per branch". */
  verdict: string;
  /** The consequence that carries the difference, or null. */
  because: string | null;
}

/** The better branch (yours when Δ > 0, par's when Δ < 0) gained good news or avoided bad news. */
const BECAUSE = {
  yours: { gained: 'debrief.tp.because.yours.gained', avoided: 'debrief.tp.because.yours.avoided' },
  par: { gained: 'debrief.tp.because.par.gained', avoided: 'debrief.tp.because.par.avoided' },
} as const;

export function turningPointText(lang: Lang, tp: TurningPoint, names: Names): TurningPointText {
  // The explanation's record ids are deals (lead ids): named as the deal ("30 × Flow meter").
  const event = (e: GameEvent) => {
    const named: GameEvent = { ...e };
    for (const k of ['opportunity', 'contract', 'order', 'invoice', 'ticket']) {
      const id = e[k];
      if (typeof id === 'string') named[k] = names.lead?.(id) ?? id;
    }
    // A record left out (no deal) leaves a gap in the sentence: close it.
    return (describeEvent(lang, named, names) ?? e.type).replace(/ {2,}/g, ' ').replace(/ ([,.;:)])/g, '$1');
  };
  return {
    when: t(lang, 'debrief.tp.when', { week: tp.week, role: roleName(lang, tp.role) }),
    did: tp.original ? describeAction(lang, tp.original, names) : t(lang, 'debrief.tp.endedTurn'),
    instead: t(lang, 'debrief.tp.alternative', { action: describeAction(lang, tp.replacement, names) }),
    verdict: t(lang, yoursBetter(tp) ? 'debrief.tp.verdict.yours' : 'debrief.tp.verdict.par', { k: tp.delta.score.n }),
    because: tp.because ? t(lang, BECAUSE[yoursBetter(tp) ? 'yours' : 'par'][tp.because.kind], { event: event(tp.because.event), n: tp.because.continuations, k: tp.because.of }) : null,
  };
}

/** The scorecard's column heads (you, target, par, siloed): "at week N" for a game not finished. */
export function scorecardColumns(lang: Lang, atWeek: number | null): string[] {
  if (atWeek === null) return [t(lang, 'debrief.score.you'), t(lang, 'debrief.score.target'), t(lang, 'debrief.score.par'), t(lang, 'debrief.score.siloed')];
  return [t(lang, 'debrief.score.youAt', { week: atWeek }), t(lang, 'debrief.score.targetYear'), t(lang, 'debrief.score.parAt', { week: atWeek }), t(lang, 'debrief.score.siloedAt', { week: atWeek })];
}

/** The debrief's line on the bank overdraft: weeks ended below zero, interest paid, the lowest cash. */
export function overdraftLine(lang: Lang, o: OverdraftUse): string {
  const limit = formatMoney(lang, o.limit);
  if (o.weeksOverdrawn === 0 && o.lowestCash >= 0) return t(lang, 'debrief.overdraft.none', { limit });
  return t(lang, 'debrief.overdraft.used', {
    weeks: formatCount(lang, 'week', o.weeksOverdrawn), interest: formatMoney(lang, o.interestPaid), lowest: formatMoney(lang, o.lowestCash), limit,
  });
}

/** One line per facilitator inject in a game (src/debrief/injects.ts), in `lang`; a scenario event by its news. */
export function injectLines(lang: Lang, notes: readonly InjectNote[], names: Names): string[] {
  return notes.map((n) => n.text
    ? t(lang, 'debrief.injects.text', { what: n.text[lang], week: n.week })
    : t(lang, 'debrief.injects.event', { what: names.news?.(n.event ?? '') ?? n.event ?? '', week: n.week }));
}
