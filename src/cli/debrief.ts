/**
 * `npm run cli -- debrief <save.json> [--json] [--lang zh|en]`: the scorecard against
 * targets, par and siloed on the same seed, and the turning points, for a verified save.
 * A save of a game not finished is compared at the week it is in (par and siloed played
 * to that week, the turning points' branches too), as the debrief screen does. Things are
 * named as the screen names them (`makeNames`: deals, invoices, tickets), never by id.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { SaveFile } from '../save/format.ts';
import type { Action } from '../engine/index.ts';
import { benchmarks, buildHistory, comparisonWeek, injectsIn, scorecard, turningPoints, type InjectNote, type OverdraftUse, type Scorecard, type TurningPointOptions, type TurningPointReport } from '../debrief/index.ts';
import { formatKpi, deltaParts, injectLines, overdraftLine, scorecardColumns, turningPointText, yoursBetter } from '../i18n/debrief.ts';
import { kpiLabel, roleName, t, type Lang } from '../i18n/index.ts';
import { makeNames } from '../i18n/names.ts';
import { coachUsageLines } from '../i18n/coach-usage.ts';
import { ROLES } from '../scenario/schema.ts';
import { cleanText } from '../save/text.ts';
import { turningPointsThreaded } from './debrief-threads.ts';

export interface DebriefReport {
  scenario: string;
  seed: string;
  humanRoles: string[];
  scorecard: Scorecard;
  /** The bank overdraft: weeks ended below zero, interest paid, lowest cash (src/engine/rules/cash.ts). */
  overdraft: OverdraftUse;
  turningPoints: TurningPointReport & { seconds: number };
  /** When the coach was asked (from the save; absent in saves made before the coach). */
  coach?: SaveFile['coach'];
  /** The facilitator's injects (a workshop game), with their weeks. */
  injects: InjectNote[];
}

/** `opts` sets the turning points' analysis (continuations per branch, how many to confirm, top). */
export function debriefReport(sc: Scenario, save: SaveFile, opts: Omit<TurningPointOptions, 'progress'> = {}): DebriefReport {
  const { game, atWeek, rest } = scorecardPart(sc, save);
  const t0 = performance.now();
  return rest(turningPoints(sc, game, { ...opts, untilWeek: atWeek }), t0);
}

/** `debriefReport` with the default analysis, its turning points on every core (`debrief-threads.ts`; the same report). */
export async function debriefReportThreaded(sc: Scenario, save: SaveFile, workerUrl: URL | undefined): Promise<DebriefReport> {
  const { game, atWeek, rest } = scorecardPart(sc, save);
  const t0 = performance.now();
  return rest(await turningPointsThreaded(sc, game, atWeek, workerUrl), t0);
}

/** The history and the scorecard; `rest` adds the turning points (computed from `t0`). */
function scorecardPart(sc: Scenario, save: SaveFile) {
  const game = { seed: save.seed, log: save.log as Action[], players: save.players };
  const h = buildHistory(sc, game);
  const atWeek = comparisonWeek(h);
  const card = scorecard(sc, h, benchmarks(sc, save.seed, atWeek));
  const rest = (tp: TurningPointReport, t0: number): DebriefReport => ({
    scenario: sc.id, seed: save.seed, humanRoles: h.humanRoles, scorecard: card, overdraft: h.overdraft,
    turningPoints: { ...tp, seconds: Math.round(performance.now() - t0) / 1000 }, injects: injectsIn(game.log), ...(save.coach ? { coach: save.coach } : {}),
  });
  return { game, atWeek, rest };
}

export function formatDebrief(lang: Lang, sc: Scenario, r: DebriefReport, state: Parameters<typeof makeNames>[2]): string {
  const names = makeNames(sc, lang, state);
  const who = r.humanRoles.length === ROLES.length ? t(lang, 'debrief.cli.team') : r.humanRoles.map((x) => roleName(lang, x as never)).join(' + ');
  const lines = [t(lang, 'debrief.cli.title', { scenario: sc.title[lang], seed: cleanText(r.seed), who })];
  const at = r.scorecard.atWeek;
  if (at !== null) lines.push(t(lang, 'debrief.partial', { week: at, weeks: r.scorecard.weeks }), t(lang, 'debrief.partial.hint', { week: at }));
  lines.push('');
  const cols = scorecardColumns(lang, at);
  const w = 24;
  const width = (s: string) => [...s].reduce((k, ch) => k + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cw = Math.max(16, ...cols.map((c) => width(c) + 2));
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - width(s)));
  lines.push(pad('', w) + cols.map((c) => pad(c, cw)).join(''));
  for (const row of r.scorecard.rows) {
    const cells = [row.you, row.target, row.par, row.siloed].map((v) => (v === null ? '—' : formatKpi(lang, row.key, v)));
    lines.push(pad(kpiLabel(lang, row.key), w) + cells.map((c) => pad(c, cw)).join(''));
  }
  lines.push('', overdraftLine(lang, r.overdraft));
  if (r.injects.length) lines.push('', t(lang, 'debrief.injects.heading'), ...injectLines(lang, r.injects, names).map((l) => `  ${cleanText(l)}`));
  const coach = coachUsageLines(lang, r.coach);
  if (coach.length) lines.push('', ...coach);
  const tp = r.turningPoints;
  const counts = { n: tp.candidates, confirmed: tp.confirmed, k: tp.continuations, decisive: tp.decisive };
  lines.push('', t(lang, 'debrief.tp.heading', { ...counts, seconds: tp.seconds.toFixed(1) }));
  if (tp.untilWeek !== null) lines.push(t(lang, 'debrief.tp.untilWeek', { week: tp.untilWeek }));
  if (tp.points.length === 0) lines.push(`  ${t(lang, tp.confirmed === 0 ? 'debrief.tp.noneAtAll' : 'debrief.tp.none', counts)}`);
  else lines.push(t(lang, 'debrief.tp.sign'));
  tp.points.forEach((p, i) => {
    const text = turningPointText(lang, p, names);
    // The sign of Δ says which choice did better; + and − mark it at the start of the line too.
    lines.push(`${i + 1}. ${text.when}: ${text.did}`, `   ${text.instead}`, `   ${yoursBetter(p) ? '+' : '−'} ${text.verdict}: Δ ${deltaParts(lang, p.delta).join(', ')}`);
    if (text.because) lines.push(`   ${text.because}`);
  });
  if (tp.decisive > tp.points.length) lines.push(t(lang, 'debrief.tp.more', { n: tp.decisive - tp.points.length }));
  return lines.join('\n');
}
