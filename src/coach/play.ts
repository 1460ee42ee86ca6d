/**
 * A whole game with one role following the coach's first suggestion every time (the
 * other two roles played by par bots, exactly as `playGame` plays them): the check that
 * the coach's advice is at least as good as par. Used by the tests and the CLI.
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/schema.ts';
import { applyActionInPlace, computeKpis, computeScore, createGame, playerView, type Action, type GameState, type Role } from '../engine/index.ts';
import { botDice, botByName, playGame, playTurn } from '../bots/index.ts';
import { advise } from './advise.ts';

const PAR = 'iron-triangle';
/** A turn the coach never ends by itself is ended here (par's own runner has the same net). */
const MAX_ASKS_PER_TURN = 60;

export interface CoachGame { state: GameState; log: Action[]; asks: number; score: number }

/** Plays `role`'s turns by the coach's first suggestion; the other roles are par bots with par's own dice. */
export function playWithCoach(sc: Scenario, seed: string, role: Role): CoachGame {
  const par = botByName(PAR)!;
  const state = createGame(sc, seed);
  const dice = Object.fromEntries(ROLES.map((r) => [r, botDice(seed, r, PAR)])) as Record<Role, ReturnType<typeof botDice>>;
  const log: Action[] = [];
  let asks = 0;
  while (!state.finished) {
    for (const r of ROLES) {
      if (r !== role) {
        log.push(...playTurn(sc, state, r, par, dice[r]));
        continue;
      }
      const done: Action[] = [];
      for (let i = 0; i < MAX_ASKS_PER_TURN && !state.finished; i++) {
        asks++;
        const first = advise(sc, playerView(sc, state, role), role, { doneThisWeek: done, max: 1 })[0];
        if (!first || first.action.kind === 'endWeek') break;
        const res = applyActionInPlace(sc, state, first.action, true, true);
        if (!res.ok) break; // never expected: the coach checks with the engine's own rules
        done.push(first.action);
        log.push(first.action);
      }
    }
    const end: Action = { kind: 'endWeek' };
    applyActionInPlace(sc, state, end, true, true);
    log.push(end);
  }
  return { state, log, asks, score: computeScore(sc, computeKpis(sc, state)) };
}

/** Par's score on the same seed: all three roles par bots. */
export function parScore(sc: Scenario, seed: string): number {
  const bot = botByName(PAR)!;
  const { state } = playGame(sc, seed, { AR: bot, SR: bot, FR: bot });
  return computeScore(sc, computeKpis(sc, state));
}
