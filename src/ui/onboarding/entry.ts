/**
 * Onboarding's foot in the first bundle, kept small: the "How to play" button (the pages
 * load when it is first pressed), the switch that starts the first-week guide (the guide
 * loads when it first starts), and `<it-term>`. Everything with many words lives in the
 * lazily loaded modules howto-page.ts, guide.ts and glossary.ts.
 */
import { LitElement, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { actionCost, candidateActions, validate, type Role } from '../../engine/index.ts';
import type { Session } from '../session.ts';
import type { Tx } from '../text.ts';
import { shouldAutoStart } from './prefs.ts';
import { CUSTOMER_PREFIX, isGeneral } from '../focus.ts';
import { MARKETING } from '../../engine/rules/leads.ts';
import './term.ts';
import { GuideReplayIntent } from './replay-intent.ts';

export { GuideReplayIntent };


@customElement('it-howto-button')
export class HowtoButton extends LitElement {
  @property({ attribute: false }) tx!: Tx;
  /** The page to open first (the player's role), or null for the team page. */
  @property({ attribute: false }) page: Role | null = null;
  /** Whether a game is on screen, so the page can offer "Replay the guide". */
  @property({ type: Boolean }) canReplay = false;
  /** A "?" instead of the words (in a game, where the header is full). */
  @property({ type: Boolean }) compact = false;
  @state() private open = false;
  @state() private failed: string | null = null;
  protected override createRenderRoot() {
    return this;
  }

  private async show(): Promise<void> {
    try {
      await import('./howto-page.ts');
      this.failed = null;
      this.open = true;
    } catch (e) {
      this.failed = (e as Error).message;
    }
  }

  override render() {
    const tx = this.tx;
    // In a game the header is full: the button is a "?" there, named and titled in words.
    return html`<button class="ghost howto-open ${this.compact ? 'compact' : ''}" title=${tx.ui('ui.onboarding.howToTitle')}
        aria-label=${this.compact ? tx.ui('ui.onboarding.howTo') : nothing} @click=${() => void this.show()}>${this.compact ? '?' : tx.ui('ui.onboarding.howTo')}</button>
      ${this.failed ? html`<span class="note error" role="alert">${tx.ui('ui.onboarding.loadFailed', { reason: this.failed })}</span>` : nothing}
      ${this.open
        ? html`<it-howto .tx=${tx} .marketing=${MARKETING} .startPage=${this.page} ?canReplay=${this.canReplay}
            @it-howto-close=${() => (this.open = false)} @it-guide-replay=${() => (this.open = false)}></it-howto>`
        : nothing}`;
  }
}

/** The engine functions the lazily loaded guide uses, from this bundle (see guide-plan.ts). */
const ENGINE = { candidateActions, validate, actionCost, isGeneral, customerPrefix: CUSTOMER_PREFIX };

/** What the guide needs from the app each time it renders. */
export interface GuideContext {
  screen: string;
  session: Session | null;
  /** Bumped by the app after every change to the game. */
  rev: number;
  selected: string | null;
  tx: Tx;
}

/**
 * Starts the first-week guide for a first-time tutorial player, and again on "Replay the
 * guide"; the guide's module is imported only then. The app calls `render` from its own
 * render and draws what it returns.
 */
export class GuideSwitch implements ReactiveController {
  private loaded = false;
  private active = false;
  /** The session the auto-start rule was last checked for (checked once per game). */
  private checked: Session | null = null;
  private failed: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    host.addEventListener(GuideReplayIntent.type, () => this.start());
  }

  hostConnected(): void {}

  private start(): void {
    this.active = true;
    if (this.loaded) return void this.host.requestUpdate();
    import('./guide.ts').then(
      () => {
        this.loaded = true;
        this.host.requestUpdate();
      },
      (e: unknown) => {
        this.failed = (e as Error).message;
        this.active = false;
        this.host.requestUpdate();
      },
    );
  }

  render(ctx: GuideContext) {
    const s = ctx.session;
    if (this.failed) return html`<div class="note error" role="alert">${ctx.tx.ui('ui.onboarding.loadFailed', { reason: this.failed })}</div>`;
    if (!s || ctx.screen !== 'play') return nothing;
    if (this.checked !== s) {
      this.checked = s;
      if (shouldAutoStart(s)) queueMicrotask(() => this.start());
    }
    if (!this.active || !this.loaded) return nothing;
    return html`<it-guide .session=${s} .engine=${ENGINE} .rev=${ctx.rev} .selected=${ctx.selected} .tx=${ctx.tx}
      @it-guide-close=${() => {
        this.active = false;
        this.host.requestUpdate();
      }}></it-guide>`;
  }
}
