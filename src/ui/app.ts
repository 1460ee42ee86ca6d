/**
 * The app shell. For now: the scenario library (title, length, difficulty, objectives)
 * in both languages, validated by the same loader the CLI uses. The board and panels
 * arrive with the browser-sandbox issue.
 */
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { loadScenarioText, type LoadResult } from '../scenario/load.ts';

const files = import.meta.glob('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
type Lang = 'zh' | 'en';
const T = {
  zh: { title: '铁三角沙盘', tagline: 'LTC 从线索到回款 · ITR 从问题到解决 · 铁三角角色扮演', weeks: '周', difficulty: '难度', objectives: '学习目标', broken: '场景文件有错误', lang: 'English' },
  en: { title: 'Iron Triangle Sandbox', tagline: 'Lead to Cash · Issue to Resolution · iron-triangle role-play', weeks: 'weeks', difficulty: 'difficulty', objectives: 'Learning objectives', broken: 'This scenario file has errors', lang: '中文' },
} as const;

@customElement('it-app')
export class ItApp extends LitElement {
  @state() private uiLang: Lang = 'zh';
  private scenarios: [string, LoadResult][] = Object.entries(files).map(([path, text]) => [path, loadScenarioText(text, path.split('/').pop()!)]);

  static override styles = css`
    :host { display: block; font-family: 'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif; color: #1d2733; background: #f4f6f9; min-height: 100vh; }
    header { display: flex; align-items: baseline; gap: 1rem; padding: 1.2rem 2rem; background: #12324f; color: #fff; }
    h1 { margin: 0; font-size: 1.6rem; }
    header p { margin: 0; opacity: 0.8; flex: 1; }
    button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid #fff6; background: transparent; color: inherit; cursor: pointer; }
    main { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; padding: 1.5rem 2rem; }
    article { background: #fff; border-radius: 10px; padding: 1rem 1.2rem; box-shadow: 0 1px 3px #0002; }
    h2 { margin: 0 0 0.3rem; font-size: 1.15rem; }
    .meta { color: #5b6b7c; font-size: 0.9rem; }
    .error { color: #a4262c; white-space: pre-wrap; font-family: monospace; font-size: 0.8rem; }
  `;

  override render() {
    const t = T[this.uiLang];
    return html`
      <header>
        <h1>${t.title}</h1>
        <p>${t.tagline}</p>
        <button @click=${() => (this.uiLang = this.uiLang === 'zh' ? 'en' : 'zh')}>${t.lang}</button>
      </header>
      <main>
        ${this.scenarios.map(([path, r]) =>
          r.ok
            ? html`<article>
                <h2>${r.scenario.title[this.uiLang]}</h2>
                <div class="meta">${r.scenario.weeks} ${t.weeks} · ${t.difficulty} ${'★'.repeat(r.scenario.difficulty)}</div>
                <p>${r.scenario.summary[this.uiLang]}</p>
                <strong>${t.objectives}</strong>
                <ul>${r.scenario.objectives.map((o) => html`<li>${o[this.uiLang]}</li>`)}</ul>
              </article>`
            : html`<article><h2>${path}</h2><p>${t.broken}</p><div class="error">${r.issues.map((i) => `${i.line}:${i.column} ${i.path} ${i.message}`).join('\n')}</div></article>`,
        )}
      </main>
    `;
  }
}
