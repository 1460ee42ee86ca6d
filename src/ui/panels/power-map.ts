/**
 * The customer's power map (权力地图): each stakeholder a circle sized by influence and
 * coloured by how much they support us, with what we know of their pains. Drawn, not
 * listed, because who matters and who is against us is a picture — and every number is
 * labelled: influence out of 10, support on −100…+100 with its stance (the engine's
 * bands, `stanceOf`) and how far the next stance is.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { nextStance, stanceOf, type CustomerView } from '../../engine/index.ts';
import type { Tx } from '../text.ts';
import './power-map.css';
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
    const signed = (n: number) => tx.signed(n);
    const stance = (support: number) => tx.ui(`stance.${stanceOf(support)}`);
    // The next stance up and how far it is: a +21 visit that leaves someone neutral says why.
    const next = (support: number) => {
      const n = nextStance(support);
      return n ? tx.ui('ui.power.next', { stance: tx.ui(`stance.${n.stance}`), from: signed(n.from), n: n.from - support }) : tx.ui('ui.power.top');
    };
    // One column per stakeholder: the circle is drawn, the words are HTML so they wrap
    // in whatever width the panel has (role names run long in English).
    return html`
      <figure class="power-map" aria-label=${tx.ui('ui.play.powerMap')}>
        <p class="muted power-legend">${tx.ui('ui.power.legend')}</p>
        <ol class="people" style="grid-template-columns: repeat(${Math.max(1, people.length)}, minmax(0, 1fr))">
          ${people.map((p) => {
            const r = 8 + p.influence * 2.4;
            const name = tx.names.stakeholder(c.id, p.id);
            const where = p.present ? stance(p.support) : tx.ui('ui.play.left');
            const label = tx.ui('ui.power.label', { name, role: tx.stakeholderRole(p.role), influence: p.influence, support: signed(p.support), stance: where });
            return html`<li class=${p.present ? '' : 'gone'} title=${label} data-stakeholder=${p.id} data-support=${p.support}>
              <svg viewBox="0 0 68 68" role="img" aria-label=${label}>
                <circle cx="34" cy="34" r=${r} fill=${supportColour(p.support)} stroke=${p.role === 'decisionMaker' ? '#12324f' : '#fff'} stroke-width=${p.role === 'decisionMaker' ? 3 : 1.5}></circle>
                <text x="34" y="38" text-anchor="middle" font-size="11" fill="#1d2733">${p.influence}</text>
              </svg>
              <span class="who">${name}</span>
              <span class="muted"><it-term term="srole.${p.role}" label=${tx.stakeholderRole(p.role)} .tx=${tx}></it-term></span>
              <span class="muted">${tx.ui('ui.power.influence', { influence: p.influence })}</span>
              <span class="stance">${tx.ui('ui.power.support', { support: signed(p.support) })} · ${where}</span>
              ${p.present ? html`<span class="muted next">${next(p.support)}</span>` : nothing}
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
