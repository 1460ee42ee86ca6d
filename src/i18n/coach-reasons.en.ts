/**
 * The coach's reasons (`coach.reason.<code>`, one per suggestion kind; the params are
 * described in src/coach/reasons.ts), in the seed's words. NOT merged into the main
 * catalogue: they load with the coach, on the first ask (src/ui/panels/coach-lazy.ts),
 * to keep the initial download small. `coach-reasons.zh.ts` must have exactly these keys
 * (test/coach/coach.test.ts checks them as the catalogue tests check the rest).
 */
export const coachReasonsEn = {
  'coach.reason.marketing': 'Smart funnel: only {pipeline} leads and opportunities in hand, and {weeks} weeks left to turn a new lead into cash.',
  'coach.reason.qualifyPrimary': 'Lead management: qualify it before it goes cold in {weeks} weeks; weed out junk at the front end.',
  'coach.reason.qualifyCredible': 'Lead to opportunity: a credible lead of {customer}; open the opportunity so the triangle can work on it ({weeks} weeks before it goes cold).',
  'coach.reason.dropLead': 'Front-end filter: finance would veto {customer} unless it prepays; spend no days on it.',
  'coach.reason.abandon': 'Front-end filter: finance would veto {customer} unless it prepays; stop the effort now.',
  'coach.reason.visit': 'Customer visit: this {stakeholderRole} has influence {influence}; support {support} now, {after} after this visit (aim for {target}); {weeks} weeks to the bid.',
  'coach.reason.visitJoint': 'Joint customer visit: this {stakeholderRole} has influence {influence}; support {support} now, {after} after this visit (aim for {target}); the customer meets who will design and deliver. {weeks} weeks to the bid.',
  'coach.reason.discover': 'SPIN discovery with {customer}: confirm the budget, start date and pains, so the quote and the solution fit.',
  'coach.reason.creditCheck': '360-degree customer profile: check {customer}\'s credit before the bid, to know whether to ask for an advance or insurance.',
  'coach.reason.setTerms': 'Commercial terms: rating {rating}, so ask for {advanceBp} up front and net {netDays} days to protect collection.',
  'coach.reason.setTermsInsured': 'Commercial terms: rating {rating}, so insure the receivable ({advanceBp} up front, net {netDays} days).',
  'coach.reason.designSolution': 'Solution design: {pains} pains found for this product line; a solution that answers them raises the fit from {fit} and the win rate.',
  'coach.reason.designBlind': 'Solution design: the bid is close; a designed solution fits better than the list offer (fit {fit} now).',
  'coach.reason.submitBid': 'Quotation: {priceYuan} ({discountBp} off), gross margin {marginYuan} ({marginBp}), inside the confirmed budget; estimated win chance {chanceBp}. Deadline week {week}.',
  'coach.reason.submitBidNoBudget': 'Quotation: {priceYuan} ({discountBp} off), gross margin {marginYuan} ({marginBp}); the budget is not confirmed; estimated win chance {chanceBp}. Deadline week {week}.',
  'coach.reason.bidAlternative': 'Another price: {priceYuan} ({discountBp} off), margin {marginYuan}, estimated win chance {chanceBp}; on the team\'s estimate it promises more margin on average ({expectedYuan} against {parExpectedYuan}).',
  'coach.reason.feasibility': 'Delivery feasibility before the bid (deadline week {week}): a realistic delivery week counts with the customer and avoids late deliveries.',
  'coach.reason.install': 'Installation work order for {customer}: installed goods can be accepted and invoiced.',
  'coach.reason.acceptance': 'Acceptance at {customer}: the acceptance invoice goes out and the collection cycle shortens.',
  'coach.reason.workTicket': 'ITR: {ticketKind} for {customer}, SLA week {week}; resolve it in time to keep satisfaction.',
  'coach.reason.workTicketDue': 'ITR: {ticketKind} for {customer} is due this week (SLA week {week}); a breach costs satisfaction and brings complaints.',
  'coach.reason.feedRootCause': 'Problem tracking: feed the repair\'s root cause back to product quality (defect rate now {defectBp}).',
  'coach.reason.orderParts': 'Spare parts request: {spares} spares in stock and on order; order {qty} so repairs do not wait for parts.',
  'coach.reason.sendReconciliation': 'Collection: {invoices} invoices of {customer} ({amountYuan}) fall due within 30 days; a reconciliation notice gets them paid on time.',
  'coach.reason.dun': 'Collection: {amountYuan} from {customer} is {overdue} days overdue; dun now.',
  'coach.reason.analyzeOverdue': 'Collection: {amountYuan} from {customer} is {overdue} days overdue; find out whose side the cause is on first.',
  'coach.reason.legalAction': 'Collection: {amountYuan} from {customer} is {overdue} days overdue and the fault is theirs; take legal action.',
  'coach.reason.claimInsurance': 'Collection: {amountYuan} from {customer} is {overdue} days overdue and insured; claim the insurance.',
  'coach.reason.writeOff': 'Collection: {amountYuan} from {customer} is {overdue} days overdue; write it off and clean the books.',
  'coach.reason.chooseCard': 'Decision card: the option that keeps the most long-term value (support, satisfaction, capacity, quality) against the cash.',
  'coach.reason.generic': 'The iron triangle\'s usual next step for {role}.',
  'coach.reason.endTurn': 'Nothing this week is worth more of your {days} days left: end your turn.',
} as const;
