/**
 * From what the team sees (the PlayerView) to what the board draws. A deal keeps one
 * token from lead to order — its id is the lead's id — so it visibly travels down the
 * LTC highway; invoices and ITR tickets are tokens of their own.
 */
import type { GameEvent, PlayerView } from '../engine/index.ts';
import type { BoardEffect, BoardModel, BoardToken, Lane, TokenStatus } from './board/model.ts';

export interface BoardText {
  laneTitles: Record<Lane, string>;
  customer(id: string): string;
  money(yuan: number): string;
  week(n: number): string;
  ticket(kind: string, severity: number): string;
}

/** Colours for customers, in scenario order: distinct, readable on white, colour-blind aware. */
const PALETTE = [0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f, 0x393b79, 0xad494a];
/** The board's words in the player's language. */
export function boardTextFor(tx: { lane(l: string): string; names: { customer(id: string): string }; money(n: number): string; ticketKind(k: string): string }, lanes: readonly string[]): BoardText {
  return {
    laneTitles: Object.fromEntries(lanes.map((l) => [l, tx.lane(l)])) as Record<Lane, string>,
    customer: (id) => tx.names.customer(id),
    money: (n) => tx.money(n),
    week: (n) => `W${n}`,
    ticket: (kind, sev) => `${tx.ticketKind(kind)} S${sev}`,
  };
}

export function customerColours(ids: readonly string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id, i) => [id, PALETTE[i % PALETTE.length]!]));
}

/** How long finished things stay on the board, so the player sees them land. */
const LINGER_WEEKS = 1;

export function boardModel(v: PlayerView, text: BoardText, selected: string | null, recent: readonly GameEvent[]): BoardModel {
  const tokens: BoardToken[] = [];
  const today = (v.week - 1) * 7;
  const push = (t: Omit<BoardToken, 'selected'>) => tokens.push({ ...t, selected: t.id === selected });
  const contractByOpp = new Map(v.contracts.map((k) => [k.opportunity, k]));
  const orderByContract = new Map(v.orders.map((o) => [o.contract, o]));

  for (const l of v.leads) {
    if (l.grade !== 'primary' && l.grade !== 'credible') continue;
    push({ id: l.id, lane: 'lead', label: text.customer(l.customer), sub: text.week(l.expiresWeek), status: l.expiresWeek - v.week <= 1 ? 'atRisk' : 'normal', customer: l.customer });
  }
  for (const o of v.opportunities) {
    const k = contractByOpp.get(o.id);
    const ord = k ? orderByContract.get(k.id) : undefined;
    let lane: Lane;
    let status: TokenStatus = 'normal';
    let sub = text.week(o.deadlineWeek);
    if (o.status === 'open') {
      lane = 'opportunity';
      if (o.deadlineWeek - v.week <= 1) status = 'atRisk';
    } else if (o.status === 'bidding') {
      lane = 'bid';
      sub = text.money(o.bid!.price);
      if (o.deadlineWeek - v.week <= 0) status = 'atRisk';
    } else if (o.status === 'lost' || o.status === 'noBid' || o.status === 'vetoed') {
      if (v.week - o.deadlineWeek > LINGER_WEEKS) continue;
      lane = o.status === 'vetoed' ? 'contract' : o.status === 'noBid' ? 'opportunity' : 'bid';
      status = 'lost';
    } else if (!ord || ord.status === 'approving' || ord.status === 'awaitingAdvance') {
      lane = 'contract';
      status = 'won';
      sub = text.money(k?.price ?? o.bid?.price ?? 0);
    } else if (ord.status !== 'accepted') {
      lane = 'order';
      sub = text.week(k!.promisedWeek);
      if (v.week > k!.promisedWeek) status = 'overdue';
      else if (v.week >= k!.promisedWeek - 1 && ord.status !== 'acceptance') status = 'atRisk';
    } else {
      continue; // accepted: from here on its invoices carry the story
    }
    push({ id: o.lead, lane, label: text.customer(o.customer), sub, status, customer: o.customer });
  }
  for (const i of v.invoices) {
    if (i.status === 'open' || i.status === 'legal') {
      push({ id: i.id, lane: 'invoice', label: text.customer(i.customer), sub: text.money(i.amount), status: i.dueDay < today ? 'overdue' : i.dueDay - today <= 14 ? 'atRisk' : 'normal', customer: i.customer });
    } else if (i.paidDay !== null && (v.finished || today - i.paidDay <= 7 * LINGER_WEEKS)) {
      // At the end of the game the year's cash stays on the board: the final picture, not an empty road.
      push({ id: i.id, lane: 'cash', label: text.customer(i.customer), sub: text.money(i.amount), status: 'done', customer: i.customer });
    }
  }
  for (const t of v.tickets) {
    if (t.status !== 'open' && (t.resolvedWeek === null || v.week - t.resolvedWeek > LINGER_WEEKS)) continue;
    const status: TokenStatus = t.status === 'resolved' ? 'done' : t.breached ? 'overdue' : t.slaWeek - v.week <= 0 ? 'atRisk' : 'normal';
    push({ id: t.id, lane: 'ticket', label: text.customer(t.customer), sub: text.ticket(t.kind, t.severity), status, customer: t.customer });
  }

  const leadOfOpp = new Map(v.opportunities.map((o) => [o.id, o.lead]));
  const leadOfContract = new Map(v.contracts.map((k) => [k.id, leadOfOpp.get(k.opportunity)]));
  const leadOfOrder = new Map(v.orders.map((o) => [o.id, leadOfContract.get(o.contract)]));
  const effects: BoardEffect[] = [];
  for (const e of recent) {
    const byOpp = typeof e.opportunity === 'string' ? leadOfOpp.get(e.opportunity) : undefined;
    if (e.type === 'bidWon' && byOpp) effects.push({ kind: 'win', token: byOpp });
    if ((e.type === 'bidLost' || e.type === 'bidLate') && byOpp) effects.push({ kind: 'loss', token: byOpp });
    if (e.type === 'contractVetoed' && typeof e.contract === 'string') {
      const lead = leadOfContract.get(e.contract);
      if (lead) effects.push({ kind: 'veto', token: lead });
    }
    if (e.type === 'paymentReceived' && typeof e.invoice === 'string') effects.push({ kind: 'payment', token: e.invoice });
    if (e.type === 'slaBreached' && typeof e.ticket === 'string') effects.push({ kind: 'breach', token: e.ticket });
    if (e.type === 'installed' && typeof e.order === 'string') {
      const lead = leadOfOrder.get(e.order);
      if (lead) effects.push({ kind: 'delivered', token: lead });
    }
  }
  return { week: Math.min(v.week, v.weeks), weeks: v.weeks, laneTitles: text.laneTitles, tokens, effects: effects.filter((x) => tokens.some((t) => t.id === x.token)), customerColours: {} };
}
