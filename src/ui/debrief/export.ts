/**
 * The debrief's downloads: the game's log as CSV (one row per decision or world turn,
 * in the reader's language, for a spreadsheet) and as JSON (raw actions and events, for
 * tools). Both are built from the replayed history, never from what the screen shows.
 */
import type { GameHistory } from '../../debrief/types.ts';
import type { Tx } from '../text.ts';

/** RFC 4180: quote every field, double the quotes inside. */
const field = (x: string | number) => `"${String(x).replace(/"/g, '""')}"`;

export function timelineCsv(h: GameHistory, tx: Tx): string {
  const head = ['index', 'week', 'role', 'by', 'kind', 'decision', 'consequences', 'customers', 'deals'];
  const rows = h.timeline.map((e) => [
    e.index,
    e.week,
    e.role ?? '',
    e.role === null ? 'world' : e.human ? 'player' : 'bot',
    e.action.kind,
    e.role === null ? tx.ui('debrief.timeline.world') : tx.action(e.action),
    e.events.map((ev) => tx.event(ev)).filter((x): x is string => x !== null).join(' | '),
    e.customers.map((c) => tx.names.customer(c)).join(' | '),
    e.deals.join(' | '),
  ]);
  // A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
  return '\ufeff' + [head, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function timelineJson(h: GameHistory): string {
  return JSON.stringify({ scenario: h.scenarioId, seed: h.seed, humanRoles: h.humanRoles, kpis: h.kpis, score: h.score, timeline: h.timeline }, null, 1);
}

export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
