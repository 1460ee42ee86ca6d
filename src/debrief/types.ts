/**
 * What the debrief knows about a finished (or unfinished) game: everything is derived
 * by replaying the save — scenario + seed + action log — through the engine, so every
 * number here can be recomputed and none can be edited.
 */
import type { Action, GameEvent, Kpis, Role } from '../engine/index.ts';
import type { Interval } from './stats.ts';
export type { Interval } from './stats.ts';

/** The KPIs the scorecard shows, with the composite score. */
export type ScoreKey = keyof Kpis | 'score';

/** Pipeline stages, in LTC order, as the debrief counts them at each week's end. */
export const STAGES = ['lead', 'opportunity', 'bid', 'contract', 'order', 'invoice'] as const;
export type Stage = (typeof STAGES)[number];

/** The funnel, lead to cash: how many deals reached each step (counts, not money). */
export const FUNNEL_STEPS = ['leads', 'opportunities', 'bids', 'won', 'delivered', 'invoiced', 'collected'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
export type Funnel = Record<FunnelStep, number>;

/** The world at the end of one week. */
export interface WeekSnapshot {
  week: number;
  cash: number;
  /** Invoiced and collected so far (yuan), and open invoices past their due day. */
  invoicedToDate: number;
  collectedToDate: number;
  overdue: number;
  /** Customer id → satisfaction 0–100. */
  satisfaction: Record<string, number>;
  /** Items at each stage of the pipeline. */
  pipeline: Record<Stage, number>;
  score: number;
  stateHash: string;
}

/** One entry of the timeline: a decision (an action) or the world's turn (the week ending). */
export interface TimelineEntry {
  /** Index of the action in the save's log. */
  index: number;
  week: number;
  /** Who acted; null for the world (the end of a week). */
  role: Role | null;
  /** True when a person (not a bot teammate) made this decision. */
  human: boolean;
  action: Action;
  /** What the engine did in response: the consequences. */
  events: GameEvent[];
  /** Customers and deals (lead ids: a deal keeps its lead's id from lead to cash) it touched. */
  customers: string[];
  deals: string[];
}

/** Days each role spent, split by whether they were with the customer. */
export interface TimeSplit {
  customerDays: number;
  internalDays: number;
  /** Action kind → days. */
  byKind: Record<string, number>;
}

export interface GameHistory {
  scenarioId: string;
  seed: string;
  /** Roles played by people (from the save's `players`; all roles when none are marked). */
  humanRoles: Role[];
  timeline: TimelineEntry[];
  /** weeks[i] is the snapshot at the end of week i + 1. */
  weeks: WeekSnapshot[];
  funnel: Funnel;
  timeSplit: Record<Role, TimeSplit>;
  kpis: Kpis;
  score: number;
  finished: boolean;
  /** The week the game is in (sc.weeks + 1 once finished). */
  week: number;
  stateHash: string;
  overdraft: OverdraftUse;
}

/** How the team used the bank overdraft (src/engine/rules/cash.ts): weeks ended below zero, interest paid. */
export interface OverdraftUse {
  weeksOverdrawn: number;
  interestPaid: number;
  /** The lowest cash at the start or at any week's end (negative: overdrawn). */
  lowestCash: number;
  /** The scenario's line: cash may go down to −limit. */
  limit: number;
}

export interface ScorecardRow {
  key: ScoreKey;
  /** Null where the KPI has nothing to measure (no cash collected: no collection cycle). */
  you: number | null;
  /** The scenario's target, where it sets one. */
  target: number | null;
  /** `iron-triangle` bots on the same seed. */
  par: number | null;
  /** `siloed` bots on the same seed. */
  siloed: number | null;
  higherIsBetter: boolean;
}

export interface Scorecard {
  rows: ScorecardRow[];
  /**
   * Null for a finished game (every column is the whole year). For a game not finished,
   * the week it is in: "you", par and siloed are all at that week (par and siloed played
   * to its start); only the targets are the whole year's.
   */
  atWeek: number | null;
  /** The scenario's length in weeks. */
  weeks: number;
}

/**
 * The change one decision made in one continuation: your choice's result minus par's
 * alternative's. Positive means your choice did better (fewer bids won is negative).
 */
export interface Delta {
  score: number;
  bidsWon: number;
  revenue: number;
  grossMarginPct: number;
  collected: number;
  collectedPct: number;
}
export const DELTA_KEYS = ['score', 'bidsWon', 'revenue', 'grossMarginPct', 'collected', 'collectedPct'] as const satisfies readonly (keyof Delta)[];

/** Each delta over the paired continuations: the mean and its 95% interval (your choice − par's). */
export type DeltaEstimate = Record<keyof Delta, Interval>;

export interface TurningPoint {
  /** Log index where the decision was made (for an ended turn, where par would have acted). */
  index: number;
  week: number;
  role: Role;
  /** What was done: an action, or null when the role ended its turn there. */
  original: Action | null;
  /** What par (the iron-triangle bot) would have done instead: the alternative compared. */
  replacement: Action;
  /** Your choice − par's alternative; the score's interval leaves out zero. */
  delta: DeltaEstimate;
  /**
   * The consequence that carries the difference: good news the better branch had
   * (`gained`) or bad news it avoided (`avoided`) — the better branch is yours when the
   * delta is positive, par's when negative — in `continuations` of the `of` paired
   * continuations. Null when no event differs that consistently. The event's record
   * ids (opportunity, contract, order, invoice, ticket) are its deal's lead id: a
   * branch's records exist in no game the player saw.
   */
  because: { kind: 'gained' | 'avoided'; event: GameEvent; continuations: number; of: number } | null;
}

export interface TurningPointReport {
  /** Decisive decisions only, ranked by |mean score delta|, largest first; at most `top`. */
  points: TurningPoint[];
  /** How many decisive decisions there were in all (points may show fewer). */
  decisive: number;
  /** How many decisions were re-simulated in the screen (one continuation per branch). */
  candidates: number;
  /** How many of them were given `continuations` paired continuations per branch. */
  confirmed: number;
  continuations: number;
  /** Null: both branches were played to the end; else to the start of this week (a game not finished). */
  untilWeek: number | null;
  /** The sign of every delta: your choice minus par's alternative. */
  sign: 'yours-minus-par';
}
