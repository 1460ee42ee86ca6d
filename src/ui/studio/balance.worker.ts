/**
 * A balance-report worker for the studio: the same games as the CLI's worker threads
 * (src/balance/play.ts), one (variant, seeds) job at a time. The scenario comes first,
 * once; each job's answer carries its key and seeds. The first worker also makes the
 * plan (it needs the bots, which the studio's main thread does not load for this).
 */
import { playVariant } from '../../balance/play.ts';
import { plan } from '../../balance/plan.ts';
import { LESS_LIBRARY } from '../../balance/exploits.ts';
import type { Job, JobResult } from '../../balance/run.ts';
import type { Scenario } from '../../scenario/schema.ts';

export type BalanceWorkerMessage = { scenario: Scenario } | { job: Job } | { plan: { forced: Record<string, string>; exploits: boolean } };

let sc: Scenario | null = null;
const post = (m: unknown) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<BalanceWorkerMessage>) => {
  const m = e.data;
  if ('scenario' in m) {
    sc = m.scenario;
    return;
  }
  if ('plan' in m) {
    try {
      if (!sc) throw new Error('no scenario');
      post({ planned: plan(sc, { forced: m.plan.forced, exploits: m.plan.exploits ? LESS_LIBRARY : [] }) });
    } catch (err) {
      post({ failed: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  const { variant, seeds } = m.job;
  try {
    if (!sc) throw new Error('no scenario');
    post({ key: variant.key, seeds, results: playVariant(sc, variant, seeds) } satisfies JobResult);
  } catch (err) {
    post({ key: variant.key, seeds, results: [], error: err instanceof Error ? err.message : String(err) } satisfies JobResult);
  }
};
