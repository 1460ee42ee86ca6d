/** 开始页上唯一的工作坊入口文字（键与 workshop-entry.en.ts 相同）。 */
export const workshopEntryZh = {
  'ui.workshop.join': '加入工作坊',
} as const;
