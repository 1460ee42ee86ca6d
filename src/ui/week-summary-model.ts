/**
 * The end-of-week summary's content, without any DOM: what happened in the week (its feed
 * lines that matter, by kind), what changed (the KPIs at the week's start and end), and
 * what needs attention next (from the player's view only — never hidden state). The
 * words are made at render time, in the language in force.
 */
import type { Kpis, PlayerView } from '../engine/index.ts';
import type { FeedItem, WeekSnapshot } from './session.ts';

export const CATEGORIES = ['deals', 'delivery', 'cash', 'tickets', 'satisfaction'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Which feed lines the summary tells, under which heading; every other line is counted, not told. */
const CATEGORY_OF: Readonly<Record<string, Category>> = {
  bidWon: 'deals', bidLost: 'deals', noBid: 'deals', bidLate: 'deals', bidNonCompliant: 'deals', contractSigned: 'deals', contractVetoed: 'deals',
  orderHeldForAdvance: 'delivery', orderReleased: 'delivery', orderArrived: 'delivery', installed: 'delivery', accepted: 'delivery', acceptanceFailed: 'delivery', deliveredLate: 'delivery',
  paymentReceived: 'cash', customerDefaulted: 'cash', badDebtWrittenOff: 'cash', insuranceClaimed: 'cash', legalJudgement: 'cash',
  ticketOpened: 'tickets', ticketResolved: 'tickets', slaBreached: 'tickets',
  satisfaction: 'satisfaction',
};

export type ChangeKey = 'score' | 'cash' | 'revenue' | 'winRate' | 'grossMarginPct' | 'collectedPct' | 'collectionCycleDays' | 'csat' | 'complaintRate' | 'docCycleDays';
const CHANGE_KEYS: readonly ChangeKey[] = ['score', 'cash', 'revenue', 'winRate', 'grossMarginPct', 'collectedPct', 'collectionCycleDays', 'csat', 'complaintRate', 'docCycleDays'];
/** +1: more is better; −1: less is better. */
export const BETTER: Readonly<Record<ChangeKey, 1 | -1>> = {
  score: 1, cash: 1, revenue: 1, winRate: 1, grossMarginPct: 1, collectedPct: 1, collectionCycleDays: -1, csat: 1, complaintRate: -1, docCycleDays: -1,
};

export type Attention =
  | { kind: 'deadline'; token: string; ref: string; week: number }
  | { kind: 'overdue'; token: string; ref: string; days: number }
  | { kind: 'sla'; token: string; ref: string; week: number }
  | { kind: 'awaitingAdvance'; token: string; ref: string };

export interface WeekSummary {
  /** The week that ended, and the one that begins. */
  week: number;
  next: number;
  happened: { category: Category; items: FeedItem[] }[];
  /** Lines of the week not told here (visits, leads, …): they are in the feed. */
  others: number;
  changes: { key: ChangeKey; from: number | null; to: number | null }[];
  attention: Attention[];
}

const valueOf = (s: WeekSnapshot, k: ChangeKey): number | null => (k === 'cash' ? s.cash : k === 'score' ? s.score : (s.kpis as Kpis)[k]);

export function summariseWeek(week: number, feed: readonly FeedItem[], before: WeekSnapshot, after: WeekSnapshot, v: PlayerView): WeekSummary {
  const mine = feed.filter((f) => f.week === week && f.event.type !== 'weekEnded');
  const happened = CATEGORIES.map((category) => ({ category, items: mine.filter((f) => CATEGORY_OF[f.event.type] === category) })).filter((g) => g.items.length > 0);
  const told = happened.reduce((n, g) => n + g.items.length, 0);
  const changes = CHANGE_KEYS.map((key) => ({ key, from: valueOf(before, key), to: valueOf(after, key) })).filter((c) => c.from !== c.to);
  return { week, next: v.week, happened, others: mine.length - told, changes, attention: attentionFor(v) };
}

/** What the coming week must not forget, as the player can see it. */
export function attentionFor(v: PlayerView): Attention[] {
  const out: Attention[] = [];
  const today = (v.week - 1) * 7;
  for (const o of v.opportunities) {
    if (o.status === 'open' && o.deadlineWeek >= v.week && o.deadlineWeek - v.week <= 1) out.push({ kind: 'deadline', token: o.lead, ref: o.id, week: o.deadlineWeek });
  }
  const leadOfContract = new Map(v.contracts.map((k) => [k.id, v.opportunities.find((o) => o.id === k.opportunity)?.lead]));
  for (const ord of v.orders) {
    const token = leadOfContract.get(ord.contract);
    if (ord.status === 'awaitingAdvance' && token) out.push({ kind: 'awaitingAdvance', token, ref: ord.id });
  }
  for (const i of v.invoices) if (i.status === 'open' && i.dueDay < today) out.push({ kind: 'overdue', token: i.id, ref: i.id, days: today - i.dueDay });
  for (const t of v.tickets) if (t.status === 'open' && t.slaWeek - v.week <= 1) out.push({ kind: 'sla', token: t.id, ref: t.id, week: t.slaWeek });
  return out;
}
