/** Every action the game knows, by kind. A new action is one entry here and one file in rules/. */
import type { ActionDef } from './rules/types.ts';
import type { ActionKind } from './state.ts';
import { marketing, qualifyLead, dropLead } from './rules/leads.ts';
import { visit, discover, designSolution, feasibility, setTerms, submitBid, abandon } from './rules/opportunities.ts';
import { creditCheck } from './rules/contracts.ts';
import { install, acceptance, prepareInstallation } from './rules/delivery.ts';
import { workTicket, feedRootCause, orderParts, preventiveMaintenance } from './rules/service.ts';
import { technicalExchange, solutionWorkshop, siteSurvey } from './rules/presales.ts';
import { sendReconciliation, dun, analyzeOverdue, legalAction, claimInsurance, writeOff, blacklist } from './rules/cash.ts';
import { chooseCard } from './rules/script.ts';
import { inject } from './rules/inject.ts';

export const ACTIONS: { [K in Exclude<ActionKind, 'endWeek'>]: ActionDef<K> } = {
  marketing, qualifyLead, dropLead, visit, discover, creditCheck, setTerms, designSolution, submitBid, abandon,
  feasibility, install, acceptance, workTicket, feedRootCause, orderParts, sendReconciliation, dun, analyzeOverdue,
  legalAction, claimInsurance, writeOff, blacklist, chooseCard, technicalExchange, solutionWorkshop, siteSurvey, preventiveMaintenance, prepareInstallation,
  inject,
};
