/**
 * The studio's balance report: the CLI's plan (src/balance/run.ts) played in Web Workers,
 * one per core (at most 4), with progress. The first worker makes the plan, so this
 * module (on the main thread) never loads the bots. Cancelling terminates the workers.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { ReportRun, type JobResult, type RunSetup } from '../../balance/run.ts';
import type { Planned } from '../../balance/plan.ts';
import type { BalanceReportData } from '../../balance/report.ts';
import type { BalanceWorkerMessage } from './balance.worker.ts';

export const MAX_WORKERS = 4;

const start = (sc: Scenario): Worker => {
  const w = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });
  w.postMessage({ scenario: sc } satisfies BalanceWorkerMessage);
  return w;
};

/** The chosen forced options (`--card id=option`) that the draft still has: an edit may have removed a card or an option. */
export function forcedStill(sc: Scenario, forced: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(forced).filter(([id, o]) => sc.cards.some((c) => c.id === id && c.options.some((x) => x.id === o))));
}

/** `forced`: card id → option id, as `--card` (the panel offers only the draft's cards and options). */
export async function runReportInBrowser(sc: Scenario, runs: number, progress: (done: number, total: number) => void, signal: AbortSignal, forced: Record<string, string> = {}): Promise<BalanceReportData> {
  const t0 = performance.now();
  const setup: RunSetup = { sc, runs, forced };
  const workers: Worker[] = [start(sc)];
  const stopAll = () => workers.forEach((w) => w.terminate());
  signal.addEventListener('abort', stopAll, { once: true });
  const cancelled = () => new DOMException('cancelled', 'AbortError');
  const planned = await new Promise<Planned>((resolve, reject) => {
    const w = workers[0]!;
    w.onmessage = (e: MessageEvent<{ planned?: Planned; failed?: string }>) => (e.data.planned ? resolve(e.data.planned) : reject(new Error(e.data.failed ?? 'no plan')));
    w.onerror = (e) => (e.preventDefault(), reject(new Error(e.message || 'worker error')));
    signal.addEventListener('abort', () => reject(cancelled()), { once: true });
    w.postMessage({ plan: { forced, exploits: true } } satisfies BalanceWorkerMessage);
  });
  const run = new ReportRun(setup, planned);
  const jobs = run.jobs.slice();
  const n = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, MAX_WORKERS, jobs.length));
  while (workers.length < n) workers.push(start(sc));
  return new Promise<BalanceReportData>((resolve, reject) => {
    let idle = 0;
    const fail = (e: Error) => (stopAll(), reject(e));
    signal.addEventListener('abort', () => reject(cancelled()), { once: true });
    for (const w of workers) {
      const next = () => {
        const job = jobs.shift();
        if (job) return w.postMessage({ job } satisfies BalanceWorkerMessage);
        if (++idle === n) {
          stopAll();
          resolve(run.report(n, (performance.now() - t0) / 1000));
        }
      };
      w.onmessage = (e: MessageEvent<JobResult>) => {
        try {
          run.add(e.data);
        } catch (err) {
          return fail(err as Error);
        }
        progress(run.done, run.total);
        next();
      };
      w.onerror = (e) => (e.preventDefault(), fail(new Error(e.message || 'worker error')));
      next();
    }
  });
}
