/**
 * Cash over time: invoiced and collected to date (cumulative lines) over the open
 * invoices past due each week (a shaded area), so the gap between invoicing and cash
 * — and when it opened — is visible at a glance.
 */
import { nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { WeekSnapshot } from '../../debrief/types.ts';
import { areaPath, linePath, linearScale, niceTicks, pointScale, r1 } from './chart-geometry.ts';
import {
  ChartBase,
  W,
  WEEK_AXIS_SPACE,
  emptyFigure,
  figure,
  gutterFor,
  legend,
  weekAxis,
  yAxis,
  type MoneyFn,
  type Plot,
  type SeriesStyle,
} from './chart-common.ts';

const H = 300;
const INVOICED = { stroke: '#12324f', width: 2.5, dash: 'none' };
const COLLECTED = { stroke: '#1a7f37', width: 3, dash: '8 4' };
const OVERDUE = { fill: '#f2b8b5', stroke: '#b3261e', dash: '2 2' };

@customElement('it-chart-cash')
export class ChartCash extends ChartBase {
  @property({ attribute: false }) weeks: WeekSnapshot[] = [];
  /** Money in yuan → text, for tick labels and the summary. */
  @property({ attribute: false }) money: MoneyFn = (yuan) => String(Math.round(yuan));

  override render() {
    const t = this.t;
    const caption = t('debrief.chart.cash.title');
    const weeks = this.weeks ?? [];
    if (weeks.length === 0) return emptyFigure('cash', caption, t('debrief.chart.noData'));
    const money = this.money;

    const max = Math.max(0, ...weeks.flatMap((w) => [w.invoicedToDate, w.collectedToDate, w.overdue]));
    const ticks = niceTicks(0, max, { maxTicks: 6, integer: true });
    const plot: Plot = { left: gutterFor(ticks.values.map(money)), right: W - 14, top: 12, bottom: H - WEEK_AXIS_SPACE };
    const x = pointScale(weeks.length, plot.left + 6, plot.right - 6);
    const y = linearScale([ticks.min, ticks.max], [plot.bottom, plot.top]);
    const pts = (f: (w: WeekSnapshot) => number) => weeks.map((w, i) => ({ x: x(i), y: y(f(w)) }));
    const dots = weeks.length <= 12;

    const line = (f: (w: WeekSnapshot) => number, s: typeof INVOICED) => svg`
      <path d=${linePath(pts(f))} fill="none" stroke=${s.stroke} stroke-width=${s.width} stroke-dasharray=${s.dash}
        stroke-linejoin="round" stroke-linecap="round"></path>
      ${dots ? pts(f).map((p) => svg`<circle cx=${r1(p.x)} cy=${r1(p.y)} r="3" fill=${s.stroke}></circle>`) : nothing}`;

    const body = svg`
      ${yAxis(ticks, y, plot, money)}
      <path d=${areaPath(pts((w) => w.overdue), plot.bottom)} fill=${OVERDUE.fill} fill-opacity="0.75"
        stroke=${OVERDUE.stroke} stroke-width="1.2" stroke-dasharray=${OVERDUE.dash}></path>
      ${line((w) => w.invoicedToDate, INVOICED)}
      ${line((w) => w.collectedToDate, COLLECTED)}
      ${weekAxis(
        t,
        weeks.map((w) => w.week),
        x,
        plot,
      )}`;

    const last = weeks[weeks.length - 1]!;
    const aria = t('debrief.chart.cash.aria', {
      collected: money(last.collectedToDate),
      invoiced: money(last.invoicedToDate),
      week: last.week,
      overdue: money(last.overdue),
    });
    const items: SeriesStyle[] = [
      { kind: 'line', label: t('debrief.chart.cash.invoiced'), stroke: INVOICED.stroke, strokeWidth: INVOICED.width },
      { kind: 'line', label: t('debrief.chart.cash.collected'), stroke: COLLECTED.stroke, strokeWidth: COLLECTED.width, dash: COLLECTED.dash },
      { kind: 'box', label: t('debrief.chart.cash.overdue'), fill: OVERDUE.fill, stroke: OVERDUE.stroke, dash: OVERDUE.dash },
    ];
    return figure({ kind: 'cash', caption, aria, height: H, body, legend: legend(t, items) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-chart-cash': ChartCash;
  }
}
