/** 方案经理和交付经理的售前与存量客户工作（技术交流、方案研讨会、现场勘查、预防性维护）的文字，由 zh.ts 合入目录。 */
import type { presalesEn } from './presales.en.ts';

export const presalesZh = {
  'kind.technicalExchange': '技术交流',
  'kind.solutionWorkshop': '方案研讨会',
  'kind.siteSurvey': '现场勘查',
  'kind.preventiveMaintenance': '预防性维护',
  'act.technicalExchange': '与{customer}的技术人员做技术交流',
  'act.solutionWorkshop': '就线索 {lead} 召开方案研讨会',
  'act.siteSurvey': '到客户现场勘查，制定交付计划',
  'act.preventiveMaintenance': '为{customer}的在网设备做预防性维护',
  'kind.prepareInstallation': '安装准备',
  'act.prepareInstallation': '为订单 {order} 做安装准备（现场、施工队、许可）',
  'why.maintenance': '预防性维护',
  'unit.need.one': '发现 {n} 项需求',
  'unit.need.other': '发现 {n} 项需求',
} satisfies Record<keyof typeof presalesEn, string>;
