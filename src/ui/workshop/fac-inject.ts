/**
 * `<it-fac-inject>`: the facilitator's live inject — fire one of the scenario's events, or
 * send an announcement typed in Chinese and English, for every team at the same week
 * (the server picks the week: the highest any team is in; teams behind get it when they
 * reach it). Lists the injects made so far. Text is shown through lit text bindings only.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Lang } from '../text.ts';
import { api, ApiFailure } from './api.ts';
import { sayFor } from './say.ts';

interface Bilingual { zh: string; en: string }
interface InjectRow { week: number; action: { kind: 'inject'; event?: string; text?: Bilingual } }
interface Listing { injects: InjectRow[]; events: { id: string; news: Bilingual }[] }
/** Same limit as the engine's (INJECT_TEXT_MAX), kept here so the dashboard does not import the engine's schema. */
const MAX = 280;

@customElement('it-fac-inject')
export class FacInject extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'zh';
  @property({ attribute: false }) token = '';
  @property({ attribute: false }) eventId = '';
  @property({ attribute: false }) running = false;
  @state() private list: Listing | null = null;
  @state() private picked = '';
  @state() private text: Bilingual = { zh: '', en: '' };
  @state() private note: string | null = null;
  @state() private busy = false;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.list = await api<Listing>('GET', `/api/events/${encodeURIComponent(this.eventId)}/injects`, this.token);
    } catch {
      /* the dashboard shows the server's errors */
    }
  }

  private async send(body: unknown): Promise<void> {
    const say = sayFor(this.uiLang);
    this.busy = true;
    try {
      const r = await api<{ week: number; delivered: number }>('POST', `/api/events/${encodeURIComponent(this.eventId)}/inject`, this.token, body);
      this.note = say('workshop.fac.inject.done', { week: r.week, n: r.delivered });
      this.text = { zh: '', en: '' };
      this.picked = '';
      await this.load();
    } catch (e) {
      this.note = say('workshop.fac.error', { message: e instanceof ApiFailure ? e.message : String(e) });
    } finally {
      this.busy = false;
    }
  }

  private what(row: InjectRow): string {
    const a = row.action;
    if (a.text) return a.text[this.uiLang];
    return this.list?.events.find((e) => e.id === a.event)?.news[this.uiLang] ?? a.event ?? '';
  }

  override render() {
    const say = sayFor(this.uiLang);
    const list = this.list;
    const fired = new Set((list?.injects ?? []).map((i) => i.action.event).filter(Boolean));
    const sendText = (e: Event) => {
      e.preventDefault();
      const t = { zh: this.text.zh.trim(), en: this.text.en.trim() };
      if (!t.zh || !t.en) this.note = say('workshop.fac.inject.needBoth');
      else void this.send({ text: t });
    };
    const input = (lang: keyof Bilingual) => (e: Event) => (this.text = { ...this.text, [lang]: (e.target as HTMLInputElement).value });
    return html`<section class="fac-inject" aria-labelledby="fac-inject-title">
      <h3 id="fac-inject-title">${say('workshop.fac.inject')}</h3>
      ${list && list.events.length ? html`<form class="inject-event" @submit=${(e: Event) => (e.preventDefault(), this.picked && void this.send({ event: this.picked }))}>
        <label>${say('workshop.fac.inject.event')}
          <select name="event" .value=${this.picked} @change=${(e: Event) => (this.picked = (e.target as HTMLSelectElement).value)}>
            <option value="">—</option>
            ${list.events.map((ev) => html`<option value=${ev.id} ?disabled=${fired.has(ev.id)}>${ev.news[this.uiLang]}</option>`)}
          </select>
        </label>
        <button type="submit" class="inject-fire" ?disabled=${!this.running || this.busy || !this.picked}>${say('workshop.fac.inject.fire')}</button>
      </form>` : nothing}
      <form class="inject-text" @submit=${sendText}>
        <label>${say('workshop.fac.inject.textZh')} <input name="zh" lang="zh" maxlength=${MAX} .value=${this.text.zh} @input=${input('zh')} /></label>
        <label>${say('workshop.fac.inject.textEn')} <input name="en" lang="en" maxlength=${MAX} .value=${this.text.en} @input=${input('en')} /></label>
        <button type="submit" class="inject-send" ?disabled=${!this.running || this.busy}>${say('workshop.fac.inject.send')}</button>
      </form>
      ${this.note ? html`<p class="muted inject-note" role="status">${this.note}</p>` : nothing}
      ${list && list.injects.length ? html`<h4>${say('workshop.fac.inject.list')}</h4>
        <ul class="inject-list">${list.injects.map((i) => html`<li>${say('workshop.fac.inject.item', { week: i.week, what: this.what(i) })}</li>`)}</ul>` : nothing}
    </section>`;
  }
}
