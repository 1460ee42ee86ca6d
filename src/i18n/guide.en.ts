/**
 * The guided first week (`guide.*`), loaded lazily with the guide
 * (src/ui/onboarding/guide.ts); `guide.zh.ts` must have exactly these keys
 * (test/i18n/lazy-catalogues.test.ts).
 */
export const guideEn = {
  'guide.label': 'First-week guide',
  'guide.progress': 'Step {n} of {total}',
  'guide.next': 'Next',
  'guide.back': 'Back',
  'guide.skip': 'Skip the guide',
  'guide.finish': 'Finish',
  'guide.goThere': 'Take me there',
  'guide.escHint': 'Esc skips the guide; replay it any time from How to play.',
  'guide.welcome.title': 'Your first week as {role}',
  'guide.welcome.AR': 'You are the account manager: you own the customer, from the first lead to the last payment. This guide shows one thing at a time and has you make one real move.',
  'guide.welcome.SR': 'You are the solution manager: you own the solution, the price and the margin. This guide shows one thing at a time and has you make one real move.',
  'guide.welcome.FR': 'You are the fulfilment manager: you own delivery and service. This guide shows one thing at a time and has you make one real move.',
  'guide.kpis.title': 'The numbers',
  'guide.kpis.text': 'The team is judged on these: win rate, revenue, gross margin, collection, satisfaction, complaints, document cycle, cash, and the score that weighs them (1000 = every target met). Each shows its target and its change since the week began. Point at or Tab to a name for its meaning.',
  'guide.board.title': 'The board: the LTC stages',
  'guide.board.text': 'Deals move left to right: leads, opportunities, bids, contracts, orders, invoices, cash; service tickets below. Click a token, or a chip in the list under the board, to select it.',
  'guide.detail.title': 'Details and the power map',
  'guide.detail.text': 'What you select is shown here: its stage and numbers, and its customer\'s power map (who decides, how much they count, whether they are for or against us) and service history.',
  'guide.act.title': 'Your move',
  'guide.act.select': 'First select {thing} in the list under the board. The actions for it appear in the panel on the right.',
  'guide.act.do': 'Now press "{action}" ({cost}). {why}',
  'guide.act.none': 'Nothing for {role} to do yet this week. {reason} Press End week; the guide goes on next week.',
  'guide.act.waiting': 'Do it to go on, or skip the guide.',
  'guide.none.AR': 'No lead or deal needs you now.',
  'guide.none.SR': 'Your work starts once AR has turned a lead into an opportunity: then you design the solution and price the bid.',
  'guide.none.FR': 'Your work starts with a feasibility check on an opportunity, or a ticket.',
  'guide.why.qualifyLead': 'Qualifying tells a real lead from junk before you spend more days on it.',
  'guide.why.marketing': 'Marketing is how new leads appear; it also costs money.',
  'guide.why.designSolution': 'The solution fit comes from the needs known so far; it weighs in the customer\'s decision.',
  'guide.why.submitBid': 'The button shows price, margin and estimated win chance before you commit.',
  'guide.why.feasibility': 'A delivery promise checked by FR before the bid is one the customer believes.',
  'guide.why.orderParts': 'Spare parts take a week to arrive; without them a repair waits.',
  'guide.why.other': 'Every action costs days: the panel shows how many.',
  'guide.feed.title': 'The feed',
  'guide.feed.text': 'Every result appears here, newest first. Yours: "{line}"',
  'guide.feed.empty': 'Every result appears here, newest first: your moves, the bots\' moves and the world\'s news.',
  'guide.end.title': 'End the week',
  'guide.end.text': 'When your days are spent, press End week. The bots play the other roles, then the world moves: customers decide, orders ship, invoices fall due.',
  'guide.done.title': 'Week {week} begins',
  'guide.done.text': 'That was a week. Read the new lines in the feed, then plan this week the same way. The guide is done; replay it any time from How to play.',
} as const;

export type GuideKey = keyof typeof guideEn;
