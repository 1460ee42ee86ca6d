/**
 * `npm run cli -- coach <scenario> [--roles AR,SR,FR] [--seeds N] [--seed-prefix P] [--json]`:
 * one role follows the coach's first suggestion for a whole game (the others are par
 * bots) against par on the same seeds — the pairs the coach's test asserts on.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { Role } from '../engine/index.ts';
import { playWithCoach, parScore } from '../coach/play.ts';

export interface CoachPair { seed: string; coach: number; par: number }
export interface CoachReport { scenario: string; roles: Record<string, { pairs: CoachPair[]; below: number; meanCoach: number; meanPar: number }> }

export function coachReport(sc: Scenario, roles: readonly Role[], seeds: readonly string[]): CoachReport {
  const par = seeds.map((s) => parScore(sc, s));
  const out: CoachReport = { scenario: sc.id, roles: {} };
  for (const role of roles) {
    const pairs = seeds.map((seed, i) => ({ seed, coach: playWithCoach(sc, seed, role).score, par: par[i]! }));
    const mean = (f: (p: CoachPair) => number) => Math.round((pairs.reduce((n, p) => n + f(p), 0) / Math.max(1, pairs.length)) * 10) / 10;
    out.roles[role] = { pairs, below: pairs.filter((p) => p.coach < p.par).length, meanCoach: mean((p) => p.coach), meanPar: mean((p) => p.par) };
  }
  return out;
}

export function formatCoachReport(r: CoachReport): string {
  const lines = [`${r.scenario}: score with one role following the coach / par (all roles par bots), same seeds`];
  for (const [role, x] of Object.entries(r.roles)) {
    lines.push(`${role}: ${x.pairs.map((p) => `${p.seed} ${p.coach}/${p.par}`).join(', ')}`);
    lines.push(`    mean ${x.meanCoach} / ${x.meanPar}; below par on ${x.below} of ${x.pairs.length} seeds`);
  }
  return lines.join('\n');
}
