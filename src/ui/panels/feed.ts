/** The news feed: what just happened, newest first, in the player's language. */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FeedItem } from '../session.ts';
import type { Tx } from '../text.ts';

@customElement('it-feed')
export class Feed extends LitElement {
  @property({ attribute: false }) items: readonly FeedItem[] = [];
  @property({ attribute: false }) tx!: Tx;
  protected override createRenderRoot() {
    return this;
  }
  override render() {
    const lines: { key: string; week: number; who: string; bot: boolean; text: string; cls: string }[] = [];
    for (let i = this.items.length - 1; i >= 0 && lines.length < 60; i--) {
      const f = this.items[i]!;
      const text = this.tx.event(f.event);
      if (!text) continue;
      const who = f.by === 'world' || !f.role ? this.tx.ui('ui.play.world') : this.tx.role(f.role);
      lines.push({ key: `${i}`, week: f.week, who, bot: f.by === 'bot', text, cls: f.event.type });
    }
    return html`<section class="feed" aria-label=${this.tx.ui('ui.play.feed')}>
      <h2>${this.tx.ui('ui.play.feed')}</h2>
      <ol tabindex="0" aria-label=${this.tx.ui('ui.play.feed')}>${lines.map((l) => html`<li class=${l.cls}><span class="wk">W${l.week}</span> <span class="who">${l.who}</span>${l.bot ? html` <span class="bot-tag">${this.tx.ui('ui.play.botTag')}</span>` : ''} ${l.text}</li>`)}</ol>
    </section>`;
  }
}
