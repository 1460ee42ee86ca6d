/**
 * The facilitator's injects in a game's log (a workshop's live events and announcements,
 * src/engine/rules/inject.ts), with the week each came in: for `cli verify`, `cli debrief`
 * and the debrief screen, which show them plainly ("the facilitator injected X in week N").
 */
import type { Action, InjectText } from '../engine/index.ts';

export interface InjectNote { index: number; week: number; event: string | null; text: InjectText | null }

export function injectsIn(log: readonly Action[]): InjectNote[] {
  const out: InjectNote[] = [];
  let week = 1;
  log.forEach((a, index) => {
    if (a.kind === 'endWeek') week++;
    else if (a.kind === 'inject') out.push({ index, week, event: a.event ?? null, text: a.text ?? null });
  });
  return out;
}
