/**
 * The engine's public API. Everything a UI, a bot, the CLI or a test needs; nothing
 * here touches the DOM, the clock, storage or a random source other than the seeded dice.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameState, Rejection } from './state.ts';
import { applyActionInPlace, cloneState } from './apply.ts';
import { createGame } from './create.ts';
import { hashValue } from './hash.ts';

export * from './state.ts';
export { createGame, ENGINE_VERSION } from './create.ts';
export { applyAction, applyActionInPlace, cloneState, validate, actionCost, daysAvailable, daysLeft, type ApplyResult } from './apply.ts';
export { legalActions, candidateActions, DISCOUNT_MENU, TERMS_PRESETS } from './legal.ts';
export { computeKpis, computeScore, type Kpis } from './kpis.ts';
export { position, stanceOf, nextStance, STANCES, STANCE_STEP, winFactors, lossFactors, type Position, type Stance, type WinFactor, type LossFactor } from './rules/position.ts';
export { EXCHANGE_SUPPORT_CAP } from './rules/presales.ts';
export { playerView, lazyPlayerView, customerView, opportunityView, openOpportunityViews, type PlayerView, type OpportunityView, type CustomerView, type LeadView } from './view.ts';
export { estimateBid, estimatePosition, bidInTime, ASSUMED_RIVAL_STRENGTH, type BidEstimate, type BidOptionEstimate, type BudgetStatus } from './estimate.ts';
export { ActionSchema, INJECT_TEXT_MAX } from './action-schema.ts';
export { canonicalJson, hashString, hashValue } from './hash.ts';

/** The state's fingerprint: equal states hash equal, whatever path built them. */
export function stateHash(s: GameState): string {
  return hashValue(s);
}

export function isFinished(s: GameState): boolean {
  return s.finished;
}

export interface ReplayResult {
  state: GameState;
  /** Hash of the state after each week ended, index 0 = week 1. */
  weekHashes: string[];
  /** Set when an action in the log was refused: replay stops there. */
  error: { index: number; week: number; rejection: Rejection } | null;
}

/** Re-simulate a whole log from the seed, on the fast path. */
export function replay(sc: Scenario, seed: string, log: readonly Action[], from?: GameState): ReplayResult {
  const state = from ? cloneState(from) : createGame(sc, seed);
  const weekHashes: string[] = [];
  for (let i = 0; i < log.length; i++) {
    const a = log[i]!;
    const week = state.week;
    const r = applyActionInPlace(sc, state, a);
    if (!r.ok) return { state, weekHashes, error: { index: i, week, rejection: r.rejection } };
    if (a.kind === 'endWeek') weekHashes.push(stateHash(state));
  }
  return { state, weekHashes, error: null };
}
