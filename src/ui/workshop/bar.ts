/**
 * `<it-workshop-bar>`: a team's small workshop strip while it plays — the connection
 * (online / offline / connecting), how many actions wait to be sent, the week's countdown
 * when the event is paced, what happened on a re-sync, and a full-screen notice while the
 * facilitator has paused the event. Removing the bar (leaving the game) stops the client.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Lang } from '../text.ts';
import { active, type SyncClient } from './client.ts';
import type { RoleStatus } from './api.ts';
import { storage } from './team.ts';
import { clock, sayFor } from './say.ts';
import { LangWatcher, pageLang } from './lang.ts';
import './workshop.css';

@customElement('it-workshop-bar')
export class WorkshopBar extends LitElement {
  private get uiLang(): Lang {
    return pageLang();
  }
  private readonly langWatcher = new LangWatcher(this);
  private tick: ReturnType<typeof setInterval> | null = null;
  private watched: SyncClient | null = null;
  private unwatch: (() => void) | null = null;
  private readonly onActive = () => this.watch();

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    active.listeners.add(this.onActive);
    this.watch();
    this.tick = setInterval(() => this.requestUpdate(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    active.listeners.delete(this.onActive);
    if (this.tick) clearInterval(this.tick);
    this.unwatch?.();
    active.client?.stop();
    active.set(null);
  }

  private watch(): void {
    if (this.watched === active.client) return;
    this.unwatch?.();
    this.watched = active.client;
    this.unwatch = this.watched?.subscribe(() => this.requestUpdate()) ?? null;
    this.requestUpdate();
  }

  private rejoin(c: SyncClient): void {
    storage.forget(c.stored);
    location.reload();
  }

  /** Role laptops: this laptop's role, every role's status, and "ready to end the week". */
  private roles(c: SyncClient, say: ReturnType<typeof sayFor>) {
    const role = c.role!;
    const status = (r: RoleStatus) => say(r.ready ? 'workshop.bar.roleReady' : r.online ? 'workshop.bar.rolePlaying' : 'workshop.bar.roleOffline', { role: r.role });
    return html`<span class="wb-role">${say('workshop.bar.role', { role: say(`workshop.role.${role}`) })}</span>
      <ul class="wb-roles" aria-label=${say('workshop.bar.roles')} data-testid="team-roles">
        ${(c.roles ?? []).map((r) => html`<li data-role=${r.role} data-ready=${r.ready} data-online=${r.online}>${status(r)}</li>`)}
      </ul>
      ${c.readyAsked ? html`<span class="wb-note">${say('workshop.bar.waitOthers')}</span>` : nothing}
      <button class="wb-ready" aria-pressed=${c.readyAsked ? 'true' : 'false'} ?disabled=${c.paused || c.connection === 'ended'} @click=${() => void c.setReady(!c.readyAsked)}>${say(c.readyAsked ? 'workshop.bar.notReady' : 'workshop.bar.ready')}</button>`;
  }

  override render() {
    const c = this.watched;
    if (!c) return nothing;
    const say = sayFor(this.uiLang);
    const left = c.timeLeftMs();
    const waiting = c.queue.waiting;
    return html`<div class="workshop-bar" role="status" aria-label=${say('workshop.bar.label')} data-connection=${c.connection} data-waiting=${waiting}>
        <span class="wb-team">${say('workshop.bar.team', c.names)}</span>
        <span class="wb-conn ${c.connection}">${say(`workshop.bar.${c.connection === 'online' ? 'online' : c.connection === 'connecting' ? 'connecting' : 'offline'}`)}</span>
        <span class="wb-queue">${waiting > 0 ? say('workshop.bar.waiting', { n: waiting }) : say('workshop.bar.allSent')}</span>
        ${left !== null ? html`<span class="wb-clock ${left < 30_000 ? 'urgent' : ''}" data-testid="week-countdown">${left > 0 ? say('workshop.bar.timeLeft', { time: clock(left) }) : say('workshop.bar.timeUp')}</span>` : nothing}
        ${c.note ? html`<span class="wb-note">${say(`workshop.bar.${c.note}`)}</span>` : nothing}
        ${c.connection === 'ended' ? html`<span class="wb-note">${say('workshop.bar.ended')}</span>` : nothing}
        ${c.role ? this.roles(c, say) : nothing}
        ${c.connection === 'rejoin' ? html`<span class="wb-note">${say('workshop.bar.rejoin')} <button class="ghost" @click=${() => this.rejoin(c)}>${say('workshop.join.go')}</button></span>` : nothing}
      </div>
      ${c.paused && c.connection !== 'ended'
        ? html`<div class="workshop-paused" role="alert" data-testid="workshop-paused"><div><h2>${say('workshop.paused.title')}</h2><p>${say('workshop.paused.text')}</p></div></div>`
        : nothing}`;
  }
}
