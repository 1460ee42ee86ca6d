/**
 * What the Phaser board draws: a flat, renderer-friendly picture of the pipeline,
 * derived from the player view by `boardModel()` in ../board-model.ts. The board keeps
 * no game state of its own; it is handed a new model after every change and animates
 * the difference.
 */

/** Lanes of the LTC highway, left to right, plus the ITR service lane underneath. */
export const LANES = ['lead', 'opportunity', 'bid', 'contract', 'order', 'invoice', 'cash'] as const;
export type Lane = (typeof LANES)[number] | 'ticket';

export type TokenStatus = 'normal' | 'atRisk' | 'overdue' | 'won' | 'lost' | 'done';

export interface BoardToken {
  /** Stable across updates (an opportunity keeps its id as it moves from lane to lane). */
  id: string;
  lane: Lane;
  /** Short text on the token, already in the UI language (e.g. customer short name). */
  label: string;
  /** Second line, e.g. an amount "¥1.2M" or "W12". */
  sub: string;
  status: TokenStatus;
  /** Customer id, so tokens of one customer can share a colour. */
  customer: string;
  /** Selected in the UI: drawn highlighted. */
  selected: boolean;
}

export interface BoardEffect {
  /** A one-shot animation for an engine event on a token: a win, a payment, an SLA breach… */
  kind: 'win' | 'loss' | 'payment' | 'breach' | 'delivered' | 'veto';
  token: string;
}

export interface BoardModel {
  week: number;
  weeks: number;
  /** Lane titles, already translated, keyed by lane. */
  laneTitles: Record<Lane, string>;
  tokens: BoardToken[];
  effects: BoardEffect[];
  /** Colour per customer id (0xRRGGBB), chosen by the UI so panels and board agree. */
  customerColours: Record<string, number>;
}

/** What the page asks of a started board. */
export interface BoardHandle {
  update(model: BoardModel): void;
  /** Called when the user clicks (or presses Enter on) a token. */
  onSelect(cb: (tokenId: string) => void): void;
  destroy(): void;
  /**
   * For tests and the web benchmark: frames rendered, recent intervals between frames
   * and the main-thread work of each of those frames (ms).
   */
  stats(): { frames: number; frameTimes: number[]; workTimes: number[] };
}
