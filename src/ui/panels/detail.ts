/**
 * The selected item in full: the deal's stage and numbers, its customer's power map and
 * issue history (sales sees the service record before the next deal — the ITR loop).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameEvent, PlayerView } from '../../engine/index.ts';
import type { FeedItem } from '../session.ts';
import type { Focus } from '../focus.ts';
import type { Tx } from '../text.ts';
import './power-map.ts';
import './satisfaction-drivers.ts';
import '../onboarding/term.ts';

/** Row headings that are domain words get their glossary tooltip (src/ui/onboarding/term.ts). */
const TERMS: Record<string, string> = {
  'ui.detail.credit': 'creditCheck', 'ui.detail.satisfaction': 'kpi.csat', 'ui.detail.lead': 'leadGrade', 'ui.detail.stage': 'lanes',
  'ui.detail.deadline': 'deadline', 'ui.detail.budget': 'budget', 'ui.detail.fit': 'solutionFit', 'ui.detail.feasibility': 'feasibility',
  'ui.detail.terms': 'terms', 'ui.detail.tenderTerms': 'terms', 'ui.detail.invoice': 'invoice', 'ui.detail.ticket': 'sla', 'ui.play.powerMap': 'powerMap',
};

/** The events that decide a tender: won (with why), lost (with why), late, non-compliant, no bid. */
const DECISIONS = ['bidWon', 'bidLost', 'bidLate', 'bidNonCompliant', 'noBid'];

@customElement('it-detail')
export class Detail extends LitElement {
  @property({ attribute: false }) target: Focus | null = null;
  @property({ attribute: false }) view!: PlayerView;
  @property({ attribute: false }) tx!: Tx;
  /** The feed, for how the customer decided a tender (its factors, as the feed line gives them). */
  @property({ attribute: false }) feed: readonly FeedItem[] = [];
  protected override createRenderRoot() {
    return this;
  }

  /** The customer's decision on this opportunity's tender, the latest in the feed, or null. */
  private decision(opportunity: string): GameEvent | null {
    for (let i = this.feed.length - 1; i >= 0; i--) {
      const e = this.feed[i]!.event;
      if (e.opportunity === opportunity && DECISIONS.includes(e.type)) return e;
    }
    return null;
  }

  override render() {
    const { target: f, tx } = this;
    if (!f) return html`<p class="muted">${tx.ui('ui.play.selectHint')}</p>`;
    const head = (k: string) => (TERMS[k] ? html`<it-term term=${TERMS[k]} label=${tx.ui(k)} .tx=${tx}></it-term>` : tx.ui(k));
    const row = (k: string, v: unknown) => html`<tr><th scope="row">${head(k)}</th><td>${v}</td></tr>`;
    const c = f.customer;
    const history = c ? this.view.tickets.filter((t) => t.customer === c.id) : [];
    return html`
      <section class="detail" aria-label=${tx.ui('ui.play.selected')}>
        ${c ? html`<h2>${tx.names.customer(c.id)}</h2>` : nothing}
        <table class="facts">
          ${c?.credit ? row('ui.detail.credit', `${c.credit.rating} · ${tx.money(c.credit.sizeYuan)} · ${tx.pct(c.credit.pledgeRatioBp / 10000)}`) : c ? row('ui.detail.credit', tx.ui('ui.detail.unchecked')) : nothing}
          ${c ? row('ui.detail.satisfaction', c.satisfaction) : nothing}
          ${c ? html`<tr data-testid="tender-terms"><th scope="row">${head('ui.detail.tenderTerms')}</th><td>${tx.tenderTerms(c.termsNorm)}</td></tr>` : nothing}
          ${f.lead ? row('ui.detail.lead', `${tx.names.lead?.(f.lead.id) ?? f.lead.id} · ${tx.leadGrade(f.lead.grade)}`) : nothing}
          ${f.opp
            ? html`${row('ui.detail.stage', tx.opportunityStatus(f.opp.status))}
                ${row('ui.detail.deadline', tx.ui(f.opp.deadlineWeek > this.view.weeks ? 'ui.detail.deadlineAfterEnd' : 'ui.detail.deadlineRule', { week: f.opp.deadlineWeek }))}
                ${row('ui.detail.budget', f.opp.budget === null ? tx.ui('ui.detail.unknown') : tx.money(f.opp.budget))}
                ${row('ui.detail.fit', f.opp.solutionFit)}
                ${row('ui.detail.feasibility', f.opp.feasibilityWeek === null ? tx.ui('ui.detail.none') : `W${f.opp.feasibilityWeek}`)}
                ${row('ui.detail.competitors', tx.list(f.opp.competitors.map((x) => tx.names.competitor(x))) || '—')}
                ${row('ui.detail.terms', f.opp.terms ? [tx.termsPreset(f.opp.terms), tx.terms(f.opp.terms)].filter(Boolean).join(tx.ui('fmt.sep')) : tx.ui('ui.detail.termsDefault', { terms: tx.ui('termsPreset.standard') }))}
                ${f.opp.bid ? row('ui.detail.bid', `${tx.money(f.opp.bid.price)} (−${tx.pct(f.opp.bid.discountBp / 10000)})`) : nothing}
                ${this.renderDecision(f.opp.id)}`
            : nothing}
          ${f.contract ? row('ui.detail.contract', `${tx.money(f.contract.price)} · W${f.contract.promisedWeek}`) : nothing}
          ${f.contract && !f.opp ? this.renderDecision(f.contract.opportunity) : nothing}
          ${f.order ? row('ui.detail.order', `${tx.orderStatus(f.order.status)} · ${f.order.quantity - f.order.remaining}/${f.order.quantity}`) : nothing}
          ${f.invoice ? row('ui.detail.invoice', `${tx.money(f.invoice.amount)} · ${tx.milestone(f.invoice.milestone)} · ${tx.invoiceStatus(f.invoice.status)} · ${tx.ui('ui.detail.due')} ${tx.ui('ui.detail.day', { day: f.invoice.dueDay })}`) : nothing}
          ${f.ticket ? row('ui.detail.ticket', `${tx.ticketKind(f.ticket.kind)} · S${f.ticket.severity} · SLA W${f.ticket.slaWeek}`) : nothing}
        </table>
        ${c ? html`<h3>${tx.ui('ui.detail.drivers')}</h3><it-satisfaction-drivers .customer=${c} .tx=${tx}></it-satisfaction-drivers>` : nothing}
        ${c ? html`<h3>${head('ui.play.powerMap')}</h3><it-power-map .customer=${c} .tx=${tx}></it-power-map>` : nothing}
        ${c
          ? html`<h3>${tx.ui('ui.play.issueHistory')}</h3>
              ${history.length === 0
                ? html`<p class="muted">${tx.ui('ui.detail.noIssues')}</p>`
                : html`<ul class="history">${history.slice(-8).map((t) => html`<li>W${t.openedWeek} ${tx.ticketKind(t.kind)} S${t.severity} — ${t.status === 'open' ? tx.ui('ui.detail.open') : tx.ui('ui.detail.resolved')}${t.breached ? ' ⚠' : ''}</li>`)}</ul>`}`
          : nothing}
      </section>
    `;
  }

  private renderDecision(opportunity: string) {
    const e = this.decision(opportunity);
    const text = e ? this.tx.event(e) : null;
    return text ? html`<tr class="decision" data-testid="opp-decision"><th scope="row">${this.tx.ui('ui.detail.decision')}</th><td>${text}</td></tr>` : nothing;
  }
}
