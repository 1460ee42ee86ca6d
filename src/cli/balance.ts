/**
 * `balance`: let bots play the same N worlds (paired seeds, so luck cancels between
 * strategies) on all cores, and report every KPI's mean and 95% interval.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Kpis } from '../engine/index.ts';
import { loadScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { estimate, pairedDifference, type Estimate } from './stats.ts';
import type { Job, JobResult, WorkerData } from './balance-worker.ts';

export const KPI_KEYS = ['winRate', 'bidsWon', 'bidsDecided', 'revenue', 'grossMarginPct', 'invoiced', 'collected', 'collectedPct', 'collectionCycleDays', 'dsoDays', 'badDebt', 'csat', 'complaintRate', 'docCycleDays'] as const;
export type KpiKey = (typeof KPI_KEYS)[number] | 'score';

export interface StrategyRuns { strategy: string; kpis: Record<KpiKey, number[]> }
export interface BalanceReport {
  scenario: string;
  runs: number;
  seedPrefix: string;
  strategies: Record<string, Record<KpiKey, Estimate>>;
  /** Paired differences against a baseline strategy (ablations against iron-triangle). */
  differences: Record<string, { baseline: string; kpis: Record<KpiKey, Estimate> }>;
  seconds: number;
}

export interface BalanceOptions {
  file: string;
  text: string;
  /** The scenario parsed from `text`, when the caller has it already (parsing costs a noticeable fraction of a second). */
  scenario?: Scenario;
  scenarioId: string;
  runs: number;
  strategies: string[];
  seedPrefix?: string;
  workers?: number;
  chunk?: number;
  /** Called as games finish: (done, total). */
  progress?: (done: number, total: number) => void;
  /** For each entry strategy → baseline, report paired differences. */
  pairs?: Record<string, string>;
}

/**
 * How a worker is started. The CLI runs TypeScript through tsx, whose loader a worker
 * thread would have to register and then compile every file with (keeping function
 * names, which wraps every closure the bots create in a helper call: measurably slower).
 * So the worker is bundled once, in memory, by esbuild (tsx's own compiler) and each
 * worker evaluates that bundle; without esbuild it falls back to registering tsx.
 */
let script: Promise<{ code: string } | { url: URL }> | null = null;
/**
 * Starts building the worker (once per process; esbuild works in its own process), so a
 * caller can overlap it with reading the scenario. `runBalance` waits for the same build.
 */
export function prepareBalanceWorker(): Promise<{ code: string } | { url: URL }> {
  if (!script) {
    script = workerScript();
    script.catch(() => {}); // reported by runBalance, which awaits the same promise
  }
  return script;
}

async function workerScript(): Promise<{ code: string } | { url: URL }> {
  const entry = new URL('./balance-worker.ts', import.meta.url);
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return { url: new URL('./balance-worker-boot.mjs', import.meta.url) };
  }
  const r = await esbuild.build({
    entryPoints: [fileURLToPath(entry)], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent',
  });
  return { code: r.outputFiles[0]!.text };
}

export async function runBalance(o: BalanceOptions): Promise<BalanceReport> {
  const t0 = Date.now();
  let scenario = o.scenario;
  if (!scenario) {
    const loaded = loadScenarioText(o.text, o.file);
    if (!loaded.ok) throw new Error(`cannot load ${o.file}`);
    scenario = loaded.scenario;
  }
  // Parsed once, here; workers get the plain data and parse nothing.
  const workerData: WorkerData = { scenario };
  const prefix = o.seedPrefix ?? 'b';
  const seeds = Array.from({ length: o.runs }, (_, i) => `${prefix}${i}`);
  const chunk = o.chunk ?? 25;
  const jobs: Job[] = [];
  // Strategies interleaved: each worker meets every strategy's code from the start and
  // warms up once, rather than again when the strategy changes half-way through.
  for (let i = 0; i < seeds.length; i += chunk) for (const strategy of o.strategies) jobs.push({ strategy, seeds: seeds.slice(i, i + chunk) });
  const total = o.runs * o.strategies.length;
  const results = new Map<string, Map<string, { k: Kpis; score: number }>>(o.strategies.map((s) => [s, new Map()]));
  let done = 0;
  const nWorkers = Math.max(1, Math.min(o.workers ?? availableParallelism(), jobs.length));
  const worker = await prepareBalanceWorker();
  // A game allocates a few MB that are garbage when it ends: a young generation of twice
  // V8's usual size halves the number of scavenges, each of which copies the live game.
  const resourceLimits = { maxYoungGenerationSizeMb: 96 };
  await Promise.all(
    Array.from({ length: nWorkers }, () =>
      new Promise<void>((resolve, reject) => {
        const w = 'code' in worker
          ? new Worker(worker.code, { eval: true, workerData, execArgv: [], resourceLimits })
          : new Worker(worker.url, { workerData, execArgv: [], resourceLimits });
        const next = () => {
          const job = jobs.shift();
          w.postMessage(job ?? null);
        };
        w.on('message', (r: JobResult) => {
          const byStrategy = results.get(r.strategy)!;
          r.seeds.forEach((seed, i) => byStrategy.set(seed, { k: r.kpis[i]!, score: r.scores[i]! }));
          done += r.seeds.length;
          o.progress?.(done, total);
          next();
        });
        w.on('error', reject);
        w.on('exit', () => resolve());
        next();
      }),
    ),
  );
  const series = (strategy: string, key: KpiKey): (number | null)[] =>
    seeds.map((seed) => {
      const r = results.get(strategy)!.get(seed)!;
      return key === 'score' ? r.score : r.k[key];
    });
  const keys: KpiKey[] = [...KPI_KEYS, 'score'];
  const strategies: BalanceReport['strategies'] = {};
  for (const s of o.strategies) strategies[s] = Object.fromEntries(keys.map((k) => [k, estimate(series(s, k))])) as Record<KpiKey, Estimate>;
  const differences: BalanceReport['differences'] = {};
  for (const [s, base] of Object.entries(o.pairs ?? {})) {
    differences[s] = { baseline: base, kpis: Object.fromEntries(keys.map((k) => [k, pairedDifference(series(base, k), series(s, k))])) as Record<KpiKey, Estimate> };
  }
  return { scenario: o.scenarioId, runs: o.runs, seedPrefix: prefix, strategies, differences, seconds: (Date.now() - t0) / 1000 };
}

export function progressBar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const secs = (Date.now() - started) / 1000;
  return `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.floor((done / total) * 100)}%  ${done}/${total} games  ${secs.toFixed(1)}s`;
}

const fmt: Record<KpiKey, (x: number) => string> = {
  winRate: (x) => x.toFixed(3), bidsWon: (x) => x.toFixed(2), bidsDecided: (x) => x.toFixed(2), revenue: (x) => (x / 1e6).toFixed(2) + 'M',
  grossMarginPct: (x) => x.toFixed(3), invoiced: (x) => (x / 1e6).toFixed(2) + 'M', collected: (x) => (x / 1e6).toFixed(2) + 'M', collectedPct: (x) => x.toFixed(3),
  collectionCycleDays: (x) => x.toFixed(1), dsoDays: (x) => x.toFixed(1), badDebt: (x) => (x / 1e6).toFixed(3) + 'M', csat: (x) => x.toFixed(1),
  complaintRate: (x) => x.toFixed(3), docCycleDays: (x) => x.toFixed(2), score: (x) => x.toFixed(0),
};
export const formatEstimate = (k: KpiKey, e: Estimate): string => (e.n === 0 ? '—' : `${fmt[k](e.mean)} ±${fmt[k]((e.hi - e.lo) / 2).replace(/^-/, '')}`);

export function formatReport(r: BalanceReport): string {
  const names = Object.keys(r.strategies);
  const keys: KpiKey[] = [...KPI_KEYS, 'score'];
  const w = Math.max(22, ...names.map((n) => n.length + 2));
  const lines = [`${r.scenario}: ${r.runs} paired seeds per strategy, mean ±95% interval (${r.seconds.toFixed(1)} s)`, ''];
  lines.push('KPI'.padEnd(20) + names.map((n) => n.padStart(w)).join(''));
  for (const k of keys) lines.push(k.padEnd(20) + names.map((n) => formatEstimate(k, r.strategies[n]![k]).padStart(w)).join(''));
  for (const [s, d] of Object.entries(r.differences)) {
    lines.push('', `${s} − ${d.baseline} (paired):`);
    for (const k of keys) {
      const e = d.kpis[k];
      if (e.n === 0) continue;
      const sig = e.lo > 0 || e.hi < 0 ? '  *' : '';
      lines.push(`  ${k.padEnd(20)} ${fmt[k](e.mean).padStart(10)}  [${fmt[k](e.lo)}, ${fmt[k](e.hi)}]${sig}`);
    }
  }
  return lines.join('\n');
}
