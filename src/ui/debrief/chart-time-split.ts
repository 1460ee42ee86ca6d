/**
 * Where each role's days went: one 100% bar per role, days with the customer (dark)
 * against internal days (light), with the percentages printed and the AR's
 * "80% of time with customers" rule marked on the AR bar.
 */
import { nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameHistory, TimeSplit } from '../../debrief/types.ts';
import { linearScale, percent, r1, ratio, textWidth } from './chart-geometry.ts';
import { ChartBase, FONT, FONT_LABEL, INK, MUTED, W, emptyFigure, figure, legend, type SeriesStyle } from './chart-common.ts';

/** The roles, as the debrief's types know them (no engine import). */
export type RoleId = keyof GameHistory['timeSplit'];
const ROLE_ORDER: RoleId[] = ['AR', 'SR', 'FR'];

const CUSTOMER = { fill: '#12324f', stroke: '#12324f', text: '#ffffff' };
const INTERNAL = { fill: '#e3e8ee', stroke: '#7b8a9a', text: INK };
const TARGET = { stroke: '#c62828', dash: '5 3' };

@customElement('it-chart-time-split')
export class ChartTimeSplit extends ChartBase {
  @property({ attribute: false }) split: Record<RoleId, TimeSplit> | null = null;
  /** Role → display name (the app passes the catalogue's role names). */
  @property({ attribute: false }) roleName: (r: RoleId) => string = (r) => r;
  /** The AR's target share of days with customers (0–1). */
  @property({ attribute: false }) target = 0.8;

  override render() {
    const t = this.t;
    const caption = t('debrief.chart.time.title');
    const split = this.split;
    if (!split) return emptyFigure('time-split', caption, t('debrief.chart.noData'));
    const roles = ROLE_ORDER.filter((r) => split[r]);
    const target = Math.max(0, Math.min(1, this.target));
    const targetText = t('debrief.chart.time.target', { pct: percent(target) });

    const left = 8;
    const right = W - 8;
    const x = linearScale([0, 1], [left, right]);
    const barH = 26;
    let y = 4;
    const rows = roles.map((r) => {
      const s = split[r];
      const total = s.customerDays + s.internalDays;
      const share = ratio(s.customerDays, total);
      const rowTop = y;
      const barY = rowTop + FONT_LABEL + 8;
      const isAr = r === 'AR';
      y = barY + barH + (isAr ? FONT + 18 : 14);
      const xc = x(share);
      const tx = x(target);
      const summary = total > 0 ? t('debrief.chart.time.days', { customer: r1(s.customerDays), total: r1(total) }) : t('debrief.chart.time.noDays');
      // A percentage goes inside its segment when it fits there, on the roomier side of
      // the target mark when the mark crosses the segment.
      const pctIn = (text: string, a: number, b: number, colour: string) => {
        let [from, to] = [a, b];
        if (isAr && tx > a && tx < b) [from, to] = tx - a >= b - tx ? [a, tx - 3] : [tx + 3, b];
        return to - from >= textWidth(text, FONT_LABEL) + 10
          ? svg`<text x=${r1((from + to) / 2)} y=${r1(barY + barH / 2 + FONT_LABEL * 0.35)} text-anchor="middle" font-size=${FONT_LABEL}
              font-weight="bold" fill=${colour}>${text}</text>`
          : nothing;
      };
      return svg`<g class="role-row">
        <text x=${left} y=${rowTop + FONT_LABEL} font-size=${FONT_LABEL} font-weight="bold" fill=${INK}>${this.roleName(r)}</text>
        <text x=${right} y=${rowTop + FONT_LABEL} text-anchor="end" fill=${MUTED}>${summary}</text>
        ${total > 0
          ? svg`
            <rect x=${left} y=${barY} width=${r1(right - left)} height=${barH} fill=${INTERNAL.fill} stroke=${INTERNAL.stroke}></rect>
            <rect x=${left} y=${barY} width=${r1(xc - left)} height=${barH} fill=${CUSTOMER.fill} stroke=${CUSTOMER.stroke}></rect>
            ${pctIn(percent(share), left, xc, CUSTOMER.text)}
            ${pctIn(`${t('debrief.chart.time.internal')} ${percent(1 - share)}`, xc, right, INTERNAL.text)}`
          : svg`<rect x=${left} y=${barY} width=${r1(right - left)} height=${barH} fill="none" stroke=${INTERNAL.stroke} stroke-dasharray="3 3"></rect>`}
        ${isAr
          ? svg`<line x1=${r1(tx)} x2=${r1(tx)} y1=${barY - 5} y2=${barY + barH + 5} stroke="#ffffff" stroke-width="5"></line>
            <line x1=${r1(tx)} x2=${r1(tx)} y1=${barY - 5} y2=${barY + barH + 5} stroke=${TARGET.stroke} stroke-width="2.5"
              stroke-dasharray=${TARGET.dash}></line>
            <text x=${r1(tx)} y=${barY + barH + 5 + FONT + 2} text-anchor="middle" fill=${TARGET.stroke} font-weight="bold">${targetText}</text>`
          : nothing}
      </g>`;
    });
    const height = Math.max(40, y);

    const aria = t('debrief.chart.time.aria', {
      list: this.list(
        roles.map((r) =>
          t('debrief.chart.time.ariaItem', { role: this.roleName(r), pct: percent(ratio(split[r].customerDays, split[r].customerDays + split[r].internalDays)) }),
        ),
      ),
      target: percent(target),
    });
    const items: SeriesStyle[] = [
      { kind: 'box', label: t('debrief.chart.time.customer'), fill: CUSTOMER.fill, stroke: CUSTOMER.stroke },
      { kind: 'box', label: t('debrief.chart.time.internal'), fill: INTERNAL.fill, stroke: INTERNAL.stroke },
    ];
    return figure({ kind: 'time-split', caption, aria, height, body: rows, legend: legend(t, items) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-chart-time-split': ChartTimeSplit;
  }
}
