/**
 * The end of a week: the world moves, in a fixed order so replays are exact.
 * Read this file to know what happens between two weeks and in which order.
 */
import type { Ctx } from '../context.ts';
import { defaultPendingCards, runScript } from './script.ts';
import { closeContracts, processApprovals, releaseOrdersOnAdvance } from './contracts.ts';
import { decideBids, driftSupport } from './opportunities.ts';
import { issueRetention, produce } from './delivery.ts';
import { chargeOverdraftInterest, collectPayments, creditEvents, warnIfOverdrawn } from './cash.ts';
import { serviceWeek } from './service.ts';
import { expireLeads } from './leads.ts';
import { emit } from '../context.ts';
import { ROLES } from '../../scenario/enums.ts';

export function endWeek(ctx: Ctx): void {
  const { s, sc } = ctx;
  const opening = s.cash;
  defaultPendingCards(ctx); // 1. unanswered decision cards take their default
  processApprovals(ctx); //    2. contracts and orders finish approval (admission, credit limit)
  decideBids(ctx); //          3. customers decide bids due this week
  produce(ctx); //             4. factory capacity, shipping, install tickets
  issueRetention(ctx); //      5. retention invoices
  collectPayments(ctx); //     6. customers pay what is due
  releaseOrdersOnAdvance(ctx); //    orders whose advance just arrived go to the factory
  creditEvents(ctx); //        7. defaults, lawsuits judged
  serviceWeek(ctx); //         8. defects, spares, SLA breaches, parts arrive
  driftSupport(ctx); //        9. rivals court neglected stakeholders
  expireLeads(ctx); //        10. cold leads expire
  closeContracts(ctx); //     11. settled contracts close
  warnIfOverdrawn(ctx, opening); //  the week's flows took cash below zero
  chargeOverdraftInterest(ctx); // 12. a week ending below zero pays overdraft interest
  emit(ctx, 'weekEnded', { cash: s.cash });
  s.week += 1;
  for (const r of ROLES) s.daysUsed[r] = 0;
  s.roleDayChanges = s.roleDayChanges.filter((c) => c.untilWeek >= s.week);
  if (s.week > sc.weeks) {
    s.finished = true;
    emit(ctx, 'gameFinished', {});
    return;
  }
  const beforeScript = s.cash;
  runScript(ctx); //          13. the new week's scripted events and cards
  warnIfOverdrawn(ctx, beforeScript);
}
