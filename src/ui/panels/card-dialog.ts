/**
 * A decision card (决策卡) as a modal dialog: the scenario's situation and options; the
 * choice goes to the engine as a `chooseCard` action for the role holding the card.
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DecisionCard, Role } from '../../scenario/schema.ts';
import type { Tx } from '../text.ts';
import { ActIntent } from '../intents.ts';

@customElement('it-card-dialog')
export class CardDialog extends LitElement {
  @property({ attribute: false }) card!: DecisionCard;
  @property({ attribute: false }) holder!: Role;
  @property({ attribute: false }) tx!: Tx;
  protected override createRenderRoot() {
    return this;
  }

  override render() {
    const { card, tx } = this;
    return html`<div class="modal-backdrop"><div class="card-dialog" role="dialog" aria-modal="true" aria-labelledby="card-title">
      <h2 id="card-title">${tx.text(card.title)}</h2>
      <p>${tx.text(card.text)}</p>
      <div class="card-options">${card.options.map((o, i) => html`<button class=${i === 0 ? 'primary' : ''} @click=${() => this.dispatchEvent(new ActIntent({ kind: 'chooseCard', role: this.holder, card: card.id, option: o.id }))}>${tx.text(o.label)}</button>`)}</div>
      <p class="muted">${tx.ui('ui.card.defaultNote')}</p>
    </div></div>`;
  }
}
