/**
 * The debrief's story of a game is the game: replaying the save gives the same final
 * state, every week has its snapshot, and the charts' numbers add up to the KPIs.
 * A branch from week N is the same game before N and a different one after.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { computeKpis, replay, stateHash } from '../../src/engine/index.ts';
import { buildHistory } from '../../src/debrief/history.ts';
import { branchLog } from '../../src/debrief/branch.ts';
import { benchmarks, scorecard } from '../../src/debrief/scorecard.ts';
import { FUNNEL_STEPS } from '../../src/debrief/types.ts';

const { scenario: sc } = bundled('flagship');
const game = playGame(sc, 'hist-1', { ...botsFor('iron-triangle')!, AR: botsFor('siloed')!.AR });
const players = { AR: 'player', SR: 'iron-triangle', FR: 'iron-triangle' };
const h = buildHistory(sc, { seed: 'hist-1', log: game.log, players });

describe('game history', () => {
  it('replays to the same final state and KPIs, with a snapshot per week', () => {
    expect(h.stateHash).toBe(stateHash(game.state));
    expect(h.kpis).toEqual(computeKpis(sc, game.state));
    expect(h.weeks.map((w) => w.week)).toEqual(Array.from({ length: sc.weeks }, (_, i) => i + 1));
    expect(h.weeks.map((w) => w.stateHash)).toEqual(replay(sc, 'hist-1', game.log).weekHashes);
    expect(h.timeline).toHaveLength(game.log.length);
  });

  it('marks the people’s decisions and tags each entry with the customers and deals it touched', () => {
    expect(h.humanRoles).toEqual(['AR']);
    for (const e of h.timeline) expect(e.human).toBe(e.role === 'AR');
    const won = h.timeline.flatMap((e) => e.events.filter((x) => x.type === 'bidWon').map((x) => ({ e, x })));
    expect(won.length).toBeGreaterThan(0);
    for (const { e, x } of won) {
      expect(e.customers).toContain(x.customer);
      expect(e.deals.length).toBeGreaterThan(0);
    }
  });

  it('charts agree with the KPIs: cash in and out, the funnel narrows, time adds up', () => {
    const last = h.weeks.at(-1)!;
    expect(last.invoicedToDate).toBe(h.kpis.invoiced);
    expect(last.collectedToDate).toBe(h.kpis.collected);
    expect(last.cash).toBe(game.state.cash);
    for (let i = 1; i < FUNNEL_STEPS.length; i++) {
      if (FUNNEL_STEPS[i] === 'invoiced') continue; // an invoiced deal was delivered or paid an advance
      expect(h.funnel[FUNNEL_STEPS[i]!]).toBeLessThanOrEqual(h.funnel[FUNNEL_STEPS[i - 1]!]);
    }
    expect(h.funnel.won).toBe(h.kpis.bidsWon);
    for (const r of ['AR', 'SR', 'FR'] as const) {
      const t = h.timeSplit[r];
      const total = Object.values(game.state.stats.time[r]).reduce((n, d) => n + d, 0);
      expect(t.customerDays + t.internalDays).toBe(total);
      expect(Object.values(t.byKind).reduce((n, d) => n + d, 0)).toBe(total);
    }
  });

  it('the scorecard compares with par and siloed bots on the same seed', () => {
    const bench = benchmarks(sc, 'hist-1');
    expect(bench.par.kpis).toEqual(computeKpis(sc, playGame(sc, 'hist-1', botsFor('iron-triangle')!).state));
    const card = scorecard(sc, h, bench);
    const score = card.rows.find((r) => r.key === 'score')!;
    expect(score).toMatchObject({ you: h.score, par: bench.par.score, siloed: bench.siloed.score, target: 1000 });
    expect(card.rows.find((r) => r.key === 'collectionCycleDays')!.higherIsBetter).toBe(false);
  });
});

describe('what if: a branch from week N', () => {
  it('replays the weeks before N identically and diverges after', () => {
    const original = replay(sc, 'hist-1', game.log);
    const N = 12;
    const prefix = branchLog(game.log, N);
    expect(prefix.filter((a) => a.kind === 'endWeek')).toHaveLength(N - 1);
    const start = replay(sc, 'hist-1', prefix);
    expect(start.state.week).toBe(N);
    expect(start.weekHashes).toEqual(original.weekHashes.slice(0, N - 1));
    // From week N the team plays it differently: par in every role.
    const branch = playGame(sc, 'hist-1', botsFor('iron-triangle')!, start.state);
    const b = replay(sc, 'hist-1', [...prefix, ...branch.log]);
    expect(b.error).toBeNull();
    expect(b.weekHashes.slice(0, N - 1)).toEqual(original.weekHashes.slice(0, N - 1));
    expect(b.weekHashes[N - 1]).not.toBe(original.weekHashes[N - 1]);
    expect(b.weekHashes.at(-1)).not.toBe(original.weekHashes.at(-1));
  });
});
