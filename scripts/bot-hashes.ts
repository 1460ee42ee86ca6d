/**
 * `npx tsx scripts/bot-hashes.ts [--seeds N] [--strategies a,b]`: the final state hash
 * of every named bot strategy on N seeds (`h0` … `h<N-1>`) of both bundled scenarios,
 * one line each. Run it before and after a bot refactor and diff the output: a pure
 * refactor must not change a single line.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { SCENARIO_DIR, loadScenarioFile } from '../src/cli/scenario-files.ts';
import { BEHAVIOURS, ablationName, botsFor, playGame, STRATEGIES } from '../src/bots/index.ts';
import { stateHash } from '../src/engine/index.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '20' }, strategies: { type: 'string' } } });
const strategies = values.strategies?.split(',') ?? [...STRATEGIES, ...BEHAVIOURS.map(ablationName)];
for (const name of ['flagship', 'tutorial']) {
  const r = loadScenarioFile(join(SCENARIO_DIR, `${name}.yaml`));
  if (!r.ok) throw new Error(`${name} does not load`);
  for (const strategy of strategies) {
    for (let i = 0; i < Number(values.seeds); i++) {
      const { state } = playGame(r.scenario, `h${i}`, botsFor(strategy)!);
      console.log(`${name} ${strategy} h${i} ${stateHash(state)}`);
    }
  }
}
