/** A balance worker: plays the games it is sent and posts back KPIs per game. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../scenario/schema.ts';
import { computeKpis, computeScore, type Kpis } from '../engine/index.ts';
import { botsFor, playGame } from '../bots/index.ts';

export interface Job { strategy: string; seeds: string[] }
export interface JobResult { strategy: string; seeds: string[]; kpis: Kpis[]; scores: number[] }
/** The scenario, already parsed and checked by the main thread. */
export interface WorkerData { scenario: Scenario }

const sc = (workerData as WorkerData).scenario;

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
