/**
 * The current role's actions: what it can do about the selected item (or in general),
 * each with its time cost; an action that is not available now is shown greyed out
 * with the engine's reason, so the rules teach themselves.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { actionCost, bidInTime, candidateActions, estimateBid, lazyPlayerView, validate, type Action, type BidEstimate, type GameState, type PlayerView, type Role } from '../../engine/index.ts';
import { ADVANCE_NET_DAYS } from '../../engine/rules/cash.ts';
import { RETENTION_WEEKS } from '../../engine/rules/delivery.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { concerns, isGeneral, type Focus } from '../focus.ts';
import { ActIntent, EndTurnIntent } from '../intents.ts';
import type { Tx } from '../text.ts';

@customElement('it-actions')
export class Actions extends LitElement {
  @property({ attribute: false }) sc!: Scenario;
  @property({ attribute: false }) state!: GameState;
  @property({ attribute: false }) target: Focus | null = null;
  @property({ attribute: false }) tx!: Tx;
  @property({ type: String }) actingRole: Role = 'AR';
  @property({ type: Number }) daysLeft = 0;
  @property({ type: Boolean }) lastRole = false;
  protected override createRenderRoot() {
    return this;
  }

  /** The player's view and the bid estimates, built once per render (never the state's truth). */
  private view: PlayerView | null = null;
  private estimates = new Map<string, BidEstimate | null>();
  private estimateFor(opp: string): BidEstimate | null {
    if (!this.estimates.has(opp)) {
      this.view ??= lazyPlayerView(this.sc, this.state, this.actingRole);
      this.estimates.set(opp, estimateBid(this.view, opp));
    }
    return this.estimates.get(opp) ?? null;
  }

  /** A bid choice's numbers, before committing: price, margin, budget, estimated win chance. */
  private bidNotes(a: Extract<Action, { kind: 'submitBid' }>): { words: string; late: string | null } | null {
    const tx = this.tx;
    const x = this.estimateFor(a.opportunity)?.options.find((o) => o.discountBp === a.discountBp);
    const o = this.state.opportunities[a.opportunity];
    if (!x || !o) return null;
    // Finished now (this bid's day included), does it clear approval by Friday of the deadline week?
    const srDays = this.state.daysUsed.SR + (actionCost(this.sc, this.state, a).SR ?? 0);
    const timing = bidInTime(this.state.week, srDays, o.deadlineWeek, x.approvalHalfDays);
    const late = timing.inTime ? null : tx.ui('ui.bid.late', { days: tx.days(x.approvalHalfDays / 2), week: o.deadlineWeek });
    const budget = tx.ui(x.budget === 'inside' ? 'ui.bid.insideBudget' : x.budget === 'over' ? 'ui.bid.overBudget' : 'ui.bid.budgetUnknown');
    const words = [
      tx.ui('ui.bid.price', { price: tx.money(x.price) }),
      tx.ui('ui.bid.margin', { margin: tx.money(x.margin), pct: tx.pct(x.marginBp / 10000) }),
      budget,
      tx.ui('ui.bid.chance', { chance: tx.pct(x.winChanceBp / 10000) }),
    ].join(tx.ui('fmt.sep'));
    return { words, late };
  }

  /** When the money of these terms comes in, in amounts, on the bid price (or list price before a bid). */
  private termsCash(a: Extract<Action, { kind: 'setTerms' }>): string | null {
    const tx = this.tx;
    const o = this.state.opportunities[a.opportunity];
    const p = o ? this.sc.products.find((x) => x.id === o.product) : undefined;
    if (!o || !p) return null;
    const price = o.bid?.price ?? p.listPrice * o.quantity;
    const part = (bp: number) => tx.money(Math.floor((price * bp) / 10000));
    const t = a.terms;
    const days = tx.days(t.netDays);
    const parts: string[] = [];
    if (t.advanceBp > 0) parts.push(tx.ui('ui.cash.advance', { amount: part(t.advanceBp), days: tx.days(ADVANCE_NET_DAYS) }));
    if (t.deliveryBp > 0) parts.push(tx.ui('ui.cash.delivery', { amount: part(t.deliveryBp), days }));
    if (t.acceptanceBp > 0) parts.push(tx.ui('ui.cash.acceptance', { amount: part(t.acceptanceBp), days }));
    if (t.retentionBp > 0) parts.push(tx.ui('ui.cash.retention', { amount: part(t.retentionBp), weeks: RETENTION_WEEKS, days }));
    return tx.ui(o.bid ? 'ui.cash.onBid' : 'ui.cash.onList', { parts: parts.join(tx.ui('fmt.sep')) });
  }

  private button(a: Action) {
    const reason = validate(this.sc, this.state, a, true);
    const cost = actionCost(this.sc, this.state, a);
    // Compact: "1d + SR 1d" — the companions' short role names, so the label keeps the width.
    const dayText = (d: number) => this.tx.ui('ui.play.costDays', { days: d });
    const days = Object.entries(cost).map(([r, d]) => (r === this.actingRole ? dayText(d) : `${r} ${dayText(d)}`)).join(' + ');
    const label = this.tx.action(a);
    const why = reason ? this.tx.rejection(reason) : '';
    const terms = a.kind === 'setTerms' ? this.termsNotes(a) : null;
    const cash = a.kind === 'setTerms' ? this.termsCash(a) : null;
    const bid = a.kind === 'submitBid' ? this.bidNotes(a) : null;
    // What a screen reader hears: the label, then the numbers, the terms in words and the warning, then why not.
    const spoken = [label, bid?.words, terms?.words, cash, terms?.warning, bid?.late, why].filter(Boolean).join(' — ');
    const warning = terms?.warning ?? bid?.late ?? null;
    return html`<li>
      <button class="act ${warning ? 'forbidden' : ''}" data-kind=${a.kind} ?disabled=${reason !== null} aria-disabled=${reason !== null ? 'true' : 'false'}
        title=${why || (warning ?? '')} aria-label=${spoken}
        @click=${() => this.dispatchEvent(new ActIntent(a))}>
        <span class="act-label">${label}</span>${days ? html`<span class="cost" aria-hidden="true">${days}</span>` : nothing}
        ${terms ? html`<span class="terms-words">${terms.words}</span>` : nothing}
        ${cash ? html`<span class="terms-cash" data-testid="terms-cash">${cash}</span>` : nothing}
        ${bid ? html`<span class="bid-numbers" data-testid="bid-estimate">${bid.words}</span>` : nothing}
      </button>
      ${terms?.warning ? html`<span class="terms-warn" data-testid="terms-forbidden">⚠ ${terms.warning}</span>` : nothing}
      ${bid?.late ? html`<span class="terms-warn" data-testid="bid-late">⚠ ${bid.late}</span>` : nothing}
      ${reason ? html`<span class="why">${why}</span>` : nothing}
    </li>`;
  }

  /**
   * A payment-terms choice in words, and a warning when the customer's tender forbids
   * it (more advance than its norm allows): still selectable — the engine disqualifies
   * such a bid at the tender (`bidNonCompliant`), and that is the lesson.
   */
  private termsNotes(a: Extract<Action, { kind: 'setTerms' }>): { words: string; warning: string | null } {
    const tx = this.tx;
    const customer = this.state.opportunities[a.opportunity]?.customer;
    const norm = this.sc.customers.find((c) => c.id === customer)?.terms;
    const forbidden = norm !== undefined && a.terms.advanceBp > norm.maxAdvanceBp;
    const warning = !forbidden ? null : norm.maxAdvanceBp === 0 ? tx.ui('ui.terms.forbiddenNone') : tx.ui('ui.terms.forbiddenMax', { max: tx.pct(norm.maxAdvanceBp / 10000) });
    return { words: tx.terms(a.terms), warning };
  }

  override render() {
    const tx = this.tx;
    this.view = null;
    this.estimates.clear();
    const all = candidateActions(this.sc, this.state, this.actingRole).filter((a) => a.kind !== 'endWeek');
    const focused = this.target ? all.filter((a) => concerns(a, this.target!)) : [];
    const general = all.filter(isGeneral);
    return html`
      <section class="actions" aria-label=${tx.ui('ui.play.actions')}>
        <div class="days" aria-live="polite">${tx.ui('ui.play.daysLeft', { role: tx.role(this.actingRole), days: this.daysLeft })}</div>
        ${this.target
          ? html`<h3>${tx.ui('ui.play.forSelected')}</h3>
              ${focused.length ? html`<ul class="act-list">${focused.map((a) => this.button(a))}</ul>` : html`<p class="muted">${tx.ui('ui.play.nothingForSelected')}</p>`}`
          : html`<p class="muted">${tx.ui('ui.play.selectHint')}</p>`}
        <h3>${tx.ui('ui.play.general')}</h3>
        <ul class="act-list">${general.map((a) => this.button(a))}</ul>
        <button class="end-turn primary" @click=${() => this.dispatchEvent(new EndTurnIntent())}>
          ${this.lastRole ? tx.ui('ui.play.endWeek') : tx.ui('ui.play.endTurn')}
        </button>
      </section>
    `;
  }
}
