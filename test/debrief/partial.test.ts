/**
 * A debrief opened before the game ends compares like with like: the game so far beside
 * par (and siloed) played on the same seed to the same week — never beside par's whole
 * year. A finished game is compared with the whole year, as before.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { computeKpis, computeScore, replay, stateHash } from '../../src/engine/index.ts';
import { benchmarks, branchLog, buildHistory, comparisonWeek, funnelOf, scorecard, turningPoints } from '../../src/debrief/index.ts';
import { debriefReport, formatDebrief } from '../../src/cli/debrief.ts';
import { makeSave } from '../../src/save/format.ts';

const { scenario: sc, contentHash } = bundled('flagship');
const SEED = 'partial-1';
const par = playGame(sc, SEED, botsFor('iron-triangle')!);
const players = { AR: 'player', SR: 'iron-triangle', FR: 'iron-triangle' };
const parScore = (k = computeKpis(sc, par.state)) => computeScore(sc, k);

describe('a debrief of a game not finished', () => {
  it('par played to week N is par’s own game cut at week N', () => {
    const cut = playGame(sc, SEED, botsFor('iron-triangle')!, undefined, undefined, 27);
    expect(cut.state.week).toBe(27);
    expect(cut.state.finished).toBe(false);
    expect(stateHash(cut.state)).toBe(stateHash(replay(sc, SEED, branchLog(par.log, 27)).state));
  });

  it('scores the game so far against par at the same week, not par’s full year', () => {
    // The player played exactly as par did, up to the start of week 27: the same game so far.
    const h = buildHistory(sc, { seed: SEED, log: branchLog(par.log, 27), players });
    expect(h.finished).toBe(false);
    expect(comparisonWeek(h)).toBe(27);
    const card = scorecard(sc, h, benchmarks(sc, SEED, comparisonWeek(h)));
    expect(card.atWeek).toBe(27);
    expect(card.weeks).toBe(sc.weeks);
    const row = (k: string) => card.rows.find((r) => r.key === k)!;
    // Like with like: the same play scores the same as par at that week …
    expect(row('score').you).toBe(h.score);
    expect(row('score').par).toBe(h.score);
    expect(row('revenue').par).toBe(h.kpis.revenue);
    // … and par's whole year, which the old debrief showed, is a different number.
    expect(parScore()).not.toBe(h.score);
    expect(row('score').par).not.toBe(parScore());
    expect(row('revenue').par).toBeLessThan(computeKpis(sc, par.state).revenue);
    // Par's funnel in the chart is at that week too.
    const bench = benchmarks(sc, SEED, 27);
    expect(bench.par.funnel).toEqual(h.funnel);
    expect(bench.par.funnel).not.toEqual(funnelOf(par.state));
  });

  it('a finished game is still compared with the whole year', () => {
    const h = buildHistory(sc, { seed: SEED, log: par.log, players });
    expect(h.finished).toBe(true);
    expect(comparisonWeek(h)).toBeNull();
    const card = scorecard(sc, h, benchmarks(sc, SEED, comparisonWeek(h)));
    expect(card.atWeek).toBeNull();
    expect(card.rows.find((r) => r.key === 'score')!.par).toBe(parScore());
  });

  it('turning points play both branches only to the week the game is in', () => {
    const siloedAr = playGame(sc, SEED, { ...botsFor('iron-triangle')!, AR: botsFor('siloed')!.AR });
    const log = branchLog(siloedAr.log, 14);
    const r = turningPoints(sc, { seed: SEED, log, players }, { untilWeek: 14, confirm: 6, continuations: 4 });
    expect(r.untilWeek).toBe(14);
    for (const p of r.points) expect(p.week).toBeLessThan(14);
    expect(turningPoints(sc, { seed: SEED, log, players }, { confirm: 0 }).untilWeek).toBeNull();
  });

  it('the CLI report says "at week N" in both languages, and nothing of the kind for a finished game', () => {
    const log = branchLog(par.log, 12);
    const r = replay(sc, SEED, log);
    const save = makeSave(sc, contentHash, SEED, log, r.weekHashes, r.state, players);
    const report = debriefReport(sc, save, { confirm: 0 });
    expect(report.scorecard.atWeek).toBe(12);
    expect(report.turningPoints.untilWeek).toBe(12);
    const en = formatDebrief('en', sc, report, () => r.state);
    expect(en).toContain('Week 12 of 52 — compared with par at week 12');
    expect(en).toContain('Par at week 12');
    expect(formatDebrief('zh', sc, report, () => r.state)).toContain('第 12 周（共 52 周）——与标杆第 12 周的成绩比较');
    const whole = replay(sc, SEED, par.log);
    const full = debriefReport(sc, makeSave(sc, contentHash, SEED, par.log, whole.weekHashes, whole.state, players), { confirm: 0 });
    expect(full.scorecard.atWeek).toBeNull();
    expect(formatDebrief('en', sc, full, () => whole.state)).not.toMatch(/at week \d+/);
  });
});
