/**
 * `<it-workshop>`: the workshop's first screen. With `#facilitator=TOKEN` in the address
 * it is the facilitator's dashboard (facilitator.ts); otherwise a team's join screen —
 * make sure a workshop server serves the page, enter the code (or resume with the token
 * this laptop kept for the event), wait for the start, then rebuild the team's game from
 * the server's log and hand it to the app with a running sync client.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Lang } from '../text.ts';
import { api, ApiFailure, isWorkshopServer, type JoinReply, type TeamView } from './api.ts';
import { active, PLAY_EVENT, SyncClient } from './client.ts';
import { eventScenario, rebuild, storage, type Stored } from './team.ts';
import { sayFor, type Say } from './say.ts';
import './facilitator.ts';
import './debrief-link.ts';
import { LangWatcher, pageLang } from './lang.ts';

type Phase = 'checking' | 'noServer' | 'form' | 'joining' | 'waiting' | 'loading' | 'ended' | 'facilitator' | 'debrief';
const WAIT_POLL_MS = 2500;

/** What the address asks for: `#join`, `#join=CODE` or `#facilitator=TOKEN`. */
export function parseHash(hash: string): { kind: 'join'; code: string } | { kind: 'facilitator'; token: string } | { kind: 'debrief'; link: string } | null {
  const m = /^#(join|facilitator|debrief)(?:=([^&]*))?$/.exec(hash);
  if (!m) return null;
  let value = '';
  try {
    value = decodeURIComponent(m[2] ?? '').trim();
  } catch {
    /* a mangled address: as if nothing was given */
  }
  return m[1] === 'join' ? { kind: 'join', code: value.toUpperCase() } : m[1] === 'debrief' ? { kind: 'debrief', link: value } : { kind: 'facilitator', token: value };
}

@customElement('it-workshop')
export class ItWorkshop extends LitElement {
  private get uiLang(): Lang {
    return pageLang();
  }
  private readonly langWatcher = new LangWatcher(this);
  @state() private phase: Phase = 'checking';
  @state() private code = '';
  /** The team plays on three laptops: which role this one holds (asked after the code). */
  @state() private askRole = false;
  @state() private joinRole: 'AR' | 'SR' | 'FR' | null = null;
  @state() private error: ((say: Say) => string) | null = null;
  @state() private names = { team: '', event: '' };
  private token = '';
  private waitTimer: ReturnType<typeof setTimeout> | null = null;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const asked = parseHash(location.hash) ?? { kind: 'join', code: '' };
    if (asked.kind === 'debrief') {
      this.token = asked.link;
      this.phase = 'debrief';
      return;
    }
    if (asked.kind === 'facilitator') {
      this.token = asked.token;
      void isWorkshopServer().then((ok) => (this.phase = ok ? 'facilitator' : 'noServer'));
      return;
    }
    this.code = asked.code;
    void this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.waitTimer) clearTimeout(this.waitTimer);
  }

  private async check(): Promise<void> {
    if (!(await isWorkshopServer())) {
      this.phase = 'noServer';
      return;
    }
    const kept = this.code ? storage.sessionForCode(this.code) : null;
    if (kept) {
      try {
        await this.enter(kept, await api<TeamView>('GET', `/api/teams/${encodeURIComponent(kept.teamId)}`, kept.token));
        return;
      } catch (e) {
        if (e instanceof ApiFailure && (e.status === 401 || e.status === 403)) storage.forget(kept);
        else return this.fail(e);
      }
    }
    this.phase = 'form';
  }

  private async join(): Promise<void> {
    const code = this.code.trim().toUpperCase();
    if (!code) return void (this.error = (say) => say('workshop.error.badInput'));
    if (this.askRole && !this.joinRole) return void (this.error = (say) => say('workshop.join.pickRole'));
    this.phase = 'joining';
    this.error = null;
    try {
      const r = await api<JoinReply>('POST', '/api/join', null, this.askRole && this.joinRole ? { code, role: this.joinRole } : { code });
      const kept: Stored = { token: r.token, teamId: r.team.id, eventId: r.event.id, code, ...(this.joinRole && r.role ? { role: this.joinRole } : {}) };
      storage.remember(kept);
      history.replaceState(null, '', `#join=${encodeURIComponent(code)}`);
      await this.enter(kept, r);
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    const err = e instanceof ApiFailure ? e : new ApiFailure(0, 'rebuild', (e as Error).message);
    const known = ['wrongCode', 'eventEnded', 'rateLimited', 'network', 'badInput'];
    if (err.code === 'roleRequired') {
      this.askRole = true;
      this.error = null;
    }
    else if (known.includes(err.code)) this.error = (say) => say(`workshop.error.${err.code}`);
    else if (err.status === 0) this.error = (say) => say('workshop.error.rebuild', { reason: err.message });
    else this.error = (say) => say('workshop.error.other', { message: err.message });
    this.phase = 'form';
  }

  /** A joined team: wait for the start, then play. */
  private async enter(kept: Stored, view: TeamView): Promise<void> {
    this.names = { team: view.team.name, event: view.event.name };
    if (view.event.status === 'ended') {
      this.phase = 'ended';
      return;
    }
    if (!view.seed || !view.game) {
      this.phase = 'waiting';
      this.waitTimer = setTimeout(() => {
        api<TeamView>('GET', `/api/teams/${encodeURIComponent(kept.teamId)}`, kept.token).then((v) => this.enter(kept, v)).catch((e: unknown) => this.fail(e));
      }, WAIT_POLL_MS);
      return;
    }
    this.phase = 'loading';
    const { scenario, contentHash } = await eventScenario(view, kept.token);
    const first = rebuild(scenario, contentHash, view, kept.eventId);
    const host = this.closest('it-app') ?? document;
    active.client?.stop();
    const client = new SyncClient(kept, { team: view.team.name, event: view.event.name }, scenario, contentHash, first, view, host);
    active.set(client);
    client.start();
    host.dispatchEvent(new CustomEvent(PLAY_EVENT, { detail: client.session }));
  }

  /** Back to the start screen: the page without the workshop address. */
  private home(): void {
    history.replaceState(null, '', location.pathname + location.search);
    location.reload();
  }

  override render() {
    const say = sayFor(this.uiLang);
    if (this.phase === 'debrief') return html`<it-workshop-debrief .uiLang=${this.uiLang} .link=${this.token}></it-workshop-debrief>`;
    if (this.phase === 'facilitator') return html`<it-facilitator .uiLang=${this.uiLang} .token=${this.token}></it-facilitator>`;
    const back = html`<button class="ghost workshop-home" @click=${() => this.home()}>${say('workshop.back')}</button>`;
    const body = (() => {
      switch (this.phase) {
        case 'checking': return html`<p role="status">${say('workshop.checking')}</p>`;
        case 'noServer': return html`<p role="alert">${say('workshop.noServer')}</p>`;
        case 'waiting': return html`<p role="status" class="workshop-waiting">${say('workshop.waiting', { team: this.names.team, event: this.names.event })}</p>`;
        case 'loading': return html`<p role="status">${say('workshop.loading')}</p>`;
        case 'ended': return html`<p role="status">${say('workshop.ended', { event: this.names.event })}</p>`;
        default: return html`<form class="workshop-join" @submit=${(e: Event) => (e.preventDefault(), void this.join())}>
            <label>${say('workshop.join.code')}
              <input name="code" autocomplete="off" spellcheck="false" maxlength="20" .value=${this.code} @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)} />
            </label>
            <p class="hint">${say('workshop.join.hint')}</p>
            ${this.askRole ? html`<fieldset class="join-role"><legend>${say('workshop.join.roleLaptops')}</legend>
              ${(['AR', 'SR', 'FR'] as const).map((r) => html`<label><input type="radio" name="role" value=${r} .checked=${this.joinRole === r} @change=${() => (this.joinRole = r)} /> ${say(`workshop.role.${r}`)}</label>`)}
            </fieldset>` : nothing}
            <button class="primary join-go" type="submit" ?disabled=${this.phase === 'joining'}>${this.phase === 'joining' ? say('workshop.join.joining') : say('workshop.join.go')}</button>
          </form>`;
      }
    })();
    return html`<section class="workshop">
      <h2>${say('workshop.join.title')}</h2>
      ${this.error ? html`<p class="note error" role="alert">${this.error(say)}</p>` : nothing}
      ${body}
      ${back}
    </section>`;
  }
}
