/**
 * "Ask the coach" (智慧小玄): a button and a small panel of suggestions for the role
 * whose turn it is, each with its reason and a "Do it" button that sends the action the
 * way the action panel does (`ActIntent`; "end your turn" sends `EndTurnIntent`). The
 * coach's code (src/coach) loads on the first ask, in its own chunk. Suggestions belong
 * to one moment of the game: any change drops them (ask again).
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Role } from '../../scenario/schema.ts';
import type { Advice, CoachReason } from '../../coach/advise.ts';
import type { CoachResult, Session } from '../session.ts';
import { ActIntent, EndTurnIntent } from '../intents.ts';
import type { Tx } from '../text.ts';

type Reasons = Record<string, string>;
let reasons: Record<'en' | 'zh', Reasons> | null = null;

/** Loads the coach and its reasons (first time only) and asks it through the session, which records the use. */
export async function loadAdvice(session: Session): Promise<CoachResult> {
  const lazy = await import('./coach-lazy.ts');
  reasons = lazy.REASONS;
  return session.askCoach(lazy.advise);
}

/** The start screen's switch: an instructor turns the coach off for a competition. */
export function renderCoachOption(tx: Tx, on: boolean, forbidden: boolean, set: (on: boolean) => void) {
  return html`<fieldset class="coach-option">
    <legend>${tx.ui('ui.start.coachLegend')}</legend>
    <label><input type="checkbox" name="coach" .checked=${on && !forbidden} ?disabled=${forbidden} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} /> ${tx.ui('ui.start.coach')}</label>
    <small class="muted">${tx.ui('ui.start.coachHint')}</small>
  </fieldset>`;
}

/** A reason's sentence, its numbers formatted by the params' naming rule (src/coach/reasons.ts). */
export function reasonText(tx: Tx, r: CoachReason): string {
  const p: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.params)) {
    if (k.endsWith('Yuan')) p[k] = tx.money(Number(v));
    else if (k.endsWith('Bp')) p[k] = tx.pct(Number(v) / 10000);
    else if (k === 'customer') p[k] = tx.names.customer(String(v));
    else if (k === 'stakeholderRole') p[k] = tx.stakeholderRole(String(v));
    else if (k === 'ticketKind') p[k] = tx.ticketKind(String(v));
    else if (k === 'role') p[k] = tx.role(v as Role);
    else if (k === 'days') p[k] = tx.days(Number(v));
    else p[k] = v;
  }
  const cat = reasons?.[tx.lang] ?? {};
  const template = cat[`coach.reason.${r.code}`] ?? cat['coach.reason.generic'] ?? r.code;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(p, k) ? String(p[k]) : m));
}

@customElement('it-coach')
export class CoachPanel extends LitElement {
  @property({ attribute: false }) tx!: Tx;
  @property({ attribute: false }) ask!: () => Promise<CoachResult>;
  @property({ attribute: false }) actingRole: Role = 'AR';
  /** The game's revision: suggestions made for an earlier one are dropped. */
  @property({ type: Number }) rev = 0;
  @state() private advice: Advice[] | null = null;
  @state() private status: 'idle' | 'loading' | 'off' | 'failed' = 'idle';
  private failure = '';
  private askedAt = -1;

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(): void {
    if (this.advice && this.rev !== this.askedAt) this.advice = null;
  }

  private async onAsk(): Promise<void> {
    this.status = 'loading';
    try {
      const r = await this.ask();
      if (!r.ok) {
        this.status = 'off';
        return;
      }
      this.askedAt = this.rev;
      this.advice = r.advice;
      this.status = 'idle';
      await this.updateComplete;
      this.querySelector<HTMLElement>('.coach-panel .coach-do')?.focus();
    } catch (e) {
      this.failure = e instanceof Error ? e.message : String(e);
      this.status = 'failed';
    }
  }

  private doIt(a: Advice): void {
    this.dispatchEvent(a.action.kind === 'endWeek' ? new EndTurnIntent() : new ActIntent(a.action));
  }

  private close(): void {
    this.advice = null;
    this.querySelector<HTMLElement>('.coach-ask')?.focus();
  }

  private item(a: Advice, i: number) {
    const tx = this.tx;
    const label = a.action.kind === 'endWeek' ? tx.ui('ui.coach.endTurn') : tx.action(a.action);
    const days = Object.entries(a.days).map(([r, d]) => (r === this.actingRole ? '' : `${r} `) + tx.ui('ui.play.costDays', { days: d })).join(' + ');
    const reason = reasonText(tx, a.reason);
    return html`<li class="coach-item" data-kind=${a.action.kind} data-rank=${i + 1}><div class="coach-row">
      <div class="coach-what"><strong>${label}</strong>${days ? html` <span class="cost">${days}</span>` : nothing}</div>
      <p class="coach-reason" data-testid="coach-reason">${reason}</p>
      <button class="coach-do" aria-label=${`${tx.ui('ui.coach.doIt')}: ${label}`} @click=${() => this.doIt(a)}>${tx.ui('ui.coach.doIt')}</button>
    </div></li>`;
  }

  override render() {
    const tx = this.tx;
    const open = this.advice !== null;
    return html`<div class="coach">
      <button class="coach-ask" aria-expanded=${open ? 'true' : 'false'} aria-controls="coach-panel" ?disabled=${this.status === 'loading'} @click=${() => void this.onAsk()}>
        ${open ? tx.ui('ui.coach.askAgain') : tx.ui('ui.coach.ask')}
      </button>
      <div id="coach-panel" aria-live="polite">
        ${this.status === 'loading' ? html`<p class="muted">${tx.ui('ui.coach.loading')}</p>` : nothing}
        ${this.status === 'off' ? html`<p class="note warn">${tx.ui('ui.coach.off')}</p>` : nothing}
        ${this.status === 'failed' ? html`<p class="note error">${tx.ui('ui.coach.failed', { reason: this.failure })}</p>` : nothing}
        ${open
          ? html`<section class="coach-panel" aria-labelledby="coach-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.close()}>
              <h3 id="coach-title">${tx.ui('ui.coach.title')}</h3>
              <p class="muted coach-intro">${tx.ui('ui.coach.intro')}</p>
              <ol class="coach-list">${this.advice!.map((a, i) => this.item(a, i))}</ol>
              <button class="ghost coach-close" @click=${() => this.close()}>${tx.ui('ui.coach.close')}</button>
            </section>`
          : nothing}
      </div>
    </div>`;
  }
}
