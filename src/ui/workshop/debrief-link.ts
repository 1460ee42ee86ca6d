/**
 * `<it-workshop-debrief>`: a team's own debrief from the link the facilitator hands out
 * at the end of an event (`#debrief=TEAM.KEY`, see src/server/debrief-links.ts). The
 * server answers with that team's save file only, once the event has ended; the game is
 * rebuilt from it locally (same engine) and shown in the debrief screen, read-only: no
 * session with the server, nothing is sent back, nothing is saved on this laptop.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Tx, type Lang } from '../text.ts';
import { Session } from '../session.ts';
import { findScenario } from '../library.ts';
import type { SaveFile } from '../../save/format.ts';
import { api, ApiFailure } from './api.ts';
import { sayFor } from './say.ts';

interface Reply { event: { name: string }; team: { name: string }; scenarioYaml: string | null; save: SaveFile }

@customElement('it-workshop-debrief')
export class WorkshopDebrief extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'zh';
  /** "TEAMID.KEY" from the address. */
  @property({ attribute: false }) link = '';
  @state() private session: Session | null = null;
  @state() private names = { team: '', event: '' };
  @state() private error: string | null = null;

  protected override createRenderRoot() {
    return this;
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const say = sayFor(this.uiLang);
    const [team, key] = this.link.split('.');
    try {
      const r = await api<Reply>('GET', `/api/debrief/${encodeURIComponent(team ?? '')}/${encodeURIComponent(key ?? '')}`, null);
      let found = r.scenarioYaml === null ? findScenario(r.save.scenario.id) : null;
      if (r.scenarioYaml !== null) {
        const { loadScenarioText } = await import('../../scenario/load.ts');
        const loaded = loadScenarioText(r.scenarioYaml, 'event-scenario.yaml');
        if (loaded.ok) found = loaded;
      }
      if (!found) throw new ApiFailure(0, 'unknownScenario', r.save.scenario.id);
      await import('../debrief/screen.ts');
      // Every role of a workshop team is a person.
      const save: SaveFile = { ...r.save, players: { ...r.save.players, mode: 'team' } };
      this.names = { team: r.team.name, event: r.event.name };
      this.session = Session.fromSave(found.scenario, found.contentHash, save);
    } catch (e) {
      const code = e instanceof ApiFailure ? e.code : '';
      this.error = code === 'noSuchDebrief' || code === 'notEnded' ? say(`workshop.debrief.error.${code}`) : say('workshop.error.other', { message: (e as Error).message });
    }
  }

  override render() {
    const say = sayFor(this.uiLang);
    if (this.error) return html`<section class="workshop"><p class="note error" role="alert">${this.error}</p></section>`;
    const s = this.session;
    if (!s) return html`<section class="workshop"><p role="status">${say('workshop.debrief.loading')}</p></section>`;
    return html`<section class="workshop-debrief" data-testid="team-debrief">
      <h2>${say('workshop.debrief.title', this.names)}</h2>
      <p class="muted">${say('workshop.debrief.readOnly')}</p>
      ${s ? html`<it-debrief .session=${s} .tx=${new Tx(this.uiLang, s.sc, () => s.state)}></it-debrief>` : nothing}
    </section>`;
  }
}
