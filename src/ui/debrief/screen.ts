/**
 * The debrief (复盘): an after-action review of one game. What was supposed to happen
 * (targets, par), what happened (scorecard, charts, timeline), why (turning points,
 * found by re-simulating decisions in a worker), what next (reflection notes, a what-if
 * branch). Everything is recomputed from the save: the log is the game.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Scenario } from '../../scenario/schema.ts';
import type { Role } from '../../scenario/schema.ts';
import { benchmarks, better, branchLog, buildHistory, comparisonWeek, scorecard, type GameHistory, type GameRecord, type Scorecard } from '../../debrief/index.ts';
import { deltaParts, formatKpi, overdraftLine, scorecardColumns, turningPointText, yoursBetter } from '../../i18n/debrief.ts';
import type { Session } from '../session.ts';
import type { Tx } from '../text.ts';
import { customerColours } from '../board-model.ts';
import { download, timelineCsv, timelineJson } from './export.ts';
import { cleanText } from '../../save/text.ts';
import type { FromWorker, ToWorker } from './turning-points.worker.ts';
export { BranchIntent, NotesIntent } from './intents.ts';
import './debrief.css';
import './charts.ts';
import './timeline.ts';
import './replay.ts';
import './reflection.ts';
import './score-breakdown.ts';
import { coachUsageLines } from '../../i18n/coach-usage.ts';

type TurningState = { status: 'running'; done: number; total: number } | { status: 'done'; report: import('../../debrief/index.ts').TurningPointReport; seconds: number } | { status: 'error'; message: string };

interface Analysis {
  history: GameHistory;
  card: Scorecard;
  parFunnel: GameHistory['funnel'];
  /** For a branch: the original game, to compare side by side. */
  original: { history: GameHistory; fromWeek: number } | null;
}

@customElement('it-debrief')
export class DebriefScreen extends LitElement {
  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) tx!: Tx;
  @state() private analysis: Analysis | null = null;
  @state() private turning: TurningState | null = null;
  private worker: Worker | null = null;
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.analyse();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.worker?.terminate();
    this.worker = null;
  }

  private record(): GameRecord {
    const save = this.session.toSave();
    return { seed: save.seed, log: this.session.log, players: save.players };
  }

  private analyse(): void {
    const s = this.session;
    const game = this.record();
    const history = buildHistory(s.sc, game);
    // A game not finished is compared at the week it is in: par, siloed and the original game too.
    const atWeek = comparisonWeek(history);
    const bench = benchmarks(s.sc, s.seed, atWeek);
    const originalLog = s.origin ? (atWeek === null ? s.origin.log : branchLog(s.origin.log, atWeek)) : null;
    const original = s.origin && originalLog ? { history: buildHistory(s.sc, { seed: s.seed, log: originalLog, players: game.players }), fromWeek: s.origin.fromWeek } : null;
    this.analysis = { history, card: scorecard(s.sc, history, bench), parFunnel: bench.par.funnel, original };
    this.startTurningPoints(s.sc, game, atWeek);
  }

  private startTurningPoints(sc: Scenario, game: GameRecord, untilWeek: number | null): void {
    this.worker?.terminate();
    this.turning = { status: 'running', done: 0, total: 0 };
    try {
      this.worker = new Worker(new URL('./turning-points.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      this.turning = { status: 'error', message: (e as Error).message };
      return;
    }
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') this.turning = { status: 'running', done: m.done, total: m.total };
      else if (m.type === 'done') this.turning = { status: 'done', report: m.report, seconds: m.seconds };
      else this.turning = { status: 'error', message: m.message };
    };
    this.worker.onerror = (e) => (this.turning = { status: 'error', message: e.message });
    this.worker.postMessage({ sc, game: { seed: game.seed, log: [...game.log], players: game.players }, untilWeek } satisfies ToWorker);
  }

  override render() {
    const a = this.analysis;
    const tx = this.tx;
    if (!a) return html`<p class="muted">${tx.ui('debrief.computing')}</p>`;
    const s = this.session;
    const t = (key: string, params?: Record<string, string | number>) => tx.ui(key, params);
    const colours = customerColours(s.sc.customers.map((c) => c.id));
    const hex = (id: string) => (colours[id] === undefined ? null : `#${colours[id]!.toString(16).padStart(6, '0')}`);
    return html`<article class="debrief" aria-labelledby="debrief-title">
      <header class="debrief-head">
        <h2 id="debrief-title">${t('debrief.title')} · ${tx.text(s.sc.title)}</h2>
        <div class="debrief-actions no-print">
          <button @click=${() => window.print()}>${t('debrief.export.print')}</button>
          <button @click=${() => download(`${s.sc.id}-${cleanText(s.seed)}-log.csv`, timelineCsv(a.history, tx), 'text/csv;charset=utf-8')}>${t('debrief.export.csv')}</button>
          <button @click=${() => download(`${s.sc.id}-${cleanText(s.seed)}-log.json`, timelineJson(a.history), 'application/json')}>${t('debrief.export.json')}</button>
        </div>
      </header>
      ${a.card.atWeek === null
        ? nothing
        : html`<p class="note partial" data-testid="debrief-partial" role="status"><strong>${t('debrief.partial', { week: a.card.atWeek, weeks: a.card.weeks })}</strong><br />${t('debrief.partial.hint', { week: a.card.atWeek })}</p>`}
      ${this.renderScorecard(a)}
      ${coachUsageLines(tx.lang, { allowed: s.coachAvailable(), uses: s.coachUses }).map((line) => html`<p class="coach-usage" data-testid="coach-usage">${line}</p>`)}
      <it-score-breakdown .sc=${s.sc} .kpis=${a.history.kpis} .tx=${tx}></it-score-breakdown>
      <p class=${a.history.overdraft.weeksOverdrawn > 0 ? 'overdraft used' : 'overdraft'} data-testid="debrief-overdraft">${overdraftLine(tx.lang, a.history.overdraft)}</p>
      ${a.original ? this.renderCompare(a) : nothing}
      ${this.renderTurningPoints()}
      <section class="debrief-charts" aria-labelledby="charts-title">
        <h3 id="charts-title">${t('debrief.charts')}</h3>
        ${a.card.atWeek === null ? nothing : html`<p class="muted">${t('debrief.charts.partial', { week: a.card.atWeek, last: a.history.weeks.length })}</p>`}
        <div class="chart-grid">
          <it-chart-funnel .funnel=${a.history.funnel} .compare=${a.parFunnel} .compareLabel=${a.card.atWeek === null ? '' : t('debrief.chart.funnel.parAt', { week: a.card.atWeek })} .t=${t}></it-chart-funnel>
          <it-chart-cash .weeks=${a.history.weeks} .money=${(n: number) => tx.money(n)} .t=${t}></it-chart-cash>
          <it-chart-satisfaction .weeks=${a.history.weeks} .customerName=${(id: string) => tx.names.customer(id)} .colour=${hex} .customers=${null} .t=${t}></it-chart-satisfaction>
          <it-chart-pipeline .weeks=${a.history.weeks} .t=${t}></it-chart-pipeline>
          <it-chart-time-split .split=${a.history.timeSplit} .roleName=${(r: Role) => tx.role(r)} .target=${0.8} .t=${t}></it-chart-time-split>
        </div>
      </section>
      <it-debrief-reflection .session=${s} .tx=${tx} .history=${a.history} .card=${a.card} .top=${this.turning?.status === 'done' ? (this.turning.report.points[0] ?? null) : null}></it-debrief-reflection>
      <it-debrief-timeline .history=${a.history} .sc=${s.sc} .tx=${tx}></it-debrief-timeline>
      <it-debrief-replay class="no-print" .session=${s} .tx=${tx}></it-debrief-replay>
    </article>`;
  }

  private renderScorecard(a: Analysis) {
    const tx = this.tx;
    const cell = (row: Scorecard['rows'][number], v: number | null) => formatKpi(tx.lang, row.key, v);
    // Nothing measured: a dash that says so when pointed at (never 0 or 100%).
    const tip = (v: number | null) => (v === null ? tx.ui('kpi.notMeasured') : nothing);
    return html`<section class="scorecard" aria-labelledby="scorecard-title">
      <h3 id="scorecard-title">${tx.ui('debrief.scorecard')}</h3>
      <p class="muted">${tx.ui('debrief.scorecard.hint')}</p>
      <table data-testid="scorecard">
        <thead><tr><th scope="col">${tx.ui('debrief.score.kpi')}</th>${scorecardColumns(tx.lang, a.card.atWeek).map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
        <tbody>
          ${a.card.rows.map((r) => html`<tr data-kpi=${r.key}>
            <th scope="row">${tx.kpi(r.key)}</th>
            <td class=${better(r, r.you, r.par) ? 'good' : better(r, r.par, r.you) ? 'bad' : ''} title=${tip(r.you)}>${cell(r, r.you)}</td>
            <td>${cell(r, r.target)}</td><td title=${tip(r.par)}>${cell(r, r.par)}</td><td title=${tip(r.siloed)}>${cell(r, r.siloed)}</td>
          </tr>`)}
        </tbody>
      </table>
    </section>`;
  }

  private renderCompare(a: Analysis) {
    const tx = this.tx;
    const o = a.original!;
    const keys = ['score', 'winRate', 'revenue', 'grossMarginPct', 'collectedPct', 'collectionCycleDays', 'csat'] as const;
    const val = (h: GameHistory, k: (typeof keys)[number]) => (k === 'score' ? h.score : h.kpis[k]);
    return html`<section class="compare" aria-labelledby="compare-title">
      <h3 id="compare-title">${tx.ui('debrief.compare')}</h3>
      <table data-testid="branch-compare">
        <thead><tr><th scope="col">${tx.ui('debrief.score.kpi')}</th><th scope="col">${a.card.atWeek === null ? tx.ui('debrief.compare.original') : tx.ui('debrief.compare.originalAt', { week: a.card.atWeek })}</th><th scope="col">${tx.ui('debrief.compare.branch', { week: o.fromWeek })}</th></tr></thead>
        <tbody>${keys.map((k) => {
          const cell = (v: number | null) => html`<td title=${v === null ? tx.ui('kpi.notMeasured') : nothing}>${formatKpi(tx.lang, k, v)}</td>`;
          return html`<tr><th scope="row">${tx.kpi(k)}</th>${cell(val(o.history, k))}${cell(val(a.history, k))}</tr>`;
        })}</tbody>
      </table>
    </section>`;
  }

  private renderTurningPoints() {
    const tx = this.tx;
    const tp = this.turning;
    const until = this.analysis?.card.atWeek ?? null;
    let body;
    if (!tp || tp.status === 'running') {
      const done = tp?.done ?? 0;
      const total = tp?.total ?? 0;
      body = html`<p class="muted" aria-live="polite">${tx.ui('debrief.tp.running', { done, total })}</p>
        <progress max=${Math.max(1, total)} value=${done} aria-label=${tx.ui('debrief.tp.title')}></progress>`;
    } else if (tp.status === 'error') {
      body = html`<p class="note error">${tx.ui('debrief.tp.failed', { reason: tp.message })}</p>`;
    } else {
      const r = tp.report;
      const counts = { n: r.candidates, confirmed: r.confirmed, k: r.continuations, decisive: r.decisive };
      const summary = tx.ui('debrief.tp.done', { ...counts, seconds: tp.seconds.toFixed(1) });
      if (r.points.length === 0) {
        body = html`<p class="muted">${summary}</p><p data-testid="tp-none">${tx.ui(r.confirmed === 0 ? 'debrief.tp.noneAtAll' : 'debrief.tp.none', counts)}</p>`;
      } else {
        const done = html`<p class="muted" data-testid="tp-done">${summary}</p>`;
        // One reading everywhere: Δ = your choice − par's; positive is green (yours did better).
        body = html`${done}<p class="muted" data-testid="tp-sign">${tx.ui('debrief.tp.sign')}</p>
          <ol class="turning-points">${r.points.map((p) => {
            const text = turningPointText(tx.lang, p, tx.names);
            const good = yoursBetter(p);
            const d = p.delta.score;
            return html`<li data-testid="turning-point" data-delta=${d.mean} data-lo=${d.lo} data-hi=${d.hi} data-n=${d.n}>
              <strong>${text.when}:</strong> ${text.did}
              <div>${text.instead}</div>
              <div class="delta ${good ? 'good' : 'bad'}"><span class="verdict">${good ? '▲' : '▼'} ${text.verdict}</span> · Δ ${deltaParts(tx.lang, p.delta).join(' · ')}</div>
              ${text.because ? html`<div class="muted">${text.because}</div>` : nothing}
            </li>`;
          })}</ol>
          ${r.decisive > r.points.length ? html`<p class="muted">${tx.ui('debrief.tp.more', { n: r.decisive - r.points.length })}</p>` : nothing}`;
      }
    }
    return html`<section class="turning" aria-labelledby="tp-title" aria-busy=${tp?.status === 'running' ? 'true' : 'false'}>
      <h3 id="tp-title">${tx.ui('debrief.tp.title')}</h3>
      <p class="muted">${until === null ? tx.ui('debrief.tp.intro') : tx.ui('debrief.tp.introPartial', { week: until })}</p>
      ${body}
    </section>`;
  }
}
