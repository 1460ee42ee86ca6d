/**
 * The timeline: every decision and every world turn, week by week, with what the
 * engine did in response. Filter by role and by customer or deal; from any week, branch
 * a "what if" game and play on.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Scenario } from '../../scenario/schema.ts';
import { ROLES } from '../../scenario/enums.ts';
import type { GameHistory, TimelineEntry } from '../../debrief/types.ts';
import type { Tx } from '../text.ts';
import { BranchIntent } from './intents.ts';

@customElement('it-debrief-timeline')
export class DebriefTimeline extends LitElement {
  @property({ attribute: false }) history!: GameHistory;
  @property({ attribute: false }) sc!: Scenario;
  @property({ attribute: false }) tx!: Tx;
  @state() private byRole = 'all';
  @state() private about = 'all';
  @state() private peopleOnly = false;
  protected override createRenderRoot() {
    return this;
  }

  private shown(e: TimelineEntry): boolean {
    if (this.peopleOnly && !e.human) return false;
    if (this.byRole === 'world' ? e.role !== null : this.byRole !== 'all' && e.role !== this.byRole) return false;
    if (this.about.startsWith('c:') && !e.customers.includes(this.about.slice(2))) return false;
    if (this.about.startsWith('d:') && !e.deals.includes(this.about.slice(2))) return false;
    return true;
  }

  override render() {
    const { tx, history: h } = this;
    const deals = [...new Set(h.timeline.flatMap((e) => e.deals))].sort();
    const dealName = (d: string) => tx.names.lead?.(d) ?? d;
    const weeks = new Map<number, TimelineEntry[]>();
    for (const e of h.timeline) if (this.shown(e)) weeks.set(e.week, [...(weeks.get(e.week) ?? []), e]);
    const lastWeek = h.weeks.length + (h.finished ? 0 : 1);
    return html`<section class="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">${tx.ui('debrief.timeline')}</h3>
      <div class="filters no-print">
        <label>${tx.ui('debrief.timeline.filterRole')}
          <select @change=${(e: Event) => (this.byRole = (e.target as HTMLSelectElement).value)}>
            <option value="all">${tx.ui('debrief.timeline.all')}</option>
            ${ROLES.map((r) => html`<option value=${r}>${tx.role(r)}</option>`)}
            <option value="world">${tx.ui('debrief.timeline.world')}</option>
          </select></label>
        <label>${tx.ui('debrief.timeline.filterDeal')}
          <select @change=${(e: Event) => (this.about = (e.target as HTMLSelectElement).value)}>
            <option value="all">${tx.ui('debrief.timeline.all')}</option>
            ${this.sc.customers.map((c) => html`<option value=${`c:${c.id}`}>${tx.text(c.name)}</option>`)}
            ${deals.map((d) => html`<option value=${`d:${d}`}>${dealName(d)}</option>`)}
          </select></label>
        <label><input type="checkbox" .checked=${this.peopleOnly} @change=${(e: Event) => (this.peopleOnly = (e.target as HTMLInputElement).checked)} /> ${tx.ui('debrief.timeline.people')}</label>
      </div>
      ${weeks.size === 0 ? html`<p class="muted">${tx.ui('debrief.timeline.empty')}</p>` : nothing}
      <ol class="weeks">
        ${[...weeks].map(([week, entries]) => html`<li class="week" data-week=${week}>
          <div class="week-head"><h4>${tx.ui('debrief.timeline.week', { week })}</h4>
            ${week <= lastWeek ? html`<button class="branch no-print" @click=${() => this.dispatchEvent(new BranchIntent(week))}>${tx.ui('debrief.timeline.branch', { week })}</button>` : nothing}</div>
          <ul>${entries.map((e) => this.entry(e))}</ul>
        </li>`)}
      </ol>
    </section>`;
  }

  private entry(e: TimelineEntry) {
    const tx = this.tx;
    const consequences = e.events.map((ev) => tx.event(ev)).filter((x): x is string => x !== null);
    const who = e.role === null ? tx.ui('debrief.timeline.world') : tx.role(e.role);
    return html`<li class=${e.human ? 'human' : e.role === null ? 'world' : 'bot'} data-testid="timeline-entry">
      <span class="who">${who}${e.role !== null && !e.human ? html` <span class="bot-tag">${tx.ui('ui.play.botTag')}</span>` : nothing}</span>
      ${e.role === null ? nothing : html`<span class="what">${tx.action(e.action)}</span>`}
      ${consequences.length ? html`<ul class="consequences">${consequences.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
    </li>`;
  }
}
