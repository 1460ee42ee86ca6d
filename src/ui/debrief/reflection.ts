/**
 * Reflection: the after-action review's four questions, each opened with facts from this
 * game and the scenario's objectives, and a box for the trainee's notes — saved with the
 * game (the save's `notes`).
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GameHistory, Scorecard, ScorecardRow, TurningPoint } from '../../debrief/types.ts';
import { better } from '../../debrief/index.ts';
import { turningPointText } from '../../i18n/debrief.ts';
import type { Session } from '../session.ts';
import type { Tx } from '../text.ts';
import { NotesIntent } from './intents.ts';
import { MAX_NOTE_CHARS } from '../../save/text.ts';

export const QUESTIONS = ['q1', 'q2', 'q3', 'q4'] as const;

@customElement('it-debrief-reflection')
export class DebriefReflection extends LitElement {
  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) tx!: Tx;
  @property({ attribute: false }) history!: GameHistory;
  @property({ attribute: false }) card!: Scorecard;
  @property({ attribute: false }) top: TurningPoint | null = null;
  protected override createRenderRoot() {
    return this;
  }

  /** The facts that open each question. */
  private facts(): Record<(typeof QUESTIONS)[number], string[]> {
    const { tx, history: h, card } = this;
    const sc = this.session.sc;
    const row = (k: ScorecardRow['key']) => card.rows.find((r) => r.key === k)!;
    const tg = sc.score.targets;
    const kpiList = (rows: ScorecardRow[]) => tx.list(rows.map((r) => tx.kpi(r.key)));
    const sustain = card.rows.filter((r) => r.key !== 'score' && r.you !== null && !better(r, r.par, r.you));
    const improve = card.rows.filter((r) => r.key !== 'score' && better(r, r.par, r.you));
    const top = this.top ? turningPointText(tx.lang, this.top, tx.names) : null;
    // A game not finished: the facts are at the week it is in, beside par at that week.
    const at = card.atWeek;
    const partial = at === null ? '' : 'Partial';
    return {
      q1: [
        ...sc.objectives.map((o) => tx.text(o)),
        tx.ui('debrief.reflect.fact.targets', { winRate: tx.pct(tg.winRateBp / 10000), revenue: tx.money(tg.revenue), cycle: tx.days(tg.collectionCycleDays) }),
      ],
      q2: [
        tx.ui(`debrief.reflect.fact.result${partial}`, {
          week: at ?? 0, weeks: card.weeks, score: h.score, par: row('score').par ?? 0, siloed: row('score').siloed ?? 0, won: h.kpis.bidsWon, bids: h.kpis.bidsDecided,
          collected: tx.money(h.kpis.collected), invoiced: tx.money(h.kpis.invoiced),
        }),
      ],
      q3: top ? [tx.ui('debrief.reflect.fact.turning', { when: top.when, did: top.did, because: top.because ?? '' })] : [],
      q4: [
        ...(sustain.length ? [tx.ui(`debrief.reflect.fact.sustain${partial}`, { kpis: kpiList(sustain), week: at ?? 0 })] : []),
        ...(improve.length ? [tx.ui(`debrief.reflect.fact.improve${partial}`, { kpis: kpiList(improve), week: at ?? 0 })] : []),
      ],
    };
  }

  private save(q: string, text: string): void {
    const notes = { ...this.session.notes, [q]: text };
    if (!text) delete notes[q];
    this.dispatchEvent(new NotesIntent(notes));
  }

  override render() {
    const tx = this.tx;
    const facts = this.facts();
    return html`<section class="reflection" aria-labelledby="reflect-title">
      <h3 id="reflect-title">${tx.ui('debrief.reflect')}</h3>
      ${QUESTIONS.map((q) => html`<div class="question">
        <h4 id=${`reflect-${q}`}>${tx.ui(`debrief.reflect.${q}`)}</h4>
        <ul class="facts">${facts[q].map((f) => html`<li>${f}</li>`)}</ul>
        <textarea rows="3" maxlength=${MAX_NOTE_CHARS} aria-labelledby=${`reflect-${q}`} data-question=${q} placeholder=${tx.ui('debrief.reflect.notes')}
          .value=${this.session.notes[q] ?? ''} @change=${(e: Event) => this.save(q, (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>`)}
      <p class="muted no-print">${tx.ui('debrief.reflect.saved')}</p>
    </section>`;
  }
}
