/** A balance-report worker thread: plays the (variant, seeds) jobs it is sent and posts back each game's result. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../scenario/schema.ts';
import { playVariant } from '../balance/play.ts';
import type { Job, JobResult } from '../balance/run.ts';

const sc = (workerData as { scenario: Scenario }).scenario;

parentPort!.on('message', (job: Job | null) => {
  if (job === null) process.exit(0);
  try {
    parentPort!.postMessage({ key: job.variant.key, seeds: job.seeds, results: playVariant(sc, job.variant, job.seeds) } satisfies JobResult);
  } catch (e) {
    parentPort!.postMessage({ key: job.variant.key, seeds: job.seeds, results: [], error: (e as Error).message } satisfies JobResult);
  }
});
