/** The KPI bar: the numbers the team is judged on, updated after every action. */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Kpis } from '../../engine/index.ts';
import { NOT_MEASURED, type Tx } from '../text.ts';

@customElement('it-kpi-bar')
export class KpiBar extends LitElement {
  @property({ attribute: false }) kpis!: Kpis;
  @property({ attribute: false }) tx!: Tx;
  @property({ type: Number }) cash = 0;
  @property({ type: Number }) score = 0;
  /** The score's breakdown in one line (src/ui/score.ts `scoreLine`), shown as its tooltip. */
  @property({ attribute: false }) scoreTitle = '';
  protected override createRenderRoot() {
    return this;
  }
  override render() {
    const { kpis: k, tx } = this;
    const item = (key: string, value: string, title?: string) =>
      html`<div class="kpi" data-kpi=${key} title=${value === NOT_MEASURED ? tx.ui('kpi.notMeasured') : (title ?? '')}><span class="kpi-label">${tx.kpi(key)}</span><span class="kpi-value">${value}</span></div>`;
    return html`<div class="kpi-bar" role="status" aria-live="polite">
      ${item('winRate', tx.pct(k.winRate), `${k.bidsWon}/${k.bidsDecided}`)}
      ${item('revenue', tx.money(k.revenue))}
      ${item('grossMarginPct', tx.pct(k.grossMarginPct))}
      ${item('collectedPct', tx.pct(k.collectedPct), `${tx.money(k.collected)} / ${tx.money(k.invoiced)}`)}
      ${item('collectionCycleDays', tx.days(k.collectionCycleDays))}
      ${item('csat', tx.level(k.csat))}
      ${item('complaintRate', tx.pct(k.complaintRate))}
      ${item('docCycleDays', tx.days(k.docCycleDays))}
      ${item('cash', tx.money(this.cash))}
      ${item('score', String(this.score), this.scoreTitle)}
    </div>`;
  }
}
