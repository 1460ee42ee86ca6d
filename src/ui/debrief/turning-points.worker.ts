/**
 * Turning points off the main thread: hundreds of whole-game re-simulations would
 * freeze the page for a second or more. Receives the scenario and the game, posts
 * progress as decisions are re-simulated, then the report.
 */
import '../zod-jitless.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { turningPoints, type GameRecord, type TurningPointReport } from '../../debrief/index.ts';

export type ToWorker = { sc: Scenario; game: GameRecord; untilWeek: number | null };
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: TurningPointReport; seconds: number }
  | { type: 'error'; message: string };

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const t0 = performance.now();
  try {
    let last = 0;
    const report = turningPoints(e.data.sc, e.data.game, {
      untilWeek: e.data.untilWeek,
      progress: (done, total) => {
        // A message per few decisions is plenty for a progress bar.
        if (done === total || performance.now() - last > 100) {
          last = performance.now();
          post({ type: 'progress', done, total });
        }
      },
    });
    post({ type: 'done', report, seconds: (performance.now() - t0) / 1000 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
