/**
 * The few onboarding words the first screen needs (`ui.onboarding.*`), merged into the
 * catalogue by en.ts. The pages, the guide and the glossary have their own lazily loaded
 * catalogues (howto.*, guide.*, glossary.*). `onboarding.zh.ts` must have exactly these keys.
 */
export const onboardingEn = {
  'ui.onboarding.howTo': 'How to play',
  'ui.onboarding.howToTitle': 'How to play: each role, the week, the words',
  'ui.onboarding.loadFailed': 'Could not load this part of the app: {reason}. Reload the page to try again.',
} as const;
