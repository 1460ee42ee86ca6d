/**
 * The pipeline week by week: one stacked bar per week, a segment per LTC stage. Stages
 * run light (leads, at the bottom) to dark (open invoices, at the top): a sequential
 * ramp that keeps its order in greyscale.
 */
import { svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { STAGES, type Stage, type WeekSnapshot } from '../../debrief/types.ts';
import { argMax, bandScale, linearScale, niceTicks, r1, stackRows } from './chart-geometry.ts';
import { ChartBase, W, WEEK_AXIS_SPACE, emptyFigure, figure, gutterFor, legend, weekAxis, yAxis, type Plot, type SeriesStyle } from './chart-common.ts';

const H = 300;
export const STAGE_COLOURS: Record<Stage, string> = {
  lead: '#c6dbef',
  opportunity: '#9ecae1',
  bid: '#6baed6',
  contract: '#3d8bc4',
  order: '#1f5f9e',
  invoice: '#08306b',
};

@customElement('it-chart-pipeline')
export class ChartPipeline extends ChartBase {
  @property({ attribute: false }) weeks: WeekSnapshot[] = [];

  override render() {
    const t = this.t;
    const caption = t('debrief.chart.pipeline.title');
    const weeks = this.weeks ?? [];
    if (weeks.length === 0) return emptyFigure('pipeline', caption, t('debrief.chart.noData'));
    const stageName = (s: Stage) => t(`debrief.chart.pipeline.stage.${s}`);

    const stacked = stackRows(
      weeks.map((w) => w.pipeline),
      STAGES,
    );
    const ticks = niceTicks(0, stacked.max, { maxTicks: 6, integer: true });
    const plot: Plot = { left: gutterFor(ticks.values.map(String)), right: W - 14, top: 12, bottom: H - WEEK_AXIS_SPACE };
    const band = bandScale(weeks.length, plot.left, plot.right, weeks.length > 26 ? 0.15 : 0.3, 48);
    const y = linearScale([ticks.min, ticks.max], [plot.bottom, plot.top]);
    const stageList = (w: WeekSnapshot) =>
      this.list(STAGES.map((s) => t('debrief.chart.pipeline.ariaItem', { stage: stageName(s), count: w.pipeline[s] ?? 0 })));

    const bars = weeks.map(
      (w, i) => svg`<g class="week">
        <title>${t('debrief.chart.pipeline.weekTip', { week: w.week, list: stageList(w) })}</title>
        ${stacked.series.map(({ key, segments }) => {
          const seg = segments[i]!;
          if (seg.y1 <= seg.y0) return null;
          return svg`<rect x=${r1(band.x(i))} width=${r1(band.bandwidth)} y=${r1(y(seg.y1))} height=${r1(y(seg.y0) - y(seg.y1))}
            fill=${STAGE_COLOURS[key]} stroke="#ffffff" stroke-width=${band.bandwidth > 6 ? 0.6 : 0.3}></rect>`;
        })}
      </g>`,
    );

    const body = svg`${yAxis(ticks, y, plot, String)}${bars}${weekAxis(
      t,
      weeks.map((w) => w.week),
      band.centre,
      plot,
    )}`;

    const last = weeks[weeks.length - 1]!;
    const peak = argMax(stacked.totals);
    const aria = t('debrief.chart.pipeline.aria', {
      week: last.week,
      list: stageList(last),
      peak: stacked.totals[peak] ?? 0,
      peakWeek: weeks[peak]?.week ?? last.week,
    });
    const items: SeriesStyle[] = STAGES.map((s) => ({ kind: 'box', label: stageName(s), fill: STAGE_COLOURS[s], stroke: '#5b6b7c' }));
    return figure({ kind: 'pipeline', caption, aria, height: H, body, legend: legend(t, items) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-chart-pipeline': ChartPipeline;
  }
}
