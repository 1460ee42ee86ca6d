/**
 * `npm run cli -- debrief <save.json> [--json] [--lang zh|en]`: the scorecard against
 * targets, par and siloed on the same seed, and the turning points, for a verified save.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { SaveFile } from '../save/format.ts';
import type { Action } from '../engine/index.ts';
import { benchmarks, buildHistory, scorecard, turningPoints, type Scorecard, type TurningPointReport } from '../debrief/index.ts';
import { formatKpi, deltaParts, turningPointText } from '../i18n/debrief.ts';
import { kpiLabel, roleName, t, type Lang } from '../i18n/index.ts';
import { makeNames } from '../i18n/names.ts';
import { ROLES } from '../scenario/schema.ts';

export interface DebriefReport {
  scenario: string;
  seed: string;
  humanRoles: string[];
  scorecard: Scorecard;
  turningPoints: TurningPointReport & { seconds: number };
}

export function debriefReport(sc: Scenario, save: SaveFile): DebriefReport {
  const game = { seed: save.seed, log: save.log as Action[], players: save.players };
  const h = buildHistory(sc, game);
  const card = scorecard(sc, h, benchmarks(sc, save.seed));
  const t0 = performance.now();
  const tp = turningPoints(sc, game);
  return { scenario: sc.id, seed: save.seed, humanRoles: h.humanRoles, scorecard: card, turningPoints: { ...tp, seconds: Math.round(performance.now() - t0) / 1000 } };
}

export function formatDebrief(lang: Lang, sc: Scenario, r: DebriefReport, state: Parameters<typeof makeNames>[2]): string {
  const names = makeNames(sc, lang, state);
  const who = r.humanRoles.length === ROLES.length ? t(lang, 'debrief.cli.team') : r.humanRoles.map((x) => roleName(lang, x as never)).join(' + ');
  const lines = [t(lang, 'debrief.cli.title', { scenario: sc.title[lang], seed: r.seed, who }), ''];
  const cols = [t(lang, 'debrief.score.you'), t(lang, 'debrief.score.target'), t(lang, 'debrief.score.par'), t(lang, 'debrief.score.siloed')];
  const w = 24;
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - [...s].reduce((k, ch) => k + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  lines.push(pad('', w) + cols.map((c) => pad(c, 16)).join(''));
  for (const row of r.scorecard.rows) {
    const cells = [row.you, row.target, row.par, row.siloed].map((v) => (v === null ? '—' : formatKpi(lang, row.key, v)));
    lines.push(pad(kpiLabel(lang, row.key), w) + cells.map((c) => pad(c, 16)).join(''));
  }
  lines.push('', t(lang, 'debrief.tp.heading', { n: r.turningPoints.candidates, seconds: r.turningPoints.seconds.toFixed(1) }));
  if (r.turningPoints.points.length === 0) lines.push(`  ${t(lang, 'debrief.tp.none')}`);
  r.turningPoints.points.forEach((p, i) => {
    const text = turningPointText(lang, p, names);
    lines.push(`${i + 1}. ${text.when}: ${text.did}`, `   ${t(lang, 'debrief.tp.instead', { action: text.instead })} → ${deltaParts(lang, p.delta).join(', ')}`);
    if (text.because) lines.push(`   ${text.because}`);
  });
  return lines.join('\n');
}
