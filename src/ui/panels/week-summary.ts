/**
 * The end-of-week summary (loaded lazily, on the first week's end): over the board, not
 * modal — the action panel, the pipeline and "End week" stay usable. It takes focus when it
 * appears (unless a decision card has it); Esc or "Continue" closes it and gives focus back
 * to the action panel. Attention lines select their item.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Tx } from '../text.ts';
import { SelectIntent } from '../intents.ts';
import { BETTER, type Attention, type WeekSummary } from '../week-summary-model.ts';

export { summariseWeek } from '../week-summary-model.ts';

/** Asks the app to close the summary. */
export class CloseSummaryIntent extends Event {
  static readonly type = 'it-close-summary';
  constructor() {
    super(CloseSummaryIntent.type, { bubbles: true, composed: true });
  }
}

@customElement('it-week-summary')
export class WeekSummaryPanel extends LitElement {
  @property({ attribute: false }) summary!: WeekSummary;
  @property({ attribute: false }) tx!: Tx;
  private shownWeek = -1;
  protected override createRenderRoot() {
    return this;
  }

  protected override updated(): void {
    if (this.shownWeek === this.summary.week) return;
    this.shownWeek = this.summary.week;
    // A decision card is modal and answers first; the summary waits its turn for focus.
    requestAnimationFrame(() => {
      // The first-week guide leads the keyboard while it runs.
      if (!document.querySelector('.card-dialog, .guide-card')) this.querySelector<HTMLElement>('.summary-close')?.focus();
    });
  }

  private close(): void {
    this.dispatchEvent(new CloseSummaryIntent());
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.side .end-turn')?.focus());
  }


  private attentionText(a: Attention): string {
    const tx = this.tx;
    const ref = tx.names.ref?.(a.ref) ?? a.ref;
    const cust = tx.names.customerOf?.(a.ref);
    const what = cust ? [tx.names.customer(cust), ref].join(tx.ui('fmt.sep')) : ref;
    switch (a.kind) {
      case 'deadline': return tx.ui('summary.deadline', { deal: what, week: a.week });
      case 'overdue': return tx.ui('summary.overdue', { invoice: what, days: tx.days(a.days) });
      case 'sla': return tx.ui('summary.sla', { ticket: what, week: a.week });
      default: return tx.ui('summary.awaitingAdvance', { order: what });
    }
  }

  override render() {
    const { summary: s, tx } = this;
    const id = `week-summary-title-${s.week}`;
    return html`<section class="week-summary" role="dialog" aria-labelledby=${id} data-testid="week-summary"
      @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); this.close(); } }}>
      <h2 id=${id}>${tx.ui('summary.title', { week: s.week })}</h2>
      <div class="summary-cols">
        <div class="summary-happened">
          <h3>${tx.ui('summary.happened')}</h3>
          ${s.happened.length === 0 ? html`<p class="muted">${tx.ui('summary.quiet')}</p>` : nothing}
          ${s.happened.map((g) => html`<h4>${tx.ui(`summary.cat.${g.category}`)}</h4>
            <ul data-category=${g.category}>${g.items.map((f) => html`<li class=${f.event.type}>${tx.event(f.event)}</li>`)}</ul>`)}
          ${s.others > 0 ? html`<p class="muted">${tx.ui('summary.more', { n: s.others })}</p>` : nothing}
        </div>
        <div class="summary-side">
          <h3>${tx.ui('summary.changed')}</h3>
          ${s.changes.length === 0
            ? html`<p class="muted">${tx.ui('summary.noChange')}</p>`
            : html`<dl class="summary-changes">${s.changes.map((c) => {
                const good = c.from !== null && c.to !== null ? Math.sign(c.to - c.from) * BETTER[c.key] : 0;
                return html`<div data-kpi=${c.key}><dt>${c.key === 'cash' ? tx.ui('ui.play.cash') : c.key === 'score' ? tx.ui('ui.end.score') : tx.kpi(c.key)}</dt>
                  <dd class=${good > 0 ? 'good' : good < 0 ? 'bad' : ''}>${tx.ui('summary.change', { from: this.tx.kpiValue(c.key, c.from), to: this.tx.kpiValue(c.key, c.to) })}</dd></div>`;
              })}</dl>`}
          <h3>${tx.ui('summary.attention', { week: s.next })}</h3>
          ${s.attention.length === 0
            ? html`<p class="muted">${tx.ui('summary.nothingDue')}</p>`
            : html`<ul class="summary-attention">${s.attention.map((a) => html`<li><button class="link" data-token=${a.token} data-attention=${a.kind}
                @click=${() => { this.dispatchEvent(new SelectIntent(a.token)); this.close(); }}>${this.attentionText(a)}</button></li>`)}</ul>`}
        </div>
      </div>
      <div class="summary-buttons"><button class="primary summary-close" @click=${() => this.close()}>${tx.ui('summary.close')}</button></div>
    </section>`;
  }
}
