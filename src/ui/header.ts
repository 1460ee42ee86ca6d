/**
 * The app's header: title and where you are (scenario, week), the game's navigation
 * (back to the studio for a draft, home, new game, debrief, export, the state
 * fingerprint), how to play, and the language switch.
 */
import { html, nothing } from 'lit';
import type { Role } from '../scenario/enums.ts';
import type { Session } from './session.ts';
import type { Lang, Tx } from './text.ts';

export interface HeaderOptions {
  /** The game on screen (null on the start screen). */
  game: Session | null;
  screen: string;
  lang: Lang;
  /** The game is the studio's preview of a draft (no saved game, no workshop). */
  studioDraft: boolean;
  howtoPage: Role | null;
  openStudio(): void;
  leave(to: 'home' | 'new'): void;
  openDebrief(): void;
  exportSave(): void;
  setLang(lang: Lang): void;
}

/**
 * Where the game stands: the week first, since a narrow header cuts the end of the line
 * and the week is what a player looks for; an instructor's long scenario title gives
 * way (ellipsis) and is whole in the tooltip.
 */
function headerWhere(week: string, title: string) {
  return html`<span class="where" title=${`${week} · ${title}`}><span class="where-week">${week}</span><span class="where-sep" aria-hidden="true"> · </span><span class="where-title">${title}</span></span>`;
}

export function appHeader(tx: Tx, o: HeaderOptions) {
  const g = o.game;
  const hash = g ? g.hash() : '';
  return html`
    <header class="top">
      <h1>${tx.ui('ui.app.title')}</h1>
      ${g
        ? headerWhere(tx.ui('ui.play.week', { week: Math.min(g.state.week, g.sc.weeks), weeks: g.sc.weeks }), tx.text(g.sc.title))
        : html`<span class="where">${tx.ui('ui.app.tagline')}</span>`}
      <span class="spacer"></span>
      ${g
        ? html`${o.studioDraft ? html`<button class="ghost back-to-studio" @click=${o.openStudio}>${tx.ui('ui.studio.back')}</button>` : nothing}
             <button class="ghost nav-home" @click=${() => o.leave('home')}>${tx.ui('ui.nav.home')}</button>
             <button class="ghost nav-new" @click=${() => o.leave('new')}>${tx.ui('ui.nav.newGame')}</button>
             ${o.screen === 'play' || o.screen === 'end' ? html`<button class="ghost open-debrief-top" @click=${o.openDebrief}>${tx.ui('debrief.title')}</button>` : nothing}
             <button class="ghost" @click=${o.exportSave}>${tx.ui('ui.saves.export')}</button>
             <button class="ghost hash" data-i18n-ignore data-testid="state-hash" data-hash=${hash} aria-label=${tx.ui('ui.play.stateHash')} title=${tx.ui('ui.play.stateHash')} @click=${() => navigator.clipboard?.writeText(g.hash())}>#${hash.slice(0, 8)}</button>`
        : nothing}
      <it-howto-button .tx=${tx} .page=${o.howtoPage} ?canReplay=${!!g && o.screen === 'play'} ?compact=${!!g}></it-howto-button>
      <button class="ghost lang" aria-label=${tx.ui('ui.app.switchLanguage')} @click=${() => o.setLang(o.lang === 'zh' ? 'en' : 'zh')}>${o.lang === 'zh' ? 'English' : '中文'}</button>
    </header>
  `;
}
