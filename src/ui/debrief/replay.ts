/**
 * Replay: step through the game week by week on the LTC board, as the team saw it at
 * the end of each week (the world re-simulated from the log up to then).
 */
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { playerView, replay } from '../../engine/index.ts';
import { branchLog } from '../../debrief/branch.ts';
import { boardModel, boardTextFor, customerColours } from '../board-model.ts';
import { LANES, type BoardHandle } from '../board/model.ts';
import type { Session } from '../session.ts';
import type { Tx } from '../text.ts';

@customElement('it-debrief-replay')
export class DebriefReplay extends LitElement {
  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) tx!: Tx;
  @state() private week = 1;
  private board: BoardHandle | null = null;
  private starting = false;
  protected override createRenderRoot() {
    return this;
  }

  private get weeks(): number {
    return Math.max(1, this.session.weekHashes.length);
  }

  /** The board as it stood when week `week` ended. */
  private model() {
    const s = this.session;
    const r = replay(s.sc, s.seed, branchLog(s.log, this.week + 1));
    const role = s.mode === 'solo' ? s.humanRole : 'AR';
    // No event animations: a replay shows where things stood, not how they moved.
    const m = boardModel(playerView(s.sc, r.state, role), boardTextFor(this.tx, [...LANES, 'ticket']), null, []);
    m.customerColours = customerColours(s.sc.customers.map((c) => c.id));
    return m;
  }

  protected override updated(): void {
    if (!this.board && !this.starting) void this.start();
    else this.board?.update(this.model());
  }

  private async start(): Promise<void> {
    const host = this.querySelector<HTMLElement>('.replay-board');
    if (!host) return;
    this.starting = true;
    try {
      const { startBoard } = await import('../board/start.ts');
      this.board = await startBoard(host, this.model());
      // A picture of the past, not a control: out of the tab order (the slider steps it).
      host.querySelector('canvas')?.setAttribute('tabindex', '-1');
      host.dataset.ready = 'true';
    } catch (e) {
      host.textContent = this.tx.ui('ui.play.boardFailed', { reason: (e as Error).message });
    } finally {
      this.starting = false;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.board?.destroy();
    this.board = null;
  }

  private go(week: number): void {
    this.week = Math.min(this.weeks, Math.max(1, week));
  }

  override render() {
    const tx = this.tx;
    return html`<section class="replay" aria-labelledby="replay-title">
      <h3 id="replay-title">${tx.ui('debrief.replay')}</h3>
      <div class="replay-controls">
        <button class="prev" ?disabled=${this.week <= 1} @click=${() => this.go(this.week - 1)}>${tx.ui('debrief.replay.prev')}</button>
        <input type="range" min="1" max=${this.weeks} .value=${String(this.week)} aria-label=${tx.ui('debrief.replay')}
          @input=${(e: Event) => this.go(Number((e.target as HTMLInputElement).value))} />
        <button class="next" ?disabled=${this.week >= this.weeks} @click=${() => this.go(this.week + 1)}>${tx.ui('debrief.replay.next')}</button>
        <span class="replay-week" aria-live="polite">${tx.ui('debrief.replay.week', { week: this.week, weeks: this.weeks })}</span>
      </div>
      <div class="replay-board board" aria-hidden="true"></div>
    </section>`;
  }
}
