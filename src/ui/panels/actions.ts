/**
 * The current role's actions: what it can do about the selected item (or in general),
 * each with its time cost; an action that is not available now is shown greyed out
 * with the engine's reason, so the rules teach themselves.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { actionCost, candidateActions, validate, type Action, type GameState, type Role } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { concerns, isGeneral, type Focus } from '../focus.ts';
import { ActIntent, EndTurnIntent } from '../intents.ts';
import type { Tx } from '../text.ts';

@customElement('it-actions')
export class Actions extends LitElement {
  @property({ attribute: false }) sc!: Scenario;
  @property({ attribute: false }) state!: GameState;
  @property({ attribute: false }) target: Focus | null = null;
  @property({ attribute: false }) tx!: Tx;
  @property({ type: String }) actingRole: Role = 'AR';
  @property({ type: Number }) daysLeft = 0;
  @property({ type: Boolean }) lastRole = false;
  protected override createRenderRoot() {
    return this;
  }

  private button(a: Action) {
    const reason = validate(this.sc, this.state, a, true);
    const cost = actionCost(this.sc, this.state, a);
    // Compact: "1d + SR 1d" — the companions' short role names, so the label keeps the width.
    const dayText = (d: number) => this.tx.ui('ui.play.costDays', { days: d });
    const days = Object.entries(cost).map(([r, d]) => (r === this.actingRole ? dayText(d) : `${r} ${dayText(d)}`)).join(' + ');
    const label = this.tx.action(a);
    const why = reason ? this.tx.rejection(reason) : '';
    const terms = a.kind === 'setTerms' ? this.termsNotes(a) : null;
    // What a screen reader hears: the label, then the terms in words and the warning, then why not.
    const spoken = [label, terms?.words, terms?.warning, why].filter(Boolean).join(' — ');
    return html`<li>
      <button class="act ${terms?.warning ? 'forbidden' : ''}" data-kind=${a.kind} ?disabled=${reason !== null} aria-disabled=${reason !== null ? 'true' : 'false'}
        title=${why || (terms?.warning ?? '')} aria-label=${spoken}
        @click=${() => this.dispatchEvent(new ActIntent(a))}>
        <span class="act-label">${label}</span>${days ? html`<span class="cost" aria-hidden="true">${days}</span>` : nothing}
        ${terms ? html`<span class="terms-words">${terms.words}</span>` : nothing}
      </button>
      ${terms?.warning ? html`<span class="terms-warn" data-testid="terms-forbidden">⚠ ${terms.warning}</span>` : nothing}
      ${reason ? html`<span class="why">${why}</span>` : nothing}
    </li>`;
  }

  /**
   * A payment-terms choice in words, and a warning when the customer's tender forbids
   * it (more advance than its norm allows): still selectable — the engine disqualifies
   * such a bid at the tender (`bidNonCompliant`), and that is the lesson.
   */
  private termsNotes(a: Extract<Action, { kind: 'setTerms' }>): { words: string; warning: string | null } {
    const tx = this.tx;
    const customer = this.state.opportunities[a.opportunity]?.customer;
    const norm = this.sc.customers.find((c) => c.id === customer)?.terms;
    const forbidden = norm !== undefined && a.terms.advanceBp > norm.maxAdvanceBp;
    const warning = !forbidden ? null : norm.maxAdvanceBp === 0 ? tx.ui('ui.terms.forbiddenNone') : tx.ui('ui.terms.forbiddenMax', { max: tx.pct(norm.maxAdvanceBp / 10000) });
    return { words: tx.terms(a.terms), warning };
  }

  override render() {
    const tx = this.tx;
    const all = candidateActions(this.sc, this.state, this.actingRole).filter((a) => a.kind !== 'endWeek');
    const focused = this.target ? all.filter((a) => concerns(a, this.target!)) : [];
    const general = all.filter(isGeneral);
    return html`
      <section class="actions" aria-label=${tx.ui('ui.play.actions')}>
        <div class="days" aria-live="polite">${tx.ui('ui.play.daysLeft', { role: tx.role(this.actingRole), days: this.daysLeft })}</div>
        ${this.target
          ? html`<h3>${tx.ui('ui.play.forSelected')}</h3>
              ${focused.length ? html`<ul class="act-list">${focused.map((a) => this.button(a))}</ul>` : html`<p class="muted">${tx.ui('ui.play.nothingForSelected')}</p>`}`
          : html`<p class="muted">${tx.ui('ui.play.selectHint')}</p>`}
        <h3>${tx.ui('ui.play.general')}</h3>
        <ul class="act-list">${general.map((a) => this.button(a))}</ul>
        <button class="end-turn primary" @click=${() => this.dispatchEvent(new EndTurnIntent())}>
          ${this.lastRole ? tx.ui('ui.play.endWeek') : tx.ui('ui.play.endTurn')}
        </button>
      </section>
    `;
  }
}
