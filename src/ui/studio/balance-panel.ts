/**
 * `<it-studio-balance>`: the studio's Balance report (issue 11 item 6), loaded when the
 * instructor opens it. Runs the CLI's report (`balance --report`) on the checked draft in
 * Web Workers with a progress bar, shows it (the same markdown, drawn as HTML) and offers
 * it as markdown or JSON. Text from the scenario is always rendered as text, never HTML.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Scenario } from '../../scenario/schema.ts';
import type { Lang } from '../text.ts';
import { bt, type BalanceReportKey } from '../../i18n/balance-report.ts';
import { reportMarkdown } from '../../balance/markdown.ts';
import type { BalanceReportData } from '../../balance/report.ts';
import { download } from '../debrief/export.ts';
import { forcedStill, runReportInBrowser } from './balance-runner.ts';

type Status = { kind: 'idle' } | { kind: 'running'; done: number; total: number } | { kind: 'done' } | { kind: 'failed'; reason: string } | { kind: 'cancelled' };

@customElement('it-studio-balance')
export class ItStudioBalance extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'en';
  /** The checked draft (null while it does not load). */
  @property({ attribute: false }) scenario: Scenario | null = null;
  @state() private runs = 200;
  @state() private status: Status = { kind: 'idle' };
  @state() private report: BalanceReportData | null = null;
  /** The report's language (the UI's until chosen). */
  @state() private reportLang: Lang | null = null;
  /** Card id → forced option id (`--card id=option`); a card absent plays the bots' rule. */
  @state() private forced: Record<string, string> = {};
  private abort: AbortController | null = null;

  protected override createRenderRoot() {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private say(key: BalanceReportKey, params?: Record<string, string | number>): string {
    return bt(this.uiLang, key, params);
  }

  private async run(): Promise<void> {
    if (!this.scenario || this.status.kind === 'running') return;
    this.abort = new AbortController();
    const scenario = this.scenario;
    this.status = { kind: 'running', done: 0, total: 1 };
    try {
      this.report = await runReportInBrowser(scenario, this.runs, (done, total) => (this.status = { kind: 'running', done, total }), this.abort.signal, this.forcedNow());
      this.status = { kind: 'done' };
      this.dispatchEvent(new CustomEvent('it-studio-balance-done', { detail: { report: this.report, scenario }, bubbles: true, composed: true }));
    } catch (e) {
      this.status = (e as Error).name === 'AbortError' ? { kind: 'cancelled' } : { kind: 'failed', reason: (e as Error).message };
    }
    this.abort = null;
  }

  private forcedNow(): Record<string, string> {
    return this.scenario ? forcedStill(this.scenario, this.forced) : {};
  }

  private force(card: string, option: string): void {
    const next = { ...this.forced };
    if (option) next[card] = option;
    else delete next[card];
    this.forced = next;
  }

  private renderChoices(running: boolean) {
    const lang = this.reportLang ?? this.uiLang;
    const cards = this.scenario?.cards ?? [];
    return html`<div class="studio-bar">
        <label>${this.say('ui.lang')}
          <select class="studio-balance-lang" @change=${(e: Event) => (this.reportLang = (e.target as HTMLSelectElement).value as Lang)}>
            <option value="zh" ?selected=${lang === 'zh'}>中文</option>
            <option value="en" ?selected=${lang === 'en'}>English</option>
          </select>
        </label>
      </div>
      ${cards.length
        ? html`<fieldset class="studio-balance-cards" ?disabled=${running}><legend>${this.say('ui.cards')}</legend>
            ${cards.map((c) => html`<label>${c.title[this.uiLang]} <code>${c.id}</code>
              <select data-card=${c.id} @change=${(e: Event) => this.force(c.id, (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.forced[c.id]}>${this.say('ui.cardRule')}</option>
                ${c.options.map((o) => html`<option value=${o.id} ?selected=${this.forced[c.id] === o.id}>${o.id}: ${o.label[this.uiLang]}</option>`)}
              </select></label>`)}
          </fieldset>`
        : nothing}`;
  }

  override render() {
    const s = this.status;
    const lang = this.reportLang ?? this.uiLang;
    const running = s.kind === 'running';
    return html`<section class="studio-balance" aria-labelledby="studio-balance-title">
      <h3 id="studio-balance-title">${this.say('ui.title')}</h3>
      <p class="hint">${this.say('ui.intro')}</p>
      <div class="studio-bar">
        <label>${this.say('ui.runs')} <input class="studio-balance-runs" type="number" min="2" max="2000" .value=${String(this.runs)} ?disabled=${running}
          @input=${(e: Event) => (this.runs = Math.max(2, Math.min(2000, Math.round(Number((e.target as HTMLInputElement).value)) || 200)))} /></label>
        <button class="primary studio-balance-run" ?disabled=${running || !this.scenario} @click=${() => void this.run()}>${this.say('ui.run')}</button>
        ${running ? html`<button class="studio-balance-cancel" @click=${() => this.abort?.abort()}>${this.say('ui.cancel')}</button>` : nothing}
        ${this.report && !running
          ? html`<button class="studio-balance-md" @click=${() => download(`${this.report!.scenario.id}-balance.md`, reportMarkdown(this.report!, lang), 'text/markdown')}>${this.say('ui.downloadMd')}</button>
              <button class="studio-balance-json" @click=${() => download(`${this.report!.scenario.id}-balance.json`, JSON.stringify(this.report), 'application/json')}>${this.say('ui.downloadJson')}</button>`
          : nothing}
      </div>
      ${this.renderChoices(running)}
      ${!this.scenario ? html`<p class="note warn">${this.say('ui.needsValid')}</p>` : nothing}
      <div role="status" class="studio-balance-status">
        ${running ? html`<progress max=${s.total} .value=${s.done} aria-label=${this.say('ui.title')}></progress> ${this.say('ui.running', { done: s.done, total: s.total })}` : nothing}
        ${s.kind === 'failed' ? html`<p class="note error">${this.say('ui.failed', { reason: s.reason })}</p>` : nothing}
        ${s.kind === 'cancelled' ? html`<p class="note">${this.say('ui.cancelled')}</p>` : nothing}
      </div>
      ${this.report ? html`<div class="studio-balance-report" data-runs=${this.report.runs} lang=${lang === 'zh' ? 'zh-CN' : 'en'}>${markdownHtml(reportMarkdown(this.report, lang))}</div>` : nothing}
    </section>`;
  }
}

/** Our own report's markdown (headings, tables, code blocks, lists, paragraphs) as lit templates: all text stays text. */
export function markdownHtml(md: string): TemplateResult[] {
  const out: TemplateResult[] = [];
  const lines = md.split('\n');
  const cells = (l: string) => l.slice(1, -1).split(/(?<!\\) \| /).map((c) => c.trim().replace(/\\\|/g, '|'));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('```')) {
      const body: string[] = [];
      while (++i < lines.length && !lines[i]!.startsWith('```')) body.push(lines[i]!);
      out.push(html`<pre class="chart">${body.join('\n')}</pre>`);
    } else if (l.startsWith('|')) {
      const head = cells(l);
      const rows: string[][] = [];
      i++; // the --- line
      while (i + 1 < lines.length && lines[i + 1]!.startsWith('|')) rows.push(cells(lines[++i]!));
      out.push(html`<div class="table-wrap"><table><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table></div>`);
    } else if (l.startsWith('#')) {
      const text = l.replace(/^#+\s*/, '');
      const level = /^#+/.exec(l)![0].length;
      out.push(level === 1 ? html`<h4>${text}</h4>` : level === 2 ? html`<h5>${text}</h5>` : html`<h6>${text}</h6>`);
    } else if (l.startsWith('- ')) {
      const items = [l.slice(2)];
      while (i + 1 < lines.length && lines[i + 1]!.startsWith('- ')) items.push(lines[++i]!.slice(2));
      out.push(html`<ul>${items.map((t) => html`<li>${t.replace(/\*\*/g, '')}</li>`)}</ul>`);
    } else if (l.trim()) out.push(html`<p>${l}</p>`);
  }
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'it-studio-balance': ItStudioBalance;
  }
}
