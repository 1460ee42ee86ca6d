/**
 * `npm run hash-check -- record|compare <file> [seeds]`: a guard for speed work.
 *
 * Plays `seeds` seeds (30 unless told) with every strategy on both bundled scenarios,
 * on the batch path, and writes (record) or checks (compare) each game's final state
 * hash, log length and score. A change meant only to be faster must leave every line
 * identical; a rule change will not, so record again with the rules you mean to keep.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioFile, SCENARIO_DIR } from '../src/cli/scenario-files.ts';
import { computeKpis, computeScore, stateHash } from '../src/engine/index.ts';
import { botsFor, playGame } from '../src/bots/index.ts';

const [mode, file, seedsArg] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !file) {
  console.error('usage: npm run hash-check -- record|compare <file> [seeds]');
  process.exit(2);
}
const seeds = Number(seedsArg ?? 30);
const STRATEGIES = ['random', 'siloed', 'iron-triangle', 'greedy-discount', 'iron-triangle-without-discovery'];

const lines: string[] = [];
for (const name of ['flagship', 'tutorial']) {
  const r = loadScenarioFile(join(SCENARIO_DIR, `${name}.yaml`));
  if (!r.ok) throw new Error(`${name} does not load`);
  for (const strategy of STRATEGIES) {
    const bots = botsFor(strategy)!;
    for (let i = 0; i < seeds; i++) {
      const seed = `hc${i}`;
      const { state, log } = playGame(r.scenario, seed, bots);
      lines.push(`${name} ${strategy} ${seed} ${stateHash(state)} ${log.length} ${computeScore(r.scenario, computeKpis(r.scenario, state))}`);
    }
  }
}

if (mode === 'record') {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`recorded ${lines.length} games to ${file}`);
} else {
  const want = readFileSync(file, 'utf8').trimEnd().split('\n');
  let bad = 0;
  for (let i = 0; i < Math.max(want.length, lines.length); i++) {
    if (want[i] !== lines[i]) {
      if (bad < 10) console.error(`differs:\n  want ${want[i]}\n  got  ${lines[i]}`);
      bad++;
    }
  }
  if (bad) {
    console.error(`${bad} of ${want.length} games differ`);
    process.exit(1);
  }
  console.log(`all ${lines.length} games identical`);
}
