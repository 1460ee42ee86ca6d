/**
 * The balance report's numbers, from the games a plan played (pure: no I/O, no clock).
 * Every comparison is paired over the same seeds; intervals are 95% (normal approximation).
 */
import type { Scenario, Text } from '../scenario/schema.ts';
import type { Kpis } from '../engine/index.ts';
import { estimate, excludesZero, pairedDifference, type Estimate } from '../cli/stats.ts';
import { PAR } from './names.ts';
import type { Plan } from './plan.ts';
import type { GameResult } from './play.ts';

export const REPORT_KPIS = ['winRate', 'revenue', 'grossMarginPct', 'collectedPct', 'collectionCycleDays', 'dsoDays', 'badDebt', 'csat', 'complaintRate', 'docCycleDays'] as const;
export type ReportKpi = (typeof REPORT_KPIS)[number];
/** Which way is better for each KPI. */
export const BETTER: Record<ReportKpi, 1 | -1> = {
  winRate: 1, revenue: 1, grossMarginPct: 1, collectedPct: 1, collectionCycleDays: -1, dsoDays: -1, badDebt: -1, csat: 1, complaintRate: -1, docCycleDays: -1,
};

export interface StrategyRow { name: string; score: Estimate; delta: Estimate | null; kpis: Record<ReportKpi, Estimate>; openReceivables: Estimate }
export type TargetKey = keyof Scenario['score']['targets'];
export interface TargetRow {
  target: TargetKey; value: number; better: 1 | -1;
  /** Per named strategy: mean of the KPI in the target's unit, and the share of games that met the target. */
  byStrategy: Record<string, { mean: Estimate; met: number }>;
}
export interface EffectRow { key: string; behaviour: string; score: Estimate; significant: boolean; kpis: { kpi: ReportKpi; delta: Estimate }[] }
export interface ObjectiveRow { index: number; text: Text; behaviour: string | null; effect: EffectRow | null; demonstrated: boolean }
export interface RateRow { id: string; par: number; any: number; significant?: boolean }
export interface CardOptionRow { option: string; label: Text; chosenByPar: number; score: Estimate | null; delta: Estimate | null }
export interface CardRow { id: string; role: string; title: Text; par: number; any: number; options: CardOptionRow[] }
export interface BalanceReportData {
  scenario: { id: string; version: number; title: Text; weeks: number };
  runs: number; seedPrefix: string; games: number; variants: number; workers: number; seconds: number;
  forced: Record<string, string>;
  strategies: StrategyRow[];
  targets: TargetRow[];
  ablations: EffectRow[];
  objectives: ObjectiveRow[];
  customers: (RateRow & { name: Text; meanValue: number })[];
  leads: (RateRow & { customer: string; opportunity: number; won: number })[];
  events: (RateRow & { news: Text })[];
  cards: CardRow[];
  exploits: { checked: number; beatsPar: { name: string; description: string; delta: Estimate }[] };
  dead: { events: string[]; cards: string[]; leads: string[]; customers: string[] };
}

/** A target's KPI value in the target's unit (null when not measured), and which way is better. */
const TARGET_KPI: Record<TargetKey, { of: (k: Kpis) => number | null; scale: (t: number) => number; better: 1 | -1 }> = {
  winRateBp: { of: (k) => k.winRate, scale: (t) => t / 10000, better: 1 },
  revenue: { of: (k) => k.revenue, scale: (t) => t, better: 1 },
  grossMarginBp: { of: (k) => k.grossMarginPct, scale: (t) => t / 10000, better: 1 },
  collectionCycleDays: { of: (k) => k.collectionCycleDays, scale: (t) => t, better: -1 },
  csat: { of: (k) => k.csat, scale: (t) => t, better: 1 },
  docCycleHalfDays: { of: (k) => k.docCycleDays, scale: (t) => t / 2, better: -1 },
  complaintRateBp: { of: (k) => k.complaintRate, scale: (t) => t / 10000, better: -1 },
  badDebtBp: { of: (k) => (k.invoiced === 0 ? null : k.badDebt / k.invoiced), scale: (t) => t / 10000, better: -1 },
};

export interface ReportInput {
  sc: Scenario;
  plan: Plan;
  seeds: string[];
  seedPrefix: string;
  /** Every variant's games, in seed order (variants played once under another key resolved by the caller). */
  results: Record<string, GameResult[]>;
  forced: Record<string, string>;
  workers: number;
  seconds: number;
  /** Games actually played (variants identical to another are played once). */
  played: number;
}

const share = (xs: readonly boolean[]) => (xs.length === 0 ? 0 : xs.filter(Boolean).length / xs.length);

export function buildReport(i: ReportInput): BalanceReportData {
  const { sc, plan, results } = i;
  const games = (key: string) => results[key] ?? [];
  const par = games(PAR);
  const scores = (key: string) => games(key).map((g) => g.score);
  const delta = (key: string, base = PAR) => pairedDifference(scores(base), scores(key));

  const strategies: StrategyRow[] = plan.named.map((name) => ({
    name,
    score: estimate(scores(name)),
    delta: name === PAR ? null : delta(name),
    kpis: Object.fromEntries(REPORT_KPIS.map((k) => [k, estimate(games(name).map((g) => g.kpis[k]))])) as Record<ReportKpi, Estimate>,
    openReceivables: estimate(games(name).map((g) => g.facts.openReceivables)),
  }));

  const targets: TargetRow[] = (Object.keys(TARGET_KPI) as TargetKey[]).map((target) => {
    const t = TARGET_KPI[target];
    const goal = t.scale(sc.score.targets[target]);
    const byStrategy: TargetRow['byStrategy'] = {};
    for (const name of plan.named) {
      const xs = games(name).map((g) => t.of(g.kpis));
      byStrategy[name] = { mean: estimate(xs), met: share(xs.map((x) => x !== null && (t.better > 0 ? x >= goal : x <= goal))) };
    }
    return { target, value: goal, better: t.better, byStrategy };
  });

  // The effect of a behaviour is par − (par without it): positive when the behaviour pays.
  const effect = (key: string, behaviour: string): EffectRow => {
    const score = pairedDifference(scores(key), scores(PAR));
    const kpis = REPORT_KPIS.map((kpi) => ({ kpi, delta: pairedDifference(games(key).map((g) => g.kpis[kpi]), par.map((g) => g.kpis[kpi])) }))
      .filter((d) => d.delta.n > 1 && excludesZero(d.delta))
      // Where the behaviour helps first (the lesson), then where it costs.
      .sort((a, b) => Number(BETTER[b.kpi] * b.delta.mean > 0) - Number(BETTER[a.kpi] * a.delta.mean > 0));
    return { key, behaviour, score, significant: excludesZero(score), kpis };
  };
  const ablations = plan.ablations.filter((a) => results[a.key]).map((a) => effect(a.key, a.behaviour));
  const objectives: ObjectiveRow[] = sc.objectives.map((o, index) => {
    const b = o.behaviour ?? null;
    const e = b ? ablations.find((a) => a.behaviour === b) ?? null : null;
    return { index, text: { zh: o.zh, en: o.en }, behaviour: b, effect: e, demonstrated: !!e && e.significant && e.score.mean > 0 };
  });

  // Content facts: rates in par's games, and in any game of any variant (for dead content).
  const all = Object.values(results).flat();
  const rate = (gs: readonly GameResult[], has: (g: GameResult) => boolean) => share(gs.map(has));
  const firedIn = (g: GameResult, id: string) => g.facts.events.includes(id);
  const dealt = (g: GameResult, id: string) => g.facts.cards.some(([c]) => c === id);
  const events = sc.events.map((e) => ({ id: e.id, news: e.news, par: rate(par, (g) => firedIn(g, e.id)), any: rate(all, (g) => firedIn(g, e.id)) }));
  const leads = sc.leads.map((l) => ({
    id: l.id, customer: l.customer,
    par: rate(par, (g) => g.facts.leads.surfaced.includes(l.id)), any: rate(all, (g) => g.facts.leads.surfaced.includes(l.id)),
    opportunity: rate(par, (g) => g.facts.leads.opportunity.includes(l.id)), won: rate(par, (g) => g.facts.leads.won.includes(l.id)),
  }));
  const customers = sc.customers.map((c) => ({
    id: c.id, name: c.name,
    par: rate(par, (g) => c.id in g.facts.contracted), any: rate(all, (g) => c.id in g.facts.contracted),
    meanValue: par.length ? par.reduce((s, g) => s + (g.facts.contracted[c.id] ?? 0), 0) / par.length : 0,
  }));
  const cards: CardRow[] = sc.cards.map((c) => {
    const parDealt = par.filter((g) => dealt(g, c.id));
    const options = c.options.map((o): CardOptionRow => {
      const v = plan.cardOptions.find((x) => x.card === c.id && x.option === o.id);
      const played = v && results[v.key] ? v.key : null;
      return {
        option: o.id, label: o.label,
        chosenByPar: share(parDealt.map((g) => g.facts.cards.find(([id]) => id === c.id)?.[1] === o.id)),
        score: played ? estimate(scores(played)) : null,
        delta: played ? delta(played, plan.cardBaseline) : null,
      };
    });
    return { id: c.id, role: c.role, title: c.title, par: rate(par, (g) => dealt(g, c.id)), any: rate(all, (g) => dealt(g, c.id)), options };
  });

  const beatsPar = plan.exploits
    .filter((e) => results[e.key])
    .map((e) => ({ name: e.name, description: e.description, delta: delta(e.key) }))
    .filter((e) => e.delta.lo > 0);

  return {
    scenario: { id: sc.id, version: sc.version, title: sc.title, weeks: sc.weeks },
    runs: i.seeds.length, seedPrefix: i.seedPrefix,
    games: i.played, variants: Object.keys(results).length,
    workers: i.workers, seconds: i.seconds, forced: i.forced,
    strategies, targets, ablations, objectives, customers, leads, events, cards,
    exploits: { checked: plan.exploits.length, beatsPar },
    dead: {
      events: events.filter((e) => e.any === 0).map((e) => e.id),
      cards: cards.filter((c) => c.any === 0).map((c) => c.id),
      leads: leads.filter((l) => l.any === 0).map((l) => l.id),
      customers: customers.filter((c) => c.any === 0).map((c) => c.id),
    },
  };
}
