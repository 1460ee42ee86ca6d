/** 客户为何这样决定、决策链上的人站在哪里（`ev.winFactor.*`、`ev.bidWon.*`、`ev.supportDrifted*`、`stance.*`、`ui.power.*`、`ui.detail.decision`），由 zh.ts 合入目录。 */
import type { decisionsEn } from './decisions.en.ts';

export const decisionsZh = {
  'ev.bidWon.why': '{text}。得分原因：{why}',
  'ev.bidWon.against': '{text}。尽管如此仍失分的地方：{against}',
  'ev.winFactor.price': '我方报价比{rival}低',
  'ev.winFactor.relationship': '客户决策链上的支持',
  'ev.winFactor.needs': '我们挖掘到了客户的需求',
  'ev.winFactor.fit': '方案与客户匹配得好',
  'ev.winFactor.delivery': 'FR的交付计划让交付日期可信',
  'ev.winFactor.terms': '我方付款条件优于客户惯例',
  'ev.winAgainst.overBudget': '我方报价超出了客户预算',

  'ev.supportNow': '{text}（现为 {support}，范围 −100…+100：{stance}）',
  'ev.supportDrifted': '竞争对手在{customer}拉拢了{stakeholders}，我们已 3 周以上没有拜访：支持度各 {delta}',
  'ev.supportDrifted.one': '竞争对手在{customer}拉拢了{stakeholders}，我们已 3 周以上没有拜访：支持度 {delta}',
  'stance.hostile': '敌对',
  'stance.opponent': '反对者',
  'stance.neutral': '中立',
  'stance.supporter': '支持者',
  'stance.champion': '坚定支持者',

  'ui.power.legend': '圆的大小和圆内数字：对决策的影响力（1–10）。颜色和带正负号的数字：对我方的支持度，从 −100（反对）到 +100（支持）；±30 起为反对者／支持者，±60 起为敌对／坚定支持者。',
  'ui.power.influence': '影响力 {influence}/10',
  'ui.power.support': '支持度 {support}',
  'ui.power.next': '到 {from} 成为{stance}：还差 {n}',
  'ui.power.top': '已是最高立场',
  'ui.power.label': '{name} · {role} · 影响力 {influence}/10 · 支持度 {support}（−100…+100） · {stance}',

  'ui.detail.decision': '客户的决定',
} satisfies Record<keyof typeof decisionsEn, string>;
