/**
 * Satisfaction (0–100) week by week, one line per customer. Lines differ in colour, dash
 * and marker shape, so they can be told apart in a greyscale print too.
 */
import { svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { WeekSnapshot } from '../../debrief/types.ts';
import { keysInOrder, labelsThatFit, linePath, linearScale, niceTicks, pointScale, thinLabels } from './chart-geometry.ts';
import { ChartBase, W, WEEK_AXIS_SPACE, emptyFigure, figure, gutterFor, legend, marker, weekAxis, yAxis, type Plot, type SeriesStyle } from './chart-common.ts';

const H = 300;
/** Okabe–Ito colours: distinct for colour-blind readers, and of differing lightness. */
export const DEFAULT_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#000000', '#e69f00', '#56b4e9'] as const;
const DASHES = ['none', '8 4', '2 3', '10 3 2 3', '4 4', '1 2'] as const;

@customElement('it-chart-satisfaction')
export class ChartSatisfaction extends ChartBase {
  @property({ attribute: false }) weeks: WeekSnapshot[] = [];
  /** Customer id → display name (defaults to the id). */
  @property({ attribute: false }) customerName: (id: string) => string = (id) => id;
  /** Customer id → line colour; when absent (or it returns nothing) a built-in palette is used. */
  @property({ attribute: false }) colour: ((id: string) => string | null | undefined) | null = null;
  /** Which customers to draw, in legend order; defaults to every customer in `weeks`. */
  @property({ attribute: false }) customers: string[] | null = null;

  override render() {
    const t = this.t;
    const caption = t('debrief.chart.satisfaction.title');
    const weeks = this.weeks ?? [];
    const ids = this.customers ?? keysInOrder(weeks.map((w) => w.satisfaction));
    if (weeks.length === 0 || ids.length === 0) return emptyFigure('satisfaction', caption, t('debrief.chart.noData'));

    const ticks = niceTicks(0, 100, { maxTicks: 6 });
    const plot: Plot = { left: gutterFor(ticks.values.map(String)), right: W - 14, top: 12, bottom: H - WEEK_AXIS_SPACE };
    const x = pointScale(weeks.length, plot.left + 6, plot.right - 6);
    const y = linearScale([0, 100], [plot.bottom, plot.top]);
    // Markers where the week labels are (and at the ends), not on every week.
    const marks = thinLabels(weeks.length, labelsThatFit(plot.right - plot.left, 60));

    const styles = ids.map((id, i) => ({
      id,
      colour: this.colour?.(id) || DEFAULT_PALETTE[i % DEFAULT_PALETTE.length]!,
      dash: DASHES[i % DASHES.length]!,
      shape: i,
    }));

    const lines = styles.map((s) => {
      // A customer may appear mid-game: draw only the weeks that have a value.
      const pts = weeks.flatMap((w, i) => {
        const v = w.satisfaction[s.id];
        return typeof v === 'number' ? [{ i, x: x(i), y: y(Math.max(0, Math.min(100, v))) }] : [];
      });
      const shown = pts.filter((p) => marks.includes(p.i) || p === pts[pts.length - 1]);
      return svg`<g class="series">
        <path d=${linePath(pts)} fill="none" stroke=${s.colour} stroke-width="2.2" stroke-dasharray=${s.dash}
          stroke-linejoin="round" stroke-linecap="round"></path>
        ${shown.map((p) => marker(s.shape, p.x, p.y, s.colour, 3.5))}
      </g>`;
    });

    const body = svg`${yAxis(ticks, y, plot, String)}${lines}${weekAxis(
      t,
      weeks.map((w) => w.week),
      x,
      plot,
    )}`;

    const last = weeks[weeks.length - 1]!;
    const aria = t('debrief.chart.satisfaction.aria', {
      week: last.week,
      list: this.list(
        ids.map((id) => t('debrief.chart.satisfaction.ariaItem', { customer: this.customerName(id), value: Math.round(last.satisfaction[id] ?? 0) })),
      ),
    });
    const items: SeriesStyle[] = styles.map((s) => ({
      kind: 'line',
      label: this.customerName(s.id),
      stroke: s.colour,
      strokeWidth: 2.2,
      dash: s.dash,
      marker: s.shape,
    }));
    return figure({ kind: 'satisfaction', caption, aria, height: H, body, legend: legend(t, items) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-chart-satisfaction': ChartSatisfaction;
  }
}
