/** A balance-report worker thread: plays the (variant, seeds) jobs it is sent and posts back each game's result. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../scenario/schema.ts';
import { playVariant, type GameResult, type Variant } from '../balance/play.ts';

export interface ReportJob { variant: Variant; seeds: string[] }
export interface ReportJobResult { key: string; seeds: string[]; results: GameResult[]; error?: string }

const sc = (workerData as { scenario: Scenario }).scenario;

parentPort!.on('message', (job: ReportJob | null) => {
  if (job === null) process.exit(0);
  try {
    parentPort!.postMessage({ key: job.variant.key, seeds: job.seeds, results: playVariant(sc, job.variant, job.seeds) } satisfies ReportJobResult);
  } catch (e) {
    parentPort!.postMessage({ key: job.variant.key, seeds: job.seeds, results: [], error: (e as Error).message } satisfies ReportJobResult);
  }
});
