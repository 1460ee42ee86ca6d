/**
 * Bots and the headless game runner. Imports the engine only; no DOM, no Node APIs,
 * so the same runner plays in the CLI, in worker threads and in the browser.
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/schema.ts';
import { applyActionInPlace, createGame, legalActions, type Action, type GameState, type Role } from '../engine/index.ts';
import { Dice, initialRng } from '../engine/rng.ts';
import type { Bot } from './types.ts';
import { randomBot } from './random.ts';

export type { Bot };
export const BOTS: Record<string, Bot> = { random: randomBot };
export const STRATEGIES = Object.keys(BOTS);

/** A bot's own dice: a stream derived from the game seed, its role and its strategy. */
export function botDice(seed: string, role: Role, strategy: string): Dice {
  return new Dice(initialRng(`${seed}/bot/${role}/${strategy}`));
}

/** Safety net: a bot that keeps choosing free actions still ends its turn. */
const MAX_ACTIONS_PER_TURN = 40;

/**
 * Let bots play one role's turn in the current week, on the batch path. Returns the
 * actions applied (so the caller can log them).
 */
export function playTurn(sc: Scenario, state: GameState, role: Role, bot: Bot, dice: Dice): Action[] {
  const done: Action[] = [];
  for (let i = 0; i < MAX_ACTIONS_PER_TURN && !state.finished; i++) {
    const legal = legalActions(sc, state, role);
    const a = bot.decide(sc, state, role, legal, dice);
    if (!a) break;
    const r = applyActionInPlace(sc, state, a, true);
    if (!r.ok) throw new Error(`bot ${bot.strategy} (${role}) chose a refused action ${a.kind}: ${r.rejection.code}`);
    done.push(a);
  }
  return done;
}

export interface PlayResult {
  state: GameState;
  log: Action[];
}

/** A whole game by bots: each week AR, SR and FR take their turns in order, then the week ends. */
export function playGame(sc: Scenario, seed: string, bots: Record<Role, Bot>): PlayResult {
  const state = createGame(sc, seed);
  const dice = Object.fromEntries(ROLES.map((r) => [r, botDice(seed, r, bots[r].strategy)])) as Record<Role, Dice>;
  const log: Action[] = [];
  while (!state.finished) {
    for (const role of ROLES) log.push(...playTurn(sc, state, role, bots[role], dice[role]));
    const end: Action = { kind: 'endWeek' };
    applyActionInPlace(sc, state, end, true);
    log.push(end);
  }
  return { state, log };
}

export function botsFor(strategy: string): Record<Role, Bot> | null {
  const bot = BOTS[strategy];
  return bot ? { AR: bot, SR: bot, FR: bot } : null;
}
