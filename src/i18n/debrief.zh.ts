/** 复盘界面的中文词条（`debrief.*`），由 zh.ts 并入总词条；键必须与 debrief.en.ts 一致。 */
import type { debriefEn } from './debrief.en.ts';

export const debriefZh = {
  'debrief.title': '复盘',

  // ── 图表（src/ui/debrief/charts.ts）──────────────────────────────────────
  'debrief.chart.week': '周',
  'debrief.chart.weekN': '第 {week} 周',
  'debrief.chart.noData': '还没有打完任何一周',
  'debrief.chart.listSep': '、',
  'debrief.chart.legend': '图例',

  'debrief.chart.funnel.title': '从线索到回款：商机走到了哪一步',
  'debrief.chart.funnel.you': '本局',
  'debrief.chart.funnel.par': '标杆（同一种子下的铁三角机器人）',
  'debrief.chart.funnel.kept': '百分比为上一步留下的比例',
  'debrief.chart.funnel.step.leads': '线索',
  'debrief.chart.funnel.step.opportunities': '机会点',
  'debrief.chart.funnel.step.bids': '投标',
  'debrief.chart.funnel.step.won': '中标',
  'debrief.chart.funnel.step.delivered': '交付',
  'debrief.chart.funnel.step.invoiced': '开票',
  'debrief.chart.funnel.step.collected': '回款',
  'debrief.chart.funnel.aria': '从线索到回款各步的数量：{steps}',
  'debrief.chart.funnel.ariaCompare': '{label}：{steps}',
  'debrief.chart.funnel.ariaStep': '{step} {count}',

  'debrief.chart.cash.title': '回款：开票、回款与逾期',
  'debrief.chart.cash.invoiced': '累计开票',
  'debrief.chart.cash.collected': '累计回款',
  'debrief.chart.cash.overdue': '当周逾期',
  'debrief.chart.cash.aria': '截至第 {week} 周，开票 {invoiced}，已回款 {collected}；当周逾期 {overdue}',

  'debrief.chart.satisfaction.title': '客户满意度（0–100）',
  'debrief.chart.satisfaction.aria': '第 {week} 周的满意度：{list}',
  'debrief.chart.satisfaction.ariaItem': '{customer} {value}',

  'debrief.chart.pipeline.title': '各阶段在途数量（逐周）',
  'debrief.chart.pipeline.stage.lead': '线索',
  'debrief.chart.pipeline.stage.opportunity': '机会点',
  'debrief.chart.pipeline.stage.bid': '投标',
  'debrief.chart.pipeline.stage.contract': '合同',
  'debrief.chart.pipeline.stage.order': '订单',
  'debrief.chart.pipeline.stage.invoice': '未结发票',
  'debrief.chart.pipeline.aria': '第 {week} 周在途：{list}；最多是第 {peakWeek} 周的 {peak} 项',
  'debrief.chart.pipeline.ariaItem': '{stage} {count}',
  'debrief.chart.pipeline.weekTip': '第 {week} 周：{list}',

  'debrief.chart.time.title': '各角色与客户在一起的时间',
  'debrief.chart.time.customer': '与客户在一起',
  'debrief.chart.time.internal': '内部事务',
  'debrief.chart.time.days': '{total} 天中有 {customer} 天与客户在一起',
  'debrief.chart.time.noDays': '未用任何天数',
  'debrief.chart.time.target': 'AR 目标 {pct}',
  'debrief.chart.time.aria': '与客户在一起的时间占比：{list}；AR 目标 {target}',
  'debrief.chart.time.ariaItem': '{role} {pct}',
} satisfies Record<keyof typeof debriefEn, string>;
