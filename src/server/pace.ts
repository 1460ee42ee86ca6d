/**
 * Pacing: free play, or a time limit per week; pause/resume for everyone.
 *
 * The event clock is the wall time since the event started less the time spent paused.
 * Every stored action carries the clock (`actions.clock_ms`), so a team's current week
 * began at the clock of its last endWeek (0 for week 1) — the same on every instance and
 * after a restart. While paused nothing is accepted; past a team's deadline only its
 * endWeek is, and the sweep (once a second) ends the week for a team that has not: that
 * endWeek is in the log like any other, so replays stay exact.
 */
import type { EventRow } from './store.ts';

/** The event clock in ms at wall time `nowMs`. */
export function eventClock(ev: EventRow, nowMs: number): number {
  if (!ev.started_at) return 0;
  const pausedNow = ev.paused_at ? Math.max(0, nowMs - Date.parse(ev.paused_at)) : 0;
  return Math.max(0, nowMs - Date.parse(ev.started_at) - ev.paused_ms - pausedNow);
}

/** Ms left in a team's week whose clock started at `weekStartClock`; null when play is free. */
export function timeLeftMs(ev: EventRow, weekStartClock: number, nowMs: number): number | null {
  if (ev.week_seconds === null || ev.week_seconds === undefined) return null;
  return Math.max(0, ev.week_seconds * 1000 - (eventClock(ev, nowMs) - weekStartClock));
}

/** The pacing a team's screen shows (a countdown when there is a limit). */
export function paceView(ev: EventRow, weekStartClock: number, nowMs: number) {
  return { paused: ev.paused_at !== null, weekSeconds: ev.week_seconds, timeLeftMs: timeLeftMs(ev, weekStartClock, nowMs) };
}
