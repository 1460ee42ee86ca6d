/**
 * `<it-facilitator>`: the facilitator's dashboard (the printed `#facilitator=TOKEN` link).
 * Lists the events, creates one (fac-create.ts), and for the open event polls the
 * server's light status every few seconds and reads the dashboard JSON when it changed: each team's week, time left, score, KPIs and
 * alerts; start, pause/resume, end; the leaderboard (also as a big-type projector view);
 * the archive and results.csv. Every name a team or facilitator typed is shown through
 * lit text bindings, never as HTML.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Kpis } from '../../engine/index.ts';
import { Tx, type Lang } from '../text.ts';
import { api, ApiFailure, downloadWithToken, type Pace, type RoleStatus } from './api.ts';
import { clock, sayFor, type Say } from './say.ts';
import './fac-create.ts';
import './fac-inject.ts';
import './workshop.css';

interface EventSummary { id: string; name: string; status: 'draft' | 'running' | 'ended'; scenario: string; createdAt: string }
interface DashTeam { roles?: RoleStatus[]; id: string; name: string; mode: string; code: string; week: number; finished: boolean; actions: number; pace: Pace | null; kpis: Kpis | null; score: number | null; idleMs: number | null; alerts: string[] }
interface Dashboard { event: { id: string; name: string; status: EventSummary['status']; scenario: string; weekSeconds: number | null; paused: boolean; startedAt: string | null }; teams: DashTeam[] }
/** `GET /api/events/:id/status?since=`: unchanged, or each team's position (live.ts). */
type EventStatus = { changed: false; version: string } | { changed: true; version: string; teams: { id: string; next: number; week: number; finished: boolean }[] };
interface Standing { rank: number; teamId: string; team: string; score: number; weeks: number; finished: boolean; actions: number }

const POLL_MS = 2500;
/** The dashboard is read again after this long even when nothing moved (idle alerts grow by themselves). */
const FULL_MS = 30_000;
/** The KPIs the team table shows beside the score. */
const KPI_COLUMNS = ['revenue', 'winRate', 'collectedPct', 'csat'] as const;

@customElement('it-facilitator')
export class ItFacilitator extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'zh';
  @property({ attribute: false }) token = '';
  @state() private events: EventSummary[] = [];
  @state() private openId: string | null = null;
  @state() private dash: Dashboard | null = null;
  @state() private standings: Standing[] | null = null;
  @state() private creating = false;
  @state() private projector = false;
  @state() private error: string | null = null;
  @state() private updatedAt: Date | null = null;
  @state() private sheet = false;
  @state() private links: { teamId: string; team: string; key: string }[] | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** The event status version the dashboard shown was read at; when it was read; the weeks the leaderboard was. */
  private version: string | null = null;
  private dashAt = 0;
  private weeks = '';

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadEvents();
    this.timer = setInterval(() => void this.refresh(), POLL_MS);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  private say(): Say {
    return sayFor(this.uiLang);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    try {
      const r = await api<T>(method, path, this.token, body);
      this.error = null;
      return r;
    } catch (e) {
      const f = e instanceof ApiFailure ? e : new ApiFailure(0, 'network', String(e));
      this.error = f.status === 401 || f.status === 403 ? this.say()('workshop.fac.badToken') : this.say()('workshop.fac.error', { message: f.message });
      return null;
    }
  }

  private async loadEvents(): Promise<void> {
    const r = await this.call<{ events: EventSummary[] }>('GET', '/api/events');
    if (r) this.events = r.events;
  }

  /**
   * The light status first (`?since=` the last version: a few bytes when nothing moved);
   * the dashboard only when something changed (or every FULL_MS, for the idle alerts),
   * the leaderboard (every log re-simulated) only when a team ended a week.
   */
  private async refresh(): Promise<void> {
    if (!this.openId) return;
    const id = encodeURIComponent(this.openId);
    const s = await this.call<EventStatus>('GET', `/api/events/${id}/status${this.version ? `?since=${encodeURIComponent(this.version)}` : ''}`);
    if (!s || this.openId !== decodeURIComponent(id)) return;
    if (s.changed || !this.dash || Date.now() - this.dashAt > FULL_MS) {
      const d = await this.call<Dashboard>('GET', `/api/events/${id}/dashboard`);
      if (d && d.event.id === this.openId) {
        [this.dash, this.dashAt, this.updatedAt] = [d, Date.now(), new Date()];
        if (s.changed) this.version = s.version;
        if (d.event.status === 'ended' && !this.links) {
          const l = await this.call<{ links: { teamId: string; team: string; key: string }[] }>('GET', `/api/events/${id}/debrief-links`);
          if (l) this.links = l.links;
        }
      }
    } else this.requestUpdate(); // the countdowns run on
    const weeks = s.changed ? s.teams.map((t) => `${t.week}${t.finished ? 'f' : ''}`).join() : this.weeks;
    if ((this.standings !== null || this.projector) && (weeks !== this.weeks || this.standings?.length === 0)) {
      const l = await this.call<{ standings: Standing[] }>('GET', `/api/events/${id}/leaderboard`);
      if (l) [this.standings, this.weeks] = [l.standings, weeks];
    }
  }

  /** A team's time left now: the dashboard's figure counted down since it was read. */
  private timeLeft(t: DashTeam): number | null {
    const left = t.pace?.timeLeftMs;
    if (left === null || left === undefined) return null;
    return t.pace?.paused ? left : Math.max(0, left - (Date.now() - this.dashAt));
  }

  private async open(id: string | null): Promise<void> {
    [this.openId, this.dash, this.standings, this.creating, this.projector, this.sheet, this.links, this.version, this.weeks] = [id, null, null, false, false, false, null, null, ''];
    if (id) await this.refresh();
    else await this.loadEvents();
  }

  private async command(verb: 'start' | 'end' | 'pause' | 'resume'): Promise<void> {
    if (!this.openId) return;
    await this.call('POST', `/api/events/${encodeURIComponent(this.openId)}/${verb}`);
    await this.refresh();
  }

  private async showLeaderboard(projector: boolean): Promise<void> {
    this.standings ??= [];
    this.projector = projector;
    await this.refresh();
  }

  private async openSheet(): Promise<void> {
    await import('./fac-sheet.ts');
    this.sheet = true;
  }

  private download(what: 'archive' | 'results.csv'): void {
    const id = this.openId;
    if (!id) return;
    const name = what === 'archive' ? `event-${id}-archive.json` : `event-${id}-results.csv`;
    downloadWithToken(`/api/events/${encodeURIComponent(id)}/${what}`, this.token, name).catch((e: Error) => (this.error = this.say()('workshop.fac.error', { message: e.message })));
  }

  override render() {
    const say = this.say();
    return html`<section class="facilitator">
      <h2>${say('workshop.fac.title')}</h2>
      ${this.error ? html`<p class="note error" role="alert">${this.error}</p>` : nothing}
      ${this.openId ? this.renderEvent(say) : this.renderList(say)}
      ${this.projector && this.standings ? this.renderProjector(say) : nothing}
      ${this.sheet && this.dash ? html`<it-fac-sheet .uiLang=${this.uiLang} .eventName=${this.dash.event.name} .teams=${this.dash.teams} .base=${location.origin + location.pathname} @it-fac-sheet-close=${() => (this.sheet = false)}></it-fac-sheet>` : nothing}
    </section>`;
  }

  private renderList(say: Say) {
    return html`
      ${this.creating
        ? html`<it-fac-create .uiLang=${this.uiLang} .token=${this.token} @it-fac-created=${(e: CustomEvent<string>) => void this.open(e.detail)} @it-fac-cancel=${() => (this.creating = false)}></it-fac-create>`
        : html`<div class="toolbar"><button class="primary new-event" @click=${() => (this.creating = true)}>${say('workshop.fac.create')}</button></div>`}
      <h3>${say('workshop.fac.events')}</h3>
      ${this.events.length === 0 ? html`<p class="muted">${say('workshop.fac.noEvents')}</p>` : html`<table class="events">
        <tbody>${this.events.map((e) => html`<tr>
          <td>${e.name}</td><td>${e.scenario}</td><td>${say(`workshop.fac.status.${e.status}`)}</td>
          <td><button class="open-event" @click=${() => void this.open(e.id)}>${say('workshop.fac.open')}</button></td>
        </tr>`)}</tbody></table>`}`;
  }

  private renderEvent(say: Say) {
    const d = this.dash;
    if (!d) return html`<button class="ghost" @click=${() => void this.open(null)}>${say('workshop.fac.back')}</button>`;
    const ev = d.event;
    const tx = new Tx(this.uiLang, null);
    const joinUrl = `${location.origin}${location.pathname}#join`;
    return html`
      <div class="toolbar">
        <button class="ghost" @click=${() => void this.open(null)}>${say('workshop.fac.back')}</button>
        <h3 class="event-name">${ev.name}</h3>
        <span class="event-status" data-status=${ev.status}>${say(`workshop.fac.status.${ev.status}`)}${ev.paused ? html` · ${say('workshop.fac.paused')}` : nothing}</span>
        <span class="muted">${ev.weekSeconds ? say('workshop.fac.pace', { time: clock(ev.weekSeconds * 1000) }) : say('workshop.fac.free')}</span>
      </div>
      <p class="muted">${say('workshop.fac.joinAt', { url: joinUrl })}</p>
      <div class="toolbar">
        ${ev.status === 'draft' ? html`<button class="primary start-event" @click=${() => void this.command('start')}>${say('workshop.fac.start')}</button>` : nothing}
        ${ev.status === 'running' ? html`<button class="pause-event" @click=${() => void this.command(ev.paused ? 'resume' : 'pause')}>${ev.paused ? say('workshop.fac.resume') : say('workshop.fac.pause')}</button>
          <button class="end-event" @click=${() => void this.command('end')}>${say('workshop.fac.end')}</button>` : nothing}
        <button class="show-leaderboard" @click=${() => void this.showLeaderboard(false)}>${say('workshop.fac.leaderboard')}</button>
        <button class="show-projector" @click=${() => void this.showLeaderboard(true)}>${say('workshop.fac.projector')}</button>
        <button class="print-sheet" @click=${() => void this.openSheet()}>${say('workshop.fac.sheet')}</button>
        <button class="ghost download-archive" @click=${() => this.download('archive')}>${say('workshop.fac.archive')}</button>
        <button class="ghost" @click=${() => this.download('results.csv')}>${say('workshop.fac.results')}</button>
      </div>
      <table class="teams" data-testid="dashboard-teams">
        <thead><tr>
          <th>${say('workshop.fac.col.team')}</th><th>${say('workshop.fac.col.code')}</th><th>${say('workshop.fac.col.week')}</th>
          <th>${say('workshop.fac.col.timeLeft')}</th><th>${say('workshop.fac.col.score')}</th>
          ${KPI_COLUMNS.map((k) => html`<th>${tx.kpi(k)}</th>`)}
          <th>${say('workshop.fac.col.actions')}</th><th>${say('workshop.fac.col.alerts')}</th>
        </tr></thead>
        <tbody>${d.teams.map((t) => html`<tr data-team=${t.name}>
          <td>${t.name}${t.roles ? html`<span class="t-roles">${t.roles.map((r) => html` <span class="role-badge" data-role=${r.role} data-ready=${r.ready} data-online=${r.online}>${say(r.ready ? 'workshop.bar.roleReady' : r.online ? 'workshop.bar.rolePlaying' : 'workshop.bar.roleOffline', { role: r.role })}</span>`)}</span>` : nothing}</td><td><code>${t.code}</code></td>
          <td class="t-week">${t.finished ? say('workshop.fac.finished') : t.week}</td>
          <td>${this.timeLeft(t) !== null ? clock(this.timeLeft(t)!) : '—'}</td>
          <td class="t-score">${t.score ?? '—'}</td>
          ${KPI_COLUMNS.map((k) => html`<td>${this.kpiText(tx, k, t.kpis)}</td>`)}
          <td class="t-actions">${t.actions}</td>
          <td>${t.alerts.map((a) => html`<span class="alert">${a === 'idle' ? say('workshop.fac.alert.idle', { min: Math.floor((t.idleMs ?? 0) / 60_000) }) : say(`workshop.fac.alert.${a}`)}</span>`)}</td>
        </tr>`)}</tbody>
      </table>
      ${ev.status === 'running' ? html`<it-fac-inject .uiLang=${this.uiLang} .token=${this.token} .eventId=${ev.id} .running=${true}></it-fac-inject>` : nothing}
      ${this.links ? this.renderLinks(say) : nothing}
      ${this.updatedAt ? html`<p class="muted">${say('workshop.fac.updated', { time: this.updatedAt.toLocaleTimeString() })}</p>` : nothing}
      ${this.standings && !this.projector ? html`<h3>${say('workshop.fac.leaderboard')}</h3>${this.standingsTable(say)}` : nothing}`;
  }

  /** Each team's read-only debrief link (after the end). */
  private renderLinks(say: Say) {
    const base = location.origin + location.pathname;
    return html`<section class="debrief-links" aria-labelledby="debrief-links-title">
      <h3 id="debrief-links-title">${say('workshop.fac.debriefs')}</h3>
      <p class="muted">${say('workshop.fac.debriefs.hint')}</p>
      <ul>${(this.links ?? []).map((l) => {
        const url = `${base}#debrief=${encodeURIComponent(`${l.teamId}.${l.key}`)}`;
        return html`<li data-team=${l.team}>${l.team}: <a href=${url} target="_blank" rel="noopener">${url}</a></li>`;
      })}</ul>
    </section>`;
  }

  private kpiText(tx: Tx, k: (typeof KPI_COLUMNS)[number], kpis: Kpis | null): string {
    if (!kpis) return '—';
    return k === 'revenue' ? tx.money(kpis.revenue) : k === 'csat' ? tx.level(kpis.csat) : tx.pct(kpis[k]);
  }

  private standingsTable(say: Say) {
    return html`<table class="leaderboard" data-testid="leaderboard">
      <thead><tr><th>${say('workshop.fac.col.rank')}</th><th>${say('workshop.fac.col.team')}</th><th>${say('workshop.fac.col.weeksDone')}</th><th>${say('workshop.fac.col.score')}</th></tr></thead>
      <tbody>${(this.standings ?? []).map((s) => html`<tr><td>${s.rank}</td><td>${s.team}</td><td>${s.finished ? say('workshop.fac.finished') : s.weeks}</td><td>${s.score}</td></tr>`)}</tbody>
    </table>`;
  }

  private renderProjector(say: Say) {
    return html`<div class="projector" role="dialog" aria-label=${say('workshop.fac.projector')}>
      <button class="close" @click=${() => (this.projector = false)}>${say('workshop.fac.close')}</button>
      <h2>${this.dash?.event.name ?? ''} · ${say('workshop.fac.leaderboard')}</h2>
      ${this.standingsTable(say)}
    </div>`;
  }
}
