import type { Scenario } from '../scenario/schema.ts';
import type { Action, GameState, Role } from '../engine/index.ts';
import type { Dice } from '../engine/rng.ts';

/**
 * A bot plays one role. It is handed the legal actions (the same list that drives the
 * UI's buttons) and its own dice, seeded separately from the world's, so adding or
 * changing a bot never shifts the world's dice. It returns null to end its turn.
 */
export interface Bot {
  readonly strategy: string;
  decide(sc: Scenario, state: GameState, role: Role, legal: Action[], dice: Dice): Action | null;
}
