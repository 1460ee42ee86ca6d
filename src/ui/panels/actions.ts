/**
 * The current role's actions, grouped by purpose (win the deal, deliver, collect cash,
 * service, find business) and by the object they act on; each group folds open with a
 * count of what can be done. All the variants of a kind on one object are one control
 * (action-controls.ts). An action not available now is greyed out with the engine's
 * reason, so the rules teach themselves — except running out of days, said once.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Action, BidEstimate, GameState, PlayerView, Rejection, Role } from '../../engine/index.ts';
import type { PanelEngine } from './panel-engine.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { concerns, type Focus } from '../focus.ts';
import { PURPOSES, choiceOf, groupActions, optionKey, pickVariant, type ActionControl, type ActionGroup } from './action-groups.ts';
import { renderControl, type ActionNotes, type ControlCtx } from './action-controls.ts';

/** Refusals that only say the object is closed: a selected item's leftovers, not worth a line each. */
let panels = 0;
const GONE = new Set(['leadNotOpen', 'opportunityClosed', 'invoiceNotOpen', 'ticketClosed']);
import { ActIntent } from '../intents.ts';
import type { Tx } from '../text.ts';

@customElement('it-actions')
export class Actions extends LitElement {
  /** The engine's functions (panel-engine.ts), from the app: this panel imports no engine code itself. */
  @property({ attribute: false }) engine!: PanelEngine;
  @property({ attribute: false }) sc!: Scenario;
  @property({ attribute: false }) state!: GameState;
  @property({ attribute: false }) target: Focus | null = null;
  @property({ attribute: false }) tx!: Tx;
  @property({ type: String }) actingRole: Role = 'AR';
  @property({ type: Number }) daysLeft = 0;
  protected override createRenderRoot() {
    return this;
  }

  /** The player's view and the bid estimates, built once per render (never the state's truth). */
  private view: PlayerView | null = null;
  private estimates = new Map<string, BidEstimate | null>();
  private estimateFor(opp: string): BidEstimate | null {
    if (!this.estimates.has(opp)) {
      this.view ??= this.engine.lazyPlayerView(this.sc, this.state, this.actingRole);
      this.estimates.set(opp, this.engine.estimateBid(this.view, opp));
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
    const srDays = this.state.daysUsed.SR + (this.engine.actionCost(this.sc, this.state, a).SR ?? 0);
    const timing = this.engine.bidInTime(this.state.week, srDays, o.deadlineWeek, x.approvalHalfDays);
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
    if (t.advanceBp > 0) parts.push(tx.ui('ui.cash.advance', { amount: part(t.advanceBp), days: tx.days(this.engine.ADVANCE_NET_DAYS) }));
    if (t.deliveryBp > 0) parts.push(tx.ui('ui.cash.delivery', { amount: part(t.deliveryBp), days }));
    if (t.acceptanceBp > 0) parts.push(tx.ui('ui.cash.acceptance', { amount: part(t.acceptanceBp), days }));
    if (t.retentionBp > 0) parts.push(tx.ui('ui.cash.retention', { amount: part(t.retentionBp), weeks: this.engine.RETENTION_WEEKS, days }));
    return tx.ui(o.bid ? 'ui.cash.onBid' : 'ui.cash.onList', { parts: parts.join(tx.ui('fmt.sep')) });
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

  // ── the player's choices in composite controls, and which groups are open ───
  /** Per composite control (by key): the options the player picked. Survives re-renders. */
  @state() private choices = new Map<string, Record<string, string>>();
  /** Groups the player opened or closed by hand (others follow the selection). */
  @state() private toggled = new Map<string, boolean>();

  private defaultChoice(c: ActionControl): Record<string, string> {
    let pick: Action | undefined;
    if (c.kind === 'setTerms') {
      // The deal's current terms (or the standard form), as the form opens.
      const o = this.state.opportunities[(c.variants[0] as { opportunity: string }).opportunity];
      const want = optionKey(o?.terms ?? this.engine.TERMS_PRESETS.standard);
      pick = c.variants.find((v) => optionKey((v as { terms: unknown }).terms) === want && (v as { insured: boolean }).insured === (o?.insured ?? false));
    }
    pick ??= c.variants.find((v) => this.reasonOf(v) === null) ?? c.variants[0]!;
    return choiceOf(c, pick);
  }
  private choiceFor(c: ActionControl): Record<string, string> {
    return this.choices.get(c.key) ?? this.defaultChoice(c);
  }
  private reasons = new Map<Action, Rejection | null>();
  private reasonOf(a: Action): Rejection | null {
    if (!this.reasons.has(a)) this.reasons.set(a, this.engine.validate(this.sc, this.state, a, true));
    return this.reasons.get(a)!;
  }
  /** Refusals for want of the acting role's days are said once, at the top, when none are left. */
  private whyText(r: Rejection | null): string | null {
    if (!r) return null;
    if (r.code === 'notEnoughDays' && r.params?.role === this.actingRole && this.daysLeft === 0) return null;
    return this.tx.rejection(r);
  }
  private costText(a: Action): string {
    const dayText = (d: number) => this.tx.ui('ui.play.costDays', { days: d });
    // Compact: "1d + SR 1d" — the companions' short role names, so the label keeps the width.
    return Object.entries(this.engine.actionCost(this.sc, this.state, a)).map(([r, d]) => (r === this.actingRole ? dayText(d) : `${r} ${dayText(d)}`)).join(' + ');
  }
  private notes(a: Action): ActionNotes | null {
    if (a.kind === 'setTerms') {
      const t = this.termsNotes(a);
      return { words: t.words, cash: this.termsCash(a), warning: t.warning, warnKind: 'terms' };
    }
    if (a.kind === 'submitBid') {
      const b = this.bidNotes(a);
      return b ? { bid: b.words, warning: b.late, warnKind: 'bid' } : null;
    }
    return null;
  }
  private bidRows(a: Action) {
    if (a.kind !== 'submitBid') return null;
    const x = this.estimateFor(a.opportunity)?.options.find((o) => o.discountBp === a.discountBp);
    return x ? { price: this.tx.money(x.price), margin: this.tx.pct(x.marginBp / 10000), chance: this.tx.pct(x.winChanceBp / 10000) } : null;
  }
  private ctx(): ControlCtx {
    return {
      tx: this.tx, role: this.actingRole,
      reasonOf: (a) => this.reasonOf(a), whyText: (r) => this.whyText(r), costText: (a) => this.costText(a), notes: (a) => this.notes(a),
      choice: (c) => this.choiceFor(c), chosen: (c) => pickVariant(c, this.choiceFor(c)),
      choose: (c, f, v) => (this.choices = new Map(this.choices).set(c.key, { ...this.choiceFor(c), [f]: v })),
      bidRows: (a) => this.bidRows(a),
      act: (a) => this.dispatchEvent(new ActIntent(a)),
    };
  }

  /** How many controls of a group can be used now (a composite counts once). */
  private available(g: ActionGroup): number {
    return g.controls.filter((c) => c.variants.some((v) => this.reasonOf(v) === null)).length;
  }
  /** The object in words: whose it is, then what ("Qingjiang Water · 30 × Flow meter"). */
  private objectName(g: ActionGroup): string {
    const n = this.tx.names;
    const id = g.object ?? '';
    if (g.field === 'customer') return n.customer(id);
    const what = g.field === 'lead' ? (n.lead?.(id) ?? id) : (n.ref?.(id) ?? id);
    const cust = n.customerOf?.(id);
    return cust ? [n.customer(cust), what].join(this.tx.ui('fmt.sep')) : what;
  }
  private onToggle(g: ActionGroup, open: boolean, e: Event): void {
    const el = e.currentTarget as HTMLDetailsElement;
    if (el.open !== open) this.toggled = new Map(this.toggled).set(g.key, el.open);
  }

  private renderGroup(g: ActionGroup, selected: boolean, ctx: ControlCtx) {
    const controls = (open: boolean) => (open ? html`<ul class="act-list">${g.controls.map((c) => renderControl(ctx, c, `${this.idBase}-${g.key}`))}</ul>` : nothing);
    if (g.object === null) return controls(true);
    const open = this.toggled.get(g.key) ?? selected;
    const n = this.available(g);
    return html`<details class="group ${selected ? 'sel' : ''}" data-group=${g.key} ?open=${open} @toggle=${(e: Event) => this.onToggle(g, open, e)}>
      <summary><span class="g-name">${this.objectName(g)}</span><span class="g-count ${n ? '' : 'none'}" aria-label=${this.tx.ui('panel.available', { n })}>${n}</span></summary>
      ${controls(open)}
    </details>`;
  }

  /** Unique per panel, for the radio groups' names. */
  private readonly idBase = `a${++panels}`;

  override render() {
    const tx = this.tx;
    this.view = null;
    this.estimates.clear();
    this.reasons.clear();
    const groups = groupActions(this.engine.candidateActions(this.sc, this.state, this.actingRole));
    const focus = this.target;
    const isSel = (g: ActionGroup) => !!focus && g.object !== null && concerns(g.controls[0]!.variants[0]!, focus);
    // A closed deal's or paid invoice's leftovers say nothing new: hidden unless something can be done.
    // Other items show when something can be done about them — customers only when selected,
    // or every customer would always show its credit check and visits.
    const shown = groups.filter((g) =>
      g.object === null || (isSel(g) ? !g.controls.every((c) => c.variants.every((v) => GONE.has(this.reasonOf(v)?.code ?? ''))) : g.field !== 'customer' && this.available(g) > 0));
    const sections = PURPOSES.map((p) => [p, shown.filter((g) => g.purpose === p).sort((a, b) => Number(isSel(b)) - Number(isSel(a)))] as const).filter(([, gs]) => gs.length > 0);
    const ctx = this.ctx();
    return html`
      <section class="actions" aria-label=${tx.ui('ui.play.actions')}>
        <div class="days" aria-live="polite">${tx.ui('ui.play.daysLeft', { role: tx.role(this.actingRole), days: this.daysLeft })}</div>
        ${this.daysLeft === 0 ? html`<p class="no-days" role="status" data-testid="no-days">${tx.ui('panel.noDays', { role: tx.role(this.actingRole) })}</p>` : nothing}
        ${sections.map(([p, gs]) => html`<div class="purpose" data-purpose=${p}><h3>${tx.ui(`panel.purpose.${p}`)}</h3>${gs.map((g) => this.renderGroup(g, isSel(g), ctx))}</div>`)}
      </section>
    `;
  }
}
