/**
 * `<it-studio>`: the instructor's scenario editor (issue 11), loaded lazily from the
 * start screen. It holds the draft (kept in this module while a preview is played, and
 * in IndexedDB across visits), the editor, the problems list and the preview form. The
 * preview hands a ready Session up in an `it-studio-preview` event; the app plays it on
 * the normal play screen and comes back here with the draft as it was.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { EditorView } from '@codemirror/view';
import { ROLES, type Role } from '../../scenario/enums.ts';
import type { ScenarioIssue } from '../../scenario/problem.ts';
import type { Lang } from '../text.ts';
import { roleName as i18nRole } from '../../i18n/index.ts';
import { download } from '../debrief/export.ts';
import { Checker } from './checker.ts';
import type { CheckReply, Measured } from './check-types.ts';
import type { BalanceReportData } from '../../balance/report.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { DraftStore } from './drafts.ts';
import { createEditor, goTo, recheckNow, relabel, setText } from './editor.ts';
import type { Docs } from './schema-docs.ts';
import { templateText, type TemplateId } from './templates.ts';
import { previewSession } from './preview.ts';
import { sayFor, type Say } from './say.ts';
import './studio.css';

/** What outlives the element: the text, and the preview's choices (a preview re-creates the studio). */
const KEPT = { text: null as string | null, role: 'AR' as Role, seed: 'preview', week: 1, template: 'tutorial' as TemplateId };
const checker = new Checker();
const drafts = new DraftStore();
const SAVE_DELAY = 800;
/** The loader's limit (src/scenario/load.ts, which is not imported here: it would bring the YAML parser and zod). */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** The field docs in Chinese (hover and completion when the studio speaks zh), loaded when first needed. */
let zhDocs: Docs | null = null;
const loadZhDocs = async (): Promise<void> => {
  zhDocs ??= (await import('../../i18n/schema-docs.zh.ts')).schemaDocsZh;
};

type Note = { kind: 'ok' | 'warn' | 'error'; key: string; params?: Record<string, string | number> };

@customElement('it-studio')
export class ItStudio extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'en';
  @state() private issues: ScenarioIssue[] = [];
  @state() private checked: 'empty' | 'checking' | 'done' | 'failed' = 'checking';
  @state() private note: Note | null = null;
  @state() private replacing: { text: string; file: string } | null = null;
  @state() private choice = { ...KEPT };
  private view: EditorView | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** The Balance report, Overview and Translations panels, each loaded when first opened. */
  @state() private balance = false;
  @state() private overview = false;
  @state() private texts = false;
  /** The last text checked and its answer (`data-size` on the counts says which, for tests). */
  @state() private loaded: { text: string; reply: CheckReply } | null = null;
  /** The last Balance report's dead content, for the text it played (lint: content that never fires). */
  private measured: { text: string; m: Measured } | null = null;

  protected override createRenderRoot() {
    return this;
  }

  private get say(): Say {
    return sayFor(this.uiLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.init();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushSave();
    this.view?.destroy();
    this.view = null;
  }

  private async init(): Promise<void> {
    if (this.uiLang === 'zh') await loadZhDocs();
    if (KEPT.text === null) {
      try {
        const d = await drafts.latest();
        KEPT.text = d?.text ?? '';
        if (d) this.note = { kind: 'ok', key: 'studio.restored' };
      } catch (e) {
        KEPT.text ??= '';
        this.note = { kind: 'warn', key: 'studio.saveFailed', params: { reason: (e as Error).message } };
      }
    }
    await this.updateComplete;
    const host = this.querySelector<HTMLElement>('.studio-editor');
    if (!host || this.view) return;
    this.view = createEditor(host, KEPT.text ?? '', {
      check: (text) => this.check(text),
      changed: (text) => this.changed(text),
      say: (k, p) => this.say(k, p),
      docs: () => (this.uiLang === 'zh' ? zhDocs : null),
      label: this.say('studio.editorLabel'),
    });
    host.dataset.ready = 'true';
  }

  protected override updated(changed: Map<string, unknown>): void {
    // The checker's words are in the UI language: a switch re-checks.
    if (changed.has('uiLang') && changed.get('uiLang') !== undefined && this.view) relabel(this.view, this.say('studio.editorLabel'));
    if (changed.has('uiLang') && this.uiLang === 'zh') void loadZhDocs();
    const confirm = this.querySelector<HTMLButtonElement>('.studio-replace-yes');
    if (changed.has('replacing') && confirm) confirm.focus();
  }

  private async check(text: string): Promise<ScenarioIssue[]> {
    if (text.trim() === '') {
      this.checked = 'empty';
      this.issues = [];
      return [];
    }
    this.checked = 'checking';
    try {
      const reply = await checker.check(text, this.uiLang, this.measuredFor(text));
      if (this.view && this.view.state.doc.toString() !== text) return reply.issues; // stale: CodeMirror drops it
      this.loaded = { text, reply };
      this.issues = reply.issues;
      this.checked = 'done';
      return reply.issues;
    } catch (e) {
      this.checked = 'failed';
      this.note = { kind: 'error', key: 'studio.checkerFailed', params: { reason: (e as Error).message } };
      return [];
    }
  }

  private measuredFor(text: string): Measured | undefined {
    return this.measured?.text === text ? this.measured.m : undefined;
  }

  /** A Balance report finished: its dead content becomes lint warnings while the text is the one it played. */
  private balanceDone(e: CustomEvent<{ report: BalanceReportData; scenario: Scenario | null }>): void {
    const l = this.loaded;
    if (!l || !this.view || l.reply.loaded?.scenario !== e.detail.scenario) return;
    const { dead, games } = e.detail.report;
    this.measured = { text: l.text, m: { dead: { events: dead.events, cards: dead.cards, leads: dead.leads }, games } };
    recheckNow(this.view);
  }

  // ── the draft: autosave, templates, files ─────────────────────────────────
  private changed(text: string): void {
    KEPT.text = text;
    if (this.note?.kind === 'ok') this.note = null; // "opened", "restored": old news once the text changes
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushSave(), SAVE_DELAY);
  }

  private flushSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const text = KEPT.text;
    if (text === null) return;
    const ok = this.loaded?.text === text && this.loaded.reply.loaded !== null;
    // Queued, so an older text can never land after a newer one.
    this.saving = this.saving.then(() =>
      drafts.write(text, ok).then(
        () => {
          // Says so unless a note worth reading is showing (a file opened, a draft restored, a warning).
          if (!this.note || this.note.key === 'studio.saved' || this.note.key === 'studio.saveFailed') this.note = { kind: 'ok', key: 'studio.saved' };
        },
        (e: unknown) => {
          this.note = { kind: 'error', key: 'studio.saveFailed', params: { reason: (e as Error).message } };
        },
      ),
    );
  }

  /** The editor's text (tests read it). */
  draftText(): string {
    return this.view?.state.doc.toString() ?? '';
  }

  /** Settles once the queued draft writes are done (used by tests). */
  whenSaved(): Promise<void> {
    return this.saving;
  }

  private offer(text: string, file: string): void {
    const current = this.view?.state.doc.toString() ?? '';
    if (current.trim() === '' || current === text) return this.replaceDraft(text, file);
    this.replacing = { text, file };
  }

  private replaceDraft(text: string, file: string): void {
    this.replacing = null;
    if (!this.view) return;
    setText(this.view, text);
    KEPT.text = text;
    this.flushSave();
    this.note = { kind: 'ok', key: 'studio.opened', params: { file } };
    this.view.focus();
  }

  /** Translated texts put into the draft (texts-panel.ts says what changed). */
  private applyTexts(text: string): void {
    if (!this.view) return;
    setText(this.view, text);
    KEPT.text = text;
    this.flushSave();
  }

  private async newFromTemplate(): Promise<void> {
    const t = this.choice.template;
    this.offer(await templateText(t), this.say(`studio.template.${t}`));
  }

  private async openFile(input: HTMLInputElement): Promise<void> {
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    if (f.size > MAX_SCENARIO_BYTES) {
      this.note = { kind: 'error', key: 'studio.fileTooBig', params: { kib: Math.ceil(f.size / 1024), max: MAX_SCENARIO_BYTES / 1024 } };
      return;
    }
    try {
      this.offer((await f.text()).replace(/^\uFEFF/, ''), f.name);
    } catch (e) {
      this.note = { kind: 'error', key: 'studio.fileUnreadable', params: { reason: (e as Error).message } };
    }
  }

  private exportDraft(): void {
    const text = this.view?.state.doc.toString() ?? '';
    const id = /^id:\s*([a-z0-9-]+)/m.exec(text)?.[1] ?? 'scenario';
    download(`${id}.yaml`, text, 'text/yaml');
  }

  // ── the preview ───────────────────────────────────────────────────────────
  private async preview(): Promise<void> {
    const text = this.view?.state.doc.toString() ?? '';
    let reply: CheckReply;
    try {
      reply = await checker.check(text, this.uiLang, this.measuredFor(text));
    } catch {
      this.note = { kind: 'warn', key: 'studio.previewWait' };
      return;
    }
    if (!reply.loaded) {
      this.note = { kind: 'warn', key: 'studio.previewBlocked' };
      return;
    }
    Object.assign(KEPT, this.choice);
    const session = previewSession(reply.loaded.scenario, reply.loaded.contentHash, { role: this.choice.role, seed: this.choice.seed, startWeek: this.choice.week });
    this.flushSave();
    this.dispatchEvent(new CustomEvent('it-studio-preview', { detail: session, bubbles: true, composed: true }));
  }

  private set<K extends keyof typeof KEPT>(key: K, value: (typeof KEPT)[K]): void {
    this.choice = { ...this.choice, [key]: value };
    KEPT[key] = value;
  }

  // ── rendering ─────────────────────────────────────────────────────────────
  override render() {
    const say = this.say;
    const errors = this.issues.filter((i) => i.severity === 'error').length;
    const warnings = this.issues.length - errors;
    return html`<section class="studio" aria-labelledby="studio-title">
      <h2 id="studio-title">${say('studio.title')}</h2>
      <p class="studio-intro">${say('studio.intro')}</p>
      <div class="studio-bar" role="group" aria-label=${say('studio.toolbar')}>
        <label>${say('studio.template')}
          <select class="studio-template" @change=${(e: Event) => this.set('template', (e.target as HTMLSelectElement).value as TemplateId)}>
            ${(['tutorial', 'flagship'] as const).map((t) => html`<option value=${t} ?selected=${this.choice.template === t}>${say(`studio.template.${t}`)}</option>`)}
          </select>
        </label>
        <button class="studio-new" @click=${() => void this.newFromTemplate()}>${say('studio.new')}</button>
        <label class="studio-open">${say('studio.open')}
          <input type="file" accept=".yaml,.yml,.json,text/yaml,application/json" @change=${(e: Event) => void this.openFile(e.target as HTMLInputElement)} />
        </label>
        <button class="studio-export" @click=${() => this.exportDraft()}>${say('studio.export')}</button>
        <button class="studio-home ghost" @click=${() => this.dispatchEvent(new CustomEvent('it-studio-home', { bubbles: true, composed: true }))}>${say('studio.home')}</button>
      </div>
      ${this.replacing
        ? html`<div class="studio-confirm" role="group" aria-labelledby="studio-replace-q">
            <p id="studio-replace-q">${say('studio.replace')}</p>
            <button class="primary studio-replace-yes" @click=${() => this.replaceDraft(this.replacing!.text, this.replacing!.file)}>${say('studio.replaceYes')}</button>
            <button class="studio-replace-no" @click=${() => (this.replacing = null)}>${say('studio.cancel')}</button>
          </div>`
        : nothing}
      <div class="note ${this.note?.kind ?? 'ok'} studio-note" role="status">${this.note ? say(this.note.key, this.note.params) : ''}</div>
      <div class="studio-main">
        <div class="studio-editor"></div>
        <aside class="studio-side" aria-label=${say('studio.problems')}>
          <h3>${say('studio.problems')}</h3>
          <p class="studio-counts" role="status" data-state=${this.checked} data-size=${this.loaded?.text.length ?? 0}>${this.checked === 'empty' ? say('studio.empty') : this.checked === 'checking' ? say('studio.checking') : this.issues.length === 0 ? say('studio.clean') : say('studio.counts', { errors, warnings })}</p>
          <ul class="studio-problems">${this.issues.map((i) => this.renderIssue(i))}</ul>
          ${this.renderPreview(say, errors)}
        </aside>
      </div>
      ${this.renderPanels()}
      ${this.balance
        ? html`<it-studio-balance .uiLang=${this.uiLang} .scenario=${this.loaded?.reply.loaded?.scenario ?? null} @it-studio-balance-done=${(e: CustomEvent) => this.balanceDone(e)}></it-studio-balance>`
        : html`<button class="studio-balance-open" @click=${() => void import('./balance-panel.ts').then(() => (this.balance = true))}>${say('studio.balance')}</button>`}
    </section>`;
  }

  /** Overview (overview.ts) and Translations (texts-panel.ts): lazy chunks, opened by their buttons. */
  private renderPanels() {
    const say = this.say;
    const open = (what: 'overview' | 'texts') => () =>
      void (what === 'overview' ? import('./overview.ts') : import('./texts-panel.ts')).then(() => {
        this[what] = true;
        return this.updateComplete;
      }).then(() => this.querySelector<HTMLElement>(what === 'overview' ? '#studio-ov-title' : '#studio-tx-title')?.scrollIntoView({ block: 'nearest' }));
    return html`${this.texts
        ? html`<it-studio-texts .uiLang=${this.uiLang} .text=${this.loaded?.text ?? KEPT.text ?? ''} .replace=${(text: string) => this.applyTexts(text)}
            .goToLine=${(line: number) => this.view && goTo(this.view, line, 1)}></it-studio-texts>`
        : html`<button class="studio-texts-open" @click=${open('texts')}>${say('studio.texts')}</button>`}
      ${this.overview
        ? html`<it-studio-overview .uiLang=${this.uiLang} .scenario=${this.loaded?.reply.loaded?.scenario ?? null}></it-studio-overview>`
        : html`<button class="studio-overview-open" @click=${open('overview')}>${say('studio.overview')}</button>`}`;
  }

  private renderIssue(i: ScenarioIssue) {
    const say = this.say;
    return html`<li class=${i.severity} data-line=${i.line} data-code=${i.code}>
      <button class="studio-issue" aria-label=${`${say('studio.goTo', { line: i.line })}: ${i.message}`} @click=${() => this.view && goTo(this.view, i.line, i.column)}>
        <span class="where">${say('studio.at', { line: i.line, column: i.column })}</span>
        <span class="sev">${say(i.severity === 'error' ? 'studio.error' : 'studio.warning')}</span>
        ${i.path ? html`<code>${i.path}</code>` : nothing}
      </button>
      <p>${i.message}</p>
      ${i.hint ? html`<p class="hint">${say('studio.hint', { hint: i.hint })}</p>` : nothing}
    </li>`;
  }

  private renderPreview(say: Say, errors: number) {
    return html`<form class="studio-preview" @submit=${(e: Event) => (e.preventDefault(), void this.preview())}>
      <fieldset>
        <legend>${say('studio.previewTitle')}</legend>
        <fieldset class="roles"><legend>${say('studio.previewRole')}</legend>
          ${ROLES.map((r) => html`<label><input type="radio" name="studio-role" value=${r} .checked=${this.choice.role === r} @change=${() => this.set('role', r)} /> ${i18nRole(this.uiLang, r)}</label>`)}
        </fieldset>
        <label>${say('studio.previewSeed')} <input class="studio-seed" maxlength="60" .value=${this.choice.seed} @input=${(e: Event) => this.set('seed', (e.target as HTMLInputElement).value)} /></label>
        <label>${say('studio.previewWeek')} <input class="studio-week" type="number" min="1" max="104" .value=${String(this.choice.week)} aria-describedby="studio-week-hint" @input=${(e: Event) => this.set('week', Number((e.target as HTMLInputElement).value) || 1)} /></label>
        <p id="studio-week-hint" class="hint">${say('studio.previewWeekHint')}</p>
        <button type="submit" class="primary studio-play" ?disabled=${this.checked !== 'done' || errors > 0}>${say('studio.previewGo')}</button>
        ${this.checked === 'done' && errors > 0 ? html`<p class="hint">${say('studio.previewBlocked')}</p>` : nothing}
      </fieldset>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-studio': ItStudio;
  }
}
