/**
 * The facilitator's live view of an event as JSON (the dashboard screen is a later
 * slice): every team's week, pace, KPIs and score as the server's own games stand, idle
 * time, and alerts. Read from the cached games (one re-simulation per team at most), so
 * polling it every few seconds is cheap; the leaderboard is the re-simulated ranking.
 */
import { computeKpis, computeScore } from '../engine/index.ts';
import type { Ctx } from './app.ts';
import { eventClock, paceView } from './pace.ts';
import type { EventRow } from './store.ts';

/** A team with no action for this long is flagged idle. */
const IDLE_MS = 3 * 60_000;

export async function dashboard(ctx: Ctx, ev: EventRow) {
  const nowMs = ctx.clock();
  const teams = [];
  for (const team of await ctx.store.teams(ev.id)) {
    const base = { id: team.id, name: team.name, mode: team.mode, code: team.code };
    if (ev.status === 'draft') {
      teams.push({ ...base, week: 1, finished: false, actions: 0, pace: null, kpis: null, score: null, idleMs: null, alerts: [] as string[] });
      continue;
    }
    const g = await ctx.games.read(ev, team);
    const kpis = computeKpis(g.sc, g.state);
    const pace = paceView(ev, g.weekStartClock, nowMs);
    const last = g.log.at(-1);
    // Idle: event-clock time since the last action (or the start), so a pause is not idleness.
    const idleMs = Math.max(0, eventClock(ev, nowMs) - (last?.clockMs ?? 0));
    const alerts: string[] = [];
    if (!g.state.finished && ev.status === 'running' && idleMs >= IDLE_MS) alerts.push('idle');
    // The last fifth of the week.
    if (!g.state.finished && pace.timeLeftMs !== null && ev.week_seconds && pace.timeLeftMs < ev.week_seconds * 200) alerts.push('weekEnding');
    // Role laptops: each role's laptop (heard from lately) and whether it is ready to end the week.
    const roles = team.mode === 'roleLaptops' ? { roles: await ctx.games.roles(team.id, g.state.week) } : {};
    teams.push({ ...base, week: g.state.week, finished: g.state.finished, actions: g.log.length, pace, kpis, score: computeScore(g.sc, kpis), idleMs, alerts, ...roles });
  }
  return {
    event: { id: ev.id, name: ev.name, status: ev.status, scenario: ev.scenario_id, weekSeconds: ev.week_seconds, paused: ev.paused_at !== null, startedAt: ev.started_at },
    teams,
  };
}
