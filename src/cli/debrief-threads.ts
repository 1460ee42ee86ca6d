/**
 * The debrief's turning points on every core (up to MAX_THREADS): the CLI's main thread
 * and workers (`debrief-worker.ts`, run from the prebuilt bundle, scripts/cli-bundle.mjs) run the
 * same parts of the analysis as the sequential `turningPoints` (src/debrief), taking
 * decision points, then kept forks, from counters they share; every result is keyed by
 * its place, so the report is the sequential one whichever thread computed what. If a
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

/** At most this many threads (the main one included): the analysis has ~40 forks to confirm, so more would mostly wait. */
const MAX_THREADS = 8;

/**
 * How many threads: one per core up to MAX_THREADS, or IRON_TRIANGLE_THREADS (a
 * facilitator leaving cores free, or a test running more threads than the machine has
 * cores: the report is the same either way).
 */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.IRON_TRIANGLE_THREADS ?? '', 10);
  return Math.max(1, Math.min(MAX_THREADS, Number.isFinite(asked) && asked > 0 ? asked : availableParallelism()));
}

/** One worker, its messages queued until asked for; null once it failed. */
function spawn(workerUrl: URL, data: DebriefWorkerData) {
  const worker = new Worker(workerUrl, { workerData: data, execArgv: [] });
  const inbox: DebriefWorkerMessage[] = [];
  const waiting: ((m: DebriefWorkerMessage | null) => void)[] = [];
  let failed = false;
  const fail = () => {
    failed = true;
    for (const w of waiting.splice(0)) w(null);
  };
  worker.on('message', (m: DebriefWorkerMessage) => {
    const w = waiting.shift();
    if (w) w(m);
    else inbox.push(m);
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  const receive = <T extends DebriefWorkerMessage['type']>(type: T) =>
    new Promise<Extract<DebriefWorkerMessage, { type: T }> | null>((ok) => {
      if (failed) return ok(null);
      const take = (m: DebriefWorkerMessage | null) => ok(m && m.type === type ? (m as Extract<DebriefWorkerMessage, { type: T }>) : null);
      const m = inbox.shift();
      if (m) take(m);
      else waiting.push(take);
    });
  const stop = async () => {
    worker.removeAllListeners('exit');
    await worker.terminate();
  };
  return { post: (kept: Screened[]) => worker.postMessage(kept), receive, stop };
}

/**
 * `turningPoints(sc, game, { untilWeek })`, computed by this thread and workers at
 * `workerUrl` (one per further core, up to MAX_THREADS in all).
 */
export async function turningPointsThreaded(
  sc: Scenario, game: GameRecord, untilWeek: number | null, workerUrl: URL | undefined,
  threads: number = threadCount(), onFallback: (why: string) => void = () => {},
): Promise<TurningPointReport> {
  if (!workerUrl || threads < 2) return turningPoints(sc, game, { untilWeek });
  const plan = planTurningPoints(sc, game, { untilWeek });
  const counters = new SharedArrayBuffer(8);
  const data: DebriefWorkerData = { sc, game: { seed: game.seed, log: game.log, players: game.players }, untilWeek, counters };
  const workers = Array.from({ length: threads - 1 }, () => spawn(workerUrl, data));
  try {
    const mine = screenPoints(plan, claimer(counters, 0));
    const theirs = await Promise.all(workers.map((w) => w.receive('screened')));
    if (theirs.some((t) => !t)) {
      onFallback('a worker failed during the screen');
      return turningPoints(sc, game, { untilWeek });
    }
    const screened = [...mine, ...theirs.flatMap((t) => t!.screened)];
    const kept = selectForConfirmation(plan, screened);
    for (const w of workers) w.post(kept);
    const confirmed = confirmPoints(plan, kept, claimer(counters, 1));
    const rest = await Promise.all(workers.map((w) => w.receive('confirmed')));
    if (rest.some((r) => !r)) {
      onFallback('a worker failed during the confirmation');
      return turningPoints(sc, game, { untilWeek });
    }
    const byFork: (TurningPoint | null)[] = new Array(kept.length).fill(null);
    for (const { k, point } of [...confirmed, ...rest.flatMap((r) => r!.confirmed)]) byFork[k] = point;
    return listTurningPoints(plan, byFork.filter((p): p is TurningPoint => p !== null), screened.length, kept.length);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}
