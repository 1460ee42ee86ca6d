/**
 * `<it-fac-create>`: the facilitator's "new event" form — a bundled scenario, an optional
 * seed, the language, a time per week (or free play) and the teams with their names and
 * modes. Posts to /api/events and fires `it-fac-created` with the new event's id.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LIBRARY } from '../library.ts';
import type { Lang } from '../text.ts';
import { api, ApiFailure } from './api.ts';
import { sayFor } from './say.ts';

type Mode = 'oneLaptop' | 'roleLaptops';
const SCENARIOS = LIBRARY.flatMap((e) => (e.result.ok ? [e.result.scenario] : []));

@customElement('it-fac-create')
export class FacCreate extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'zh';
  @property({ attribute: false }) token = '';
  @state() private name = '';
  @state() private scenario = SCENARIOS[0]?.id ?? '';
  @state() private seed = '';
  @state() private eventLang: Lang = this.uiLang;
  @state() private weekSeconds = '';
  @state() private teams: { name: string; mode: Mode }[] = [{ name: '', mode: 'oneLaptop' }];
  @state() private error: string | null = null;
  @state() private busy = false;

  protected override createRenderRoot() {
    return this;
  }

  private async submit(): Promise<void> {
    const say = sayFor(this.uiLang);
    const teams = this.teams.map((t) => ({ name: t.name.trim(), mode: t.mode })).filter((t) => t.name);
    if (!this.name.trim() || teams.length === 0) return void (this.error = say('workshop.fac.needName'));
    const secs = this.weekSeconds.trim() ? Number(this.weekSeconds) : null;
    this.busy = true;
    this.error = null;
    try {
      const ev = await api<{ id: string }>('POST', '/api/events', this.token, {
        name: this.name.trim(), scenario: { id: this.scenario }, lang: this.eventLang, weekSeconds: secs, teams,
        ...(this.seed.trim() ? { seed: this.seed.trim() } : {}),
      });
      this.dispatchEvent(new CustomEvent('it-fac-created', { detail: ev.id, bubbles: true }));
    } catch (e) {
      this.error = say('workshop.fac.error', { message: e instanceof ApiFailure ? e.message : String(e) });
    } finally {
      this.busy = false;
    }
  }

  private setTeam(i: number, patch: Partial<{ name: string; mode: Mode }>): void {
    this.teams = this.teams.map((t, j) => (j === i ? { ...t, ...patch } : t));
  }

  override render() {
    const say = sayFor(this.uiLang);
    const val = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<form class="create" @submit=${(e: Event) => (e.preventDefault(), void this.submit())}>
      <h3>${say('workshop.fac.create')}</h3>
      ${this.error ? html`<p class="note error" role="alert">${this.error}</p>` : nothing}
      <label>${say('workshop.fac.name')}<input name="event-name" maxlength="100" .value=${this.name} @input=${(e: Event) => (this.name = val(e))} /></label>
      <label>${say('workshop.fac.scenario')}
        <select name="scenario" @change=${(e: Event) => (this.scenario = val(e))}>
          ${SCENARIOS.map((sc) => html`<option value=${sc.id} ?selected=${sc.id === this.scenario}>${sc.title[this.uiLang]}</option>`)}
        </select>
      </label>
      <label>${say('workshop.fac.seed')}<input name="seed" maxlength="60" .value=${this.seed} @input=${(e: Event) => (this.seed = val(e))} /></label>
      <label>${say('workshop.fac.lang')}
        <select name="lang" @change=${(e: Event) => (this.eventLang = val(e) as Lang)}>
          <option value="zh" ?selected=${this.eventLang === 'zh'}>中文</option><option value="en" ?selected=${this.eventLang === 'en'}>English</option>
        </select>
      </label>
      <label>${say('workshop.fac.weekLimit')}<input name="week-seconds" type="number" min="30" max="86400" .value=${this.weekSeconds} @input=${(e: Event) => (this.weekSeconds = val(e))} /></label>
      <fieldset><legend>${say('workshop.fac.teams')}</legend>
        ${this.teams.map((t, i) => html`<div class="team-row">
          <input name="team-name" aria-label=${say('workshop.fac.teamName')} placeholder=${say('workshop.fac.teamName')} maxlength="60" .value=${t.name} @input=${(e: Event) => this.setTeam(i, { name: val(e) })} />
          <select aria-label=${say('workshop.fac.mode')} @change=${(e: Event) => this.setTeam(i, { mode: val(e) as Mode })}>
            <option value="oneLaptop" ?selected=${t.mode === 'oneLaptop'}>${say('workshop.fac.mode.oneLaptop')}</option>
            <option value="roleLaptops" ?selected=${t.mode === 'roleLaptops'}>${say('workshop.fac.mode.roleLaptops')}</option>
          </select>
          ${this.teams.length > 1 ? html`<button type="button" class="ghost" @click=${() => (this.teams = this.teams.filter((_, j) => j !== i))}>${say('workshop.fac.removeTeam')}</button>` : nothing}
        </div>`)}
        <button type="button" class="add-team" @click=${() => (this.teams = [...this.teams, { name: '', mode: 'oneLaptop' }])}>${say('workshop.fac.addTeam')}</button>
      </fieldset>
      <div class="toolbar">
        <button class="primary create-go" type="submit" ?disabled=${this.busy}>${say('workshop.fac.createGo')}</button>
        <button type="button" class="ghost" @click=${() => this.dispatchEvent(new CustomEvent('it-fac-cancel', { bubbles: true }))}>${say('workshop.fac.cancel')}</button>
      </div>
    </form>`;
  }
}
