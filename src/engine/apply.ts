/**
 * The one entry point that changes a game: `applyAction`.
 *
 * Fixed order of checks, boardgame.io style: action shape → is the game over → does
 * every role involved have the days left → is the action legal now → apply the
 * recipe → events. A rejection is data and the state is untouched.
 *
 * The recipe mutates a state. The UI runs it under immer (`applyAction`: the input
 * stays as it was, structural sharing, frozen output); batch runs (bots, balance,
 * verify) run it on a state they own (`applyActionInPlace`), which is far faster.
 * Both run the same code, and a test proves they give the same hashes.
 */
import { produce } from 'immer';
import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameEvent, GameState, Rejection, Role } from './state.ts';
import { ActionSchema } from './action-schema.ts';
import { ACTIONS } from './registry.ts';
import type { ActionDef, CheckCtx } from './rules/types.ts';
import { indexScenario, type Ctx } from './context.ts';
import { Luck } from './rng.ts';
import { endWeek } from './rules/week.ts';
import { warnIfOverdrawn } from './rules/cash.ts';
import { unknownRef } from './refs.ts';

export type ApplyResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; state: GameState; rejection: Rejection };

/** Days a role has this week: the company's budget plus any scripted change in force. */
export function daysAvailable(sc: Scenario, s: GameState, role: Role): number {
  let d = sc.company.days[role];
  const changes = s.roleDayChanges;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (c.role === role && c.untilWeek >= s.week) d += c.delta;
  }
  return Math.max(0, d);
}

export function daysLeft(sc: Scenario, s: GameState, role: Role): number {
  return Math.max(0, daysAvailable(sc, s, role) - s.daysUsed[role]);
}

type AnyDef = ActionDef<Exclude<Action['kind'], 'endWeek'>>;
// A Map: looking kinds up in the registry object by name is a slow (megamorphic) property load.
const DEFS = new Map<string, AnyDef>(Object.entries(ACTIONS) as [string, AnyDef][]);
const defOf = (a: Action): AnyDef | null => (a.kind === 'endWeek' ? null : DEFS.get(a.kind)!);

/** Days each role would spend on an action (what the UI shows on its button). */
export function actionCost(sc: Scenario, s: GameState, a: Action): Partial<Record<Role, number>> {
  // Not shaped like an action (from a save or a client message): it will be refused, and costs nothing.
  if (!ActionSchema.safeParse(a).success) return {};
  const def = defOf(a);
  if (!def) return {};
  const c = { s, sc, ix: indexScenario(sc) };
  // An action naming something that does not exist costs nothing (it will be refused).
  return unknownRef(c, a) ? {} : def.cost(c, a as never);
}

/** Everything short of applying: returns why the action cannot be taken, or null. */
export function validate(sc: Scenario, s: GameState, action: unknown, trustedShape = false): Rejection | null {
  if (!trustedShape && !ActionSchema.safeParse(action).success) return { code: 'badAction' };
  if (s.finished) return { code: 'gameOver' };
  return checkAction({ s, sc, ix: indexScenario(sc) }, action as Action, null);
}

/**
 * `validate` after the shape and game-over checks. `left`, when given, holds each role's
 * days left (callers checking many actions against one state compute them once).
 */
export function checkAction(c: CheckCtx, a: Action, left: Record<Role, number> | null): Rejection | null {
  const def = defOf(a);
  if (!def) return null;
  // Ids first: every rule may then look them up without meeting Object.prototype.
  const unknown = unknownRef(c, a);
  if (unknown) return unknown;
  const cost = def.cost(c, a as never);
  for (const r in cost) {
    const role = r as Role;
    const days = cost[role]!;
    const l = left ? left[role] : daysLeft(c.sc, c.s, role);
    if (days > l) return { code: 'notEnoughDays', params: { role, need: days, left: l } };
  }
  return def.check(c, a as never);
}

/** One Luck per seed: building it hashes the seed, and a batch run applies thousands of actions per game. */
let lastLuck: Luck | null = null;
let lastLuckSeed = '';
function luckOf(seed: string): Luck {
  if (lastLuck === null || lastLuckSeed !== seed) {
    lastLuck = new Luck(seed);
    lastLuckSeed = seed;
  }
  return lastLuck;
}

function run(sc: Scenario, s: GameState, a: Action, events: GameEvent[], quiet = false): void {
  const ctx: Ctx = { s, sc, ix: indexScenario(sc), luck: luckOf(s.seed), events, quiet };
  const def = defOf(a);
  if (!def) {
    endWeek(ctx);
  } else {
    const cost = def.cost(ctx, a as never);
    for (const r in cost) {
      const role = r as Role;
      const days = cost[role]!;
      s.daysUsed[role] += days;
      s.stats.time[role][def.category] += days;
    }
    const cashBefore = s.cash;
    def.perform(ctx, a as never);
    warnIfOverdrawn(ctx, cashBefore);
  }
}

/** UI path: immer. The input state is never changed; the result shares unchanged parts. */
export function applyAction(sc: Scenario, state: GameState, action: Action): ApplyResult {
  const rejection = validate(sc, state, action);
  if (rejection) return { ok: false, state, rejection };
  const events: GameEvent[] = [];
  const next = produce(state, (draft) => {
    run(sc, draft as GameState, action, events);
  });
  return { ok: true, state: next, events };
}

/**
 * Batch path: mutates `state`, which the caller owns (see `cloneState`). With `quiet`
 * no events are built (the result's list is empty): for callers that only want the
 * state, such as the balance runs.
 */
export function applyActionInPlace(sc: Scenario, state: GameState, action: Action, trustedShape = false, quiet = false): ApplyResult {
  const rejection = validate(sc, state, action, trustedShape);
  if (rejection) return { ok: false, state, rejection };
  const events: GameEvent[] = [];
  run(sc, state, action, events, quiet);
  return { ok: true, state, events };
}

/**
 * A deep, unfrozen copy for the batch path. The state is plain JSON (objects, arrays,
 * strings, numbers, booleans, null), which a direct copy handles several times faster
 * than `structuredClone`; key order is kept.
 */
export function cloneState(s: GameState): GameState {
  return copyJson(s) as GameState;
}

function copyJson(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) out.push(copyJson(v[i]));
    return out;
  }
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(src)) {
    if (k === '__proto__') Object.defineProperty(out, k, { value: copyJson(src[k]), enumerable: true, writable: true, configurable: true });
    else out[k] = copyJson(src[k]);
  }
  return out;
}
