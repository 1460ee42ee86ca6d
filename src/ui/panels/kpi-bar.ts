/**
 * The KPI bar: the numbers the team is judged on, updated after every action, each with
 * the scenario's target (where it sets one) and its change since the week began, coloured
 * by whether the change is good for the team.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Kpis } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { WeekSnapshot } from '../session.ts';
import { NOT_MEASURED, type Tx } from '../text.ts';
import '../onboarding/term.ts';

type Key = 'winRate' | 'revenue' | 'grossMarginPct' | 'collectedPct' | 'collectionCycleDays' | 'csat' | 'complaintRate' | 'docCycleDays' | 'cash' | 'score';
/** +1: more is better; −1: less is better. */
const BETTER: Record<Key, 1 | -1> = {
  winRate: 1, revenue: 1, grossMarginPct: 1, collectedPct: 1, collectionCycleDays: -1, csat: 1, complaintRate: -1, docCycleDays: -1, cash: 1, score: 1,
};

@customElement('it-kpi-bar')
export class KpiBar extends LitElement {
  @property({ attribute: false }) kpis!: Kpis;
  @property({ attribute: false }) tx!: Tx;
  @property({ type: Number }) cash = 0;
  @property({ type: Number }) score = 0;
  /** The score's breakdown in one line (src/ui/score.ts `scoreLine`), shown as its tooltip. */
  @property({ attribute: false }) scoreTitle = '';
  /** The scenario's targets (score.targets), shown under each number that has one. */
  @property({ attribute: false }) targets: Scenario['score']['targets'] | null = null;
  /** The numbers as this week began: each number shows its change since then. */
  @property({ attribute: false }) previous: WeekSnapshot | null = null;
  protected override createRenderRoot() {
    return this;
  }

  private value(key: Key, k: Kpis, cash: number, score: number): number | null {
    return key === 'cash' ? cash : key === 'score' ? score : k[key];
  }


  private target(key: Key): string | null {
    const t = this.targets;
    if (!t) return null;
    switch (key) {
      case 'winRate': return this.tx.pct(t.winRateBp / 10000);
      case 'revenue': return this.tx.money(t.revenue);
      case 'grossMarginPct': return this.tx.pct(t.grossMarginBp / 10000);
      case 'collectionCycleDays': return this.tx.days(t.collectionCycleDays);
      case 'csat': return String(t.csat);
      case 'complaintRate': return this.tx.pct(t.complaintRateBp / 10000);
      case 'docCycleDays': return this.tx.days(t.docCycleHalfDays / 2);
      case 'score': return '1000';
      default: return null;
    }
  }

  /** "▲ 3.2 pts" / "▼ ¥40,000": the change since the week began, or nothing when there is none. */
  private change(key: Key) {
    const p = this.previous;
    if (!p) return nothing;
    const before = this.value(key, p.kpis, p.cash, p.score);
    const now = this.value(key, this.kpis, this.cash, this.score);
    if (before === null || now === null) return nothing;
    const d = now - before;
    if (Math.abs(d) < 1e-9) return nothing;
    const tx = this.tx;
    const amount =
      key === 'revenue' || key === 'cash' ? tx.money(Math.abs(d))
      : key === 'collectionCycleDays' || key === 'docCycleDays' ? tx.days(Math.round(Math.abs(d) * 10) / 10)
      : key === 'csat' || key === 'score' ? String(Math.round(Math.abs(d) * 10) / 10)
      : tx.ui('kpi.points', { n: (Math.abs(d) * 100).toFixed(1) });
    const good = d * BETTER[key] > 0;
    return html`<span class="kpi-change ${good ? 'good' : 'bad'}" title=${tx.ui('kpi.changeTitle')}>${d > 0 ? '▲' : '▼'} ${amount}</span>`;
  }

  override render() {
    const { kpis: k, tx } = this;
    // Cash below zero is the bank overdraft (src/engine/rules/cash.ts): said in words, not only by the sign.
    const overdrawn = this.cash < 0;
    const item = (key: Key, title?: string) => {
      const value = this.tx.kpiValue(key, this.value(key, k, this.cash, this.score));
      const target = this.target(key);
      const od = key === 'cash' && overdrawn;
      return html`<div class="kpi ${od ? 'overdrawn' : ''}" data-kpi=${key} title=${value === NOT_MEASURED ? tx.ui('kpi.notMeasured') : od ? tx.ui('kpi.overdrawnTitle') : (title ?? '')}>
        <span class="kpi-label"><it-term term="kpi.${key}" label=${tx.kpi(key)} .tx=${tx}></it-term></span><span class="kpi-value">${value}</span>
        <span class="kpi-meta">${od ? html`<span class="kpi-overdraft">${tx.ui('kpi.overdrawn')}</span> ` : nothing}${target !== null ? html`<span class="kpi-target">${tx.ui('kpi.target', { value: target })}</span>` : nothing}${this.change(key)}</span>
      </div>`;
    };
    return html`<div class="kpi-bar" role="status" aria-live="polite">
      ${item('winRate', `${k.bidsWon}/${k.bidsDecided}`)}
      ${item('revenue')}
      ${item('grossMarginPct')}
      ${item('collectedPct', `${tx.money(k.collected)} / ${tx.money(k.invoiced)}`)}
      ${item('collectionCycleDays')}
      ${item('csat')}
      ${item('complaintRate')}
      ${item('docCycleDays')}
      ${item('cash')}
      ${item('score', this.scoreTitle)}
    </div>`;
  }
}
