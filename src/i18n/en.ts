/**
 * The English catalogue. It defines the key set: `zh.ts` must have exactly these keys
 * (`satisfies Catalogue`), and a test checks both carry the same `{placeholders}`.
 *
 * Key families:
 * - `ui.*`        plain UI strings (start, briefing, play, card, end, saves, a11y)
 * - `rej.*`       one sentence per engine rejection code (rejections.en.ts)
 * - `ev.*`        one feed line per engine event type (events.en.ts, built by events.ts)
 * - `debrief.*`   the debrief screen and report (debrief.en.ts)
 * - `kpi.*`, `kpiHint.*`, `scorePart.*`, `ui.score.*`  the KPIs and the score (kpis.en.ts)
 * - `ui.games.*`, `ui.saves.*`, `ui.importError.*`, `ui.nav.*`  saved games (saves.en.ts)
 * - `panel.*`, `summary.*`  the action panel's groups and the end-of-week summary (panel.en.ts)
 * - `act.*`       action button labels; `kind.*` short names of action kinds
 * - enum names:   role, srole, kpi, kpiHint, lane, ticketKind, ticketCause, ticketStatus,
 *                 leadGrade, oppStatus, orderStatus, contractStatus, invoiceStatus,
 *                 milestone, veto, junk, activity, why, overdueCause, termsPreset, terms, scorePart
 * - `unit.*`      counted nouns (`.one` / `.other`), `fmt.*` small joining patterns
 *
 * English must contain no CJK characters (tested): names in other languages reach a
 * sentence only through `{placeholders}`.
 */
import { debriefEn } from './debrief.en.ts';
import { decisionsEn } from './decisions.en.ts';
import { eventsEn } from './events.en.ts';
import { rejectionsEn } from './rejections.en.ts';
import { kpisEn } from './kpis.en.ts';
import { savesEn } from './saves.en.ts';
import { onboardingEn } from './onboarding.en.ts';
import { coachEn } from './coach.en.ts';
import { studioEntryEn } from './studio-entry.en.ts';
import { workshopEntryEn } from './workshop-entry.en.ts';
import { panelEn } from './panel.en.ts';
import { presalesEn } from './presales.en.ts';

const core = {
  // ── app ───────────────────────────────────────────────────────────────────
  'ui.app.title': 'Iron Triangle Sandbox',
  'ui.app.tagline': 'Rehearse Lead to Cash and Issue to Resolution as one iron triangle',
  'ui.app.language': 'Language',
  'ui.app.switchLanguage': 'Switch the interface to Chinese',

  // ── start screen ──────────────────────────────────────────────────────────
  'ui.start.title': 'New game',
  'ui.start.chooseScenario': 'Choose a scenario',
  'ui.start.language': 'Language',
  'ui.start.mode': 'Mode',
  'ui.start.solo': 'Solo: bots play the other two roles',
  'ui.start.team': 'Team: three players, one role each',
  'ui.start.yourRole': 'Your role',
  'ui.start.seed': 'Seed',
  'ui.start.seedHint': 'Same scenario and same seed: the only difference is your decisions',
  'ui.start.newSeed': 'New seed',
  'ui.start.start': 'Start',
  'ui.start.resume': 'Resume saved game',
  'ui.start.weeks': '{weeks} weeks',
  'ui.start.difficulty': 'Difficulty',
  'ui.start.objectives': 'Learning objectives',
  'ui.start.broken': 'This scenario file has errors and cannot be played:',

  // ── briefing ──────────────────────────────────────────────────────────────
  'ui.briefing.title': 'Briefing',
  'ui.briefing.situation': 'The situation',
  'ui.briefing.responsibilities': 'Your responsibilities',
  'ui.briefing.objectives': 'Objectives',
  'ui.briefing.you': 'you',
  'ui.briefing.aPlayer': 'a player',
  'ui.briefing.bot': 'bot',
  'ui.briefing.begin': 'Begin week 1',

  // ── play screen ───────────────────────────────────────────────────────────
  'ui.play.week': 'Week {week} of {weeks}',
  'ui.play.yourTurn': "{role}'s turn",
  'ui.play.daysLeft': '{role} — days left this week: {days}',
  'ui.play.actions': 'Actions',
  'ui.play.unavailable': 'Not available: {reason}',
  'ui.play.rejected': 'Not done: {reason}',
  'ui.play.cost': 'Takes {cost}',
  'ui.play.forSelected': 'For the selected item',
  'ui.play.general': 'General',
  'ui.play.nothingForSelected': 'Your role has nothing to do with this item right now',
  'ui.play.selectHint': 'Select a lead, invoice, ticket or customer to see its details and actions',
  'ui.play.selected': 'Selected item',
  'ui.play.sidePanel': 'Actions and details',
  'ui.play.customers': 'Customers',
  'ui.play.pipeline': 'Pipeline',
  'ui.play.powerMap': 'Power map',
  'ui.play.stakeholders': 'Stakeholders',
  'ui.play.influence': 'Influence',
  'ui.play.support': 'Support',
  'ui.play.supporter': 'Supporter',
  'ui.play.neutral': 'Neutral',
  'ui.play.opponent': 'Opponent',
  'ui.play.left': 'Has left',
  'ui.play.knownPains': 'Known pains',
  'ui.play.noPainsKnown': 'No pains found yet',
  'ui.play.issueHistory': 'Issue history (ITR)',
  'ui.play.feed': 'News feed',
  'ui.play.world': 'World',
  'ui.play.costDays': '{days}d',
  'ui.play.botTag': 'bot',
  'ui.play.kpiBar': 'KPIs',
  'ui.play.cash': 'Cash',
  'ui.play.endWeek': 'End week',
  'ui.play.endTurn': 'End my turn',
  'ui.play.handOver': 'Hand over to {role}',
  'ui.play.startTurn': "I'm {role}: start my turn",
  'ui.play.botsPlaying': 'Bots are playing {roles}',
  'ui.play.boardFailed': 'The board could not load ({reason}); the lists below still work.',
  'ui.play.stateHash': 'State fingerprint: the same code means exactly the same game (click to copy)',

  // ── detail panel ──────────────────────────────────────────────────────────
  'ui.detail.status': 'Status',
  'ui.detail.credit': 'Credit',
  'ui.detail.satisfaction': 'Satisfaction',
  'ui.detail.exposure': 'Exposure',
  'ui.detail.lead': 'Lead',
  'ui.detail.stage': 'Stage',
  'ui.detail.deadline': 'Bid deadline',
  'ui.detail.budget': 'Budget',
  'ui.detail.fit': 'Solution fit',
  'ui.detail.feasibility': 'Delivery plan',
  'ui.detail.competitors': 'Competitors',
  'ui.detail.terms': 'Payment terms',
  'ui.detail.bid': 'Bid',
  'ui.detail.contract': 'Contract',
  'ui.detail.order': 'Order',
  'ui.detail.invoice': 'Invoice',
  'ui.detail.ticket': 'Ticket',
  'ui.detail.due': 'due',
  'ui.detail.day': 'day {day}',
  'ui.detail.none': 'Not assessed',
  'ui.detail.unknown': 'Not confirmed',
  'ui.detail.unchecked': 'Not credit-checked',
  'ui.detail.noIssues': 'No issues on record',
  'ui.detail.open': 'open',
  'ui.detail.resolved': 'resolved',
  'ui.detail.tenderTerms': 'Tender terms',
  'ui.detail.tenderNoAdvance': 'no advance allowed',
  'ui.detail.tenderMaxAdvance': 'advance at most {pct}',
  'ui.detail.tenderTermsAria': 'Their tender allows: {terms}',
  'ui.detail.termsDefault': 'Not set: the bid will use {terms}',
  'ui.detail.drivers': 'Why they feel this way',
  'ui.detail.driversSummary': 'Satisfaction {now}: started at {start}, {change} since',
  'ui.detail.driversNone': 'Nothing has moved their satisfaction yet',
  'ui.detail.driverItem': '{reason}: {delta}',

  // ── payment terms in the action panel ─────────────────────────────────────
  'ui.terms.forbiddenNone': 'Their tender allows no advance: this bid would be disqualified',
  'ui.terms.forbiddenMax': 'Their tender allows at most {max} advance: this bid would be disqualified',
  'ui.terms.current': 'current',
  'ui.bid.price': 'price {price}',
  'ui.bid.margin': 'margin {margin} ({pct})',
  'ui.bid.insideBudget': 'inside their budget',
  'ui.bid.overBudget': 'over their budget',
  'ui.bid.budgetUnknown': 'budget unknown',
  'ui.bid.chance': 'estimated win chance {chance}',
  'ui.bid.late': 'Approval takes {days}: the bid would reach them after Friday of week {week} and be lost as late',
  'ui.cash.onList': 'Money in (at list price): {parts}',
  'ui.cash.onBid': 'Money in (on our bid): {parts}',
  'ui.cash.advance': '{amount} on signing, due in {days}',
  'ui.cash.delivery': '{amount} on delivery, net {days}',
  'ui.cash.acceptance': '{amount} on acceptance, net {days}',
  'ui.cash.retention': '{amount} {weeks} weeks after acceptance, net {days}',
  'ui.detail.deadlineRule': 'bid must be approved by Friday of week {week}',
  'ui.detail.deadlineAfterEnd': 'bid must be approved by Friday of week {week} — after the game ends, so this tender is still undecided then and counts in no KPI',

  // ── the score in one line (KPI bar tooltip) ───────────────────────────────

  // ── decision card ─────────────────────────────────────────────────────────
  'ui.card.title': 'Decision card',
  'ui.card.choose': 'Choose',
  'ui.card.defaultNote': 'If nobody chooses before the week ends, the first option applies.',

  // ── end screen ────────────────────────────────────────────────────────────
  'ui.end.title': 'Final results',
  'ui.end.finalKpis': 'Final KPIs',
  'ui.end.score': 'Score',
  'ui.end.scoreHint': '1000 means every target exactly met',
  'ui.end.debrief': 'Debrief',
  'ui.end.playAgain': 'Play again',
  'ui.end.openTenders': 'Tenders still open at the end: {n} ({bids} with our bid in). The customers decide after the last week, so these count in no KPI — not in the win rate either.',
  'ui.end.exportSave': 'Export save',
  'ui.end.importSave': 'Import save',

  // ── saves ─────────────────────────────────────────────────────────────────
  'ui.branch.banner': 'What-if branch from week {week}: the same world up to then, your new decisions from there. The original game stays in the saved games, and the debrief compares the two.',

  // ── accessibility labels ──────────────────────────────────────────────────

  // ── roles ─────────────────────────────────────────────────────────────────
  'role.AR': 'Account manager (AR)',
  'role.SR': 'Solution manager (SR)',
  'role.FR': 'Fulfilment manager (FR)',
  'role.short.AR': 'AR',
  'role.short.SR': 'SR',
  'role.short.FR': 'FR',

  'srole.decisionMaker': 'Decision maker',
  'srole.influencer': 'Influencer',
  'srole.technicalEvaluator': 'Technical evaluator',
  'srole.procurement': 'Procurement',
  'srole.finance': 'Finance',

  // ── KPIs ──────────────────────────────────────────────────────────────────


  // ── pipeline lanes ────────────────────────────────────────────────────────
  'lane.lead': 'Leads',
  'lane.opportunity': 'Opportunities',
  'lane.bid': 'Bids',
  'lane.contract': 'Contracts',
  'lane.order': 'Orders',
  'lane.invoice': 'Invoices',
  'lane.cash': 'Cash',
  'lane.ticket': 'Tickets',

  // ── enum names ────────────────────────────────────────────────────────────
  'ticketKind.install': 'Install ticket',
  'ticketKind.repair': 'Repair ticket',
  'ticketKind.partsRequest': 'Parts request',
  'ticketKind.partsReturn': 'Parts return',
  'ticketKind.complaint': 'Complaint',

  'ticketCause.delivery': 'new delivery',
  'ticketCause.defect': 'equipment fault',
  'ticketCause.late': 'late delivery',
  'ticketCause.breach': 'SLA breached',
  'ticketCause.acceptance': 'failed acceptance',
  'ticketCause.spares': 'spare parts needed',
  'ticketCause.return': 'part to return',
  'ticketCause.veto': 'contract vetoed',
  'ticketCause.scripted': 'reported by the customer',

  'ticketStatus.open': 'Open',
  'ticketStatus.resolved': 'Resolved',

  'leadGrade.primary': 'Primary lead',
  'leadGrade.credible': 'Credible lead',
  'leadGrade.opportunity': 'Opportunity lead',
  'leadGrade.junk': 'Junk lead',
  'leadGrade.expired': 'Expired',
  'leadGrade.dropped': 'Dropped',

  'oppStatus.open': 'Open',
  'oppStatus.bidding': 'Bid submitted',
  'oppStatus.won': 'Won',
  'oppStatus.lost': 'Lost',
  'oppStatus.noBid': 'No bid',
  'oppStatus.signed': 'Signed',
  'oppStatus.vetoed': 'Vetoed',

  'orderStatus.approving': 'In approval',
  'orderStatus.awaitingAdvance': 'Waiting for the advance',
  'orderStatus.production': 'In production',
  'orderStatus.shipping': 'Shipping',
  'orderStatus.install': 'Awaiting installation',
  'orderStatus.acceptance': 'Awaiting acceptance',
  'orderStatus.accepted': 'Accepted',

  'contractStatus.approving': 'In approval',
  'contractStatus.active': 'Active',
  'contractStatus.vetoed': 'Vetoed',
  'contractStatus.closed': 'Closed',

  'invoiceStatus.open': 'Open',
  'invoiceStatus.paid': 'Paid',
  'invoiceStatus.legal': 'In court',
  'invoiceStatus.claimed': 'Insurance claimed',
  'invoiceStatus.writtenOff': 'Written off',

  'milestone.advance': 'Advance',
  'milestone.delivery': 'Delivery',
  'milestone.acceptance': 'Acceptance',
  'milestone.retention': 'Retention',

  'veto.negativeMargin': 'negative gross margin',
  'veto.tooSmall': 'customer below the size threshold',
  'veto.pledgeRatio': 'stock-pledge ratio above the limit',
  'veto.blacklisted': 'customer is blacklisted',
  'veto.creditLimit': "over the customer's credit limit",
  'veto.creditBudget': "over the company's total credit budget",

  'junk.noCustomer': 'no specific customer behind it',
  'junk.noIntention': 'the customer has no intention to buy',
  'junk.noFit': 'none of our solutions fits',
  'junk.unknown': 'not a real need',

  'activity.seminar': 'Technical seminar',
  'activity.exhibition': 'Trade show',
  'activity.executiveVisit': 'Executive visit',
  'activity.referenceVisit': 'Reference-site visit',

  'why.veto': 'contract vetoed',
  'why.accepted': 'acceptance passed',
  'why.ticketResolved': 'issue resolved',
  'why.acceptanceFailed': 'acceptance failed',
  'why.late': 'late delivery',
  'why.sued': 'we took them to court',
  'why.defect': 'equipment fault',
  'why.slaBreached': 'SLA breached',
  'why.complaintIgnored': 'complaint left unanswered',
  'why.dunnedWhileAggrieved': 'chased for money while their complaint is open',
  'why.scripted': 'market news',
  'why.onTime': 'delivered on time',
  'why.solutionFit': 'how well the solution fits their needs',
  'why.relationship': 'how well their people know our team',
  'why.grievance': 'an open complaint or overdue ticket',

  'overdueCause.ours': 'Our side',
  'overdueCause.theirs': "Customer's side",

  'termsPreset.prepaid': 'Prepaid',
  'termsPreset.advance': '30% advance',
  'termsPreset.standard': 'Standard',
  'termsPreset.loose': 'Loose',

  'terms.advance': '{pct} advance',
  'terms.delivery': '{pct} on delivery',
  'terms.acceptance': '{pct} on acceptance',
  'terms.retention': '{pct} retention',
  'terms.netDays': 'net {days}',


  // ── counted nouns and joining patterns ────────────────────────────────────
  'unit.day.one': '{n} day',
  'unit.day.other': '{n} days',
  'unit.week.one': '{n} week',
  'unit.week.other': '{n} weeks',
  'unit.lead.one': '{n} new lead',
  'unit.lead.other': '{n} new leads',
  'unit.invoice.one': '{n} invoice',
  'unit.invoice.other': '{n} invoices',
  'unit.unit.one': '{n} unit',
  'unit.unit.other': '{n} units',
  'unit.part.one': '{n} spare part',
  'unit.part.other': '{n} spare parts',

  'fmt.paren': '{text} ({note})',
  'fmt.listSep': ', ',
  'fmt.listLast': ' and ',
  'fmt.sep': ' · ',
  'fmt.week': 'week {week}',
  'fmt.lead': '{quantity} × {product}',
  'fmt.invoice': '{deal}, {milestone}',
  'fmt.ticket': '{what}, week {week}',

  // ── action kinds ──────────────────────────────────────────────────────────
  'kind.marketing': 'Marketing',
  'kind.qualifyLead': 'Qualify lead',
  'kind.dropLead': 'Drop lead',
  'kind.visit': 'Customer visit',
  'kind.discover': 'Discovery',
  'kind.creditCheck': 'Credit check',
  'kind.setTerms': 'Payment terms',
  'kind.designSolution': 'Solution design',
  'kind.submitBid': 'Bid',
  'kind.abandon': 'Walk away',
  'kind.feasibility': 'Delivery feasibility',
  'kind.install': 'Install',
  'kind.acceptance': 'Acceptance',
  'kind.workTicket': 'Work ticket',
  'kind.feedRootCause': 'Root-cause feedback',
  'kind.orderParts': 'Order spare parts',
  'kind.sendReconciliation': 'Reconciliation notice',
  'kind.dun': 'Dunning',
  'kind.analyzeOverdue': 'Overdue analysis',
  'kind.legalAction': 'Legal action',
  'kind.claimInsurance': 'Insurance claim',
  'kind.writeOff': 'Bad-debt write-off',
  'kind.blacklist': 'Blacklist',
  'kind.chooseCard': 'Decision card',
  'kind.endWeek': 'End week',
  'kind.inject': 'Facilitator inject',

  // ── action labels ─────────────────────────────────────────────────────────
  'act.marketing.seminar': 'Hold a technical seminar',
  'act.marketing.exhibition': 'Exhibit at a trade show',
  'act.marketing.executiveVisit': 'Executive visit to {customer} (lead search)',
  'act.marketing.referenceVisit': 'Take {customer} to a reference site',
  'act.marketing.unknown': 'Marketing: {activity}',
  'act.qualifyLead': 'Qualify lead {lead}',
  'act.dropLead': 'Drop lead {lead}',
  'act.visit': 'Visit {stakeholder}',
  'act.visit.with': 'Visit {stakeholder} with {with}',
  'act.discover': 'Discovery: confirm budget, timing and pains',
  'act.creditCheck': 'Credit-check {customer}',
  'act.setTerms': 'Payment terms: {terms}',
  'act.setTerms.insured': '{text} + credit insurance',
  'act.designSolution': 'Design the solution',
  'act.submitBid': 'Submit bid, discount {discount}',
  'act.submitBid.list': 'Submit bid at list price',
  'act.abandon': 'Walk away from this opportunity',
  'act.feasibility': 'Check delivery feasibility',
  'act.install': 'Install order {order}',
  'act.acceptance': 'Run acceptance of order {order}',
  'act.workTicket': 'Work ticket {ticket}',
  'act.workTicket.complaint': 'Answer complaint {ticket}',
  'act.feedRootCause': 'Feed the root cause of {ticket} back to the product line',
  'act.orderParts': 'Order {qty}',
  'act.sendReconciliation': 'Send {customer} a reconciliation notice',
  'act.dun': 'Chase payment of invoice {invoice}',
  'act.analyzeOverdue': 'Analyse why invoice {invoice} is overdue',
  'act.legalAction': 'Sue over invoice {invoice}',
  'act.claimInsurance': 'Claim credit insurance on invoice {invoice}',
  'act.writeOff': 'Write off invoice {invoice} as bad debt',
  'act.blacklist': 'Blacklist {customer}',
  'act.chooseCard': '{card}: choose "{option}"',
  'act.endWeek': 'End the week',
  'act.inject': 'Facilitator inject: {what}',


} as const;

/** The whole catalogue: the core strings, the rejections, the feed's event lines and the debrief's (each in its own file). */
export const en = { ...core, ...kpisEn, ...savesEn, ...presalesEn, ...onboardingEn, ...panelEn, ...rejectionsEn, ...eventsEn, ...debriefEn, ...decisionsEn, ...coachEn, ...studioEntryEn, ...workshopEntryEn } as const;

export type MessageKey = keyof typeof en;
/** The shape every language's catalogue must have: exactly the English keys. */
export type Catalogue = Record<MessageKey, string>;
