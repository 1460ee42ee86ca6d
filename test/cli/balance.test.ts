/**
 * The balance run plays its games in worker threads from a bundle of the worker; its
 * report must be exactly what the same games played here give.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../../src/cli/scenario-files.ts';
import { runBalance, KPI_KEYS, type KpiKey } from '../../src/cli/balance.ts';
import { estimate } from '../../src/cli/stats.ts';
import { bundled } from '../helpers.ts';
import { computeKpis, computeScore } from '../../src/engine/index.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';

describe('balance', () => {
  it('workers report the KPIs of the same games played in this thread', async () => {
    const { scenario } = bundled('tutorial');
    const file = join(SCENARIO_DIR, 'tutorial.yaml');
    const strategies = ['siloed', 'iron-triangle'];
    const runs = 7;
    const rep = await runBalance({ file, text: readFileSync(file, 'utf8'), scenarioId: scenario.id, runs, strategies, workers: 2, chunk: 3, seedPrefix: 't' });
    for (const strategy of strategies) {
      const games = Array.from({ length: runs }, (_, i) => {
        const k = computeKpis(scenario, playGame(scenario, `t${i}`, botsFor(strategy)!).state);
        return { k, score: computeScore(scenario, k) };
      });
      for (const key of [...KPI_KEYS, 'score'] as KpiKey[]) {
        const want = estimate(games.map((g) => (key === 'score' ? g.score : g.k[key])));
        expect(rep.strategies[strategy]![key], `${strategy} ${key}`).toEqual(want);
      }
    }
  });
});
