/**
 * The app shell: start → briefing → play (with hand-overs in team mode) → end, plus
 * save recovery. The only component that talks to the Session and the SaveStore;
 * panels send intents up and get data down. Rendered in the light DOM so Phaser's
 * parent element is in the document and one stylesheet styles everything.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ROLES, type Role } from '../scenario/enums.ts';
import type { Scenario } from '../scenario/schema.ts';
import { playerView, type GameEvent } from '../engine/index.ts';
import { Session, type Mode } from './session.ts';
import { SaveStore, SaveError, newGameId, type CheckedSave, type GameMeta } from './saves.ts';
import { LIBRARY, findScenario } from './library.ts';
import { renderSavedGames } from './saved-games.ts';
import { Tx, savedLang, rememberLang, type Lang } from './text.ts';
import { catalogueLoaded, loadLanguage } from '../i18n/index.ts';
import { ActIntent, EndTurnIntent, SelectIntent } from './intents.ts';
import { FocusKeeper } from './focus-keeper.ts';
import { importErrorText } from './import-errors.ts';
import { cleanText } from '../save/text.ts';
import { BoardHost } from './board-host.ts';
import { download } from './debrief/export.ts';
import './panels/kpi-bar.ts';
import './panels/detail.ts';
import './panels/feed.ts';
import './panels/card-dialog.ts';
import { loadAdvice } from './panels/coach.ts';
import { playScreen } from './play-screen.ts';
import { appHeader } from './header.ts';
import { startScreen, leaveDialog, briefingScreen, handoverScreen, recoverScreen, endScreen, type Recovery } from './screens.ts';
import { BranchIntent, NotesIntent } from './debrief/intents.ts';
import { GuideSwitch } from './onboarding/entry.ts';
import type { WeekSummary } from './week-summary-model.ts';

type Screen = 'start' | 'briefing' | 'play' | 'handover' | 'end' | 'recover' | 'debrief' | 'studio' | 'workshop';

function newSeed(): string {
  const n = new Uint32Array(1);
  globalThis.crypto.getRandomValues(n);
  return `s${(n[0]! % 100000).toString().padStart(5, '0')}`;
}

@customElement('it-app')
export class ItApp extends LitElement {
  @state() private uiLang: Lang = savedLang();
  /** Only the language in use is downloaded (its own chunk): nothing renders before it is here. */
  @state() private langReady = catalogueLoaded(this.uiLang);
  @state() private screen: Screen = 'start';
  @state() private scenarioId = LIBRARY.find((e) => e.result.ok)?.result.ok ? (LIBRARY.find((e) => e.result.ok)!.result as { scenario: Scenario }).scenario.id : '';
  @state() private gameMode: Mode = 'solo';
  @state() private soloRole: Role = 'AR';
  @state() private seed = newSeed();
  @state() private coachOn = true;
  @state() private selected: string | null = null;
  /** A status line, rendered in whatever language is in force when it is drawn. */
  @state() private saveNote: { kind: 'ok' | 'warn' | 'error'; text: (tx: Tx) => string } | null = null;
  /** The saved-games list on the start screen, newest first. */
  @state() private games: GameMeta[] = [];
  @state() private renaming: { id: string; name: string } | null = null;
  @state() private deleting: string | null = null;
  /** The header's Home / New game confirm dialog, when open. */
  @state() private leaving: 'home' | 'new' | null = null;
  @state() private recovery: Recovery | null = null;
  /** The save slot the current game writes to: every game, branch and import has its own. */
  private gameId: string | null = null;
  @state() private lastEvents: GameEvent[] = [];
  /** The end-of-week summary of this game's last finished week, until dismissed. */
  @state() private weekSummary: { session: Session; data: WeekSummary } | null = null;
  @state() private rev = 0;
  private session: Session | null = null;
  private store = new SaveStore();
  private boardHost = new BoardHost({
    root: this, session: () => this.session, tx: () => this.tx, selected: () => this.selected, lastEvents: () => this.lastEvents, select: (id) => this.select(id),
  });
  private saving: Promise<void> = Promise.resolve();
  /** The first-week guide: starts itself for a first-time tutorial player, loads lazily. */
  private guide = new GuideSwitch(this);

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.focusKeeper ??= new FocusKeeper(this);
    void loadLanguage(this.uiLang).then(() => (this.langReady = true));
    document.documentElement.lang = this.uiLang === 'zh' ? 'zh-CN' : 'en';
    this.addEventListener(ActIntent.type, (e) => this.onAct((e as ActIntent).action));
    this.addEventListener(SelectIntent.type, (e) => this.select((e as SelectIntent).token));
    this.addEventListener(EndTurnIntent.type, () => this.onEndTurn());
    this.addEventListener(BranchIntent.type, (e) => this.branch((e as BranchIntent).week));
    this.addEventListener(NotesIntent.type, (e) => this.saveNotes((e as NotesIntent).notes));
    this.addEventListener('it-close-summary', () => (this.weekSummary = null));
    // A workshop (src/ui/workshop/, lazy): asked for by the address or the start screen; it hands over the server's game.
    this.addEventListener('it-workshop-play', (e) => this.playPreview((e as CustomEvent<Session>).detail));
    if (/^#(join|facilitator|debrief)/.test(location.hash)) void this.openStudio('workshop');
    // Fetch the board's chunk (Phaser) while the player reads the start screen, so the
    // board is ready when the game begins; it is not part of the first download.
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    idle(() => void import('./board/start.ts').catch(() => undefined));
    void this.refreshGames();
  }

  private async refreshGames(): Promise<void> {
    try {
      await this.saving;
      this.games = await this.store.list();
    } catch (e) {
      this.saveNote = { kind: 'warn', text: (tx: Tx) => this.saveProblemText(e, tx) };
    }
  }

  private get tx(): Tx {
    return new Tx(this.uiLang, this.session?.sc ?? (findScenario(this.scenarioId)?.scenario ?? null), () => this.session?.state ?? null);
  }

  private async setLang(lang: Lang): Promise<void> {
    await loadLanguage(lang);
    this.uiLang = lang;
    rememberLang(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    this.pushBoard();
  }

  // ── starting, resuming, importing ─────────────────────────────────────────
  private start(): void {
    const loaded = findScenario(this.scenarioId);
    if (!loaded) return;
    this.session = new Session(loaded.scenario, loaded.contentHash, this.seed.trim() || newSeed(), this.gameMode, this.soloRole);
    this.session.coachAllowed = this.coachOn;
    // A new game is a new slot: starting never overwrites a saved game.
    this.gameId = newGameId();
    this.selected = null;
    this.screen = 'briefing';
  }

  private begin(): void {
    const s = this.session!;
    s.runBots();
    this.afterChange([]);
    this.screen = this.gameMode === 'team' ? 'handover' : 'play';
  }

  private async resume(game: GameMeta): Promise<void> {
    const loaded = findScenario(game.scenario);
    if (!loaded) return;
    let versions: CheckedSave[];
    try {
      versions = await this.store.versions(game.id, loaded.scenario, loaded.contentHash);
    } catch (e) {
      this.saveNote = { kind: 'error', text: (tx: Tx) => this.saveProblemText(e, tx) };
      return;
    }
    if (versions[0]?.ok) return this.restore(game.id, loaded.scenario, loaded.contentHash, versions[0]);
    this.recovery = { game: game.id, sc: loaded.scenario, contentHash: loaded.contentHash, versions };
    this.screen = 'recover';
  }

  private async renameGame(id: string, name: string): Promise<void> {
    this.renaming = null;
    await this.store.rename(id, name).catch((e: unknown) => (this.saveNote = { kind: 'error', text: (tx: Tx) => this.saveProblemText(e, tx) }));
    await this.refreshGames();
  }

  private async deleteGame(id: string): Promise<void> {
    this.deleting = null;
    try {
      await this.store.remove(id);
      this.saveNote = { kind: 'ok', text: (tx: Tx) => tx.ui('ui.games.deleted') };
    } catch (e) {
      this.saveNote = { kind: 'error', text: (tx: Tx) => this.saveProblemText(e, tx) };
    }
    await this.refreshGames();
  }

  private async exportGame(g: GameMeta): Promise<void> {
    const text = await this.store.latestText(g.id);
    if (text === null) return;
    let pretty = text;
    try {
      pretty = JSON.stringify(JSON.parse(text), null, 1);
    } catch {
      // a damaged version is exported as it is stored
    }
    download(`${g.scenario}-${g.seed || g.id}-w${g.week}.json`, pretty, 'application/json');
  }

  /** The header's Home / New game: confirm first, unless nothing has been played yet. */
  private askLeave(to: 'home' | 'new'): void {
    if (this.screen === 'briefing' || !this.gameId) this.leaveGame(to); // a studio preview has no save to mention
    else this.leaving = to;
  }

  /** Home / New game: the game is already autosaved; leave it in the saved-games list. */
  private leaveGame(to: 'home' | 'new'): void {
    this.leaving = null;
    this.session = null;
    this.gameId = null;
    this.selected = null;
    this.recovery = null;
    if (to === 'new') this.seed = newSeed();
    this.screen = 'start';
    void this.refreshGames().then(() => {
      if (to === 'new') this.updateComplete.then(() => this.querySelector<HTMLElement>('.start-options')?.scrollIntoView());
    });
  }

  private restore(game: string, sc: Scenario, contentHash: string, v: CheckedSave): void {
    this.gameId = game;
    this.selected = null;
    this.session = Session.fromSave(sc, contentHash, v.save!);
    this.scenarioId = sc.id;
    this.gameMode = this.session.mode;
    this.soloRole = this.session.humanRole;
    this.recovery = null;
    this.afterChange([]);
    this.screen = this.session.state.finished ? 'end' : 'play';
  }

  private async importFile(file: File): Promise<void> {
    const r = await (await import('./save-check.ts')).checkImport(file, findScenario);
    if (!r.ok) return void (this.saveNote = { kind: 'error', text: (tx: Tx) => importErrorText(tx, r.problem) });
    // An imported game gets its own slot, beside every other saved game.
    this.restore(newGameId(), r.loaded.scenario, r.loaded.contentHash, { id: 0, week: r.week, ok: true, save: r.save });
  }

  private exportSave(): void {
    const s = this.session;
    if (!s) return;
    download(`${s.sc.id}-${cleanText(s.seed)}-w${Math.min(s.state.week, s.sc.weeks)}.json`, JSON.stringify(s.toSave(), null, 1), 'application/json');
  }

  // ── the studio (lazy) and its preview: a draft's game, never saved to the list ──
  private async openStudio(to: 'studio' | 'workshop' = 'studio'): Promise<void> {
    const load = to === 'workshop' ? import('./workshop/entry.ts') : null;
    await (load ?? import('./studio/studio.ts')).then(() => [this.session, this.gameId, this.screen] = [null, null, to], (e: Error) => (this.saveNote = { kind: 'error', text: (tx: Tx) => tx.ui('ui.onboarding.loadFailed', { reason: e.message }) }));
  }
  private playPreview(s: Session): void {
    [this.session, this.gameId, this.selected, this.saveNote] = [s, null, null, null];
    this.afterChange([]);
    this.screen = s.state.finished ? 'end' : 'play';
  }

  // ── the debrief ───────────────────────────────────────────────────────────
  /** The debrief (its charts, analysis and worker) loads in its own chunk, when first opened. */
  private async openDebrief(): Promise<void> {
    if (!this.session) return;
    await import('./debrief/screen.ts');
    this.screen = 'debrief';
  }
  private closeDebrief(): void {
    const s = this.session;
    this.screen = !s ? 'start' : s.state.finished ? 'end' : s.mode === 'team' ? 'handover' : 'play';
  }
  /** "What if": play on from the start of `week` of this game; the debrief will compare. */
  private branch(week: number): void {
    const s = this.session;
    if (!s) return;
    this.session = s.branchAt(week);
    // The branch is a game of its own: the original stays in the saved-games list.
    this.gameId = newGameId();
    this.session.runBots();
    this.selected = null;
    this.afterChange([]);
    this.screen = this.session.state.finished ? 'end' : this.session.mode === 'team' ? 'handover' : 'play';
  }
  private saveNotes(notes: Record<string, string>): void {
    if (!this.session) return;
    this.session.notes = notes;
    this.autosave();
  }

  /** Keeps keyboard focus on a sensible control when an action removes the focused one. */
  private focusKeeper: FocusKeeper | null = null;

  // ── playing ───────────────────────────────────────────────────────────────
  private onAct(action: import('../engine/index.ts').Action): void {
    const s = this.session;
    if (!s) return;
    const r = s.act(action);
    if (!r.ok) {
      this.saveNote = { kind: 'warn', text: (tx: Tx) => tx.rejection(r.rejection) };
      return;
    }
    this.saveNote = null;
    this.afterChange(r.events);
  }

  /** "Ask the coach": the coach loads on the first ask; the use is saved with the game. */
  private async askCoach() {
    const r = await loadAdvice(this.session!);
    this.autosave();
    return r;
  }

  private onEndTurn(): void {
    const s = this.session;
    if (!s) return;
    const before = s.feed.length;
    const [week, start] = [s.state.week, s.weekStart()];
    s.endTurn();
    if (s.state.week > week && !s.state.finished) void import('./panels/week-summary.ts').then((m) => (this.weekSummary = { session: s, data: m.summariseWeek(week, s.feed, start, s.weekStart(), playerView(s.sc, s.state, s.turn)) }));
    this.afterChange(s.feed.slice(before).map((f) => f.event));
    if (s.state.finished) this.screen = 'end';
    else if (s.mode === 'team') this.screen = 'handover';
  }

  private select(token: string | null): void {
    this.selected = this.selected === token ? null : token;
    this.pushBoard();
  }

  private afterChange(events: GameEvent[]): void {
    this.lastEvents = events;
    this.rev++;
    this.pushBoard();
    this.autosave();
  }

  private autosave(): void {
    const s = this.session;
    const game = this.gameId;
    if (!s || !game) return;
    const save = s.toSave();
    const week = Math.min(s.state.week, s.sc.weeks);
    const finished = s.state.finished;
    // Writes are queued so an older save can never land after a newer one.
    this.saving = this.saving.then(() =>
      this.store.write(game, save, week, finished).then(
        () => {
          if (this.saveNote?.kind !== 'warn') this.saveNote = { kind: 'ok', text: (tx: Tx) => tx.ui('ui.saves.autosaved', { week }) };
        },
        (e: unknown) => {
          this.saveNote = { kind: 'error', text: (tx: Tx) => this.saveProblemText(e, tx) };
        },
      ),
    );
  }

  private saveProblemText(e: unknown, tx: Tx = this.tx): string {
    if (e instanceof SaveError && e.problem === 'full') return tx.ui('ui.saves.full');
    if (e instanceof SaveError && e.problem === 'unavailable') return tx.ui('ui.saves.unavailable');
    return tx.ui('ui.saves.failed', { reason: e instanceof Error ? e.message : String(e) });
  }

  /** Settles once every queued autosave has been written (used by tests). */
  whenSaved(): Promise<void> {
    return this.saving;
  }

  // ── the board ─────────────────────────────────────────────────────────────
  private pushBoard(): void {
    this.boardHost.push();
  }

  protected override updated(): void {
    const dialog = this.querySelector<HTMLDialogElement>('dialog.leave-dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.focusKeeper?.check();
    // The action panel is not needed on the start screen: it loads beside the briefing.
    if (this.screen !== 'start') void import('./panels/actions.ts');
    this.boardHost.sync(this.screen === 'play' || this.screen === 'end');
  }

  // ── rendering ─────────────────────────────────────────────────────────────
  override render() {
    if (!this.langReady) return nothing;
    const tx = this.tx;
    return html`
      ${appHeader(tx, {
        game: this.session && this.screen !== 'start' ? this.session : null, screen: this.screen, lang: this.uiLang,
        studioDraft: !!this.session && !this.gameId && !this.session.onApplied,
        howtoPage: this.session ? (this.session.mode === 'solo' ? this.session.humanRole : this.session.turn) : this.gameMode === 'solo' ? this.soloRole : null,
        openStudio: () => void this.openStudio(), leave: (to) => this.askLeave(to), openDebrief: () => void this.openDebrief(),
        exportSave: () => this.exportSave(), setLang: (l) => void this.setLang(l),
      })}
      ${this.screen !== 'start' ? html`<it-workshop-bar></it-workshop-bar>` : nothing}
      ${this.saveNote ? html`<div class="note ${this.saveNote.kind}" role=${this.saveNote.kind === 'ok' ? 'status' : 'alert'}>${this.saveNote.text(tx)}</div>` : nothing}
      <main>${this.renderScreen(tx)}</main>
      ${this.leaving && this.session ? this.renderLeave(tx, this.leaving) : nothing}
      ${this.guide.render({ screen: this.screen, session: this.session, rev: this.rev, selected: this.selected, tx })}
    `;
  }

  private renderScreen(tx: Tx) {
    switch (this.screen) {
      case 'start': return this.renderStart(tx);
      case 'briefing': return briefingScreen(tx, this.session!, this.gameMode === 'team', () => this.begin());
      case 'handover': return handoverScreen(tx, this.session!, () => (this.screen = 'play'));
      case 'recover': return this.renderRecover(tx);
      case 'workshop': return html`<it-workshop></it-workshop>`;
      case 'studio': return html`<it-studio .uiLang=${this.uiLang} @it-studio-preview=${(e: CustomEvent<Session>) => this.playPreview(e.detail)} @it-studio-home=${() => this.leaveGame('home')}></it-studio>`;
      case 'end': return html`${endScreen(tx, this.session!, { debrief: () => void this.openDebrief(), exportSave: () => this.exportSave(), again: () => this.leaveGame('new') })}${this.renderPlay(tx, true)}`;
      case 'debrief': return html`<button class="back-to-game no-print" @click=${() => this.closeDebrief()}>${tx.ui('debrief.back')}</button>
        <it-debrief .session=${this.session!} .tx=${tx}></it-debrief>`;
      default: return this.renderPlay(tx, false);
    }
  }

  private renderStart(tx: Tx) {
    return startScreen(tx, this.renderGames(tx), {
      scenarioId: this.scenarioId, gameMode: this.gameMode, soloRole: this.soloRole, seed: this.seed, coachOn: this.coachOn,
      pickScenario: (id) => (this.scenarioId = id), setMode: (m) => (this.gameMode = m), setRole: (r) => (this.soloRole = r),
      setSeed: (seed) => (this.seed = seed), newSeed: () => (this.seed = newSeed()), setCoach: (on) => (this.coachOn = on),
      start: () => this.start(), importFile: (f) => void this.importFile(f), openStudio: (to) => void this.openStudio(to),
    });
  }

  /** The start screen's saved games: one row per game, newest first. */
  private renderGames(tx: Tx) {
    return renderSavedGames(tx, this.games, {
      renaming: this.renaming,
      deleting: this.deleting,
      setRenaming: (r) => (this.renaming = r),
      setDeleting: (id) => (this.deleting = id),
      resume: (g) => void this.resume(g),
      rename: (id, name) => void this.renameGame(id, name),
      remove: (id) => void this.deleteGame(id),
      export: (g) => void this.exportGame(g),
    });
  }

  private renderLeave(tx: Tx, to: 'home' | 'new') {
    return leaveDialog(tx, this.session!, to, {
      close: () => (this.leaving = null), stay: () => (this.leaving = null), go: () => void this.saving.then(() => this.leaveGame(to)),
    });
  }

  private renderRecover(tx: Tx) {
    const r = this.recovery!;
    return recoverScreen(tx, r, { restore: (v) => this.restore(r.game, r.sc, r.contentHash, v), startOver: () => this.leaveGame('home') });
  }

  private renderPlay(tx: Tx, finished: boolean) {
    const s = this.session!;
    return playScreen(tx, s, finished, {
      selected: this.selected, rev: this.rev, summary: this.weekSummary?.session === s ? this.weekSummary.data : null,
      select: (id) => this.select(id), askCoach: () => this.askCoach(), endTurn: () => this.onEndTurn(),
    });
  }

}

export const __test = { newSeed, ROLES: ROLES as readonly Role[], rev: (a: ItApp) => (a as unknown as { rev: number }).rev };
