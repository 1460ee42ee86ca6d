/** The worker of `debrief-threads.ts`: its share of the screen, then of the confirmation. */
import { parentPort, workerData } from 'node:worker_threads';
import { confirmPoints, planTurningPoints, screenPoints, type Screened } from '../debrief/index.ts';
import { claimer, type DebriefWorkerData, type DebriefWorkerMessage } from './debrief-threads.ts';

const { sc, game, untilWeek, counters } = workerData as DebriefWorkerData;
const port = parentPort!;
const post = (m: DebriefWorkerMessage) => port.postMessage(m);
const plan = planTurningPoints(sc, game, { untilWeek });
port.once('message', (kept: Screened[]) => post({ type: 'confirmed', confirmed: confirmPoints(plan, kept, claimer(counters, 1)) }));
post({ type: 'screened', screened: screenPoints(plan, claimer(counters, 0)) });
