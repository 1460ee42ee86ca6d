import type { Action, CustomerView, OpportunityView, PlayerView, Role } from '../engine/index.ts';
import type { Dice } from '../engine/rng.ts';
import type { Effect } from '../scenario/schema.ts';

/** One option of a decision card: what its label tells the player, as the scenario's effect data. */
export interface CardOption { id: string; effects: Effect[] }

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
  /**
   * The options of a decision card dealt to this role (one of `view().pendingCards`) with
   * their effects: the consequences each option's label spells out to a human player
   * ("600,000 yuan up front", "quality risk"), as data. Empty for an unknown card.
   */
  cardOptions(card: string): CardOption[];
  dice: Dice;
  /**
   * The roles people hold (solo mode: the player's role). A bot never spends their days:
   * it brings no person along on a visit, so the human's week is the human's.
   */
  humans: ReadonlySet<Role>;
}

/**
 * A bot plays a turn as a generator: it yields actions one at a time and is told
 * whether the engine accepted each. Returning ends its turn.
 */
export interface Bot {
  readonly strategy: string;
  /** The key of the bot's dice stream (default: `strategy`). */
  readonly diceKey?: string;
  turn(t: BotTurn): Generator<Action, void, boolean>;
}
