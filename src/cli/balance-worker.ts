/** A balance worker: plays the games it is sent and posts back KPIs per game. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadScenarioText } from '../scenario/load.ts';
import { computeKpis, computeScore, type Kpis } from '../engine/index.ts';
import { botsFor, playGame } from '../bots/index.ts';

export interface Job { strategy: string; seeds: string[] }
export interface JobResult { strategy: string; seeds: string[]; kpis: Kpis[]; scores: number[] }

const { text, file } = workerData as { text: string; file: string };
const loaded = loadScenarioText(text, file);
if (!loaded.ok) throw new Error(`cannot load ${file}`);
const sc = loaded.scenario;

parentPort!.on('message', (job: Job | null) => {
  if (job === null) {
    process.exit(0);
  }
  const bots = botsFor(job.strategy)!;
  const out: JobResult = { strategy: job.strategy, seeds: job.seeds, kpis: [], scores: [] };
  for (const seed of job.seeds) {
    const { state } = playGame(sc, seed, bots);
    const k = computeKpis(sc, state);
    out.kpis.push(k);
    out.scores.push(computeScore(sc, k));
  }
  parentPort!.postMessage(out);
});
