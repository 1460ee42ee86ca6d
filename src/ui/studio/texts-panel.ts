/**
 * `<it-studio-texts>`: the translation workflow in the studio (issue 11 item 8), loaded
 * when first opened (it brings the YAML parser). The same code as `cli texts`: export the
 * draft's texts as CSV, import a translated CSV back into the draft in place, and the
 * texts missing a language, each a button that goes to its line. Works on a draft that
 * does not load yet, as long as its YAML parses.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Lang } from '../text.ts';
import { importTexts, missingTexts, scenarioTexts, type TextEntry } from '../../scenario/texts.ts';
import { CSV_HEADER, CsvError, csvToTexts, textsToCsv } from '../../scenario/texts-csv.ts';
import { download } from '../debrief/export.ts';
import { sayFor, type Say } from './say.ts';

type Note = { kind: 'ok' | 'warn' | 'error'; lines: string[] };
/** The most a translator's file may be (the scenario's own limit is 1 MiB; texts with quoting stay well within 4). */
const MAX_CSV_BYTES = 4 * 1024 * 1024;

@customElement('it-studio-texts')
export class ItStudioTexts extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'en';
  /** The editor's text now. */
  @property({ attribute: false }) text = '';
  /** Replaces the draft (through the editor, so it is checked and autosaved). */
  @property({ attribute: false }) replace: (text: string, file: string) => void = () => {};
  /** Puts the cursor at a line. */
  @property({ attribute: false }) goToLine: (line: number) => void = () => {};
  @state() private note: Note | null = null;
  private parsed: { text: string; entries: TextEntry[] | null } | null = null;

  protected override createRenderRoot() {
    return this;
  }

  private get say(): Say {
    return sayFor(this.uiLang);
  }

  private exportCsv(entries: TextEntry[]): void {
    const id = /^id:\s*([a-z0-9-]+)/m.exec(this.text)?.[1] ?? 'scenario';
    download(`${id}-texts.csv`, textsToCsv(entries), 'text/csv');
  }

  private async importCsv(input: HTMLInputElement): Promise<void> {
    const say = this.say;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    if (f.size > MAX_CSV_BYTES) {
      this.note = { kind: 'error', lines: [say('studio.fileTooBig', { kib: Math.ceil(f.size / 1024), max: MAX_CSV_BYTES / 1024 })] };
      return;
    }
    let rows: ReturnType<typeof csvToTexts>;
    try {
      rows = csvToTexts(await f.text());
    } catch (e) {
      if (!(e instanceof CsvError)) {
        this.note = { kind: 'error', lines: [say('studio.fileUnreadable', { reason: (e as Error).message })] };
        return;
      }
      this.note = { kind: 'error', lines: [say(e.code === 'texts.csv.quote' ? 'studio.tx.csvQuote' : 'studio.tx.csvHeader', { row: e.row, columns: CSV_HEADER.join(', ') })] };
      return;
    }
    const r = importTexts(this.text, rows);
    const problems = r.problems.map((p) => (p.code === 'texts.yaml' ? say('studio.tx.yaml') : say(p.code === 'texts.unknownPath' ? 'studio.tx.unknownPath' : 'studio.tx.notText', { row: p.row, path: p.path ?? '' })));
    if (r.changed.length) this.replace(r.text, f.name);
    const head = r.changed.length ? say('studio.tx.imported', { changed: r.changed.length, file: f.name }) : problems.length ? null : say('studio.tx.nothing', { file: f.name });
    this.note = { kind: problems.length ? 'warn' : 'ok', lines: [...(head ? [head] : []), ...problems] };
  }

  override render() {
    const say = this.say;
    if (this.parsed?.text !== this.text) this.parsed = { text: this.text, entries: scenarioTexts(this.text) };
    const entries = this.parsed.entries;
    const missing = entries ? missingTexts(entries) : [];
    return html`<section class="studio-texts" aria-labelledby="studio-tx-title">
      <h3 id="studio-tx-title">${say('studio.tx.title')}</h3>
      <p class="hint">${say('studio.tx.intro')}</p>
      <div class="studio-bar">
        <button class="studio-tx-export" ?disabled=${!entries} @click=${() => entries && this.exportCsv(entries)}>${say('studio.tx.export')}</button>
        <label class="studio-tx-import">${say('studio.tx.import')}
          <input type="file" accept=".csv,text/csv" ?disabled=${!entries} @change=${(e: Event) => void this.importCsv(e.target as HTMLInputElement)} />
        </label>
      </div>
      <div class="note ${this.note?.kind ?? 'ok'} studio-tx-note" role="status">${this.note?.lines.map((l) => html`<p>${l}</p>`) ?? nothing}</div>
      ${entries
        ? html`<p class="studio-tx-count" data-count=${entries.length} data-missing=${missing.length}>${say('studio.tx.count', { count: entries.length, missing: missing.length })}</p>
            ${missing.length
              ? html`<h4>${say('studio.tx.missingTitle')}</h4>
                  <ul class="studio-tx-missing">${missing.map((m) => html`<li><button class="studio-tx-go" @click=${() => this.goToLine(m.line)}>${say('studio.goTo', { line: m.line })}</button>
                    ${say('studio.tx.missing', { path: m.path, lang: say(`studio.tx.lang.${m.lang}`) })}</li>`)}</ul>`
              : html`<p>${say('studio.tx.none')}</p>`}`
        : html`<p class="note warn">${say('studio.tx.yaml')}</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'it-studio-texts': ItStudioTexts;
  }
}
