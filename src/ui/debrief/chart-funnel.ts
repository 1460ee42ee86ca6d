/**
 * Lead to cash as a funnel: one horizontal bar per step with its count and the share it
 * kept from the step above, and optionally a thinner, outlined bar for a comparison
 * game (par: the iron-triangle bots on the same seed).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { FUNNEL_STEPS, type Funnel } from '../../debrief/types.ts';
import { linearScale, percent, r1, ratio, textWidth } from './chart-geometry.ts';
import { ChartBase, FONT, FONT_LABEL, INK, MUTED, W, emptyFigure, figure, legend, type SeriesStyle } from './chart-common.ts';

const MAIN = { fill: '#2b5d8f', stroke: '#12324f' };
const COMPARE = { fill: '#ffffff', stroke: '#5b6b7c', dash: '4 2' };

@customElement('it-chart-funnel')
export class ChartFunnel extends ChartBase {
  @property({ attribute: false }) funnel: Funnel | null = null;
  /** A second game to compare with (par), drawn as a lighter bar under each step. */
  @property({ attribute: false }) compare: Funnel | null = null;
  /** Legend text for `compare`; defaults to the catalogue's "Par". */
  @property({ attribute: false }) compareLabel = '';

  override render() {
    const t = this.t;
    const caption = t('debrief.chart.funnel.title');
    const f = this.funnel;
    if (!f) return emptyFigure('funnel', caption, t('debrief.chart.noData'));
    const cmp = this.compare;
    const cmpLabel = this.compareLabel || t('debrief.chart.funnel.par');
    const stepName = (s: string) => t(`debrief.chart.funnel.step.${s}`);

    const labels = FUNNEL_STEPS.map(stepName);
    const gutter = Math.ceil(Math.min(220, Math.max(60, ...labels.map((l) => textWidth(l, FONT_LABEL))) + 14));
    // Room at the right of the longest bar for "1,234 · 100%".
    const counts = FUNNEL_STEPS.flatMap((s) => [f[s], cmp?.[s] ?? 0]);
    const countRoom = Math.ceil(Math.max(...counts.map((n) => textWidth(`${n} · 100%`, FONT_LABEL))) + 12);
    const max = Math.max(1, ...counts);
    const x = linearScale([0, max], [gutter, W - countRoom]);

    const mainH = cmp ? 18 : 22;
    const cmpH = 10;
    // The compare bar sits 6 below the main one: its label's line box (≈1.45em in CJK
    // fonts) must clear the main label's.
    const rowH = cmp ? mainH + cmpH + 18 : mainH + 12;
    const top = 6;
    const height = top + rowH * FUNNEL_STEPS.length;

    const bar = (value: number, y: number, h: number, style: { fill: string; stroke: string; dash?: string }) =>
      svg`<rect x=${gutter} y=${r1(y)} width=${r1(Math.max(value > 0 ? 1.5 : 0, x(value) - gutter))} height=${h}
        fill=${style.fill} stroke=${style.stroke} stroke-width="1" stroke-dasharray=${style.dash ?? 'none'}></rect>`;

    const rows: SVGTemplateResult[] = FUNNEL_STEPS.map((step, i) => {
      const y = top + i * rowH;
      const n = f[step];
      const prev = i > 0 ? f[FUNNEL_STEPS[i - 1]!] : 0;
      const kept = i > 0 ? svg`<tspan fill=${MUTED} font-weight="normal"> · ${percent(ratio(n, prev))}</tspan>` : nothing;
      const cy = cmp ? y + mainH + 6 : 0;
      return svg`<g class="funnel-step">
        <text x=${gutter - 8} y=${r1(y + mainH / 2 + FONT_LABEL * 0.35)} text-anchor="end" font-size=${FONT_LABEL} fill=${INK}>${labels[i]}</text>
        ${bar(n, y, mainH, MAIN)}
        <text x=${r1(x(n) + 6)} y=${r1(y + mainH / 2 + FONT_LABEL * 0.35)} font-size=${FONT_LABEL} font-weight="bold" fill=${INK}>${n}${kept}</text>
        ${cmp
          ? svg`${bar(cmp[step], cy, cmpH, COMPARE)}
            <text x=${r1(x(cmp[step]) + 6)} y=${r1(cy + cmpH / 2 + FONT * 0.35)} font-size=${FONT} fill=${MUTED}>${cmp[step]}</text>`
          : nothing}
      </g>`;
    });

    const stepsText = (fn: Funnel) => this.list(FUNNEL_STEPS.map((s) => t('debrief.chart.funnel.ariaStep', { step: stepName(s), count: fn[s] })));
    let aria = t('debrief.chart.funnel.aria', { steps: stepsText(f) });
    if (cmp) aria = t('debrief.chart.funnel.ariaCompare', { main: aria, label: cmpLabel, steps: stepsText(cmp) });

    const items: SeriesStyle[] = [{ kind: 'box', label: t('debrief.chart.funnel.you'), fill: MAIN.fill, stroke: MAIN.stroke }];
    if (cmp) items.push({ kind: 'box', label: cmpLabel, fill: COMPARE.fill, stroke: COMPARE.stroke, dash: COMPARE.dash });
    return figure({
      kind: 'funnel',
      caption,
      aria,
      height,
      body: rows,
      legend: legend(t, items, [t('debrief.chart.funnel.kept')]),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-chart-funnel': ChartFunnel;
  }
}
