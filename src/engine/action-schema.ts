/**
 * The shape of an action, as a zod schema: the first check `applyAction` makes, and
 * how a save file's action log is validated before anything is replayed.
 *
 * Written with `zod/mini` (zod's tree-shakable API, same validation core): the browser
 * checks every click with it, so it ships in the initial bundle, where the full zod API
 * would cost ~60 KiB gzip.
 */
import * as z from 'zod/mini';

const Id = z.string().check(z.minLength(1), z.maxLength(60));
const Terms = z.strictObject({
  advanceBp: z.int(), deliveryBp: z.int(), acceptanceBp: z.int(), retentionBp: z.int(), netDays: z.int(),
});
const Role = z.enum(['AR', 'SR', 'FR']);
/** Longest ad-hoc inject text, per language. */
export const INJECT_TEXT_MAX = 280;
/** No control characters (C0, DEL, C1), line/paragraph separators or bidi overrides in an inject's text. */
export const INJECT_TEXT_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const InjectLine = z.string().check(z.minLength(1), z.maxLength(INJECT_TEXT_MAX), z.refine((t) => !INJECT_TEXT_FORBIDDEN.test(t) && t.trim().length > 0));

export const ActionSchema = z.discriminatedUnion('kind', [
  // A customer is required for visits and absent for seminars/exhibitions: checked by the rule.
  z.strictObject({ kind: z.literal('marketing'), role: z.literal('AR'), activity: z.enum(['seminar', 'exhibition', 'executiveVisit', 'referenceVisit']), customer: z.optional(Id) }),
  z.strictObject({ kind: z.literal('qualifyLead'), role: z.literal('AR'), lead: Id }),
  z.strictObject({ kind: z.literal('dropLead'), role: z.literal('AR'), lead: Id }),
  z.strictObject({ kind: z.literal('visit'), role: z.literal('AR'), opportunity: Id, stakeholder: Id, with: z.array(z.enum(['SR', 'FR'])).check(z.maxLength(2)) }),
  z.strictObject({ kind: z.literal('discover'), role: z.literal('AR'), opportunity: Id }),
  z.strictObject({ kind: z.literal('creditCheck'), role: z.literal('AR'), customer: Id }),
  z.strictObject({ kind: z.literal('setTerms'), role: z.literal('AR'), opportunity: Id, terms: Terms, insured: z.boolean() }),
  z.strictObject({ kind: z.literal('designSolution'), role: z.literal('SR'), opportunity: Id }),
  z.strictObject({ kind: z.literal('submitBid'), role: z.literal('SR'), opportunity: Id, discountBp: z.int() }),
  z.strictObject({ kind: z.literal('abandon'), role: z.literal('AR'), opportunity: Id }),
  z.strictObject({ kind: z.literal('feasibility'), role: z.literal('FR'), opportunity: Id }),
  z.strictObject({ kind: z.literal('technicalExchange'), role: z.literal('SR'), customer: Id }),
  z.strictObject({ kind: z.literal('solutionWorkshop'), role: z.literal('SR'), lead: Id }),
  z.strictObject({ kind: z.literal('siteSurvey'), role: z.literal('FR'), opportunity: Id }),
  z.strictObject({ kind: z.literal('preventiveMaintenance'), role: z.literal('FR'), customer: Id }),
  z.strictObject({ kind: z.literal('prepareInstallation'), role: z.literal('FR'), order: Id }),
  z.strictObject({ kind: z.literal('install'), role: z.literal('FR'), order: Id }),
  z.strictObject({ kind: z.literal('acceptance'), role: z.literal('FR'), order: Id }),
  z.strictObject({ kind: z.literal('workTicket'), role: z.enum(['FR', 'AR']), ticket: Id }),
  z.strictObject({ kind: z.literal('feedRootCause'), role: z.literal('SR'), ticket: Id }),
  z.strictObject({ kind: z.literal('orderParts'), role: z.literal('FR'), qty: z.int() }),
  z.strictObject({ kind: z.literal('sendReconciliation'), role: z.literal('AR'), customer: Id }),
  z.strictObject({ kind: z.literal('dun'), role: z.literal('AR'), invoice: Id }),
  z.strictObject({ kind: z.literal('analyzeOverdue'), role: z.literal('AR'), invoice: Id }),
  z.strictObject({ kind: z.literal('legalAction'), role: z.literal('AR'), invoice: Id }),
  z.strictObject({ kind: z.literal('claimInsurance'), role: z.literal('AR'), invoice: Id }),
  z.strictObject({ kind: z.literal('writeOff'), role: z.literal('AR'), invoice: Id }),
  z.strictObject({ kind: z.literal('blacklist'), role: z.literal('AR'), customer: Id }),
  z.strictObject({ kind: z.literal('chooseCard'), role: Role, card: Id, option: Id }),
  z.strictObject({ kind: z.literal('endWeek') }),
  // Exactly one of event / text: checked by the rule (rules/inject.ts).
  z.strictObject({ kind: z.literal('inject'), event: z.optional(Id), text: z.optional(z.strictObject({ zh: InjectLine, en: InjectLine })) }),
]);
