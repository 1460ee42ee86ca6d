/**
 * Why a customer feels as it does: its satisfaction's net change by cause (on-time
 * delivery, solution fit, relationship, late delivery, a breached SLA…), drawn as
 * horizontal bars diverging from zero — gains to the right in green, losses to the left
 * in red — each labelled with the reason in words and the signed number. The words are
 * HTML (they wrap in any width); only the bars are SVG, hidden from screen readers
 * because the row's text already says everything.
 */
import { LitElement, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CustomerView } from '../../engine/index.ts';
import type { Tx } from '../text.ts';
import { driverBar, driverRows } from '../satisfaction.ts';

@customElement('it-satisfaction-drivers')
export class SatisfactionDrivers extends LitElement {
  @property({ attribute: false }) customer: CustomerView | null = null;
  @property({ attribute: false }) tx!: Tx;
  protected override createRenderRoot() {
    return this;
  }

  override render() {
    const c = this.customer;
    if (!c) return nothing;
    const tx = this.tx;
    const rows = driverRows(c.satisfactionDrivers ?? {});
    const net = rows.reduce((s, r) => s + r.delta, 0);
    // Each driver is the change it actually made (after the 0–100 limits), so they add up.
    const summary = tx.ui('ui.detail.driversSummary', { now: c.satisfaction, start: c.satisfaction - net, change: tx.signed(net) });
    if (rows.length === 0) return html`<p class="muted drivers-none">${tx.ui('ui.detail.driversNone')}</p>`;
    const largest = Math.max(...rows.map((r) => Math.abs(r.delta)));
    return html`<figure class="drivers" data-testid="satisfaction-drivers">
      <figcaption class="muted">${summary}</figcaption>
      <ul>
        ${rows.map((r) => {
          const bar = driverBar(r.delta, largest);
          const reason = tx.satisfactionReason(r.why);
          return html`<li class=${r.delta > 0 ? 'up' : 'down'} data-why=${r.why} data-delta=${r.delta}>
            <span class="reason">${reason}</span>
            <svg viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
              ${svg`<rect class="bar" x=${bar.x} y="1" width=${Math.max(bar.width, 0.8)} height="10" rx="1"></rect>
                <line class="zero" x1="50" y1="0" x2="50" y2="12"></line>`}
            </svg>
            <span class="delta">${tx.signed(r.delta)}</span>
          </li>`;
        })}
      </ul>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-satisfaction-drivers': SatisfactionDrivers;
  }
}
