/**
 * The customer's power map (权力地图): each stakeholder a circle sized by influence and
 * coloured by how much they support us, with what we know of their pains. Drawn, not
 * listed, because who matters and who is against us is a picture.
 */
import { LitElement, html, svg, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CustomerView } from '../../engine/index.ts';
import type { Tx } from '../text.ts';

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
    const w = 360;
    const h = 190;
    const cols = Math.max(1, people.length);
    const stance = (s: number) => tx.ui(s >= 30 ? 'ui.play.supporter' : s <= -30 ? 'ui.play.opponent' : 'ui.play.neutral');
    return html`
      <figure class="power-map" aria-label=${tx.ui('ui.play.powerMap')}>
        <svg viewBox="0 0 ${w} ${h}" role="img" aria-label=${tx.ui('ui.play.powerMap')}>
          ${people.map((p, i) => {
            const x = ((i + 0.5) * w) / cols;
            const r = 8 + p.influence * 2.4;
            const name = tx.names.stakeholder(c.id, p.id);
            return svg`<g opacity=${p.present ? 1 : 0.3}>
              <title>${name} · ${tx.stakeholderRole(p.role)} · ${stance(p.support)} (${p.support})</title>
              <circle cx=${x} cy=${70} r=${r} fill=${supportColour(p.support)} stroke=${p.role === 'decisionMaker' ? '#12324f' : '#fff'} stroke-width=${p.role === 'decisionMaker' ? 3 : 1.5}></circle>
              <text x=${x} y=${74} text-anchor="middle" font-size="11" fill="#1d2733">${p.influence}</text>
              <text x=${x} y=${128} text-anchor="middle" font-size="12" font-weight="600">${name.length > 8 ? name.slice(0, 8) + '…' : name}</text>
              <text x=${x} y=${144} text-anchor="middle" font-size="10.5" fill="#5b6b7c">${tx.stakeholderRole(p.role)}</text>
              <text x=${x} y=${160} text-anchor="middle" font-size="10.5" fill="#5b6b7c">${p.present ? stance(p.support) : tx.ui('ui.play.left')}</text>
            </g>`;
          })}
        </svg>
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
