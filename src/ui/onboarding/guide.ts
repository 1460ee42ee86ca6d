/**
 * The guided first week (lazy chunk): one element at a time is ringed — the KPI bar, the
 * board, the detail panel, the action panel, the feed, End week — with a short text and
 * Back / Next / Skip. At "Your move" the player makes one real action of their role (the
 * one `guide-plan.ts` picks from what the engine allows now), then reads its result in
 * the feed and ends the week. Esc skips; finishing or skipping is remembered (prefs.ts).
 *
 * The card floats above the page (data-overlay: it hides what is under it, and is placed
 * beside the ringed element, never over it). Focus moves to the card's main button at
 * every step, and "Take me there" moves it to the element the step is about.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Role } from '../../engine/index.ts';
import { guideEn } from '../../i18n/guide.en.ts';
import { guideZh } from '../../i18n/guide.zh.ts';
import type { Session } from '../session.ts';
import type { Tx } from '../text.ts';
import { markGuide } from './prefs.ts';
import { movesSince, suggest, type GuideEngine, type Suggestion } from './guide-plan.ts';
import { sayIn } from './say.ts';
import './guide.css';

export const GUIDE_STEPS = ['welcome', 'kpis', 'board', 'detail', 'act', 'feed', 'end', 'done'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];
/** What a step waits for before it lets the player go on. */
type Wait = 'select' | 'act' | 'endWeek' | '';

const TARGETS: Partial<Record<GuideStep, string>> = {
  kpis: 'it-kpi-bar',
  board: '#board',
  detail: 'it-detail',
  feed: 'it-feed',
  end: '.end-turn',
};
const MARK = 'data-guide-target';

@customElement('it-guide')
export class Guide extends LitElement {
  @property({ attribute: false }) session!: Session;
  /** The engine's functions, from the app's bundle (see guide-plan.ts). */
  @property({ attribute: false }) engine!: GuideEngine;
  @property({ attribute: false }) tx!: Tx;
  @property({ type: Number }) rev = 0;
  @property({ attribute: false }) selected: string | null = null;
  @state() private step = 0;
  /** Log length when the guide started: moves after it count as the player's. */
  private logMark = 0;
  private actedBefore = false;
  private weekAtEnd = 0;
  private focusedFor = '';
  private marked: HTMLElement | null = null;
  private frame = 0;

  protected override createRenderRoot() {
    return this;
  }

  private get myRole(): Role {
    return this.session.mode === 'solo' ? this.session.humanRole : this.session.turn;
  }
  private get stepId(): GuideStep {
    return GUIDE_STEPS[this.step]!;
  }
  private say(key: string, params?: Record<string, string | number>): string {
    return sayIn({ en: guideEn, zh: guideZh }, this.tx.lang, key, params);
  }
  private acted(): boolean {
    return movesSince(this.session.log, this.logMark, this.myRole) > 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.logMark = this.session.log.length;
    document.addEventListener('keydown', this.onKey);
    addEventListener('resize', this.onMove);
    addEventListener('scroll', this.onMove, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey);
    removeEventListener('resize', this.onMove);
    removeEventListener('scroll', this.onMove, true);
    cancelAnimationFrame(this.frame);
    this.mark(null);
  }

  private onKey = (e: KeyboardEvent) => {
    // Esc belongs to an open dialog or decision card first.
    if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open], it-card-dialog')) return;
    e.preventDefault();
    this.close('skipped');
  };
  private onMove = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };

  private go(step: number): void {
    this.step = Math.max(0, Math.min(GUIDE_STEPS.length - 1, step));
    if (this.stepId === 'end') this.weekAtEnd = this.session.state.week;
    if (this.stepId === 'done') markGuide('done');
  }

  private close(mark: 'done' | 'skipped'): void {
    markGuide(mark);
    this.mark(null);
    this.dispatchEvent(new Event('it-guide-close', { bubbles: true, composed: true }));
  }

  protected override willUpdate(): void {
    const s = this.session;
    if (s.state.finished && this.stepId !== 'done') return this.go(GUIDE_STEPS.indexOf('done'));
    // The player's move moves the guide on, once; the week's end does the same.
    const acted = this.acted();
    if (acted && !this.actedBefore && this.stepId === 'act') this.go(this.step + 1);
    this.actedBefore = acted;
    if (this.stepId === 'end' && s.state.week > this.weekAtEnd) this.go(this.step + 1);
  }

  /** This step's ringed element, what it waits for, and its words. */
  private plan(): { target: HTMLElement | null; wait: Wait; title: string; text: string } {
    const tx = this.tx;
    const root = this.closest('it-app') ?? document;
    const q = (sel: string) => root.querySelector<HTMLElement>(sel);
    const id = this.stepId;
    const title = this.say(`guide.${id === 'end' ? 'end' : id}.title`, { role: tx.role(this.myRole), week: this.session.state.week });
    switch (id) {
      case 'welcome':
        return { target: null, wait: '', title, text: this.say(`guide.welcome.${this.myRole}`) };
      case 'act':
        return { ...this.move(q), title };
      case 'feed': {
        const mine = [...this.session.feed].reverse().find((f) => f.by === 'player');
        const line = mine ? tx.event(mine.event) : null;
        return { target: q(TARGETS.feed!), wait: '', title, text: line ? this.say('guide.feed.text', { line }) : this.say('guide.feed.empty') };
      }
      case 'end':
        return { target: q(TARGETS.end!), wait: 'endWeek', title, text: this.say('guide.end.text') };
      case 'done':
        return { target: null, wait: '', title, text: this.say('guide.done.text') };
      default:
        return { target: q(TARGETS[id]!) ?? (id === 'board' ? q('.pipeline') : null), wait: '', title, text: this.say(`guide.${id}.text`) };
    }
  }

  /** "Your move": select the token, then press the action — or, with nothing to do, end the week. */
  private move(q: (sel: string) => HTMLElement | null): { target: HTMLElement | null; wait: Wait; text: string } {
    const tx = this.tx;
    const s = this.session;
    if (this.acted()) {
      const mine = [...s.feed].reverse().find((f) => f.by === 'player');
      return { target: q('it-feed'), wait: '', text: (mine && tx.event(mine.event)) || this.say('guide.feed.empty') };
    }
    const sug: Suggestion | null = suggest(this.engine, s.sc, s.state, this.myRole);
    if (!sug) {
      return { target: q('.end-turn'), wait: 'endWeek', text: this.say('guide.act.none', { role: tx.role(this.myRole), reason: this.say(`guide.none.${this.myRole}`) }) };
    }
    if (sug.token !== null && this.selected !== sug.token) {
      const chip = q(`.pipeline .chip[data-token="${CSS.escape(sug.token)}"]`);
      const thing = chip?.textContent?.trim() || sug.token;
      return { target: chip ?? q('.pipeline'), wait: 'select', text: this.say('guide.act.select', { thing }) };
    }
    const label = tx.action(sug.action);
    // The action's own button, or else the one-control form of its kind (a visit, the
    // terms, a bid, parts: options and one button), opened if its group is folded.
    const button =
      [...(q('it-actions')?.querySelectorAll<HTMLElement>('.act') ?? [])].find((b) => b.querySelector('.act-label')?.textContent?.trim() === label) ??
      q(`it-actions li.control[data-kind="${CSS.escape(sug.action.kind)}"] .act:not([disabled])`);
    const group = button?.closest('details');
    if (group && !group.open) group.open = true;
    const cost = Object.entries(this.engine.actionCost(s.sc, s.state, sug.action))
      .map(([r, d]) => (r === this.myRole ? tx.days(d) : `${r} ${tx.days(d)}`))
      .join(' + ');
    const why = this.say(Object.prototype.hasOwnProperty.call(guideEn, `guide.why.${sug.action.kind}`) ? `guide.why.${sug.action.kind}` : 'guide.why.other');
    return { target: button ?? q('it-actions'), wait: 'act', text: this.say('guide.act.do', { action: label, cost: cost || tx.days(0), why }) };
  }

  private mark(el: HTMLElement | null): void {
    if (this.marked === el) return;
    this.marked?.removeAttribute(MARK);
    el?.setAttribute(MARK, this.stepId);
    this.marked = el;
  }

  override render() {
    const p = this.plan();
    const last = this.stepId === 'done';
    const primary = last
      ? html`<button class="primary guide-primary guide-finish" @click=${() => this.close('done')}>${this.say('guide.finish')}</button>`
      : p.wait
        ? html`<button class="primary guide-primary guide-go" ?disabled=${!p.target} @click=${() => this.goThere()}>${this.say('guide.goThere')}</button>`
        : html`<button class="primary guide-primary guide-next" @click=${() => this.go(this.step + 1)}>${this.say('guide.next')}</button>`;
    return html`
      <div class="guide-ring" aria-hidden="true" ?hidden=${!p.target}></div>
      <section class="guide-card" data-overlay role="region" aria-label=${this.say('guide.label')} aria-describedby="guide-text"
        data-step=${this.stepId} data-wait=${p.wait}>
        <p class="guide-progress">${this.say('guide.progress', { n: this.step + 1, total: GUIDE_STEPS.length })}</p>
        <h2 class="guide-title">${p.title}</h2>
        <p class="guide-text" id="guide-text" aria-live="polite">${p.text}</p>
        <p class="guide-hint">${p.wait && p.wait !== 'endWeek' ? this.say('guide.act.waiting') : this.say('guide.escHint')}</p>
        <div class="guide-buttons">
          ${this.step > 0 && !last ? html`<button class="guide-back" @click=${() => this.go(this.step - 1)}>${this.say('guide.back')}</button>` : nothing}
          ${last ? nothing : html`<button class="guide-skip" @click=${() => this.close('skipped')}>${this.say('guide.skip')}</button>`}
          ${primary}
        </div>
      </section>`;
  }

  private goThere(): void {
    const t = this.marked;
    if (!t) return;
    t.scrollIntoView({ block: 'nearest' });
    const focusable = t.matches('button, [tabindex], input, a[href]') ? t : t.querySelector<HTMLElement>('button:not([disabled]), [tabindex="0"]');
    focusable?.focus();
  }

  protected override updated(): void {
    const p = this.plan();
    const moved = this.marked !== p.target;
    this.mark(p.target);
    if (moved) p.target?.scrollIntoView({ block: 'nearest' });
    this.place();
    // Focus goes to the card's main button when the step (or what it waits for) changes.
    const key = `${this.step}|${p.wait}`;
    if (key !== this.focusedFor) {
      this.focusedFor = key;
      this.querySelector<HTMLElement>('.guide-primary:not([disabled])')?.focus({ preventScroll: true });
    }
  }

  /** Rings the target and puts the card beside it (below, above, left, right), inside the window. */
  private place(): void {
    const card = this.querySelector<HTMLElement>('.guide-card');
    const ring = this.querySelector<HTMLElement>('.guide-ring');
    if (!card || !ring) return;
    const t = this.marked;
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const gap = 12;
    const vw = innerWidth;
    const vh = innerHeight;
    const clampX = (x: number) => Math.max(8, Math.min(x, vw - w - 8));
    const clampY = (y: number) => Math.max(8, Math.min(y, vh - h - 8));
    let x = vw - w - 16;
    let y = vh - h - 16;
    if (t) {
      const r = t.getBoundingClientRect();
      ring.style.left = `${r.left - 4}px`;
      ring.style.top = `${r.top - 4}px`;
      ring.style.width = `${r.width + 8}px`;
      ring.style.height = `${r.height + 8}px`;
      if (r.bottom + gap + h <= vh - 8) [x, y] = [clampX(r.left), r.bottom + gap];
      else if (r.top - gap - h >= 8) [x, y] = [clampX(r.left), r.top - gap - h];
      else if (r.left - gap - w >= 8) [x, y] = [r.left - gap - w, clampY(r.top)];
      else if (r.right + gap + w <= vw - 8) [x, y] = [r.right + gap, clampY(r.top)];
    } else {
      [x, y] = [(vw - w) / 2, Math.max(8, (vh - h) / 3)];
    }
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
  }
}
