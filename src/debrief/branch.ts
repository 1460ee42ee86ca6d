/**
 * "What if": a new game that starts from any week of an old one. The branch keeps the
 * old log up to the end of the week before, so the world it starts from is exactly the
 * one the team had then (same hashes); from there on it is played anew.
 */
import type { Action } from '../engine/index.ts';

/** The log up to the start of `week` (1 = from the very beginning). */
export function branchLog(log: readonly Action[], week: number): Action[] {
  if (week <= 1) return [];
  let ended = 0;
  for (let i = 0; i < log.length; i++) {
    if (log[i]!.kind === 'endWeek' && ++ended === week - 1) return log.slice(0, i + 1);
  }
  return [...log];
}
