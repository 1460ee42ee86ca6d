/**
 * `<it-term term="dso" label="DSO">`: a domain word with its definition on hover and on
 * keyboard focus (role=tooltip, linked by aria-describedby; Esc hides it). KPI words
 * (`term="kpi.winRate"`) use the KPI catalogue's own explanation; every other word comes
 * from the glossary, which loads in its own chunk the first time a term is drawn.
 */
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Tx } from '../text.ts';

type GlossaryModule = typeof import('./glossary.ts');
let glossary: GlossaryModule | null = null;
let loading: Promise<void> | null = null;
const waiting = new Set<Term>();

/** Loads the glossary (words and tooltip styles) once; terms drawn before it arrive re-render. */
export function loadGlossary(): Promise<void> {
  loading ??= import('./glossary.ts').then(
    (m) => {
      glossary = m;
      for (const t of waiting) t.requestUpdate();
      waiting.clear();
    },
    () => {
      loading = null; // offline for a moment: the next term drawn tries again
    },
  );
  return loading;
}

let serial = 0;

@customElement('it-term')
export class Term extends LitElement {
  /** The glossary key ("dso", "srole.decisionMaker") or "kpi.<name>". */
  @property({ type: String }) term = '';
  /** The visible word. */
  @property({ type: String }) label = '';
  @property({ attribute: false }) tx!: Tx;
  @state() private open = false;
  private readonly tipId = `term-tip-${++serial}`;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!glossary) {
      waiting.add(this);
      void loadGlossary();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    waiting.delete(this);
  }

  /** The definition in the current language ('' until the glossary has loaded). */
  definition(): string {
    if (!this.tx) return '';
    if (this.term.startsWith('kpi.')) return this.tx.ui(`kpiHint.${this.term.slice(4)}`);
    return glossary?.definition(this.tx.lang, this.term) ?? '';
  }

  private show = () => (this.open = true);
  private hide = () => (this.open = false);
  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.open = false;
    }
  };

  override render() {
    return html`<span class="term-label" tabindex="0" aria-describedby=${this.tipId}
        @focus=${this.show} @blur=${this.hide} @mouseenter=${this.show} @mouseleave=${this.hide} @keydown=${this.onKey}>${this.label}</span><span
        class="term-tip" role="tooltip" id=${this.tipId} ?hidden=${!this.open}>${this.definition()}</span>`;
  }

  protected override updated(): void {
    if (!this.open) return;
    // Fixed, so no panel that hides its overflow can cut the tip off; kept inside the window.
    const tip = this.querySelector<HTMLElement>('.term-tip');
    const label = this.querySelector<HTMLElement>('.term-label');
    if (!tip || !label) return;
    const r = label.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.max(8, Math.min(r.left, innerWidth - w - 8));
    const top = r.bottom + 6 + h <= innerHeight - 8 ? r.bottom + 6 : Math.max(8, r.top - 6 - h);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }
}
