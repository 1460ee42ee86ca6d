/** Helpers shared by the opportunity rule tests. */
import { expect } from 'vitest';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { canonicalJson, type Action, type GameState } from '../../../src/engine/index.ts';
import { newGame, openOpportunity, refused } from './fixture.ts';
/** Refused with `code`, and nothing at all changed (not even days spent). */
export function refusedUnchanged(sc: Scenario, state: GameState, action: Action, code: string) {
  const before = canonicalJson(state);
  const r = refused(sc, state, action);
  expect(r.code, JSON.stringify(action)).toBe(code);
  expect(canonicalJson(state)).toBe(before);
  return r;
}

export const support = (state: GameState, customer: string, st: string) => state.customers[customer]!.stakeholders[st]!.support;

export function acmeOpp(seed?: string) {
  const { sc, state } = newGame({}, seed);
  const opp = openOpportunity(sc, state, 'acme-meters');
  return { sc, state, opp };
}
