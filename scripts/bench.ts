/**
 * `npm run bench`: speed figures, measured here and never asserted in tests.
 * - batch path: whole flagship games played by bots on the in-place engine;
 * - immer path: the same logs replayed through `applyAction` (what the UI does),
 *   with the 95th-percentile time of one action;
 * - verify of 1 and 30 flagship saves and debrief --json, each a fresh process (bench-saves.ts).
 */
import { join } from 'node:path';
import { loadScenarioFile, SCENARIO_DIR } from '../src/cli/scenario-files.ts';
import { applyAction, createGame, type Action } from '../src/engine/index.ts';
import { botsFor, playGame } from '../src/bots/index.ts';
import { runBalance } from '../src/cli/balance.ts';
import { runBalanceReport } from '../src/cli/balance-report.ts';
import { turningPoints } from '../src/debrief/index.ts';
import { readFileSync } from 'node:fs';
import { benchSaves } from './bench-saves.ts';

const file = process.argv[2] ?? join(SCENARIO_DIR, 'flagship.yaml');
const strategy = process.argv[3] ?? 'iron-triangle';
const r = loadScenarioFile(file);
if (!r.ok) throw new Error(`cannot load ${file}`);
const sc = r.scenario;
const bots = botsFor(strategy);
if (!bots) throw new Error(`unknown strategy ${strategy}`);

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
// Warm up the JIT.
for (let i = 0; i < 5; i++) playGame(sc, `warm${i}`, bots);

let games = 0;
let actions = 0;
const logs: Action[][] = [];
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  const g = playGame(sc, `bench${games}`, bots);
  actions += g.log.length;
  if (logs.length < 20) logs.push(g.log);
  games++;
}
const batchSecs = (performance.now() - t0) / 1000;

const times: number[] = [];
const t1 = performance.now();
let immerGames = 0;
for (const log of logs) {
  let s = createGame(sc, `bench${immerGames}`);
  for (const a of log) {
    const a0 = performance.now();
    s = applyAction(sc, s, a).state;
    times.push(performance.now() - a0);
  }
  immerGames++;
}
const immerSecs = (performance.now() - t1) / 1000;
times.sort((a, b) => a - b);
const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;

console.log(`scenario ${sc.id}, strategy ${strategy}, node ${process.version}, one core`);
console.log(`batch path (bots + in-place engine): ${(games / batchSecs).toFixed(1)} playthroughs/s  (${games} games, ${Math.round(actions / games)} actions/game)`);
console.log(`immer path (replay via applyAction): ${(immerGames / immerSecs).toFixed(1)} playthroughs/s  (${immerGames} games)`);
console.log(`immer applyAction: p50 ${p(0.5).toFixed(3)} ms, p95 ${p(0.95).toFixed(3)} ms, max ${p(1).toFixed(2)} ms`);

// The debrief's turning points on a whole flagship game (siloed bots, AR marked as the
// person): every AR decision and ended turn re-simulated with par's choice.
{
  const { log } = playGame(sc, 'bench-debrief', botsFor('siloed')!);
  const td = performance.now();
  const rep = turningPoints(sc, { seed: 'bench-debrief', log, players: { AR: 'player', SR: 'iron-triangle', FR: 'iron-triangle' } });
  console.log(`turning points (${sc.id}, ${rep.candidates} decisions re-simulated): ${((performance.now() - td) / 1000).toFixed(2)} s on one core`);
}

// Checking saves as a facilitator does: verify 1 and 30 flagship saves, debrief --json (fresh processes).
for (const line of benchSaves()) console.log(line);

// The balance run the calibration relies on, on every core (BENCH_BALANCE_RUNS=0 skips it).
const balanceRuns = Number(process.env.BENCH_BALANCE_RUNS ?? 10000);
if (balanceRuns > 0) {
  const tb = performance.now();
  const cpu0 = process.cpuUsage();
  const rep = await runBalance({ file, text: readFileSync(file, 'utf8'), scenario: sc, scenarioId: sc.id, runs: balanceRuns, strategies: ['siloed', 'iron-triangle'] });
  const wall = (performance.now() - tb) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time (all threads) says how much work the run was when other programs share the cores.
  console.log(`balance ${sc.id} --runs ${balanceRuns} --strategies siloed,iron-triangle: ${wall.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (${rep.runs * 2} games)`);
}

// The balance report (issue 11 item 6) at its default size: 200 paired seeds, every
// variant (named strategies, ablations, card options, the exploit library's doing-less
// strategies). BENCH_REPORT_RUNS=0 skips it.
const reportRuns = Number(process.env.BENCH_REPORT_RUNS ?? 200);
if (reportRuns > 0) {
  const tr = performance.now();
  const cpu0 = process.cpuUsage();
  const rep = await runBalanceReport({ scenario: sc, runs: reportRuns });
  const cpu = process.cpuUsage(cpu0);
  console.log(`balance ${sc.id} --report --runs ${reportRuns}: ${((performance.now() - tr) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (${rep.games} games, ${rep.variants} variants, ${rep.workers} workers)`);
}
