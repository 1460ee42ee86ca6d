/**
 * The debrief's turning points on two threads: the CLI's main thread and one worker
 * (`debrief-worker.ts`, run from the prebuilt bundle, scripts/cli-bundle.mjs) run the
 * same parts of the analysis as the sequential `turningPoints` (src/debrief), taking
 * decision points, then kept forks, from counters they share; every result is keyed by
 * its place, so the report is the sequential one whichever thread computed what. If the
 * worker fails, the analysis runs on this thread alone.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Scenario } from '../scenario/schema.ts';
import type { GameRecord, Screened, TurningPoint, TurningPointReport } from '../debrief/index.ts';
import { confirmPoints, listTurningPoints, planTurningPoints, screenPoints, selectForConfirmation, turningPoints } from '../debrief/index.ts';

export interface DebriefWorkerData { sc: Scenario; game: GameRecord; untilWeek: number | null; counters: SharedArrayBuffer }
export type DebriefWorkerMessage =
  | { type: 'screened'; screened: Screened[] }
  | { type: 'confirmed'; confirmed: { k: number; point: TurningPoint | null }[] };

/** Hands out 0, 1, 2, … from slot `i` of the shared counters, to whichever thread asks first. */
export const claimer = (counters: SharedArrayBuffer, i: number) => {
  const c = new Int32Array(counters);
  return () => Atomics.add(c, i, 1);
};

/** `turningPoints(sc, game, { untilWeek })`, computed by this thread and the worker at `workerUrl`. */
export async function turningPointsThreaded(sc: Scenario, game: GameRecord, untilWeek: number | null, workerUrl: URL | undefined): Promise<TurningPointReport> {
  if (!workerUrl || availableParallelism() < 2) return turningPoints(sc, game, { untilWeek });
  const plan = planTurningPoints(sc, game, { untilWeek });
  const counters = new SharedArrayBuffer(8);
  const data: DebriefWorkerData = { sc, game: { seed: game.seed, log: game.log, players: game.players }, untilWeek, counters };
  const worker = new Worker(workerUrl, { workerData: data, execArgv: [] });
  const inbox: DebriefWorkerMessage[] = [];
  const waiting: ((m: DebriefWorkerMessage) => void)[] = [];
  let failed: Error | null = null;
  const fail = (e: Error) => {
    failed ??= e;
    for (const w of waiting.splice(0)) w(null as never);
  };
  worker.on('message', (m: DebriefWorkerMessage) => {
    const w = waiting.shift();
    if (w) w(m);
    else inbox.push(m);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the debrief worker exited (${code})`)));
  const receive = <T extends DebriefWorkerMessage['type']>(type: T) =>
    new Promise<Extract<DebriefWorkerMessage, { type: T }> | null>((ok) => {
      if (failed) return ok(null);
      const take = (m: DebriefWorkerMessage) => ok(m && m.type === type ? (m as Extract<DebriefWorkerMessage, { type: T }>) : null);
      const m = inbox.shift();
      if (m) take(m);
      else waiting.push(take);
    });
  try {
    const mine = screenPoints(plan, claimer(counters, 0));
    const theirs = await receive('screened');
    if (!theirs) return turningPoints(sc, game, { untilWeek });
    const screened = [...mine, ...theirs.screened];
    const kept = selectForConfirmation(plan, screened);
    worker.postMessage(kept);
    const confirmed = confirmPoints(plan, kept, claimer(counters, 1));
    const rest = await receive('confirmed');
    if (!rest) return turningPoints(sc, game, { untilWeek });
    const byFork: (TurningPoint | null)[] = new Array(kept.length).fill(null);
    for (const { k, point } of [...confirmed, ...rest.confirmed]) byFork[k] = point;
    return listTurningPoints(plan, byFork.filter((p): p is TurningPoint => p !== null), screened.length, kept.length);
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
