/**
 * The two studio words the first screen needs (the start screen's entry and the header's
 * way back from a preview), merged into the catalogue by en.ts. The studio's own words
 * load with it (studio.*.ts). `studio-entry.zh.ts` must have exactly these keys.
 */
export const studioEntryEn = {
  'ui.studio.open': 'Scenario studio',
  'ui.studio.back': 'Back to the studio',
} as const;
