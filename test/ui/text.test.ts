/**
 * The UI's words for game things: with the game state, labels say what a lead is and
 * whose an order or invoice is, in both languages — never a bare scenario id.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers.ts';
import { botsFor, playGame } from '../../src/bots/index.ts';
import { NOT_MEASURED, Tx } from '../../src/ui/text.ts';
import { computeKpis, createGame } from '../../src/engine/index.ts';

const { scenario } = bundled('flagship');

describe('UI text with the game state', () => {
  const { state } = playGame(scenario, 'text-1', botsFor('iron-triangle')!);
  const lead = Object.values(state.leads)[0]!;

  it('a lead button names the product, quantity and customer instead of the lead id', () => {
    for (const lang of ['zh', 'en'] as const) {
      const tx = new Tx(lang, scenario, () => state);
      const label = tx.action({ kind: 'qualifyLead', role: 'AR', lead: lead.id });
      expect(label).not.toContain(lead.id);
      expect(label).toContain(String(lead.quantity));
      expect(label).toContain(tx.names.product(lead.product));
      expect(label).toContain(tx.names.customer(lead.customer));
    }
  });

  it('a visit button names the stakeholder with their role in the decision chain', () => {
    const opp = Object.values(state.opportunities)[0]!;
    const cust = scenario.customers.find((c) => c.id === opp.customer)!;
    const st = cust.stakeholders[0]!;
    const en = new Tx('en', scenario, () => state).action({ kind: 'visit', role: 'AR', opportunity: opp.id, stakeholder: st.id, with: [] });
    expect(en).toContain(st.name.en);
    expect(en).toContain(new Tx('en', scenario).stakeholderRole(st.role));
  });

  it('scripted news reads as the scenario’s sentence in each language', () => {
    const ev = scenario.events[0]!;
    for (const lang of ['zh', 'en'] as const) {
      const line = new Tx(lang, scenario, () => state).event({ type: 'scriptedEvent', week: 8, event: ev.id });
      expect(line).toContain(ev.news[lang]);
      expect(line).not.toContain(ev.id);
    }
  });

  it('without a state, labels still fall back to what the scenario knows', () => {
    const tx = new Tx('en', scenario);
    const l = scenario.leads[0]!;
    expect(tx.action({ kind: 'qualifyLead', role: 'AR', lead: l.id })).toContain(tx.names.customer(l.customer));
  });
});

describe('KPIs with nothing measured', () => {
  it('show a dash, never 0% or 100%, and measured values as numbers', () => {
    const k = computeKpis(scenario, createGame(scenario, 'text-empty'));
    for (const lang of ['zh', 'en'] as const) {
      const tx = new Tx(lang, scenario);
      expect(tx.pct(k.winRate)).toBe(NOT_MEASURED);
      expect(tx.pct(k.complaintRate)).toBe(NOT_MEASURED);
      expect(tx.days(k.collectionCycleDays)).toBe(NOT_MEASURED);
      expect(tx.level(k.csat)).toBe(NOT_MEASURED);
      expect(tx.pct(0)).not.toBe(NOT_MEASURED);
      expect(tx.pct(0)).toContain('0');
      expect(tx.days(0)).not.toBe(NOT_MEASURED);
      expect(tx.level(72.4)).toBe('72');
      expect(tx.ui('kpi.notMeasured' as never)).not.toBe('kpi.notMeasured');
    }
  });
});

