/**
 * The coach, 智慧小玄 in Chinese ("Xiaoxuan" here): the button and panel (`ui.coach.*`),
 * the start-screen switch and the debrief line. Merged into the catalogue by en.ts;
 * `coach.zh.ts` must have exactly these keys. The reasons load with the coach
 * (`coach-reasons.en.ts`).
 */
export const coachEn = {
  'ui.coach.ask': 'Ask the coach',
  'ui.coach.askAgain': 'Ask again',
  'ui.coach.title': 'Coach Xiaoxuan suggests',
  'ui.coach.intro': 'Worked out from what your role can see, by the iron triangle\'s own playbook.',
  'ui.coach.doIt': 'Do it',
  'ui.coach.close': 'Close',
  'ui.coach.loading': 'Xiaoxuan is thinking...',
  'ui.coach.failed': 'The coach could not answer: {reason}',
  'ui.coach.endTurn': 'End your turn',
  'ui.coach.cost': '{days}',
  'ui.coach.off': 'The coach is switched off for this game.',
  'ui.start.coachLegend': 'Coach',
  'ui.start.coach': 'Coach available',
  'ui.start.coachHint': 'Turn off for a competition: the "Ask the coach" button is then absent.',
  'debrief.coachUsedOne': 'Coach asked once: week {weeks}.',
  'debrief.coachUsed': 'Coach asked {n} times: weeks {weeks}.',
  'debrief.coachTaken': 'Suggestions followed: {n}.',
  'debrief.coachNever': 'The coach was not asked in this game.',
  'debrief.coachOff': 'The coach was switched off for this game.',
} as const;
