/**
 * What the end screen says beyond the KPIs. Pure (no DOM), so it is tested in Node.
 */
import type { GameState } from '../engine/index.ts';

/**
 * Tenders still open when the game ends: their deadline (the customer's timetable) falls
 * after the last week, so they are in no KPI — said on the end screen, or a win rate that
 * leaves out a bid just submitted looks wrong. Null when there are none.
 */
export function openTenders(s: GameState): { n: number; bids: number } | null {
  const open = Object.values(s.opportunities).filter((o) => o.status === 'open' || o.status === 'bidding');
  return open.length === 0 ? null : { n: open.length, bids: open.filter((o) => o.status === 'bidding').length };
}
