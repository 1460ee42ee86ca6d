/**
 * Bots and the headless game runner. Imports the engine only; no DOM, no Node APIs,
 * so the same runner plays in the CLI, in worker threads and in the browser.
 */
import type { Scenario } from '../scenario/schema.ts';
import { ROLES } from '../scenario/enums.ts';
import { applyActionInPlace, cloneState, createGame, validate, customerView, opportunityView, openOpportunityViews, daysLeft, legalActions, lazyPlayerView, type Action, type ApplyResult, type CustomerView, type GameEvent, type GameState, type OpportunityView, type PlayerView, type Role } from '../engine/index.ts';
import { Dice, initialRng } from '../engine/rng.ts';
import type { Bot, BotTurn } from './types.ts';
import { randomBot } from './random.ts';
import { teamBot } from './team.ts';
import { BEHAVIOURS, greedyDiscount, ironTriangle, siloed, type Behaviour, type Style } from './style.ts';

export type { Bot, BotTurn };
export { BEHAVIOURS, teamBot, type Behaviour, type Style };

export const STRATEGIES = ['random', 'siloed', 'iron-triangle', 'greedy-discount'] as const;

/**
 * A strategy by name: one of STRATEGIES, or `iron-triangle-without-<behaviour>[+<behaviour>…]`
 * for an ablation. Returns null for an unknown name.
 */
export function botByName(name: string): Bot | null {
  if (name === 'random') return randomBot;
  const style = styleByName(name);
  return style ? teamBot(style) : null;
}

/** The knobs of a scripted strategy by name (null for `random` and unknown names). */
export function styleByName(name: string): Style | null {
  if (name === 'siloed') return siloed;
  if (name === 'greedy-discount') return greedyDiscount;
  if (name === 'iron-triangle') return ironTriangle();
  const m = /^iron-triangle-without-(.+)$/.exec(name);
  if (m) {
    const off = m[1]!.split('+');
    if (off.every((b) => (BEHAVIOURS as readonly string[]).includes(b))) return ironTriangle(off as Behaviour[]);
  }
  return null;
}

export function ablationName(behaviour: string): string {
  return `iron-triangle-without-${behaviour}`;
}

/**
 * A bot's own dice: a stream derived from the game seed, its role and its strategy.
 * A `salt` gives the same bots other dice in the same world (the world's luck is keyed
 * by the game seed alone): the debrief plays one continuation several times this way.
 * Without one the stream is the game's own.
 */
export function botDice(seed: string, role: Role, strategy: string, salt?: string): Dice {
  return new Dice(initialRng(`${seed}/bot/${role}/${strategy}${salt === undefined ? '' : `/dice/${salt}`}`));
}

/** Safety net: a bot that keeps yielding still ends its turn. */
const MAX_ACTIONS_PER_TURN = 60;

/**
 * A bot's window on the game: the state is read through `get` (the immer path swaps
 * states after every action); `refresh()` drops the cached view after an accepted action.
 */
const NO_HUMANS: ReadonlySet<Role> = new Set();

function botTurn(sc: Scenario, get: () => GameState, role: Role, dice: Dice, humans: ReadonlySet<Role> = NO_HUMANS): { turn: BotTurn; refresh: () => void } {
  // Everything a bot reads is kept until the state changes: bots ask for the same
  // customer or opportunity several times between two actions.
  // (Short lists searched by id rather than maps: dropped after every action, they must be cheap to replace.)
  let view: PlayerView | null = null;
  let open: OpportunityView[] | null = null;
  let customers: CustomerView[] = [];
  let opportunities: OpportunityView[] = [];
  const turn: BotTurn = {
    role,
    dice,
    humans,
    view: () => (view ??= lazyPlayerView(sc, get(), role)),
    legal: () => legalActions(sc, get(), role),
    daysLeft: (r = role) => daysLeft(sc, get(), r),
    customer: (id) => {
      for (const c of customers) if (c.id === id) return c;
      const c = customerView(sc, get(), id);
      customers.push(c);
      return c;
    },
    opportunity: (id) => {
      for (const o of opportunities) if (o.id === id) return o;
      const o = opportunityView(sc, get(), id);
      opportunities.push(o);
      return o;
    },
    openOpportunities: () => {
      if (!open) {
        open = openOpportunityViews(sc, get());
        // The same views `opportunity(id)` would build from this state.
        for (const o of open) if (!opportunities.some((x) => x.id === o.id)) opportunities.push(o);
      }
      return open;
    },
    cardOptions: (id) => (get().cards[id]?.status !== 'pending' ? [] : sc.cards.find((c) => c.id === id && c.role === role)?.options.map((o) => ({ id: o.id, effects: o.effects })) ?? []),
  };
  const refresh = () => {
    view = null;
    open = null;
    if (customers.length > 0) customers = [];
    if (opportunities.length > 0) opportunities = [];
  };
  return { turn, refresh };
}

/**
 * Let a bot play one role's turn in the current week, on the batch path. Refused
 * actions change nothing (the bot is told and moves on). Returns the accepted actions
 * (and adds their events to `events` when given).
 */
export function playTurn(sc: Scenario, state: GameState, role: Role, bot: Bot, dice: Dice, events?: GameEvent[]): Action[] {
  const done: Action[] = [];
  const { turn, refresh } = botTurn(sc, () => state, role, dice);
  runTurn(sc, state, turn, refresh, bot, done, events);
  return done;
}

/**
 * `playTurn` for one role, turn after turn, on one state the caller owns: the bot's
 * window (with its closures) is built once, not every turn — a debrief plays hundreds of
 * games from the middle. Each call is exactly `playTurn(sc, state, role, bot, dice, events)`.
 */
export function turnPlayer(sc: Scenario, state: GameState, role: Role, dice: Dice): (bot: Bot, events?: GameEvent[]) => void {
  const { turn, refresh } = botTurn(sc, () => state, role, dice);
  const done: Action[] = [];
  return (bot, events) => {
    refresh();
    runTurn(sc, state, turn, refresh, bot, done, events);
    done.length = 0;
  };
}

/** `playTurn` with the bot's window supplied (fresh caches) and the accepted actions pushed onto `done`. */
function runTurn(sc: Scenario, state: GameState, turn: BotTurn, refresh: () => void, bot: Bot, done: Action[], events?: GameEvent[]): void {
  const gen = bot.turn(turn);
  let step = gen.next();
  for (let i = 0; !step.done && i < MAX_ACTIONS_PER_TURN && !state.finished; i++) {
    const a = step.value;
    if (a.kind === 'endWeek') break; // the runner, not a bot, ends the week
    const r = applyActionInPlace(sc, state, a, true, !events);
    if (r.ok) {
      refresh();
      done.push(a);
      if (events) for (const e of r.events) events.push(e);
    }
    step = gen.next(r.ok);
  }
  gen.return(undefined);
}

/**
 * The same turn, applied through a caller's `apply` (the UI's immer path), reporting
 * each accepted action with its events. `humans`: the roles people hold, whose days the
 * bot leaves alone. The state is read through `get` because the
 * immer path returns a new state after every action.
 */
export function playTurnVia(
  sc: Scenario, get: () => GameState, apply: (a: Action) => ApplyResult, role: Role, bot: Bot, dice: Dice,
  onAction?: (a: Action, events: GameEvent[]) => void,
  humans: ReadonlySet<Role> = NO_HUMANS,
): Action[] {
  const done: Action[] = [];
  const { turn, refresh } = botTurn(sc, get, role, dice, humans);
  const gen = bot.turn(turn);
  let step = gen.next();
  for (let i = 0; !step.done && i < MAX_ACTIONS_PER_TURN && !get().finished; i++) {
    const a = step.value;
    if (a.kind === 'endWeek') break;
    const r = apply(a);
    if (r.ok) {
      refresh();
      done.push(a);
      onAction?.(a, r.events);
    }
    step = gen.next(r.ok);
  }
  gen.return(undefined);
  return done;
}

/**
 * What a bot would do first if it took over `role` right now: the first action it
 * proposes that the engine would accept, or null when it would end its turn. Nothing
 * is applied; the debrief uses this as "par's choice" at a decision point. `skip` passes
 * over proposals the caller rules out (and the bot is told they were refused).
 */
export function firstChoice(sc: Scenario, state: GameState, role: Role, bot: Bot, dice: Dice, skip: (a: Action) => boolean = () => false): Action | null {
  const { turn } = botTurn(sc, () => state, role, dice);
  const gen = bot.turn(turn);
  let step = gen.next();
  for (let i = 0; !step.done && i < MAX_ACTIONS_PER_TURN; i++) {
    const a = step.value;
    if (a.kind === 'endWeek') break;
    if (!skip(a) && validate(sc, state, a, true) === null) {
      gen.return(undefined);
      return a;
    }
    step = gen.next(false);
  }
  gen.return(undefined);
  return null;
}

export interface PlayResult {
  state: GameState;
  log: Action[];
}

/**
 * A whole game by bots: each week AR, SR and FR take their turns in order, then the week
 * ends. With `from` (a state at the start of a week, which is not changed), the bots play
 * on from there and the log holds only their actions. With `diceSalt` the bots roll
 * other dice (see botDice) in the same world; without it the game is the seed's own.
 * With `untilWeek` the bots stop at the start of that week (that many weeks minus one
 * played): the same game as a whole one, cut at that week.
 */
export function playGame(sc: Scenario, seed: string, bots: Record<Role, Bot>, from?: GameState, diceSalt?: string, untilWeek?: number): PlayResult {
  const state = from ? cloneState(from) : createGame(sc, seed);
  const dice = Object.fromEntries(ROLES.map((r) => [r, botDice(seed, r, bots[r].diceKey ?? bots[r].strategy, diceSalt)])) as Record<Role, Dice>;
  const log: Action[] = [];
  // One window per role for the whole game, its caches dropped before each turn.
  const turns = ROLES.map((role) => botTurn(sc, () => state, role, dice[role]));
  while (!state.finished && (untilWeek === undefined || state.week < untilWeek)) {
    for (let r = 0; r < ROLES.length; r++) {
      const { turn, refresh } = turns[r]!;
      refresh();
      runTurn(sc, state, turn, refresh, bots[ROLES[r]!], log);
    }
    const end: Action = { kind: 'endWeek' };
    applyActionInPlace(sc, state, end, true, true);
    log.push(end);
  }
  return { state, log };
}

/**
 * The first `weeks` weeks of `playGame` (the same game, stopped after that many weeks
 * have ended, or at the game's end): par "at week N" for a game saved partway.
 */
export function playWeeks(sc: Scenario, seed: string, bots: Record<Role, Bot>, weeks: number, from?: GameState, diceSalt?: string): PlayResult {
  return playGame(sc, seed, bots, from, diceSalt, weeks === Infinity ? undefined : (from?.week ?? 1) + weeks);
}

export function botsFor(strategy: string): Record<Role, Bot> | null {
  const bot = botByName(strategy);
  return bot ? { AR: bot, SR: bot, FR: bot } : null;
}
