/**
 * The Phaser board inside the app: mounted (its chunk loaded lazily) when the play or end
 * screen shows, fed a fresh model after every change, torn down on other screens. The app
 * owns the game; this only draws it and reports a click on a token.
 */
import { playerView, type GameEvent } from '../engine/index.ts';
import type { Session } from './session.ts';
import type { Tx } from './text.ts';
import { boardModel, boardTextFor, customerColours } from './board-model.ts';
import { LANES, type BoardHandle, type Lane } from './board/model.ts';

/** What the board reads from the app, each time it draws. */
export interface BoardSource {
  root: HTMLElement;
  session(): Session | null;
  tx(): Tx;
  selected(): string | null;
  lastEvents(): GameEvent[];
  select(token: string | null): void;
}

export class BoardHost {
  private board: BoardHandle | null = null;
  /** The element the board draws into. */
  private host: HTMLElement | null = null;
  private loading = false;

  constructor(private readonly src: BoardSource) {}

  /** Draws the current game (no-op while the board is not mounted). */
  push(): void {
    const s = this.src.session();
    if (!s || !this.board) return;
    const v = playerView(s.sc, s.state, s.turn);
    const model = boardModel(v, boardTextFor(this.src.tx(), [...LANES, 'ticket']), this.src.selected(), this.src.lastEvents());
    model.customerColours = customerColours(s.sc.customers.map((c) => c.id));
    this.board.update(model);
  }

  /**
   * After each render: a board where the screen shows one, none elsewhere. A screen that
   * renders the play layout inside another template (the end screen) gets a new `#board`
   * element: the old canvas went with the old element, so the board is started again
   * there (at the game's end the player still sees the final pipeline).
   */
  sync(showing: boolean): void {
    if (this.board && (!showing || !this.host?.isConnected || this.host !== this.src.root.querySelector('#board'))) {
      this.board.destroy();
      this.board = null;
      this.host = null;
    }
    if (showing && !this.board && !this.loading) void this.mount();
  }

  private async mount(): Promise<void> {
    const host = this.src.root.querySelector<HTMLElement>('#board');
    const s = this.src.session();
    if (!host || !s) return;
    const v = playerView(s.sc, s.state, s.turn);
    this.loading = true;
    try {
      // Phaser is big: it loads in its own chunk once the shell is already usable.
      const { startBoard } = await import('./board/start.ts');
      const empty = { week: v.week, weeks: v.weeks, laneTitles: {} as Record<Lane, string>, tokens: [], effects: [], customerColours: {} };
      const board = await startBoard(host, empty);
      board.onSelect((id) => this.src.select(id));
      this.board = board;
      this.host = host;
      host.dataset.ready = 'true';
      this.push();
      // The screen may have changed while Phaser loaded: check again.
      this.sync(this.src.root.querySelector('#board') !== null);
    } catch (e) {
      host.textContent = this.src.tx().ui('ui.play.boardFailed', { reason: (e as Error).message });
    } finally {
      this.loading = false;
    }
  }
}
