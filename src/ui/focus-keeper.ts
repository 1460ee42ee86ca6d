/**
 * Focus after an action: when the control that had focus disappears or is disabled by the
 * re-render an action causes, focus would fall to <body> and a keyboard player would
 * start again from the top. The keeper puts it on the nearest sensible control instead:
 * the same control if it came back, the next enabled action in its list, or "End week".
 */
import { focusables } from './dialog-focus.ts';

const usable = (el: Element | null | undefined): boolean =>
  el instanceof HTMLElement && el.isConnected && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0;

/** What identifies a control across re-renders: its tag, classes, data-kind/-token and text. */
function signature(el: HTMLElement): string {
  return [el.tagName, el.className, el.dataset.kind ?? '', el.dataset.token ?? '', el.textContent?.trim() ?? ''].join('|');
}

export class FocusKeeper {
  private last: HTMLElement | null = null;
  private lastSig = '';
  /** Index of the last control among the root's focusable controls, for "the next one". */
  private lastIndex = -1;
  private pending = false;

  constructor(private readonly root: HTMLElement, private readonly fallbacks: readonly string[] = ['.end-turn', '.begin', '.start-game']) {
    root.addEventListener('focusin', (e) => {
      const t = e.target;
      if (!(t instanceof HTMLElement) || t.closest('[role=dialog],[role=alertdialog]')) return;
      this.last = t;
      this.lastSig = signature(t);
      this.lastIndex = focusables(root).indexOf(t);
    });
  }

  /** Call after every render: on the next frame, if focus was lost, put it somewhere sensible. */
  check(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.restore();
    });
  }

  private restore(): void {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const last = this.last;
    if (!last || usable(last)) return; // the player clicked elsewhere: leave focus alone
    if (this.root.querySelector('[role=dialog],[role=alertdialog]')) return; // a dialog takes care of itself
    const all = focusables(this.root);
    const same = all.find((el) => signature(el) === this.lastSig && usable(el));
    const list = last.closest('ul, ol, section');
    const sibling = list?.isConnected ? focusables(list).find(usable) : undefined;
    const next = this.lastIndex >= 0 ? all.slice(Math.min(this.lastIndex, all.length - 1)).find(usable) : undefined;
    const fallback = this.fallbacks.map((f) => this.root.querySelector<HTMLElement>(f)).find((el): el is HTMLElement => usable(el));
    const target = same ?? sibling ?? fallback ?? next;
    if (target) {
      target.focus();
      this.last = target;
      this.lastSig = signature(target);
    }
  }
}
