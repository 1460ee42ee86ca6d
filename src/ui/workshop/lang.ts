/**
 * The UI language for the workshop's elements, read from the page (the app sets
 * `<html lang>` whenever the language is switched), so the app passes nothing in; a
 * controller re-renders its element when it changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../text.ts';

export function pageLang(): Lang {
  return document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export class LangWatcher implements ReactiveController {
  private observer: MutationObserver | null = null;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
