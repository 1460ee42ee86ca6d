/**
 * Running a plan, independent of where the games are played (Node worker threads in the
 * CLI, Web Workers in the studio): the jobs to hand out, and the report from the results.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { ExploitEntry, Plan, Planned } from './plan.ts';
import { buildReport, type BalanceReportData } from './report.ts';
import type { GameResult, Variant } from './play.ts';

export interface Job { variant: Variant; seeds: string[] }
export interface JobResult { key: string; seeds: string[]; results: GameResult[]; error?: string }

export interface RunSetup {
  sc: Scenario; runs: number; seedPrefix?: string; forced?: Record<string, string>;
  /** Seeds the exploit library plays (the first K; 0 = none). */
  exploitRuns?: number; exploits?: readonly ExploitEntry[]; chunk?: number;
}

export const exploitRunsOf = (o: RunSetup): number => Math.min(o.runs, o.exploitRuns ?? o.runs);
/** The plan options of a run. */
export const planOptions = (o: RunSetup) => ({ forced: o.forced ?? {}, exploits: exploitRunsOf(o) > 0 ? o.exploits ?? [] : [] });

/** A run in progress: hand out `jobs`, feed every answer to `add`, then `report`. */
export class ReportRun {
  readonly plan: Plan;
  readonly jobs: Job[] = [];
  readonly total: number;
  done = 0;
  private readonly same: Record<string, string>;
  private readonly seeds: string[];
  private readonly prefix: string;
  private readonly bySeed: Map<string, Map<string, GameResult>>;

  /** `made`: `plan(sc, planOptions(setup))` (plan.ts), made where the bots are loaded. */
  constructor(private readonly o: RunSetup, made: Planned) {
    const exploitRuns = exploitRunsOf(o);
    this.plan = made.plan;
    this.same = made.same;
    this.prefix = o.seedPrefix ?? 'b';
    this.seeds = Array.from({ length: o.runs }, (_, i) => `${this.prefix}${i}`);
    const chunk = o.chunk ?? 25;
    const exploitKeys = new Set(this.plan.exploits.map((e) => e.key));
    // Variants interleaved, so the first answers already cover every variant.
    for (let i = 0; i < this.seeds.length; i += chunk) {
      for (const v of this.plan.variants) {
        const n = exploitKeys.has(v.key) ? exploitRuns : this.seeds.length;
        if (i < n) this.jobs.push({ variant: v, seeds: this.seeds.slice(i, Math.min(i + chunk, n)) });
      }
    }
    this.total = this.jobs.reduce((s, j) => s + j.seeds.length, 0);
    this.bySeed = new Map(this.plan.variants.map((v) => [v.key, new Map()]));
  }

  add(r: JobResult): void {
    if (r.error) throw new Error(r.error);
    const m = this.bySeed.get(r.key)!;
    r.seeds.forEach((seed, i) => m.set(seed, r.results[i]!));
    this.done += r.seeds.length;
  }

  report(workers: number, seconds: number): BalanceReportData {
    const results: Record<string, GameResult[]> = {};
    for (const [key, m] of this.bySeed) results[key] = this.seeds.filter((s) => m.has(s)).map((s) => m.get(s)!);
    for (const [key, first] of Object.entries(this.same)) results[key] = results[first]!;
    return buildReport({ sc: this.o.sc, plan: this.plan, seeds: this.seeds, seedPrefix: this.prefix, results, forced: this.o.forced ?? {}, workers, played: this.done, seconds });
  }
}
