/**
 * `balance <scenario> --report`: the balance report (issue 11 item 6). Plays the plan
 * (src/balance/plan.ts) on paired seeds on all cores, and prints the report as markdown
 * (zh or en) or JSON. The numbers come from src/balance/report.ts, the same code the
 * studio's Balance tab runs in Web Workers.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Scenario } from '../scenario/schema.ts';
import type { Lang } from '../i18n/index.ts';
import { bt } from '../i18n/balance-report.ts';
import { checkForced, plan } from '../balance/plan.ts';
import type { BalanceReportData } from '../balance/report.ts';
import { ReportRun, planOptions, type JobResult } from '../balance/run.ts';
import { reportMarkdown } from '../balance/markdown.ts';
import { LESS_LIBRARY } from '../balance/exploits.ts';
import { progressBar } from './balance.ts';

/** A mistake in the command line: the message says what and how to fix it. */
export class ReportUsageError extends Error {}

export interface ReportOptions {
  scenario: Scenario;
  runs: number;
  seedPrefix?: string;
  forced?: Record<string, string>;
  /** Seeds the exploit library plays (the first K of the runs; 0 = no exploit check). */
  exploitRuns?: number;
  workers?: number;
  chunk?: number;
  progress?: (done: number, total: number) => void;
}


let script: Promise<{ code: string } | { url: URL }> | null = null;
/** The worker, bundled once in memory by esbuild (see balance.ts for why), or the tsx fallback. */
function workerScript(): Promise<{ code: string } | { url: URL }> {
  script ??= (async () => {
    try {
      const esbuild = await import('esbuild');
      const r = await esbuild.build({
        entryPoints: [fileURLToPath(new URL('./balance-report-worker.ts', import.meta.url))], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent',
      });
      return { code: r.outputFiles[0]!.text };
    } catch {
      return { url: new URL('./balance-report-worker-boot.mjs', import.meta.url) };
    }
  })();
  return script;
}

export async function runBalanceReport(o: ReportOptions): Promise<BalanceReportData> {
  const t0 = performance.now();
  const sc = o.scenario;
  const forced = o.forced ?? {};
  const problem = checkForced(sc, forced);
  if (problem) throw new ReportUsageError(`--card: ${problem}`);
  const setup = { sc, runs: o.runs, seedPrefix: o.seedPrefix, forced, exploitRuns: o.exploitRuns, exploits: LESS_LIBRARY, chunk: o.chunk };
  const run = new ReportRun(setup, plan(sc, planOptions(setup)));
  const jobs = run.jobs.slice();
  const nWorkers = Math.max(1, Math.min(o.workers ?? availableParallelism(), jobs.length));
  const worker = await workerScript();
  const workerData = { scenario: sc };
  const resourceLimits = { maxYoungGenerationSizeMb: 96 };
  await Promise.all(Array.from({ length: nWorkers }, () => new Promise<void>((resolve, reject) => {
    const w = 'code' in worker
      ? new Worker(worker.code, { eval: true, workerData, execArgv: [], resourceLimits })
      : new Worker(worker.url, { workerData, execArgv: [], resourceLimits });
    const next = () => w.postMessage(jobs.shift() ?? null);
    w.on('message', (r: JobResult) => {
      try {
        run.add(r);
      } catch (e) {
        void w.terminate();
        reject(e as Error);
        return;
      }
      o.progress?.(run.done, run.total);
      next();
    });
    w.on('error', reject);
    w.on('exit', () => resolve());
    next();
  })));
  return run.report(nWorkers, (performance.now() - t0) / 1000);
}

export const BALANCE_REPORT_HELP = `usage: npm run cli -- balance <scenario-file> --report [--runs N] [--out FILE.md] [--json]
                     [--card id=option]… [--lang zh|en] [--exploit-runs K] [--seed-prefix P]

The balance report: par (iron-triangle) vs siloed and the other named strategies, the
scenario's score targets, each learning objective's behaviour switched off (ablation)
with its paired score effect and 95% interval, per-customer/lead/event/card firing rates,
every card option forced in turn and compared with par, open receivables at the end, the
exploit library's doing-less strategies vs par, and dead content (never fires). All on the
same N paired seeds (default 200), on all cores, with a progress bar on stderr.
  --runs N          paired seeds per variant (default 200)
  --card id=option  force that option of a decision card in every game (repeatable); card
                    options are then compared with par playing its own card rule
  --exploit-runs K  seeds the exploit library plays (the first K; default N, 0 = skip)
  --out FILE        write the report there (.json: the JSON; otherwise markdown)
  --json            print the JSON (BalanceReportData) instead of markdown
  --lang zh|en      language of the markdown (default en)`;

export async function cmdBalanceReport(args: string[], load: (file: string) => Scenario): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: {
      report: { type: 'boolean', default: true }, runs: { type: 'string', default: '200' }, out: { type: 'string' }, json: { type: 'boolean', default: false },
      card: { type: 'string', multiple: true }, lang: { type: 'string', default: 'en' }, 'exploit-runs': { type: 'string' }, 'seed-prefix': { type: 'string' }, workers: { type: 'string' },
    },
  });
  const lang = values.lang as Lang;
  if (lang !== 'en' && lang !== 'zh') throw new ReportUsageError(bt('en', 'err.lang'));
  const file = positionals[0];
  if (!file) throw new ReportUsageError(BALANCE_REPORT_HELP);
  const whole = (v: string | undefined, fallback: number, min: number): number => {
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isInteger(n) || n < min || n > 100_000) throw new ReportUsageError(bt(lang, 'err.runs', { min, max: 100_000 }));
    return n;
  };
  const runs = whole(values.runs, 200, 2);
  const exploitRuns = whole(values['exploit-runs'], runs, 0);
  const forced: Record<string, string> = {};
  for (const c of values.card ?? []) {
    const m = /^([a-z0-9][a-z0-9-]*)=([a-z0-9][a-z0-9-]*)$/.exec(c);
    if (!m) throw new ReportUsageError(bt(lang, 'err.card', { value: c }));
    forced[m[1]!] = m[2]!;
  }
  void workerScript(); // bundled while the scenario is parsed
  const scenario = load(file);
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastPct = -10;
  const report = await runBalanceReport({
    scenario, runs, forced, exploitRuns, seedPrefix: values['seed-prefix'], workers: values.workers ? whole(values.workers, 1, 1) : undefined,
    progress: (done, total) => {
      const pct = Math.floor((done / total) * 100);
      if (tty) process.stderr.write(progressBar(done, total, started));
      else if (pct >= lastPct + 10 || done === total) {
        lastPct = pct;
        process.stderr.write(`${progressBar(done, total, started).slice(1)}\n`);
      }
    },
  });
  if (tty) process.stderr.write('\n');
  const json = JSON.stringify(report, null, 1);
  const md = reportMarkdown(report, lang);
  if (values.out) {
    writeFileSync(values.out, values.out.endsWith('.json') ? json : md);
    process.stderr.write(`wrote ${values.out} (${report.games} games, ${report.seconds.toFixed(1)} s)\n`);
  }
  if (values.json) console.log(json);
  else if (!values.out) console.log(md);
  return 0;
}
