/** 新手入门在首屏需要的几句话：与 onboarding.en.ts 的键完全一致。 */
export const onboardingZh = {
  'ui.onboarding.howTo': '玩法说明',
  'ui.onboarding.howToTitle': '玩法说明：各角色、一周怎么玩、术语',
  'ui.onboarding.loadFailed': '这部分内容加载失败：{reason}。请刷新页面重试。',
} as const;
