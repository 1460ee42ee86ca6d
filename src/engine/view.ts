/**
 * What a player — or a bot — may see. The state holds the truth (a lead's real budget,
 * whether it is junk, a customer's payment habits and unspoken pains); the view holds
 * only what the team has learned. Bots are handed a view, never the state, so a bot
 * cannot win by peeking; the UI draws from the same view.
 */
import type { Scenario, StakeholderRoleName } from '../scenario/schema.ts';
import type { Contract, GameState, Invoice, LeadGrade, Opportunity, Order, Role, Terms, Ticket } from './state.ts';
import { daysLeft } from './apply.ts';
import { indexScenario } from './context.ts';
import { budgetOf } from './rules/position.ts';
import { queuedUnits, exposureOf } from './rules/contracts.ts';

export interface LeadView {
  id: string; customer: string; product: string; quantity: number; grade: LeadGrade; surfacedWeek: number; expiresWeek: number; repeat: boolean;
}
export interface OpportunityView extends Omit<Opportunity, 'winChanceBp'> {
  /** Known only once discovery confirmed it. */
  budget: number | null;
  startWeek: number | null;
  winChanceBp: number | null;
}
export interface StakeholderView { id: string; role: StakeholderRoleName; influence: number; support: number; present: boolean; lastVisitWeek: number | null }
export interface CustomerView {
  id: string;
  satisfaction: number;
  blacklisted: boolean;
  creditChecked: boolean;
  /** Revealed by a credit check. */
  credit: { rating: 'A' | 'B' | 'C' | 'D'; pledgeRatioBp: number; sizeYuan: number; insurable: boolean } | null;
  stakeholders: StakeholderView[];
  painsKnown: { id: string; product: string; technical: boolean }[];
  /** How many pains of each product line the customer has: unknown until found, so not shown. */
  lateDeliveries: number;
  exposure: number;
  /** ITR history visible to sales before the next deal. */
  openTickets: number;
  complaintsEver: number;
}
export interface PlayerView {
  role: Role;
  week: number;
  weeks: number;
  finished: boolean;
  cash: number;
  daysLeft: Record<Role, number>;
  company: Scenario['company'];
  capacityPerWeek: number;
  queuedUnits: number;
  partsInventory: number;
  partsOnOrder: number;
  products: { id: string; listPrice: number; unitCost: number; leadTimeWeeks: number; installDays: number; defectRateBp: number }[];
  competitors: { id: string; priceIndexBp: number; aggressive: boolean }[];
  customers: CustomerView[];
  leads: LeadView[];
  opportunities: OpportunityView[];
  contracts: Contract[];
  orders: Order[];
  invoices: Invoice[];
  tickets: Ticket[];
  pendingCards: { id: string; options: string[] }[];
  defaultTerms: Terms;
}

export function playerView(sc: Scenario, s: GameState, role: Role): PlayerView {
  const ix = indexScenario(sc);
  const c = { s, sc, ix };
  const tickets = Object.values(s.tickets);
  return {
    role,
    week: s.week,
    weeks: sc.weeks,
    finished: s.finished,
    cash: s.cash,
    daysLeft: { AR: daysLeft(sc, s, 'AR'), SR: daysLeft(sc, s, 'SR'), FR: daysLeft(sc, s, 'FR') },
    company: sc.company,
    capacityPerWeek: Math.max(0, sc.company.capacityUnitsPerWeek + s.capacityDelta),
    queuedUnits: queuedUnits(c),
    partsInventory: s.partsInventory,
    partsOnOrder: s.partsOnOrder.reduce((n, p) => n + p.qty, 0),
    products: sc.products.map((p) => ({ id: p.id, listPrice: p.listPrice, unitCost: p.unitCost, leadTimeWeeks: p.leadTimeWeeks, installDays: p.installDays, defectRateBp: s.defectRateBp[p.id]! })),
    competitors: sc.competitors.map((x) => ({ id: x.id, priceIndexBp: s.competitorPriceBp[x.id]!, aggressive: x.aggressive })),
    customers: sc.customers.map((cust) => {
      const live = s.customers[cust.id]!;
      return {
        id: cust.id,
        satisfaction: live.satisfaction,
        blacklisted: live.blacklisted,
        creditChecked: live.creditChecked,
        credit: live.creditChecked ? { rating: cust.rating, pledgeRatioBp: cust.pledgeRatioBp, sizeYuan: cust.sizeYuan, insurable: cust.insurable } : null,
        stakeholders: cust.stakeholders.map((st) => ({ id: st.id, role: st.role, influence: st.influence, ...live.stakeholders[st.id]! })),
        painsKnown: cust.pains.filter((p) => live.painsRevealed.includes(p.id)).map((p) => ({ id: p.id, product: p.product, technical: p.technical })),
        lateDeliveries: live.lateDeliveries,
        exposure: exposureOf(c, cust.id),
        openTickets: tickets.filter((t) => t.customer === cust.id && t.status === 'open').length,
        complaintsEver: tickets.filter((t) => t.customer === cust.id && t.kind === 'complaint').length,
      };
    }),
    leads: Object.values(s.leads).map((l) => ({
      id: l.id, customer: l.customer, product: l.product, quantity: l.quantity, grade: l.grade, surfacedWeek: l.surfacedWeek, expiresWeek: l.expiresWeek, repeat: l.repeat,
    })),
    opportunities: Object.values(s.opportunities).map((o) => ({
      ...o,
      budget: o.budgetKnown ? budgetOf(c, o) : null,
      startWeek: o.startKnown ? s.leads[o.lead]!.startWeek : null,
    })),
    contracts: Object.values(s.contracts),
    orders: Object.values(s.orders),
    invoices: Object.values(s.invoices),
    tickets,
    pendingCards: sc.cards.filter((card) => card.role === role && s.cards[card.id]?.status === 'pending').map((card) => ({ id: card.id, options: card.options.map((o) => o.id) })),
    defaultTerms: { advanceBp: 0, deliveryBp: 7000, acceptanceBp: 3000, retentionBp: 0, netDays: 30 },
  };
}
