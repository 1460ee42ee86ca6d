/** 智慧小玄（教练）：按钮、面板、开局开关、复盘一行和每种建议的理由。键与 coach.en.ts 完全一致。 */
import type { coachEn } from './coach.en.ts';

export const coachZh: Record<keyof typeof coachEn, string> = {
  'ui.coach.ask': '问问智慧小玄',
  'ui.coach.askAgain': '再问一次',
  'ui.coach.title': '智慧小玄建议',
  'ui.coach.intro': '只根据你的角色能看到的信息，按铁三角的打法算出。',
  'ui.coach.doIt': '照做',
  'ui.coach.close': '关闭',
  'ui.coach.loading': '智慧小玄正在思考……',
  'ui.coach.failed': '智慧小玄暂时无法回答：{reason}',
  'ui.coach.endTurn': '结束你的回合',
  'ui.coach.cost': '{days}',
  'ui.coach.off': '本局已关闭智慧小玄。',
  'ui.start.coachLegend': '教练（智慧小玄）',
  'ui.start.coach': '允许使用智慧小玄',
  'ui.start.coachHint': '比赛时请关闭：关闭后不显示“问问智慧小玄”按钮。',
  'debrief.coachUsedOne': '询问智慧小玄 1 次：第 {weeks} 周。',
  'debrief.coachUsed': '共询问智慧小玄 {n} 次：第 {weeks} 周。',
  'debrief.coachTaken': '照做的建议：{n} 条。',
  'debrief.coachNever': '本局没有询问智慧小玄。',
  'debrief.coachOff': '本局关闭了智慧小玄。',
};
