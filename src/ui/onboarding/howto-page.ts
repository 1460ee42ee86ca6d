/**
 * The how-to-play pages (lazy chunk): one tab per role and one for the team of three,
 * each saying what the role does in LTC/ITR, what its actions are for and what they cost
 * (days from the engine's rules, money from the scenario on screen), what the team is
 * judged on, the iron triangle against "the Sudan way", and the words of the trade.
 * A modal <dialog>: Esc closes it, Tab stays inside, arrow keys move between tabs.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Role } from '../../engine/index.ts';
import { howtoEn } from '../../i18n/howto.en.ts';
import { howtoZh } from '../../i18n/howto.zh.ts';
import type { Tx } from '../text.ts';
import type { MARKETING } from '../../engine/rules/leads.ts';
import { GuideReplayIntent } from './replay-intent.ts';
import { definition, termName } from './glossary.ts';
import { sayIn } from './say.ts';
import './howto.css';

type Page = Role | 'team';
/** The engine's marketing rules (days per activity), handed in by entry.ts so this chunk imports no engine module. */
type Marketing = typeof MARKETING;
const PAGES: readonly Page[] = ['AR', 'SR', 'FR', 'team'];

/** One row of a role's action table: its words, its glossary word (if any) and its cost. */
interface Row { id: string; term?: string; cost: (tx: Tx) => string }

/** What an action costs, in days (and money where the scenario sets it). */
function costs(say: (k: string, p?: Record<string, string | number>) => string, MARKETING: Marketing) {
  const days = (d: number) => (tx: Tx) => (d === 0 ? say('howto.cost.none') : tx.days(d));
  const marketing = (m: keyof typeof MARKETING) => (tx: Tx) => {
    const money = tx.sc?.company.marketingCost[m];
    return money === undefined ? tx.days(MARKETING[m].days) : say('howto.cost.plus', { days: tx.days(MARKETING[m].days), money: tx.money(money) });
  };
  const along = () => say('howto.cost.along');
  const ROWS: Record<Role, Row[]> = {
    AR: [
      { id: 'qualify', term: 'leadGrade', cost: days(1) },
      { id: 'drop', cost: days(0) },
      { id: 'seminar', term: 'seminar', cost: marketing('seminar') },
      { id: 'exhibition', term: 'exhibition', cost: marketing('exhibition') },
      { id: 'executiveVisit', term: 'executiveVisit', cost: marketing('executiveVisit') },
      { id: 'referenceVisit', term: 'referenceVisit', cost: marketing('referenceVisit') },
      { id: 'visit', term: 'decisionChain', cost: (tx) => `${tx.days(1)} + ${along()}` },
      { id: 'discover', term: 'spin', cost: days(1) },
      { id: 'creditCheck', term: 'creditCheck', cost: days(1) },
      { id: 'terms', term: 'terms', cost: days(1) },
      { id: 'reconcile', term: 'reconciliation', cost: days(1) },
      { id: 'collect', term: 'dunning', cost: days(1) },
      { id: 'complaint', term: 'sla', cost: days(1) },
    ],
    SR: [
      { id: 'along', term: 'decisionChain', cost: days(1) },
      { id: 'design', term: 'solutionFit', cost: days(2) },
      { id: 'bid', term: 'bid', cost: days(1) },
      { id: 'rootCause', term: 'rootCause', cost: days(1) },
    ],
    FR: [
      { id: 'along', term: 'decisionChain', cost: days(1) },
      { id: 'feasibility', term: 'feasibility', cost: days(1) },
      { id: 'install', term: 'order', cost: (tx) => say('howto.cost.install', { money: tx.money(tx.sc?.company.crewDayCost ?? 0) }) },
      { id: 'acceptance', term: 'order', cost: days(1) },
      { id: 'ticket', term: 'sla', cost: days(1) },
      { id: 'parts', term: 'ticket', cost: (tx) => say('howto.cost.perPart', { days: tx.days(1), money: tx.money(tx.sc?.company.partCost ?? 0) }) },
    ],
  };
  return ROWS;
}

/** The words every page explains, and each role's own. */
const WORDS: Record<Page, readonly string[]> = {
  AR: ['lanes', 'leadGrade', 'executiveVisit', 'spin', 'powerMap', 'support', 'creditCheck', 'reconciliation', 'dso', 'netDays', 'retention', 'seed', 'fingerprint'],
  SR: ['lanes', 'opportunity', 'solutionFit', 'budget', 'deadline', 'bid', 'rootCause', 'powerMap', 'seed', 'fingerprint'],
  FR: ['lanes', 'itr', 'feasibility', 'order', 'ticket', 'sla', 'rootCause', 'powerMap', 'seed', 'fingerprint'],
  team: ['ltc', 'itr', 'ironTriangle', 'sudanWay', 'days', 'lanes', 'par', 'seed', 'fingerprint'],
};
const KPIS = ['winRate', 'revenue', 'grossMarginPct', 'collectedPct', 'collectionCycleDays', 'dsoDays', 'csat', 'complaintRate', 'docCycleDays', 'score'] as const;

@customElement('it-howto')
export class Howto extends LitElement {
  @property({ attribute: false }) tx!: Tx;
  @property({ attribute: false }) startPage: Role | null = null;
  @property({ type: Boolean }) canReplay = false;
  @property({ attribute: false }) marketing!: Marketing;
  @state() private page: Page = 'AR';

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.page = this.startPage ?? 'AR';
  }

  protected override firstUpdated(): void {
    const d = this.querySelector('dialog');
    if (d && !d.open) d.showModal();
    this.querySelector<HTMLElement>(`#howto-tab-${this.page}`)?.focus();
  }

  private say = (key: string, params?: Record<string, string | number>) => sayIn({ en: howtoEn, zh: howtoZh }, this.tx.lang, key, params);

  private close(): void {
    this.dispatchEvent(new Event('it-howto-close', { bubbles: true, composed: true }));
  }

  private onTabKey(e: KeyboardEvent): void {
    const i = PAGES.indexOf(this.page);
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? PAGES.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    this.page = PAGES[(to + PAGES.length) % PAGES.length]!;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#howto-tab-${this.page}`)?.focus());
  }

  override render() {
    const tx = this.tx;
    const tabName = (p: Page) => (p === 'team' ? this.say('howto.tab.team') : tx.role(p));
    return html`<dialog class="howto-dialog" aria-labelledby="howto-title" @close=${() => this.close()}>
      <div class="howto-head">
        <h2 id="howto-title">${this.say('howto.title')}</h2>
        ${this.canReplay ? html`<button class="primary howto-replay" title=${this.say('howto.replayHint')} @click=${() => this.replay()}>${this.say('howto.replay')}</button>` : nothing}
        <button class="howto-close" @click=${() => this.querySelector('dialog')?.close()}>${this.say('howto.close')}</button>
      </div>
      <div class="howto-tabs" role="tablist" aria-label=${this.say('howto.tabs')} @keydown=${(e: KeyboardEvent) => this.onTabKey(e)}>
        ${PAGES.map((p) => html`<button role="tab" id="howto-tab-${p}" data-page=${p} aria-selected=${this.page === p ? 'true' : 'false'} aria-controls="howto-panel"
          tabindex=${this.page === p ? 0 : -1} @click=${() => (this.page = p)}>${tabName(p)}</button>`)}
      </div>
      <section class="howto-panel" id="howto-panel" role="tabpanel" tabindex="0" aria-labelledby="howto-tab-${this.page}" data-page=${this.page}>
        ${this.renderPage(this.page)}
      </section>
    </dialog>`;
  }

  private replay(): void {
    this.dispatchEvent(new GuideReplayIntent());
    this.querySelector('dialog')?.close();
  }

  private word(term: string, label: string) {
    return html`<it-term term=${term} label=${label} .tx=${this.tx}></it-term>`;
  }

  private renderPage(p: Page) {
    const tx = this.tx;
    const say = this.say;
    const days = tx.sc && p !== 'team' ? tx.sc.company.days[p] : null;
    const rows = p === 'team' ? [] : costs(say, this.marketing)[p];
    return html`
      <h3>${say('howto.section.job')}</h3>
      <p>${say(p === 'team' ? 'howto.team.job' : `howto.${p}.job`)}</p>
      <h3>${say('howto.week.title')}</h3>
      <p>${say('howto.week')}${days !== null ? html` <strong>${tx.role(p as Role)}: ${tx.days(days)}</strong>` : nothing}</p>
      ${rows.length
        ? html`<h3>${say('howto.section.actions')}</h3>
            <table class="howto-actions">
              <thead><tr><th scope="col">${say('howto.col.action')}</th><th scope="col">${say('howto.col.why')}</th><th scope="col">${say('howto.col.cost')}</th></tr></thead>
              <tbody>${rows.map((r) => html`<tr data-action=${r.id}>
                <th scope="row">${r.term ? this.word(r.term, say(`howto.act.${r.id}`)) : say(`howto.act.${r.id}`)}</th>
                <td>${say(`howto.act.${r.id}.why`)}</td><td class="howto-cost">${r.cost(tx)}</td></tr>`)}</tbody>
            </table>`
        : nothing}
      <h3>${say('howto.section.judged')}</h3>
      <p>${say('howto.judged')}</p>
      <ul class="howto-kpis">${KPIS.map((k) => html`<li>${this.word(`kpi.${k}`, tx.kpi(k))}</li>`)}</ul>
      <p>${say(p === 'team' ? 'howto.team.focus' : `howto.${p}.focus`)}</p>
      <h3>${say('howto.section.triangle')}</h3>
      <p>${say('howto.triangle')}</p>
      <h3>${say('howto.section.words')}</h3>
      <dl class="howto-words">${WORDS[p].map((w) => html`<div data-term=${w}><dt>${termName(tx.lang, w)}</dt><dd>${definition(tx.lang, w)}</dd></div>`)}</dl>`;
  }
}
