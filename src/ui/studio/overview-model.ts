/**
 * What the studio's Overview (issue 11 item 7) draws, computed from a loaded scenario:
 * the weeks with, per customer, the week each lead becomes available; the events and
 * decision cards at their trigger week (or "when <condition>, from week N" as a span);
 * the targets at the finish; and the map of customers → stakeholders and the
 * competitors each lead names. Pure (no DOM), so it is tested without a browser.
 */
import type { Scenario, Text } from '../../scenario/schema.ts';

export interface WhenCondition { metric: string; customer?: string; below?: number; above?: number; fromWeek: number }
export interface FactCondition { fact: string; customer?: string; lead?: string; days?: number; fromWeek: number }
/** A fixed week, a condition watched or a fact of the game looked for from a week to the end. */
export type When = { week: number } | { from: number; condition: WhenCondition } | { from: number; fact: FactCondition };

export interface LeadMark { id: string; week: number; source: string; product: string; junk: boolean; competitors: string[] }
export interface Lane { customer: string; name: Text; leads: LeadMark[] }
export interface ContentMark { id: string; kind: 'event' | 'card'; when: When; text: Text; role?: string; options?: number }
export interface TargetMark { key: string; value: number }
export interface StakeholderNode { id: string; name: Text; role: string; influence: number; stance: number; support: number }
export interface CustomerNode { id: string; name: Text; stakeholders: StakeholderNode[]; leads: string[] }
export interface CompetitorNode {
  id: string; name: Text; strength: number;
  /** The leads naming it, with their customer and product. */
  contests: { lead: string; customer: string; product: string }[];
}

export interface Overview {
  weeks: number;
  lanes: Lane[];
  content: ContentMark[];
  targets: TargetMark[];
  customers: CustomerNode[];
  competitors: CompetitorNode[];
}

/** Support starts at stance × 30 on the −100…+100 scale (see the schema's stance). */
export const SUPPORT_PER_STANCE = 30;

const whenOf = (t: Scenario['events'][number]['trigger']): When =>
  'atWeek' in t ? { week: t.atWeek } : 'when' in t ? { from: t.when.fromWeek, condition: { ...t.when } } : { from: t.on.fromWeek, fact: { ...t.on } };

/** The week a mark is drawn at (its first possible week). */
export const weekOf = (w: When): number => ('week' in w ? w.week : w.from);

export function overview(sc: Scenario): Overview {
  const lanes: Lane[] = sc.customers.map((c) => ({
    customer: c.id,
    name: c.name,
    leads: sc.leads
      .filter((l) => l.customer === c.id)
      .map((l) => ({ id: l.id, week: l.availableFrom, source: l.source, product: l.product, junk: l.junk !== undefined, competitors: [...l.competitors] }))
      .sort((a, b) => a.week - b.week || a.id.localeCompare(b.id)),
  }));
  const content: ContentMark[] = [
    ...sc.events.map((e): ContentMark => ({ id: e.id, kind: 'event', when: whenOf(e.trigger), text: e.news })),
    ...sc.cards.map((c): ContentMark => ({ id: c.id, kind: 'card', when: whenOf(c.trigger), text: c.title, role: c.role, options: c.options.length })),
  ].sort((a, b) => weekOf(a.when) - weekOf(b.when));
  const targets = Object.entries(sc.score.targets).map(([key, value]) => ({ key, value }));
  const customers: CustomerNode[] = sc.customers.map((c) => ({
    id: c.id,
    name: c.name,
    leads: sc.leads.filter((l) => l.customer === c.id).map((l) => l.id),
    stakeholders: c.stakeholders.map((s) => ({ id: s.id, name: s.name, role: s.role, influence: s.influence, stance: s.stance, support: s.stance * SUPPORT_PER_STANCE })),
  }));
  const competitors: CompetitorNode[] = sc.competitors.map((k) => ({
    id: k.id,
    name: k.name,
    strength: k.strength,
    contests: sc.leads.filter((l) => l.competitors.includes(k.id)).map((l) => ({ lead: l.id, customer: l.customer, product: l.product })),
  }));
  return { weeks: sc.weeks, lanes, content, targets, customers, competitors };
}

/** Lays marks of one row out in tiers so that labels in the same weeks do not overlap. */
export function tiers<T>(items: readonly T[], start: (t: T) => number, span: (t: T) => number): { item: T; tier: number }[] {
  const ends: number[] = [];
  return items.map((item) => {
    const s = start(item);
    let tier = ends.findIndex((end) => end <= s);
    if (tier < 0) tier = ends.push(0) - 1;
    ends[tier] = s + span(item);
    return { item, tier };
  });
}
