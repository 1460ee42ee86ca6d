/**
 * Issue 11 item 7: what the studio's Overview draws, from the scenario itself — leads at
 * the week they become available, per customer; events and cards at their week or as
 * "when <condition> from week N"; the targets; customers → stakeholders (role, power,
 * starting support) and the leads each competitor contests.
 */
import { describe, expect, it } from 'vitest';
import { overview, tiers, weekOf, SUPPORT_PER_STANCE } from '../../../src/ui/studio/overview-model.ts';
import { bundled } from '../../helpers.ts';
import { join } from 'node:path';
import { loadScenarioFile } from '../../../src/cli/scenario-files.ts';

describe('overview model', () => {
  const { scenario: sc } = bundled('flagship');
  const o = overview(sc);

  it('puts every lead on its customer lane at its first week, in week order', () => {
    expect(o.weeks).toBe(sc.weeks);
    expect(o.lanes.map((l) => l.customer)).toEqual(sc.customers.map((c) => c.id));
    expect(o.lanes.flatMap((l) => l.leads).length).toBe(sc.leads.length);
    for (const lane of o.lanes) {
      const weeks = lane.leads.map((l) => l.week);
      expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
      for (const l of lane.leads) {
        const lead = sc.leads.find((x) => x.id === l.id)!;
        expect([lead.customer, lead.availableFrom, lead.junk !== undefined]).toEqual([lane.customer, l.week, l.junk]);
      }
    }
  });

  it('places events and cards at their week, or from the week their condition is watched', () => {
    expect(o.content.filter((m) => m.kind === 'event').length).toBe(sc.events.length);
    expect(o.content.filter((m) => m.kind === 'card').length).toBe(sc.cards.length);
    const cond = o.content.find((m) => 'condition' in m.when && m.when.condition.metric === 'bidsWon')!;
    expect(cond.when).toEqual({ from: 6, condition: { metric: 'bidsWon', above: 3, fromWeek: 6 } });
    for (const e of sc.events) {
      const m = o.content.find((x) => x.id === e.id && x.kind === 'event')!;
      expect(weekOf(m.when)).toBe('atWeek' in e.trigger ? e.trigger.atWeek : 'when' in e.trigger ? e.trigger.when.fromWeek : e.trigger.on.fromWeek);
    }
    const card = o.content.find((m) => m.kind === 'card')!;
    expect(card.options).toBe(sc.cards.find((c) => c.id === card.id)!.options.length);
    const ws = o.content.map((m) => weekOf(m.when));
    expect(ws).toEqual([...ws].sort((a, b) => a - b));
  });

  it('lists every target with its value', () => {
    expect(Object.fromEntries(o.targets.map((t) => [t.key, t.value]))).toEqual(sc.score.targets);
  });

  it('maps customers to their people (role, power, starting support) and competitors to the leads they contest', () => {
    const c = sc.customers[0]!;
    const node = o.customers[0]!;
    expect(node.stakeholders.map((s) => [s.id, s.role, s.influence, s.support])).toEqual(c.stakeholders.map((s) => [s.id, s.role, s.influence, s.stance * SUPPORT_PER_STANCE]));
    expect(node.leads).toEqual(sc.leads.filter((l) => l.customer === c.id).map((l) => l.id));
    for (const k of o.competitors) {
      expect(k.contests.map((x) => x.lead)).toEqual(sc.leads.filter((l) => l.competitors.includes(k.id)).map((l) => l.id));
    }
    expect(o.competitors.find((k) => k.id === 'dessen')!.contests).toContainEqual({ lead: 'yd-cracker', customer: 'yudong', product: 'valve' });
  });

  it('lays overlapping labels out in separate tiers, and reuses a tier once it is free', () => {
    const laid = tiers([{ w: 1 }, { w: 2 }, { w: 5 }, { w: 6 }], (x) => x.w, () => 3);
    expect(laid.map((t) => t.tier)).toEqual([0, 1, 0, 1]);
    for (const kind of ['event', 'card'] as const) {
      const items = o.content.filter((m) => m.kind === kind);
      const laidOut = tiers(items, (m) => weekOf(m.when), () => 2);
      for (const a of laidOut) {
        for (const b of laidOut) {
          if (a !== b && a.tier === b.tier) expect(Math.abs(weekOf(a.item.when) - weekOf(b.item.when))).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('a fact trigger (format 2) is drawn from the week the fact is looked for, with the fact', () => {
    const r = loadScenarioFile(join(import.meta.dirname, '../../fixtures/effects-v2.yaml'));
    if (!r.ok) throw new Error('fixture does not load');
    const v2 = overview(r.scenario);
    const facts = v2.content.filter((m) => 'fact' in m.when).map((m) => ('fact' in m.when ? [m.when.fact.fact, m.when.from, m.when.fact.customer ?? null, m.when.fact.days ?? null] : null));
    expect(facts).toContainEqual(['dealWon', 1, 'qingjiang', null]);
    expect(facts).toContainEqual(['invoiceOverdue', 1, null, 14]);
    expect(v2.lanes.flatMap((l) => l.leads).length).toBe(r.scenario.leads.length);
  });
});
