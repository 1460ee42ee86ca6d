/**
 * Scripted scenario content: events and decision cards the instructor wrote as data.
 * A trigger is a week or a condition on the world; an effect is one of a closed list
 * of kinds (schema.ts). Nothing in a scenario file is ever executed as code.
 */
import type { ActionDef } from './types.ts';
import { reject } from './types.ts';
import { changeSatisfaction, clamp, emit, leadsFrom, weekStartDay, type Ctx } from '../context.ts';
import type { Effect, Scenario, Trigger } from '../../scenario/schema.ts';
import type { CheckCtx } from './types.ts';
import { addSupport, spawnLead, surfaceLead } from './leads.ts';
import { changeRating, changeTerms } from './contracts.ts';
import { spawnTicket } from './service.ts';

type FactTrigger = Extract<Trigger, { on: unknown }>['on'];

/**
 * Has a fact of the game happened? Read from the state as it stands at the start of the
 * week, so whatever the last week decided (bids, payments, SLAs) is seen, in every
 * replay the same: statuses and flags persist, so nothing needs remembering besides.
 * A won deal stays won when its contract is then signed or vetoed.
 */
function factHolds(c: CheckCtx, f: FactTrigger): boolean {
  const { s } = c;
  const about = (customer: string) => f.customer === undefined || customer === f.customer;
  switch (f.fact) {
    case 'dealWon':
    case 'dealLost': {
      const wanted = f.fact === 'dealWon' ? ['won', 'signed', 'vetoed'] : ['lost'];
      for (const id in s.opportunities) {
        const o = s.opportunities[id]!;
        if (wanted.includes(o.status) && about(o.customer) && (f.lead === undefined || o.lead === f.lead)) return true;
      }
      return false;
    }
    case 'invoiceOverdue': {
      const latestDue = weekStartDay(s.week) - (f.days ?? 1);
      for (const id in s.invoices) {
        const i = s.invoices[id]!;
        if (i.status === 'open' && i.dueDay <= latestDue && about(i.customer)) return true;
      }
      return false;
    }
    case 'ticketPastSla':
      for (const id in s.tickets) {
        const t = s.tickets[id]!;
        if (t.breached && about(t.customer)) return true;
      }
      return false;
  }
}

function triggerHolds(c: CheckCtx, t: Trigger): boolean {
  const { s } = c;
  if ('atWeek' in t) return s.week === t.atWeek;
  if ('on' in t) return s.week >= t.on.fromWeek && factHolds(c, t.on);
  const w = t.when;
  if (s.week < w.fromWeek) return false;
  let value: number;
  switch (w.metric) {
    case 'cash': value = s.cash; break;
    case 'bidsWon': value = s.stats.bidsWon; break;
    case 'customerSatisfaction': value = s.customers[w.customer!]!.satisfaction; break;
    case 'openComplaints':
      value = Object.values(s.tickets).filter((x) => x.kind === 'complaint' && x.status === 'open' && (!w.customer || x.customer === w.customer)).length;
      break;
  }
  return (w.below === undefined || value < w.below) && (w.above === undefined || value > w.above);
}

export function applyEffect(ctx: Ctx, e: Effect): void {
  const { s } = ctx;
  switch (e.kind) {
    case 'competitorPriceCut':
      s.competitorPriceBp[e.competitor] = Math.max(5000, s.competitorPriceBp[e.competitor]! - e.bp);
      return;
    case 'budgetCut':
      s.budgetCutBp[e.lead] = Math.min(9000, (s.budgetCutBp[e.lead] ?? 0) + e.bp);
      return;
    case 'stakeholderLeaves': {
      const st = s.customers[e.customer]!.stakeholders[e.stakeholder]!;
      st.present = false;
      return;
    }
    case 'qualityIncident':
      s.defectRateBp[e.product] = Math.min(10000, s.defectRateBp[e.product]! + e.defectRateBp);
      return;
    case 'downturn':
      for (const c of Object.values(s.customers)) c.cashPosition = clamp(c.cashPosition + e.cashPosition, 0, 100);
      return;
    case 'satisfaction':
      changeSatisfaction(ctx, e.customer, e.delta, 'scripted');
      return;
    case 'support':
      addSupport(ctx, e.customer, e.stakeholder, e.delta);
      return;
    case 'cash':
      s.cash += e.amount;
      s.ledger.scripted += e.amount;
      return;
    case 'capacity':
      s.capacityDelta += e.delta;
      return;
    case 'roleDays': {
      // Effects applied at the end of a week (a defaulted card) start with the next week.
      const from = ctx.endOfWeek ? s.week + 1 : s.week;
      s.roleDayChanges.push({ role: e.role, delta: e.delta, untilWeek: from + e.weeks - 1 });
      return;
    }
    case 'paymentTerms':
      changeTerms(ctx, e);
      return;
    case 'creditRating':
      changeRating(ctx, e);
      return;
    case 'spawnLead':
      spawnLead(ctx, e.lead);
      return;
    case 'spawnTicket':
      spawnTicket(ctx, e.customer, e.ticket, e.severity as 1 | 2 | 3, e.product);
      return;
  }
}

/** An event happens (its trigger held, or the facilitator injected it): once, with all its effects. */
export function fireEvent(ctx: Ctx, ev: Scenario['events'][number]): void {
  ctx.s.firedEvents.push(ev.id);
  for (const e of ev.effects) applyEffect(ctx, e);
}

/** At the start of each week: inbound leads arrive, events whose trigger holds fire, cards whose trigger holds are dealt. */
export function runScript(ctx: Ctx): void {
  const { s, sc } = ctx;
  // Inbound leads: the customer calls in; nobody had to market for these.
  for (const l of leadsFrom(ctx.ix, 'inbound')) if (l.availableFrom === s.week && !s.leads[l.id] && !s.customers[l.customer]!.blacklisted) surfaceLead(ctx, l, l.id, false);
  for (const ev of sc.events) {
    if (s.firedEvents.includes(ev.id) || !triggerHolds(ctx, ev.trigger)) continue;
    fireEvent(ctx, ev);
    emit(ctx, 'scriptedEvent', { event: ev.id });
  }
  for (const card of sc.cards) {
    if (s.cards[card.id] || !triggerHolds(ctx, card.trigger)) continue;
    s.cards[card.id] = { status: 'pending', option: null, week: s.week };
    emit(ctx, 'cardDealt', { card: card.id, role: card.role });
  }
}

/** At the end of the week, a card nobody answered takes its first option. */
export function defaultPendingCards(ctx: Ctx): void {
  ctx.endOfWeek = true;
  for (const card of ctx.sc.cards) {
    const live = ctx.s.cards[card.id];
    if (live?.status !== 'pending') continue;
    resolveCard(ctx, card.id, card.options[0]!.id, true);
  }
  ctx.endOfWeek = false;
}

function resolveCard(ctx: Ctx, cardId: string, optionId: string, defaulted: boolean): void {
  const card = ctx.sc.cards.find((c) => c.id === cardId)!;
  const option = card.options.find((o) => o.id === optionId)!;
  ctx.s.cards[cardId] = { status: 'done', option: optionId, week: ctx.s.cards[cardId]!.week };
  for (const e of option.effects) applyEffect(ctx, e);
  emit(ctx, 'cardResolved', { card: cardId, option: optionId, defaulted });
}

export const chooseCard: ActionDef<'chooseCard'> = {
  kind: 'chooseCard',
  category: 'internal',
  cost: () => ({}),
  check: ({ s, sc }, a) => {
    const card = sc.cards.find((c) => c.id === a.card);
    if (!card) return reject('unknownCard', { card: a.card });
    if (s.cards[a.card]?.status !== 'pending') return reject('cardNotPending', { card: a.card });
    if (card.role !== a.role) return reject('cardForOtherRole', { card: a.card, role: card.role });
    if (!card.options.some((o) => o.id === a.option)) return reject('unknownOption', { option: a.option });
    return null;
  },
  perform: (ctx, a) => resolveCard(ctx, a.card, a.option, false),
};
