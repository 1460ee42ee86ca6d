/**
 * `<it-fac-sheet>`: the printable join sheet — one card per team with its name, code,
 * join address and a QR code of that address (`#join=CODE`), and how the team plays (one
 * laptop, or three that each pick a role). The QR library (qrcode-generator, offline, no
 * dependencies) loads only when the sheet is opened; the code is drawn as SVG rects from
 * its module matrix (no markup strings, nothing for the CSP to allow). Printing shows the
 * sheet alone (workshop.css, @media print).
 */
import { LitElement, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Lang } from '../text.ts';
import { sayFor } from './say.ts';

export interface SheetTeam { name: string; code: string; mode: string }
type Matrix = boolean[][];

/** The join address of a team: this page with `#join=CODE`. */
export function joinUrl(base: string, code: string): string {
  return `${base}#join=${encodeURIComponent(code)}`;
}

/** The QR code of `text` as a matrix of dark modules (error correction M, the smallest version that fits). */
export async function qrMatrix(text: string): Promise<Matrix> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

function qrSvg(m: Matrix, label: string) {
  const n = m.length;
  const q = 4; // the quiet zone a scanner needs
  const cells = [];
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (m[r]![c]) cells.push(svg`<rect x=${c + q} y=${r + q} width="1" height="1"></rect>`);
  return html`<svg class="sheet-qr" role="img" aria-label=${label} viewBox="0 0 ${n + 2 * q} ${n + 2 * q}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"></rect><g fill="#000">${cells}</g></svg>`;
}

@customElement('it-fac-sheet')
export class FacSheet extends LitElement {
  @property({ attribute: false }) uiLang: Lang = 'zh';
  @property({ attribute: false }) eventName = '';
  @property({ attribute: false }) teams: SheetTeam[] = [];
  /** The address teams open, without the hash. */
  @property({ attribute: false }) base = '';
  @state() private codes: Map<string, Matrix> | null = null;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void Promise.all(this.teams.map(async (t) => [t.code, await qrMatrix(joinUrl(this.base, t.code))] as const)).then((all) => (this.codes = new Map(all)));
  }

  override render() {
    const say = sayFor(this.uiLang);
    return html`<div class="join-sheet" role="dialog" aria-modal="true" aria-labelledby="join-sheet-title">
      <div class="toolbar no-print">
        <button class="primary sheet-print" @click=${() => window.print()} ?disabled=${!this.codes}>${say('workshop.sheet.print')}</button>
        <button class="sheet-close" @click=${() => this.dispatchEvent(new CustomEvent('it-fac-sheet-close', { bubbles: true }))}>${say('workshop.fac.close')}</button>
      </div>
      <h2 id="join-sheet-title">${say('workshop.sheet.title', { event: this.eventName })}</h2>
      ${this.codes ? nothing : html`<p role="status">${say('workshop.sheet.loading')}</p>`}
      <div class="sheet-cards">
        ${this.teams.map((t) => {
          const url = joinUrl(this.base, t.code);
          const m = this.codes?.get(t.code);
          return html`<article class="sheet-card" data-team=${t.name}>
            <h3>${t.name}</h3>
            ${m ? qrSvg(m, say('workshop.sheet.qr', { team: t.name })) : nothing}
            <p class="sheet-code"><span>${say('workshop.sheet.code')}</span> <strong>${t.code}</strong></p>
            <p class="sheet-url">${say('workshop.sheet.open', { url })}</p>
            <p>${say(t.mode === 'roleLaptops' ? 'workshop.sheet.mode.roleLaptops' : 'workshop.sheet.mode.oneLaptop')}</p>
          </article>`;
        })}
      </div>
    </div>`;
  }
}
