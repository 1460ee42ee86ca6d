/**
 * Keyboard behaviour of modal dialogs: take focus when opened, keep Tab inside, close on
 * Esc when the dialog allows it, and give focus back to the control that opened it.
 */

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls Tab can reach inside `root`, in document order (hidden ones left out). */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0 || el === document.activeElement);
}

/**
 * Handles a keydown inside a modal: Tab and Shift+Tab wrap around the dialog's controls;
 * Esc calls `onEscape` when given (a dialog that cannot be dismissed passes none).
 */
export function trapKeys(e: KeyboardEvent, dialog: HTMLElement, onEscape?: () => void): void {
  if (e.key === 'Escape' && onEscape) {
    e.preventDefault();
    e.stopPropagation();
    onEscape();
    return;
  }
  if (e.key !== 'Tab') return;
  const items = focusables(dialog);
  if (items.length === 0) return void e.preventDefault();
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = document.activeElement as HTMLElement | null;
  const inside = !!active && dialog.contains(active);
  if (e.shiftKey && (active === first || !inside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !inside)) {
    e.preventDefault();
    first.focus();
  }
}

/** Where focus was before a dialog opened, to give it back when the dialog closes. */
export function rememberOpener(): HTMLElement | null {
  const a = document.activeElement;
  return a instanceof HTMLElement && a !== document.body ? a : null;
}

/** Focus the opener again if it is still on the page and usable, else `fallback`'s first match. */
export function returnFocus(opener: HTMLElement | null, fallback = '.end-turn'): void {
  const usable = (el: HTMLElement | null): el is HTMLElement => !!el && el.isConnected && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0;
  if (usable(opener)) return opener.focus();
  const alt = document.querySelector<HTMLElement>(fallback);
  if (usable(alt)) alt.focus();
}
