/**
 * The customer's power map (权力地图): each stakeholder a circle sized by influence and
 * coloured by how much they support us, with what we know of their pains. Drawn, not
 * listed, because who matters and who is against us is a picture.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CustomerView } from '../../engine/index.ts';
import type { Tx } from '../text.ts';
import '../onboarding/term.ts';

/** Support −100…100 → red … grey … green. */
export function supportColour(support: number): string {
  const t = Math.max(-100, Math.min(100, support));
  if (t >= 0) return `hsl(140, ${Math.round(20 + t * 0.5)}%, ${Math.round(55 - t * 0.15)}%)`;
  return `hsl(0, ${Math.round(20 - t * 0.5)}%, ${Math.round(55 + t * 0.1)}%)`;
}

@customElement('it-power-map')
export class PowerMap extends LitElement {
  @property({ attribute: false }) customer: CustomerView | null = null;
  @property({ attribute: false }) tx!: Tx;
  protected override createRenderRoot() {
    return this;
  }

  override render() {
    const c = this.customer;
    if (!c) return nothing;
    const tx = this.tx;
    const people = c.stakeholders;
    const stance = (s: number) => tx.ui(s >= 30 ? 'ui.play.supporter' : s <= -30 ? 'ui.play.opponent' : 'ui.play.neutral');
    // One column per stakeholder: the circle is drawn, the words are HTML so they wrap
    // in whatever width the panel has (role names run long in English).
    return html`
      <figure class="power-map" aria-label=${tx.ui('ui.play.powerMap')}>
        <ol class="people" style="grid-template-columns: repeat(${Math.max(1, people.length)}, minmax(0, 1fr))">
          ${people.map((p) => {
            const r = 8 + p.influence * 2.4;
            const name = tx.names.stakeholder(c.id, p.id);
            const label = `${name} · ${tx.stakeholderRole(p.role)} · ${p.present ? stance(p.support) : tx.ui('ui.play.left')} (${p.support})`;
            return html`<li class=${p.present ? '' : 'gone'} title=${label}>
              <svg viewBox="0 0 68 68" role="img" aria-label=${label}>
                <circle cx="34" cy="34" r=${r} fill=${supportColour(p.support)} stroke=${p.role === 'decisionMaker' ? '#12324f' : '#fff'} stroke-width=${p.role === 'decisionMaker' ? 3 : 1.5}></circle>
                <text x="34" y="38" text-anchor="middle" font-size="11" fill="#1d2733">${p.influence}</text>
              </svg>
              <span class="who">${name}</span>
              <span class="muted"><it-term term="srole.${p.role}" label=${tx.stakeholderRole(p.role)} .tx=${tx}></it-term></span>
              <span class="muted">${p.present ? stance(p.support) : tx.ui('ui.play.left')}</span>
            </li>`;
          })}
        </ol>
        <figcaption>
          <strong>${tx.ui('ui.play.knownPains')}</strong>
          ${c.painsKnown.length === 0
            ? html`<p class="muted">${tx.ui('ui.play.noPainsKnown')}</p>`
            : html`<ul>${c.painsKnown.map((p) => html`<li>${tx.names.pain(c.id, p.id)} <span class="muted">(${tx.names.product(p.product)})</span></li>`)}</ul>`}
        </figcaption>
      </figure>
    `;
  }
}
