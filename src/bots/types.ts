import type { Action, CustomerView, OpportunityView, PlayerView, Role } from '../engine/index.ts';
import type { Dice } from '../engine/rng.ts';

/**
 * One role's turn as a bot sees it: the player view (never the state — no hidden
 * budgets, junk flags or payment habits), the legal actions (the same list that drives
 * the UI's buttons), and the bot's own dice, seeded apart from the world's, so adding
 * or changing a bot never shifts the world's dice.
 */
export interface BotTurn {
  role: Role;
  /** The current view; refreshed after each accepted action. */
  view(): PlayerView;
  legal(): Action[];
  /** Days a role has left this week: cheap, so bots can check it before every action. */
  daysLeft(role?: Role): number;
  /** One customer / opportunity of the view, built alone (cheaper than a fresh whole view). */
  customer(id: string): CustomerView;
  opportunity(id: string): OpportunityView;
  /**
   * The open and bidding opportunities of the view, nearest deadline first. The same
   * records as `view().opportunities` filtered, but built without the closed ones
   * (which pile up over a game and which a bot never acts on).
   */
  openOpportunities(): OpportunityView[];
  dice: Dice;
}

/**
 * A bot plays a turn as a generator: it yields actions one at a time and is told
 * whether the engine accepted each. Returning ends its turn.
 */
export interface Bot {
  readonly strategy: string;
  turn(t: BotTurn): Generator<Action, void, boolean>;
}
