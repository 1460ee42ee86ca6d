/**
 * The game told week by week: replay the save's log on the fast engine path and record
 * every decision with its consequences (the engine's events), a snapshot at the end of
 * each week (cash, invoiced vs collected, satisfaction, pipeline, score), the funnel and
 * where each role's days went. Nothing here is stored in the save: it is all re-derived.
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/enums.ts';
import {
  actionCost, applyActionInPlace, computeKpis, computeScore, createGame, stateHash,
  type Action, type GameState, type Role,
} from '../engine/index.ts';
import type { Funnel, GameHistory, Stage, TimelineEntry, TimeSplit, WeekSnapshot } from './types.ts';

export interface GameRecord {
  seed: string;
  log: readonly Action[];
  /** The save's `players`: role → 'player' for people, a strategy name for bots. */
  players?: Record<string, string>;
}

/** Roles played by people; when the save marks none (a bot game), the whole team. */
export function humanRolesOf(players: Record<string, string> | undefined): Role[] {
  const marked = ROLES.filter((r) => players?.[r] === 'player');
  return marked.length ? marked : [...ROLES];
}

/** The deal (its lead's id) behind any record id, looked up in the state. */
export function dealOf(s: GameState, kind: 'lead' | 'opportunity' | 'contract' | 'order' | 'invoice' | 'ticket', id: string): string | null {
  switch (kind) {
    case 'lead':
      return s.leads[id] ? id : null;
    case 'opportunity':
      return s.opportunities[id]?.lead ?? null;
    case 'contract': {
      const k = s.contracts[id];
      return k ? dealOf(s, 'opportunity', k.opportunity) : null;
    }
    case 'order': {
      const o = s.orders[id];
      return o ? dealOf(s, 'contract', o.contract) : null;
    }
    case 'invoice': {
      const inv = s.invoices[id];
      return inv ? dealOf(s, 'contract', inv.contract) : null;
    }
    case 'ticket': {
      const t = s.tickets[id];
      return t?.order ? dealOf(s, 'order', t.order) : null;
    }
  }
}

const REF_KINDS = ['lead', 'opportunity', 'contract', 'order', 'invoice', 'ticket'] as const;

/** Customers and deals an action and its events touched. */
function touched(s: GameState, records: readonly Record<string, unknown>[]): { customers: string[]; deals: string[] } {
  const customers = new Set<string>();
  const deals = new Set<string>();
  for (const r of records) {
    if (typeof r.customer === 'string') customers.add(r.customer);
    for (const k of REF_KINDS) {
      const id = r[k];
      if (typeof id !== 'string') continue;
      const deal = dealOf(s, k, id);
      if (deal) {
        deals.add(deal);
        const c = s.leads[deal]?.customer;
        if (c) customers.add(c);
      }
    }
  }
  return { customers: [...customers].sort(), deals: [...deals].sort() };
}

/** Items at each pipeline stage right now. */
export function pipelineOf(s: GameState): Record<Stage, number> {
  const p: Record<Stage, number> = { lead: 0, opportunity: 0, bid: 0, contract: 0, order: 0, invoice: 0 };
  for (const l of Object.values(s.leads)) if (l.grade === 'primary' || l.grade === 'credible') p.lead++;
  for (const o of Object.values(s.opportunities)) {
    if (o.status === 'open') p.opportunity++;
    else if (o.status === 'bidding') p.bid++;
  }
  for (const k of Object.values(s.contracts)) if (k.status === 'approving') p.contract++;
  for (const o of Object.values(s.orders)) if (o.status !== 'accepted') p.order++;
  for (const i of Object.values(s.invoices)) if (i.status === 'open' || i.status === 'legal') p.invoice++;
  return p;
}

/** How many deals reached each step from lead to cash. */
export function funnelOf(s: GameState): Funnel {
  const invoicesByContract = new Map<string, { n: number; paid: number }>();
  for (const i of Object.values(s.invoices)) {
    const x = invoicesByContract.get(i.contract) ?? { n: 0, paid: 0 };
    x.n++;
    if (i.status === 'paid') x.paid++;
    invoicesByContract.set(i.contract, x);
  }
  const opps = Object.values(s.opportunities);
  return {
    leads: Object.keys(s.leads).length,
    opportunities: opps.length,
    bids: opps.filter((o) => o.bid !== null).length,
    won: s.stats.bidsWon,
    delivered: Object.values(s.orders).filter((o) => o.installedWeek !== null).length,
    invoiced: invoicesByContract.size,
    // Cash in full: the contract closed (every milestone invoiced and settled) and paid, not written off.
    collected: Object.values(s.contracts).filter((k) => k.status === 'closed' && invoicesByContract.get(k.id)?.paid === invoicesByContract.get(k.id)?.n).length,
  };
}

function snapshot(sc: Scenario, s: GameState, week: number): WeekSnapshot {
  // The snapshot is taken once the week has ended: "today" is the next week's first day.
  const today = week * 7;
  let overdue = 0;
  for (const i of Object.values(s.invoices)) if ((i.status === 'open' || i.status === 'legal') && i.dueDay < today) overdue += i.amount;
  return {
    week,
    cash: s.cash,
    invoicedToDate: s.stats.invoiced,
    collectedToDate: s.stats.collected,
    overdue,
    satisfaction: Object.fromEntries(sc.customers.map((c) => [c.id, s.customers[c.id]!.satisfaction])),
    pipeline: pipelineOf(s),
    score: computeScore(sc, computeKpis(sc, s)),
    stateHash: stateHash(s),
  };
}

/**
 * Replay a game and tell its story. A refused action in the log (a tampered or
 * foreign save) stops the story there; `verifySave` is the place that explains why.
 */
export function buildHistory(sc: Scenario, game: GameRecord): GameHistory {
  const s = createGame(sc, game.seed);
  const humanRoles = humanRolesOf(game.players);
  const timeline: TimelineEntry[] = [];
  const weeks: WeekSnapshot[] = [];
  const byKind: Record<Role, Record<string, number>> = { AR: {}, SR: {}, FR: {} };
  for (let i = 0; i < game.log.length; i++) {
    const a = game.log[i]!;
    const week = s.week;
    const cost = actionCost(sc, s, a);
    const r = applyActionInPlace(sc, s, a, true);
    if (!r.ok) break;
    for (const [role, days] of Object.entries(cost) as [Role, number][]) byKind[role][a.kind] = (byKind[role][a.kind] ?? 0) + days;
    const role = 'role' in a ? a.role : null;
    timeline.push({
      index: i, week, role, human: role !== null && humanRoles.includes(role), action: a, events: r.events,
      ...touched(s, [a as unknown as Record<string, unknown>, ...(r.events as Record<string, unknown>[])]),
    });
    if (a.kind === 'endWeek') weeks.push(snapshot(sc, s, week));
  }
  const kpis = computeKpis(sc, s);
  const timeSplit = Object.fromEntries(
    ROLES.map((role): [Role, TimeSplit] => {
      const t = s.stats.time[role];
      const total = Object.values(t).reduce((n, d) => n + d, 0);
      return [role, { customerDays: t.customer, internalDays: total - t.customer, byKind: byKind[role] }];
    }),
  ) as Record<Role, TimeSplit>;
  // Cash as each week closed (the `weekEnded` line: after interest, before the next week's scripted events).
  let lowestCash = sc.company.startingCash;
  for (const e of timeline) if (e.role === null) for (const ev of e.events) if (ev.type === 'weekEnded' && typeof ev.cash === 'number') lowestCash = Math.min(lowestCash, ev.cash);
  const overdraft = { weeksOverdrawn: s.stats.weeksOverdrawn, interestPaid: s.stats.overdraftInterest, lowestCash, limit: sc.company.overdraftLimit };
  return {
    scenarioId: sc.id, seed: game.seed, humanRoles, timeline, weeks, funnel: funnelOf(s), timeSplit,
    kpis, score: computeScore(sc, kpis), finished: s.finished, week: s.week, stateHash: stateHash(s), overdraft,
  };
}
