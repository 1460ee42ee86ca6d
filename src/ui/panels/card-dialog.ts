/**
 * A decision card (决策卡) as a modal dialog: the scenario's situation and options; the
 * choice goes to the engine as a `chooseCard` action for the role holding the card.
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DecisionCard, Role } from '../../scenario/schema.ts';
import type { Tx } from '../text.ts';
import { ActIntent } from '../intents.ts';
import { rememberOpener, returnFocus, trapKeys } from '../dialog-focus.ts';

@customElement('it-card-dialog')
export class CardDialog extends LitElement {
  @property({ attribute: false }) card!: DecisionCard;
  @property({ attribute: false }) holder!: Role;
  @property({ attribute: false }) tx!: Tx;
  /** The control that had focus when the card came up; it gets focus back after the choice. */
  private opener: HTMLElement | null = null;
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.opener = rememberOpener();
  }

  protected override firstUpdated(): void {
    // The card must be answered (or left to its default at week end), so Esc does not close it.
    this.querySelector<HTMLElement>('.card-options button')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const opener = this.opener;
    this.opener = null;
    // After the re-render that removed the dialog, so the opener's panel is up to date.
    requestAnimationFrame(() => {
      if (document.activeElement === document.body || document.activeElement === null) returnFocus(opener);
    });
  }

  override render() {
    const { card, tx } = this;
    return html`<div class="modal-backdrop"><div class="card-dialog" role="dialog" aria-modal="true" aria-labelledby="card-title" @keydown=${(e: KeyboardEvent) => trapKeys(e, e.currentTarget as HTMLElement)}>
      <h2 id="card-title">${tx.text(card.title)}</h2>
      <p>${tx.text(card.text)}</p>
      <div class="card-options">${card.options.map((o, i) => html`<button class=${i === 0 ? 'primary' : ''} @click=${() => this.dispatchEvent(new ActIntent({ kind: 'chooseCard', role: this.holder, card: card.id, option: o.id }))}>${tx.text(o.label)}</button>`)}</div>
      <p class="muted">${tx.ui('ui.card.defaultNote')}</p>
    </div></div>`;
  }
}
