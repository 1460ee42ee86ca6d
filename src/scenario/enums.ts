/**
 * The scenario format's fixed vocabularies, as plain constants. Kept apart from the zod
 * schemas (schema.ts re-exports them) so the engine and the browser app can use them
 * without shipping the schema: the bundled scenarios are validated at build time.
 */
export const ROLES = ['AR', 'SR', 'FR'] as const;
export type Role = (typeof ROLES)[number];

export const STAKEHOLDER_ROLES = [
  'decisionMaker',
  'influencer',
  'technicalEvaluator',
  'procurement',
  'finance',
] as const;
export type StakeholderRoleName = (typeof STAKEHOLDER_ROLES)[number];

export const RATINGS = ['A', 'B', 'C', 'D'] as const;

/**
 * How a lead reaches us: a marketing activity (with a chance), `inbound` — the customer
 * calls in at `availableFrom` — or `scripted`: only a `spawnLead` effect surfaces it
 * (schema version 2).
 */
export const LEAD_SOURCES = ['seminar', 'exhibition', 'executiveVisit', 'referenceVisit', 'technicalExchange', 'inbound', 'scripted'] as const;

/** The tickets a `spawnTicket` effect can open (install tickets come with deliveries, part returns with repairs). */
export const SPAWNABLE_TICKETS = ['repair', 'partsRequest', 'complaint'] as const;

/** The game facts an `on` trigger can wait for (schema version 2). */
export const FACTS = ['dealWon', 'dealLost', 'invoiceOverdue', 'ticketPastSla'] as const;
export type Fact = (typeof FACTS)[number];
export const JUNK_REASONS = ['noCustomer', 'noIntention', 'noFit'] as const;

/**
 * The team behaviours a learning objective can name (`objectives[].behaviour`): each is
 * one of the bots' ablations (src/bots/style.ts ABLATIONS), so the balance report can
 * switch it off on paired seeds and measure what it is worth. Kept equal to the bots'
 * list by a test.
 */
export const OBJECTIVE_BEHAVIOURS = ['joint-visits', 'discovery', 'early-fr', 'credit-check', 'sensible-terms', 'reconciliation', 'ticket-sla', 'root-cause', 'sr-customer-work'] as const;
export type ObjectiveBehaviour = (typeof OBJECTIVE_BEHAVIOURS)[number];
