/**
 * What the debrief charts share: the text-function type, the base element (light DOM,
 * a `t` property), the `<figure>` frame with its HTML legend, and the axes. Geometry
 * lives in chart-geometry.ts; each chart is in its own chart-*.ts.
 */
import { LitElement, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { labelsThatFit, r1, textWidth, thinLabels, type Ticks } from './chart-geometry.ts';
import './charts.css';

/** The catalogue lookup the app passes in (`tx.ui.bind(tx)`). */
export type TextFn = (key: string, params?: Record<string, string | number>) => string;
/** Money in yuan → display text (e.g. `(y) => formatMoney(lang, y)`). */
export type MoneyFn = (yuan: number) => string;

/** Every chart is this wide in SVG user units, so text sizes below are px at 600 px wide (≥ 11 px down to ~510 px). */
export const W = 600;
/** Smallest text in the charts (ticks, counts), and the labels' size. */
export const FONT = 13;
export const FONT_LABEL = 14;
/** Ink colours that stay distinct in greyscale. */
export const INK = '#1d2733';
export const MUTED = '#4f5d6c';
export const GRID = '#d8dee6';

export abstract class ChartBase extends LitElement {
  /** Catalogue text for `debrief.chart.*` keys; the key itself until the app sets it. */
  @property({ attribute: false }) t: TextFn = (key) => key;

  protected override createRenderRoot() {
    return this;
  }

  /** A list joined the way the language joins lists ("a, b" / "a、b"). */
  protected list(items: string[]): string {
    return items.join(this.t('debrief.chart.listSep'));
  }
}

/** How a series is drawn, shared by the chart and its legend swatch. */
export interface SeriesStyle {
  label: string;
  /** Line series: stroke colour, width and dash. */
  stroke?: string;
  strokeWidth?: number;
  dash?: string;
  /** Area / bar series: fill. */
  fill?: string;
  /** Marker shape index (see `marker`), drawn in the swatch too. */
  marker?: number;
  kind: 'line' | 'box';
}

function swatch(s: SeriesStyle): SVGTemplateResult {
  if (s.kind === 'box') {
    return svg`<rect x="3" y="2" width="18" height="10" fill=${s.fill ?? 'none'} stroke=${s.stroke ?? 'none'}
      stroke-width=${s.strokeWidth ?? 1} stroke-dasharray=${s.dash ?? 'none'}></rect>`;
  }
  return svg`<line x1="1" y1="7" x2="29" y2="7" stroke=${s.stroke ?? INK} stroke-width=${s.strokeWidth ?? 2}
      stroke-dasharray=${s.dash ?? 'none'}></line>${s.marker === undefined ? nothing : marker(s.marker, 15, 7, s.stroke ?? INK)}`;
}

/** The legend: HTML below the SVG so it wraps at any width; swatches are SVG so they print. */
export function legend(t: TextFn, items: SeriesStyle[], notes: string[] = []): TemplateResult | typeof nothing {
  if (items.length === 0 && notes.length === 0) return nothing;
  return html`<ul class="chart-legend" aria-label=${t('debrief.chart.legend')}>
    ${items.map(
      (s) => html`<li><svg class="swatch" viewBox="0 0 30 14" width="30" height="14" aria-hidden="true">${swatch(s)}</svg>${s.label}</li>`,
    )}
    ${notes.map((n) => html`<li class="note">${n}</li>`)}
  </ul>`;
}

/** The frame every chart sits in: caption, the SVG (one accessible image), the legend. */
export function figure(opts: {
  kind: string;
  caption: string;
  aria: string;
  height: number;
  body: SVGTemplateResult | SVGTemplateResult[];
  legend?: TemplateResult | typeof nothing;
}): TemplateResult {
  return html`<figure class="chart chart-${opts.kind}">
    <figcaption>${opts.caption}</figcaption>
    <svg class="chart-svg" viewBox="0 0 ${W} ${opts.height}" preserveAspectRatio="xMidYMid meet" role="img" aria-label=${opts.aria}
      font-size=${FONT}>${opts.body}</svg>
    ${opts.legend ?? nothing}
  </figure>`;
}

/** A chart with nothing to draw yet: the caption and a sentence, no empty axes. */
export function emptyFigure(kind: string, caption: string, message: string): TemplateResult {
  return html`<figure class="chart chart-${kind} chart-empty">
    <figcaption>${caption}</figcaption>
    <p class="chart-empty-note">${message}</p>
  </figure>`;
}

/**
 * Distinct marker shapes (circle, square, triangle, diamond, cross, ring), so lines stay
 * tellable apart when printed in grey.
 */
export function marker(shape: number, x: number, y: number, colour: string, size = 4): SVGTemplateResult {
  const s = size;
  const X = r1(x);
  const Y = r1(y);
  switch (((shape % 6) + 6) % 6) {
    case 0:
      return svg`<circle cx=${X} cy=${Y} r=${s} fill=${colour}></circle>`;
    case 1:
      return svg`<rect x=${r1(X - s)} y=${r1(Y - s)} width=${2 * s} height=${2 * s} fill=${colour}></rect>`;
    case 2:
      return svg`<path d="M${X} ${r1(Y - s * 1.2)} L${r1(X + s * 1.1)} ${r1(Y + s * 0.9)} L${r1(X - s * 1.1)} ${r1(Y + s * 0.9)} Z" fill=${colour}></path>`;
    case 3:
      return svg`<path d="M${X} ${r1(Y - s * 1.3)} L${r1(X + s * 1.1)} ${Y} L${X} ${r1(Y + s * 1.3)} L${r1(X - s * 1.1)} ${Y} Z" fill=${colour}></path>`;
    case 4:
      return svg`<path d="M${r1(X - s)} ${r1(Y - s)} L${r1(X + s)} ${r1(Y + s)} M${r1(X + s)} ${r1(Y - s)} L${r1(X - s)} ${r1(Y + s)}" stroke=${colour} stroke-width="2"></path>`;
    default:
      return svg`<circle cx=${X} cy=${Y} r=${s} fill="#fff" stroke=${colour} stroke-width="2"></circle>`;
  }
}

/** The plot area inside the viewBox. */
export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Left margin wide enough for the widest y tick label. */
export function gutterFor(labels: string[], min = 28): number {
  const widest = labels.reduce((m, s) => Math.max(m, textWidth(s, FONT)), 0);
  return Math.ceil(Math.max(min, widest + 10));
}

/** Horizontal grid lines with their labels at the left. */
export function yAxis(ticks: Ticks, y: (v: number) => number, plot: Plot, format: (v: number) => string): SVGTemplateResult {
  return svg`<g class="axis axis-y">
    ${ticks.values.map(
      (v) => svg`<line x1=${plot.left} x2=${plot.right} y1=${r1(y(v))} y2=${r1(y(v))} stroke=${v === 0 ? MUTED : GRID} stroke-width="1"></line>
        <text x=${plot.left - 6} y=${r1(y(v) + FONT * 0.35)} text-anchor="end" fill=${MUTED}>${format(v)}</text>`,
    )}
  </g>`;
}

/**
 * Week numbers under the plot, thinned so they never crowd (first and last always
 * shown), with the axis title centred below them.
 */
export function weekAxis(t: TextFn, weeks: number[], x: (i: number) => number, plot: Plot): SVGTemplateResult {
  const widest = weeks.reduce((m, w) => Math.max(m, textWidth(String(w), FONT)), 0);
  const shown = thinLabels(weeks.length, labelsThatFit(plot.right - plot.left, Math.max(28, widest + 14)));
  const y = plot.bottom + FONT + 6;
  return svg`<g class="axis axis-x">
    ${shown.map(
      (i) => svg`<line x1=${r1(x(i))} x2=${r1(x(i))} y1=${plot.bottom} y2=${plot.bottom + 4} stroke=${MUTED}></line>
        <text x=${r1(x(i))} y=${y} text-anchor="middle" fill=${MUTED}>${weeks[i]}</text>`,
    )}
    <text x=${r1((plot.left + plot.right) / 2)} y=${y + FONT + 6} text-anchor="middle" fill=${MUTED}>${t('debrief.chart.week')}</text>
  </g>`;
}

/** Space under the plot for week labels and the axis title. */
export const WEEK_AXIS_SPACE = FONT * 2 + 16;
