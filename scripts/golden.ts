/**
 * `npm run golden`: regenerate the golden replays in test/golden/ with the real engine
 * and bots. Run it only when a rule change is meant to change outcomes, and commit the
 * new files with that change (standing rule 1).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioFile, SCENARIO_DIR } from '../src/cli/scenario-files.ts';
import { computeKpis, computeScore, replay } from '../src/engine/index.ts';
import { botsFor, playGame } from '../src/bots/index.ts';
import { makeSave } from '../src/save/format.ts';

export const GOLDEN = [
  { scenario: 'tutorial', seed: 'golden-1', strategy: 'random' },
  { scenario: 'flagship', seed: 'golden-1', strategy: 'random' },
  { scenario: 'flagship', seed: 'golden-2', strategy: 'random' },
];

const out = join(import.meta.dirname, '../test/golden');
mkdirSync(out, { recursive: true });
for (const g of GOLDEN) {
  const r = loadScenarioFile(join(SCENARIO_DIR, `${g.scenario}.yaml`));
  if (!r.ok) throw new Error(`${g.scenario} does not load`);
  const { log } = playGame(r.scenario, g.seed, botsFor(g.strategy)!);
  const rep = replay(r.scenario, g.seed, log);
  const save = makeSave(r.scenario, r.contentHash, g.seed, log, rep.weekHashes, rep.state, { AR: g.strategy, SR: g.strategy, FR: g.strategy });
  const kpis = computeKpis(r.scenario, rep.state);
  const file = join(out, `${g.scenario}-${g.seed}-${g.strategy}.json`);
  writeFileSync(file, JSON.stringify({ kpis, score: computeScore(r.scenario, kpis), save }) + '\n');
  console.log(`wrote ${file}`);
}
