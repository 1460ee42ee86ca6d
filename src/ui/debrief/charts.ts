/**
 * The debrief's charts, one custom element each (light DOM, pure SVG drawn by lit):
 *
 * - `<it-chart-funnel>`       lead → cash counts, optionally against par
 * - `<it-chart-cash>`         invoiced / collected to date and overdue, week by week
 * - `<it-chart-satisfaction>` satisfaction per customer, week by week
 * - `<it-chart-pipeline>`     items at each pipeline stage, week by week (stacked)
 * - `<it-chart-time-split>`   each role's days with customers vs internal, AR 80% mark
 *
 * Import this module once to define them all (it also brings in charts.css). Every chart
 * takes `t` (the catalogue lookup, `tx.ui.bind(tx)`) and renders a `<figure class="chart">`.
 */
export { ChartBase, type MoneyFn, type TextFn } from './chart-common.ts';
export { ChartFunnel } from './chart-funnel.ts';
export { ChartCash } from './chart-cash.ts';
export { ChartSatisfaction, DEFAULT_PALETTE } from './chart-satisfaction.ts';
export { ChartPipeline, STAGE_COLOURS } from './chart-pipeline.ts';
export { ChartTimeSplit, type RoleId } from './chart-time-split.ts';
