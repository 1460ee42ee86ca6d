/**
 * The one workshop word the first screen needs (the start screen's entry), merged into the
 * catalogue by en.ts. The workshop's own words load with it (workshop.*.ts).
 * `workshop-entry.zh.ts` must have exactly these keys.
 */
export const workshopEntryEn = {
  'ui.workshop.join': 'Join a workshop',
} as const;
