/**
 * "How the score is made": one drawn bar per part of the score (src/engine/kpis.ts
 * `scoreBreakdown`), with its weight, what it measures against which target, the
 * achievement (before and after the volume factor) and the points; a part with nothing
 * measured says so and scores 0. Then the volume factor in one sentence. Words are HTML
 * so they wrap on screen and on paper; the bars are SVG, hidden from screen readers
 * because each row's text says the same.
 */
import { LitElement, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Kpis } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Tx } from '../text.ts';
import { ACHIEVEMENT_CAP, partTarget, scoreRows, type ScorePartRow } from '../score.ts';

const BAR_W = ACHIEVEMENT_CAP * 100;

@customElement('it-score-breakdown')
export class ScoreBreakdownView extends LitElement {
  @property({ attribute: false }) sc!: Scenario;
  @property({ attribute: false }) kpis!: Kpis;
  @property({ attribute: false }) tx!: Tx;
  protected override createRenderRoot() {
    return this;
  }

  private bar(r: ScorePartRow) {
    const x = (a: number | null) => Math.max(0, Math.min(BAR_W, (a ?? 0) * 100));
    const showRaw = r.scaled && r.raw !== null && r.achievement !== null && r.raw - r.achievement > 0.0005;
    return html`<svg class="part-bar" viewBox="0 0 ${BAR_W} 14" preserveAspectRatio="none" aria-hidden="true">
      ${svg`<rect class="track ${r.achievement === null ? 'empty' : ''}" x="0" y="1" width=${BAR_W} height="12" rx="2"></rect>
        ${showRaw ? svg`<rect class="raw" x="0" y="3" width=${x(r.raw)} height="8"></rect>` : nothing}
        ${r.achievement !== null ? svg`<rect class="counted" x="0" y="3" width=${x(r.achievement)} height="8"></rect>` : nothing}
        <line class="target" x1="100" y1="0" x2="100" y2="14"></line>`}
    </svg>`;
  }

  override render() {
    const { sc, kpis, tx } = this;
    if (!sc || !kpis) return nothing;
    const s = scoreRows(sc, kpis);
    const pct = (x: number) => tx.pct(x);
    const volume =
      s.volume >= 1
        ? tx.ui('debrief.how.volumeFull', { share: pct(s.revenueShare), threshold: pct(s.threshold) })
        : tx.ui('debrief.how.volumePartial', { volume: pct(s.volume), share: pct(s.revenueShare), threshold: pct(s.threshold) });
    return html`<section class="score-how" aria-labelledby="score-how-title" data-testid="score-breakdown" data-score=${s.score}>
      <h3 id="score-how-title">${tx.ui('debrief.how.title')}</h3>
      <p class="muted">${tx.ui('debrief.how.intro')}</p>
      <ol class="score-parts">
        ${s.rows.map((r) => {
          const measured = r.achievement !== null;
          const before = measured && r.scaled && r.raw !== null && s.volume < 1 ? tx.ui('debrief.how.beforeVolume', { raw: pct(r.raw) }) : null;
          return html`<li data-part=${r.part} data-points=${Math.round(r.points)} class=${measured ? 'measured' : 'not-measured'} title=${measured ? nothing : tx.ui('kpi.notMeasured')}>
            <div class="part-name">
              <strong>${tx.ui(`scorePart.${r.part}`)}</strong> <span class="part-weight">${tx.ui('debrief.how.weight', { weight: r.weight })}</span>
              <span class="part-how">${tx.ui(`debrief.how.part.${r.part}`, { target: partTarget(tx, sc, r.part) })}</span>
            </div>
            ${this.bar(r)}
            <div class="part-result">
              ${measured
                ? html`<span class="part-ach">${tx.ui('debrief.how.achievement', { pct: pct(r.achievement!) })}</span>
                    ${before ? html`<span class="part-before">${before}</span>` : nothing}
                    <strong class="part-points">${tx.ui('debrief.how.points', { points: Math.round(r.points), max: r.max })}</strong>`
                : html`<strong class="part-points not-measured">${tx.ui('debrief.how.notMeasured')}</strong>`}
            </div>
          </li>`;
        })}
      </ol>
      <p class="score-total"><strong>${tx.ui('debrief.how.total', { score: s.score })}</strong></p>
      <p class="score-volume" data-volume=${s.volume}>${volume}</p>
      <p class="muted score-legend">${tx.ui('debrief.how.legend')}${s.volume < 1 ? html` ${tx.ui('debrief.how.legendVolume')}` : nothing}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-score-breakdown': ScoreBreakdownView;
  }
}
