/** 首屏需要的两句工作室用语：与 studio-entry.en.ts 的键完全一致。 */
export const studioEntryZh = {
  'ui.studio.open': '情景工作室',
  'ui.studio.back': '返回工作室',
} as const;
